"""The corpus commands as a user meets them: a query that names an actor in no event says so on stderr, so a
typo is not read as a quiet period (a known actor with no rows in the period says nothing); dates the wrong way
round are a usage error, not an empty answer."""

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from telex.cli import main
from telex.store.duckdb_store import CorpusInfo, Store, content_hash
from tests.unit.fixtures import sample_analysis, stored_sample


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return stored_sample(tmp_path / "news.duckdb")


@pytest.mark.parametrize(("args", "unknown"), [
    (["dyad", "Rusia", "PRK"], ["'Rusia'"]),
    (["dyad", "RUS", "PRK"], []),
    (["dyad", "RUS", "JPN"], ["'JPN'"]),
    (["events", "--actor", "Narnia"], ["'Narnia'"]),
    (["events", "--actor", "RUS", "--root", "19"], []),  # a known actor, no event of that kind: no notice
])  # fmt: skip
def test_an_actor_in_no_event_is_named_on_stderr(db: Path, args: list[str], unknown: list[str]) -> None:
    result = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert result.exit_code == 0
    notes = result.stderr.splitlines()
    assert [note.split()[0] for note in notes] == unknown
    assert all("is in no event of" in note and "telex actors" in note for note in notes)


@pytest.mark.parametrize(
    ("outlet", "note"),
    [
        (
            "bt",
            "no article of {db} has the outlet 'bt'; outlets whose name holds it: BTA; --outlet takes the whole name",
        ),
        ("Reuters", "no article of {db} has the outlet 'Reuters'; `telex list` shows each article's outlet"),
        ("bta", None),  # the whole name, any case: its rows, no note
    ],
)
def test_an_outlet_no_article_has_is_said_with_the_outlets_holding_it(db: Path, outlet: str, note: str | None) -> None:
    result = CliRunner().invoke(main, ["list", "--outlet", outlet, "--db", str(db), "--format", "csv"])
    assert result.exit_code == 0
    assert result.stderr.strip().replace("\n", " ") == (note.format(db=db) if note else "")
    assert (len(result.stdout.splitlines()) == 2) == (note is None)  # the header and the one article


def test_a_speaker_of_no_quote_is_named_on_stderr(db: Path) -> None:
    unknown = CliRunner().invoke(main, ["quotes", "--speaker", "Sandrs", "--db", str(db)])  # said "no rows" alone
    assert unknown.exit_code == 0 and unknown.stderr.startswith("'Sandrs' speaks in no quote of")
    quiet = CliRunner().invoke(main, ["quotes", "--speaker", "Putin", "--since", "2030-01-01", "--db", str(db)])
    assert quiet.exit_code == 0 and quiet.stderr == ""


@pytest.mark.parametrize(
    "args",
    [
        ["quotes", "--headline"],
        ["quotes", "--class", "belief"],
        ["export", "--what", "quotes", "--headline", "-f", "csv", "-o", "-"],
    ],
)
def test_quotes_the_stored_scheme_leaves_out_are_named_on_stderr(tmp_path: Path, args: list[str]) -> None:
    # `quotes --headline` on a store ingested with the default scheme said "no rows", as for a corpus whose headlines
    # quote nobody; the speech scheme keeps no headline's quotes and no beliefs, and the docs say to ingest with
    # --quote-scheme attribution for them.
    speech = stored_sample(tmp_path / "speech.duckdb")
    told = CliRunner().invoke(main, [*args, "--db", str(speech)])
    assert told.exit_code == 0, told.output
    assert told.stderr.startswith(
        f"the articles of {speech} were analysed with the quote scheme speech, which keeps no"
    )
    assert "ingest the articles again with --quote-scheme attribution" in told.stderr
    attribution = tmp_path / "attribution.duckdb"
    analysis = sample_analysis()
    with Store(attribution) as store:
        store.write(
            [analysis], {analysis.id: CorpusInfo(analysis.id, content_hash(analysis.text), quote_scheme="attribution")}
        )
        store.finish()
    quiet = CliRunner().invoke(main, [*args, "--db", str(attribution)])  # none there, but the scheme keeps them
    assert quiet.exit_code == 0 and "quote scheme" not in quiet.stderr
    body = CliRunner().invoke(main, ["quotes", "--body", "--since", "2030-01-01", "--db", str(speech)])
    assert body.exit_code == 0 and body.stderr == ""


@pytest.mark.parametrize("option", ["--actor", "--source", "--target"])
def test_an_empty_actor_is_an_input_error_not_every_event(db: Path, option: str) -> None:
    result = CliRunner().invoke(main, ["events", option, "", "--db", str(db)])
    assert result.exit_code == 1 and "an actor is a CAMEO code" in result.stderr and result.stdout == ""


@pytest.mark.parametrize(
    ("command", "option", "says"),
    [
        ("quotes", "--speaker", "a speaker is a name"),
        ("quotes", "--about", "quote words are"),
        ("list", "--query", "article words are"),
        ("list", "--outlet", "an outlet is its name"),
    ],
)
def test_an_empty_text_filter_is_an_input_error_not_every_row(db: Path, command: str, option: str, says: str) -> None:
    result = CliRunner().invoke(main, [command, option, "", "--db", str(db)])
    assert result.exit_code == 1 and says in result.stderr and result.stdout == ""


def test_a_root_that_is_no_cameo_root_is_a_usage_error_as_a_malformed_date_is(db: Path) -> None:
    # `--root 99` exited 1, bad input, where every other option's bad value (--since 2024-13-01, --by fortnight,
    # --modality bogus) exits 2, bad usage.
    for root in ("99", "", "protests"):
        result = CliRunner().invoke(main, ["events", "--root", root, "--db", str(db)])
        assert result.exit_code == 2 and "Invalid value for '--root'" in result.stderr, root
        assert f"root {root!r} is not a CAMEO root" in result.stderr and result.stdout == ""
    assert CliRunner().invoke(main, ["events", "--root", "004", "--db", str(db)]).exit_code == 0


@pytest.mark.parametrize("command", ["list", "events", "quotes"])
def test_since_after_until_is_a_usage_error_in_either_order(db: Path, command: str) -> None:
    since, until = ["--since", "2024-07-01"], ["--until", "2024-06-01"]
    for dates in (since + until, until + since):
        result = CliRunner().invoke(main, [command, "--db", str(db), *dates])
        assert result.exit_code == 2 and "--since 2024-07-01 is after --until 2024-06-01" in result.stderr
    result = CliRunner().invoke(main, [command, "--db", str(db), "--since", "2024-06-19", "--until", "2024-06-19"])
    assert result.exit_code == 0 and "no rows" not in result.stdout  # one day is a range


@pytest.mark.parametrize("command", ["list", "events", "quotes"])
def test_a_bound_is_a_day_a_timestamp_a_month_or_a_year_as_every_corpus_read_takes_it(db: Path, command: str) -> None:
    for since, until in (("2024-06-19T08:00:00", "2024-06-19T08:00:00Z"), ("2024-06", "2024")):
        result = CliRunner().invoke(main, [command, "--db", str(db), "--since", since, "--until", until])
        assert result.exit_code == 0 and "no rows" not in result.stdout, (since, until)
    result = CliRunner().invoke(main, [command, "--db", str(db), "--since", "2024-06-19 or so"])
    assert result.exit_code == 2 and "'2024-06-19 or so' is not a date" in result.stderr


@pytest.mark.parametrize("command", ["list", "events", "quotes"])
def test_a_bound_may_be_written_as_a_records_published_date_is(db: Path, command: str) -> None:
    # ux50: `--since "May 2016"` and `2016/05/01` were usage errors while a JSONL `published` of such forms is read.
    for since, until in (("June 2024", "2024/06"), ("19 June 2024", "2024/06/19"), ("Jun. 2024", "June 19, 2024")):
        result = CliRunner().invoke(main, [command, "--db", str(db), "--since", since, "--until", until])
        assert result.exit_code == 0 and "no rows" not in result.stdout, (since, until)
    result = CliRunner().invoke(main, [command, "--db", str(db), "--since", "July 2024"])
    assert result.exit_code == 0 and "no rows" in result.stdout
    for unread in ("06/2024", "spring 2024", "2024-13", "2024/13"):  # month or day first? a season? no month 13
        result = CliRunner().invoke(main, [command, "--db", str(db), "--since", unread])
        assert result.exit_code == 2 and f"{unread!r} is not a date" in result.stderr, unread


@pytest.fixture
def two(tmp_path: Path) -> Path:
    """Two copies of one article under two ids: two articles, two quotes, two actors, one event counted once."""
    path = tmp_path / "two.duckdb"
    analyses = [sample_analysis(), replace(sample_analysis(), id="seed-2")]
    with Store(path) as store:
        store.write(analyses, {a.id: CorpusInfo(a.id, content_hash(a.text) + a.id) for a in analyses})
        store.finish()
    return path


@pytest.mark.parametrize("command", [["list"], ["search", "Putin"], ["quotes"], ["actors"]])
@pytest.mark.parametrize("output_format", ["table", "csv", "json"])
def test_an_answer_cut_at_the_limit_says_so_on_stderr(two: Path, command: list[str], output_format: str) -> None:
    cut = CliRunner().invoke(main, [*command, "--db", str(two), "--limit", "1", "-f", output_format])
    assert cut.exit_code == 0, cut.output
    page = ", or --offset 1 for the next 1" if command in (["list"], ["quotes"]) else ""  # those page, as the API
    assert cut.stderr.splitlines() == [f"more rows match than the 1 shown; raise --limit to see them{page}"]
    if output_format == "json":
        assert len(json.loads(cut.stdout)) == 1
    whole = CliRunner().invoke(main, [*command, "--db", str(two), "--limit", "2", "-f", output_format])
    assert whole.exit_code == 0 and whole.stderr == ""
    if output_format == "json":
        assert len(json.loads(whole.stdout)) == 2


def test_an_answer_that_fills_the_limit_exactly_says_nothing_more(two: Path) -> None:
    result = CliRunner().invoke(main, ["events", "--db", str(two), "--limit", "1", "-f", "json"])
    assert result.exit_code == 0 and result.stderr == "" and len(json.loads(result.stdout)) == 1


def test_list_pages_with_offset_as_the_rest_api_does(two: Path) -> None:
    def ids(*args: str) -> list[str]:
        result = CliRunner().invoke(main, ["list", "--db", str(two), "-f", "json", *args])
        assert result.exit_code == 0, result.output
        return [row["id"] for row in json.loads(result.stdout)]

    both = ids()
    assert len(both) == 2 and ids("--limit", "1") + ids("--limit", "1", "--offset", "1") == both
    assert ids("--offset", "2") == ids("--offset", str(2**70)) == []  # past the end, however far: nothing
    assert CliRunner().invoke(main, ["list", "--db", str(two), "--offset", "-1"]).exit_code == 2


def test_a_page_past_the_end_says_so_where_rows_match(two: Path) -> None:
    past = CliRunner().invoke(main, ["list", "--db", str(two), "--offset", "20"])  # the README's example, 2 articles
    assert past.exit_code == 0 and "no rows" in past.stdout  # was all it said: as if nothing were stored
    assert past.stderr == "no rows past --offset 20: fewer articles match; --offset 0 shows the first\n"
    none = CliRunner().invoke(main, ["list", "--db", str(two), "--offset", "20", "--outlet", "Nowhere"])
    assert none.exit_code == 0 and "--offset" not in none.stderr  # nothing matches at all: no page to point to
    assert none.stderr.startswith("no article of") and "the outlet 'Nowhere'" in none.stderr


@pytest.mark.parametrize("command", [["list"], ["search", "Putin"], ["events"], ["quotes"], ["actors"]])
def test_a_limit_past_the_databases_integers_is_every_row(two: Path, command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--db", str(two), "--limit", str(2**63 - 1), "-f", "json"])
    assert result.exit_code == 0 and result.stderr == "", result.output  # was an internal error, exit 5
    assert json.loads(result.stdout)


LONG_ID = "https://news.example/2024/06/19/putin-and-kim-sign-a-treaty-of-comprehensive-strategic-partnership"


@pytest.fixture
def long_id_db(tmp_path: Path) -> Path:
    analysis = sample_analysis(
        LONG_ID,
        title="Putin and Kim sign a treaty of comprehensive strategic partnership in "
        "Pyongyang, their first summit in years",
    )
    path = tmp_path / "long.duckdb"
    with Store(path) as store:
        store.write([analysis], {analysis.id: CorpusInfo(analysis.id, content_hash(analysis.text))})
        store.finish()
    return path


@pytest.mark.parametrize("command", [["list"], ["search", "treaty"], ["quotes"]])
@pytest.mark.parametrize("terminal", [None, 80])
def test_a_table_keeps_every_id_whole_on_one_line(
    long_id_db: Path, command: list[str], terminal: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A user copies an id from the table into `telex show`: folded over two lines, it was no id.
    import io

    from rich.console import Console

    import telex.cli

    out = io.StringIO()
    if terminal is not None:
        monkeypatch.setattr(
            telex.cli,
            "_console",
            lambda stderr=False: Console(file=out, force_terminal=True, width=terminal, color_system=None),
        )
    result = CliRunner().invoke(main, [*command, "--db", str(long_id_db)])
    assert result.exit_code == 0
    lines = (out.getvalue() if terminal is not None else result.stdout).splitlines()
    assert any(LONG_ID in line for line in lines)
    if command[0] != "quotes":
        assert any("Putin and Kim" in line for line in lines)  # the title is narrowed, never left out


@pytest.mark.parametrize(("query", "noted"), [
    ("the", True), ("of the 2024", True), ("***", True),  # no word the index keeps: stop words, numbers, signs
    ("Putin", False), ("Narnia", False),  # a word the index keeps, found or not: the answer is the answer
])  # fmt: skip
def test_a_search_of_no_indexed_word_says_so(db: Path, query: str, noted: bool) -> None:
    # `telex search the` answered "no rows" as for words no article holds.
    result = CliRunner().invoke(main, ["search", query, "--db", str(db)])
    assert result.exit_code == 0
    assert ("holds no word the full-text index keeps" in result.stderr) is noted


@pytest.mark.parametrize(("query", "note"), [
    ("Пхеньян", "it keeps words in Latin letters"),  # was "common words (the, of, and …), numbers and signs"
    ("平壤", "it keeps words in Latin letters"),
    ("the", "common words (the, of, and …)"),
])  # fmt: skip
def test_a_search_in_another_script_says_the_index_keeps_latin_letters(db: Path, query: str, note: str) -> None:
    result = CliRunner().invoke(main, ["search", query, "--db", str(db)])
    assert result.exit_code == 0 and note in result.stderr


def test_a_dyad_takes_the_dates_events_takes(db: Path) -> None:
    days = CliRunner().invoke(
        main,
        [
            "dyad",
            "RUS",
            "PRK",
            "--db",
            str(db),
            "--by",
            "day",
            "--since",
            "2024-06-18",
            "--until",
            "2024-06-20",
            "--format",
            "json",
        ],
    )
    assert days.exit_code == 0, days.output  # was 2: no such option
    assert [(p["period"], p["events"]) for p in json.loads(days.stdout)] == [
        ("2024-06-18", 0),
        ("2024-06-19", 1),
        ("2024-06-20", 0),
    ]
    backwards = CliRunner().invoke(
        main, ["dyad", "RUS", "PRK", "--db", str(db), "--since", "2024-07", "--until", "2024-06"]
    )
    assert backwards.exit_code == 2 and "is after --until" in backwards.stderr


def test_events_by_cameo_code_and_plover_type(db: Path) -> None:
    def events(*args: str) -> list[str]:
        result = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "json", *args])
        assert result.exit_code == 0, result.output  # was 2: no such option
        return [row["cameo"] for row in json.loads(result.stdout)]

    assert events("--cameo", "040") == ["040"] == events("--plover", "consult")
    assert events("--cameo", "112") == []
    unknown = CliRunner().invoke(main, ["events", "--db", str(db), "--plover", "fight"])
    assert unknown.exit_code == 2 and "no PLOVER type" in unknown.stderr and "ACCUSE" in unknown.stderr


def test_a_dyad_without_events_draws_no_blank_chart(db: Path, tmp_path: Path) -> None:
    chart = tmp_path / "chart.svg"
    drawn = CliRunner().invoke(main, ["dyad", "RUS", "PRK", "--db", str(db), "--plot", str(chart)])
    assert drawn.exit_code == 0 and chart.stat().st_size > 0
    assert drawn.stderr == f"drew the chart to {chart} (1 month)\n"  # it was written without a word
    before = chart.read_bytes()
    empty = CliRunner().invoke(main, ["dyad", "RUS", "JPN", "--db", str(db), "--plot", str(chart)])
    assert empty.exit_code == 0
    assert f"no chart drawn to {chart}: no events between RUS and JPN" in empty.stderr
    assert chart.read_bytes() == before  # the earlier chart is kept, not overwritten with blank axes


def test_a_chart_that_cannot_be_written_says_so(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import telex.corpus.chart

    def refused(*_: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(telex.corpus.chart, "write_chart", refused)
    chart = tmp_path / "chart.svg"
    result = CliRunner().invoke(main, ["dyad", "RUS", "PRK", "--db", str(db), "--plot", str(chart)])
    assert result.exit_code == 1  # was "Error: cannot go on: … Permission denied"
    assert result.stderr == f"Error: cannot write the chart to {chart}: Permission denied\n"


def test_a_store_an_ingest_left_before_its_corpus_pass_says_so(tmp_path: Path) -> None:
    # After a Ctrl-C, `telex actors` listed one actor per article (their corpus ids not yet linked) and the events of
    # the new articles were not counted once, without a word but the interrupted run's last line.
    finished = stored_sample(tmp_path / "finished.duckdb")
    analysis = sample_analysis()
    fresh = tmp_path / "fresh.duckdb"
    with Store(fresh) as store:  # a first ingest stopped after its first batch
        store.write([analysis], {analysis.id: CorpusInfo(analysis.id, content_hash(analysis.text))})
    grown = stored_sample(tmp_path / "grown.duckdb")
    later = replace(analysis, id="later")
    with Store(grown) as store:  # a later ingest into a finished store, stopped the same way
        store.write([later], {later.id: CorpusInfo(later.id, content_hash(later.text))})
    for db, told in ((finished, False), (fresh, True), (grown, True)):
        for command in (["actors"], ["events"], ["list"]):
            result = CliRunner().invoke(main, [*command, "--db", str(db)])
            assert result.exit_code == 0, result.output
            assert (f"{db}: an ingest is writing to it, or stopped before its end" in result.stderr) is told, command
    with Store(grown) as store:
        store.finish()
    assert "an ingest is writing" not in CliRunner().invoke(main, ["actors", "--db", str(grown)]).stderr


@pytest.mark.parametrize(
    ("asked", "near"),
    [
        ("summ", "'summit-2024', 'summit-press', '2024-summit-notes'"),  # those it starts first, then those holding it
        ("SUMMIT-2024", "'summit-2024'"),  # ids are matched exactly; the same in another case is offered
        ("sumit-2024", "'summit-2024'"),  # a typo: a few edits away
        ("weather", None),  # nothing near: the message as before
    ],
)
def test_show_of_an_id_no_article_has_names_the_ids_it_may_mean(tmp_path: Path, asked: str, near: str | None) -> None:
    db = tmp_path / "news.duckdb"
    with Store(db) as store:
        for article_id in ("summit-press", "summit-2024", "treaty", "2024-summit-notes"):
            analysis = sample_analysis(article_id)
            store.write([analysis], {article_id: CorpusInfo(article_id, content_hash(analysis.text))})
        store.finish()
    result = CliRunner().invoke(main, ["show", asked, "--db", str(db)])
    assert result.exit_code == 1
    hint = f"; the ids nearest it: {near}" if near else ""
    assert result.stderr.strip().replace("\n", " ") == (
        f"Error: no article {asked!r} in {db}{hint}; `telex list` and `telex search` give the ids stored"
    )


@pytest.mark.parametrize("args", [["list"], ["events"], ["quotes"], ["actors"], ["search", "treaty"],
                                  ["export", "-o", "-", "-f", "csv"]])  # fmt: skip
def test_a_store_of_no_article_says_so_once_on_stderr(tmp_path: Path, args: list[str]) -> None:
    # Every read of an empty store said "no rows" (or "wrote 0 events"), as for a filter that matches nothing.
    empty = tmp_path / "empty.duckdb"
    with Store(empty) as store:
        store.finish()
    result = CliRunner().invoke(main, [*args, "--db", str(empty)])
    assert result.exit_code == 0, result.output
    note = f"{empty} holds no articles yet: `telex ingest SOURCE --db {empty}` adds them"
    assert result.stderr.replace("\n", " ").count(note) == 1
    full = CliRunner().invoke(main, [*args, "--db", str(stored_sample(tmp_path / "news.duckdb"))])
    assert full.exit_code == 0 and "holds no articles" not in full.stderr


def test_stats_counts_what_a_store_holds_empty_or_not(db: Path, tmp_path: Path) -> None:
    # ux51: after an ingest (or a Ctrl-C and a resume) nothing said what a store holds but the ingest's last line.
    result = CliRunner().invoke(main, ["stats", "--db", str(db), "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == [{
        "articles": 1, "first": "2024-06-19", "last": "2024-06-19", "undated": 0, "outlets": 1, "quotes": 1,
        "events": 1, "event_mentions": 1, "actors": 2,
    }]  # fmt: skip
    with Store(tmp_path / "empty.duckdb") as store:
        store.finish()
    result = CliRunner().invoke(main, ["stats", "--db", str(tmp_path / "empty.duckdb")])
    assert result.exit_code == 0 and "holds no articles yet" in result.stderr
    assert result.stdout.split()[:4] == ["articles", "first", "last", "undated"] and "0" in result.stdout.split()
