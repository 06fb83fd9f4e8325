"""The PETRARCH2 verb layer over hand-built parses: a fallback behind telex's own tables, with no model."""

from __future__ import annotations

from datetime import date

from telex.events.patterns import match_petrarch, match_verb, recording_rows
from telex.records import Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _events(rows: list[Row], published: date | None = None) -> list[Event]:
    return events_in(hand_parsed(rows), published)


# "Russia lobbied Germany against the pipeline ."
LOBBIED: list[Row] = [
    ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
    ("lobbied", 1, "ROOT", "VERB", "VBD", "lobby"),
    ("Germany", 1, "dobj", "PROPN", "NNP", "Germany"),
    ("against", 1, "prep", "ADP", "IN", "against"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("pipeline", 3, "pobj", "NOUN", "NN", "pipeline"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_verb_telex_does_not_know_is_coded_by_the_petrarch_layer() -> None:
    assert match_verb("lobby", preps={"against": {"pipeline"}}) is None
    with recording_rows() as fired:
        [event] = _events(LOBBIED)
    assert event.cameo == "113"
    assert [a.country for a in event.source] == ["RUS"] and [a.country for a in event.target] == ["DEU"]
    assert any(row.startswith("event_verbs_petrarch.tsv:") for row in fired)


def test_the_layer_codes_only_between_two_named_parties() -> None:
    # "Russia lobbied against the pipeline ." names no one acted upon.
    rows = [r for i, r in enumerate(LOBBIED) if i != 2]
    rows = [(w, h - (h > 2), d, p, t, lem) for w, h, d, p, t, lem in rows]
    assert _events(rows) == []


def test_the_layer_is_silent_in_a_clause_that_gives_circumstances() -> None:
    # "Russia protested after Moscow lobbied Germany against the pipeline .": only the protest is reported.
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
        ("after", 4, "mark", "SCONJ", "IN", "after"),
        ("Moscow", 4, "nsubj", "PROPN", "NNP", "Moscow"),
        ("lobbied", 1, "advcl", "VERB", "VBD", "lobby"),
        ("Germany", 4, "dobj", "PROPN", "NNP", "Germany"),
        ("against", 4, "prep", "ADP", "IN", "against"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("pipeline", 6, "pobj", "NOUN", "NN", "pipeline"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert all(e.cameo != "113" for e in _events(rows))


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
