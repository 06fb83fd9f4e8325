"""A denial answers an accusation: "Moscow and Pyongyang have rejected the accusations" targets the accusers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from telex.events.word_lists import STATE_SECTORS
from telex.records import ActorRef, Event

# The CAMEO code of a rejection, the one a denial of an accusation is coded with.
DENIAL = "120"


def _countries(refs: Sequence[ActorRef]) -> set[str]:
    return {r.country or r.code or "" for r in refs} - {""}


def _identity(ref: ActorRef) -> tuple[str | None, str | None]:
    """Who an actor is: its entity, or else its name and code."""
    return (ref.entity_id, None) if ref.entity_id else (ref.name, ref.code)


def _same_actor(one: Sequence[ActorRef], other: Sequence[ActorRef]) -> bool:
    """An actor of ``one`` is one of ``other`` (the same entity, or the same name and code)."""
    # Kept stricter than ``participants.among``: an actor the article names is only that entity, not another
    # mention with its name and code but no entity. With ``among`` a denial on the 815 PolNeAR articles ("Trump
    # denied the accusations", O'Donnell's) took for accuser a plaintiff whose lawsuit was told 4,600 characters
    # before, against a "Trump" resolved to no entity.
    keys = {_identity(r) for r in other if r.entity_id or r.name}
    return any(_identity(r) in keys for r in one)


def _unanswered(event: Event) -> bool:
    """The denial names no one it answers: no target, or only the deniers themselves or their own side unnamed
    ("the missiles, which Pyongyang denies"); "Sanders dismissed Clinton's charges" answers Clinton, a compatriot
    the article names."""
    return all(_same_actor([t], event.source) or t.entity_id is None for t in event.target)


def _denial(event: Event) -> bool:
    """A rejection said (120), not one a negation makes ("did not support her") nor a breach of a rule (128: "violated
    the law"), which answer no one."""
    return event.cameo == DENIAL and event.modality != "negated"


def _against(accusation: Event, denial: Event) -> bool:
    """The accusation is aimed at the deniers: at one of them, or, when they stand for their state (a country named as
    such, or a body of its state no entity names: "Pyongyang", "officials"), at their country. In a country's own
    politics many compatriots accuse one another, so one the article names answers only what was said of them."""
    if _same_actor(accusation.target, denial.source):
        return True
    if not all(r.code == r.country or (r.sector in STATE_SECTORS and not r.entity_id) for r in denial.source):
        return False
    return bool(_countries(accusation.target) & _countries(denial.source))


def answer_denials(events: Sequence[Event]) -> list[Event]:
    """Give a denial with no target, or with only the deniers' own side as target ("shells and missiles, which
    Pyongyang denies": the missiles it is said to send), the accusers of the latest earlier accusation against
    its deniers; an accusation the deniers made themselves is none against them (within one country, "Trump
    attacked Bush ... Trump rejected attacks from Bush"). A denial that names a compatriot it answers keeps them."""
    answered: list[Event] = []
    for event in events:
        deniers = _countries(event.source)
        if _denial(event) and deniers and _countries(event.target) <= deniers and _unanswered(event):
            accusation = next(
                (
                    e
                    for e in reversed(answered)
                    if e.cameo_root == "11"
                    and e.trigger.start < event.trigger.start
                    and _against(e, event)
                    and not _same_actor(e.source, event.source)
                ),
                None,
            )
            if accusation is not None:
                event = replace(event, target=accusation.source)
        answered.append(event)
    return answered
