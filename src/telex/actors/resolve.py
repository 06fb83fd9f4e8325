"""Code a noun phrase as a CAMEO actor: "the Russian army" is RUSMIL, "Pyongyang" is PRK, "Putin" is RUSGOV."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from telex.actors.table import Actor, ActorTable, actor_table, name_key
from telex.entity_index import EntityIndex
from telex.nlp.cached import text_of

__all__ = ["Actor", "find_names", "is_korea_story", "resolve_span", "resolve_words"]

_DETERMINERS = frozenset({"the", "a", "an", "'s", "’s", "'", "its", "their", "his", "her", "our"})
_POINTS = {"north": "PRK", "south": "KOR"}
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "madam", "gen", "general", "prof", "president", "premier"})
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


def find_names(words: Sequence[str], on: date | None = None, table: ActorTable | None = None) -> list[NameHit]:
    """Known names in ``words``, longest first at each position, without overlaps."""
    table = table or actor_table()
    hits: list[NameHit] = []
    i = 0
    while i < len(words):
        for n in range(min(table.longest_name, len(words) - i), 0, -1):
            hit = _lookup(words[i : i + n], on, table)
            if hit and hit[0] == "surname" and not _bare_surname(words, i, table):
                hit = None
            if hit:
                kind, actor = hit
                hits.append(NameHit(i, i + n, "leader" if kind == "surname" else kind, actor))
                i += n
                break
        else:
            i += 1
    return hits


def _lookup(words: Sequence[str], on: date | None, table: ActorTable) -> tuple[str, Actor] | None:
    phrase = _join(words)
    if not phrase or not (phrase[0].isupper() or _particle_name(phrase)):
        return None
    for key in (name_key(phrase), phrase.lower()):
        if key in table.leaders_by_name:
            leader = table.leader(table.leaders_by_name[key], on)
            if leader:
                return "leader", leader.actor
        if key in table.names:
            return "name", table.names[key]
        if key in table.demonyms:
            iso3 = table.demonyms[key]
            return "demonym", Actor(table.country_names[iso3], iso3, iso3, None)
    if len(words) == 1 and phrase.lower() in table.leaders_by_token:
        leader = table.leader(table.leaders_by_token[phrase.lower()], on)
        if leader:
            return "surname", leader.actor
    return None


def _bare_surname(words: Sequence[str], i: int, table: ActorTable) -> bool:
    """``words[i]`` stands alone as a surname, not as part of another name ("Levy Mwanawasa", "Khan Younis")."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(words):
            continue
        word = words[j]
        if not (word[:1].isupper() and word.replace("-", "").isalpha()):
            continue
        lowered = word.lower().rstrip(".")
        if lowered in table.role_words or lowered in _HONORIFICS or lowered in _CALENDAR:
            continue
        if name_key(word) in table.names or name_key(word) in table.demonyms:
            continue
        return False
    return True


def _particle_name(phrase: str) -> bool:
    """A name opening with a lower-case particle: "al-Qaeda", "el-Sisi"."""
    first = phrase.split()[0]
    return "-" in first and first.split("-")[1][:1].isupper()


def _join(words: Sequence[str]) -> str:
    text = ""
    for word in words:
        if word in {"-", "–"} or text.endswith("-"):
            text += word
        else:
            text += (" " if text else "") + word
    return text.strip()


def _sector(words: Sequence[str], table: ActorTable) -> str | None:
    """The sector named nearest the head (end) of the phrase: "Russian defence ministry" is MIL."""
    lowered = [w.lower() for w in words]
    for end in range(len(lowered), 0, -1):
        for start in range(max(0, end - 3), end):
            sector = table.sectors.get(" ".join(lowered[start:end]))
            if sector:
                return sector
    return None


def resolve_words(
    words: Sequence[str], on: date | None = None, korea: bool = False, table: ActorTable | None = None
) -> Actor | None:
    """Code a noun phrase given as its words; ``None`` when it names no actor."""
    table = table or actor_table()
    words = [w for w in words if w.strip() and w.lower() not in _DETERMINERS]
    if not words:
        return None
    hits = find_names(words, on, table)
    leaders = [h for h in hits if h.kind == "leader"]
    if leaders:
        return leaders[-1].actor
    sector = _sector(words, table)
    organisations = [h for h in hits if h.kind == "name" and h.actor.code != h.actor.country]
    if organisations:
        org = organisations[-1].actor
        if org.sector is None and org.country is None:
            return org
        return Actor(org.name, org.code, org.country, org.sector or sector)
    countries = [h.actor for h in hits]
    if not countries and korea and len(words) == 1 and words[0].lower() in _POINTS:
        iso3 = _POINTS[words[0].lower()]
        countries = [Actor(table.country_names[iso3], iso3, iso3, None)]
    if not countries:
        return Actor(None, None, None, sector) if sector else None
    country = countries[-1]
    iso3 = country.country or ""
    after = hits[-1].end if hits else len(words)
    holder = _office_holder(words, after, iso3, on, table)
    if holder:
        return holder
    sector = sector or country.sector
    return Actor(country.name, iso3 + (sector or ""), iso3, sector)


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


def resolve_span(span: Span, entities: EntityIndex, on: date | None) -> Actor | None:
    """Code a mention: the entity it belongs to if that is coded, else its words."""
    entity = entities.at(span.start_char, span.end_char)
    if entity and entity.code and _covers(span, entity.mentions):
        return Actor(entity.name, entity.code, entity.country, entity.sector)
    return resolve_words([t.text for t in span], on, is_korea_story(span.doc))


def _covers(span: Span, mentions: Sequence[tuple[int, int]]) -> bool:
    """The entity's mention is the head of ``span`` rather than a modifier inside it."""
    root = span.root
    return any(start <= root.idx < end for start, end in mentions)

