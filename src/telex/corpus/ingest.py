"""Ingest: read sources, skip what is stored unchanged, cluster wire copies, analyse the rest, store.

    read -> ids checked -> content hash (--skip-existing) -> near-duplicate cluster -> reuse or analyse
         -> write in batches -> corpus pass (actor ids, events counted once; the full-text index waits for a search)

A copy of an article already analysed reuses its analysis (offsets moved onto the copy's text) instead
of being parsed; a copy whose original is still being analysed waits for it. Reading and analysing
stream: memory does not grow with the corpus. The store is released between batches so that reads
(``telex show``, ``telex dyad`` …) can get in while an ingest runs.

Every runner shares ``run``: the planning above and the writes happen in this process, in input order,
whoever computes the analyses (``analyze_articles`` in local worker processes, or Dask workers through
``telex.corpus.dask_runner``), so a run gives the same clusters, reuse and rows on a laptop as on a
cluster. Rows go to a DuckDB file, a Parquet dataset (``telex.store.parquet``) or both.
"""

from __future__ import annotations

import time
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from telex.corpus.fingerprint import content_hash
from telex.corpus.near_duplicates import DuplicateIndex, reuse_analysis, signature
from telex.errors import InputError
from telex.records import Analysis, Article, Failure, analysis_from_dict
from telex.store.duckdb_store import CorpusInfo, Store
from telex.timelimit import DEFAULT_SECONDS

if TYPE_CHECKING:
    from distributed import Client

    from telex.store.parquet import Dataset

# Analyses of recent originals kept for their copies; older originals are read back from the store.
_RECENT = 256

# Computes the analyses of the articles planned, in any order; ``info`` holds what planning found of each
# article (cluster, content hash, signature) by the time it is handed over.
Analyzer = Callable[[Iterable[Article | Failure], Mapping[str, CorpusInfo]], Iterator[Analysis | Failure]]


@dataclass
class IngestReport:
    """What one ingest did; ``stored`` counts rows actually written."""

    stored: int = 0
    skipped: int = 0
    reused: int = 0
    copies: int = 0
    failures: list[Failure] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # ids stored before with another text, now replaced
    again: int = 0  # articles stored before with the same text, analysed again (no ``skip_existing``)
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    unmade: str | None = None  # the DuckDB file this run made and removed, as it held nothing when the run ended
    # Articles stored in another language than English, by language: nothing is extracted from them, which the
    # summary says (a French feed's items were "ingested" like any other).
    other_languages: Counter[str] = field(default_factory=Counter)

    @property
    def all_failed(self) -> bool:
        """Whether every record failed: nothing was stored, nor found stored unchanged, and something failed."""
        return bool(self.failures) and not self.stored and not self.skipped


class Outputs:
    """Where an ingest writes: a DuckDB store, a Parquet dataset, or both.

    Planning (stored fingerprints, originals of copies) reads the store when there is one, else the dataset.
    """

    def __init__(self, store: Store | None, dataset: Dataset | None) -> None:
        self.store = store
        self.dataset = dataset
        planning = store if store is not None else dataset
        if planning is None:
            raise InputError("nowhere to write: give a DuckDB file (--db), a Parquet dataset (--out) or both")
        self._planning: Store | Dataset = planning
        # Ids whose dataset rows a Dask worker has written already, beside the analysis it sent back.
        self.written: set[str] = set()

    def fingerprints(self) -> Iterable[tuple[str, str, str, bytes | None]]:
        return self._planning.fingerprints()

    def analysis(self, article_id: str) -> dict[str, Any] | None:
        return self._planning.analysis(article_id)

    def write(self, analyses: Sequence[Analysis], info: Mapping[str, CorpusInfo]) -> int:
        stored = self.store.write(analyses, info) if self.store is not None else len(analyses)
        if self.dataset is not None:
            self.dataset.write([a for a in analyses if a.id not in self.written], info)
            self.written.difference_update(a.id for a in analyses)
        return stored

    def release(self) -> None:
        if self.store is not None:
            self.store.release()

    def pause(self) -> None:
        if self.store is not None:
            self.store.pause()

    def finish(self) -> None:
        if self.store is not None:
            self.store.finish()
        if self.dataset is not None:
            self.dataset.finish()

    def counts(self) -> dict[str, int]:
        return self._planning.counts()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def open_outputs(db: str | Path | None, out: str | None, notify: Callable[[str], None] | None = None) -> Outputs:
    """The DuckDB store at ``db`` and the Parquet dataset at ``out`` (either may be ``None``)."""
    dataset = None
    if out is not None:
        from telex.store.parquet import Dataset

        dataset = Dataset(out)  # its folders are made by whoever writes a part: a Dask worker may be on another machine
    return Outputs(Store(db, notify=notify) if db is not None else None, dataset)


@dataclass
class _Plan:
    """The state shared by the reading generator and the loop that receives analyses."""

    index: DuplicateIndex | None
    hashes: dict[str, str]
    skip_existing: bool
    quote_scheme: str | None = None
    info: dict[str, CorpusInfo] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    in_flight: set[str] = field(default_factory=set)
    waiting: dict[str, list[Article]] = field(default_factory=lambda: defaultdict(list))
    ready: list[Analysis | Failure] = field(default_factory=list)
    leftovers: list[Article] = field(default_factory=list)
    recent: OrderedDict[str, Analysis] = field(default_factory=OrderedDict)
    report: IngestReport = field(default_factory=IngestReport)


def ingest(
    sources: Iterable[str],
    db: str | Path | None,
    input_format: str = "auto",
    processes: int = 1,
    batch_size: int = 64,
    skip_existing: bool = False,
    dedup: bool = True,
    progress: Callable[[int, bool], None] | None = None,
    notify: Callable[[str], None] | None = None,
    out: str | None = None,
    scheduler: str | Client | None = None,
    partition_size: int = 32,
    quote_scheme: str = "speech",
    time_limit: float | None = DEFAULT_SECONDS,
    allow_private: bool = False,
    worker_logs: bool = False,
) -> IngestReport:
    """Analyse every article of ``sources`` into the store at ``db`` and/or the dataset at ``out``.

    Analyses are computed in ``processes`` local worker processes, or with ``scheduler`` on Dask
    (``local:N``, ``tcp://HOST:PORT`` or a ``distributed.Client``) in partitions of ``partition_size``
    articles; ``worker_logs`` lets ``local:N`` workers log the tasks that fail. ``progress`` is called with the
    number of records just handled (stored, skipped or failed) and whether they were skipped as stored unchanged.
    """
    options: dict[str, Any] = {
        "input_format": input_format, "batch_size": batch_size, "skip_existing": skip_existing, "dedup": dedup,
        "progress": progress, "allow_private": allow_private, "quote_scheme": quote_scheme,
    }  # fmt: skip
    new_store = db is not None and not Path(db).exists()
    if scheduler is None:
        from telex.pipeline import analyze_articles

        def analyze(articles: Iterable[Article | Failure], _: Mapping[str, CorpusInfo]) -> Iterator[Analysis | Failure]:
            return analyze_articles(articles, processes=processes, time_limit=time_limit, quote_scheme=quote_scheme)

        report = run(sources, open_outputs(db, out, notify), analyze, **options)
    else:
        from telex.corpus.dask_runner import DaskAnalyzer, connect

        # Connect first: an unreachable cluster must not leave an empty store behind.
        with connect(scheduler, worker_logs) as client:
            outputs = open_outputs(db, out, notify)
            analyzer = DaskAnalyzer(client, outputs, partition_size, quote_scheme=quote_scheme)
            report = run(sources, outputs, analyzer, **options)
    if new_store and db is not None and not report.counts.get("articles") and remove_store(Path(db)):
        report.unmade = str(db)
    return report


def remove_store(path: Path) -> bool:
    """Remove the DuckDB file at ``path`` (and the log DuckDB may keep beside it), made by a run that stored
    nothing: an ingest whose every record failed left an empty database, which later commands read as a corpus
    of no articles. Whether it is gone."""
    try:
        for leftover in (path, path.with_name(path.name + ".wal")):
            leftover.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def run(
    sources: Iterable[str],
    outputs: Outputs,
    analyze: Analyzer,
    input_format: str = "auto",
    batch_size: int = 64,
    skip_existing: bool = False,
    dedup: bool = True,
    progress: Callable[[int, bool], None] | None = None,
    allow_private: bool = False,
    quote_scheme: str | None = None,
) -> IngestReport:
    """Plan, analyse with ``analyze``, write to ``outputs`` and finish them; see the module docstring. The
    ``quote_scheme`` that ``analyze`` uses is recorded with each article (``None``: not known)."""
    from telex.ingest.read import articles_in

    started = time.perf_counter()
    try:
        plan = _Plan(
            index=DuplicateIndex() if dedup else None, hashes={}, skip_existing=skip_existing, quote_scheme=quote_scheme
        )
        signatures: list[tuple[str, str, bytes]] = []
        for article_id, cluster, digest, packed in outputs.fingerprints():
            plan.hashes[article_id] = digest
            if packed is not None:
                signatures.append((article_id, cluster or article_id, packed))
        if plan.index is not None:
            plan.index.load(signatures)
        outputs.release()
        writer = _Writer(outputs, batch_size, plan, progress)
        sources = tuple(sources)
        records = _piped_by_content(articles_in(sources, input_format, allow_private=allow_private), sources)
        try:
            for result in analyze(_planned(records, plan, outputs), plan.info):
                writer.take(result)
                _settle(result, plan, outputs, writer)
            for result in plan.ready:
                writer.take(result)
            plan.ready.clear()
            if plan.leftovers:
                for result in analyze(plan.leftovers, plan.info):
                    writer.take(result)
        except (KeyboardInterrupt, SystemExit):  # Ctrl-C, SIGTERM: what was analysed is kept, then the run stops
            writer.keep()
            raise
        writer.flush()
        outputs.finish()
        plan.report.counts = outputs.counts()
    finally:
        outputs.close()
    plan.report.seconds = time.perf_counter() - started
    return plan.report


def _piped_by_content(records: Iterable[Article | Failure], sources: Sequence[str]) -> Iterator[Article | Failure]:
    """The records, the one article of a text or page piped in (``-``) under ``piped_id``: read as ``stdin``, each
    story piped into one store replaced the one piped before (``curl … | telex ingest -``, one story a time)."""
    from telex.ingest.read import STDIN_ID  # as articles_in is: the page reader is no import of every command

    piped = "-" in sources
    for record in records:
        yield (
            replace(record, id=piped_id(record))
            if piped and isinstance(record, Article) and (record.id == STDIN_ID)
            else record
        )


def piped_id(article: Article) -> str:
    """The id of an article piped in on its own: its page's address when it gives one, as a WARC page's is, else
    ``stdin:`` and 12 hex digits of its text's hash, so that one story piped twice is still one article."""
    return article.url or f"stdin:{content_hash(article.text)[:12]}"


def _planned(records: Iterable[Article | Failure], plan: _Plan, store: Outputs) -> Iterator[Article | Failure]:
    """The articles that must be analysed; copies that can reuse an analysis are settled on the side."""
    for record in records:
        if isinstance(record, Failure):
            plan.ready.append(record)
            continue
        if record.id in plan.seen:
            plan.ready.append(Failure(record.id, f"id {record.id!r} appears twice in this run; the first is kept"))
            continue
        plan.seen.add(record.id)
        digest = content_hash(record.text)
        if plan.hashes.get(record.id, digest) != digest:
            plan.report.replaced.append(record.id)
        if plan.hashes.get(record.id) == digest:
            if plan.skip_existing:
                plan.report.skipped += 1
                plan.ready.append(_SKIPPED)
                continue
            plan.report.again += 1
        sig = signature(record.text)
        cluster = record.id
        if plan.index is not None:
            cluster = plan.index.match(sig) or record.id
            plan.index.add(record.id, sig, cluster)
        plan.info[record.id] = CorpusInfo(
            cluster=cluster, content_hash=digest, signature=sig.to_bytes(), quote_scheme=plan.quote_scheme
        )
        if cluster != record.id:
            plan.report.copies += 1
            if cluster in plan.in_flight:
                plan.waiting[cluster].append(record)
                continue
            reused = _reuse(cluster, record, plan, store)
            if reused is not None:
                plan.ready.append(reused)
                continue
        plan.in_flight.add(record.id)
        yield record


# Marks a record skipped as unchanged: counted for progress, nothing to write.
_SKIPPED = Failure("", "")


def _reuse(original_id: str, copy: Article, plan: _Plan, store: Outputs) -> Analysis | None:
    original = plan.recent.get(original_id)
    if original is None:
        stored = store.analysis(original_id)
        # An original analysed with another quote scheme has other quotes: the copy is analysed with this one.
        if stored is None or stored.get("quote_scheme", plan.quote_scheme) != plan.quote_scheme:
            return None
        original = analysis_from_dict(stored)
    reused = reuse_analysis(original, copy)
    if reused is None:
        return None
    plan.report.reused += 1
    if copy.source and copy.source not in reused.source_chain:  # the copy's own outlet ends its chain
        reused = replace(reused, source_chain=(*reused.source_chain, copy.source))
    return reused


def _settle(result: Analysis | Failure, plan: _Plan, store: Outputs, writer: _Writer) -> None:
    """After an analysis arrives: remember it for later copies and settle the copies waiting for it."""
    plan.in_flight.discard(result.id)
    if isinstance(result, Analysis):
        plan.recent[result.id] = result
        plan.recent.move_to_end(result.id)
        while len(plan.recent) > _RECENT:
            plan.recent.popitem(last=False)
    for copy in plan.waiting.pop(result.id, []):
        reused = _reuse(result.id, copy, plan, store) if isinstance(result, Analysis) else None
        if reused is None:
            plan.leftovers.append(copy)
        else:
            writer.take(reused)
    ready, plan.ready = plan.ready, []
    for item in ready:
        writer.take(item)


class _Writer:
    """Collects analyses and writes them in batches, letting readers in between batches (``Store.pause``)."""

    def __init__(
        self, store: Outputs, batch_size: int, plan: _Plan, progress: Callable[[int, bool], None] | None
    ) -> None:
        self.store = store
        self.batch_size = batch_size
        self.plan = plan
        self.progress = progress
        self.batch: list[Analysis] = []
        self.writing = False

    def take(self, result: Analysis | Failure) -> None:
        if isinstance(result, Failure):
            if result is not _SKIPPED:
                self.plan.report.failures.append(result)
        else:
            self.batch.append(result)
            if result.language not in ("en", None):
                self.plan.report.other_languages[result.language] += 1
            if len(self.batch) >= self.batch_size:
                self.flush()
        if self.progress:
            self.progress(1, result is _SKIPPED)

    def flush(self) -> None:
        if not self.batch:
            return
        info = {a.id: self.plan.info.pop(a.id) for a in self.batch if a.id in self.plan.info}
        self.writing = True
        self.plan.report.stored += self.store.write(self.batch, info)
        self.writing = False
        self.batch = []
        self.store.pause()

    def keep(self) -> None:
        """Write the analyses received but not yet written, as a run stops on Ctrl-C or SIGTERM: a stop while the
        workers analysed the next articles lost up to a whole batch (``ingest -j 2`` stopped at "32/100 records"
        stored none of the 32). Not when the stop came during a write, which it rolled back and would not let
        finish."""
        if not self.writing:
            self.flush()
