"""Find the names the actor tables know in a phrase's words: states, bodies, people by full name or bare surname,
officials after their titles, and the Phoenix dictionaries' names in the words telex's tables leave unnamed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from telex.actors.name_edges import (
    after_honorific,
    alone_as_name,
    fallback_here,
    given_name_at,
    grammar_word,
    heads_a_name,
    initial,
    month_here,
    name_goes_on,
    opens_a_group,
    place_here,
)
from telex.actors.phoenix import MAX_WORDS as PHOENIX_WORDS
from telex.actors.spelling import capitalised, respelled
from telex.actors.table import Actor, ActorTable, Leader, actor_table, name_key
from telex.actors.word_lists import ANYONES_ROLES, POSSESSIVES, geographic_features, kin_nouns
from telex.entities.person_names import is_given_name


@dataclass(frozen=True)
class NameHit:
    """A known name found inside a phrase, at word positions ``[start, end)``."""

    start: int
    end: int
    kind: str  # name | leader | demonym
    actor: Actor
    surname: bool = False  # a person found by a bare surname ("Putin"), not a full name
    fallback: bool = False  # found in the Phoenix dictionaries, not in telex's own tables

    def names_a_state(self) -> bool:
        """Whether the hit is a state itself ("Mexico", "Mexican"), not a person or one of its bodies."""
        return self.kind != "leader" and self.actor.code == self.actor.country


# Phrases whose reading is remembered (per process): the same names recur across an article's sentences and
# articles; the answer depends only on the words, the date and the table.
REMEMBERED = 16_384


def find_names(words: Sequence[str], on: date | None = None, table: ActorTable | None = None) -> list[NameHit]:
    """Known names in ``words``, longest first at each position, without overlaps.

    telex's own tables are read first; the Phoenix dictionaries only fill the words they leave unnamed.
    """
    return list(_names_in(tuple(words), on, table or actor_table()))


@lru_cache(maxsize=REMEMBERED)
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
    found = sorted(found + _respelled_people(words, found, on, table), key=lambda h: h.start)
    return tuple(h for h in found if not (_personal_name(words, h, table) or _honoured_place(words, h, table)))


def _respelled_people(
    words: Sequence[str], hits: Sequence[NameHit], on: date | None, table: ActorTable
) -> list[NameHit]:
    """People of telex's tables whose full name a run of capitalised words no table names gives in another
    transliteration ("Hosni Moubarak", "Vladimir Poutine")."""
    named = {i for h in hits for i in range(h.start, h.end)}
    found: list[NameHit] = []
    start = 0
    while start < len(words):
        end = start
        while end < len(words) and end not in named and _name_word(words[end], table):
            end += 1
        name = respelled(words[start:end], table) if end - start >= 2 else None
        actor = table.person(table.leaders_by_name[name_key(name)], on, name) if name else None
        if actor is not None:
            found.append(NameHit(start, end, "leader", actor))
        start = max(end, start + 1)
    return found


def _name_word(word: str, table: ActorTable) -> bool:
    """A capitalised word that may be part of a person's name: not a title ("President") nor a possessive."""
    return capitalised(word) and word not in POSSESSIVES and word.lower().rstrip(".") not in table.role_words


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
        framed = _framed_word(words, i, on, table) if lookup is _lookup else None
        if framed is not None and not _longer_name_at(words, i, stop, on, table, longest):
            hits.append(framed)
            i += 1
            continue
        for n in range(min(longest, stop - i), 0, -1):
            phrase = words[i : i + n]
            hit = lookup(phrase, on, table)
            if hit is None and _without_initials(phrase) != list(phrase):
                hit = lookup(_without_initials(phrase), on, table)
            if (
                hit
                and hit[0] == "surname"
                and (
                    not alone_as_name(words, i, i + 1, table)
                    or _grammar_surname(words[i])
                    or place_here(words, i, table)
                    or month_here(words, i)
                    or heads_a_name(words, i, table)
                    or opens_a_group(words, i, table)
                )
            ):
                hit = None
            if hit and hit[0] == "name" and lookup is _lookup_phoenix and not fallback_here(words, i, i + n, table):
                hit = None
            if hit and hit[0] == "surname" and on is not None and _common_alone(words, i, table):
                famous = table.famous_bearer(words[i], on)
                hit = ("surname", famous) if famous is not None else None
            if hit:
                kind, actor = hit
                surname = kind == "surname"
                hits.append(NameHit(i, i + n, "leader" if surname else kind, actor, surname))
                i += n
                break
        else:
            i += 1
    return hits


def _grammar_surname(word: str) -> bool:
    """A bare surname that is also a word of grammar of two letters ("To", "Do") names nobody: such a word opens
    sentences far more often than news calls To Lam or Do Muoi by surname ("To publicly endorse ..."), where a longer
    one stays a name ("May said" is Theresa May)."""
    return len(word) <= 2 and grammar_word(word)


def _longer_name_at(words: Sequence[str], i: int, stop: int, on: date | None, table: ActorTable, longest: int) -> bool:
    """A name of two words or more the tables know opens at ``words[i]``: "leader Hassan Nasrallah" is Nasrallah, not
    King Hassan by his surname after a title."""
    return any(_lookup(words[i : i + n], on, table) for n in range(min(longest, stop - i), 1, -1))


def _common_alone(words: Sequence[str], i: int, table: ActorTable) -> bool:
    """``words[i]`` is a common surname (common_surnames.tsv: "Reynolds", "Garcia") with no title of office right
    before it ("Gov. Reynolds", "Senator Collins" name their bearer; "Mr. Brown" does not say which Brown). On a
    known date only: with none, who is in office is unknown and the name keeps what the tables say."""
    before = words[i - 1].lower() if i > 0 else ""
    titled = before in table.role_words or before + "." in table.role_words
    return words[i].lower() in table.common_surnames and not titled


# The last word of an official's title that stands for the whole title before a surname: "Secretary Johnson".
_SHORT_TITLES = frozenset({"secretary", "director"})


# Nouns of states or of those who act for them, after which a region's adjective names the region's states: "Asian
# leaders", "African nations", "European governments" (not "Asian American voters", "European football").
_STATE_NOUNS = frozenset(
    {
        "nations", "countries", "states", "powers", "governments", "government", "leaders", "officials", "ministers",
        "diplomats", "capitals", "allies", "neighbours", "neighbors", "partners", "envoys", "heads",
    }
)  # fmt: skip


def _framed_word(words: Sequence[str], i: int, on: date | None, table: ActorTable) -> NameHit | None:
    """``words[i]`` names an actor by the word next to it: an official's surname after a title ("Attorney General
    Lynch"), a world region's adjective before a noun of states ("Asian leaders")."""
    titled = _titled_official(words, i, on, table) or _titled_leader(words, i, on, table)
    titled = titled or _titled_bearer(words, i, on, table) or _honoured_bearer(words, i, on, table)
    if titled is not None:
        return NameHit(i, i + 1, "leader", titled)
    region = _region_of_states(words, i, table)
    return NameHit(i, i + 1, "name", region) if region is not None else None


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
    if not candidates or not alone_as_name(words, i, i + 1, table):
        return None  # "Secretary Martin Andanar": a given name before a surname
    before = [w.lower().replace(".", "") for w in words[:i]]
    titled = [c for c in candidates if any(_title_before(before, title) for title in c.titles)]
    return table.person(titled, on, titled[0].name) if titled else None


def _titled_leader(words: Sequence[str], i: int, on: date | None, table: ActorTable) -> Actor | None:
    """``words[i]`` is the surname of a leader (leaders.tsv) right after the title of an office the leader holds or has
    held by that day: the title names that office's holder of the date, else its last holder before it, never a
    namesake who never held it. "President Bush" in 2016 is George W. Bush (``USAELI``), not Jeb Bush, a candidate
    (was ``USAGOV``); "President Clinton" in 2016 is Bill Clinton, not Hillary. ``None`` with no date, or when no
    bearer of the surname had held the office by then ("President Trump" in 2016 keeps what the name says)."""
    if i == 0 or on is None or not words[i][:1].isupper() or not alone_as_name(words, i, i + 1, table):
        return None
    before = [w.lower().replace(".", "") for w in words[:i]]
    held = [
        c for c in table.leaders_by_token.get(words[i].lower(), [])
        if c.start and c.start <= on and any(t not in ANYONES_ROLES and _title_before(before, t) for t in c.titles)
    ]  # fmt: skip
    if not held:
        return None
    current = [c for c in held if c.in_office(on)]
    name = current[0].name if current else max(held, key=lambda c: c.end or date.max).name
    return table.person([c for c in held if c.name == name], on, words[i])


def _titled_bearer(words: Sequence[str], i: int, on: date | None, table: ActorTable) -> Actor | None:
    """``words[i]`` is a surname right after a title of office ("Sen. Graham", "Gov. Haley", "President Obama") and one
    person of the tables who bears it holds a role of that title's sector that day: that role. "Sen. Graham" in 2016
    is Senator Lindsey Graham, not the only bearer in leaders.tsv (a Canadian minister of 2002-2004), though "Graham"
    alone, a given name as often, names nobody. With no date, or two such bearers that day, the title does not say."""
    if i == 0 or on is None or not words[i][:1].isupper() or not words[i].isalpha():
        return None
    if not alone_as_name(words, i, i + 1, table) or words[i - 1].lower() in ANYONES_ROLES:
        return None  # "Spokeswoman Haley Morris": a given name; a spokeswoman is as often a party's
    sector = (table.sectors.get(words[i - 1].lower()) or "")[:3]
    if sector not in table.office_sectors:
        return None
    token = words[i].lower()
    roles = [r for n in table.politician_surnames.get(token, ()) for r in table.politician_roles[n]]
    roles += [c for c in table.leaders_by_token.get(token, []) if c.country[:3] in table.country_names]
    holding = [r for r in roles if r.sector == sector and r.in_office(on)]
    return holding[0].actor if len({r.name for r in holding}) == 1 else None


def _honoured_bearer(words: Sequence[str], i: int, on: date | None, table: ActorTable) -> Actor | None:
    """``words[i]`` is a given name right after a person's honorific, which makes it a surname ("Mr. Ryan", "Ms.
    Warren", "Mr. Christie"): the one person of the tables who bears it and holds a role that day, as any other bare
    surname names (``_serving_politician``, ``ActorTable.famous_bearer`` for a common one: "Mr. Brown" still says
    not which Brown). Alone, such a word ("Ryan", "Graham") is as often a first name and names nobody."""
    word = words[i]
    if on is None or not is_given_name(word) or not after_honorific(words, i) or not word.isalpha():
        return None
    if not alone_as_name(words, i, i + 1, table) or table.is_place(word) or word.lower() in table.role_words:
        return None
    if word.lower() in table.common_surnames:
        return table.famous_bearer(word, on)
    if any(c.in_office(on) for c in table.leaders_by_token.get(word.lower(), [])):
        return None
    return table.serving_politician(word, on)


def _title_before(before: Sequence[str], title: str) -> bool:
    """The words ``before`` end with ``title``, or with its last word when that word stands for it ("Secretary")."""
    title_words = title.replace(".", "").split()
    if list(before[-len(title_words) :]) == title_words:
        return True
    return before[-1] == title_words[-1] and title_words[-1] in _SHORT_TITLES


def _without_initials(words: Sequence[str]) -> list[str]:
    """ "Vladimir V. Putin", "Benjamin L. Cardin": a middle initial is no part of the name the tables know."""
    if len(words) < 3 or not any(initial(w) for w in words[1:-1]) or initial(words[0]) or initial(words[-1]):
        return list(words)
    return [words[0], *(w for w in words[1:-1] if not initial(w)), words[-1]]


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
    if len(words) != 1 or (phrase.isupper() and len(phrase) > 2):
        return None  # "FICO", "SPA": a word in capitals is an abbreviation, no bare surname ("Fico")
    serving = _serving_politician(phrase, on, table)
    if serving is not None:
        return "surname", serving
    official = _sole_official(phrase, on, table)
    if official is not None:
        return "surname", official
    bearers = table.surname_bearers(table.leaders_by_token.get(phrase.lower(), []), on)
    if bearers and not _given_name_of_the_past(phrase, bearers, on):
        actor = table.person(bearers, on, phrase)
        if actor:
            return "surname", actor
    return None


def _given_name_of_the_past(word: str, bearers: Sequence[Leader], on: date | None) -> bool:
    """A bare surname that is a given name as often ("Sharon", "Grant") names a leader who bears it only while one of
    them is in office: "Sharon" in 2003 is Ariel Sharon, Israel's premier, but in 2016, among "Talia, David, Laurence,
    Sharon, and Amy", a woman, not the late premier's elite (politicians are read so, ``_serving_politician``)."""
    return on is not None and is_given_name(word) and not any(c.in_office(on) for c in bearers)


def _serving_politician(word: str, on: date | None, table: ActorTable) -> Actor | None:
    """A bare surname of one person of politicians.tsv in a role that day ("Sanders", "Cruz" in 2016), when no leader
    who bears it is in office then ("Obama" in 2016 is the president whoever else bears it) and the word is no given
    name ("Graham", "Ryan", "Paul": as often a first name), place or title."""
    if on is None or is_given_name(word) or table.is_place(word) or word.lower() in table.role_words:
        return None
    if any(c.in_office(on) for c in table.leaders_by_token.get(word.lower(), [])):
        return None
    return table.serving_politician(word, on)


def _sole_official(word: str, on: date | None, table: ActorTable) -> Actor | None:
    """A bare surname of one official of officials.tsv in office that day that no one else of the tables bears and
    that is neither a common surname nor a given name: "Comey" in 2016 is the FBI's director (``USACOP``). "Lynch",
    "Carter", "Johnson" (common surnames) and "Kerry" (a given name) stay unnamed alone: they are as often another
    person's. ``None`` with no date, or out of the official's term."""
    token = word.lower()
    officials = table.officials_by_token.get(token, [])
    if on is None or len({c.name for c in officials}) != 1 or token in table.common_surnames or is_given_name(word):
        return None
    if table.leaders_by_token.get(token) or table.politician_surnames.get(token) or table.is_place(word):
        return None
    holding = [c for c in officials if c.in_office(on)]
    return table.person(holding, on, holding[0].name) if holding else None


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


def _personal_name(words: Sequence[str], hit: NameHit, table: ActorTable) -> bool:
    """A state's name that is also a given name or a surname (shared_names.tsv) is part of a person's name here: a
    given name before the rest of a name ("Chad Pergram"), a surname after a given name ("Vernon Jordan"), a title or
    an honorific ("Rep. Jordan", "Mr. Jordan")."""
    if hit.kind != "name" or hit.end - hit.start != 1 or not table.is_state(hit.actor):
        return False
    person = table.person_names.get(name_key(words[hit.start]), frozenset())
    after = words[hit.end].lower() if hit.end < len(words) else ""
    given = "given" in person and after and after not in geographic_features()
    if given and name_goes_on(words, hit.end, False, table):
        return True
    if hit.start > 0 and given_name_at(words, hit.start - 1, table):
        return True
    if "surname" not in person or hit.start == 0:
        return False
    back = hit.start - 2 if hit.start > 1 and words[hit.start - 1] == "." else hit.start - 1  # "Mr . Jordan"
    before = words[back]
    titled = before[:1].isupper() and before.endswith(".") and {before.lower(), before.lower()[:-1]} & table.role_words
    return bool(titled) or after_honorific(words, hit.start) or name_goes_on(words, hit.start - 1, True, table)


def _honoured_place(words: Sequence[str], hit: NameHit, table: ActorTable) -> bool:
    """A one-word place of telex's tables (a state, a capital, a town, a province) right after a person's honorific is
    that person's surname: "Ms. Gao" is a woman, not Mali's province of Gao; "Mr. Israel" a congressman. The Phoenix
    names are held to the same test where they are found (``fallback_here``). So is one right after a noun of a
    relative a given name: "her sister Victoria" is no Seychelles, "your daughter Chelsea" no London district."""
    start = hit.start
    kin = start > 0 and words[start - 1].lower() in kin_nouns()
    return (
        hit.kind == "name"
        and hit.end - start == 1
        and (after_honorific(words, start) or kin)
        and (table.is_place(words[start]) or name_key(words[start]) in table.regions)
    )


def _particle_name(phrase: str) -> bool:
    """A name opening with a lower-case particle: "al-Qaeda", "el-Sisi"."""
    first = phrase.split()[0]
    return "-" in first and first.split("-")[1][:1].isupper()


def _join(words: Sequence[str]) -> str:
    """The words as one phrase, a hyphen and a possessive closed up, curly apostrophes straight as the tables write
    names ("O’Malley" is "O'Malley")."""
    text = ""
    for word in words:
        if word in {"-", "–"} or text.endswith("-") or (word in POSSESSIVES and text):
            text += word
        else:
            text += (" " if text else "") + word
    return text.strip().replace("’", "'")


def place_actor(word: str, on: date | None, table: ActorTable | None = None) -> Actor | None:
    """The place a word names when it is also a person's surname ("Lagos": Nigeria, not Ricardo Lagos)."""
    table = table or actor_table()
    if not table.is_place(word):
        return None
    known = table.names.get(name_key(word))
    if known is not None and (table.is_state(known) or name_key(word) in table.towns):
        return known
    entry = table.phoenix.names[word.lower()]
    country = entry.code_on(on)
    return Actor(word, country, country, None) if country and country in table.country_names else None


def nationality_compound(word: str) -> str:
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
