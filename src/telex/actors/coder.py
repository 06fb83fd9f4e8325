"""Code one actor phrase on its own, as users code the actor lists of other datasets: no model, no article.

>>> code_actor("Egyptian riot police")["code"]
'EGYCOP'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from datetime import date
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from telex.actors.false_names import no_nation_here
from telex.actors.name_edges import CALENDAR, HONORIFICS
from telex.actors.names import NameHit, find_names, nationality_compound, place_actor
from telex.actors.phrases import resolve_words
from telex.actors.regions import as_region, region_reading, shared_region_key
from telex.actors.sectors import sector_of
from telex.actors.table import Actor, ActorTable, actor_table, name_key
from telex.actors.word_lists import ANYONES_ROLES, DETERMINERS, PLACE_PREPS, POSSESSIVES, kin_nouns
from telex.entities.person_names import is_given_name
from telex.isodate import parse_bound, parse_date
from telex.tables import read_table

__all__ = ["affiliation", "code_actor", "described", "kin_named", "owned_in_context", "words_of"]

# "U.S.", "B." (an initial), the party letter of a legislator's tag apart from the state ("D", "-", "N.M.").
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|\b[A-Z]\.(?=\s)|\b[DRI](?=-[A-Z])|\w+(?:[-'’]\w+)*|[^\w\s]")
_ORGANISATIONS = ("IGO", "NGO", "IMG")


def words_of(text: str, compounds: bool = True) -> list[str]:
    """Words as the actor tables spell them: "U.S.", "al-Qaeda", an initial with its point ("Lyndon B. Johnson"), a
    title's or a state's abbreviation with its point ("Sen.", "Calif."), and a possessive apart ("Russia", "'s"); with
    ``compounds``, a hyphenated word as the article's reading takes it (``_hyphen_read``)."""
    words: list[str] = []
    table = actor_table()
    roles = table.role_words
    found = _WORD.findall(text)
    for i, word in enumerate(found):
        if len(word) > 2 and word[-2:].lower() in ("'s", "’s"):
            words += [word[:-2], word[-2:]]
        elif word == "." and words and (words[-1].lower() + "." in roles or name_key(words[-1] + ".") in table.regions):
            words[-1] += "."  # "Sen.", "Calif.": an abbreviation, one word as the tagger keeps it
        elif unpointed_title(found, i, roles):
            words.append(word + ".")  # "GOP Rep McCaul": headline style drops the point
        else:
            words += _hyphen_read(word) if compounds else [word]
    return [w for w in words if w not in {",", ";", ":", '"', "(", ")"}]


def _hyphen_read(word: str) -> list[str]:
    """A hyphenated word as the article's reading takes it (``resolve._hyphen_joined``): a place before "-based" is a
    word of its own, where the actor is ("an Istanbul-based professor" is Turkey's); an origin before a nationality
    gives way to it ("Mexican-American voters" are American); else the word stays whole ("pro-Russian")."""
    first, hyphen, last = word.rpartition("-")
    if hyphen and last.lower() == "based" and first[:1].isupper():
        return [first, last]
    return [nationality_compound(word)]


def unpointed_title(words: Sequence[str], i: int, roles: Collection[str]) -> bool:
    """``words[i]`` is an abbreviated title written without its point ("Rep", "Sen"), as headlines write it: only right
    before a capitalised name and not right after one ("Rep McCaul"; "Hun Sen" is a name, "Sen" closing it)."""
    word = words[i]
    if not (word.istitle() and word.isalpha() and word.lower() + "." in roles) or i + 1 >= len(words):
        return False
    following, before = words[i + 1], words[i - 1] if i else ""
    return following[:1].isupper() and following.isalpha() and not (before.istitle() and before.isalpha())


def context_country(
    context: str, on: date | None, table: ActorTable | None = None, people_first: bool = False, people: bool = True
) -> str | None:
    """The country the context names most often by name, capital, demonym or place, else by its bodies and news
    outlets, else, when it names none, the country of the people it names by their full names ("Conservative MPs
    rebelled against Theresa May"), else by their surnames ("the billionaire businessman" beside "front-runner
    Trump"); ``None`` on a tie. With ``people_first``, the people's country comes first: a person the sentence
    describes is of the country of the people it names beside them more often than of the places it names as a
    topic ("Nicole Hargrove, a Carrier worker, ... Mr. Trump's attacks on immigrants, particularly Mexicans"). Without
    ``people``, the people it names count for nothing (they speak of an armed group, not for it)."""
    table = table or actor_table()
    hits = _context_hits(context, on, table)
    named = _people_counts(_placing_people(hits, context, on, table)) if people else Counter[str | None]()
    # A news outlet ("(Reuters) -", "told AFP") reports from anywhere: only where the context names no place.
    counts = named if people_first else Counter[str | None]()
    counts = counts or Counter(h.actor.country for h in hits if h.kind != "leader" and h.actor.sector != "MED")
    counts = counts or Counter(h.actor.country for h in hits if h.kind != "leader") or named
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _context_hits(context: str, on: date | None, table: ActorTable) -> list[NameHit]:
    """The names of a country the context holds, but those that name no state wherever they stand (``no_nation_here``):
    "David French of the National Retail Federation" and "Mark Cuban" name no France, no Cuba."""
    words = words_of(context)
    return [h for h in find_names(words, on, table) if h.actor.country and not no_nation_here(words, h, table)]


def _people_counts(hits: Sequence[NameHit]) -> Counter[str | None]:
    """How often each country is the country of the people the hits name by full name, else by surname."""
    people: Counter[str | None] = Counter()
    for surname in (False, True):
        people = people or Counter(h.actor.country for h in hits if h.kind == "leader" and h.surname == surname)
    return people


def people_country(context: str, on: date | None, table: ActorTable | None = None) -> str | None:
    """The one country of the people the context names by full name, else by a surname of one country
    (``_one_countrys_surname``), ``None`` on a tie or when it names none: "Giulini also questioned the idea that
    Clinton had shown no criminal intent" names Americans; "Neither Johnson nor Weld" names no Briton."""
    table = table or actor_table()
    ranked = _people_counts(_placing_people(_context_hits(context, on, table), context, on, table)).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _placing_people(hits: Sequence[NameHit], context: str, on: date | None, table: ActorTable) -> list[NameHit]:
    """The hits but those of a bare surname that does not tell a country (``_one_countrys_surname``)."""
    words = words_of(context)
    return [h for h in hits if not h.surname or _one_countrys_surname(words[h.start], on, table)]


def _one_countrys_surname(word: str, on: date | None, table: ActorTable) -> bool:
    """Everyone of the tables who bears the surname and holds an office or a role that day (with no date: at all) is of
    one country, and it is no given name: "Cruz" in 2016 (Senator Ted Cruz; Cuba's premier of 2019 was not yet),
    "Merkel"; not "Johnson" in August 2016 (a British foreign secretary, an American senator and candidate), nor
    "Henry", "Abe" or "Lee", given names as often."""
    if is_given_name(word):
        return False
    lowered = word.lower()
    terms = [*table.leaders_by_token.get(lowered, ()), *table.officials_by_token.get(lowered, ())]
    terms += [r for name in table.politician_surnames.get(lowered, ()) for r in table.politician_roles[name]]
    return len({t.country for t in terms if on is None or t.in_office(on)}) <= 1


_CLAUSE_END = re.compile(r"[.;:!?\"“”()]|,")
_POINTED = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\.")


def clause_pieces(text: str, table: ActorTable) -> list[str]:
    """``text`` cut where a clause or a list item ends, at a comma or a mark of its end, but not at the point of an
    abbreviated title or honorific or of an initial: "a former aide to Mr. Obama", "former Florida Gov. Jeb Bush" and
    "a reporter for U.S. News" are one piece each."""
    kept = _POINTED.sub(lambda m: m.group(1) + "\0" if _abbreviation(m.group(1), table) else m.group(0), text)
    return [piece.replace("\0", ".") for piece in _CLAUSE_END.split(kept)]


def _abbreviation(word: str, table: ActorTable) -> bool:
    """A word whose point is an abbreviation's, not a sentence's end: a title ("Gov", "Sen"), an honorific ("Mr",
    "Dr") or an initial ("W" of "George W. Bush", each letter of "U.S.")."""
    return (len(word) == 1 and word.isupper()) or word.lower() + "." in table.role_words or word.lower() in HONORIFICS


_WHERE = frozenset({"in", "inside", "across", "throughout", "near", "from"})
# Words after a phrase that put it in a state's body: "the government of Costa Rica", "the mayor of Chicago".
_OF = frozenset({"of"})
_ETHNIC = re.compile(r"\bethnic\b", re.IGNORECASE)


def placed_in_context(
    text: str, context: str, on: date | None, table: ActorTable | None = None, of: bool = False
) -> str | None:
    """The country of the place the context puts the phrase in, right after it: "Police in Nairobi", "Ethnic
    Albanians in northern Kosovo"; with ``of``, also the state whose body it is ("The government of Costa Rica")."""
    table = table or actor_table()
    bare = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    for match in re.finditer(r"\b" + re.escape(bare) + r"\b", context, flags=re.IGNORECASE):
        after = words_of(re.split(r"[.;:!?\"“”()]", context[match.end() :])[0])
        if not after or after[0].lower() not in _WHERE | (_OF if of else frozenset()):
            continue
        hits = [h for h in find_names(after[1:6], on, table) if h.kind != "leader" and h.actor.country]
        if hits:
            # "of Burke County, Georgia" beside Trump: the American state's (``region_in_context``).
            named = " ".join(after[1:6][hits[0].start : hits[0].end])
            return (region_in_context(named, context, hits[0].actor, on) or hits[0].actor).country
    return None


def owned_in_context(text: str, context: str, on: date | None, table: ActorTable | None = None) -> str | None:
    """The country of the place the context names right before the phrase with a possessive: "Hong Kong's" before
    "pro-democracy lawmakers", "Madagascar's" before "opposition candidates"; not a person's ("Trump's aides")."""
    table = table or actor_table()
    bare = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    for match in re.finditer(r"\b" + re.escape(bare) + r"\b", context, flags=re.IGNORECASE):
        before = words_of(_CLAUSE_END.split(context[: match.start()])[-1])
        if len(before) < 2 or before[-1] not in POSSESSIVES:
            continue
        owner = before[-4:-1]
        hits = [h for h in find_names(owner, on, table) if h.end == len(owner) and h.kind != "leader"]
        if hits and hits[-1].actor.country:
            return hits[-1].actor.country
    return None


def described(text: str, context: str, on: date | None, table: ActorTable | None = None) -> Actor | None:
    """A name no table knows, coded by how the context describes it: the title before it ("Colombian senator
    Maria Lopez") or an apposition after it ("Ahmed Shah, an Afghan lawmaker,"). A description that gives a sector
    alone ("Carole Bower, 75, a retiree in Carthage, Ill.,") takes the country of the place the context puts the name
    in, as a name nobody describes does (``_name_place``), else the one of the people the context names, else the
    one it names most (``context_country``)."""
    table = table or actor_table()
    sector = None
    for match in re.finditer(re.escape(text), context):
        title = _title_words(words_of(clause_pieces(context[: match.start()], table)[-1]), table)
        after = context[match.end() :]
        pieces = [p.strip() for p in clause_pieces(after[1:], table)] if after.startswith(",") else []
        # "Sara Cohen, 34, an Israeli settler": an age is no description; nor is a clause ("Ramos, 58, told AFP").
        apposition = next((p for p in pieces if not p.isdigit()), "")
        apposition = apposition if _describes(apposition, table) else ""
        for words, appositive in ((title + words_of(text) if title else [], False), (words_of(apposition), True)):
            actor = resolve_words(words, on, table=table) if words else None
            # "who teaches at Georgia Southern University" beside North Carolina: the American state's.
            actor = region_in_context(" ".join(words), context, actor, on) if words else None
            if actor is None or (appositive and _another_person(words, actor, on, table)):
                continue
            if actor.country or actor.code:
                return Actor(text, actor.code, actor.country, actor.sector)
            sector = sector or _bodys_sector(words, actor, on, table)
    if sector is None:
        return None
    # A place the sentence names as a topic is not the person's ("Nicole Hargrove, a Carrier worker, ... attacks on
    # Mexicans" is no Mexican): the people it names beside the person tell more.
    country = _name_place(text, context, on, table) or context_country(context, on, table, people_first=True)
    return Actor(table.country_names.get(country) if country else None, (country or "") + sector, country, sector)


def _mentions(text: str, context: str) -> Iterator[re.Match[str]]:
    """Where the context names the phrase as whole words ("Chelsea" in "your daughter Chelsea", not in "Chelseas")."""
    return re.finditer(r"\b" + re.escape(text.strip()) + r"\b", context)


_KIN_BEFORE = re.compile(r"\b(\w+(?:-in-law)?),?\s+$")


def kin_named(text: str, context: str) -> bool:
    """The context names the phrase right after a noun of a relative (``kin_nouns``), so it names a person (or a body:
    "Carrier's parent, United Technologies"), no place or state the word also names: "who lost her sister Victoria at
    Sandy Hook", "an e-mail to your daughter Chelsea", "Jim Brady and his wife, Sarah"."""
    for match in _mentions(text, context):
        noun = _KIN_BEFORE.search(context[: match.start()])
        if noun is not None and noun.group(1).lower() in kin_nouns():
            return True
    return False


def _another_person(words: Sequence[str], actor: Actor, on: date | None, table: ActorTable) -> bool:
    """An apposition that resolves to a person the tables know and opens with a clause on "who" or with a known
    person's name, not followed by a possessive or a title, names someone else, one the person deals with or a clause's
    subject, not what the person is: "Mark Jebens, who backed Mr. Romney in 2012" is no Romney, "released by
    WikiLeaks, Mr. Manafort and his colleagues pressed ..." makes WikiLeaks no Manafort; "Armstrong Williams, Carson's
    longtime adviser" and "Amanda Carpenter, a former aide to Sen. Ted Cruz" are described by their posts."""
    if actor.name is None or name_key(actor.name) not in table.leaders_by_name or not words:
        return False
    if words[0].lower() in ("who", "whose"):
        return True
    name = 0
    while words[name : name + 1] == ["."] or (name < len(words) and words[name][:1].isupper()):
        name += 1
    after = words[name].lower() if name < len(words) else ""
    # A person's name: an honorific's ("Mr. Manafort") or a known person's ("Al Gore" of a list of names).
    honorific = name > 1 and words[0].lower() in HONORIFICS
    opens_with_name = honorific or any(hit.kind == "leader" for hit in find_names(list(words[:name]), on, table))
    if opens_with_name and words[name - 1].endswith(("'s", "’s")):
        return False  # "Carson’s longtime adviser"
    return opens_with_name and after not in POSSESSIVES and after not in table.role_words


def _states_title(word: str, on: date | None, table: ActorTable) -> bool:
    """A title word that alone reads as a state's ("secretary", "minister"), not any body's."""
    if word.lower() not in table.role_words:
        return False
    actor = resolve_words([word], on, table=table)
    return actor is not None and actor.sector == "GOV"


def _bodys_sector(words: Sequence[str], actor: Actor, on: date | None, table: ActorTable) -> str | None:
    """The sector a description gives, where a title any body has ("spokesman", "chief", ``ANYONES_ROLES``) takes
    the sector of the body the rest of the description names, and none when it names none: "a government spokesman"
    is GOV, "a DFA spokesman" and "chief executive Lowell McAdam" are of no known sector (a lone "spokesman" reads
    GOV in ``sectors.tsv``, as a state's spokesman is the one news names without his body)."""
    rest = [w for w in words if w.lower() not in ANYONES_ROLES]
    if actor.sector != "GOV" or len(rest) == len(words) or any(_states_title(w, on, table) for w in rest):
        return actor.sector  # "deputy chief of staff to the secretary of state": a state's title besides
    body = resolve_words(rest, on, table=table) if rest else None
    return body.sector if body is not None else None


# Words that open a description of a person after a comma besides an article, a capital or a role word: "Smith, former
# mayor of Lagos", "Jones, then the party's leader", "Murphy, who ran a super PAC", "Fisher, one of the RNC's members".
_DESCRIPTION_OPENERS = frozenset(
    {"former", "then", "now", "also", "himself", "herself", "once", "longtime", "veteran", "who", "whose", "one"}
)


def _describes(piece: str, table: ActorTable) -> bool:
    """A piece after a name's comma describes the person ("an Afghan lawmaker", "Colombia's defence minister",
    "spokesman for the army", "who heads the union"), not a clause the name is the subject of ("told AFP in Mexico
    City")."""
    words = words_of(piece)
    if not words:
        return False
    first = words[0].lower()
    return words[0][:1].isupper() or first in DETERMINERS | _DESCRIPTION_OPENERS or first in table.role_words


_HONORIFIC = re.compile(r"^(?:(?:the|Mr|Mrs|Ms|Dr|Sir|Gen|Prof)\.?\s+)+", re.IGNORECASE)


# Capitalised words that open a sentence but name nobody: pronouns and the like.
_NO_NAMES = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "who", "this", "that", "these", "those", "one", "someone", "many"}
)


def unknown_name(text: str, table: ActorTable) -> bool:
    """The phrase is a proper name ("Patricia Smith", "Centerview Partners", "Mr. Small"): capitalised words, not a
    pronoun, a title, a sector word, a month or a day."""
    words = [w for w in words_of(_HONORIFIC.sub("", text.strip())) if w.lower() not in DETERMINERS]
    if not words or not all(w[:1].isupper() or w in ("&", "of", "and", "-") for w in words):
        return False
    lowered = {w.lower().rstrip(".") for w in words}
    return not lowered & (_NO_NAMES | CALENDAR) and not all(w in table.role_words for w in lowered)


def _named_in_context(text: str, context: str, on: date | None, table: ActorTable, kin: bool = False) -> Actor | None:
    """A proper name no table knows nor the context describes ("Marguerite Okafor", "Centerview Partners") is of the
    country of the place the context puts it in ("of Ohio", "in Lagos"), else of the one country whose towns and
    provinces the context names ("came from Texas"), else of the one country of the people the context names beside
    it ("Giulini also questioned the idea that Clinton had shown no criminal intent": an American); its sector is
    unknown. A state named by its name, its people or its bodies is as often one that acts on the person ("Israel
    arrested Omar Hassan") and says nothing; the people a sentence names beside a person are most often of the
    person's own country (of 40 codes this moved in the 815 articles' phrase pool, read: 33 better, 5 neutral, 2
    worse: "Brexit" beside Mrs. Clinton, "Abraham Lincoln" beside "the Friends of Abe"). A relative (``kin``: "your
    daughter Chelsea" beside Mrs. Clinton and Benghazi) is of the country of the people named beside them first, as
    a place the sentence names is more often where something happened to them."""
    if not unknown_name(text, table):
        return None
    body = affiliation(text, context, on, table)
    if body is not None and body.code and body.code[:3] in _ORGANISATIONS:
        return Actor(None, body.code, body.country, body.sector)  # "Jane Doe of the United Nations"
    sector = body.sector if body is not None else None
    country = body.country if body is not None else None
    if kin:
        country = country or people_country(context, on, table) or _name_place(text, context, on, table)
    country = country or _name_place(text, context, on, table) or people_country(context, on, table)
    return Actor(None, (country or "") + (sector or ""), country, sector) if country or sector else None


def affiliation(text: str, context: str, on: date | None, table: ActorTable | None = None) -> Actor | None:
    """The body the context makes a name a member of: the one named right after it by "of" ("Charles Myers of
    Evercore", "Jane Doe of the University of Chicago") or right before it with a possessive, titles between ("Fox
    News’ Jenna Lee", "MSNBC's Alex Seitz-Wald"): a body of a sector the tables know, a firm, an outlet, a school, a
    party, an agency; not a place ("Jane Doe of Ohio") nor a person ("Trump's Jane Doe")."""
    table = table or actor_table()
    for match in _mentions(text, context):
        after = words_of(clause_pieces(context[match.end() :], table)[0])
        before = words_of(clause_pieces(context[: match.start()], table)[-1])
        lower = len(before)
        while lower > 0 and len(before) - lower < 4 and _title_word(before[lower - 1]):
            lower -= 1
        if lower < len(before) and before[lower - 1 : lower] and before[lower - 1] in POSSESSIVES:
            before = before[:lower]  # "CNN's chief political correspondent Dana Bash": the words of the title apart
        owner: list[str] = []
        if len(before) > 1 and before[-1] in POSSESSIVES:
            start = len(before) - 1
            while start > 0 and start > len(before) - 6 and before[start - 1][:1].isupper():
                start -= 1
            owner = before[start:-1]
        for words in (after[1:7] if after[:1] == ["of"] else [], owner):
            body = resolve_words(words, on, table=table) if words else None
            if body is not None and _named_body(words, body, table):
                return body
    return None


def _named_body(words: Sequence[str], body: Actor, table: ActorTable) -> bool:
    """The words name a body: one the tables code by a state's or an organisation's code ("Fox News", "the United
    Nations"), or a name of capitalised words whose head gives a sector ("Clemson University", "Insight Venture
    Partners"); not a place ("Ohio"), a person ("Trump") nor a sector word alone ("Editor's Note", "the Status of
    Refugees")."""
    if body.name and name_key(body.name) in table.leaders_by_name:
        return False
    if body.code not in (None, body.sector):
        return bool(body.sector) or body.code != body.country
    named = [w for w in words if w.lower() not in DETERMINERS]
    return bool(body.sector) and len(named) > 1 and all(w[:1].isupper() for w in named)


def _title_word(word: str) -> bool:
    """A word in lower case of a title between a body's possessive and a name ("CNN's chief political correspondent
    Dana Bash", "the State Department's own Accountability Review Board"), not a word of grammar ("Pfizer's deal with
    Botox-maker Allergan")."""
    return word.isalpha() and word.islower() and (word not in STOP_WORDS or word == "own")


def _name_place(text: str, context: str, on: date | None, table: ActorTable) -> str | None:
    """The country of the place the context puts a name in ("of Ohio", "in Lagos"), else of the one country whose
    towns and provinces the context names and whose name it does not ("came from Texas")."""
    country = placed_in_context(text, context, on, table, of=True)
    if country is None:
        # "African-American RNC members" names the people of a state, no state that acts on the person.
        hits = find_names(words_of(context, compounds=False), on, table)
        towns = {h.actor.country for h in hits if h.kind == "name" and h.actor.code == h.actor.country}
        towns -= {h.actor.country for h in hits if table.is_state(h.actor)}
        country = towns.pop() if len(towns) == 1 else None
    return country


def full_name(text: str, context: str) -> str | None:
    """The fuller name the context gives a person the phrase calls by surname: "Mr. Smith" after "John Smith"."""
    surname = _HONORIFIC.sub("", text.strip())
    if not re.fullmatch(r"[A-Z][\w'’-]+", surname) or (surname.isupper() and len(surname) > 2):
        return None  # a word in capitals is an abbreviation, no surname: "CGT" in "Argentina's CGT"
    match = re.search(r"\b((?:[A-Z][\w'’-]+\s+){1,3})" + re.escape(surname) + r"\b", context)
    return match.group(0) if match else None


def _named_fully(full: str, context: str, on: date | None, table: ActorTable) -> Actor | None:
    """The person a fuller name stands for, by the tables or by how the context describes it."""
    actor = resolve_words(words_of(full), on, table=table) or described(full, context, on, table)
    return actor if actor is not None and (actor.country or actor.code or actor.sector) else None


@lru_cache(maxsize=1)
def _seats() -> dict[str, tuple[str, ...]]:
    return {name_key(row["city"]): tuple(row["bodies"].split(";")) for row in read_table("seats.tsv")}


def seated_body(text: str, context: str, on: date | None, table: ActorTable | None = None) -> Actor | None:
    """A city that seats an international body, as that body when the context names it and not the city's
    country otherwise: "Brussels" beside "the EU" is the EU; beside "Belgian police" it is Belgium."""
    bodies = _seats().get(name_key(text.strip())) if context else None
    if not bodies:
        return None
    table = table or actor_table()
    words = words_of(context)
    hits = find_names(words, on, table)
    named = {table.names[name_key(b)].code for b in bodies} & {h.actor.code for h in hits}
    city = table.names.get(name_key(text.strip()))
    if len(named) != 1 or city is None:
        return None
    own = [h for h in hits if name_key(" ".join(words[h.start : h.end])) == name_key(text)]
    if any(h.actor.country == city.country for h in hits if h not in own):
        return None  # the country named otherwise than by the city ("Belgian police"): the city is the country's
    if all(h.start > 0 and words[h.start - 1].lower() in _WHERE | {"at", "to"} for h in own):
        return None  # "met in Brussels": where they met, not who acted
    code = named.pop()
    return next(table.names[name_key(b)] for b in bodies if table.names[name_key(b)].code == code)


def _place_not_person(text: str, actor: Actor | None, country: str | None, on: date | None) -> Actor | None:
    """A lone word that is both a town and a surname ("Lagos") is the town when the context is about its country."""
    place = place_actor(text.strip(), on) if country and len(words_of(text)) == 1 else None
    if place is not None and actor is not None and place.country == country != actor.country:
        return place
    return actor


def _title_words(words: list[str], table: ActorTable) -> list[str]:
    """The run of title words right before a name ("Colombian senator"), not the clause around it ("Israel
    arrested")."""
    start = len(words)
    while start > 0 and (words[start - 1][:1].isupper() or _role_word(words[start - 1], table)):
        start -= 1
    return words[start:]


def _role_word(word: str, table: ActorTable) -> bool:
    """A word of a title in lower case, with a prefix too ("co-anchor", "vice-president"); not a word of grammar that
    a title of several words holds ("of" in "head of state": "criticism of the Khan family" is no title)."""
    lowered = word.lower()
    return lowered not in STOP_WORDS and lowered.split("-")[-1] in table.role_words


def _out_of_term(actor: Actor, title: list[str], on: date | None, table: ActorTable) -> bool:
    """On a known date, the tables date the person's terms in the office the title names and that day is in none:
    "President Obama" written in 2003 or 2019 names no office he held then (with no date the title still says)."""
    if on is None or not actor.name:
        return False
    said = " ".join(w.lower() for w in title)
    terms = [t for t in table.leaders_by_name.get(name_key(actor.name), ()) if any(said.endswith(x) for x in t.titles)]
    return bool(terms) and not any(t.in_office(on) for t in terms)


# Roles out of government that a title of a government office, written beside the name that day, outranks.
_OUT_OF_GOVERNMENT = ("PTY", "LEG", "OPP", "REB")


def titled(text: str, actor: Actor | None, on: date | None, table: ActorTable | None = None) -> Actor | None:
    """A person called by a title of office keeps that office's sector when the person's own coding gives none
    or only the elite's: "President Mugabe" written with no date is ZWEGOV, as the title says what he was then.
    The phrase is the title (role words, perhaps after a country: "Zimbabwean Prime Minister") and the name
    alone: not "Clinton campaign spokesman Brian Fallon", "Trump's general concerns" or "former President X"."""
    table = table or actor_table()
    words = [w for w in words_of(text) if w.lower() not in ("the", "a", "an")]
    if "'s" in words or "’s" in words:
        # "the Taliban's interior minister Sirajuddin Haqqani": the title is what follows the owner.
        words = words[max(i for i, w in enumerate(words) if w in ("'s", "’s")) + 1 :]
    if actor is None or not actor.country or len(words) < 2:
        return actor
    roles = [i for i, w in enumerate(words) if w.lower() in table.role_words]
    # A minister's title beats a party's or a movement's role the tables give the person ("Home Minister Amit Shah");
    # a leader, a chief or an aide is as often a party's or a movement's ("Hezbollah's leader Hassan Nasrallah").
    office = roles and words[roles[-1]].lower() not in ANYONES_ROLES and (sector_of(words, table) or "")[:3] == "GOV"
    if actor.sector not in (None, "ELI", *(_OUT_OF_GOVERNMENT if office else ())):
        return actor
    if not roles or roles[-1] == len(words) - 1 or any(w.lower() in ("former", "ex", "late") for w in words):
        return actor
    hits = find_names(words, on, table)
    places = {i for h in hits if h.names_a_state() for i in range(h.start, h.end)}
    named = {i for h in hits for i in range(h.start, h.end)}
    title, name = words[: roles[-1] + 1], words[roles[-1] + 1 :]
    # A title is role words after a state, and capitalised words of the office that name nothing ("Home Minister").
    if not all(
        i in places or w.lower() in table.role_words or (w[:1].isupper() and i not in named)
        for i, w in enumerate(title)
    ):
        return actor
    if not all(w[:1].isupper() or "-" in w for w in name) or any(w in ("'s", "’s") for w in name):
        return actor
    sector = sector_of(title, table, head_only=True)
    # The opposition's title is what a person out of office is that day: "opposition leader Ousmane Sonko" in 2021, whom
    # the tables know as a prime minister from 2024, is OPP, not the elite of one about to take office.
    opposition = sector is not None and sector[:3] == "OPP" and actor.sector in (None, "ELI")
    if not sector or not (sector[:3] in table.office_sectors or opposition) or _out_of_term(actor, title, on, table):
        return actor
    return Actor(actor.name, actor.country + sector[:3], actor.country, sector[:3])


def capital_government(text: str, context: str, actor: Actor | None, table: ActorTable | None = None) -> Actor | None:
    """A capital that acts stands for its government ("Washington warned Tehran"), not where something happens
    ("talks in Paris"), a dateline or one of a list of places: a capital alone, never after a place preposition
    nor beside "and", "or", a comma or a bracket in the context, is coded GOV."""
    table = table or actor_table()
    if actor is None or not actor.country or actor.sector or not table.is_capital(text, actor.country):
        return actor
    for match in _mentions(text, context):
        before = words_of(context[: match.start()])
        if before and before[-1].lower() in PLACE_PREPS | _WHERE | {"of", "toward", "towards", "and", "or"}:
            return actor
        if re.match(r"\s*(?:[(,]|and\b|or\b)", context[match.end() :]):
            return actor  # a dateline ("Washington (AFP)"), a list of places ("Jerusalem and Israel")
    return Actor(actor.name, actor.country + "GOV", actor.country, "GOV")


def region_in_context(text: str, context: str, actor: Actor | None, on: date | None) -> Actor | None:
    """A phrase coded by a state's name that a region of another country bears, which the context reads as the region
    (``region_reading``): "Georgia Republicans" beside "the Georgia primary" and "Atlanta" are the American state's."""
    table = actor_table()
    if actor is None or not actor.country:
        return actor
    words = words_of(context)
    for word in words_of(text):
        key = shared_region_key([word], actor)
        if key is None:
            continue
        counts = Counter(
            h.actor.country
            for h in find_names(words, on, table)
            if h.actor.country and name_key(" ".join(words[h.start : h.end])) != key
        )
        region = region_reading(key, counts, context)
        if region is not None and region.country != actor.country:
            return as_region(actor, region)
    return actor


def people(text: str, actor: Actor | None, on: date | None, table: ActorTable | None = None) -> Actor | None:
    """A nation named by its people ("Palestinians", "more than 100 Afghans") is its civilians, as "ethnic
    Albanians" are, unless the phrase names a sector; "the Russians" alone is the state's side as news uses it, but a
    people within a state ("the Rohingya", "the Tibetans", "Yazidis") is always its civilians."""
    table = table or actor_table()
    if actor is None or not actor.country or actor.sector or actor.code != actor.country:
        return actor
    words = words_of(text)
    hits = find_names(words, on, table)
    if not hits or hits[-1].kind != "demonym" or hits[-1].end != len(words):
        return actor
    within = name_key(" ".join(words[hits[-1].start :])) in table.peoples
    if not within and not words[-1].endswith("s"):
        return actor
    if not within and len(words) == 2 and words[0].lower() == "the":
        return actor  # "the Russians" held on, "aided by the Russians": the nation's side, not its people
    return Actor(actor.name, actor.country + "CVL", actor.country, "CVL")


@lru_cache(maxsize=1)
def _styles() -> dict[tuple[str, str], tuple[str, str]]:
    return {(row["kind"], row["style"]): (row["country"], row["sector"]) for row in read_table("title_countries.tsv")}


def _styled(text: str, context: str, actor: Actor | None, table: ActorTable) -> Actor | None:
    """A person no table knows nor the context places, coded by a title or a party tag that one state's press writes
    (``title_countries.tsv``): "Rep. Jane Doe" and "Jane Doe (R-Ohio)" are American legislators."""
    if actor is not None and actor.sector is not None and (actor.country or actor.sector not in ("LEG", "GOV")):
        return None  # the phrase or its sentence says enough
    words = [w for w in words_of(text.strip()) if w.lower() != "the"]
    titled = len(words) > 1 and ("title", words[0]) in _styles()
    if not unknown_name(" ".join(words[1:]) if titled else text, table):
        return None
    style = _styles()[("title", words[0])] if titled else _tagged(text, context)
    if style is None:
        return None
    country, sector = style
    if actor is not None and actor.country not in (None, country):
        return None
    return Actor(table.country_names.get(country), country + sector, country, sector)


def _tagged(text: str, context: str) -> tuple[str, str] | None:
    """The state and sector of the party tag the context writes right after the phrase: "Trey Gowdy (R-S.C.)"."""
    for match in re.finditer(re.escape(text.strip()), context):
        after = context[match.end() :].lstrip()
        style = next((v for (kind, mark), v in _styles().items() if kind == "tag" and after.startswith(mark)), None)
        if style is not None:
            return style
    return None


_PARTIAL_DATE = re.compile(r"\s*(\d{4})(?:-(\d{2}))?\s*")


def _middle_of(day: date | str | None) -> date | str | None:
    """A year ("2016") or a month ("2016-05") given for a date stands for its middle day ("2016-07-01", "2016-05-15"),
    as actor lists of other datasets date their records by year or month; a whole date is itself."""
    match = _PARTIAL_DATE.fullmatch(day) if isinstance(day, str) else None
    if match is None:
        return day
    return f"{match.group(1)}-{match.group(2)}-15" if match.group(2) else f"{match.group(1)}-07-01"


def actor_date(day: date | str | None) -> date | None:
    """The day a phrase was written as ``code_actor`` reads its ``date`` (and ``telex actor`` its ``--date`` and its
    records' dates): a ``date``, "YYYY-MM-DD", or a year or month for its middle day, written as a ``--since`` may
    be ("May 2016", "19 June 2016"); else an ``InputError``."""
    return parse_date(_middle_of(parse_bound(day, "date")), what="date")


def code_actor(text: str, date: date | str | None = None, context: str = "") -> dict[str, str | None]:
    """Code an actor phrase: ``{text, name, code, country, sector}``, ``None`` where nothing is known.

    ``date`` (a ``date`` or "YYYY-MM-DD"; a year or a month stands for its middle day) is the day the phrase was
    written: an office holder is coded by the office held that day; with no date only what is true of every office
    the person held counts.
    ``context`` (the sentence or article the phrase comes from) gives a country to a phrase that names a
    sector but no country ("the police" in a story that names one country most often).
    """
    on = actor_date(date)
    table = actor_table()
    full = full_name(text, context) if context else None
    fuller = _named_fully(full, context, on, table) if full else None
    # A sector alone that the fuller name's description gives yields to what the phrase itself names: "Won Cruz" in a
    # headline's capitals is no fuller name of the senator.
    actor = fuller if fuller is not None and fuller.code not in (None, fuller.sector) else None
    if actor is None and not (full and name_key(_HONORIFIC.sub("", text.strip())) in table.person_names):
        # "Jordan" after "Rep. Jim Jordan": a state's name the context gives as a person's is no state.
        actor = resolve_words(words_of(text), on, table=table)
    kin = bool(context) and kin_named(text, context)
    if actor is not None and kin and actor.code == actor.country:
        actor = None  # "her sister Victoria", "his daughter Chelsea": a relative, not Seychelles' capital nor a town
    if actor is None and context:
        actor = described(text, context, on, table) or _named_in_context(text, context, on, table, kin)
    actor = actor or fuller
    placed = placed_in_context(text, context, on, table, of=True) if context else None
    if actor is not None and placed and placed != actor.country and _ETHNIC.search(text):
        # "ethnic Albanians" in "Ethnic Albanians in Kosovo ...": the country they live in.
        actor = Actor(table.country_names.get(placed), placed + (actor.sector or ""), placed, actor.sector)
    if not kin and not (full and actor is not None and actor.name and name_key(actor.name) == name_key(full)):
        # A surname the context gives in full ("Rep. Jim Jordan said Jordan ...") is the person, not the town or state.
        actor = _place_not_person(text, actor, placed or (context_country(context, on, table) if context else None), on)
    actor = seated_body(text, context, on, table) or actor
    actor = people(text, titled(text, actor, on, table), on, table)
    actor = region_in_context(text, context, capital_government(text, context, actor, table), on) if context else actor
    if actor is not None and actor.code is None and actor.sector:
        owned = owned_in_context(text, context, on, table) if context else None
        armed = actor.sector in table.alone_sectors and actor.sector not in table.home_sectors
        # An armed group (rebels, gunmen) is of the country its sentence places or names, not of the people who speak
        # of it: "the families of terrorists" beside Trump are no Americans.
        country = placed or owned or (context_country(context, on, table, people=not armed) if context else None)
        # A sector-only actor is coded with its sector alone ("COP"), or with the context's country.
        code = (country or "") + actor.sector
        actor = Actor(table.country_names.get(country) if country else None, code, country, actor.sector)
    if actor is None or not actor.country or not actor.sector:
        actor = _styled(text, context, actor, table) or actor or Actor(None, None, None, None)
    return {"text": text, "name": actor.name, "code": actor.code, "country": actor.country, "sector": actor.sector}
