"""Offset-preserving cleaning: junk is masked with spaces of equal length, never deleted.

The cleaned text has exactly the length of the input, so every offset computed on it indexes the
text the user gave. Besides the masked text, cleaning reports where a sentence must start
(paragraph breaks, headings) so the parser never glues a heading onto the sentence before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from telex.ingest.dateline import dateline
from telex.records import Span

# A stray fragment of markup left by a scraper: a whole tag, a tag missing its "<" or ">", or an
# HTML entity. Only fragments that stand alone on their line are masked when they lack brackets,
# so "a > b" in prose survives.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s+[^<>\n]*)?/?>")
_ORPHAN_LINE = re.compile(r"(?m)^[ \t]*(?:</?[A-Za-z]{1,10}/?|/?[A-Za-z]{1,10}/?>)[ \t]*$")
_ENTITY = re.compile(r"&(?:nbsp|#160|#xa0|zwnj|shy);", re.IGNORECASE)
# Noise that costs the parser time growing faster than its length (16,000 "!" took minutes): a unit of
# one to four characters repeated past MAX_RUN characters ("!!!!…", "______", "! ! ! !", a row of one
# emoji, "ha ha ha …"), or a long stretch of symbols with at most single spaces between them, not
# counting the punctuation that ends the word before it. Neither is prose; both are masked like markup.
MAX_RUN = 32
_REPEAT = re.compile(r"(.{1,4}?)\1{7,}", re.DOTALL)
_SYMBOLS = re.compile(r"(?<![^\s])(?:[^\w\s]|_)(?:\s?(?:[^\w\s]|_)){63,}")
_LINE = re.compile(r"[^\n]*\n?")
_TERMINAL = tuple(".!?:;\"'”’»…)")
_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Cleaned:
    """The text to parse (same length as the input) and what cleaning learnt about its layout."""

    text: str
    sentence_starts: tuple[int, ...]
    headings: tuple[Span, ...]
    warnings: tuple[str, ...]


def mask_markup(text: str) -> tuple[str, list[Span]]:
    """Replace stray tags and entities by spaces of the same length; return the masked spans."""
    spans: list[Span] = []
    for pattern in (_TAG, _ORPHAN_LINE, _ENTITY):
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                spans.append((start, end))
    spans = merge_spans(spans)
    return _blanked(text, spans), spans


def mask_runs(text: str) -> tuple[str, list[Span]]:
    """Replace noise runs longer than ``MAX_RUN`` characters by spaces; return the masked spans."""
    spans = [
        match.span()
        for pattern in (_REPEAT, _SYMBOLS)
        for match in pattern.finditer(text)
        if match.end() - match.start() > MAX_RUN and not match.group().isspace()
    ]
    spans = merge_spans(spans)
    return _blanked(text, spans), spans


def _blanked(text: str, spans: list[Span]) -> str:
    """``text`` with each of ``spans`` replaced by as many spaces, so that every offset still points where it did."""
    if not spans:
        return text  # most texts: no copy of a long one
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """The spans in order, those that overlap or touch joined into one."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def is_heading(line: str) -> bool:
    """A short line in capitals, or a short line in title case without closing punctuation."""
    stripped = line.strip()
    if not stripped or len(stripped) > 120 or not _LETTER.search(stripped):
        return False
    letters = [c for c in stripped if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 and len(letters) >= 3:
        return True
    words = stripped.split()
    if len(words) > 12 or stripped.endswith(_TERMINAL):
        return False
    content = [w for w in words if len(w) > 3]
    return bool(content) and sum(w[0].isupper() for w in content) / len(content) >= 0.6


def layout(text: str) -> tuple[list[int], list[Span]]:
    """Offsets where a sentence must start, and heading line spans.

    A sentence starts after a blank line, at a heading, after a heading, after a dateline, and after
    a line that ends a sentence; a hard-wrapped line that does not end one continues its sentence.
    """
    starts: list[int] = []
    headings: list[Span] = []
    previous_ends_unit = True
    for match in _LINE.finditer(text):
        line = match.group()
        if not line:
            break
        body = line.rstrip()
        if not body.strip():
            previous_ends_unit = True
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        end = match.start() + len(body)
        heading = is_heading(body) and previous_ends_unit
        if previous_ends_unit or heading:
            starts.append(start)
            opening = dateline(text, start)
            if opening and not heading:
                starts.append(opening.end())
        if heading:
            headings.append((start, end))
        previous_ends_unit = heading or body.endswith(_TERMINAL)
    return starts, headings


def clean(text: str) -> Cleaned:
    """Mask junk and find the layout of ``text``; the result has the same length."""
    quiet, runs = mask_runs(text)
    masked, spans = mask_markup(quiet)
    starts, headings = layout(masked)
    warnings = tuple(f"stray markup masked at {start}-{end}" for start, end in spans) + tuple(
        f"run of {end - start} repeated characters masked at {start}-{end}" for start, end in runs
    )
    return Cleaned(masked, tuple(starts), tuple(headings), warnings)
