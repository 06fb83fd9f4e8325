"""Where protest, repression and violence happened says whose they are (hand-built parses, no model): troops hit by
no one of a country are of the place in a text of one country; a restriction only a state imposes, in a passive with
no doer or by a government of no country, is the government's of the place; a protest's doer named in a participle
("called by the unions") still places it, and a protest that spreads "to" a place is its people's."""

from __future__ import annotations

from spacy.tokens import Doc

from telex.entity_index import EntityIndex
from telex.events.arguments import Context
from telex.events.candidates import _light_verb_object, _placed_at_scene
from telex.events.extract import extract_events
from telex.events.patterns import match_verb
from telex.events.scenes import scene_country
from telex.records import ActorRef, Entity, Event
from tests.unit.fixtures import Row, hand_parsed

PLACE = "Kaduna"


def _index(doc: Doc, other: str | None = None) -> EntityIndex:
    """The article's entities: ``PLACE`` (Nigeria) wherever the parse names it, and a mention of ``other`` elsewhere
    in the article when given."""
    spans = tuple((t.idx, t.idx + len(t.text)) for t in doc if t.text == PLACE)
    entities = [Entity(id="E1", name=PLACE, type="GPE", mentions=spans, code="NGA", country="NGA")]
    if other is not None:
        entities.append(Entity(id="E2", name=other, type="GPE", mentions=((9999, 10005),), code=other, country=other))
    return EntityIndex(entities)


def _events(rows: list[Row], other: str | None = None, labelled: bool = True) -> list[Event]:
    places = frozenset(i for i, row in enumerate(rows) if row[0] == PLACE) if labelled else frozenset()
    doc = hand_parsed(rows, places=places)
    return extract_events(doc, _index(doc, other), (), None)


def _dyads(events: list[Event]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.cameo, [r.code for r in e.source], [r.code for r in e.target]) for e in events]


# "SOLDIERS KILLED IN AMBUSH IN Kaduna", as the parser reads a capitalised headline: the participle hung on its
# subject.
SOLDIERS: list[Row] = [
    ("SOLDIERS", 0, "ROOT", "NOUN", "NNS", "soldier"),
    ("KILLED", 0, "acl", "VERB", "VBN", "kill"),
    ("IN", 1, "prep", "ADP", "IN", "in"),
    ("AMBUSH", 2, "pobj", "NOUN", "NN", "ambush"),
    ("IN", 1, "prep", "ADP", "IN", "in"),
    (PLACE, 4, "pobj", "PROPN", "NNP", PLACE),
]


def test_troops_hit_by_no_one_are_of_the_place_in_a_text_of_one_country() -> None:
    doc = hand_parsed(SOLDIERS, places=frozenset({5}))
    soldiers = ActorRef("SOLDIERS", None, None, None, "MIL")
    _, targets = _placed_at_scene([], [soldiers], "190", doc[1], Context(_index(doc), None))
    assert [r.code for r in targets] == ["NGAMIL"]
    # An article that names another country may be about that country's troops abroad.
    _, targets = _placed_at_scene([], [soldiers], "190", doc[1], Context(_index(doc, other="USA"), None))
    assert [r.code for r in targets] == [None]
    # Nor are troops placed when their attackers are of a country.
    attackers = ActorRef("rebels", None, "NGAREB", "NGA", "REB")
    _, targets = _placed_at_scene([attackers], [soldiers], "190", doc[1], Context(_index(doc), None))
    assert [r.code for r in targets] == [None]


def test_a_place_is_known_by_its_entity_when_the_parser_gave_it_no_label() -> None:
    doc = hand_parsed(SOLDIERS)
    assert doc[5].ent_type_ == ""
    assert scene_country(doc[1], _index(doc)) == "NGA"


def _curfew(subject: Row, verb: list[Row], obj: list[Row]) -> list[Row]:
    """ "<subject> <verb> <obj> in Kaduna ." with the verb at index 1 (or 2 after an auxiliary)."""
    n = 1 + len(verb) + len(obj)
    root = len(verb)
    return [subject, *verb, *obj, ("in", root, "prep", "ADP", "IN", "in"), (PLACE, n, "pobj", "PROPN", "NNP", PLACE),
            (".", root, "punct", "PUNCT", ".", ".")]


def test_a_curfew_imposed_with_no_doer_is_the_governments_of_the_place() -> None:
    # "Curfew was imposed in Kaduna ."
    rows = _curfew(
        ("Curfew", 2, "nsubjpass", "NOUN", "NN", "curfew"),
        [("was", 2, "auxpass", "AUX", "VBD", "be"), ("imposed", 2, "ROOT", "VERB", "VBN", "impose")],
        [],
    )
    assert _dyads(_events(rows)) == [("172", ["NGAGOV"], ["NGA"])]


def test_authorities_of_no_country_who_impose_a_curfew_are_the_places() -> None:
    # "Authorities imposed curfew in Kaduna ."
    rows = _curfew(
        ("Authorities", 1, "nsubj", "NOUN", "NNS", "authority"),
        [("imposed", 1, "ROOT", "VERB", "VBD", "impose")],
        [("curfew", 1, "dobj", "NOUN", "NN", "curfew")],
    )
    assert _dyads(_events(rows)) == [("172", ["NGAGOV"], ["NGA"])]


def test_shops_shut_with_no_doer_are_no_states_restriction() -> None:
    # "Shops were shut in Kaduna ." may be a strike's doing.
    rows = _curfew(
        ("Shops", 2, "nsubjpass", "NOUN", "NNS", "shop"),
        [("were", 2, "auxpass", "AUX", "VBD", "be"), ("shut", 2, "ROOT", "VERB", "VBN", "shut")],
        [],
    )
    assert all(r.code != "NGAGOV" for e in _events(rows) for r in e.source)


def test_a_hunger_strike_launched_is_a_fast_of_protest_and_strikes_launched_are_air_strikes() -> None:
    match = match_verb("launch", objects={"hunger strike", "strike"})
    assert match is not None and match.code == "142"
    match = match_verb("launch", objects={"strike"})
    assert match is not None and match.code == "195"


def test_a_strike_called_by_unions_that_shut_banks_is_theirs_where_it_happened() -> None:
    # "The strike called by unions shut banks across Kaduna ."
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("strike", 5, "nsubj", "NOUN", "NN", "strike"),
        ("called", 1, "acl", "VERB", "VBN", "call"),
        ("by", 2, "agent", "ADP", "IN", "by"),
        ("unions", 3, "pobj", "NOUN", "NNS", "union"),
        ("shut", 5, "ROOT", "VERB", "VBD", "shut"),
        ("banks", 5, "dobj", "NOUN", "NNS", "bank"),
        ("across", 5, "prep", "ADP", "IN", "across"),
        (PLACE, 7, "pobj", "PROPN", "NNP", PLACE),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    events = _events(rows)
    assert [(e.cameo, [r.code for r in e.source]) for e in events] == [("143", ["NGALAB"])]


def test_protests_that_spread_to_a_place_are_its_peoples() -> None:
    # "Protests spread to Kaduna ."
    rows: list[Row] = [
        ("Protests", 1, "nsubj", "NOUN", "NNS", "protest"),
        ("spread", 1, "ROOT", "VERB", "VBD", "spread"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        (PLACE, 2, "pobj", "PROPN", "NNP", PLACE),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [(e.cameo, [r.country for r in e.source]) for e in _events(rows)] == [("141", ["NGA"])]


def test_a_light_verb_away_moves_a_thing_and_makes_no_act() -> None:
    # "Looters carried away aid ." / "Donors carried aid ."
    away: list[Row] = [
        ("Looters", 1, "nsubj", "NOUN", "NNS", "looter"),
        ("carried", 1, "ROOT", "VERB", "VBD", "carry"),
        ("away", 1, "prt", "ADP", "RP", "away"),
        ("aid", 1, "dobj", "NOUN", "NN", "aid"),
    ]
    doc = hand_parsed(away)
    assert _light_verb_object(doc[1], "carry", None, [doc[3]]) is None
    plain = hand_parsed([away[0], away[1], ("aid", 1, "dobj", "NOUN", "NN", "aid")])
    found = _light_verb_object(plain[1], "carry", None, [plain[2]])
    assert found is not None and found.i == 2
