"""People of no country who do or suffer force or coercion are of the place their clause names (hand-built parses, no
model): "gunmen stormed a village in Kaduna" is NGA UAF; a toll with no doer named is placed only beside a weapon or an
act of violence, and a place in a relative clause is no scene."""

from __future__ import annotations

from spacy.tokens import Doc

from telex.entity_index import EntityIndex
from telex.events.extract import extract_events
from telex.events.filters import by_hazard
from telex.events.scenes import scene_country
from telex.events.word_lists import word_list
from telex.records import Entity, Event
from tests.unit.fixtures import Row, hand_parsed

PLACE = "Kaduna"


def _index(doc: Doc, country: str = "NGA") -> EntityIndex:
    """The article's entities: the place ``PLACE`` wherever the parse names it, of ``country``."""
    spans = tuple((t.idx, t.idx + len(t.text)) for t in doc if t.text == PLACE)
    return EntityIndex([Entity(id="E1", name=PLACE, type="GPE", mentions=spans, code=country, country=country)])


def _parsed(rows: list[Row]) -> Doc:
    return hand_parsed(rows, places=frozenset(i for i, row in enumerate(rows) if row[0] == PLACE))


def _events(rows: list[Row]) -> list[Event]:
    doc = _parsed(rows)
    return extract_events(doc, _index(doc), (), None)




def _clause(subject: str, lemma: str, verb: str, verb_lemma: str, *rest: Row, prep: str = "in") -> list[Row]:
    """ "The <subject> <verb> <rest> <prep> Kaduna ." with ``rest`` hanging off the verb (index 2)."""
    n = 3 + len(rest)
    return [
        ("The", 1, "det", "DET", "DT", "the"),
        (subject, 2, "nsubj", "NOUN", "NNS", lemma),
        (verb, 2, "ROOT", "VERB", "VBD", verb_lemma),
        *rest,
        (prep, 2, "prep", "ADP", "IN", prep),
        (PLACE, n, "pobj", "PROPN", "NNP", PLACE),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_gunmen_are_of_the_place_they_storm() -> None:
    # "The gunmen stormed a village in Kaduna ."
    village: list[Row] = [("a", 4, "det", "DET", "DT", "a"), ("village", 2, "dobj", "NOUN", "NN", "village")]
    events = _events(_clause("gunmen", "gunman", "stormed", "storm", *village))
    assert [e.cameo[:2] for e in events] == ["18"]  # irregulars' force is unconventional violence
    assert [r.code for r in events[0].source] == ["NGAUAF"]

def _toll(subject: str, lemma: str, verb: str, verb_lemma: str) -> list[Row]:
    """ "A <subject> <verb> in Kaduna , killing 24 passengers ." """
    return [
        ("A", 1, "det", "DET", "DT", "a"),
        (subject, 2, "nsubj", "NOUN", "NN", lemma),
        (verb, 2, "ROOT", "VERB", "VBD", verb_lemma),
        ("in", 2, "prep", "ADP", "IN", "in"),
        (PLACE, 3, "pobj", "PROPN", "NNP", PLACE),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("killing", 2, "advcl", "VERB", "VBG", "kill"),
        ("24", 8, "nummod", "NUM", "CD", "24"),
        ("passengers", 6, "dobj", "NOUN", "NNS", "passenger"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_a_toll_with_no_doer_is_placed_only_beside_violence() -> None:
    bombing = _events(_toll("bomb", "bomb", "exploded", "explode"))
    assert bombing and all(e.cameo[:2] == "18" for e in bombing)
    assert any(r.code == "NGACVL" for e in bombing for r in e.target)
    assert _events(_toll("bus", "bus", "crashed", "crash")) == []


def test_a_place_in_a_relative_clause_is_no_scene() -> None:
    # "Police detained the father of a boy who was shot in Kaduna ."
    rows: list[Row] = [
        ("Police", 1, "nsubj", "NOUN", "NNS", "police"),
        ("detained", 1, "ROOT", "VERB", "VBD", "detain"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("father", 1, "dobj", "NOUN", "NN", "father"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("boy", 4, "pobj", "NOUN", "NN", "boy"),
        ("who", 9, "nsubjpass", "PRON", "WP", "who"),
        ("was", 9, "auxpass", "AUX", "VBD", "be"),
        ("shot", 6, "relcl", "VERB", "VBN", "shoot"),
        ("in", 9, "prep", "ADP", "IN", "in"),
        (PLACE, 10, "pobj", "PROPN", "NNP", PLACE),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = _parsed(rows)
    assert scene_country(doc[1], _index(doc)) is None
    assert scene_country(doc[9], _index(doc)) == "NGA"


def test_a_name_outside_a_phrase_of_place_is_no_scene() -> None:
    # "The police detained people across Kaduna ." places them; "... people against Kaduna" does not.
    people: Row = ("people", 2, "dobj", "NOUN", "NNS", "people")
    for prep, country in (("across", "NGA"), ("against", None)):
        doc = _parsed(_clause("police", "police", "detained", "detain", people, prep=prep))
        assert scene_country(doc[2], _index(doc)) == country

def test_the_public_holding_a_place_obstructs_and_a_suicide_bomber_bombs() -> None:
    runway: Row = ("runway", 2, "dobj", "NOUN", "NN", "runway")
    assert [e.cameo for e in _events(_clause("protesters", "protester", "occupied", "occupy", runway))] == ["144"]
    himself: list[Row] = [("himself", 2, "dobj", "PRON", "PRP", "himself"), ("up", 2, "prt", "ADP", "RP", "up")]
    assert [e.cameo for e in _events(_clause("bomber", "bomber", "blew", "blow", *himself))] == ["1831"]


def test_a_bomb_that_rips_through_a_bus_is_a_bombing() -> None:
    through: list[Row] = [("through", 2, "prep", "ADP", "IN", "through"), ("bus", 3, "pobj", "NOUN", "NN", "bus")]
    assert [e.cameo[:2] for e in _events(_clause("bomb", "bomb", "ripped", "rip", *through))] == ["18"]


def test_every_scene_list_has_entries() -> None:
    for name in ("scene_placed_root", "scene_preposition", "scene_doer_sector", "scene_toll"):
        assert word_list(name), name


def test_a_warehouse_that_blew_up_is_a_mishap_and_rebels_who_blew_up_a_bridge_damage_it() -> None:
    # "A fireworks warehouse blew up in Kaduna ." and "The rebels blew up a bridge in Kaduna ."
    warehouse = _parsed(
        [
            ("A", 2, "det", "DET", "DT", "a"),
            ("fireworks", 2, "compound", "NOUN", "NNS", "firework"),
            ("warehouse", 3, "nsubj", "NOUN", "NN", "warehouse"),
            ("blew", 3, "ROOT", "VERB", "VBD", "blow"),
            ("up", 3, "prt", "ADP", "RP", "up"),
            ("in", 3, "prep", "ADP", "IN", "in"),
            (PLACE, 5, "pobj", "PROPN", "NNP", PLACE),
            (".", 3, "punct", "PUNCT", ".", "."),
        ]
    )
    assert by_hazard(warehouse[3]) and extract_events(warehouse, _index(warehouse), (), None) == []
    bridge: list[Row] = [("up", 2, "prt", "ADP", "RP", "up"), ("bridge", 2, "dobj", "NOUN", "NN", "bridge")]
    rows = _clause("rebels", "rebel", "blew", "blow", *bridge)
    assert not by_hazard(_parsed(rows)[2])
    assert [e.cameo for e in _events(rows)] == ["171"]
