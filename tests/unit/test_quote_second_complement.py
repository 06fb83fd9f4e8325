"""A second that-clause joined to what was said, which the parser hung on the report: "…, and that …"."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.quotes.extract import extract_quotes
from tests.unit.fixtures import Row, hand_parsed


def _said(mark: str) -> list[str]:
    # "He said he would win , and <mark> he would not quit ." with "quit" joined to "said".
    opening: list[Row] = [(mark, 11, "mark", "SCONJ", "IN", mark)] if mark else []
    verb = 10 + len(opening)  # "quit"
    rows: list[Row] = [
        ("He", 1, "nsubj", "PRON", "PRP", "he"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("he", 4, "nsubj", "PRON", "PRP", "he"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("win", 1, "ccomp", "VERB", "VB", "win"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        *opening,
        ("he", verb, "nsubj", "PRON", "PRP", "he"),
        ("would", verb, "aux", "AUX", "MD", "would"),
        ("not", verb, "neg", "PART", "RB", "not"),
        ("quit", 1, "conj", "VERB", "VB", "quit"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    quotes = extract_quotes(hand_parsed(rows), EntityIndex(()))
    return [q.text for q in quotes if q.cue == "said"]


def test_a_that_clause_joined_to_the_report_is_a_second_clause_of_what_was_said() -> None:
    assert _said("that") == ["he would win , and that he would not quit"]


def test_a_clause_joined_to_the_report_without_that_is_the_speaker_going_on() -> None:
    assert _said("") == ["he would win"]
