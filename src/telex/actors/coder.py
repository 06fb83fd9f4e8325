"""Code one actor phrase on its own, as users code the actor lists of other datasets: no model, no article.

    >>> code_actor("Egyptian riot police")["code"]
    'EGYCOP'
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from telex.actors.resolve import find_names, resolve_words
from telex.actors.table import Actor, ActorTable, actor_table
from telex.isodate import parse_date

__all__ = ["code_actor", "described", "words_of"]

_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|\b[A-Z]\.(?=\s)|\w+(?:[-'’]\w+)*|[^\w\s]")  # "U.S.", "B." (initial)
_ORGANISATIONS = ("IGO", "NGO", "IMG")


def words_of(text: str) -> list[str]:
    """Words as the actor tables spell them: "U.S.", "al-Qaeda", an initial with its point ("Lyndon B. Johnson"),
    and a possessive apart ("Russia", "'s")."""
    words: list[str] = []
    for word in _WORD.findall(text):
        if len(word) > 2 and word[-2:].lower() in ("'s", "’s"):
            words += [word[:-2], word[-2:]]
        else:
            words.append(word)
    return [w for w in words if w not in {",", ";", ":", '"', "(", ")"}]


def context_country(context: str, on: date | None, table: ActorTable | None = None) -> str | None:
    """The country the context names most often (by name, capital, demonym or place); ``None`` on a tie."""
    table = table or actor_table()
    counts = Counter(
        h.actor.country for h in find_names(words_of(context), on, table) if h.kind != "leader" and h.actor.country
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


_CLAUSE_END = re.compile(r"[.;:!?\"“”()]|,")


def described(text: str, context: str, on: date | None, table: ActorTable | None = None) -> Actor | None:
    """A name no table knows, coded by how the context describes it: the title before it ("Colombian senator
    Maria Lopez") or an apposition after it ("Ahmed Shah, an Afghan lawmaker,")."""
    table = table or actor_table()
    for match in re.finditer(re.escape(text), context):
        title = _title_words(words_of(_CLAUSE_END.split(context[: match.start()])[-1]), table)
        after = context[match.end() :]
        pieces = [p.strip() for p in _CLAUSE_END.split(after[1:])] if after.startswith(",") else []
        # "Sara Cohen, 34, an Israeli settler": an age is no description.
        apposition = next((p for p in pieces if not p.isdigit()), "")
        for words in (title + words_of(text) if title else [], words_of(apposition)):
            actor = resolve_words(words, on, table=table) if words else None
            if actor is not None and (actor.country or actor.code):
                return Actor(text, actor.code, actor.country, actor.sector)
    return None


def _title_words(words: list[str], table: ActorTable) -> list[str]:
    """The run of title words right before a name ("Colombian senator"), not the clause around it ("Israel
    arrested")."""
    start = len(words)
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1].lower() in table.role_words):
        start -= 1
    return words[start:]


def code_actor(text: str, date: date | str | None = None, context: str = "") -> dict[str, str | None]:
    """Code an actor phrase: ``{text, name, code, country, sector}``, ``None`` where nothing is known.

    ``date`` (a ``date`` or "YYYY-MM-DD") is the day the phrase was written: an office holder is coded by the
    office held that day; with no date only what is true of every office the person held counts.
    ``context`` (the sentence or article the phrase comes from) gives a country to a phrase that names a
    sector but no country ("the police" in a story that names one country most often).
    """
    on = parse_date(date, what="date")
    table = actor_table()
    actor = resolve_words(words_of(text), on, table=table)
    if actor is None and context:
        actor = described(text, context, on, table)
    if actor is not None and actor.code is None and actor.sector:
        country = context_country(context, on, table) if context else None
        # A sector-only actor is coded with its sector alone ("COP"), or with the context's country.
        code = (country or "") + actor.sector
        actor = Actor(table.country_names.get(country) if country else None, code, country, actor.sector)
    if actor is None:
        actor = Actor(None, None, None, None)
    return {"text": text, "name": actor.name, "code": actor.code, "country": actor.country, "sector": actor.sector}
