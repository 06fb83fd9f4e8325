"""The sentence that proves a finding, cut from the article text on one line."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’»“]?\s+|\n")


def evidence(text: str, start: int, end: int) -> str:
    """The sentence around ``[start, end)``, on one line."""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    return " ".join(text[left:right].split())
