"""The one way through telex: ``Article`` in, ``Analysis`` out.

    clean -> language -> parse -> source chain -> entities -> quotes -> events -> numbers

Each step is a function of plain values or of the parsed ``Doc``; only this module sequences them.
A record that fails becomes a ``Failure`` in its place and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from itertools import chain, islice

from spacy.language import Language
from spacy.tokens import Doc

from telex.entities.extract import extract_entities
from telex.entity_index import EntityIndex
from telex.errors import InputError
from telex.events.extract import extract_events
from telex.ingest.chain import source_chain
from telex.ingest.clean import Cleaned, clean
from telex.ingest.fields import safe_text
from telex.ingest.language import detect_language
from telex.nlp.model import load_model
from telex.nlp.parse import parse_many
from telex.numbers import extract_numbers
from telex.parallel import ordered_map
from telex.quotes.extract import extract_quotes
from telex.quotes.headline import headline_span, in_headline
from telex.quotes.scheme import DEFAULT_SCHEME, kept_classes, with_events_in_scheme
from telex.records import Analysis, Article, Failure
from telex.timelimit import DEFAULT_SECONDS, TimeLimitExceeded, time_limit

# Longer texts are analysed up to here (about 8,500 words, longer than nearly every news story); the
# rest is kept in `text` and a warning says so. A parsed document's memory grows with its length: at
# this size a worker peaks near 350 MB, at 100,000 characters near 530 MB.
MAX_ANALYSED_CHARS = 50_000

Result = Analysis | Failure


# The model's working memory grows with the text parsed at once: batches of about four news stories keep
# a process under 300 MB at peak, at the speed of larger ones.
_PARSE_BATCH_CHARS = 20_000

# What every worker process needs imported (the fork server imports it once for all of them).
WORKER_IMPORTS = ("telex.pipeline", "telex.nlp.preload")

# A worker is replaced after this many batches (about 1,000 articles; a new model costs about 2 s), which
# releases the strings spaCy's vocabulary keeps adding for every new word, so memory stays flat.
_BATCHES_PER_WORKER = 60


def analyze_articles(
    articles: Iterable[Article | Failure],
    nlp: Language | None = None,
    batch_size: int = 16,
    processes: int = 1,
    time_limit: float | None = DEFAULT_SECONDS,
    quote_scheme: str = DEFAULT_SCHEME,
) -> Iterator[Result]:
    """Analyse articles in input order, parsing English ones in batches; ``quote_scheme`` chooses which quotes
    are kept (``speech``: statements made; ``attribution``: beliefs, knowledge, documents and data too).

    With ``processes`` > 1 batches are analysed in that many worker processes, each loading the model
    once (a script that asks for them needs the ``if __name__ == "__main__":`` guard of
    multiprocessing); an input of a single batch, or a given ``nlp``, is analysed here.
    """
    kept_classes(quote_scheme)  # an unknown scheme fails before any model loads
    if nlp is not None or processes <= 1:
        yield from _analyze_here(articles, nlp or load_model(), batch_size, time_limit, quote_scheme)
        return
    items = iter(articles)
    head = list(islice(items, batch_size + 1))
    if len(head) <= batch_size:  # starting workers would cost more than they save
        yield from _analyze_here(head, load_model(), batch_size, time_limit, quote_scheme)
        return
    batches = _batches(chain(head, items), batch_size)
    work = partial(_analyze_batch, time_limit=time_limit, quote_scheme=quote_scheme)
    for results in ordered_map(work, batches, processes, _lost_batch, WORKER_IMPORTS, _BATCHES_PER_WORKER):
        yield from results


def _batches(items: Iterable[Article | Failure], size: int) -> Iterator[list[Article | Failure]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _analyze_batch(
    batch: Sequence[Article | Failure], time_limit: float | None = DEFAULT_SECONDS, quote_scheme: str = DEFAULT_SCHEME
) -> list[Result]:
    """One batch in a worker process, with the worker's own model."""
    return list(_analyze_here(batch, load_model(), len(batch), time_limit, quote_scheme))


def _lost_batch(batch: Sequence[Article | Failure], exc: BaseException) -> list[Result]:
    return [
        a if isinstance(a, Failure) else Failure(
            a.id, f"the worker process analysing {a.id!r} and its batch died ({exc}); analyse it alone to see why"
        )
        for a in batch
    ]


def _analyze_here(
    articles: Iterable[Article | Failure],
    model: Language,
    batch_size: int,
    limit: float | None = DEFAULT_SECONDS,
    quote_scheme: str = DEFAULT_SCHEME,
) -> Iterator[Result]:
    pending: list[tuple[Cleaned, Analysis]] = []
    chars = 0
    for article in articles:
        prepared = article if isinstance(article, Failure) else _prepare_or_fail(article)
        if isinstance(prepared, Failure) or prepared[1].language != "en":
            yield from _flush(model, pending, limit, quote_scheme)
            pending, chars = [], 0
            yield prepared if isinstance(prepared, Failure) else prepared[1]
            continue
        pending.append(prepared)
        chars += len(prepared[0].text)
        if len(pending) >= batch_size or chars >= _PARSE_BATCH_CHARS:
            yield from _flush(model, pending, limit, quote_scheme)
            pending, chars = [], 0
    yield from _flush(model, pending, limit, quote_scheme)


def _prepare_or_fail(article: Article) -> tuple[Cleaned, Analysis] | Failure:
    try:
        return _prepare(article)
    except Exception as exc:  # as in extraction: this article fails, the batch goes on
        return _internal_failure(article.id, exc)


def _prepare(article: Article) -> tuple[Cleaned, Analysis] | Failure:
    if not isinstance(article.text, str):  # the Python API takes what a caller gives
        return Failure(
            article.id, f"article {article.id!r} has text of type {type(article.text).__name__}; give a str "
            "(decode bytes first, or pass a web page as html)",
        )
    if not article.text.strip():
        return Failure(article.id, f"article {article.id!r} has no text; give the article's words")
    text, repaired = safe_text(article.text)  # text given to the Python API has not been through a reader
    warnings = article.warnings + repaired
    analysed = text
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
        text=text,
        title=article.title,
        author=article.author,
        url=article.url,
        published=article.published,
        language=language,
        source_chain=tuple(chain),
        warnings=warnings,
    )


def _flush(
    nlp: Language, pending: list[tuple[Cleaned, Analysis]], limit: float | None, quote_scheme: str = DEFAULT_SCHEME
) -> Iterator[Result]:
    """Parse a batch (within the time of all its articles), then extract from each (within one's time)."""
    if not pending:
        return
    try:
        with time_limit(limit * len(pending) if limit else None):
            parsed = list(parse_many(nlp, pending, batch_size=len(pending)))
    except Exception as exc:  # a text of the batch failed or took too long: parse them one by one
        if len(pending) > 1:
            for item in pending:
                yield from _flush(nlp, [item], limit, quote_scheme)
        elif isinstance(exc, TimeLimitExceeded):
            yield _too_slow(pending[0][1].id, limit)
        else:
            yield _internal_failure(pending[0][1].id, exc)
        return
    for doc, base in parsed:
        yield _extract_or_fail(doc, base, limit, quote_scheme)


def _extract_or_fail(doc: Doc, base: Analysis, limit: float | None, quote_scheme: str = DEFAULT_SCHEME) -> Result:
    try:
        with time_limit(limit):
            return extract(doc, base, quote_scheme)
    except TimeLimitExceeded:
        return _too_slow(base.id, limit)
    except Exception as exc:  # one bad article must not end a batch of thousands
        return _internal_failure(base.id, exc)


def _too_slow(article_id: str, limit: float | None) -> Failure:
    return Failure(
        article_id,
        f"analysing {article_id!r} took longer than {limit or 0:g} s and was stopped; check the text for "
        "machine-made noise, or raise --time-limit (time_limit= in Python)",
    )


def _internal_failure(article_id: str, exc: Exception) -> Failure:
    return Failure(article_id, f"internal error while analysing {article_id!r}: {exc!r}; please report it")


def extract(doc: Doc, base: Analysis, quote_scheme: str = DEFAULT_SCHEME) -> Analysis:
    """Run every extractor over a parsed article and fill in ``base``."""
    entities = extract_entities(doc, base.published)
    index = EntityIndex(entities)
    quotes = in_headline(extract_quotes(doc, index, base.published, quote_scheme), headline_span(base.text, base.title))
    events = extract_events(doc, index, quotes, base.published)  # a headline's quotes too: their words are spoken
    quotes, events = with_events_in_scheme(quotes, events, quote_scheme)
    return with_true_span_texts(
        replace(
            base,
            entities=tuple(entities),
            quotes=tuple(quotes),
            events=tuple(events),
            numbers=tuple(extract_numbers(doc)),
        )
    )


def with_true_span_texts(analysis: Analysis) -> Analysis:
    """Every span's ``text`` as ``analysis.text[start:end]``: the parser read a cleaned copy (markup and
    noise masked), the user reads the text as given."""
    text = analysis.text

    def cut(start: int, end: int) -> str:
        return text[start:end]

    return replace(
        analysis,
        quotes=tuple(
            replace(q, text=cut(q.start, q.end),
                    speaker=replace(q.speaker, text=cut(q.speaker.start, q.speaker.end)) if q.speaker else None)
            for q in analysis.quotes
        ),
        events=tuple(
            replace(v, trigger=replace(v.trigger, text=cut(v.trigger.start, v.trigger.end))) for v in analysis.events
        ),
        numbers=tuple(replace(n, text=cut(n.start, n.end)) for n in analysis.numbers),
    )


def analyze_one(
    article: Article, nlp: Language | None = None, quote_scheme: str = DEFAULT_SCHEME,
    time_limit: float | None = DEFAULT_SECONDS,
) -> Analysis:
    """Analyse one article; raise ``InputError`` when it cannot be analysed."""
    result = next(analyze_articles([article], nlp, quote_scheme=quote_scheme, time_limit=time_limit))
    if isinstance(result, Failure):
        raise InputError(result.error)
    return result
