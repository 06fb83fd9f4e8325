"""Names given in quotation marks by a labelling verb ("called X “reckless”"), read by the order of the words where
the parser breaks the clause at the marks, and whom a relative clause of labelling names; on hand-built parses."""

from __future__ import annotations

import pytest

from tests.unit.fixtures import Row, events_in, hand_parsed


def _coded(
    rows: list[Row], places: frozenset[int] = frozenset()
) -> list[tuple[str, list[str | None], list[str | None]]]:
    events = events_in(hand_parsed(rows, places=places))
    return [(e.cameo, [a.country for a in e.source], [a.country for a in e.target]) for e in events]


def _called_remarks(name: list[Row], name_dep: str, name_head: int) -> list[Row]:
    """ "Canada called Venezuela 's remarks “ <name> ” .", the name's head word hung by ``name_dep`` on token
    ``name_head`` (the parser's reading of the quotation marks); name rows head within themselves, -1 for the name's
    head word."""
    rows: list[Row] = [
        ("Canada", 1, "nsubj", "PROPN", "NNP", "Canada"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("Venezuela", 4, "poss", "PROPN", "NNP", "Venezuela"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("remarks", 1, "dobj", "NOUN", "NNS", "remark"),
        ("“", 6 + len(name) - 1, "punct", "PUNCT", "``", "“"),
    ]
    head = len(rows) + len(name) - 1
    rows += [(w, head if h < 0 else h + len(rows), d, p, t, lem) for w, h, d, p, t, lem in name]
    rows[head] = (*rows[head][:1], name_head, name_dep, *rows[head][3:])
    if name_dep == "oprd":
        # "calling Trump's charge “pathetic”": the parser hangs the object on the name given.
        rows[4] = ("remarks", head, "npadvmod", "NOUN", "NNS", "remark")
    return [*rows, ("”", 1, "punct", "PUNCT", "''", "”"), (".", 1, "punct", "PUNCT", ".", ".")]


OFFENSIVE: list[Row] = [("offensive", -1, "", "ADJ", "JJ", "offensive")]


@pytest.mark.parametrize(("dep", "head"), [("oprd", 1), ("amod", 4)])
def test_a_name_in_quotation_marks_the_parser_misreads_still_judges_the_object(dep: str, head: int) -> None:
    # "Canada called Venezuela 's remarks “offensive”", with "remarks" hung on the name (oprd) or the name taken for
    # an adjective of "remarks" (amod).
    assert _coded(_called_remarks(OFFENSIVE, dep, head)) == [("111", ["CAN"], ["VEN"])]


def test_a_name_in_quotation_marks_that_denies_judges_no_one() -> None:
    # "Canada called Venezuela 's remarks “not offensive”"
    denied: list[Row] = [("not", 1, "neg", "PART", "RB", "not"), *OFFENSIVE]
    assert _coded(_called_remarks(denied, "amod", 4)) == []


def _relative(relative: tuple[str, str, str], name: str) -> list[Row]:
    """ "Venezuela , <relative> Canada called <name> , spoke .": ``relative`` the relative word's (form, tag, dep)."""
    word, tag, dep = relative
    return [
        ("Venezuela", 7, "nsubj", "PROPN", "NNP", "Venezuela"),
        (",", 0, "punct", "PUNCT", ",", ","),
        (word, 4, dep, "PRON", tag, word),
        ("Canada", 4, "nsubj", "PROPN", "NNP", "Canada"),
        ("called", 0, "relcl", "VERB", "VBD", "call"),
        (name, 4, "oprd", "ADJ", "JJ", name),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("spoke", 7, "ROOT", "VERB", "VBD", "speak"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]


def test_a_relative_clause_of_labelling_judges_whom_it_describes() -> None:
    # "Venezuela, which Canada called reckless, spoke."
    assert _coded(_relative(("which", "WDT", "dobj"), "reckless"), places=frozenset({0})) == [("111", ["CAN"], ["VEN"])]


def test_a_relative_clause_of_time_judges_no_one_it_hangs_off() -> None:
    # "Venezuela, when Canada called reckless, spoke": "when" tells the time, not whom the name is given.
    assert _coded(_relative(("when", "WRB", "advmod"), "reckless"), places=frozenset({0})) == []
