"""An order given inside one side to deal with another is the intent to deal with that other; a verb that only says an
act goes on carries it, so what governs that verb governs the act."""

from __future__ import annotations

from telex.records import Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _instructed(minister: str, complement: list[Row]) -> list[Event]:
    """ "The Egyptian president instructed the <minister> foreign minister to <complement> with Jordan ." """
    last = 9 + len(complement)
    rows: list[Row] = [
        ("The", 2, "det", "DET", "DT", "the"),
        ("Egyptian", 2, "amod", "ADJ", "JJ", "egyptian"),
        ("president", 3, "nsubj", "NOUN", "NN", "president"),
        ("instructed", 3, "ROOT", "VERB", "VBD", "instruct"),
        ("the", 7, "det", "DET", "DT", "the"),
        (minister, 7, "amod", "ADJ", "JJ", minister.lower()),
        ("foreign", 7, "amod", "ADJ", "JJ", "foreign"),
        ("minister", 3, "dobj", "NOUN", "NN", "minister"),
        ("to", 9, "aux", "PART", "TO", "to"),
        *complement,
        ("with", last - 1, "prep", "ADP", "IN", "with"),
        ("Jordan", last, "pobj", "PROPN", "NNP", "Jordan"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    return events_in(hand_parsed(rows, places=frozenset({last + 1})))


GOING_ON: list[Row] = [
    ("continue", 3, "xcomp", "VERB", "VB", "continue"),
    ("negotiating", 9, "xcomp", "VERB", "VBG", "negotiate"),
]
PLAIN: list[Row] = [("negotiate", 3, "xcomp", "VERB", "VB", "negotiate")]


def _coded(events: list[Event]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events]


def test_an_order_to_ones_own_minister_to_negotiate_with_another_is_an_intent_to_negotiate() -> None:
    assert _coded(_instructed("Egyptian", PLAIN)) == [("036", ["EGYGOV"], ["JOR"])]


def test_an_act_told_as_going_on_is_folded_into_the_order_that_governs_it() -> None:
    events = _instructed("Egyptian", GOING_ON)
    assert _coded(events) == [("036", ["EGYGOV"], ["JOR"])]
    assert "negotiating" in events[0].trigger.text


def test_an_order_to_another_sides_minister_stays_a_demand_of_that_side() -> None:
    assert _coded(_instructed("Israeli", PLAIN)) == [("106", ["EGYGOV"], ["ISRGOV"])]


def test_an_act_going_on_in_a_clause_of_its_own_keeps_its_modality() -> None:
    """ "Though Egypt has begun to criticize Israel, officials will carry the load": the main clause's future does not
    govern the criticism begun."""
    rows: list[Row] = [
        ("Though", 3, "mark", "SCONJ", "IN", "though"),
        ("Egypt", 3, "nsubj", "PROPN", "NNP", "Egypt"),
        ("has", 3, "aux", "AUX", "VBZ", "have"),
        ("begun", 10, "advcl", "VERB", "VBN", "begin"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("criticize", 3, "xcomp", "VERB", "VB", "criticize"),
        ("Israel", 5, "dobj", "PROPN", "NNP", "Israel"),
        (",", 10, "punct", "PUNCT", ",", ","),
        ("officials", 10, "nsubj", "NOUN", "NNS", "official"),
        ("will", 10, "aux", "AUX", "MD", "will"),
        ("carry", 10, "ROOT", "VERB", "VB", "carry"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("load", 10, "dobj", "NOUN", "NN", "load"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    events = events_in(hand_parsed(rows, places=frozenset({1, 6})))
    assert [(e.cameo_root, e.modality) for e in events] == [("11", "asserted")]
