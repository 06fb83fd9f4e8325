"""Articles in a WARC web archive (``.warc``, ``.warc.gz``), read with warcio.

Each HTML page a crawler fetched (a ``response`` record), and each stored text (``resource`` or ``conversion``
record), becomes one article whose id and fallback ``url`` are its WARC-Target-URI. The WARC-Date is when the
page was crawled, not when it was published, so it is never used as a date.

A record whose page yields no article becomes a ``Failure`` in place, as does a record the archive breaks off in
(its page cut short). A damaged stretch of the archive becomes one ``Failure`` named ``<archive id>@<byte offset>``,
and reading goes on at the next record that can be found (when the archive is a file; a damaged stream ends there).
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from telex.errors import InputError, RecordError
from telex.ingest.decode import declared_charset, decode_bytes, known_charset
from telex.ingest.html import html_to_article
from telex.ingest.sniff import is_url
from telex.records import Article, Failure

# (record type, media type) -> how its payload is read; every other record is skipped.
KINDS = {
    ("response", "text/html"): "html",
    ("response", "application/xhtml+xml"): "html",
    ("resource", "text/html"): "html",
    ("resource", "text/plain"): "text",
    ("conversion", "text/html"): "html",
    ("conversion", "text/plain"): "text",
}
_GZIP_MEMBER = b"\x1f\x8b\x08"  # where each record of a .warc.gz starts
_WARC_HEADER = b"\nWARC/1."  # where each record of a .warc starts, after the line end
_SCAN = 1 << 20
_NOT_CHUNKED = "non-chunked gzip"  # in the message of warcio's error for a .warc.gz that is one gzip stream
# What warcio raises on bytes that are not a record, on a broken gzip member, and on a cut-off file.
_DAMAGE = (ArchiveLoadFailed, OSError, EOFError, zlib.error)


def warc_articles(
    stream: BinaryIO, name: str, archive_id: str, published: date | None = None
) -> Iterator[Article | Failure]:
    """Every article of a WARC archive, in archive order; ``published`` is the date for pages that give none."""
    for item in _records(stream, name, archive_id):
        if isinstance(item, Failure):
            yield item
            continue
        offset, record = item
        kind = record_kind(record)
        if kind is None:
            continue
        uri = target_uri(record) or f"{archive_id}@{offset}"
        try:
            yield _article(record, kind, uri, published, name)
        except InputError as exc:
            yield Failure(uri, str(exc))
        except _CutShort:  # nothing after the cut can be read: one failure says so, not one more for the archive
            yield Failure(
                uri,
                f"{name} breaks off inside the record of {uri} (its gzip stream ends before its end "
                "marker): this page and any record after it were not read; download the archive again",
            )
            return
        except _DAMAGE as exc:
            yield Failure(uri, f"record {uri!r} of {name} cannot be read ({exc}); it was skipped")


def count_warc_records(stream: BinaryIO, name: str = "archive") -> int:
    """How many articles and failures ``warc_articles`` gives for the archive, for a progress bar."""
    return sum(1 for item in _records(stream, name, name) if isinstance(item, Failure) or record_kind(item[1]))


def record_kind(record: Any) -> str | None:
    """``html`` or ``text`` for a record that holds an article, ``None`` for any other (DNS, images, redirects)."""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or not http.get_statuscode().startswith("2"):  # an error page or a redirect is no article
            return None
        content_type = http.get_header("Content-Type")
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    media_type = (content_type or "").split(";")[0].strip().lower()
    return KINDS.get((record.rec_type, media_type))


def target_uri(record: Any) -> str | None:
    """The record's WARC-Target-URI; WARC 1.0 writers following its grammar wrap it in ``<>``."""
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip()
    return uri.removeprefix("<").removesuffix(">") or None


def _article(record: Any, kind: str, uri: str, published: date | None, name: str) -> Article:
    payload = record.content_stream().read()
    missing = missing_bytes(record)
    if missing:  # a page cut off reads as a shorter page: its analysis would pass for the whole story's
        raise RecordError(
            f"{name} breaks off inside the record of {uri}: {missing} of its {record.length} bytes "
            "are missing, so the page was skipped; download the archive again"
        )
    if not payload.strip():  # decode_bytes would say "give a file with the article's words"
        raise RecordError(f"record {uri!r} of {name} is empty; it holds no article text")
    declared = _charset(record) or (declared_charset(payload) if kind == "html" else None)
    text, warnings = decode_bytes(payload, uri, declared)
    url = uri if is_url(uri) else None
    if kind == "html":
        page = html_to_article(uri, text, url)
        return replace(page, published=page.published or published, warnings=warnings + page.warnings)
    return Article(uri, text, published=published, warnings=warnings, url=url)


def missing_bytes(record: Any) -> int:
    """How many bytes of a record's block, once read, the archive did not hold: 0 for a whole record, more for
    the last record of an archive cut short (a crawl stopped mid-write, a download broken off), which warcio
    reads as far as it goes without a word."""
    return max(0, getattr(record.raw_stream, "limit", 0) or 0)


def _charset(record: Any) -> str | None:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    content_type = headers.get_header("Content-Type") or ""
    for parameter in content_type.split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset":
            return known_charset(value.strip().strip("\"'"))
    return None


def _records(stream: BinaryIO | gzip.GzipFile, name: str, archive_id: str) -> Iterator[tuple[int, Any] | Failure]:
    """Every warcio record with its byte offset, in order; a damaged stretch gives one ``Failure`` and is skipped.

    warcio refuses a .warc.gz compressed as one gzip stream (``gzip crawl.warc``) once it has read the first
    record; such an archive is read again, decompressed here, from the record after that one.
    """
    seekable = stream.seekable()
    start = origin = stream.tell() if seekable else 0
    resumed_at: int | None = None
    skip = 0
    while True:
        records = ArchiveIterator(stream)
        count = 0
        try:
            for record in records:
                count += 1
                if count > skip:
                    resumed_at = None
                    yield records.offset, record
            return
        except _DAMAGE as exc:
            if _NOT_CHUNKED in str(exc) and seekable and origin == start and not isinstance(stream, gzip.GzipFile):
                stream.seek(start)
                stream, start, origin, skip = _GzipStream(fileobj=stream, mode="rb"), 0, 0, count
                continue
            offset, skip = records.offset, 0
            if offset != resumed_at:  # a guessed record start that is no record is part of the same damage
                yield Failure(f"{archive_id}@{offset}", _damage_message(name, offset, exc, seekable))
            resumed_at = _next_record_start(stream, start, offset) if seekable else None
            if resumed_at is None:
                return
            stream.seek(resumed_at)
            origin = resumed_at


class _CutShort(OSError):
    """A gzip stream that ends before its end marker: the archive was cut short (a download broken off)."""


class _GzipStream(gzip.GzipFile):
    """An archive compressed as one gzip stream, read so that a stream cut short gives the records before the cut
    and then ``_CutShort``: warcio reads in blocks, and a block that reaches the cut raised ``EOFError``, which
    warcio takes for the archive's end, so the whole archive gave nothing and no word."""

    def read(self, size: int | None = -1) -> bytes:
        try:
            return self.read1(size) if size is not None and size > 0 else super().read(size)
        except EOFError as exc:
            raise _CutShort(str(exc)) from exc


def _damage_message(name: str, offset: int, exc: BaseException, seekable: bool) -> str:
    if isinstance(exc, _CutShort):
        return (
            f"{name} breaks off after byte {offset} (its gzip stream ends before its end): the records from there "
            "on were not read; download the archive again"
        )
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    reason = "".join(c if c.isprintable() else "?" for c in first_line[:80])  # warcio quotes the bad bytes
    if _NOT_CHUNKED in str(exc):
        return (
            f"{name} is one gzip stream, not one gzip member per record; the records after byte {offset} "
            "were not read; run `warcio recompress` on it and read the result"
        )
    rest = "reading goes on at the next record found" if seekable else "the records after it were not read"
    return f"{name} is damaged at byte {offset} ({reason}); {rest}; re-download or repair the archive"


def _next_record_start(stream: BinaryIO | gzip.GzipFile, start: int, after: int) -> int | None:
    """The first place after byte ``after`` where a record can start, in a gzipped or a plain archive at ``start``;
    ``None`` when there is none, or the damage cannot be read past (a broken gzip stream)."""
    try:
        stream.seek(start)
        if stream.read(2) == _GZIP_MEMBER[:2]:
            return _find(stream, _GZIP_MEMBER, after + 1)
        found = _find(stream, _WARC_HEADER, after)
    except _DAMAGE:
        return None
    return None if found is None else found + 1


def _find(stream: BinaryIO | gzip.GzipFile, marker: bytes, position: int) -> int | None:
    """The offset of the first ``marker`` at or after ``position``, read in chunks."""
    stream.seek(position)
    carry = b""
    while chunk := stream.read(_SCAN):
        data = carry + chunk
        at = data.find(marker)
        if at >= 0:
            return position - len(carry) + at
        position += len(chunk)
        carry = data[-(len(marker) - 1) :]
    return None
