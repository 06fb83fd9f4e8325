"""Crowds and protesters on hand-built parses (no model): their damage and force are a riot, their gathering a
demonstration, a body burned or chained in protest a protest, protesters hauled into vans detained."""

from __future__ import annotations

import pytest

from tests.unit.fixtures import Row, events_in, hand_parsed


def _roots(rows: list[Row]) -> list[str]:
    return [e.cameo for e in events_in(hand_parsed(rows))]


def _clause(adjective: str, doer: str, doer_lemma: str, verb: str, verb_lemma: str, *rest: Row) -> list[Row]:
    """ "<adjective> <doer> <verb> <rest> ." with the doer as the subject; ``rest`` hangs off the verb (index 2)."""
    return [
        (adjective, 1, "amod", "ADJ", "JJ", adjective.lower()),
        (doer, 2, "nsubj", "NOUN", "NNS", doer_lemma),
        (verb, 2, "ROOT", "VERB", "VBD", verb_lemma),
        *rest,
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


CARS: Row = ("cars", 2, "dobj", "NOUN", "NNS", "car")


@pytest.mark.parametrize(
    ("adjective", "doer", "lemma", "root"),
    [
        ("Chilean", "protesters", "protester", "145"),  # a crowd's damage is a riot
        ("Kenyan", "students", "student", "145"),
        ("Israeli", "settlers", "settler", "171"),  # a side that lives by violence damages property
        ("Syrian", "rebels", "rebel", "171"),
    ],
)
def test_damage_by_a_crowd_is_a_riot(adjective: str, doer: str, lemma: str, root: str) -> None:
    assert _roots(_clause(adjective, doer, lemma, "torched", "torch", CARS)) == [root]


def test_force_by_protesters_is_a_riot_and_by_militants_force() -> None:
    ministry = [("the", 4, "det", "DET", "DT", "the"), ("ministry", 2, "dobj", "NOUN", "NN", "ministry")]
    assert _roots(_clause("Iraqi", "protesters", "protester", "stormed", "storm", *ministry)) == ["145"]
    assert _roots(_clause("Iraqi", "militants", "militant", "stormed", "storm", *ministry)) == ["190"]


def test_protesters_gathering_demonstrate_and_mourners_do_not() -> None:
    outside = [("outside", 2, "prep", "ADP", "IN", "outside"), ("parliament", 3, "pobj", "NOUN", "NN", "parliament")]
    assert _roots(_clause("Kenyan", "protesters", "protester", "gathered", "gather", *outside)) == ["141"]
    assert _roots(_clause("Kenyan", "mourners", "mourner", "gathered", "gather", *outside)) == []


def test_a_body_set_on_fire_or_chained_is_a_protest() -> None:
    # "Indian farmers set themselves on fire ." and "Polish activists chained themselves to the gates ."
    fire = [
        ("themselves", 2, "dobj", "PRON", "PRP", "themselves"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("fire", 4, "pobj", "NOUN", "NN", "fire"),
    ]
    chained = [
        ("themselves", 2, "dobj", "PRON", "PRP", "themselves"),
        ("to", 2, "prep", "ADP", "IN", "to"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("gates", 4, "pobj", "NOUN", "NNS", "gate"),
    ]
    assert _roots(_clause("Indian", "farmers", "farmer", "set", "set", *fire)) == ["140"]
    assert _roots(_clause("Polish", "activists", "activist", "chained", "chain", *chained)) == ["141"]


def test_protesters_hauled_into_vans_are_detained() -> None:
    vans = [
        ("protesters", 2, "dobj", "NOUN", "NNS", "protester"),
        ("into", 2, "prep", "ADP", "IN", "into"),
        ("vans", 4, "pobj", "NOUN", "NNS", "van"),
    ]
    assert _roots(_clause("Belarusian", "police", "police", "hauled", "haul", *vans)) == ["173"]
