"""One event per real interaction: repeated mentions of the same event between the same actors merge."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from telex.records import ActorRef, Event


def _key(event: Event) -> tuple[str, frozenset[str | None], frozenset[str | None]]:
    return (
        event.cameo,
        frozenset(_who(a) for a in event.source),
        frozenset(_who(a) for a in event.target),
    )


def _who(actor: ActorRef) -> str | None:
    """The participant as one real actor: its entity when the article names it, else its code. Kerry meeting
    Lavrov and Obama meeting Putin are two interactions though both are USAGOV meeting RUSGOV."""
    return actor.entity_id or actor.code


def _rank(event: Event) -> int:
    return 2 if event.date_source == "text" else 1 if event.date else 0


def merge_events(events: Sequence[Event]) -> list[Event]:
    """Keep the first mention of each (code, sources, targets), counting the others in ``mentions``; a participant
    is its entity when the article names one, else its code (see :func:`_who`).

    The kept event takes a later mention's date when that one is better (from the text rather than the
    publication date, or any rather than none), and ids are renumbered in text order.
    """
    kept: dict[tuple[str, frozenset[str | None], frozenset[str | None]], Event] = {}
    for event in events:
        key = _key(event)
        first = kept.get(key)
        if first is None:
            kept[key] = event
            continue
        # A date the text gives beats the publication-date fallback; among equals the first mention's wins.
        dated = event if _rank(event) > _rank(first) else first
        kept[key] = replace(
            first,
            mentions=first.mentions + event.mentions,
            date=dated.date,
            date_text=dated.date_text,
            date_source=dated.date_source,
            confidence=max(first.confidence, event.confidence),
        )
    ordered = sorted(kept.values(), key=lambda e: e.trigger.start)
    return [replace(e, id=f"V{i}") for i, e in enumerate(ordered, 1)]
