"""A deed that is the subject of what it did happened in its "in" phrase's place, which did not do it (hand-built
parses, no model)."""

from __future__ import annotations

from tests.unit.fixtures import Row, events_in, hand_parsed

# "A bomb attack in Pakistan killed 20 people ."
ATTACK_IN_PAKISTAN: list[Row] = [
    ("A", 2, "det", "DET", "DT", "a"),
    ("bomb", 2, "compound", "NOUN", "NN", "bomb"),
    ("attack", 3, "nsubj", "NOUN", "NN", "attack"),
    ("killed", 3, "ROOT", "VERB", "VBD", "kill"),
    ("in", 2, "prep", "ADP", "IN", "in"),
    ("Pakistan", 4, "pobj", "PROPN", "NNP", "Pakistan"),
    ("20", 7, "nummod", "NUM", "CD", "20"),
    ("people", 3, "dobj", "NOUN", "NNS", "people"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def test_the_country_an_attack_happened_in_did_not_kill() -> None:
    events = events_in(hand_parsed(ATTACK_IN_PAKISTAN, places=frozenset({5})))
    assert [e.cameo[:2] for e in events] == ["18"]
    assert [r.code for e in events for r in e.source] == []
    assert [r.country for e in events for r in e.target] == ["PAK"]


def test_a_doer_named_by_its_adjective_still_killed() -> None:
    # "A Pakistani attack killed 20 people ."
    rows: list[Row] = [
        ("A", 2, "det", "DET", "DT", "a"),
        ("Pakistani", 2, "amod", "ADJ", "JJ", "pakistani"),
        ("attack", 3, "nsubj", "NOUN", "NN", "attack"),
        ("killed", 3, "ROOT", "VERB", "VBD", "kill"),
        ("20", 5, "nummod", "NUM", "CD", "20"),
        ("people", 3, "dobj", "NOUN", "NNS", "people"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert [r.code for e in events_in(hand_parsed(rows)) for r in e.source] == ["PAK"]
