"""The public API is small and checked: __all__ names exactly what the package offers, nothing else."""

import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest

import telex


def test_all_names_exist() -> None:
    for name in telex.__all__:
        assert getattr(telex, name) is not None, name


def test_all_is_exactly_the_public_names() -> None:
    offered = {
        name for name, value in vars(telex).items() if not name.startswith("_") and not inspect.ismodule(value)
    } | {"__version__", "Corpus"}  # Corpus is imported on first use (it brings DuckDB)
    assert set(telex.__all__) == offered
    assert len(telex.__all__) == len(set(telex.__all__))


def test_the_lazy_name_is_the_real_class() -> None:
    from telex.corpus.query import Corpus

    assert telex.Corpus is Corpus


def test_a_published_datetime_or_string_is_kept_as_a_date() -> None:
    from datetime import date, datetime

    assert telex.Article(id="a", text="x", published=datetime(2024, 6, 19, 10, 5)).published == date(2024, 6, 19)
    assert telex.Article(id="a", text="x", published="2024-06-19").published == date(2024, 6, 19)  # type: ignore[arg-type]
    assert type(telex.Article(id="a", text="x", published=datetime(2024, 6, 19)).published) is date


def test_a_published_date_that_is_no_date_is_an_input_error() -> None:
    import pytest

    with pytest.raises(telex.InputError, match="YYYY-MM-DD"):
        telex.Article(id="a", text="x", published="19 June 2024")  # type: ignore[arg-type]


def test_a_text_that_is_no_str_fails_in_its_place_with_what_to_give() -> None:
    from telex.pipeline import _prepare_or_fail

    failed = _prepare_or_fail(telex.Article(id="a", text=b"Putin spoke."))  # type: ignore[arg-type]
    assert isinstance(failed, telex.Failure)
    assert "type bytes; give a str" in failed.error
    assert "internal error" not in failed.error


def test_analyze_many_refuses_one_string_instead_of_reading_its_letters() -> None:
    import pytest

    for one in ("Putin spoke.", b"Putin spoke.", telex.Article(id="a", text="Putin spoke.")):
        with pytest.raises(TypeError, match=r"telex\.analyze"):
            telex.analyze_many(one)  # type: ignore[arg-type]


def test_code_actor_says_what_a_phrase_must_be() -> None:
    from datetime import datetime

    import pytest

    with pytest.raises(telex.InputError, match="must be a str, not NoneType"):
        telex.code_actor(None)  # type: ignore[arg-type]
    assert telex.code_actor("the US president", date=datetime(2020, 1, 1))["code"] == "USAGOV"
    with pytest.raises(telex.InputError, match=r"for many phrases: \[telex\.code_actor"):
        telex.code_actor(["Egyptian police", "Kenyan farmers"])  # type: ignore[arg-type]
    with pytest.raises(telex.InputError, match="context must be a str"):
        telex.code_actor("the police", context=123)  # type: ignore[arg-type]
    assert telex.code_actor("the police", context=None)["code"] == "COP"  # type: ignore[arg-type]


def test_workers_that_cannot_start_name_the_main_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    import pytest

    import telex.pipeline
    from telex.errors import WorkerError

    def dying(*args: object, **kwargs: object) -> Iterator[telex.Analysis]:
        raise WorkerError("worker processes keep dying before finishing any work")
        yield

    monkeypatch.setattr(telex.pipeline, "analyze_articles", dying)
    with pytest.raises(telex.WorkerError, match=r"missing `if __name__ == \"__main__\":`"):  # by its public name
        list(telex.analyze_many(["Putin spoke."] * 40, processes=2))


PAGE = (
    '<!DOCTYPE html><html><head><meta charset="windows-1251"><title>Переговоры</title></head><body><article>'
    + "<p>Министр иностранных дел заявил, что переговоры в Москве продолжатся на следующей неделе.</p>" * 4
    + "</article></body></html>"
)


def test_a_page_given_as_bytes_is_decoded_by_its_declared_charset() -> None:
    from telex.api import _web_page

    page = _web_page("p", PAGE.encode("cp1251"), None)
    assert page.text.startswith("Министр иностранных дел заявил")
    assert any("windows-1251" in w or "cp1251" in w for w in page.warnings)
    with pytest.raises(telex.InputError, match="str or bytes"):
        _web_page("p", ["<p>x</p>"], None)  # type: ignore[arg-type]


def test_a_whole_page_given_as_text_is_refused_with_html_named() -> None:
    for page in (PAGE, "\n  <html><body><p>Seoul protested.</p></body></html>"):
        with pytest.raises(telex.InputError, match=r"html=") as caught:
            telex.analyze(page, id="p")
        assert "'p' is a web page" in str(caught.value)


def test_analyze_many_reads_a_dict_as_a_jsonl_record(monkeypatch: pytest.MonkeyPatch) -> None:
    import telex.pipeline

    seen: list[telex.Article | telex.Failure] = []

    def analyze_articles(articles: Iterator[telex.Article | telex.Failure], **_: object) -> Iterator[telex.Failure]:
        seen.extend(articles)
        return iter(())

    monkeypatch.setattr(telex.pipeline, "analyze_articles", analyze_articles)
    list(telex.analyze_many([
        {"id": "a", "text": "Seoul protested.", "published": "2024-06-19", "title": "T"},
        {"text": "Tokyo agreed."},
        {"id": "c", "title": "no text"},
        "Beijing spoke.",
    ]))  # fmt: skip
    first, second, third, fourth = seen
    assert isinstance(first, telex.Article) and (first.id, first.text, first.title) == ("a", "Seoul protested.", "T")
    assert str(first.published) == "2024-06-19"
    assert isinstance(second, telex.Article) and second.id == "2"
    assert isinstance(third, telex.Failure) and third.id == "c" and '"text" nor "html"' in third.error
    assert isinstance(fourth, telex.Article) and fourth.id == "4"


def test_an_id_given_as_a_number_is_kept_as_text() -> None:
    assert telex.Article(id=5, text="Seoul protested.").id == "5"  # type: ignore[arg-type]
    with pytest.raises(telex.InputError, match=r"'7' is a web page"):
        telex.analyze("<html><body><p>Seoul protested.</p></body></html>", id=7)  # type: ignore[arg-type]


def test_analyze_many_refuses_a_count_that_is_none() -> None:
    for wrong in ({"processes": -1}, {"processes": 0}, {"processes": "2"}, {"batch_size": 0}, {"batch_size": None}):
        with pytest.raises(telex.InputError, match="1 or more"):
            telex.analyze_many(["Seoul protested."], **wrong)  # type: ignore[arg-type]


def test_fields_that_are_no_text_are_converted_or_left_out_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    import telex.pipeline

    given: list[telex.Article] = []
    monkeypatch.setattr(telex.pipeline, "analyze_one", lambda article, **_: given.append(article))
    telex.analyze("Seoul protested.", title=5, source=["AP"], url="  https://x.example/a ")  # type: ignore[arg-type]
    (article,) = given
    assert (article.title, article.source, article.url) == ("5", None, "https://x.example/a")
    assert any("title 5 is a number" in w for w in article.warnings)
    assert any("source is a list" in w for w in article.warnings)


def test_analyze_passes_the_source_and_author_given(monkeypatch: pytest.MonkeyPatch) -> None:
    import telex.pipeline

    seen: list[telex.Article] = []
    monkeypatch.setattr(telex.pipeline, "analyze_one", lambda article, **_: seen.append(article))
    telex.analyze("Seoul protested.", source="Example Wire", author="A. Writer")
    telex.analyze("Seoul protested.", author=5)  # type: ignore[arg-type]
    assert (seen[0].source, seen[0].author) == ("Example Wire", "A. Writer")
    assert seen[1].author == "5" and any("author" in warning for warning in seen[1].warnings)


def test_an_id_that_is_neither_text_nor_a_number_is_an_input_error() -> None:
    for wrong in ([1], {"id": 1}, True):
        with pytest.raises(telex.InputError, match=f"id is text \\(or a number\\), not {type(wrong).__name__}"):
            telex.Article(id=wrong, text="Seoul protested.")  # type: ignore[arg-type]
        with pytest.raises(telex.InputError, match="id is text"):
            telex.analyze("Seoul protested.", id=wrong)  # type: ignore[arg-type]
    assert telex.Article(id=2.5, text="Seoul protested.").id == "2.5"  # type: ignore[arg-type]


def test_a_type_checker_sees_every_public_name_bound() -> None:
    # ``telex.Corpus`` comes from a module ``__getattr__`` at run time; mypy saw only that function's ``object`` and
    # refused ``def f(corpus: telex.Corpus)`` ("not valid as a type"). Every name must be bound where it looks.
    import ast

    tree = ast.parse(Path(telex.__file__).read_text(encoding="utf-8"))
    top = [n for node in tree.body for n in ([*node.body, *node.orelse] if isinstance(node, ast.If) else [node])]
    bound: set[str] = set()
    for node in top:  # module level, or under ``if TYPE_CHECKING:``; not inside a function
        if isinstance(node, ast.ImportFrom | ast.Import):
            bound |= {alias.asname or alias.name for alias in node.names}
        elif isinstance(node, ast.Assign):
            bound |= {target.id for target in node.targets if isinstance(target, ast.Name)}
    assert set(telex.__all__) - bound == set()


def _given_to_the_pipeline(monkeypatch: pytest.MonkeyPatch) -> list[tuple[telex.Article, dict[str, object]]]:
    """What ``telex.analyze`` hands the pipeline, each article with its keyword arguments (no model is loaded)."""
    import telex.pipeline

    seen: list[tuple[telex.Article, dict[str, object]]] = []
    monkeypatch.setattr(telex.pipeline, "analyze_one", lambda article, **kwargs: seen.append((article, kwargs)))
    return seen


STORY = "NAIROBI, March 3, 2025 (Reuters) - Kenyan police fired tear gas at protesters.\n\nThe minister spoke.\n"


def test_a_path_is_read_as_the_command_line_reads_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip

    seen = _given_to_the_pipeline(monkeypatch)
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "page.html.gz").write_bytes(
        gzip.compress(
            f"<html><head><title>Clash | The Example Times</title></head><body><article><p>{STORY}</p></article>"
            "</body></html>".encode()
        )
    )
    telex.analyze(tmp_path / "story.txt")
    telex.analyze(tmp_path / "story.txt", id="k", published="2025-03-04", source="Wire")
    telex.analyze(tmp_path / "page.html.gz")
    (text, _), (given, _), (page, _) = seen
    assert (text.id, text.text, str(text.published)) == ("story", STORY, "2025-03-03")  # dated by its dateline
    assert (given.id, str(given.published), given.source) == ("k", "2025-03-04", "Wire")
    assert page.id == "page" and page.title == "Clash" and page.text.startswith("NAIROBI")


def test_a_batch_file_or_a_folder_given_to_analyze_names_analyze_many(tmp_path: Path) -> None:
    (tmp_path / "batch.jsonl").write_text('{"text": "Seoul protested."}\n', encoding="utf-8")
    for path in (tmp_path / "batch.jsonl", tmp_path):
        with pytest.raises(telex.InputError, match=r"telex\.analyze_many\(Path\("):
            telex.analyze(path)
    with pytest.raises(telex.InputError, match="no such file"):
        telex.analyze(tmp_path / "missing.txt")


FEED = (
    "<?xml version='1.0'?><rss version='2.0'><channel><title>World</title><item><title>Clash</title>"
    "<link>https://times.example/clash</link><description>Kenyan police fired tear gas at protesters in Nairobi on "
    "Monday, and the interior minister said the government would not yield to their demands.</description></item>"
    "</channel></rss>"
)


def test_a_path_or_a_feed_given_as_text_is_refused_naming_what_reads_it(tmp_path: Path) -> None:
    # Read as prose, a path was analysed as the words of its name, a feed's items as one article.
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    with pytest.raises(telex.InputError, match=r"path of a file .*telex\.analyze\(pathlib\.Path"):
        telex.analyze(str(tmp_path / "story.txt"))
    with pytest.raises(telex.InputError, match=r"path of a folder .*telex\.analyze_many\(pathlib\.Path"):
        telex.analyze(f"{tmp_path}/")
    with pytest.raises(telex.InputError, match=r"text of 'article' is a news feed .*telex\.analyze_many"):
        telex.analyze(FEED)
    for page in (FEED, FEED.encode()):  # was "no article text found in the HTML"
        with pytest.raises(telex.InputError, match=r"html of 'article' is a news feed .*telex\.analyze_many"):
            telex.analyze(html=page)


def test_a_text_that_only_looks_like_a_name_is_analysed(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _given_to_the_pipeline(monkeypatch)
    for text in ("Seoul protested.", "tests", "NATO/EU talks"):  # "tests" is a folder here, not written as one
        telex.analyze(text)
    assert [article.text for article, _ in seen] == ["Seoul protested.", "tests", "NATO/EU talks"]


def test_a_publication_date_is_read_as_a_records_is(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _given_to_the_pipeline(monkeypatch)
    for written in (
        "2024-06-19",
        "2024-06-19T10:00:00Z",
        "19 June 2024",
        "June 19, 2024",
        "2024/06/19",
        "Wed, 19 Jun 2024 10:00:00 GMT",
    ):
        telex.analyze("Seoul protested.", published=written)
    assert {str(article.published) for article, _ in seen} == {"2024-06-19"}
    for unreadable in ("19/06/2024", "June 2024", "soon"):  # day and month could be either way round; no day
        with pytest.raises(telex.InputError, match="is not a date"):
            telex.analyze("Seoul protested.", published=unreadable)


def test_the_time_limit_is_the_command_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _given_to_the_pipeline(monkeypatch)
    for limit in (60, 2.5, 0, None):
        telex.analyze("Seoul protested.", time_limit=limit)
    assert [kwargs["time_limit"] for _, kwargs in seen] == [60.0, 2.5, None, None]
    for wrong in (-1, "10", True):
        with pytest.raises(telex.InputError, match="time_limit is seconds"):
            telex.analyze("Seoul protested.", time_limit=wrong)  # type: ignore[arg-type]


def test_analyze_many_reads_paths_as_the_command_line_reads_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import telex.pipeline

    calls: list[tuple[list[telex.Article | telex.Failure], dict[str, object]]] = []

    def analyze_articles(articles: Iterator[telex.Article | telex.Failure], **kwargs: object) -> Iterator[object]:
        calls.append((list(articles), kwargs))
        return iter(())

    monkeypatch.setattr(telex.pipeline, "analyze_articles", analyze_articles)
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "a.txt").write_text("Seoul protested.", encoding="utf-8")
    (tmp_path / "folder" / "b.txt").write_text("Tokyo agreed.", encoding="utf-8")
    (tmp_path / "world.rss").write_text(FEED, encoding="utf-8")
    list(telex.analyze_many(tmp_path / "folder", time_limit=0))
    list(telex.analyze_many([tmp_path / "world.rss", "Beijing spoke.", tmp_path / "missing.txt"]))
    (folder, folder_kwargs), (mixed, mixed_kwargs) = calls
    assert [item.id for item in folder] == ["a", "b"] and folder_kwargs["time_limit"] is None
    assert [type(item).__name__ for item in mixed] == ["Article", "Article", "Failure"]
    assert [item.id for item in mixed] == ["https://times.example/clash", "2", "missing"]
    assert mixed_kwargs["time_limit"] == 60.0


def test_an_analysis_read_back_from_its_json_is_the_same_analysis() -> None:
    import json

    from tests.unit.fixtures import sample_analysis

    analysis = sample_analysis("a")
    line = json.dumps(analysis.to_dict(), ensure_ascii=False)  # as `telex analyze` prints it
    assert telex.Analysis.from_dict(json.loads(line)) == analysis


def test_open_says_what_a_store_is_given() -> None:
    with pytest.raises(telex.InputError, match="path of a store"):
        telex.open(None)  # type: ignore[arg-type]  # a TypeError from deep in pathlib


def _seen_by_analyze_many(monkeypatch: pytest.MonkeyPatch) -> list[telex.Article | telex.Failure]:
    """What ``analyze_many`` hands the pipeline, no model loaded."""
    import telex.pipeline

    seen: list[telex.Article | telex.Failure] = []

    def analyze_articles(articles: Iterator[telex.Article | telex.Failure], **_: object) -> Iterator[telex.Failure]:
        seen.extend(articles)
        return iter(())

    monkeypatch.setattr(telex.pipeline, "analyze_articles", analyze_articles)
    return seen


def test_analyze_many_refuses_one_record_instead_of_reading_its_keys() -> None:
    # ux51: analyze_many({"id": "a", "text": …}) analysed the words "id" and "text" as two articles.
    with pytest.raises(TypeError, match=r"for one record: telex\.analyze_many\(\[record\]\)"):
        telex.analyze_many({"id": "a", "text": "Seoul protested."})  # type: ignore[arg-type]


def test_analyze_many_reads_a_dataframe_by_rows_its_empty_cells_as_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    # ux51: a DataFrame gave its column names as articles; its NaN title became the text "nan", its NaT or
    # Timestamp date "is not a date", and a record's Python date too.
    from datetime import date

    import pandas as pd

    seen = _seen_by_analyze_many(monkeypatch)
    frame = pd.DataFrame({"id": ["a", "b"], "text": ["Seoul protested.", "Tokyo agreed."], "title": ["T", None],
                          "published": pd.to_datetime(["2024-06-19 10:00", None])})  # fmt: skip
    list(telex.analyze_many(frame))
    list(telex.analyze_many([{"id": "c", "text": "Kyiv spoke.", "published": date(2024, 6, 20)}]))
    first, second, third = seen
    assert isinstance(first, telex.Article) and (first.id, first.title, str(first.published)) == (
        "a",
        "T",
        "2024-06-19",
    )
    assert isinstance(second, telex.Article) and (second.id, second.title, second.published) == ("b", None, None)
    assert isinstance(third, telex.Article) and str(third.published) == "2024-06-20"
    assert first.warnings == second.warnings == third.warnings == ()


def test_a_record_of_no_text_says_which_fields_it_has(monkeypatch: pytest.MonkeyPatch) -> None:
    # ux51: a batch from another tool names the words "body" or "content": the message said only what is missing.
    seen = _seen_by_analyze_many(monkeypatch)
    list(telex.analyze_many([{"id": "a", "body": "Seoul protested.", "date": "2024-06-19"}, {"id": "b", "text": None}]))
    assert [item.error for item in seen if isinstance(item, telex.Failure)] == [
        'record \'a\' has neither "text" nor "html" as a string; its fields are id, body, date: name the article\'s '
        'words "text"',
        'record \'b\' has neither "text" nor "html" as a string ("text" is null)',
    ]


def test_code_actor_reads_a_date_as_a_bound_is_read() -> None:
    # ux51: code_actor("…", "May 2016") and "19 June 2016" were refused though --since and published read them.
    for written, iso in (("May 2016", "2016-05"), ("19 June 2016", "2016-06-19"), (2016, "2016")):
        assert telex.code_actor("Boris Johnson", written) == telex.code_actor("Boris Johnson", iso), written
    with pytest.raises(telex.InputError, match="'05/2016' is not a date"):
        telex.code_actor("Boris Johnson", "05/2016")


def test_an_empty_path_or_a_file_given_as_the_format_says_what_to_write(tmp_path: Path) -> None:
    from tests.unit.fixtures import stored_sample

    with pytest.raises(telex.InputError, match="'' is none"):  # it was the current folder, "holds no dataset"
        telex.open("")
    with telex.open(stored_sample(tmp_path / "news.duckdb")) as corpus:
        with pytest.raises(telex.InputError, match=r"is the file, not the format: export\('events', path="):
            corpus.export("events", str(tmp_path / "events.csv"))
        assert corpus.export(path=tmp_path / "new" / "events.csv") > 0  # a missing folder is created, as the CLI does
        assert corpus.events(since=2024).equals(corpus.events(since="2024"))  # a year as Python writes one
