"""Senses of verbs their particle or preposition fixes, on hand-built parses (no model): a cause credited "to" a thing
is no praise; "round up" arrests, "round out" does not."""

from __future__ import annotations

from tests.unit.fixtures import Row, events_in, hand_parsed


def _coded(rows: list[Row]) -> list[tuple[str, list[str | None], list[str | None]]]:
    events = events_in(hand_parsed(rows))
    return [(e.cameo, [a.country for a in e.source], [a.country for a in e.target]) for e in events]


def _credited(credited: str, preposition: str, to: str) -> list[Row]:
    """ "Russia credited <credited> <preposition> the <to> ."."""
    return [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("credited", 1, "ROOT", "VERB", "VBD", "credit"),
        (credited, 1, "dobj", "PROPN" if credited[0].isupper() else "NOUN", "NN", credited),
        (preposition, 1, "prep", "ADP", "IN", preposition),
        ("the", 5, "det", "DET", "DT", "the"),
        (to, 3, "pobj", "NOUN", "NN", to),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_crediting_someone_for_a_deed_praises_them_and_crediting_a_thing_to_a_cause_does_not() -> None:
    # "Russia credited Ukraine for the deal ." praises Ukraine; "Russia credited the calm to the deal ." names a cause,
    # as "credits the change to a large defection" does.
    assert _coded(_credited("Ukraine", "for", "deal")) == [("051", ["RUS"], ["UKR"])]
    assert _coded(_credited("calm", "to", "deal")) == []


def _rounded(particle: str) -> list[Row]:
    """ "Russian police rounded <particle> Ukrainian activists ."."""
    return [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("police", 2, "nsubj", "NOUN", "NNS", "police"),
        ("rounded", 2, "ROOT", "VERB", "VBD", "round"),
        (particle, 2, "prt", "ADP", "RP", particle),
        ("Ukrainian", 5, "amod", "ADJ", "JJ", "ukrainian"),
        ("activists", 2, "dobj", "NOUN", "NNS", "activist"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_rounding_up_people_arrests_them_and_rounding_out_a_list_does_not() -> None:
    assert [code for code, _, _ in _coded(_rounded("up"))] == ["173"]
    assert _coded(_rounded("out")) == []
