"""Which sectors make an event with no country (``alone`` in sector_codes.tsv)."""

from __future__ import annotations

import pytest

from telex.actors.table import stands_alone


@pytest.mark.parametrize(
    ("sector", "code", "alone"),
    [
        ("COP", "173", True),  # "police arrested dozens": armed and protest actors, any event
        ("REB", "130", True),
        ("LAB", "143", True),  # "workers went on strike"
        ("LAB", "190", False),
        ("HLH", "141", True),  # "nurses rallied": a protest is political whoever protests
        ("MED", "141", True),
        ("NGO", "141", True),
        ("NGO", "111", False),
        ("CRM", "181", True),  # "bandits abducted 30 villagers"
        ("CRM", "193", True),
        ("CRM", "141", True),
        ("CRM", "173", False),  # criminals arrest no one
        ("SET", "180", True),
        ("CVL", "141", True),
        ("CVL", "182", False),  # "a woman punched", "a volunteer shot": a crime story's persons
        ("GOV", "141", False),
        (None, "190", False),
    ],
)
def test_stands_alone(sector: str | None, code: str, alone: bool) -> None:
    assert stands_alone(sector, code) is alone
