"""Dates as users write them on the command line and in JSONL records."""

from __future__ import annotations

import re
from datetime import date, datetime

from telex.dates import resolve_date
from telex.errors import InputError

_YEAR_OR_MONTH = re.compile(r"\d{4}(-\d{2})?")
_ISO_START = re.compile(r"\d{4}-")
# A day with the year first however separated ("2024/06/19", "2024.6.19"); a day first with numbers only
# ("06/07/2024") is left out, as which of day and month comes first cannot be known.
_YEAR_FIRST = re.compile(r"\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
# A month as people write one: "May 2016", "Sept. 2016", "June, 2024", "2016/05".
_MONTH_IN_WORDS = re.compile(r"([A-Za-z]+)\.?,?\s+(\d{4})")
_MONTH_YEAR_FIRST = re.compile(r"(\d{4})[/.](\d{1,2})")


def parse_date(text: str | date | None, what: str = "published date") -> date | None:
    """An ISO date ("2024-06-20"), also accepting a timestamp's date part; ``None`` for empty."""
    if isinstance(text, datetime):  # a datetime is a date too, but cannot be compared with one
        return text.date()
    if text is None or isinstance(text, date):
        return text
    if not str(text).strip():
        return None
    try:
        return date.fromisoformat(str(text).strip()[:10])
    except ValueError as exc:
        raise InputError(f"{what} {text!r} is not a date; write it as YYYY-MM-DD") from exc


def parse_bound(text: str | date | int | None, what: str) -> date | str | None:
    """A ``since`` or ``until`` bound of a corpus read: a day as ``parse_date`` takes it (a timestamp gives its day),
    or ISO text at a month's or a year's precision ("2024-06", "2024"), which bounds by the whole month or year; a day
    or a month written as a record's ``published`` may be ("19 June 2024", "2024/06/19", "May 2016": "2016-05")."""
    if isinstance(text, int):  # a year as Python code writes one: since=2016 ("True" is then no date)
        text = str(text)
    if not isinstance(text, str) or not text.strip():
        return parse_date(text, what)
    value = text.strip()
    try:
        if _YEAR_OR_MONTH.fullmatch(value):
            datetime.strptime(value, "%Y-%m" if len(value) == 7 else "%Y")
            return value
        if len(value) > 10:  # a timestamp: its time must be one too, or the day would be read out of junk
            datetime.fromisoformat(value)
        return parse_date(value, what)
    except (ValueError, InputError):
        # ISO text gone wrong ("2016-13", "2024-06-19Tjunk") is no date: a reading in words would take its start
        written = None if _ISO_START.match(value) else written_date(value) or written_month(value)
        if written is not None:
            return written
        raise InputError(
            f"{what} {text!r} is not a date; write it as YYYY-MM-DD (or YYYY-MM, YYYY, or a "
            "timestamp, whose day is taken)"
        ) from None


def written_month(text: str) -> str | None:
    """A month written out as a whole text ("May 2016", "Sept. 2016", "2016/05") as ISO text ("2016-05"), as a
    ``--since`` or ``--until`` takes it; None for anything else ("05/2016": a month or a day first?)."""
    value = text.strip()
    if _MONTH_IN_WORDS.fullmatch(value):
        found = resolve_date(value, None)  # "spring 2016" is the year: no month
        return found if found is not None and len(found) == 7 else None
    year_first = _MONTH_YEAR_FIRST.fullmatch(value)
    if year_first and 1 <= int(year_first[2]) <= 12:
        return f"{year_first[1]}-{int(year_first[2]):02d}"
    return None


def check_bounds(since: date | str | None, until: date | str | None) -> None:
    """``since`` after ``until`` (bounds as ``parse_bound`` gives them) is an ``InputError``: no row could match, and
    an empty answer would not say why. "until 2024" takes all of 2024, so "since 2024-06" is within it."""
    if since is not None and until is not None and str(since) > f"{until}~":  # '~' sorts after digits
        raise InputError(f"since {since} is after until {until}; no date can be both")


def date_or_none(text: object) -> date | None:
    """A date from metadata or gold files ("2024-06-20", a timestamp, "20240620"); ``None`` when it is not one."""
    value = str(text or "").strip()
    for layout, size in (("%Y-%m-%d", 10), ("%Y%m%d", 8)):
        try:
            return datetime.strptime(value[:size], layout).date()
        except ValueError:
            continue
    return None


def written_date(text: str) -> date | None:
    """A day as exports and feeds write it: the year first ("2024/06/19") or the month in words ("19 June 2024",
    "June 19, 2024", RSS's "Wed, 19 Jun 2024 10:00:00 GMT"), read by ``telex.dates`` as an event's date is;
    None for anything short of a whole day. An ISO date with a time ("2024-06-19T10:00:00Z") is its day."""
    iso = date_or_none(text)
    if iso is not None:
        return iso
    year_first = _YEAR_FIRST.match(text)
    if year_first:
        try:
            return date(*(int(part) for part in year_first.groups()))
        except ValueError:
            return None
    found = resolve_date(text, None)
    return date.fromisoformat(found) if found is not None and len(found) == 10 else None
