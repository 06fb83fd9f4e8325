"""Quotes over a corpus as an analyst counts them: one speaker followed by the actor id `telex actors` gives, a name
that is several actors said so, filters by outlet, class and the outlet a statement went through, and every field
of a stored quote (its ``class`` and ``continues``) read back by `telex quotes`, `Corpus.quotes` and the export."""

import json
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner

import telex
from telex.cli import main
from telex.records import Analysis, Entity, Quote, Speaker
from telex.store.duckdb_store import CorpusInfo, Store, content_hash

_TEXT = "Hillary Clinton spoke. Bill Clinton spoke. “We will win,” she said. “A,” he said. “B,” he added."


def _article(
    article_id: str,
    day: int,
    outlet: str,
    people: list[tuple[str, str]],
    quotes: list[tuple[str, str, str | None, str, tuple[str, ...]]],
) -> Analysis:
    """An article of ``outlet`` naming ``people`` (entity id, name), with ``quotes`` (id, entity id, the quote it
    continues, class, via)."""
    entities = tuple(Entity(eid, name, "PERSON", ((0, 5),), "USAELI", "USA", "ELI") for eid, name in people)
    names = dict(people)
    return Analysis(
        id=article_id,
        text=_TEXT,
        title=article_id,
        published=date(2016, 3, day),
        language="en",
        source_chain=(outlet,),
        warnings=(),
        entities=entities,
        quotes=tuple(
            Quote(
                qid,
                "direct",
                "We will win,",
                47,
                59,
                "said",
                Speaker("she", 61, 64, names[eid], eid),
                2,
                via,
                continues,
                kind,
            )
            for qid, eid, continues, kind, via in quotes
        ),
        events=(),
        numbers=(),
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Hillary Clinton quoted in three articles, Bill Clinton in one (two pieces of one statement), a belief of hers
    given to Reuters; articles of The Daily and of Metro News."""
    articles = [
        _article(
            "a1",
            1,
            "The Daily",
            [("E1", "Hillary Clinton")],
            [("Q1", "E1", None, "speech", ("Reuters",)), ("Q2", "E1", None, "belief", ())],
        ),
        _article(
            "a2",
            2,
            "Metro News",
            [("E1", "Hillary Clinton"), ("E2", "Bill Clinton")],
            [("Q1", "E1", None, "speech", ()), ("Q2", "E2", None, "speech", ()), ("Q3", "E2", "Q2", "speech", ())],
        ),
        _article("a3", 3, "The Daily", [("E1", "Hillary Rodham Clinton")], [("Q1", "E1", None, "speech", ())]),
    ]
    path = tmp_path / "news.duckdb"
    with Store(path) as store:
        store.write(articles, {a.id: CorpusInfo(a.id, content_hash(a.id)) for a in articles})
        store.finish()
    return path


def _quotes(db: Path, *args: str) -> tuple[pd.DataFrame, str]:
    result = CliRunner().invoke(main, ["quotes", "--db", str(db), "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return pd.DataFrame(json.loads(result.stdout)), result.stderr


def test_a_speakers_actor_id_gives_that_actor_alone_and_adds_up_with_telex_actors(db: Path) -> None:
    with telex.open(db) as corpus:
        actors = corpus.actors().set_index("actor_id")
    for actor_id, row in actors.iterrows():
        frame, note = _quotes(db, "--speaker", str(actor_id))
        assert len(frame) == row["quotes"] and set(frame["actor_id"]) <= {actor_id} and note == ""
    # A name stays a name: every actor one of whose names holds it.
    clinton, note = _quotes(db, "--speaker", "Clinton")
    assert len(clinton) == actors["quotes"].sum()


def test_a_name_of_several_actors_names_each_with_its_id(db: Path) -> None:
    _, note = _quotes(db, "--speaker", "Bill Clinton")
    assert note == ""
    _, note = _quotes(db, "--speaker", "Clinton")
    assert note.startswith("'Clinton' names ") and "(person:bill-clinton, 2)" in note
    assert "give one's actor id (--speaker ID) for that one alone" in note
    _, note = _quotes(db, "--speaker", "person:nobody")
    assert note.startswith("'person:nobody' speaks in no quote of")


def test_class_and_continues_are_read_back_and_exported(db: Path, tmp_path: Path) -> None:
    with telex.open(db) as corpus:
        frame = corpus.quotes()
        corpus.export("quotes", path=tmp_path / "quotes.csv")
    stored = frame.set_index(["article_id", "id"])
    assert stored.loc[("a1", "Q2"), "class"] == "belief" and pd.isna(stored.loc[("a1", "Q2"), "continues"])
    assert stored.loc[("a2", "Q3"), "class"] == "speech" and stored.loc[("a2", "Q3"), "continues"] == "Q2"
    exported = pd.read_csv(tmp_path / "quotes.csv")
    assert {"class", "continues", "quoted_as"} <= set(exported.columns)
    assert exported.set_index(["article_id", "id"]).loc[("a2", "Q3"), "continues"] == "Q2"


def test_quotes_by_outlet_class_and_via(db: Path) -> None:
    daily, note = _quotes(db, "--outlet", "the daily")
    assert sorted(daily["article_id"]) == ["a1", "a1", "a3"] and note == ""
    beliefs, _ = _quotes(db, "--class", "Belief")
    assert list(beliefs["id"]) == ["Q2"] and list(beliefs["class"]) == ["belief"]
    told, _ = _quotes(db, "--via", "reuters")
    assert list(told["article_id"]) == ["a1"] and list(told["via"]) == [["Reuters"]]
    _, note = _quotes(db, "--outlet", "Daily")
    assert "outlets whose name holds it: The Daily" in note


def test_a_class_that_is_none_is_a_usage_error_naming_the_classes(db: Path) -> None:
    result = CliRunner().invoke(main, ["quotes", "--db", str(db), "--class", "opinion"])
    assert result.exit_code == 2 and "'opinion' is no quote class; give one of" in result.stderr
    assert "belief" in result.stderr and "speech" in result.stderr


def test_a_store_of_schema_5_reads_class_through_the_query(db: Path) -> None:
    # A store kept by the telex before: its spoken_quotes has no class; a reader computes the rows instead.
    with duckdb.connect(str(db)) as con:
        con.execute(
            "CREATE OR REPLACE TABLE spoken_quotes AS SELECT * EXCLUDE (class, continues, quoted_as) FROM spoken_quotes"
        )
        con.execute("UPDATE telex_meta SET value = '5' WHERE key = 'schema_version'")
    with telex.open(db) as corpus:
        assert list(corpus.quotes(quote_class="belief")["id"]) == ["Q2"]
    with Store(db) as store:  # a writer brings it up to date: the next pass writes the table whole
        store.finish()
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM spoken_quotes WHERE class = 'belief'").fetchone() == (1,)


def test_the_api_answers_as_the_command_does(db: Path) -> None:
    from starlette.testclient import TestClient

    from telex.serve.app import create_app

    with TestClient(create_app(db)) as client:
        bill = client.get("/api/quotes", params={"speaker": "person:bill-clinton"})
        beliefs = client.get("/api/quotes", params={"class": "belief", "via": "Reuters", "outlet": "The Daily"})
        wrong = client.get("/api/quotes", params={"class": "opinion"})
        elsewhere = client.get("/api/quotes", params={"outlet": "Daily"})
    assert [(q["article_id"], q["id"], q["continues"]) for q in bill.json()["quotes"]] == [
        ("a2", "Q2", None),
        ("a2", "Q3", "Q2"),
    ]
    assert beliefs.json()["quotes"] == []  # the belief was given to no outlet: every filter holds
    assert wrong.status_code == 400 and "'opinion' is no quote class" in wrong.json()["error"]
    assert elsewhere.json()["note"].startswith("no article has the outlet 'Daily'; outlets whose name holds it: The")


def test_an_export_takes_the_filters_of_telex_quotes(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "bill.csv"
    result = CliRunner().invoke(
        main,
        [
            "export",
            "--db",
            str(db),
            "--what",
            "quotes",
            "-o",
            str(out),
            "--speaker",
            "person:bill-clinton",
            "--since",
            "2016-03-02",
        ],
    )
    assert result.exit_code == 0 and result.stderr == f"wrote 2 quotes to {out}\n"
    with telex.open(db) as corpus:
        assert list(pd.read_csv(out)["id"]) == ["Q2", "Q3"]
        assert corpus.export("quotes", path=tmp_path / "beliefs.jsonl", quote_class="belief") == 1
        with pytest.raises(telex.InputError, match="the actors are exported whole"):
            corpus.export("actors", path=tmp_path / "actors.csv", since="2016")
    refused = CliRunner().invoke(main, ["export", "--db", str(db), "-o", str(tmp_path / "e.csv"), "--speaker", "Bill"])
    assert refused.exit_code == 2 and "--speaker filters the quotes: give --what quotes" in refused.stderr


def test_an_articles_export_takes_the_dates_telex_list_takes(db: Path, tmp_path: Path) -> None:
    # `telex list --since 2016-03-02` kept two articles, but `export --what articles --since …` was refused ("the
    # articles are exported whole"): a month's or a year's articles could be listed but not exported.
    out = tmp_path / "march.csv"
    result = CliRunner().invoke(
        main, ["export", "--db", str(db), "--what", "articles", "--since", "2016-03-02", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert list(pd.read_csv(out)["id"]) == ["a2", "a3"]
    with telex.open(db) as corpus:
        assert corpus.export("articles", path=tmp_path / "a.jsonl", since="2016-03-01", until="2016-03-01") == 1
        with pytest.raises(telex.InputError, match=r"the articles take since and until alone; filters \(speaker\)"):
            corpus.export("articles", path=tmp_path / "a.csv", speaker="Bill")
    refused = CliRunner().invoke(
        main, ["export", "--db", str(db), "--what", "articles", "--speaker", "Bill", "-o", str(tmp_path / "b.csv")]
    )
    assert refused.exit_code == 2 and "--speaker: the articles take --since and --until alone" in refused.stderr


def test_actors_ranked_by_quotes_give_the_most_quoted_first(db: Path) -> None:
    # The dashboard's "most quoted" list took the 500 actors of most events: on the 815's store it lacked Tad Devine,
    # 50 quotes and the 18th most quoted, whom 627 actors of more events came before.
    from starlette.testclient import TestClient

    from telex.serve.app import create_app
    from tests.unit.fixtures import sample_analysis

    summit = sample_analysis("summit")  # Putin and Kim: one event, one quote of Putin's
    with Store(db) as store:
        store.write([summit], {summit.id: CorpusInfo(summit.id, content_hash(summit.text))})
        store.finish()
    by_events = CliRunner().invoke(main, ["actors", "--db", str(db), "--format", "json", "--limit", "2"])
    by_quotes = CliRunner().invoke(
        main, ["actors", "--db", str(db), "--format", "json", "--limit", "2", "--by", "quotes"]
    )
    assert [row["actor_id"] for row in json.loads(by_events.stdout)] == ["person:vladimir-putin", "person:kim-jong-un"]
    assert [(row["actor_id"], row["quotes"]) for row in json.loads(by_quotes.stdout)] == [
        ("person:hillary-clinton", 3),
        ("person:bill-clinton", 2),
    ]
    with TestClient(create_app(db)) as client:
        assert client.get("/api/actors", params={"by": "quotes", "limit": 1}).json()["actors"][0]["quotes"] == 3
        wrong = client.get("/api/actors", params={"by": "fame"})
    assert wrong.status_code == 400 and "actors are ranked by events, quotes, mentions, articles" in wrong.text


def test_the_api_names_each_actor_a_name_answers_to(db: Path) -> None:
    from starlette.testclient import TestClient

    from telex.serve.app import create_app

    with TestClient(create_app(db)) as client:
        clinton = client.get("/api/quotes", params={"speaker": "Clinton"}).json()
        bill = client.get("/api/quotes", params={"speaker": "Bill Clinton"}).json()
    assert [(s["actor_id"], s["quotes"]) for s in clinton["speakers"]] == [
        ("person:hillary-clinton", 3),
        ("person:bill-clinton", 2),
        ("person:hillary-rodham-clinton", 1),
    ]
    assert len(clinton["quotes"]) == 6 and "speakers" not in bill and len(bill["quotes"]) == 2


def test_quotes_page_with_offset_on_every_surface(db: Path) -> None:
    # /api/quotes and `telex quotes` had no offset: past the limit (10,000 at most over HTTP) no quote could be read.
    from starlette.testclient import TestClient

    from telex.serve.app import create_app

    with telex.open(db) as corpus:
        every = [(row.article_id, row.id) for row in corpus.quotes().itertuples()]
        assert [(row.article_id, row.id) for row in corpus.quotes(limit=2, offset=2).itertuples()] == every[2:4]
    assert len(every) == 6
    pages = [_quotes(db, "--limit", "4", "--offset", offset) for offset in ("0", "4")]
    assert [(r["article_id"], r["id"]) for page, _ in pages for r in page.to_dict("records")] == every
    assert pages[0][1] == "more rows match than the 4 shown; raise --limit to see them, or --offset 4 for the next 4\n"
    past = CliRunner().invoke(main, ["quotes", "--db", str(db), "--offset", "9"])
    assert past.stderr == "no rows past --offset 9: fewer quotes match; --offset 0 shows the first\n"
    with TestClient(create_app(db)) as client:
        first, last, beyond = (
            client.get("/api/quotes", params={"limit": 4, "offset": offset}).json() for offset in (0, 4, 9)
        )
    assert (first["offset"], first["next_offset"], last["next_offset"]) == (0, 4, None)
    assert [(q["article_id"], q["id"]) for q in first["quotes"] + last["quotes"]] == every
    assert beyond["quotes"] == [] and beyond["note"] == "no quotes past offset 9: fewer match; offset=0 gives the first"
