"""`telex export` and `Corpus.export` go by the file's name as its readers do: the format it says, and ".gz"."""

import gzip
import io
from pathlib import Path

import networkx as nx
import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import telex
from telex.cli import main
from telex.corpus.export import format_named
from tests.unit.fixtures import stored_sample


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return stored_sample(tmp_path / "news.duckdb")


@pytest.mark.parametrize(("name", "fmt"), [
    ("events.csv", "csv"), ("EVENTS.CSV.GZ", "csv"), ("q.jsonl.gz", "jsonl"), ("q.ndjson", "jsonl"),
    ("e.parquet", "parquet"), ("net.graphml.gz", "graphml"), ("net.gexf", "gexf"),
    ("events.tsv", None), ("events", None), ("-", None), ("events.gz", None),
])
def test_the_format_a_name_says(name: str, fmt: str | None) -> None:
    assert format_named(name) == fmt


def _export(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["export", "--db", str(db), *args])
    return result.exit_code, result.stderr


def test_with_no_format_the_name_gives_it(db: Path, tmp_path: Path) -> None:
    # --format was required even when -o events.parquet said it.
    out = tmp_path / "events.parquet"
    assert _export(db, "-o", str(out)) == (0, f"wrote 1 events to {out}\n")
    assert pq.read_table(out).column("source_code").to_pylist() == ["RUSGOV"]


def test_a_name_of_no_format_and_no_format_is_a_usage_error(db: Path, tmp_path: Path) -> None:
    status, stderr = _export(db, "-o", str(tmp_path / "events.tsv"))
    assert status == 2 and "give --format" in stderr and not (tmp_path / "events.tsv").exists()


@pytest.mark.parametrize(("fmt", "name"), [("csv", "events.parquet"), ("jsonl", "events.csv"),
                                           ("parquet", "events.parquet.gz"), ("graphml", "net.gexf")])
def test_a_name_that_says_another_format_is_refused(db: Path, tmp_path: Path, fmt: str, name: str) -> None:
    # CSV written to events.parquet exited 0, and pyarrow could not read the file.
    status, stderr = _export(db, "-f", fmt, "-o", str(tmp_path / name))
    assert status == 2 and name in stderr and not (tmp_path / name).exists()


def test_a_gdelt_export_may_be_named_as_gdelt_names_its_files(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "20240619.export.CSV"
    assert _export(db, "-f", "gdelt", "-o", str(out))[0] == 0
    assert pd.read_csv(out, sep="\t", header=None).shape == (1, 61)


@pytest.mark.parametrize("name", ["events.csv.gz", "events.jsonl.gz", "events.gdelt.gz", "net.graphml.gz"])
def test_a_name_ending_gz_is_written_gzipped(db: Path, tmp_path: Path, name: str) -> None:
    # `-f csv -o events.csv.gz` wrote plain CSV, which pandas.read_csv (going by the name) failed to read.
    out = tmp_path / name
    args = ["-f", "gdelt"] if "gdelt" in name else []
    assert _export(db, *args, "-o", str(out))[0] == 0
    data = gzip.decompress(out.read_bytes())
    if name.startswith("net"):
        assert set(nx.read_graphml(io.BytesIO(data)).nodes) == {"RUSGOV", "PRKGOV"}
    elif "csv" in name:
        assert pd.read_csv(out, dtype={"cameo": str})["cameo"].tolist() == ["040"]
    elif "jsonl" in name:
        assert pd.read_json(out, lines=True, dtype={"cameo": str})["cameo"].tolist() == ["040"]
    else:
        assert len(data.decode().rstrip("\n").split("\t")) == 61
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("telex-export-")] == []


def test_the_python_export_goes_by_the_name_too(db: Path, tmp_path: Path) -> None:
    with telex.open(db) as corpus:
        with pytest.raises(telex.InputError, match="names a parquet file"):
            corpus.export("events", "csv", tmp_path / "events.parquet")
        corpus.export("quotes", "csv", tmp_path / "quotes.csv.gz")
    written = tmp_path / "quotes.csv.gz"
    assert written.read_bytes()[:2] == b"\x1f\x8b" and len(pd.read_csv(written)) == 1
