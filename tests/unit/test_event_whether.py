"""What a "whether" clause puts in question is not done, whatever governs the clause, on hand-built parses (no
model): "Egypt is divided on whether to attack Israel" reports no attack, "Egypt attacked Israel" does."""

from __future__ import annotations

from tests.unit.fixtures import Row, events_in, hand_parsed


def test_a_whether_clause_after_a_preposition_is_only_in_question() -> None:
    # "Egypt is divided on whether to attack Israel ."
    rows: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("is", 1, "ROOT", "AUX", "VBZ", "be"),
        ("divided", 1, "acomp", "ADJ", "JJ", "divided"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("whether", 6, "mark", "SCONJ", "IN", "whether"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("attack", 3, "pcomp", "VERB", "VB", "attack"),
        ("Israel", 6, "dobj", "PROPN", "NNP", "Israel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert events_in(hand_parsed(rows)) == []
    asserted: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
        ("Israel", 1, "dobj", "PROPN", "NNP", "Israel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [e.cameo[:2] for e in events_in(hand_parsed(asserted))] == ["19"]
