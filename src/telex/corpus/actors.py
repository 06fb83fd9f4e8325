"""One actor id across a corpus: "Sanders" in one article and "Bernie Sanders" in another are ``person:bernie-sanders``.

Each article already merges its own mentions of a person (``entities/cluster.py``); this joins the articles.
People are linked by name within small blocks (one exact name, one name but for a part), never all pairs,
and only where their context agrees: country, CAMEO code and affiliation, a missing value never conflicting.
Organisations and places join on their normalised name or on being one entry of the actor table ("UN", "United
Nations"), never on a code, which a whole class of actors shares. An organisation's name that is one person
actor's full name, more often typed a person, is that person (``_join_person_names``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import chain, combinations, count, pairwise
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from telex.actors.table import actor_table, name_key
from telex.entities.person_names import name_tokens

__all__ = [
    "EntityRow",
    "NameCount",
    "canonical_names",
    "link_actors",
    "link_and_name",
    "link_people_and_names",
    "name_counts",
]

# Id prefix per entity type; the pipeline stores PERSON, ORG, GPE and LOC (it relabels NORP and FAC).
_KINDS = {"PERSON": "person", "ORG": "org", "FAC": "org", "NORP": "org", "GPE": "place", "LOC": "place"}
# Words that may open a person's name besides the office titles of leaders.tsv and cluster.py's honorifics.
_OFFICES = frozenset({"former", "late", "vice", "deputy", "senator", "sen", "rep", "governor", "gov", "mayor", "judge"})
_RANKS = frozenset({"gen", "general", "col", "colonel", "lt", "maj", "major", "capt", "captain", "adm", "admiral"})
# One edit is a misspelling in a name part of seven letters or more ("Vladmir"); shorter parts, where one letter
# often makes another name ("Jon"/"Jan", "Sergei"/"Sergey" aside), must match exactly.
_MIN_PART_LENGTH = 7
_TYPOGRAPHY = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-", "’": "'"})
_NOT_WORD = re.compile(r"[\W_]+")

Name = tuple[str, ...]  # a person's comparison tokens: ("kim", "jong", "un")
Context = tuple[str | None, str | None, str | None]  # country, code, normalised affiliation
Profile = tuple[set[str], set[str], set[str]]  # every country, code and affiliation seen for one actor


class EntityRow(NamedTuple):
    """One stored entity of one article: ``id`` is E1, E2… within ``article_id``; ``sector`` is not compared."""

    article_id: str
    id: str
    name: str
    type: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    affiliation: str | None = None


class NameCount(NamedTuple):
    """Every row of one organisation's or place's name taken together: all that linking them reads of the rows
    (the linking of things goes by name alone), so a store sums them by name instead of handing over each row."""

    type: str
    name: str
    rows: int
    first: tuple[str, ...]  # the least ``_row_key`` of its rows
    countries: frozenset[str]


class _Mention(NamedTuple):
    """A person row with its name parsed: display form without titles, comparison tokens and context."""

    row: EntityRow
    display: str
    tokens: Name
    context: Context


@dataclass(frozen=True)
class _Actor:
    """One corpus actor before it has an id: ``kind`` is the id prefix, ``name`` the one to show; a person's rows,
    or an organisation's or place's names."""

    kind: str
    name: str
    rows: tuple[EntityRow, ...] = ()
    names: tuple[NameCount, ...] = ()

    def size(self) -> int:
        return len(self.rows) + sum(n.rows for n in self.names)

    def first(self) -> tuple[str, ...]:
        return min([*map(_row_key, self.rows), *(n.first for n in self.names)])

    def countries(self) -> set[str]:
        return {row.country for row in self.rows if row.country} | {c for n in self.names for c in n.countries}


class Linked(NamedTuple):
    """Corpus actor ids: of each person row by ``(article_id, entity_id)``, of each other row by ``(type, name)``;
    and the name to show for each id."""

    people: dict[tuple[str, str], str]
    things: dict[tuple[str, str], str]
    names: dict[str, str]


def link_people_and_names(people: Iterable[EntityRow], things: Iterable[NameCount]) -> Linked:
    """Link the person rows and the organisations' and places' names (``name_counts`` of their rows): the ids
    ``link_and_name`` gives the rows."""
    actors = _actors(people, things)
    return Linked(
        {(row.article_id, row.id): actor_id for actor_id, actor in actors for row in actor.rows},
        {(n.type, n.name): actor_id for actor_id, actor in actors for n in actor.names},
        {actor_id: actor.name for actor_id, actor in actors},
    )


def name_counts(rows: Iterable[EntityRow]) -> list[NameCount]:
    """The rows summed by type and name."""
    by_name: dict[tuple[str, str], list[EntityRow]] = defaultdict(list)
    for row in rows:
        by_name[(row.type, row.name)].append(row)
    return [
        NameCount(kind, name, len(same), min(map(_row_key, same)), frozenset(r.country for r in same if r.country))
        for (kind, name), same in by_name.items()
    ]


def link_and_name(rows: Iterable[EntityRow]) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """``link_actors`` and ``canonical_names`` of ``rows`` from one pass over them."""
    rows = list(rows)
    people = [row for row in rows if row.type == "PERSON"]
    things = [row for row in rows if row.type != "PERSON"]
    linked = link_people_and_names(people, name_counts(things))
    links = dict(linked.people)
    links.update({(row.article_id, row.id): linked.things[(row.type, row.name)] for row in things})
    return links, linked.names


def link_actors(rows: Iterable[EntityRow]) -> dict[tuple[str, str], str]:
    """Map every ``(article_id, entity_id)`` to its corpus actor id, the same for any order of ``rows``."""
    return link_and_name(rows)[0]


def canonical_names(rows: Iterable[EntityRow]) -> dict[str, str]:
    """Map every corpus actor id to the name to show for it: "Bernie Sanders" for ``person:bernie-sanders``."""
    return link_and_name(rows)[1]


def _actors(people: Iterable[EntityRow], things: Iterable[NameCount]) -> list[tuple[str, _Actor]]:
    persons, rest = _join_person_names(_people(_in_order(people)), list(things))
    actors = [*persons, *_things(rest)]
    return list(zip(_ids(actors), actors, strict=True))


def _join_person_names(persons: list[_Actor], things: list[NameCount]) -> tuple[list[_Actor], list[NameCount]]:
    """The person actors with the organisation names that are one of them ("Donald Trump" typed ORG in a few
    articles), and the names left: an ORG name of more than one word that is the full name of exactly one person
    actor, who has more person rows than the name has organisation rows ("Trump Tower", typed a person once, stays
    a building), and that the actor table does not know as an organisation ("Citizens United")."""
    owners: dict[Name, set[int]] = defaultdict(set)
    parsed: dict[str, Name] = {}
    for number, actor in enumerate(persons):
        for row in actor.rows:
            tokens = parsed.get(row.name) or parsed.setdefault(row.name, _parse_person(row.name)[1])
            if len(tokens) > 1:
                owners[tokens].add(number)
    joined: dict[int, list[NameCount]] = defaultdict(list)
    rest = []
    for name in things:
        found = owners.get(_parse_person(name.name)[1], set()) if name.type == "ORG" else set()
        if len(found) > 1:  # namesakes of two countries: the one of the name's country
            found = {n for n in found if persons[n].countries() & name.countries}
        person = next(iter(found)) if len(found) == 1 else None
        if person is not None and len(persons[person].rows) > name.rows and _table_entry(name.name) is None:
            joined[person].append(name)
        else:
            rest.append(name)
    return [replace(a, names=(*a.names, *joined[n])) if n in joined else a for n, a in enumerate(persons)], rest


def _in_order(rows: Iterable[EntityRow]) -> list[EntityRow]:
    """The rows sorted by ``_row_key``: as given when they come sorted by article and entity id, each pair once
    (a store's rows), which orders the whole key without computing it."""
    rows = list(rows)
    if all((a.article_id, a.id) < (b.article_id, b.id) for a, b in pairwise(rows)):
        return rows
    return sorted(rows, key=_row_key)


def _row_key(row: EntityRow) -> tuple[str, ...]:
    return (
        row.article_id,
        row.id,
        row.name,
        row.type,
        row.code or "",
        row.country or "",
        row.sector or "",
        row.affiliation or "",
    )


# People


def _people(rows: Sequence[EntityRow]) -> list[_Actor]:
    """Exact names first, then spelling variants, then bare names that one full name fits."""
    parsed: dict[str, tuple[str, Name]] = {}
    full: dict[Name, list[_Mention]] = defaultdict(list)
    bare: list[_Mention] = []
    contexts: dict[tuple[str | None, str | None, str | None], Context] = {}  # few distinct, many rows
    for row in rows:
        display, tokens = parsed.get(row.name) or parsed.setdefault(row.name, _parse_person(row.name))
        fields = (row.country, row.code, row.affiliation)
        context = contexts.get(fields) or contexts.setdefault(fields, _context(row))
        mention = _Mention(row, display, tokens, context)
        (full[tokens] if len(tokens) > 1 else bare).append(mention)
    merger = _Merger([group for _, same in sorted(full.items()) for group in _split_by_country(same)])
    for a, b in _variant_pairs(merger.names):
        merger.merge(a, b)
    linked, unlinked = _link_bare(merger, bare)
    clusters = [merger.groups[root] + linked.get(root, []) for root in merger.roots()]
    by_name: dict[Name, list[_Mention]] = defaultdict(list)
    for mention in unlinked:
        by_name[mention.tokens].append(mention)
    clusters += [group for _, same in sorted(by_name.items()) for group in _split_by_country(same)]
    return [_Actor("person", _person_name(cluster), rows=tuple([m.row for m in cluster])) for cluster in clusters]


def _parse_person(name: str) -> tuple[str, Name]:
    """The name without leading titles and its comparison tokens: "President Kim Jong-un" gives kim, jong, un."""
    words = name.translate(_TYPOGRAPHY).split()
    titles = _title_words()
    while len(words) > 1 and all(token in titles for token in _word_tokens(words[0])):
        words = words[1:]
    display = " ".join(words)
    return display, tuple(token for word in words for token in _word_tokens(word)) or (_fold(display),)


@lru_cache(maxsize=1 << 16)
def _word_tokens(word: str) -> Name:
    """Lower-case name parts of one word without honorifics, accents or full stops: "Jong-un" gives jong, un."""
    return tuple(part for part in (_fold(token).replace(".", "") for token in name_tokens(word)) if part)


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _title_words() -> frozenset[str]:
    return frozenset(word for title in actor_table().titles for word in name_tokens(title)) | _OFFICES | _RANKS


def _context(row: EntityRow) -> Context:
    return row.country or None, row.code or None, _affiliation_key(row.affiliation) if row.affiliation else None


@lru_cache(maxsize=1 << 16)
def _affiliation_key(affiliation: str) -> str | None:
    return name_key(affiliation).casefold() or None


def _split_by_country(mentions: Sequence[_Mention]) -> list[list[_Mention]]:
    """Mentions of one name, one group per country; a mention without a country joins the group it fits.

    With a single country it joins that one: an exact name parts only on country, not on code or affiliation,
    which change with a person's office. With several it joins only the one its code or affiliation picks.
    """
    countries = sorted({m.context[0] for m in mentions if m.context[0] is not None}) if len(mentions) > 1 else []
    if len(countries) <= 1:
        return [list(mentions)]
    groups = [[m for m in mentions if m.context[0] == country] for country in countries]
    profiles = [_profile(group) for group in groups]
    stray: list[_Mention] = []
    for mention in (m for m in mentions if m.context[0] is None):
        choice = _pick(mention.context, profiles)
        (stray if choice is None else groups[choice]).append(mention)
    return [*groups, stray] if stray else groups


def _profile(mentions: Iterable[_Mention]) -> Profile:
    contexts = [mention.context for mention in mentions]
    return {c for c, _, _ in contexts if c}, {c for _, c, _ in contexts if c}, {a for _, _, a in contexts if a}


def _fits(context: Context, profile: Profile) -> bool:
    """No field in conflict: a missing value, on either side, never conflicts."""
    (country, code, affiliation), (countries, codes, affiliations) = context, profile
    return (
        (country is None or not countries or country in countries)
        and (code is None or not codes or code in codes)
        and (affiliation is None or not affiliations or affiliation in affiliations)
    )


def _joinable(a: Profile, b: Profile) -> bool:
    """Two actors' contexts share a value in every field both know."""
    return all(not x or not y or not x.isdisjoint(y) for x, y in zip(a, b, strict=True))


def _pick(context: Context, candidates: Sequence[Profile]) -> int | None:
    """The one candidate the context fits, or of several that fit the only one agreeing on most fields."""
    fitting = [i for i, profile in enumerate(candidates) if _fits(context, profile)]
    if len(fitting) == 1:
        return fitting[0]
    agreement = [sum(v is not None and v in s for v, s in zip(context, candidates[i], strict=True)) for i in fitting]
    best = max(agreement, default=0)
    return fitting[agreement.index(best)] if best > 0 and agreement.count(best) == 1 else None


def _variant_pairs(names: Sequence[Name]) -> list[tuple[int, int]]:
    """Pairs of groups whose different names spell one name, each name compared only within its blocks.

    A block holds the names equal when joined ("Kim Jong Un", "Kim Jongun"), or equal but for one long part
    with the same first and last letters and length ("Vladimir Putin"); one edit apart, a part may be one
    letter longer, so each such block is also compared with the block of parts one letter longer ("Vladmir").
    """
    groups: dict[Name, list[int]] = defaultdict(list)
    for number, tokens in enumerate(names):
        groups[tokens].append(number)
    joined: dict[str, list[Name]] = defaultdict(list)
    by_part: dict[tuple[Name, int, str, str, int], list[Name]] = defaultdict(list)
    for tokens in groups:
        joined["".join(tokens)].append(tokens)
        for i, token in enumerate(tokens):
            if len(token) >= _MIN_PART_LENGTH - 1:
                by_part[(tokens[:i] + tokens[i + 1 :], i, token[0], token[-1], len(token))].append(tokens)
    candidates = {pair for members in joined.values() if len(members) > 1 for pair in combinations(members, 2)}
    for (rest, i, first, last, length), members in by_part.items():
        if len(members) > 1:
            candidates.update(combinations(members, 2))
        longer = by_part.get((rest, i, first, last, length + 1))
        if longer:
            candidates.update((a, b) for a in members for b in longer)
    variants = [(a, b) for a, b in candidates if _spelling_variants(a, b)]
    return sorted((min(x, y), max(x, y)) for a, b in variants for x in groups[a] for y in groups[b])


def _spelling_variants(a: Name, b: Name) -> bool:
    """Spacing ("Kim Jong Un", "Kim Jongun") or one part misspelt, the others equal ("Vladmir Putin")."""
    if "".join(a) == "".join(b):
        return True
    different = [(x, y) for x, y in zip(a, b, strict=True) if x != y] if len(a) == len(b) else []
    return len(different) == 1 and _close(*different[0])


def _close(a: str, b: str) -> bool:
    """One edit apart in a long part with the same first and last letters: not "Christina" and "Christine"."""
    same_ends = a[0] == b[0] and a[-1] == b[-1]
    long_enough = max(len(a), len(b)) >= _MIN_PART_LENGTH
    return same_ends and long_enough and Levenshtein.distance(a, b, score_cutoff=1) <= 1


class _Merger:
    """Union-find over groups of mentions that refuses a merge whose contexts conflict.

    Two groups from one article stay apart: that article's clustering already judged them different people.
    Profiles and article sets are built only for the groups a merge or a bare name asks about.
    """

    def __init__(self, groups: Sequence[list[_Mention]]) -> None:
        self.groups = [list(group) for group in groups]
        self.names = [group[0].tokens for group in groups]
        self._parent = list(range(len(groups)))
        self._profiles: dict[int, Profile] = {}
        self._articles: dict[int, set[str]] = {}

    def find(self, node: int) -> int:
        while self._parent[node] != node:
            self._parent[node] = self._parent[self._parent[node]]
            node = self._parent[node]
        return node

    def roots(self) -> list[int]:
        return [node for node in range(len(self._parent)) if self._parent[node] == node]

    def profile(self, root: int) -> Profile:
        if root not in self._profiles:
            self._profiles[root] = _profile(self.groups[root])
        return self._profiles[root]

    def articles(self, root: int) -> set[str]:
        if root not in self._articles:
            self._articles[root] = {m.row.article_id for m in self.groups[root]}
        return self._articles[root]

    def merge(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not self.articles(ra).isdisjoint(self.articles(rb)):
            return
        if not _joinable(self.profile(ra), self.profile(rb)):
            return
        keep, drop = (ra, rb) if len(self.groups[ra]) >= len(self.groups[rb]) else (rb, ra)
        self._parent[drop] = keep
        self.groups[keep] += self.groups[drop]
        self.articles(keep).update(self._articles.pop(drop))
        for kept, dropped in zip(self.profile(keep), self._profiles.pop(drop), strict=True):
            kept |= dropped


def _link_bare(merger: _Merger, bare: Sequence[_Mention]) -> tuple[dict[int, list[_Mention]], list[_Mention]]:
    """Give each bare name ("Sanders", "Xi") the one cluster it is the first or last part of and whose context
    it fits (an inner part, which ``cluster.same_person`` lets stand for a name within one article, is too weak a
    link across articles): the bare names per cluster, and those left over."""
    parts: dict[str, set[int]] = defaultdict(set)
    for number, tokens in enumerate(merger.names):
        root = merger.find(number)
        parts[tokens[0]].add(root)
        parts[tokens[-1]].add(root)
    candidates = {part: sorted(roots) for part, roots in parts.items()}
    in_article: dict[str, set[int]] = defaultdict(set)  # the clusters with a full name in each article
    for root in merger.roots():
        for mention in merger.groups[root]:
            in_article[mention.row.article_id].add(root)
    picks: dict[tuple[Context, tuple[int, ...]], int | None] = {}
    linked: dict[int, list[_Mention]] = defaultdict(list)
    unlinked: list[_Mention] = []
    for mention in bare:
        part, context = mention.tokens[0], mention.context
        roots = candidates.get(part, []) if len(part) > 1 else []
        # A full name in the same article is another person: that article's clustering kept them apart.
        taken = in_article.get(mention.row.article_id)
        allowed = tuple(root for root in roots if root not in taken) if taken else tuple(roots)
        if (context, allowed) not in picks:
            choice = _pick(context, [merger.profile(root) for root in allowed])
            picks[(context, allowed)] = None if choice is None else allowed[choice]
        chosen = picks[(context, allowed)]
        (unlinked if chosen is None else linked[chosen]).append(mention)
    return linked, unlinked


def _person_name(mentions: Sequence[_Mention]) -> str:
    """The most complete form: most name parts, then most frequent, then alphabetical."""
    if len(mentions) == 1:
        return mentions[0].display
    counts = Counter(m.display for m in mentions)
    parts = {m.display: len(m.tokens) for m in mentions}
    return min(counts, key=lambda display: (-parts[display], -counts[display], display))


# Organisations and places


def _things(rows: Sequence[NameCount]) -> list[_Actor]:
    """Organisations and places: one actor per normalised name, joined where two names are one entry of telex's
    actor table ("UN" and "United Nations").

    A code is no identity: every US outlet is USAMED, every party USAPTY and every state of the union USA, so
    joining on it made one actor of Fox News and the Associated Press, and of the Democratic and Republican parties.
    """
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}

    def find(node: tuple[str, ...]) -> tuple[str, ...]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    names: dict[tuple[str, str], tuple[str, ...]] = {}
    for entity_type, name in sorted({(row.type, row.name) for row in rows}):
        node = names.setdefault((entity_type, name), ("name", _kind(entity_type), _thing_key(name)))
        root = find(node)
        entry = _table_entry(name)
        if entry is not None:
            other = find(("entry", entity_type, *entry))
            parent[max(root, other)] = min(root, other)
    roots = {key: find(node) for key, node in names.items()}
    clusters: dict[tuple[str, ...], list[NameCount]] = defaultdict(list)
    for row in rows:
        clusters[roots[(row.type, row.name)]].append(row)
    return [
        _Actor(_kind(group[0].type), _thing_name(group), names=tuple(group)) for _, group in sorted(clusters.items())
    ]


@lru_cache(maxsize=1 << 16)
def _table_entry(name: str) -> tuple[str, str] | None:
    """The row of telex's actor table that ``name`` names (its name and code), or None: "U.N." and "United
    Nations" give one row, "Moscow" its country's; "UN Security Council" is a row of its own."""
    actor = actor_table().names.get(name_key(name))
    if actor is None or actor.name is None:
        return None
    return actor.name, actor.code or ""


def _kind(entity_type: str) -> str:
    return _KINDS.get(entity_type, entity_type.casefold())


@lru_cache(maxsize=1 << 16)
def _thing_key(name: str) -> str:
    """One key for "The  United Nations" and "united nations"."""
    return name_key(name).casefold()


def _thing_name(names: Sequence[NameCount]) -> str:
    """The most frequent name up to case, then of most words; its most frequent spelling, then alphabetical."""
    spellings: Counter[str] = Counter()
    keys: Counter[str] = Counter()
    for n in names:
        spellings[" ".join(n.name.split())] += n.rows
    if len(spellings) == 1:
        return next(iter(spellings))
    for n in names:
        keys[_thing_key(n.name)] += n.rows
    key = min(keys, key=lambda k: (-keys[k], -len(k.split()), k))
    return min((s for s in spellings if _thing_key(s) == key), key=lambda s: (-spellings[s], s))


# Ids


def _ids(actors: Sequence[_Actor]) -> list[str]:
    """``kind:slug`` per actor; where two share one, the larger keeps it and the others add a country or a number."""
    by_base: dict[str, list[int]] = defaultdict(list)
    for number, actor in enumerate(actors):
        by_base[f"{actor.kind}:{_slug(actor.name)}"].append(number)
    ids = [""] * len(actors)
    taken = set(by_base)
    for base, numbers in by_base.items():
        if len(numbers) == 1:
            ids[numbers[0]] = base
            continue
        first, *others = sorted(numbers, key=lambda n: (-actors[n].size(), actors[n].first()))
        ids[first] = base
        for number in others:
            countries = actors[number].countries()
            suffixes = chain((c.casefold() for c in countries if len(countries) == 1), map(str, count(2)))
            ids[number] = next(f"{base}-{s}" for s in suffixes if f"{base}-{s}" not in taken)
            taken.add(ids[number])
    return ids


def _slug(name: str) -> str:
    """Lower case, each run of spaces and punctuation one hyphen: "Kim Jong-un" gives ``kim-jong-un``."""
    return _NOT_WORD.sub("-", name.casefold()).strip("-") or "unnamed"
