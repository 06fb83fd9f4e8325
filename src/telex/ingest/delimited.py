"""Reading a CSV or tab-separated file, as the articles of ``telex analyze texts.csv`` and the phrases of ``telex
actor --input-format csv`` are read: one way to decode it and to tell its delimiter."""

from __future__ import annotations

import csv
import io
from typing import Any

from telex.ingest.decode import decode_bytes

# Python's csv module stops at a field of 128 KiB; an article's text may be longer (it is cut at
# MAX_ANALYSED_CHARS later, with a warning, as from any other source).
_CSV_FIELD_LIMIT = 64 * 1024 * 1024


def csv_rows(data: bytes, name: str) -> tuple[Any, tuple[str, ...]]:
    """A csv reader over the decoded file (comma, semicolon or tab, told by the header line) and what decoding
    did."""
    text, warnings = decode_bytes(data, name)
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first else ";" if first.count(";") > first.count(",") else ","
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), warnings
