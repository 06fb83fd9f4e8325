"""The word tables coreference reads: pronouns, definite descriptions and the nouns of organisations."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from telex.tables import read_table


@dataclass(frozen=True)
class Pronoun:
    """What a pronoun may stand for: gender (None for either), number and entity types."""

    word: str
    gender: str | None
    plural: bool
    types: tuple[str, ...]
    third: bool = True  # not the speaker's own ("I", "we")


@lru_cache(maxsize=1)
def pronouns() -> dict[str, Pronoun]:
    """Pronouns by lower-case word (``data/pronouns.tsv``)."""
    return {
        row["word"]: Pronoun(
            row["word"],
            row["gender"] if row["gender"] != "-" else None,
            row["number"] == "plural",
            tuple(row["types"]),
            row["person"] == "3",
        )
        for row in read_table("pronouns.tsv")
    }


@dataclass(frozen=True)
class Description:
    """What a definite description stands for (``data/definite_nouns.tsv``): the kind of actor, one or a pair."""

    word: str
    stands: str
    pair: bool


@lru_cache(maxsize=1)
def descriptions() -> dict[str, Description]:
    """Definite descriptions by their noun as written (``data/definite_nouns.tsv``)."""
    rows = read_table("definite_nouns.tsv")
    return {row["noun"]: Description(row["noun"], row["stands"], row["count"] == "two") for row in rows}


@lru_cache(maxsize=1)
def organisation_sectors() -> dict[str, frozenset[str]]:
    """The kinds of body (``organisations._body_kind``) the nearest body a bare "the <noun>" may stand for has to be
    when no body of that word is named, by noun (``data/organisation_nouns.tsv``)."""
    rows = read_table("organisation_nouns.tsv")
    return {row["word"]: frozenset(s for s in row["sectors"].split(";") if s) for row in rows}
