"""Modality of an event from the words around its trigger."""

from __future__ import annotations

import pytest

from telex.events.modality import modality


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
