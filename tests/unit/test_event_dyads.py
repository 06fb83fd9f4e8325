"""Who an event is aimed at and who does it, when the parse names them indirectly (hand-built parses, no model)."""

from __future__ import annotations

from telex.records import Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _events(rows: list[Row]) -> list[Event]:
    return events_in(hand_parsed(rows))


def _dyads(events: list[Event]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.cameo[:2], [a.country for a in e.source], [a.country for a in e.target]) for e in events]


def test_a_preposition_tagged_as_a_subordinator_still_names_the_target() -> None:
    # "Germany called upon France to sanction Iran .": the tagger reads "upon" as SCONJ; France is appealed to.
    rows: list[Row] = [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("upon", 1, "prep", "SCONJ", "IN", "upon"),
        ("France", 2, "pobj", "PROPN", "NNP", "France"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("sanction", 1, "xcomp", "VERB", "VB", "sanction"),
        ("Iran", 5, "dobj", "PROPN", "NNP", "Iran"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [(root, src, tgt) for root, src, tgt in _dyads(_events(rows))][:1] == [("02", ["DEU"], ["FRA"])]


def test_what_is_called_for_is_aimed_at_whom_its_phrase_names() -> None:
    # "Germany called for more flexibility for Ukrainian troops .": the troops the flexibility is for.
    rows: list[Row] = [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("more", 4, "amod", "ADJ", "JJR", "more"),
        ("flexibility", 2, "pobj", "NOUN", "NN", "flexibility"),
        ("for", 4, "prep", "ADP", "IN", "for"),
        ("Ukrainian", 7, "amod", "ADJ", "JJ", "ukrainian"),
        ("troops", 5, "pobj", "NOUN", "NNS", "troop"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(_events(rows)) == [("02", ["DEU"], ["UKR"])]

