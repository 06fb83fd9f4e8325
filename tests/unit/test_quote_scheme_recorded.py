"""The quote scheme an ingest analysed each article with is recorded and shown: `telex list`, `telex quotes`, the
stored analysis; a store holding two schemes says so after the ingest that mixes them, and a copy of a story stored
with another scheme is analysed again rather than given the other scheme's quotes. A stand-in pipeline, no model."""

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import telex
import telex.api
from telex.cli import main
from telex.records import Analysis, Article, Failure, Quote, Speaker


@pytest.fixture(autouse=True)
def no_model(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each article gets one quote whose class is the scheme's; the schemes asked for are listed."""
    import telex.pipeline

    asked: list[str] = []

    def analyze(articles: Iterable[Article | Failure], *_: object, quote_scheme: str = "speech",
                **__: object) -> Iterator[Analysis | Failure]:
        asked.append(quote_scheme)
        kind = "speech" if quote_scheme == "speech" else "belief"
        for article in articles:
            if isinstance(article, Failure):
                yield article
                continue
            quote = Quote("Q1", "indirect", "it", 0, 2, "said", Speaker("Ann", 3, 6, "Ann"), 0, class_=kind)
            yield Analysis(article.id, article.text, published=article.published, quotes=(quote,))

    monkeypatch.setattr(telex.pipeline, "analyze_articles", analyze)
    return asked


def _batch(path: Path, *ids: str) -> str:
    path.write_text("".join(json.dumps({"id": i, "text": f"Ann said it about {i}.", "published": "2016-01-02"}) + "\n"
                            for i in ids))
    return str(path)


def _ingest(db: Path, source: str, *options: str) -> str:
    result = CliRunner().invoke(main, ["ingest", source, "--db", str(db), "-j", "1", *options])
    assert result.exit_code == 0, result.output
    return result.stderr


def test_each_article_keeps_the_scheme_it_was_analysed_with(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    first = _ingest(db, _batch(tmp_path / "a.jsonl", "a1", "a2"))
    assert "quote schemes" not in first  # one scheme: nothing to say
    mixed = _ingest(db, _batch(tmp_path / "b.jsonl", "b1"), "--quote-scheme", "attribution")
    assert "news.duckdb holds articles of several quote schemes (2 speech, 1 attribution)" in " ".join(mixed.split())
    listed = CliRunner().invoke(main, ["list", "--db", str(db), "--format", "json"])
    assert {row["id"]: row["quote_scheme"] for row in json.loads(listed.stdout)} == {
        "a1": "speech", "a2": "speech", "b1": "attribution"}
    quotes = CliRunner().invoke(main, ["quotes", "--db", str(db), "--format", "json"])
    assert {(row["article_id"], row["class"], row["quote_scheme"]) for row in json.loads(quotes.stdout)} == {
        ("a1", "speech", "speech"), ("a2", "speech", "speech"), ("b1", "belief", "attribution")}
    with telex.open(db) as corpus:
        assert corpus.quote_schemes() == {"speech": 2, "attribution": 1}
        assert corpus.article("b1")["quote_scheme"] == "attribution"  # type: ignore[index]


def test_a_copy_of_a_story_stored_with_another_scheme_is_analysed_again(tmp_path: Path, no_model: list[str]) -> None:
    db = tmp_path / "news.duckdb"
    text = "Ann said it about the harbour, and the council met on Monday to vote on the new harbour plan. " * 3
    (tmp_path / "one.jsonl").write_text(json.dumps({"id": "orig", "text": text}) + "\n")
    (tmp_path / "two.jsonl").write_text(json.dumps({"id": "copy", "text": text + " More."}) + "\n")
    _ingest(db, str(tmp_path / "one.jsonl"))
    _ingest(db, str(tmp_path / "two.jsonl"), "--quote-scheme", "attribution")
    with telex.open(db) as corpus:
        quotes = corpus.quotes().set_index("article_id")
        listed = corpus.articles().set_index("id")
    assert listed.loc["copy", "cluster"] == "orig"  # the copy joins its original's cluster…
    assert quotes.loc["copy", "class"] == "belief"  # …but its quotes are of its own scheme, not reused


def test_an_article_stored_over_http_keeps_its_scheme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from starlette.testclient import TestClient

    from telex.serve.app import create_app

    db = tmp_path / "news.duckdb"
    _ingest(db, _batch(tmp_path / "a.jsonl", "a1"))
    monkeypatch.setattr(telex.api, "analyze_sent", lambda **fields: Analysis(fields["id"], fields["text"]))
    with TestClient(create_app(db, token="s3")) as client:
        stored = client.post("/api/analyze", headers={"Authorization": "Bearer s3"}, json={
            "text": "Ann said it.", "id": "web1", "store": True, "quote_scheme": "attribution"})
        listed = client.get("/api/articles")
    assert stored.status_code == 201, stored.text
    assert {row["id"]: row["quote_scheme"] for row in listed.json()["articles"]} == {"a1": "speech",
                                                                                     "web1": "attribution"}


def test_a_kept_table_without_a_column_readers_select_is_computed_then_written_whole(tmp_path: Path) -> None:
    import duckdb

    db = tmp_path / "news.duckdb"
    _ingest(db, _batch(tmp_path / "a.jsonl", "a1"))
    with duckdb.connect(str(db)) as con:  # as a telex before this one kept them
        con.execute("CREATE OR REPLACE TABLE listed_articles AS SELECT * EXCLUDE (quote_scheme) FROM listed_articles")
    with telex.open(db) as corpus:
        assert list(corpus.articles()["quote_scheme"]) == ["speech"]
    # A write sets nothing aside: the pass writes the tables whole. The articles stored before telex recorded the
    # scheme were most likely analysed with the default: nothing said of several schemes.
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE articles SET analysis = json_object('id', id, 'text', text)")
    assert "quote schemes" not in _ingest(db, _batch(tmp_path / "b.jsonl", "b1"))
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT id, quote_scheme FROM listed_articles ORDER BY id").fetchall() == [
            ("a1", None), ("b1", "speech")]
