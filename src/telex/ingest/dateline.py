"""Wire-copy datelines: "GENEVA (Reuters) -", "PYONGYANG, June 19 -", "ABUJA (AFP) —", "(AP) —", "WASHINGTON ―".

A dateline says where and through whom a story was filed; it is not part of the first sentence,
so cleaning cuts a sentence boundary after it and no extractor mistakes the place or the agency
for the subject of that sentence.
"""

from __future__ import annotations

import re

# Datelines open a story: only the first lines are searched.
WINDOW = 400

_PLACE = r"[A-Z][A-Za-z.'’-]*(?:[ ,]+[A-Z0-9][A-Za-z0-9.'’-]*){0,6}"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE})?[ \t]*(?:\((?P<outlet>[^()\n]{{1,40}})\))?[ \t]*[-—–―]{{1,2}}[ \t]+(?=\S)"
)


def dateline(text: str, pos: int = 0) -> re.Match[str] | None:
    """The dateline opening ``text`` at ``pos``, if any (with ``place`` and ``outlet`` groups)."""
    if pos > WINDOW:
        return None
    match = _DATELINE.match(text, pos)
    if match is None or not (match.group("place") or match.group("outlet")):
        return None
    place = match.group("place") or ""
    if place and not match.group("outlet") and not _looks_like_place(place):
        return None
    return match


def _looks_like_place(place: str) -> bool:
    """Without an agency in brackets, only a place in capitals ("PYONGYANG, June 19") is a dateline."""
    head = place.split(",")[0]
    letters = [c for c in head if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


_LINE_START = re.compile(r"^[ \t]*", re.MULTILINE)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# The day a dateline names after its place: "March 3, 2025", "3 March 2025", "Mar. 3" (its year may be left out).
_DAY_WORDS = re.compile(rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)(?!\w)")


def dateline_day(text: str) -> str | None:
    """The words of the day named by the dateline among the first lines of ``text`` ("WASHINGTON, March 3, 2025
    (Reuters) -" gives "March 3, 2025"), if one names a day: the day the story was filed."""
    for line in _LINE_START.finditer(text[:WINDOW]):
        opening = dateline(text, line.end())
        if opening and opening.group("place"):
            found = _DAY_WORDS.search(opening.group("place"))
            if found:
                return found.group()
    return None
