"""Reading sources: format sniffing, JSONL batches with failures in place, clear errors."""

import codecs
import io
import json
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from telex.errors import InputError
from telex.ingest.read import articles_from, articles_in, count_records, sniff_format
from telex.isodate import date_or_none, parse_date
from telex.records import Article, Failure


def test_sniff_format() -> None:
    assert sniff_format("a.jsonl", b"") == "jsonl"
    assert sniff_format("a.html", b"") == "html"
    assert sniff_format("stdin", b"  <!DOCTYPE html><html>") == "html"
    assert sniff_format("stdin", b'{"id": 1}') == "jsonl"
    assert sniff_format("story", b"MOSCOW (AP) -") == "text"


def test_missing_file_is_a_clear_error() -> None:
    with pytest.raises(InputError, match=r"no such file: nowhere\.txt"):
        list(articles_from("nowhere.txt"))


def test_plain_text_comes_back_unchanged(tmp_path: Path) -> None:
    text = "PYONGYANG - Kim met Putin.\r\n\r\nThey signed „a pact“.\n"
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode())
    [article] = list(articles_from(str(path), published=parse_date("2024-06-19")))
    assert isinstance(article, Article)
    assert article.text == text
    assert article.id == "story"
    assert str(article.published) == "2024-06-19"


def test_jsonl_keeps_order_and_reports_bad_records_in_place(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Seoul protested.", "published": "2024-01-02", "author": "Ji-woo Park"}),
        "{not json",
        json.dumps({"id": "c", "title": "no text"}),
        json.dumps({"id": "d", "text": "Tokyo agreed.", "published": "yesterday"}),
        json.dumps({"id": "e", "html": "<html><body><article><p>Kim met Putin in Pyongyang on "
                    "Wednesday for talks about a new treaty between the two countries.</p>"
                    "</article></body></html>"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n")
    records = list(articles_from(str(path)))
    assert [r.id for r in records] == ["a", "line 2", "c", "d", "e"]
    assert [type(r).__name__ for r in records] == ["Article", "Failure", "Failure", "Failure", "Article"]
    assert isinstance(records[3], Failure) and "YYYY-MM-DD" in records[3].error
    assert isinstance(records[0], Article) and records[0].author == "Ji-woo Park"
    assert isinstance(records[4], Article) and "Pyongyang" in records[4].text and records[4].author is None
    assert count_records([str(path)]) == 5


def test_folder_reads_every_article_file(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Kim met Putin.")
    (tmp_path / "two.bin").write_bytes(b"\x00\x01")
    (tmp_path / "three.txt").write_bytes(b"\x00\x01\x02")
    records = list(articles_in([str(tmp_path)]))
    assert [(type(r).__name__, r.id) for r in records] == [("Article", "one"), ("Failure", "three")]


def test_parse_date_rejects_words() -> None:
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_date("June")
    assert parse_date("2024-06-19T10:00:00Z") == parse_date("2024-06-19")


def test_jsonl_is_read_as_it_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"id": str(n), "text": f"Seoul protested for the {n}th time. " * 5}) for n in range(2000)]
    stream = io.BytesIO(("\n".join(lines) + "\n").encode())
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=stream))
    records = articles_from("-")
    first = next(records)
    assert isinstance(first, Article) and first.id == "0"
    assert stream.tell() < 20_000 < len(stream.getvalue())  # only the first few kilobytes were read
    assert [r.id for r in records][-1] == "1999"


def test_jsonl_lines_longer_than_the_head_bom_and_line_separators(tmp_path: Path) -> None:
    long_text = "Kim met Putin in Pyongyang. " * 1000  # one line far longer than the first read
    path = tmp_path / "batch.jsonl"
    path.write_bytes(
        codecs.BOM_UTF8
        + json.dumps({"id": "long", "text": long_text}).encode()
        + b"\r\n\n"
        + json.dumps({"id": "sep", "text": "Seoul\u2028protested."}, ensure_ascii=False).encode()
    )
    records = list(articles_from(str(path)))
    assert [(r.id, type(r).__name__) for r in records] == [("long", "Article"), ("sep", "Article")]
    assert isinstance(records[0], Article) and records[0].text == long_text
    assert isinstance(records[1], Article) and records[1].text == "Seoul\u2028protested."


def test_empty_or_binary_jsonl_is_a_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n  \n")
    with pytest.raises(InputError, match=r"empty\.jsonl is empty"):
        list(articles_from(str(empty)))
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"{\x00\x01\x02\x03")
    with pytest.raises(InputError, match="binary file"):
        list(articles_from(str(binary)))


def test_date_or_none_reads_metadata_dates_and_gives_up_quietly() -> None:
    assert date_or_none("2024-06-20T08:00:00Z") == date(2024, 6, 20)
    assert date_or_none("20080804") == date(2008, 8, 4)
    assert date_or_none("yesterday") is None and date_or_none(None) is None
