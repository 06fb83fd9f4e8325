"""A description in apposition to a named person or group is theirs: "Sen. Graham, a Republican who criticized Trump"
is Graham's act, not the party's, and "Dean's group, an organization that endorsed Sanders" the group's."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.events.arguments import described_name
from telex.events.extract import extract_events
from telex.records import Entity
from tests.unit.fixtures import Row, hand_parsed

# "Graham , a Republican who criticized Trump , spoke ."
GRAHAM: list[Row] = [
    ("Graham", 8, "nsubj", "PROPN", "NNP", "Graham"),
    (",", 0, "punct", "PUNCT", ",", ","),
    ("a", 3, "det", "DET", "DT", "a"),
    ("Republican", 0, "appos", "PROPN", "NNP", "Republican"),
    ("who", 5, "nsubj", "PRON", "WP", "who"),
    ("criticized", 3, "relcl", "VERB", "VBD", "criticize"),
    ("Trump", 5, "dobj", "PROPN", "NNP", "Trump"),
    (",", 0, "punct", "PUNCT", ",", ","),
    ("spoke", 8, "ROOT", "VERB", "VBD", "speak"),
    (".", 8, "punct", "PUNCT", ".", "."),
]


def _graham_sources() -> list[list[str | None]]:
    doc = hand_parsed(GRAHAM, people=frozenset({0, 6}))
    graham = Entity("E1", "Lindsey Graham", "PERSON", ((0, 6),), "USALEG", "USA", "LEG")
    trump = Entity("E2", "Donald Trump", "PERSON", ((41, 46),), "USAELI", "USA", "ELI")
    events = extract_events(doc, EntityIndex([graham, trump]), (), None)
    return [[a.code for a in e.source] for e in events if e.cameo_root == "11"]


def test_a_relative_clause_on_a_description_of_a_named_person_is_that_person_s_act() -> None:
    assert _graham_sources() == [["USALEG"]]


def test_the_name_an_apposition_describes_is_the_whole_name_s_head() -> None:
    doc = hand_parsed(GRAHAM, people=frozenset({0}))
    assert described_name(doc[3]).text == "Graham"
    # A noun in no apposition is itself.
    assert described_name(doc[6]).text == "Trump"
