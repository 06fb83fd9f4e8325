"""The corpus commands end to end on the bundled corpus (examples/corpus/wire.jsonl): a summit story with
two wire copies, and unrelated stories from June to September 2024."""

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import networkx as nx
import pandas as pd
import pytest

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus" / "wire.jsonl"


def telex(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "telex.cli", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "wire.duckdb"
    result = telex("ingest", str(CORPUS), "--db", str(path), "-j", "1")
    assert result.returncode == 0, result.stderr
    assert "ingested 7 article(s) (2 near-duplicate copies" in result.stdout
    return path


def rows(*args: str) -> list[dict[str, object]]:
    result = telex(*args, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_wire_copies_share_the_cluster_of_their_original(db: Path) -> None:
    clusters = {row["id"]: row["cluster"] for row in rows("list", "--db", str(db))}
    assert clusters["summit-copy"] == clusters["summit-short"] == clusters["summit"] == "summit"
    assert clusters["talks"] == "talks" and clusters["farmers"] == "farmers"


def test_an_event_told_by_the_original_and_its_copies_is_one_row(db: Path) -> None:
    meeting = [e for e in rows("events", "--db", str(db), "--source", "RUS", "--target", "PRK")
               if e["date"] == "2024-06-19" and e["cameo_root"] == "04"]
    assert len(meeting) == 1
    assert meeting[0]["num_articles"] == 3 and meeting[0]["num_sources"] == 3


def test_dyad_by_month_answers_both_directions(db: Path) -> None:
    forward = rows("dyad", "RUS", "PRK", "--db", str(db), "--by", "month")
    backward = rows("dyad", "North Korea", "Russia", "--db", str(db), "--by", "month")
    assert [p["period"] for p in forward] == ["2024-06", "2024-07", "2024-08"]  # July a row of no events
    assert forward[1]["events"] == 0
    assert [p["events"] for p in forward] == [p["events"] for p in backward]
    assert list(forward[0])[:8] == ["period", "events", "goldstein_sum", "goldstein_mean", "verbal_cooperation",
                                    "material_cooperation", "verbal_conflict", "material_conflict"]
    assert forward[0]["evidence"]
    csv = telex("dyad", "RUS", "PRK", "--db", str(db), "--format", "csv")
    assert csv.stdout.splitlines()[0].startswith("period,events,goldstein_sum")


def test_dyad_plot(db: Path, tmp_path: Path) -> None:
    chart = tmp_path / "dyad.svg"
    assert telex("dyad", "RUS", "PRK", "--db", str(db), "--plot", str(chart)).returncode == 0
    assert "<svg" in chart.read_text()


def test_quotes_actors_and_search(db: Path) -> None:
    quotes = rows("quotes", "--db", str(db), "--speaker", "Sanders")
    assert quotes and {q["speaker"] for q in quotes} == {"Bernie Sanders"}
    assert rows("quotes", "--db", str(db), "--about", "ordinary people")
    assert not rows("quotes", "--db", str(db), "--speaker", "Sanders", "--until", "2024-08-01")
    actors = rows("actors", "--db", str(db))
    assert actors[0]["name"] == "North Korea"
    found = rows("search", "tractors", "--db", str(db))
    assert [f["id"] for f in found] == ["farmers"]


def test_exports_load_in_pandas_duckdb_and_networkx(db: Path, tmp_path: Path) -> None:
    for what, fmt in (("events", "gdelt"), ("events", "parquet"), ("quotes", "csv"), ("actors", "jsonl"),
                      ("articles", "csv"), ("events", "graphml"), ("events", "gexf")):
        path = tmp_path / f"{what}.{fmt}"
        result = telex("export", "--db", str(db), "--what", what, "--format", fmt, "-o", str(path))
        assert result.returncode == 0, result.stderr
    gdelt = pd.read_csv(tmp_path / "events.gdelt", sep="\t", header=None, dtype=str, keep_default_na=False)
    assert gdelt.shape[1] == 61 and gdelt[33].astype(int).max() == 3  # NumArticles of the summit meeting
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path / 'events.parquet'}')").fetchone()[0] == len(gdelt)
    articles = pd.read_csv(tmp_path / "articles.csv")
    assert list(articles.columns[:5]) == ["id", "cluster", "url", "published", "outlet"]
    assert nx.read_graphml(tmp_path / "events.graphml").number_of_nodes() > 3
    assert nx.read_gexf(tmp_path / "events.gexf").number_of_edges() > 3


def test_skip_existing_and_reads_of_a_missing_store(db: Path, tmp_path: Path) -> None:
    again = telex("ingest", str(CORPUS), "--db", str(db), "--skip-existing", "-j", "1")
    assert again.returncode == 0, again.stderr
    assert "7 unchanged skipped" in again.stdout
    missing = telex("dyad", "RUS", "PRK", "--db", str(tmp_path / "absent.duckdb"))
    assert missing.returncode == 1 and "telex ingest" in missing.stderr and "Traceback" not in missing.stderr


def test_failed_records_give_exit_status_three_and_the_rest_are_stored(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"id": "ok", "text": "Seoul protested on Monday against the launch."}) + "\nnot json\n")
    result = telex("ingest", str(batch), "--db", str(tmp_path / "b.duckdb"), "-j", "1")
    assert result.returncode == 3
    assert "ingested 1 article(s)" in result.stdout and "1 failed" in result.stdout


def test_a_repeated_id_in_one_run_fails_in_place_and_is_never_an_overwrite(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join([
        json.dumps({"id": "same", "text": "Seoul protested on Monday against the launch of a missile."}),
        json.dumps({"id": "same", "text": "Tokyo agreed on Tuesday to hold talks with Seoul next month."}),
    ]) + "\n")  # fmt: skip
    db = tmp_path / "d.duckdb"
    result = telex("ingest", str(batch), "--db", str(db), "-j", "1")
    assert result.returncode == 3
    assert "appears twice" in result.stderr and "ingested 1 article(s)" in result.stdout
    stored = duckdb.connect(str(db), read_only=True).execute("SELECT text FROM articles").fetchall()
    assert stored == [("Seoul protested on Monday against the launch of a missile.",)]
