"""A quote's ``headline`` (whether it stands in the headline, which the attribution scheme keeps) in the store: a column
of ``quotes`` since schema 7, filled for older stores from their stored analyses, read back by `telex quotes`,
`Corpus.quotes`, `/api/quotes` and every quotes export, and a filter (`--headline`/`--body`) where a user looks."""

import json
from dataclasses import replace
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner

import telex
from telex.cli import main
from telex.records import Analysis, Quote, Speaker
from telex.store.duckdb_store import SCHEMA_VERSION, CorpusInfo, Store, content_hash
from tests.unit.fixtures import sample_analysis, stored_sample


def _with_headline_quote() -> Analysis:
    """The sample article (Putin's body quote Q1) with a quote of its headline, Q2."""
    base = sample_analysis()
    headline = Quote("Q2", "direct", "fundamental", 35, 46, None, Speaker("Putin", 49, 54, "Vladimir Putin", "E1"), 0,
                     headline=True)
    return replace(base, quotes=(*base.quotes, headline))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return stored_sample(tmp_path / "news.duckdb", _with_headline_quote())


def _ids(db: Path, *args: str) -> list[str]:
    result = CliRunner().invoke(main, ["quotes", "--db", str(db), "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return [row["id"] for row in json.loads(result.stdout)]


def test_headline_is_read_back_and_filtered(db: Path) -> None:
    # The store's quotes had no headline column: a store ingested with the attribution scheme could not tell the
    # headline's quotes from the body's, though `analyze` marks each.
    with telex.open(db) as corpus:
        assert dict(zip(corpus.quotes()["id"], corpus.quotes()["headline"], strict=True)) == {"Q1": False, "Q2": True}
        assert list(corpus.quotes(headline=True)["id"]) == ["Q2"]
        with pytest.raises(telex.InputError, match="headline is True"):
            corpus.quotes(headline="yes")  # type: ignore[arg-type]
    assert _ids(db, "--headline") == ["Q2"] and _ids(db, "--body") == ["Q1"] and _ids(db) == ["Q1", "Q2"]


@pytest.mark.parametrize("name", ["quotes.csv", "quotes.parquet", "quotes.jsonl"])
def test_every_quotes_export_keeps_headline(db: Path, tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--what", "quotes", "-o", str(out), "--headline"])
    assert result.exit_code == 0, result.output
    read = {"csv": pd.read_csv, "parquet": pd.read_parquet, "jsonl": lambda p: pd.read_json(p, lines=True)}
    frame = read[out.suffix[1:]](out)
    assert {"headline", "class", "continues"} <= set(frame.columns)
    assert list(frame["id"]) == ["Q2"] and list(frame["headline"]) == [True]


def test_the_api_gives_and_filters_headline(db: Path) -> None:
    from starlette.testclient import TestClient

    from telex.serve.app import create_app

    with TestClient(create_app(db)) as client:
        every = client.get("/api/quotes").json()["quotes"]
        assert [(q["id"], q["headline"]) for q in every] == [("Q1", False), ("Q2", True)]
        assert [q["id"] for q in client.get("/api/quotes?headline=false").json()["quotes"]] == ["Q1"]
        assert client.get("/api/quotes?headline=maybe").status_code == 422


def test_a_store_of_schema_6_gets_headline_from_its_analyses(db: Path) -> None:
    # As a store kept by the telex before: no headline column, spoken_quotes without it.
    with duckdb.connect(str(db)) as con:
        con.execute("ALTER TABLE quotes DROP COLUMN headline")
        con.execute("CREATE OR REPLACE TABLE spoken_quotes AS SELECT * EXCLUDE (headline) FROM spoken_quotes")
        con.execute("UPDATE telex_meta SET value = '6' WHERE key = 'schema_version'")
    with telex.open(db) as corpus:  # read as it is: the column null, every quote the body's
        assert corpus.quotes()["headline"].isna().all() and len(corpus.quotes(headline=False)) == 2
    with Store(db) as store:  # a writer migrates it, and the next pass writes the read table whole
        store.finish()
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT id, headline FROM quotes ORDER BY id").fetchall() == [("Q1", False), ("Q2", True)]
        assert con.execute("SELECT id FROM spoken_quotes WHERE headline").fetchall() == [("Q2",)]
        assert con.execute("SELECT value FROM telex_meta WHERE key = 'schema_version'").fetchone() == (
            str(SCHEMA_VERSION),)


def test_a_dataset_written_before_headline_is_read(tmp_path: Path) -> None:
    from telex.store.parquet import Dataset

    folder = tmp_path / "dataset"
    dataset = Dataset(folder, run="r1")
    analysis = _with_headline_quote()
    dataset.write([analysis], {analysis.id: CorpusInfo(analysis.id, content_hash(analysis.text))})
    dataset.finish()
    with telex.open(folder) as corpus:
        assert list(corpus.quotes(headline=True)["id"]) == ["Q2"]
    for part in folder.glob("quotes/*/*.parquet"):  # as a telex before schema 7 wrote them
        duckdb.execute(f"COPY (SELECT * EXCLUDE (headline) FROM '{part}') TO '{part}.old' (FORMAT parquet)")
        part.with_name(part.name + ".old").replace(part)
    with telex.open(folder) as corpus:
        assert corpus.quotes()["headline"].isna().all() and len(corpus.quotes()) == 2
