"""The server over a store of hand-built analyses, without the model: what a user who gets a route or a field
wrong is told, and what an analysis request passes on (``telex.analyze`` stood in for)."""

from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

import telex
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

    monkeypatch.setattr(telex, "analyze", analyze)
    record = {"id": "desk/1", "text": "Seoul protested.", "published": "2024-06-19", "title": "T",
              "source": "Example Wire", "author": "A. Writer", "url": "https://wire.example/1"}
    with client:
        answer = client.post("/api/analyze", json=record, headers={"Authorization": "Bearer s3"})
    assert answer.status_code == 200, answer.text  # "source" and "author" were refused: "Extra inputs"
    assert (given["source"], given["author"], given["title"], given["url"]) == (
        "Example Wire", "A. Writer", "T", "https://wire.example/1")
    with client:
        refused = client.post("/api/analyze", json={"text": "x", "outlet": "AP"},
                              headers={"Authorization": "Bearer s3"})
    assert refused.status_code == 422 and "outlet" in refused.json()["error"]
