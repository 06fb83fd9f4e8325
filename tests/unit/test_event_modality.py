"""Modality of an event from the words around its trigger."""

from __future__ import annotations

import pytest

from telex.events.modality import modality
from tests.unit.fixtures import Row, events_in, hand_parsed


@pytest.mark.parametrize(
    ("modals", "negated", "governors", "conditional", "expected"),
    [
        ((), False, (), False, "asserted"),
        ((), False, ("accuse",), False, "alleged"),
        ((), False, ("deny",), False, "denied"),
        ((), True, (), False, "negated"),
        ((), False, ("refuse",), False, "negated"),
        (("could",), False, (), False, "hypothetical"),
        (("must",), False, (), False, "hypothetical"),
        (("will",), False, (), True, "hypothetical"),
        (("will",), False, (), False, "intended"),
        ((), False, ("plan",), False, "intended"),
        ((), False, ("threaten",), False, "intended"),
        ((), False, ("say",), False, "asserted"),
        ((), False, ("prepared",), False, "intended"),
        ((), False, ("willing",), False, "intended"),
    ],
)
def test_modality(
    modals: tuple[str, ...], negated: bool, governors: tuple[str, ...], conditional: bool, expected: str
) -> None:
    assert modality(modals, negated, governors, conditional) == expected


def test_what_a_refusal_is_to_do_is_not_done() -> None:
    # "Russia 's refusal to withdraw troops angered Egypt .": the withdrawal is refused (124), not made (0872).
    rows: list[Row] = [
        ("Russia", 2, "poss", "PROPN", "NNP", "Russia"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("refusal", 6, "nsubj", "NOUN", "NN", "refusal"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("withdraw", 2, "acl", "VERB", "VB", "withdraw"),
        ("troops", 4, "dobj", "NOUN", "NNS", "troop"),
        ("angered", 6, "ROOT", "VERB", "VBD", "anger"),
        ("Egypt", 6, "dobj", "PROPN", "NNP", "Egypt"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    assert [(e.cameo, e.modality) for e in events_in(hand_parsed(rows))] == [("124", "negated")]
