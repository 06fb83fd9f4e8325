"""Intended acts take CAMEO's "express intent" codes, dated by the day the intent was said; an event noun carried by
a verb that only says it goes on takes that verb's modality."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Span

from telex.events.patterns import compose
from telex.records import Event
from tests.unit.fixtures import Row, events_in, hand_parsed


@pytest.mark.parametrize(
    ("governor", "code", "expected"),
    [
        # An intended act takes the intent code CAMEO pairs with it; the three-digit pair wins over the root's.
        ("intended", "040", "036"),
        ("intended", "045", "039"),
        ("intended", "072", "0332"),
        ("intended", "0331", None),
        ("intended", "070", "033"),
        ("intended", "083", "034"),
        ("intended", "0841", "0353"),
        ("03", "074", "0334"),
        # A threat to act is the threat CAMEO pairs with the act.
        ("intended", "166", "136"),
        ("13", "191", "1381"),
        ("13", "190", "1384"),
        ("intended", "183", "1383"),
        ("13", "163", "1312"),
        # Governors with no three-digit rows keep the root's code.
        ("negated", "072", "122"),
        ("02", "073", "023"),
        ("intended", "010", None),
    ],
)
def test_an_intended_act_takes_the_intent_code_cameo_pairs_with_it(
    governor: str, code: str, expected: str | None
) -> None:
    assert compose(governor, code) == expected


def _egypt_said(clause: list[Row]) -> list[Row]:
    """ "Egypt said <clause> ." (the clause rows' heads count from the sentence start)."""
    return [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        *clause,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def _went_ahead(auxiliaries: list[Row], verb: str) -> list[Event]:
    """ "Egypt said that it <auxiliaries> <verb> ahead with Israeli meeting ." """
    go = 4 + len(auxiliaries)
    rows = _egypt_said(
        [
            ("that", go, "mark", "SCONJ", "IN", "that"),
            ("it", go, "nsubj", "PRON", "PRP", "it"),
            *auxiliaries,
            (verb, 1, "ccomp", "VERB", "VB" if auxiliaries else "VBD", "go"),
            ("ahead", go, "advmod", "ADV", "RB", "ahead"),
            ("with", go, "prep", "ADP", "IN", "with"),
            ("Israeli", go + 4, "amod", "ADJ", "JJ", "israeli"),
            ("meeting", go + 2, "pobj", "NOUN", "NN", "meeting"),
        ]
    )
    return events_in(hand_parsed(rows))


def test_a_meeting_an_actor_says_it_will_go_ahead_with_is_an_intent_to_meet() -> None:
    held = _went_ahead([], "went")
    assert [(e.cameo_root, e.modality) for e in held] == [("04", "asserted")]
    intended = _went_ahead([("would", 5, "aux", "AUX", "MD", "would")], "go")
    assert [(e.cameo, e.modality) for e in intended] == [("036", "intended")]
    refused = _went_ahead([("would", 6, "aux", "AUX", "MD", "would"), ("not", 6, "neg", "PART", "RB", "not")], "go")
    assert [(e.cameo, e.modality) for e in refused] == [("125", "asserted")]


def _will_meet(said_on: bool, when: str) -> list[Event]:
    """ "Egypt said [Wednesday] it will meet Israel in/on <when> ." published on Thursday 2024-06-20."""
    day: list[Row] = [("Wednesday", 1, "npadvmod", "PROPN", "NNP", "Wednesday")] if said_on else []
    meet = 4 + len(day)
    rows = _egypt_said(
        [
            *day,
            ("it", meet, "nsubj", "PRON", "PRP", "it"),
            ("will", meet, "aux", "AUX", "MD", "will"),
            ("meet", 1, "ccomp", "VERB", "VB", "meet"),
            ("Israel", meet, "dobj", "PROPN", "NNP", "Israel"),
            *[(p, meet, "prep", "ADP", "IN", p) for p in ["on" if when.endswith("day") else "in"]],
            (when, meet + 2, "pobj", "PROPN", "NNP", when),
        ]
    )
    doc = hand_parsed(rows)
    doc.ents = [Span(doc, i, i + 1, label="DATE") for i, row in enumerate(rows) if row[0] in ("Wednesday", when)]
    return events_in(doc, date(2024, 6, 20))


def test_an_intent_is_dated_by_the_day_it_was_said_not_the_day_it_names() -> None:
    said = _will_meet(True, "Friday")
    assert [(e.cameo, e.date, e.date_text) for e in said] == [("036", "2024-06-19", "Wednesday")]
    undated = _will_meet(False, "July")
    assert [(e.cameo, e.date, e.date_source) for e in undated] == [("036", "2024-06-20", "published")]


def _plans(second: list[Row]) -> list[Event]:
    """Events of "Russia plans to visit Syria and <second> Turkey .", the second verb's rows heading at "visit" (3)."""
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("plans", 1, "ROOT", "VERB", "VBZ", "plan"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("visit", 1, "xcomp", "VERB", "VB", "visit"),
        ("Syria", 3, "dobj", "PROPN", "NNP", "Syria"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        *second,
        ("Turkey", 6 + len(second) - 1, "dobj", "PROPN", "NNP", "Turkey"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    return events_in(hand_parsed(rows, places=frozenset({0, 4, 6 + len(second)})))


def test_a_bare_verb_coordinated_with_a_planned_act_is_planned_too() -> None:
    # "Russia plans to visit Syria and attack Turkey .": the attack is planned, as the visit is.
    attack = [e for e in _plans([("attack", 3, "conj", "VERB", "VB", "attack")]) if e.trigger.text == "attack"]
    assert attack and all(e.modality == "intended" for e in attack)


def test_a_verb_with_a_tense_of_its_own_is_not_governed_by_the_plan() -> None:
    # "Russia plans to visit Syria and has attacked Turkey .": the attack is told as done (a parse that hangs it on
    # the infinitive).
    second = [("has", 7, "aux", "AUX", "VBZ", "have"), ("attacked", 3, "conj", "VERB", "VBN", "attack")]
    attack = [e for e in _plans(second) if e.trigger.text == "attacked"]
    assert attack and all(e.modality == "asserted" for e in attack)
