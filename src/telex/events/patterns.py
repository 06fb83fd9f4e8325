"""Event pattern tables: verbs (with particle, preposition and object), nominal events and light verbs."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache

from telex.tables import read_table


@dataclass(frozen=True)
class VerbPattern:
    """One row of ``event_verbs.tsv`` for one lemma."""

    verb: str
    particle: str | None
    prep: str | None
    objects: frozenset[str]
    code: str

    @property
    def specificity(self) -> int:
        return 2 * bool(self.objects) + bool(self.particle) + bool(self.prep)


@lru_cache(maxsize=1)
def verb_patterns() -> dict[str, tuple[VerbPattern, ...]]:
    """Verb patterns by lemma, in file order."""
    by_verb: dict[str, list[VerbPattern]] = {}
    for row in read_table("event_verbs.tsv"):
        for verb in row["verbs"]:
            by_verb.setdefault(verb, []).append(
                VerbPattern(
                    verb=verb,
                    particle=row["particle"] or None,
                    prep=row["prep"] or None,
                    objects=frozenset(row["objects"]),
                    code=row["code"],
                )
            )
    return {verb: tuple(rows) for verb, rows in by_verb.items()}


@lru_cache(maxsize=1)
def noun_codes() -> dict[str, str]:
    """CAMEO code of each event noun (lemma or lower-cased form; two-word compounds as "hunger strike")."""
    codes: dict[str, str] = {}
    for row in read_table("event_nouns.tsv"):
        for noun in row["nouns"]:
            codes.setdefault(noun, row["code"])
    return codes


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """Verbs that only carry a nominal event ("held talks")."""
    return frozenset(row["verb"] for row in read_table("event_light_verbs.tsv"))


def match_verb(
    lemma: str,
    particles: Collection[str] = (),
    objects: Collection[str] = (),
    preps: Mapping[str, Collection[str]] | None = None,
) -> VerbPattern | None:
    """The most specific pattern of ``lemma`` whose conditions hold; first in file order on ties.

    ``objects`` are the direct object's lemmas (the subject's for a passive), ``preps`` maps each governed
    preposition to its objects' lemmas.
    """
    preps = preps or {}
    best: VerbPattern | None = None
    for pattern in verb_patterns().get(lemma, ()):
        if pattern.particle and pattern.particle not in particles:
            continue
        if pattern.prep and pattern.prep not in preps:
            continue
        if pattern.objects:
            pool = preps.get(pattern.prep, ()) if pattern.prep else objects
            if not pattern.objects.intersection(pool):
                continue
        if best is None or pattern.specificity > best.specificity:
            best = pattern
    return best


@lru_cache(maxsize=1)
def compositions() -> dict[tuple[str, str], str]:
    """(governor root or modality, embedded root) -> resulting CAMEO code."""
    return {(row["governor"], row["complement"]): row["code"] for row in read_table("event_compose.tsv")}


def compose(governor: str, code: str) -> str | None:
    """The code for event ``code`` embedded under ``governor``; ``None`` when the pair is not recoded."""
    return compositions().get((governor, code[:2]))
