"""Where an event happened, when its noun carries a place: "the Paris attacks", "the Geneva talks", "a North
Carolina rally". A city or region compounded onto a meeting, protest or violence noun names the scene, not the
doer; a country's own name or alias still names the doer ("U.S. airstrikes", "Iran talks"), and a city's
possessive still acts ("Moscow's strikes")."""

from __future__ import annotations

from spacy.tokens import Token

from telex.actors.resolve import resolve_words
from telex.actors.table import actor_table
from telex.events.patterns import noun_codes

# Roots of the events a place compounded onto their noun sets: meetings, protests and violence.
SCENE_ROOTS = frozenset({"04", "14", "18", "19", "20"})


def scene(modifier: Token, code: str) -> bool:
    """``modifier``, a compound of the noun of an event of ``code``, names a city or region: the place."""
    if code[:2] not in SCENE_ROOTS or modifier.dep_ != "compound" or modifier.ent_type_ not in ("GPE", "LOC"):
        return False
    words = [t.text for t in modifier.subtree]
    actor = resolve_words(words)
    if actor is None or actor.country is None or actor.code != actor.country:
        return False
    table = actor_table()
    text = " ".join(words).lower()
    return text == table.capitals.get(actor.country, "").lower() or actor.name != table.country_names.get(actor.country)


def set_in_place(noun: Token) -> bool:
    """``noun`` is an event noun of a scene root whose compound names its place: "The Paris attacks killed 130"
    names no one who killed."""
    code = noun_codes().get(noun.lemma_.lower()) or noun_codes().get(noun.lower_)
    return code is not None and any(scene(c, code) for c in noun.children if c.dep_ == "compound")
