"""Hand-built records for tests that need no model."""

from datetime import date
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from telex.entity_index import EntityIndex
from telex.events.extract import extract_events
from telex.records import ActorRef, Analysis, Entity, Event, Number, Quote, Speaker, Trigger

TEXT = "Putin met Kim in Pyongyang. “It is fundamental,” Putin said."


def sample_analysis(article_id: str = "seed", title: str | None = "Summit") -> Analysis:
    putin = ActorRef("Putin", "Vladimir Putin", "RUSGOV", "RUS", "GOV", "E1")
    kim = ActorRef("Kim", "Kim Jong Un", "PRKGOV", "PRK", "GOV", "E2")
    return Analysis(
        id=article_id,
        text=TEXT,
        title=title,
        published=date(2024, 6, 19),
        language="en",
        source_chain=("Associated Press", "BTA"),
        warnings=("stray markup masked at 1-2",),
        entities=(
            Entity("E1", "Vladimir Putin", "PERSON", ((0, 5), (49, 54)), "RUSGOV", "RUS", "GOV"),
            Entity("E2", "Kim Jong Un", "PERSON", ((10, 13),), "PRKGOV", "PRK", "GOV"),
        ),
        quotes=(
            Quote("Q1", "direct", "It is fundamental,", 29, 47, "said",
                  Speaker("Putin", 49, 54, "Vladimir Putin", "E1"), 1, ("Reuters",)),
        ),
        events=(
            Event("V1", "040", "04", "CONSULT", None, 1, 1.0, (putin,), (kim,), "asserted",
                  Trigger("met", 6, 9), 0, 0.8, date="2024-06-19", mentions=2),
        ),
        numbers=(Number("two", 2.0, None, 0, 3),),
    )


# A token of a hand-built parse: (word, head index, dependency, coarse tag, fine tag, lemma).
Row = tuple[str, int, str, str, str, str]


@lru_cache(maxsize=1)
def _blank_vocab() -> Vocab:
    # A blank English vocabulary (no model) gives the lower-case forms the rules compare; made once, as it is slow.
    return spacy.blank("en").vocab


def hand_parsed(
    rows: list[Row],
    joined: frozenset[int] = frozenset(),
    places: frozenset[int] = frozenset(),
    people: frozenset[int] = frozenset(),
) -> Doc:
    """A parsed ``Doc`` built by hand, spaCy-style, so a rule over the parse is tested with no model; the tokens
    whose indexes are in ``joined`` have no space after them ("do" before "n't"), those in ``places`` are named
    places (GPE entities), those in ``people`` named people (PERSON entities)."""
    words, heads, deps, pos, tags, lemmas = (list(column) for column in zip(*rows, strict=True))
    spaces = [i not in joined for i in range(len(words))]
    doc = Doc(_blank_vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    named = [(i, "GPE") for i in places] + [(i, "PERSON") for i in people]
    doc.ents = [Span(doc, i, i + 1, label=label) for i, label in sorted(named)]
    return doc


def events_in(doc: Doc, published: date | None = None) -> list[Event]:
    """The events telex codes in a hand-built parse, with no entities or quotes: actors come from their words."""
    return extract_events(doc, EntityIndex(()), (), published)


def stored_sample(path: Path, analysis: Analysis | None = None) -> Path:
    """A finished telex database at ``path`` holding ``analysis``, by default ``sample_analysis()``: Putin (RUSGOV)
    meets Kim (PRKGOV)."""
    from telex.store.duckdb_store import CorpusInfo, Store, content_hash

    analysis = analysis or sample_analysis()
    with Store(path) as store:
        store.write([analysis], {analysis.id: CorpusInfo(analysis.id, content_hash(analysis.text))})
        store.finish()
    return path
