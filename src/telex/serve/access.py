"""The server's hold on its store: read connections shared by request threads, and the file alone for a write.

DuckDB refuses a read-write connection in a process that still has a read-only one to the same file, and
connections opened before another process wrote do not see what it wrote. So:

- each request borrows a ``Corpus`` from a pool (opening one when every pooled one is busy) and gives it back;
- a write in this process waits until no request reads (readers arriving meanwhile wait behind it), releases the
  pooled connections, writes and finishes through a ``Store``, and readers reconnect on their next use;
- connections idle for ``IDLE_SECONDS`` are released, so that a ``telex ingest`` in another process gets the file
  while the server is quiet, and the server reads what it wrote afterwards.

Answers are kept (``answer``) for as long as the connections that computed them: a connection sees the file as it
was when it opened, so an answer is stale exactly when connections are released, and the kept answers go with them.
An answer is kept with its media type, under the key its request gives (``telex.serve.kept``: the path and query),
so that a request for it is answered before any route runs.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path

from telex.corpus.fingerprint import content_hash
from telex.corpus.query import Corpus
from telex.records import Analysis
from telex.store import read_tables
from telex.store.duckdb_store import CorpusInfo, Store

IDLE_SECONDS = 2.0
# A write from a request waits this long for another process (an ingest) to let go of the file, then fails
# with a message; the request should not hang for the minute a command line waits.
WRITE_WAIT_SECONDS = 10.0
# Kept answers, most recently used first, up to this many bytes in all; a larger single answer is not kept.
CACHE_BYTES = 64 * 1024 * 1024
_LARGEST_KEPT = CACHE_BYTES // 8


class CorpusAccess:
    """Read and write one store from many request threads; see the module docstring."""

    def __init__(self, path: str | Path, idle_seconds: float = IDLE_SECONDS) -> None:
        self.path = Path(path)
        self.idle_seconds = idle_seconds
        self._free: list[Corpus] = [Corpus(self.path)]  # opened now: a missing or unreadable store fails here
        self._reading = 0
        self._writing = False
        self._writers_waiting = 0
        self._last_read = time.monotonic()
        self._changed = threading.Condition()
        self._stop = threading.Event()
        self._sweeper: threading.Thread | None = None
        self._kept: OrderedDict[Hashable, tuple[bytes, str]] = OrderedDict()
        self._kept_bytes = 0
        self._generation = 0  # counts releases: an answer computed before one is not kept
        self._computing: dict[Hashable, Future[bytes]] = {}
        self._kept_lock = threading.Lock()

    @contextmanager
    def reading(self) -> Iterator[Corpus]:
        """A corpus to read from, for this thread alone until the block ends."""
        with self._changed:
            self._changed.wait_for(lambda: not self._writing and not self._writers_waiting)
            self._reading += 1
            corpus = self._free.pop() if self._free else None
        try:
            if corpus is None:
                corpus = Corpus(self.path)
            yield corpus
        finally:
            with self._changed:
                self._reading -= 1
                if corpus is not None:
                    self._free.append(corpus)
                self._last_read = time.monotonic()
                self._changed.notify_all()

    def read_tables_kept(self) -> bool:
        """Whether the store has the tables its readers are made for (``telex.store.read_tables``)."""
        with self.reading() as corpus:
            return all(corpus.store.has_table(name) for name in read_tables.TABLES)

    def kept(self, key: Hashable) -> tuple[bytes, str] | None:
        """The answer kept for ``key`` and its media type, if there is one; never waits for a connection."""
        with self._kept_lock:
            return self._lookup(key)

    def _lookup(self, key: Hashable) -> tuple[bytes, str] | None:
        """The kept answer, marked most recently used; the caller holds ``_kept_lock``."""
        kept = self._kept.get(key)
        if kept is not None:
            self._kept.move_to_end(key, last=False)
        return kept

    def answer(self, key: Hashable, compute: Callable[[Corpus], bytes], media_type: str = "application/json") -> bytes:
        """``compute(corpus)``, or the answer it gave for ``key`` since the connections were last released.

        Requests for a ``key`` being computed wait for that computation instead of starting their own.
        """
        with self._kept_lock:
            kept = self._lookup(key)
            if kept is not None:
                return kept[0]
            computing = self._computing.get(key)
            if computing is not None:
                mine = False
            else:
                computing = self._computing[key] = Future()
                mine = True
            generation = self._generation
        if not mine:
            return computing.result()
        try:
            with self.reading() as corpus:
                value = compute(corpus)
        except BaseException as exc:
            with self._kept_lock:
                del self._computing[key]
            computing.set_exception(exc)
            raise
        with self._kept_lock:
            del self._computing[key]
            if generation == self._generation and len(value) <= _LARGEST_KEPT:
                self._kept[key] = (value, media_type)
                self._kept.move_to_end(key, last=False)
                self._kept_bytes += len(value)
                while self._kept_bytes > CACHE_BYTES:
                    self._kept_bytes -= len(self._kept.popitem()[1][0])
        computing.set_result(value)
        return value

    @contextmanager
    def _alone(self) -> Iterator[None]:
        """No connection of this process to the file is open in this block."""
        with self._changed:
            self._writers_waiting += 1
            try:
                self._changed.wait_for(lambda: not self._reading and not self._writing)
            finally:
                self._writers_waiting -= 1
            self._writing = True
            self._release_free()
        try:
            yield
        finally:
            with self._changed:
                self._writing = False
                self._changed.notify_all()

    def write(self, analyses: Sequence[Analysis], quote_scheme: str | None = None) -> None:
        """Store ``analyses`` (replacing articles with the same ids), recording the ``quote_scheme`` they were
        analysed with, and update the corpus-wide columns."""
        info = {a.id: CorpusInfo(a.id, content_hash(a.text), quote_scheme=quote_scheme) for a in analyses}
        with self._alone(), Store(self.path, wait=WRITE_WAIT_SECONDS) as store:
            store.write(analyses, info)
            store.finish()

    def index_text(self) -> None:
        """Build the full-text index if a write dropped it, with the file to this process alone (a search's first
        step: a connection that may write cannot open beside the pooled read-only ones)."""
        with self.reading() as corpus:
            if corpus.has_text_index():
                return
        with self._alone(), Store(self.path, wait=WRITE_WAIT_SECONDS) as store:
            store.index_text()

    def _release_free(self) -> None:
        for corpus in self._free:
            corpus.store.release()
        with self._kept_lock:
            self._kept.clear()
            self._kept_bytes = 0
            self._generation += 1

    def start(self) -> None:
        """Begin releasing connections that stay idle (``close`` stops it)."""
        if self._sweeper is None:
            self._stop.clear()
            self._sweeper = threading.Thread(target=self._sweep, name="telex-serve-idle", daemon=True)
            self._sweeper.start()

    def _sweep(self) -> None:
        while not self._stop.wait(self.idle_seconds / 2):
            with self._changed:
                quiet = not self._reading and not self._writing
                if quiet and time.monotonic() - self._last_read >= self.idle_seconds:
                    self._release_free()

    def close(self) -> None:
        """Stop the idle sweep and release every connection; a later read reconnects."""
        self._stop.set()
        if self._sweeper is not None:
            self._sweeper.join()
            self._sweeper = None
        with self._changed:
            self._release_free()
