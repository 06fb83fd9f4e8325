"""Money given at home to those who stand for or hold office is campaign finance, not aid, on hand-built parses (no
model): "Obama donated to Clinton" is no event, while a state's gift across a border ("Japan donated to Egypt") is
CAMEO's aid (070)."""

from __future__ import annotations

import pytest

from tests.unit.fixtures import Row, events_in, hand_parsed


def _donated(donor: str, verb: str, lemma: str, recipient: str) -> list[Row]:
    """ "<donor> <verb> to <recipient> ."""
    return [
        (donor, 1, "nsubj", "PROPN", "NNP", donor),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
        ("to", 1, "prep", "ADP", "IN", "to"),
        (recipient, 2, "pobj", "PROPN", "NNP", recipient),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_gift_to_a_compatriot_in_politics_is_no_aid() -> None:
    assert events_in(hand_parsed(_donated("Obama", "donated", "donate", "Clinton"))) == []


@pytest.mark.parametrize(("verb", "lemma"), [("funded", "fund"), ("financed", "finance"), ("bankrolled", "bankroll")])
def test_funding_a_compatriot_in_politics_is_no_aid(verb: str, lemma: str) -> None:
    # "Obama funded Clinton ."
    rows: list[Row] = [
        ("Obama", 1, "nsubj", "PROPN", "NNP", "Obama"),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
        ("Clinton", 1, "dobj", "PROPN", "NNP", "Clinton"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert events_in(hand_parsed(rows)) == []


def test_a_gift_across_a_border_stays_aid() -> None:
    [event] = events_in(hand_parsed(_donated("Japan", "donated", "donate", "Egypt")))
    assert (event.cameo[:2], [r.code for r in event.source], [r.code for r in event.target]) == ("07", ["JPN"], ["EGY"])
