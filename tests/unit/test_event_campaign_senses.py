"""Campaign-trail senses of event verbs on hand-built parses (no model): a candidate who suspends a campaign,
shoots back a retort, hosts a debate or pushes a policy does nothing CAMEO codes, while the same verbs with a
person or a press as object still code their events."""

from __future__ import annotations

import pytest

from tests.unit.fixtures import Row, events_in, hand_parsed


def _clause(subject: str, verb: str, lemma: str, rest: list[tuple[str, str, str, str, str]]) -> list[Row]:
    """ "<subject> <verb> <rest> ." with every word of ``rest`` (form, dep, pos, tag, lemma) hanging off the verb,
    save a determiner or possessive, which hangs off the next word."""
    rows: list[Row] = [(subject, 1, "nsubj", "PROPN", "NNP", subject), (verb, 1, "ROOT", "VERB", "VBD", lemma)]
    for form, dep, pos, tag, word in rest:
        head = len(rows) + 1 if dep in ("det", "poss") else 1
        rows.append((form, head, dep, pos, tag, word))
    return [*rows, (".", 1, "punct", "PUNCT", ".", ".")]


def _codes(rows: list[Row]) -> list[str]:
    return [e.cameo for e in events_in(hand_parsed(rows))]


def _object(form: str, pos: str = "NOUN", tag: str = "NN") -> tuple[str, str, str, str, str]:
    return (form, "dobj", pos, tag, form.lower())


_THE = ("the", "det", "DET", "DT", "the")
_ISRAEL = _object("Israel", "PROPN", "NNP")


@pytest.mark.parametrize(
    ("subject", "verb", "lemma", "no_event", "event", "code"),
    [
        # a candidate who suspends a campaign quits a race; a state that suspends newspapers bans them
        (
            "Rubio",
            "suspended",
            "suspend",
            [("his", "poss", "PRON", "PRP$", "his"), _object("campaign")],
            [_object("newspapers", tag="NNS")],
            "172",
        ),
        # "shot back": a retort; "shot Israel": gunfire
        ("Trump", "shot", "shoot", [("back", "prt", "ADP", "RP", "back")], [_ISRAEL], "193"),
        # hosting a debate runs an event; hosting a state receives a visit
        ("Iowa", "hosted", "host", [_THE, _object("debate")], [_ISRAEL], "043"),
        # pushing a policy promotes it; pushing a state presses it
        ("Biden", "pushed", "push", [_THE, _object("policy")], [_ISRAEL], "100"),
        # offering an assessment says something; offering Israel something is an offer
        ("Rubio", "offered", "offer", [("an", "det", "DET", "DT", "an"), _object("assessment")], [_ISRAEL], "030"),
        # backing away retreats; backing Israel supports it
        ("Trump", "backed", "back", [("away", "advmod", "ADV", "RB", "away")], [_ISRAEL], "051"),
    ],
)
def test_a_campaign_trail_sense_is_no_event_while_the_verb_keeps_its_event_sense(
    subject: str,
    verb: str,
    lemma: str,
    no_event: list[tuple[str, str, str, str, str]],
    event: list[tuple[str, str, str, str, str]],
    code: str,
) -> None:
    assert _codes(_clause(subject, verb, lemma, no_event)) == []
    assert _codes(_clause("Egypt", verb, lemma, event)) == [code]


def test_crediting_something_to_a_cause_praises_nobody() -> None:
    # "Israel credited the calm to Egypt ."
    rows: list[Row] = [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("credited", 1, "ROOT", "VERB", "VBD", "credit"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("calm", 1, "dobj", "NOUN", "NN", "calm"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Egypt", 4, "pobj", "PROPN", "NNP", "Egypt"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) == []
    assert _codes(_clause("Egypt", "credited", "credit", [_ISRAEL])) == ["051"]


def _stood_by(last: tuple[str, str, str, str]) -> list[Row]:
    """ "Obama stood by <last> ." with ``last`` (form, pos, tag, lemma) the object of "by"."""
    form, pos, tag, lemma = last
    return [
        ("Obama", 1, "nsubj", "PROPN", "NNP", "Obama"),
        ("stood", 1, "ROOT", "VERB", "VBD", "stand"),
        ("by", 1, "prep", "ADP", "IN", "by"),
        (form, 2, "pobj", pos, tag, lemma),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_standing_by_someones_side_is_being_there() -> None:
    assert _codes(_stood_by(("side", "NOUN", "NN", "side"))) == []
    assert _codes(_stood_by(("Israel", "PROPN", "NNP", "Israel"))) == ["051"]
