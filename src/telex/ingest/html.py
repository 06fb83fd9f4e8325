"""Main text and metadata of a web page, through trafilatura."""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import urljoin, urlsplit

import trafilatura
from trafilatura.metadata import META_URL, examine_title_element

from telex.errors import InputError
from telex.ingest.decode import repair_mojibake
from telex.isodate import date_or_none
from telex.records import Article

# Fewer words than this is a menu or a cookie banner, not an article.
MIN_WORDS = 8
# Pages nested this deep defeat the HTML parser (libxml2 stops at 255 levels); their layout containers are
# dropped and the page read again.
_DEEP = 200
# A page that opens its document but closes neither its body nor itself was cut short (a download stopped, a
# file truncated): it is analysed as far as it goes, with a warning, as the text after the cut is lost.
_OPENS = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_CLOSES = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
_CONTAINER = re.compile(
    r"<(/?)(?:div|span|section|article|main|font|center|table|tbody|tr|td|b|i|em|strong|blockquote)\b[^>]*>",
    re.IGNORECASE,
)
# A copyright line's years ("© 2019 Example News", "Copyright 2015-2019"): the year of a site's footer, not of an
# article. trafilatura's extensive date search (htmldate's) falls back to it as 1 January of that year.
_COPYRIGHT = re.compile(
    r"(?:©|&(?:copy|#169|#xa9);|\bcopyright\b|\(c\))\D{0,99}?(?:\b(\d{4})\s*[-–]\s*)?\b(\d{4})\b", re.IGNORECASE
)


def html_to_article(article_id: str, html: str, url: str | None = None) -> Article:
    """The article in a page: paragraphs kept as blank-line separated blocks, title, date, site, author and url.

    ``url`` is where the page was fetched from: it resolves a relative canonical link, lets trafilatura read a
    date in the address, and is the article's ``url`` when the page names none of its own.
    """
    result, own_url, title_parts = _extract(html, url)
    body = getattr(result, "text", None) if result is not None else None
    deep = (not body or len(body.split()) < MIN_WORDS) and _nesting(html) >= _DEEP
    if deep:  # HTML parsers stop at 255 levels of nesting; the containers go, the text blocks stay
        result, own_url, title_parts = _extract(_CONTAINER.sub("", html), url)
        body = getattr(result, "text", None) if result is not None else None
    if not body or len(body.split()) < MIN_WORDS:
        why = f"; the page is nested over {_DEEP} levels deep" if deep else "; is it a news page?"
        raise InputError(f"no article text found in the HTML of {article_id!r}{why}")
    paragraphs = [line.strip() for line in repair_mojibake(body).splitlines() if line.strip()]
    title = getattr(result, "title", None) or None
    if paragraphs and title and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:] or paragraphs
    return Article(
        id=article_id,
        text="\n\n".join(paragraphs) + "\n",
        title=title,
        published=_published(date_or_none(getattr(result, "date", None)), html, url),
        source=_site(
            getattr(result, "sitename", None) or None,
            title,
            title_parts,
            _host(getattr(result, "url", None) or own_url or url),
        ),
        author=getattr(result, "author", None) or None,
        url=own_url or url,
        warnings=cut_short(html),
    )


def _published(found: date | None, html: str, url: str | None) -> date | None:
    """The page's publication date: trafilatura's, unless it is a 1 January the page never gives. trafilatura's
    extensive date search (htmldate's) makes a bare year into 1 January of it: a copyright line's ("© 2019"), or one
    the story names ("the 2016 general election": 413 of the 815 PolNeAR stories as pages with no date in their head
    were dated 1 January so). Such a date is kept when the page's head or address gives it or the page writes the day
    ("1 January 2019"); otherwise the date found without the copyright lines, if any, and else none."""
    if found is None or (found.month, found.day) != (1, 1) or _gives_new_years_day(html, url, found):
        return found
    if found.year not in _copyright_years(html):
        return None
    uncopyrighted = _COPYRIGHT.sub(" ", html)
    again = date_or_none(getattr(trafilatura.extract_metadata(uncopyrighted, default_url=url), "date", None))
    return again if again != found and _published(again, uncopyrighted, url) == again else None


def _gives_new_years_day(html: str, url: str | None, day: date) -> bool:
    """Whether the page gives ``day`` (a 1 January) itself: in its head or address (htmldate without its search of
    the text finds it), or written out in it ("1 January 2019", "Jan. 1st, 2019", "2019-01-01")."""
    written = rf"{_NEW_YEARS_DAY}\W{{0,3}}{day.year}\b|\b{day.year}[-/.]0?1[-/.]0?1\b|\b0?1[-/.]0?1[-/.]{day.year}\b"
    if re.search(written, html, re.IGNORECASE):
        return True
    head = trafilatura.extract_metadata(html, default_url=url, extensive=False)
    return date_or_none(getattr(head, "date", None)) == day


# 1 January written with the month in words, before its year: "1 January", "1st of January", "January 1", "Jan. 1st".
_NEW_YEARS_DAY = r"\b(?:1(?:st)?\s+(?:of\s+)?jan(?:uary|\.)?|jan(?:uary|\.)?\s+1(?:st)?)\b"


def _copyright_years(html: str) -> set[int]:
    """The years of a page's copyright lines."""
    return {int(year) for match in _COPYRIGHT.finditer(html) for year in match.groups() if year}


def cut_short(html: str) -> tuple[str, ...]:
    """A warning when the page opens ``<html>`` or ``<body>`` and closes neither: its end is missing."""
    if _OPENS.search(html) and not _CLOSES.search(html):
        return (
            f"the page ends at {len(html):,} characters before its </body> or </html>: it may be cut short, "
            "and the text after the cut is missing",
        )
    return ()


def _extract(html: str, url: str | None) -> tuple[Any, str | None, tuple[str | None, ...]]:
    """trafilatura's extraction of a page, the address the page gives itself, and the two parts of a ``<title>``
    such as "Headline | Site" (None, None for a title of one part)."""
    tree = trafilatura.load_html(html)
    if tree is None:
        return None, None, ()
    own_url = _page_url(tree, url)  # read first: trafilatura prunes the tree it is given
    _, *title_parts = examine_title_element(tree)
    result = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
    )
    return result, own_url, tuple(title_parts)


def _site(
    site: str | None, headline: str | None, title_parts: tuple[str | None, ...], host: str | None = None
) -> str | None:
    """The site's name, never the headline. With no ``og:site_name``, trafilatura takes the part of a "Headline |
    Site" title that holds a dot for the site, else the page address's host: the headline in "U.S. sanctions
    Russia | Reuters", the host (``reuters.com``) in "Seoul protests | Reuters", so one outlet's pages were
    "Reuters" or "reuters.com" as their headlines held a dot or not. The title's part beside the headline is now
    the site in both cases when it is the shorter part (in "Site | Headline" the long part is the headline); else
    the host, never the headline."""
    is_headline = site is not None and headline is not None and site.strip() == headline.strip()
    if site is not None and not is_headline and site != host:
        return site
    return _title_site(headline, title_parts) or (None if is_headline else site)


def _title_site(headline: str | None, title_parts: tuple[str | None, ...]) -> str | None:
    """The part of a two-part ``<title>`` beside ``headline``, when it is the shorter: the site's name."""
    if headline is None:
        return None
    others = [part for part in title_parts if part and part.strip() != headline.strip()]
    if len(others) != 1 or len(others[0].split()) >= len(headline.split()):
        return None
    return others[0]


def _host(url: str | None) -> str | None:
    """The name trafilatura gives a page's site when nothing in the page names it: its address's host."""
    match = META_URL.match(url) if url else None
    return match[1] if match else None


def _nesting(html: str) -> int:
    """The deepest nesting of elements that close, roughly (void and unclosed tags aside)."""
    depth = deepest = 0
    for match in _CONTAINER.finditer(html):
        depth += -1 if match.group(1) else 1
        deepest = max(deepest, depth)
    return deepest


def _page_url(tree: Any, base: str | None) -> str | None:
    """The address a page (an lxml tree) gives itself: its canonical link, else its ``og:url``.

    trafilatura's metadata prefers ``og:url``, which sites leave stale or point at a section front more often
    than the canonical link they use for search engines; so the head is read here.
    """
    og_urls = tree.xpath("//meta[@property='og:url' or @name='og:url']/@content")
    og_url = next(filter(None, (_absolute(href, base) for href in og_urls)), None)
    for link in tree.xpath("//link[@rel and @href]"):
        if "canonical" in link.get("rel", "").lower().split():
            canonical = _absolute(link.get("href", ""), base or og_url)
            if canonical:
                return canonical
    return og_url


def _absolute(href: str, base: str | None) -> str | None:
    """``href`` as an absolute http(s) address, resolved against ``base``; ``None`` if it cannot be one."""
    href = href.strip()
    if href.startswith("//") and not base:
        href = "https:" + href
    url = urljoin(base or "", href)
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else None
