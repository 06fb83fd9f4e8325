"""An ordered, bounded map over worker processes.

Results come back in input order; at most a few chunks per worker are in flight, so a corpus of any
size streams through in constant memory. Workers are forked from a fork server that has imported
``preload`` once (safe beside the threads of DuckDB or a progress bar, unlike a plain fork) and are
replaced after ``tasks_per_worker`` chunks, which returns whatever a long run made them accumulate.
A chunk whose worker dies is handed to ``recover`` in place and the map goes on with fresh workers
(workers that cannot even finish the first chunk are an error: something is wrong with every chunk).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import forkserver
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Chunks queued per worker beyond the one it is busy with: enough to keep it fed, few enough to bound memory.
_AHEAD = 2


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


def ordered_map(
    func: Callable[[Sequence[T]], R],
    chunks: Iterable[Sequence[T]],
    processes: int,
    recover: Callable[[Sequence[T], BaseException], R],
    preload: Sequence[str] = (),
    tasks_per_worker: int | None = None,
) -> Iterator[R]:
    """``func(chunk)`` for every chunk, computed in ``processes`` worker processes, yielded in order."""
    context = _context(preload)

    def start() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(processes, mp_context=context, max_tasks_per_child=tasks_per_worker)

    pool = start()
    finished = 0
    in_flight: deque[tuple[Sequence[T], Future[R]]] = deque()
    try:
        pending = iter(chunks)
        for chunk in pending:
            in_flight.append((chunk, pool.submit(func, chunk)))
            if len(in_flight) >= processes * (_AHEAD + 1):
                break
        while in_flight:
            chunk, future = in_flight.popleft()
            try:
                result = future.result()
            except BrokenProcessPool as exc:
                if not finished:
                    raise RuntimeError(
                        f"worker processes could not start or died on the first batch ({exc}); see the messages "
                        "above, or run with one process"
                    ) from exc
                result = recover(chunk, exc)
                pool.shutdown(cancel_futures=True)
                pool = start()
                in_flight = deque((c, pool.submit(func, c)) for c, _ in in_flight)
            finished += 1
            yield result
            following = next(pending, None)
            if following is not None:
                in_flight.append((following, pool.submit(func, following)))
    finally:
        pool.shutdown(cancel_futures=True)
