"""The words of a person's name and the sex they mark: its tokens without honorifics and suffixes, its surname, and
the sex an honorific ("Mrs") or a common given name ("Maria") marks.

Pure functions over strings and one table (``data/gender.tsv``). The entity clustering, the actor coder and
coreference all read names, so this sits below them and imports none of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from telex.tables import read_table

_SPLIT = re.compile(r"[\s\-]+")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mr.", "mrs.", "ms.", "dr."})
# Words after a surname that are no part of it: "Harry B. Harris Jr." is called "Harris".
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def name_tokens(name: str) -> list[str]:
    """Lower-case tokens of a person's name without honorifics and suffixes: "Mr. Kim Jong-un" gives kim, jong, un;
    "Harry B. Harris Jr." harry, b., harris."""
    return list(_name_tokens(name))  # a list of its own: a caller may change it, the kept tuple stays


@lru_cache(maxsize=16_384)  # clustering compares every pair of an article's names: each name is split many times
def _name_tokens(name: str) -> tuple[str, ...]:
    return tuple(
        t
        for t in _SPLIT.split(name.lower().replace(".", ". ").strip())
        if t and t not in _HONORIFICS and t.rstrip(".") not in _SUFFIXES
    )


def surname(name: str) -> str:
    """The last word of a person's name, lower-case, without a suffix: "Brent Bozell III" gives bozell,
    "Melissa Mark-Viverito" mark-viverito."""
    words = [w for w in name.lower().split() if w.rstrip(".,") not in _SUFFIXES]
    return words[-1].rstrip(",") if words else ""


@lru_cache(maxsize=1)
def gendered_words() -> dict[tuple[str, str], str]:
    """Gender by (kind, lower-case word) in ``gender.tsv``: kinds are honorific, given, role and office."""
    return {(row["kind"], row["word"]): row["gender"] for row in read_table("gender.tsv")}


def honorific_gender(word: str) -> str | None:
    """ "Mrs" and "Ms" mark a woman, "Mr" a man; any other word nothing."""
    return gendered_words().get(("honorific", word.lower().rstrip(".")))


def is_given_name(word: str) -> bool:
    """ "Mark", "Maria": a common given name of either sex that the table knows."""
    return ("given", word.lower()) in gendered_words()


def name_gender(name: str) -> str | None:
    """The gender a full name's honorific or given name marks: "Mrs Lee", "Maria Costa"; a bare surname none."""
    first = name.split()[0] if name.split() else ""
    honorific = honorific_gender(first)
    if honorific is not None:
        return honorific
    parts = name_tokens(name)
    if len(parts) < 2 or len(name.split()) < 2:
        return None  # "Jordan" alone may be a surname, "Mark-Viverito" is one
    return gendered_words().get(("given", parts[0]))
