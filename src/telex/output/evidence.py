"""The sentence that proves a finding, cut from the article text on one line."""

from __future__ import annotations

import re
from bisect import bisect_right

# A sentence ends after its full stop, question or exclamation mark and the closing quotation mark that may follow
# it ('he said. "We signed it."' keeps its '"'), or at a line break, unless the next line goes on in lower case (a
# text wrapped at a fixed width: 'that the West\nwould fail').
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’»“]))\s+|\n(?![ \t]*[a-z])")

# Where the sentence breaks of a text lie: their starts and their ends, in order.
Breaks = tuple[list[int], list[int]]


def sentence_breaks(text: str) -> Breaks:
    """The sentence breaks of ``text``, found once for ``evidence`` to cut several sentences of it."""
    spans = [m.span() for m in _SENTENCE_END.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


def evidence(text: str, start: int, end: int, breaks: Breaks | None = None) -> str:
    """The sentence around ``[start, end)``, on one line; ``breaks`` are ``sentence_breaks(text)`` when known."""
    left = _sentence_start(text, start, breaks)
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    return " ".join(text[left:right].split())


def _sentence_start(text: str, start: int, breaks: Breaks | None) -> int:
    """The end of the last break in ``text[:start]``: a break running over ``start`` counts as cut there."""
    if breaks is None:
        left = 0
        for match in _SENTENCE_END.finditer(text, 0, start):
            left = match.end()
        return left
    starts, ends = breaks
    i = bisect_right(ends, start)
    left = ends[i - 1] if i else 0
    if i < len(starts) and starts[i] < start:
        cut = _SENTENCE_END.match(text, starts[i], start)
        left = cut.end() if cut else left
    return left
