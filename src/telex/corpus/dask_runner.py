"""Ingest on a Dask cluster: the plan and the writes of a local run, the analyses computed by Dask workers.

    client (telex ingest)                                 workers (one model each, loaded once)
    read -> ids -> --skip-existing -> cluster   -- partitions of ~32 articles -->   analyse
    reuse for copies <- write DuckDB batches    <-- analyses ------------------    [--out] write the
    finish: event groups and actor ids over the whole store / dataset                partition's Parquet

Near-duplicates are found where the input is read, on the client, in input order, exactly as locally
(``telex.corpus.ingest.run``): a copy joins the cluster of the first article like it and reuses its
analysis there, so only originals travel to the workers and clusters do not depend on which worker
finished first. Signatures cost about 1.5 ms an article, a small share of the 200 ms its analysis takes.
Events counted once and corpus actor ids need every row, so they are computed after the analyses, by
the same pass as locally, over the DuckDB file or the Parquet dataset.

At most a few partitions per worker are in flight, so the client holds a bounded part of the corpus. A
partition whose worker dies is computed again elsewhere (Dask retries it); its Parquet files have names
fixed by the run and the partition, so a second attempt replaces the first and no row is doubled. A
partition that kills its workers every time becomes failures in its place, as with local processes.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from itertools import count, islice
from typing import TYPE_CHECKING, Any

import dask.config
from distributed import WorkerPlugin

from telex.errors import InputError, TelexError
from telex.records import Analysis, Article, Failure
from telex.store.duckdb_store import CorpusInfo

if TYPE_CHECKING:
    from distributed import Client, Future

    from telex.corpus.ingest import Outputs

Result = Analysis | Failure
# What runs on a worker: (partition, its corpus info, dataset location, part name) -> its results.
Task = Callable[[Sequence[Article | Failure], Mapping[str, CorpusInfo], str | None, str | None], list[Result]]

# An unreachable scheduler is reported after this long, rather than after Dask's 30 s default.
CONNECT_TIMEOUT = 5

# Articles per task: about 6 s of work for one worker on news-sized articles, long beside Dask's few
# milliseconds per task, short enough to balance a run over many workers.
PARTITION_SIZE = 32

# Dask settings for the workers of `local:N` (docs/scale-out.md gives them for `dask worker`). Measured
# with one worker on PolNeAR articles, CPU seconds per article against a plain process: Dask's default
# MALLOC_TRIM_THRESHOLD_ turns off glibc's adaptive mmap threshold, so spaCy's many large allocations
# each map and unmap memory (+25%); the statistical profiler samples the analysing thread every 10 ms
# (+8%). Without both a worker costs what a plain process does.
WORKER_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
}

# What the fork server of `local:N` imports for its workers: pipeline.WORKER_IMPORTS and Dask's worker, named here
# (importing the pipeline in the client is slow, and the client does not need it).
_LOCAL_WORKER_IMPORTS = ("telex.pipeline", "telex.nlp.preload", "distributed")

# Partitions queued per worker thread beyond the one it is busy with (as for local processes).
_AHEAD = 2
# The start of every telex task's key.
_TASK_KEY = "telex-partition-"


class ModelPlugin(WorkerPlugin):
    """Loads the spaCy model when a worker starts (and when one is restarted), once per worker process.

    ``load_model`` is cached per process, so every task of the worker then finds it loaded.
    """

    name = "telex-model"

    def setup(self, worker: Any) -> None:
        from telex.nlp.model import load_model

        load_model()


@contextlib.contextmanager
def connect(scheduler: str | Client, worker_logs: bool = False) -> Iterator[Client]:
    """A client of the cluster ``scheduler`` names, with the model loaded in every worker.

    ``local:N`` starts N worker processes of one thread on this machine, closed afterwards. They share the
    terminal, and telex reports what fails in its own line, so the cluster (scheduler, nanny and workers) logs
    only its critical errors unless ``worker_logs`` (``telex -v``): a task that raised ("Compute Failed" with the
    task's traceback), a worker stopped mid-step on Ctrl-C, a cluster torn down mid-broadcast.
    ``tcp://HOST:PORT`` (or any Dask address) joins a running scheduler, whose workers log as they are set to;
    a ``Client`` is used as it is.
    """
    from distributed import Client, LocalCluster

    if not isinstance(scheduler, str):
        scheduler.register_plugin(ModelPlugin())
        with _ctrl_c_remembered():
            yield scheduler
        return
    with _ctrl_c_remembered(), contextlib.ExitStack() as stack:
        if scheduler.startswith("local:"):
            workers = scheduler.removeprefix("local:")
            if not workers.isdigit() or int(workers) < 1:
                raise InputError(f"--scheduler local:N takes a number of workers, such as local:4, not {scheduler!r}")
            with dask.config.set(WORKER_CONFIG), _ctrl_c_for_this_process_only(), _forked_from_a_loaded_server():
                cluster = stack.enter_context(
                    # The scheduler serves HTTP whatever the dashboard: on Dask's port 8787 by default, warning when
                    # another cluster holds it. Any free port of the loopback says nothing and opens nothing outside.
                    LocalCluster(  # type: ignore[no-untyped-call]
                        n_workers=int(workers), threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",
                        silence_logs=logging.WARNING if worker_logs else logging.CRITICAL,
                    )
                )
            client = stack.enter_context(Client(cluster))  # type: ignore[no-untyped-call]
            _keep_ctrl_c_out_of_gc_callbacks()
        elif "://" in scheduler:
            client = stack.enter_context(_remote(scheduler))
        else:
            raise InputError(f"--scheduler is local:N or a scheduler's address, tcp://HOST:PORT, not {scheduler!r}")
        client.register_plugin(ModelPlugin())
        yield client


@contextlib.contextmanager
def _forked_from_a_loaded_server() -> Iterator[None]:
    """Within, the worker processes of a local cluster are forked from telex's fork server, which has imported Dask
    and the pipeline and loaded the model and the tables once (``telex.nlp.preload``), as a local run's workers are;
    spawned, each worker imported and loaded them itself. Started inside ``_ctrl_c_for_this_process_only``, the
    server and every worker forked from it keep SIGINT blocked. A worker its nanny restarts later is spawned as
    before, and loads the model through ``ModelPlugin``."""
    from telex.parallel import start_early

    start_early(_LOCAL_WORKER_IMPORTS)
    with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
        yield


@contextlib.contextmanager
def _ctrl_c_for_this_process_only() -> Iterator[None]:
    """Within, the cluster's thread and the worker processes it starts (then and on a restart) are made deaf to
    SIGINT: a Ctrl-C at the terminal, sent to every process of the command, is this process's alone, which stops
    the run, closes the cluster and says so in one line. A worker that got it printed "Process Dask Worker process
    (from Nanny):" and a KeyboardInterrupt traceback (while it loaded its model, 2 runs of 3).

    The signal is blocked, not ignored: a Ctrl-C meanwhile waits and is taken here on the way out. A blocked
    signal stays blocked in the threads started and across the start of a new program, which ignoring would be
    too; a Python handler would not."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks (and no process group to signal)
        yield
        return
    from multiprocessing import resource_tracker

    # Started first, when it is not yet: starting it unblocks SIGINT in the thread that does, the cluster's.
    resource_tracker.ensure_running()
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


class CtrlC:
    """How many times Ctrl-C was pressed while ``_ctrl_c_remembered`` was in force (a signal handler is the
    process's own, as this count is)."""

    presses = 0


def _remember_ctrl_c(signum: int, frame: object) -> None:
    """SIGINT's handler within ``_ctrl_c_remembered``: Python's own (raise KeyboardInterrupt), the press counted
    first, so that ``stop_if_pressed`` raises it again if the KeyboardInterrupt is dropped on its way up."""
    CtrlC.presses += 1
    raise KeyboardInterrupt


def stop_if_pressed(presses_before: int) -> None:
    """Raise KeyboardInterrupt when Ctrl-C was pressed since ``CtrlC.presses`` was ``presses_before``.

    Code that the client's main thread runs may catch a KeyboardInterrupt and drop it, and the run then went on to
    its end with status 0, nothing said: DuckDB did when the Ctrl-C came during an import it makes (pandas at the
    first query, pyarrow.dataset at the first batch written; the store now imports both itself), and Dask's gc
    callback did. Checked as each partition comes back, a press dropped anywhere still stops the run there:
    ``stop_if_pressed(0)`` after one press raises KeyboardInterrupt."""
    if CtrlC.presses > presses_before:
        raise KeyboardInterrupt


@contextlib.contextmanager
def _ctrl_c_remembered() -> Iterator[None]:
    """Within, a Ctrl-C raises KeyboardInterrupt as usual and is also counted (``CtrlC``), for ``stop_if_pressed``.
    Only in the main thread (the only one that may set a signal handler) and only over Python's default handler:
    a program that set its own keeps it."""
    if threading.current_thread() is not threading.main_thread() or (
        signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield
        return
    signal.signal(signal.SIGINT, _remember_ctrl_c)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def _keep_ctrl_c_out_of_gc_callbacks() -> None:
    """Turn off the scheduler's diagnosis of garbage collection in this process. It runs Python code in a gc
    callback, where a Ctrl-C's KeyboardInterrupt is printed as "Exception ignored" and dropped: the run went on to
    its end (2 Ctrl-C of 40). It only logs the time collections take."""
    from distributed.gc import disable_gc_diagnosis

    disable_gc_diagnosis(force=True)  # type: ignore[no-untyped-call]


def _remote(address: str) -> Client:
    from distributed import Client

    quiet = logging.getLogger("distributed")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # the error below says it once; Dask would log each attempt
    try:
        return Client(address, timeout=CONNECT_TIMEOUT)  # type: ignore[no-untyped-call]
    except Exception as exc:  # refused, timed out, or an answer that is not Dask's: all mean "not reachable"
        raise TelexError(
            f"cannot reach the Dask scheduler at {address} within {CONNECT_TIMEOUT} s ({type(exc).__name__}); "
            "start one with `dask scheduler`, check the address, or use --scheduler local:N"
        ) from None
    finally:
        quiet.setLevel(level)


class DaskAnalyzer:
    """Analyses planned articles on the cluster of ``client``, a partition per task; see the module docstring.

    With a Parquet dataset among ``outputs`` the workers write each partition's rows there themselves.
    """

    def __init__(
        self, client: Client, outputs: Outputs, partition_size: int = PARTITION_SIZE, task: Task | None = None,
        quote_scheme: str = "speech",
    ) -> None:
        self.client = client
        self.task = task or partial(analyze_partition, quote_scheme=quote_scheme)
        self.outputs = outputs
        self.partition_size = partition_size
        self.numbers = count()
        self.run = outputs.dataset.run if outputs.dataset is not None else uuid.uuid4().hex[:12]  # for task keys

    def __call__(self, articles: Iterable[Article | Failure], info: Mapping[str, CorpusInfo]) -> Iterator[Result]:
        """The analyses of ``articles`` as their partitions finish, reading ``articles`` as it goes."""
        from distributed import as_completed

        presses = CtrlC.presses
        threads = max(1, sum(self.client.nthreads().values()))  # type: ignore[no-untyped-call]
        limit = threads * (_AHEAD + 1)
        finished = as_completed()  # type: ignore[no-untyped-call]
        in_flight: dict[Future[list[Result]], tuple[str, list[Article | Failure]]] = {}
        items = iter(articles)
        while batch := list(islice(items, self.partition_size)):
            part = f"{next(self.numbers):06d}"
            future = self._submit(part, batch, info)
            in_flight[future] = (part, batch)
            finished.add(future)  # type: ignore[no-untyped-call]
            while len(in_flight) >= limit:
                future = next(finished)
                stop_if_pressed(presses)  # a Ctrl-C dropped while the client waited or wrote stops the run here
                yield from self._collect(future, in_flight, info)
        for future in finished:
            stop_if_pressed(presses)
            yield from self._collect(future, in_flight, info)

    def _submit(
        self, part: str, batch: Sequence[Article | Failure], info: Mapping[str, CorpusInfo]
    ) -> Future[list[Result]]:
        dataset = self.outputs.dataset
        return self.client.submit(
            self.task, batch, {a.id: info[a.id] for a in batch if a.id in info},
            dataset.location if dataset else None, dataset.part(part) if dataset else None,
            key=f"{_TASK_KEY}{self.run}-{part}", pure=False,
        )  # fmt: skip

    def _collect(
        self,
        future: Future[list[Result]],
        in_flight: dict[Future[list[Result]], tuple[str, list[Article | Failure]]],
        info: Mapping[str, CorpusInfo],
    ) -> list[Result]:
        from distributed import KilledWorker

        part, batch = in_flight.pop(future)
        try:
            results: list[Result] = future.result()
        except KilledWorker:
            self._discard(part)
            if len(batch) == 1:
                return [batch[0] if isinstance(batch[0], Failure) else _lost(batch[0].id)]
            # As with local processes, only the article that kills its worker is lost: the others are
            # analysed again one per task.
            alone = {self._submit(f"{part}-{n}", [a], info): (f"{part}-{n}", [a]) for n, a in enumerate(batch)}
            return [result for single in list(alone) for result in self._collect(single, alone, info)]
        except TelexError:
            raise
        except Exception as exc:
            raise TelexError(
                f"a Dask worker failed on a partition of articles ({exc!r}); check that every worker runs the "
                "same telex as this machine and can write the output"
            ) from exc
        finally:
            future.release()  # type: ignore[no-untyped-call]
        if self.outputs.dataset is not None:
            self.outputs.written.update(r.id for r in results if isinstance(r, Analysis))
        return results

    def _discard(self, part: str) -> None:
        """Remove whatever the attempts at a partition that never finished left written."""
        dataset = self.outputs.dataset
        if dataset is not None:
            from telex.store.parquet import discard_part

            discard_part(dataset.location, dataset.part(part))


def _lost(article_id: str) -> Failure:
    return Failure(
        article_id, f"every Dask worker that analysed {article_id!r} died (their logs may say why); analyse it alone"
    )


def analyze_partition(
    batch: Sequence[Article | Failure], info: Mapping[str, CorpusInfo], location: str | None, part: str | None,
    quote_scheme: str = "speech",
) -> list[Result]:
    """Run on a worker: analyse one partition with the worker's model; with ``location``, write its rows there."""
    from telex.nlp.model import load_model
    from telex.pipeline import analyze_articles

    results = list(analyze_articles(batch, load_model(), quote_scheme=quote_scheme))
    if location is not None and part is not None:
        from telex.store.parquet import write_part

        write_part(location, part, [r for r in results if isinstance(r, Analysis)], info)
    return results
