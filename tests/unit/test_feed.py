"""News feeds (RSS 2.0, RSS 1.0, Atom) as batches: one article per item, from the feed's own text; a broken
feed keeps the items before the break."""

from pathlib import Path

import pytest

from telex.errors import InputError
from telex.ingest.read import articles_from, count_records, sniff_format
from telex.records import Article, Failure

BODY = "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty on Wednesday."
RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- generated -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example Wire World</title><link>https://wire.example/</link>
<image><title>logo</title><url>https://wire.example/logo.png</url></image>
<item><title>Putin and Kim sign treaty</title><link>https://wire.example/a</link><guid>tag:wire,2024:a</guid>
<pubDate>Wed, 19 Jun 2024 10:00:00 GMT</pubDate><dc:creator>Ana Petrova</dc:creator>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>{BODY}</p><p>“This is a truly fundamental document,” Putin said.</p>]]></content:encoded>
</item>
<item><title>Japan protests</title><link>https://wire.example/b</link>
<description>&lt;p&gt;Japan protested on Thursday after North Korea launched a missile, Fumio Kishida
said.&lt;/p&gt;</description>
</item>
<item><title>Link only</title><link>https://wire.example/c</link></item>
</channel></rss>
"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<entry><title>Talks</title><id>tag:atom.example,2024:1</id><link rel="alternate" href="https://atom.example/1"/>
<link rel="enclosure" href="https://atom.example/1.mp3"/><updated>2024-08-12T09:00:00Z</updated>
<author><name>Jo Smith</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
<p>{BODY}</p><p>They met in Moscow, the ministry said.</p></div></content>
</entry>
<title>Atom News</title>
</feed>
"""


def read(tmp_path: Path, name: str, content: str) -> list[Article | Failure]:
    path = tmp_path / name
    path.write_text(content)
    return list(articles_from(str(path)))


def test_rss_items_are_articles_with_their_metadata_and_a_textless_item_fails_in_place(tmp_path: Path) -> None:
    first, second, third = read(tmp_path, "world.rss", RSS)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.id, first.title, first.author, first.url, first.source) == (
        "tag:wire,2024:a",
        "Putin and Kim sign treaty",
        "Ana Petrova",
        "https://wire.example/a",
        "Example Wire World",
    )
    assert first.published is not None and first.published.isoformat() == "2024-06-19"
    assert first.text.startswith(BODY) and "fundamental document" in first.text  # the full content, not the summary
    assert second.id == "https://wire.example/b" and second.text.startswith("Japan protested on Thursday")
    assert second.published is None and second.source == "Example Wire World"
    assert isinstance(third, Failure) and third.id == "https://wire.example/c" and "only a link" in third.error


def test_atom_entries_with_xhtml_content_and_the_feed_title_given_last(tmp_path: Path) -> None:
    (entry,) = read(tmp_path, "news.xml", ATOM)  # no feed suffix: told by its root element
    assert isinstance(entry, Article)
    assert (entry.id, entry.url, entry.author) == ("tag:atom.example,2024:1", "https://atom.example/1", "Jo Smith")
    assert entry.text == f"{BODY}\n\nThey met in Moscow, the ministry said.\n"
    assert entry.published is not None and entry.published.isoformat() == "2024-08-12"


def test_a_feed_cut_off_halfway_keeps_the_items_before_the_break(tmp_path: Path) -> None:
    cut = RSS[: RSS.index("<item><title>Japan")] + "<item><title>Jap"
    first, broken = read(tmp_path, "cut.rss", cut)
    assert isinstance(first, Article) and first.id == "tag:wire,2024:a"
    assert isinstance(broken, Failure) and broken.id == "cut"
    assert "cut.rss breaks off: no element found: line 12" in broken.error
    assert broken.error.endswith("the 1 item(s) before it were read")


def test_entities_are_never_expanded_past_a_limit_nor_read_from_files(tmp_path: Path) -> None:
    entities = "".join(f'<!ENTITY e{n} "{f"&e{n - 1};" * 10}">' for n in range(1, 10))
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e0 "lol">{entities}]><rss><channel><item>'
        "<description>&e9;</description></item></channel></rss>"
    )
    (failure,) = read(tmp_path, "bomb.rss", bomb)
    assert isinstance(failure, Failure) and "breaks off" in failure.error
    system = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]><rss><channel><item>'
        f"<description>{BODY} &x;</description></item></channel></rss>"
    )
    (failure,) = read(tmp_path, "system.rss", system)
    assert isinstance(failure, Failure) and "undefined entity" in failure.error


def test_a_feed_without_items_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="a feed with no items"):
        read(tmp_path, "empty.rss", "<rss><channel><title>Nothing yet</title></channel></rss>")


def test_feeds_are_told_by_name_or_root_element_and_their_items_counted(tmp_path: Path) -> None:
    assert sniff_format("x.atom", b"") == "feed"
    assert sniff_format("feed", RSS.encode()) == "feed"
    assert sniff_format("feed", ATOM.encode()) == "feed"
    assert sniff_format("feed", b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">') == "feed"
    xhtml = b'<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><body>'
    assert sniff_format("page", xhtml) == "html"
    path = tmp_path / "world.rss"
    path.write_text(RSS)
    assert count_records([str(path)]) == 3


def test_a_bare_guid_is_unique_only_within_its_feed(tmp_path: Path) -> None:
    items = "".join(
        f"<item><guid isPermaLink='false'>1</guid>{link}<description>{BODY}</description></item>"
        for link in ("<link>https://wire.example/a</link>", "")
    )
    linked, bare = read(tmp_path, "world.rss", f"<rss><channel>{items}</channel></rss>")
    assert (linked.id, bare.id) == ("https://wire.example/a", "world:1")


def test_an_atom_text_body_is_plain_text_whose_brackets_are_characters(tmp_path: Path) -> None:
    entry = (
        "<entry><id>tag:atom.example,2024:2</id><title>Rates</title><content>Inflation stayed above 3 percent, "
        "the bank said in a letter to Ana Petrova &lt;petrova@bank.example&gt; on Monday, and rates would rise."
        f"\n\n{BODY}</content></entry>"
    )
    (article,) = read(tmp_path, "news.atom", f'<feed xmlns="http://www.w3.org/2005/Atom">{entry}</feed>')
    assert isinstance(article, Article)
    assert article.text.startswith(
        "Inflation stayed above 3 percent, the bank said in a letter to Ana Petrova <petrova@bank.example> on Monday"
    )
    assert article.text.rstrip().endswith(f"rates would rise.\n\n{BODY}")


@pytest.mark.parametrize(("encoding", "place"), [("shift_jis", "東京"), ("big5", "臺北"), ("windows-1251", "Москве")])
def test_a_feed_in_the_encoding_its_xml_declaration_names(tmp_path: Path, encoding: str, place: str) -> None:
    """A multi-byte encoding stopped the XML parser with a ValueError, an internal error that ended the run."""
    body = f"The minister said the talks in {place} would go on next week, officials said on Monday after the meeting."
    path = tmp_path / "world.rss"
    path.write_bytes(
        f'<?xml version="1.0" encoding="{encoding}"?><rss><channel><item><guid>1</guid>'
        f"<description>{body}</description></item></channel></rss>".encode(encoding)
    )
    (article,) = articles_from(str(path))
    assert isinstance(article, Article) and article.text.strip() == body


def test_an_atom_body_of_no_stated_type_that_holds_html_tags_is_read_as_html(tmp_path: Path) -> None:
    entry = (
        f"<entry><id>tag:atom.example,2024:3</id><summary>&lt;p&gt;{BODY}&lt;/p&gt;&lt;p&gt;They met in Moscow, "
        "the ministry said.&lt;/p&gt;</summary></entry>"
    )
    (article,) = read(tmp_path, "news.atom", f'<feed xmlns="http://www.w3.org/2005/Atom">{entry}</feed>')
    assert isinstance(article, Article) and article.text == f"{BODY}\n\nThey met in Moscow, the ministry said.\n"


def test_an_item_dated_neither_as_rss_nor_as_atom_keeps_an_unambiguous_day(tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>{day}</title><link>https://wire.example/{n}</link><pubDate>{day}</pubDate>"
        f"<description>{BODY}</description></item>"
        for n, day in enumerate(["June 19, 2024", "2024/06/19", "06/07/2024"])
    )
    found = read(tmp_path, "odd.rss", f'<rss version="2.0"><channel><title>W</title>{items}</channel></rss>')
    assert [a.published.isoformat() if isinstance(a, Article) and a.published else None for a in found] == [
        "2024-06-19",
        "2024-06-19",
        None,
    ]
    # The day it cannot tell (June or July) was dropped without a word; a JSONL record's says so in a warning.
    assert [a.warnings for a in found if isinstance(a, Article)] == [
        (),
        (),
        ("pubDate '06/07/2024' is not a date telex reads (write YYYY-MM-DD); the item is left undated",),
    ]


def test_an_item_of_no_text_and_no_link_is_not_sent_to_fetch_a_link(tmp_path: Path) -> None:
    (failure,) = read(
        tmp_path, "bare.atom", '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:w:5</id></entry></feed>'
    )
    assert isinstance(failure, Failure)  # was "carries no text (only a link); fetch its page to read it"
    assert failure.error == "feed item 'urn:w:5' carries no text and no link: nothing to read"
