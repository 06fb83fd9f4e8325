"""Towns whose name a town of another state bears (shared_towns.tsv): "Manchester" of England or of New Hampshire, read
by the words around it as a region that bears a state's name is (test_shared_names.py)."""

from __future__ import annotations

import pytest

import telex
from telex.actors.table import actor_table, name_key

PRIMARY = "Candidates toured New Hampshire before Tuesday's primary; a nurse from Manchester said she backed Kasich."


@pytest.mark.parametrize(
    ("phrase", "context", "code"),
    [
        ("a nurse from Manchester", PRIMARY, "USAHLH"),
        ("shoppers in Manchester", "Shoppers in Manchester queued as Britain's high streets reopened.", "GBRCVL"),
        ("Manchester", "", "GBR"),  # no context: the town the tables place
        ("police in Birmingham", "Police in Birmingham, Alabama, closed two roads.", "USACOP"),
        ("gunmen in Tripoli", "Gunmen in Tripoli shot at a Lebanese army post north of Beirut.", "LBNUAF"),
        ("gunmen in Tripoli", "Gunmen in Tripoli shot at a checkpoint as Libya's rival governments traded blame.",
         "LBYUAF"),
    ],
)
def test_a_shared_town_is_read_by_its_context(phrase: str, context: str, code: str) -> None:
    assert telex.code_actor(phrase, "2016-02-09", context)["code"] == code


def test_a_town_only_phoenix_knew_is_a_town_of_its_state() -> None:
    table = actor_table()
    town = table.names[name_key("Hanover")]
    assert (town.country, town.sector, table.shared_regions[name_key("Hanover")].country) == ("DEU", None, "USA")
    assert name_key("Hanover") in table.towns
