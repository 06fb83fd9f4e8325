"""A definite event noun with no owner points back at the act the article told: "condemned the shelling" is aimed
at whoever shelled (hand-built parses, no model)."""

from __future__ import annotations

from telex.records import Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _act(subject: str, verb: str, lemma: str, obj: str, start: int) -> list[Row]:
    # "<subject> <verb> the <obj> ."
    return [
        (subject, start + 1, "nsubj", "PROPN", "NNP", subject),
        (verb, start + 1, "ROOT", "VERB", "VBD", lemma),
        ("the", start + 3, "det", "DET", "DT", "the"),
        (obj, start + 1, "dobj", "NOUN", "NN", obj),
        (".", start + 1, "punct", "PUNCT", ".", "."),
    ]


def _dyads(rows: list[Row]) -> list[tuple[str, list[str | None], list[str | None]]]:
    events: list[Event] = events_in(hand_parsed(rows))
    return [(e.cameo[:2], [a.code for a in e.source], [a.code for a in e.target]) for e in events]


def test_a_condemned_act_is_aimed_at_its_doer() -> None:
    # "Russia shelled the port . France condemned the shelling ."
    rows = _act("Russia", "shelled", "shell", "port", 0) + _act("France", "condemned", "condemn", "shelling", 5)
    assert _dyads(rows)[-1] == ("11", ["FRA"], ["RUS"])


def test_the_same_word_names_the_act() -> None:
    # "Russia attacked the port . France condemned the attack ."
    rows = _act("Russia", "attacked", "attack", "port", 0) + _act("France", "condemned", "condemn", "attack", 5)
    assert _dyads(rows)[-1] == ("11", ["FRA"], ["RUS"])


def test_an_act_of_another_kind_or_ones_own_is_not_pointed_at() -> None:
    # "Russia praised the port . France condemned the shelling .": no shelling was told.
    rows = _act("Russia", "praised", "praise", "port", 0) + _act("France", "condemned", "condemn", "shelling", 5)
    assert _dyads(rows)[-1] == ("11", ["FRA"], [])
    # "France shelled the port . France condemned the shelling .": no one condemns themselves.
    rows = _act("France", "shelled", "shell", "port", 0) + _act("France", "condemned", "condemn", "shelling", 5)
    assert _dyads(rows)[-1] == ("11", ["FRA"], [])


def test_an_act_of_the_same_root_but_another_code_is_not_pointed_at() -> None:
    # "Russia praised the accord . France denounced the deal .": praise and a deal are both cooperation (05), but
    # the deal is no praise.
    rows = _act("Russia", "praised", "praise", "accord", 0) + _act("France", "denounced", "denounce", "deal", 5)
    assert _dyads(rows)[-1] == ("11", ["FRA"], [])


def test_an_act_told_later_is_not_pointed_at() -> None:
    # "France condemned the shelling . Russia shelled the port ."
    rows = _act("France", "condemned", "condemn", "shelling", 0) + _act("Russia", "shelled", "shell", "port", 5)
    assert _dyads(rows)[0] == ("11", ["FRA"], [])

