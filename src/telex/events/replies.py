"""A denial answers an accusation: "Moscow and Pyongyang have rejected the accusations" targets the accusers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from telex.records import ActorRef, Event


def _countries(refs: Sequence[ActorRef]) -> set[str]:
    return {r.country or r.code or "" for r in refs} - {""}


def _identity(ref: ActorRef) -> tuple[str | None, str | None]:
    """Who an actor is: its entity, or else its name and code."""
    return (ref.entity_id, None) if ref.entity_id else (ref.name, ref.code)


def _same_actor(one: Sequence[ActorRef], other: Sequence[ActorRef]) -> bool:
    """An actor of ``one`` is one of ``other`` (the same entity, or the same name and code)."""
    keys = {_identity(r) for r in other if r.entity_id or r.name}
    return any(_identity(r) in keys for r in one)


def _unanswered(event: Event) -> bool:
    """The denial names no one it answers: no target, or only the deniers themselves or their own side unnamed
    ("the missiles, which Pyongyang denies"); "Sanders dismissed Clinton's charges" answers Clinton, a compatriot
    the article names."""
    return all(_same_actor([t], event.source) or t.entity_id is None for t in event.target)


def answer_denials(events: Sequence[Event]) -> list[Event]:
    """Give a denial with no target, or with only the deniers' own side as target ("shells and missiles, which
    Pyongyang denies": the missiles it is said to send), the accusers of the latest earlier accusation against
    its deniers; an accusation the deniers made themselves is none against them (within one country, "Trump
    attacked Bush ... Trump rejected attacks from Bush"). A denial that names a compatriot it answers keeps them."""
    answered: list[Event] = []
    for event in events:
        deniers = _countries(event.source)
        if event.cameo_root == "12" and deniers and _countries(event.target) <= deniers and _unanswered(event):
            accusation = next(
                (
                    e
                    for e in reversed(answered)
                    if e.cameo_root == "11"
                    and e.trigger.start < event.trigger.start
                    and _countries(e.target) & deniers
                    and not _same_actor(e.source, event.source)
                ),
                None,
            )
            if accusation is not None:
                event = replace(event, target=accusation.source)
        answered.append(event)
    return answered
