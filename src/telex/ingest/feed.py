"""News feeds (RSS 2.0, RSS 1.0 and Atom): one article per item, from the text the feed itself carries.

Nothing is fetched: an item's article is its full content (``content:encoded``, Atom ``content``) when the
feed gives it, else its summary (``description``, ``summary``); an item with too few words to be an article
fails in its place. The feed is parsed as it is read, so a feed cut off or broken halfway gives every item
before the break and one failure that says where it broke.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from datetime import date
from email.utils import parsedate_to_datetime
from html import escape
from typing import BinaryIO
from xml.etree.ElementTree import Element, ParseError, XMLPullParser, tostring

from telex.errors import InputError, RecordError
from telex.ingest.decode import known_charset
from telex.ingest.html import html_to_article
from telex.ingest.sniff import is_url
from telex.isodate import written_date
from telex.records import Article, Failure

_ITEMS = ("item", "entry")
# An item's opening tag, to count a feed's items for a progress bar.
ITEM_TAG = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s>]")
_CHUNK = 1 << 16
# The encoding an XML declaration names: <?xml version="1.0" encoding="Shift_JIS"?>.
_DECLARED = re.compile(rb"\s*<\?xml\b[^>]*?\bencoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)")
# Where an item keeps its text, best first: the full content, then the summary.
_BODIES = ("encoded", "content", "description", "summary")
_ATOM = "{http://www.w3.org/2005/Atom}"
# Tags that show an Atom body of no stated type is HTML after all.
_HTML_TAG = re.compile(r"</?(?:p|br|div|span|a|b|i|em|strong|ul|ol|li|h[1-6]|blockquote|img)\b[^>]*>", re.IGNORECASE)
_DATES = ("pubDate", "published", "date", "updated", "issued", "modified")


def feed_articles(
    stream: BinaryIO, name: str, feed_id: str, published: date | None = None
) -> Iterator[Article | Failure]:
    """Every item of a feed as an article, in feed order; ``published`` dates the items that give no date.

    An item's id is its ``guid`` or Atom ``id`` when that is an address (``https://…``, ``tag:…``, ``urn:…``),
    else its link, else ``<feed_id>:<guid>`` (a bare "12345" is unique only within its feed), else
    ``<feed_id>:<item number>``; its source is the feed's title.
    """
    parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
    inside = items = 0  # how many items are open (one, unless a feed nests them), how many were read
    channel: str | None = None
    chunk = stream.read(_CHUNK)
    decoder = _decoder(chunk)
    while True:
        try:
            if decoder is not None:
                parser.feed(decoder.decode(chunk, final=not chunk))
            elif chunk:
                parser.feed(chunk)
            if not chunk:
                parser.close()
            events = list(parser.read_events())
        except ParseError as exc:
            before = f"the {items} item(s) before it were read" if items else "no item came before it"
            yield Failure(feed_id, f"{name} breaks off: {exc}; {before}")
            return
        for happened in events:
            event, element = happened[0], happened[-1]
            if not isinstance(element, Element):
                continue
            local = _local(element.tag)
            if local in _ITEMS:
                inside += 1 if event == "start" else -1
            if event == "start":
                continue
            if local == "title" and channel is None and not inside and element.text:
                channel = " ".join(element.text.split()) or None  # the feed's own title (the channel's)
            elif local in _ITEMS:
                items += 1
                try:
                    yield _item_article(element, feed_id, f"{feed_id}:{items}", channel, published)
                except InputError as exc:
                    yield Failure(_item_id(element, feed_id) or f"{feed_id}:{items}", str(exc))
                element.clear()  # an item read drops its text and children: a long feed is not held whole
        if not chunk:
            break
        chunk = stream.read(_CHUNK)
    if not items:
        raise InputError(f"{name} is a feed with no items; it holds no articles")


def _decoder(head: bytes) -> codecs.IncrementalDecoder | None:
    """A decoder for a feed whose XML declaration names an encoding other than UTF-8, UTF-16 or UTF-32: the XML
    parser reads no multi-byte one (Shift_JIS, GB2312, Big5 stop it with an error), so such a feed is given to it
    as text."""
    found = _DECLARED.match(head)
    encoding = known_charset(found.group(1).decode("ascii")) if found else None
    if encoding is None or encoding.startswith(("utf-8", "utf-16", "utf-32")):
        return None
    return codecs.getincrementaldecoder(encoding)(errors="replace")


def _item_article(
    item: Element, feed_id: str, fallback_id: str, channel: str | None, published: date | None
) -> Article:
    """One feed item as an article, read through the HTML reader (a feed's text is an HTML fragment)."""
    item_id = _item_id(item, feed_id) or fallback_id
    body = next((text for field in _BODIES if (text := _markup(item, field))), None)
    if body is None:
        if _link(item) is None:
            raise RecordError(f"feed item {item_id!r} carries no text and no link: nothing to read")
        raise RecordError(f"feed item {item_id!r} carries no text (only a link); fetch its page to read it")
    title = _text(item, "title")
    given = [(field, text) for field in _DATES if (text := _text(item, field))]
    when = next((found for _, text in given if (found := _date(text))), None)
    page = f"<html><head><title>{escape(title or '')}</title></head><body><article>{body}</article></body></html>"
    try:
        article = html_to_article(item_id, page, _link(item))
    except InputError as exc:
        raise RecordError(f"feed item {item_id!r} carries no article text, too few words to analyse") from exc
    unread = _unread_date(given, published) if when is None else ()
    return Article(
        id=item_id,
        text=article.text,
        title=" ".join(title.split()) if title else article.title,
        published=when or published,
        source=channel,
        warnings=(*article.warnings, *unread),
        author=_author(item),
        url=_link(item) or article.url,
    )


def _unread_date(given: list[tuple[str, str]], published: date | None) -> tuple[str, ...]:
    """The warning of an item whose date fields hold no date telex reads ("sometime in June", "06/07/2024", which is
    June or July): its first one, and what dates the item instead. An item of no date field gets none."""
    if not given:
        return ()
    field, text = given[0]
    instead = f"dated {published.isoformat()}, the date given for the feed" if published else "left undated"
    return (f"{field} {text!r} is not a date telex reads (write YYYY-MM-DD); the item is {instead}",)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _child(item: Element, name: str) -> Element | None:
    return next((child for child in item if _local(child.tag) == name), None)


def _text(item: Element, name: str) -> str | None:
    """The text of the item's child ``name``; an Atom ``xhtml`` body is its markup."""
    child = _child(item, name)
    if child is None:
        return None
    if child.get("type") == "xhtml" and len(child):
        for part in child.iter():
            part.tag = _local(part.tag)  # plain HTML tags, not the XHTML namespace's
        return "".join(tostring(part, encoding="unicode", method="html") for part in child).strip() or None
    return (child.text or "").strip() or None


def _markup(item: Element, name: str) -> str | None:
    """The item's child ``name`` as HTML: an Atom text construct (``type="text"``, Atom's default) is plain text,
    whose "<" and "&" are characters and whose blank lines part paragraphs; any other body is HTML already, as is
    an Atom body of no stated type that holds HTML tags (feeds that leave out ``type="html"``)."""
    text = _text(item, name)
    child = _child(item, name)
    if text is None or child is None or not child.tag.startswith(_ATOM) or child.get("type", "text") != "text":
        return text
    if child.get("type") is None and _HTML_TAG.search(text):
        return text
    return "".join(f"<p>{escape(part)}</p>" for part in re.split(r"\n\s*\n", text))


def _item_id(item: Element, feed_id: str) -> str | None:
    given = _text(item, "guid") or _text(item, "id")
    if given is not None and ":" in given:
        return given
    link = _link(item)
    return link or (f"{feed_id}:{given}" if given else None)


def _link(item: Element) -> str | None:
    """The item's address: RSS ``link`` text, or the Atom ``link`` whose ``rel`` is ``alternate`` or absent."""
    for child in item:
        if _local(child.tag) != "link":
            continue
        href = child.get("href") or (child.text or "").strip()
        if is_url(href) and child.get("rel", "alternate") == "alternate":
            return href
    return None


def _author(item: Element) -> str | None:
    author = _child(item, "author")
    if author is not None and len(author):
        return _text(author, "name")
    return _text(item, "author") or _text(item, "creator")


def _date(text: str | None) -> date | None:
    """An RSS date ("Wed, 19 Jun 2024 10:00:00 GMT"), an Atom one ("2024-06-19T10:00:00Z"), or a day as a feed
    that follows neither writes it ("June 19, 2024", "2024/06/19"), as a JSONL record's is read."""
    if not text:
        return None
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return written_date(text)
