"""One error taxonomy: each failure a one-line message with its documented exit status, never a traceback."""

import errno
import os
import signal
import threading
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from telex.cli import main
from telex.corpus.query import Corpus
from telex.errors import StoreCorrupt, StoreError, StoreFull, StoreLocked, StoreReadOnly, store_error
from telex.store.duckdb_store import Store
from tests.unit.fixtures import sample_analysis


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.mark.parametrize(("cause", "kind"), [
    (OSError(errno.ENOSPC, "No space left on device"), StoreFull),
    (duckdb.IOException("IO Error: No space left on device"), StoreFull),
    (OSError(errno.EROFS, "Read-only file system"), StoreReadOnly),
    (duckdb.IOException('The file "x" exists, but it is not a valid DuckDB database file!'), StoreCorrupt),
    (duckdb.IOException("Could not set lock on file"), StoreLocked),
    (duckdb.IOException('Could not set lock on file "x.duckdb": Conflicting lock is held in python3'), StoreLocked),
    # A block of memory is no lock: the message says what happened.
    (duckdb.OutOfMemoryException("Out of Memory Error: failed to pin block of size 256.0 KiB"), StoreError),
])  # fmt: skip
def test_store_errors_are_named_by_their_cause(cause: Exception, kind: type) -> None:
    error = store_error("cannot write to news.duckdb", cause)
    assert type(error) is kind and error.exit_code == 4
    assert str(error).startswith("cannot write to news.duckdb")


def test_a_garbled_database_is_one_line_and_status_four(tmp_path: Path) -> None:
    db = tmp_path / "garbled.duckdb"
    db.write_bytes(b"not a database at all " * 500)
    code, output = run("list", "--db", str(db))
    assert code == 4
    assert "damaged or not a telex database" in output and "Traceback" not in output
    assert len(output.strip().splitlines()) == 1


@pytest.mark.parametrize("command", [["list"], ["show", "x"], ["dyad", "RUS", "PRK"], ["serve"],
                                     ["export", "-f", "csv", "-o", "OUT"]])
def test_a_missing_database_is_a_missing_input_status_one_as_the_readme_says(tmp_path: Path,
                                                                             command: list[str]) -> None:
    out = tmp_path / "out.csv"
    args = [str(out) if word == "OUT" else word for word in command]
    code, output = run(*args, "--db", str(tmp_path / "absent.duckdb"))
    assert code == 1, output  # was 4, the status of a database that exists and cannot be used
    assert "no database at" in output and "telex ingest" in output and len(output.strip().splitlines()) == 1
    assert not (tmp_path / "absent.duckdb").exists() and not out.exists()


def test_a_missing_dataset_folder_is_told_how_a_dataset_is_made(tmp_path: Path) -> None:
    # README's `telex dyad RUS PRK --db dataset/` named only `ingest --db dataset`, which makes a DuckDB file.
    code, output = run("dyad", "RUS", "PRK", "--db", f"{tmp_path / 'dataset'}/")
    assert code == 1 and f"a Parquet dataset with `telex ingest SOURCE --out {tmp_path / 'dataset'}`" in output
    assert "Parquet" not in run("list", "--db", str(tmp_path / "absent.duckdb"))[1]


def test_serve_without_db_reads_the_database_ingest_writes_without_it(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # `telex ingest corpus/` writes telex.duckdb here; `telex list` reads it
    code, output = run("serve")
    assert code == 1, output  # was 2: "Missing option '--db'", though every other command reads telex.duckdb
    assert "no database at telex.duckdb" in output


def test_a_file_where_the_database_folder_should_be_is_one_line(tmp_path: Path) -> None:
    source = tmp_path / "one.txt"
    source.write_text("Seoul protested on Monday.", encoding="utf-8")
    code, output = run("ingest", str(source), "--db", str(source / "news.duckdb"), "-q")
    assert code == 4, output  # the folders of a new database are created; a file in their way cannot be
    assert f"cannot create the folder {source} for database" in output and "a file stands where" in output
    assert len(output.strip().splitlines()) == 1 and source.read_text(encoding="utf-8").startswith("Seoul")


def test_a_full_disk_is_named_not_hidden_by_the_rollback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Store, "_load", full)
    with Store(tmp_path / "t.duckdb") as store, pytest.raises(StoreFull, match="no space left"):
        store.write([sample_analysis("a")])
    with Store(tmp_path / "t.duckdb") as store:  # nothing half-written
        assert store.counts()["articles"] == 0


def test_an_internal_error_is_status_five_with_a_traceback_only_on_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "t.duckdb"
    with Store(db) as store:
        store.write([sample_analysis("a")])

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("telex.corpus.query.Corpus.articles", broken)
    code, output = run("list", "--db", str(db))
    assert code == 5 and "internal error" in output and "Traceback" not in output
    code, output = run("-v", "list", "--db", str(db))
    assert code == 5 and "Traceback" in output


def test_an_unreadable_file_is_one_line(tmp_path: Path) -> None:
    code, output = run("analyze", str(tmp_path / "absent.txt"))
    assert code == 1 and "no such file" in output and len(output.strip().splitlines()) == 1


@pytest.mark.parametrize("content", [
    '{"id": "a", "text": "Seoul protested on Monday."}\n' * 3,  # a JSONL batch
    "id,text\na,Seoul protested on Monday.\n",
    "id,text\n",  # shorter than DuckDB's header
])  # fmt: skip
def test_an_input_file_given_as_the_database_is_named_so_and_left_as_it_was(tmp_path: Path, content: str) -> None:
    # DuckDB would open such a file as an in-memory database over it: a write lost, a read of no table.
    db = tmp_path / "wire.jsonl"
    db.write_text(content)
    source = tmp_path / "empty.txt"  # a source that exists: one of none at all stops the ingest before the database
    source.write_text("")
    for command in (("list",), ("ingest", str(source))):
        code, output = run(*command, "--db", str(db))
        assert code == 4, output
        assert "not a telex database (it is no DuckDB file: an input file given as --db?)" in output
        assert len(output.strip().splitlines()) == 1
    with pytest.raises(StoreCorrupt):
        Store(db)
    assert db.read_text() == content


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_during_a_query_is_an_interruption_not_an_internal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signum: int, status: int
) -> None:
    with Store(tmp_path / "t.duckdb") as store:
        store.write([sample_analysis("a")])
        store.finish()  # a store an ingest finished: one it left unfinished says so on stderr

    def long_query(corpus: Corpus, **_: object) -> object:  # a large store's read, as DuckDB runs it
        done = threading.Event()

        def send() -> None:  # again until the query ends: under load one signal can come and go unseen by DuckDB
            while not done.wait(0.3):
                os.kill(os.getpid(), signum)

        sender = threading.Thread(target=send, daemon=True)
        sender.start()
        try:  # stops as soon as interrupted, unlike a count over a range; some seconds if the signal waits for its end
            return corpus.store.connection.execute(
                "SELECT max(a.range * b.range) FROM range(1000000) a, range(2000) b").fetchall()
        finally:
            done.set()
            sender.join()  # no signal after the command has ended

    monkeypatch.setattr(Corpus, "articles", long_query)
    previous = signal.getsignal(signal.SIGTERM)
    try:
        code, output = run("list", "--db", str(tmp_path / "t.duckdb"))
    finally:
        signal.signal(signal.SIGTERM, previous)
    # DuckDB raised RuntimeError('Query interrupted'): "internal error", status 5; then 130 for SIGTERM as well
    assert code == status, output
    assert output.strip() == "Error: interrupted"


def test_a_store_closed_after_a_ctrl_c_stops_the_query_in_duckdbs_other_threads(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.duckdb")
    store.connection.execute("SET threads = 8")  # other threads hold tasks of the query, whatever the machine
    done = threading.Event()

    def ctrl_c() -> None:
        while not done.wait(0.3):
            os.kill(os.getpid(), signal.SIGINT)

    sender = threading.Thread(target=ctrl_c, daemon=True)
    sender.start()
    try:
        with pytest.raises((KeyboardInterrupt, RuntimeError)):  # DuckDB's RuntimeError('Query interrupted')
            store.connection.execute(
                "SELECT max(a.range * b.range) FROM range(1000000) a, range(4000) b").fetchall()
    finally:
        done.set()
        sender.join()
    started = time.monotonic()
    store.close()
    # Closing waited for the other threads to end their tasks: 23 to 66 s here; now they stop at once (0.3 s).
    assert time.monotonic() - started < 10
