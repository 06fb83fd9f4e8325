"""Reading sources: format sniffing, JSONL batches with failures in place, clear errors."""

import codecs
import gzip
import io
import json
import os
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from telex.errors import InputError
from telex.ingest.html import html_to_article
from telex.ingest.read import articles_from, articles_in, count_records, sniff_format, source_id
from telex.isodate import date_or_none, parse_date
from telex.records import Article, Failure


def test_sniff_format() -> None:
    assert sniff_format("a.jsonl", b"") == "jsonl"
    assert sniff_format("a.html", b"") == "html"
    assert sniff_format("stdin", b"  <!DOCTYPE html><html>") == "html"
    assert sniff_format("stdin", b'{"id": 1}') == "jsonl"
    assert sniff_format("story", b"MOSCOW (AP) -") == "text"
    assert sniff_format("feed.jsonl.gz", b"") == "jsonl"
    assert sniff_format("crawl.warc.gz", b"") == "warc"
    assert sniff_format("stdin", b"WARC/1.1\r\n") == "warc"


def test_an_address_telex_does_not_fetch_is_named_as_such_not_as_a_missing_file() -> None:
    for address in ("ftp://example.org/story.txt", "s3://bucket/feed.jsonl"):
        with pytest.raises(InputError, match="only http and https addresses are fetched"):
            list(articles_from(address))


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
        json.dumps(
            {
                "id": "e",
                "html": "<html><body><article><p>Kim met Putin in Pyongyang on "
                "Wednesday for talks about a new treaty between the two countries.</p>"
                "</article></body></html>",
            }
        ),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n")
    records = list(articles_from(str(path)))
    assert [r.id for r in records] == ["a", "batch:2", "c", "d", "e"]
    assert [type(r).__name__ for r in records] == ["Article", "Failure", "Failure", "Article", "Article"]
    assert isinstance(records[3], Article) and records[3].published is None  # kept, without the date it lacks
    assert any("YYYY-MM-DD" in w for w in records[3].warnings)
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


def page(head: str = "") -> str:
    """A news-like page with enough words for trafilatura to call it an article."""
    words = "Kim met Putin in Pyongyang on Wednesday for talks about a new treaty between the two countries."
    return f"<html><head><title>Summit</title>{head}</head><body><article><p>{words}</p></article></body></html>"


def test_files_with_one_name_in_two_folders_get_distinct_ids(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "index.html").write_text(page())
        (tmp_path / folder / "story.txt").write_text(f"Kim met Putin in {folder}.")
    records = list(articles_in([str(tmp_path)]))
    assert [(type(r).__name__, r.id) for r in records] == [
        ("Article", "a/index"),
        ("Article", "a/story"),
        ("Article", "b/index"),
        ("Article", "b/story"),
    ]
    assert [r.id for r in articles_in([str(tmp_path / "a" / "story.txt")])] == ["story"]  # named directly: its stem
    assert source_id("a/story.txt.gz") == "story" and source_id("-") == "stdin"
    assert source_id("https://news.example/a.html") == "https://news.example/a.html"


def test_files_of_one_folder_with_one_name_and_two_formats_keep_their_suffixes(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Kim met Putin in Pyongyang.")
    (tmp_path / "story.html").write_text(page())
    (tmp_path / "brief.txt").write_text("Putin met Kim in Moscow.")
    records = list(articles_in([str(tmp_path)]))
    assert [(type(r).__name__, r.id) for r in records] == [
        ("Article", "brief"),
        ("Article", "story.html"),
        ("Article", "story.txt"),
    ]


def test_a_folders_readme_and_licence_are_no_articles_but_are_read_when_named(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Crawl of 2024\n\nPages fetched by the team.")
    (tmp_path / "LICENSE.txt").write_text("Licensed under the Apache License, Version 2.0.")
    (tmp_path / "story.txt").write_text("Kim met Putin in Pyongyang.")
    assert [r.id for r in articles_in([str(tmp_path)])] == ["story"]
    assert [r.id for r in articles_in([str(tmp_path / "README.md")])] == ["README"]


def test_id_less_jsonl_records_are_named_by_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for path in (tmp_path / "one.jsonl", tmp_path / "two.jsonl", tmp_path / "sub" / "feed.jsonl"):
        records = ({"text": "Seoul protested."}, {"id": "kept", "text": "Tokyo agreed."}, {"text": ""})
        path.write_text("\n".join(json.dumps(r) for r in records))
    records = list(articles_in([str(tmp_path / "one.jsonl"), str(tmp_path / "two.jsonl")]))
    assert [(type(r).__name__, r.id) for r in records] == [
        ("Article", "one:1"),
        ("Article", "kept"),
        ("Failure", "one:3"),
        ("Article", "two:1"),
        ("Article", "kept"),
        ("Failure", "two:3"),
    ]
    assert [r.id for r in articles_in([str(tmp_path)])][3:6] == ["sub/feed:1", "kept", "sub/feed:3"]


def test_gzipped_text_html_and_jsonl_are_read_as_they_are(tmp_path: Path) -> None:
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(b"Kim met Putin.\n"))
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(page().encode()))
    lines = [json.dumps({"text": f"Seoul protested {n} times."}) for n in range(3)]
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n\n").encode()))
    (tmp_path / "notes.csv.gz").write_bytes(gzip.compress(b"a,b"))  # not an article format: left out
    records = list(articles_in([str(tmp_path)]))
    assert [(type(r).__name__, r.id) for r in records] == [
        ("Article", "feed:1"),
        ("Article", "feed:2"),
        ("Article", "feed:3"),
        ("Article", "page"),
        ("Article", "story"),
    ]
    assert isinstance(records[-1], Article) and records[-1].text == "Kim met Putin.\n"
    assert isinstance(records[-2], Article) and "Pyongyang" in records[-2].text
    assert count_records([str(tmp_path)]) == 5
    assert count_records([str(tmp_path / "feed.jsonl.gz")]) == 3
    assert count_records([str(tmp_path / "page.html.gz"), str(tmp_path / "story.txt.gz")]) == 2


def test_gzip_on_a_pipe_is_read_as_it_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"id": str(n), "text": "Seoul protested."}) for n in range(50)]
    read_end, write_end = os.pipe()  # a pipe cannot seek: its first bytes are given back after the sniffing
    with os.fdopen(write_end, "wb") as pipe:
        pipe.write(gzip.compress("\n".join(lines).encode()))
    with os.fdopen(read_end, "rb") as stdin:
        monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=stdin))
        assert [r.id for r in articles_from("-")] == [str(n) for n in range(50)]


def test_a_damaged_gzip_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(b"Kim met Putin. " * 100)[:-20])
    with pytest.raises(InputError, match=r"story\.txt\.gz is not a complete gzip file"):
        list(articles_from(str(path)))
    assert [(type(r).__name__, r.id) for r in articles_in([str(tmp_path)])] == [("Failure", "story")]
    assert count_records([str(tmp_path)]) == 1


def test_a_gzipped_batch_cut_short_keeps_the_records_before_the_break(tmp_path: Path) -> None:
    """A download broken off: every record before the cut is read, then one Failure names the break; a small file
    (all of it within the bytes read to tell its format) gave the error alone and lost every record."""
    lines = [
        json.dumps({"id": f"r{n}", "text": f"Seoul protested {n} times on Monday, {n * 7919 % 1000}."})
        for n in range(40)
    ]
    whole = gzip.compress("\n".join(lines).encode())
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    records = list(articles_from(str(path)))
    *kept, failure = records
    assert (
        kept
        and all(isinstance(r, Article) for r in kept)
        and [r.id for r in kept] == [f"r{n}" for n in range(len(kept))]
    )
    assert isinstance(failure, Failure) and failure.id == "batch" and "batch.jsonl.gz breaks off" in failure.error
    assert count_records([str(path)]) == len(records)


def test_url_is_the_canonical_link_then_og_url_then_where_the_page_came_from() -> None:
    canonical = '<link rel="Canonical" href="https://news.example/summit">'
    og = '<meta property="og:url" content="https://news.example/summit-og">'
    assert html_to_article("p", page(og + canonical)).url == "https://news.example/summit"
    assert html_to_article("p", page(og)).url == "https://news.example/summit-og"
    assert html_to_article("p", page('<link rel="canonical" href="/summit">'), "https://news.example/x?y=1").url == (
        "https://news.example/summit"
    )
    assert html_to_article("p", page('<link rel="canonical" href="/summit">')).url is None  # relative, no base
    assert html_to_article("p", page(), "https://news.example/x").url == "https://news.example/x"
    assert html_to_article("p", page()).url is None


def test_jsonl_url_is_kept_when_it_is_a_string(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    records = [
        {"text": "Seoul protested.", "url": " https://news.example/seoul "},
        {"text": "Tokyo agreed.", "url": {"href": "https://news.example/tokyo"}},
        {"text": "Kyiv replied.", "url": 5},
        {"html": page('<link rel="canonical" href="https://news.example/summit">')},
        {"html": page(), "url": "https://news.example/feed-item"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records))
    urls = [r.url for r in articles_from(str(path)) if isinstance(r, Article)]
    assert urls == [
        "https://news.example/seoul",
        None,
        None,
        "https://news.example/summit",
        "https://news.example/feed-item",
    ]
    assert count_records([str(path)]) == 5


def test_a_url_source_is_the_url_of_its_article(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = {
        "https://news.example/plain": b"Kim met Putin in Pyongyang.",
        "https://news.example/page": page().encode(),
        "https://news.example/amp": page('<link rel="canonical" href="/summit">').encode(),
    }
    monkeypatch.setattr("telex.ingest.read.fetch", lambda url, limits: (pages[url], url))
    found = [(r.id, r.url) for url in pages for r in articles_from(url) if isinstance(r, Article)]
    assert found == [
        ("https://news.example/plain", "https://news.example/plain"),
        ("https://news.example/page", "https://news.example/page"),
        ("https://news.example/amp", "https://news.example/summit"),
    ]
    assert count_records(pages) is None  # unknown without fetching


def test_html_nested_past_the_parser_limit_is_read() -> None:
    body = "<p>Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang for talks.</p>"
    html = "<html><body>" + "<div>" * 1000 + body + "</div>" * 1000 + "</body></html>"
    article = html_to_article("deep", html)
    assert article.text.startswith("Russian President Vladimir Putin met")


def test_an_html_file_in_the_encoding_its_page_declares(tmp_path: Path) -> None:
    path = tmp_path / "tokyo.html"
    body = "The minister said the talks in 東京 would go on next week, officials said."
    path.write_bytes(
        f'<html><head><meta charset="Shift_JIS"></head><body><article><p>{body}</p></article></body></html>'.encode(
            "shift_jis"
        )
    )
    (article,) = articles_from(str(path))
    assert isinstance(article, Article) and article.text.strip() == body
    assert article.warnings == (f"{path} is not UTF-8; read as cp932, the encoding it declares",)


def test_telling_a_source_apart_loads_no_reader() -> None:
    """`telex analyze` decides how to print before the readers load, so that its workers start at once."""
    import subprocess

    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, telex.ingest.sniff; print(sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "trafilatura" not in loaded and "telex.ingest.html" not in loaded


def test_a_json_array_or_one_pretty_printed_record_is_read_as_records(tmp_path: Path) -> None:
    records = [{"id": "a", "text": "Putin met Kim."}, {"text": "Kim met Putin."}, {"id": "c"}]
    array, one, bare = tmp_path / "batch.json", tmp_path / "one.json", tmp_path / "export"
    array.write_text(json.dumps(records, indent=2))
    one.write_text(json.dumps(records[0], indent=2))
    bare.write_text(json.dumps(records))  # no suffix: told by its first bytes
    read = list(articles_from(str(array)))
    assert [r.id for r in read] == ["a", "batch:2", "c"] and isinstance(read[2], Failure)
    assert [(r.id, r.text) for r in articles_from(str(one)) if isinstance(r, Article)] == [("a", "Putin met Kim.")]
    assert [r.id for r in articles_from(str(bare))] == ["a", "export:2", "c"]
    assert count_records([str(array)]) == 3 and count_records([str(one)]) == 1


def test_a_json_file_that_is_empty_or_broken_is_a_clear_error(tmp_path: Path) -> None:
    empty, broken = tmp_path / "empty.json", tmp_path / "broken.json"
    empty.write_text("[]")
    broken.write_text('[{"id": "a",\n')
    with pytest.raises(InputError, match="empty JSON array"):
        list(articles_from(str(empty)))
    with pytest.raises(InputError, match=r"is not JSON \(.* at line 2\); give an array of records"):
        list(articles_from(str(broken)))


def test_json_files_of_a_folder_are_left_alone(tmp_path: Path) -> None:
    """A crawl's folder often holds JSON metadata beside its pages: only a JSON file named directly is read."""
    (tmp_path / "story.txt").write_text("Putin met Kim.")
    (tmp_path / "story.meta.json").write_text('{"crawled": "2024-06-19"}')
    assert [r.id for r in articles_in([str(tmp_path)])] == ["story"]


@pytest.mark.parametrize(("title", "site"), [
    ("U.S. sanctions Russia | Reuters", "Reuters"),  # was "U.S. sanctions Russia": the part with a dot
    ("If Obama Says It, It's True. - The Daily Example", "The Daily Example"),
    ("Seoul protests | news.example.com", "news.example.com"),  # trafilatura's own case: kept
    ("U.S. sanctions Russia", None),  # no site in the title: the address names the outlet
    ("Seoul protests the missile test | The Example Times", "The Example Times"),  # no dot: was None, the host
    ("Example Times | Seoul protests the missile test", None),  # the shorter part is no headline: left to the host
])  # fmt: skip
def test_a_page_without_og_site_name_takes_its_site_from_the_title_never_the_headline(
    title: str, site: str | None
) -> None:
    headline = title.split(" | ")[0].split(" - ")[0]
    words = "Kim met Putin in Pyongyang on Wednesday for talks about a new treaty between the two countries."
    html = (
        f"<html><head><title>{title}</title></head>"
        f"<body><article><h1>{headline}</h1><p>{words}</p></article></body></html>"
    )
    article = html_to_article("p", html)
    assert article.title == headline and article.source == site
    # A page with its address (every WARC page, a fetched URL): the host only when the title names no site.
    from_warc = html_to_article("p", html, url="https://www.times.example/2024/06/p")
    assert from_warc.source == (site or "times.example")


def test_a_csv_of_texts_is_a_batch_of_records_named_by_its_header(tmp_path: Path) -> None:
    path = tmp_path / "texts.csv"
    path.write_text(
        "\ufeffID,Text,Published,Notes\n"
        'a,"Seoul protested on Monday.\n\nTokyo agreed, officials said.",2016-05-10,x\n'
        ",Kyiv replied.,,\n"
        "\n"
        "c,,2016-05-11,\n"
        "d,Paris objected.,next week,\n",
        encoding="utf-8",
    )
    records = list(articles_from(str(path)))
    assert [r.id for r in records] == ["a", "texts:5", "c", "d"]  # an id-less row: <file>:<its first line>
    first, second, empty, undated = records
    assert isinstance(first, Article) and first.text.startswith("Seoul protested") and "\n\nTokyo" in first.text
    assert first.published == date(2016, 5, 10) and isinstance(second, Article) and second.published is None
    assert isinstance(empty, Failure) and "empty" in empty.error  # no text: a failure in its place
    assert isinstance(undated, Article) and undated.published is None and "not a date" in undated.warnings[0]
    assert count_records([str(path)]) == 5  # rows, for the progress bar (a blank line counted)


@pytest.mark.parametrize(("name", "content"), [
    ("texts.tsv", "id\ttext\na\tSeoul protested, officials said.\n"),
    ("texts.csv", "id;text\na;Seoul protested, officials said.\n"),  # a spreadsheet's semicolons
])  # fmt: skip
def test_a_csv_may_be_tab_or_semicolon_separated(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (record,) = articles_from(str(path))
    assert isinstance(record, Article) and record.text == "Seoul protested, officials said."


def test_a_csv_without_a_text_column_says_which_columns_it_needs(tmp_path: Path) -> None:
    path = tmp_path / "texts.csv"
    path.write_text("headline,body\nA,Seoul protested.\n", encoding="utf-8")
    with pytest.raises(InputError, match="columns headline, body; it needs a column named text"):
        list(articles_from(str(path)))


def test_a_page_cut_short_is_read_as_far_as_it_goes_with_a_warning(tmp_path: Path) -> None:
    whole = page()
    cut = whole[: whole.index("</article>")]  # a download stopped mid-page: no </body>, no </html>
    article = html_to_article("p", cut)
    assert "Kim met Putin" in article.text
    assert len(article.warnings) == 1 and "may be cut short" in article.warnings[0]
    assert html_to_article("p", whole).warnings == ()
    assert html_to_article("p", whole.replace("</html>", "")).warnings == ()  # </html> may be left out, </body> closes
    (tmp_path / "cut.html").write_text(cut)
    [record] = list(articles_in([str(tmp_path)]))
    assert any("may be cut short" in warning for warning in record.warnings)


def pier_page(head: str = "", byline: str = "", footer: str = "© 2019 Example News. All rights reserved.") -> str:
    """A news page of our own: an optional head tag, a byline above the story and a footer line."""
    return (
        f"<html><head>{head}<title>Harbour council votes to rebuild the old pier | Example News</title></head>"
        "<body><nav><a href='/'>Home</a> <a href='/local'>Local</a></nav><article>"
        f"<h1>Harbour council votes to rebuild the old pier</h1>{byline}"
        "<p>The harbour council voted on Tuesday evening to rebuild the old wooden pier, battered by storms.</p>"
        '<p>"We owe it to the fishermen who still use it every morning," the council\'s chair told reporters.</p>'
        "<p>Work is expected to begin in the spring and to take about eighteen months, engineers said.</p>"
        f"</article><footer><p>{footer}</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "footer",
    ["© 2019 Example News.", "&copy; 2019 Example", "&#169;2019", "Copyright 2015-2019 Example", "(c) 2019 Example"],
)
def test_a_copyright_year_is_no_publication_date(footer: str) -> None:
    assert html_to_article("p", pier_page(footer=footer)).published is None  # was 2019-01-01


@pytest.mark.parametrize(
    "story",
    [
        "<p>Voters will remember the 2016 general election for a long time, the council's chair said.</p>",
        "<p>Since 2016 the council has met twice a year, and since Jan. 1 it has met weekly.</p>",  # no year after
    ],
)
def test_a_year_the_story_names_is_no_publication_date(story: str) -> None:
    # ux51: trafilatura's search of the text made "the 2016 general election" 1 January 2016, the date of 78 of 200
    # PolNeAR stories given as pages with no date in their head (their events dated by it).
    assert html_to_article("p", pier_page(byline=story, footer="Example News")).published is None


@pytest.mark.parametrize(("head", "byline", "url", "published"), [
    ('<meta property="article:published_time" content="2021-03-16T09:30:00Z">', "", None, date(2021, 3, 16)),
    ('<meta name="date" content="2019-01-01">', "", None, date(2019, 1, 1)),  # 1 January of the copyright year
    ("", "<p>1 January 2019</p>", None, date(2019, 1, 1)),  # in the text alone
    ("", "<p>Posted Jan. 1st, 2019</p>", None, date(2019, 1, 1)),
    ("", "<p>Posted 2019-01-01</p>", None, date(2019, 1, 1)),
    ("", "", "https://news.example/2019/01/01/pier.html", date(2019, 1, 1)),  # in the address
    ("", "<p>March 16, 2018</p>", None, date(2018, 3, 16)),
])  # fmt: skip
def test_a_page_with_a_copyright_year_keeps_the_date_it_gives(
    head: str, byline: str, url: str | None, published: date
) -> None:
    assert html_to_article("p", pier_page(head, byline), url).published == published


def test_a_plain_texts_dateline_day_with_its_year_is_its_publication_date(tmp_path: Path) -> None:
    body = "The council met on Monday and voted to close the bridge, a spokeswoman said.\n"
    for dateline, day in (
        ("OSLO, March 3, 2025 (Reuters) - ", date(2025, 3, 3)),
        ("Headline of the piece\n\nLIMA, 14 Feb. 2023 - ", date(2023, 2, 14)),
    ):
        story = tmp_path / "story.txt"
        story.write_text(dateline + body)
        [article] = articles_from(str(story))
        assert isinstance(article, Article)
        assert (article.published, article.warnings) == (day, ())
    story.write_text("OSLO, March 3, 2025 (Reuters) - " + body)
    [given] = articles_from(str(story), published=date(2025, 3, 4))
    assert isinstance(given, Article) and given.published == date(2025, 3, 4)  # the date the user gives wins


def test_a_plain_texts_dateline_day_without_a_year_is_no_date_and_says_so(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("OSLO, March 3 (Reuters) - The council voted to close the bridge, a spokeswoman said.\n")
    [article] = articles_from(str(story))
    assert isinstance(article, Article) and article.published is None
    assert "'March 3' without a year" in article.warnings[0] and "--published" in article.warnings[0]
    story.write_text("The council voted on March 3, 2025 to close the bridge, a spokeswoman said.\n")
    [undated] = articles_from(str(story))  # a day in the story is not a dateline
    assert isinstance(undated, Article) and (undated.published, undated.warnings) == (None, ())
    batch = tmp_path / "batch.jsonl"  # a record of a batch is as its exporter left it
    batch.write_text(json.dumps({"id": "a", "text": "OSLO, March 3, 2025 (Reuters) - The council voted."}) + "\n")
    [record] = articles_from(str(batch))
    assert isinstance(record, Article) and (record.published, record.warnings) == (None, ())


def test_the_count_for_progress_is_what_a_folder_of_odd_files_gives(tmp_path: Path) -> None:
    # The progress line said "ingesting: 26/18 records": an empty, blank or binary JSONL file was counted as none.
    lines = [json.dumps({"id": str(n), "text": f"Seoul protested the plan {n}, officials said."}) for n in range(400)]
    packed = gzip.compress("\n".join(lines).encode())
    files = {
        "empty.jsonl": b"",
        "blank.jsonl": b"\n  \n\n",
        "binary.jsonl": bytes(range(256)) * 4,
        "wide.jsonl": (lines[0] + "\n" + lines[1]).encode("utf-16"),
        "cut.jsonl.gz": packed[: len(packed) // 2],
        "two.jsonl": ("\n".join(lines[:2]) + "\n").encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        assert count_records([str(tmp_path / name)]) == len(list(articles_in([str(tmp_path / name)]))), name
    assert count_records([str(tmp_path)]) == len(list(articles_in([str(tmp_path)])))


def test_a_record_that_fails_names_its_file_and_line(tmp_path: Path) -> None:
    # "record 'x' has neither …" left the analyst to find which of a folder's files, and which line, held 'x'.
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        '{"id": "ok", "text": "Seoul protested."}\n[1, 2]\nnull\n{"id": "x", "body": "Seoul."}\n'
        '{"id": "e", "text": " "}\n',
        encoding="utf-8",
    )
    table = tmp_path / "texts.csv"
    table.write_text('id,text\nq,\nr,"Seoul protested."\n', encoding="utf-8")
    array = tmp_path / "records.json"
    array.write_text('[{"id": "k", "text": "Tokyo agreed."}, 3]', encoding="utf-8")
    failed = {r.id: r.error for r in articles_in([str(batch), str(table), str(array)]) if isinstance(r, Failure)}
    assert failed == {
        "batch:2": f"record 'batch:2' is an array, not a JSON object; give one {{...}} object a line ({batch} line 2)",
        "batch:3": f"record 'batch:3' is null, not a JSON object; give one {{...}} object a line ({batch} line 3)",
        "x": f'record \'x\' has neither "text" nor "html" as a string; its fields are id, body: name the article\'s '
        f'words "text" ({batch} line 4)',
        "e": f"article 'e' is empty; give it some text ({batch} line 5)",
        "q": f"article 'q' is empty; give it some text ({table} line 2)",
        "records:2": f"record 'records:2' is a number, not a JSON object; give one {{...}} object a line ({array} "
        "record 2)",
    }


def test_a_page_of_no_article_text_names_its_file(tmp_path: Path) -> None:
    # "no article text found in the HTML of 'menu'" named the id, not the file a folder's ingest had read it from.
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (failure,) = articles_in([str(tmp_path)])
    assert isinstance(failure, Failure) and failure.id == "news/menu"
    assert failure.error == (
        f"no article text found in the HTML of 'news/menu'; is it a news page? ({tmp_path / 'news' / 'menu.html'})"
    )
