"""A state's name that a region of another country bears (shared_names.tsv: "Georgia"): which one the words around it
mean, and the actor of the region's country it then codes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from spacy.tokens import Span

from telex.actors.table import Actor, actor_table, name_key
from telex.actors.word_lists import DETERMINERS
from telex.entity_index import EntityIndex


def region_reading(key: str, counts: Counter[str], text: str, lead: int = 1) -> Actor | None:
    """What a state's name that a region bears (``key``: "georgia") means where it is written: the region when the words
    there name the region's country more than ``lead`` times as often as the state, the state when they name the state
    more often, ``None`` otherwise. ``counts`` are the countries the tables code in the words (not the name itself);
    the cue words of shared_names.tsv found in ``text`` count too ("primary" for the American state, "Caucasus")."""
    table = actor_table()
    region, state = table.shared_regions.get(key), table.names.get(key)
    if region is None or state is None or not region.country or not state.country:
        return None
    state_cues, region_cues = table.shared_cues.get(key, ((), ()))
    ours = counts[region.country] + _cue_count(region_cues, text)
    theirs = counts[state.country] + _cue_count(state_cues, text)
    return region if ours > lead * theirs else state if theirs > ours else None


def _cue_count(cues: Sequence[str], text: str) -> int:
    return sum(len(re.findall(r"\b" + re.escape(cue) + r"\b", text, flags=re.IGNORECASE)) for cue in cues)


def shared_region_key(words: Iterable[str], actor: Actor | None) -> str | None:
    """The key of the first of ``words`` that is a state's name a region bears ("georgia"), when ``actor`` is coded by
    that state: "Georgia voters" coded GEOCVL."""
    table = actor_table()
    for word in words:
        key = name_key(word)
        state = table.names.get(key)
        if actor is not None and key in table.shared_regions and state is not None and state.country == actor.country:
            return key
    return None


def as_region(actor: Actor, region: Actor) -> Actor:
    """The actor of a region's country that a phrase coded by a state's name is: "Georgia Republicans" are USAPTY. A
    namesake that is a body (shared_bodies.tsv) is that body: "the CPC" of the Central African Republic's rebels."""
    return region if region.sector else of_country(actor, region.country or "")


def of_country(actor: Actor, country: str) -> Actor:
    """``actor``, of its sector, placed in ``country`` (its name kept)."""
    return Actor(actor.name, country + (actor.sector or ""), country, actor.sector)


def in_region(span: Span, actor: Actor | None, entities: EntityIndex) -> Actor | None:
    """A phrase coded by a state's name that the article reads as a region of another country (the entity of the name
    is coded with the region's country): "Georgia voters" where Georgia is the American state."""
    if actor is None or not actor.country:
        return actor
    table = actor_table()
    for token in span:
        key = shared_region_key([token.text], actor)
        entity = entities.at(token.idx, token.idx + len(token)) if key else None
        if key and entity is not None and entity.country == table.shared_regions[key].country:
            return as_region(actor, table.shared_regions[key])
    return actor


def home_region(span: Span, entities: EntityIndex) -> Actor | None:
    """A region that bears a state's name, in an article about the region's country: "Georgia" in a story of
    American politics is the American state, not the Caucasus republic."""
    words = [t.text for t in span if t.lower_ not in DETERMINERS]
    region = actor_table().shared_regions.get(name_key(" ".join(words))) if words else None
    if region is None or entities.home_country != region.country:
        return None
    return region
