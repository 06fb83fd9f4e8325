"""A corpus as a Parquet dataset: the store's tables as folders of files, partitioned by publication month.

    DIR/articles/published_month=2024-06/part-<run>-w000003.parquet   (the columns of TABLES["articles"])
    DIR/entities/…   DIR/quotes/…   DIR/events/…                       (the same part names, same months)
    DIR/articles/published_month=unknown/…                             (articles with no publication date)
    DIR/event_groups/published_month=…/part-<run>-0.parquet            (article_id, id, event_group)
    DIR/actor_ids/published_month=…/part-<run>-0.parquet               (article_id, id, actor_id, actor_name)

Dask workers (or the ingest client, for wire copies) write one part per partition of articles: a file per
table and month, each moved into place whole, under a name fixed by the run and the partition, so a
partition computed twice (its worker died) replaces its files and never doubles a row. The columns that
span articles (``events.event_group``, ``entities.actor_id`` / ``actor_name``) are left NULL in those files:
the last step of a run recomputes them over the whole dataset with the DuckDB store's own pass
(``link_corpus``) and writes them as the two small tables ``event_groups`` and ``actor_ids``, instead of
rewriting every events and entities file. The same step removes the older rows of articles the run
ingested again, so an id is stored once.

``connect_dataset`` opens an in-memory DuckDB connection whose views ``articles``, ``entities``, ``quotes``
and ``events`` have exactly the store's columns (the corpus columns joined in), so every ``Corpus`` query
runs on a dataset unchanged. A location is a folder or an fsspec URL (``s3://bucket/corpus``) that every
worker and the client reach.
"""

from __future__ import annotations

import json
import os
import uuid
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from itertools import count
from pathlib import Path
from typing import Any

import duckdb
import fsspec  # type: ignore[import-untyped]
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
from fsspec.implementations.local import LocalFileSystem  # type: ignore[import-untyped]

from telex.errors import StoreError
from telex.records import Analysis
from telex.store.arrow_rows import arrow_table
from telex.store.duckdb_store import TABLES, CorpusInfo, rows_for

MONTH = "published_month"
UNKNOWN_MONTH = "unknown"

# The columns computed over the whole corpus, each kept in a small table of its own keyed like its rows.
CORPUS_TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "event_groups": ("events", {"event_group": "BIGINT"}),
    "actor_ids": ("entities", {"actor_id": "VARCHAR", "actor_name": "VARCHAR"}),
}

# Rows a dataset's fingerprints are read by: a batch at a time, not a whole corpus of signatures in memory.
FINGERPRINT_BATCH = 10_000
# Children first: a reader that finds an article's row finds its entities, quotes and events too.
_WRITE_ORDER = ("entities", "quotes", "events", "articles")


def month_of(published: date | None) -> str:
    """The partition of an article: its publication month, ``2024-06``, or ``unknown``."""
    return f"{published:%Y-%m}" if published else UNKNOWN_MONTH


def write_part(
    location: str | Path, name: str, analyses: Sequence[Analysis], info: Mapping[str, CorpusInfo] | None = None
) -> None:
    """Write the rows of ``analyses`` as the part ``name``: one file per table and month; again replaces them."""
    fs, root = _filesystem(location)
    added = datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")
    months: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for analysis in analyses:
        for table, rows in rows_for(analysis, (info or {}).get(analysis.id), added).items():
            months[month_of(analysis.published)][table].extend(rows)
    try:
        for month, tables in months.items():
            for table in _WRITE_ORDER:
                if tables[table]:
                    _put(fs, f"{root}/{table}/{MONTH}={month}/{name}.parquet", _arrow(table, tables[table]))
    except OSError as exc:
        raise StoreError(f"cannot write the Parquet dataset at {location}: {exc}; check that it is writable") from exc


def discard_part(location: str | Path, name: str) -> None:
    """Remove every file of the part ``name`` (a partition that could not be finished)."""
    fs, root = _filesystem(location)
    for path in fs.glob(f"{root}/*/{MONTH}=*/{name}.parquet"):
        fs.rm(path)


def _arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    return arrow_table(TABLES[table], rows)


def _put(fs: fsspec.AbstractFileSystem, path: str, table: pa.Table) -> None:
    """Write ``table`` beside ``path`` and move it there, so that no reader ever sees half a file."""
    folder, name = path.rsplit("/", 1)
    fs.makedirs(folder, exist_ok=True)
    aside = f"{folder}/.{name}.{uuid.uuid4().hex}.tmp"  # not *.parquet: globs and Spark skip it
    with fs.open(aside, "wb") as handle:
        pq.write_table(table, handle)
    fs.mv(aside, path)


def _filesystem(location: str | Path) -> tuple[fsspec.AbstractFileSystem, str]:
    fs, root = fsspec.core.url_to_fs(os.fspath(location))
    return fs, root.rstrip("/")


# -- reading -------------------------------------------------------------------------------------------


def _quoted(column: str) -> str:
    """A column's name as SQL names it whatever the word (``class``, ``end``)."""
    return f'"{column}"'


def connect_dataset(location: str | Path, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the store's tables as views over the dataset at ``location``."""
    if not read_only:
        raise StoreError(
            f"{location} is a folder, read as a Parquet dataset; `--db` names a .duckdb file to write, "
            "and `telex ingest --out DIR` writes a dataset"
        )
    dataset = Dataset(location)
    if not dataset.fs.isdir(f"{dataset.root}/articles"):
        raise StoreError(
            f"{location} holds no telex dataset (no articles folder); write one with "
            f"`telex ingest SOURCE --out {location}`"
        )
    return dataset.connect()


class Dataset:
    """A Parquet dataset, and the target of ingest run ``run``: what planning reads, the writes, the last pass.

    Its methods are those of ``Store`` that an ingest uses; a location that does not exist yet is an empty
    dataset.
    """

    def __init__(self, location: str | Path, run: str | None = None) -> None:
        self.fs, self.root = _filesystem(location)
        local = isinstance(self.fs, LocalFileSystem)
        # What workers on other machines are given: a full path (their working folder is not ours) or the URL.
        self.location = self.root if local else self.fs.unstrip_protocol(self.root)
        self.run = run or f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        self._client_parts = count()

    def part(self, partition: str) -> str:
        """The name of the part a Dask worker writes for ``partition`` of this run."""
        return f"part-{self.run}-w{partition}"

    def connect(self) -> duckdb.DuckDBPyConnection:
        """A fresh in-memory connection with the views; a table with no file yet is an empty view until the next."""
        con = self._raw()
        for table, columns in TABLES.items():
            relation = self._scan(table)
            for corpus_table, (parent, computed) in CORPUS_TABLES.items():
                if parent == table and self._files(corpus_table):
                    joined = ", ".join(f"c.{column} AS {column}" for column in computed)
                    relation = (
                        f"(SELECT t.* REPLACE ({joined}) FROM {relation} t LEFT JOIN {self._scan(corpus_table)} c "
                        "ON c.article_id = t.article_id AND c.id = t.id)"
                    )
            names = ", ".join(f'"{column}"' for column in columns)
            con.execute(f"CREATE VIEW {table} AS SELECT {names} FROM {relation}")
        return con

    def _raw(self) -> duckdb.DuckDBPyConnection:
        con = duckdb.connect()
        if not isinstance(self.fs, LocalFileSystem):
            con.register_filesystem(self.fs)
        return con

    def _files(self, table: str) -> bool:
        return bool(self.fs.glob(f"{self.root}/{table}/{MONTH}=*/*.parquet"))

    def _glob(self, table: str) -> str:
        return f"{self.location}/{table}/**/*.parquet".replace("'", "''")

    def _scan(self, table: str) -> str:
        """A relation with the table's columns, typed as in the store, and its month; empty without files."""
        columns = TABLES.get(table) or {"article_id": "VARCHAR", "id": "VARCHAR", **CORPUS_TABLES[table][1]}
        if not self._files(table):
            empty = ", ".join(f'CAST(NULL AS {kind}) AS "{c}"' for c, kind in columns.items())
            return f"(SELECT {empty}, NULL::VARCHAR AS {MONTH}, NULL::VARCHAR AS filename WHERE false)"
        files = (f"read_parquet('{self._glob(table)}', hive_partitioning=true, union_by_name=true, filename=true, "
                 f"hive_types={{'{MONTH}': VARCHAR}})")
        # A column no part has (``quotes.headline`` in a dataset written before schema 7) is null, as a store of an
        # older schema is read.
        present = {row[0] for row in self._raw().execute(f"DESCRIBE SELECT * FROM {files}").fetchall()}
        typed = ", ".join(f'CAST({_quoted(c) if c in present else "NULL"} AS {kind}) AS "{c}"'
                          for c, kind in columns.items())
        return f"(SELECT {typed}, {MONTH}, filename FROM {files})"

    # -- what an ingest reads -------------------------------------------------------------------------------

    def fingerprints(self) -> Iterator[tuple[str, str, str, bytes | None]]:
        """``(id, cluster, content_hash, signature)`` of every article there, for the duplicate index, read in
        batches on a connection of its own. Left half-read (an ingest plan that failed), the rest is still read
        before the connection is closed, for the reason ``_rows`` gives."""
        con = self.connect()
        try:
            cursor = con.execute("SELECT id, cluster, content_hash, signature FROM articles")
            while batch := cursor.fetchmany(FINGERPRINT_BATCH):
                try:
                    yield from batch
                except GeneratorExit:
                    while cursor.fetchmany(FINGERPRINT_BATCH):
                        pass
                    raise
        finally:
            con.close()

    def analysis(self, article_id: str) -> dict[str, Any] | None:
        """The stored analysis of one article as its JSON dict, or ``None``."""
        rows = self._rows("SELECT analysis FROM articles WHERE id = ? LIMIT 1", [article_id])
        return json.loads(rows[0][0]) if rows else None

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        union = " UNION ALL ".join(f"SELECT '{name}', count(*) FROM {name}" for name in TABLES)
        found = dict(self._rows(union))
        return {name: int(found[name]) for name in TABLES}  # in the tables' order, as the store gives them

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        """Every row of ``sql`` on a fresh connection, read to the end before the connection is closed. A result
        dropped half-read with its connection makes DuckDB cancel scans that may be waiting to call a Python
        filesystem (fsspec: ``memory://``, ``s3://``) while the dropping thread holds the interpreter lock they
        need: the unit suite once spun there for 36 CPU minutes."""
        con = self.connect()
        try:
            return con.execute(sql, params or []).fetchall()
        finally:
            con.close()

    # -- what an ingest writes ------------------------------------------------------------------------------

    def write(self, analyses: Sequence[Analysis], info: Mapping[str, CorpusInfo] | None = None) -> int:
        """Write analyses settled by the ingest client itself (wire copies reusing their original's analysis)."""
        if analyses:
            write_part(self.location, f"part-{self.run}-c{next(self._client_parts):06d}", analyses, info)
        return len(analyses)

    def release(self) -> None:
        """Nothing to release: every write is a file of its own."""

    def close(self) -> None:
        """Nothing to close: connections are opened per query."""

    def finish(self) -> None:
        """The run's last step: drop the older rows of articles written again, then the corpus columns."""
        try:
            self._drop_replaced()
            self._link()
        except (OSError, duckdb.Error) as exc:
            raise StoreError(f"cannot finish the Parquet dataset at {self.location}: {exc}") from exc

    def _drop_replaced(self) -> None:
        """Rewrite the files of earlier runs that hold an article this run wrote again, without it."""
        if not self._files("articles"):
            return
        con = self._raw()
        mine = f"/part-{self.run}-"
        con.execute(
            f"CREATE TABLE fresh AS SELECT id FROM {self._scan('articles')} WHERE contains(filename, ?)", [mine]
        )
        stale = con.execute(
            f"SELECT DISTINCT filename FROM {self._scan('articles')} "
            "WHERE NOT contains(filename, ?) AND id IN (SELECT id FROM fresh)",
            [mine],
        ).fetchall()
        for (filename,) in stale:
            folder, name = filename.rsplit("/", 1)
            month = folder.rsplit("/", 1)[1]
            for table in TABLES:
                path = f"{self.root}/{table}/{month}/{name}"
                if not self.fs.exists(path):
                    continue
                key = "id" if table == "articles" else "article_id"
                with self.fs.open(path, "rb") as handle:
                    rows = pq.read_table(handle)
                con.register("telex_part", rows)
                kept = con.execute(
                    f"SELECT * FROM telex_part WHERE {key} NOT IN (SELECT id FROM fresh)"
                ).to_arrow_table()
                con.unregister("telex_part")
                if kept.num_rows:
                    _put(self.fs, path, kept.cast(rows.schema))
                else:
                    self.fs.rm(path)

    def _link(self) -> None:
        """Event groups and corpus actor ids over the whole dataset, by the DuckDB store's own pass."""
        from telex.store.corpus_pass import link_corpus

        con = self._raw()
        con.execute(f"CREATE TABLE months AS SELECT id, cluster, {MONTH} FROM {self._scan('articles')}")
        # link_corpus reads and updates tables named as the store's: give it the columns it uses.
        con.execute("CREATE TABLE articles AS SELECT id, cluster FROM months")
        con.execute(
            "CREATE TABLE events AS SELECT article_id, id, cameo, source_codes, target_codes, date, evidence, "
            "trigger, source_entities, target_entities, CAST(NULL AS BIGINT) AS event_group "
            f"FROM {self._scan('events')}"
        )
        con.execute(
            "CREATE TABLE entities AS SELECT article_id, id, name, type, code, country, sector, affiliation, "
            f"CAST(NULL AS VARCHAR) AS actor_id, CAST(NULL AS VARCHAR) AS actor_name FROM {self._scan('entities')}"
        )
        link_corpus(con)
        for table, (parent, computed) in CORPUS_TABLES.items():
            columns = ", ".join(f"t.{column}" for column in computed)
            rows = con.execute(
                f"SELECT t.article_id, t.id, {columns}, m.{MONTH} FROM {parent} t JOIN months m ON m.id = t.article_id"
            ).to_arrow_table()
            self._replace_table(table, rows)

    def _replace_table(self, table: str, rows: pa.Table) -> None:
        """Write ``table`` anew beside the old one, then swap them."""
        final = f"{self.root}/{table}"
        fresh = f"{self.root}/.{table}-{self.run}"
        if rows.num_rows:
            ds.write_dataset(
                rows,
                fresh,
                format="parquet",
                filesystem=None if isinstance(self.fs, LocalFileSystem) else self.fs,
                partitioning=ds.partitioning(pa.schema([(MONTH, pa.string())]), flavor="hive"),
                basename_template=f"part-{self.run}-{{i}}.parquet",
                existing_data_behavior="delete_matching",
            )
        if self.fs.exists(final):
            self.fs.rm(final, recursive=True)
        if rows.num_rows:
            self.fs.mv(fresh, final, recursive=True)
