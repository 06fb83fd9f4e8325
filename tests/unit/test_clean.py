"""Offset-preserving cleaning: same length out as in, junk masked, layout found."""

import pytest

from telex.ingest.clean import clean, is_heading, layout, mask_markup, merge_spans
from telex.ingest.dateline import dateline

CASES = [
    ("Kim arrived.\np>\nHe left.", "Kim arrived.\n  \nHe left.", [(13, 15)]),
    ("Text <br/> more", "Text       more", [(5, 10)]),
    ("a > b and c < d", "a > b and c < d", []),
    ("Seoul&nbsp;said", "Seoul      said", [(5, 11)]),
    ("</p>\nStart", "    \nStart", [(0, 4)]),
]


@pytest.mark.parametrize(("text", "masked", "spans"), CASES)
def test_mask_markup_keeps_length_and_offsets(text: str, masked: str, spans: list[tuple[int, int]]) -> None:
    result, found = mask_markup(text)
    assert result == masked
    assert len(result) == len(text)
    assert found == spans


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("PUTIN AND KIM SIGN DEFENCE PACT", True),
        ("Talks To Resume Next Month", True),
        ("The two leaders signed", False),
        ("Kim said it was fundamental.", False),
        ("2024", False),
    ],
)
def test_is_heading(line: str, expected: bool) -> None:
    assert is_heading(line) is expected


def test_layout_starts_sentences_at_headings_and_paragraphs_not_wrapped_lines() -> None:
    text = "TALKS RESUME\nThe two leaders signed\na treaty on Monday.\n\nKim left."
    starts, headings = layout(text)
    assert headings == [(0, 12)]
    assert starts == [0, 13, text.index("Kim")]


def test_clean_warns_with_masked_span() -> None:
    cleaned = clean("One.\np>\nTwo.")
    assert cleaned.warnings == ("stray markup masked at 5-7",)
    assert len(cleaned.text) == len("One.\np>\nTwo.")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("GENEVA (Reuters) - Armenia and Azerbaijan agreed.", "Armenia"),
        ("PYONGYANG, June 19 - Russian President Vladimir Putin arrived.", "Russian"),
        ("(AP) — The talks ended.", "The"),
        ("Kyiv, Ukraine (AP) — Drones struck.", "Drones"),
        ("WASHINGTON ― The Senate voted.", "The"),  # a horizontal bar (U+2015), as some sites set it
    ],
)
def test_a_dateline_is_a_sentence_of_its_own(text: str, first: str) -> None:
    starts, _ = layout(text)
    assert starts == [0, text.index(first)]


@pytest.mark.parametrize("text", ["US - China talks resumed.", "The minister - who had resigned - spoke."])
def test_a_dash_in_a_sentence_is_no_dateline(text: str) -> None:
    assert dateline(text) is None
    assert layout(text)[0] == [0]


def test_merge_spans_joins_those_that_overlap_or_touch_in_order() -> None:
    assert merge_spans([(10, 12), (0, 3), (2, 5), (5, 7), (8, 9)]) == [(0, 7), (8, 9), (10, 12)]
    assert merge_spans(iter([(4, 6), (1, 2)])) == [(1, 2), (4, 6)]
    assert merge_spans([]) == []
