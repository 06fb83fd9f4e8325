"""Who speaks in a participle hung on a reported clause: the reporter, unless an outlet's report closes the sentence
and relays the clause's own subject (issue #9)."""

from __future__ import annotations

from telex.quotes.subjects import subject_of
from tests.unit.fixtures import Row, hand_parsed

# "Lee welcomed the news , saying Kim was right , CNN reported ."
_FRONTED: list[Row] = [
    ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
    ("welcomed", 11, "ccomp", "VERB", "VBD", "welcome"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("news", 1, "dobj", "NOUN", "NN", "news"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("saying", 1, "advcl", "VERB", "VBG", "say"),
    ("Kim", 7, "nsubj", "PROPN", "NNP", "Kim"),
    ("was", 5, "ccomp", "AUX", "VBD", "be"),
    ("right", 7, "acomp", "ADJ", "JJ", "right"),
    (",", 11, "punct", "PUNCT", ",", ","),
    ("CNN", 11, "nsubj", "PROPN", "NNP", "CNN"),
    ("reported", 11, "ROOT", "VERB", "VBD", "report"),
    (".", 11, "punct", "PUNCT", ".", "."),
]

# "CNN reported Lee welcomed the news , saying Kim was right ."
_AFTER: list[Row] = [
    ("CNN", 1, "nsubj", "PROPN", "NNP", "CNN"),
    ("reported", 1, "ROOT", "VERB", "VBD", "report"),
    ("Lee", 3, "nsubj", "PROPN", "NNP", "Lee"),
    ("welcomed", 1, "ccomp", "VERB", "VBD", "welcome"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("news", 3, "dobj", "NOUN", "NN", "news"),
    (",", 3, "punct", "PUNCT", ",", ","),
    ("saying", 3, "advcl", "VERB", "VBG", "say"),
    ("Kim", 9, "nsubj", "PROPN", "NNP", "Kim"),
    ("was", 7, "ccomp", "AUX", "VBD", "be"),
    ("right", 9, "acomp", "ADJ", "JJ", "right"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def _speaker(rows: list[Row], verb: int) -> str | None:
    speaker = subject_of(hand_parsed(rows)[verb])
    return speaker.text if speaker is not None else None


def test_a_participle_in_content_before_an_outlets_report_is_the_clause_subjects() -> None:
    assert _speaker(_FRONTED, 5) == "Lee"


def test_a_participle_in_content_before_a_persons_report_is_the_reporters() -> None:
    rows = list(_FRONTED)
    rows[10] = ("Susan", 11, "nsubj", "PROPN", "NNP", "Susan")
    rows[11] = ("said", 11, "ROOT", "VERB", "VBD", "say")
    assert _speaker(rows, 5) == "Susan"


def test_a_participle_after_the_report_is_still_the_reporters() -> None:
    assert _speaker(_AFTER, 7) == "CNN"
