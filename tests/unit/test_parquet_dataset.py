"""The Parquet dataset: the store's rows and types in month partitions, parts that replace themselves, the
corpus columns computed as in the DuckDB store, and every corpus query answered over a folder."""

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest

from telex.corpus.query import Corpus
from telex.errors import InputError, StoreError
from telex.records import Analysis
from telex.store.duckdb_store import TABLES, CorpusInfo, Store, content_hash
from telex.store.parquet import Dataset, connect_dataset, discard_part, write_part
from tests.unit.fixtures import sample_analysis


def story(article_id: str, published: date | None, outlet: str = "Wire") -> Analysis:
    base = sample_analysis(article_id)
    when = published.isoformat() if published else None
    return replace(base, published=published, source_chain=(outlet,),
                   events=tuple(replace(e, date=when) for e in base.events))  # fmt: skip


STORIES = [
    story("a", date(2024, 6, 19)),
    story("b", date(2024, 6, 19), "Daily"),
    story("c", date(2024, 6, 20), "Daily"),
    story("d", date(2024, 9, 1)),
    story("e", None),
]
INFO = {a.id: CorpusInfo("a" if a.id == "b" else a.id, content_hash(a.text), b"\x01sig") for a in STORIES}


def store_of(tmp_path: Path, analyses: list[Analysis]) -> Path:
    db = tmp_path / "corpus.duckdb"
    with Store(db) as store:
        store.write(analyses, INFO)
        store.finish()
    return db


def dataset_of(tmp_path: Path, analyses: list[Analysis], run: str = "r1") -> Path:
    folder = tmp_path / "corpus"
    dataset = Dataset(folder, run=run)
    write_part(dataset.location, dataset.part("000000"), analyses[:3], INFO)  # as a worker does
    dataset.write(analyses[3:], INFO)  # as the ingest client does, for copies
    dataset.finish()
    return folder


def table_rows(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[object, ...]]:
    columns = ", ".join(f'"{c}"' for c in TABLES[table] if c != "added")
    return sorted(con.execute(f"SELECT {columns} FROM {table}").fetchall(), key=repr)


def test_month_partitions_in_hive_layout(tmp_path: Path) -> None:
    folder = dataset_of(tmp_path, STORIES)
    months = sorted(p.name for p in (folder / "articles").iterdir())
    assert months == ["published_month=2024-06", "published_month=2024-09", "published_month=unknown"]
    assert {p.parent.parent.name for p in folder.glob("*/published_month=*/part-*.parquet")} == {
        "articles", "entities", "quotes", "events", "event_groups", "actor_ids",
    }  # fmt: skip
    raw = duckdb.sql(
        f"SELECT published_month, count(*) FROM read_parquet('{folder}/articles/**/*.parquet', hive_partitioning=true) "
        "GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    assert raw == [("2024-06", 3), ("2024-09", 1), ("unknown", 1)]


def test_the_views_have_the_store_columns_types_and_rows(tmp_path: Path) -> None:
    con = connect_dataset(dataset_of(tmp_path, STORIES))
    with Store(store_of(tmp_path, STORIES), read_only=True) as store:
        for table, columns in TABLES.items():
            described = [(row[0], row[1]) for row in con.execute(f"DESCRIBE {table}").fetchall()]
            assert described == list(columns.items())
            assert table_rows(con, table) == table_rows(store.connection, table)


def test_stored_analyses_come_back_whole(tmp_path: Path) -> None:
    with Store(dataset_of(tmp_path, STORIES), read_only=True) as store:
        assert store.analysis("a") == STORIES[0].to_dict()
        assert store.analysis("e") == STORIES[4].to_dict()
        assert store.counts() == {"articles": 5, "entities": 10, "quotes": 5, "events": 5}


def test_a_part_written_again_replaces_its_files(tmp_path: Path) -> None:
    dataset = Dataset(tmp_path / "corpus", run="r1")
    write_part(dataset.location, dataset.part("000007"), STORIES[:2], INFO)
    write_part(dataset.location, dataset.part("000007"), STORIES[:2], INFO)  # a retried partition
    assert dataset.counts() == {"articles": 2, "entities": 4, "quotes": 2, "events": 2}
    discard_part(dataset.location, dataset.part("000007"))
    assert not list((tmp_path / "corpus").glob("**/*.parquet"))


def test_a_later_run_replaces_the_rows_of_the_articles_it_ingests_again(tmp_path: Path) -> None:
    folder = dataset_of(tmp_path, STORIES)
    again = Dataset(folder, run="r2")
    again.write([replace(STORIES[0], title="Second", events=())], INFO)
    again.finish()
    con = connect_dataset(folder)
    assert con.execute("SELECT id, title FROM articles WHERE id = 'a'").fetchall() == [("a", "Second")]
    assert con.execute("SELECT count(*) FROM events WHERE article_id = 'a'").fetchone() == (0,)
    assert con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (5, 5)
    assert con.execute("SELECT count(*) FROM entities WHERE article_id = 'a'").fetchone() == (2,)


def test_every_corpus_query_answers_the_same_on_the_dataset(tmp_path: Path) -> None:
    with Corpus(store_of(tmp_path, STORIES)) as stored, Corpus(dataset_of(tmp_path, STORIES)) as dataset:
        assert stored.events().drop(columns="added").equals(dataset.events().drop(columns="added"))
        assert stored.dyad("RUS", "PRK").equals(dataset.dyad("RUS", "PRK"))
        assert stored.quotes(speaker="Putin").equals(dataset.quotes(speaker="Putin"))
        assert stored.actors().equals(dataset.actors())
        assert stored.articles().equals(dataset.articles())
        assert list(dataset.events()["num_articles"]) == [3, 1, 1]
        assert stored.summary().equals(dataset.summary())  # `telex stats`
        with pytest.raises(InputError, match="not available on a Parquet dataset"):
            dataset.search("Pyongyang")


def test_a_folder_is_read_never_written_as_a_database(tmp_path: Path) -> None:
    folder = dataset_of(tmp_path, STORIES)
    with pytest.raises(StoreError, match="--out"):
        Store(folder)
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="no telex dataset"):
        Corpus(tmp_path / "empty")


def test_an_fsspec_url(tmp_path: Path) -> None:
    dataset = Dataset("memory://telex-test/corpus", run="r1")
    write_part(dataset.location, dataset.part("000000"), STORIES[:2], INFO)
    dataset.write(STORIES[2:], INFO)
    dataset.finish()
    assert dataset.counts()["articles"] == 5
    con = dataset.connect()
    try:  # read to the end and closed: a half-read result dropped with its connection can hang on fsspec scans
        assert con.execute("SELECT count(DISTINCT event_group) FROM events").fetchall() == [(3,)]
    finally:
        con.close()
    assert dataset.analysis("zzz-none") is None


def test_show_reads_an_article_of_a_dataset_as_the_other_corpus_commands_do(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from telex.cli import main

    folder = dataset_of(tmp_path, STORIES)
    shown = CliRunner().invoke(main, ["show", "a", "--db", str(folder), "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout) == STORIES[0].to_dict()


class _Watched:
    """A connection that records what fingerprints does with it: each batch's size, and whether it was closed."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.batches: list[int] = []
        self.closed = False

    def execute(self, sql: str) -> "_Watched":
        self.con.execute(sql)
        return self

    def fetchmany(self, size: int) -> list[tuple[object, ...]]:
        rows = self.con.fetchmany(size)
        self.batches.append(len(rows))
        return rows

    def close(self) -> None:
        self.con.close()
        self.closed = True


def test_fingerprints_left_half_read_are_read_to_the_end_and_their_connection_closed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A generator dropped half-read used to leave DuckDB a result to cancel while fsspec scans waited for the
    # interpreter lock (the hang of test_an_fsspec_url); its rows are read to the end first now, then it closes.
    import telex.store.parquet as parquet

    dataset = Dataset("memory://telex-test/fingerprints", run="r1")
    write_part(dataset.location, dataset.part("000000"), STORIES, INFO)
    dataset.finish()
    watched: list[_Watched] = []
    connect = Dataset.connect

    def watch(self: Dataset) -> _Watched:
        watched.append(_Watched(connect(self)))
        return watched[-1]

    monkeypatch.setattr(Dataset, "connect", watch)
    monkeypatch.setattr(parquet, "FINGERPRINT_BATCH", 2)
    assert sorted(row[0] for row in dataset.fingerprints()) == ["a", "b", "c", "d", "e"]
    assert watched[0].batches == [2, 2, 1, 0] and watched[0].closed
    rows = dataset.fingerprints()
    assert next(rows)[0] in "abcde"
    rows.close()
    assert watched[1].batches == [2, 2, 1, 0] and watched[1].closed
    assert next(iter(Dataset("memory://telex-test/nothing", run="r2").fingerprints()), None) is None
