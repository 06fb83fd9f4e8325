"""Dates as users write them on the command line and in JSONL records."""

from __future__ import annotations

import re
from datetime import date, datetime

from telex.errors import InputError

_YEAR_OR_MONTH = re.compile(r"\d{4}(-\d{2})?")


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


def parse_bound(text: str | date | None, what: str) -> date | str | None:
    """A ``since`` or ``until`` bound of a corpus read: a day as ``parse_date`` takes it (a timestamp gives its day),
    or ISO text at a month's or a year's precision ("2024-06", "2024"), which bounds by the whole month or year."""
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
        raise InputError(f"{what} {text!r} is not a date; write it as YYYY-MM-DD (or YYYY-MM, YYYY, or a "
                         "timestamp, whose day is taken)") from None


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
