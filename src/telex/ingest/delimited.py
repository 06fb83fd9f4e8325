"""Reading a CSV or tab-separated file, as the articles of ``telex analyze texts.csv`` and the phrases of ``telex
actor --input-format csv`` are read: one way to decode it and to tell its delimiter."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from telex.ingest.decode import decode_bytes

# Python's csv module stops at a field of 128 KiB; an article's text may be longer (it is cut at
# MAX_ANALYSED_CHARS later, with a warning, as from any other source).
_CSV_FIELD_LIMIT = 64 * 1024 * 1024


def _csv_reader(data: bytes, name: str) -> tuple[Any, tuple[str, ...]]:
    """A csv reader over the decoded file (comma, semicolon or tab, told by the header line) and what decoding
    did."""
    text, warnings = decode_bytes(data, name)
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first else ";" if first.count(";") > first.count(",") else ","
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), warnings


@dataclass(frozen=True)
class RowBreak:
    """Where a file stops being CSV (a quote left open, a NUL byte): the line it breaks on and why; the rows before
    it were read."""

    line: int
    reason: str


@dataclass(frozen=True)
class Table:
    """A CSV or tab-separated file as read: its header (names stripped, in lower case), its rows one at a time as
    (the line the row starts on, its cells), ending with a ``RowBreak`` if the file breaks off, and what decoding
    did."""

    header: list[str]
    rows: Iterator[tuple[int, list[str]] | RowBreak]
    warnings: tuple[str, ...]


def read_table(data: bytes, name: str) -> Table:
    """The header and the numbered rows of a CSV or tab-separated file, the one row reader of articles
    (``telex analyze texts.csv``) and phrases (``telex actor --input-format csv``)."""
    reader, warnings = _csv_reader(data, name)
    header = [column.strip().lower() for column in next(reader, [])]
    return Table(header, _numbered(reader), warnings)


def _numbered(reader: Any) -> Iterator[tuple[int, list[str]] | RowBreak]:
    """Each row with the line it starts on (a quoted cell may hold line breaks), then where the file breaks off."""
    line = reader.line_num
    try:
        for row in reader:
            yield line + 1, row
            line = reader.line_num
    except csv.Error as exc:
        yield RowBreak(line + 1, str(exc))
