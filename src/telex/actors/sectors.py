"""The sector a phrase names: telex's sector words first, then the Phoenix agent nouns."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from telex.actors.name_edges import given_name_at, initial
from telex.actors.names import REMEMBERED
from telex.actors.table import ActorTable
from telex.actors.word_lists import organisation_nouns


def sector_of(words: Sequence[str], table: ActorTable, head_only: bool = False) -> str | None:
    """The sector named nearest the head (end) of the phrase: "Russian defence ministry" is MIL; with
    ``head_only``, only a sector noun that heads the phrase, alone or as the title of a name ("armed rebels",
    "President Laurent Gbagbo"; not "a military role").

    telex's sector words first, then the Phoenix agent nouns ("farmers" AGR), which may carry a second
    sector after the first ("GOVMED").
    """
    return _sector(tuple(words), table, head_only)


@lru_cache(maxsize=REMEMBERED)
def _sector(words: tuple[str, ...], table: ActorTable, head_only: bool) -> str | None:
    lowered = [w.lower() for w in words]
    last = len(lowered)
    if head_only:
        while last > 1 and words[last - 1][:1].isupper() and lowered[last - 1] not in table.role_words:
            last -= 1  # a name after a title
    for sectors in (table.sectors, table.phoenix.agents):
        for end in range(last, last - 1 if head_only else 0, -1):
            if surname_not_title(words, end - 1, table):
                continue
            for start in range(max(0, end - 3), end):
                sector = sectors.get(" ".join(lowered[start:end]))
                if sector and sectors is table.phoenix.agents:
                    sector = _agent_sector(sector, table)
                if sector:
                    return sector
    return None


def surname_not_title(words: Sequence[str], i: int, table: ActorTable) -> bool:
    """``words[i]``, a capitalised word of a title or trade ("King", "Prince", "Bishop", "Farmer") that ends the phrase
    right after a given name or a middle initial, is that person's surname and names no sector: "Don King", "Martin
    Luther King", "Peter T. King", "Matthew Prince" (CloudFlare's chief), "Charlie Spies" hold no throne nor office;
    "King Abdullah", "Saudi Prince", "Crown Prince" and "Troy University" keep theirs. Only a name alone: after a title
    of office ("British Defence Secretary Tom King", PLOVER's GOV, which ``sectors.tsv``'s "defence secretary" MIL
    would change) the phrase is read as before."""
    if i < 1 or i != len(words) - 1 or not words[i][:1].isupper() or not words[i].isalpha():
        return False
    if words[i].lower() in organisation_nouns():
        return False  # "Troy University", "Hope Foundation": a body's name, not a person's
    if any(w.lower() in table.role_words for w in words[: i - 1]):
        return False  # "British Defence Secretary Tom King": a title before the name, whose reading stays as it was
    return initial(words[i - 1]) or given_name_at(words, i - 1, table)


_RELIGIONS = frozenset({"MUS", "CHR", "HIN", "BUD", "JEW"})


def _agent_sector(code: str, table: ActorTable) -> str | None:
    """A Phoenix agent code read from its first CAMEO sector: a religion code comes first in some ("MUSRAD":
    RAD), and a believer with no other sector is of the religion sector ("CHR": REL); "PPL" (men) is none."""
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    for i, part in enumerate(parts):
        if part in table.sector_codes:
            return "".join(parts[i:])
    return "REL" if parts[0] in _RELIGIONS else None
