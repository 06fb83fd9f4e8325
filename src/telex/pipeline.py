"""The one way through telex: ``Article`` in, ``Analysis`` out.

    clean -> language -> parse -> source chain -> entities -> quotes -> events -> numbers

Each step is a function of plain values or of the parsed ``Doc``; only this module sequences them.
A record that fails becomes a ``Failure`` in its place and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from telex.entities.extract import extract_entities
from telex.entities.index import EntityIndex
from telex.errors import InputError
from telex.events.extract import extract_events
from telex.ingest.chain import source_chain
from telex.ingest.clean import Cleaned, clean
from telex.ingest.language import detect_language
from telex.nlp.model import load_model
from telex.nlp.parse import parse_many
from telex.numbers import extract_numbers
from telex.quotes.extract import extract_quotes
from telex.records import Analysis, Article, Failure

# Longer texts are analysed up to here (about 17,000 words, beyond any news story); the rest is
# kept in `text` and a warning says so.
MAX_ANALYSED_CHARS = 100_000

Result = Analysis | Failure


def analyze_articles(
    articles: Iterable[Article | Failure], nlp: Language | None = None, batch_size: int = 16
) -> Iterator[Result]:
    """Analyse articles in input order, parsing English ones in batches with one model."""
    model = nlp or load_model()
    pending: list[tuple[Cleaned, Analysis]] = []
    for article in articles:
        prepared = article if isinstance(article, Failure) else _prepare(article)
        if isinstance(prepared, Failure) or prepared[1].language != "en":
            yield from _flush(model, pending, batch_size)
            pending = []
            yield prepared if isinstance(prepared, Failure) else prepared[1]
            continue
        pending.append(prepared)
        if len(pending) >= batch_size:
            yield from _flush(model, pending, batch_size)
            pending = []
    yield from _flush(model, pending, batch_size)


def _prepare(article: Article) -> tuple[Cleaned, Analysis] | Failure:
    if not article.text.strip():
        return Failure(article.id, f"article {article.id!r} has no text; give a file with the article's words")
    warnings = article.warnings
    analysed = article.text
    if len(analysed) > MAX_ANALYSED_CHARS:
        analysed = analysed[:MAX_ANALYSED_CHARS]
        warnings += (
            f"article is {len(article.text):,} characters long: only the first {MAX_ANALYSED_CHARS:,} "
            "were analysed",
        )
    cleaned = clean(analysed)
    language = detect_language(cleaned.text)
    warnings += cleaned.warnings
    if language != "en":
        warnings += (
            f"language detected as {language or 'unknown'!r}: telex extracts from English only, "
            "so no entities, quotes or events were extracted",
        )
    chain = list(source_chain(cleaned.text)) if language == "en" else []
    if article.source and article.source not in chain:
        chain.append(article.source)
    return cleaned, Analysis(
        id=article.id,
        text=article.text,
        title=article.title,
        published=article.published,
        language=language,
        source_chain=tuple(chain),
        warnings=warnings,
    )


def _flush(nlp: Language, pending: list[tuple[Cleaned, Analysis]], batch_size: int) -> Iterator[Result]:
    for doc, base in parse_many(nlp, pending, batch_size=batch_size):
        try:
            yield extract(doc, base)
        except Exception as exc:  # one bad article must not end a batch of thousands
            yield Failure(base.id, f"internal error while analysing {base.id!r}: {exc!r}; please report it")


def extract(doc: Doc, base: Analysis) -> Analysis:
    """Run every extractor over a parsed article and fill in ``base``."""
    entities = extract_entities(doc, base.published)
    index = EntityIndex(entities)
    quotes = extract_quotes(doc, index, base.published)
    events = extract_events(doc, index, quotes, base.published)
    return replace(
        base,
        entities=tuple(entities),
        quotes=tuple(quotes),
        events=tuple(events),
        numbers=tuple(extract_numbers(doc)),
    )


def analyze_one(article: Article, nlp: Language | None = None) -> Analysis:
    """Analyse one article; raise ``InputError`` when it cannot be analysed."""
    result = next(analyze_articles([article], nlp))
    if isinstance(result, Failure):
        raise InputError(result.error)
    return result
