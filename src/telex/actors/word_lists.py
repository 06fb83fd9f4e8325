"""Words the actor coder reads a phrase by: determiners, possessives, place prepositions, and the noun tables of places
named after a state, of people who serve another, of envoys, of a person's followers, of a party's own people and of
advocacy bodies (read on first use)."""

from __future__ import annotations

from functools import cache

from telex.tables import read_table

DETERMINERS = frozenset({"the", "a", "an", "'s", "’s", "'", "its", "their", "his", "her", "our"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
PLACE_PREPS = frozenset({"in", "to", "from", "at", "near", "inside", "across", "on", "into", "outside"})
# Heads of a title that any body has, a party or a movement as well as a government.
ANYONES_ROLES = frozenset(
    {
        "leader", "chief", "head", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "adviser", "advisor",
        "aide",
    }
)  # fmt: skip


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


@cache
def party_members() -> frozenset[str]:
    """Nouns for the people a party's name describes as its own, "Republican candidates" (``party_members.tsv``)."""
    return frozenset(row["noun"] for row in read_table("party_members.tsv"))


@cache
def follower_nouns() -> frozenset[str]:
    """Nouns of people who back a person named before them, "Obama supporters" (``follower_nouns.tsv``)."""
    return frozenset(row["noun"] for row in read_table("follower_nouns.tsv"))


@cache
def advocacy_words(part: str) -> frozenset[str]:
    """The words of an advocacy body (``advocacy.tsv``): ``cause`` words ("watchdog") that make a ``body`` noun
    ("groups") an NGO."""
    return frozenset(row["word"] for row in read_table("advocacy.tsv") if row["part"] == part)


@cache
def body_nouns() -> dict[str, tuple[str, str]]:
    """Head nouns of a body of people with the sector they give it and the case they give it in (``body_nouns.tsv``:
    "association" NGO in any case, "union" LAB in lower case, "Society" NGO as a name's capitalised head); a sector
    "none" names no body ("credit union")."""
    return {row["noun"]: (row["sector"], row["case"]) for row in read_table("body_nouns.tsv")}


@cache
def kin_nouns() -> frozenset[str]:
    """Nouns of a relative ("wife", "sister", "son-in-law"): the ``kin`` list of ``event_word_lists.tsv``, the one list
    of them, which the event coder reads as well (read here as a table, as the actor coder imports no event module)."""
    return frozenset(row["entry"] for row in read_table("event_word_lists.tsv") if row["list"] == "kin")


@cache
def eponym_nouns() -> frozenset[str]:
    """Heads of names of places, days and honours that take a person's name (``eponym_nouns.tsv``: "Bridge", "Day")."""
    return frozenset(row["noun"] for row in read_table("eponym_nouns.tsv"))


@cache
def organisation_nouns() -> frozenset[str]:
    """Nouns that head the name of an organisation ("Troy University", "Grace Foundation", "Brown Group"): the heads
    of a body of ``body_nouns.tsv`` and the organisation nouns of ``organisation_nouns.tsv``."""
    rows = read_table("organisation_nouns.tsv")
    return frozenset(body_nouns()) | frozenset(row["word"] for row in rows)


@cache
def sole_offices() -> dict[str, str]:
    """Titles of an office only one state has, with the state (``sole_offices.tsv``): "pope", "pontiff" VAT."""
    return {row["title"]: row["iso3"] for row in read_table("sole_offices.tsv")}
