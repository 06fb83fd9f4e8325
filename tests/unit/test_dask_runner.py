"""The Dask runner without a model: the shared plan gives the same rows whatever order analyses arrive in,
partitions stream with a bounded number in flight, and a partition that kills its workers costs only the
article that does."""

import contextlib
import operator
import os
import signal
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from distributed import Client, KilledWorker, LocalCluster

from telex.corpus.dask_runner import (
    CtrlC,
    DaskAnalyzer,
    _ctrl_c_for_this_process_only,
    _ctrl_c_remembered,
    connect,
    stop_if_pressed,
)
from telex.corpus.ingest import Outputs, run
from telex.errors import InputError
from telex.records import ActorRef, Analysis, Article, Event, Failure, Trigger
from telex.store.duckdb_store import TABLES, CorpusInfo, Store

STORY = (
    "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday, and the two "
    "men signed a treaty that commits each country to help the other if it is attacked, officials said after "
    "the talks ended late in the evening."
)
OTHER = (
    "Farmers drove hundreds of tractors into the centre of Brussels on Thursday to protest against falling "
    "prices and new environmental rules, blocking the streets around the European Parliament for most of the "
    "day while police watched."
)


def fake_analysis(article: Article) -> Analysis:
    """What the pipeline would find, without a model: a meeting between Russia and North Korea, if told."""
    start = article.text.find(" met ") + 1
    putin = ActorRef("Putin", "Vladimir Putin", "RUSGOV", "RUS", "GOV", None)
    kim = ActorRef("Kim", "Kim Jong Un", "PRKGOV", "PRK", "GOV", None)
    event = Event("V1", "040", "04", "CONSULT", None, 1, 1.0, (putin,), (kim,), "asserted",
                  Trigger("met", start, start + 3), 0, 0.8, date=str(article.published), mentions=1)  # fmt: skip
    return Analysis(id=article.id, text=article.text, title=article.title, published=article.published,
                    language="en", source_chain=(article.source,) if article.source else (),
                    events=(event,) if start else ())  # fmt: skip


def records() -> list[Article]:
    day = date(2024, 6, 19)
    return [
        Article("summit", STORY, "Summit", day, "Wire"),
        Article("farmers", OTHER, "Farmers", day, "Daily"),
        Article("copy", "MOSCOW (Reuters) - " + STORY, "Summit", day, "Reuters"),
        Article("later", STORY.replace("Wednesday", "Thursday"), "Summit", date(2024, 6, 20), "Daily"),
    ]


def ingested(tmp_path: Path, name: str, reverse: bool, monkeypatch: pytest.MonkeyPatch) -> list[list[object]]:
    """Rows of a run whose analyses arrive in input order or in reverse, as Dask may finish them."""
    monkeypatch.setattr("telex.ingest.read.articles_in", lambda *args, **kwargs: iter(records()))

    def analyze(articles: Iterable[Article | Failure], info: Mapping[str, CorpusInfo]) -> Iterator[Analysis | Failure]:
        results = [a if isinstance(a, Failure) else fake_analysis(a) for a in articles]
        yield from reversed(results) if reverse else results

    db = tmp_path / f"{name}.duckdb"
    report = run(["stream"], Outputs(Store(db), None), analyze)
    assert (report.stored, report.copies, report.reused) == (4, 2, 1)  # `later` is dated anew: analysed
    with Store(db, read_only=True) as store:
        return [
            sorted(store.connection.execute(
                f"SELECT {', '.join(repr(c).replace(chr(39), chr(34)) for c in columns if c != 'added')} FROM {table}"
            ).fetchall(), key=repr)
            for table, columns in TABLES.items()
        ]  # fmt: skip


def test_the_order_analyses_arrive_in_does_not_change_a_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    in_order = ingested(tmp_path, "ordered", False, monkeypatch)
    assert in_order == ingested(tmp_path, "reversed", True, monkeypatch)
    articles = {row[0]: row for row in in_order[0]}
    assert articles["copy"][12] == "summit"  # cluster: the copy joined its original
    assert len(in_order[3]) == 3 and len({row[-1] for row in in_order[3]}) == 1  # the meeting, counted once


WORKER = SimpleNamespace(address="tcp://192.0.2.1:40000")


def partition(
    batch: Sequence[Article | Failure], info: Mapping[str, CorpusInfo], location: str | None, part: str | None
) -> list[Analysis | Failure]:
    if len(batch) > 1 and any(a.id == "poison" for a in batch):
        raise KilledWorker("partition", WORKER, 3)  # what the client sees when the partition killed 3 workers
    if batch[0].id == "poison":
        raise KilledWorker("poison alone", WORKER, 3)
    return [a if isinstance(a, Failure) else fake_analysis(a) for a in batch]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:  # fmt: skip
        yield client


def test_partitions_stream_with_a_bounded_number_in_flight(client: Client, tmp_path: Path) -> None:
    pulled: list[int] = []

    def articles() -> Iterator[Article]:
        for n in range(200):
            pulled.append(n)
            yield Article(f"a{n}", STORY, published=date(2024, 6, 19))

    analyzer = DaskAnalyzer(client, Outputs(Store(tmp_path / "t.duckdb"), None), partition_size=2, task=partition)
    results = analyzer(articles(), {})
    assert isinstance(next(results), Analysis)
    assert len(pulled) <= 2 * 3 + 2  # three partitions in flight for one worker thread, never the whole input
    assert len(list(results)) == 199


def test_a_partition_that_kills_its_workers_costs_only_the_article_that_does(client: Client, tmp_path: Path) -> None:
    batch = [Article(name, STORY, published=date(2024, 6, 19)) for name in ("a", "poison", "b")]
    analyzer = DaskAnalyzer(client, Outputs(Store(tmp_path / "t.duckdb"), None), partition_size=3, task=partition)
    results = {r.id: r for r in analyzer(batch, {})}
    assert isinstance(results["a"], Analysis) and isinstance(results["b"], Analysis)
    assert isinstance(results["poison"], Failure) and "died" in results["poison"].error


def test_a_ctrl_c_dropped_on_its_way_up_stops_the_run_at_the_next_partition(client: Client, tmp_path: Path) -> None:
    """Code the client's main thread runs may catch a Ctrl-C's KeyboardInterrupt and drop it (DuckDB did, during an
    import it makes): the run went on to its end. The press is counted, and the next partition raises it again."""
    articles = [Article(f"a{n}", STORY, published=date(2024, 6, 19)) for n in range(20)]
    analyzer = DaskAnalyzer(client, Outputs(Store(tmp_path / "t.duckdb"), None), partition_size=2, task=partition)
    taken = 0
    with _ctrl_c_remembered(), pytest.raises(KeyboardInterrupt):
        for _ in analyzer(articles, {}):
            taken += 1
            if taken == 1:
                with contextlib.suppress(KeyboardInterrupt):  # the press, taken where something drops it
                    signal.raise_signal(signal.SIGINT)
    assert taken < len(articles)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # Python's own handler again


def test_a_ctrl_c_is_counted_only_over_pythons_own_handler_in_the_main_thread() -> None:
    before = CtrlC.presses
    stop_if_pressed(before)  # nothing pressed: nothing raised
    own = signal.signal(signal.SIGINT, lambda signum, frame: None)  # a program's own handler is kept
    try:
        with _ctrl_c_remembered():
            signal.raise_signal(signal.SIGINT)
    finally:
        signal.signal(signal.SIGINT, own)
    assert CtrlC.presses == before
    with _ctrl_c_remembered(), pytest.raises(KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)
    assert CtrlC.presses == before + 1
    with pytest.raises(KeyboardInterrupt):
        stop_if_pressed(before)


def test_a_scheduler_is_local_n_or_an_address() -> None:
    for wrong in ("local:0", "local:two", "somewhere"):
        with pytest.raises(InputError, match="--scheduler"), connect(wrong):
            pass


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks")
def test_a_ctrl_c_at_the_terminal_is_the_clients_alone_not_its_local_workers() -> None:
    """Ctrl-C signals every process of the command; a local worker that took it printed a KeyboardInterrupt
    traceback. Started as ``connect`` starts them, the workers let it pass and the client takes it."""
    with _ctrl_c_for_this_process_only():
        cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0")
    with cluster, Client(cluster) as client:
        assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])  # this process still takes it
        before = client.run(os.getpid)
        for pid in before.values():
            os.kill(pid, signal.SIGINT)
        time.sleep(0.5)
        assert client.submit(operator.add, 1, 2, pure=False).result(timeout=30) == 3
        assert client.run(os.getpid) == before  # the same worker, alive, not restarted


def test_local_workers_are_forked_from_a_server_that_loaded_what_local_runs_load(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``local:N`` workers fork from telex's fork server (the model and tables loaded once, as a local run's workers
    are), started inside the SIGINT block; only while the cluster starts: a worker restarted later is spawned."""
    import dask.config

    import telex.parallel
    from telex.corpus import dask_runner
    from telex.pipeline import WORKER_IMPORTS

    started: list[tuple[str, ...]] = []
    monkeypatch.setattr(telex.parallel, "start_early", lambda preload: started.append(tuple(preload)))
    with _ctrl_c_for_this_process_only(), dask_runner._forked_from_a_loaded_server():
        assert dask.config.get("distributed.worker.multiprocessing-method") == "forkserver"
    assert dask.config.get("distributed.worker.multiprocessing-method") == "spawn"
    (preload,) = started
    assert set(WORKER_IMPORTS) <= set(preload) and "distributed" in preload
