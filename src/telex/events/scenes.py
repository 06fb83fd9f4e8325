"""Where an event happened, when its noun carries a place: "the Paris attacks", "the Geneva talks", "a North
Carolina rally", "the Paris agreement". A city or region compounded onto a meeting, protest or violence noun, or onto
an agreement, names the scene, not the doer; a country's own name or alias still names the doer ("U.S. airstrikes",
"Iran talks"), and a city's possessive still acts ("Moscow's strikes")."""

from __future__ import annotations

from spacy.tokens import Token

from telex.actors.phrases import resolve_words
from telex.actors.table import actor_table
from telex.entity_index import EntityIndex
from telex.events.patterns import noun_code
from telex.events.word_lists import PLACE_TARGET_CODES, SCENE_CODES, SCENE_PREPOSITIONS

# Entity types of a name that says where something happened: a country, city or region, a natural place, a building.
SCENE_TYPES = frozenset({"GPE", "LOC", "FAC"})

# Entity labels a place's name may carry: the parser often tags a city before an event noun as an organisation ("the
# Benghazi attack", "the Munich shooting") or tags nothing; the place table, not the label, decides it is a place.
PLACE_LABELS = frozenset({"GPE", "LOC", "ORG", ""})


def scene(modifier: Token, code: str) -> bool:
    """``modifier``, a compound of the noun of an event of ``code``, names a city or region: the place."""
    if not code.startswith(SCENE_CODES):
        return False
    if modifier.dep_ != "compound" or modifier.pos_ != "PROPN" or modifier.ent_type_ not in PLACE_LABELS:
        return False
    return region(modifier)


def region(head: Token) -> bool:
    """The phrase headed by ``head`` names a city or region of a country (its capital among them), not the country
    itself: "Paris", "Iowa", "Washington", not "France" or "the United States"."""
    words = [t.text for t in head.subtree]
    actor = resolve_words(words)
    if actor is None or actor.country is None or actor.code != actor.country:
        return False
    table = actor_table()
    return table.is_capital(" ".join(words), actor.country) or actor.name != table.country_names.get(actor.country)


def set_in_place(noun: Token) -> bool:
    """``noun`` is an event noun of a scene root whose compound names its place: "The Paris attacks killed 130"
    names no one who killed."""
    return any(names_scene(noun, c) for c in noun.children if c.dep_ == "compound")


def names_scene(noun: Token, modifier: Token) -> bool:
    """``modifier`` of the event noun ``noun`` names where its act happened: "Paris" of "the Paris agreement"."""
    code = noun_code(noun)
    return code is not None and scene(modifier, code)


def scene_places(heads: list[Token], code: str) -> set[int]:
    """Tokens of the cities and regions that "in" phrases of ``heads`` (an event's verb and noun) name as the scene of
    an act of ``code``: "criticized Trump in Iowa", "battled in Wisconsin", "was arrested in Moscow" happen there and
    are done to no one there. Aid, force and violence fall on a place ("bombed targets in Aleppo", "shootings in
    Louisiana"), so for those codes the place stays a target."""
    if code.startswith(PLACE_TARGET_CODES):
        return set()
    return {
        obj.i
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for obj in prep.children
        if obj.dep_ == "pobj" and region(obj)
    }


def scene_country(anchor: Token, entities: EntityIndex) -> str | None:
    """The one country of the places the clause of ``anchor`` says something happened at ("in Plateau state", "across
    Russia", "near a checkpoint in Mogadishu", "in the Kenyan town of Kisumu"), when they name no other: a place name
    inside a phrase of place (``scene_preposition``). A name that only describes ("a UK-based group") or stands for a
    government ("acting against Moscow") is no scene, nor is a place of another clause of the sentence ("voters
    support banning Muslims, but want immigrants already in the United States to stay"). The place is known by the
    parser's label or by the entity the article resolved ("IN NORTHERN BURKINA FASO", which a capitalised headline
    may have the parser call an organisation)."""
    clause = anchor.head if anchor.dep_ == "advcl" else anchor
    countries = set()
    for token in clause.subtree:
        if token.pos_ != "PROPN" and token.ent_type_ not in SCENE_TYPES:
            continue
        entity = entities.at(token.idx, token.idx + len(token.text))
        if entity is None or not entity.country or not _in_place_phrase(token, clause):
            continue
        if token.ent_type_ in SCENE_TYPES or entity.type in SCENE_TYPES:
            countries.add(entity.country)
    return countries.pop() if len(countries) == 1 else None


def _in_place_phrase(token: Token, clause: Token) -> bool:
    """``token`` stands in a phrase of place of ``clause`` (the phrase ``anchor`` heads, or the clause a participle or
    adverbial clause of it hangs on: "a car bomb exploded in Mogadishu, killing nine"): a preposition between them
    says where ("in", "near"). A place in a relative clause tells of its noun ("the mother of a boy who was shot in
    Florida"), not of the act."""
    found = False
    for above in token.ancestors:
        if above.i == clause.i:
            return found
        if above.dep_ == "relcl":
            return False
        found = found or (above.dep_ == "prep" and above.lower_ in SCENE_PREPOSITIONS)
    return False
