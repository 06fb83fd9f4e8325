"""Events that run both ways: "X and Y signed a treaty" is X signing with Y and Y signing with X."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

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
