"""Events that run both ways: "X and Y signed a treaty" is X signing with Y and Y signing with X."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from telex.entity_index import EntityIndex
from telex.events.candidate import Candidate
from telex.events.pairs import hyphen_pair
from telex.events.participants import placed
from telex.events.patterns import RECIPROCAL, note_rows, row_id
from telex.records import Event
from telex.tables import read_table


@lru_cache(maxsize=1)
def _reciprocal() -> dict[str, str]:
    return {row["code"]: row_id(RECIPROCAL, index) for index, row in enumerate(read_table(RECIPROCAL), 1)}


def reciprocal_codes() -> frozenset[str]:
    """CAMEO codes of joint actions (``event_reciprocal.tsv``)."""
    return frozenset(_reciprocal())


def directed(events: Sequence[Event]) -> list[Event]:
    """Split a joint action of several distinct actors with no named target into one event per actor."""
    result: list[Event] = []
    for event in events:
        codes = {a.code for a in event.source}
        if event.target or event.cameo not in reciprocal_codes() or len(codes) < 2 or None in codes:
            result.append(event)
            continue
        note_rows([_reciprocal()[event.cameo]])
        for actor in event.source:
            others = tuple(a for a in event.source if a.code != actor.code)
            result.append(replace(event, source=(actor,), target=others))
    return result


def pair_partners(candidate: Candidate, entities: EntityIndex, published: date | None) -> None:
    """ "Officials began US-UK trade talks", "negotiators held German-Dutch consultations": an act done together whose
    noun a hyphened pair describes is the pair's, each the other's partner, when the clause names no placed doer."""
    noun = candidate.noun
    if noun is None or candidate.code not in reciprocal_codes() or placed(candidate.sources):
        return
    pair = hyphen_pair(noun.doc[noun.left_edge.i : noun.i + 1], entities, published)
    if pair:
        candidate.sources, candidate.targets = pair, []
