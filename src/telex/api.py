"""The Python API: ``telex.analyze`` for one text, page or file, ``telex.analyze_many`` for a batch with one model
load, ``telex.code_actor`` for an actor phrase alone, ``telex.open`` for a stored corpus (docs/python.md)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from telex.records import Analysis, Article, Failure, article_id
from telex.timelimit import DEFAULT_SECONDS

if TYPE_CHECKING:
    from telex.corpus.query import Corpus
    from telex.errors import InputError


def analyze(
    text: str | PathLike[str] | None = None,
    published: date | str | None = None,
    title: str | None = None,
    id: str | None = None,
    source: str | None = None,
    html: str | bytes | None = None,
    url: str | None = None,
    quote_scheme: str = "speech",
    author: str | None = None,
    time_limit: float | None = DEFAULT_SECONDS,
) -> Analysis:
    """Analyse one article: its plain ``text`` (offsets index it unchanged), a web page's ``html`` (str or bytes),
    or a file given as a ``pathlib.Path`` (text or HTML, perhaps gzipped), read as ``telex analyze FILE`` reads it.

        >>> result = telex.analyze("Kenyan police fired tear gas at protesters in Nairobi.", published="2025-03-03")
        >>> [(event.cameo, event.source[0].code) for event in result.events]
        [('175', 'KENCOP')]

    From HTML the main text is extracted (offsets then index the result's ``text``), with the page's
    title, date, site, author and canonical URL unless given here. ``published`` is a ``date``, a ``datetime`` or
    text as a JSONL record's is read ("2024-06-19", a timestamp, "19 June 2024", "Wed, 19 Jun 2024 10:00:00 GMT").
    ``id`` is "article" unless given (a file's: its name without suffix). ``quote_scheme="speech"`` keeps statements
    made (spoken, written, posted or issued); ``"attribution"`` adds beliefs, knowledge, documents and
    data as sources, the way PolNeAR annotates; each quote's ``class_`` says which it is. ``time_limit`` is the
    seconds the article may take (``None`` or 0: no limit), as ``--time-limit``. An article that cannot be
    analysed raises ``telex.InputError`` saying why; ``result.to_dict()`` is the JSON ``telex analyze --format json``
    prints (``json.dumps(result.to_dict(), ensure_ascii=False)``).
    """
    from telex.pipeline import analyze_one

    article = _article_given(text, html, published, title, id, source, url, author, read_files=True)
    return analyze_one(article, quote_scheme=quote_scheme, time_limit=_seconds(time_limit))


def analyze_sent(
    *,
    text: str | None,
    html: str | None,
    published: date | str | None,
    title: str | None,
    id: str | None,
    source: str | None,
    url: str | None,
    author: str | None,
    quote_scheme: str,
) -> Analysis:
    """``analyze`` for an article sent over HTTP (``POST /api/analyze``): nothing on this machine is read or looked
    for, so a text that names a file here is analysed as text and the answer never tells whether the file exists."""
    from telex.pipeline import analyze_one

    article = _article_given(text, html, published, title, id, source, url, author, read_files=False)
    return analyze_one(article, quote_scheme=quote_scheme)


def _article_given(
    text: str | PathLike[str] | None,
    html: str | bytes | None,
    published: object,
    title: object,
    id: object,
    source: object,
    url: object,
    author: object,
    *,
    read_files: bool,
) -> Article:
    """The article ``analyze`` was given: a text, a page, or (``read_files``) a file; fields that are no text are
    converted or left out with a warning, as in a JSONL record, and the date is read as a record's is."""
    from telex.errors import InputError
    from telex.ingest.fields import given_date, text_field

    if (text is None) == (html is None):
        raise InputError("give an article's text or its html, one of the two")
    when = given_date(published)
    notes: list[str] = []
    title, source, url, author = (
        text_field(name, value, notes)
        for name, value in (("title", title), ("source", source), ("url", url), ("author", author))
    )
    if isinstance(text, PathLike) and read_files:
        article = _file_article(text, when, title, None if id is None else article_id(id))
        return replace(
            article,
            source=source or article.source,
            url=url or article.url,
            author=author or article.author,
            warnings=tuple(notes) + article.warnings,
        )
    id = "article" if id is None else article_id(id)
    if html is not None:
        page = _web_page(id, html, url)
        return Article(
            id=id,
            text=page.text,
            title=title or page.title,
            published=when or page.published,
            source=source or page.source,
            warnings=tuple(notes) + page.warnings,
            author=author or page.author,
            url=url or page.url,
        )
    _refuse_text_that_is_no_article(id, text, paths=read_files)
    return Article(
        id=id,
        text=text,  # type: ignore[arg-type]  # _refuse_text_that_is_no_article refuses all but a str
        title=title,
        published=when,
        source=source,
        url=url,
        author=author,
        warnings=tuple(notes),
    )


def _file_article(path: PathLike[str], published: date | None, title: str | None, given_id: str | None) -> Article:
    """The one article of a text or HTML file (perhaps gzipped), read as ``telex analyze FILE`` reads it: its id the
    file's name without suffix unless ``given_id``; a text file undated here is dated by its dateline."""
    from telex.errors import InputError
    from telex.ingest.read import articles_from
    from telex.ingest.sniff import holds_batch

    spec = _file_spec(path)
    if Path(spec).is_dir() or (Path(spec).is_file() and holds_batch(spec)):
        kind = "a folder" if Path(spec).is_dir() else "a batch of articles (JSONL, JSON, CSV, WARC or a feed)"
        raise InputError(
            f"{spec} is {kind}; telex.analyze reads one article, telex.analyze_many(Path({spec!r})) reads each of them"
        )
    (article,) = articles_from(spec, published=published, title=title, article_id=given_id)
    if isinstance(article, Failure):  # never for a text or HTML file; typed so
        raise InputError(article.error)
    return article


def _file_spec(path: PathLike[str]) -> str:
    """A path as the command line's readers take a source: "~" expanded, and a file named "-" as "./-", not standard
    input."""
    spec = os.fspath(Path(path).expanduser())
    return os.path.join(".", spec) if spec == "-" else spec


def _web_page(article_id: str, html: str | bytes, url: str | None) -> Article:
    """The article in a page given as text, or as bytes (decoded as a page file is: UTF-8, else the charset its
    ``<meta>`` declares, else Windows-1252), with what decoding did among its warnings."""
    from telex.errors import InputError
    from telex.ingest.decode import declared_charset, decode_bytes
    from telex.ingest.html import html_to_article
    from telex.ingest.sniff import is_feed

    warnings: tuple[str, ...] = ()
    if isinstance(html, bytes | bytearray):
        html, warnings = decode_bytes(bytes(html), f"the html of {article_id!r}", declared_charset(bytes(html)))
    if not isinstance(html, str):
        raise InputError(f"html must be a str or bytes (a page's source), not {type(html).__name__}")
    if is_feed(html[:2048].encode("utf-8", "replace")):
        raise _a_feed(article_id, "html")
    page = html_to_article(article_id, html, url)
    return replace(page, warnings=warnings + page.warnings) if warnings else page


def _refuse_text_that_is_no_article(article_id: str, text: object, paths: bool = True) -> None:
    """An ``InputError`` for ``text`` that is a whole web page or feed, or the path of a file: read as prose, a page's
    markup was masked piece by piece (a warning each) and its menus analysed as the article's words, a feed's items
    ran together as one article, and a path (looked for only with ``paths``) was analysed as the words of its name."""
    from telex.errors import InputError
    from telex.ingest.sniff import sniff_format

    if not isinstance(text, str):
        return
    kind = sniff_format("", text[:2048].encode("utf-8", "replace"))
    if kind == "html":
        raise InputError(
            f"the text of {article_id!r} is a web page ({text.lstrip()[:15]!r}…); "
            'give it as html (telex.analyze(html=...); "html" in a JSONL record or POST /api/analyze) to analyse '
            "the article in it"
        )
    if kind == "feed":
        raise _a_feed(article_id, "text")
    if paths and "\n" not in text and len(text) < 4096 and _names_a_file(text):
        kind, call, what = (
            ("folder", "analyze_many", "each article in it")
            if Path(text.strip()).expanduser().is_dir()
            else ("file", "analyze", "the file")
        )
        raise InputError(
            f"the text of {article_id!r} is the path of a {kind} ({text.strip()!r}); give "
            f"telex.{call}(pathlib.Path(path)) to analyse {what}"
        )


def _a_feed(article_id: str, given_as: str) -> InputError:
    """The error of a feed given as one article's ``text`` or ``html``: its items ran together as one article, or
    no article text was found in it."""
    from telex.errors import InputError

    return InputError(
        f"the {given_as} of {article_id!r} is a news feed (RSS or Atom) whose items are articles; save "
        "it as a file and give telex.analyze_many(pathlib.Path(file)) or `telex analyze FILE`, which "
        "read each item"
    )


def _names_a_file(text: str) -> bool:
    """Whether ``text`` is the path of a file here, or of a folder written as one ("corpus/")."""
    name = text.strip()
    try:
        path = Path(name).expanduser()
        return bool(name) and (path.is_file() or (path.is_dir() and ("/" in name or os.sep in name)))
    except (OSError, ValueError):  # a name too long for the system, a NUL
        return False


def analyze_many(
    articles: Iterable[Article | str | dict[str, Any] | PathLike[str]] | PathLike[str],
    batch_size: int = 16,
    processes: int = 1,
    quote_scheme: str = "speech",
    time_limit: float | None = DEFAULT_SECONDS,
) -> Iterator[Analysis | Failure]:
    """Analyse many articles in order, loading the model once, and give each result as it is ready (a generator
    is read as the work goes, so a stream of any length runs in flat memory); plain strings get ids "1", "2", ….

        >>> for item in telex.analyze_many(["Seoul protested.", {"id": "t", "text": "Tokyo agreed."}, ""]):
        ...     print(type(item).__name__, item.id)
        Analysis 1
        Analysis t
        Failure 3

    A dict is read as a JSONL record is (``{"id", "text" or "html", "published", "title", "source", "author",
    "url"}``, ``json.loads`` of a line), its id the item's number when it has none. A ``pathlib.Path`` (as an
    item, or instead of the list) is read as ``telex analyze PATH`` reads it: a text or HTML file is one article, a
    JSONL, JSON, CSV, WARC or feed file one per record, a folder every such file in it.

    An article that cannot be analysed gives a ``Failure`` in its place (``{"id", "error"}``, the CLI's line) and
    the others go on. With ``processes`` > 1 the articles are analysed in that many worker processes, each with its
    own model (about 300 MB); the calling script then needs multiprocessing's ``if __name__ == "__main__":`` guard.
    ``quote_scheme`` and ``time_limit`` are as in ``analyze``. Progress is the caller's to show
    (``tqdm(telex.analyze_many(texts), total=len(texts))``).
    """
    from telex.errors import InputError
    from telex.pipeline import analyze_articles

    if isinstance(articles, str | bytes | Article):
        raise TypeError("analyze_many takes a list (or any iterable) of articles; for one text call telex.analyze")
    if isinstance(articles, Mapping):  # iterated, a record gives its keys: "id" and "text" analysed as two articles
        raise TypeError(
            "analyze_many takes a list (or any iterable) of articles; for one record: telex.analyze_many([record])"
        )
    for name, value in (("batch_size", batch_size), ("processes", processes)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise InputError(
                f"{name} is a whole number, 1 or more, not {value!r} (processes=1 analyses in this "
                "process; telex.parallel.default_processes() is the command line's choice)"
            )
    rows = _table_rows(articles)
    items = [articles] if isinstance(articles, PathLike) else articles if rows is None else rows
    results = analyze_articles(
        _as_articles(items),
        batch_size=batch_size,
        processes=processes,
        quote_scheme=quote_scheme,
        time_limit=_seconds(time_limit),
    )
    return _naming_the_guard(results) if processes > 1 else results


def _table_rows(items: object) -> Iterator[dict[str, Any]] | None:
    """A pandas DataFrame's rows as records (``{"id": …, "text": …}``), read as they are asked for; ``None`` for
    anything else. Iterated as it is, a DataFrame gives its column names: "id" and "text" analysed as articles."""
    columns, rows = getattr(items, "columns", None), getattr(items, "itertuples", None)
    if columns is None or rows is None:
        return None
    names = [str(name) for name in columns]
    return (dict(zip(names, row, strict=True)) for row in rows(index=False, name=None))


def _as_articles(items: Iterable[Article | str | dict[str, Any] | PathLike[str]]) -> Iterator[Article | Failure]:
    """The articles of ``analyze_many``'s items, read as they are asked for: a dict as a JSONL record, a path as the
    command line reads a source, anything else as an article's text, numbered by its place."""
    from telex.ingest.read import articles_in, record_or_failure

    for number, item in enumerate(items, start=1):
        if isinstance(item, dict):
            yield record_or_failure(item, str(number), None)
        elif isinstance(item, PathLike):
            yield from articles_in([_file_spec(item)])
        else:
            yield item if isinstance(item, Article) else Article(id=str(number), text=item)


def _seconds(time_limit: object) -> float | None:
    """A time limit as the pipeline takes it: seconds, or ``None`` for none (0 too, as ``--time-limit 0``)."""
    from telex.errors import InputError

    if time_limit is None:
        return None
    if not isinstance(time_limit, int | float) or isinstance(time_limit, bool) or time_limit < 0:
        raise InputError(f"time_limit is seconds, 0 or more (0 or None: no limit), not {time_limit!r}")
    return float(time_limit) or None


def _naming_the_guard(results: Iterator[Analysis | Failure]) -> Iterator[Analysis | Failure]:
    """``results``; when no worker process could work, the error also names the most likely cause from a script."""
    from telex.errors import WorkerError

    try:
        yield from results
    except WorkerError as exc:
        raise WorkerError(
            f'{exc}. From a script, the usual cause is a missing `if __name__ == "__main__":` around the code that '
            "calls telex.analyze_many: each worker process starts by importing the script, and must not run it"
        ) from exc


def open(path: str | PathLike[str]) -> Corpus:
    """Open a store written by ``telex ingest`` for reading: ``.events()``, ``.quotes()``, ``.actors()``,
    ``.dyad(a, b, by="month")``, ``.articles()``, ``.search(q)`` return pandas DataFrames, every matching row
    unless ``limit`` is given (``search`` gives the best 20); ``.export(path="events.parquet")`` writes a table as
    ``telex export`` does. Close it (or use it in a ``with`` block) before ``telex ingest`` writes to the same file."""
    from telex.corpus.query import open_corpus
    from telex.errors import InputError

    if not isinstance(path, str | PathLike):
        raise InputError(f"telex.open takes the path of a store (a str or a pathlib.Path), not {type(path).__name__}")
    if isinstance(path, str) and not path.strip():  # "" was the current folder, "holds no telex dataset"
        raise InputError("telex.open takes the path of a store (news.duckdb, or a dataset's folder); '' is none")
    return open_corpus(path)  # type: ignore[arg-type]  # an os.PathLike is as good as a Path there


def code_actor(text: str, date: date | str | None = None, context: str = "") -> dict[str, str | None]:
    """Code one actor phrase as a CAMEO actor: ``{text, name, code, country, sector}``, no model needed.

        >>> telex.code_actor("Egyptian riot police")["code"]
        'EGYCOP'

    ``date`` (a ``date``, "YYYY-MM-DD", or a month "YYYY-MM" or year "YYYY" for its middle day, as ``telex actor``
    reads it) is the day the phrase was written: an office holder is coded by the office held that day, and with no
    date only what is true of every office the person held counts.
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
        raise InputError(
            f"context must be a str (the sentence or article the phrase comes from), not {type(context).__name__}"
        )
    return code(text, date, context)
