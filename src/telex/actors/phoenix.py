"""The Phoenix actor dictionaries (``phoenix_actors.tsv``, ``phoenix_agents.tsv``): a fallback behind telex's tables.

A Phoenix entry has roles, some of them dated (``USAGOV 2009-01-20..``). On a known date the role held that
day counts, else the entry's undated role; on a date after every role has ended, the last government office
held (``office_of_past``); with no date, or a date before or between its roles, only what all its roles agree
on counts: their common code prefix ("USAELI" and "USAGOV" give "USA"; "AFGGOV" and "AFGGOVCOP" give "AFGGOV";
roles in two countries give nothing).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from telex.tables import read_table

# Leading code parts that are no country: organisations and generic actors.
_ORGANISATIONS = ("IGO", "NGO", "IMG", "MNC")
MAX_WORDS = 8  # the build script keeps no longer alias
_ARTICLE = re.compile(r"(?:^| )(?:the|a|an)(?= |$)")


@dataclass(frozen=True)
class Role:
    """One CAMEO code an entry holds, between ``start`` and ``end`` when dated."""

    code: str
    start: date | None = None
    end: date | None = None
    dated: bool = False

    def holds_on(self, on: date) -> bool:
        return self.dated and (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Entry:
    """One Phoenix actor: a person when some role is dated and not every role is a bare country (the entry of
    Iraq, whose aliases are its towns, is dated by the years the state was occupied). Its roles are read from
    the table's text when first asked for, so loading the table stays cheap."""

    name: str
    written: tuple[str, ...]

    @property
    def roles(self) -> tuple[Role, ...]:
        return _parsed(self.written)

    @property
    def person(self) -> bool:
        return any(r.dated for r in self.roles) and not self.place

    @property
    def place(self) -> bool:
        """A state, a town or a province: every role a bare country code ("IRQ"), no organisation; or a state that
        was part of another or occupied before, whose role open to the present is a bare country code ("USRUKR
        ..1991-08-24; UKR 1991-12-21..": Ukraine, and its towns Kharkiv and Donetsk, are no person)."""
        if all(len(r.code) == 3 and not r.code.startswith(_ORGANISATIONS) for r in self.roles):
            return True
        now = [r for r in self.roles if r.dated and r.start is not None and r.end is None]
        return len(now) == 1 and len(now[0].code) == 3 and not now[0].code.startswith(_ORGANISATIONS)

    def code_on(self, on: date | None) -> str | None:
        """The code the entry holds on ``on``; with no date, only the code all its roles agree on."""
        if on is not None:
            held = [r.code for r in self.roles if r.holds_on(on)]
            if held:
                return held[0]
            default = [r.code for r in self.roles if not r.dated]
            if default:
                return default[0]
            past = office_of_past(self.roles, on)
            if past is not None:
                return past
        return common_code(r.code for r in self.roles)


def office_of_past(roles: Sequence[Role], on: date) -> str | None:
    """The office a person of the past is remembered by, on a date after every role of theirs has ended: the last
    government office ("Eisenhower" in 2016 is the president of his term, ``USAGOV``, not the elite of his last years),
    else the last role. ``None`` when some role is undated or not yet over. The dictionaries give a lasting elite role
    (an undated ``USAELI``) to those who stayed in public life, whose code that is instead."""
    if not roles or any(not r.dated or r.end is None or r.end >= on for r in roles):
        return None
    ordered = sorted(roles, key=lambda r: r.end or on)
    offices = [r.code for r in ordered if r.code[3:6] == "GOV"]
    return offices[-1] if offices else ordered[-1].code


def common_code(codes: Iterable[str]) -> str | None:
    """The longest prefix, in whole three-letter parts, that every code shares; ``None`` when empty."""
    parts = [[c[i : i + 3] for i in range(0, len(c), 3)] for c in codes]
    if not parts:
        return None
    shared: list[str] = []
    for group in zip(*parts, strict=False):
        if len(set(group)) != 1:
            break
        shared.append(group[0])
    return "".join(shared) or None


@lru_cache(maxsize=4096)
def _parsed(written: tuple[str, ...]) -> tuple[Role, ...]:
    return tuple(parse_role(r) for r in written)


def parse_role(text: str) -> Role:
    """ "USAGOV 2009-01-20..2017-01-20", "USAGOV 2009-01-20..", "USAELI ..2000-01-01" or "USAELI"."""
    code, _, span = text.strip().partition(" ")
    if not span:
        return Role(code)
    first, _, last = span.strip().partition("..")
    return Role(code, date.fromisoformat(first) if first else None, date.fromisoformat(last) if last else None, True)


def split_code(code: str, countries: Collection[str], sectors: Collection[str]) -> tuple[str | None, str | None]:
    """(country, sector) of a CAMEO code: "AFGGOVAGR" -> ("AFG", "GOV"); "IGOUNO" -> (None, None); a
    non-governmental organisation of one country is that country's: "NGOUSAHRI" (the ACLU) -> ("USA", "NGO"); another
    body's field is its sector: "NGOHRIHRW" (Human Rights Watch) -> (None, "HRI")."""
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    if parts[:1] == ["NGO"] and len(parts) > 1 and parts[1] in countries:
        return parts[1], "NGO"
    if parts[:1] in (["IGO"], ["NGO"]):
        # A body's code carries its field as a sector: "NGOHRIHRW" a human-rights group, "IGOJUDICC" a court.
        return None, next((p for p in parts[1:] if p in sectors), None)
    if not parts or parts[0] in _ORGANISATIONS:
        return None, None
    country = parts[0] if parts[0] in countries else None
    rest = parts[1:] if country or parts[0] not in sectors else parts
    return country, next((p for p in rest if p in sectors), None)


class PhoenixTable:
    """Names and agent nouns of the Phoenix dictionaries, keyed by lower-case phrase."""

    def __init__(self) -> None:
        self.names: dict[str, Entry] = {}
        for row in read_table("phoenix_actors.tsv"):
            entry = Entry(row["name"], tuple(row["roles"]))
            for alias in [row["name"], *row["aliases"]]:
                key = alias.lower()
                self.names.setdefault(key, entry)
                bare = _ARTICLE.sub(" ", key).strip()
                if bare != key and " " in bare:
                    # Phrases reach the lookup without their articles: "Front of the Dunes" as "Front of Dunes". A
                    # single word left is a common noun, no name: "The Foundation" (a Chicago gang) is no "Foundation".
                    self.names.setdefault(bare, entry)
        self.agents: dict[str, str] = {row["word"]: row["sector"] for row in read_table("phoenix_agents.tsv")}


@lru_cache(maxsize=1)
def phoenix_table() -> PhoenixTable:
    """The process-wide Phoenix table, read on first use."""
    return PhoenixTable()
