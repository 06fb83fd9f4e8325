"""`telex analyze` as a new user meets it, with no model: a stand-in pipeline gives each article an empty
analysis, so what is tested is how sources, options and output formats are handled."""

import gzip
import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from telex.cli import main
from telex.records import Analysis, Article, Failure

BATCH = "\n".join(json.dumps({"id": name, "text": f"{name} met Kim."}) for name in ("one", "two")) + "\n"


@pytest.fixture(autouse=True)
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    import telex.pipeline

    def analyze(articles: Iterable[Article | Failure], *_: object, **__: object) -> Iterator[Analysis | Failure]:
        for article in articles:
            yield (
                article
                if isinstance(article, Failure)
                else Analysis(article.id, article.text, published=article.published)
            )

    monkeypatch.setattr(telex.pipeline, "analyze_articles", analyze)


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["analyze", "-j", "1", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def ids(output: str) -> list[str]:
    return [json.loads(line)["id"] for line in output.splitlines()]


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_jsonl_batch_on_standard_input_prints_jsonl_lines(gzipped: bool) -> None:
    data = BATCH.encode()
    code, out, _ = run("-", stdin=gzip.compress(data) if gzipped else data)
    assert code == 0 and ids(out) == ["one", "two"]


def test_a_jsonl_file_without_its_suffix_prints_jsonl_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch"
    path.write_text(BATCH)
    code, out, _ = run(str(path))
    assert code == 0 and ids(out) == ["one", "two"]


def test_one_gzipped_text_file_is_one_report(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(b"Putin met Kim in Pyongyang."))
    code, out, _ = run(str(path))
    assert code == 0 and out.startswith("story\n") and "Actors" in out


def test_text_on_standard_input_is_one_report() -> None:
    code, out, _ = run("-", stdin=b"Putin met Kim in Pyongyang.")
    assert code == 0 and out.startswith("stdin\n")


def test_published_is_refused_for_several_sources_not_ignored(tmp_path: Path) -> None:
    one, two = tmp_path / "a.txt", tmp_path / "b.txt"
    one.write_text("Putin met Kim.")
    two.write_text("Kim met Putin.")
    code, out, err = run(str(one), str(two), "--published", "2024-06-19")
    assert code == 2 and out == "" and "--published" in err and "Traceback" not in err


def test_title_is_refused_for_a_batch_not_ignored(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(BATCH)
    code, out, err = run(str(path), "--title", "Summit")
    assert code == 2 and out == "" and "--title" in err


def test_published_dates_the_records_of_one_jsonl_source_that_give_none(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(BATCH)
    code, out, _ = run(str(path), "--published", "2024-06-19")
    assert code == 0 and [json.loads(line)["published"] for line in out.splitlines()] == ["2024-06-19"] * 2


def test_published_is_read_as_telex_analyze_and_a_jsonl_record_read_it(tmp_path: Path) -> None:
    # ux51: `telex.analyze(published="19 June 2024")` and a record's "19 June 2024" were read, `--published` refused.
    path = tmp_path / "batch.jsonl"
    path.write_text(BATCH)
    for written in ("19 June 2024", "2024/06/19", "Wed, 19 Jun 2024 10:00:00 GMT"):
        code, out, _ = run(str(path), "--published", written)
        assert code == 0 and [json.loads(line)["published"] for line in out.splitlines()] == ["2024-06-19"] * 2
    code, out, err = run(str(path), "--published", "19/06/2024")  # day or month first cannot be known
    assert code == 2 and out == "" and "'19/06/2024' is not a date; write it as YYYY-MM-DD" in err


def test_progress_of_a_batch_goes_to_stderr_never_into_the_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("telex.cli.PROGRESS_EVERY", 0.0)  # a line a record, as a log gets one every few seconds
    path = tmp_path / "batch.jsonl"
    path.write_text(BATCH)
    code, out, err = run(str(path))
    assert code == 0 and ids(out) == ["one", "two"]
    assert "analysing: 2/2 records" in err
    code, out, err = run(str(path), "--quiet")
    assert code == 0 and ids(out) == ["one", "two"] and err == ""


def test_a_log_shown_progress_is_told_where_the_run_ended(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import threading

    from rich.console import Console

    from telex.cli import _Progress

    clock = iter([0.0, 6.0, 6.1, 6.2, 6.3])  # started; the batch's first record after the model load; the rest at once
    main = threading.main_thread()
    # The heartbeat thread reads the clock too when the machine is slow: it is given the start, so it says nothing.
    monkeypatch.setattr("telex.cli.time.monotonic", lambda: next(clock) if threading.current_thread() is main else 0.0)
    log = io.StringIO()
    with _Progress(Console(file=log, force_terminal=False), 3, "analysing", quiet=False) as progress:
        for _ in range(3):
            progress.advance(1)
    assert log.getvalue().splitlines() == [
        "analysing: 1/3 records, 0.2/s, under a minute left",
        "analysing: 3/3 records, 0.5/s",
    ]


def test_a_resumed_runs_rate_counts_the_articles_analysed_not_those_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    # `ingest --skip-existing` going on after a stop: 1,500 skipped at once, then 20 analysed in 30 s. The line said
    # "1520/2000 records, 50.7/s, about 12 min left": a rate of the skipped, which the time left does not take.
    import io
    import threading

    from rich.console import Console

    from telex.cli import _Progress

    clock = iter([0.0, 6.0, 30.0])
    main = threading.main_thread()
    monkeypatch.setattr("telex.cli.time.monotonic", lambda: next(clock) if threading.current_thread() is main else 0.0)
    log = io.StringIO()
    with _Progress(Console(file=log, force_terminal=False), 2000, "ingesting", quiet=False) as progress:
        progress.advance(1500, skipped=True)
        progress.advance(20)
    assert log.getvalue().splitlines() == [
        "ingesting: 1500/2000 records (1500 unchanged skipped)",
        "ingesting: 1520/2000 records (1500 unchanged skipped), 0.7/s, about 12 min left",
    ]


def test_a_log_of_a_long_run_says_how_long_it_has_left() -> None:
    from telex.cli import time_left

    # 2,000 articles at the rate of the first 100 in 150 s: 47.5 minutes more.
    assert time_left(100, 2000, 150.0) == ", about 48 min left"
    assert time_left(10, 2000, 60.0) == ", about 3 h 19 min left"
    assert time_left(1990, 2000, 2985.0) == ", under a minute left"
    assert time_left(0, 2000, 30.0) == time_left(5, None, 30.0) == time_left(2000, 2000, 3000.0) == ""
    # Going on after a stop: 1,500 stored before are skipped at once, then 20 analysed in 30 s; 480 more take 12 min.
    assert time_left(1520, 2000, 30.0, skipped=1500) == ", about 12 min left"
    assert time_left(1500, 2000, 5.0, skipped=1500) == ""


def test_a_log_is_told_the_run_goes_on_while_no_record_comes(monkeypatch: pytest.MonkeyPatch) -> None:
    # The first records come after the model load and a whole batch: 25 s of an empty log for 20 articles, here.
    import io
    import time

    from rich.console import Console

    from telex.cli import _Progress

    monkeypatch.setattr("telex.cli.PROGRESS_EVERY", 0.05)
    log = io.StringIO()
    with _Progress(Console(file=log, force_terminal=False), 20, "ingesting", quiet=False):
        time.sleep(0.5)
        first = log.getvalue().splitlines()
    assert first[0] == "ingesting: 0/20 records, starting: the first come once the language model is loaded"
    assert len(first) >= 3 and all(line.startswith("ingesting: 0/20 records, 0.0/s") for line in first[1:])
    assert log.getvalue().splitlines() == first  # nothing after the run: the log already says 0 of 20
    monkeypatch.setattr("telex.cli.PROGRESS_EVERY", 5.0)
    log = io.StringIO()
    with _Progress(Console(file=log, force_terminal=False), 20, "ingesting", quiet=False):
        pass  # a run that fails at once: its error is its one line
    assert log.getvalue() == ""
    monkeypatch.setattr("telex.cli.PROGRESS_EVERY", 0.2)
    log = io.StringIO()
    with _Progress(Console(file=log, force_terminal=False), 20, "ingesting", quiet=False):
        time.sleep(0.3)  # a run that fails after one period (a scheduler unreachable): still its error alone
    assert log.getvalue() == ""


@pytest.mark.parametrize("command", ["analyze", "ingest"])
def test_ctrl_c_ends_with_status_130_and_says_what_was_kept(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import telex.pipeline

    def interrupted(articles: Iterable[Article | Failure], *_: object, **__: object) -> Iterator[Analysis]:
        for article in articles:
            assert isinstance(article, Article)
            yield Analysis(article.id, article.text)
        raise KeyboardInterrupt  # Ctrl-C while the next batch is analysed

    monkeypatch.setattr(telex.pipeline, "analyze_articles", interrupted)
    path = tmp_path / "batch.jsonl"
    path.write_text(BATCH)
    where = ["--db", str(tmp_path / "news.duckdb")] if command == "ingest" else []
    result = CliRunner().invoke(main, [command, "-j", "1", "-q", str(path), *where])
    assert result.exit_code == 130
    assert result.stderr.startswith("Error: interrupted; ") and "Traceback" not in result.stderr
    if command == "analyze":
        assert ids(result.stdout) == ["one", "two"]
    else:
        assert "--skip-existing goes on" in result.stderr


def test_a_feed_on_standard_input_is_a_batch_of_its_items() -> None:
    feed = (
        "<rss><channel><title>Wire</title>"
        + "".join(
            f"<item><guid>{name}</guid><description>{name} met Kim Jong Un in Pyongyang on Wednesday to "
            "sign a treaty.</description></item>"
            for name in ("one", "two")
        )
        + "</channel></rss>"
    )
    code, out, _ = run("-", stdin=feed.encode())
    assert code == 0 and ids(out) == ["stdin:one", "stdin:two"]  # bare guids, named by their feed


def test_a_folder_with_no_article_file_is_reported_not_silently_empty(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(b"\xff\xd8\xff")
    code, out, err = run(str(folder))
    assert code == 1 and out == "" and "photos holds no article file" in err
    story = tmp_path / "story.txt"
    story.write_text("Putin met Kim.")
    code, out, err = run(str(folder), str(story))
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 3 and [line["id"] for line in lines] == ["photos", "story"]
    assert "holds no article file" in lines[0]["error"] and "error" not in lines[1]


@pytest.mark.parametrize("rich_output", [False, True])
def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path: Path, rich_output: bool) -> None:
    """`telex … | head`: the reader closes the pipe before telex writes; no error line, the status of SIGPIPE."""
    import subprocess
    import sys

    from telex.store.duckdb_store import Store
    from tests.unit.fixtures import sample_analysis

    db = tmp_path / "news.duckdb"
    with Store(db) as store:
        store.write([sample_analysis()])
        store.finish()  # a store an ingest finished: one it left unfinished says so on stderr
    args = ["list", "--db", str(db)] if rich_output else ["eval", "--data", str(tmp_path / "absent")]
    run = subprocess.Popen([sys.executable, "-m", "telex.cli", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert run.stdout is not None and run.stderr is not None
    run.stdout.close()
    assert run.wait(timeout=120) == 141
    assert run.stderr.read() == b""


class _Keyboard(io.BytesIO):
    """Standard input at a terminal: what the user types."""

    def isatty(self) -> bool:
        return True


def test_standard_input_at_a_terminal_says_it_waits_for_the_article() -> None:
    result = CliRunner().invoke(main, ["analyze", "-j", "1", "-"], input=_Keyboard(b"Putin met Kim in Pyongyang."))
    assert result.exit_code == 0 and result.stdout.startswith("stdin\n")
    assert result.stderr.startswith("telex: reading standard input: paste or type the article, then Ctrl-D")
    code, _, err = run("-", stdin=b"Putin met Kim in Pyongyang.")  # piped: nothing to say
    assert code == 0 and err == ""


def test_a_json_array_on_standard_input_is_a_batch() -> None:
    code, out, _ = run("-", stdin=json.dumps([json.loads(line) for line in BATCH.splitlines()], indent=2).encode())
    assert code == 0 and ids(out) == ["one", "two"]


def test_standard_input_closed_is_bad_input_not_a_bug() -> None:
    """`telex analyze - <&-`: Python starts with no sys.stdin; exit 1 and what to do (was 5, an internal error)."""
    import os
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "telex.cli", "analyze", "-j", "1", "-"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=120,
        preexec_fn=lambda: os.close(0),
    )
    assert run.returncode == 1 and b"standard input is closed" in run.stderr


def test_an_id_given_to_two_articles_is_named_on_stderr(tmp_path: Path) -> None:
    # Two records of one id were printed with no word: a reader joining the JSONL on id took them for one article.
    path = tmp_path / "batch.jsonl"
    path.write_text(BATCH + json.dumps({"id": "one", "text": "Another text."}) + "\n")
    code, out, err = run("-q", str(path))
    assert code == 0 and ids(out) == ["one", "two", "one"]
    assert "1 id(s) given to more than one article: 'one' (2)" in err


def test_ids_given_once_are_not_named(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(BATCH)
    assert "more than one article" not in run("-q", str(path))[2]


def test_stories_piped_one_at_a_time_into_one_store_are_each_kept(tmp_path: Path) -> None:
    from telex.corpus.query import Corpus

    db = str(tmp_path / "news.duckdb")
    page = (
        b"<html><head><title>Seoul</title><link rel='canonical' href='https://news.example/seoul'></head><body>"
        b"<article><p>" + b"Seoul protested on Monday against the launch, officials said. " * 4 + b"</p></article>"
        b"</body></html>"
    )
    for story in (b"Seoul protested on Monday.", b"Tokyo agreed on Tuesday.", b"Seoul protested on Monday.", page):
        result = CliRunner().invoke(main, ["ingest", "-", "--db", db, "-j", "1", "-q", "--no-dedup"], input=story)
        assert result.exit_code == 0, result.output
    with Corpus(db) as corpus:
        stored = sorted(corpus.articles()["id"])
    assert len(stored) == 3, stored  # was ["stdin"]: each story piped in replaced the one before
    assert "https://news.example/seoul" in stored  # a page by its address, as a WARC page is
    assert all(re.fullmatch(r"stdin:[0-9a-f]{12}", i) for i in stored if not i.startswith("https"))
    analysed = CliRunner().invoke(main, ["analyze", "-", "-f", "json"], input=b"Seoul protested on Monday.")
    assert json.loads(analysed.stdout)["id"] == "stdin"  # `analyze` stores nothing: its output keeps the id


def test_a_stored_article_replaced_by_another_text_of_the_same_id_is_named(tmp_path: Path) -> None:
    db = str(tmp_path / "news.duckdb")
    for day, story in (("monday", "Seoul protested on Monday."), ("tuesday", "Tokyo agreed on Tuesday.")):
        (tmp_path / day).mkdir()
        (tmp_path / day / "story.txt").write_text(story, encoding="utf-8")
    first, again, other = (
        CliRunner().invoke(main, ["ingest", str(tmp_path / day / "story.txt"), "--db", db, "-j", "1"])
        for day in ("monday", "monday", "tuesday")
    )
    assert "replaced" not in first.stderr and "replaced" not in again.stderr  # the same text again: nothing lost
    assert other.exit_code == 0  # was silent: Monday's story gone, the store holding one article
    assert "replaced 1 stored article(s) of the same id with another text: 'story'" in other.stderr
    assert "An id ingested again is an update" in other.stderr and "give the folder above" in other.stderr
    quiet = CliRunner().invoke(main, ["ingest", str(tmp_path / "monday" / "story.txt"), "--db", db, "-j", "1", "-q"])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_an_ingest_says_how_many_articles_it_stored_are_in_another_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import telex.pipeline

    def analyze(articles: Iterable[Article | Failure], *_: object, **__: object) -> Iterator[Analysis | Failure]:
        for article in articles:
            assert isinstance(article, Article)
            yield Analysis(article.id, article.text, language=article.text.split()[0])

    monkeypatch.setattr(telex.pipeline, "analyze_articles", analyze)
    batch = tmp_path / "feed.jsonl"
    batch.write_text(
        "".join(
            json.dumps({"id": str(n), "text": f"{lang} text"}) + "\n" for n, lang in enumerate(["en", "fr", "de", "fr"])
        )
    )
    db = str(tmp_path / "news.duckdb")
    said = CliRunner().invoke(main, ["ingest", str(batch), "--db", db, "-j", "1"])
    assert said.exit_code == 0, said.output  # was "ingested 4 article(s)" alone, as if all four could be read
    assert "3 of the article(s) stored are not in English (fr 2, de 1): telex extracts from English only" in " ".join(
        said.stderr.split()
    )
    quiet = CliRunner().invoke(main, ["ingest", str(batch), "--db", db, "-j", "1", "-q"])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_a_second_ingest_of_the_same_files_says_it_added_nothing(tmp_path: Path) -> None:
    # A folder ingested twice said "ingested 2 article(s)" the second time: every article analysed again, none added.
    db = str(tmp_path / "news.duckdb")
    (tmp_path / "corpus").mkdir()
    for name, story in (("a.txt", "Seoul protested on Monday."), ("b.txt", "Tokyo agreed on Tuesday.")):
        (tmp_path / "corpus" / name).write_text(story, encoding="utf-8")
    first, again, skipped = (
        CliRunner().invoke(main, ["ingest", str(tmp_path / "corpus"), "--db", db, "-j", "1", *extra])
        for extra in ((), (), ("--skip-existing",))
    )
    assert first.exit_code == again.exit_code == skipped.exit_code == 0
    assert "stored before" not in first.stderr and "stored before" not in skipped.stderr
    assert (
        "of the 2 article(s) ingested, 2 were stored before with the same text, so were analysed again and "
        "written over rather than added; `--skip-existing` leaves such articles alone"
    ) in " ".join(again.stderr.split())
    assert "2 unchanged skipped" in skipped.stdout


def test_an_ingest_of_nothing_readable_is_bad_input_and_makes_no_database(tmp_path: Path) -> None:
    # `telex ingest typo.txt --db news.duckdb` exited 3 ("some records failed") and left an empty database behind; a
    # folder of no article file alone did the same, where docs/cli.md and `ingest --help` give it exit 1.
    db = tmp_path / "news.duckdb"
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"\xff\xd8\xff")
    for sources in (
        [str(tmp_path / "typo.txt")],
        [str(tmp_path / "photos")],
        ["s3://bucket/news.jsonl"],
        [str(tmp_path / "typo.txt"), str(tmp_path / "photos")],
    ):
        result = CliRunner().invoke(main, ["ingest", *sources, "--db", str(db), "-j", "1"])
        assert result.exit_code == 1 and not db.exists(), (sources, result.output)
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: ")
    (tmp_path / "story.txt").write_text("Seoul protested on Monday.", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["ingest", str(tmp_path / "typo.txt"), str(tmp_path / "story.txt"), "--db", str(db), "-j", "1", "-q"]
    )
    assert result.exit_code == 3 and db.exists()  # beside a readable source, a failure in its place as before


def test_an_ingest_whose_every_record_fails_is_status_1_and_leaves_no_new_database(tmp_path: Path) -> None:
    # Two records that both fail (two offline URLs, a batch of texts that are no articles) exited 3, "some records
    # failed (the rest are stored)", and left an empty database that later commands read as a corpus of nothing.
    db = tmp_path / "news.duckdb"
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "a", "text": ""}\n{"id": "b"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(batch), "--db", str(db), "-j", "1"])
    assert result.exit_code == 1 and not db.exists(), result.output
    assert result.stderr.count("failed ") == 2
    assert f"nothing was stored: every record failed, so no database was made at {db}" in result.stderr
    story = tmp_path / "story.txt"
    story.write_text("Seoul protested on Monday.", encoding="utf-8")
    assert CliRunner().invoke(main, ["ingest", str(story), "--db", str(db), "-j", "1", "-q"]).exit_code == 0
    again = CliRunner().invoke(main, ["ingest", str(batch), "--db", str(db), "-j", "1", "-q"])
    assert again.exit_code == 1 and db.exists()  # a database there before is never removed
    assert CliRunner().invoke(main, ["list", "--db", str(db), "-f", "csv"]).stdout.count("\n") == 2


def test_an_analysis_whose_every_record_fails_is_status_1(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "a", "text": ""}\n{"id": "b"}\n', encoding="utf-8")
    code, _, err = run(str(batch))
    assert code == 1 and "2 of 2 records failed" in err
    batch.write_text('{"id": "a", "text": ""}\n{"id": "b", "text": "Seoul protested."}\n', encoding="utf-8")
    assert run(str(batch))[0] == 3


@pytest.mark.parametrize("command", ["analyze", "ingest"])
def test_the_files_of_a_folder_that_are_not_read_are_counted_in_one_line(tmp_path: Path, command: str) -> None:
    # A PDF, an image and a CSV beside the pages were passed over without a word: a user counting articles found fewer.
    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    (folder / "story.txt").write_text("Putin met Kim.")
    for name in ("doc.pdf", "image.png", "sub/texts.csv", "notes.json", ".DS_Store", "README.md"):
        (folder / name).write_bytes(b"x")
    where = ["--db", str(tmp_path / "news.duckdb")] if command == "ingest" else []
    result = CliRunner().invoke(main, [command, "-j", "1", str(folder), *where])
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if "passed over" in line]
    assert said == [
        f"telex: passed over 4 file(s) of {folder} that are no text, HTML, JSONL, WARC or feed file: "
        "doc.pdf, image.png, notes.json, …; a CSV, TSV or JSON file is read when named on its own"
    ]
    quiet = CliRunner().invoke(main, [command, "-j", "1", "-q", str(folder), *where])
    assert quiet.exit_code == 0 and "passed over" not in quiet.stderr


def test_an_ingest_stopped_while_the_next_batch_is_analysed_keeps_the_articles_analysed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `ingest -j 2` stopped by SIGTERM at "32/100 records" stored none of the 32: they waited for a batch of 64.
    import telex.pipeline

    def interrupted(articles: Iterable[Article | Failure], *_: object, **__: object) -> Iterator[Analysis]:
        for article in articles:
            assert isinstance(article, Article)
            yield Analysis(article.id, article.text)
            if article.id == "two":
                raise KeyboardInterrupt  # Ctrl-C while the workers analyse the next articles

    monkeypatch.setattr(telex.pipeline, "analyze_articles", interrupted)
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps({"id": name, "text": f"{name} met Kim."}) for name in ("one", "two", "three")))
    db = tmp_path / "news.duckdb"
    result = CliRunner().invoke(main, ["ingest", "-j", "1", "-q", str(path), "--db", str(db)])
    assert result.exit_code == 130
    assert "interrupted; the articles analysed before are stored" in result.stderr
    listed = CliRunner().invoke(main, ["list", "--db", str(db), "-f", "csv"])
    assert sorted(line.split(",")[0] for line in listed.stdout.splitlines()[1:]) == ["one", "two"]
