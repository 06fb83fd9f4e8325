"""Which words report: the reporting verb a token is (with its particles and prepositions) and the cue text of a
verb attribution.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Token

from telex.nlp.cached import tokens_with_lemma
from telex.quotes.grammar import for_infinitive, of_time
from telex.quotes.lexicon import ReportingVerb, act_verbs, reporting_verbs

# Verbs that pass on another's words: "quoted as saying", "…, quoted by BTA", "cited by the agency".
QUOTING = frozenset({"quote", "cite"})


def idiom_object(token: Token) -> bool:
    """The object of a verb whose table entry is the idiom, by its word or its lemma ("put it", "took issue", "made
    the case", "cast doubts"): part of the cue, not what was said."""
    verb = token.head.lemma_.lower()
    verbs = reporting_verbs()
    return token.dep_ == "dobj" and (f"{verb} {token.lower_}" in verbs or f"{verb} {token.lemma_.lower()}" in verbs)


def _cue_words(verb: Token) -> list[Token]:
    """The words that make a verb's cue with it: its particles ("spelled out") and the fixed "it" of an idiom whose
    object names no content ("as one adviser put it")."""
    return [c for c in verb.children if c.dep_ == "prt" or idiom_object(c)]


def cue_text(verb: Token, content_start: int | None = None) -> str:
    particles = _cue_words(verb)
    last = max([verb, *particles], key=lambda t: t.i)
    doc = verb.doc
    after = last.i + 1
    prep = after + 1 < len(doc) and doc[after].head.i == verb.i and doc[after].dep_ == "prep"
    if prep and doc[after + 1].idx == content_start:
        last = doc[after]  # "warned of"
    return doc[verb.i : last.i + 1].text


def reporting_verb(token: Token, quotative: bool = False) -> ReportingVerb | None:
    """The table's entry for a verb, a phrasal verb with its particle first: "spelled out", "brushed off", else the
    verb with the preposition it reports by ("voted for"), else the verb alone. A verb that speaks a quotation
    (``quotative``) takes as its particle an adverb right after it, as the parser often tags one ("“…,” Trump shot
    back"), and no preposition: "voted for" has content of its own."""
    verbs = reporting_verbs()
    lemma = token.lemma_.lower()
    if lemma not in _entry_openings():
        return None  # no entry is the lemma or opens with it (most words: no need to look at the children)
    for particle in _quotative_particles(token) if quotative else _cue_words(token):
        phrasal = verbs.get(f"{lemma} {particle.lower_}") or verbs.get(f"{lemma} {particle.lemma_.lower()}")
        if phrasal is not None:
            return phrasal
    prep = None if quotative else _own_preposition(token)
    if prep is not None:
        return verbs[f"{lemma} {prep.lower_}"]
    return verbs.get(lemma)


def act_verb(token: Token) -> ReportingVerb | None:
    """The entry of a verb of an official act ("approved", "struck down"); a verb with a particle the table does not
    pair with it is another verb ("signed up for a class")."""
    lemma = token.lemma_.lower()
    particle = next((c for c in token.children if c.dep_ == "prt"), None)
    return act_verbs().get(lemma if particle is None else f"{lemma} {particle.lower_}")


def reporting_candidates(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` that may be a reporting verb or a verb of an official act (``reporting_verb`` and
    ``act_verb`` are None for every other): those whose lemma is an entry or opens one."""
    return tokens_with_lemma(doc, _candidate_openings())


def _quotative_particles(verb: Token) -> list[Token]:
    """The particles of a verb that speaks a quotation: its own, or an adverb right after it ("shot back")."""
    return [c for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1)]


@lru_cache(maxsize=1)
def _entry_openings() -> frozenset[str]:
    """Every reporting verb entry and each run of its first words ("spell" of "spell out")."""
    return _openings(reporting_verbs())


@lru_cache(maxsize=1)
def _candidate_openings() -> frozenset[str]:
    return _entry_openings() | _openings(act_verbs())


def _openings(entries: Iterable[str]) -> frozenset[str]:
    """Each entry and each run of its first words ("spell" of "spell out")."""
    return frozenset(key[:i] for key in entries for i in (*(j for j, c in enumerate(key) if c == " "), len(key)))


def _own_preposition(verb: Token) -> Token | None:
    """The preposition a verb takes its content by when the table has the pair ("agreed with Kim", "voted against the
    bill", "decided against running"): the first phrase on the verb after it, its object not a time; else the "for"
    of an infinitive with its own subject ("pushed for Trump to own the issue")."""
    prep = next((c for c in verb.rights if c.dep_ == "prep" and not of_time(c)), None)
    if prep is not None and prep.right_edge.i == prep.i:
        return None
    if prep is None:
        prep = next((mark for c in verb.rights if (mark := for_infinitive(c)) is not None), None)
    if prep is None or f"{verb.lemma_.lower()} {prep.lower_}" not in reporting_verbs():
        return None
    return prep
