"""The article's headline: its first line when that line is the title, not the body's first sentence.

Quote trackers count the statements of an article's body; a headline's quote ("Senator: ‘We Will Not Back Down’")
most often repeats one the body gives in full. The first line is the headline when the input's ``title`` is that line
(up to punctuation, or the line is the title's start, as a feed that cuts a title at its semicolon gives it), or, with
no such title, when it has a headline's shape and the body follows it: a line in title case or capitals, or a
paragraph of its own with no closing punctuation. A first line that is a sentence in sentence case ("The senator said
on Monday that …") is the body's, whatever follows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from telex.nlp.casing import is_shouting
from telex.records import Quote, Span

# Longer than this, a line is a paragraph, not a headline (headlines run to about 15 words; PolNeAR's longest have
# 22).
MAX_WORDS = 25
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_WORD = re.compile(r"[^\W_]+")
# What ends a sentence or a clause, before closing quotation marks and brackets: a line ending so is not a bare
# headline ("He told the crowd:", "… in Iowa.").
_CLOSED = re.compile(r"[.!?…:,][’”\"'»)\]]*$")
# A blank line: what follows is a paragraph of its own.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def headline_span(text: str, title: str | None = None) -> Span | None:
    """The ``[start, end)`` of ``text``'s headline line, or None when its first line is the body's."""
    first = _LINE.search(text)
    if first is None or not text[first.end() :].strip():
        return None  # a text of one line is all body
    line = first.group()
    if (title is not None and _is_title(line, title)) or _headline_shape(line, text, first.end()):
        start = first.start() + len(line) - len(line.lstrip())
        return start, first.start() + len(line.rstrip())
    return None


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _is_title(line: str, title: str) -> bool:
    """Whether ``line`` is ``title``, up to case and punctuation, or its start ("Polls miss Trump's fall;" of "Polls
    miss Trump's fall; Iowa surprises")."""
    words, titled = _words(line), _words(title)
    return bool(words) and titled[: len(words)] == words


def _headline_shape(line: str, text: str, end: int) -> bool:
    """Whether a first line looks like a headline: short, and in title case or capitals, or alone in its paragraph
    with no closing punctuation (a hard-wrapped sentence goes on in the next line)."""
    if len(line.split()) > MAX_WORDS:
        return False
    if is_shouting(line):
        return True
    return not _CLOSED.search(line.rstrip()) and _PARAGRAPH_BREAK.match(text, end) is not None


def in_headline(quotes: Sequence[Quote], headline: Span | None) -> list[Quote]:
    """``quotes`` with ``headline`` set on each that starts in the ``headline`` line."""
    if headline is None:
        return list(quotes)
    start, end = headline
    return [replace(q, headline=start <= q.start < end) for q in quotes]
