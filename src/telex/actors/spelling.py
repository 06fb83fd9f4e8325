"""A person's full name written in a spelling no table lists: "Hosni Moubarak", "Vladimir Poutine", "Moammar Kadhafi".

News transliterates names from Arabic, Russian or Persian in several ways; the tables hold the common spellings only.
A name of two or more words is matched to a person of telex's own tables when one part is written as the tables write
it and the other is the same name in another transliteration: the same consonants once vowels, "h", doubled letters and
the letters transliterations swap (k, q, g, c; ou and u) are set aside, and close in letters as well. A bare surname is
never matched this way: surnames that differ by a letter are as often other people's ("Kerry", "Berry").
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Indel

from telex.actors.table import ActorTable, actor_table, name_key

__all__ = ["capitalised", "respelled", "skeleton"]

# Letters transliterations of one sound write differently: Gaddafi, Qaddafi, Kadhafi; Putin and Poutine.
_SAME_SOUND = str.maketrans({"q": "k", "g": "k", "c": "k", "w": "v", "z": "s"})
_VOWELS = re.compile(r"[aeiouy]+")
_NOT_LETTERS = re.compile(r"[h\W_\d]")
# A respelled part must keep this many consonants to say anything: "Ali" says too little.
_MIN_CONSONANTS = 2
# How close in letters the respelled part must still be (rapidfuzz's normalised Indel similarity).
_MIN_SIMILARITY = 0.7
_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "bin", "ben", "abu"})


def capitalised(word: str) -> bool:
    """A word of a name: capitalised, or a particle joined to a capitalised name ("el-Sisi", "al-Assad")."""
    head, _, rest = word.partition("-")
    return word[:1].isupper() or (head in _PARTICLES and rest[:1].isupper())


def _plain(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def skeleton(word: str) -> str:
    """The consonants of a word as transliterations agree on them, with where its vowels fall: "Moubarak" and
    "Mubarak" are "mVbVrVk", "Poutine" and "Putin" "pVtVn"; "Burton" ("bVrtVn") is not "Bruton" ("brVtVn")."""
    letters = _VOWELS.sub("V", _NOT_LETTERS.sub("", _plain(word).translate(_SAME_SOUND)))
    # A final vowel is how one language writes the name's end ("Poutine"), not another sound.
    return re.sub(r"(.)\1+", r"\1", letters).removesuffix("V")


def _same_name(written: str, known: str) -> bool:
    """``written`` is ``known``, as the tables write it or in another transliteration."""
    a, b = _plain(written), _plain(known)
    if a == b:
        return True
    shape = skeleton(written)
    if len(shape.replace("V", "")) < _MIN_CONSONANTS or shape != skeleton(known):
        return False
    return Indel.normalized_similarity(a, b) >= _MIN_SIMILARITY


@lru_cache(maxsize=1)
def _people_by_part(table: ActorTable) -> dict[tuple[int, str], list[tuple[tuple[str, ...], str]]]:
    """Every full name of two or more words that telex's tables hold, with its key, under each of its words written as
    they are (position and plain lower-case word): (0, "vladimir") gives (("vladimir", "putin"), "vladimir putin")."""
    index: dict[tuple[int, str], list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for key in table.leaders_by_name:
        parts = tuple(_plain(p) for p in key.split())
        if len(parts) < 2 or any(len(p) < 2 for p in parts):
            continue
        for i, part in enumerate(parts):
            index[(i, part)].append((parts, key))
    return index


def respelled(words: Sequence[str], table: ActorTable | None = None) -> str | None:
    """The person's name the tables give a full name written in another transliteration: "Hosni Moubarak" gives "Hosni
    Mubarak"; ``None`` for a name of one word, a name the tables already know, or one that two people could be."""
    table = table or actor_table()
    parts = tuple(_plain(w) for w in words)
    if len(parts) < 2 or not all(capitalised(w) for w in words) or name_key(" ".join(words)) in table.leaders_by_name:
        return None
    index = _people_by_part(table)
    # One person may be written with its accents in one table and without in another ("Erdoğan", "Erdogan").
    people: dict[str, str] = {}
    for i, part in enumerate(parts):
        for known, key in index.get((i, part), ()):
            if len(known) == len(parts) and all(_same_name(w, k) for w, k in zip(parts, known, strict=True)):
                people |= {_plain(leader.name): leader.name for leader in table.leaders_by_name[key]}
    return next(iter(people.values())) if len(people) == 1 else None
