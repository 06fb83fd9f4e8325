"""One who claims a deed as their own did it: "ISIS claimed responsibility for the attack", "the bombing was claimed
by Kurdish militants", "the killing of an officer that was claimed by the Islamic State" (hand-built parses, no
model)."""

from __future__ import annotations

from telex.records import Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _dyads(rows: list[Row]) -> list[tuple[str, list[str | None], list[str | None]]]:
    events: list[Event] = events_in(hand_parsed(rows))
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events]


def test_one_who_claims_responsibility_for_a_deed_did_it() -> None:
    # "Russia claimed responsibility for the bombing ."
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("claimed", 1, "ROOT", "VERB", "VBD", "claim"),
        ("responsibility", 1, "dobj", "NOUN", "NN", "responsibility"),
        ("for", 2, "prep", "ADP", "IN", "for"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("bombing", 3, "pobj", "NOUN", "NN", "bombing"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert ("183", ["RUS"], []) in _dyads(rows)


def test_a_deed_claimed_by_someone_is_theirs() -> None:
    # "The bombing was claimed by Russia ."
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("bombing", 3, "nsubjpass", "NOUN", "NN", "bombing"),
        ("was", 3, "auxpass", "AUX", "VBD", "be"),
        ("claimed", 3, "ROOT", "VERB", "VBN", "claim"),
        ("by", 3, "agent", "ADP", "IN", "by"),
        ("Russia", 4, "pobj", "PROPN", "NNP", "Russia"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert ("183", ["RUS"], []) in _dyads(rows)
    # "The bombing was welcomed by Russia .": welcoming a deed is no claim to it.
    welcomed = [(w, h, d, p, t, "welcome" if lem == "claim" else lem) for w, h, d, p, t, lem in rows]
    assert not [d for d in _dyads(welcomed) if d[0] == "183"]


def test_a_claim_hung_on_the_deeds_own_phrase_is_the_deeds() -> None:
    # "The killing of the officer that was claimed by Russia shocked the town .": the parser hangs the clause on
    # "officer".
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("killing", 10, "nsubj", "NOUN", "NN", "killing"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("officer", 2, "pobj", "NOUN", "NN", "officer"),
        ("that", 7, "nsubjpass", "PRON", "WDT", "that"),
        ("was", 7, "auxpass", "AUX", "VBD", "be"),
        ("claimed", 4, "relcl", "VERB", "VBN", "claim"),
        ("by", 7, "agent", "ADP", "IN", "by"),
        ("Russia", 8, "pobj", "PROPN", "NNP", "Russia"),
        ("shocked", 10, "ROOT", "VERB", "VBD", "shock"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("town", 10, "dobj", "NOUN", "NN", "town"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    assert [d for d in _dyads(rows) if d[0] == "180"] == [("180", ["RUS"], [])]
