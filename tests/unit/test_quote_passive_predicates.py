"""A passive verb of naming or judging with a predicate says that of its subject: "Oz has been called a charlatan by
fellow physicians" reports the subject and what it was called, by the "by" agent."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.quotes.extract import extract_quotes
from tests.unit.fixtures import Row, hand_parsed


def _quotes(rows: list[Row]) -> list[tuple[str, str | None]]:
    quotes = extract_quotes(hand_parsed(rows, people=frozenset({0})), EntityIndex(()), scheme="attribution")
    return [(q.text, q.speaker.text if q.speaker else None) for q in quotes]


def test_a_passive_with_a_predicate_reports_its_subject_and_predicate() -> None:
    # "Oz has been called a charlatan by physicians ."
    rows: list[Row] = [
        ("Oz", 3, "nsubjpass", "PROPN", "NNP", "Oz"), ("has", 3, "aux", "AUX", "VBZ", "have"),
        ("been", 3, "auxpass", "AUX", "VBN", "be"), ("called", 3, "ROOT", "VERB", "VBN", "call"),
        ("a", 5, "det", "DET", "DT", "a"), ("charlatan", 3, "oprd", "NOUN", "NN", "charlatan"),
        ("by", 3, "agent", "ADP", "IN", "by"), ("physicians", 6, "pobj", "NOUN", "NNS", "physician"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    found = _quotes(rows)
    assert [text for text, _ in found] and found[0][0].startswith("Oz has been called a charlatan")
    assert found[0][1] == "physicians"


def test_a_by_phrase_on_the_predicate_is_the_agent() -> None:
    # "Oz was branded a traitor by the regime .": the parser hung "by the regime" on the object it left.
    rows: list[Row] = [
        ("Oz", 2, "nsubjpass", "PROPN", "NNP", "Oz"), ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("branded", 2, "ROOT", "VERB", "VBN", "brand"), ("a", 4, "det", "DET", "DT", "a"),
        ("traitor", 2, "dobj", "NOUN", "NN", "traitor"), ("by", 4, "prep", "ADP", "IN", "by"),
        ("the", 7, "det", "DET", "DT", "the"), ("regime", 5, "pobj", "NOUN", "NN", "regime"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    assert _quotes(rows) == [("Oz was branded a traitor", "the regime")]


def test_a_referential_it_with_a_predicate_is_reported() -> None:
    # "It is considered a threat .": "it" names what is judged; no speaker.
    rows: list[Row] = [
        ("It", 2, "nsubjpass", "PRON", "PRP", "it"), ("is", 2, "auxpass", "AUX", "VBZ", "be"),
        ("considered", 2, "ROOT", "VERB", "VBN", "consider"), ("a", 4, "det", "DET", "DT", "a"),
        ("threat", 2, "oprd", "NOUN", "NN", "threat"), (".", 2, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    assert _quotes(rows) == [("It is considered a threat", None)]
