"""The words of attribution, loaded once from ``telex/data``: reporting verbs, cue phrases, speaker words,
the nouns that make a source a document, and the classes each quote scheme keeps."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from telex.ingest.outlets import news_media, platform_names
from telex.tables import read_table


@dataclass(frozen=True)
class ReportingVerb:
    """A verb that attributes content to its subject.

    ``takes_object`` when an object can be the content, ``framed`` when a bare noun-phrase object cannot
    ("welcomed the announcement"), ``infinitive`` when a to-infinitive states the content ("vowed to act");
    ``topic`` when a bare object or an about/of/on phrase names what the words were about ("noted the delay",
    "complained about the referee"); ``class_`` says what the source does: speech, belief or knowledge.
    """

    lemma: str
    kind: str
    takes_object: bool
    framed: bool = False
    infinitive: bool = False
    class_: str = "speech"
    topic: bool = False


@dataclass(frozen=True)
class SpeakerWord:
    """A pronoun or role noun that stands for an actor named elsewhere."""

    word: str
    kind: str  # pronoun | role
    types: tuple[str, ...]
    plural: bool = False


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, ReportingVerb]:
    """Reporting verbs by lemma."""
    return {
        row["lemma"]: ReportingVerb(
            row["lemma"],
            row["kind"],
            row["object"] in ("yes", "framed"),
            row["object"] == "framed",
            row["infinitive"] == "yes",
            row["class"],
            row["object"] == "topic",
        )
        for row in read_table("reporting_verbs.tsv")
    }


@lru_cache(maxsize=1)
def unreported_clause_verbs() -> frozenset[str]:
    """Verbs no reporting table lists whose that-clause no one holds: "make sure that …", "it means that …"."""
    return frozenset(row["lemma"] for row in read_table("clause_verbs_not_reporting.tsv"))


@lru_cache(maxsize=1)
def act_verbs() -> dict[str, ReportingVerb]:
    """Verbs of an official act ("approved a bill", "struck down the law") by lemma: the object is what was decided."""
    return {row["lemma"]: ReportingVerb(row["lemma"], "act", True, class_="act") for row in read_table("act_verbs.tsv")}


@lru_cache(maxsize=1)
def cue_phrases() -> dict[str, str]:
    """Attributing phrases ("according to", "in words" for "in her words") mapped to their kind."""
    return {row["words"]: row["kind"] for row in read_table("cue_phrases.tsv") if row["form"] == "phrase"}


@lru_cache(maxsize=1)
def cue_nouns() -> dict[str, str]:
    """Nouns naming a statement ("denial", "call") mapped to their kind."""
    return _cue_kinds("noun")


@lru_cache(maxsize=1)
def talk_nouns() -> frozenset[str]:
    """Nouns of talk between people or of a dispute ("debate", "conversation", "feud"; cue_phrases.tsv kind "talk"):
    what their about/over/on phrase names is what the words were about, but the talk is where and how words were
    exchanged, not a statement someone makes, repeats or passes on ("renewed the debate", "argued during the
    debate that …", "rejoins the debate")."""
    return frozenset(noun for noun, kind in cue_nouns().items() if kind == "talk")


@lru_cache(maxsize=1)
def cue_adjectives() -> dict[str, str]:
    """Adjectives of a stance said of the subject ("worried", "determined", "critical") mapped to their kind."""
    return _cue_kinds("adjective")


@lru_cache(maxsize=1)
def evident_adjectives() -> dict[str, str]:
    """Adjectives that with a dummy "it" say that a clause is plain to see ("it is clear that …", "it was obvious to
    Democrats that …"), and the verbs of seeming ("it appears that …"), mapped to their class."""
    return {row["words"]: row["class"] for row in read_table("cue_phrases.tsv") if row["form"] == "evident"}


@lru_cache(maxsize=1)
def stance_prepositions() -> dict[str, frozenset[str]]:
    """The prepositions a statement or stance noun names what it holds by besides for/about/of/against/on/over
    ("opposition" to, "anger" at, "frustration" with, "faith" in), and a stance adjective besides about/of/over/with
    ("interested" in, "opposed" to)."""
    found: dict[str, set[str]] = {}
    for row in read_table("noun_prepositions.tsv"):
        found.setdefault(row["word"], set()).add(row["preposition"])
    return {noun: frozenset(preps) for noun, preps in found.items()}


@lru_cache(maxsize=1)
def holder_nouns() -> dict[str, str]:
    """Nouns naming one who holds a stance ("opponent", "critic", "supporter") mapped to their kind."""
    return _cue_kinds("holder")


@lru_cache(maxsize=1)
def receiving_verbs() -> frozenset[str]:
    """Verbs by which a subject suffers or earns a judgement named by their object: "faced criticism", "drew praise"."""
    return frozenset(_cue_kinds("receiving"))


@lru_cache(maxsize=1)
def answering_verbs() -> frozenset[str]:
    """Verbs by which a subject answers or puts off the questions named by their object: "fielded questions"."""
    return frozenset(_cue_kinds("answering"))


def _cue_kinds(form: str) -> dict[str, str]:
    """The cue phrases of one form (noun, adjective) mapped to their kind."""
    return {row["words"]: row["kind"] for row in read_table("cue_phrases.tsv") if row["form"] == form}


@lru_cache(maxsize=1)
def media_nouns() -> frozenset[str]:
    """Nouns for a text that speaks for its issuer: "statement" in "issued a statement saying …"."""
    return frozenset(row["words"] for row in read_table("cue_phrases.tsv") if row["form"] == "medium")


@lru_cache(maxsize=1)
def evidence_verbs() -> frozenset[str]:
    """Reporting verbs a fact or a happening can do: "That suggests …", "the trip underscores …"."""
    return frozenset(row["lemma"] for row in read_table("evidence_verbs.tsv"))


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """Common nouns for people or bodies of people that no role table or agent ending covers: "ally", "staff"."""
    return frozenset(row["word"] for row in read_table("people_nouns.tsv"))


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """Nouns for a body or a medium a name may be written beside: "the advocacy group Autism Speaks", "the gossip
    site Gawker"."""
    return frozenset(row["word"] for row in read_table("organisation_nouns.tsv")) | frozenset(news_media())


@lru_cache(maxsize=1)
def speaking_occasions() -> frozenset[str]:
    """Nouns after "on"/"over" that say how or where words were said ("on condition of anonymity", "on the phone",
    "on television", "on Twitter"), not what they were about."""
    media = frozenset(word for word, needs in news_media().items() if not needs)  # "the agency" may be no medium
    return frozenset(row["word"] for row in read_table("speaking_occasions.tsv")) | media | platform_names()


@lru_cache(maxsize=1)
def work_nouns() -> frozenset[str]:
    """Nouns naming a titled work ("show", "book", "film"): a quotation beside one is the work's name."""
    return frozenset(row["word"] for row in read_table("work_nouns.tsv"))


@lru_cache(maxsize=1)
def speaker_words() -> dict[str, SpeakerWord]:
    """Pronouns and role nouns by lower-case word."""
    return {
        row["word"]: SpeakerWord(row["word"], row["kind"], tuple(row["types"]), row["number"] == "plural")
        for row in read_table("speaker_words.tsv")
    }


@lru_cache(maxsize=1)
def cue_classes() -> dict[str, str]:
    """The class of each cue phrase, statement noun, medium and adjective ("according to": speech, "poll": document)."""
    classes: dict[str, str] = {}
    for row in read_table("cue_phrases.tsv"):
        classes.setdefault(row["words"], row["class"])
    return classes


@lru_cache(maxsize=1)
def holding_back_words() -> frozenset[str]:
    """Words whose infinitive, gerund or from/of complement is held back, not done ("refrained from endorsing")."""
    return frozenset(row["word"] for row in read_table("holding_back.tsv"))


@lru_cache(maxsize=1)
def harm_words() -> frozenset[str]:
    """Modifiers that make an attack noun a deed of force ("the deadly attack on …"), not words thrown."""
    return frozenset(row["word"] for row in read_table("harm_words.tsv"))


@lru_cache(maxsize=1)
def source_nouns() -> dict[str, str]:
    """Nouns that, as the source, make a quote a document's or an event's ("the report found", "the vote showed")."""
    return {row["word"]: row["class"] for row in read_table("source_nouns.tsv")}


@lru_cache(maxsize=1)
def medium_texts() -> frozenset[str]:
    """Texts a news medium publishes as its own reporting, whose words are its statement ("a report in The Post")."""
    return frozenset(row["word"] for row in read_table("medium_texts.tsv"))


@lru_cache(maxsize=1)
def scheme_classes() -> dict[str, frozenset[str]]:
    """The quote classes each scheme keeps: ``speech`` statements made, ``attribution`` every source."""
    schemes: dict[str, set[str]] = {}
    for row in read_table("quote_classes.tsv"):
        for scheme in row["schemes"].split(";"):
            schemes.setdefault(scheme.strip(), set()).add(row["class"])
    return {scheme: frozenset(classes) for scheme, classes in schemes.items()}


@lru_cache(maxsize=1)
def outlet_verbs() -> frozenset[str]:
    """Lemmas of what an outlet does as an outlet ("reported", "quoted"): the only cues an outlet speaks by."""
    return frozenset(row["lemma"] for row in read_table("outlet_verbs.tsv"))
