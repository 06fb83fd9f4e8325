"""A person's followers: "Obama supporters", "supporters of Obama", "a Trump backer" are people of the person's country
(its civilians), not the person's office. The one place that says so, for the phrase coder and for the event stage."""

from __future__ import annotations

from collections.abc import Sequence

from telex.actors.names import NameHit
from telex.actors.table import Actor, ActorTable, actor_table
from telex.actors.word_lists import DETERMINERS, PLACE_PREPS, POSSESSIVES, follower_nouns

# Words that open a clause describing the person a phrase names: "a Clinton supporter who is the Democratic chairman".
_RELATIVES = frozenset({"who", "whose"})
_JOINERS = frozenset({"and", "or", "&", ","})
_COPULAS = frozenset({"is", "was", "are", "were", "'s", "’s", "serves", "served", "became", "becomes"})


def follower_noun(word: str) -> bool:
    """``word`` (a noun, singular or plural, or its lemma) names people who back a person: "supporter", "voters"
    (``follower_nouns.tsv``)."""
    return word.lower() in follower_nouns()


def followers(country: str | None, table: ActorTable | None = None) -> Actor | None:
    """The actor of a person's followers: the civilians of the person's country (``USACVL``); ``None`` for a person of
    no known state."""
    table = table or actor_table()
    if not country or country not in table.country_names:
        return None
    return Actor(table.country_names[country], country + "CVL", country, "CVL")


def named_followers(words: Sequence[str], hits: Sequence[NameHit]) -> tuple[int, int] | None:
    """Where a phrase names people who back the persons named before its follower noun or in its "of" phrase: the
    span of words from the first person to the follower noun ("Trump and Cruz supporters", "supporters of Obama"),
    ``None`` when it names no followers. A clause after "who" describes the one the phrase names, not the persons
    backed, and a phrase of place after the follower noun where they are ("Trump supporters in Ohio"): only the words
    before either are read."""
    end = next((i for i, w in enumerate(words) if w.lower() in _RELATIVES or _placed_after(words, i)), len(words))
    named = [h for h in hits if h.kind == "leader" and h.end <= end]
    if not named:
        return None
    if end > 0 and follower_noun(words[end - 1]) and all(h.end < end for h in hits if h.start < end):
        start = _backers_start(words, hits, end - 1)
        return (start, end) if any(h.start >= start for h in named) else None
    of = next((i for i, w in enumerate(words[:end]) if w.lower() == "of"), 0)
    if of > 0 and follower_noun(words[of - 1]) and all(h.start > of for h in hits if h.start < end):
        return of - 1, max(h.end for h in named)
    return None


def _placed_after(words: Sequence[str], i: int) -> bool:
    """``words[i]`` opens a phrase of place after a follower noun: "the Sanders supporter from Maine"."""
    return i > 0 and words[i].lower() in PLACE_PREPS and follower_noun(words[i - 1])


def _backers_start(words: Sequence[str], hits: Sequence[NameHit], noun: int) -> int:
    """Where the names of the persons backed begin before the follower noun at ``noun``: back over names, "and", a
    possessive and describing words, to an article, a title or another word ("Sen. Ted Cruz, a Trump supporter":
    "Trump")."""
    inside = {i for h in hits for i in range(h.start, h.end)}
    start = noun
    while start > 0:
        word = words[start - 1]
        if start - 1 in inside or word.lower() in _JOINERS or word in POSSESSIVES:
            start -= 1
        elif word.islower() and word not in DETERMINERS and word not in actor_table().role_words:
            start -= 1  # "Trump's most ardent supporters", not "the state chairman, an Obama supporter"
        else:
            break
    return start


def office_besides(words: Sequence[str], span: tuple[int, int], table: ActorTable) -> list[str] | None:
    """The words of a phrase outside its followers' span when they name the person's own office by a title: "the
    Democratic state chairman, an Obama supporter", "a Clinton supporter who is the Democratic chairman". The office
    the description gives beats the follower noun; ``None`` when the rest names no title."""
    start, end = span
    while start > 0 and words[start - 1].lower() in ("a", "an"):
        start -= 1
    rest = [w for w in [*words[:start], *words[end:]] if w.lower() not in _RELATIVES | _COPULAS]
    return rest if any(w.lower() in table.role_words for w in rest) else None
