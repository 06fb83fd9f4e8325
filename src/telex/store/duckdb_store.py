"""The embedded article store: DuckDB tables written in bulk, idempotent by article id.

Each batch of analyses is written as newline-delimited JSON to a temporary file and loaded with one
``INSERT … SELECT FROM read_json`` per table inside one transaction, after deleting the batch's ids:
re-ingesting an article replaces it and never duplicates it.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from telex.errors import StoreError
from telex.records import Analysis

SCHEMA_VERSION = 1

# DuckDB keeps table data it wrote in memory up to its limit (80% of RAM by default): a writer caps it so
# that ingesting a corpus of any size runs in the same memory; data beyond the cap stays on disk. Loading
# a row needs about eight times its size on top, so the cap grows for a batch holding a huge article.
WRITER_MEMORY_MB = 96
_MEMORY_PER_ROW_MB = 8
_MIN_OBJECT_SIZE = 1 << 20

# Columns of each table in order, with DuckDB types; `article_id` ties rows to their article.
TABLES: dict[str, dict[str, str]] = {
    "articles": {
        "id": "VARCHAR", "title": "VARCHAR", "published": "DATE", "language": "VARCHAR",
        "source_chain": "VARCHAR[]", "warnings": "VARCHAR[]", "text": "VARCHAR", "analysis": "JSON",
    },
    "entities": {
        "article_id": "VARCHAR", "id": "VARCHAR", "name": "VARCHAR", "type": "VARCHAR", "code": "VARCHAR",
        "country": "VARCHAR", "sector": "VARCHAR", "affiliation": "VARCHAR", "mentions": "INTEGER",
    },
    "quotes": {
        "article_id": "VARCHAR", "id": "VARCHAR", "kind": "VARCHAR", "text": "VARCHAR", "start": "INTEGER",
        "end": "INTEGER", "cue": "VARCHAR", "speaker": "VARCHAR", "entity_id": "VARCHAR",
        "affiliation": "VARCHAR", "country": "VARCHAR", "via": "VARCHAR[]", "sentence": "INTEGER",
    },
    "events": {
        "article_id": "VARCHAR", "id": "VARCHAR", "date": "VARCHAR", "cameo": "VARCHAR", "cameo_root": "VARCHAR",
        "plover": "VARCHAR", "plover_mode": "VARCHAR", "quad_class": "INTEGER", "goldstein": "DOUBLE",
        "source_codes": "VARCHAR[]", "source_names": "VARCHAR[]", "target_codes": "VARCHAR[]",
        "target_names": "VARCHAR[]", "modality": "VARCHAR", "reported_by": "VARCHAR", "trigger": "VARCHAR",
        "sentence": "INTEGER", "confidence": "DOUBLE", "mentions": "INTEGER",
    },
}  # fmt: skip


def rows_for(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    """The rows one analysis contributes to each table."""
    record = analysis.to_dict()
    article_id = analysis.id
    rows: dict[str, list[dict[str, Any]]] = {
        "articles": [
            {
                "id": article_id, "title": analysis.title, "published": record["published"],
                "language": analysis.language, "source_chain": list(analysis.source_chain),
                "warnings": list(analysis.warnings), "text": analysis.text, "analysis": record,
            }
        ],
        "entities": [
            {**{k: e[k] for k in ("id", "name", "type", "code", "country", "sector", "affiliation")},
             "article_id": article_id, "mentions": len(e["mentions"])}
            for e in record["entities"]
        ],
        "quotes": [
            {**{k: q[k] for k in ("id", "kind", "text", "start", "end", "cue", "via", "sentence")},
             "article_id": article_id,
             "speaker": (q["speaker"] or {}).get("name") or (q["speaker"] or {}).get("text"),
             "entity_id": (q["speaker"] or {}).get("entity_id"),
             "affiliation": (q["speaker"] or {}).get("affiliation"),
             "country": (q["speaker"] or {}).get("country")}
            for q in record["quotes"]
        ],
        "events": [
            {**{k: v[k] for k in ("id", "date", "cameo", "cameo_root", "plover", "plover_mode", "quad_class",
                                  "goldstein", "modality", "reported_by", "sentence", "confidence", "mentions")},
             "article_id": article_id,
             "source_codes": [a["code"] for a in v["source"]], "source_names": [a["name"] for a in v["source"]],
             "target_codes": [a["code"] for a in v["target"]], "target_names": [a["name"] for a in v["target"]],
             "trigger": v["trigger"]["text"]}
            for v in record["events"]
        ],
    }  # fmt: skip
    return rows


class Store:
    """An open telex database; use as a context manager."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"no database at {self.path}; create one with `telex ingest SOURCE --db {self.path}`")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        if not read_only:
            self.con.execute(f"SET memory_limit = '{WRITER_MEMORY_MB}MB'")
            self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS telex_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        found = self.con.execute("SELECT value FROM telex_meta WHERE key = 'schema_version'").fetchone()
        if found and int(found[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer telex (schema {found[0]}); upgrade telex")
        for table, columns in TABLES.items():
            body = ", ".join(f'"{name}" {kind}' for name, kind in columns.items())
            key = ", PRIMARY KEY (id)" if table == "articles" else ""
            self.con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body}{key})")
        self.con.execute(
            "INSERT OR REPLACE INTO telex_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
        )

    def write(self, analyses: Sequence[Analysis]) -> int:
        """Replace the stored rows of these articles with theirs, in one transaction; return how many."""
        if not analyses:
            return 0
        latest = {a.id: a for a in analyses}  # the last of repeated ids within a batch wins
        tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        for analysis in latest.values():
            for name, rows in rows_for(analysis).items():
                tables[name].extend(rows)
        ids = list(latest)
        with tempfile.TemporaryDirectory(prefix="telex-") as folder:
            self.con.execute("BEGIN TRANSACTION")
            try:
                # Only articles stored before have rows to replace; looking them up by the primary key keeps
                # a first ingest from scanning the growing child tables once per batch.
                stored = [
                    row[0]
                    for row in self.con.execute(
                        "SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]
                    ).fetchall()
                ]
                for name, columns in TABLES.items():
                    key = "id" if name == "articles" else "article_id"
                    if stored:
                        self.con.execute(f"DELETE FROM {name} WHERE {key} IN (SELECT unnest(?))", [stored])
                    if tables[name]:
                        self._load(name, columns, tables[name], Path(folder))
                self.con.execute("COMMIT")
            except duckdb.Error as exc:
                self.con.execute("ROLLBACK")
                raise StoreError(f"cannot write to {self.path}: {exc}") from exc
        return len(ids)

    def _load(self, name: str, columns: dict[str, str], rows: Iterable[dict[str, Any]], folder: Path) -> None:
        path = folder / f"{name}.jsonl"
        longest = 0
        with path.open("wb") as handle:
            for row in rows:
                line = json.dumps(row, ensure_ascii=False).encode() + b"\n"
                longest = max(longest, len(line))
                handle.write(line)
        spec = ", ".join(f"'{c}': '{t}'" for c, t in columns.items())
        names = ", ".join(f'"{c}"' for c in columns)
        # DuckDB allocates read buffers of twice this size: just enough for the longest row, not a fixed 256 MB.
        object_size = max(_MIN_OBJECT_SIZE, longest)
        limit = WRITER_MEMORY_MB + _MEMORY_PER_ROW_MB * -(-longest // _MIN_OBJECT_SIZE)
        self.con.execute(f"SET memory_limit = '{limit}MB'")
        self.con.execute(
            f"INSERT INTO {name} ({names}) SELECT {names} FROM read_json(?, format='newline_delimited', "
            f"columns={{{spec}}}, maximum_object_size={object_size})",
            [os.fspath(path)],
        )

    def analysis(self, article_id: str) -> dict[str, Any] | None:
        """The stored analysis of one article as its JSON dict, or ``None``."""
        row = self.con.execute("SELECT analysis FROM articles WHERE id = ?", [article_id]).fetchone()
        return json.loads(row[0]) if row else None

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {name: int(self.con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]) for name in TABLES}  # type: ignore[index]
