"""A sentence-cased copy of title-case and all-caps lines, for the parser only.

The parser reads every capitalised word of "Biden Aims Insult At Trump, Slams Plan" as a proper noun, so a
headline's verbs and nouns are lost. Such a line is given to the parser as "Biden aims insult at Trump, slams
plan": a word keeps its capitals when the article writes it so inside a sentence elsewhere ("Trump", "FBI"),
or, unseen there, when it is part of a known name (a country, its people, a politician, an organisation).
Only the first line and the lines cleaning found to be headings are read so.
The copy has the length of the text, so every offset still indexes the text the user gave.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cache

from telex.dates import MONTHS, WEEKDAYS
from telex.tables import read_table

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[A-Za-z]+")
# A line is a headline when it has this many words of four letters or more and each begins with a capital (title
# case), or when nearly all of its letters are capitals.
MIN_CONTENT_WORDS = 3
CAPS_SHARE = 0.9
# Longer words some title-case styles leave in lower case.
_MINOR = frozenset({"with", "from", "into", "onto", "over", "than", "that", "upon", "after", "about", "amid"})
# Words that keep their capital wherever they stand (not "March" and "May", common words as well).
_CALENDAR = frozenset({*WEEKDAYS, *MONTHS}) - {"march", "may"}
# What may stand before a word that starts a sentence or a clause, where a capital says nothing about it.
_OPENERS = frozenset(".!?:;\"“‘'(—–[")
# In a headline a full stop ends an abbreviation ("U.S. Nominates"), rarely a sentence.
_HEADLINE_OPENERS = _OPENERS - {"."}
_APOSTROPHES = frozenset("'’")
# Name tables whose words keep their capitals in a headline when the article does not write them elsewhere.
_NAME_COLUMNS = {
    "countries.tsv": ("name", "aliases", "demonyms", "peoples", "capital"),
    "politicians.tsv": ("name", "aliases"),
    "leaders.tsv": ("name", "aliases"),
    "organisations.tsv": ("name", "aliases"),
}


def sentence_cased(text: str, headings: Sequence[tuple[int, int]] = ()) -> str:
    """``text`` with its first line and its ``headings`` in sentence case where they are in title case or capitals;
    other lines are left as they are."""
    lines = list(_LINE.finditer(text))
    starts = {start for start, _ in headings}
    first = next((m.start() for m in lines if m.group().strip()), None)
    shouting = [_title_line(m, first, starts) and is_shouting(m.group()) for m in lines]
    if not any(shouting):
        return text
    forms = _body_forms(m.group() for m, loud in zip(lines, shouting, strict=True) if not loud)
    chars = list(text)
    for match, loud in zip(lines, shouting, strict=True):
        if loud:
            chars[match.start() : match.end()] = _recase(match.group(), forms)
    return "".join(chars)


def _title_line(line: re.Match[str], first: int | None, headings: set[int]) -> bool:
    indent = len(line.group()) - len(line.group().lstrip())
    return line.start() == first or line.start() + indent in headings


def is_shouting(line: str) -> bool:
    """A line in title case ("Biden Aims Insult At Trump") or in capitals ("BIDEN AIMS INSULT"); a sentence dense
    with names ("President Putin met North Korean leader Kim") has some longer word in lower case."""
    words = _WORD.findall(line)
    letters = "".join(words)
    if len(words) >= MIN_CONTENT_WORDS and sum(c.isupper() for c in letters) >= CAPS_SHARE * len(letters):
        return True
    content = [w for w in words if len(w) > 3 and w.lower() not in _MINOR]
    return len(content) >= MIN_CONTENT_WORDS and all(w[0].isupper() for w in content)


def _body_forms(lines: Iterable[str]) -> dict[str, str]:
    """How the article writes each word inside a sentence: lower-case key -> its most frequent form."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for line in lines:
        for match in _WORD.finditer(line):
            if not _opens(line, match.start()):
                counts[match.group().lower()][match.group()] += 1
    return {key: forms.most_common(1)[0][0] for key, forms in counts.items()}


def _opens(line: str, start: int, openers: frozenset[str] = _OPENERS) -> bool:
    """The word at ``start`` begins its line, a sentence or a clause."""
    before = line[:start].rstrip()
    return not before or before[-1] in openers


def _recase(line: str, forms: dict[str, str]) -> str:
    chars = list(line)
    for match in _WORD.finditer(line):
        word = match.group()
        form = _form(word, line, match.start(), match.end(), forms)
        if len(form) == len(word):
            chars[match.start() : match.end()] = form
    return "".join(chars)


def _form(word: str, line: str, start: int, end: int, forms: dict[str, str]) -> str:
    key = word.lower()
    if line[start - 1 : start] in _APOSTROPHES:
        return key  # "TRUMP'S", "DON'T"
    if len(word) == 1:
        # "U.S.", "John F. Kennedy", "I": a letter alone keeps its case; the article "A" does not.
        return word if word != "A" or line[end : end + 1] == "." else _first(word, line, start)
    if key in forms:
        form = forms[key]
        return form if not form.islower() else _first(form, line, start)
    if key in _CALENDAR:
        return key.capitalize()
    known = name_words().get(key)
    if known is not None:
        return known
    return _first(key, line, start)


def _first(word: str, line: str, start: int) -> str:
    """A common word: lower case, with a capital at the start of the line or after a colon."""
    return word[0].upper() + word[1:] if _opens(line, start, _HEADLINE_OPENERS) else word


@cache
def name_words() -> dict[str, str]:
    """Words of known names as the tables write them ("iran": "Iran", "nato": "NATO"), stop words excepted."""
    words: dict[str, str] = {}
    for table, columns in _NAME_COLUMNS.items():
        for row in read_table(table):
            for column in columns:
                values = row[column] if isinstance(row[column], list) else [row[column]]
                for value in values:
                    for word in _WORD.findall(value):
                        if len(word) > 1 and word[0].isupper() and word.lower() not in _STOP:
                            words.setdefault(word.lower(), word)
    return words


# Words of names that are common words too ("Republic of", "New Zealand").
_STOP = frozenset({
    "the", "of", "and", "for", "in", "on", "at", "to", "by", "with", "from", "as", "an", "a", "or", "new", "will",
    "may", "can", "all", "not", "no", "more", "most", "over", "under", "after", "before", "about", "against", "up",
    "down", "out", "off", "into", "between",
})
