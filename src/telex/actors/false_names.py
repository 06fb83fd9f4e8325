"""Names found in a phrase that do not name their actor there: a party's name that begins a longer name, the state an
envoy is sent to, a demonym or place of no nation ("Spanish-language", "the Geneva Convention"), a saint's name, a
firm's name."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from telex.actors.name_edges import given_name_at
from telex.actors.names import NameHit, find_names
from telex.actors.sectors import sector_of
from telex.actors.table import ActorTable, name_key
from telex.actors.word_lists import PLACE_PREPS, POSSESSIVES, envoy_nouns, party_members
from telex.tables import read_table


def misnamed(words: Sequence[str], hit: NameHit, table: ActorTable) -> bool:
    """``hit`` names no actor of its own in ``words``: a party's name that begins a longer name, the state an envoy is
    sent to, a demonym or place of no nation, a saint's or a firm's name."""
    return _name_begun(words, hit, table) or _host(words, hit) or no_nation_here(words, hit, table)


def no_nation_here(words: Sequence[str], hit: NameHit, table: ActorTable) -> bool:
    """``hit`` names no state of its own wherever it stands, in a phrase or in a sentence around one: a demonym or
    place of no nation ("David French", "the Geneva Convention"), a saint's or a firm's name, another state's body of
    a shared name ("the Mexican Congress")."""
    return (
        _no_nationality(words, hit, table)
        or _saints_name(words, hit)
        or _firms_name(words, hit)
        or _another_states_body(words, hit, table)
    )


def _another_states_body(words: Sequence[str], hit: NameHit, table: ActorTable) -> bool:
    """A body of one state named by a word any state's body bears ("Congress", the US Congress) is another state's
    when that state is named right before it, or before the capitalised words of its name, or after its "of": "the
    Mexican Congress", "the Nigerian Labour Congress", "Zimbabwe Congress of Trade Unions", "Congress of the
    Philippines" are no US Congress. A party keeps its own rule (``phrases._other_party``)."""
    actor = hit.actor
    if hit.kind != "name" or not actor.country or actor.code == actor.country or actor.sector in (None, "PTY"):
        return False
    after = hit.end + 1 if hit.end < len(words) and words[hit.end].lower() == "of" else None
    if after is not None and after < len(words) and words[after].lower() == "the":
        after += 1
    states = [
        h for h in find_names(words, None, table)
        if h.names_a_state() and h.actor.country != actor.country
        and (_one_name(words, h.end, hit.start) or h.start == after)
    ]  # fmt: skip
    return bool(states)


def _one_name(words: Sequence[str], end: int, start: int) -> bool:
    """The words from ``end`` to ``start`` are none, or capitalised words of one name: "Nigerian Labour Congress"."""
    return end <= start and all(w[:1].isupper() for w in words[end:start])


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
    named = [w for w in words[hit.start : hit.end] if w not in POSSESSIVES]
    if hit.kind == "leader" or len(named) != 1 or hit.actor.code != hit.actor.country:
        return False
    after = words[hit.end + 1].lower() if hit.end + 1 < len(words) and words[hit.end] in {"-", "–"} else ""
    if hit.kind == "demonym" and after in _LANGUAGE_COMPOUNDS:
        return True
    following = words[hit.end] if hit.end < len(words) else ""
    if hit.kind == "name" and following[:1].isupper() and following.lower() in _DOCUMENTS:
        return True
    given = hit.start > 0 and given_name_at(words, hit.start - 1, table)
    return hit.kind == "demonym" and (given or _surname_of_people(words, hit, table) or _other_people(words, hit))


def _surname_of_people(words: Sequence[str], hit: NameHit, table: ActorTable) -> bool:
    """The word of a people within a state that ends the phrase after a capitalised word no table knows, a given name
    of a person ("Aldo Moro" is no Moro; "Kosovo Serbs", "Muslim Rohingya" stay peoples)."""
    if hit.end != len(words) or hit.start == 0 or name_key(words[hit.start]) not in table.peoples:
        return False
    before = words[hit.start - 1]
    known = name_key(before) in table.names or before.lower() in table.sectors or before.lower() in table.role_words
    return before[:1].isupper() and not before.isupper() and not known


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
    if words[after] in POSSESSIVES or _members(words[after]):
        return False  # "GOP Candidates Reject ...": a headline's capitals
    if words[after].lower() in PLACE_PREPS:
        return False  # "a Republican from the Concord area": the party's word heads the phrase, a member
    if any(" ".join(w.lower() for w in words[hit.start : end]) in table.sectors for end in (after + 1, after + 2)):
        return True  # "Labour Group (South Africa)", "labour groups": a sector's words, of no party
    if not words[after][:1].isupper():
        # "Republican lawmakers", "the Democratic nominee": the party's people; "the Democratic race" is a thing. The
        # head is the noun before a phrase of place: "the Democratic chairman in Nassau County".
        phrase = list(words[after:])
        cut = next((i for i, w in enumerate(phrase) if i > 0 and w.lower() in PLACE_PREPS), len(phrase))
        head = phrase[cut - 1].lower()
        return not (_members(head) or head in table.role_words or sector_of(phrase[:cut], table, head_only=True))
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
    return bool({word, singular} & party_members())


def _host(words: Sequence[str], hit: NameHit) -> bool:
    """The name is where an envoy is sent ("ambassador to the United States", "envoy at the UN"), not whom the
    envoy acts for."""
    envoys = envoy_nouns()
    return any(words[i].lower() in ("to", "at") and words[i - 1].lower() in envoys for i in range(1, hit.start))


def of_nothing(words: Sequence[str], hit: NameHit, hits: Sequence[NameHit]) -> bool:
    """An "of" phrase that names no known actor follows ``hit``: "Horn of Africa", not "Merkel of Germany"."""
    return hit.end < len(words) and words[hit.end] == "of" and not any(h.start > hit.end for h in hits)
