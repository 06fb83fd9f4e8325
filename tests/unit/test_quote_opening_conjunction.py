"""A sentence-opening "But" or "And" of content that stands before its report is the source's."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.quotes.extract import extract_quotes
from tests.unit.fixtures import Row, hand_parsed


def _reported(rows: list[Row], cue: str) -> list[str]:
    quotes = extract_quotes(hand_parsed(rows), EntityIndex(()), scheme="attribution")
    return [q.text for q in quotes if q.cue == cue]


def _before_report(word: str, lemma: str) -> list[Row]:
    # "<word> the plan was dropped , an aide said ."
    return [
        (word, 4, "cc", "CCONJ", "CC", lemma), ("the", 2, "det", "DET", "DT", "the"),
        ("plan", 4, "nsubjpass", "NOUN", "NN", "plan"), ("was", 4, "auxpass", "AUX", "VBD", "be"),
        ("dropped", 8, "ccomp", "VERB", "VBN", "drop"), (",", 8, "punct", "PUNCT", ",", ","),
        ("an", 7, "det", "DET", "DT", "an"), ("aide", 8, "nsubj", "NOUN", "NN", "aide"),
        ("said", 8, "ROOT", "VERB", "VBD", "say"), (".", 8, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip


def test_but_opening_content_before_its_report_is_kept() -> None:
    assert _reported(_before_report("But", "but"), "said") == ["But the plan was dropped"]


def test_and_opening_content_before_its_report_is_kept() -> None:
    assert _reported(_before_report("And", "and"), "said") == ["And the plan was dropped"]


def test_a_conjunction_before_a_report_that_comes_first_is_not_content() -> None:
    # "But an aide said the plan was dropped ." : the report opens the sentence; "But" is no part of what was said.
    rows: list[Row] = [
        ("But", 3, "cc", "CCONJ", "CC", "but"), ("an", 2, "det", "DET", "DT", "an"),
        ("aide", 3, "nsubj", "NOUN", "NN", "aide"), ("said", 3, "ROOT", "VERB", "VBD", "say"),
        ("the", 5, "det", "DET", "DT", "the"), ("plan", 7, "nsubjpass", "NOUN", "NN", "plan"),
        ("was", 7, "auxpass", "AUX", "VBD", "be"), ("dropped", 3, "ccomp", "VERB", "VBN", "drop"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    assert _reported(rows, "said") == ["the plan was dropped"]



def test_a_quotation_after_the_conjunction_stays_its_marks_words() -> None:
    # 'But " the plan was dropped , " an aide said .': a direct quotation, whose content is what the marks hold.
    rows: list[Row] = [
        ("But", 5, "cc", "CCONJ", "CC", "but"), ('"', 5, "punct", "PUNCT", "``", '"'),
        ("the", 3, "det", "DET", "DT", "the"), ("plan", 5, "nsubjpass", "NOUN", "NN", "plan"),
        ("was", 5, "auxpass", "AUX", "VBD", "be"), ("dropped", 10, "ccomp", "VERB", "VBN", "drop"),
        (",", 5, "punct", "PUNCT", ",", ","), ('"', 5, "punct", "PUNCT", "''", '"'),
        ("an", 9, "det", "DET", "DT", "an"), ("aide", 10, "nsubj", "NOUN", "NN", "aide"),
        ("said", 10, "ROOT", "VERB", "VBD", "say"), (".", 10, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    assert _reported(rows, "said") == ['" the plan was dropped , "']


def test_but_is_kept_where_the_parser_hung_the_report_on_the_clause() -> None:
    # "But the plan is dead , an aide said .": the report a parenthetical of the clause before it.
    rows: list[Row] = [
        ("But", 3, "cc", "CCONJ", "CC", "but"), ("the", 2, "det", "DET", "DT", "the"),
        ("plan", 3, "nsubj", "NOUN", "NN", "plan"), ("is", 3, "ROOT", "AUX", "VBZ", "be"),
        ("dead", 3, "acomp", "ADJ", "JJ", "dead"), (",", 3, "punct", "PUNCT", ",", ","),
        ("an", 7, "det", "DET", "DT", "an"), ("aide", 8, "nsubj", "NOUN", "NN", "aide"),
        ("said", 3, "parataxis", "VERB", "VBD", "say"), (".", 3, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    assert _reported(rows, "said") == ["But the plan is dead"]


def test_but_is_kept_before_a_report_with_its_subject_after_the_verb() -> None:
    # "But the plan is dead , said an aide .": no clause on the verb; all before the comma is the content.
    rows: list[Row] = [
        ("But", 3, "cc", "CCONJ", "CC", "but"), ("the", 2, "det", "DET", "DT", "the"),
        ("plan", 3, "nsubj", "NOUN", "NN", "plan"), ("is", 6, "conj", "AUX", "VBZ", "be"),
        ("dead", 3, "acomp", "ADJ", "JJ", "dead"), (",", 6, "punct", "PUNCT", ",", ","),
        ("said", 6, "ROOT", "VERB", "VBD", "say"), ("an", 8, "det", "DET", "DT", "an"),
        ("aide", 6, "nsubj", "NOUN", "NN", "aide"), (".", 6, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    assert _reported(rows, "said") == ["But the plan is dead"]
