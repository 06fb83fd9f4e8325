"""The PETRARCH2 verb layer over hand-built parses: a fallback behind telex's own tables, with no model."""

from __future__ import annotations

from datetime import date

from telex.events.patterns import match_petrarch, match_verb, recording_rows
from telex.records import Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _events(rows: list[Row], published: date | None = None) -> list[Event]:
    return events_in(hand_parsed(rows), published)


# "Russia appointed an ambassador to Syria ."
APPOINTED: list[Row] = [
    ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
    ("appointed", 1, "ROOT", "VERB", "VBD", "appoint"),
    ("an", 3, "det", "DET", "DT", "an"),
    ("ambassador", 1, "dobj", "NOUN", "NN", "ambassador"),
    ("to", 1, "prep", "ADP", "IN", "to"),
    ("Syria", 4, "pobj", "PROPN", "NNP", "Syria"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_verb_telex_does_not_know_is_coded_by_the_petrarch_layer() -> None:
    assert match_verb("appoint", objects={"ambassador"}) is None
    with recording_rows() as fired:
        [event] = _events(APPOINTED)
    assert event.cameo == "050"
    assert [a.country for a in event.source] == ["RUS"] and [a.country for a in event.target] == ["SYR"]
    assert any(row.startswith("event_verbs_petrarch.tsv:") for row in fired)


def test_the_layer_codes_only_between_two_named_parties() -> None:
    # "Russia appointed an ambassador ." names no one it is sent to.
    rows = [*APPOINTED[:4], (".", 1, "punct", "PUNCT", ".", ".")]
    assert _events(rows) == []


def test_the_layer_is_silent_in_a_clause_that_gives_circumstances() -> None:
    # "Turkey protested after Russia appointed an ambassador to Syria .": only the protest is reported.
    rows: list[Row] = [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
        ("after", 4, "mark", "SCONJ", "IN", "after"),
        ("Russia", 4, "nsubj", "PROPN", "NNP", "Russia"),
        ("appointed", 1, "advcl", "VERB", "VBD", "appoint"),
        ("an", 6, "det", "DET", "DT", "an"),
        ("ambassador", 4, "dobj", "NOUN", "NN", "ambassador"),
        ("to", 4, "prep", "ADP", "IN", "to"),
        ("Syria", 7, "pobj", "PROPN", "NNP", "Syria"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert all(e.cameo != "050" for e in _events(rows))


def test_telex_rows_take_precedence_over_the_layer() -> None:
    # "Turkey rejected the Iranian criticism .": telex codes a plain rejection 120; PETRARCH2 would say 124.
    pattern = match_petrarch("reject", objects={"criticism"})
    assert pattern is not None and pattern.code == "124"
    rows: list[Row] = [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("rejected", 1, "ROOT", "VERB", "VBD", "reject"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("Iranian", 4, "amod", "ADJ", "JJ", "iranian"),
        ("criticism", 1, "dobj", "NOUN", "NN", "criticism"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    # The Iranian criticism is Iran's own act, reported beside the rejection of it.
    event, criticism = sorted(_events(rows), key=lambda e: e.cameo[:2] != "12")
    assert event.cameo == "120"
    assert [a.country for a in event.target] == ["IRN"]
    assert (criticism.cameo, [a.country for a in criticism.source]) == ("111", ["IRN"])


def test_an_object_that_telex_codes_as_an_event_noun_keeps_the_layer_out() -> None:
    # "Greece hurled accusations at Turkey .": PETRARCH2 has "hurl accusation", telex's noun table has the noun.
    assert match_petrarch("hurl", objects={"accusation", "accusations"}) is not None
    rows: list[Row] = [
        ("Greece", 1, "nsubj", "PROPN", "NNP", "Greece"),
        ("hurled", 1, "ROOT", "VERB", "VBD", "hurl"),
        ("accusations", 1, "dobj", "NOUN", "NNS", "accusation"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("Turkey", 3, "pobj", "PROPN", "NNP", "Turkey"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    with recording_rows() as fired:
        _events(rows)
    assert not any(row.startswith("event_verbs_petrarch.tsv:") for row in fired)
