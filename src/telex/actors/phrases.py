"""Code a noun phrase, given as its words, as a CAMEO actor: "the Russian army" is RUSMIL, "Pyongyang" is PRK, "Putin"
is RUSGOV."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import pairwise

from telex.actors.false_names import misnamed, of_nothing
from telex.actors.followers import followers, named_followers, office_besides
from telex.actors.names import REMEMBERED, NameHit, find_names
from telex.actors.offices import former_leader, office_holder, titled_country, titled_holder, without_former
from telex.actors.sectors import sector_of
from telex.actors.table import Actor, ActorTable, actor_table
from telex.actors.word_lists import (
    ANYONES_ROLES,
    DETERMINERS,
    PLACE_PREPS,
    POSSESSIVES,
    advocacy_words,
    body_nouns,
    eponym_nouns,
    sole_offices,
)

# "the North" and "the South" of an article about the two Koreas.
_POINTS = {"north": "PRK", "south": "KOR"}


# Words that make a party name of a common plural elsewhere: "Social Democrats", "Christian Democrats", "Free
# Democrats", "New Democrats" (Canada).
_PARTY_FAMILIES = frozenset({"social", "christian", "free", "new", "national", "radical"})


# Nouns of a body of people that name no sector: their examples say who they are ("groups such as Hamas"), and a faith
# before them gives theirs ("Jewish groups", "Muslim leaders").
GROUP_NOUNS = frozenset(
    {
        "group", "groups", "organization", "organizations", "organisation", "organisations", "movement", "movements",
        "faction", "factions", "outfit", "outfits", "network", "networks", "community", "communities", "leaders",
        "association", "associations",
    }
)  # fmt: skip


def resolve_words(
    words: Sequence[str], on: date | None = None, korea: bool = False, table: ActorTable | None = None
) -> Actor | None:
    """Code a noun phrase given as its words; ``None`` when it names no actor.

    A sector word with no country gives a sector-only actor: no code, no country, the sector ("police": COP).
    """
    return _resolved(tuple(words), on, korea, table or actor_table())


@lru_cache(maxsize=REMEMBERED)
def _resolved(words: Sequence[str], on: date | None, korea: bool, table: ActorTable) -> Actor | None:
    read = _phrase_words(words)
    if read is None:
        return None
    led = _led_coalition(words)
    words, cause = _for_or_against(read[0], on, table)
    actor = _coded(words, read[1], read[2], on, korea, table)
    if actor is not None and actor.country and not actor.sector and led:
        # "the Saudi-led coalition", "the U.S.-led coalition": states' forces under one state's command.
        return Actor(actor.name, actor.country + "MIL", actor.country, "MIL")
    if cause is None or actor is None or actor.country or not actor.sector or actor.code not in (None, actor.sector):
        return actor
    # "pro-Assad militias", "anti-Maduro protesters": a body for or against a person the tables know is of their state.
    return Actor(table.country_names.get(cause), cause + actor.sector, cause, actor.sector)


_CAUSE_PREFIXES = ("pro-", "anti-")


def _for_or_against(words: Sequence[str], on: date | None, table: ActorTable) -> tuple[list[str], str | None]:
    """The words with a person named in a word made with pro- or anti- read as one word that names nobody ("an
    anti-Donald Trump super PAC"), and the state of that person when the tables know one ("pro-Assad": SYR)."""
    for i, word in enumerate(words):
        prefix = next((p for p in _CAUSE_PREFIXES if word.lower().startswith(p) and word[len(p) :][:1].isupper()), None)
        if prefix is None:
            continue
        end = i + 1
        while end < len(words) and words[end][:1].isupper() and words[end].lower() not in table.role_words:
            end += 1
        name = [word[len(prefix) :], *words[i + 1 : end]]
        hits = find_names(name, on, table)
        person = len(hits) == 1 and hits[0].kind == "leader" and hits[0].end - hits[0].start == len(name)
        cause = hits[0].actor.country if person else None
        return [*words[:i], prefix + "-".join(name).lower(), *words[end:]], cause
    return list(words), None


def _coded(
    words: list[str], former: bool, the_name: bool, on: date | None, korea: bool, table: ActorTable
) -> Actor | None:
    """The actor of a phrase's words: a person the tables know, a body named by its head, an organisation, a state's
    actor of its sector, or a sector alone."""
    hits = [h for h in find_names(words, on, table) if not misnamed(words, h, table)]
    of_country = titled_country(words, hits, table)
    if of_country is None:
        # "the Horn of Africa", "the Bay of Pigs": a bare surname that an article comes before, or an "of" phrase
        # naming no known actor follows ("Merkel of Germany" stays), heads the name of a place, not the person's.
        hits = [h for h in hits if not (h.surname and (the_name or of_nothing(words, h, hits)))]
    leader = _leader(hits, of_country)
    if leader is not None and named_after(words, leader):
        country = leader.actor.country
        return Actor(table.country_names.get(country), country, country, None) if country else None
    backed = named_followers(words, hits) if leader is not None else None
    if backed is not None:
        return _followers_or_office(words, hits, backed, on, korea, table)
    body = _body_of(words, leader, table) if leader is not None else None
    if leader is not None and body is not None:
        return Actor(leader.actor.name, f"{leader.actor.country}{body}", leader.actor.country, body)
    if leader is not None:
        return former_leader(leader.actor) if former and on is None else leader.actor
    hits = [h for h in hits if h.kind != "leader"]
    code = _sector_code(words, hits, table)
    organisations = [h for h in hits if h.kind == "name" and h.actor.code != h.actor.country]
    if organisations:
        return _organisation_actor(words, hits, organisations[-1], code[:3] if code else None, table)
    return _country_actor(words, hits, of_country, code, former, korea, on, table)


def named_after(words: Sequence[str], person: NameHit) -> bool:
    """The person's name only names a place, a day or an honour after them: capitalised words follow it to a noun of
    such a name (``eponym_nouns.tsv``): "the George Washington Bridge", "Martin Luther King Day", "the Ronald Reagan
    Presidential Library", "FDR Park"; not "the Obama White House" nor "Donald Trump Jr."."""
    rest = words[person.end :]
    return bool(rest) and all(w[:1].isupper() for w in rest) and rest[-1].lower() in eponym_nouns()


# Nouns of a body that a person's name qualifies, with its sector: a government named by its head ("the Bush
# administration", "the Netanyahu government"), a candidate's campaign ("the Clinton campaign", "Sanders' campaign").
_BODIES_OF_A_PERSON = {
    "administration": "GOV", "administrations": "GOV", "government": "GOV", "governments": "GOV", "cabinet": "GOV",
    "regime": "GOV", "campaign": "PTY",
}  # fmt: skip


def _body_of(words: Sequence[str], leader: NameHit, table: ActorTable) -> str | None:
    """The sector of the body the phrase names by a person, its last word right after the person's name (or the name's
    possessive): the government in office then, whether or not its head is in office the day it is written ("the
    Bush administration" in 2016), or a candidate's campaign (``PTY``) and its staff ("Trump campaign aides", "the
    Sanders campaign manager"), with words of its kind before it ("Ted Cruz's presidential campaign")."""
    end = leader.end + 1 if leader.end < len(words) and words[leader.end] in POSSESSIVES else leader.end
    rest = words[end:]
    if not rest or not leader.actor.country:
        return None
    if len(rest) > 1 and rest[0].lower() == "campaign" and (sector_of(rest, table, head_only=True) or "")[:3] == "PTY":
        return "PTY"
    # Words in lower case before the body only say what kind it is ("Ted Cruz's presidential campaign"), unless they
    # name a sector ("Putin's military campaign" is a war's).
    kind = all(w.islower() and w not in table.role_words for w in rest[:-1])
    return _BODIES_OF_A_PERSON.get(rest[-1].lower()) if kind else None


_COALITIONS = frozenset({"coalition", "coalitions"})


def _led_coalition(words: Sequence[str]) -> bool:
    """The phrase is a coalition that a name before "-led" leads: "the Saudi-led coalition", as the tagger splits it
    too ("Saudi", "-", "led")."""
    if len(words) < 2 or words[-1].lower() not in _COALITIONS:
        return False
    led = words[-2].lower()
    return (led.endswith("-led") and len(led) > 4) or (led == "led" and len(words) > 3 and words[-3] in ("-", "–"))


def _phrase_words(words: Sequence[str]) -> tuple[list[str], bool, bool] | None:
    """The words that name the actor, whether they say "former", and whether they are "the" and a capitalised word;
    ``None`` when no word is left."""
    # "the Saudi-led coalition": a group led by a state acts for it.
    words = [w[:-4] if w.lower().endswith("-led") and len(w) > 4 else w for w in words]
    words, former = without_former(words)
    # "the Horn": an article before a lone surname makes it a place or a thing, not the person ("Gyula Horn").
    the_name = len(words) == 2 and words[0].lower() == "the" and words[1][:1].isupper()
    # A possessive stays: it may belong to a name ("the Lord's Resistance Army", "People's Liberation Army").
    words = [w for w in words if w.strip() and (w.lower() not in DETERMINERS or w in POSSESSIVES)]
    while words and words[0] in POSSESSIVES:
        words = words[1:]
    if not words or all(w in POSSESSIVES for w in words):
        return None
    return words, former, the_name


def _leader(hits: Sequence[NameHit], of_country: NameHit | None) -> NameHit | None:
    """The person the phrase names as a leader the tables know, unless what else it says beats the name."""
    leaders = [h for h in hits if h.kind == "leader"]
    if leaders and of_country is not None:
        # "the Emir of Qatar": the country named wins over a bare surname of a person of another country.
        # So does it over one word of a name a title settles ("President Kim of South Korea" is no World Bank head).
        leaders = [h for h in leaders if h.end - h.start > 1 or h.actor.country == of_country.actor.country]
    stated = [h.actor for h in hits if h.kind != "leader"]
    if leaders and leaders[-1].fallback and stated and side(stated[-1]) != side(leaders[-1].actor):
        # "U.N. mediator Diego Cordovez": what the phrase says beats a role the fallback dictionary knows.
        return None
    return leaders[-1] if leaders else None


def _followers_or_office(
    words: Sequence[str],
    hits: Sequence[NameHit],
    backed: tuple[int, int],
    on: date | None,
    korea: bool,
    table: ActorTable,
) -> Actor | None:
    """A phrase that names a person's followers: their country's civilians, of the first person named when several
    are ("Trump and Cruz supporters"); but an office the same description gives by a title beats the follower noun
    ("the Democratic state chairman, an Obama supporter" is the party's)."""
    office = office_besides(words, backed, table)
    actor = _resolved(tuple(office), on, korea, table) if office else None
    if actor is not None and actor.sector in table.office_sectors:
        return actor
    first = next(h.actor for h in hits if h.kind == "leader" and h.start >= backed[0])
    return followers(first.country, table)


# Nouns of a standing body that, named for human rights, watches a state rather than governs it: "the Kenya Human Rights
# Commission", "National Commission on Human Rights", "Human Rights Centre".
_RIGHTS_BODIES = frozenset(
    {
        "commission", "council", "centre", "center", "league", "institute", "network", "foundation", "association",
        "society", "organisation", "organization",
    }
)  # fmt: skip


def _rights_body(words: Sequence[str]) -> bool:
    """The phrase names a body for human rights: "human rights" and a noun of a standing body (``_RIGHTS_BODIES``), or
    a name that ends in a cause of rights ("Zimbabwe Lawyers for Human Rights", "the Egyptian Initiative for Personal
    Rights"): capitalised words after "for", the last of them "Rights"."""
    lowered = [w.lower() for w in words]
    named = any(lowered[i : i + 2] == ["human", "rights"] for i in range(len(lowered) - 1))
    if named and any(w in _RIGHTS_BODIES for w in lowered):
        return True
    return "for" in lowered[:-1] and words[-1] == "Rights" and all(w[:1].isupper() for w in words if w != "for")


def _sector_code(words: Sequence[str], hits: Sequence[NameHit], table: ActorTable) -> str | None:
    """The sector code the phrase's words give, but for the words of a country's own name."""
    if _rights_body(words):
        return "HRI"  # a state's human rights commission watches its government; it is no part of it
    # A word of a country's own name is no sector of it: "Democratic People's Republic of Korea".
    places = [h for h in hits if h.kind == "name" and h.actor.code == h.actor.country and h.end - h.start > 1]
    code = sector_of([("" if any(h.start <= i < h.end for h in places) else w) for i, w in enumerate(words)], table)
    if _advocacy(words) and code != "REL" and not sector_of(words, table, head_only=True):
        code = "NGO"  # "government watchdog group": a body that watches the government, not the government
    return code or _body_sector(words, hits)


def _body_sector(words: Sequence[str], hits: Sequence[NameHit]) -> str | None:
    """The sector a body's own head noun gives a phrase no other word gives one (``body_nouns.tsv``): "the Sudanese
    Professionals Association" NGO, "the state's largest union" LAB; none for a head inside a name the tables know
    ("European Union"), "union" with no word before it, or a head a word before makes no body ("credit union")."""
    if len(words) < 2 or any(h.end == len(words) for h in hits):
        return None
    head, nouns = words[-1], body_nouns()
    sector, case = nouns.get(f"{words[-2].lower()} {head.lower()}") or nouns.get(head.lower(), ("none", "any"))
    if sector == "none" or case == ("lower" if head[:1].isupper() else "capital"):
        return None
    if case == "capital" and not next((w for w in reversed(words[:-1]) if w not in POSSESSIVES), "")[:1].isupper():
        return None  # "the nation's Capital": a head of a name comes after the name's capitalised words
    return sector


# Sectors of a state's forces, which a government body's members named after it are: "Palestinian Authority police".
_FORCES = frozenset({"MIL", "COP", "SPY"})


def _force(words: Sequence[str], table: ActorTable) -> str | None:
    """The sector of a state's force that the members' noun names by telex's own sector words ("security forces",
    "police", "troops"); not the dictionaries' agent nouns, nor a rank ("inspector general" is no general)."""
    if not words:
        return None
    plural = words[-1].lower() if words[-1].endswith("s") else ""  # "general" alone is a rank, no force
    sector = table.sectors.get(" ".join(words).lower()) or table.sectors.get(plural)
    return sector if sector in _FORCES else None


# Sectors of bodies that hold no office of government, whatever their officers' titles: parties, outlets, firms,
# schools, unions, churches, hospitals and campaigners.
_NO_GOVERNMENT = frozenset({"PTY", "MED", "BUS", "EDU", "LAB", "REL", "HLH", "NGO", "HRI"})


# Words of a legislature before a party's name that make its members legislators: "House Democrats".
_CHAMBERS = frozenset({"house", "senate", "congressional", "parliamentary"})


def _organisation_actor(
    words: Sequence[str], hits: Sequence[NameHit], organisation: NameHit, sector: str | None, table: ActorTable
) -> Actor:
    """The actor of a phrase that names an organisation (the last it names): a party, a body, a group."""
    party = _other_party(words, hits, organisation, table)
    if party is not None:
        return party
    org = organisation.actor
    after = list(words[organisation.end :])
    # The members' noun is the head before a phrase of place: "Democratic senators from New York".
    cut = next((i for i, w in enumerate(after) if i > 0 and w.lower() in PLACE_PREPS), len(after))
    head = sector_of(after[:cut], table, head_only=True)
    before = [w.lower() for w in words[max(0, organisation.start - 2) : organisation.start]]
    chamber = bool(before) and before[-1] in _CHAMBERS and before != ["white", "house"]
    if org.sector == "PTY" and org.country and ((head and head[:3] == "LEG") or (chamber and not head)):
        # "Republican senators", "Labour MPs": a party's members sitting in its country's legislature; so are a
        # chamber's ("House Democrats", "congressional Republicans", "Senate Republican leaders").
        return Actor(org.name, org.country + "LEG", org.country, "LEG")
    if organisation.fallback and org.country and org.sector == "GOV" and sector == "HRI":
        # "Kenya Human Rights Commission", which the Phoenix dictionaries code as a government's office.
        return Actor(org.name, org.country + sector, org.country, sector)
    force = _force(after[:cut], table)
    if org.country and org.sector == "GOV" and force:
        # "Palestinian Authority security forces", "Palestinian Authority police": a force of the government's state.
        return Actor(org.name, org.country + force, org.country, force)
    owned = POSSESSIVES & {words[organisation.end - 1], *after[:1]}
    office = head and head[:3] == "GOV" and after[-1].lower() not in ANYONES_ROLES
    if org.country and org.sector not in _NO_GOVERNMENT and owned and office:
        # "the Taliban's acting foreign minister", "Hamas's interior ministry": an office of government the body holds
        # (a leader, a chief or a spokesman is as often a movement's; a party's "shadow chancellor" holds none, nor
        # does an outlet's or a firm's "chief executive").
        return Actor(org.name, org.country + "GOV", org.country, "GOV")
    if org.sector is None and org.country is None:
        # "UN peacekeepers", "EU foreign ministers": the body's code, with the sector its members have; the leaders of a
        # body of states are their heads of state or government ("EU leaders", "ECOWAS leaders").
        states_leaders = (org.code or "").startswith("IGO") and after[-1:] in (["leaders"], ["leader"])
        return replace(org, sector=head[:3] if head else "GOV") if head or states_leaders else org
    return Actor(org.name, org.code, org.country, org.sector or sector)


def _country_actor(
    words: Sequence[str],
    hits: Sequence[NameHit],
    of_country: NameHit | None,
    code: str | None,
    former: bool,
    korea: bool,
    on: date | None,
    table: ActorTable,
) -> Actor | None:
    """The actor of a phrase that names no organisation: the holder of the office it names, else its country's
    actor of its sector; with no country, a sector-only actor when a sector noun is its head."""
    sector = code[:3] if code else None
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
    if not countries and sector:
        countries = _sole_office(words, table)
    if not countries:
        # With no country, the phrase is an actor only when a sector noun is its head: "riot police", "gunmen on
        # motorbikes" (the head comes before a phrase of place or manner).
        alone = sector_of(_before_preposition(words), table, head_only=True) if sector else None
        if _rights_body(words):
            alone = code  # "the National Human Rights Commission": no government's commission, but a watcher of it
        if alone is None and ((sector == "REL" and words[-1].lower() in GROUP_NOUNS) or _advocacy(words)):
            alone = code  # "Jewish groups", "Muslim leaders": a group of a faith; "advocacy groups": an NGO
        if alone is None and _body_sector(words, hits):
            alone = code  # "the teachers' association", "the Lawyers Society": a body its own noun names
        return Actor(None, None, None, sector if former else alone[:3]) if alone else None
    country = of_country.actor if of_country is not None else _home_of_people(hits) or countries[-1]
    holder = _holder(words, hits, of_country, country, former, on, table)
    if holder:
        return holder
    if not code and country.sector:
        code = sector = country.sector
    iso3 = country.country or ""
    return Actor(country.name, iso3 + (code or ""), iso3, sector)


def _sole_office(words: Sequence[str], table: ActorTable) -> list[Actor]:
    """The state of the one office the phrase's head names when only that state has it (``sole_offices.tsv``): "the
    pope", "the pontiff" are the Holy See's, whatever country the article is about; not a surname ("Carl Pope")."""
    *before, head = _before_preposition(words)
    iso3 = sole_offices().get(head.lower())
    if iso3 is None or any(w[:1].isupper() and w.lower() not in table.role_words for w in before):
        return []
    return [Actor(table.country_names[iso3], iso3, iso3, None)]


# Prepositions that open a phrase after a head noun ("gunmen on motorbikes", "police in riot gear", "protesters with
# placards"); not "of" or "for", which may belong to the name ("Ministry of Defence", "Lawyers for Human Rights").
_AFTER_HEAD = PLACE_PREPS | {"with"}


def _before_preposition(words: Sequence[str]) -> Sequence[str]:
    """The words up to the first preposition after the first word: the head noun and what comes before it."""
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _AFTER_HEAD), len(words))
    return words[:cut]


def _home_of_people(hits: Sequence[NameHit]) -> Actor | None:
    """The state a people lives in, named right before it: "Kosovo Serbs", "Kosovo Albanian leaders" are Kosovo's, not
    Serbia's nor Albania's (a state's name, not its demonym: "Turkish Cypriots" stays as written)."""
    for before, people in pairwise(hits):
        state = before.kind == "name" and before.names_a_state() and people.kind == "demonym"
        if state and before.end == people.start and before.actor.country != people.actor.country:
            return before.actor
    return None


def _holder(
    words: Sequence[str],
    hits: Sequence[NameHit],
    of_country: NameHit | None,
    country: Actor,
    former: bool,
    on: date | None,
    table: ActorTable,
) -> Actor | None:
    """The holder on ``on`` of the national office the phrase names ("the Russian foreign minister", "the president
    of France")."""
    if former or not table.is_state(country):
        # "a former Egyptian president"; "the New York attorney general", "the attorney general of Texas": an office
        # of a region of the state, whose holder no table of national offices gives.
        return None
    iso3 = country.country or ""
    if of_country is not None:
        return titled_holder(words[: of_country.start - 1], iso3, on, table)
    return office_holder(words, hits[-1].end if hits else len(words), iso3, on, table)


def _advocacy(words: Sequence[str]) -> bool:
    """A body that campaigns for a cause: a noun of a body of people after an advocacy word or a word made with pro-
    or anti- ("conservative outside groups", "budget watchdog groups", "anti-abortion organizations")."""
    if len(words) < 2 or words[-1].lower() not in advocacy_words("body"):
        return False
    causes = advocacy_words("cause")
    return any(w.lower() in causes or w.lower().startswith(("pro-", "anti-")) for w in words[:-1])


def _other_party(words: Sequence[str], hits: Sequence[NameHit], hit: NameHit, table: ActorTable) -> Actor | None:
    """A party named by a common word ("Democrats", "Republicans") that another name qualifies is another
    party: "German Social Democrats" is DEUPTY, "Sweden Democrats" SWEPTY, "Christian Democrats" a party of
    no known country. A chamber or a stance before it keeps the party ("House Democrats", "moderate
    Republicans")."""
    if hit.actor.sector != "PTY" or hit.start == 0:
        return None
    states = [h for h in hits if h.end <= hit.start and h.names_a_state()]
    foreign = [h for h in states if h.actor.country != hit.actor.country]
    if foreign:
        country = foreign[-1].actor
        return Actor(country.name, f"{country.country}PTY", country.country, "PTY")
    if words[hit.start - 1].lower() in _PARTY_FAMILIES:
        return Actor(None, None, None, "PTY")
    return None


def side(actor: Actor) -> str | None:
    """The country of an actor, or its organisation code's first part ("IGO")."""
    return actor.country or (actor.code or "")[:3] or None
