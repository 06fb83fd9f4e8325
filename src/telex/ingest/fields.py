"""Record fields made safe at read time: text or null, a date or null, text without control characters.

Nothing here raises: a field of the wrong type is dropped or converted with a warning, so one odd
field never costs the article. Replacements keep lengths, so offsets into the text stay valid.
"""

from __future__ import annotations

import re
from datetime import date

from telex.errors import InputError
from telex.isodate import date_or_none, parse_date

# C0 controls other than tab, line feed, form feed and carriage return; DEL and the C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def text_field(name: str, value: object, warnings: list[str]) -> str | None:
    """``value`` as text: a string as given (None when blank), a number as its digits, anything else None."""
    if value is None:
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
    """``value`` as a date; one that cannot be read is None with a warning (the article is kept)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        try:
            return parse_date(value, name)
        except InputError:
            found = date_or_none(value)
            if found is not None:
                return found
    shown = value if isinstance(value, str | int | float) else type(value).__name__
    warnings.append(f"{name} {shown!r} is not a date (write YYYY-MM-DD); stored without one")
    return None


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
