"""Read a date written in words against the publication date, at the precision the words give.

Pure functions over strings and dates, shared by the event coder and ingest (a record's or a feed's date written out
as "19 June 2024"): "on Tuesday" is the last Tuesday on or before publication for a past event, "in 1961" is "1961",
"June 19" takes the publication year. No date is better than a wrong one, so anything not understood, and anything
relative when the publication date is unknown, gives ``None``. ISO dates as users type them are ``telex.isodate``'s.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH_ABBREVIATIONS = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
# Count words of spans of time: "two weeks ago", "a day later".
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a": 1,
    "an": 1,
}
# Words that set what is dated off from the day named: "days before Tuesday", "since June", "until Friday".
_OFFSET_WORDS = frozenset({"before", "after", "since", "until", "till", "by", "ahead", "prior"})
# The northern seasons by their months; winter spans the year's turn, so its year is left unsaid.
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}


def _month(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word in MONTHS:
        return MONTHS.index(word) + 1
    return MONTH_ABBREVIATIONS.get(word)


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """The year and month ``delta`` months after ``month`` of ``year`` (before it when negative)."""
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


# "Last night", "late last night": the evening before publication; not "the last night of the convention".
LAST_NIGHT = re.compile(r"(?<!\bthe )\blast night\b")


def resolve_date(expression: str, published: date | None, future: bool = False) -> str | None:
    """ISO date (``2024-06-19``, ``2024-06``, ``1961``) of ``expression``, or ``None`` when unsure."""
    # "mid-May" and "late-2015" are the month and the year; "Sunday's" is the day; a lone "may" is the verb.
    text = re.sub(r"(?<=[a-z])-|-(?=[a-z])", " ", expression.lower())
    text = " ".join(re.sub(r"[,.]|['\u2019]s\b", " ", text).split())
    words = text.split()
    if _OFFSET_WORDS & set(words) or expression.strip(" ,.") == "may":
        return None
    absolute = _absolute(words)
    if absolute:
        return absolute
    if published is None:
        return None
    return _relative(text, words, published, future)


def _absolute(words: list[str]) -> str | None:
    """Expressions that carry their own year: "June 19, 2024", "19 June 2024", "June 2024", "1961"."""
    years = [int(w) for w in words if re.fullmatch(r"(1[6-9]|20)\d\d", w)]
    if len(years) != 1 or any(w.endswith("s") and w[:-1].isdigit() for w in words):
        return None
    year = years[0]
    months = [m for m in (_month(w) for w in words) if m]
    days = [int(re.sub(r"(st|nd|rd|th)$", "", w)) for w in words if re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", w)]
    if months and days and 1 <= days[0] <= 31:
        try:
            return date(year, months[0], days[0]).isoformat()
        except ValueError:
            return None
    if months:
        return f"{year}-{months[0]:02d}"
    return str(year)


def _relative(text: str, words: list[str], published: date, future: bool) -> str | None:
    if "today" in words or "tonight" in words or text in {"this morning", "this afternoon", "this evening"}:
        return published.isoformat()
    # "Last night" is the evening before the day the story came out: yesterday's ("the last night of the convention"
    # is no such day).
    if "yesterday" in words or LAST_NIGHT.search(text):
        return (published - timedelta(days=1)).isoformat()
    if "tomorrow" in words:
        return (published + timedelta(days=1)).isoformat()
    ago = re.search(r"\b(\w+) (day|week|month|year)s? ago\b", text)
    if ago:
        return _ago(ago.group(1), ago.group(2), published)
    for unit in ("week", "month", "year"):
        if f"past {unit}" in text:
            return _lately(unit, published)
        if f"last {unit}" in text:
            return _period(unit, published, -1)
        if f"next {unit}" in text:
            return _period(unit, published, 1)
        if f"this {unit}" in text or f"earlier this {unit}" in text or f"later this {unit}" in text:
            return _period(unit, published, 0)
    season = _season(words, published)
    if season:
        return season
    if "weekend" in words:
        return _weekend(published, future or "next" in words, "last" in words)
    weekday = next((WEEKDAYS.index(w) for w in words if w in WEEKDAYS), None)
    if weekday is not None:
        if "next" in words:
            return _coming(weekday, published)
        return _weekday(weekday, published, future and "last" not in words, "last" in words)
    months = [m for m in (_month(w) for w in words) if m]
    if months:
        days = [int(re.sub(r"(st|nd|rd|th)$", "", w)) for w in words if re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", w)]
        return _month_day(months[0], days[0] if days else None, published, future)
    return None


# How many units "a few" or "several" may be: "a few weeks ago" is two to four weeks back.
_FEW = {"day": (2, 6), "week": (2, 4), "month": (2, 5), "year": (2, 6)}


def _ago(count: str, unit: str, published: date) -> str | None:
    """The date "three days ago", "a week ago", "two years ago" names; "a few weeks ago" at the precision of the
    span it may be ("a few weeks ago" from 2024-06-28 is June), or ``None`` when that span crosses a year."""
    if count in ("few", "several"):
        low, high = _FEW[unit]
        return _containing(_back(high, unit, published), _back(low, unit, published))
    n = int(count) if count.isdigit() else NUMBER_WORDS.get(count)
    if n is None:
        return None
    if unit == "year":
        return str(published.year - n)
    if unit == "month":
        year, month = shift_month(published.year, published.month, -n)
        return f"{year}-{month:02d}"
    return _back(n, unit, published).isoformat()


def _back(n: int, unit: str, published: date) -> date:
    """The day ``n`` days, weeks, months or years before publication (a month or year back keeps the day)."""
    if unit in ("day", "week"):
        return published - timedelta(days=n * (7 if unit == "week" else 1))
    year, month = shift_month(published.year, published.month, -n * (12 if unit == "year" else 1))
    return date(year, month, min(published.day, 28))


def _containing(start: date, end: date) -> str | None:
    """The finest ISO date that holds every day from ``start`` to ``end``: the day, the month or the year."""
    if start == end:
        return start.isoformat()
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year}-{start.month:02d}"
    return str(start.year) if start.year == end.year else None


def _period(unit: str, published: date, delta: int) -> str | None:
    if unit == "year":
        return str(published.year + delta)
    if unit == "month":
        year, month = shift_month(published.year, published.month, delta)
        return f"{year}-{month:02d}"
    # A week is written as the month its days fall in, or the year when it spans two months.
    start = published - timedelta(days=published.weekday()) + timedelta(weeks=delta)
    return _containing(start, start + timedelta(days=6))


def _lately(unit: str, published: date) -> str | None:
    """The span "the past week" (month, year) names: the days up to publication, not the calendar week before it,
    written as :func:`_containing` writes it ("over the past week" on Saturday 2024-06-08 is June, not the year of the
    week of May 27)."""
    return _containing(_back(1, unit, published) + timedelta(days=1), published)


def _season(words: list[str], published: date) -> str | None:
    """The year of "last summer", "this spring", "next fall": the last season that ended before publication,
    the one of the publication year, the first that begins after publication."""
    if len(words) < 2 or words[-1] not in _SEASONS or words[-2] not in ("last", "past", "this", "next"):
        return None
    first, last = _SEASONS[words[-1]]
    if words[-2] == "this":
        return str(published.year)
    if words[-2] == "next":
        return str(published.year + (published.month >= first))
    return str(published.year - (published.month <= last))


def _weekday(weekday: int, published: date, future: bool, last: bool = False) -> str:
    """The day a weekday names: the last such day on or before publication for a past event, the coming one
    for a future event. The day after publication's weekday is that next day, past or future, unless said to
    be "last": news calls a day six days back "last Wednesday", and a "Wednesday" in a story dated Tuesday is
    tomorrow's, or the day the news broke after the story's date in the paper's time zone. "Last Wednesday" in a
    story dated Wednesday is a week back."""
    ahead = (weekday - published.weekday()) % 7
    if future or (ahead == 1 and not last):
        return (published + timedelta(days=ahead)).isoformat()
    back = (published.weekday() - weekday) % 7 or (7 if last else 0)
    return (published - timedelta(days=back)).isoformat()


def _coming(weekday: int, published: date) -> str:
    """The day "next Tuesday" names: that day of the week after publication's (weeks begin on Monday), so "next
    Friday" in a Thursday's story is eight days on, not tomorrow."""
    return (published + timedelta(days=7 - published.weekday() + weekday)).isoformat()


def _weekend(published: date, future: bool, last: bool) -> str | None:
    """The weekend "over the weekend" names, as the month (or year) its Saturday and Sunday fall in: the last one
    begun by publication for a past event ("last weekend" in a Sunday's story is the one before), the coming one
    for a future event."""
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    if future and saturday < published - timedelta(days=1):
        saturday += timedelta(weeks=1)
    elif last and saturday >= published - timedelta(days=1):
        saturday -= timedelta(weeks=1)
    return _containing(saturday, saturday + timedelta(days=1))


def _month_day(month: int, day: int | None, published: date, future: bool) -> str | None:
    year = published.year
    # A past event in a month later than publication happened the year before; a future one, the year after.
    if not future and (month, day or 1) > (published.month, published.day):
        year -= 1
    elif future and (month, day or 31) < (published.month, published.day):
        year += 1
    if day is None:
        return f"{year}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
