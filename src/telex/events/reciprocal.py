"""Events that run both ways: "X and Y signed a treaty" is X signing with Y and Y signing with X."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Token

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
    """Split a joint action of several actors of distinct codes with no named target into one event per actor, on
    the others; likewise an action of several actors on each other (its targets are its sources), whose actors may
    share a code ("Democrats and Republicans blamed each other")."""
    result: list[Event] = []
    for event in events:
        codes = {a.code for a in event.source}
        joint = not event.target and event.cameo in reciprocal_codes() and len(codes) > 1
        mutual = len(event.source) > 1 and event.target == event.source
        if None in codes or not (joint or mutual):
            result.append(event)
            continue
        if joint:
            note_rows([_reciprocal()[event.cameo]])
        for n, actor in enumerate(event.source):
            others = tuple(a for m, a in enumerate(event.source) if m != n and (a.code != actor.code or not joint))
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


def partner_of_meeting(candidate: Candidate, kept: Sequence[Candidate]) -> None:
    """ "Putin met Kim in Pyongyang and signed a defence pact": an act done together with no partner named, joined to a
    meeting of the same doer, is done with whom they met."""
    anchor = candidate.anchor
    if candidate.targets or candidate.code not in reciprocal_codes() or anchor.dep_ != "conj":
        return
    meeting = next((c for c in kept if c.anchor.i == anchor.head.i and c.code.startswith("04") and c.targets), None)
    if meeting is not None and [s.code for s in meeting.sources] == [s.code for s in candidate.sources]:
        candidate.targets = list(meeting.targets)


def reciprocal_pronoun(token: Token) -> bool:
    """ "each other", "one another": the head word with its determiner."""
    word = {"other": "each", "one": "another"}.get(token.lower_)
    return word is not None and any(c.lower_ == word for c in token.children)


def _acted_on(head: Token) -> list[Token]:
    """What ``head`` is done to: its direct object and the objects of its prepositions ("met with", "fired at")."""
    found = [c for c in head.children if c.dep_ in ("dobj", "pobj")]
    return found + [o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


def each_other(candidate: Candidate) -> None:
    """ "Russia and Ukraine accused each other", "the two leaders met with one another", "X and Y launched attacks on
    each other": several coded doers acting on each other are each the others' target. A single doer ("the party
    fought each other", "lawmakers accused each other") names no one on either side."""
    heads = [candidate.anchor] + ([candidate.noun] if candidate.noun is not None else [])
    if len(candidate.sources) < 2 or not all(s.code for s in candidate.sources):
        return
    if not any(reciprocal_pronoun(t) for head in heads for t in _acted_on(head)):
        return
    candidate.targets = list(candidate.sources)
    candidate.mutual = True
