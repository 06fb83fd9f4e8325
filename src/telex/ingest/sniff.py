"""What a source holds, told from its name and first bytes: text, HTML, JSONL, a WARC archive or a feed.

Kept apart from the readers (and their HTML extractor) so that a command can decide how to print a source
before those load.
"""

from __future__ import annotations

import gzip
import io
import re
import sys
import zlib
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

# How a source may be read (`--input-format`); auto tells it from the name, then the first bytes.
INPUT_FORMATS = ("auto", "text", "html", "jsonl", "json", "csv", "warc", "feed")
# Formats whose one source gives many articles.
BATCH_FORMATS = ("jsonl", "json", "csv", "warc", "feed")
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
# Suffixes that tell the format of a file named directly, but do not bring files of a folder in: a crawl's
# folder often holds JSON or CSV metadata beside its pages.
NAMED_FORMATS = {**SUFFIX_FORMATS, ".json": "json", ".csv": "csv", ".tsv": "csv"}
_GZIP_MAGIC = b"\x1f\x8b"
HEAD = 8192  # bytes read first, to tell the format
# What a damaged gzip file raises while it is read.
GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)

# The root element of the three feed formats: rss, rdf:RDF (RSS 1.0) and Atom's feed.
_ROOT = re.compile(rb"<(?:[\w.-]+:)?(?:rss|RDF|feed)[\s>]")
# An array of records, or one record written over several lines (its first line a lone brace): JSON, not JSONL.
_JSON = re.compile(rb"\[\s*[{\]]|\{[ \t]*\r?\n")
_MARKUP = re.compile(rb"<[?!][^>]*>|\s+")  # the XML declaration, comments and doctype before the root


def sniff_format(name: str, data: bytes) -> str:
    """Guess ``text``, ``html``, ``jsonl``, ``json``, ``csv``, ``warc`` or ``feed`` from the file name (``.gz``
    aside), then from the first bytes (never ``csv``: a first line of commas is also prose)."""
    by_name = NAMED_FORMATS.get(suffix_of(name))
    if by_name:
        return by_name
    if data.startswith(b"WARC/1."):
        return "warc"
    if is_feed(data):
        return "feed"
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<article" in head:
        return "html"
    if _JSON.match(head):
        return "json"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def holds_batch(spec: str, input_format: str = "auto") -> bool:
    """Whether one source is read as a batch of records (JSONL, WARC, a feed) rather than one article: told by
    ``input_format``, else by the file name, else by the first bytes of a file or of standard input (peeked,
    so nothing is consumed). A URL, or a file that cannot be read, counts as one article."""
    if input_format != "auto":
        return input_format in BATCH_FORMATS
    by_name = NAMED_FORMATS.get(suffix_of(spec))
    if by_name or is_url(spec):
        return by_name in BATCH_FORMATS
    try:
        head = _peek_stdin() if spec == "-" else _file_head(spec)
    except (OSError, *GZIP_ERRORS):
        return False
    return sniff_format(spec, head) in BATCH_FORMATS


def _file_head(spec: str) -> bytes:
    with Path(spec).open("rb") as handle:
        return unpacked(handle)[1]


def _peek_stdin() -> bytes:
    """The first bytes waiting on standard input, gunzipped as far as they go, without reading them."""
    if sys.stdin is None:  # closed: nothing waits, and reading it says so
        return b""
    stream = sys.stdin.buffer
    if isinstance(stream, io.BufferedReader):
        head = stream.peek(HEAD)[:HEAD]
    elif stream.seekable():
        start = stream.tell()
        head = stream.read(HEAD)
        stream.seek(start)
    else:
        return b""
    if head.startswith(_GZIP_MAGIC):
        return zlib.decompressobj(wbits=31).decompress(head, HEAD)
    return head


def is_feed(head: bytes) -> bool:
    """Whether the first bytes of a file open a feed: its root element, past the XML declaration and comments,
    is ``rss``, ``rdf:RDF`` or ``feed``."""
    rest = head.lstrip(b"\xef\xbb\xbf")
    while True:
        skipped = _MARKUP.match(rest)
        if not skipped or not skipped.group():
            break
        rest = rest[skipped.end() :]
    return _ROOT.match(rest) is not None


def is_url(spec: str) -> bool:
    """Whether a source is an address telex fetches."""
    return spec.startswith(("http://", "https://"))


def suffix_of(name: str) -> str:
    """The suffix that tells the format, past a ``.gz``: ``.jsonl`` for ``feed.jsonl.gz``."""
    path = PurePath(name)
    if path.suffix.lower() == ".gz":
        path = path.with_suffix("")
    return path.suffix.lower()


def unpacked(handle: BinaryIO) -> tuple[BinaryIO, bytes]:
    """The stream to read from, gunzipped if it is gzip, and its first bytes (read again from the stream)."""
    head = handle.read(HEAD)
    stream: BinaryIO = io.BufferedReader(_Replayed(head, handle))
    if head.startswith(_GZIP_MAGIC):
        unzipped = gzip.GzipFile(fileobj=stream, mode="rb")
        head, broken = _first_bytes(unzipped)
        stream = io.BufferedReader(_Replayed(head, unzipped, broken))
    return stream, head


def _first_bytes(unzipped: gzip.GzipFile) -> tuple[bytes, EOFError | None]:
    """The first ``HEAD`` bytes of a gzipped file, or as many as there are before it breaks off, with that break:
    a small ``batch.jsonl.gz`` cut short gave "not a complete gzip file" and none of the records before the cut,
    which its reader now gets before the break is raised."""
    head = b""
    while len(head) < HEAD:
        try:
            chunk = unzipped.read1(HEAD - len(head))
        except EOFError as exc:
            if not head:
                raise
            return head, exc
        if not chunk:
            break
        head += chunk
    return head, None


class _Replayed(io.RawIOBase):
    """A stream whose first bytes were read to tell its format: it gives them back, then the rest."""

    def __init__(self, head: bytes, rest: BinaryIO | gzip.GzipFile, broken: EOFError | None = None) -> None:
        super().__init__()
        self._head = head
        self._rest = rest
        self._broken = broken  # where the rest broke off while the first bytes were read, raised once they are given

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer, /) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            data, self._head = self._head[: len(view)], self._head[len(view) :]
        elif self._broken is not None:
            raise self._broken
        else:
            data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)
