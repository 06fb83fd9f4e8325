"""Event pattern tables: verbs (with particle, preposition and object), nominal events and light verbs.

telex's own verb table (``event_verbs.tsv``) comes first; PETRARCH2's CAMEO verb dictionary, converted by
``scripts/build_petrarch_verbs.py`` into ``event_verbs_petrarch.tsv``, is a broad fallback consulted only
for a verb telex's own rows leave uncoded. Every row has an id (``table:n``, its n-th data row) so an
evaluation can report which rows fired on which data.

A row may ask for a kind of doer (column ``doer``): "Russian jets hit Aleppo" is force, "sanctions hit the economy"
none, so a force row of "hit" fires only when the doer is armed (:data:`ARMED`, judged by ``events/doers.py``).

A row whose code is ``-`` (:data:`NO_EVENT`) says that a use of a verb is no event at all ("released a
statement", "demonstrated their resolve", "commanded a brigade"): when it is the best match, :func:`match_verb`
finds nothing, so an ambiguous verb can keep a plain row for its event sense.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from telex.tables import read_table

if TYPE_CHECKING:
    from spacy.tokens import Token

VERBS = "event_verbs.tsv"
PETRARCH_VERBS = "event_verbs_petrarch.tsv"
NOUNS = "event_nouns.tsv"
LIGHT_VERBS = "event_light_verbs.tsv"
COMPOSE = "event_compose.tsv"
RECIPROCAL = "event_reciprocal.tsv"
# The code of a row that names a use of a verb that is no event.
NO_EVENT = "-"
# The doer a row asks for that only an armed actor, a weapon or an act of violence meets.
ARMED = "armed"
# The doer a row asks for that a state itself meets when it acts on a place or an armed side ("Israel struck Gaza").
STATE = "state"
# The doer a row asks for that people who work meet as the active subject ("nurses struck for a third day").
LABOUR = "labour"
# The object entry a named place meets (a country, city or region: "seized Ramadi", "recaptured Mosul").
PLACE = "PLACE"
# The entity types of a named place.
PLACE_TYPES = frozenset({"GPE", "LOC"})
# The object entry a named person meets ("fired McCarthy", "Lewandowski was fired": dismissed, no shot).
PERSON = "PERSON"
# The object entry people meet: a name, a noun the actor tables know ("prisoners", "the mayor", "sailors") or a pronoun
# of a person ("released him"), not a thing ("released the emails", "released its fundraising totals").
PEOPLE = "PEOPLE"
# The object entry a thing meets: a common noun that names no one, of no name and no noun of people ("demonstrated
# know-how", "demonstrated a fondness for brutal leaders"), where the verb's event use takes none ("demonstrated
# outside the embassy").
THING = "THING"
# The doer a row asks for that protesters or a civil sector whose protest stands alone meet ("residents protested the
# killing").
PUBLIC = "public"
# The doer a row asks for that someone who fights with words meets: a politician or another named person of no armed
# sector, acting on an actor of no armed sector ("Trump hammered Bush", "Clinton hit Sanders on guns").
POLITICIAN = "politician"


@dataclass(frozen=True)
class VerbPattern:
    """One verb pattern row for one lemma.

    ``objects`` must meet the direct object, ``prep_objects`` the object of ``prep``; an entry of several
    words ("arms shipment") names a head and its modifiers; ``doer`` is the kind of doer the clause must have.
    """

    verb: str
    particle: str | None
    prep: str | None
    objects: frozenset[str]
    code: str
    prep_objects: frozenset[str] = frozenset()
    row: str = ""
    doer: str | None = None

    @property
    def specificity(self) -> int:
        return (
            2 * bool(self.objects) + 2 * bool(self.prep_objects) + bool(self.particle) + bool(self.prep)
            + bool(self.doer)
        )


def row_id(table: str, index: int) -> str:
    """The id of the ``index``-th (1-based) data row of ``table``."""
    return f"{table}:{index}"


def _patterns(table: str) -> dict[str, tuple[VerbPattern, ...]]:
    by_verb: dict[str, list[VerbPattern]] = {}
    for index, row in enumerate(read_table(table), 1):
        prep = row["prep"] or None
        objects = frozenset(row["objects"])
        prep_objects = frozenset(v.strip() for v in row["prep_objects"].split(";") if v.strip())
        for verb in row["verbs"]:
            by_verb.setdefault(verb, []).append(
                VerbPattern(
                    verb=verb,
                    particle=row["particle"] or None,
                    prep=prep,
                    objects=objects,
                    code=row["code"],
                    prep_objects=prep_objects,
                    row=row_id(table, index),
                    doer=row.get("doer") or None,
                )
            )
    return {verb: tuple(rows) for verb, rows in by_verb.items()}


@lru_cache(maxsize=1)
def verb_patterns() -> dict[str, tuple[VerbPattern, ...]]:
    """telex's own verb patterns by lemma, in file order."""
    return _patterns(VERBS)


@lru_cache(maxsize=1)
def petrarch_patterns() -> dict[str, tuple[VerbPattern, ...]]:
    """The PETRARCH2 fallback patterns by lemma, in file order."""
    return _patterns(PETRARCH_VERBS)


@lru_cache(maxsize=1)
def _nouns() -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for index, row in enumerate(read_table(NOUNS), 1):
        for noun in row["nouns"]:
            found.setdefault(noun, (row["code"], row_id(NOUNS, index)))
    return found


@lru_cache(maxsize=1)
def noun_codes() -> dict[str, str]:
    """CAMEO code of each event noun (lemma or lower-cased form; two-word compounds as "hunger strike")."""
    return {noun: code for noun, (code, _) in _nouns().items()}


def noun_code(word: Token) -> str | None:
    """The CAMEO code of the act the one word ``word`` names as an event noun ("the shelling", "talks"), by its lemma,
    else its own form; ``None`` for a word that names none. The candidates read a noun's compound and adjective too
    ("hunger strike"); a reference back to an act, its scene and its kind need only the word."""
    codes = noun_codes()
    return codes.get(word.lemma_.lower()) or codes.get(word.lower_)


def noun_row(noun: str | None) -> str | None:
    """The id of the row that gives ``noun`` its code."""
    entry = _nouns().get(noun) if noun else None
    return entry[1] if entry else None


@lru_cache(maxsize=1)
def _light_verbs() -> dict[str, str]:
    return {row["verb"]: row_id(LIGHT_VERBS, index) for index, row in enumerate(read_table(LIGHT_VERBS), 1)}


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """Verbs that only carry a nominal event ("held talks")."""
    return frozenset(_light_verbs())


def light_verb_row(verb: str) -> str | None:
    return _light_verbs().get(verb)


def met(wanted: Collection[str], pool: Collection[str]) -> int:
    """The number of words of the longest entry of ``wanted`` that ``pool`` meets, 0 for none. ``pool`` holds the
    lemmas and forms of a phrase's heads plus "modifier head" pairs: "arms shipment" needs the pair, "no further
    information" both pairs of its head."""
    single, longer = _entries_by_length(frozenset(wanted))
    for words in longer:  # longest first: the first met is the answer
        if all(f"{modifier} {words[-1]}" in pool for modifier in words[:-1]):
            return len(words)
    return 0 if single.isdisjoint(pool) else 1


@lru_cache(maxsize=1 << 14)
def _entries_by_length(wanted: frozenset[str]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """A table's entries split once (asked for every phrase matched): those of one word, for one look-up of the phrase's
    few keys rather than a pass over the entries (up to 330 of them), and the words of the others, longest first."""
    words = [tuple(entry.split()) for entry in wanted]
    single = frozenset(w[0] for w in words if len(w) == 1)
    return single, tuple(sorted((w for w in words if len(w) > 1), key=len, reverse=True))


def holds(wanted: Collection[str], pool: Collection[str]) -> bool:
    """Some entry of ``wanted`` is met by ``pool`` (see :func:`met`)."""
    return met(wanted, pool) > 0


def best_match(
    candidates: Iterable[VerbPattern],
    particles: Collection[str],
    objects: Collection[str],
    preps: Mapping[str, Collection[str]],
    doers: Collection[str] = (),
    object_preps: Mapping[str, Collection[str]] | None = None,
) -> VerbPattern | None:
    """The pattern with the most conditions met; among equals the one of the phrasal verb the clause uses ("called
    out Clinton on her record": "call out", not "call on"), then the one whose object entry has more words ("chemical
    weapon" before "weapon"), then the first in file order. ``doers`` are the kinds of doer the clause has;
    ``object_preps`` the prepositions the parser hung on the direct object, which meet the preposition of a pattern
    that names its object too ("showed [support for Putin]" as "showed support for Putin")."""
    best: VerbPattern | None = None
    best_rank = (-1, False, -1)
    for pattern in candidates:
        if pattern.particle and pattern.particle not in particles:
            continue
        phrase = _phrase_of(pattern, preps, object_preps or {})
        if pattern.prep and phrase is None:
            continue
        if pattern.doer and pattern.doer not in doers:
            continue
        words = 0
        if pattern.objects:
            words = met(pattern.objects, objects)
            if not words:
                continue
        if pattern.prep_objects:
            prep_words = met(pattern.prep_objects, phrase or ())
            if not prep_words:
                continue
            words = max(words, prep_words)
        # Among equals, the phrasal verb the clause uses ("called out Clinton on her record" is "call out", not
        # "call on"), then the object entry of more words.
        rank = (pattern.specificity, bool(pattern.particle), words)
        if rank > best_rank:
            best, best_rank = pattern, rank
    return best


def _phrase_of(
    pattern: VerbPattern, preps: Mapping[str, Collection[str]], object_preps: Mapping[str, Collection[str]]
) -> Collection[str] | None:
    """The keys of the objects of ``pattern``'s preposition: the verb's own phrase, or for a pattern that names its
    object, the phrase hung on the object; ``None`` when the clause has no such preposition."""
    if not pattern.prep:
        return None
    if pattern.prep in preps:
        return preps[pattern.prep]
    return object_preps.get(pattern.prep) if pattern.objects else None


def asks_doer(lemma: str) -> bool:
    """Some row of telex's own patterns of ``lemma`` asks for a kind of doer."""
    return any(p.doer for p in verb_patterns().get(lemma, ()))


def match_verb(
    lemma: str,
    particles: Collection[str] = (),
    objects: Collection[str] = (),
    preps: Mapping[str, Collection[str]] | None = None,
    doers: Collection[str] = (),
    object_preps: Mapping[str, Collection[str]] | None = None,
) -> VerbPattern | None:
    """The most specific of telex's own patterns of ``lemma`` whose conditions hold; first in file order on ties;
    ``None`` when that pattern is a :data:`NO_EVENT` row.

    ``objects`` are the direct object's lemmas (the subject's for a passive), ``preps`` maps each governed
    preposition to its objects' lemmas, ``object_preps`` each preposition hung on the direct object; all may hold
    "modifier head" pairs for patterns of several words. ``doers`` are the kinds of doer the clause has
    (:data:`ARMED`).
    """
    pattern = best_match(verb_patterns().get(lemma, ()), particles, objects, preps or {}, doers, object_preps)
    return None if pattern is None or pattern.code == NO_EVENT else pattern


def match_petrarch(
    lemma: str,
    particles: Collection[str] = (),
    objects: Collection[str] = (),
    preps: Mapping[str, Collection[str]] | None = None,
    doers: Collection[str] = (),
) -> VerbPattern | None:
    """As :func:`match_verb`, over the PETRARCH2 fallback layer."""
    return best_match(petrarch_patterns().get(lemma, ()), particles, objects, preps or {}, doers)


def _phrase_keys(entry: str | None) -> set[str]:
    """What a parse of ``entry`` ("arms shipment") offers a pattern: its head and "modifier head" pairs."""
    if entry is None:
        return set()
    words = entry.split()
    return {words[-1], *(f"{modifier} {words[-1]}" for modifier in words[:-1])}


def fires(pattern: VerbPattern, rivals: Iterable[VerbPattern]) -> bool:
    """Some clause that meets ``pattern`` is coded by it rather than by one of ``rivals`` (its lemma's patterns):
    a row that never wins is a trap for whoever edits it."""
    rivals = tuple(rivals)
    entries: list[str | None] = [*sorted(pattern.objects)] or [None]
    prep_entries: list[str | None] = [*sorted(pattern.prep_objects)] or [None]
    for entry in entries:
        for prep_entry in prep_entries:
            preps = {pattern.prep: _phrase_keys(prep_entry)} if pattern.prep else {}
            particles = {pattern.particle} if pattern.particle else set()
            doers = {pattern.doer} if pattern.doer else set()
            if best_match(rivals, particles, _phrase_keys(entry), preps, doers) == pattern:
                return True
    return False


@lru_cache(maxsize=1)
def _compositions() -> dict[tuple[str, str], tuple[str, str]]:
    return {
        (row["governor"], row["complement"]): (row["code"], row_id(COMPOSE, index))
        for index, row in enumerate(read_table(COMPOSE), 1)
    }


@lru_cache(maxsize=1)
def compositions() -> dict[tuple[str, str], str]:
    """(governor root or modality, embedded root) -> resulting CAMEO code."""
    return {key: code for key, (code, _) in _compositions().items()}


def _composition(governor: str, code: str) -> tuple[str, str] | None:
    # A row for the embedded event's three-digit code ("will give military aid": 072) wins over its root's (07).
    return _compositions().get((governor, code[:3])) or _compositions().get((governor, code[:2]))


def compose(governor: str, code: str) -> str | None:
    """The code for event ``code`` embedded under ``governor``; ``None`` when the pair is not recoded."""
    entry = _composition(governor, code)
    return entry[0] if entry else None


def compose_row(governor: str, code: str) -> str | None:
    """The id of the row :func:`compose` reads for this pair."""
    entry = _composition(governor, code)
    return entry[1] if entry else None


_FIRED: ContextVar[Counter[str] | None] = ContextVar("telex_fired_rows", default=None)


@contextmanager
def recording_rows() -> Iterator[Counter[str]]:
    """Count, while the block runs, the table rows behind each event coded (``row_id`` -> events)."""
    fired: Counter[str] = Counter()
    token = _FIRED.set(fired)
    try:
        yield fired
    finally:
        _FIRED.reset(token)


def note_rows(rows: Iterable[str | None]) -> None:
    """Count ``rows`` as fired when a recording is on; otherwise do nothing."""
    fired = _FIRED.get()
    if fired is not None:
        fired.update(r for r in rows if r)


TABLES = (VERBS, PETRARCH_VERBS, NOUNS, LIGHT_VERBS, COMPOSE, RECIPROCAL)


@lru_cache(maxsize=1)
def row_descriptions() -> dict[str, str]:
    """A short text of every row of every event table, by row id."""

    def short(values: Any) -> str:
        items = values if isinstance(values, list) else [values]
        return ";".join(str(v) for v in items[:3]) + (";…" if len(items) > 3 else "")

    described: dict[str, str] = {}
    for table in TABLES:
        for index, row in enumerate(read_table(table), 1):
            described[row_id(table, index)] = " ".join(short(v) for v in row.values() if v)
    return described
