"""The Python API: ``telex.analyze`` for one text or page, ``telex.analyze_many`` for a batch with one model
load, ``telex.open`` for a stored corpus."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from telex.isodate import parse_date
from telex.records import Analysis, Article, Failure, article_id

if TYPE_CHECKING:
    from telex.corpus.query import Corpus


def analyze(
    text: str | None = None,
    published: date | str | None = None,
    title: str | None = None,
    id: str = "article",
    source: str | None = None,
    html: str | None = None,
    url: str | None = None,
    quote_scheme: str = "speech",
    author: str | None = None,
) -> Analysis:
    """Analyse one article: its plain ``text`` (offsets index it unchanged) or a web page's ``html``.

    From HTML the main text is extracted (offsets then index the result's ``text``), with the page's
    title, date, site, author and canonical URL unless given here. ``quote_scheme="speech"`` keeps statements
    made (spoken, written, posted or issued); ``"attribution"`` adds beliefs, knowledge, documents and
    data as sources, the way PolNeAR annotates; each quote's ``class_`` says which it is.
    """
    from telex.errors import InputError
    from telex.ingest.fields import text_field
    from telex.pipeline import analyze_one

    if (text is None) == (html is None):
        raise InputError("give an article's text or its html, one of the two")
    when = parse_date(published)
    id = "article" if id is None else article_id(id)
    notes: list[str] = []  # a field that is no text is converted or left out, as in a JSONL record
    title, source, url, author = (text_field(name, value, notes) for name, value in
                                  (("title", title), ("source", source), ("url", url), ("author", author)))
    if html is not None:
        page = _web_page(id, html, url)
        article = Article(
            id=id, text=page.text, title=title or page.title, published=when or page.published,
            source=source or page.source, warnings=tuple(notes) + page.warnings, author=author or page.author,
            url=url or page.url,
        )
    else:
        assert text is not None
        _refuse_a_page_as_text(id, text)
        article = Article(id=id, text=text, title=title, published=when, source=source, url=url, author=author,
                          warnings=tuple(notes))
    return analyze_one(article, quote_scheme=quote_scheme)


def _web_page(article_id: str, html: str | bytes, url: str | None) -> Article:
    """The article in a page given as text, or as bytes (decoded as a page file is: UTF-8, else the charset its
    ``<meta>`` declares, else Windows-1252), with what decoding did among its warnings."""
    from dataclasses import replace

    from telex.errors import InputError
    from telex.ingest.decode import declared_charset, decode_bytes
    from telex.ingest.html import html_to_article

    warnings: tuple[str, ...] = ()
    if isinstance(html, bytes | bytearray):
        html, warnings = decode_bytes(bytes(html), f"the html of {article_id!r}", declared_charset(bytes(html)))
    if not isinstance(html, str):
        raise InputError(f"html must be a str or bytes (a page's source), not {type(html).__name__}")
    page = html_to_article(article_id, html, url)
    return replace(page, warnings=warnings + page.warnings) if warnings else page


def _refuse_a_page_as_text(article_id: str, text: object) -> None:
    """An ``InputError`` for a whole web page given as ``text``: read as prose, its markup was masked piece by
    piece (a warning each) and its menus analysed as the article's words."""
    from telex.errors import InputError
    from telex.ingest.sniff import sniff_format

    if isinstance(text, str) and sniff_format("", text[:2048].encode("utf-8", "replace")) == "html":
        raise InputError(
            f"the text of {article_id!r} is a web page ({text.lstrip()[:15]!r}…); "
            "give it as html (telex.analyze(html=...); \"html\" in a JSONL record or POST /api/analyze) to analyse "
            "the article in it"
        )


def analyze_many(
    articles: Iterable[Article | str | dict[str, Any]],
    batch_size: int = 16,
    processes: int = 1,
    quote_scheme: str = "speech",
) -> Iterator[Analysis | Failure]:
    """Analyse many articles in order, loading the model once; plain strings get ids "1", "2", ….

    A dict is read as a JSONL record is (``{"id", "text" or "html", "published", "title", "source", "author",
    "url"}``, ``json.loads`` of a line), its id the item's number when it has none.

    An article that cannot be analysed gives a ``Failure`` in its place. With ``processes`` > 1 the
    articles are analysed in that many worker processes, each with its own model (about 300 MB); the
    calling script then needs multiprocessing's ``if __name__ == "__main__":`` guard. ``quote_scheme``
    is as in ``analyze``.
    """
    from telex.errors import InputError
    from telex.pipeline import analyze_articles

    if isinstance(articles, str | bytes | Article):
        raise TypeError("analyze_many takes a list (or any iterable) of articles; for one text call telex.analyze")
    for name, value in (("batch_size", batch_size), ("processes", processes)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise InputError(f"{name} is a whole number, 1 or more, not {value!r} (processes=1 analyses in this "
                             "process; telex.parallel.default_processes() is the command line's choice)")

    from telex.ingest.read import record_or_failure

    def as_articles() -> Iterator[Article | Failure]:
        for number, item in enumerate(articles, start=1):
            if isinstance(item, dict):
                yield record_or_failure(item, str(number), None)
            else:
                yield item if isinstance(item, Article) else Article(id=str(number), text=item)

    results = analyze_articles(as_articles(), batch_size=batch_size, processes=processes, quote_scheme=quote_scheme)
    return _naming_the_guard(results) if processes > 1 else results


def _naming_the_guard(results: Iterator[Analysis | Failure]) -> Iterator[Analysis | Failure]:
    """``results``; when no worker process could work, the error also names the most likely cause from a script."""
    from telex.errors import WorkerError

    try:
        yield from results
    except WorkerError as exc:
        raise WorkerError(
            f"{exc}. From a script, the usual cause is a missing `if __name__ == \"__main__\":` around the code that "
            "calls telex.analyze_many: each worker process starts by importing the script, and must not run it"
        ) from exc


def open(path: str | Path) -> Corpus:
    """Open a store written by ``telex ingest`` for reading: ``.events()``, ``.quotes()``, ``.actors()``,
    ``.dyad(a, b, by="month")``, ``.articles()``, ``.search(q)`` return pandas DataFrames, every matching row
    unless ``limit`` is given (``search`` gives the best 20); ``.export(path="events.parquet")`` writes a table as
    ``telex export`` does. Close it (or use it in a ``with`` block) before ``telex ingest`` writes to the same file."""
    from telex.corpus.query import open_corpus

    return open_corpus(path)


def code_actor(text: str, date: date | str | None = None, context: str = "") -> dict[str, str | None]:
    """Code one actor phrase as a CAMEO actor: ``{text, name, code, country, sector}``, no model needed.

        >>> telex.code_actor("Egyptian riot police")["code"]
        'EGYCOP'

    ``date`` (a ``date`` or "YYYY-MM-DD") is the day the phrase was written: an office holder is coded by the
    office held that day, and with no date only what is true of every office the person held counts.
    ``context`` (the sentence or article the phrase comes from) gives a country to a phrase that names only a
    sector. See docs/actors.md.
    """
    from telex.actors.coder import code_actor as code
    from telex.errors import InputError

    if not isinstance(text, str):
        many = " (for many phrases: [telex.code_actor(p) for p in phrases])" if isinstance(text, list | tuple) else ""
        raise InputError(f"an actor phrase must be a str, not {type(text).__name__}{many}")
    if context is None:
        context = ""
    if not isinstance(context, str):
        raise InputError(f"context must be a str (the sentence or article the phrase comes from), "
                         f"not {type(context).__name__}")
    return code(text, date, context)
