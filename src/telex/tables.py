"""Read the data tables under ``telex/data/``: tab-separated, ``#`` comments, ``;`` between values."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import Any

MULTI_VALUED = frozenset(
    {"aliases", "capital", "demonyms", "peoples", "seats", "titles", "types", "verbs", "objects", "nouns", "roles"}
)


@cache
def read_table(name: str) -> tuple[dict[str, Any], ...]:
    """Rows of ``data/<name>`` as dicts; multi-valued columns become lists of strings."""
    text = resources.files("telex.data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows: list[dict[str, Any]] = []
    for raw in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        row: dict[str, Any] = {}
        for key, value in raw.items():
            value = (value or "").strip()
            row[key] = [v.strip() for v in value.split(";") if v.strip()] if key in MULTI_VALUED else value
        rows.append(row)
    return tuple(rows)
