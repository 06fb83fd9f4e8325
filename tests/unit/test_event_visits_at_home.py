"""A visit is between a visitor and a host, on hand-built parses (no model): a journey inside the visitor's own
country ("the president traveled to Ohio") or to no host named ("Obama visited the convention") is no event, while a
visit abroad or a foreign visitor's ("Abe traveled to Ohio") is CAMEO's 042."""

from __future__ import annotations

import pytest

from tests.unit.fixtures import Row, events_in, hand_parsed


def _travel(visitor: str, place: str) -> list[Row]:
    """ "<visitor> traveled to <place> .", the place a named place."""
    return [
        (visitor, 1, "nsubj", "PROPN", "NNP", visitor),
        ("traveled", 1, "ROOT", "VERB", "VBD", "travel"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        (place, 2, "pobj", "PROPN", "NNP", place),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


Dyad = tuple[str, list[str | None], list[str | None]]


def _dyads(rows: list[Row], places: frozenset[int] = frozenset()) -> list[Dyad]:
    events = events_in(hand_parsed(rows, places=places))
    return [(e.cameo, [r.code for r in e.source], [r.code for r in e.target]) for e in events]


@pytest.mark.parametrize("place", ["Ohio", "Chicago"])
def test_a_journey_inside_the_visitors_own_country_is_no_visit(place: str) -> None:
    assert _dyads(_travel("Obama", place), frozenset({3})) == []


def test_a_visit_abroad_and_a_foreign_visitors_visit_stay() -> None:
    assert _dyads(_travel("Obama", "Japan"), frozenset({3})) == [("042", ["USAGOV"], ["JPN"])]
    assert _dyads(_travel("Abe", "Ohio"), frozenset({3})) == [("042", ["JPNGOV"], ["USA"])]


def test_a_visit_with_no_host_named_is_no_event() -> None:
    # "Obama visited the convention .": a gathering no table codes hosts no one.
    rows: list[Row] = [
        ("Obama", 1, "nsubj", "PROPN", "NNP", "Obama"),
        ("visited", 1, "ROOT", "VERB", "VBD", "visit"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("convention", 1, "dobj", "NOUN", "NN", "convention"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(rows) == []
