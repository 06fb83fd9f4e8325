"""Every output telex writes has its missing folders created, as `ingest --out` always did, saying which: `--db`,
`export -o` and `dyad --plot` refused a path in a folder that did not exist while `--out` made it."""

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from telex.cli import main
from telex.output.folders import create_folder, create_folder_of
from telex.records import Analysis, Article, Failure
from telex.store.duckdb_store import Store
from tests.unit.fixtures import sample_analysis, stored_sample


def test_create_folder_makes_the_missing_chain_and_names_its_highest_folder(tmp_path: Path) -> None:
    assert create_folder(tmp_path / "a" / "b" / "c") == tmp_path / "a"
    assert (tmp_path / "a" / "b" / "c").is_dir()
    assert create_folder(tmp_path / "a" / "b") is None  # there already


def test_create_folder_refuses_a_file_where_a_folder_is_needed(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(NotADirectoryError, match="a file stands where a folder is needed"):
        create_folder(tmp_path / "notes.txt" / "sub")


def test_the_folders_of_a_file_are_created_and_told_once(tmp_path: Path) -> None:
    told: list[str] = []
    create_folder_of(tmp_path / "a" / "b" / "news.duckdb", told.append, " for the database")
    create_folder_of(tmp_path / "a" / "b" / "other.duckdb", told.append)  # there already: nothing to tell
    create_folder_of(tmp_path / "c" / "events.csv", None)  # no one to tell
    assert told == [f"created folder {tmp_path / 'a'} for the database"] and (tmp_path / "c").is_dir()
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(NotADirectoryError):
        create_folder_of(tmp_path / "notes.txt" / "events.csv", told.append)


def test_a_new_database_gets_its_folders_and_says_so(tmp_path: Path) -> None:
    told: list[str] = []
    path = tmp_path / "data" / "2016" / "news.duckdb"
    with Store(path, notify=told.append) as store:
        store.write([sample_analysis("a")])
    assert path.is_file() and told == [f"created folder {tmp_path / 'data'} for the database"]
    with pytest.raises(Exception, match="no database at"):  # reading never creates anything
        Store(tmp_path / "elsewhere" / "news.duckdb", read_only=True)
    assert not (tmp_path / "elsewhere").exists()


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    import telex.pipeline

    def analyze(articles: Iterable[Article | Failure], *_: object, **__: object) -> Iterator[Analysis | Failure]:
        for article in articles:
            yield article if isinstance(article, Failure) else Analysis(article.id, article.text)

    monkeypatch.setattr(telex.pipeline, "analyze_articles", analyze)


@pytest.mark.usefixtures("no_model")
@pytest.mark.parametrize("option", ["--db", "--out"])
def test_ingest_creates_the_folders_of_a_database_as_of_a_dataset(tmp_path: Path, option: str) -> None:
    source = tmp_path / "batch.jsonl"
    source.write_text(json.dumps({"id": "a", "text": "Seoul protested on Monday."}) + "\n", encoding="utf-8")
    target = tmp_path / "nowhere" / "corpus" / ("news.duckdb" if option == "--db" else "dataset")
    result = CliRunner().invoke(main, ["ingest", str(source), option, str(target), "-j", "1"])
    assert result.exit_code == 0, result.output  # --db was exit 1: "there is no folder …; create it first"
    assert target.exists()
    if option == "--db":  # a dataset's folders are made by whoever writes its parts (a Dask worker, maybe elsewhere)
        assert f"created folder {tmp_path / 'nowhere'} for the database" in result.stderr


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return stored_sample(tmp_path / "news.duckdb")


@pytest.mark.parametrize("args", [["export", "-f", "csv", "-o", "OUT/events.csv"],
                                  ["export", "-f", "parquet", "-o", "OUT/events.parquet"],
                                  ["dyad", "RUS", "PRK", "--plot", "OUT/dyad.svg"]])
def test_a_file_written_in_a_missing_folder_gets_the_folder(db: Path, tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "reports" / "june"
    args = [word.replace("OUT", str(out)) for word in args]
    result = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output  # was 1: "cannot write …: No such file or directory"
    assert (out / Path(args[-1]).name).is_file()
    assert f"created folder {tmp_path / 'reports'}\n" in result.stderr
