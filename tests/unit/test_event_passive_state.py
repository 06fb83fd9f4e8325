"""Coercion only an arm of a state does, told in a passive that names no doer, is that arm's of the country it
happened in, or of the country one is expelled from (hand-built parses, no model): "Reporters were detained in
Kaduna", "Envoys were expelled from Nigeria". A "by" agent, no place, or a place of a clause the parser hung below the
verb names no such doer."""

from __future__ import annotations

from spacy.tokens import Doc

from telex.entity_index import EntityIndex
from telex.events.extract import extract_events
from telex.records import Entity, Event
from tests.unit.fixtures import Row, hand_parsed

CITY = "Kaduna"
COUNTRY = "Nigeria"


def _events(rows: list[Row]) -> list[Event]:
    """The events of the parse, with ``CITY`` (a Nigerian city) and ``COUNTRY`` named places wherever it has them."""
    places = frozenset(i for i, row in enumerate(rows) if row[0] in (CITY, COUNTRY))
    doc = hand_parsed(rows, places=places)
    return extract_events(doc, _index(doc), (), None)


def _index(doc: Doc) -> EntityIndex:
    city = tuple((t.idx, t.idx + len(t.text)) for t in doc if t.text == CITY)
    country = tuple((t.idx, t.idx + len(t.text)) for t in doc if t.text == COUNTRY)
    return EntityIndex(
        [
            Entity(id="E1", name=CITY, type="GPE", mentions=city, code="NGA", country="NGA"),
            Entity(id="E2", name=COUNTRY, type="GPE", mentions=country, code="NGA", country="NGA"),
        ]
    )


def _sources(events: list[Event]) -> list[list[str | None]]:
    return [[r.code for r in e.source] for e in events]


def _passive(verb: str, lemma: str, place: list[Row]) -> list[Row]:
    """ "Reporters were <verb> <place> ." with the verb at index 2."""
    return [
        ("Reporters", 2, "nsubjpass", "NOUN", "NNS", "reporter"),
        ("were", 2, "auxpass", "AUX", "VBD", "be"),
        (verb, 2, "ROOT", "VERB", "VBN", lemma),
        *place,
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


IN_CITY: list[Row] = [("in", 2, "prep", "ADP", "IN", "in"), (CITY, 3, "pobj", "PROPN", "NNP", CITY)]


def test_an_arrest_told_with_no_doer_is_by_the_police_of_the_place() -> None:
    events = _events(_passive("detained", "detain", IN_CITY))
    assert [e.cameo for e in events] == ["173"]
    assert _sources(events) == [["NGACOP"]]


def test_an_arrest_with_no_place_has_no_doer_to_give() -> None:
    assert all("NGACOP" not in s for s in _sources(_events(_passive("detained", "detain", []))))


def test_an_arrest_by_a_named_doer_keeps_it() -> None:
    # "Reporters were detained in Kaduna by gunmen ."
    rows = _passive(
        "detained",
        "detain",
        [*IN_CITY, ("by", 2, "agent", "ADP", "IN", "by"), ("gunmen", 5, "pobj", "NOUN", "NNS", "gunman")],
    )
    assert all("NGACOP" not in s for s in _sources(_events(rows)))


def test_one_expelled_from_a_country_is_expelled_by_its_government() -> None:
    # "Reporters were expelled from Nigeria ." The country left is the doer, no longer whom it was done to (the
    # reporters, of no country, may then be placed in it as its people).
    rows = _passive(
        "expelled", "expel", [("from", 2, "prep", "ADP", "IN", "from"), (COUNTRY, 3, "pobj", "PROPN", "NNP", COUNTRY)]
    )
    events = _events(rows)
    assert [(e.cameo, [r.code for r in e.source]) for e in events] == [("174", ["NGAGOV"])]
    assert all(r.text != COUNTRY for e in events for r in e.target)


def test_a_place_of_a_clause_below_the_verb_is_not_where_it_happened() -> None:
    # "Reporters who served in Kaduna were detained ." as the parser may read it, the clause hung on the verb.
    rows: list[Row] = [
        ("Reporters", 5, "nsubjpass", "NOUN", "NNS", "reporter"),
        ("served", 5, "advcl", "VERB", "VBD", "serve"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        (CITY, 2, "pobj", "PROPN", "NNP", CITY),
        ("were", 5, "auxpass", "AUX", "VBD", "be"),
        ("detained", 5, "ROOT", "VERB", "VBN", "detain"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    assert all("NGACOP" not in s for s in _sources(_events(rows)))
