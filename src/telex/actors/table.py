"""The actor table: states, organisations, office holders and sector words, loaded once from data files."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from typing import TypeGuard

from telex.actors.phoenix import Entry, PhoenixTable, Role, phoenix_table, split_code
from telex.tables import read_table


@dataclass(frozen=True)
class Actor:
    """A coded actor: CAMEO code (country + sector, or an IGO code), country and sector."""

    name: str | None
    code: str | None
    country: str | None
    sector: str | None


@dataclass(frozen=True)
class Leader:
    """One term of one office holder."""

    name: str
    country: str  # alpha-3, or an organisation's code for its head (IGOUNO)
    titles: tuple[str, ...]
    start: date | None
    end: date | None
    sector: str = "GOV"  # a politician's role out of government: LEG, PTY, OPP, ELI

    def in_office(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)

    @property
    def actor(self) -> Actor:
        if self.country.startswith(("IGO", "NGO")):
            return Actor(self.name, self.country, None, None)
        return Actor(self.name, self.country + self.sector, self.country, self.sector)


_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_ARTICLES = frozenset({"the", "a", "an"})
_POSSESSIVE = re.compile(r"'s?$")
_POINTED = re.compile(r"(?:[A-Z]\.){2,}")
# Names looked up again and again (every token of an article, every mention): a pure function of the text, so its
# answers can be kept across articles.
_KEYS_KEPT = 65_536


@lru_cache(maxsize=_KEYS_KEPT)
def name_key(text: str) -> str:
    """Normalise a name for lookup: no leading article or possessive, one space, curly apostrophes straight.

    Short all-capital abbreviations keep their case so "US" and "UN" never match "us" or "un".
    """
    text = " ".join(text.replace("’", "'").split())
    text = _ARTICLE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    if _POINTED.fullmatch(text):
        # "F.B.I." and "FBI" are one name, as house styles write abbreviations with points or without.
        text = text.replace(".", "")
    if text.isupper() and len(text.replace(".", "")) <= 5:
        return text
    return text.lower()


def _parse_date(text: str, end: bool) -> date | None:
    """A term boundary at the precision written: "2012", "2012-05" or "2012-05-07"."""
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    year = parts[0]
    if len(parts) == 3:
        return date(year, parts[1], parts[2])
    if len(parts) == 2:
        month = parts[1]
        if not end:
            return date(year, month, 1)
        next_month = date(year + month // 12, month % 12 + 1, 1)
        return date.fromordinal(next_month.toordinal() - 1)
    return date(year, 12, 31) if end else date(year, 1, 1)


# A person who takes office within this many years is already of the country's political elite.
_RISE_YEARS = 5


def _stale(role: Role, terms: list[Leader], on: date) -> bool:
    """A dictionary role left open ("USAGOV 2009-01-20..") that telex's table ends before ``on``: the dictionaries were
    written while the person was in office, so after the term telex records the role no longer holds (Obama in 2019,
    Merkel in 2023, Zuma in 2019)."""
    return (
        role.end is None
        and role.start is not None
        and any(t.end is not None and role.start <= t.end < on for t in terms)
    )


def _years_after(day: date, years: int) -> date:
    return day.replace(year=day.year + years, day=min(day.day, 28))


# The CAMEO roots of force (assault, fight, mass violence) that a sector of ``alone`` "violence" makes an event of
# with no country.
FORCE_ROOTS = frozenset({"18", "19", "20"})

# Where news writes the family name first ("Xi Jinping", "Kim Jong-un").
_FAMILY_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "VNM", "KHM", "MNG", "HKG", "MAC"})
# Where news calls a person by the given name as well as the family name ("Thaksin", "Yingluck", "Abhisit").
_GIVEN_NAME_CALLED = frozenset({"THA"})


def _surnames(name: str, family_first: bool, titles: tuple[str, ...] = (), given_too: bool = False) -> list[str]:
    """The tokens a later bare mention of the person may use: "Putin", "Xi", "Kim", "Thaksin"; none for a title before
    a regnal name of several words ("Pope John Paul", "King Juan Carlos": no "Paul" nor "Carlos" alone), which has no
    surname."""
    tokens = [t for t in name.split() if t[:1].isupper() and len(t) > 1]
    if not tokens or len(tokens) == 1:
        return tokens
    if len(tokens) > 2 and tokens[0].lower() in titles:
        return []
    if given_too:
        # "King Bhumibol": a title opening an alias is no given name.
        given = next((t for t in tokens if t.lower() not in {w for title in titles for w in title.split()}), tokens[0])
        return list(dict.fromkeys([given, tokens[-1]]))
    return [tokens[0]] if family_first else [tokens[-1]]


# Where a person bears two family names, which news writes together ("Peña Nieto", "López Obrador", "Rodríguez
# Zapatero"): the Spanish-speaking states.
_TWO_SURNAMES = frozenset(
    {
        "ESP", "MEX", "ARG", "COL", "PER", "CHL", "VEN", "ECU", "BOL", "PRY", "URY", "CUB", "DOM", "GTM", "HND", "SLV",
        "NIC", "CRI", "PAN",
    }
)  # fmt: skip
# Particles that open a family name of two words ("Van Rompuy", "De Mistura", "Abu Mazen").
_SURNAME_PARTICLES = frozenset({"van", "von", "de", "del", "della", "di", "da", "du", "dos", "das", "le", "la", "abu"})


def _not_alone(names: list[str]) -> frozenset[str]:
    """Words of a person's names that are no surname by themselves: the second part of a hyphenated family name that
    another of the names writes apart ("Zuma" of "Nkosazana Dlamini-Zuma", also written "Nkosazana Dlamini Zuma")."""
    apart = " ".join(f" {n} " for n in names)
    return frozenset(
        word.split("-", 1)[1] for n in names for word in n.split()
        if "-" in word and f" {word.replace('-', ' ', 1)} " in apart
    )  # fmt: skip


def _compound_surname(name: str, country: str) -> str | None:
    """The last two words of a name of three or more when they are one family name: two family names of a
    Spanish-speaking state ("Peña Nieto", "López Obrador") or a particle and a name ("Van Rompuy"); not a middle name
    and a surname, which are as often another person's given name and surname ("Richard Perry")."""
    words = name.split()
    if len(words) < 3 or not words[-2][:1].isupper() or any(w.endswith(".") or w.isupper() for w in words[-2:]):
        return None
    if country not in _TWO_SURNAMES and words[-2].lower() not in _SURNAME_PARTICLES:
        return None
    return f"{words[-2]} {words[-1]}"


class ActorTable:
    """Every name telex can code, indexed for lookup by normalised key."""

    def __init__(self) -> None:
        self.names: dict[str, Actor] = {}
        self.demonyms: dict[str, str] = {}
        # The demonyms of a people within a state ("Rohingya", "Tibetans"), not of the state's own nation.
        self.peoples: set[str] = set()
        self.country_names: dict[str, str] = {}
        # The name keys of the states themselves (names and aliases; not capitals, seats or regions).
        self.state_names: set[str] = set()
        # The name keys of each state's capital, in every spelling the table gives ("Kyiv", "Kiev").
        self.capitals: dict[str, frozenset[str]] = {}
        self.regions: set[str] = set()
        # Towns and districts of world news (towns.tsv): places of their state, as a Phoenix town is.
        self.towns: set[str] = set()
        # A world region by an adjective that names it only before a noun of states: "Asian" in "Asian leaders".
        self.region_adjectives: dict[str, Actor] = {}
        # A region that bears a state's name ("Georgia"), read as the region only in an article about its country.
        self.shared_regions: dict[str, Actor] = {}
        # A state's name that is also part of a person's name ("given", "surname") or has cue words (shared_names.tsv).
        self.person_names: dict[str, frozenset[str]] = {}
        self.shared_cues: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        # A state by its postal code ("IN", "TX"), read only in a legislator's party tag.
        self.postal_codes: dict[str, Actor] = {}
        self.leaders_by_name: dict[str, list[Leader]] = defaultdict(list)
        self.leaders_by_token: dict[str, list[Leader]] = defaultdict(list)
        self.officials_by_token: dict[str, list[Leader]] = defaultdict(list)
        self.by_office: dict[tuple[str, str], list[Leader]] = defaultdict(list)
        self.politician_roles: dict[str, list[Leader]] = defaultdict(list)
        # The surname of each person of politicians.tsv, lower case, to the full names that bear it.
        self.politician_surnames: dict[str, set[str]] = defaultdict(set)
        # The people of politicians.tsv, the prominent ones, whom a common surname alone may name (common_surnames.tsv).
        self.prominent: set[str] = set()
        self.common_surnames = frozenset(row["surname"].lower() for row in read_table("common_surnames.tsv"))
        self.sectors: dict[str, str] = {}
        self._load_countries()
        self._load_regions()
        self._load_towns()
        self._load_shared_towns()
        self._load_shared_names()
        self._load_organisations()
        self._load_shared_bodies()
        self._load_world_regions()
        self._load_leaders("leaders.tsv", self.leaders_by_token)
        self._load_leaders("officials.tsv", self.officials_by_token)
        self._load_politicians()
        for row in read_table("sectors.tsv"):
            self.sectors[row["word"].lower()] = row["sector"]
        codes = read_table("sector_codes.tsv")
        self.sector_codes = frozenset(row["code"] for row in codes)
        self.alone_sectors = frozenset(row["code"] for row in codes if row["alone"] == "yes")
        self.violence_sectors = frozenset(row["code"] for row in codes if row["alone"] == "violence")
        self.protest_sectors = self.violence_sectors | {row["code"] for row in codes if row["alone"] == "protest"}
        self.home_sectors = frozenset(row["code"] for row in codes if row["home"] == "yes")
        self.domestic_sectors = frozenset(row["code"] for row in codes if row["domestic"] == "yes")
        self.office_sectors = frozenset(row["code"] for row in codes if row["office"] == "yes")
        self.located_sectors = frozenset(row["code"] for row in codes if row["located"] == "yes")
        self.titles = frozenset(title for _, title in self.by_office)
        self.role_words = frozenset(w for phrase in [*self.sectors, *self.titles] for w in phrase.split())
        self.longest_name = max(len(k.split()) for k in [*self.names, *self.leaders_by_name, *self.sectors])

    def _load_countries(self) -> None:
        for row in read_table("countries.tsv"):
            iso3, name = row["iso3"], row["name"]
            self.country_names[iso3] = name
            country = Actor(name, iso3, iso3, None)
            for alias in [name, *row["aliases"]]:
                self.names.setdefault(name_key(alias), country)
                self.state_names.add(name_key(alias))
            for spelling in row["capital"]:
                self.names.setdefault(name_key(spelling), country)
            self.capitals[iso3] = frozenset(name_key(spelling) for spelling in row["capital"])
            for seat in row["seats"]:
                self.names.setdefault(name_key(seat), Actor(name, iso3 + "GOV", iso3, "GOV"))
            for demonym in [*row["demonyms"], *row["peoples"]]:
                self.demonyms.setdefault(name_key(demonym), iso3)
            self.peoples.update(name_key(people) for people in row["peoples"])

    def _load_regions(self) -> None:
        """States and provinces as places of their country, like a town of the Phoenix dictionaries: "New Mexico"
        is the United States', read whole before the "Mexico" inside it."""
        for row in read_table("regions.tsv"):
            place = Actor(row["name"], row["iso3"], row["iso3"], None)
            for alias in [row["name"], *row["aliases"]]:
                key = name_key(alias)
                if self.is_state(self.names.get(key)):
                    self.shared_regions[key] = place
                    continue
                self.names.setdefault(key, place)
                self.regions.add(key)
            if row["postal"]:
                self.postal_codes[row["postal"]] = place

    def _load_towns(self) -> None:
        """Towns and districts of world news as places of their state ("Bucha", "Culiacan"), read after the states and
        provinces, which keep their own reading of a name they share."""
        for row in read_table("towns.tsv"):
            place = Actor(row["name"], row["iso3"], row["iso3"], None)
            for alias in [row["name"], *row["aliases"]]:
                key = name_key(alias)
                if key not in self.names:
                    self.names[key] = place
                    self.towns.add(key)

    def _load_shared_towns(self) -> None:
        """Towns whose name a town of another state bears (shared_towns.tsv: "Manchester"): the town is a place of its
        state, and its namesake is read as a region that bears the name is (actors/regions.py)."""
        for row in read_table("shared_towns.tsv"):
            key = name_key(row["name"])
            if key not in self.names:
                self.names[key] = Actor(row["name"], row["iso3"], row["iso3"], None)
                self.towns.add(key)
            self.shared_regions[key] = Actor(row["name"], row["other"], row["other"], None)

    def _load_shared_names(self) -> None:
        for row in read_table("shared_names.tsv"):
            key = name_key(row["name"])
            state, region = ([c for c in row[column].split(";") if c] for column in ("cues", "region_cues"))
            self.person_names[key] = frozenset(p for p in row["person"].split(";") if p)
            self.shared_cues[key] = tuple(state), tuple(region)

    def _load_organisations(self) -> None:
        """International bodies, national institutions, outlets and parties (organisations.tsv), then national
        institutions by kind (institutions.tsv) and large firms (firms.tsv), by name and alias."""
        for row in (*read_table("organisations.tsv"), *read_table("institutions.tsv"), *read_table("firms.tsv")):
            country = row["country"] or None
            sector = row["sector"] or None
            code = row["code"] or ((country or "") + (sector or "")) or None
            actor = Actor(row["name"], code, country, sector)
            for alias in [row["name"], *row["aliases"]]:
                self.names.setdefault(name_key(alias), actor)
                # A phrase reaches the lookup without its articles: "Save the Children" as "Save Children".
                bare = " ".join(w for w in alias.split() if w.lower() not in _ARTICLES)
                if bare != alias and " " in bare:
                    self.names.setdefault(name_key(bare), actor)

    def _load_shared_bodies(self) -> None:
        """Abbreviations that bodies of two states bear (shared_bodies.tsv: "CPC"): the body of organisations.tsv,
        and its namesake of another state, read as a town's namesake is (actors/regions.py)."""
        for row in read_table("shared_bodies.tsv"):
            code = row["code"]
            self.shared_regions[name_key(row["name"])] = Actor(row["body"], code, code[:3], code[3:6] or None)

    def _load_world_regions(self) -> None:
        """Regions of the world under their CAMEO region codes, with no country: "Southeast Asian nations" is SEA."""
        for row in read_table("world_regions.tsv"):
            region = Actor(row["name"], row["code"], None, None)
            for alias in [row["name"], *row["aliases"]]:
                self.names.setdefault(name_key(alias), region)
            if row["adjective"]:
                self.region_adjectives[row["adjective"]] = region

    def _load_leaders(self, table: str, by_token: dict[str, list[Leader]]) -> None:
        """Office holders with their terms, by full name and by surname into ``by_token``: for leaders.tsv any bare
        surname ("Putin"), for officials.tsv a surname after the person's title ("Attorney General Lynch")."""
        rows = read_table(table)
        # A name is written as its bearer's nation writes it, in every office: Ban Ki-moon of the UN is "Ban".
        family_first = {row["name"] for row in rows if row["iso3"] in _FAMILY_FIRST}
        given_too = {row["name"] for row in rows if row["iso3"] in _GIVEN_NAME_CALLED}
        compounds: dict[str, list[Leader]] = defaultdict(list)
        for row in rows:
            leader = Leader(
                name=row["name"],
                country=row["iso3"],
                titles=tuple(t.lower() for t in row["titles"]),
                start=_parse_date(row["start"], end=False),
                end=_parse_date(row["end"], end=True),
                sector=row.get("sector") or "GOV",
            )
            for title in leader.titles:
                self.by_office[(leader.country, title)].append(leader)
            not_alone = _not_alone([row["name"], *row["aliases"]])
            for alias in [row["name"], *row["aliases"]]:
                self.leaders_by_name[name_key(alias)].append(leader)
                for token in _surnames(alias, row["name"] in family_first, leader.titles, row["name"] in given_too):
                    if token not in not_alone:
                        by_token[token.lower()].append(leader)
                compound = _compound_surname(alias, leader.country) if row["name"] not in family_first else None
                if compound and _surnames(alias, False, leader.titles):
                    compounds[name_key(compound)].append(leader)
        for key, leaders in compounds.items():
            # A surname of two words that one person bears and that names nobody else in full.
            if len({c.name for c in leaders}) == 1 and key not in self.leaders_by_name:
                self.leaders_by_name[key] = list(dict.fromkeys(leaders))

    def _load_politicians(self) -> None:
        """Roles out of government (politicians.tsv) and of public figures who are not politicians (public_figures.tsv:
        judges, journalists, business leaders), dated as leaders' terms are, by full name and by surname into
        ``politician_surnames`` (see ``serving_politician``); the people of people_in_full.tsv (a president's kin,
        celebrities) by full name only: "Laura Bush" is ``USAELI``, and "Bush" alone still names who it named."""
        self.prominent = {row["name"] for row in read_table("politicians.tsv")}
        particled: dict[str, set[str]] = defaultdict(set)
        rows = [(row, True) for table in ("politicians.tsv", "public_figures.tsv") for row in read_table(table)]
        rows += [(row, False) for row in read_table("people_in_full.tsv")]
        for row, by_surname in rows:
            role = Leader(
                name=row["name"],
                country=row["country"],
                titles=(),
                start=_parse_date(row["start"], end=False),
                end=_parse_date(row["end"], end=True),
                sector=row["sector"],
            )
            self.politician_roles[role.name].append(role)
            not_alone = _not_alone([row["name"], *row["aliases"]])
            for alias in [row["name"], *row["aliases"]]:
                self.leaders_by_name[name_key(alias)].append(role)
                if role.country in _FAMILY_FIRST or len(alias.split()) < 2 or not by_surname:
                    continue  # "Kim", "Lee", "Park": a family name first is borne by too many to name one person
                for token in _surnames(alias, False):
                    if token not in not_alone and len(token) > 2 and token[-1].isalpha() and not token.isupper():
                        self.politician_surnames[token.lower()].add(role.name)
                words = alias.split()
                if len(words) > 2 and words[-2].lower() in _SURNAME_PARTICLES:
                    particled[name_key(" ".join(words[-2:]))].add(role.name)
        for key, names in particled.items():
            # A family name opening with a particle ("de Blasio", "Van Hollen") names its one bearer, as a name does;
            # borne by a family of one country ("Le Pen": Jean-Marie, then Marine), the roles of all, the date deciding.
            roles = [r for name in sorted(names) for r in self.politician_roles[name]]
            if len({r.country for r in roles}) == 1 and key not in self.leaders_by_name and key not in self.names:
                self.leaders_by_name[key] = roles

    @cached_property
    def phoenix(self) -> PhoenixTable:
        """The Phoenix dictionaries, read on the first name or noun telex's own tables do not know."""
        return phoenix_table()

    def code_actor(self, name: str, code: str) -> Actor:
        """An actor of a CAMEO code from another dictionary: its country and sector read from the code."""
        country, sector = split_code(code, self.country_names, self.sector_codes)
        return Actor(name, code, country, sector)

    def phoenix_actor(self, entry: Entry, on: date | None) -> Actor | None:
        """A Phoenix entry coded on ``on``; ``None`` when nothing about it is certain, or when its code opens with
        no country telex knows nor an organisation (regions such as ``INT`` or ``MEA``, former states)."""
        code = entry.code_on(on)
        if not code or not (code[:3] in self.country_names or code.startswith(("IGO", "NGO", "IMG"))):
            return None
        return self.code_actor(entry.name, code)

    def person(self, candidates: list[Leader], on: date | None, key: str) -> Actor | None:
        """The actor a person of telex's leader table is on ``on``.

        In office that day: the office's code. On a known date out of office, the person's Phoenix role that
        day if the dictionaries know one, else a former office holder is the country's elite (``USAELI``), as
        is one who takes office within ``_RISE_YEARS`` (a candidate, a party figure: Donald Trump in 2016);
        earlier, only the country. With no date, the holder now, else the one whose term ended last.
        """
        # A leader found by surname ("Biden") keeps the roles politicians.tsv gives them out of that office.
        # A person found by an alias one table gives ("Sheikh Tamim", a crown prince in politicians.tsv) keeps the terms
        # every table gives them under their full name (emir from 2013).
        names = {c.name for c in candidates}
        candidates = [
            *candidates,
            *(r for n in names for r in self.politician_roles[n]),
            *(t for n in names for t in self.leaders_by_name[name_key(n)] if t.name == n),
        ]
        candidates = list(dict.fromkeys(candidates))
        if on is None:
            leader = self.leader(candidates, None)
            return leader.actor if leader else None
        current = [c for c in candidates if c.in_office(on)]
        if current:
            return current[0].actor
        entry = self.phoenix.names.get(key.lower())
        fresh = entry is not None and any(r.holds_on(on) and not _stale(r, candidates, on) for r in entry.roles)
        if entry is not None and entry.person and fresh:
            actor = self.phoenix_actor(entry, on)
            # "Putin" in 1995 is Vladimir Putin, whom telex's table names in full, not the dictionary's "Putin".
            return Actor(names.pop(), actor.code, actor.country, actor.sector) if actor and len(names) == 1 else actor
        # Of two people of one name ("George Bush"), the one whose term ended last before that day.
        ended = [c for c in candidates if c.end and c.end < on]
        last = max(ended or candidates, key=lambda c: c.end or date.max)
        if last.country.startswith(("IGO", "NGO")):
            # A former head of an organisation no longer acts for it: of the elite of their own state when the
            # tables know it (Javier Solana after NATO and the EU, Ban Ki-moon after the UN).
            home = [c.country for c in candidates if c.name == last.name and len(c.country) == 3]
            if not ended or not home:
                return last.actor
            return Actor(last.name, home[-1] + "ELI", home[-1], "ELI")
        if ended or any(c.start and on < c.start <= _years_after(on, _RISE_YEARS) for c in candidates):
            return Actor(last.name, last.country + "ELI", last.country, "ELI")
        return Actor(last.name, last.country, last.country, None)

    def surname_bearers(self, candidates: list[Leader], on: date | None) -> list[Leader]:
        """The terms a bare surname may stand for: all of them when one person, or people of one country, bear it
        ("Kim": Kim Jong Il, Kim Jong Un); of people of several countries ("Ali": Ben Ali of Tunisia and a Lebanese
        minister; "Mubarak": Hosni Mubarak and a Yemeni premier), only the person in office that day (today with no
        date), else none: the name alone cannot say which."""
        if len({c.name for c in candidates}) == 1 or len({c.country for c in candidates}) == 1:
            return candidates
        when = on or date.today()
        serving = {c.name for c in candidates if c.in_office(when)}
        return [c for c in candidates if c.name in serving] if len(serving) == 1 else []

    def serving_politician(self, surname: str, on: date | None) -> Actor | None:
        """The one person of politicians.tsv and public_figures.tsv who bears this surname and holds a role there on
        ``on``, coded by that role: "Sanders" in 2016 is Senator Bernie Sanders, "Cruz" Senator Ted Cruz; when none
        holds one that day, the only person of the tables who bears it, if all their roles are over ("Gingrich" in 2016,
        a former Speaker: ``USAELI``). ``None`` with no date, or when two people of the tables bear it and hold a role
        that day ("Brown": Sherrod Brown, Jerry Brown)."""
        if on is None:
            return None
        names = self.politician_surnames.get(surname.lower(), set())
        serving = sorted(n for n in names if any(r.in_office(on) for r in self.politician_roles[n]))
        if not serving and len(names) == 1:
            former = next(iter(names))
            if all(r.end is not None and r.end < on for r in self.politician_roles[former]):
                serving = [former]
        return self.person(self.politician_roles[serving[0]], on, serving[0]) if len(serving) == 1 else None

    def famous_bearer(self, surname: str, on: date | None) -> Actor | None:
        """Whom a common surname ("Reynolds", "Brown", "Garcia") names alone, with no given name nor title: the
        one office holder of leaders.tsv (a head of state or government, a foreign minister) who bears it and is in
        office that day ("Johnson" in 2020), else the prominent politician of politicians.tsv whom
        ``serving_politician`` finds in a role that day ("Cruz", "Sanders" in 2016); not a public figure of the long
        tail, one whose roles are over or a name of the Phoenix dictionaries. ``None`` with no date."""
        if on is None:
            return None
        heads = [c for c in self.leaders_by_token.get(surname.lower(), []) if c.in_office(on)]
        if len({c.name for c in heads}) == 1:
            return self.person(heads, on, surname)
        if heads:
            return None
        actor = self.serving_politician(surname, on)
        if actor is None or actor.name not in self.prominent:
            return None
        return actor if any(r.in_office(on) for r in self.politician_roles[actor.name]) else None

    def leader(self, candidates: list[Leader], on: date | None) -> Leader | None:
        """The candidate in office on ``on`` (or now), else the one whose term ended last."""
        if not candidates:
            return None
        when = on or date.today()
        current = [c for c in candidates if c.in_office(when)]
        if current:
            return current[0]
        return max(candidates, key=lambda c: c.end or date.max)

    def is_state(self, actor: Actor | None) -> TypeGuard[Actor]:
        """The actor is a state itself (from its name, an alias or its capital), not a body within it."""
        return actor is not None and bool(actor.country) and actor.name == self.country_names.get(actor.country or "")

    def is_capital(self, text: str, country: str | None) -> bool:
        """The text is the capital of ``country``, in any of its spellings ("Kiev" as well as "Kyiv")."""
        return name_key(text) in self.capitals.get(country or "", frozenset())

    def is_place(self, word: str) -> bool:
        """A state, a capital, a town or a province of the tables (``Lagos``), whatever else the word may name."""
        known = self.names.get(name_key(word))
        if self.is_state(known) or name_key(word) in self.towns:
            return True
        entry = self.phoenix.names.get(word.lower())
        return entry is not None and entry.place

    def is_role_word(self, text: str) -> bool:
        """A lone word of a title or sector ("Defence", "Foreign"), which names no organisation by itself."""
        key = name_key(text)
        return " " not in key and key not in self.names and text.lower() in self.role_words

    def holds_title(self, name: str, title: str, on: date | None) -> bool:
        """The person of this name held the office ``title`` names on ``on`` (or now): "president" for Obama in 2016."""
        when = on or date.today()
        return any(title in c.titles and c.in_office(when) for c in self.leaders_by_name.get(name_key(name), ()))

    def office_holder(self, country: str, title: str, on: date | None) -> Leader | None:
        """Who held ``title`` for ``country`` on ``on``: "the Russian president" in 2024 is Putin."""
        when = on or date.today()
        return next((c for c in self.by_office[(country, title)] if c.in_office(when)), None)


def stands_alone(sector: str | None, code: str = "") -> bool:
    """An actor of this sector makes an event of CAMEO ``code`` even with no country (``alone`` in
    ``sector_codes.tsv``): police, troops, rebels and protesters any event, workers or students a protest, bandits
    or settlers a protest or force (roots 18-20)."""
    table = actor_table()
    protest = code[:2] == "14" and sector in table.protest_sectors
    violence = code[:2] in FORCE_ROOTS and sector in table.violence_sectors
    return sector is not None and (sector in table.alone_sectors or protest or violence)


@lru_cache(maxsize=1)
def actor_table() -> ActorTable:
    """The process-wide actor table."""
    return ActorTable()
