"""Rows and a parse repair of the forty-fourth session (hand-built parses and the pattern tables, no model): gas and
power bought from someone are trade, bought alone a fill-up; people taken in "as refugees" are granted asylum; "lit
into" is criticism; and a floating quantifier the parser took for the subject ("He and Goodlatte both condemned")
gives way to the subjects it counts."""

from __future__ import annotations

from telex.events.arguments import subject_tokens
from telex.events.patterns import match_verb
from tests.unit.fixtures import Row, events_in, hand_parsed


def test_gas_bought_from_someone_is_trade_and_bought_alone_is_no_event() -> None:
    match = match_verb("buy", objects={"gas"}, preps={"from": {"russia"}})
    assert match is not None and match.code == "061"
    alone = match_verb("buy", objects={"gas"})
    assert alone is None or alone.code != "061"


def test_people_admitted_as_refugees_are_granted_asylum() -> None:
    match = match_verb("admit", objects={"american"}, preps={"as": {"refugee"}})
    assert match is not None and match.code == "075"
    match = match_verb("admit", objects={"american"}, preps={"as": {"member"}})
    assert match is None or match.code != "075"


def test_lighting_into_someone_is_criticism() -> None:
    match = match_verb("light", preps={"into": {"governor"}})
    assert match is not None and match.code == "111"


# "Egypt and Jordan both condemned Iran ." as the parser may read it: "both" the subject, "Egypt" hung on it.
FLOATED: list[Row] = [
    ("Egypt", 3, "nmod", "PROPN", "NNP", "Egypt"),
    ("and", 0, "cc", "CCONJ", "CC", "and"),
    ("Jordan", 0, "conj", "PROPN", "NNP", "Jordan"),
    ("both", 4, "nsubj", "PRON", "DT", "both"),
    ("condemned", 4, "ROOT", "VERB", "VBD", "condemn"),
    ("Iran", 4, "dobj", "PROPN", "NNP", "Iran"),
    (".", 4, "punct", "PUNCT", ".", "."),
]


def test_a_floating_quantifier_read_as_the_subject_gives_way_to_the_subjects_it_counts() -> None:
    doc = hand_parsed(FLOATED)
    assert [t.text for t in subject_tokens(doc[4])] == ["Egypt"]
    events = events_in(doc)
    assert [e.cameo for e in events] and all(e.cameo == "111" for e in events)
    assert {r.country for e in events for r in e.source} == {"EGY", "JOR"}


def test_a_quantifier_that_is_the_subject_stays_it() -> None:
    # "All condemned Iran .": no noun hung on the quantifier.
    doc = hand_parsed([
        ("All", 1, "nsubj", "PRON", "DT", "all"),
        ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
        ("Iran", 1, "dobj", "PROPN", "NNP", "Iran"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert [t.text for t in subject_tokens(doc[1])] == ["All"]
