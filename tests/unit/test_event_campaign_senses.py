"""Campaign-trail senses of event verbs on hand-built parses (no model): a candidate who suspends a campaign,
shoots back a retort, hosts a debate or pushes a policy does nothing CAMEO codes, while the same verbs with a
person or a press as object still code their events."""

from __future__ import annotations

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


def test_suspending_a_campaign_is_no_ban() -> None:
    his = ("his", "poss", "PRON", "PRP$", "his")
    assert _codes(_clause("Rubio", "suspended", "suspend", [his, _object("campaign")])) == []
    assert _codes(_clause("Egypt", "suspended", "suspend", [_object("newspapers", tag="NNS")])) == ["172"]


def test_shooting_back_is_a_retort_not_gunfire() -> None:
    back = ("back", "prt", "ADP", "RP", "back")
    assert _codes(_clause("Trump", "shot", "shoot", [back])) == []
    assert _codes(_clause("Syria", "shot", "shoot", [_object("Turkey", "PROPN", "NNP")])) == ["193"]


def test_hosting_a_debate_is_no_visit_received() -> None:
    the = ("the", "det", "DET", "DT", "the")
    assert _codes(_clause("Iowa", "hosted", "host", [the, _object("debate")])) == []
    assert _codes(_clause("Egypt", "hosted", "host", [_object("Israel", "PROPN", "NNP")])) == ["043"]


def test_pushing_a_policy_is_no_demand() -> None:
    the = ("the", "det", "DET", "DT", "the")
    assert _codes(_clause("Biden", "pushed", "push", [the, _object("policy")])) == []
    assert _codes(_clause("Russia", "pushed", "push", [_object("Ukraine", "PROPN", "NNP")])) == ["100"]
