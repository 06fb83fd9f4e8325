"""The corpus read API over a store of hand-built analyses: events counted once, dyads, quotes, actors,
search, and exports that pandas, DuckDB and networkx load."""

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import duckdb
import networkx as nx
import pandas as pd
import pytest

import telex
from telex.corpus.query import DYAD_COLUMNS, Corpus, _code_of
from telex.errors import InputError
from telex.records import ActorRef, Analysis, Entity, Speaker
from telex.serve.access import CorpusAccess
from telex.store import read_tables
from telex.store.duckdb_store import SCHEMA_VERSION, TEXT_INDEX, CorpusInfo, Store, content_hash
from tests.unit.fixtures import TEXT, sample_analysis

# The sample story with a few words added: a near-duplicate copy.
TEXT_EDITED = TEXT + " Both left the city on Thursday."


def stored(tmp_path: Path, analyses: list[Analysis], clusters: dict[str, str] | None = None) -> Path:
    db = tmp_path / "corpus.duckdb"
    info = {a.id: CorpusInfo((clusters or {}).get(a.id, a.id), content_hash(a.text)) for a in analyses}
    with Store(db) as store:
        store.write(analyses, info)
        store.finish()
    return db


def story(article_id: str, published: date, outlet: str, when: str | None = None, url: str | None = None) -> Analysis:
    base = sample_analysis(article_id)
    events = tuple(replace(e, date=when or published.isoformat()) for e in base.events)
    return replace(base, published=published, source_chain=(outlet,), events=events, url=url)


def test_an_event_told_by_three_articles_is_one_row(tmp_path: Path) -> None:
    db = stored(tmp_path, [
        story("a", date(2024, 6, 19), "Wire", url="https://wire.example/a"),
        story("b", date(2024, 6, 19), "Daily"),
        story("c", date(2024, 6, 20), "Daily"),
        story("d", date(2024, 9, 1), "Wire"),
    ])  # fmt: skip
    with telex.open(db) as corpus:
        events = corpus.events()
        assert list(events["num_articles"]) == [3, 1]
        assert list(events["num_sources"]) == [2, 1]
        assert list(events["num_mentions"]) == [6, 2]  # each article mentions the meeting twice
        assert events.iloc[0]["url"] == "https://wire.example/a"
        assert len(corpus.mentions(int(events.iloc[0]["event_id"]))) == 3


def test_an_outlets_copy_of_a_story_stored_again_is_not_another_article(tmp_path: Path) -> None:
    # One Wire story stored under a second address (or with a few words changed: the same cluster), and the Daily's
    # copy of it: two articles, two outlets, the meeting mentioned twice in each.
    db = stored(
        tmp_path,
        [
            story("a", date(2024, 6, 19), "Wire", url="https://wire.example/a"),
            story("a-again", date(2024, 6, 19), "Wire", url="https://wire.example/a?utm_source=rss"),
            story("b", date(2024, 6, 20), "Daily"),
        ],
        clusters={"a-again": "a", "b": "a"},
    )
    with telex.open(db) as corpus:
        events = corpus.events()
        assert list(events[["num_articles", "num_sources", "num_mentions"]].iloc[0]) == [2, 2, 4]  # 3, 2, 6 before
        assert len(corpus.mentions(int(events.iloc[0]["event_id"]))) == 3  # every stored mention is still listed


def test_an_article_of_no_outlet_ingested_again_under_another_id_is_not_another_article(tmp_path: Path) -> None:
    unnamed = replace(story("x", date(2024, 6, 19), "Wire"), source_chain=())
    db = stored(
        tmp_path,
        [
            unnamed,
            replace(unnamed, id="x-again"),
            replace(story("y", date(2024, 6, 19), "Wire"), source_chain=(), text=TEXT_EDITED),
        ],
        clusters={"x-again": "x", "y": "x"},
    )
    with telex.open(db) as corpus:
        # the same text is one document; a copy with words changed may be another outlet's, unnamed: it counts
        assert list(corpus.events()[["num_articles", "num_sources"]].iloc[0]) == [2, 2]


def criticising(article_id: str, doer: str, done_to: str) -> Analysis:
    """A story of 19 June 2024 in which one American politician (USAELI) criticises another."""
    base = story(article_id, date(2024, 6, 19), f"Outlet {article_id}")
    people = tuple(
        Entity(f"E{n}", name, "PERSON", ((0, 5),), "USAELI", "USA", "ELI") for n, name in ((1, doer), (2, done_to))
    )
    sides = [ActorRef(name.split()[-1], name, "USAELI", "USA", "ELI", f"E{n}") for n, name in ((1, doer), (2, done_to))]
    event = replace(
        base.events[0], cameo="111", cameo_root="11", plover="ACCUSE", source=(sides[0],), target=(sides[1],)
    )
    return replace(base, entities=people, quotes=(), events=(event,))


def test_events_of_one_code_between_other_people_are_not_counted_once(tmp_path: Path) -> None:
    db = stored(
        tmp_path,
        [
            criticising("a", "Donald Trump", "Ben Carson"),
            criticising("b", "Hillary Clinton", "Donald Trump"),
            criticising("c", "Donald Trump", "Ben Carson"),
        ],
    )
    with telex.open(db) as corpus:
        assert sorted(corpus.events()["num_articles"]) == [1, 2]  # one event of 3 articles before
        assert len(corpus.events(actor="Ben Carson")) == 1  # none when Clinton's article reported the one event
        assert len(corpus.events(actor="Clinton")) == 1
        assert list(corpus.dyad("Trump", "Carson", by="day")["events"]) == [1]


def test_read_tables_are_kept_by_the_corpus_pass_and_dropped_by_a_write(tmp_path: Path) -> None:
    first = [story("a", date(2024, 6, 19), "Wire"), story("b", date(2024, 6, 20), "Daily")]
    db = stored(tmp_path, first)
    with Corpus(db) as corpus:
        for name, (_query, order) in read_tables.TABLES.items():
            assert corpus.store.has_table(name)
            kept = corpus._frame(f"SELECT * FROM {read_tables.source(name, True)} ORDER BY {order}")
            computed = corpus._frame(f"SELECT * FROM {read_tables.source(name, False)} ORDER BY {order}")
            assert len(kept) > 0
            pd.testing.assert_frame_equal(kept, computed)
        assert list(corpus.events()["num_articles"]) == [2]
    with Store(db) as store:  # a write with no corpus pass after it (an ingest stopped half-way)
        store.write([story("c", date(2024, 9, 1), "Wire")])
    with Corpus(db) as corpus:
        assert not any(corpus.store.has_table(name) for name in read_tables.TABLES)
        assert list(corpus.events()["num_articles"]) == [2, 1]
        assert list(corpus.quotes(since="2024-09-01")["article_id"]) == ["c"]
        assert list(corpus.events(since="2024-09-01")["article_id"]) == ["c"]


def quoting(article_id: str, published: date, outlet: str, speaker: str, kind: str = "PERSON") -> Analysis:
    """A story whose quote is spoken by an entity of this name and type (E9)."""
    base = story(article_id, published, outlet)
    person = Entity("E9", speaker, kind, ((49, 54),), None, "USA", None)
    quote = replace(base.quotes[0], speaker=Speaker("Putin", 49, 54, speaker, "E9"))
    return replace(base, entities=(*base.entities, person), quotes=(quote,))


@pytest.mark.parametrize("share", [1.0, 0.0])  # what changed recomputed alone; every table written whole
def test_a_write_sets_the_read_tables_aside_and_the_pass_after_it_recomputes_what_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, share: float
) -> None:
    monkeypatch.setattr(read_tables, "REWRITE_SHARE", share)
    db = stored(
        tmp_path,
        [
            quoting("a", date(2024, 6, 19), "Wire", "Bernie Sanders"),
            quoting("b", date(2024, 6, 20), "Daily", "Sanders"),
            story("m", date(2024, 6, 20), "Post"),
            quoting("u", date(2024, 7, 1), "Post", "U.N.", "ORG"),
        ],
    )
    with Store(db) as store:  # an ingest stopped half-way: written, no pass
        # m's meeting moves to August and its outlet changes: the meeting a and b tell loses a report
        store.write([story("m", date(2024, 8, 1), "Gazette")])
    with Store(db) as store:
        # "Sanders" in b may now be either person, the U.N. is named otherwise, f has no rows but its own
        store.write(
            [
                quoting("c", date(2024, 12, 1), "Daily", "Sarah Sanders"),
                quoting("v", date(2024, 7, 2), "Post", "United Nations", "ORG"),
                quoting("w", date(2024, 7, 3), "Post", "United Nations", "ORG"),
                replace(story("f", date(2024, 11, 1), "Post"), entities=(), quotes=(), events=()),
            ]
        )
        assert not any(store.has_table(name) for name in read_tables.TABLES)
        assert all(store.has_table(read_tables.ASIDE + name) for name in read_tables.TABLES)
        store.finish()
        assert not any(store.has_table(read_tables.ASIDE + name) for name in read_tables.TABLES)
    with Corpus(db) as corpus:
        for name, (_query, order) in read_tables.TABLES.items():
            kept = corpus._frame(f"SELECT * FROM {read_tables.source(name, True)} ORDER BY {order}")
            computed = corpus._frame(f"SELECT * FROM {read_tables.source(name, False)} ORDER BY {order}")
            pd.testing.assert_frame_equal(kept, computed)
        speakers = dict(zip(*(corpus.quotes()[c] for c in ("article_id", "speaker")), strict=True))
        assert (speakers["b"], speakers["u"]) == ("Sanders", "United Nations")
        events = corpus.events()
        # u and v (1 and 2 July) are one meeting; w's of 3 July is another, a day past the first's first day
        assert list(zip(events["date"], events["num_articles"], strict=True)) == [
            ("2024-06-19", 2),
            ("2024-07-01", 2),
            ("2024-07-03", 1),
            ("2024-08-01", 1),
            ("2024-12-01", 1),
        ]
        assert "f" in set(corpus.articles()["id"])


def test_each_read_table_query_over_the_changed_rows_gives_the_rows_a_change_reaches(tmp_path: Path) -> None:
    # One query per table, read from the whole store or from the changed rows alone: the rows of article b and of
    # the group of a's meeting (which b tells too), and nothing of c's.
    db = stored(
        tmp_path,
        [
            quoting("a", date(2024, 6, 19), "Wire", "Bernie Sanders"),
            quoting("b", date(2024, 6, 19), "Daily", "Sanders"),
            quoting("c", date(2024, 9, 1), "Post", "United Nations", "ORG"),
        ],
    )
    with Store(db) as store:
        con = store.connection
        for mark, column in read_tables._MARKS.items():
            con.execute(f"CREATE TEMP TABLE {mark} ({column})")
        read_tables.mark_articles(con, ["b"])
        (group,) = con.execute(
            f"SELECT DISTINCT {read_tables.EVENT_GROUP} FROM events e WHERE article_id = 'a'"
        ).fetchone() or (None,)
        read_tables.mark_groups(con, [group])
        for query, order, reached in read_tables._QUERIES.values():
            whole = con.execute(f"SELECT * FROM ({query(False)}) WHERE {reached} ORDER BY {order}").df()
            changed = con.execute(f"SELECT * FROM ({query(True)}) ORDER BY {order}").df()
            assert len(changed) > 0
            pd.testing.assert_frame_equal(changed, whole)
            assert len(con.execute(f"SELECT * FROM ({query(False)})").df()) > len(changed)


def test_an_event_is_described_by_its_first_report_that_names_its_sides(tmp_path: Path) -> None:
    # Two copies of one story (one cluster, the same sentence): the first copy's coder lost the target.
    first = story("a", date(2024, 6, 19), "Wire")
    first = replace(first, events=tuple(replace(e, target=()) for e in first.events))
    db = stored(tmp_path, [first, story("b", date(2024, 6, 19), "Daily")], clusters={"b": "a"})
    with Corpus(db) as corpus:
        events = corpus.events()
        assert len(events) == 1 and events.iloc[0]["num_articles"] == 2
        assert (events.iloc[0]["article_id"], events.iloc[0]["target_code"]) == ("b", "PRKGOV")
        assert list(events.iloc[0]["target_codes"]) == ["PRKGOV"]


def test_an_event_is_filtered_by_its_first_report(tmp_path: Path) -> None:
    # One meeting reported on 19 June (article a) and again, dated the 20th, by article b: one event of 19 June.
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire"), story("b", date(2024, 6, 20), "Daily")])
    with Corpus(db) as corpus:
        assert list(corpus.events(until="2024-06-19")["num_articles"]) == [2]
        assert corpus.events(since="2024-06-20").empty


def test_dyad_by_month_in_both_directions_with_its_columns(tmp_path: Path) -> None:
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire"), story("d", date(2024, 9, 1), "Wire")])
    with Corpus(db) as corpus:
        frame = corpus.dyad("PRK", "Russia", by="month")
        assert tuple(frame.columns[: len(DYAD_COLUMNS)]) == DYAD_COLUMNS
        assert list(frame["period"]) == ["2024-06", "2024-07", "2024-08", "2024-09"]
        assert list(frame["events"]) == [1, 0, 0, 1]  # the months between are rows of no events, not left out
        assert list(frame["verbal_cooperation"]) == [1, 0, 0, 1]
        assert list(frame["goldstein_sum"])[1:3] == [0.0, 0.0] and frame["goldstein_mean"][1:3].isna().all()
        assert list(frame["evidence"][1]) == []
        assert frame.iloc[0]["evidence"][0].startswith("Putin met Kim")
        weeks = corpus.dyad("PRK", "Russia", by="week")["period"]  # 19 June 2024 is in ISO week 25, 1 September in 35
        assert list(weeks) == [f"2024-W{week}" for week in range(25, 36)]
        assert len(corpus.dyad("PRK", "Russia", by="day")) == 75
        assert corpus.dyad("RUSGOV", "PRKGOV", by="year")["events"].tolist() == [2]
        assert corpus.dyad("USA", "PRK").empty
        with pytest.raises(InputError):
            corpus.dyad("RUS", "PRK", by="fortnight")


def test_a_dyad_between_two_dates_counts_what_events_gives_and_runs_from_bound_to_bound(tmp_path: Path) -> None:
    db = stored(
        tmp_path,
        [
            story("a", date(2024, 6, 19), "Wire"),
            story("d", date(2024, 9, 1), "Wire"),
            story("e", date(2024, 9, 20), "Wire"),
        ],
    )
    with Corpus(db) as corpus:
        days = corpus.dyad("PRK", "Russia", by="day", since="2024-06-17", until="2024-06-21")
        assert list(days["period"]) == [f"2024-06-{day}" for day in range(17, 22)]  # the whole span asked for
        assert list(days["events"]) == [0, 0, 1, 0, 0]
        months = corpus.dyad("PRK", "Russia", since="2024-08", until="2024")  # August to the end of 2024
        assert list(months["period"]) == ["2024-08", "2024-09", "2024-10", "2024-11", "2024-12"]
        assert months["events"].sum() == len(corpus.events(actor="Russia", since="2024-08", until="2024")) == 2
        weeks = corpus.dyad("PRK", "Russia", by="week", since="2024-09-01", until="2024-09-01")
        assert list(weeks["period"]) == ["2024-W35"] and list(weeks["events"]) == [1]  # a Sunday: its week's last day
        assert corpus.dyad("PRK", "Russia", since="2024-07-01", until="2024-08-31").empty  # no event: no rows
        with pytest.raises(InputError):
            corpus.dyad("PRK", "Russia", since="2024-09-02", until="2024-09-01")


def test_events_by_cameo_code_and_plover_type(tmp_path: Path) -> None:
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire"), criticising("c", "Donald Trump", "Ben Carson")])
    with Corpus(db) as corpus:
        assert list(corpus.events(cameo="040")["cameo"]) == ["040"]  # the meeting
        assert list(corpus.events(cameo="111")["cameo"]) == ["111"] == list(corpus.events(plover="accuse")["cameo"])
        assert corpus.events(cameo="1121").empty  # a code under 112: none here
        assert list(corpus.events(plover="CONSULT", actor="Putin")["cameo"]) == ["040"]
        for bad in ({"cameo": "11"}, {"cameo": "999"}, {"plover": "fight"}):
            with pytest.raises(InputError):
                corpus.events(**bad)


def test_quotes_by_speaker_across_name_forms(tmp_path: Path) -> None:
    first = story("a", date(2024, 6, 19), "Wire")
    second = story("b", date(2024, 6, 25), "Daily")
    entities = tuple(replace(e, name="Putin") if e.id == "E1" else e for e in second.entities)
    db = stored(tmp_path, [first, replace(second, entities=entities)])
    with telex.open(db) as corpus:
        quotes = corpus.quotes(speaker="Vladimir Putin")
        assert len(quotes) == 2 and set(quotes["speaker"]) == {"Vladimir Putin"}
        assert len(corpus.quotes(since="2024-06-20")) == 1
        assert corpus.quotes(about="nothing like this").empty
        actors = corpus.actors()
        putin = actors[actors["name"] == "Vladimir Putin"].iloc[0]
        assert putin["articles"] == 2 and putin["quotes"] == 2 and putin["events"] >= 1


@pytest.mark.parametrize("first_code", ["RUSGOV", "RUSELI"])
def test_an_actor_coded_two_ways_equally_often_takes_one_code_every_time(tmp_path: Path, first_code: str) -> None:
    codes = {"RUSGOV": "RUSELI", "RUSELI": "RUSGOV"}

    def coded(article_id: str, code: str) -> Analysis:
        base = story(article_id, date(2024, 6, 19), "Wire")
        return replace(base, entities=tuple(replace(e, code=code) if e.id == "E1" else e for e in base.entities))

    db = stored(tmp_path, [coded("a", first_code), coded("b", codes[first_code])])
    with telex.open(db) as corpus:
        actors = corpus.actors()  # a tie went to the row a thread met first: RUSGOV one run, RUSELI the next
        assert actors[actors["name"] == "Vladimir Putin"].iloc[0]["code"] == "RUSELI"


def test_full_text_search_and_listing(tmp_path: Path) -> None:
    db = stored(
        tmp_path,
        [
            story("a", date(2024, 6, 19), "Wire"),
            replace(story("b", date(2024, 6, 20), "Daily"), text="Seoul protested against the launch." + " " * 40),
        ],
    )
    with telex.open(db) as corpus:
        assert list(corpus.search("Pyongyang")["id"]) == ["a"]
        assert list(corpus.articles()["id"]) == ["b", "a"]
        assert list(corpus.articles(outlet="Wire")["id"]) == ["a"]
        with pytest.raises(InputError):
            corpus.search("  ")


def _index(db: Path) -> list[tuple[object, ...]]:
    """Every row of the full-text index's tables, or none when there is no index."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [
            name
            for (name,) in con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE schema_name = ? ORDER BY 1", [TEXT_INDEX]
            ).fetchall()
        ]
        return [
            (name, *row)
            for name in tables
            for row in con.execute(f"SELECT * FROM {TEXT_INDEX}.{name} ORDER BY ALL").fetchall()
        ]
    finally:
        con.close()


def test_a_write_drops_the_text_index_and_the_first_search_after_builds_it_as_before(tmp_path: Path) -> None:
    pyongyang = story("a", date(2024, 6, 19), "Wire")
    seoul = replace(story("b", date(2024, 6, 20), "Daily"), text="Seoul protested against the launch." + " " * 40)
    db = stored(tmp_path, [pyongyang, seoul])
    assert _index(db) == []  # the corpus pass leaves it to the first search
    with telex.open(db) as corpus:
        assert not corpus.has_text_index()
        assert list(corpus.search("Pyongyang")["id"]) == ["a"]
        assert corpus.has_text_index()
    built = _index(db)
    assert {row[0] for row in built} >= {"dict", "docs", "terms", "stats"}
    with Store(db) as store:  # what an ingest's end did before: the same index, word numbers included
        store.connection.execute("DROP SCHEMA fts_main_articles CASCADE")
        store.index_text()
    assert _index(db) == built
    with Store(db) as store:
        store.write([replace(story("c", date(2024, 6, 21), "Wire"), text="Pyongyang fired again." + " " * 50)])
        store.finish()
    assert _index(db) == []
    with telex.open(db) as corpus:
        assert sorted(corpus.search("Pyongyang")["id"]) == ["a", "c"]
        assert list(corpus.search("Seoul")["id"]) == ["b"]  # the second search reads the index the first built


def test_a_server_builds_the_text_index_with_its_read_connections_let_go(tmp_path: Path) -> None:
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire")])
    access = CorpusAccess(db)
    try:
        with access.reading() as corpus, access.reading() as other:  # two pooled read-only connections
            assert corpus.articles()["id"].tolist() == other.articles()["id"].tolist() == ["a"]
        access.index_text()
        with access.reading() as corpus:
            assert corpus.has_text_index()
            assert list(corpus.search("Pyongyang")["id"]) == ["a"]
        access.index_text()  # built: nothing to do, the answers kept stay
    finally:
        access.close()


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_table_exports_load_in_pandas_and_duckdb(tmp_path: Path, fmt: str) -> None:
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire"), story("b", date(2024, 6, 19), "Daily")])
    for what in ("events", "quotes", "actors", "articles"):
        path = tmp_path / f"{what}.{fmt}"
        with telex.open(db) as corpus:
            rows = corpus.export(what, fmt, path)
        reader = {"csv": pd.read_csv, "parquet": pd.read_parquet, "jsonl": lambda p: pd.read_json(p, lines=True)}[fmt]
        assert len(reader(path)) == rows > 0
        function = {"csv": "read_csv", "parquet": "read_parquet", "jsonl": "read_json"}[fmt]
        assert duckdb.sql(f"SELECT count(*) FROM {function}('{path}')").fetchone() == (rows,)
    articles = pd.read_csv(tmp_path / f"articles.{fmt}") if fmt == "csv" else None
    if articles is not None:
        assert list(articles.columns[:5]) == ["id", "cluster", "url", "published", "outlet"]


def test_export_writes_the_events_in_the_format_the_files_name_says_unless_told(tmp_path: Path) -> None:
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire"), story("b", date(2024, 6, 19), "Daily")])
    with telex.open(db) as corpus:
        assert corpus.export(path=tmp_path / "events.parquet") == len(pd.read_parquet(tmp_path / "events.parquet"))
        assert corpus.export("quotes", path=tmp_path / "quotes.csv.gz") == len(pd.read_csv(tmp_path / "quotes.csv.gz"))
        assert corpus.export(fmt="jsonl", path=tmp_path / "events.txt") == len(corpus.events())
        assert list(pd.read_parquet(tmp_path / "events.parquet").columns) == list(corpus.events().columns)
        for args, kwargs, said in (
            (("events.csv",), {}, r"nothing to export called 'events\.csv'.*export\(path='events\.csv'\)"),
            ((), {}, r"give the file to write: export\('events', path='events\.csv'\)"),
            ((), {"path": tmp_path / "events"}, "events names no format: give fmt"),
            (("events", "xlsx", tmp_path / "events.xlsx"), {}, "no export format 'xlsx'; choose one of csv"),
        ):
            with pytest.raises(InputError, match=said):
                corpus.export(*args, **kwargs)
    assert not (tmp_path / "events").exists() and not (tmp_path / "events.xlsx").exists()


def test_gdelt_and_graph_exports(tmp_path: Path) -> None:
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire"), story("b", date(2024, 6, 19), "Daily")])
    with telex.open(db) as corpus:
        corpus.export("events", "gdelt", tmp_path / "events.tsv")
        corpus.export("events", "graphml", tmp_path / "net.graphml")
        corpus.export("events", "gexf", tmp_path / "net.gexf")
        with pytest.raises(InputError):
            corpus.export("quotes", "gdelt", tmp_path / "quotes.tsv")
    gdelt = pd.read_csv(tmp_path / "events.tsv", sep="\t", header=None, dtype=str, keep_default_na=False)
    assert gdelt.shape == (1, 61)
    assert gdelt.iloc[0, 1] == "20240619" and gdelt.iloc[0, 26] == "040" and gdelt.iloc[0, 33] == "2"
    assert nx.read_graphml(tmp_path / "net.graphml").number_of_edges() == 1
    assert set(nx.read_gexf(tmp_path / "net.gexf").nodes) == {"RUSGOV", "PRKGOV"}


def test_version_one_store_is_migrated(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE telex_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO telex_meta VALUES ('schema_version', '1')")
    con.execute(
        "CREATE TABLE articles (id VARCHAR, title VARCHAR, published DATE, language VARCHAR, "
        "source_chain VARCHAR[], warnings VARCHAR[], text VARCHAR, analysis JSON, PRIMARY KEY (id))"
    )
    con.execute("INSERT INTO articles VALUES ('old', NULL, NULL, 'en', ['BTA'], [], 'Seoul protested.', '{}')")
    con.close()
    with Store(db) as store:
        row = store.connection.execute("SELECT cluster, content_hash, outlet FROM articles").fetchone()
        version = store.connection.execute("SELECT value FROM telex_meta WHERE key = 'schema_version'").fetchone()
    assert row == ("old", content_hash("Seoul protested."), "BTA")
    assert version == (str(SCHEMA_VERSION),)


def test_a_store_of_an_older_schema_is_read_without_being_changed(tmp_path: Path) -> None:
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire")])
    con = duckdb.connect(str(db))
    con.execute('ALTER TABLE events DROP COLUMN "date_source"')
    con.execute('ALTER TABLE quotes DROP COLUMN "class"')
    con.execute("UPDATE telex_meta SET value = '2' WHERE key = 'schema_version'")
    con.close()
    with telex.open(db) as corpus:
        events = corpus.events()
        assert list(events["date_source"]) == ["text"] and list(events["num_articles"]) == [1]
        assert len(corpus.quotes()) == 1
    con = duckdb.connect(str(db), read_only=True)
    columns = {row[0] for row in con.execute("DESCRIBE events").fetchall()}
    con.close()
    assert "date_source" not in columns  # reading never changes a file


def test_rows_as_json_are_the_frames_rows_in_their_order(tmp_path: Path) -> None:
    import json

    from telex.corpus.tabular import frame_records

    db = stored(
        tmp_path,
        [
            story(name, date(2024, month, 1), outlet)
            for name, month, outlet in (("a", 6, "Wire"), ("b", 7, "Daily"), ("c", 9, "Wire"))
        ],
    )
    with Corpus(db) as corpus:
        for what, method, filters in (
            ("articles", corpus.articles, {"limit": 2, "offset": 1}),
            ("events", corpus.events, {"actor": "RUS"}),
            ("quotes", corpus.quotes, {"speaker": "Putin"}),
            ("dyad", corpus.dyad, {"a": "RUS", "b": "PRK"}),
        ):
            expected = frame_records(method(**filters))
            for row in expected:  # a 64-bit id as text, which JavaScript reads exactly (it rounds past 2^53)
                if "event_id" in row:
                    row["event_id"] = str(row["event_id"])
            assert len(expected) >= 2, what
            assert [json.loads(row) for row in corpus.json_rows(what, **filters)] == expected, what
        with pytest.raises(InputError, match="no rows called 'actors'"):
            corpus.json_rows("actors")


def test_an_event_id_is_an_integer_every_json_reader_reads_exactly(tmp_path: Path) -> None:
    import json

    import duckdb

    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire")])
    with Corpus(db) as corpus:
        new_id = int(corpus.events().iloc[0]["event_id"])
    assert 0 < new_id < 2**53  # a double holds it: JavaScript, jq and Excel's readers of JSON get this id
    unfinished = tmp_path / "unfinished.duckdb"
    with Store(unfinished) as store:  # written, not grouped yet: the id of the mention itself
        store.write([story("a", date(2024, 6, 19), "Wire")], {"a": CorpusInfo("a", "h")})
    with Corpus(unfinished) as corpus:
        assert 0 < int(corpus.events().iloc[0]["event_id"]) < 2**53
    old_id = 3163125142385313979  # a store made before the ids were 53-bit keeps its 63-bit ids until its next pass
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE events SET event_group = ?", [old_id])
        con.execute("DROP TABLE IF EXISTS counted_events")
    with Corpus(db) as corpus:
        assert int(corpus.events().iloc[0]["event_id"]) == old_id
        assert json.loads(corpus.json_rows("events")[0])["event_id"] == str(old_id)  # text over HTTP, exact
        assert len(corpus.mentions(old_id)) == 1


def test_a_bound_that_is_no_date_or_bounds_the_wrong_way_round_says_so(tmp_path: Path) -> None:
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire"), story("b", date(2024, 9, 1), "Daily")])
    with telex.open(db) as corpus:
        for read in (corpus.articles, corpus.events, corpus.quotes):
            with pytest.raises(InputError, match="'yesterday' is not a date"):
                read(since="yesterday")
            with pytest.raises(InputError, match="'2024-13-01' is not a date"):
                read(until="2024-13-01")
            with pytest.raises(InputError, match="since 2024-07-01 is after until 2024-06"):
                read(since="2024-07-01", until="2024-06")
            with pytest.raises(InputError, match="'2024-06-19 or so' is not a date"):  # no day read out of junk
                read(since="2024-06-19 or so")
        # bounds at any precision, and a datetime for its day
        assert len(corpus.events(since="2024-06-01", until="2024-06")) == 1
        assert len(corpus.events(since="2024", until="2024")) == 2
        assert len(corpus.events(since=datetime(2024, 9, 1, 12, 0))) == 1
        assert len(corpus.articles(since=datetime(2024, 9, 1, 12, 0))) == 1
        # a timestamp as text gives its day, as POST /api/analyze's `published` does: the REST bounds are text
        for stamp in ("2024-09-01T12:00:00", "2024-09-01T23:59:59+02:00", "2024-09-01 12:00", "2024-09-01T08:00Z"):
            assert len(corpus.articles(since=stamp)) == len(corpus.events(since=stamp)) == 1, stamp
            assert len(corpus.quotes(until=stamp)) == 2, stamp


def test_a_with_block_closes_the_corpus_and_its_store_however_it_ends(tmp_path: Path) -> None:
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire")])
    with pytest.raises(ValueError, match="stop"), Corpus(db) as corpus:
        assert len(corpus.events()) == 1
        held = corpus.store
        raise ValueError("stop")
    assert held.con is None  # and the corpus refuses to open it again (test_corpus_closed.py)
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 1
    assert store.con is None


def test_a_negative_limit_or_offset_and_an_unknown_root_or_modality_are_input_errors(tmp_path: Path) -> None:
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire")])
    with telex.open(db) as corpus:
        for call in (
            lambda: corpus.events(limit=-1),
            lambda: corpus.quotes(limit=-1),
            lambda: corpus.actors(limit=-1),
            lambda: corpus.articles(limit=-1),
            lambda: corpus.search("summit", limit=-1),
        ):
            with pytest.raises(InputError, match="limit -1 is negative"):
                call()
        with pytest.raises(InputError, match="offset -1 is negative"):
            corpus.articles(offset=-1)
        for root in ("abc", "21", "0"):
            with pytest.raises(InputError, match="not a CAMEO root"):
                corpus.events(root=root)
        with pytest.raises(InputError, match="modality 'bogus' is not one of asserted"):
            corpus.events(modality="bogus")
        for side in ("actor", "source", "target"):  # an empty actor was no filter: every event
            with pytest.raises(InputError, match="an actor is a CAMEO code"):
                corpus.events(**{side: ""})
        for read, name, says in (
            (corpus.quotes, "speaker", "a speaker is a name"),
            (corpus.quotes, "about", "quote words are what the quote contains"),
            (corpus.articles, "query", "article words are what the title or text contains"),
            (corpus.articles, "outlet", "an outlet is its name"),
        ):
            for empty in ("", "  "):  # each was no filter: every quote or article
                with pytest.raises(InputError, match=says):
                    read(**{name: empty})
        with pytest.raises(InputError, match="root '' is not a CAMEO root"):
            corpus.events(root="")
        with pytest.raises(InputError, match="modality '' is not one of asserted"):
            corpus.events(modality="")
        root = corpus.events().iloc[0]["cameo_root"]
        assert len(corpus.events(root=int(root))) == len(corpus.events(root=root)) == 1
        assert len(corpus.events(root=f"0{root}")) == 1  # "014" is the root 14, not an empty answer
        assert len(corpus.articles(limit=None, offset=1)) == 0


def test_words_to_find_are_matched_as_written_not_as_like_patterns(tmp_path: Path) -> None:
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire"), story("b", date(2024, 9, 1), "Daily")])
    with telex.open(db) as corpus:
        assert len(corpus.quotes()) > 0 and not corpus.quotes()["text"].str.contains("%|_").any()
        for pattern in ("%", "_", "\\"):
            assert corpus.quotes(about=pattern).empty
            assert corpus.quotes(speaker=pattern).empty
            assert corpus.articles(query=pattern).empty
        assert corpus.articles(outlet="W_re").empty and corpus.articles(outlet="%").empty
        assert list(corpus.articles(outlet="wire")["id"]) == ["a"]
        said = corpus.quotes().iloc[0]
        assert len(corpus.quotes(about=said["text"][2:12].upper())) >= 1


@pytest.mark.parametrize(("given", "meant"), [
    ("RUS", ("RUS", True)), ("RUSGOV", ("RUSGOV", False)), ("IGOUNO", ("IGOUNO", False)),
    ("rus", ("RUS", True)), ("rusgov", ("RUSGOV", False)),  # a code typed in small letters
    ("NATO", ("IGOWSTNAT", False)), ("OPEC", ("IGOBUSOPC", False)),  # acronyms that are names, not codes
    ("North Korea", ("PRK", True)), ("the Kremlin", ("RUSGOV", True)),
    ("Vladimir Putin", (None, False)),  # matched by the names events give
])  # fmt: skip
def test_what_a_user_names_as_an_actor(given: str, meant: tuple[str | None, bool]) -> None:
    assert _code_of(given) == meant


def test_a_code_in_small_letters_finds_what_the_code_finds(tmp_path: Path) -> None:
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire")])
    with telex.open(db) as corpus:
        assert len(corpus.events(actor="rus")) == len(corpus.events(actor="RUS")) == 1
        assert len(corpus.dyad("rusgov", "prk")) == len(corpus.dyad("RUSGOV", "PRK")) == 1


def test_every_read_of_the_python_api_gives_every_row_unless_limited(tmp_path: Path) -> None:
    def with_own_people(analysis: Analysis, n: int) -> Analysis:
        return replace(analysis, entities=tuple(replace(e, name=f"{e.name} {n}") for e in analysis.entities))

    db = stored(
        tmp_path, [with_own_people(story(f"a{n:02d}", date(2024, 6, 1 + n % 28), "Wire"), n) for n in range(60)]
    )
    with telex.open(db) as corpus:
        assert len(corpus.articles()) == 60 and len(corpus.articles(limit=5)) == 5
        assert len(corpus.actors()) > 60 and len(corpus.actors(limit=1)) == 1


def test_a_name_finds_the_events_of_the_actors_it_ends(tmp_path: Path) -> None:
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire")])  # Vladimir Putin meets Kim Jong Un
    with telex.open(db) as corpus:
        for name in ("Kim Jong Un", "kim jong un", "Jong Un"):  # "Trump" found none of Donald Trump's events
            assert len(corpus.events(actor=name)) == 1, name
        assert len(corpus.dyad("Jong Un", "RUSGOV")) == 1
        for name in ("Kim Jong", "Un Kim", "ong Un"):  # the last whole words only
            assert corpus.events(actor=name).empty, name


def test_one_corpus_read_from_many_threads_gives_every_thread_its_rows(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire"), story("b", date(2024, 9, 1), "Daily")])
    with telex.open(db) as corpus:
        expected = (len(corpus.events()), len(corpus.quotes()), len(corpus.actors()), corpus.counts())

        def read(_: int) -> tuple[int, int, int, dict[str, int]]:
            return len(corpus.events()), len(corpus.quotes()), len(corpus.actors()), corpus.counts()

        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(read, range(64)))
    assert answers == [expected] * 64


def test_arguments_of_the_wrong_kind_are_input_errors_or_read_as_meant(tmp_path: Path) -> None:
    import numpy as np

    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire"), story("5", date(2024, 9, 1), "Daily")])
    with telex.open(db) as corpus:
        for wrong in ("5", 2.5, True):
            with pytest.raises(InputError, match="not a number of rows"):
                corpus.events(limit=wrong)  # type: ignore[arg-type]
        with pytest.raises(InputError, match="not a number of rows"):
            corpus.articles(offset="1")  # type: ignore[arg-type]
        assert len(corpus.events(limit=np.int64(1))) == 1
        with pytest.raises(InputError, match="give words"):
            corpus.search(None)  # type: ignore[arg-type]
        stored_five = corpus.article(5)  # type: ignore[arg-type]
        assert stored_five is not None and stored_five["id"] == "5"


def test_a_path_from_home_is_read_and_written_as_a_shell_would(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    stored(tmp_path, [story("a", date(2024, 6, 19), "Wire")])
    with telex.open("~/corpus.duckdb") as corpus:
        assert corpus.counts()["articles"] == 1
        assert corpus.export("events", "csv", "~/events.csv") == len(corpus.events())
    assert (tmp_path / "events.csv").exists()


def test_a_corpus_shows_its_store_and_reads_in_a_notebook(tmp_path: Path) -> None:
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire")])
    with telex.open(db) as corpus:
        shown = repr(corpus)  # was "<telex.corpus.query.Corpus object at 0x…>"
    assert shown.startswith(f"<telex corpus {str(db)!r}: ") and ".dyad(a, b)" in shown


def test_a_wrong_argument_names_the_method_called(tmp_path: Path) -> None:
    # "Corpus._events_sql() got an unexpected keyword argument 'actr'": a method the caller never called.
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire")])
    with telex.open(db) as corpus:
        with pytest.raises(TypeError, match=r"^Corpus\.events\(\) got an unexpected keyword argument 'actr'$"):
            corpus.events(actr="RUS")  # type: ignore[call-arg]
        with pytest.raises(TypeError, match=r"^Corpus\.dyad\(\) missing a required argument: 'b'$"):
            corpus.dyad("RUS")  # type: ignore[call-arg]


def test_an_actor_or_event_id_of_another_type_is_an_input_error(tmp_path: Path) -> None:
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire")])
    with telex.open(db) as corpus:
        for call in (
            lambda: corpus.dyad(None, "RUS"),
            lambda: corpus.dyad("USA", 5),  # type: ignore[arg-type]
            lambda: corpus.events(actor=["USA", "RUS"]),
        ):  # type: ignore[arg-type]
            with pytest.raises(InputError, match="an actor is a CAMEO code"):  # was AttributeError: no .strip
                call()
        with pytest.raises(InputError, match="one actor a call"):
            corpus.events(source=("USA",))  # type: ignore[arg-type]
        for bad in ("abc", "1.5", None, True, 2.0):  # "abc" was a ValueError of int()
            with pytest.raises(InputError, match="is no event id"):
                corpus.mentions(bad)  # type: ignore[arg-type]
        event_id = corpus.events().iloc[0]["event_id"]  # a numpy integer, or its text as the API sends it
        assert len(corpus.mentions(event_id)) == len(corpus.mentions(str(event_id))) == 1


def test_a_store_of_a_newer_telex_is_read_with_a_word_that_says_so(tmp_path: Path) -> None:
    db = stored(tmp_path, [story("a", date(2024, 6, 19), "Wire")])
    told: list[str] = []
    with Corpus(db, notify=told.append) as corpus:
        assert len(corpus.events()) == 1 and told == []  # a store of this telex: no word
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE telex_meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    with Corpus(db, notify=told.append) as corpus:
        assert len(corpus.events()) == 1
    assert told == [
        f"{db} was written by a newer telex (schema {SCHEMA_VERSION + 1}, this telex reads "
        f"{SCHEMA_VERSION}): what it added is not read; upgrade telex to read all of it"
    ]
    with pytest.warns(UserWarning, match="written by a newer telex") as caught, telex.open(db) as corpus:
        assert len(corpus.articles()) == 1
    assert caught[0].filename == __file__  # the warning points at the caller's line, not at telex
