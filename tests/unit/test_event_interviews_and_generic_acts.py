"""Questions put to someone about a matter, and what anyone might do, are no acts (hand-built parses, no model)."""

from __future__ import annotations

from tests.unit.fixtures import Row, events_in, hand_parsed


def _codes(rows: list[Row]) -> list[str]:
    return [e.cameo for e in events_in(hand_parsed(rows))]


def test_questioning_someone_about_a_matter_is_no_doubt_cast() -> None:
    # "Russian lawmakers questioned Putin about the plan ." against "Russian lawmakers questioned Putin ."
    asked: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("questioned", 2, "ROOT", "VERB", "VBD", "question"),
        ("Putin", 2, "dobj", "PROPN", "NNP", "Putin"),
        ("about", 2, "prep", "ADP", "IN", "about"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("plan", 4, "pobj", "NOUN", "NN", "plan"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(asked) == []
    doubted = [r for i, r in enumerate(asked) if i not in (4, 5, 6)]
    doubted[-1] = (".", 2, "punct", "PUNCT", ".", ".")
    assert _codes(doubted) == ["110"]


def _easy(subject: list[Row]) -> list[Row]:
    # "It 's easy <for Russia> to criticize Ukraine ."
    n = len(subject)
    return [
        ("It", 1, "nsubj", "PRON", "PRP", "it"),
        ("'s", 1, "ROOT", "AUX", "VBZ", "be"),
        ("easy", 1, "acomp", "ADJ", "JJ", "easy"),
        *subject,
        ("to", 4 + n, "aux", "PART", "TO", "to"),
        ("criticize", 1, "xcomp", "VERB", "VB", "criticize"),
        ("Ukraine", 4 + n, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_what_anyone_might_do_is_no_act() -> None:
    assert _codes(_easy([])) == []


def test_an_infinitive_whose_doer_is_named_stays_an_act() -> None:
    named: list[Row] = [("for", 4, "mark", "SCONJ", "IN", "for"), ("Russia", 5, "nsubj", "PROPN", "NNP", "Russia")]
    assert _codes(_easy(named)) == ["111"]
