"""Where a reported question ends: a phrase set off after the whether-clause tells of the asking, not what was asked."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.quotes.extract import extract_quotes
from tests.unit.fixtures import Row, hand_parsed


def _reported(rows: list[Row], cue: str) -> list[str]:
    quotes = extract_quotes(hand_parsed(rows), EntityIndex(()), scheme="attribution")
    return [q.text for q in quotes if q.cue == cue]


def _sentence(cue: str, lemma: str, mark: str) -> list[Row]:
    # "She <cue> <mark> the plan would work , despite the delays ."
    return [
        ("She", 1, "nsubj", "PRON", "PRP", "she"),
        (cue, 1, "ROOT", "VERB", "VBD", lemma),
        (mark, 6, "mark", "SCONJ", "IN", mark),
        ("the", 4, "det", "DET", "DT", "the"),
        ("plan", 6, "nsubj", "NOUN", "NN", "plan"),
        ("would", 6, "aux", "AUX", "MD", "would"),
        ("work", 1, "ccomp", "VERB", "VB", "work"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("despite", 6, "prep", "SCONJ", "IN", "despite"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("delays", 8, "pobj", "NOUN", "NNS", "delay"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_phrase_set_off_after_a_reported_question_is_not_what_was_asked() -> None:
    assert _reported(_sentence("wondered", "wonder", "whether"), "wondered") == ["whether the plan would work"]


def test_a_phrase_set_off_after_a_reported_statement_stays_with_it() -> None:
    [content] = _reported(_sentence("said", "say", "that"), "said")
    assert content.startswith("that the plan would work") and content.endswith("despite the delays")
