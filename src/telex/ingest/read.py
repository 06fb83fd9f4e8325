"""Turn what a user points at (a file, a folder, a URL, stdin) into ``Article`` records.

Reading never stops a batch: a record that cannot be read becomes a ``Failure`` with its id and a
message, and the caller reports it in place.
"""

from __future__ import annotations

import codecs
import io
import json
import sys
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from telex.errors import InputError, RecordError
from telex.ingest.decode import decode_bytes, looks_binary, repair_mojibake
from telex.ingest.html import html_to_article
from telex.isodate import parse_date
from telex.records import Article, Failure

FORMATS = ("auto", "text", "html", "jsonl")
_TEXT_SUFFIXES = {".txt", ".text", ".md"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_HEAD = 8192  # bytes read first, to tell the format


def open_source(spec: str) -> tuple[BinaryIO, str]:
    """A binary stream behind a path, URL or ``-`` (stdin), and a name for messages."""
    if spec == "-":
        return sys.stdin.buffer, "stdin"
    if spec.startswith(("http://", "https://")):
        try:
            with urllib.request.urlopen(spec, timeout=30) as response:
                return io.BytesIO(response.read()), spec
        except OSError as exc:
            raise InputError(f"cannot fetch {spec}: {exc}; check the address or save the page to a file") from exc
    path = Path(spec)
    if not path.exists():
        raise InputError(f"no such file: {spec}")
    if path.is_dir():
        raise InputError(f"{spec} is a folder; `telex ingest` reads folders, `telex analyze` one file")
    try:
        return path.open("rb"), spec
    except OSError as exc:
        raise InputError(f"cannot read {spec}: {exc.strerror}") from exc


def sniff_format(name: str, data: bytes) -> str:
    """Guess ``text``, ``html`` or ``jsonl`` from the file name, then from the first bytes."""
    suffix = Path(name).suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _TEXT_SUFFIXES:
        return "text"
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<article" in head:
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def articles_from(
    spec: str,
    input_format: str = "auto",
    published: date | None = None,
    title: str | None = None,
) -> Iterator[Article | Failure]:
    """Every article in one source; a JSONL source gives one per line, in order, read as it goes."""
    handle, name = open_source(spec)
    with nullcontext(handle) if name == "stdin" else handle:  # stdin stays open for whoever reads it next
        try:
            head = handle.read(_HEAD)
            fmt = sniff_format(name, head) if input_format == "auto" else input_format
            if fmt == "jsonl":
                yield from _jsonl_articles(_byte_lines(head, handle), name, published)
                return
            data = head + handle.read()
        except OSError as exc:
            raise InputError(f"cannot read {name}: {exc}") from exc
    default_id = Path(name).stem if name not in ("stdin",) and "://" not in name else name
    text, warnings = decode_bytes(data, name)
    yield _article(default_id, text if fmt == "text" else None, text if fmt == "html" else None,
                   published, title, None, warnings)


def articles_in(specs: Iterable[str], input_format: str = "auto") -> Iterator[Article | Failure]:
    """Articles from many sources; a folder gives every readable file inside it, sorted by name."""
    for spec in specs:
        for file in _files(spec):
            try:
                yield from articles_from(file, input_format)
            except InputError as exc:
                yield Failure(Path(file).stem, str(exc))


def _files(spec: str) -> list[str]:
    path = Path(spec)
    if not path.is_dir():
        return [spec]
    suffixes = _TEXT_SUFFIXES | _HTML_SUFFIXES | _JSONL_SUFFIXES
    return [str(p) for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in suffixes]


def count_records(specs: Iterable[str]) -> int | None:
    """How many articles the sources hold (JSONL lines counted), for a progress bar; ``None`` if unknown."""
    total = 0
    for spec in specs:
        for file in _files(spec):
            path = Path(file)
            if not path.is_file():
                return None
            if path.suffix.lower() in _JSONL_SUFFIXES:
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total


def _byte_lines(head: bytes, handle: BinaryIO) -> Iterator[bytes]:
    """The lines of a stream whose first bytes were already read as ``head``, without line ends."""
    *complete, partial = head.split(b"\n")
    yield from complete
    rest = partial + handle.readline()
    while rest:
        yield rest.removesuffix(b"\n")
        rest = handle.readline()


def _jsonl_articles(lines: Iterable[bytes], name: str, published: date | None) -> Iterator[Article | Failure]:
    found = False
    for number, raw in enumerate(lines, start=1):
        if number == 1:
            if looks_binary(raw):
                raise InputError(f"{name} is a binary file, not an article; give text, HTML or JSONL")
            raw = raw.removeprefix(codecs.BOM_UTF8)
        line = repair_mojibake(raw.decode("utf-8", errors="replace"))
        if not line.strip():
            continue
        found = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(f"line {number}", f"{name} line {number} is not JSON: {exc.msg}")
            continue
        try:
            yield _record_article(record, number, published)
        except InputError as exc:
            record_id = record.get("id") if isinstance(record, dict) else None
            yield Failure(str(record_id or f"line {number}"), str(exc))
    if not found:
        raise InputError(f"{name} is empty; give a file with the article's words")


def _record_article(record: Any, number: int, published: date | None) -> Article:
    if not isinstance(record, dict):
        raise RecordError(f"line {number} is not a JSON object")
    record_id = str(record.get("id") or f"line-{number}")
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise RecordError(f"record {record_id!r} has neither \"text\" nor \"html\"")
    return _article(
        record_id,
        text if isinstance(text, str) else None,
        html if isinstance(html, str) and not isinstance(text, str) else None,
        parse_date(record.get("published")) or published,
        record.get("title"),
        record.get("source"),
        (),
        record.get("author") if isinstance(record.get("author"), str) else None,
    )


def _article(
    article_id: str,
    text: str | None,
    html: str | None,
    published: date | None,
    title: str | None,
    source: str | None,
    warnings: tuple[str, ...],
    author: str | None = None,
) -> Article:
    if html is not None:
        article = html_to_article(article_id, html)
        return Article(
            id=article_id,
            text=article.text,
            title=title or article.title,
            published=published or article.published,
            source=source or article.source,
            warnings=warnings + article.warnings,
            author=author or article.author,
        )
    assert text is not None
    if not text.strip():
        raise RecordError(f"article {article_id!r} is empty; give it some text")
    return Article(article_id, text, title, published, source, warnings, author)
