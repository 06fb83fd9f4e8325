"""Date expressions resolve against the publication date at the precision the words give."""

from __future__ import annotations

from datetime import date

import pytest

from telex.dates import resolve_date
from telex.events.dates import event_date, names_day, names_year, news_day

PUBLISHED = date(2024, 6, 20)  # a Thursday


@pytest.mark.parametrize(
    ("expression", "future", "expected"),
    [
        ("Tuesday", False, "2024-06-18"),
        ("on Thursday", False, "2024-06-20"),
        ("Saturday", False, "2024-06-15"),
        ("Saturday", True, "2024-06-22"),
        ("last Saturday", True, "2024-06-15"),
        # The day after publication's weekday is the next day, said of the past or the future, unless "last".
        ("Friday", False, "2024-06-21"),
        ("Friday", True, "2024-06-21"),
        ("last Friday", False, "2024-06-14"),
        ("last summer", False, "2023"),
        ("this past summer", False, "2023"),
        ("next summer", False, "2025"),
        ("this spring", False, "2024"),
        ("last spring", False, "2024"),
        ("last fall", False, "2023"),
        ("today", False, "2024-06-20"),
        ("yesterday", False, "2024-06-19"),
        ("1961", False, "1961"),
        ("in 2000", False, "2000"),
        ("June 19", False, "2024-06-19"),
        ("19 June", False, "2024-06-19"),
        ("September 29", False, "2023-09-29"),
        ("September 29", True, "2024-09-29"),
        ("June 19, 2022", False, "2022-06-19"),
        ("March 2021", False, "2021-03"),
        ("last month", False, "2024-05"),
        ("last year", False, "2023"),
        ("three days ago", False, "2024-06-17"),
        ("two years ago", False, "2022"),
        ("last week", False, "2024-06"),
    ],
)
def test_resolve_date(expression: str, future: bool, expected: str) -> None:
    assert resolve_date(expression, PUBLISHED, future) == expected


@pytest.mark.parametrize(
    "expression",
    ["the 1990s", "recent weeks", "the past", "mid-term", "May", "days before Tuesday", "since 2012", "until Friday"],
)
def test_vague_expressions_give_no_date(expression: str) -> None:
    assert resolve_date(expression, PUBLISHED) is None


def test_relative_expression_without_publication_date_gives_none() -> None:
    assert resolve_date("Tuesday", None) is None
    assert resolve_date("last year", None) is None
    assert resolve_date("in 1961", None) == "1961"


def test_week_across_two_months_gives_none() -> None:
    assert resolve_date("last week", date(2024, 6, 5)) is None


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("on Tuesday", PUBLISHED, ("2024-06-18", "text")),
        ("in 1961", None, ("1961", "text")),
        ("last month", PUBLISHED, ("2024-05", "text")),
        (None, PUBLISHED, ("2024-06-20", "published")),
        ("recent weeks", PUBLISHED, ("2024-06-20", "published")),
        (None, None, (None, None)),
        ("on Tuesday", None, (None, None)),
        ("the 1990s", PUBLISHED, (None, None)),
        ("decades ago", PUBLISHED, (None, None)),
    ],
)
def test_event_date_and_its_source(
    expression: str | None, published: date | None, expected: tuple[str | None, str | None]
) -> None:
    assert event_date(expression, published) == expected


def test_names_year() -> None:
    assert names_year("in 1961") and names_year("June 19, 2022")
    assert not names_year("on Tuesday") and not names_year("the 1990s")


@pytest.mark.parametrize(
    ("expressions", "expected"),
    [
        # The first expression naming one day of the week up to publication is the news day.
        (["this year", "on Tuesday", "Wednesday"], ("2024-06-18", "on Tuesday")),
        (["yesterday"], ("2024-06-19", "yesterday")),
        (["June 19 -"], ("2024-06-19", "June 19")),
        (["today"], ("2024-06-20", "today")),
        # A story dated Thursday may tell Friday's news; a day further ahead is not the news day.
        (["on Friday"], ("2024-06-21", "on Friday")),
        (["tomorrow"], ("2024-06-21", "tomorrow")),
        (["June 22", "Tuesday"], ("2024-06-18", "Tuesday")),
        # Years, months and days beyond the past week are not the news day.
        (["in 1961", "June 2024", "June 2", "last month"], None),
        ([], None),
    ],
)
def test_news_day(expressions: list[str], expected: tuple[str, str] | None) -> None:
    assert news_day(expressions, PUBLISHED) == expected


def test_news_day_needs_a_publication_date() -> None:
    assert news_day(["on Tuesday"], None) is None


def test_names_day() -> None:
    assert names_day("late Tuesday night") and names_day("yesterday afternoon")
    assert not names_day("this morning") and not names_day("three hours")
