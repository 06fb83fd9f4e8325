"""Words the actor coder reads a phrase by: determiners, possessives, place prepositions, and the noun tables of places
named after a state, of people who serve another and of envoys (read on first use)."""

from __future__ import annotations

from functools import cache

from telex.tables import read_table

DETERMINERS = frozenset({"the", "a", "an", "'s", "’s", "'", "its", "their", "his", "her", "our"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
PLACE_PREPS = frozenset({"in", "to", "from", "at", "near", "inside", "across", "on", "into", "outside"})


@cache
def geographic_features() -> frozenset[str]:
    """Nouns of places named after a state (``geographic_features.tsv``: "Jordan River", "Lake Chad"): no part of a
    person's name, and no actor of the state."""
    return frozenset(row["noun"] for row in read_table("geographic_features.tsv"))


@cache
def serving_nouns() -> frozenset[str]:
    """Nouns of a person who serves another, whom a "to" phrase or a name before them names (``serving_nouns.tsv``)."""
    return frozenset(row["noun"] for row in read_table("serving_nouns.tsv"))


@cache
def envoy_nouns() -> frozenset[str]:
    """Nouns of a person or body sent to another state or organisation (``envoy_nouns.tsv``)."""
    return frozenset(row["noun"] for row in read_table("envoy_nouns.tsv"))
