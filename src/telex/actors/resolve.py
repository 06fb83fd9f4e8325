"""Code a noun phrase as a CAMEO actor: "the Russian army" is RUSMIL, "Pyongyang" is PRK, "Putin" is RUSGOV."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache

from spacy.tokens import Doc, Span

from telex.actors.phoenix import MAX_WORDS as PHOENIX_WORDS
from telex.actors.table import Actor, ActorTable, actor_table, name_key
from telex.coref.gender import is_given_name
from telex.entities.cluster import bare_parts, name_tokens, same_person
from telex.entity_index import WHOLE_STORY, EntityIndex
from telex.events.word_lists import ADVOCACY, ADVOCACY_BODIES, PARTY_MEMBERS
from telex.nlp.cached import text_of
from telex.records import Entity
from telex.tables import read_table

__all__ = [
    "PLACE_PREPS",
    "Actor",
    "as_region",
    "find_names",
    "geographic_features",
    "is_korea_story",
    "place_actor",
    "region_reading",
    "resolve_span",
    "resolve_words",
    "shared_region_key",
    "side",
]

_DETERMINERS = frozenset({"the", "a", "an", "'s", "’s", "'", "its", "their", "his", "her", "our"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_POINTS = {"north": "PRK", "south": "KOR"}
PLACE_PREPS = frozenset({"in", "to", "from", "at", "near", "inside", "across", "on", "into", "outside"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "madam", "gen", "general", "prof", "president", "premier"})
# Words that make a party name of a common plural elsewhere: "Social Democrats", "Christian Democrats", "Free
# Democrats", "New Democrats" (Canada).
_PARTY_FAMILIES = frozenset({"social", "christian", "free", "new", "national", "radical"})
_CALENDAR = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"
    }
)


@dataclass(frozen=True)
class NameHit:
    """A known name found inside a phrase, at word positions ``[start, end)``."""

    start: int
    end: int
    kind: str  # name | leader | demonym
    actor: Actor
    surname: bool = False  # a person found by a bare surname ("Putin"), not a full name
    fallback: bool = False  # found in the Phoenix dictionaries, not in telex's own tables


# Phrases whose reading is remembered (per process): the same names recur across an article's sentences and
# articles; the answer depends only on the words, the date and the table.
_REMEMBERED = 16_384


def find_names(words: Sequence[str], on: date | None = None, table: ActorTable | None = None) -> list[NameHit]:
    """Known names in ``words``, longest first at each position, without overlaps.

    telex's own tables are read first; the Phoenix dictionaries only fill the words they leave unnamed.
    """
    return list(_names_in(tuple(words), on, table or actor_table()))


@lru_cache(maxsize=_REMEMBERED)
def _names_in(words: tuple[str, ...], on: date | None, table: ActorTable) -> tuple[NameHit, ...]:
    hits = _scan(words, 0, len(words), on, table, _lookup, table.longest_name)
    hits = _longer_phoenix_names(words, hits, on, table)
    gaps: list[NameHit] = []
    start = 0
    for hit in [*hits, NameHit(len(words), len(words), "", Actor(None, None, None, None))]:
        if hit.start > start:
            gaps += _scan(words, start, hit.start, on, table, _lookup_phoenix, PHOENIX_WORDS)
        start = hit.end
    found = sorted(hits + [replace(h, fallback=True) for h in gaps], key=lambda h: h.start)
    return tuple(h for h in found if not _personal_name(words, h, table))


def _longer_phoenix_names(
    words: Sequence[str], hits: list[NameHit], on: date | None, table: ActorTable
) -> list[NameHit]:
    """A Phoenix name that spans telex's names and more words is one name, not several: "Sudan People's
    Liberation Army" is not Sudan and China's "People's Liberation Army"."""
    if not hits:
        return hits
    kept = list(hits)
    for longer in _scan(words, 0, len(words), on, table, _lookup_phoenix, PHOENIX_WORDS):
        inside = [h for h in kept if longer.start <= h.start and h.end <= longer.end]
        crossing = [h for h in kept if h.start < longer.end and longer.start < h.end and h not in inside]
        longest = max((h.end - h.start for h in inside), default=0)
        if inside and not crossing and longer.end - longer.start > max(2, longest):
            kept = [h for h in kept if h not in inside] + [replace(longer, fallback=True)]
            kept.sort(key=lambda h: h.start)
    return kept


Lookup = Callable[[Sequence[str], "date | None", ActorTable], "tuple[str, Actor] | None"]


def _scan(
    words: Sequence[str], begin: int, stop: int, on: date | None, table: ActorTable, lookup: Lookup, longest: int
) -> list[NameHit]:
    hits: list[NameHit] = []
    i = begin
    while i < stop:
        titled = _titled_official(words, i, on, table) if lookup is _lookup else None
        if titled is not None:
            hits.append(NameHit(i, i + 1, "leader", titled))
            i += 1
            continue
        region = _region_of_states(words, i, table) if lookup is _lookup else None
        if region is not None:
            hits.append(NameHit(i, i + 1, "name", region))
            i += 1
            continue
        for n in range(min(longest, stop - i), 0, -1):
            phrase = words[i : i + n]
            hit = lookup(phrase, on, table)
            if hit is None and _without_initials(phrase) != list(phrase):
                hit = lookup(_without_initials(phrase), on, table)
            if hit and hit[0] == "surname" and (
                not _alone_as_name(words, i, i + 1, table)
                or _place_here(words, i, table)
                or _month_here(words, i)
                or _heads_a_name(words, i, table)
            ):
                hit = None
            if hit and hit[0] == "name" and lookup is _lookup_phoenix and not _fallback_here(words, i, i + n, table):
                hit = None
            if hit:
                kind, actor = hit
                surname = kind == "surname"
                hits.append(NameHit(i, i + n, "leader" if surname else kind, actor, surname))
                i += n
                break
        else:
            i += 1
    return hits


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
# The last word of an official's title that stands for the whole title before a surname: "Secretary Johnson".
_SHORT_TITLES = frozenset({"secretary", "director"})


# Nouns of states or of those who act for them, after which a region's adjective names the region's states: "Asian
# leaders", "African nations", "European governments" (not "Asian American voters", "European football").
_STATE_NOUNS = frozenset(
    {
        "nations", "countries", "states", "powers", "governments", "government", "leaders", "officials", "ministers",
        "diplomats", "capitals", "allies", "neighbours", "neighbors", "partners", "envoys", "heads",
    }
)


def _region_of_states(words: Sequence[str], i: int, table: ActorTable) -> Actor | None:
    """``words[i]`` is a world region's adjective right before a noun of states ("Asian leaders"): the region."""
    region = table.region_adjectives.get(words[i])
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    return region if region is not None and following in _STATE_NOUNS else None


def _titled_official(words: Sequence[str], i: int, on: date | None, table: ActorTable) -> Actor | None:
    """``words[i]`` is the surname of an official (officials.tsv) right after one of the person's titles: "Attorney
    General Lynch", "F.B.I. Director Comey", "Secretary Johnson". Alone, such a surname names nobody; nor does a
    leader's surname that people of several countries bear, which a title can settle: "President Mubarak"."""
    if i == 0 or not words[i][:1].isupper():
        return None
    candidates = table.officials_by_token.get(words[i].lower())
    if not candidates and _ambiguous_surname(words[i], on, table):
        candidates = table.leaders_by_token[words[i].lower()]  # "President Mubarak": the title says which
    if not candidates:
        return None
    before = [w.lower().replace(".", "") for w in words[:i]]
    titled = [c for c in candidates if any(_title_before(before, title) for title in c.titles)]
    return table.person(titled, on, titled[0].name) if titled else None


def _title_before(before: Sequence[str], title: str) -> bool:
    """The words ``before`` end with ``title``, or with its last word when that word stands for it ("Secretary")."""
    title_words = title.replace(".", "").split()
    if list(before[-len(title_words) :]) == title_words:
        return True
    return before[-1] == title_words[-1] and title_words[-1] in _SHORT_TITLES


def _without_initials(words: Sequence[str]) -> list[str]:
    """ "Vladimir V. Putin", "Benjamin L. Cardin": a middle initial is no part of the name the tables know."""
    if len(words) < 3 or not any(_initial(w) for w in words[1:-1]) or _initial(words[0]) or _initial(words[-1]):
        return list(words)
    return [words[0], *(w for w in words[1:-1] if not _initial(w)), words[-1]]


def _initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _lookup(words: Sequence[str], on: date | None, table: ActorTable) -> tuple[str, Actor] | None:
    phrase = _join(words)
    if not phrase or not (phrase[0].isupper() or _particle_name(phrase)):
        return None
    for key in (name_key(phrase), phrase.lower()):
        if key in table.leaders_by_name:
            actor = table.person(table.leaders_by_name[key], on, phrase)
            if actor:
                return "leader", actor
        if key in table.names:
            return "name", table.names[key]
        if key in table.demonyms:
            iso3 = table.demonyms[key]
            return "demonym", Actor(table.country_names[iso3], iso3, iso3, None)
    bearers = table.surname_bearers(table.leaders_by_token.get(phrase.lower(), []), on) if len(words) == 1 else []
    if bearers:
        actor = table.person(bearers, on, phrase)
        if actor:
            return "surname", actor
    return None


def _lookup_phoenix(words: Sequence[str], on: date | None, table: ActorTable) -> tuple[str, Actor] | None:
    """A name of the Phoenix dictionaries: a person (by a single word only as a bare surname), a body or a place."""
    phrase = _join(words)
    if not phrase or not (phrase[0].isupper() or _particle_name(phrase)) or phrase.lower() in table.role_words:
        return None
    entry = table.phoenix.names.get(phrase.lower())
    if entry is None or (entry.person and len(words) == 1 and _ambiguous_surname(phrase, on, table)):
        return None
    actor = table.phoenix_actor(entry, on)
    if actor is None:
        return None
    if entry.person:
        return ("surname" if len(words) == 1 else "leader"), actor
    if actor.code == actor.country:
        # A town or province of a country stands for it, but is not the state itself.
        return "name", Actor(phrase, actor.code, actor.country, None)
    return "name", actor


def _ambiguous_surname(word: str, on: date | None, table: ActorTable) -> bool:
    """People of several countries in telex's leader table bear the surname, none of them alone in office then: the
    dictionaries' person of that name is no likelier ("Hassan", "Ali")."""
    candidates = table.leaders_by_token.get(word.lower(), [])
    return bool(candidates) and not table.surname_bearers(candidates, on)


def _fallback_here(words: Sequence[str], start: int, end: int, table: ActorTable) -> bool:
    """``words[start:end]``, a body or a place of the Phoenix dictionaries, names it here. A name of one or two words,
    often an ordinary word or name too, must stand alone, not as a part of a longer name no table knows ("Dallas
    Mavericks", "Clinton Foundation", "Philando Castile", "Direct Action Everywhere"), nor after a person's honorific
    ("Mr. Rhodes" is no Greek island); a longer one is distinctive ("Ku Klux Klan Grand Wizard David Duke")."""
    if end - start > _SHORT_NAME:
        return True
    back = start - 2 if start > 1 and words[start - 1] == "." else start - 1  # "Mr . Rhodes" as words_of splits it
    before = words[back].lower().rstrip(".") if back >= 0 else ""
    return before not in _HONORIFICS and _alone_as_name(words, start, end, table)


def _alone_as_name(words: Sequence[str], start: int, end: int, table: ActorTable) -> bool:
    """``words[start:end]`` stand alone as a name, not as part of another name ("Levy Mwanawasa", "Khan Younis"): no
    capitalised word is next to them but a title, an honorific, a month or a name the tables know."""
    return not any(0 <= j < len(words) and _name_goes_on(words, j, j < start, table) for j in (start - 1, end))


def _name_goes_on(words: Sequence[str], j: int, before: bool, table: ActorTable) -> bool:
    """``words[j]``, next to a name (``before`` it or after it), is more of a longer name: a capitalised word other
    than a title, an honorific, a month or a name the tables know, or a middle initial before it."""
    word = words[j]
    if before and _initial(word):  # "Lyndon B. Johnson": a middle initial belongs to a full name
        return True
    if not (word[:1].isupper() and word.replace("-", "").isalpha()):
        return False
    lowered = word.lower().rstrip(".")
    if lowered in table.role_words or lowered in _HONORIFICS or lowered in _CALENDAR:
        return False
    if before and lowered in _QUARTERS:  # "North Waziristan", "Upper Egypt": a part of the place
        return False
    return not _known_name_at(words, j, before, table)


@cache
def geographic_features() -> frozenset[str]:
    """Nouns of places named after a state (``geographic_features.tsv``: "Jordan River", "Lake Chad"): no part of a
    person's name, and no actor of the state."""
    return frozenset(row["noun"] for row in read_table("geographic_features.tsv"))


def _personal_name(words: Sequence[str], hit: NameHit, table: ActorTable) -> bool:
    """A state's name that is also a given name or a surname (shared_names.tsv) is part of a person's name here: a
    given name before the rest of a name ("Chad Pergram"), a surname after a given name ("Vernon Jordan"), a title or
    an honorific ("Rep. Jordan", "Mr. Jordan")."""
    if hit.kind != "name" or hit.end - hit.start != 1 or not table.is_state(hit.actor):
        return False
    person = table.person_names.get(name_key(words[hit.start]), frozenset())
    after = words[hit.end].lower() if hit.end < len(words) else ""
    given = "given" in person and after and after not in geographic_features()
    if given and _name_goes_on(words, hit.end, False, table):
        return True
    if "surname" not in person or hit.start == 0:
        return False
    back = hit.start - 2 if hit.start > 1 and words[hit.start - 1] == "." else hit.start - 1  # "Mr . Jordan"
    before = words[back]
    titled = before[:1].isupper() and before.endswith(".") and {before.lower(), before.lower()[:-1]} & table.role_words
    return bool(titled) or before.lower().rstrip(".") in _HONORIFICS or _name_goes_on(words, hit.start - 1, True, table)


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


def _heads_a_name(words: Sequence[str], i: int, table: ActorTable) -> bool:
    """``words[i]`` opens the name of a body, a capitalised sector word after it: "Green Party", "Fox Business
    Network" are no bodies of Rosario Green or Vicente Fox. A title comes before a surname, not after it; only a
    government is named by its head ("the Obama Administration")."""
    after = words[i + 1] if i + 1 < len(words) else ""
    sector = table.sectors.get(after.lower())
    return after[:1].isupper() and sector is not None and sector != "GOV"


def _place_here(words: Sequence[str], i: int, table: ActorTable) -> bool:
    """``words[i]``, a surname that is also a town ("Lagos", "Toledo"), stands where a place stands: before the
    noun it modifies ("Lagos residents") or after a place preposition ("in Lagos"), with no title before it."""
    if not table.is_place(words[i]):
        return False
    before = words[i - 1].lower().rstrip(".") if i > 0 else ""
    if before in _HONORIFICS or before in table.role_words:
        return False
    return before in PLACE_PREPS or (i + 1 < len(words) and words[i + 1][:1].islower())


# Words before a month that make it a time ("in May", "since June"), not the surname of a person ("Theresa May").
_TIME_WORDS = frozenset({"in", "since", "until", "till", "during", "through", "early", "late", "mid", "last", "next"})


def _month_here(words: Sequence[str], i: int) -> bool:
    """``words[i]``, a surname that is also a month ("May"), stands as a month: after a word of time ("in May",
    "since May") or before a day or year ("May 5", "May 2014")."""
    if words[i].lower() not in _CALENDAR:
        return False
    before = words[i - 1].lower() if i > 0 else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    return before in _TIME_WORDS or after[:1].isdigit()


def _particle_name(phrase: str) -> bool:
    """A name opening with a lower-case particle: "al-Qaeda", "el-Sisi"."""
    first = phrase.split()[0]
    return "-" in first and first.split("-")[1][:1].isupper()


def _join(words: Sequence[str]) -> str:
    text = ""
    for word in words:
        if word in {"-", "–"} or text.endswith("-") or (word in _POSSESSIVES and text):
            text += word
        else:
            text += (" " if text else "") + word
    return text.strip()


def sector_of(words: Sequence[str], table: ActorTable, head_only: bool = False) -> str | None:
    """The sector named nearest the head (end) of the phrase: "Russian defence ministry" is MIL; with
    ``head_only``, only a sector noun that heads the phrase, alone or as the title of a name ("armed rebels",
    "President Laurent Gbagbo"; not "a military role").

    telex's sector words first, then the Phoenix agent nouns ("farmers" AGR), which may carry a second
    sector after the first ("GOVMED").
    """
    return _sector(tuple(words), table, head_only)


@lru_cache(maxsize=_REMEMBERED)
def _sector(words: tuple[str, ...], table: ActorTable, head_only: bool) -> str | None:
    lowered = [w.lower() for w in words]
    last = len(lowered)
    if head_only:
        while last > 1 and words[last - 1][:1].isupper() and lowered[last - 1] not in table.role_words:
            last -= 1  # a name after a title
    for sectors in (table.sectors, table.phoenix.agents):
        for end in range(last, last - 1 if head_only else 0, -1):
            for start in range(max(0, end - 3), end):
                sector = sectors.get(" ".join(lowered[start:end]))
                if sector and sectors is table.phoenix.agents:
                    sector = _agent_sector(sector, table)
                if sector:
                    return sector
    return None


_RELIGIONS = frozenset({"MUS", "CHR", "HIN", "BUD", "JEW"})


def _agent_sector(code: str, table: ActorTable) -> str | None:
    """A Phoenix agent code read from its first CAMEO sector: a religion code comes first in some ("MUSRAD":
    RAD), and a believer with no other sector is of the religion sector ("CHR": REL); "PPL" (men) is none."""
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    for i, part in enumerate(parts):
        if part in table.sector_codes:
            return "".join(parts[i:])
    return "REL" if parts[0] in _RELIGIONS else None


@cache
def serving_nouns() -> frozenset[str]:
    """Nouns of a person who serves another, whom a "to" phrase or a name before them names (``serving_nouns.tsv``)."""
    return frozenset(row["noun"] for row in read_table("serving_nouns.tsv"))


def resolve_words(
    words: Sequence[str], on: date | None = None, korea: bool = False, table: ActorTable | None = None
) -> Actor | None:
    """Code a noun phrase given as its words; ``None`` when it names no actor.

    A sector word with no country gives a sector-only actor: no code, no country, the sector ("police": COP).
    """
    return _resolved(tuple(words), on, korea, table or actor_table())


@lru_cache(maxsize=_REMEMBERED)
def _resolved(words: Sequence[str], on: date | None, korea: bool, table: ActorTable) -> Actor | None:
    # "the Saudi-led coalition": a group led by a state acts for it.
    words = [w[:-4] if w.lower().endswith("-led") and len(w) > 4 else w for w in words]
    words, former = _without_former(words)
    # "the Horn": an article before a lone surname makes it a place or a thing, not the person ("Gyula Horn").
    the_name = len(words) == 2 and words[0].lower() == "the" and words[1][:1].isupper()
    # A possessive stays: it may belong to a name ("the Lord's Resistance Army", "People's Liberation Army").
    words = [w for w in words if w.strip() and (w.lower() not in _DETERMINERS or w in _POSSESSIVES)]
    while words and words[0] in _POSSESSIVES:
        words = words[1:]
    if not words or all(w in _POSSESSIVES for w in words):
        return None
    hits = [
        h
        for h in find_names(words, on, table)
        if not _name_begun(words, h, table)
        and not _host(words, h)
        and not _no_nationality(words, h, table)
        and not _saints_name(words, h)
        and not _firms_name(words, h)
    ]
    of_country = _of_country(words, hits, table)
    if of_country is None:
        # "the Horn of Africa", "the Bay of Pigs": a bare surname that an article comes before, or an "of" phrase
        # naming no known actor follows ("Merkel of Germany" stays), heads the name of a place, not the person's.
        hits = [h for h in hits if not (h.surname and (the_name or _of_nothing(words, h, hits)))]
    leaders = [h for h in hits if h.kind == "leader"]
    if leaders and of_country is not None:
        # "the Emir of Qatar": the country named wins over a bare surname of a person of another country.
        leaders = [h for h in leaders if not h.surname or h.actor.country == of_country.actor.country]
    stated = [h.actor for h in hits if h.kind != "leader"]
    if leaders and leaders[-1].fallback and stated and side(stated[-1]) != side(leaders[-1].actor):
        # "U.N. mediator Diego Cordovez": what the phrase says beats a role the fallback dictionary knows.
        leaders = []
        hits = [h for h in hits if h.kind != "leader"]
    if leaders:
        return _former_leader(leaders[-1].actor) if former and on is None else leaders[-1].actor
    if of_country is not None:
        hits = [h for h in hits if h.kind != "leader"]
    # A word of a country's own name is no sector of it: "Democratic People's Republic of Korea".
    places = [h for h in hits if h.kind == "name" and h.actor.code == h.actor.country and h.end - h.start > 1]
    code = sector_of([("" if any(h.start <= i < h.end for h in places) else w) for i, w in enumerate(words)], table)
    if _advocacy(words) and code != "REL" and not sector_of(words, table, head_only=True):
        code = "NGO"  # "government watchdog group": a body that watches the government, not the government
    sector = code[:3] if code else None
    organisations = [h for h in hits if h.kind == "name" and h.actor.code != h.actor.country]
    if organisations:
        party = _other_party(words, hits, organisations[-1], table)
        if party is not None:
            return party
        org = organisations[-1].actor
        head = sector_of(words[organisations[-1].end :], table, head_only=True)
        if org.sector == "PTY" and org.country and head and head[:3] == "LEG":
            # "Republican senators", "Labour MPs": a party's members sitting in its country's legislature.
            return Actor(org.name, org.country + head[:3], org.country, head[:3])
        if org.sector is None and org.country is None:
            # "UN peacekeepers", "EU foreign ministers": the body's code, with the sector its members have.
            return replace(org, sector=head[:3]) if head else org
        return Actor(org.name, org.code, org.country, org.sector or sector)
    ethnic = [h for h in hits if h.kind == "demonym" and h.start > 0 and words[h.start - 1].lower() == "ethnic"]
    if ethnic and not code:
        code = sector = "CVL"  # "ethnic Albanians": a people, civilians unless the phrase says more
    if ethnic and len(ethnic) < len(hits):
        # "ethnic Albanians in Kosovo": a people is coded by the country it lives in, not by its kin state.
        hits = [h for h in hits if h not in ethnic]
    placed = [h for h in hits if h.start > 0 and words[h.start - 1].lower() in PLACE_PREPS]
    if placed and len(placed) < len(hits) and of_country is None:
        # "American troops in Iraq", "the U.S. ambassador to Russia": a place after the head is where the actor
        # is or whom it serves with, not whose it is.
        hits = [h for h in hits if h not in placed]
    countries = [h.actor for h in hits]
    if not countries and korea and len(words) == 1 and words[0].lower() in _POINTS:
        iso3 = _POINTS[words[0].lower()]
        countries = [Actor(table.country_names[iso3], iso3, iso3, None)]
    if former and sector in table.office_sectors:
        # "a former Egyptian president", "ex-ministers": no holder of the office now, but the country's elite.
        code = sector = "ELI"
    if not countries:
        # With no country, the phrase is an actor only when a sector noun is its head: "riot police".
        alone = sector_of(words, table, head_only=True) if sector else None
        if alone is None and ((sector == "REL" and words[-1].lower() in _GROUP_NOUNS) or _advocacy(words)):
            alone = code  # "Jewish groups", "Muslim leaders": a group of a faith; "advocacy groups": an NGO
        return Actor(None, None, None, sector if former else alone[:3]) if alone else None
    country = of_country.actor if of_country is not None else countries[-1]
    iso3 = country.country or ""
    if former or not table.is_state(country):
        # "a former Egyptian president"; "the New York attorney general", "the attorney general of Texas": an office
        # of a region of the state, whose holder no table of national offices gives.
        holder = None
    elif of_country is not None:
        holder = _titled_holder(words[: of_country.start - 1], iso3, on, table)
    else:
        holder = _office_holder(words, hits[-1].end if hits else len(words), iso3, on, table)
    if holder:
        return holder
    if not code and country.sector:
        code = sector = country.sector
    return Actor(country.name, iso3 + (code or ""), iso3, sector)


def _former_leader(actor: Actor) -> Actor:
    """A person called former ("former President Mubarak", "ex-premier Berlusconi") with no date to say which office
    they held when: the country's elite, as a former holder of an office is (a leader of an organisation stays its)."""
    if not actor.country:
        return actor
    return Actor(actor.name, actor.country + "ELI", actor.country, "ELI")


_FORMER = frozenset({"former", "ex"})
# Nouns a demonym joins with a hyphen to name a language, not a nation: "Spanish-language TV", "French-speaking".
_LANGUAGE_COMPOUNDS = frozenset({"language", "languages", "speaking", "speaker", "speakers"})
# Nouns of a named document or doctrine a place names, where it was made: "the Geneva Conventions", "Kyoto Protocol".
_DOCUMENTS = frozenset(
    {
        "convention", "conventions", "accord", "accords", "agreement", "agreements", "protocol", "protocols",
        "treaty", "charter", "declaration", "doctrine", "consensus", "communique", "memorandum",
    }
)


def _no_nationality(words: Sequence[str], hit: NameHit, table: ActorTable) -> bool:
    """A one-word demonym or place that names no nation here: the tongue of "Spanish-language TV", the place a named
    document was made ("the Geneva Convention", "the Kyoto Protocol"), or a demonym that is a person's surname after a
    given name ("Mark Cuban" is no Cuba)."""
    named = [w for w in words[hit.start : hit.end] if w not in _POSSESSIVES]
    if hit.kind == "leader" or len(named) != 1 or hit.actor.code != hit.actor.country:
        return False
    after = words[hit.end + 1].lower() if hit.end + 1 < len(words) and words[hit.end] in {"-", "–"} else ""
    if hit.kind == "demonym" and after in _LANGUAGE_COMPOUNDS:
        return True
    following = words[hit.end] if hit.end < len(words) else ""
    if hit.kind == "name" and following[:1].isupper() and following.lower() in _DOCUMENTS:
        return True
    before = words[hit.start - 1] if hit.start > 0 else ""
    given = before[:1].isupper() and is_given_name(before) and name_key(before) not in table.names
    return hit.kind == "demonym" and (given or _other_people(words, hit))


@cache
def _other_peoples() -> dict[tuple[str, str], frozenset[str]]:
    """(demonym, side) -> the words there that make it name another people (``other_peoples.tsv``)."""
    found: dict[tuple[str, str], set[str]] = {}
    for row in read_table("other_peoples.tsv"):
        for demonym in row["demonyms"]:
            found.setdefault((demonym.lower(), row["side"]), set()).add(row["word"])
    return {key: frozenset(words) for key, words in found.items()}


def _other_people(words: Sequence[str], hit: NameHit) -> bool:
    """A demonym beside a word that makes it name another people than its country's: "American Indians", "the Oneida
    Indian Nation", "West Indian" (``other_peoples.tsv``); a capitalised word there counts only capitalised."""
    demonym = words[hit.start].lower()
    for side, j in (("before", hit.start - 1), ("after", hit.end)):
        word = words[j] if 0 <= j < len(words) else ""
        known = _other_peoples().get((demonym, side), frozenset())
        if word.lower() in known or (word[:1].isupper() and word in known):
            return True
    return False


def _name_begun(words: Sequence[str], hit: NameHit, table: ActorTable) -> bool:
    """A party known by one word ("Republican", "Democratic", "Labour") begins a longer name no table knows when a
    capitalised word other than a title follows it: "Republican Guard", "Democratic Alliance", "Democratic Unionist
    Party" are not the party; "Republican lawmakers" and "Democrat Hillary Clinton" are. A title counts as a capitalised
    word unless a name follows it ("Republican Guard" is no party, "Republican Sen. Bob Smith" is one)."""
    if hit.kind != "name" or hit.end - hit.start != 1 or hit.actor.sector != "PTY" or hit.end >= len(words):
        return False
    after = hit.end
    if words[after] in _POSSESSIVES or _members(words[after]):
        return False  # "GOP Candidates Reject ...": a headline's capitals
    if not words[after][:1].isupper():
        # "Republican lawmakers", "the Democratic nominee": the party's people; "the Democratic race" is a thing.
        head = words[-1].lower()
        return not (_members(head) or head in table.role_words or sector_of(words[after:], table, head_only=True))
    if words[after].lower() in table.role_words or words[after].lower().rstrip(".") in table.role_words:
        # "Republican Sen. Bob Smith": a title before a name.
        return not (after + 1 < len(words) and words[after + 1][:1].isupper())
    return not any(h.start == 0 for h in find_names(words[after:], None, table))


def _firms_name(words: Sequence[str], hit: NameHit) -> bool:
    """A person's name joined to another by "&" names a firm or a show after them, not the person: "Fox & Friends",
    "Johnson & Johnson", "Marks & Spencer"."""
    beside = [*words[max(0, hit.start - 1) : hit.start], *words[hit.end : hit.end + 1]]
    return hit.kind == "leader" and "&" in beside


# Words before a saint's name, which names a place or a church after the saint ("St. Paul", "St. Francis Hospital").
_SAINTS = frozenset({"st.", "st", "saint", "ste.", "ste", "sainte"})


def _saints_name(words: Sequence[str], hit: NameHit) -> bool:
    """A person found by a bare name right after "St." or "Saint" is the saint a place is named after, not the person
    ("St. Paul City Council", "St. Francis"): no leader of today."""
    return hit.surname and hit.start > 0 and words[hit.start - 1].lower() in _SAINTS


def _members(word: str) -> bool:
    """A noun for the people a party counts as its own, whatever the capitals: "candidates", "nominee", "rivals"."""
    word = word.lower()
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    return bool({word, singular} & PARTY_MEMBERS)


def _without_former(words: Sequence[str]) -> tuple[list[str], bool]:
    """The words without "former" or "ex-" ("ex-president", "ex - president"), and whether one was there."""
    kept: list[str] = []
    former = False
    for i, word in enumerate(words):
        lowered = word.lower()
        if lowered in _FORMER and (lowered == "former" or (i + 1 < len(words) and words[i + 1] == "-")):
            former = True
        elif word == "-" and i > 0 and words[i - 1].lower() == "ex":
            continue
        elif lowered.startswith("ex-") and len(word) > 3:
            former = True
            kept.append(word[3:])
        else:
            kept.append(word)
    return kept, former


def _of_nothing(words: Sequence[str], hit: NameHit, hits: Sequence[NameHit]) -> bool:
    """An "of" phrase that names no known actor follows ``hit``: "Horn of Africa", not "Merkel of Germany"."""
    return hit.end < len(words) and words[hit.end] == "of" and not any(h.start > hit.end for h in hits)


def _other_party(words: Sequence[str], hits: Sequence[NameHit], hit: NameHit, table: ActorTable) -> Actor | None:
    """A party named by a common word ("Democrats", "Republicans") that another name qualifies is another
    party: "German Social Democrats" is DEUPTY, "Sweden Democrats" SWEPTY, "Christian Democrats" a party of
    no known country. A chamber or a stance before it keeps the party ("House Democrats", "moderate
    Republicans")."""
    if hit.actor.sector != "PTY" or hit.start == 0:
        return None
    states = [h for h in hits if h.end <= hit.start and h.kind != "leader" and h.actor.code == h.actor.country]
    foreign = [h for h in states if h.actor.country != hit.actor.country]
    if foreign:
        country = foreign[-1].actor
        return Actor(country.name, f"{country.country}PTY", country.country, "PTY")
    if words[hit.start - 1].lower() in _PARTY_FAMILIES:
        return Actor(None, None, None, "PTY")
    return None


def place_actor(word: str, on: date | None, table: ActorTable | None = None) -> Actor | None:
    """The place a word names when it is also a person's surname ("Lagos": Nigeria, not Ricardo Lagos)."""
    table = table or actor_table()
    if not table.is_place(word):
        return None
    known = table.names.get(name_key(word))
    if known is not None and table.is_state(known):
        return known
    entry = table.phoenix.names[word.lower()]
    country = entry.code_on(on)
    return Actor(word, country, country, None) if country and country in table.country_names else None


def side(actor: Actor) -> str | None:
    """The country of an actor, or its organisation code's first part ("IGO")."""
    return actor.country or (actor.code or "")[:3] or None


@cache
def envoy_nouns() -> frozenset[str]:
    """Nouns of a person or body sent to another state or organisation (``envoy_nouns.tsv``)."""
    return frozenset(row["noun"] for row in read_table("envoy_nouns.tsv"))


def _host(words: Sequence[str], hit: NameHit) -> bool:
    """The name is where an envoy is sent ("ambassador to the United States", "envoy at the UN"), not whom the
    envoy acts for."""
    envoys = envoy_nouns()
    return any(words[i].lower() in ("to", "at") and words[i - 1].lower() in envoys for i in range(1, hit.start))


def _of_country(words: Sequence[str], hits: Sequence[NameHit], table: ActorTable) -> NameHit | None:
    """The country of "<title> of <country>" ("the President of France", "Emir Tamim of Qatar"), when the
    phrase ends with it and a title or sector word comes before "of"."""
    if not hits or hits[-1].end != len(words) or hits[-1].kind == "leader":
        return None
    last = hits[-1]
    if last.start < 2 or words[last.start - 1].lower() != "of" or not last.actor.country:
        return None
    before = {w.lower() for w in words[: last.start - 1]}
    return last if before & table.role_words else None


def _titled_holder(title_words: Sequence[str], iso3: str, on: date | None, table: ActorTable) -> Actor | None:
    """Who held the office the words before "of <country>" name, when a table knows it."""
    lowered = [w.lower() for w in title_words if w[:1].isupper() or w.lower() in table.role_words]
    for n in (3, 2, 1):
        leader = table.office_holder(iso3, " ".join(lowered[-n:]), on) if len(lowered) >= n else None
        if leader:
            return leader.actor
    return None


def _office_holder(words: Sequence[str], after: int, iso3: str, on: date | None, table: ActorTable) -> Actor | None:
    """A role description with no name resolves to whoever held the office: "the North Korean leader".

    ``after`` is where the country's name ends; a capitalised word after it is a name ("Korean leader
    Kim"), so the phrase is not a bare role.
    """
    if any(w[:1].isupper() and w.lower() not in table.sectors for w in words[max(1, after) :]):
        return None
    lowered = [w.lower() for w in words]
    for n in (3, 2, 1):
        title = " ".join(lowered[-n:])
        leader = table.office_holder(iso3, title, on)
        if leader:
            return leader.actor
    return None


def is_korea_story(doc: Doc) -> bool:
    """Whether "the North" and "the South" stand for the two Koreas in this article."""
    cached = doc.user_data.get("telex_korea")
    if cached is None:
        text = text_of(doc)
        cached = "Korea" in text or "Pyongyang" in text
        doc.user_data["telex_korea"] = cached
    return bool(cached)


# Named-entity types of a head word that names no actor whatever a table says of the word: a month ("in May" is no
# Theresa May), a language ("English" is no Bill English), an amount ("Canadian dollars").
_NOT_ACTORS = frozenset({"DATE", "TIME", "LANGUAGE", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


def resolve_span(span: Span, entities: EntityIndex, on: date | None) -> Actor | None:
    """Code a mention: the entity it belongs to if that is coded, else its words."""
    region = _home_region(span, entities)
    if region is not None:
        return region
    entity = entities.at(span.start_char, span.end_char)
    if entity and entity.code and _covers(span, entity.mentions):
        return Actor(entity.name, entity.code, entity.country, entity.sector)
    if span.root.ent_type_ in _NOT_ACTORS:
        return None
    around = span.doc[max(0, span.start - 1) : span.end + 1]
    if len(span) == 1 and _month_here([t.text for t in around], span.start - around.start):
        return None  # "went from 166 in May": the tagger left the month untyped
    words = _hyphen_joined(span)
    actor = resolve_words(words, on, is_korea_story(span.doc))
    if actor is None and entity is not None and entity.sector and not entity.code and _covers(span, entity.mentions):
        # "Grassley" after "Sen. Chuck Grassley": the person's title gave a sector but no country.
        return Actor(entity.name, None, None, entity.sector)
    if actor is not None and actor.code is None and span.root.pos_ not in ("NOUN", "PROPN"):
        return None  # "military" in "military occupation" describes the act; it names no actor
    if actor is None or actor.code is None:
        exemplified = _exemplified(span, actor, entities, on)
        if exemplified is not None:
            return exemplified
    if actor is not None and entity is not None and _taken_for_another(span, entity, actor, entities):
        # "welcomed Khan's election" after "London's mayor Sadiq Khan": the article's Khan, not Imran Khan;
        # "Jordan Peterson" is no kingdom.
        return Actor(entity.name, entity.code, entity.country, entity.sector)
    if len(text_of(span.doc)) >= WHOLE_STORY:
        actor = _not_a_stranger(words, actor, entities, on)
    return _in_region(span, actor, entities)


def _hyphen_joined(span: Span) -> list[str]:
    """The words of a mention as the actor tables and ``words_of`` spell them: the tagger splits a hyphenated word
    ("front", "-", "runner"; "pro", "-", "Russian"), which is one ("the Democratic front-runner" is a party's
    candidate, "pro-Russian rebels" are not Russian). A participle after the hyphen says what the name before it did
    to the noun, and the name stays a word of its own ("a United Nations-supervised mediation", "Mexican-made
    goods", "Saudi-led forces")."""
    words: list[str] = []
    tokens = list(span)
    glued = False
    for k, token in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        hyphen = token.text == "-" and k > 0 and not tokens[k - 1].whitespace_ and not token.whitespace_
        if glued:
            words[-1] += token.text
            glued = False
        elif hyphen and after is not None and after.tag_ not in _PARTICIPLES:
            words[-1] += "-"
            glued = True
        else:
            words.append(token.text)
    return [_nationality_compound(w) for w in words]


# Tags of a participle after a hyphen ("-supervised", "-backed", "-leaning").
_PARTICIPLES = frozenset({"VBN", "VBD", "VBG"})


def _nationality_compound(word: str) -> str:
    """A hyphenated name of an origin and a nationality ("Afro-Colombian", "Mexican-American", "Irish-American") is
    of the nationality its last part names, unless the tables know the whole word; a word made with a prefix of
    stance or time ("pro-Russian", "Anti-Trump", "ex-Soviet") is not of that nationality and stays whole."""
    first, hyphen, last = word.rpartition("-")
    if not hyphen or not first[:1].isupper() or not last[:1].isupper():
        return word
    if first.split("-")[0].lower() in _WORD_PREFIXES or find_names([word]):
        return word
    hits = find_names([last])
    return last if len(hits) == 1 and hits[0].kind == "demonym" else word


# Prefixes that make a word of stance or time of a name ("pro-Clinton", "anti-Trump", "ex-Soviet", "post-Soviet").
_WORD_PREFIXES = frozenset({"anti", "counter", "ex", "neo", "non", "post", "pre", "pro", "pseudo", "quasi", "semi"})


def _not_a_stranger(words: list[str], actor: Actor | None, entities: EntityIndex, on: date | None) -> Actor | None:
    """The phrase's actor, unless it is a person found by a bare surname who leads or led a country the article's
    entities name nowhere ("Key Democratic lawmakers" is no New Zealand premier, "a Fox executive" no Mexican
    president): then what the other words name."""
    if actor is None or actor.country is None:
        return actor
    hit = next((h for h in find_names(words, on) if h.surname and h.actor == actor), None)
    if hit is None or any(e.country == actor.country for e in entities):
        return actor
    rest = words[: hit.start] + words[hit.end :]
    return _not_a_stranger(rest, resolve_words(rest, on), entities, on) if rest else None


# Nouns of a body of people that name no sector: their examples say who they are ("groups such as Hamas"), and a faith
# before them gives theirs ("Jewish groups", "Muslim leaders").
_GROUP_NOUNS = frozenset(
    {
        "group", "groups", "organization", "organizations", "organisation", "organisations", "movement", "movements",
        "faction", "factions", "outfit", "outfits", "network", "networks", "community", "communities", "leaders",
        "association", "associations",
    }
)  # fmt: skip


def _advocacy(words: Sequence[str]) -> bool:
    """A body that campaigns for a cause: a noun of a body of people after an advocacy word or a word made with pro-
    or anti- ("conservative outside groups", "budget watchdog groups", "anti-abortion organizations")."""
    if len(words) < 2 or words[-1].lower() not in ADVOCACY_BODIES:
        return False
    return any(w.lower() in ADVOCACY or w.lower().startswith(("pro-", "anti-")) for w in words[:-1])


def _exemplified(span: Span, actor: Actor | None, entities: EntityIndex, on: date | None) -> Actor | None:
    """A group known by its sector alone, or by a group noun, is who its first example is: "terrorist groups such as
    al-Qaeda", "rebel groups including the Free Syrian Army". The group's own sector, if it has one, is theirs
    ("politicians like John Kerry" are politicians), unless it is that of unidentified armed men, whom the example
    identifies ("terrorist groups such as Hamas" are Hamas)."""
    example = _named_example(span, entities, on)
    if example is None or (actor is None and span.root.lemma_.lower() not in _GROUP_NOUNS):
        return None
    own = actor.sector if actor is not None and actor.sector != "UAF" else None
    if not own or own == example.sector or not example.country:
        return example
    return Actor(example.name, example.country + own, example.country, own)


def _named_example(span: Span, entities: EntityIndex, on: date | None) -> Actor | None:
    """The first example the phrase's head is given ("such as X", "including X", "like X"), when it is coded with a
    country or an organisation's code."""
    for prep in span.root.children:
        such_as = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
        if prep.dep_ != "prep" or not (such_as or prep.lower_ in ("including", "like")):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")):
            example = resolve_span(span.doc[obj.left_edge.i : obj.i + 1], entities, on)
            if example is not None and example.code:
                return example
    return None


def region_reading(key: str, counts: Counter[str], text: str, lead: int = 1) -> Actor | None:
    """What a state's name that a region bears (``key``: "georgia") means where it is written: the region when the words
    there name the region's country more than ``lead`` times as often as the state, the state when they name the state
    more often, ``None`` otherwise. ``counts`` are the countries the tables code in the words (not the name itself);
    the cue words of shared_names.tsv found in ``text`` count too ("primary" for the American state, "Caucasus")."""
    table = actor_table()
    region, state = table.shared_regions.get(key), table.names.get(key)
    if region is None or state is None or not region.country or not state.country:
        return None
    state_cues, region_cues = table.shared_cues.get(key, ((), ()))
    ours = counts[region.country] + _cue_count(region_cues, text)
    theirs = counts[state.country] + _cue_count(state_cues, text)
    return region if ours > lead * theirs else state if theirs > ours else None


def _cue_count(cues: Sequence[str], text: str) -> int:
    return sum(len(re.findall(r"\b" + re.escape(cue) + r"\b", text, flags=re.IGNORECASE)) for cue in cues)


def shared_region_key(words: Iterable[str], actor: Actor | None) -> str | None:
    """The key of the first of ``words`` that is a state's name a region bears ("georgia"), when ``actor`` is coded by
    that state: "Georgia voters" coded GEOCVL."""
    table = actor_table()
    for word in words:
        key = name_key(word)
        state = table.names.get(key)
        if actor is not None and key in table.shared_regions and state is not None and state.country == actor.country:
            return key
    return None


def as_region(actor: Actor, region: Actor) -> Actor:
    """The actor of a region's country that a phrase coded by a state's name is: "Georgia Republicans" are USAPTY."""
    return of_country(actor, region.country or "")


def of_country(actor: Actor, country: str) -> Actor:
    """``actor``, of its sector, placed in ``country`` (its name kept)."""
    return Actor(actor.name, country + (actor.sector or ""), country, actor.sector)


def _in_region(span: Span, actor: Actor | None, entities: EntityIndex) -> Actor | None:
    """A phrase coded by a state's name that the article reads as a region of another country (the entity of the name
    is coded with the region's country): "Georgia voters" where Georgia is the American state."""
    if actor is None or not actor.country:
        return actor
    table = actor_table()
    for token in span:
        key = shared_region_key([token.text], actor)
        entity = entities.at(token.idx, token.idx + len(token)) if key else None
        if key and entity is not None and entity.country == table.shared_regions[key].country:
            return as_region(actor, table.shared_regions[key])
    return actor


def _home_region(span: Span, entities: EntityIndex) -> Actor | None:
    """A region that bears a state's name, in an article about the region's country: "Georgia" in a story of
    American politics is the American state, not the Caucasus republic."""
    words = [t.text for t in span if t.lower_ not in _DETERMINERS]
    region = actor_table().shared_regions.get(name_key(" ".join(words))) if words else None
    if region is None or entities.home_country != region.country:
        return None
    return region


def _taken_for_another(span: Span, entity: Entity, actor: Actor, entities: EntityIndex) -> bool:
    """The phrase names, by a name the article gives a person, some other person of the tables, or a place a word of
    the person's name is also the name of ("Ben Rhodes" is no Greek island, "Jordan Peterson" no kingdom, "Cook" after
    "Peter Cook" no Robin Cook); ``entities`` are the article's."""
    if entity.type != "PERSON" or not actor.name or actor.name == entity.name:
        return False
    text = text_of(span.doc)
    inside = [text[s:e] for s, e in entity.mentions if span.start_char <= s and e <= span.end_char]
    named = set(actor.name.split())
    if not entity.code:
        place = actor.code is not None and actor.code == actor.country
        if place and any(named <= set(m.split()) or _demonym_surname(m, actor.code) for m in inside):
            return True
        # A person out of office is coded by the country alone, as a place is: "Cooper" after "Bradley Cooper" is no
        # Yvette Cooper, whatever her code.
        return _namesake(entity.name, actor.name, inside, entities)
    return any(set(m.split()) <= named for m in inside)


def _demonym_surname(name: str, country: str | None) -> bool:
    """A word after the first of a person's name is the country's demonym: "Mark Cuban" is no Cuba."""
    demonyms = actor_table().demonyms
    return any(demonyms.get(name_key(word)) == country for word in name.split()[1:])


def _namesake(person: str, other: str, mentions: Sequence[str], entities: EntityIndex) -> bool:
    """A bare part of the name (in ``mentions``; ``cluster.bare_parts``) of the article's ``person``, whom no table
    knows, is not the ``other`` person of the tables who bears it: "Cook declined" after "Peter Cook" is no Robin Cook,
    "Carlos" after "Juan Carlos Hidalgo" no King Juan Carlos. Unless the article names that other person too ("Trump"
    beside "Melania Trump" and "Donald Trump"), or the person's name is no proper full name (a tagger's
    "pro-Clinton", "Hillary] Clinton")."""
    words = person.split()
    return (
        len(words) > 1
        and all(w[:1].isupper() for w in words)
        and not same_person(other, person)
        and any(len(bare := name_tokens(m)) == 1 and bare[0] in bare_parts(person) for m in mentions)
        # The article's people are gathered only for a surname that may be a namesake's, not on every mention.
        and other not in {e.name for e in entities if e.type == "PERSON"}
    )


def _covers(span: Span, mentions: Sequence[tuple[int, int]]) -> bool:
    """The entity's mention is the head of ``span`` rather than a modifier inside it."""
    root = span.root
    return any(start <= root.idx < end for start, end in mentions)

