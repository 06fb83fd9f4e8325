"""A bracket that reported content opens closes in it, though the parser hangs the closing bracket outside."""

from __future__ import annotations

from telex.quotes.boundaries import adjusted
from telex.quotes.trim import closing_bracket
from tests.unit.fixtures import Row, hand_parsed


def _member(closing: list[Row], after: list[Row]) -> list[Row]:
    # "he praised Senator Ross ( D <closing> <after>": the closing bracket hangs on the verb, outside the object.
    return [
        ("he", 1, "nsubj", "PRON", "PRP", "he"), ("praised", 1, "ROOT", "VERB", "VBD", "praise"),
        ("Senator", 3, "compound", "PROPN", "NNP", "Senator"), ("Ross", 1, "dobj", "PROPN", "NNP", "Ross"),
        ("(", 3, "punct", "PUNCT", "-LRB-", "("), ("D", 3, "appos", "PROPN", "NNP", "D"), *closing, *after,
    ]  # fmt: skip


_CLOSE: Row = (")", 1, "punct", "PUNCT", "-RRB-", ")")
_STOP: Row = (".", 1, "punct", "PUNCT", ".", ".")


def test_the_closing_bracket_right_after_the_content_is_taken_in() -> None:
    assert closing_bracket(hand_parsed(_member([_CLOSE], [_STOP])), 2, 5) == 6


def test_a_period_may_stand_before_the_closing_bracket() -> None:
    # "Senator Ross ( D . ) .": an abbreviation's period before the bracket.
    rows = _member([(".", 3, "punct", "PUNCT", ".", "."), _CLOSE], [_STOP])
    doc = hand_parsed(rows)
    assert closing_bracket(doc, 2, 5) == 7


def test_a_bracket_closed_after_more_words_is_left_open() -> None:
    # "Senator Ross ( D , aides said ) .": words stand between the content and the closing bracket.
    rows = _member(
        [(",", 3, "punct", "PUNCT", ",", ","), ("aides", 8, "nsubj", "NOUN", "NNS", "aide"),
         ("said", 1, "parataxis", "VERB", "VBD", "say"), _CLOSE],
        [_STOP],
    )  # fmt: skip
    assert closing_bracket(hand_parsed(rows), 2, 5) == 5


def test_content_with_no_open_bracket_is_left_as_it_is() -> None:
    # "he praised Senator Ross ) .": a closing bracket with no opening one in the content is not the content's.
    rows: list[Row] = [
        ("he", 1, "nsubj", "PRON", "PRP", "he"), ("praised", 1, "ROOT", "VERB", "VBD", "praise"),
        ("Senator", 3, "compound", "PROPN", "NNP", "Senator"), ("Ross", 1, "dobj", "PROPN", "NNP", "Ross"),
        _CLOSE, _STOP,
    ]  # fmt: skip
    assert closing_bracket(hand_parsed(rows), 2, 3) == 3


def test_an_end_moved_into_a_bracket_takes_in_its_close() -> None:
    # The boundary model moves the end of "Senator Ross" over the bracketed "( D": the end goes on to ")".
    doc = hand_parsed(_member([_CLOSE], [_STOP]))
    content = (doc[2].idx, doc[3].idx + len(doc[3]))
    table = {"end_extend:bias": 3.0, "end_extend:step=1": 1.0}
    start, end = adjusted(doc, content, doc[1], "speech", "indirect", table)
    assert doc.text[start:end] == "Senator Ross ( D )"
