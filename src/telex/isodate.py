"""Dates as users write them on the command line and in JSONL records."""

from __future__ import annotations

from datetime import date, datetime

from telex.errors import InputError


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


def date_or_none(text: object) -> date | None:
    """A date from metadata or gold files ("2024-06-20", a timestamp, "20240620"); ``None`` when it is not one."""
    value = str(text or "").strip()
    for layout, size in (("%Y-%m-%d", 10), ("%Y%m%d", 8)):
        try:
            return datetime.strptime(value[:size], layout).date()
        except ValueError:
            continue
    return None
