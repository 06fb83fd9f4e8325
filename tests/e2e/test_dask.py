"""Ingest on Dask gives the rows of a local run: two LocalCluster workers on the bundled corpus against `-j 1`,
into DuckDB and into a Parquet dataset that the corpus commands read; a worker killed mid-run loses and
doubles nothing; an unreachable scheduler is a one-line error within seconds."""

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from distributed import Client, LocalCluster, WorkerPlugin

from telex.corpus.ingest import ingest
from telex.corpus.query import Corpus
from telex.store.duckdb_store import TABLES, Store

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus" / "wire.jsonl"

Rows = dict[str, list[tuple[Any, ...]]]


def telex(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "telex.cli", *args], capture_output=True, text=True, timeout=300)


def rows_of(path: Path) -> Rows:
    """Every row of every table but the time it was written, sorted; analyses as parsed JSON."""
    found: Rows = {}
    with Store(path, read_only=True) as store:
        for table, columns in TABLES.items():
            names = [c for c in columns if c != "added"]
            rows = store.connection.execute(f"SELECT {', '.join(f'{c!r}'.replace(chr(39), chr(34)) for c in names)} "
                                            f"FROM {table}").fetchall()  # fmt: skip
            if table == "articles":
                at = names.index("analysis")
                rows = [(*row[:at], json.loads(row[at]), *row[at + 1 :]) for row in rows]
            found[table] = sorted(rows, key=repr)
    return found


def without_added(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows as compared across runs: when each was written differs."""
    return frame.drop(columns="added", errors="ignore")


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("local") / "wire.duckdb"
    result = telex("ingest", str(CORPUS), "--db", str(path), "-j", "1")
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def on_dask(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("dask")
    db, dataset = folder / "wire.duckdb", folder / "dataset"
    result = telex("ingest", str(CORPUS), "--scheduler", "local:2", "--partition-size", "2",
                   "--db", str(db), "--out", str(dataset))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "ingested 7 article(s) (2 near-duplicate copies, 1 of them reusing" in result.stdout
    return db, dataset


def test_two_dask_workers_store_the_rows_of_one_local_process(reference: Path, on_dask: tuple[Path, Path]) -> None:
    expected, found = rows_of(reference), rows_of(on_dask[0])
    assert {table: len(rows) for table, rows in found.items()} == {
        "articles": 7, "entities": 46, "quotes": 25, "events": 23,
    }  # fmt: skip
    assert found == expected


def test_the_parquet_dataset_holds_the_same_rows(reference: Path, on_dask: tuple[Path, Path]) -> None:
    dataset = on_dask[1]
    assert rows_of(dataset) == rows_of(reference)
    months = sorted(p.name for p in (dataset / "articles").iterdir())
    assert months == ["published_month=2024-06", "published_month=2024-07", "published_month=2024-08",
                      "published_month=2024-09"]  # fmt: skip
    # Read directly, as DuckDB, Spark or Dask would: hive partitions, each article once.
    raw = duckdb.sql(f"SELECT count(*), count(DISTINCT id), count(DISTINCT published_month) FROM "
                     f"read_parquet('{dataset}/articles/**/*.parquet', hive_partitioning=true)").fetchone()  # fmt: skip
    assert raw == (7, 7, 4)


def test_corpus_commands_read_the_dataset_as_the_database(reference: Path, on_dask: tuple[Path, Path]) -> None:
    dataset = on_dask[1]
    local, parquet = (telex("dyad", "RUS", "PRK", "--db", str(db), "--format", "json") for db in (reference, dataset))
    assert parquet.returncode == 0, parquet.stderr
    assert json.loads(parquet.stdout) == json.loads(local.stdout) != []
    with Corpus(reference) as stored, Corpus(dataset) as read:
        for what in ("events", "quotes", "actors", "articles"):
            assert without_added(stored.frame(what)).equals(without_added(read.frame(what))), what
    search = telex("search", "tractors", "--db", str(dataset))
    assert search.returncode == 1 and "not available on a Parquet dataset" in search.stderr


class KillFirstPartition(WorkerPlugin):
    """Kills its worker as the first partition of the run starts there; a marker file makes it happen once."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def transition(self, key: Any, start: str, finish: str, **kwargs: Any) -> None:
        if finish != "executing" or "telex-partition" not in str(key):
            return
        try:
            os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return
        os._exit(1)  # as a machine lost or the OOM killer would end it


@pytest.fixture
def cluster() -> Iterator[Client]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local, \
            Client(local) as client:  # fmt: skip
        yield client


def test_a_worker_killed_mid_run_loses_and_doubles_nothing(reference: Path, cluster: Client, tmp_path: Path) -> None:
    marker = tmp_path / "killed"
    cluster.register_plugin(KillFirstPartition(str(marker)))
    dataset = tmp_path / "dataset"
    report = ingest([str(CORPUS)], None, out=str(dataset), scheduler=cluster, partition_size=1)
    assert marker.exists()  # a worker did die
    assert report.failures == [] and report.stored == 7
    assert rows_of(dataset) == rows_of(reference)
    files = duckdb.sql(f"SELECT count(*), count(DISTINCT id) FROM read_parquet('{dataset}/articles/**/*.parquet')")
    assert files.fetchone() == (7, 7)


def test_an_unreachable_scheduler_is_a_one_line_error_within_seconds(tmp_path: Path) -> None:
    started = time.monotonic()
    result = telex("ingest", str(CORPUS), "--scheduler", "tcp://127.0.0.1:1", "--db", str(tmp_path / "x.duckdb"))
    assert time.monotonic() - started < 20
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "cannot reach the Dask scheduler" in result.stderr
    assert not (tmp_path / "x.duckdb").exists()


@contextlib.contextmanager
def _port_held(port: int) -> Iterator[None]:
    """Keep ``port`` on the loopback busy, as another program would (or leave it, when one already does)."""
    with socket.socket() as held:
        with contextlib.suppress(OSError):
            held.bind(("127.0.0.1", port))
            held.listen()
        yield


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a folder where nothing can be created")
def test_a_failure_on_a_local_worker_is_one_line_and_telex_v_adds_the_workers_log(tmp_path: Path) -> None:
    source = tmp_path / "one.jsonl"
    source.write_text(CORPUS.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    out = "/proc/telex-cannot-be-here"  # the workers write the dataset; even root cannot create this
    with _port_held(8787):  # Dask's default HTTP port, busy while another cluster runs: no warning about it either
        result = telex("ingest", str(source), "--scheduler", "local:1", "--out", out)
    assert result.returncode == 4
    # a progress line may come first when a loaded machine takes longer than the log's first beat
    assert [line for line in result.stderr.splitlines() if not line.startswith("ingesting:")] == [
        f"Error: cannot write the Parquet dataset at {out}: [Errno 2] No such file or directory: '{out}'; "
        "check that it is writable"
    ]
    told = telex("-v", "ingest", str(source), "--scheduler", "local:1", "--out", out)
    assert told.returncode == 4 and "Compute Failed" in told.stderr and "Traceback" in told.stderr


def _worker_of(session: int) -> bool:
    """Whether a Dask worker process runs in ``session``: spawned (multiprocessing's ``spawn_main``) or forked from
    the fork server (a process of the fork server's command line whose parent is the server)."""
    for entry in filter(str.isdigit, os.listdir("/proc")):
        with contextlib.suppress(OSError):
            if os.getsid(int(entry)) != session:
                continue
            command = Path(f"/proc/{entry}/cmdline").read_bytes()
            parent = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1]
            if b"spawn_main" in command or (
                b"forkserver" in command and b"forkserver" in Path(f"/proc/{parent}/cmdline").read_bytes()
            ):
                return True
    return False


def _ctrl_c(run: subprocess.Popen[str]) -> str:
    """Press Ctrl-C once on ``run`` (SIGINT to every process of the command, as a terminal does); its stderr. A lost
    press (the run went on to its end with status 0, nothing said: 1 run of 4 in the forty-sixth session's check,
    DuckDB dropping the KeyboardInterrupt raised during its import of pyarrow.dataset) fails: one press is enough."""
    os.killpg(run.pid, signal.SIGINT)
    try:
        return run.communicate(timeout=60)[1]
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        run.communicate()
        pytest.fail("the Ctrl-C was lost: the run went on after it")


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="finds the worker process in /proc")
@pytest.mark.parametrize("after", [1.0, 3.0])  # while the worker loads its model; once it analyses
def test_ctrl_c_on_a_local_cluster_is_one_line_and_status_130(tmp_path: Path, after: float) -> None:
    batch = tmp_path / "batch.jsonl"  # 1,050 records, each analysed (--no-dedup): with the copies' analyses reused,
    # 210 were stored in 1.3 s, before the Ctrl-C came
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    batch.write_text("".join(json.dumps({**record, "id": f"{record['id']}-{n}"}) + "\n"
                             for n in range(150) for record in records), encoding="utf-8")  # fmt: skip
    run = subprocess.Popen(
        [sys.executable, "-m", "telex.cli", "ingest", str(batch), "--scheduler", "local:1", "--no-dedup", "--db",
         str(tmp_path / "x.duckdb")],
        start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not _worker_of(run.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(after)
    stderr = _ctrl_c(run)
    assert run.returncode == 130, stderr
    assert [line for line in stderr.splitlines() if not line.startswith("ingesting:")] == [
        "Error: interrupted; the articles analysed before are stored; the same command with --skip-existing goes on "
        "from there (and updates the search index and the corpus-wide columns)"
    ]
