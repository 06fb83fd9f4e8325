"""The tables of news outlets and online platforms, loaded once, and matching an outlet name in text."""

from __future__ import annotations

import re
from functools import lru_cache

from telex.tables import read_table


@lru_cache(maxsize=1)
def outlet_names() -> dict[str, str]:
    """Every spelling of an outlet (lower case, no leading "the") mapped to its canonical name."""
    names: dict[str, str] = {}
    for row in read_table("outlets.tsv"):
        for alias in [row["name"], *row["aliases"]]:
            names[_key(alias)] = row["name"]
    return names


@lru_cache(maxsize=1)
def outlet_pattern() -> re.Pattern[str]:
    """A regex matching any outlet spelling as whole words, longest first, case as written."""
    spellings: set[str] = set()
    for row in read_table("outlets.tsv"):
        for alias in [row["name"], *row["aliases"]]:
            spellings.add(alias.removeprefix("The ").removeprefix("the "))
    alternatives = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:[Tt]he\s+)?(?:{alternatives})(?![\w])")


def canonical_outlet(text: str) -> str | None:
    """The outlet's canonical name if ``text`` is exactly one of its spellings."""
    return outlet_names().get(_key(text))


@lru_cache(maxsize=1)
def platform_names() -> frozenset[str]:
    """Every spelling of an online platform (lower case, no leading "the")."""
    return frozenset(_key(alias) for row in read_table("platforms.tsv") for alias in [row["name"], *row["aliases"]])


def names_a_medium(text: str) -> bool:
    """Whether ``text`` is exactly the name of a news outlet or an online platform: never a person's name."""
    key = _key(text)
    return key in outlet_names() or key in platform_names()


def _key(text: str) -> str:
    key = " ".join(text.split())
    key = key.removeprefix("The ").removeprefix("the ")
    return key.lower()


@lru_cache(maxsize=1)
def masthead_words() -> frozenset[str]:
    """Words that end the name of a newspaper or a news service ("Sun", "Herald", "News"), as written."""
    return frozenset(row["word"] for row in read_table("mastheads.tsv"))


@lru_cache(maxsize=1)
def news_media() -> dict[str, str]:
    """Head nouns of a news medium, each with the word its phrase must also hold ("" for none)."""
    return {row["word"]: row["needs"] for row in read_table("news_media.tsv")}
