"""A person the tables find by a name is not someone the article names otherwise: a namesake the article gives in full
("Cook" after "Peter Cook"), a place a word of a person's name is ("Jordan Peterson"), a leader of a country the
article never names ("a Fox executive")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Span

from telex.actors.names import find_names
from telex.actors.phrases import resolve_words
from telex.actors.table import Actor, actor_table, name_key
from telex.entities.cluster import bare_parts, same_person
from telex.entities.person_names import name_tokens
from telex.entity_index import EntityIndex
from telex.nlp.cached import text_of
from telex.records import Entity


def not_a_stranger(words: list[str], actor: Actor | None, entities: EntityIndex, on: date | None) -> Actor | None:
    """The phrase's actor, unless it is a person found by a bare surname who leads or led a country the article's
    entities name nowhere ("Key Democratic lawmakers" is no New Zealand premier, "a Fox executive" no Mexican
    president). The head of an organisation is so for an organisation the article names nowhere ("Ban on Face
    Coverings" is no UN secretary-general). Then what the other words name."""
    if actor is None or (home := actor.country or actor.code) is None:
        return actor
    hit = next((h for h in find_names(words, on) if h.surname and h.actor == actor), None)
    if hit is None or any((e.country or e.code) == home for e in entities):
        return actor
    rest = words[: hit.start] + words[hit.end :]
    return not_a_stranger(rest, resolve_words(rest, on), entities, on) if rest else None


def taken_for_another(span: Span, entity: Entity, actor: Actor, entities: EntityIndex) -> bool:
    """The phrase names, by a name the article gives a person, some other person of the tables, or a place a word of
    the person's name is also the name of ("Ben Rhodes" is no Greek island, "Jordan Peterson" no kingdom, "Cook" after
    "Peter Cook" no Robin Cook); ``entities`` are the article's."""
    if entity.type != "PERSON" or not actor.name or actor.name == entity.name:
        return False
    text = text_of(span.doc)
    inside = [text[s:e] for s, e in entity.mentions if span.start_char <= s and e <= span.end_char]
    named = set(actor.name.split())
    if not entity.code:
        place = actor.code is not None and actor.code == actor.country
        if place and any(named <= set(m.split()) or _demonym_surname(m, actor.code) for m in inside):
            return True
        # A person out of office is coded by the country alone, as a place is: "Cooper" after "Bradley Cooper" is no
        # Yvette Cooper, whatever her code.
        return _namesake(entity.name, actor.name, inside, entities)
    return any(set(m.split()) <= named for m in inside)


def _demonym_surname(name: str, country: str | None) -> bool:
    """A word after the first of a person's name is the country's demonym: "Mark Cuban" is no Cuba."""
    demonyms = actor_table().demonyms
    return any(demonyms.get(name_key(word)) == country for word in name.split()[1:])


def _namesake(person: str, other: str, mentions: Sequence[str], entities: EntityIndex) -> bool:
    """A bare part of the name (in ``mentions``; ``cluster.bare_parts``) of the article's ``person``, whom no table
    knows, is not the ``other`` person of the tables who bears it: "Cook declined" after "Peter Cook" is no Robin Cook,
    "Carlos" after "Juan Carlos Hidalgo" no King Juan Carlos. Unless the article names that other person too ("Trump"
    beside "Melania Trump" and "Donald Trump"), or the person's name is no proper full name (a tagger's
    "pro-Clinton", "Hillary] Clinton")."""
    words = person.split()
    return (
        len(words) > 1
        and all(w[:1].isupper() for w in words)
        and not same_person(other, person)
        and any(len(bare := name_tokens(m)) == 1 and bare[0] in bare_parts(person) for m in mentions)
        # The article's people are gathered only for a surname that may be a namesake's, not on every mention.
        and other not in {e.name for e in entities if e.type == "PERSON"}
    )
