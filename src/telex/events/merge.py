"""One event per real interaction: repeated mentions of the same event, named by the same word, between the same
actors merge."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from telex.records import ActorRef, Event

# How many letters of the word naming an event stand for its word family: "shelled" and "shelling", "criticized"
# and "criticism", "accused" and "accusation" share their first four.
FAMILY_LETTERS = 4

_Key = tuple[str, str, frozenset[str | None], frozenset[str | None]]


def _key(event: Event) -> _Key:
    return (
        event.cameo,
        _named_by(event),
        frozenset(_who(a) for a in event.source),
        frozenset(_who(a) for a in event.target),
    )


def _named_by(event: Event) -> str:
    """The word family that names the event. A repeated mention names the same act with the same word ("shelled
    ... shelled again", "criticized ... his criticism"); the same code between the same actors under another word
    is another act the article reports ("Clinton urged the US to ..." and later "called for the US to ...", a
    headline's "presses" and the body's "demanded")."""
    words = event.trigger.text.split()
    return words[0].lower()[:FAMILY_LETTERS] if words else ""


def _who(actor: ActorRef) -> str | None:
    """The participant as one real actor: its entity when the article names it, else its code. Kerry meeting
    Lavrov and Obama meeting Putin are two interactions though both are USAGOV meeting RUSGOV."""
    return actor.entity_id or actor.code


def _rank(event: Event) -> int:
    return 2 if event.date_source == "text" else 1 if event.date else 0


def _other_day(first: Event, event: Event) -> bool:
    """Two mentions the text dates to different days are two acts: "Trump criticized Clinton on Monday" and "he
    criticized her again on Thursday"."""
    return first.date_source == event.date_source == "text" and first.date != event.date


def _told_again_at_once(latest: int, event: Event) -> bool:
    """A mention in the sentence right after one that told the same act is an event of its own: "Fox News confirmed
    that Kelly met with Trump. According to the statement, Kelly met with Trump to discuss plans ..." tells the
    meeting in each sentence, and a reader who codes an article sentence by sentence (as whole-article gold does)
    codes both. ``latest`` is the sentence that told the act last; a mention further on ("the meeting" three
    paragraphs later) still merges."""
    return event.sentence == latest + 1


def _dated_alike(event: Event, other: Event) -> Event:
    """``event`` with ``other``'s date when that one is better (see :func:`_rank`): two mentions of one act share
    its best date: in "Kelly met with Trump on Monday. According to the statement, Kelly met with Trump to discuss
    ...", the second meeting, which only the publication dates, is Monday's too."""
    if _rank(other) <= _rank(event):
        return event
    return replace(event, date=other.date, date_text=other.date_text, date_source=other.date_source)


def merge_events(events: Sequence[Event]) -> list[Event]:
    """Keep the first mention of each (code, word family, sources, targets), counting the others in ``mentions``; a
    participant is its entity when the article names one, else its code (see :func:`_who`), and the word family is
    that of the trigger's first word (see :func:`_named_by`); mentions of one sentence merge whatever their words.
    Mentions the text dates to different days stay apart (see :func:`_other_day`), and so does a mention in the
    sentence right after one that told the act (see :func:`_told_again_at_once`), which takes the act's best date.

    The kept event takes a later mention's date when that one is better (from the text rather than the
    publication date, or any rather than none), and ids are renumbered in text order.
    """
    kept: dict[_Key, list[Event]] = {}
    # The sentence that told each act last, whichever of its events that mention went to.
    latest: dict[_Key, int] = {}
    # "Gunmen stormed the hotel, killing guests": within one sentence, words of one code between the same actors
    # tell one act, whatever the words.
    in_sentence: dict[tuple[int, str, frozenset[str | None], frozenset[str | None]], _Key] = {}
    for event in events:
        code, family, sources, targets = _key(event)
        key = in_sentence.setdefault((event.sentence, code, sources, targets), (code, family, sources, targets))
        told = kept.setdefault(key, [])
        at = next((i for i, first in enumerate(told) if not _other_day(first, event)), None)
        again = key in latest and _told_again_at_once(latest[key], event)
        latest[key] = event.sentence
        if at is None:
            told.append(event)
            continue
        first = told[at]
        if again:
            told[at] = _dated_alike(first, event)
            told.append(_dated_alike(event, first))
            continue
        # A date the text gives beats the publication-date fallback; among equals the first mention's wins.
        dated = event if _rank(event) > _rank(first) else first
        told[at] = replace(
            first,
            mentions=first.mentions + event.mentions,
            date=dated.date,
            date_text=dated.date_text,
            date_source=dated.date_source,
            confidence=max(first.confidence, event.confidence),
        )
    ordered = sorted((e for told in kept.values() for e in told), key=lambda e: e.trigger.start)
    return [replace(e, id=f"V{i}") for i, e in enumerate(ordered, 1)]
