"""Main text and metadata of a web page, through trafilatura."""

from __future__ import annotations

import trafilatura

from telex.errors import InputError
from telex.ingest.decode import repair_mojibake
from telex.isodate import date_or_none
from telex.records import Article

# Fewer words than this is a menu or a cookie banner, not an article.
MIN_WORDS = 8


def html_to_article(article_id: str, html: str) -> Article:
    """The article in a page: paragraphs kept as blank-line separated blocks, title, date, site and author."""
    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
    )
    body = getattr(result, "text", None) if result is not None else None
    if not body or len(body.split()) < MIN_WORDS:
        raise InputError(f"no article text found in the HTML of {article_id!r}; is it a news page?")
    paragraphs = [line.strip() for line in repair_mojibake(body).splitlines() if line.strip()]
    title = getattr(result, "title", None) or None
    if paragraphs and title and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:] or paragraphs
    return Article(
        id=article_id,
        text="\n\n".join(paragraphs) + "\n",
        title=title,
        published=date_or_none(getattr(result, "date", None)),
        source=getattr(result, "sitename", None) or None,
        author=getattr(result, "author", None) or None,
    )
