"""Armed doers: the weapons of ``armed_doers.tsv`` and the sides of armed conflict, which make a verb of striking
force ("Russian warplanes hit Aleppo", "militants stormed a hotel") where another doer makes it none ("sanctions hit
the economy", "the strike hit production")."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Token

from telex.actors.phoenix import phoenix_table
from telex.actors.table import actor_table
from telex.entity_index import EntityIndex
from telex.events.arguments import CONTROLLERS, called_foreign
from telex.events.patterns import NO_EVENT, met
from telex.events.scenes import scene_country
from telex.events.word_lists import (
    ARMED_DOER_SECTORS,
    CAMPAIGNER_SECTORS,
    CIVILIAN_SECTORS,
    FORCE_SECTORS,
    QUANTITIES,
    REPRESSED_SECTORS,
    SCENE_PLACED_ROOTS,
    STRIKING_SECTORS,
)
from telex.records import ActorRef
from telex.tables import read_table

TABLE = "armed_doers.tsv"
# Modifiers that make a two-word entry with their head: "suicide bomber", "think tank".
_MODIFIERS = frozenset({"compound", "amod"})


@dataclass(frozen=True)
class Weapon:
    """A weapon entry: the CAMEO code of force done with it and the sector of the country that owns it."""

    code: str
    sector: str | None


@cache
def weapons() -> dict[str, Weapon]:
    """The weapon entries by word; a :data:`NO_EVENT` code marks a phrase that names no weapon ("think tank")."""
    return {row["word"]: Weapon(row["code"], row["sector"] or None) for row in read_table(TABLE)}


def _keys(token: Token) -> set[str]:
    """The head's lemma and forms ("Tanks" may keep its form as its lemma) and "modifier head" pairs."""
    heads = {token.lemma_.lower(), token.lower_, token.lower_.removesuffix("s")}
    modifiers = {c.lemma_.lower() for c in token.lefts if c.dep_ in _MODIFIERS}
    return heads | {f"{m} {h}" for m in modifiers for h in heads}


def weapon(token: Token) -> Weapon | None:
    """The weapon a common noun names, its longest entry first ("suicide bomber" before "bomber"); a capitalised
    word the tagger took for a name counts unless it names something ("Rockets rained down", not "Shell")."""
    if token.pos_ != "NOUN" and (token.pos_ != "PROPN" or token.ent_type_):
        return None
    keys = _keys(token)
    entries = weapons()
    found = max((word for word in entries if met([word], keys)), key=lambda w: len(w.split()), default=None)
    if found is None or entries[found].code == NO_EVENT:
        return None
    return entries[found]


def heads(tokens: Sequence[Token]) -> list[Token]:
    """The tokens with their conjuncts: "helicopters and tanks"."""
    return [h for t in tokens for h in (t, *t.conjuncts)]


def names_actor(token: Token) -> bool:
    """The word itself names who acts: a name, a word of a sector or role ("militants", "troops", "the militant
    group"), or a count of people ("hundreds of rebels"); not a thing of theirs ("ISIS recruitment videos", "the
    fallout from the FBI's investigation"), whose owner does not strike with it."""
    if token.pos_ == "PROPN" or token.ent_type_ in CONTROLLERS or token.like_num:
        return True
    words = {token.lower_, token.lemma_.lower()}
    return bool(words & (actor_table().role_words | QUANTITIES) or words & phoenix_table().agents.keys())


def bears_arms(refs: Sequence[ActorRef]) -> bool:
    """Some actor is of a side of armed conflict (army, rebels, gunmen, militarized groups); police and intelligence
    target by investigation as often ("the FBI targeted Clinton's aides", "the NSA targeted Merkel's phone")."""
    return any(r.sector in ARMED_DOER_SECTORS for r in refs)


def works(refs: Sequence[ActorRef]) -> bool:
    """Some actor is of a sector of people who work for a wage or a living (workers, teachers, doctors, farmers), whose
    striking is a strike ("nurses struck for a third day")."""
    return any(r.sector in STRIKING_SECTORS for r in refs)


def protests_alone(refs: Sequence[ActorRef]) -> bool:
    """Some actor is of the public, whose protest is political whoever protests: protesters and the opposition, or a
    civil sector (residents, students, workers) that stands alone in a protest ("residents protested the killing")."""
    return any(r.sector in actor_table().protest_sectors | REPRESSED_SECTORS for r in refs)


def state_strikes(refs: Sequence[ActorRef], targets: Sequence[ActorRef]) -> bool:
    """A state itself acts on a place or on a side that bears arms ("Israel struck Gaza", "the United States struck
    the Islamic State"): the act of a state's forces, where a person, an office or a thing ("Trump struck a nerve",
    "the crisis strikes Paris") is none."""
    states = any(r.country and not r.sector and r.code == r.country for r in refs)
    return states and any((t.country and not t.sector) or t.sector in ARMED_DOER_SECTORS for t in targets)


def fights_with_words(
    refs: Sequence[ActorRef], targets: Sequence[ActorRef], persons: Collection[str | None]
) -> bool:
    """The doers strike with words: "Trump hammered Bush", "Clinton hit Sanders on guns", "Cruz knocked Rubio on
    trade". Every doer is coded and campaigns or legislates (``campaigner_sector``), or is a named person (an entity id
    in ``persons``) of no armed sector acting only on people or bodies of civilian life; every one acted on is coded
    and of no armed sector. A president or minister acting on a state ("Putin pounded Ukraine") may be using force,
    so is not read as words."""
    if not refs or not targets or not all(r.code for r in (*refs, *targets)):
        return False
    if any(r.sector in FORCE_SECTORS for r in (*refs, *targets)):
        return False
    if all(r.sector in CAMPAIGNER_SECTORS for r in refs):
        return True
    return all(r.entity_id in persons for r in refs) and all(
        t.entity_id in persons or t.sector in CIVILIAN_SECTORS for t in targets
    )


def armed_owners(refs: Sequence[ActorRef], doers: Sequence[Token]) -> list[ActorRef]:
    """The owners of the weapons that did it as the sector that fights with them: "Israeli jets" is Israel's
    military (ISR MIL), "Russian missiles" Russia's; an owner whose sector is known keeps it."""
    found = [w for w in map(weapon, heads(doers)) if w is not None]
    sector = next((w.sector for w in found), None)
    if not found or sector is None or any(w.sector != sector for w in found):
        return list(refs)
    return [
        replace(r, code=r.country + sector, sector=sector) if r.country and not r.sector and r.code == r.country else r
        for r in refs
    ]


def placed_at_scene(
    refs: Sequence[ActorRef], code: str, anchor: Token, entities: EntityIndex, sectors: Collection[str]
) -> list[ActorRef]:
    """Force or coercion (``scene_placed_root``) done by or to people of no country who live where it happens, of
    ``sectors``: they are of the country of the place the sentence names ("gunmen stormed a village in Plateau state":
    NGA UAF; "200 people were detained across Russia": RUS CVL). Words that call them foreign keep them unplaced."""
    if code[:2] not in SCENE_PLACED_ROOTS or not any(r.sector and not r.country for r in refs):
        return list(refs)
    country = scene_country(anchor, entities)
    if country is None:
        return list(refs)
    return [
        replace(r, code=country + r.sector, country=country, entity_id=None)
        if r.sector and r.sector in sectors and r.country is None and r.code is None and not called_foreign(r)
        else r
        for r in refs
    ]
