"""One event per real interaction: repeated mentions of the same coded dyad merge."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from telex.records import Event


def _key(event: Event) -> tuple[str, frozenset[str | None], frozenset[str | None]]:
    return (
        event.cameo,
        frozenset(a.code for a in event.source),
        frozenset(a.code for a in event.target),
    )


def merge_events(events: Sequence[Event]) -> list[Event]:
    """Keep the first mention of each (code, source codes, target codes), counting the others in ``mentions``.

    The kept event takes a date from a later mention when it had none, and ids are renumbered in text order.
    """
    kept: dict[tuple[str, frozenset[str | None], frozenset[str | None]], Event] = {}
    for event in events:
        key = _key(event)
        first = kept.get(key)
        if first is None:
            kept[key] = event
            continue
        kept[key] = replace(
            first,
            mentions=first.mentions + event.mentions,
            date=first.date or event.date,
            date_text=first.date_text if first.date else event.date_text,
            confidence=max(first.confidence, event.confidence),
        )
    ordered = sorted(kept.values(), key=lambda e: e.trigger.start)
    return [replace(e, id=f"V{i}") for i, e in enumerate(ordered, 1)]
