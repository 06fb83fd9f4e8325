"""`telex serve`'s REST API end to end with FastAPI's TestClient, over a store of the bundled corpus
(examples/corpus/wire.jsonl: a summit story with two wire copies, and unrelated stories from June to September 2024)."""

import asyncio
import json
import re
import shutil
import threading
import time
from collections import Counter
from collections.abc import Iterator, MutableMapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

import telex
from telex.cli import main
from telex.corpus.ingest import ingest
from telex.corpus.query import DYAD_COLUMNS, Corpus
from telex.errors import StoreError
from telex.records import analysis_from_dict
from telex.serve import DEFAULT_MAX_BODY
from telex.serve.access import CorpusAccess
from telex.serve.app import STATIC, create_app
from telex.serve.command import serve
from telex.serve.guard import WriteGuard
from telex.store.duckdb_store import Store

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus" / "wire.jsonl"
TOKEN = "test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
MAX_BODY = 50_000
IDS = {"summit", "summit-copy", "summit-short", "missile", "talks", "farmers", "sanders"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "wire.duckdb"
    report = ingest([str(CORPUS)], path, processes=1)
    assert report.stored == 7 and not report.failures
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, token=TOKEN, max_body=MAX_BODY)) as client:
        yield client


@pytest.fixture
def writable(db: Path, tmp_path: Path) -> Path:
    """A copy of the store for tests that write, so that the others read the bundled corpus as it is."""
    return Path(shutil.copy(db, tmp_path / "copy.duckdb"))


def ok(client: TestClient, url: str, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def error(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert list(body) == ["error"] and "Traceback" not in body["error"]
    return str(body["error"])


# -- articles ---------------------------------------------------------------------------------------------------------

def test_articles_page_through_the_whole_store_newest_first(client: TestClient) -> None:
    first = ok(client, "/api/articles", limit=3)
    assert (first["limit"], first["offset"], first["next_offset"]) == (3, 0, 3)
    pages, offset = [first["articles"]], first["next_offset"]
    while offset is not None:
        page = ok(client, "/api/articles", limit=3, offset=offset)
        pages.append(page["articles"])
        offset = page["next_offset"]
    rows = [row for page in pages for row in page]
    assert [len(page) for page in pages] == [3, 3, 1]
    assert {row["id"] for row in rows} == IDS and len(rows) == 7
    dates = [row["published"] for row in rows]
    assert dates == sorted(dates, reverse=True)
    assert rows[0] == {**rows[0], "id": "sanders", "quotes": 2, "events": 2, "outlet": "US Example"}


def test_article_filters(client: TestClient) -> None:
    def ids(**params: Any) -> set[str]:
        return {row["id"] for row in ok(client, "/api/articles", **params)["articles"]}

    assert ids(q="tractors") == {"farmers"}
    assert ids(outlet="Example Wire") == {"summit", "missile", "talks"}
    assert ids(since="2024-08-01", until="2024-08-31") == {"talks", "farmers"}
    assert ids(since="2024-08-13") == {"farmers", "sanders"}
    assert ids(since="2024-08-13T09:30:00Z") == {"farmers", "sanders"}  # a timestamp's day, as POST takes it
    assert ids(since="2024-08", until="2024-08") == {"talks", "farmers"}  # a whole month, as telex.open takes it
    assert ids(q="no such words anywhere") == set()


def test_one_article_is_its_stored_analysis(client: TestClient, db: Path) -> None:
    body = ok(client, "/api/articles/summit")
    with telex.open(db) as corpus:
        assert body == corpus.article("summit")
    assert body["quotes"] and body["events"]
    for quote in body["quotes"]:
        assert body["text"][quote["start"]:quote["end"]] == quote["text"]


def test_an_unknown_article_or_route_is_a_json_404(client: TestClient) -> None:
    assert "no article 'nope/nothing'" in error(client.get("/api/articles/nope/nothing"), 404)
    assert error(client.get("/api/nothing"), 404) == "no page /api/nothing; the API's routes are listed at /docs"
    assert error(client.delete("/api/articles/summit", headers=AUTH), 405) == "Method Not Allowed"


def test_head_answers_every_page_and_route_as_get_does_without_the_body(client: TestClient) -> None:
    for url in ("/", "/docs", "/api/articles", "/api/articles/summit", "/api/dyads/chart.svg?a=RUS&b=PRK"):
        got, head = client.get(url), client.head(url)
        assert (head.status_code, head.content) == (200, b""), url
        assert head.headers["content-type"] == got.headers["content-type"], url
    assert client.head("/api/articles/nope").status_code == 404


def test_search(client: TestClient) -> None:
    results = ok(client, "/api/search", q="tractors")["results"]
    assert [row["id"] for row in results] == ["farmers"] and results[0]["score"] > 0
    assert "give words to search for" in error(client.get("/api/search", params={"q": "  "}), 400)
    assert "query q" in error(client.get("/api/search"), 422)


def test_bad_parameters_say_which_and_why(client: TestClient) -> None:
    assert "query limit" in error(client.get("/api/articles", params={"limit": 0}), 422)
    for route in ("/api/articles", "/api/events", "/api/quotes"):  # read as telex.open and the CLI read them
        assert "since 'last year' is not a date" in error(client.get(route, params={"since": "last year"}), 400)
        assert "until '2024-13-01' is not a date" in error(client.get(route, params={"until": "2024-13-01"}), 400)
    assert "query root" in error(client.get("/api/events", params={"root": "protest"}), 422)
    assert "query modality" in error(client.get("/api/events", params={"modality": "rumoured"}), 422)
    for route in ("/api/articles", "/api/events", "/api/quotes"):  # no row could match: say why, not []
        wrong_way = client.get(route, params={"since": "2024-09-01", "until": "2024-06-30"})
        assert "since 2024-09-01 is after until 2024-06-30" in error(wrong_way, 400)
    assert "not a CAMEO root" in error(client.get("/api/events", params={"root": "99"}), 400)
    assert "an actor is a CAMEO code" in error(client.get("/api/events", params={"actor": ""}), 400)  # was every event
    assert "a speaker is a name" in error(client.get("/api/quotes", params={"speaker": ""}), 400)  # was every quote
    assert "quote words are" in error(client.get("/api/quotes", params={"text": " "}), 400)
    assert "an outlet is its name" in error(client.get("/api/articles", params={"outlet": ""}), 400)
    assert "article words are" in error(client.get("/api/articles", params={"q": ""}), 400)
    assert "query offset" in error(client.get("/api/articles", params={"offset": 2**63}), 422)


# -- events, dyads, network -----------------------------------------------------------------------------------------

def test_events_filters(client: TestClient) -> None:
    meeting = [e for e in ok(client, "/api/events", source="RUS", target="PRK")["events"]
               if e["date"] == "2024-06-19" and e["cameo_root"] == "04"]
    assert len(meeting) == 1 and meeting[0]["num_articles"] == 3 and meeting[0]["num_sources"] == 3
    everything = ok(client, "/api/events", limit=10_000)["events"]
    accusations = ok(client, "/api/events", root="11")["events"]
    assert accusations and {e["cameo_root"] for e in accusations} == {"11"}
    assert len(accusations) == sum(e["cameo_root"] == "11" for e in everything)
    korea = ok(client, "/api/events", actor="North Korea")["events"]
    assert korea and all("PRK" in (e["source_country"], e["target_country"]) for e in korea)
    august = ok(client, "/api/events", since="2024-08-01", until="2024-08-31")["events"]
    assert august and all(e["date"].startswith("2024-08") for e in august)
    modality = everything[0]["modality"]
    assert {e["modality"] for e in ok(client, "/api/events", modality=modality)["events"]} == {modality}
    assert len(ok(client, "/api/events", limit=2)["events"]) == 2


def test_dyads_have_the_columns_of_telex_dyad_with_evidence(client: TestClient) -> None:
    forward = ok(client, "/api/dyads", a="RUS", b="PRK", by="month")
    backward = ok(client, "/api/dyads", a="North Korea", b="Russia")
    assert (forward["a"], forward["b"], forward["by"]) == ("RUS", "PRK", "month")
    periods = forward["periods"]
    assert [p["period"] for p in periods] == ["2024-06", "2024-07", "2024-08"]  # July: no events, zeros
    assert list(periods[0]) == [*DYAD_COLUMNS, "evidence"]
    assert [p["events"] for p in periods] == [p["events"] for p in backward["periods"]]
    assert periods[1]["events"] == 0 and periods[1]["evidence"] == []
    assert all(p["evidence"] for p in periods if p["events"])
    quads = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
    assert all(p["events"] == sum(p[q] for q in quads) for p in periods)
    assert "query by" in error(client.get("/api/dyads", params={"a": "RUS", "b": "PRK", "by": "decade"}), 422)


def test_dyad_chart_is_an_svg_with_a_point_per_period(client: TestClient) -> None:
    response = client.get("/api/dyads/chart.svg", params={"a": "RUS", "b": "PRK", "by": "month"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/svg+xml"
    points = re.findall(r'aria-label="Period: ([^;"]+);[^"]*" role="graphics-symbol" aria-roledescription="point"',
                        response.text)
    assert points == ["2024-06", "2024-08"]


def test_network_counts_the_events_of_each_pair(client: TestClient) -> None:
    network = ok(client, "/api/network", limit=5)
    pairs = network["pairs"]
    assert 0 < len(pairs) <= 5
    counts = [p["events"] for p in pairs]
    assert counts == sorted(counts, reverse=True)
    events = ok(client, "/api/events", limit=10_000)["events"]
    expected = Counter(tuple(sorted((e["source_code"], e["target_code"]))) for e in events
                       if e["source_code"] and e["target_code"] and e["source_code"] != e["target_code"])
    shown = {(p["a"], p["b"]): p["events"] for p in pairs}
    assert shown == {pair: expected[pair] for pair in shown}
    assert max(expected.values()) == counts[0]
    codes = {code for p in pairs for code in (p["a"], p["b"])}
    assert {actor["code"] for actor in network["actors"]} == codes


# -- quotes and actors ----------------------------------------------------------------------------------------------

def test_quotes_filters(client: TestClient) -> None:
    sanders = ok(client, "/api/quotes", speaker="Sanders")["quotes"]
    assert sanders and {q["speaker"] for q in sanders} == {"Bernie Sanders"}
    about = ok(client, "/api/quotes", text="ordinary people")["quotes"]
    assert about and all("ordinary people" in q["text"].lower() for q in about)
    assert ok(client, "/api/quotes", speaker="Sanders", until="2024-08-01")["quotes"] == []
    assert all(q["published"] >= "2024-08-13" for q in ok(client, "/api/quotes", since="2024-08-13")["quotes"])
    assert len(ok(client, "/api/quotes", limit=2)["quotes"]) == 2


def test_actors(client: TestClient) -> None:
    actors = ok(client, "/api/actors")["actors"]
    assert actors[0]["name"] == "North Korea" and actors[0]["events"] >= actors[1]["events"]
    assert len(ok(client, "/api/actors", limit=3)["actors"]) == 3


# -- analysis, security and limits -----------------------------------------------------------------------------------

def test_analyze_returns_the_analysis_of_text_or_html(client: TestClient) -> None:
    text = "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday."
    response = client.post("/api/analyze", json={"text": text, "published": "2024-06-19", "id": "a/b"}, headers=AUTH)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["id"] == "a/b" and body["text"] == text
    assert body == telex.analyze(text=text, published="2024-06-19", id="a/b").to_dict()
    assert {(e["source"][0]["code"], e["target"][0]["code"], e["date"]) for e in body["events"]} == {
        ("RUSGOV", "PRKGOV", "2024-06-19")}
    page = "<html><head><title>Summit</title></head><body><article><p>" + text + "</p></article></body></html>"
    from_html = client.post("/api/analyze", json={"html": page, "published": "2024-06-19"}, headers=AUTH).json()
    assert from_html["title"] == "Summit" and text in from_html["text"]
    stamped = {"text": text, "published": "2024-06-19T10:00:00Z"}  # a feed's timestamp, as ingest takes it
    assert client.post("/api/analyze", json=stamped, headers=AUTH).json()["published"] == "2024-06-19"
    undated = client.post("/api/analyze", json={"text": text, "published": "yesterday"}, headers=AUTH)
    assert "body published: Value error, published date 'yesterday' is not a date; write it as YYYY-MM-DD" in error(
        undated, 422)
    assert "one of the two" in error(client.post("/api/analyze", json={"text": "a", "html": "b"}, headers=AUTH), 400)
    assert "one of the two" in error(client.post("/api/analyze", json={}, headers=AUTH), 400)
    assert "body" in error(client.post("/api/analyze", json={"text": "a", "colour": "red"}, headers=AUTH), 422)
    broken = client.post("/api/analyze", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"})
    assert "JSON" in error(broken, 422)


def test_analyze_keeps_the_quotes_of_the_scheme_asked_for_as_the_python_api_does(client: TestClient) -> None:
    text = 'Analysts believe that North Korea will test another missile soon. "We will respond," the minister said.'
    body = {"text": text, "published": "2024-06-19"}
    by_default = client.post("/api/analyze", json=body, headers=AUTH).json()
    assert [q["class"] for q in by_default["quotes"]] == ["speech"]
    asked = client.post("/api/analyze", json={**body, "quote_scheme": "attribution"}, headers=AUTH).json()
    assert [q["class"] for q in asked["quotes"]] == ["belief", "speech"]
    assert asked == telex.analyze(text=text, published="2024-06-19", quote_scheme="attribution").to_dict()
    assert "body quote_scheme: Value error, there is no quote scheme 'Attribution'; choose one of speech, " \
        "attribution" in error(client.post("/api/analyze", json={**body, "quote_scheme": "Attribution"}, headers=AUTH),
                               422)
    field = client.get("/openapi.json").json()["components"]["schemas"]["AnalyzeRequest"]["properties"]["quote_scheme"]
    assert field["default"] == "speech" and set(field["enum"]) == {"speech", "attribution"}


def test_post_without_the_token_is_refused(client: TestClient) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}):
        response = client.post("/api/analyze", json={"text": "Seoul protested."}, headers=headers)
        assert "Authorization: Bearer TOKEN" in error(response, 401)
        assert response.headers["www-authenticate"] == "Bearer"


def test_a_server_without_a_token_refuses_every_post(db: Path) -> None:
    with TestClient(create_app(db)) as client:
        for headers in ({}, AUTH):
            assert "--token" in error(client.post("/api/analyze", json={"text": "a"}, headers=headers), 403)
        assert ok(client, "/api/articles", limit=1)["articles"]


def test_a_body_over_the_limit_is_refused_before_it_is_read(client: TestClient) -> None:
    big = json.dumps({"text": "x" * MAX_BODY}).encode()
    assert f"{MAX_BODY:,} bytes" in error(client.post("/api/analyze", content=big, headers=AUTH), 413)

    assert DEFAULT_MAX_BODY == 10 * 1024 * 1024
    assert "[default: 10485760" in CliRunner().invoke(serve, ["--help"]).output


def test_a_body_without_a_length_is_cut_off_as_soon_as_it_passes_the_limit() -> None:
    chunk, received, sent, reached = 10_000, [], [], []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        reached.append(scope)

    async def receive() -> dict[str, Any]:  # a chunked body that never ends
        received.append(chunk)
        return {"type": "http.request", "body": b" " * chunk, "more_body": True}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/analyze", "query_string": b"", "http_version": "1.1",
             "headers": [(b"authorization", f"Bearer {TOKEN}".encode())]}
    asyncio.run(WriteGuard(app, token=TOKEN, max_body=MAX_BODY)(scope, receive, send))
    assert sent[0]["status"] == 413 and "--max-body" in json.loads(sent[1]["body"])["error"]
    assert sum(received) == MAX_BODY + chunk and not reached


def test_analyses_beyond_the_bound_get_503(db: Path) -> None:
    app = create_app(db, token=TOKEN, pending_analyses=1)
    with TestClient(app) as client:
        app.state.admitted.acquire()  # an analysis is running
        try:
            response = client.post("/api/analyze", json={"text": "Seoul protested."}, headers=AUTH)
            assert "already running or waiting" in error(response, 503)
            assert response.headers["retry-after"] == "5"
        finally:
            app.state.admitted.release()
        assert client.post("/api/analyze", json={"text": "Seoul protested."}, headers=AUTH).status_code == 200


def test_analyze_with_store_writes_an_article_the_readers_then_see(writable: Path) -> None:
    text = ("Russia and North Korea signed a trade agreement in Vladivostok on Tuesday, officials said. "
            "The deal covers coal and tractors.")
    with TestClient(create_app(writable, token=TOKEN)) as client:
        assert ok(client, "/api/articles", limit=1)["articles"][0]["id"] == "sanders"  # readers hold connections
        assert "`id`" in error(client.post("/api/analyze", json={"text": text, "store": True}, headers=AUTH), 400)
        response = client.post("/api/analyze", headers=AUTH, json={
            "text": text, "id": "posted/2024/trade", "published": "2024-10-01", "store": True})
        assert response.status_code == 201, response.text
        assert response.headers["location"] == "/api/articles/posted/2024/trade"
        assert ok(client, "/api/articles/posted/2024/trade") == response.json()
        assert ok(client, "/api/articles", limit=1)["articles"][0]["id"] == "posted/2024/trade"
        found = {row["id"] for row in ok(client, "/api/search", q="tractors")["results"]}
        assert found == {"farmers", "posted/2024/trade"}
        october = ok(client, "/api/events", since="2024-10-01")["events"]
        assert {e["article_id"] for e in october} == {"posted/2024/trade"}
    with telex.open(writable) as corpus:
        assert corpus.counts()["articles"] == 8


def test_reads_go_on_while_the_server_writes(writable: Path) -> None:
    access = CorpusAccess(writable)
    seed = telex.analyze(text="Japan protested against the missile launch by North Korea.", published="2024-07-05")
    failures: list[BaseException] = []
    counts: list[int] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            try:
                with access.reading() as corpus:
                    counts.append(len(corpus.articles(limit=None)))
            except BaseException as exc:
                failures.append(exc)
                return

    readers = [threading.Thread(target=read) for _ in range(6)]
    for thread in readers:
        thread.start()
    try:
        for number in range(3):
            access.write([replace(seed, id=f"written/{number}")])
    finally:
        done.set()
        for thread in readers:
            thread.join()
        access.close()
    assert failures == []
    assert set(counts) <= {7, 8, 9, 10} and counts[-1] >= 8
    with telex.open(writable) as corpus:
        assert corpus.counts()["articles"] == 10


def test_requests_for_one_answer_at_once_compute_it_once(db: Path) -> None:
    access = CorpusAccess(db)
    calls: list[int] = []
    gate = threading.Event()

    def slow(corpus: Corpus) -> bytes:
        calls.append(1)
        gate.wait(10)
        return str(len(corpus.articles())).encode()

    with ThreadPoolExecutor(8) as pool:
        answers = [pool.submit(access.answer, "count", slow) for _ in range(8)]
        time.sleep(0.2)
        gate.set()
        assert [answer.result() for answer in answers] == [b"7"] * 8
    access.close()
    assert calls == [1]


def test_idle_connections_let_another_writer_in_and_its_articles_are_then_read(writable: Path) -> None:
    access = CorpusAccess(writable, idle_seconds=0.2)
    access.start()
    computed: list[int] = []

    def count(corpus: Corpus) -> bytes:
        computed.append(len(corpus.articles(limit=None)))
        return str(computed[-1]).encode()

    try:
        assert access.answer("count", count) == access.answer("count", count) == b"7"
        assert computed == [7]  # the second answer was kept
        with pytest.raises(StoreError):  # a read connection is still open in this process
            Store(writable, wait=0)
        time.sleep(0.5)
        with Store(writable, wait=0) as store:  # released: another writer gets the file
            store.write([telex.analyze(text="Seoul protested.", id="elsewhere/1")])
        assert access.answer("count", count) == b"8"  # what was kept went with the connections
    finally:
        access.close()


def test_a_read_asked_again_is_answered_from_what_was_kept_before_any_route_runs(
    writable: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with TestClient(create_app(writable), raise_server_exceptions=False) as client:
        first = client.get("/api/actors", params={"limit": 2})
        chart = client.get("/api/dyads/chart.svg", params={"a": "RUS", "b": "PRK"})
        assert first.status_code == chart.status_code == 200

        def broken(*_: Any, **__: Any) -> Any:
            raise RuntimeError("the store was asked again")

        monkeypatch.setattr(Corpus, "actors", broken)
        monkeypatch.setattr(Corpus, "dyad", broken)
        again = client.get("/api/actors", params={"limit": 2})
        assert (again.status_code, again.content, again.headers["content-type"]) == (
            200, first.content, "application/json")
        chart_again = client.get("/api/dyads/chart.svg", params={"a": "RUS", "b": "PRK"})
        assert (chart_again.content, chart_again.headers["content-type"]) == (chart.content, "image/svg+xml")
        # Another question is computed, and a failure is never kept.
        assert "internal error" in error(client.get("/api/actors", params={"limit": 3}), 500)
        assert "internal error" in error(client.get("/api/actors", params={"limit": 3}), 500)


def test_a_missing_store_is_refused_with_a_message(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="telex ingest"):
        create_app(tmp_path / "none.duckdb")
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1  # the documented status of a missing input (4 is a database that cannot be used)
    assert "no database at" in result.output and "Traceback" not in result.output


def test_a_store_without_read_tables_is_served_alike_and_the_command_says_so(
    db: Path, writable: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(writable) as store:  # rows rewritten and no corpus pass after them: an ingest stopped early
        store.write([analysis_from_dict(store.analysis("missile") or {})])
    assert CorpusAccess(db).read_tables_kept() and not CorpusAccess(writable).read_tables_kept()
    with TestClient(create_app(writable)) as without, TestClient(create_app(db)) as kept:
        # (events are compared in tests/unit/test_corpus_query.py: the rewritten article's are not grouped here)
        for url, params in (("/api/articles", {"limit": 3}), ("/api/quotes", {"speaker": "Sanders"})):
            assert ok(without, url, **params) == ok(kept, url, **params), url
    monkeypatch.setattr("uvicorn.Server.run", lambda server: None)
    result = CliRunner().invoke(main, ["serve", "--db", str(writable)])
    assert result.exit_code == 0 and "has no read tables" in result.output


def test_a_parquet_dataset_is_served_read_only_like_its_store(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dataset = tmp_path / "dataset"
    assert ingest([str(CORPUS)], None, out=str(dataset), processes=1).stored == 7
    with TestClient(create_app(dataset, token=TOKEN)) as served, TestClient(create_app(db)) as kept:
        for url, params in (("/api/articles", {"limit": 3}), ("/api/quotes", {"speaker": "Sanders"}),
                            ("/api/dyads", {"a": "RUS", "b": "PRK"}), ("/api/articles/summit", {})):
            assert ok(served, url, **params) == ok(kept, url, **params), url
        assert "not available on a Parquet dataset" in error(served.get("/api/search", params={"q": "treaty"}), 400)
        stored = served.post("/api/analyze", json={"text": "Seoul protested.", "id": "x", "store": True}, headers=AUTH)
        assert "served read-only" in error(stored, 400)
    monkeypatch.setattr("uvicorn.Server.run", lambda server: None)
    result = CliRunner().invoke(main, ["serve", "--db", str(dataset)])
    assert result.exit_code == 0, result.output
    assert "is a Parquet dataset: served read-only" in result.output and "no read tables" not in result.output


def test_a_store_that_can_no_longer_be_read_gives_500_with_the_reason(writable: Path) -> None:
    app = create_app(writable)
    with TestClient(app) as client:
        assert ok(client, "/api/actors", limit=1)["actors"]
        app.state.access.close()  # the connections are released, as after a quiet spell
        writable.write_bytes(b"this is not a database" * 100)
        assert "cannot open database" in error(client.get("/api/actors", params={"limit": 2}), 500)


def test_cors_is_off_unless_an_origin_is_given(db: Path, client: TestClient) -> None:
    preflight = {"Origin": "https://newsroom.example", "Access-Control-Request-Method": "GET"}
    assert "access-control-allow-origin" not in client.get("/api/actors", headers=preflight).headers
    with TestClient(create_app(db, cors_origins=["https://newsroom.example"])) as open_client:
        response = open_client.options("/api/actors", headers=preflight)
        assert response.status_code == 200
        assert response.headers["access-control-allow-origin"] == "https://newsroom.example"
        other = open_client.get("/api/actors", headers={"Origin": "https://elsewhere.example"})
        assert "access-control-allow-origin" not in other.headers


# -- documentation and pages -----------------------------------------------------------------------------------------

def test_openapi_describes_every_route_as_openapi_30(client: TestClient) -> None:
    spec = ok(client, "/openapi.json")
    assert spec["openapi"] == "3.0.3"
    assert set(spec["paths"]) == {
        "/api/articles", "/api/articles/{article_id}", "/api/search", "/api/events", "/api/dyads",
        "/api/dyads/chart.svg", "/api/quotes", "/api/actors", "/api/network", "/api/analyze"}
    text = json.dumps(spec)
    assert '"type": "null"' not in text
    assert spec["paths"]["/api/analyze"]["post"]["security"] == [{"token": []}]
    since = next(p for p in spec["paths"]["/api/events"]["get"]["parameters"] if p["name"] == "since")
    assert since["schema"]["nullable"] is True and since["schema"]["type"] == "string"  # a day, month, year or stamp
    assert "YYYY-MM-DD" in since["description"] and "YYYY-MM" in since["description"]


def test_docs_and_dashboard_load_nothing_from_elsewhere(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger-ui-bundle.js" in docs.text
    for asset in re.findall(r'(?:src|href)="([^"]+)"', docs.text):
        assert asset.startswith("/"), asset
        assert client.get(asset).status_code == 200, asset
    page = client.get("/")
    assert page.status_code == 200 and "default-src 'self'" in page.headers["content-security-policy"]
    for asset in re.findall(r'(?:src|href)="(/[^"]+)"', page.text):
        assert client.get(asset).status_code == 200, asset
    for path in STATIC.iterdir():
        urls = set(re.findall(r"https?://[^\s\"'`)]+", path.read_text(encoding="utf-8")))
        assert urls <= {"http://www.w3.org/2000/svg"}, (path.name, urls)  # an XML namespace, never fetched
