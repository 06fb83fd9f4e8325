"""An event's date: the date its words name, else the day the article's lead names, else the publication date.

Dates written in words are read by ``telex.dates`` (:func:`resolve_date`). An event the text does not date takes the
day the article's lead names (:func:`news_day`), else the publication date, marked as such (:func:`event_date`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from telex.dates import WEEKDAYS, resolve_date

# Expressions that place an event in the past beyond the news: its date is never the publication date.
_HISTORICAL = re.compile(r"\b(1[6-9]|20)\d\d|\b\d0s\b|'\d0s\b|\bcentur|\bdecades?\b|\byears\b")
_YEAR = re.compile(r"\b(1[6-9]|20)\d\d\b")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_DAY_WORDS = frozenset({*WEEKDAYS, "yesterday", "today", "tonight"})
# A length of time and nothing else: a count (or none) of units, "seven years", "more than four years", "decades".
_LENGTH = re.compile(
    r"(?:(?:more|less|fewer) than |nearly |almost |about |some |at least |up to )?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|several|many|a few|\d+) )?"
    r"(?:years?|months?|weeks?|days?|decades?)"
)


def names_year(expression: str) -> bool:
    """The expression names a year ("in 1961", "June 2022")."""
    return bool(_YEAR.search(expression))


def names_length(expression: str) -> bool:
    """The expression says how long, not when: "seven years", "more than four years", "decades"."""
    return bool(_LENGTH.fullmatch(expression.strip().lower()))


def names_day(expression: str) -> bool:
    """The expression names a day ("late Tuesday night", "yesterday afternoon"), as a time of day may."""
    return bool(set(re.findall(r"[a-z]+", expression.lower())) & _DAY_WORDS)


def event_date(
    expression: str | None, published: date | None, future: bool = False
) -> tuple[str | None, str | None]:
    """An event's date and where it comes from: ``text`` when ``expression`` fixes it, else ``published``.

    "In the 1990s" or "years ago" are history the words do not pin down: such an event gets no date rather
    than the publication date; so does any event of an article with no publication date and no dating words.
    """
    if expression:
        resolved = resolve_date(expression, published, future)
        if resolved:
            return resolved, "text"
        if _HISTORICAL.search(expression.lower()):
            return None, None
    if published is None:
        return None, None
    return published.isoformat(), "published"


# How far back the lead's day may lie: news names a day of the past week by its weekday. It may also lie a day
# after publication, when the date the article carries is the day before the news broke in its own time zone.
LEAD_WINDOW = timedelta(days=7)
_DAY_AFTER = timedelta(days=1)


def news_day(expressions: Iterable[str], published: date | None) -> tuple[str, str] | None:
    """The day the news happened, from the date expressions of the article's lead in order: the first that
    names one day of the week up to the day after publication ("on Monday", "yesterday"), with that expression.

    A story published on Tuesday whose lead says "the minister said on Monday" reports Monday's news; the
    events the article does not date otherwise are Monday's, not the day the paper came out."""
    if published is None:
        return None
    for expression in expressions:
        resolved = resolve_date(expression, published)
        if (
            resolved
            and _DAY.fullmatch(resolved)
            and published - LEAD_WINDOW <= date.fromisoformat(resolved) <= published + _DAY_AFTER
        ):
            # A dateline's date keeps no dash: "PYONGYANG, June 19 -".
            return resolved, expression.strip(" -\u2013\u2014,.:")
    return None

