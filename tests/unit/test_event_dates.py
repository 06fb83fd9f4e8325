"""Date expressions resolve against the publication date at the precision the words give."""

from __future__ import annotations

from datetime import date

import pytest

from telex.dates import resolve_date
from telex.events.dates import (
    ANCHOR_REACH,
    event_date,
    names_day,
    names_year,
    news_day,
    relative_dates,
    relative_step,
    shifted,
)

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
        ("last night", False, "2024-06-19"),
        ("late last night", False, "2024-06-19"),
        ("the last night", False, None),
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
        # "Last Thursday" in a Thursday's story is a week back; "next Tuesday" is the Tuesday of next week.
        ("last Thursday", False, "2024-06-13"),
        ("next Tuesday", False, "2024-06-25"),
        ("next Friday", False, "2024-06-28"),
        ("last Sunday's", False, "2024-06-16"),
        ("mid-May", False, "2024-05"),
        ("late-2019", False, "2019"),
        ("May", False, "2024-05"),
        ("a week ago", False, "2024-06-13"),
        ("two weeks ago", False, "2024-06-06"),
        # "A few days ago" is two to six days back, in June; "a few weeks ago" two to four weeks, in May or June.
        ("a few days ago", False, "2024-06"),
        ("a few weeks ago", False, "2024"),
        ("several months ago", False, "2024"),
        ("over the weekend", False, "2024-06"),
        ("this weekend", True, "2024-06"),
    ],
)
def test_resolve_date(expression: str, future: bool, expected: str) -> None:
    assert resolve_date(expression, PUBLISHED, future) == expected


@pytest.mark.parametrize(
    "expression",
    ["the 1990s", "recent weeks", "the past", "mid-term", "may", "days before Tuesday", "since 2012", "until Friday"],
)
def test_vague_expressions_give_no_date(expression: str) -> None:
    assert resolve_date(expression, PUBLISHED) is None


def test_relative_expression_without_publication_date_gives_none() -> None:
    assert resolve_date("Tuesday", None) is None
    assert resolve_date("last year", None) is None
    assert resolve_date("in 1961", None) == "1961"


def test_week_across_two_months_gives_its_year() -> None:
    assert resolve_date("last week", date(2024, 6, 5)) == "2024"
    assert resolve_date("last week", date(2025, 1, 8)) is None


@pytest.mark.parametrize(
    ("published", "future", "last", "expected"),
    [
        # A Monday's "over the weekend" is the one just gone; a Sunday's "last weekend" the one before.
        (date(2024, 6, 17), False, False, "2024-06"),
        (date(2024, 6, 2), False, True, "2024-05"),
        # A weekend across two months is dated by their year; a Saturday's "this weekend" is that one.
        (date(2024, 9, 2), False, False, "2024"),
        (date(2024, 6, 29), True, False, "2024-06"),
        (date(2024, 8, 28), True, False, "2024"),
    ],
)
def test_weekend(published: date, future: bool, last: bool, expected: str) -> None:
    assert resolve_date("last weekend" if last else "the weekend", published, future) == expected


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
        # The day of a thing, and a day counted back, tell what came before the news.
        (["last Friday's", "a week ago", "three days ago", "Wednesday"], ("2024-06-19", "Wednesday")),
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
    assert names_day("late Tuesday night") and names_day("yesterday afternoon") and names_day("late last night")
    assert not names_day("this morning") and not names_day("three hours")


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("a day later", (1, "day")),
        ("A day earlier", (-1, "day")),
        ("the next day", (1, "day")),
        ("the previous night", (-1, "day")),
        ("two days later", (2, "day")),
        ("a week later", (7, "day")),
        ("Later that day", (0, "day")),
        ("that month", (0, "month")),
        ("A month later", (1, "month")),
        ("the following year", (1, "year")),
        ("the day before", (-1, "day")),
        # Counts that are no number, and weeks with no day, are not counted.
        ("a few days later", None),
        ("the following week", None),
        ("last week", None),
        ("on Tuesday", None),
    ],
)
def test_relative_step(expression: str, expected: tuple[int, str] | None) -> None:
    assert relative_step(expression) == expected


def test_shifted_keeps_the_precision_its_unit_needs() -> None:
    assert shifted("2024-06-17", (1, "day")) == "2024-06-18"
    assert shifted("2015-06", (1, "month")) == "2015-07"
    assert shifted("2015-12-16", (1, "month")) == "2016-01"
    assert shifted("2014", (1, "year")) == "2015"
    assert shifted("2024-06", (1, "day")) is None
    assert shifted("2014", (0, "month")) is None


def test_relative_dates_count_from_the_date_named_last() -> None:
    expressions = [(0, "on Monday"), (40, "a day later"), (80, "four years"), (120, "the next day")]
    assert relative_dates(expressions, PUBLISHED) == {40: "2024-06-18", 120: "2024-06-19"}
    # History the words do not pin down, or a date too far back, gives nothing to count from.
    assert relative_dates([(0, "on Monday"), (40, "the 1990s"), (80, "a day later")], PUBLISHED) == {}
    assert relative_dates([(0, "on Monday"), (ANCHOR_REACH + 1, "a day later")], PUBLISHED) == {}
    assert relative_dates([(0, "a day later")], PUBLISHED) == {}
    # A date still to come is not what the past is counted from.
    expressions = [(0, "on Tuesday"), (40, "next Tuesday's"), (80, "A day earlier")]
    assert relative_dates(expressions, PUBLISHED) == {80: "2024-06-17"}
