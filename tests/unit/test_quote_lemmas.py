"""The silent "e" of a verb's lemma: "hoped" is "hope", "hopped" is "hop" (quotes read "hope" as a cue)."""

from __future__ import annotations

import pytest

from telex.nlp.lemmas import silent_e, unknown_base

VERBS = frozenset({"hope", "hop", "hate", "hat", "stare", "star", "sing", "singe", "add", "fine", "fin", "visit"})


@pytest.mark.parametrize(
    ("word", "found", "lemma"),
    [
        ("hoped", "hop", "hope"),
        ("hopes", "hop", "hope"),
        ("hoping", "hop", "hope"),
        ("hated", "hat", "hate"),
        ("stared", "star", "stare"),
        ("fined", "fin", "fine"),
        ("hopped", "hop", "hop"),  # a short stem doubles its consonant
        ("hops", "hop", "hop"),
        ("singing", "sing", "sing"),  # "singe" keeps its e: "singeing"
        ("added", "add", "add"),
        ("visited", "visit", "visit"),  # no verb "visite"
    ],
)
def test_silent_e(word: str, found: str, lemma: str) -> None:
    assert silent_e(word, found, VERBS) == lemma


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("retweeted", "retweet"),  # vowel-vowel-consonant: no "e"
        ("texted", "text"),  # two consonants
        ("texting", "text"),
        ("poohed", "pooh"),
        ("vaped", "vape"),  # a single vowel and consonant: "e"
        ("googled", "google"),  # consonant and l
        ("binged", "binge"),
        ("photoshopped", "photoshop"),  # a doubled consonant the ending doubled
        ("dissed", "diss"),  # the stem's own double
        ("livestreamed", "livestream"),
        ("primaried", "primary"),
        ("emceed", "emcee"),
        ("fact-checked", "fact-check"),
        ("answered", "answer"),  # single vowel and r: no "e"
    ],
)
def test_unknown_base(word: str, lemma: str) -> None:
    suffix = "ed" if word.endswith("ed") else "ing"
    assert unknown_base(word, word[: -len(suffix)] + "e") == lemma  # spaCy's guess adds an "e"


def test_unknown_base_keeps_other_forms() -> None:
    assert unknown_base("retweets", "retweet") == "retweet"
    assert unknown_base("xed", "xe") == "xe"  # too short to judge
