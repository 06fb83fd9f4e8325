"""The one CSV row reader of articles (``telex analyze texts.csv``) and phrases (``telex actor --input-format csv``)."""

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from telex.ingest import delimited
from telex.ingest.delimited import RowBreak, read_table
from telex.ingest.read import articles_in, count_records


@pytest.fixture
def small_fields(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Cells of 20 characters at most, so a longer one breaks the file off as CSV (``field larger than field
    limit``), as a cell past the real limit does."""
    monkeypatch.setattr(delimited, "_CSV_FIELD_LIMIT", 20)
    before = csv.field_size_limit(20)
    yield
    csv.field_size_limit(before)


def test_the_header_is_read_once_and_each_row_comes_with_the_line_it_starts_on() -> None:
    table = read_table(b' ID ,Text\na,"first line\nsecond line"\n\nb,plain\n', "texts.csv")
    assert table.header == ["id", "text"]
    assert list(table.rows) == [(2, ["a", "first line\nsecond line"]), (4, []), (5, ["b", "plain"])]


def test_a_file_that_breaks_off_as_csv_ends_with_where_it_breaks(small_fields: None) -> None:
    table = read_table(b"text;date\nfarmers;2024-06-19\n" + b"m" * 30 + b";2024-06-20\nlast;row\n", "phrases.csv")
    assert table.header == ["text", "date"]
    rows = list(table.rows)
    assert rows[0] == (2, ["farmers", "2024-06-19"])
    assert isinstance(rows[1], RowBreak) and rows[1].line == 3 and "field limit" in rows[1].reason
    assert len(rows) == 2


def test_a_broken_csv_is_counted_as_the_results_it_gives(tmp_path: Path, small_fields: None) -> None:
    texts = tmp_path / "texts.csv"
    texts.write_bytes(b"id,text\na,Seoul protested.\nb,Tokyo agreed.\nc," + b"P" * 30 + b"\n")
    given = list(articles_in([str(texts)]))
    assert [type(item).__name__ for item in given] == ["Article", "Article", "Failure"]
    assert "texts.csv breaks off at line 4" in given[2].error  # type: ignore[union-attr]
    assert count_records([str(texts)]) == len(given)  # the progress bar's total (it was 1)
