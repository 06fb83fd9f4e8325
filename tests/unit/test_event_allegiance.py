"""Whom a noun's people back, told by a participle describing the noun, is a standing, not an act of support
(hand-built parses, no model)."""

from __future__ import annotations

from tests.unit.fixtures import Row, events_in, hand_parsed


def _supports(rows: list[Row]) -> list[list[str | None]]:
    return [[t.country for t in e.target] for e in events_in(hand_parsed(rows)) if e.cameo == "051"]


def test_a_group_described_as_backing_someone_backs_no_one_in_the_news() -> None:
    # "Russian donors gave money to a group backing Putin ."
    described: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("donors", 2, "nsubj", "NOUN", "NNS", "donor"),
        ("gave", 2, "ROOT", "VERB", "VBD", "give"),
        ("money", 2, "dobj", "NOUN", "NN", "money"),
        ("to", 2, "dative", "ADP", "IN", "to"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("group", 4, "pobj", "NOUN", "NN", "group"),
        ("backing", 6, "acl", "VERB", "VBG", "back"),
        ("Putin", 7, "dobj", "PROPN", "NNP", "Putin"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _supports(described) == []


def test_backing_told_as_an_act_is_support() -> None:
    # "Russian lawmakers are backing Putin ."
    told: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 3, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("are", 3, "aux", "AUX", "VBP", "be"),
        ("backing", 3, "ROOT", "VERB", "VBG", "back"),
        ("Putin", 3, "dobj", "PROPN", "NNP", "Putin"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert _supports(told) == [["RUS"]]


def test_a_group_described_as_opposing_someone_rejects_no_one_in_the_news() -> None:
    # "Russian lawmakers criticized a group opposing Putin ." / "Russian lawmakers are opposing Putin ."
    described: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("criticized", 2, "ROOT", "VERB", "VBD", "criticize"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("group", 2, "dobj", "NOUN", "NN", "group"),
        ("opposing", 4, "acl", "VERB", "VBG", "oppose"),
        ("Putin", 5, "dobj", "PROPN", "NNP", "Putin"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert [e.cameo[:2] for e in events_in(hand_parsed(described))] == ["11"]
    told: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 3, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("are", 3, "aux", "AUX", "VBP", "be"),
        ("opposing", 3, "ROOT", "VERB", "VBG", "oppose"),
        ("Putin", 3, "dobj", "PROPN", "NNP", "Putin"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert [e.cameo for e in events_in(hand_parsed(told))] == ["120"]
