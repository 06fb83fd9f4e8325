"""The words of attribution, loaded once from ``telex/data``: reporting verbs, cue phrases, speaker words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from telex.tables import read_table


@dataclass(frozen=True)
class ReportingVerb:
    """A verb that attributes content to its subject.

    ``takes_object`` when an object can be the content, ``framed`` when a bare noun-phrase object cannot
    ("welcomed the announcement"), ``infinitive`` when a to-infinitive states the content ("vowed to act").
    """

    lemma: str
    kind: str
    takes_object: bool
    framed: bool = False
    infinitive: bool = False


@dataclass(frozen=True)
class SpeakerWord:
    """A pronoun or role noun that stands for an actor named elsewhere."""

    word: str
    kind: str  # pronoun | role
    types: tuple[str, ...]
    plural: bool = False


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, ReportingVerb]:
    """Reporting verbs by lemma."""
    return {
        row["lemma"]: ReportingVerb(
            row["lemma"],
            row["kind"],
            row["object"] in ("yes", "framed"),
            row["object"] == "framed",
            row["infinitive"] == "yes",
        )
        for row in read_table("reporting_verbs.tsv")
    }


@lru_cache(maxsize=1)
def cue_phrases() -> dict[str, str]:
    """Attributing phrases ("according to", "in words" for "in her words") mapped to their kind."""
    return {row["words"]: row["kind"] for row in read_table("cue_phrases.tsv") if row["form"] == "phrase"}


@lru_cache(maxsize=1)
def cue_nouns() -> dict[str, str]:
    """Nouns naming a statement ("denial", "call") mapped to their kind."""
    return {row["words"]: row["kind"] for row in read_table("cue_phrases.tsv") if row["form"] == "noun"}


@lru_cache(maxsize=1)
def media_nouns() -> frozenset[str]:
    """Nouns for a text that speaks for its issuer: "statement" in "issued a statement saying …"."""
    return frozenset(row["words"] for row in read_table("cue_phrases.tsv") if row["form"] == "medium")


@lru_cache(maxsize=1)
def speaker_words() -> dict[str, SpeakerWord]:
    """Pronouns and role nouns by lower-case word."""
    return {
        row["word"]: SpeakerWord(row["word"], row["kind"], tuple(row["types"]), row["number"] == "plural")
        for row in read_table("speaker_words.tsv")
    }
