"""Support got from another and criticism taken, named by nouns that name an act only so (hand-built parses, no
model): "won the backing of", "has the support of", "came under fire from", "took flak from"."""

from __future__ import annotations

from telex.events.patterns import PERSON, match_verb
from telex.records import Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _dyads(events: list[Event]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events]


def _got(verb: str, lemma: str, noun: str, giver: list[Row]) -> list[Row]:
    # "Putin <verb> the <noun> of <giver> ."
    rows: list[Row] = [
        ("Putin", 1, "nsubj", "PROPN", "NNP", "Putin"),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
        ("the", 3, "det", "DET", "DT", "the"),
        (noun, 1, "dobj", "NOUN", "NN", noun),
        ("of", 3, "prep", "ADP", "IN", "of"),
    ]
    return [*rows, *giver, (".", 1, "punct", "PUNCT", ".", ".")]


_CHINA: list[Row] = [("China", 4, "pobj", "PROPN", "NNP", "China")]


def test_support_won_from_another_is_the_givers_endorsement() -> None:
    # "Putin won the backing of China ."
    events = events_in(hand_parsed(_got("won", "win", "backing", _CHINA)))
    assert _dyads(events) == [("051", ["CHN"], ["RUSGOV"])]


def test_support_had_from_another_is_the_givers_endorsement() -> None:
    # "Putin has the support of China ."
    events = events_in(hand_parsed(_got("has", "have", "support", _CHINA)))
    assert _dyads(events) == [("051", ["CHN"], ["RUSGOV"])]


def test_support_of_a_share_of_voters_is_a_poll() -> None:
    # "Putin has the support of 40 percent of voters ."
    giver: list[Row] = [
        ("40", 6, "nummod", "NUM", "CD", "40"),
        ("percent", 4, "pobj", "NOUN", "NN", "percent"),
        ("of", 6, "prep", "ADP", "IN", "of"),
        ("voters", 7, "pobj", "NOUN", "NNS", "voter"),
    ]
    assert events_in(hand_parsed(_got("has", "have", "support", giver))) == []


def test_support_with_no_giver_got_is_no_event() -> None:
    # "China's support for Putin surprised nobody ."
    rows: list[Row] = [
        ("China", 2, "poss", "PROPN", "NNP", "China"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("support", 5, "nsubj", "NOUN", "NN", "support"),
        ("for", 2, "prep", "ADP", "IN", "for"),
        ("Putin", 3, "pobj", "PROPN", "NNP", "Putin"),
        ("surprised", 5, "ROOT", "VERB", "VBD", "surprise"),
        ("nobody", 5, "dobj", "PRON", "NN", "nobody"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    assert events_in(hand_parsed(rows)) == []


def _under_fire(subject: Row) -> list[Row]:
    # "<subject> came under fire from Germany ."
    return [
        subject,
        ("came", 1, "ROOT", "VERB", "VBD", "come"),
        ("under", 1, "prep", "ADP", "IN", "under"),
        ("fire", 2, "pobj", "NOUN", "NN", "fire"),
        ("from", 1, "prep", "ADP", "IN", "from"),
        ("Germany", 4, "pobj", "PROPN", "NNP", "Germany"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_person_under_fire_from_another_is_criticised() -> None:
    events = events_in(hand_parsed(_under_fire(("Putin", 1, "nsubj", "PROPN", "NNP", "Putin")), people=frozenset({0})))
    assert _dyads(events) == [("111", ["DEU"], ["RUSGOV"])]


def test_a_convoy_under_fire_is_not_criticised() -> None:
    events = events_in(hand_parsed(_under_fire(("convoy", 1, "nsubj", "NOUN", "NN", "convoy"))))
    assert [e for e in events if e.cameo == "111"] == []


def test_flak_taken_from_another_is_their_criticism() -> None:
    # "Putin took flak from Germany ."
    rows: list[Row] = [
        ("Putin", 1, "nsubj", "PROPN", "NNP", "Putin"),
        ("took", 1, "ROOT", "VERB", "VBD", "take"),
        ("flak", 1, "dobj", "NOUN", "NN", "flak"),
        ("from", 1, "prep", "ADP", "IN", "from"),
        ("Germany", 3, "pobj", "PROPN", "NNP", "Germany"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(events_in(hand_parsed(rows))) == [("111", ["DEU"], ["RUSGOV"])]


def test_support_given_to_a_person_is_an_endorsement_not_aid() -> None:
    # "gave his support to Clinton", "pledged their support to Clinton"; "pledged its support to Ukraine" stays a
    # promise of aid.
    given = match_verb("give", objects={"support"}, preps={"to": {PERSON, "clinton"}})
    pledged = match_verb("pledge", objects={"support"}, preps={"to": {PERSON, "clinton"}})
    assert given is not None and given.code == "051"
    assert pledged is not None and pledged.code == "051"
    to_state = match_verb("pledge", objects={"support"}, preps={"to": {"ukraine"}})
    assert to_state is not None and to_state.code == "033"
