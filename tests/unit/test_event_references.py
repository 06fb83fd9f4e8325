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



def _called(subject: str, obj: str, start: int) -> list[Row]:
    # "<subject> called the <obj> a disgrace ."
    return [
        (subject, start + 1, "nsubj", "PROPN", "NNP", subject),
        ("called", start + 1, "ROOT", "VERB", "VBD", "call"),
        ("the", start + 3, "det", "DET", "DT", "the"),
        (obj, start + 1, "dobj", "NOUN", "NN", obj),
        ("a", start + 5, "det", "DET", "DT", "a"),
        ("disgrace", start + 1, "oprd", "NOUN", "NN", "disgrace"),
        (".", start + 1, "punct", "PUNCT", ".", "."),
    ]


def test_an_act_named_by_its_noun_and_called_names_judges_its_doer() -> None:
    # "Russia shelled the port . France called the shelling a disgrace .": before, only "the move" or "it" pointed
    # back from a name given, so the judgement had no one to judge and was dropped.
    rows = _act("Russia", "shelled", "shell", "port", 0) + _called("France", "shelling", 5)
    assert _dyads(rows)[-1] == ("11", ["FRA"], ["RUS"])
    # "Russia praised the port . France called the shelling a disgrace .": no shelling was told, no event.
    rows = _act("Russia", "praised", "praise", "port", 0) + _called("France", "shelling", 5)
    assert ("11", ["FRA"], []) not in _dyads(rows) and ("11", ["FRA"], ["RUS"]) not in _dyads(rows)


def _judged(subject: str, verb: str, lemma: str, start: int, obj: str = "move") -> list[Row]:
    # "<subject> <verb> the <obj> ." or, for a pronoun, "<subject> <verb> it ."
    if obj == "it":
        return [
            (subject, start + 1, "nsubj", "PROPN", "NNP", subject),
            (verb, start + 1, "ROOT", "VERB", "VBD", lemma),
            ("it", start + 1, "dobj", "PRON", "PRP", "it"),
            (".", start + 1, "punct", "PUNCT", ".", "."),
        ]
    return _act(subject, verb, lemma, obj, start)


def test_a_judgement_of_the_move_judges_the_act_just_told() -> None:
    # "Russia expelled the diplomat . Britain condemned the move ."
    rows = _act("Russia", "expelled", "expel", "diplomat", 0) + _judged("Britain", "condemned", "condemn", 5)
    assert _dyads(rows)[-1] == ("11", ["GBR"], ["RUS"])


def test_a_judgement_of_it_judges_the_act_just_told() -> None:
    # "Russia expelled the diplomat . Britain condemned it ."
    rows = _act("Russia", "expelled", "expel", "diplomat", 0) + _judged("Britain", "condemned", "condemn", 5, "it")
    assert _dyads(rows)[-1] == ("11", ["GBR"], ["RUS"])


def test_the_move_points_back_one_sentence_only() -> None:
    # "Russia expelled the diplomat . Germany shelled the port . Britain condemned the move .": the shelling is the
    # act just told, and it is no one else's to condemn but Germany's.
    rows = (
        _act("Russia", "expelled", "expel", "diplomat", 0)
        + _act("Germany", "shelled", "shell", "port", 5)
        + _judged("Britain", "condemned", "condemn", 10)
    )
    assert _dyads(rows)[-1] == ("11", ["GBR"], ["DEU"])
    # "Russia expelled the diplomat . Germany praised the port . France hailed the port . Britain condemned the
    # move .": two sentences back is too far, and a judgement is no move.
    rows = (
        _act("Russia", "expelled", "expel", "diplomat", 0)
        + _act("Germany", "praised", "praise", "port", 5)
        + _act("France", "hailed", "hail", "port", 10)
        + _judged("Britain", "condemned", "condemn", 15)
    )
    assert _dyads(rows)[-1] == ("11", ["GBR"], [])


def test_a_judgement_after_a_judgement_does_not_judge_the_first_judge() -> None:
    # "Russia praised the port . Britain condemned the move .": a praise is no move to condemn.
    rows = _act("Russia", "praised", "praise", "port", 0) + _judged("Britain", "condemned", "condemn", 5)
    assert _dyads(rows)[-1] == ("11", ["GBR"], [])


def test_a_move_is_pointed_at_only_by_a_judgement() -> None:
    # "Russia expelled the diplomat . Britain hosted the move .": a host judges nothing.
    rows = _act("Russia", "expelled", "expel", "diplomat", 0) + _act("Britain", "hosted", "host", "move", 5)
    assert [d for d in _dyads(rows) if d[0] == "04"] == [("04", ["GBR"], [])]
