"""Record fields made safe at read time: text or null, a date or null, text without control characters.

Nothing here raises: a field of the wrong type is dropped or converted with a warning, so one odd
field never costs the article. Replacements keep lengths, so offsets into the text stay valid.
"""

from __future__ import annotations

import re
from datetime import date

from telex.errors import InputError
from telex.isodate import parse_date, written_date

# C0 controls other than tab, line feed, form feed and carriage return; DEL and the C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def text_field(name: str, value: object, warnings: list[str]) -> str | None:
    """``value`` as text: a string as given (None when blank), a number as its digits, anything else None."""
    if missing(value):
        return None
    if isinstance(value, str):
        cleaned, _ = safe_text(value.strip())
        return cleaned or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        warnings.append(f"{name} {value!r} is a number, not text; kept as {str(value)!r}")
        return str(value)
    warnings.append(f"{name} is a {type(value).__name__}, not text; left out")
    return None


def date_field(name: str, value: object, warnings: list[str]) -> date | None:
    """``value`` as a date (text as a record's date is read, or a ``date``: a record made in Python may hold one);
    one that cannot be read is None with a warning (the article is kept)."""
    if missing(value) or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str | date):
        try:
            return given_date(value, name)
        except InputError:
            pass
    shown = value if isinstance(value, str | int | float) else type(value).__name__
    warnings.append(f"{name} {shown!r} is not a date (write YYYY-MM-DD); stored without one")
    return None


def missing(value: object) -> bool:
    """Whether a field holds nothing: ``None``, or the NaN (NaT for a date) a pandas DataFrame's empty cell is
    (``df.to_dict("records")`` gives ``{"title": nan}``: no title, not the text "nan")."""
    return value is None or (isinstance(value, float | date) and value != value)  # only NaN and NaT differ from self


def given_date(value: object, what: str = "published date") -> date | None:
    """A date given by hand (``telex.analyze(published=…)``, ``POST /api/analyze``): a ``date``, or text as a
    record's date is read (ISO, a timestamp, the month in words, the year first); ``None`` for none, anything else
    an ``InputError`` that says what to write."""
    try:
        return parse_date(value, what)  # type: ignore[arg-type]  # parse_date says what is wrong with another type
    except InputError:
        found = written_date(value) if isinstance(value, str) else None
        if found is None:
            raise
        return found


def safe_text(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with lone surrogates as U+FFFD and control characters as spaces, same length; what changed."""
    warnings: list[str] = []
    surrogates = len(_SURROGATE.findall(text))
    if surrogates:
        text = _SURROGATE.sub("\ufffd", text)
        warnings.append(f"{surrogates} lone surrogate(s) (not Unicode characters) replaced with U+FFFD")
    controls = len(_CONTROL.findall(text))
    if controls:
        text = _CONTROL.sub(" ", text)
        warnings.append(f"{controls} control character(s) replaced with spaces")
    return text, tuple(warnings)
