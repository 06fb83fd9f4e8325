"""Pair quote marks in plain text: which characters open and close a quotation, in any typography.

Pure string logic, no model. Apostrophes (Russia's, don’t, the '90s, students') are told apart from
single quote marks by the characters around them. A quotation never crosses a paragraph break unless
the next paragraph opens with a quote mark again (the wire convention for a quote that runs on);
an opening mark that is never closed yields nothing rather than a runaway span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from telex.records import Span

_PARAGRAPH = re.compile(r"[^\n]+")
# Characters after which a straight quote mark opens rather than closes.
_OPEN_BEFORE = set(" \t\n([{—–-/:;") | {""}
_CLOSE_AFTER = set(" \t\n)]}.,;:!?—–-…") | {""}
_ELISIONS = ("em", "til", "cause", "n'", "tis", "twas")


@dataclass(frozen=True)
class MarkedSpan:
    """A quotation from its opening mark to just after its closing mark; ``pieces`` per paragraph."""

    start: int
    end: int
    pieces: tuple[Span, ...]

    def inner(self, text: str) -> str:
        """The quoted words without the outer marks."""
        return text[self.start + 1 : self.end - 1]


@dataclass
class _Open:
    char: str
    at: int


def _before(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else ""


def _after(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else ""


def _is_apostrophe(text: str, i: int) -> bool:
    """A ' or ’ inside or at the edge of a word: don't, Russia's, the '90s, 'em."""
    prev, nxt = _before(text, i), _after(text, i)
    if prev.isalnum() and nxt.isalpha():
        return True
    if nxt.isdigit() and (prev in _OPEN_BEFORE) and re.match(r"\d\ds\b|\d\d\b", text[i + 1 : i + 4]):
        return True
    return any(text.startswith(e, i + 1) and not _after(text, i + len(e)).isalpha() for e in _ELISIONS)


def _closes_word(prev: str, nxt: str) -> bool:
    """A mark right after a word or its punctuation and before a space or punctuation ends a quotation."""
    return prev not in _OPEN_BEFORE and not prev.isspace() and nxt in _CLOSE_AFTER


def _role(text: str, i: int, pending: _Open | None) -> str | None:
    """Whether the mark at ``i`` opens ("open"), closes ("close") or is no quote mark (None)."""
    c = text[i]
    prev, nxt = _before(text, i), _after(text, i)
    if c in "„«‹":
        return "open"
    if c in "»›":
        return "close"
    if c == "“":
        # German „…“ closes with “; English opens with it, and a typo closes with it too: “We agree,“ she said.
        if pending is not None and (pending.char == "„" or (pending.char == "“" and _closes_word(prev, nxt))):
            return "close"
        return "open"
    if c == "”":
        if pending is None and (prev in _OPEN_BEFORE) and nxt.isalnum():
            return "open"  # Swedish/Finnish ”…” or a typo: treat as opener only at a word start
        return "close"
    if c == "‘":
        return None if _is_apostrophe(text, i) else "open"
    if c in "’'":
        if _is_apostrophe(text, i):
            return None
        if pending is not None and pending.char in "‘'" and nxt in _CLOSE_AFTER | {"’", "”", '"'}:
            return "close"
        if c == "'" and prev in _OPEN_BEFORE and nxt.isalpha():
            return "open"
        return None
    if c == '"':
        if pending is not None and pending.char in '"„“”' and prev not in " \t\n":
            return "close"
        if pending is not None and pending.char == '"' and _stray_space_close(text, i):
            return "close"  # "… what does that mean? " Clinton asked: a space slipped in before the closing mark
        if prev in _OPEN_BEFORE or prev in "‘'(":
            return "open" if nxt not in " \t\n" else None
        return "close" if pending is not None else None
    return None


def _stray_space_close(text: str, i: int) -> bool:
    """Whether a straight mark standing alone between spaces ends the words before it: they close on a sentence's
    punctuation or a comma one space before it, and a space or the line's end follows ("mean? " Clinton asked")."""
    before = text[max(0, i - 2) : i]
    return len(before) == 2 and before[1] == " " and before[0] in ".,?!…" and _after(text, i) in ("", " ", "\n")


_MARKS = "„“”«»‹›‘’'\""
_MARK = re.compile(f"[{re.escape(_MARKS)}]")
_CLOSERS = {"„": '“”"', "“": '”"“', "”": '”"', "«": "»", "‹": "›", "»": "«", "‘": "’'", "'": "'’", '"': '"”“'}


_DOUBLED = re.compile(r"''|``")


def _undouble(text: str) -> str:
    """Read '' and `` (typewriter double quotes) as one " on the side facing the quoted words."""

    def one(match: re.Match[str]) -> str:
        end = match.end()
        opening = match.group() == "``" or (end < len(text) and text[end].isalnum())
        return ' "' if opening else '" '

    return _DOUBLED.sub(one, text)


_SINGLE_OPENERS = frozenset("‘'‹")
_DOUBLE_CLOSERS = frozenset('”"»')


def _closed_level(stack: list[_Open], mark: str) -> int | None:
    """The index in ``stack`` of the opening mark a closing ``mark`` closes: the last one, or for a double mark the
    double one below single marks left open inside it (“… ‘We’re first, ‘ well I’m not …” ends at ”)."""
    level = len(stack) - 1
    while level >= 0 and mark not in _CLOSERS[stack[level].char]:
        if mark not in _DOUBLE_CLOSERS or stack[level].char not in _SINGLE_OPENERS:
            return None
        level -= 1
    return level if level >= 0 else None


def find_quotations(text: str) -> list[MarkedSpan]:
    """Every top-level quotation in ``text``, in order; nested quote marks stay inside their parent."""
    return list(_quotations(text))


@lru_cache(maxsize=4)  # an article's text is read by the quotes and by coreference
def _quotations(text: str) -> tuple[MarkedSpan, ...]:
    text = _undouble(text)
    found: list[MarkedSpan] = []
    stack: list[_Open] = []
    carry: list[Span] = []  # finished pieces of a quotation running over paragraphs
    carry_start: int | None = None
    for para in _PARAGRAPH.finditer(text):
        p_start, p_end = para.start(), para.end()
        first = p_start + len(para.group()) - len(para.group().lstrip())
        if carry_start is not None and (first >= p_end or text[first] not in "„“”«‹‘'\""):
            carry, carry_start = [], None  # the run-on quotation was never closed: drop it
        for mark in _MARK.finditer(text, first, p_end):
            i = mark.start()
            pending = stack[-1] if stack else None
            role = _role(text, i, pending)
            closed = _closed_level(stack, text[i]) if role == "close" else None
            if closed is not None:
                pending = stack[closed]
                del stack[closed:]
                if not stack:
                    start = carry_start if carry_start is not None else pending.at
                    found.append(MarkedSpan(start, i + 1, (*carry, (pending.at, i + 1))))
                    carry, carry_start = [], None
            elif role == "open" and len(stack) < 3:
                stack.append(_Open(text[i], i))
        if stack:
            # An unclosed quotation may run on into the next paragraph if that one opens with a mark.
            outer = stack[0]
            if carry_start is None:
                carry_start = outer.at
            carry.append((outer.at, p_end))
            stack = []
    return tuple(found)


def word_count(text: str) -> int:
    """Words in ``text`` (letters or digits), used to tell scare quotes from statements."""
    return len(re.findall(r"[\w’'-]+", text))


def trim_span(text: str, start: int, end: int) -> Span:
    """Shrink ``[start, end)`` past spaces, quote marks and punctuation at both ends."""
    junk = set(" \t\n\r\xa0.,;:!?—–-…\"'“”„«»‹›‘’()[]")
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end
