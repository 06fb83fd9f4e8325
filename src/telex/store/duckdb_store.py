"""The embedded article store: DuckDB tables written in bulk, idempotent by article id.

Each batch of analyses is loaded as Arrow tables with one ``INSERT … SELECT`` per table inside one transaction,
after deleting the batch's ids:
re-ingesting an article replaces it and never duplicates it. ``finish()`` then computes what spans
articles (corpus-wide actor ids, events counted once); the full-text index is built by the first search after a
write (``index_text``). The schema is documented
in ``docs/store.md``; ``SCHEMA_VERSION`` and ``MIGRATIONS`` keep older files readable.

DuckDB lets one process write a file or several read it. A writer holds the file only while it writes
a batch, so reads (``telex show``, ``telex dyad`` …) get in between batches; whoever finds the file
held waits up to ``LOCK_WAIT_SECONDS``, saying so, and then stops with a clear message.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePath
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit

import duckdb

from telex.corpus.fingerprint import content_hash
from telex.errors import StoreCorrupt, StoreError, StoreLocked, StoreMissing, store_error
from telex.output.evidence import evidence, sentence_breaks
from telex.records import Analysis
from telex.store import read_tables

SCHEMA_VERSION = 7

# DuckDB keeps table data it wrote in memory up to its limit (80% of RAM by default): a writer caps it so
# that ingesting a corpus of any size runs in the same memory; data beyond the cap stays on disk. Loading
# a row needs about eight times its size on top, so the cap grows for a batch holding a huge article.
WRITER_MEMORY_MB = 96
_MEMORY_PER_ROW_MB = 8
_ROW_MB = 1 << 20
# The corpus pass reads every row at once (its Python side holds them all): DuckDB gets a quarter of the
# machine's memory for it, and spills to disk beyond that, instead of the batch writer's cap.
PASS_MEMORY_SHARE = 4

LOCK_WAIT_SECONDS = 60.0

# Closing the file checkpoints it, and DuckDB's checkpoint writes the whole primary-key index of `articles` again
# (duckdb#24848): its cost grows with the store (0.1 s at 800 articles, 0.37 s at 4,900). Between batches a writer
# keeps the file until it has held it for HOLD_FACTOR times what its last close took, within these bounds, so that
# checkpoints stay a small share of its time and a reader (which waits up to LOCK_WAIT_SECONDS) still gets in.
HOLD_FACTOR = 10
HOLD_MIN_SECONDS = 1.0
HOLD_MAX_SECONDS = 30.0
# DuckDB also checkpoints on its own once the log passes 16 MB (five batches of news): a writer leaves that to
# its closes.
_WRITER_CHECKPOINT_THRESHOLD = "1GB"
_clock = time.monotonic

# Columns of each table in order, with DuckDB types; `article_id` ties rows to their article.
TABLES: dict[str, dict[str, str]] = {
    "articles": {
        "id": "VARCHAR", "title": "VARCHAR", "published": "DATE", "language": "VARCHAR",
        "source_chain": "VARCHAR[]", "warnings": "VARCHAR[]", "text": "VARCHAR", "analysis": "JSON",
        "url": "VARCHAR", "author": "VARCHAR", "outlet": "VARCHAR", "content_hash": "VARCHAR",
        "cluster": "VARCHAR", "added": "TIMESTAMP", "signature": "BLOB",
    },
    "entities": {
        "article_id": "VARCHAR", "id": "VARCHAR", "name": "VARCHAR", "type": "VARCHAR", "code": "VARCHAR",
        "country": "VARCHAR", "sector": "VARCHAR", "affiliation": "VARCHAR", "mentions": "INTEGER",
        "actor_id": "VARCHAR", "actor_name": "VARCHAR",
    },
    "quotes": {
        "article_id": "VARCHAR", "id": "VARCHAR", "kind": "VARCHAR", "text": "VARCHAR", "start": "INTEGER",
        "end": "INTEGER", "cue": "VARCHAR", "speaker": "VARCHAR", "entity_id": "VARCHAR",
        "affiliation": "VARCHAR", "country": "VARCHAR", "via": "VARCHAR[]", "sentence": "INTEGER",
        "class": "VARCHAR", "continues": "VARCHAR", "headline": "BOOLEAN",
    },
    "events": {
        "article_id": "VARCHAR", "id": "VARCHAR", "date": "VARCHAR", "cameo": "VARCHAR", "cameo_root": "VARCHAR",
        "plover": "VARCHAR", "plover_mode": "VARCHAR", "quad_class": "INTEGER", "goldstein": "DOUBLE",
        "source_codes": "VARCHAR[]", "source_names": "VARCHAR[]", "target_codes": "VARCHAR[]",
        "target_names": "VARCHAR[]", "modality": "VARCHAR", "reported_by": "VARCHAR", "trigger": "VARCHAR",
        "sentence": "INTEGER", "confidence": "DOUBLE", "mentions": "INTEGER",
        "source_countries": "VARCHAR[]", "source_sectors": "VARCHAR[]", "target_countries": "VARCHAR[]",
        "target_sectors": "VARCHAR[]", "source_entities": "VARCHAR[]", "target_entities": "VARCHAR[]",
        "evidence": "VARCHAR", "event_group": "BIGINT", "date_source": "VARCHAR",
    },
}  # fmt: skip

# Columns computed over the whole corpus by `finish()`, never loaded from a batch.
_CORPUS_COLUMNS = {"entities": ("actor_id", "actor_name"), "events": ("event_group",)}

# Schema version -> the statements that bring a file of the version before up to it.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    2: (
        *(
            f'ALTER TABLE {table} ADD COLUMN IF NOT EXISTS "{column}" {kind}'
            for table, columns in {
                "articles": ("url", "author", "outlet", "content_hash", "cluster", "added", "signature"),
                "entities": ("actor_id", "actor_name"),
                "events": ("source_countries", "source_sectors", "target_countries", "target_sectors",
                           "source_entities", "target_entities", "evidence", "event_group"),
            }.items()
            for column in columns
            for kind in [TABLES[table][column]]
        ),
        "UPDATE articles SET content_hash = sha256(text), cluster = id, url = analysis->>'url', "
        "author = analysis->>'author', outlet = source_chain[-1] WHERE content_hash IS NULL",
    ),
    3: (
        'ALTER TABLE quotes ADD COLUMN IF NOT EXISTS "class" VARCHAR',
        'ALTER TABLE quotes ADD COLUMN IF NOT EXISTS "continues" VARCHAR',
        'ALTER TABLE events ADD COLUMN IF NOT EXISTS "date_source" VARCHAR',
    ),
    # The tables kept for reading (``telex.store.read_tables``), written by ``finish()``: a telex that predates
    # them would write rows without dropping them, so such a telex must refuse the file.
    4: (),
    # A write sets the read tables aside and marks what it changes, and the corpus pass recomputes only that: a telex
    # that predates the marks would write rows without marking them, so such a telex must refuse the file.
    5: (),
    # ``spoken_quotes`` gives each quote's ``class``, ``continues`` and ``quoted_as``, and it and ``listed_articles``
    # the quote scheme of the article: the next write finds them outdated (``read_tables.outdated``) and the corpus
    # pass writes them whole; readers meanwhile compute their rows. A telex older than this one would keep them.
    6: (),
    # ``quotes.headline``: whether the quote stands in the headline (kept by the attribution scheme), read from each
    # stored analysis (false for an analysis made before telex marked it, as ``Quote.from_dict`` reads one);
    # ``spoken_quotes`` then lacks the column and the next corpus pass writes it whole.
    7: (
        'ALTER TABLE quotes ADD COLUMN IF NOT EXISTS "headline" BOOLEAN',
        "UPDATE quotes SET headline = h.headline FROM ("
        "  SELECT a.id AS article_id, q ->> 'id' AS id, coalesce(CAST(q ->> 'headline' AS BOOLEAN), false) AS headline"
        "  FROM articles a, unnest(CAST(json_extract(a.analysis, '$.quotes') AS JSON[])) AS t(q)"
        ") h WHERE quotes.article_id = h.article_id AND quotes.id = h.id",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class CorpusInfo:
    """What ingest knows of an article beyond its analysis: its near-duplicate cluster and fingerprint, and the quote
    scheme it was analysed with (kept in the stored analysis as ``quote_scheme``)."""

    cluster: str
    content_hash: str
    signature: bytes | None = None
    quote_scheme: str | None = None


def outlet_of(analysis: Analysis) -> str | None:
    """The outlet that published the article: the end of its outlet chain, else its URL's host."""
    if analysis.source_chain:
        return analysis.source_chain[-1]
    if analysis.url:
        host = urlsplit(analysis.url).hostname
        return host.removeprefix("www.") if host else None
    return None


def rows_for(
    analysis: Analysis, info: CorpusInfo | None = None, added: str | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The rows one analysis contributes to each table."""
    record = analysis.to_dict()
    article_id = analysis.id
    info = info or CorpusInfo(cluster=article_id, content_hash=content_hash(analysis.text))
    if info.quote_scheme is not None:
        record["quote_scheme"] = info.quote_scheme
    text = analysis.text
    breaks = sentence_breaks(text) if record["events"] else None
    rows: dict[str, list[dict[str, Any]]] = {
        "articles": [
            {
                "id": article_id, "title": analysis.title, "published": record["published"],
                "language": analysis.language, "source_chain": list(analysis.source_chain),
                "warnings": list(analysis.warnings), "text": text, "analysis": record,
                "url": analysis.url, "author": analysis.author, "outlet": outlet_of(analysis),
                "content_hash": info.content_hash, "cluster": info.cluster, "added": added,
                "signature": info.signature.hex() if info.signature else None,
            }
        ],
        "entities": [
            {**{k: e[k] for k in ("id", "name", "type", "code", "country", "sector", "affiliation")},
             "article_id": article_id, "mentions": len(e["mentions"])}
            for e in record["entities"]
        ],
        "quotes": [
            {**{k: q.get(k) for k in ("id", "kind", "text", "start", "end", "cue", "via", "sentence", "class",
                                      "continues", "headline")},
             "article_id": article_id,
             "speaker": (q["speaker"] or {}).get("name") or (q["speaker"] or {}).get("text"),
             "entity_id": (q["speaker"] or {}).get("entity_id"),
             "affiliation": (q["speaker"] or {}).get("affiliation"),
             "country": (q["speaker"] or {}).get("country")}
            for q in record["quotes"]
        ],
        "events": [
            {**{k: v.get(k) for k in ("id", "date", "date_source", "cameo", "cameo_root", "plover", "plover_mode",
                                      "quad_class",
                                  "goldstein", "modality", "reported_by", "sentence", "confidence", "mentions")},
             "article_id": article_id,
             **{f"{side}_{plural}": [a[field] for a in v[side]]
                for side in ("source", "target")
                for field, plural in (("code", "codes"), ("name", "names"), ("country", "countries"),
                                      ("sector", "sectors"), ("entity_id", "entities"))},
             "trigger": v["trigger"]["text"],
             "evidence": evidence(text, v["trigger"]["start"], v["trigger"]["end"], breaks)}
            for v in record["events"]
        ],
    }  # fmt: skip
    return rows


# The bytes a DuckDB database file carries after its 8-byte header checksum.
_DUCKDB_MAGIC = b"DUCK"


def _duckdb_file_or_none(path: Path) -> bool:
    """False when ``path`` holds something other than a DuckDB database. DuckDB itself would open a JSON, CSV or
    Parquet file as an in-memory database over it: what telex wrote there would be lost, what it reads missing."""
    try:
        with path.open("rb") as file:
            head = file.read(12)
    except OSError:  # no file yet (DuckDB creates it), or one DuckDB will name the trouble with
        return True
    return not head or head[8:12] == _DUCKDB_MAGIC  # a few bytes ("id,x\n") are no database either


def _pass_memory_mb() -> int:
    """DuckDB's memory for the corpus pass: a share of the machine's memory, never less than a writer's cap."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):  # no sysconf (Windows) or no such name
        return WRITER_MEMORY_MB * 4
    return max(WRITER_MEMORY_MB, total // PASS_MEMORY_SHARE // (1 << 20))


# DuckDB's full-text index cannot be updated, only rebuilt over every article (the largest part of the corpus pass
# at a few thousand articles, and growing with the store): a write drops it, and the first search after builds it.
TEXT_INDEX = "fts_main_articles"


def forget_text_index(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the full-text index: the articles it was built from are changing (inside the writer's transaction)."""
    con.execute(f"DROP SCHEMA IF EXISTS {TEXT_INDEX} CASCADE")


def fts_extension() -> str | None:
    """The path of the bundled DuckDB full-text-search extension, or ``None`` when it is not installed."""
    try:
        import duckdb_extension_fts
    except ImportError:
        return None
    found = glob.glob(
        os.path.join(os.path.dirname(duckdb_extension_fts.__file__), "extensions", "**", "fts.duckdb_extension"),
        recursive=True,
    )
    return found[0] if found else None


def _read_older_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Let a reader query a file of an older schema as if it were current, without changing the file:
    a temporary view per table adds the columns it lacks, as NULL (a writer migrates the file itself)."""
    database = con.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
    present: dict[str, set[str]] = {}
    for table, column in con.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'"
    ).fetchall():
        present.setdefault(table, set()).add(column)
    for table, columns in TABLES.items():
        if table not in present:
            continue
        missing = [(name, kind) for name, kind in columns.items() if name not in present[table]]
        if missing:
            added = ", ".join(f'CAST(NULL AS {kind}) AS "{name}"' for name, kind in missing)
            con.execute(f'CREATE TEMP VIEW {table} AS SELECT *, {added} FROM "{database}".main.{table}')
    _read_older_tables(con, present)


def _read_older_tables(con: duckdb.DuckDBPyConnection, present: dict[str, set[str]]) -> None:
    """A read table kept by an older telex that lacks columns readers now select (``spoken_quotes`` before schema 6
    had no ``class``) is read through its query instead, a temporary view over the stored rows."""
    for name in read_tables.outdated(present):
        con.execute(f"CREATE TEMP VIEW {name} AS {read_tables.TABLES[name][0]}")


def _caller_outside_telex() -> int:
    """The ``stacklevel`` that points a warning at the first line outside telex (a user's ``telex.open(...)``), seen
    from the function that warns."""
    package = str(Path(__file__).parents[1])
    frame, level = sys._getframe(1), 1
    while frame.f_back is not None and frame.f_code.co_filename.startswith(package):
        frame, level = frame.f_back, level + 1
    return level


def _holder(locked: BaseException) -> str:
    """ ", process 123 (python3.11)": who holds the file, as DuckDB's lock error names it; "" when it does not."""
    found = re.search(r"lock is held in (.+?) \(PID (\d+)\)", str(locked))
    return f", process {found.group(2)} ({PurePath(found.group(1)).name})" if found else ""


class ClosedOnExit:
    """What a ``with`` block closes when it ends, however it ends: a store, a corpus."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


class Store(ClosedOnExit):
    """An open telex database; use as a context manager.

    ``notify`` is called with a message when the store creates the folders of a new database, and once when the
    file is held by another process and the store waits for it.
    """

    def __init__(
        self,
        path: str | Path,
        read_only: bool = False,
        wait: float = LOCK_WAIT_SECONDS,
        notify: Callable[[str], None] | None = None,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.wait = wait
        self.notify = notify
        if read_only and not self.path.exists():
            # A name of no suffix (`--db dataset/`) may be meant for the Parquet dataset `ingest --out` writes.
            dataset = "" if self.path.suffix else f", or a Parquet dataset with `telex ingest SOURCE --out {self.path}`"
            raise StoreMissing(
                f"no database at {self.path}; create one with `telex ingest SOURCE --db {self.path}`{dataset}"
            )
        if not read_only:
            self._create_folder()
        self.con: duckdb.DuckDBPyConnection | None = None
        self._told_newer = False
        self._taken = self._paused = -HOLD_MAX_SECONDS
        self._hold = HOLD_MIN_SECONDS
        self.con = self._connect()
        if not read_only:
            self._migrate()
            self.release()
        self._fts_loaded = False
        self._tables: set[str] | None = None

    def _create_folder(self) -> None:
        """Create the folders a new database needs, as `ingest --out` does for a dataset, saying which."""
        from telex.output.folders import create_folder_of

        try:
            create_folder_of(self.path, self.notify, " for the database")
        except OSError as exc:
            raise store_error(f"cannot create the folder {self.path.parent} for database {self.path}", exc) from exc

    # -- connection ---------------------------------------------------------------------------------

    def _connect(self) -> duckdb.DuckDBPyConnection:
        # DuckDB imports pandas at its first query with parameters and takes any error of that import for "no
        # pandas": a Ctrl-C then was dropped, and the run went on to its end. Imported here, a Ctrl-C stops the run.
        import pandas  # noqa: F401

        if self.path.is_dir():  # a Parquet dataset (`telex ingest --out`), read through views of these tables
            from telex.store.parquet import connect_dataset

            return connect_dataset(self.path, self.read_only)
        if not _duckdb_file_or_none(self.path):
            raise StoreCorrupt(
                f"cannot open database {self.path}: the file is damaged or not a telex database (it is no DuckDB "
                "file: an input file given as --db?); give --db a .duckdb file, new or written by `telex ingest`"
            )
        deadline = time.monotonic() + self.wait
        told = False
        while True:
            try:
                con = duckdb.connect(str(self.path), read_only=self.read_only)
                break
            except duckdb.Error as exc:
                error = store_error(f"cannot open database {self.path}", exc)
                if not isinstance(error, StoreLocked):
                    raise error from exc
                if time.monotonic() >= deadline:
                    raise StoreLocked(
                        f"{self.path} is in use by another process{_holder(exc)}: an ingest still writing, a "
                        "telex serve, or a Python session holding it open (telex.open: call close() there, or use "
                        f"it in a with block); waited {self.wait:.0f} s. Try again when it has let the file go."
                    ) from exc
                if not told and self.notify:
                    self.notify(f"{self.path} is held by another process{_holder(exc)}; waiting for it…")
                    told = True
                time.sleep(0.2)
        con.execute("SET enable_progress_bar = false")  # telex reports its own progress; DuckDB's would mix in
        if not self.read_only:
            con.execute(f"SET memory_limit = '{WRITER_MEMORY_MB}MB'")
            con.execute(f"SET checkpoint_threshold = '{_WRITER_CHECKPOINT_THRESHOLD}'")
        else:
            _read_older_schema(con)
            self._tell_if_newer(con)
        return con

    def _tell_if_newer(self, con: duckdb.DuckDBPyConnection) -> None:
        """Say once that a file written by a newer telex is read as far as this one knows its tables: a writer
        refuses such a file, and a reader went on without a word, its columns perhaps renamed or new."""
        if self._told_newer or "telex_meta" not in {row[0] for row in con.execute("SHOW TABLES").fetchall()}:
            return
        found = con.execute("SELECT value FROM telex_meta WHERE key = 'schema_version'").fetchone()
        if found is None or not str(found[0]).isdigit() or int(found[0]) <= SCHEMA_VERSION:
            return
        self._told_newer = True
        message = (
            f"{self.path} was written by a newer telex (schema {found[0]}, this telex reads {SCHEMA_VERSION}): "
            "what it added is not read; upgrade telex to read all of it"
        )
        if self.notify:
            self.notify(message)
        else:
            warnings.warn(message, stacklevel=_caller_outside_telex())

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The open connection, reopened if a writer released it between batches."""
        if self.con is None:
            self.con = self._connect()
            self._taken = _clock()
            self._fts_loaded = False
            self._tables = None
        return self.con

    def has_table(self, name: str) -> bool:
        """Whether this connection sees the table ``name`` (asked once per connection: it sees one state)."""
        con = self.connection
        if self._tables is None:
            self._tables = {
                row[0]
                for row in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall()
            }
        return name in self._tables

    def release(self) -> None:
        """Let other processes use the file until this store is used again (a writer between batches)."""
        # Forgotten before it is closed: a Ctrl-C that lands as the close returns must not leave a closed
        # connection behind for the clean-up on the way out to use ("Connection already closed", exit 5).
        con, self.con = self.con, None
        if con is not None:
            # A query that a Ctrl-C stopped goes on in DuckDB's other threads until their task ends, and closing
            # waited for them (20 to 60 s after a Ctrl-C in a long query); idle, the interrupt is a no-op.
            con.interrupt()
            started = _clock()
            con.close()
            if not self.read_only:
                self._hold = min(HOLD_MAX_SECONDS, max(HOLD_MIN_SECONDS, HOLD_FACTOR * (_clock() - started)))

    def pause(self) -> None:
        """Between a writer's batches: let other processes use the file, as after every batch, unless batches come
        sooner than ``HOLD_FACTOR`` times the last close took; then they are written through one connection (and
        checkpointed once) until it has been held that long."""
        now = _clock()
        soon, self._paused = now - self._paused < self._hold, now
        if self.con is not None and (not soon or now - self._taken >= self._hold):
            self.release()

    def close(self) -> None:
        self.release()

    # -- schema -------------------------------------------------------------------------------------

    def _migrate(self) -> None:
        con = self.connection
        con.execute("CREATE TABLE IF NOT EXISTS telex_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        found = con.execute("SELECT value FROM telex_meta WHERE key = 'schema_version'").fetchone()
        version = int(found[0]) if found else None
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer telex (schema {found[0]}); upgrade telex")  # type: ignore[index]
        con.execute("BEGIN TRANSACTION")
        try:
            for table, columns in TABLES.items():
                body = ", ".join(f'"{name}" {kind}' for name, kind in columns.items())
                key = ", PRIMARY KEY (id)" if table == "articles" else ""
                con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body}{key})")
            if version is not None:
                for step in range(version + 1, SCHEMA_VERSION + 1):
                    for statement in MIGRATIONS[step]:
                        con.execute(statement)
            con.execute("INSERT OR REPLACE INTO telex_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            con.execute("COMMIT")
        except (duckdb.Error, OSError) as exc:
            self._rollback()
            raise store_error(f"cannot prepare {self.path}", exc) from exc

    def _rollback(self) -> None:
        # A failed commit may have ended the transaction already: the error that caused it is the one to report.
        with contextlib.suppress(duckdb.Error):
            self.connection.execute("ROLLBACK")

    # -- writing ------------------------------------------------------------------------------------

    def write(self, analyses: Sequence[Analysis], info: Mapping[str, CorpusInfo] | None = None) -> int:
        """Replace the stored rows of these articles with theirs, in one transaction; return how many."""
        if not analyses:
            return 0
        latest = {a.id: a for a in analyses}  # the last of repeated ids within a batch wins
        added = datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")
        tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        for analysis in latest.values():
            for name, rows in rows_for(analysis, (info or {}).get(analysis.id), added).items():
                tables[name].extend(rows)
        ids = list(latest)
        con = self.connection
        # Imported by the writer alone: readers never load a batch. DuckDB imports pyarrow.dataset at the first
        # register of an Arrow table (0.1 to 0.2 s) and takes any error of that import for "no pyarrow.dataset", as
        # it did pandas's: a Ctrl-C then was dropped, and the ingest went on to its end with status 0 (5 presses of
        # 25 during a first batch's write). Imported here, a Ctrl-C stops the run.
        import pyarrow.dataset  # noqa: F401
        from pyarrow import ArrowException

        con.execute("BEGIN TRANSACTION")
        try:
            # Only articles stored before have rows to replace; looking them up by the primary key keeps
            # a first ingest from scanning the growing child tables once per batch.
            stored = [
                row[0]
                for row in con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
            ]
            read_tables.set_aside(con, ids, stored)
            forget_text_index(con)
            self._tables = None
            for name, columns in TABLES.items():
                key = "id" if name == "articles" else "article_id"
                if stored:
                    con.execute(f"DELETE FROM {name} WHERE {key} IN (SELECT unnest(?))", [stored])
                if tables[name]:
                    loaded = {c: t for c, t in columns.items() if c not in _CORPUS_COLUMNS.get(name, ())}
                    self._load(name, loaded, tables[name])
            con.execute("COMMIT")
        except (duckdb.Error, OSError, ArrowException) as exc:  # Arrow: a value out of its column's range
            self._rollback()
            raise store_error(f"cannot write to {self.path}", exc) from exc
        return len(ids)

    def _load(self, name: str, columns: dict[str, str], rows: list[dict[str, Any]]) -> None:
        import pyarrow.compute as pc

        from telex.store.arrow_rows import arrow_table

        table = arrow_table(columns, rows)
        # DuckDB's json() writes the JSON text as its JSON reader did (yyjson: 1e-05 as 0.00001, \u001F): the
        # stored text stays byte for byte what the batches as JSON files gave.
        values = ", ".join(f'json("{c}")' if t == "JSON" else f'"{c}"' for c, t in columns.items())
        longest = max(
            (pc.max(pc.binary_length(table[c])).as_py() or 0 for c, t in columns.items() if t == "JSON"), default=0
        )
        con = self.connection
        # Parsing a JSON value needs about eight times its size: the cap grows for a batch holding a huge article.
        con.execute(f"SET memory_limit = '{WRITER_MEMORY_MB + _MEMORY_PER_ROW_MB * -(-longest // _ROW_MB)}MB'")
        con.register("telex_batch", table)
        try:
            names = ", ".join(f'"{c}"' for c in columns)
            con.execute(f"INSERT INTO {name} ({names}) SELECT {values} FROM telex_batch")
        finally:
            con.unregister("telex_batch")

    def finish(self) -> None:
        """Compute what spans articles: corpus actor ids, event groups, the read tables (not the full-text index:
        ``index_text``)."""
        from telex.store.corpus_pass import link_corpus

        con = self.connection
        con.execute(f"SET memory_limit = '{_pass_memory_mb()}MB'")
        con.execute("BEGIN TRANSACTION")
        try:
            link_corpus(con)
            read_tables.keep(con)
            self._tables = None
            con.execute("COMMIT")
        except (duckdb.Error, OSError) as exc:
            self._rollback()
            raise store_error(f"cannot update {self.path}", exc) from exc
        finally:
            with contextlib.suppress(duckdb.Error):
                con.execute(f"SET memory_limit = '{WRITER_MEMORY_MB}MB'")

    def index_text(self) -> None:
        """Build the full-text index over every stored article, unless it is there (no write since it was built)."""
        extension = fts_extension()
        if extension is None or self.load_fts():
            return
        con = self.connection
        try:
            # The index numbers its words in the order a DISTINCT returns them, which varies from run to run when
            # several threads compute it: one thread gives the same numbers every time.
            con.execute("SET threads = 1")
            con.execute("PRAGMA create_fts_index('articles', 'id', 'title', 'text', overwrite=1)")
        except (duckdb.Error, OSError) as exc:
            raise store_error(f"cannot build the full-text index of {self.path}", exc) from exc
        finally:
            with contextlib.suppress(duckdb.Error):
                con.execute("RESET threads")

    def load_fts(self) -> bool:
        """Load the full-text-search extension into this connection; whether the index can be queried."""
        con = self.connection
        if not self._fts_loaded:
            extension = fts_extension()
            if extension is None:
                return False
            con.execute(f"LOAD '{extension}'")
            self._fts_loaded = True
        found = con.execute("SELECT count(*) FROM duckdb_schemas() WHERE schema_name = ?", [TEXT_INDEX]).fetchone()
        return bool(found and found[0])

    # -- reading ------------------------------------------------------------------------------------

    def analysis(self, article_id: str) -> dict[str, Any] | None:
        """The stored analysis of one article as its JSON dict, or ``None``."""
        text = self.analysis_json(article_id)
        return json.loads(text) if text is not None else None

    def analysis_json(self, article_id: str) -> str | None:
        """The stored analysis of one article as JSON text, as stored, or ``None``."""
        row = self.connection.execute("SELECT analysis FROM articles WHERE id = ?", [article_id]).fetchone()
        return str(row[0]) if row else None

    def near_ids(self, article_id: str, limit: int = 5) -> list[str]:
        """Stored ids a mistyped or shortened ``article_id`` may mean, closest first: those holding it (any case),
        else those a few edits away. ``telex show summ`` for the article ``summit`` found "no article" and no more."""
        if not article_id.strip():  # every id holds "": none is nearer than another
            return []
        con = self.connection
        holding = con.execute(
            "SELECT id FROM articles WHERE contains(lower(id), lower(?)) "
            "ORDER BY NOT starts_with(lower(id), lower(?)), length(id), id LIMIT ?",
            [article_id, article_id, limit],
        ).fetchall()
        if holding:
            return [found for (found,) in holding]
        edits = max(1, len(article_id) // 4)  # "summti" is 1 edit from "summit" (a swap); a long id may hold more
        near = con.execute(
            "SELECT id FROM (SELECT id, damerau_levenshtein(lower(id), lower(?)) AS edits FROM articles) "
            "WHERE edits <= ? "
            "ORDER BY edits, id LIMIT ?",
            [article_id, edits, limit],
        ).fetchall()
        return [found for (found,) in near]

    def no_article(self, article_id: str, where: str) -> str:
        """What to tell a user who asked for an id no article has: the ids it may mean (``near_ids``), if any."""
        near = self.near_ids(article_id)
        hint = f"; the ids nearest it: {', '.join(map(repr, near))}" if near else ""
        return f"no article {article_id!r} in {where}{hint}"

    def fingerprints(self) -> Iterable[tuple[str, str, str, bytes | None]]:
        """``(id, cluster, content_hash, signature)`` of every stored article, for the duplicate index."""
        cursor = self.connection.execute("SELECT id, cluster, content_hash, signature FROM articles")
        while batch := cursor.fetchmany(10_000):
            yield from batch

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        con = self.connection
        return {name: int(con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]) for name in TABLES}  # type: ignore[index]
