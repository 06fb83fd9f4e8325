"""Odd fields and odd characters never cost an article: converted or left out, with a warning."""

import json
from datetime import date
from pathlib import Path

from telex.ingest.fields import date_field, safe_text, text_field
from telex.ingest.read import articles_from
from telex.output.terminal import printable
from telex.records import Article


def test_text_fields_become_text_or_null_with_a_warning() -> None:
    warnings: list[str] = []
    assert text_field("title", 1961, warnings) == "1961"
    assert text_field("source", ["AP", "BTA"], warnings) is None
    assert text_field("author", {"name": "X"}, warnings) is None
    assert text_field("title", True, warnings) is None
    assert text_field("title", "  Summit ", warnings) == "Summit"
    assert text_field("title", None, warnings) is None
    assert len(warnings) == 4


def test_unreadable_dates_are_null_with_a_warning() -> None:
    warnings: list[str] = []
    assert date_field("published", "2024-06-19T08:00:00Z", warnings) == date(2024, 6, 19)
    assert date_field("published", "20240619", warnings) == date(2024, 6, 19)
    assert date_field("published", "June", warnings) is None
    assert date_field("published", 20240619.5, warnings) is None
    assert date_field("published", ["2024"], warnings) is None
    assert len(warnings) == 3 and all("not a date" in w for w in warnings)


def test_unambiguous_written_dates_are_read() -> None:
    warnings: list[str] = []
    for written in ("Wed, 19 Jun 2024 10:00:00 GMT", "19 June 2024", "June 19, 2024", "Jun. 19th 2024",
                    "2024/06/19", "2024.6.19 08:00"):
        assert date_field("published", written, warnings) == date(2024, 6, 19), written
    assert warnings == []
    for unsure in ("06/07/2024", "June 2024", "2024/02/30", "19 June", "from 19 June 2024 to 3 July 2025"):
        assert date_field("published", unsure, warnings) is None, unsure
    assert len(warnings) == 5


def test_surrogates_and_control_characters_are_replaced_in_place() -> None:
    text = "Putin\ud800 said \x1b[2J it\x07 was\x00 fine.\tNew\nline"
    safe, warnings = safe_text(text)
    assert len(safe) == len(text)
    assert safe == "Putin\ufffd said  [2J it  was  fine.\tNew\nline"
    assert len(warnings) == 2
    safe.encode("utf-8")  # always writable


def test_jsonl_records_with_odd_fields_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    records = [
        {"id": "a", "text": "Seoul protested.", "title": 7, "source": ["AP"], "published": "soon"},
        {"id": 5, "text": "Tokyo agreed \ud800 to talks.", "author": {"n": 1}},
    ]
    path.write_bytes(b"\n".join(json.dumps(r).encode() for r in records) + b"\n" +
                     b'{"id": "c", "text": "Caf\xe9 talks in Seoul."}\n')
    found = list(articles_from(str(path)))
    assert all(isinstance(a, Article) for a in found)
    a, b, c = found
    assert isinstance(a, Article) and a.title == "7" and a.source is None and a.published is None
    assert len(a.warnings) == 3
    assert isinstance(b, Article) and b.id == "5" and "\ud800" not in b.text and b.author is None
    assert isinstance(c, Article) and any("not valid UTF-8" in w for w in c.warnings)


def test_terminal_output_shows_escape_sequences_instead_of_obeying_them() -> None:
    assert printable("[/red]\x1b[2J") == "[/red]\\x1b[2J"
    assert printable("line\nnext\ttab") == "line\\x0anext\\x09tab"
    assert printable("Kim Jong-un „quoted“") == "Kim Jong-un „quoted“"


def test_a_date_under_another_name_is_said_to_be_unread(tmp_path: Path) -> None:
    rows = [{"id": "a", "text": "Japan protested.", "date": "2024-06-19"},
            {"id": "b", "text": "Japan protested.", "published": "2024-06-19", "updated": "2024-06-20"},
            {"id": "c", "text": "Japan protested.", "pubDate": "2024-06-19"}]
    path = tmp_path / "dates.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    sheet = tmp_path / "dates.csv"
    sheet.write_text("id,text,Publish Date\nd,Japan protested.,2024-06-19\n")
    found = [*articles_from(str(path)), *articles_from(str(sheet))]
    assert [a.warnings for a in found if isinstance(a, Article)] == [
        ("field 'date' is not read as the publication date; name it \"published\" (YYYY-MM-DD)",),
        (),
        ("field 'pubDate' is not read as the publication date; name it \"published\" (YYYY-MM-DD)",),
        ("field 'publish date' is not read as the publication date; name it \"published\" (YYYY-MM-DD)",),
    ]
