"""Phrasal and prepositional verbs on hand-built parses (no model): the preposition the parser hangs on a verb's
particle ("walked out of the talks", "pushed back against Israel") is the verb's; support, criticism and withdrawal
by their phrasal verbs; and the uses of them that are no act on anyone ("withdrew from the race", "flew back to",
"stood up to scrutiny", "a party aligned with Israel")."""

from __future__ import annotations

import pytest

from tests.unit.fixtures import Row, events_in, hand_parsed


def _coded(rows: list[Row]) -> list[tuple[str, str]]:
    return [(e.cameo, e.target[0].country or "" if e.target else "") for e in events_in(hand_parsed(rows))]


def _sentence(verb: str, lemma: str, rest: list[Row]) -> list[Row]:
    """ "Egypt <verb> <rest> ." with ``rest`` given with its own heads (the subject is 0, the verb 1)."""
    return [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
        *rest,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def _out_of(verb: str, lemma: str, noun: str) -> list[Row]:
    """ "Egypt <verb> out of the <noun> with Israel .", "out" read as a preposition with no object of its own."""
    return _sentence(
        verb,
        lemma,
        [
            ("out", 1, "prep", "ADP", "IN", "out"),
            ("of", 2, "prep", "ADP", "IN", "of"),
            ("the", 5, "det", "DET", "DT", "the"),
            (noun, 3, "pobj", "NOUN", "NNS", noun),
            ("with", 5, "prep", "ADP", "IN", "with"),
            ("Israel", 6, "pobj", "PROPN", "NNP", "Israel"),
        ],
    )


@pytest.mark.parametrize(("verb", "lemma", "noun", "code"), [("walked", "walk", "talks", "164"),
                                                              ("pulled", "pull", "deal", "160")])
def test_a_preposition_hung_on_the_particle_completes_the_verb(verb: str, lemma: str, noun: str, code: str) -> None:
    # Before, "walked out of the talks" was a labour walkout (143) and "pulled out of the deal" a withdrawal of forces.
    assert _coded(_out_of(verb, lemma, noun)) == [(code, "ISR")]


def test_backing_out_of_an_event_backs_no_one() -> None:
    # "Egypt backed out of the debate with Israel .": was "backed" Israel (051).
    assert _coded(_out_of("backed", "back", "debate")) == []


def _particle_phrase(verb: str, lemma: str, particle: str, prep: str, obj: str = "Israel") -> list[Row]:
    """ "Egypt <verb> <particle> <prep> <obj> .", the preposition hanging off the particle (an adverb)."""
    pos, tag = ("PROPN", "NNP") if obj[0].isupper() else ("NOUN", "NN")
    return _sentence(
        verb,
        lemma,
        [
            (particle, 1, "advmod", "ADV", "RB", particle),
            (prep, 2, "prep", "ADP", "IN", prep),
            (obj, 3, "pobj", pos, tag, obj),
        ],
    )


def test_the_particles_preposition_names_the_target() -> None:
    # "Egypt pushed back against Israel ."
    assert _coded(_particle_phrase("pushed", "push", "back", "against")) == [("111", "ISR")]


def test_going_back_where_one_came_from_is_no_visit() -> None:
    # "Egypt flew back to Israel ." (a return), against "Egypt flew to Israel ." (a visit).
    assert _coded(_particle_phrase("flew", "fly", "back", "to")) == []
    assert _coded(_prep_phrase("flew", "fly", "to")) == [("042", "ISR")]


def _prep_phrase(verb: str, lemma: str, prep: str, obj: str = "Israel", particle: str | None = None) -> list[Row]:
    """ "Egypt <verb> [<particle>] <prep> <obj> .", the preposition on the verb."""
    pos, tag = ("PROPN", "NNP") if obj[0].isupper() else ("NOUN", "NN")
    rest: list[Row] = [(particle, 1, "prt", "ADP", "RP", particle)] if particle else []
    at = len(rest) + 2
    rest += [(prep, 1, "prep", "ADP", "IN", prep), (obj, at, "pobj", pos, tag, obj)]
    return _sentence(verb, lemma, rest)


@pytest.mark.parametrize(
    ("verb", "lemma", "particle", "prep", "code"),
    [
        ("lined", "line", "up", "behind", "051"),
        ("coalesced", "coalesce", None, "behind", "051"),
        ("stood", "stand", "up", "to", "111"),
        ("railed", "rail", None, "at", "111"),
        ("campaigned", "campaign", None, "against", "113"),
    ],
)
def test_a_phrasal_verb_of_support_or_opposition_codes_its_act(
    verb: str, lemma: str, particle: str | None, prep: str, code: str
) -> None:
    assert _coded(_prep_phrase(verb, lemma, prep, particle=particle)) == [(code, "ISR")]


def test_standing_up_to_scrutiny_acts_on_no_one() -> None:
    # "Egypt stood up to scrutiny ."
    assert _coded(_prep_phrase("stood", "stand", "to", "scrutiny", particle="up")) == []


def test_withdrawing_from_a_race_withdraws_no_forces() -> None:
    # "Egypt withdrew from the race ." was 0872.
    rest: list[Row] = [
        ("from", 1, "prep", "ADP", "IN", "from"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("race", 2, "pobj", "NOUN", "NN", "race"),
    ]
    assert _coded(_sentence("withdrew", "withdraw", rest)) == []


def test_aligning_oneself_with_someone_is_an_act_being_aligned_is_a_standing() -> None:
    # "Egypt aligned itself with Israel ." against "Egypt aligned with Israel ." (as "a party aligned with Israel").
    itself: list[Row] = [
        ("itself", 1, "dobj", "PRON", "PRP", "itself"),
        ("with", 1, "prep", "ADP", "IN", "with"),
        ("Israel", 3, "pobj", "PROPN", "NNP", "Israel"),
    ]
    assert _coded(_sentence("aligned", "align", itself)) == [("050", "ISR")]
    assert _coded(_prep_phrase("aligned", "align", "with")) == []


def test_a_finger_pointed_at_someone_accuses_them() -> None:
    # "Egypt pointed the finger at Israel ."
    rest: list[Row] = [
        ("the", 3, "det", "DET", "DT", "the"),
        ("finger", 1, "dobj", "NOUN", "NN", "finger"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("Israel", 4, "pobj", "PROPN", "NNP", "Israel"),
    ]
    assert _coded(_sentence("pointed", "point", rest)) == [("112", "ISR")]


@pytest.mark.parametrize(("noun", "code"), [("criticism", "111"), ("praise", "051")])
def test_one_singled_out_for_criticism_or_praise_is_its_target(noun: str, code: str) -> None:
    # "Egypt singled out Israel for criticism ."
    rest: list[Row] = [
        ("out", 1, "prt", "ADP", "RP", "out"),
        ("Israel", 1, "dobj", "PROPN", "NNP", "Israel"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        (noun, 4, "pobj", "NOUN", "NN", noun),
    ]
    assert _coded(_sentence("singled", "single", rest)) == [(code, "ISR")]


def test_booing_someone_derides_them() -> None:
    # "Egypt booed Israel ."
    israel: list[Row] = [("Israel", 1, "dobj", "PROPN", "NNP", "Israel")]
    assert _coded(_sentence("booed", "boo", israel)) == [("111", "ISR")]
