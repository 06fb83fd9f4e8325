"""The writer's own words at the edges of reported content: a linking adverb with no comma, a postposed concession."""

from __future__ import annotations

from telex.quotes.trim import trimmed
from tests.unit.fixtures import Row, hand_parsed


def _content(rows: list[Row], first: int, last: int) -> str:
    doc = hand_parsed(rows)
    span = trimmed(doc, first, last)
    assert span is not None
    return doc.text[span[0] : span[1]]


def _opening(word: Row, after: Row) -> list[Row]:
    # "<word> <after> costs rose , said Lee ."
    return [
        word, after, ("costs", 3, "nsubj", "NOUN", "NNS", "cost"), ("rose", 5, "ccomp", "VERB", "VBD", "rise"),
        (",", 5, "punct", "PUNCT", ",", ","), ("said", 5, "ROOT", "VERB", "VBD", "say"),
        ("Lee", 5, "nsubj", "PROPN", "NNP", "Lee"), (".", 5, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip


def test_a_linking_adverb_with_no_comma_is_the_writers() -> None:
    # "Therefore all costs rose , said Lee ."
    rows = _opening(("Therefore", 3, "advmod", "ADV", "RB", "therefore"), ("all", 2, "det", "DET", "DT", "all"))
    assert _content(rows, 0, 3) == "all costs rose"


def test_however_before_the_word_it_grades_stays() -> None:
    # "However high , costs rose": "however" of degree opens a clause of concession, no link.
    rows = _opening(("However", 1, "advmod", "ADV", "RB", "however"), ("high", 3, "advmod", "ADV", "RB", "high"))
    assert _content(rows, 0, 3) == "However high costs rose"


def test_a_preposition_spelled_as_a_linking_word_stays() -> None:
    # "Besides taxes costs rose": "besides" governs a phrase, which the content keeps.
    rows = _opening(("Besides", 3, "prep", "ADP", "IN", "besides"), ("taxes", 0, "pobj", "NOUN", "NNS", "tax"))
    assert _content(rows, 0, 3) == "Besides taxes costs rose"


_CONCEDED = ("notwithstanding", "advmod", "ADV", "RB", "notwithstanding")


def test_a_postposition_after_the_content_is_the_writers_concession() -> None:
    # "promises to cut taxes notwithstanding": the content is what "notwithstanding" governs.
    rows: list[Row] = [
        ("promises", 0, "ROOT", "NOUN", "NNS", "promise"), ("to", 2, "aux", "PART", "TO", "to"),
        ("cut", 0, "acl", "VERB", "VB", "cut"), ("taxes", 2, "dobj", "NOUN", "NNS", "tax"),
        (_CONCEDED[0], 0, *_CONCEDED[1:]),
    ]  # fmt: skip
    assert _content(rows, 1, 4) == "to cut taxes"


def test_a_concession_set_off_by_a_comma_after_a_clause_is_left_as_it_is() -> None:
    # "costs will fall , his record notwithstanding"
    rows: list[Row] = [
        ("costs", 2, "nsubj", "NOUN", "NNS", "cost"), ("will", 2, "aux", "AUX", "MD", "will"),
        ("fall", 2, "ROOT", "VERB", "VB", "fall"), (",", 2, "punct", "PUNCT", ",", ","),
        ("his", 5, "poss", "PRON", "PRP$", "his"), ("record", 6, "npadvmod", "NOUN", "NN", "record"),
        (_CONCEDED[0], 2, *_CONCEDED[1:]),
    ]  # fmt: skip
    assert _content(rows, 0, 6) == "costs will fall , his record notwithstanding"
