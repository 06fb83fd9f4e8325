"""Turn what a user points at (a file, a folder, a URL, stdin) into ``Article`` records.

Reading never stops a batch: a record that cannot be read becomes a ``Failure`` with its id and a
message, and the caller reports it in place.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from datetime import date
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, BinaryIO

from telex.errors import InputError, RecordError
from telex.ingest.decode import declared_charset, decode_bytes, looks_binary, repair_mojibake, wide_encoding
from telex.ingest.feed import ITEM_TAG, feed_articles, is_feed
from telex.ingest.fetch import Limits, fetch
from telex.ingest.fields import date_field, safe_text, text_field
from telex.ingest.html import html_to_article
from telex.ingest.warc import count_warc_records, warc_articles
from telex.records import Article, Failure

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

FORMATS = ("auto", "text", "html", "jsonl", "warc", "feed")
# Formats whose one source gives many articles.
BATCH_FORMATS = ("jsonl", "warc", "feed")
# File name suffix (after any ``.gz``) -> format; a folder gives the files with one of these.
SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".rss": "feed",
    ".atom": "feed",
}
# An address of another kind than http(s): ftp://, s3://, file:// …
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_GZIP_MAGIC = b"\x1f\x8b"
_HEAD = 8192  # bytes read first, to tell the format
# What a damaged gzip file raises while it is read.
_GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


def open_source(spec: str, allow_private: bool = False) -> tuple[BinaryIO, str]:
    """A binary stream behind a path, URL or ``-`` (stdin), and a name for messages; a URL is fetched
    within telex.ingest.fetch's bounds, internal addresses only with ``allow_private``."""
    if spec == "-":
        return sys.stdin.buffer, "stdin"
    if spec.startswith(("http://", "https://")):
        body, _ = fetch(spec, Limits(allow_private=allow_private))
        return io.BytesIO(body), spec
    path = Path(spec)
    if not path.exists():
        if _SCHEME.match(spec):
            raise InputError(f"cannot read {spec}: only http and https addresses are fetched; download it first")
        raise InputError(f"no such file: {spec}")
    if path.is_dir():
        raise InputError(f"{spec} is a folder; `telex ingest` reads folders, `telex analyze` one file")
    try:
        return path.open("rb"), spec
    except OSError as exc:
        raise InputError(f"cannot read {spec}: {exc.strerror}") from exc


def sniff_format(name: str, data: bytes) -> str:
    """Guess ``text``, ``html``, ``jsonl``, ``warc`` or ``feed`` from the file name (``.gz`` aside), then from
    the first bytes."""
    by_name = SUFFIX_FORMATS.get(_suffix(name))
    if by_name:
        return by_name
    if data.startswith(b"WARC/1."):
        return "warc"
    if is_feed(data):
        return "feed"
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<article" in head:
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def holds_batch(spec: str, input_format: str = "auto") -> bool:
    """Whether one source is read as a batch of records (JSONL, WARC, a feed) rather than one article: told by
    ``input_format``, else by the file name, else by the first bytes of a file or of standard input (peeked,
    so nothing is consumed). A URL, or a file that cannot be read, counts as one article."""
    if input_format != "auto":
        return input_format in BATCH_FORMATS
    by_name = SUFFIX_FORMATS.get(_suffix(spec))
    if by_name or _is_url(spec):
        return by_name in BATCH_FORMATS
    try:
        head = _peek_stdin() if spec == "-" else _file_head(spec)
    except (OSError, *_GZIP_ERRORS):
        return False
    return sniff_format(spec, head) in BATCH_FORMATS


def _file_head(spec: str) -> bytes:
    with Path(spec).open("rb") as handle:
        return _unpacked(handle)[1]


def _peek_stdin() -> bytes:
    """The first bytes waiting on standard input, gunzipped as far as they go, without reading them."""
    stream = sys.stdin.buffer
    if isinstance(stream, io.BufferedReader):
        head = stream.peek(_HEAD)[:_HEAD]
    elif stream.seekable():
        start = stream.tell()
        head = stream.read(_HEAD)
        stream.seek(start)
    else:
        return b""
    if head.startswith(_GZIP_MAGIC):
        return zlib.decompressobj(wbits=31).decompress(head, _HEAD)
    return head


def source_id(spec: str) -> str:
    """The id of what a source named directly holds: a file's name without suffixes (``story.txt.gz`` gives
    ``story``), a URL itself, ``stdin`` for ``-``."""
    if spec == "-":
        return "stdin"
    if _is_url(spec):
        return spec
    return _without_suffixes(PurePath(spec)).name


def articles_from(
    spec: str,
    input_format: str = "auto",
    published: date | None = None,
    title: str | None = None,
    *,
    article_id: str | None = None,
    allow_private: bool = False,
) -> Iterator[Article | Failure]:
    """Every article in one source, read as it goes: one for a text or HTML file, one per JSONL line, one per page
    of a WARC archive, one per item of a feed; gzipped sources are read as they are.

    The article of a text or HTML source has the id ``article_id`` (default ``source_id(spec)``); a JSONL record
    without an id gets ``<that id>:<line number>``; a WARC page gets its target URI.
    """
    handle, name = open_source(spec, allow_private)
    source = article_id or source_id(spec)
    with nullcontext(handle) if name == "stdin" else handle:  # stdin stays open for whoever reads it next
        try:
            start = handle.tell() if handle.seekable() else None
            stream, head = _unpacked(handle)
            fmt = sniff_format(name, head) if input_format == "auto" else input_format
            if fmt == "warc":
                if start is not None:  # warcio reads the raw file, which lets it skip a damaged record
                    handle.seek(start)
                yield from warc_articles(stream if start is None else handle, name, source, published)
                return
            if fmt == "jsonl":
                yield from _jsonl_articles((line.removesuffix(b"\n") for line in stream), name, source, published)
                return
            if fmt == "feed":
                yield from feed_articles(stream, name, source, published)
                return
            data = stream.read()
        except _GZIP_ERRORS as exc:
            raise InputError(f"{name} is not a complete gzip file ({exc}); compress or download it again") from exc
        except OSError as exc:
            raise InputError(f"cannot read {name}: {exc}") from exc
    text, warnings = decode_bytes(data, name, declared_charset(data) if fmt == "html" else None)
    yield _article(source, text if fmt == "text" else None, text if fmt == "html" else None,
                   published, title, None, warnings, url=spec if _is_url(spec) else None)


def articles_in(
    specs: Iterable[str], input_format: str = "auto", allow_private: bool = False
) -> Iterator[Article | Failure]:
    """Articles from many sources; a folder gives every readable file inside it, sorted by path, each with its
    path in the folder without suffixes as id (``a/index`` for ``a/index.html``)."""
    for spec in specs:
        files = _files(spec)
        if not files:
            yield Failure(source_id(spec), _no_articles(spec))
        for file, file_id in files:
            try:
                yield from articles_from(file, input_format, article_id=file_id, allow_private=allow_private)
            except InputError as exc:
                yield Failure(file_id, str(exc))


def count_records(specs: Iterable[str], input_format: str = "auto") -> int | None:
    """How many results ``articles_in`` gives (JSONL lines and WARC pages counted), for a progress bar;
    ``None`` if unknown (a URL or stdin)."""
    total = 0
    for spec in specs:
        files = _files(spec)
        total += not files  # a folder with no article file gives one Failure
        for file, _ in files:
            if not Path(file).is_file():
                return None
            try:
                total += _count(file, input_format)
            except (OSError, *_GZIP_ERRORS):
                total += 1  # the file gives one Failure
    return total


def _count(file: str, input_format: str) -> int:
    with Path(file).open("rb") as handle:
        stream, head = _unpacked(handle)
        fmt = sniff_format(file, head) if input_format == "auto" else input_format
        if fmt == "jsonl":
            return sum(1 for line in stream if line.strip())
        if fmt == "warc":
            handle.seek(0)
            return count_warc_records(handle, file)
        if fmt == "feed":
            return max(1, sum(len(ITEM_TAG.findall(line)) for line in stream))
    return 1


def _files(spec: str) -> list[tuple[str, str]]:
    """The files a source names, each with the id of its article: a folder's files named by their path in it."""
    path = Path(spec)
    if not path.is_dir():
        return [(spec, source_id(spec))]
    return [
        (str(file), _without_suffixes(file.relative_to(path)).as_posix())
        for file in sorted(path.rglob("*"))
        if file.is_file() and _suffix(file.name) in SUFFIX_FORMATS
    ]


def _no_articles(folder: str) -> str:
    suffixes = ", ".join(sorted(SUFFIX_FORMATS))
    return f"{folder} holds no article file (none named {suffixes}, or the same with .gz)"


def _is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


def _suffix(name: str) -> str:
    """The suffix that tells the format, past a ``.gz``: ``.jsonl`` for ``feed.jsonl.gz``."""
    path = PurePath(name)
    if path.suffix.lower() == ".gz":
        path = path.with_suffix("")
    return path.suffix.lower()


def _without_suffixes(path: PurePath) -> PurePath:
    """The path without its format suffix and any ``.gz``: ``a/index`` for ``a/index.html.gz``."""
    if path.suffix.lower() == ".gz":
        path = path.with_suffix("")
    return path.with_suffix("")


def _unpacked(handle: BinaryIO) -> tuple[BinaryIO, bytes]:
    """The stream to read from, gunzipped if it is gzip, and its first bytes (read again from the stream)."""
    head = handle.read(_HEAD)
    stream: BinaryIO = io.BufferedReader(_Replayed(head, handle))
    if head.startswith(_GZIP_MAGIC):
        unzipped = gzip.GzipFile(fileobj=stream, mode="rb")
        head = unzipped.read(_HEAD)
        stream = io.BufferedReader(_Replayed(head, unzipped))
    return stream, head


class _Replayed(io.RawIOBase):
    """A stream whose first bytes were read to tell its format: it gives them back, then the rest."""

    def __init__(self, head: bytes, rest: BinaryIO | gzip.GzipFile) -> None:
        super().__init__()
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer, /) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            data, self._head = self._head[: len(view)], self._head[len(view):]
        else:
            data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)


def _jsonl_articles(
    lines: Iterable[bytes], name: str, source: str, published: date | None
) -> Iterator[Article | Failure]:
    found = False
    for number, raw in enumerate(lines, start=1):
        if number == 1:
            if wide_encoding(raw) is not None:
                raise InputError(f"{name} is JSONL in {wide_encoding(raw)}; save it as UTF-8, one record a line")
            if looks_binary(raw):
                raise InputError(f"{name} is a binary file, not an article; give text, HTML or JSONL")
            raw = raw.removeprefix(codecs.BOM_UTF8)
        decoded = raw.decode("utf-8", errors="replace")
        line = repair_mojibake(decoded)
        if not line.strip():
            continue
        found = True
        line_id = f"{source}:{number}"
        notes: tuple[str, ...] = ()
        if "\ufffd" in decoded and "\ufffd".encode() not in raw:
            notes = (f"{name} line {number} is not valid UTF-8; {decoded.count(chr(0xFFFD))} undecodable byte(s) "
                     "replaced with U+FFFD",)
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(line_id, f"{name} line {number} is not JSON: {exc.msg}")
            continue
        try:
            yield _record_article(record, line_id, published, notes)
        except InputError as exc:
            record_id = record.get("id") if isinstance(record, dict) else None
            yield Failure(str(record_id or line_id), str(exc))
    if not found:
        raise InputError(f"{name} is empty; give a file with the article's words")


def _record_article(record: Any, line_id: str, published: date | None, notes: tuple[str, ...] = ()) -> Article:
    """One JSONL record as an article: odd fields are converted or left out with a warning, never fatal."""
    if not isinstance(record, dict):
        raise RecordError(f"record {line_id!r} is not a JSON object; give one {{...}} object a line")
    given_id = record.get("id")
    record_id = str(given_id) if given_id is not None and str(given_id).strip() else line_id
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise RecordError(f"record {record_id!r} has neither \"text\" nor \"html\" as a string")
    warnings = list(notes)
    fields = {name: text_field(name, record.get(name), warnings) for name in ("title", "source", "author")}
    url = record.get("url")
    if url is not None and not isinstance(url, str):
        warnings.append(f"url is a {type(url).__name__}, not text; left out")
    fields["url"] = text_field("url", url, warnings) if isinstance(url, str) else None
    when = date_field("published", record.get("published"), warnings)
    return _article(
        record_id,
        text if isinstance(text, str) else None,
        html if isinstance(html, str) and not isinstance(text, str) else None,
        when or published,
        fields["title"],
        fields["source"],
        tuple(warnings),
        fields["author"],
        url=fields["url"],
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
    url: str | None = None,
) -> Article:
    """The article of one document; ``url`` is where it came from, kept when an HTML page names no address."""
    if html is not None:
        article = html_to_article(article_id, html, url)
        body, repaired = safe_text(article.text)
        return Article(
            id=article_id,
            text=body,
            title=title or article.title,
            published=published or article.published,
            source=source or article.source,
            warnings=warnings + repaired + article.warnings,
            author=author or article.author,
            url=article.url,
        )
    assert text is not None
    if not text.strip():
        raise RecordError(f"article {article_id!r} is empty; give it some text")
    body, repaired = safe_text(text)
    return Article(article_id, body, title, published, source, warnings + repaired, author, url)
