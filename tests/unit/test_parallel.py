"""The ordered process map: input order, bounded read-ahead, a dead worker's chunk recovered in place."""

import os
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool

import pytest

from telex.parallel import WorkerError, _Pool, ordered_map


def squares(chunk: Sequence[int]) -> list[int]:
    if -1 in chunk:
        os._exit(3)  # a worker dying as on a segfault or the OOM killer
    return [x * x for x in chunk]


def lost(chunk: Sequence[int], exc: BaseException) -> list[int]:
    return [0] * len(chunk)


def test_results_come_back_in_input_order() -> None:
    chunks = [list(range(n, n + 3)) for n in range(0, 30, 3)]
    assert list(ordered_map(squares, chunks, 2, lost)) == [[x * x for x in c] for c in chunks]


def test_input_is_read_lazily() -> None:
    pulled: list[int] = []

    def chunks() -> Iterator[list[int]]:
        for n in range(1000):
            pulled.append(n)
            yield [n]

    results = ordered_map(squares, chunks(), 2, lost)
    assert next(results) == [0]
    assert len(pulled) <= 8  # a few chunks per worker in flight, never the whole input
    results.close()


def test_a_dead_worker_costs_only_the_item_that_kills_it() -> None:
    chunks = [[1, 2], [3], [-1, 5], [6]]
    assert list(ordered_map(squares, chunks, 1, lost)) == [[1, 4], [9], [0, 25], [36]]


def test_a_worker_dying_on_the_first_chunk_costs_only_its_item() -> None:
    assert list(ordered_map(squares, [[2, -1, 3], [4]], 1, lost)) == [[4, 0, 9], [16]]


def always_dies(chunk: Sequence[int]) -> list[int]:
    os._exit(3)


def test_work_offered_to_a_pool_whose_worker_died_fails_at_its_result() -> None:
    # A worker can die between two results; the next chunk offered must not raise where it is submitted
    # (that escaped ordered_map once), but where its result is read, so that it is retried.
    pool = _Pool(1, (), None)
    try:
        with pytest.raises(BrokenProcessPool):
            pool.submit(always_dies, [1]).result()
        offered = pool.submit(squares, [2])
        with pytest.raises(BrokenProcessPool):
            offered.result()
        pool.restart()
        assert pool.submit(squares, [2]).result() == [4]
    finally:
        pool.shutdown(kill=True)


def test_workers_that_never_finish_a_chunk_are_an_error() -> None:
    with pytest.raises(WorkerError, match="keep dying"):
        list(ordered_map(always_dies, [[1], [2], [3], [4]], 1, lost))


def worker_ids(chunk: Sequence[int]) -> list[int]:
    return [os.getpid() for _ in chunk]


def test_workers_are_replaced_after_their_share_and_the_map_goes_on() -> None:
    # With the executor's own max_tasks_per_child, this map hung after a few replacements on Python 3.11
    # (CPython gh-115634): each worker of one process here must do 3 chunks, then a new one takes over.
    results = list(ordered_map(worker_ids, [[n] for n in range(30)], 1, lost, tasks_per_worker=3))
    assert len(results) == 30
    assert len({pid for (pid,) in results}) == 10


def test_two_workers_share_their_turn_and_keep_input_order() -> None:
    chunks = [[n, n + 1] for n in range(0, 80, 2)]
    assert list(ordered_map(squares, chunks, 2, lost, tasks_per_worker=2)) == [[x * x for x in c] for c in chunks]
