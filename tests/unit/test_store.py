"""The DuckDB store: bulk writes, idempotent by article id, stored analyses come back whole."""

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from telex.errors import StoreError
from telex.records import Analysis
from telex.store.duckdb_store import Store
from tests.unit.fixtures import sample_analysis


def test_write_and_read_back(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    with Store(db) as store:
        assert store.write([sample_analysis("a"), sample_analysis("b")]) == 2
        assert store.counts() == {"articles": 2, "entities": 4, "quotes": 2, "events": 2}
        stored = store.analysis("a")
    assert stored == sample_analysis("a").to_dict()


def test_reingest_replaces_never_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    with Store(db) as store:
        store.write([sample_analysis("a")])
    with Store(db) as store:
        changed = replace(sample_analysis("a", title="Second"), events=())
        store.write([changed, changed])
        assert store.counts() == {"articles": 1, "entities": 2, "quotes": 1, "events": 0}
        row = store.con.execute("SELECT title, source_chain FROM articles").fetchall()
    assert row == [("Second", ["Associated Press", "BTA"])]


def test_event_rows_are_queryable(tmp_path: Path) -> None:
    with Store(tmp_path / "t.duckdb") as store:
        store.write([sample_analysis("a")])
        rows = store.con.execute(
            "SELECT cameo, source_codes, target_codes, mentions FROM events WHERE article_id = 'a'"
        ).fetchall()
    assert rows == [("040", ["RUSGOV"], ["PRKGOV"], 2)]


def test_missing_database_for_reading_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="telex ingest"):
        Store(tmp_path / "absent.duckdb", read_only=True)


def test_rows_far_longer_than_the_smallest_read_buffer(tmp_path: Path) -> None:
    long_text = "Seoul protested. " * 300_000  # about 5 MB, beyond the 1 MiB minimum JSON object size
    with Store(tmp_path / "t.duckdb") as store:
        assert store.write([replace(sample_analysis("long"), text=long_text), sample_analysis("short")]) == 2
        stored = store.analysis("long")
    assert stored is not None and stored["text"] == long_text


def test_a_reader_waits_for_a_writer_and_says_so(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "busy.duckdb"
    with Store(db) as store:
        store.write([sample_analysis("a")])
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
         "time.sleep(1.5)", str(db)],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    told: list[str] = []
    with Store(db, read_only=True, wait=30, notify=told.append) as store:
        assert store.counts()["articles"] == 1
    holder.wait()
    assert told and "waiting" in told[0]


def test_a_reader_gives_up_with_a_clear_message(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "busy.duckdb"
    with Store(db) as store:
        store.write([sample_analysis("a")])
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
         "time.sleep(5)", str(db)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError, match="in use by another process") as caught:
            Store(db, read_only=True, wait=0.5)
        # Who holds it, and that a Python session holding it open is one of the likely holders.
        assert f"process {holder.pid} (python" in str(caught.value)
        assert "telex.open" in str(caught.value)
    finally:
        holder.kill()
        holder.wait()


def test_a_ctrl_c_as_the_connection_closes_leaves_no_closed_connection_to_use(tmp_path: Path) -> None:
    class ClosesThenInterrupted:
        """A connection whose close returns just as a Ctrl-C lands."""

        def __init__(self, real: object) -> None:
            self.real = real

        def interrupt(self) -> None:
            self.real.interrupt()  # type: ignore[attr-defined]

        def close(self) -> None:
            self.real.close()  # type: ignore[attr-defined]
            raise KeyboardInterrupt

    store = Store(tmp_path / "t.duckdb")
    store.write([sample_analysis("a")])
    store.con = ClosesThenInterrupted(store.connection)  # type: ignore[assignment]
    with pytest.raises(KeyboardInterrupt):
        store.release()
    store.close()  # the clean-up on the way out: the closed connection is not used again
    with Store(tmp_path / "t.duckdb", read_only=True) as reader:
        assert reader.counts()["articles"] == 1


def test_a_ctrl_c_during_the_import_duckdb_makes_at_the_first_batch_stops_the_write(tmp_path: Path) -> None:
    """DuckDB imports pyarrow.dataset at the first register of an Arrow table and drops any error of that import: a
    Ctrl-C that came then was lost, and the ingest went on to its end with status 0. In a fresh interpreter whose
    import of pyarrow.dataset is interrupted, the first write raises the KeyboardInterrupt."""
    code = f"""
import sys

class Interrupted:
    def find_spec(self, name, path=None, target=None):
        if name == "pyarrow.dataset":
            raise KeyboardInterrupt  # Ctrl-C, pressed while it is imported

from telex.store.duckdb_store import Store
from tests.unit.fixtures import sample_analysis

sys.meta_path.insert(0, Interrupted())
store = Store({str(tmp_path / "t.duckdb")!r})
try:
    store.write([sample_analysis("a")])
except KeyboardInterrupt:
    sys.exit(130)
"""
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=root)
    assert result.returncode == 130, result.stderr


def test_a_writer_holds_the_file_only_across_batches_that_come_quickly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each close checkpoints, and DuckDB's checkpoint grows with the store: batches that follow each other sooner
    than HOLD_FACTOR times the last close go through one connection, until it was held that long; slow ones let
    readers in after each, as before."""
    from telex.store import duckdb_store

    now = [1000.0]
    monkeypatch.setattr(duckdb_store, "_clock", lambda: now[0])
    with Store(tmp_path / "t.duckdb") as store:
        hold = duckdb_store.HOLD_MIN_SECONDS  # the clock stands still while the file closes
        store.write([sample_analysis("a")])
        store.pause()  # the first batch: nothing came before it
        assert store.con is None
        now[0] += 60
        store.write([sample_analysis("b")])
        store.pause()  # a minute after the one before: slow
        assert store.con is None
        store.write([sample_analysis("c")])
        now[0] += hold / 2
        store.pause()  # soon after the last, and the file taken just now: kept
        assert store.con is not None
        store.write([sample_analysis("d")])
        now[0] += hold / 2
        store.pause()  # held as long as the last close allows
        assert store.con is None
        assert store.counts()["articles"] == 4


def test_reading_a_store_does_not_load_the_near_duplicate_index() -> None:
    """datasketch brings scipy (half a second of CPU) that no corpus command reading a store uses."""
    import subprocess
    import sys

    code = "import sys, telex.cli, telex.corpus.query, telex.store.duckdb_store; print('datasketch' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


def test_every_column_is_stored_as_duckdbs_json_reader_stored_it(tmp_path: Path) -> None:
    """Batches are loaded from Arrow; the rows, the analysis's JSON text included, are what loading them as JSON
    lines gave: yyjson writes 1e-05 as 0.00001 and 1e+16 as 10000000000000000.0, control characters as \\u001F."""
    import json

    import duckdb

    from telex.store.duckdb_store import TABLES, CorpusInfo, rows_for

    base = sample_analysis("a", title="Seoul\x1fsaid \"no\"\tagain\u2028é")
    events = tuple(replace(e, confidence=1e-05, goldstein=1e16) for e in base.events)
    analysis = replace(base, events=events)
    info = CorpusInfo("a", "f" * 64, bytes(range(16)))
    with Store(tmp_path / "t.duckdb") as store:
        store.write([analysis], {"a": info})
        rows = {name: store.con.execute(f"SELECT * EXCLUDE (added) FROM {name}" if name == "articles" else
                                        f"SELECT * FROM {name}").fetchall() for name in TABLES}
    oracle = duckdb.connect()
    for name, table_rows in rows_for(analysis, info, "2026-12-06T00:00:00").items():
        path = tmp_path / f"{name}.jsonl"
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in table_rows), encoding="utf-8")
        columns = TABLES[name]
        spec = ", ".join(f"'{c}': '{'VARCHAR' if t == 'BLOB' else t}'" for c, t in columns.items())
        values = ", ".join(f'unhex("{c}")' if t == "BLOB" else f'"{c}"' for c, t in columns.items() if c != "added")
        expected = oracle.execute(
            f"SELECT {values} FROM read_json(?, format='newline_delimited', columns={{{spec}}})", [str(path)]
        ).fetchall()
        assert rows[name] == expected, name
    text = rows["articles"][0][list(TABLES["articles"]).index("analysis")]
    assert '"confidence":0.00001' in text and "10000000000000000.0" in text and "Seoul\\u001Fsaid" in text


def test_the_corpus_pass_updates_the_rows_a_new_article_changes_and_keeps_the_others(tmp_path: Path) -> None:
    """Only rows whose actor id or event group changed are written again; the rows come out as a full pass gives."""
    from telex.records import Entity

    def with_people(article_id: str, *names: str) -> Analysis:
        base = sample_analysis(article_id)
        people = tuple(Entity(f"E{9 + k}", name, "PERSON", ((0, 5),), None, "USA", None)
                       for k, name in enumerate(names))
        return replace(base, entities=base.entities + people)

    def actors(store: Store) -> dict[tuple[str, str], tuple[str, str]]:
        rows = store.con.execute("SELECT article_id, id, actor_id, actor_name FROM entities").fetchall()
        return {(a, i): (actor, name) for a, i, actor, name in rows}

    def groups(store: Store) -> dict[tuple[str, str], int]:
        return {(a, i): g for a, i, g in store.con.execute("SELECT article_id, id, event_group FROM events").fetchall()}

    db = tmp_path / "t.duckdb"
    with Store(db) as store:
        store.write([with_people("a", "Bernie Sanders"), with_people("b", "Sanders")])
        store.finish()
        assert actors(store)[("b", "E9")] == ("person:bernie-sanders", "Bernie Sanders")
        before_groups = groups(store)
        store.write([with_people("c", "Sarah Sanders")])  # now "Sanders" alone could be either
        store.finish()
        after = actors(store)
        assert after[("b", "E9")] == ("person:sanders", "Sanders")
        assert after[("a", "E9")] == ("person:bernie-sanders", "Bernie Sanders")
        assert after[("c", "E9")] == ("person:sarah-sanders", "Sarah Sanders")
        # the same meeting told by c joins the group a and b share, which keeps its id
        assert {groups(store)[key] for key in before_groups} == set(before_groups.values())
        assert len(set(groups(store).values())) == 1
