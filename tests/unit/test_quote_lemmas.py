"""The silent "e" of a verb's lemma: "hoped" is "hope", "hopped" is "hop" (quotes read "hope" as a cue)."""

from __future__ import annotations

import pytest

from telex.nlp.lemmas import silent_e

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
