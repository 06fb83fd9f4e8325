"""The words at the edges of a name found in a phrase: whether they make it part of a longer name ("Khan Younis",
"Green Party"), or the place or month a surname also is ("in Lagos", "in May")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from telex.actors.spelling import capitalised
from telex.actors.table import ActorTable, name_key
from telex.actors.word_lists import PLACE_PREPS
from telex.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from telex.entities.person_names import is_given_name

HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "madam", "gen", "general", "prof", "president", "premier"})


# Days and months, which a surname may also be ("May", "March").
CALENDAR = frozenset({*WEEKDAYS, *MONTHS, *MONTH_ABBREVIATIONS})


# Words before a place's name that name a part of it: "North Waziristan", "Southern Sudan", "Greater Manchester".
_QUARTERS = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
        "greater", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
        "southwestern",
    }
)  # fmt: skip


# The most words of a Phoenix name that is often an ordinary word or name too ("Foundation", "Direct Action").
_SHORT_NAME = 2


def fallback_here(words: Sequence[str], start: int, end: int, table: ActorTable) -> bool:
    """``words[start:end]``, a body or a place of the Phoenix dictionaries, names it here. A name of one or two words,
    often an ordinary word or name too, must stand alone, not as a part of a longer name no table knows ("Dallas
    Mavericks", "Clinton Foundation", "Philando Castile", "Direct Action Everywhere"), nor after a person's honorific
    ("Mr. Rhodes" is no Greek island); a longer one is distinctive ("Ku Klux Klan Grand Wizard David Duke")."""
    if end - start > _SHORT_NAME:
        return True
    return not after_honorific(words, start) and alone_as_name(words, start, end, table)


def after_honorific(words: Sequence[str], start: int) -> bool:
    """``words[start]`` comes right after a person's honorific, which makes it a surname whatever else it names: "Mr.
    Rhodes" (no Greek island), "Ms. Gao" (no province of Mali), "Mr . Jordan" as words_of may split it."""
    back = start - 2 if start > 1 and words[start - 1] == "." else start - 1
    return back >= 0 and words[back].lower().rstrip(".") in HONORIFICS


def alone_as_name(words: Sequence[str], start: int, end: int, table: ActorTable) -> bool:
    """``words[start:end]`` stand alone as a name, not as part of another name ("Levy Mwanawasa", "Khan Younis"): no
    capitalised word is next to them but a title, an honorific, a month or a name the tables know."""
    return not any(0 <= j < len(words) and name_goes_on(words, j, j < start, table) for j in (start - 1, end))


def grammar_word(word: str) -> bool:
    """A word of grammar that a sentence or a headline opens with a capital before a name ("And Sanders", "But Cruz"),
    not a given name as well ("Will Hurd"); after a name such a word may be more of it ("Direct Action Everywhere")."""
    return word.lower() in STOP_WORDS - _NEGATIONS and not is_given_name(word)


# Words of grammar that make a stance of the name after them ("the Never Trump movement"), as "anti-" does.
_NEGATIONS = frozenset({"never", "not", "no", "nor", "neither", "none"})


def given_name_at(words: Sequence[str], j: int, table: ActorTable) -> bool:
    """``words[j]`` is a given name that is no place nor other name the tables know, nor a word of grammar, so a state's
    name or demonym right after it is a surname: "Brian France" (NASCAR's chief), "Rep. Steve Israel", "Mark Cuban";
    not "Jordan Israel" (a state), "Will China retaliate?"."""
    given = words[j]
    return is_given_name(given) and given.lower() not in STOP_WORDS and name_goes_on(words, j, True, table)


def name_goes_on(words: Sequence[str], j: int, before: bool, table: ActorTable) -> bool:
    """``words[j]``, next to a name (``before`` it or after it), is more of a longer name: a capitalised word other
    than a title, an honorific, a month or a name the tables know, or a middle initial before it."""
    word = words[j]
    if before and initial(word):  # "Lyndon B. Johnson": a middle initial belongs to a full name
        return True
    if not (capitalised(word) and word.replace("-", "").isalpha()):
        return False  # "al-Assad" after "Maher" is more of a name, as "Assad" would be
    lowered = word.lower().rstrip(".")
    if lowered in table.role_words or lowered in HONORIFICS or lowered in CALENDAR or (before and grammar_word(word)):
        return False
    if before and lowered in _QUARTERS:  # "North Waziristan", "Upper Egypt": a part of the place
        return False
    return not _known_name_at(words, j, before, table)


def _known_name_at(words: Sequence[str], j: int, ending: bool, table: ActorTable) -> bool:
    """A name or demonym the tables know, of up to three words, ends at ``words[j]`` (``ending``) or begins there:
    "Israel", "the United States Pacific Command"."""
    for n in (1, 2, 3):
        first = j - n + 1 if ending else j
        if first < 0 or first + n > len(words):
            continue
        key = name_key(" ".join(words[first : first + n]))
        if key in table.names or key in table.demonyms:
            return True
    return False


def heads_a_name(words: Sequence[str], i: int, table: ActorTable) -> bool:
    """``words[i]`` opens the name of a body, a capitalised sector word after it: "Green Party", "Fox Business
    Network" are no bodies of Rosario Green or Vicente Fox. A title comes before a surname, not after it; only a
    government is named by its head ("the Obama Administration")."""
    after = words[i + 1] if i + 1 < len(words) else ""
    sector = table.sectors.get(after.lower())
    return after[:1].isupper() and sector is not None and sector != "GOV"


def opens_a_group(words: Sequence[str], i: int, table: ActorTable) -> bool:
    """``words[i]``, a surname, is a capitalised adjective before a party's or a people's word and the noun of a group
    of people they qualify: "Key Democratic lawmakers", "Young Republican voters" name no John Key nor Mr Young."""
    for n in (3, 2, 1):
        end = i + 1 + n
        if end >= len(words) or not words[end][:1].islower() or words[end].lower() not in table.sectors:
            continue
        key = name_key(" ".join(words[i + 1 : end]))
        known = table.names.get(key)
        if key in table.demonyms or (known is not None and known.sector == "PTY"):
            return True
    return False


def place_here(words: Sequence[str], i: int, table: ActorTable) -> bool:
    """``words[i]``, a surname that is also a town ("Lagos", "Toledo"), stands where a place stands: before the
    noun it modifies ("Lagos residents"), after a place preposition ("in Lagos") or after a common noun's "of"
    ("residents of Lagos"), with no title before it."""
    if not table.is_place(words[i]):
        return False
    before = words[i - 1].lower().rstrip(".") if i > 0 else ""
    if before == "of":
        # "residents of Lagos": after the "of" of a common noun, a place, as after "in" ("President Lagos of Chile").
        return i > 1 and words[i - 2][:1].islower()
    if before in HONORIFICS or before in table.role_words:
        return False
    return before in PLACE_PREPS or (i + 1 < len(words) and words[i + 1][:1].islower())


# Words before a month that make it a time ("in May", "since June"), not the surname of a person ("Theresa May").
_TIME_WORDS = frozenset({"in", "since", "until", "till", "during", "through", "early", "late", "mid", "last", "next"})


def month_here(words: Sequence[str], i: int) -> bool:
    """``words[i]``, a surname that is also a month ("May"), stands as a month: after a word of time ("in May",
    "since May") or before a day or year ("May 5", "May 2014")."""
    if words[i].lower() not in CALENDAR:
        return False
    before = words[i - 1].lower() if i > 0 else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    return before in _TIME_WORDS or after[:1].isdigit()


def initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."
