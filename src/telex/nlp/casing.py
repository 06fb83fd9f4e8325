"""A sentence-cased copy of title-case and all-caps lines, for the parser only.

The parser reads every capitalised word of "Biden Aims Insult At Trump, Slams Plan" as a proper noun, so a
headline's verbs and nouns are lost. Such a line is given to the parser as "Biden aims insult at Trump, slams
plan": a word keeps its capitals when the article writes it so inside a sentence elsewhere ("Trump", "FBI"),
or, unseen there, when it is a known name (a country, its people, a town, a region, an organisation), a word of a
person's name, or the place of the story's wire dateline ("GAZA CITY, Dec 3 -"). A known name of several words keeps
its capitals only where the line holds all of it ("Save the Children", not "can save the economy"), and an acronym
("UN") only where the line writes it in capitals, so a title-case "Who" or "Us" is the common word.
Only the first line and the lines cleaning found to be headings are read so.
The copy has the length of the text, so every offset still indexes the text the user gave.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from typing import NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS

from telex.dates import MONTHS, WEEKDAYS
from telex.ingest.dateline import dateline
from telex.tables import read_table

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[A-Za-z]+")
# A line is a headline when it has this many words of four letters or more and each begins with a capital (title
# case), or when nearly all of its letters are capitals.
MIN_CONTENT_WORDS = 3
CAPS_SHARE = 0.9
# A first line or heading in sentence case of at most this many words is a headline; a longer one is prose.
MAX_HEADLINE_WORDS = 20
# Longer words some title-case styles leave in lower case.
_MINOR = frozenset({"with", "from", "into", "onto", "over", "than", "that", "upon", "after", "about", "amid"})
# Words that keep their capital wherever they stand (not "March" and "May", common words as well).
_CALENDAR = frozenset({*WEEKDAYS, *MONTHS}) - {"march", "may"}
# What may stand before a word that starts a sentence or a clause, where a capital says nothing about it.
_OPENERS = frozenset(".!?:;\"“‘'(—–[")
# In a headline a full stop ends an abbreviation ("U.S. Nominates"), rarely a sentence.
_HEADLINE_OPENERS = _OPENERS - {"."}
_APOSTROPHES = frozenset("'’")
# A day of the month after a month's name: "March 23", "MAY 5".
_DATED = re.compile(r" \d{1,2}\b")
# Tables of names whose words keep their capitals in a headline when the article does not write them elsewhere. A
# name of one word ("Kenya", "Hamas", "NATO", "Garissa") keeps them wherever it stands; a name of several words
# ("South Africa", "Save the Children", "Gaza City") only where the line holds all of it, as its words alone are
# often common words ("south", "save", "city").
_NAME_COLUMNS = {
    "countries.tsv": ("name", "aliases", "demonyms", "peoples", "capital"),
    "organisations.tsv": ("name", "aliases"),
    "towns.tsv": ("name", "aliases"),
    "regions.tsv": ("name",),  # its aliases are abbreviations ("Miss.", "Ind."), common words in capitals
    "world_regions.tsv": ("name", "aliases", "adjective"),  # "Europe", "Balkans", "Middle East", "African"
}
# The Phoenix actor dictionaries: their names of a state alone are places of it, read after telex's own tables.
_PHOENIX = "phoenix_actors.tsv"
_TITLE_NAME = re.compile(r"[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|of|de|del|el|al|es|da|do|la))*")
# People's names: each word stands for the person ("Putin", "Merkel"), the whole name too ("Kim Jong Un").
_PERSON_COLUMNS = {
    "politicians.tsv": ("name", "aliases"),
    "leaders.tsv": ("name", "aliases"),
}


def sentence_cased(
    text: str, headings: Sequence[tuple[int, int]] = (), english: Callable[[str], bool] | None = None
) -> str:
    """``text`` with its first line and its ``headings`` in sentence case where they are in title case or capitals;
    other lines are left as they are. ``english`` tells a common word of English (in lower case) from others: a word
    that is none, which the body writes only at the start of a sentence and there with a capital ("Kwame Mensah was
    sworn in ..."), is a name (with no such test, no word is judged so)."""
    lines = list(_LINE.finditer(text))
    titles = _titles(lines, headings)
    shouting = [title and is_shouting(m.group()) for m, title in zip(lines, titles, strict=True)]
    if not any(shouting):
        return text
    body = [_without_dateline(text, m) for m, title in zip(lines, titles, strict=True) if not title]
    forms = _body_forms(line for line, _ in body)
    if english is not None:
        forms.update(_opening_names((line for line, _ in body), forms, english))
    places = _dateline_places(place for _, place in body)
    chars = list(text)
    for match, loud in zip(lines, shouting, strict=True):
        if loud:
            chars[match.start() : match.end()] = _recase(match.group(), forms, places)
    return "".join(chars)


def loud_lines(text: str, headings: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The (start, end) offsets of the headlines in title case or capitals, those ``sentence_cased`` gives the parser
    in sentence case: a full stop after such a line ("Hillary Clinton Accused Of Shocking Act.") ends no sentence."""
    return [m.span() for m in _title_lines(text, headings) if is_shouting(m.group())]


def headline_lines(text: str, headings: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The (start, end) offsets of the headlines: the first line and the headings, those ``sentence_cased`` gives the
    parser in sentence case and those written so of at most ``MAX_HEADLINE_WORDS`` words ("Pfizer deal's tax
    strategy assailed", as Reuters and the AP write their headlines); a longer line in sentence case is prose."""
    return [
        m.span()
        for m in _title_lines(text, headings)
        if is_shouting(m.group()) or len(_WORD.findall(m.group())) <= MAX_HEADLINE_WORDS
    ]


def _title_lines(text: str, headings: Sequence[tuple[int, int]]) -> list[re.Match[str]]:
    """The lines of ``text`` that may be headlines: its first line and its ``headings``."""
    lines = list(_LINE.finditer(text))
    return [m for m, title in zip(lines, _titles(lines, headings), strict=True) if title]


def _titles(lines: Sequence[re.Match[str]], headings: Sequence[tuple[int, int]]) -> list[bool]:
    """Per line, whether it is the first line or a heading: the lines that may be headlines."""
    starts = {start for start, _ in headings}
    first = next((m.start() for m in lines if m.group().strip()), None)
    return [_title_line(m, first, starts) for m in lines]


def _title_line(line: re.Match[str], first: int | None, headings: set[int]) -> bool:
    indent = len(line.group()) - len(line.group().lstrip())
    return line.start() == first or line.start() + indent in headings


def _without_dateline(text: str, line: re.Match[str]) -> tuple[str, str]:
    """A body line with the wire dateline that opens it blanked ("NAIROBI, Kenya (Reuters) - "), and the
    dateline's place: its capitals say nothing of how the article writes those words, but they are a place."""
    indent = len(line.group()) - len(line.group().lstrip())
    opening = dateline(text, line.start() + indent)
    if opening is None:
        return line.group(), ""
    start, end = opening.start() - line.start(), opening.end() - line.start()
    return line.group()[:start] + " " * (end - start) + line.group()[end:], opening.group("place") or ""


def _dateline_places(places: Iterable[str]) -> dict[str, str]:
    """The words of datelines' places ("GAZA CITY", "LA PAZ, Bolivia"), each with a capital: names in a headline."""
    return {word.lower(): word[0].upper() + word[1:].lower() for place in places for word in _WORD.findall(place)
            if len(word) > 1 and word[0].isupper()}


def is_shouting(line: str) -> bool:
    """A line in title case ("Biden Aims Insult At Trump") or in capitals ("BIDEN AIMS INSULT"); a sentence dense
    with names ("President Putin met North Korean leader Kim") has some longer word in lower case."""
    words = _WORD.findall(line)
    letters = "".join(words)
    if len(words) >= MIN_CONTENT_WORDS and _capitals(letters):
        return True
    content = [w for w in words if len(w) > 3 and w.lower() not in _MINOR]
    return len(content) >= MIN_CONTENT_WORDS and all(w[0].isupper() for w in content)


def _capitals(letters: str) -> bool:
    return sum(c.isupper() for c in letters) >= CAPS_SHARE * len(letters)


def _body_forms(lines: Iterable[str]) -> dict[str, str]:
    """How the article writes each word inside a sentence: lower-case key -> its most frequent form."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for line in lines:
        words = list(_WORD.finditer(line))
        loud = _shouted_runs([m.group() for m in words])
        for i, match in enumerate(words):
            if i not in loud and not _opens(line, match.start()):
                counts[match.group().lower()][match.group()] += 1
    return {key: forms.most_common(1)[0][0] for key, forms in counts.items()}


def _opening_names(lines: Iterable[str], forms: dict[str, str], english: Callable[[str], bool]) -> dict[str, str]:
    """Words the body writes only where a sentence starts, with a capital, that are no common word of English
    ("Kwame", "Farida"): names, lower-case key -> the form written."""
    names: dict[str, str] = {}
    for line in lines:
        words = list(_WORD.finditer(line))
        loud = _shouted_runs([m.group() for m in words])
        for i, match in enumerate(words):
            word = match.group()
            key = word.lower()
            if i in loud or key in forms or key in names or not word[0].isupper() or word.isupper() or english(key):
                continue
            names[key] = word
    return names


def _shouted_runs(words: Sequence[str]) -> set[int]:
    """Indexes of words in a run of three or more in capitals inside a line ("INDIANA'S DEMOGRAPHICS FAVOR CRUZ - a
    poll shows …"): a heading run into its text, whose capitals say nothing of how the article writes a word."""
    runs: set[int] = set()
    run: list[int] = []
    for i, word in enumerate([*words, ""]):
        if (len(word) > 1 and word.isupper()) or (word == "S" and run):
            run.append(i)
            continue
        if len(run) >= MIN_CONTENT_WORDS:
            runs.update(run)
        run = []
    return runs


def _opens(line: str, start: int, openers: frozenset[str] = _OPENERS) -> bool:
    """The word at ``start`` begins its line, a sentence or a clause."""
    before = line[:start].rstrip()
    return not before or before[-1] in openers


def _recase(line: str, forms: dict[str, str], places: dict[str, str]) -> str:
    chars = list(line)
    words = list(_WORD.finditer(line))
    loud = _capitals("".join(m.group() for m in words))
    named = _whole_names(line, words, forms)
    for i, match in enumerate(words):
        word = match.group()
        form = named.get(i) or _form(word, line, match.start(), match.end(), forms, places, loud)
        if len(form) == len(word):
            chars[match.start() : match.end()] = form
    return "".join(chars)


def _whole_names(line: str, words: list[re.Match[str]], forms: dict[str, str]) -> dict[int, str]:
    """Words of the line that make up a known name of several words ("SOUTH AFRICA", "Kim Jong Un"), by index,
    each in the table's form; a word the article writes with capitals in a sentence keeps that form."""
    named: dict[int, str] = {}
    i = 0
    while i < len(words):
        name = _name_at(line, words, i)
        for k, form in enumerate(name):
            body = forms.get(form.lower())
            named[i + k] = body if body is not None and not body.islower() else form
        i += max(len(name), 1)
    return named


def _name_at(line: str, words: list[re.Match[str]], i: int) -> tuple[str, ...]:
    """The longest known name of several words that starts at word ``i`` of the line, if one does."""
    for name in known_names().phrases.get(words[i].group().lower(), ()):  # longest first
        if i + len(name) <= len(words) and all(
            words[i + k].group().lower() == name[k].lower()
            and (k == 0 or _joined(line[words[i + k - 1].end() : words[i + k].start()]))
            for k in range(len(name))
        ):
            return name
    return ()


def _joined(between: str) -> bool:
    """What may stand between two words of one name: a space, a hyphen, an apostrophe, a full stop."""
    return len(between) <= 2 and all(c in " -'’." for c in between)


def _form(
    word: str, line: str, start: int, end: int, forms: dict[str, str], places: dict[str, str], loud: bool
) -> str:
    key = word.lower()
    if line[start - 1 : start] in _APOSTROPHES:
        return key  # "TRUMP'S", "DON'T"
    if len(word) == 1:
        # "U.S.", "John F. Kennedy", "I", "Q&A": a letter alone keeps its case; the article "A" does not.
        article = word == "A" and line[end : end + 1] != "." and line[start - 1 : start] in ("", " ")
        return _first(key, line, start) if article else word
    if key in forms:
        form = forms[key]
        return form if not form.islower() else _first(form, line, start)
    if key in _CALENDAR or (_DATED.match(line, end) and key in MONTHS):
        return key.capitalize()  # "Friday", "June"; "March 23", "May 5"
    if key in places:
        return places[key]
    known = known_names().words.get(key)
    if known is not None and (loud or not known.isupper() or word.isupper()):
        return known  # an acronym ("UN", "NATO") only where the line writes it so, or writes all in capitals
    return _first(key, line, start)


def _first(word: str, line: str, start: int) -> str:
    """A common word: lower case, with a capital at the start of the line, after a colon or after a sentence."""
    if _opens(line, start, _HEADLINE_OPENERS) or _after_sentence(line[:start]):
        return word[0].upper() + word[1:]
    return word


def _after_sentence(before: str) -> bool:
    """A full stop after a word of four letters or more ends a sentence ("… A Firestorm. His Response"); after a
    letter or a short abbreviation ("U.S.", "Gov.") it does not."""
    found = re.search(r"([A-Za-z]+)\.\s+$", before)
    return found is not None and len(found.group(1)) >= 4


class KnownNames(NamedTuple):
    """Names of the tables as the headline casing reads them."""

    words: dict[str, str]  # a word that is a name alone, or a word of a person's name: "iran" -> "Iran"
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # first word -> names of several words, longest first


@cache
def known_names() -> KnownNames:
    """Words and names of several words of the name tables as the tables write them ("nato": "NATO")."""
    words: dict[str, str] = {}
    phrases: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for value, table in _names():
        parts = tuple(_WORD.findall(value))
        if len(parts) > 1:
            phrases[parts[0].lower()].add(parts)
        alone = parts if table in _PERSON_COLUMNS else parts if len(parts) == 1 else ()
        for word in alone:
            if _name_word(word, table):
                words.setdefault(word.lower(), word)
    longest = {first: tuple(sorted(names, key=lambda name: (-len(name), name))) for first, names in phrases.items()}
    return KnownNames(words, longest)


def _names() -> Iterator[tuple[str, str]]:
    """Every name of the tables with the table it is from; places and bodies first, then people, then the places
    the Phoenix dictionaries give a state."""
    for table, columns in (*_NAME_COLUMNS.items(), *_PERSON_COLUMNS.items()):
        for row in read_table(table):
            for column in columns:
                cell = row[column]
                yield from ((value, table) for value in (cell if isinstance(cell, list) else [cell]) if value)
    yield from ((name, _PHOENIX) for name in _phoenix_places())


def _phoenix_places() -> Iterator[str]:
    """The names the Phoenix dictionaries code as a state alone: its towns, regions and other spellings ("Kandahar",
    "Mombasa", "Andhra Pradesh" as AFG, KEN, IND), those spelt in title case (not "AL 'iraq", "NEW Caledonia")."""
    states = {row["iso3"] for row in read_table("countries.tsv")}
    for row in read_table(_PHOENIX):
        if row["roles"] and all(role in states for role in row["roles"]):
            yield from (name for name in (row["name"], *row["aliases"]) if _TITLE_NAME.fullmatch(name))


def _name_word(word: str, table: str) -> bool:
    """A word that may stand for a name alone: capitalised and no common word of English ("Do" of "Do Muoi",
    "WHO"), save a country's name ("US")."""
    if len(word) < 2 or not word[0].isupper() or word.lower() in _STOP:
        return False
    return table == "countries.tsv" or word.lower() not in STOP_WORDS


# Words of names that are common words too ("Republic of", "New Zealand").
_STOP = frozenset({
    "the", "of", "and", "for", "in", "on", "at", "to", "by", "with", "from", "as", "an", "a", "or", "new", "will",
    "may", "can", "all", "not", "no", "more", "most", "over", "under", "after", "before", "about", "against", "up",
    "down", "out", "off", "into", "between",
})
