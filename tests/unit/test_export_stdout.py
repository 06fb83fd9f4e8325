"""`telex export -o -` writes to standard output, as `-` means for every telex source; no file named "-"."""

import csv
import io
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from telex.cli import main
from tests.unit.fixtures import stored_sample


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return stored_sample(tmp_path / "news.duckdb")


@pytest.mark.parametrize("fmt", ["csv", "gexf"])
def test_a_dash_writes_the_export_to_standard_output(
    db: Path, tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", fmt, "-o", "-"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "-").exists()
    assert result.stderr == "wrote 1 events to standard output\n"
    if fmt == "csv":
        (row,) = csv.DictReader(io.StringIO(result.stdout))
        assert row["cameo"] == "040" and row["source_code"] == "RUSGOV"
    else:
        assert set(nx.read_gexf(io.BytesIO(result.stdout_bytes)).nodes) == {"RUSGOV", "PRKGOV"}


@pytest.mark.parametrize(("what", "fmt"), [("actors", "graphml"), ("quotes", "gexf"), ("articles", "gdelt")])
def test_a_format_drawn_from_the_events_with_another_table_is_a_usage_error(
    db: Path, tmp_path: Path, what: str, fmt: str
) -> None:
    # `--what actors --format graphml` said "writes events" with the status of bad input (1), not of bad usage (2).
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--what", what, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 2 and not out.exists()
    assert f"{fmt} writes" in result.stderr and "--what events" in result.stderr and f"not the {what}" in result.stderr


def test_the_python_export_refuses_the_same_without_naming_options(db: Path, tmp_path: Path) -> None:
    import telex

    with telex.open(db) as corpus, pytest.raises(telex.InputError, match="graphml writes the actor network"):
        corpus.export("actors", "graphml", tmp_path / "network.graphml")


def test_quiet_writes_the_export_and_says_nothing(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(main, ["export", "--db", str(db), "-o", str(out), "-q"])
    assert result.exit_code == 0 and result.stderr == "" and len(out.read_text().splitlines()) == 2


def test_telexs_own_verbose_after_a_command_says_where_it_goes() -> None:
    for given in ("-v", "--verbose"):
        result = CliRunner().invoke(main, ["export", given, "-o", "events.csv"])
        assert result.exit_code == 2
        assert f"No such option '{given}' for export: it is telex's own option; give it before the command (telex " \
               "-v export …)" in result.stderr
    other = CliRunner().invoke(main, ["export", "--verbos", "-o", "events.csv"])
    assert other.exit_code == 2 and "for export" not in other.stderr
