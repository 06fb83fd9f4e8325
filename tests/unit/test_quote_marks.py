"""Quote-mark pairing on plain strings: typography, apostrophes, paragraphs, unbalanced marks."""

from __future__ import annotations

import pytest

from telex.quotes.marks import find_quotations, trim_span, word_count


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “we are ready” today.", ["“we are ready”"]),
        ("Er sagte „wir kommen“ und ging.", ["„wir kommen“"]),
        ("Er sagte „wir kommen” und ging.", ["„wir kommen”"]),
        ("Il a dit «nous venons» hier.", ["«nous venons»"]),
        ("Il a dit ‹nous venons› hier.", ["‹nous venons›"]),
        ('She said "no deal" twice.', ['"no deal"']),
        ("She said 'no deal' twice.", ["'no deal'"]),
        ("She said ‘no deal’ twice.", ["‘no deal’"]),
        ("It was “a ‘small’ step,” he said.", ["“a ‘small’ step,”"]),
        ("“We are ready,“ she said. “Fine.”", ["“We are ready,“", "“Fine.”"]),  # closed with the opening mark
        ("He said “we are “very” ready” today.", ["“we are “very” ready”"]),
    ],
)
def test_typographies(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia's army and Russia’s navy don't agree.",
        "In the '90s the students' union won.",
        "Don’t say the ’90s were calm; it’s the Kims’ style.",
        "They rock 'n' roll 'til dawn and love 'em.",
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert quoted(text) == []


def test_quote_running_over_paragraphs() -> None:
    text = "He said: “We will not yield.\n\n“The fight goes on,” he added."
    (quote,) = find_quotations(text)
    assert text[quote.start : quote.end] == "“We will not yield.\n\n“The fight goes on,”"
    assert len(quote.pieces) == 2


@pytest.mark.parametrize(
    "text",
    [
        "An opening “ mark with no end.\n\nThe next paragraph is plain.",
        "Closing marks only” here” and ’there.",
        "“",
        "”“",
        "",
        "“Unclosed at the end",
    ],
)
def test_unbalanced_marks_yield_nothing(text: str) -> None:
    assert quoted(text) == []


def test_unclosed_quote_does_not_swallow_later_quotes() -> None:
    text = "A stray “ mark.\n\nLater she said “we agree” firmly."
    assert quoted(text) == ["“we agree”"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # single marks left open inside a double quotation end with it
        ("“They said, ‘We lead, ‘ but I don’t agree,” he added.", ["“They said, ‘We lead, ‘ but I don’t agree,”"]),
        ("She is “‘unpredictable.” Yet she is a “safe pair of hands,” Lee said.",
         ["“‘unpredictable.”", "“safe pair of hands,”"]),
        ('"I heard \'no way, I said," she said.', ['"I heard \'no way, I said,"']),
        # a single mark never closes a double quotation
        ("“We are ‘ready’ now’ and more.", []),
    ],
)
def test_a_double_mark_closes_single_marks_left_open_inside(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_trim_and_count() -> None:
    text = " “Yes, we will.” "
    start, end = trim_span(text, 0, len(text))
    assert text[start:end] == "Yes, we will"
    assert word_count("don’t stop now") == 3
