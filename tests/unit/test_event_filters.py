"""The filters an analyst of events expects, alike in `telex events`, `telex export --what events` (every format),
`Corpus.events` and `/api/events`: by actor, by country, by kind (root, CAMEO code, PLOVER type, QuadClass) and by
date; one filter gives one answer on every surface."""

import json
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import telex
from telex.cli import main
from telex.records import ActorRef, Event, Trigger
from tests.unit.fixtures import sample_analysis, stored_sample

PUTIN = ActorRef("Putin", "Vladimir Putin", "RUSGOV", "RUS", "GOV", "E1")
KIM = ActorRef("Kim", "Kim Jong Un", "PRKGOV", "PRK", "GOV", "E2")


def _event(
    number: int, cameo: str, plover: str, quad: int, goldstein: float, day: str, source: ActorRef, target: ActorRef
) -> Event:
    return Event(
        f"V{number}",
        cameo,
        cameo[:2],
        plover,
        None,
        quad,
        goldstein,
        (source,),
        (target,),
        "asserted",
        Trigger("met", 6, 9),
        0,
        0.8,
        date=day,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Four events between Putin (RUSGOV) and Kim (PRKGOV), one of each QuadClass, on four days of two months."""
    events = (
        _event(1, "040", "CONSULT", 1, 1.0, "2024-06-19", PUTIN, KIM),
        _event(2, "061", "COOPERATE", 2, 6.4, "2024-06-20", KIM, PUTIN),
        _event(3, "112", "ACCUSE", 3, -2.0, "2024-07-01", PUTIN, KIM),
        _event(4, "173", "COERCE", 4, -5.0, "2024-07-02", KIM, PUTIN),
    )
    return stored_sample(tmp_path / "news.duckdb", replace(sample_analysis(), events=events))


def _events(db: Path, *args: str) -> list[str]:
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return [row["cameo"] for row in json.loads(result.stdout)]


def _exported(db: Path, tmp_path: Path, *args: str) -> list[str]:
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(main, ["export", "--db", str(db), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return list(pd.read_csv(out, dtype={"cameo": str})["cameo"])


@pytest.mark.parametrize(("args", "cameos"), [
    (["--quad-class", "3"], ["112"]),
    (["--quad-class", "verbal_conflict"], ["112"]),
    (["--quad-class", "Material conflict"], ["173"]),
    (["--source", "PRK"], ["061", "173"]),
    (["--actor", "rus", "--root", "4"], ["040"]),
    (["--target", "Putin", "--since", "2024-07"], ["173"]),
    (["--plover", "accuse"], ["112"]),
])  # fmt: skip
def test_an_events_export_keeps_the_rows_telex_events_gives(
    db: Path, tmp_path: Path, args: list[str], cameos: list[str]
) -> None:
    # `telex export --what events` took --since and --until alone: the events of one actor or one kind could be
    # listed but not exported, so the GDELT file or network of a dyad was the whole corpus's.
    assert _events(db, *args) == cameos == _exported(db, tmp_path, *args)


def test_quad_class_filters_every_surface(db: Path, tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from telex.serve.app import create_app

    with telex.open(db) as corpus:
        assert list(corpus.events(quad_class=2)["cameo"]) == ["061"]
        assert list(corpus.events(quad_class="material_cooperation")["cameo"]) == ["061"]
        with pytest.raises(telex.InputError, match="no QuadClass; give one of 1 \\(verbal_cooperation\\)"):
            corpus.events(quad_class=5)
    with TestClient(create_app(db)) as client:
        assert [e["cameo"] for e in client.get("/api/events?quad_class=4").json()["events"]] == ["173"]
        refused = client.get("/api/events?quad_class=conflict")
        assert refused.status_code == 400 and "no QuadClass" in refused.json()["error"]


def test_a_network_or_gdelt_export_of_one_kind(db: Path, tmp_path: Path) -> None:
    import networkx as nx

    graph = tmp_path / "conflict.graphml"
    result = CliRunner().invoke(main, ["export", "--db", str(db), "-o", str(graph), "--quad-class", "4"])
    assert result.exit_code == 0, result.output
    edges = list(nx.read_graphml(graph).edges(data=True))
    assert [(a, b, edge["cameo"]) for a, b, edge in edges] == [("PRKGOV", "RUSGOV", "173")]
    gdelt = tmp_path / "conflict.tsv"
    result = CliRunner().invoke(
        main,
        ["export", "--db", str(db), "-f", "gdelt", "-o", str(gdelt), "--actor", "Kim Jong Un", "--quad-class", "3"],
    )
    assert result.exit_code == 0 and [line.split("\t")[26] for line in gdelt.read_text().splitlines()] == ["112"]


@pytest.mark.parametrize(("args", "says"), [
    (["--quad-class", "5"], "Invalid value for '--quad-class': '5' is no QuadClass"),
    (["--what", "quotes", "--root", "4"], "--root filters the events: give --what events"),
    (["--speaker", "Putin"], "--speaker filters the quotes: give --what quotes"),
    (["--what", "actors", "--quad-class", "1"], "--quad-class: the actors are exported whole"),
])  # fmt: skip
def test_a_filter_an_export_does_not_take_is_a_usage_error(
    db: Path, tmp_path: Path, args: list[str], says: str
) -> None:
    result = CliRunner().invoke(main, ["export", "--db", str(db), "-o", str(tmp_path / "out.csv"), *args])
    assert result.exit_code == 2 and says in " ".join(result.stderr.split()), result.stderr
    assert not (tmp_path / "out.csv").exists()


def test_an_export_of_an_actor_in_no_event_says_so(db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--db", str(db), "-o", str(tmp_path / "e.csv"), "--actor", "Narnia"])
    assert result.exit_code == 0 and result.stderr.startswith("'Narnia' is in no event of")


def _dyad_events(db: Path, *args: str) -> int:
    result = CliRunner().invoke(main, ["dyad", "--db", str(db), "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return sum(row["events"] for row in json.loads(result.stdout))


def test_exact_codes_give_the_events_of_the_networks_edge(db: Path, tmp_path: Path) -> None:
    # The network joins the exact codes of each event's first source and target; `telex dyad RUS PRK` reads RUS as
    # every Russian actor. --exact asks for the edge's events: RUS and PRK coded so, here none.
    assert _dyad_events(db, "RUS", "PRK") == 4 == _dyad_events(db, "RUSGOV", "PRKGOV", "--exact")
    assert _dyad_events(db, "RUS", "PRK", "--exact") == 0
    assert (
        _events(db, "--source", "prkgov", "--exact")
        == ["061", "173"]
        == _exported(db, tmp_path, "--source", "PRKGOV", "--exact")
    )
    named = CliRunner().invoke(main, ["dyad", "--db", str(db), "Putin", "PRK", "--exact"])
    assert named.exit_code == 1 and "an exact actor is a whole CAMEO code" in named.stderr


def test_exact_codes_over_http(db: Path) -> None:
    from starlette.testclient import TestClient

    from telex.serve.app import create_app

    with TestClient(create_app(db)) as client:
        edge = client.get("/api/dyads?a=RUSGOV&b=PRKGOV&exact=1&by=year").json()["periods"]
        assert [(row["period"], row["events"]) for row in edge] == [("2024", 4)]
        assert client.get("/api/dyads?a=RUS&b=PRK&exact=true").json()["periods"] == []
        assert len(client.get("/api/events?actor=RUSGOV&exact=1").json()["events"]) == 4
        assert client.get("/api/dyads/chart.svg?a=RUSGOV&b=PRKGOV&exact=1").status_code == 200
        refused = client.get("/api/events?actor=Putin&exact=1")
        assert refused.status_code == 400 and "an exact actor is a whole CAMEO code" in refused.json()["error"]


def test_events_page_with_offset_on_every_surface(db: Path) -> None:
    # /api/events and `telex events` had no offset: past the limit (10,000 at most over HTTP) no event could be read.
    from starlette.testclient import TestClient

    from telex.serve.app import create_app

    with telex.open(db) as corpus:
        assert list(corpus.events(limit=2, offset=1)["cameo"]) == ["061", "112"]
    assert _events(db, "--limit", "2") + _events(db, "--limit", "2", "--offset", "2") == ["040", "061", "112", "173"]
    cut = CliRunner().invoke(main, ["events", "--db", str(db), "--limit", "3", "--offset", "0"])
    assert "raise --limit to see them, or --offset 3 for the next 3" in cut.stderr
    with TestClient(create_app(db)) as client:
        first, second, past = (client.get(f"/api/events?limit=3&offset={offset}").json() for offset in (0, 3, 7))
    assert [e["cameo"] for e in first["events"] + second["events"]] == ["040", "061", "112", "173"]
    assert (first["next_offset"], second["next_offset"], second["offset"]) == (3, None, 3)
    assert past["events"] == [] and past["note"] == "no events past offset 7: fewer match; offset=0 gives the first"


def test_a_dyad_says_how_many_events_it_puts_in_no_period(tmp_path: Path) -> None:
    # The dyad left out undated events and those known to the year alone (by month) without a word: its count fell
    # short of `telex events --actor` and nothing said why.
    events = (
        _event(1, "040", "CONSULT", 1, 1.0, "2024-06-19", PUTIN, KIM),
        _event(2, "061", "COOPERATE", 2, 6.4, "2024", KIM, PUTIN),
        _event(3, "112", "ACCUSE", 3, -2.0, None, PUTIN, KIM),  # type: ignore[arg-type]
    )
    db = stored_sample(tmp_path / "news.duckdb", replace(sample_analysis(), events=events, published=None))
    with telex.open(db) as corpus:
        assert corpus.dyad_left_out("RUS", "PRK") == (1, 1)
        assert corpus.dyad_left_out("RUS", "PRK", by="year") == (1, 0)
    by_month = CliRunner().invoke(main, ["dyad", "RUS", "PRK", "--db", str(db), "-f", "csv"])
    assert by_month.exit_code == 0 and by_month.stdout.count("\n") == 2  # the header and June 2024
    assert by_month.stderr == (
        "2 event(s) between RUS and PRK are in no month: 1 undated and 1 dated less precisely "
        "than a month; `telex events --actor` lists them\n"
    )
    by_year = CliRunner().invoke(main, ["dyad", "RUS", "PRK", "--db", str(db), "--by", "year", "-f", "csv"])
    assert (
        by_year.stderr
        == "1 event(s) between RUS and PRK are in no year: 1 undated; `telex events --actor` lists them\n"
    )
    dated = CliRunner().invoke(main, ["dyad", "RUS", "PRK", "--db", str(db), "--by", "year", "--since", "2024"])
    assert dated.exit_code == 0 and dated.stderr == ""  # none left out: no word
    from starlette.testclient import TestClient

    from telex.serve.app import create_app

    with TestClient(create_app(db)) as client:
        answer = client.get("/api/dyads", params={"a": "RUS", "b": "PRK"}).json()
    assert (len(answer["periods"]), answer["undated"], answer["less_precise"]) == (1, 1, 1)  # the dashboard says so
