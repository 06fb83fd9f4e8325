"""Reading WARC archives: pages become articles named by their URI, the rest is skipped, damage is a Failure."""

import gzip
import io
import os
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from telex.ingest.read import articles_from, articles_in, count_records
from telex.ingest.warc import count_warc_records, warc_articles
from telex.records import Article, Failure

SUMMIT = "https://news.example/2024/summit?utm_source=feed"
TREATY = "https://news.example/treaty"
MENU = "https://news.example/menu"
BROKEN = "https://news.example/broken"
NOTE = "urn:telex:note"


def page(title: str, head: str = "") -> bytes:
    """A news-like page with enough words for trafilatura to call it an article."""
    paragraphs = "".join(
        f"<p>{title}: Kim met Putin in Pyongyang on Wednesday for talks about a treaty between the two "
        f"countries, officials said ({n}).</p>"
        for n in range(3)
    )
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def build_warc(gzipped: bool) -> bytes:
    """Two news pages (one with a canonical link and a date), an image, a redirect, a menu page, a broken page and
    a text note."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)

    def response(uri: str, body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK") -> None:
        http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        crawled = {"WARC-Date": "2030-01-01T00:00:00Z"}  # the crawl date, never the published date
        writer.write_record(
            writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=crawled
            )
        )

    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "telex tests"}))
    response(
        SUMMIT,
        page(
            "Summit",
            '<link rel="canonical" href="/2024/summit"><meta property="article:published_time" content="2024-06-19">',
        ),
    )
    response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
    response("https://news.example/old", b"<html><body>Moved</body></html>", status="301 Moved Permanently")
    response(TREATY, page("Treaty"))
    response(MENU, b"<html><body><nav>Home</nav></body></html>")
    response(BROKEN, b"\x89PNG\r\n\x1a\n" + bytes(64))  # said to be HTML, but an image
    writer.write_record(
        writer.create_warc_record(
            NOTE, "resource", payload=io.BytesIO(b"Seoul protested on Monday."), warc_content_type="text/plain"
        )
    )
    return buffer.getvalue()


def outline(records: list[Article | Failure]) -> list[tuple[str, str]]:
    return [(type(r).__name__, r.id) for r in records]


EXPECTED = [("Article", SUMMIT), ("Article", TREATY), ("Failure", MENU), ("Failure", BROKEN), ("Article", NOTE)]


@pytest.mark.parametrize("gzipped", [False, True])
def test_pages_and_texts_become_articles_named_by_their_uri(gzipped: bool) -> None:
    data = build_warc(gzipped)
    records = list(warc_articles(io.BytesIO(data), "crawl.warc", "crawl"))
    assert outline(records) == EXPECTED
    summit, treaty, menu, broken, note = records
    assert isinstance(summit, Article) and summit.url == "https://news.example/2024/summit"
    assert summit.published == date(2024, 6, 19) and "Pyongyang" in summit.text
    assert isinstance(treaty, Article) and treaty.url == TREATY and treaty.published is None
    assert isinstance(menu, Failure) and "no article text" in menu.error
    assert isinstance(broken, Failure) and "is an image, not an article" in broken.error
    assert isinstance(note, Article) and note.text == "Seoul protested on Monday." and note.url is None
    assert count_warc_records(io.BytesIO(data)) == len(records)


def test_the_date_given_is_only_for_pages_without_one() -> None:
    records = list(warc_articles(io.BytesIO(build_warc(False)), "crawl.warc", "crawl", date(2024, 1, 1)))
    assert [r.published for r in records if isinstance(r, Article)] == [date(2024, 6, 19), *[date(2024, 1, 1)] * 2]


def test_a_damaged_stretch_is_one_failure_and_reading_goes_on() -> None:
    data = build_warc(False)
    at = data.rindex(b"WARC/1.0", 0, data.index(TREATY.encode()))  # the record header of the treaty page
    damaged = data[:at] + b"garbage from a bad disk\r\n" + data[at:]
    records = list(warc_articles(io.BytesIO(damaged), "crawl.warc", "crawl"))
    assert outline(records) == [("Article", SUMMIT), ("Failure", f"crawl@{at}"), *EXPECTED[1:]]
    failure = records[1]
    assert isinstance(failure, Failure) and "crawl.warc is damaged at byte" in failure.error
    assert count_warc_records(io.BytesIO(damaged)) == len(records)


def test_a_broken_gzip_member_is_skipped() -> None:
    data = build_warc(True)
    members = [n for n in range(len(data)) if data.startswith(b"\x1f\x8b\x08", n)]
    image = members[2]  # warcinfo, summit, image, ...
    damaged = data[: image + 12] + bytes(40) + data[image + 52 :]
    records = list(warc_articles(io.BytesIO(damaged), "crawl.warc.gz", "crawl"))
    assert outline(records) == [("Article", SUMMIT), ("Failure", f"crawl@{image}"), *EXPECTED[1:]]


def test_a_record_the_archive_breaks_off_in_is_a_failure_naming_the_break() -> None:
    """A crawl stopped mid-write or a download broken off: warcio reads the last record as far as it goes, and its
    page passed for the whole story."""
    data = build_warc(False)
    cut = data[: data.index(b"Treaty: Kim met Putin") + 40]
    records = list(warc_articles(io.BytesIO(cut), "crawl.warc", "crawl"))
    assert outline(records) == [("Article", SUMMIT), ("Failure", TREATY)]
    assert isinstance(records[1], Failure) and "crawl.warc breaks off inside the record of" in records[1].error
    assert count_warc_records(io.BytesIO(cut)) == len(records)


@pytest.mark.parametrize("where", ["in the first bytes", "further on"])
def test_an_archive_gzipped_as_one_stream_and_cut_short_keeps_the_records_before_the_cut(
    tmp_path: Path, where: str
) -> None:
    """``gzip crawl.warc`` then a download broken off: the archive gave nothing and no word (warcio takes the gzip
    break for the archive's end), or when small, the error alone."""
    data = build_warc(False)
    padding = b"" if where == "in the first bytes" else page("Filler" * 2000)  # past the bytes read to sniff
    if padding:
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "urn:filler", "resource", payload=io.BytesIO(padding), warc_content_type="image/png", http_headers=http
            )
        )
        data = buffer.getvalue() + data
    squeezed = gzip.compress(data)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(squeezed[: len(squeezed) - 200])
    records = list(articles_from(str(path)))
    assert [r.id for r in records if isinstance(r, Article)][:2] == [SUMMIT, TREATY]
    failure = records[-1]
    assert isinstance(failure, Failure) and "crawl.warc.gz breaks off" in failure.error
    assert sum(isinstance(r, Failure) and "breaks off" in r.error for r in records) == 1


def test_damage_in_a_stream_ends_it_with_one_failure() -> None:
    data = build_warc(False)
    at = data.rindex(b"WARC/1.0", 0, data.index(TREATY.encode()))
    read_end, write_end = os.pipe()  # a pipe cannot seek, so nothing after the damage can be found
    with os.fdopen(write_end, "wb") as pipe:
        pipe.write(data[:at] + b"garbage\r\n" + data[at:])
    with os.fdopen(read_end, "rb") as stream:
        records = list(warc_articles(stream, "stdin", "stdin"))
    assert outline(records) == [("Article", SUMMIT), ("Failure", f"stdin@{at}")]
    assert isinstance(records[1], Failure) and "were not read" in records[1].error


def test_warc_files_in_a_folder_plain_gzipped_and_on_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.warc").write_bytes(build_warc(False))
    (tmp_path / "b.warc.gz").write_bytes(build_warc(True))
    (tmp_path / "c.warc.gz").write_bytes(gzip.compress(build_warc(False)))  # one gzip stream, as `gzip` makes
    records = list(articles_in([str(tmp_path)]))
    assert outline(records) == EXPECTED * 3
    assert count_records([str(tmp_path)]) == len(records)

    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "wb") as pipe:
        pipe.write(gzip.compress(build_warc(False)))
    with os.fdopen(read_end, "rb") as stdin:
        monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=stdin))
        assert outline(list(articles_from("-"))) == EXPECTED


def test_a_response_of_no_body_is_an_empty_record_not_a_file_to_give() -> None:
    # ux51: an HTTP 200 of no payload failed "… is empty; give a file with the article's words", no file to give.
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(SUMMIT, "response", payload=io.BytesIO(b""), http_headers=http))
    (record,) = warc_articles(io.BytesIO(buffer.getvalue()), "crawl.warc.gz", "crawl")
    assert record == Failure(SUMMIT, f"record {SUMMIT!r} of crawl.warc.gz is empty; it holds no article text")
