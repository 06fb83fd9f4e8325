"""The server over a store of hand-built analyses, without the model: what a user who gets a route or a field
wrong is told, and what an analysis request passes on (``telex.analyze`` stood in for)."""

from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

import telex
import telex.api
from telex.serve.app import create_app
from telex.store.duckdb_store import CorpusInfo, Store, content_hash
from tests.unit.fixtures import sample_analysis


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    db = tmp_path / "corpus.duckdb"
    analysis = sample_analysis("a")
    with Store(db) as store:
        store.write([analysis], {"a": CorpusInfo("a", content_hash(analysis.text))})
        store.finish()
    return TestClient(create_app(db, token="s3"))


def test_a_route_that_does_not_exist_is_named_with_where_the_routes_are(client: TestClient) -> None:
    with client:
        answer = client.get("/api/event", params={"actor": "RUS"})
    assert answer.status_code == 404
    assert answer.json() == {"error": "no page /api/event; the API's routes are listed at /docs"}  # was "Not Found"


def test_an_analysis_takes_every_field_of_a_jsonl_record(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    given: dict[str, Any] = {}

    def analyze(**fields: Any) -> Any:
        given.update(fields)
        return sample_analysis(fields["id"])

    monkeypatch.setattr(telex.api, "analyze_sent", analyze)
    record = {
        "id": "desk/1",
        "text": "Seoul protested.",
        "published": "2024-06-19",
        "title": "T",
        "source": "Example Wire",
        "author": "A. Writer",
        "url": "https://wire.example/1",
    }
    with client:
        answer = client.post("/api/analyze", json=record, headers={"Authorization": "Bearer s3"})
    assert answer.status_code == 200, answer.text  # "source" and "author" were refused: "Extra inputs"
    assert (given["source"], given["author"], given["title"], given["url"]) == (
        "Example Wire",
        "A. Writer",
        "T",
        "https://wire.example/1",
    )
    with client:
        refused = client.post(
            "/api/analyze", json={"text": "x", "outlet": "AP"}, headers={"Authorization": "Bearer s3"}
        )
    assert refused.status_code == 422 and "outlet" in refused.json()["error"]


def test_an_article_id_no_article_has_is_answered_with_the_ids_it_may_mean(client: TestClient) -> None:
    with client:
        typo, unknown = client.get("/api/articles/A"), client.get("/api/articles/nothing/here")
    assert (typo.status_code, typo.json()) == (
        404,
        {"error": "no article 'A' in corpus.duckdb; the ids nearest it: 'a'"},
    )
    assert (unknown.status_code, unknown.json()) == (404, {"error": "no article 'nothing/here' in corpus.duckdb"})
    with client:
        blank = client.get("/api/articles/%20")  # every id holds "": none was offered as near
    assert (blank.status_code, blank.json()) == (404, {"error": "no article ' ' in corpus.duckdb"})


def test_a_page_of_articles_past_the_last_says_so_in_a_note(client: TestClient) -> None:
    with client:
        past, first, none = (
            client.get("/api/articles", params=params).json()
            for params in ({"offset": 5}, {"offset": 0}, {"offset": 5, "q": "Narnia"})
        )
    assert past == {
        "articles": [],
        "limit": 50,
        "offset": 5,
        "next_offset": None,
        "note": "no articles past offset 5: fewer match; offset=0 gives the first",
    }  # was no note
    assert len(first["articles"]) == 1 and "note" not in first
    assert none["articles"] == [] and "note" not in none  # none match at all: the empty answer is the answer


def test_a_search_of_no_indexed_word_says_so_in_a_note(client: TestClient) -> None:
    with client:
        none, found, unknown = (client.get("/api/search", params={"q": q}).json() for q in ("the", "Putin", "Narnia"))
    assert none["results"] == [] and "holds no word the full-text index keeps" in none["note"]  # was [] alone
    assert found["results"] and "note" not in found
    assert unknown == {"results": []}  # a word the index keeps, in no article: the answer is the answer


def test_an_empty_answer_names_the_actors_and_outlet_no_row_has(client: TestClient) -> None:
    with client:

        def get(route: str, **params: str) -> dict[str, Any]:
            answer = client.get(route, params=params)
            assert answer.status_code == 200, answer.text
            return dict(answer.json())

        dyad = get("/api/dyads", a="Narnia", b="RUS")  # the dashboard said "No dated events between Narnia and RUS"
        assert dyad["periods"] == [] and dyad["note"].startswith("'Narnia' is in no event of this corpus")
        both = get("/api/events", source="Narnia", target="Oz")
        assert both["note"].startswith("'Narnia' and 'Oz' are in no event")
        assert "note" not in get("/api/events", actor="RUS", root="19")  # a known actor, no event of that kind
        assert "note" not in get("/api/events", actor="RUS")  # rows
        page = get("/api/articles", outlet="bt")
        assert page["articles"] == [] and page["note"] == (
            "no article has the outlet 'bt'; outlets whose name holds it: BTA (give the whole name)"
        )
        assert get("/api/articles", outlet="Reuters")["note"] == "no article has the outlet 'Reuters'"
        assert "note" not in get("/api/articles", outlet="bta")


def test_an_empty_answer_names_a_speaker_of_no_quote(client: TestClient) -> None:
    with client:
        unknown = client.get("/api/quotes", params={"speaker": "Sandrs"}).json()
        quiet = client.get("/api/quotes", params={"speaker": "Putin", "since": "2030-01-01"}).json()
    assert unknown["quotes"] == [] and unknown["note"].startswith("'Sandrs' speaks in no quote of this corpus")
    assert quiet["quotes"] == [] and "note" not in quiet  # a speaker the corpus quotes, in a quiet period: no note


def test_a_parameter_given_twice_is_refused_naming_it(client: TestClient) -> None:
    with client:
        twice = client.get("/api/events?actor=USA&actor=RUS")
        dyad = client.head("/api/dyads?a=RUS&b=PRK&b=USA")
        once = client.get("/api/events?actor=USA&root=14")
    assert twice.status_code == 422, twice.text  # was 200, with the events of RUS alone (the last value)
    assert twice.json() == {"error": "query actor: given 2 times; it takes one value"}
    assert dyad.status_code == 422
    assert once.status_code == 200


def test_a_parameter_the_route_does_not_take_is_refused_naming_those_it_takes(client: TestClient) -> None:
    with client:
        about = client.get("/api/quotes", params={"about": "tariffs"})  # the command line's --about is `text` here
        typo = client.get("/api/events", params={"actr": "USA", "root": "14"})
        network = client.get("/api/network", params={"since": "2016-01-01"})
        analysis = client.post("/api/analyze?store=true", json={"text": "x"}, headers={"Authorization": "Bearer s3"})
        page = client.get("/", params={"utm_source": "mail"})
    assert about.status_code == 422, about.text  # was 200 with every quote, as if no filter had been given
    assert about.json() == {
        "error": "query about: /api/quotes has no such parameter; it takes speaker, text, "
        "since, until, outlet, class, via, headline, limit, offset"
    }
    assert typo.status_code == 422 and "query actr" in typo.json()["error"] and "actor" in typo.json()["error"]
    assert network.status_code == 422 and "it takes limit" in network.json()["error"]
    assert analysis.status_code == 422 and "it takes none" in analysis.json()["error"]
    assert page.status_code == 200  # a page takes a link's tracking parameters


def test_a_dyad_between_two_dates_answers_as_the_command_does(client: TestClient) -> None:
    with client:
        periods = client.get(
            "/api/dyads", params={"a": "RUS", "b": "PRK", "by": "day", "since": "2024-06-18", "until": "2024-06-20"}
        )
        chart = client.get("/api/dyads/chart.svg", params={"a": "RUS", "b": "PRK", "since": "2024-06"})
        bad = client.get("/api/dyads", params={"a": "RUS", "b": "PRK", "since": "2024-06-31"})
    assert periods.status_code == 200, periods.text  # was 422: /api/dyads has no such parameter
    assert [(p["period"], p["events"]) for p in periods.json()["periods"]] == [
        ("2024-06-18", 0),
        ("2024-06-19", 1),
        ("2024-06-20", 0),
    ]
    assert chart.status_code == 200 and chart.text.startswith("<svg")
    assert bad.status_code == 400 and "since '2024-06-31' is not a date" in bad.json()["error"]


def test_events_by_cameo_code_and_plover_type_over_http(client: TestClient) -> None:
    with client:
        code = client.get("/api/events", params={"cameo": "040"})
        kind = client.get("/api/events", params={"plover": "accuse"})
        bad = client.get("/api/events", params={"plover": "fight"})
    assert code.status_code == 200, code.text  # was 422: /api/events has no such parameter
    assert [event["cameo"] for event in code.json()["events"]] == ["040"]
    assert kind.status_code == 200 and kind.json()["events"] == []
    assert bad.status_code == 400 and "no PLOVER type" in bad.json()["error"]


def test_a_body_that_is_no_json_object_says_how_to_send_one(client: TestClient) -> None:
    token = {"Authorization": "Bearer s3"}
    with client:  # `curl -d '{"text": …}'` with no Content-Type sends the JSON as a form
        form = client.post(
            "/api/analyze",
            content='{"text": "Seoul protested."}',
            headers={**token, "Content-Type": "application/x-www-form-urlencoded"},
        )
        broken = client.post(
            "/api/analyze", content='{"text": "x",}', headers={**token, "Content-Type": "application/json"}
        )
        listed = client.post("/api/analyze", json=["x"], headers=token)
    assert form.status_code == 422  # was "body: Input should be a valid dictionary or object to extract fields from"
    assert (
        "Content-Type: application/json" in form.json()["error"]
        and "application/x-www-form-urlencoded" in (form.json()["error"])
    )
    assert broken.json() == {
        "error": "body: not JSON at character 13 (Expecting property name enclosed in double quotes)"
    }  # was "body 13: JSON decode error"
    assert listed.status_code == 422 and "valid dictionary" in listed.json()["error"]  # JSON, of the wrong shape


def test_a_posted_text_that_names_a_file_here_is_analysed_as_text(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # telex.analyze refuses a text that is a file's path; over HTTP that would tell a caller which files the server
    # has, so a posted text is never looked for on disk. A date is read as telex.analyze and JSONL records read it.
    import telex.pipeline

    given: list[telex.Article] = []
    monkeypatch.setattr(
        telex.pipeline, "analyze_one", lambda article, **_: given.append(article) or sample_analysis(article.id)
    )
    with client:
        for text in (str(tmp_path / "corpus.duckdb"), str(tmp_path / "absent.txt")):
            answer = client.post(
                "/api/analyze", json={"text": text, "published": "19 June 2024"}, headers={"Authorization": "Bearer s3"}
            )
            assert answer.status_code == 200, answer.text
    assert [article.text for article in given] == [str(tmp_path / "corpus.duckdb"), str(tmp_path / "absent.txt")]
    assert {str(article.published) for article in given} == {"2024-06-19"}


def test_a_dyad_chart_of_no_event_says_so_and_why(client: TestClient) -> None:
    with client:
        unknown = client.get("/api/dyads/chart.svg", params={"a": "Narnia", "b": "RUS"})
        quiet = client.get("/api/dyads/chart.svg", params={"a": "RUS", "b": "PRK", "since": "2030"})
        drawn = client.get("/api/dyads/chart.svg", params={"a": "RUS", "b": "PRK"})
    assert unknown.status_code == 200  # was empty axes under "Events per period by QuadClass …", saying nothing
    assert "No events between Narnia and RUS" in unknown.text
    assert "'Narnia' is in no event of this corpus: give a CAMEO code" in unknown.text
    assert "No events between RUS and PRK" in quiet.text and "in no event of" not in quiet.text  # a quiet period
    assert "No events" not in drawn.text and "Events per period by QuadClass" in drawn.text
