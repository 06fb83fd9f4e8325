"""States named as a hyphened pair: "US-UK trade talks", "the Israeli-Palestinian conflict", "the EU-Turkey deal" name
two actors, one on each side of the hyphen, where the phrase read whole would be one."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from spacy.tokens import Span, Token

from telex.actors.phrases import resolve_words
from telex.actors.resolve import resolve_span
from telex.entity_index import EntityIndex
from telex.records import ActorRef

HYPHENS = frozenset({"-", "–", "‑"})


def _joins(token: Token) -> bool:
    """A hyphen set tight between two words ("US-UK"), not a dash between phrases ("Syria - with Russian planes")."""
    doc = token.doc
    return (
        token.text in HYPHENS
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
    )


def _named(token: Token) -> bool:
    """A word of a name: capitalised ("South" of "South Korean"), not a common word ("trade", "failed")."""
    return token.pos_ in ("PROPN", "ADJ", "NOUN") and token.text[:1].isupper()


def _parts(phrase: Span) -> list[Span]:
    """The runs of name words the hyphens of ``phrase`` join: "US" and "South Korean" of "the US-South Korean
    drills"."""
    doc = phrase.doc
    cuts = [t.i for t in phrase if _joins(t)]
    if not cuts:
        return []
    start = cuts[0] - 1
    while start - 1 >= phrase.start and _named(doc[start - 1]) and doc[start - 1].whitespace_:
        start -= 1
    end = cuts[-1] + 2
    while end < phrase.end and _named(doc[end]) and doc[end - 1].whitespace_:
        end += 1
    bounds = [start - 1, *cuts, end]
    return [doc[a + 1 : b] for a, b in pairwise(bounds)]


def hyphen_pair(phrase: Span, entities: EntityIndex, published: date | None) -> list[ActorRef]:
    """One actor for each side of the hyphens in ``phrase``, when every side names a placed actor and the actors
    differ; nothing otherwise ("anti-American", "pro-Russian rebels", "the Saudi-led coalition" name one side)."""
    parts = _parts(phrase)
    refs: list[ActorRef] = []
    for part in parts:
        if not len(part) or not all(_named(t) for t in part):
            return []
        entity = entities.at(part.start_char, part.end_char)
        if entity is not None and not any(part.start_char <= a and b <= part.end_char for a, b in entity.mentions):
            # The article's entity is the whole pair ("EU-Turkey"): each side is coded by its own words.
            entity, actor = None, resolve_words([t.text for t in part], published)
        else:
            actor = resolve_span(part, entities, published)
        if actor is None or not (actor.code == actor.country or (actor.code or "").startswith(("IGO", "NGO"))):
            # A side is a state or a people ("US", "Israeli") or an international body ("EU"); a person's name may
            # hold a hyphen itself ("Jean-Claude Juncker", "Han Min-koo").
            return []
        entity_id = entity.id if entity is not None and entity.code == actor.code else None
        refs.append(ActorRef(part.text, actor.name, actor.code, actor.country, actor.sector, entity_id))
    return refs if len({r.code for r in refs}) == len(refs) > 1 else []

