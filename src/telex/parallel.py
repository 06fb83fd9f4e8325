"""An ordered, bounded map over worker processes.

Results come back in input order; at most a few chunks per worker are in flight, so a corpus of any
size streams through in constant memory. Workers are forked from a fork server that has imported
``preload`` once (safe beside the threads of DuckDB or a progress bar, unlike a plain fork) and are
replaced after ``tasks_per_worker`` chunks each, which returns whatever a long run made them accumulate. The
pool replaces them all at once when they have done their share, rather than through the executor's
``max_tasks_per_child``: on Python 3.11 to 3.13 that option can leave queued chunks with no worker left to
run them, and the map hangs for good (CPython issue gh-115634).

A chunk whose worker dies (a crash, the OOM killer) is retried item by item in fresh workers, so only
the item that kills its worker is lost: ``recover`` gives its result in place and the map goes on. When
workers die again and again before a single chunk succeeds, something is wrong with every chunk (a
missing model, no memory): that is an error, not a run of failures.

Workers end with their parent: each asks the kernel to kill it when the fork server, its parent, exits,
and the fork server exits when the main process does, however it ends (kill -9 included).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import forkserver
from typing import TypeVar

from telex.errors import WorkerError

T = TypeVar("T")
R = TypeVar("R")

# Chunks queued per worker beyond the one it is busy with: enough to keep it fed, few enough to bound memory.
_AHEAD = 2
# Pools that may break in a row, before any chunk has succeeded, until the run stops with an error.
_BREAKS_BEFORE_GIVING_UP = 3
_PR_SET_PDEATHSIG = 1


def available_cpus() -> int:
    """CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_processes() -> int:
    """Worker processes to use unless told: one per CPU, at most four, since each holds its own model."""
    return min(4, available_cpus())


def start_early(preload: Sequence[str]) -> None:
    """Start the fork server now, so it imports ``preload`` while this process does other work."""
    _context(preload)
    forkserver.ensure_running()


def _context(preload: Sequence[str]) -> multiprocessing.context.ForkServerContext:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(preload))
    return context


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent exits (a no-op elsewhere)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent is already gone
        os._exit(1)


class _Pool:
    """A process pool that can be replaced when one of its workers dies, and killed outright."""

    def __init__(self, processes: int, preload: Sequence[str], tasks_per_worker: int | None) -> None:
        self.context = _context(preload)
        self.processes = processes
        # Chunks the workers of one executor take in all before they are replaced; None: never replaced.
        self.share = processes * tasks_per_worker if tasks_per_worker else None
        self.submitted = 0
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        self.submitted = 0
        return ProcessPoolExecutor(self.processes, mp_context=self.context, initializer=die_with_parent)

    def submit(self, func: Callable[[Sequence[T]], list[R]], chunk: Sequence[T]) -> Future[list[R]]:
        """The chunk's future. A worker may die between two results, and the executor then refuses new work at
        once: the chunk's future carries that failure instead, so the chunk is retried where its result is read."""
        self.submitted += 1
        try:
            return self.executor.submit(func, chunk)
        except BrokenProcessPool as exc:
            failed: Future[list[R]] = Future()
            failed.set_exception(exc)
            return failed

    def offer(self, func: Callable[[Sequence[T]], list[R]], chunk: Sequence[T]) -> Future[list[R]] | None:
        """The chunk's future, or None when the workers have had their share and the chunk waits for new ones."""
        if self.share is not None and self.submitted >= self.share:
            return None
        return self.submit(func, chunk)

    def restart(self, kill: bool = True) -> None:
        self.shutdown(kill=kill)
        self.executor = self._start()

    def shutdown(self, kill: bool = False) -> None:
        if kill:  # a worker stuck in a long article must not keep the run alive
            for process in list(getattr(self.executor, "_processes", {}).values()):
                if process.is_alive():
                    process.kill()
        self.executor.shutdown(wait=True, cancel_futures=True)


def ordered_map(
    func: Callable[[Sequence[T]], list[R]],
    chunks: Iterable[Sequence[T]],
    processes: int,
    recover: Callable[[Sequence[T], BaseException], list[R]],
    preload: Sequence[str] = (),
    tasks_per_worker: int | None = None,
) -> Iterator[list[R]]:
    """``func(chunk)`` for every chunk, computed in ``processes`` worker processes, yielded in order."""
    pool = _Pool(processes, preload, tasks_per_worker)
    breaks = 0
    succeeded = False
    in_flight: deque[tuple[Sequence[T], Future[list[R]] | None]] = deque()
    finished_cleanly = False
    try:
        pending = iter(chunks)
        for chunk in pending:
            in_flight.append((chunk, pool.offer(func, chunk)))
            if len(in_flight) >= processes * (_AHEAD + 1):
                break
        while in_flight:
            chunk, future = in_flight.popleft()
            if future is None:
                # Every chunk before it is done and the workers have had their share: new workers take the rest.
                pool.restart(kill=False)
                future = pool.submit(func, chunk)
                in_flight = _resubmit(pool, func, in_flight)
            try:
                result = future.result()
                succeeded, breaks = True, 0
            except BrokenProcessPool as exc:
                breaks += 1
                if not succeeded and breaks >= _BREAKS_BEFORE_GIVING_UP:
                    raise WorkerError(
                        f"worker processes keep dying before finishing any work ({exc}); see the messages above, "
                        "check free memory, or run with one process (-j 1)"
                    ) from exc
                pool.restart()
                result = _one_by_one(func, chunk, recover, pool, exc)
                in_flight = _resubmit(pool, func, in_flight)
            yield result
            following = next(pending, None)
            if following is not None:
                in_flight.append((following, pool.offer(func, following)))
        finished_cleanly = True
    finally:
        pool.shutdown(kill=not finished_cleanly)


def _resubmit(
    pool: _Pool, func: Callable[[Sequence[T]], list[R]], chunks: deque[tuple[Sequence[T], Future[list[R]] | None]]
) -> deque[tuple[Sequence[T], Future[list[R]] | None]]:
    """The chunks again, in order, submitted to the pool's current workers as far as their share goes."""
    return deque((chunk, pool.offer(func, chunk)) for chunk, _ in chunks)


def _one_by_one(
    func: Callable[[Sequence[T]], list[R]],
    chunk: Sequence[T],
    recover: Callable[[Sequence[T], BaseException], list[R]],
    pool: _Pool,
    exc: BaseException,
) -> list[R]:
    """Retry a chunk whose worker died one item at a time; an item that kills its worker again is recovered."""
    if len(chunk) == 1:
        return recover(chunk, exc)
    results: list[R] = []
    for item in chunk:
        try:
            results.extend(pool.submit(func, [item]).result())
        except BrokenProcessPool as again:
            results.extend(recover([item], again))
            pool.restart()
    return results
