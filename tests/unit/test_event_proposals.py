"""An act named inside a proposal, plan or call is proposed, not done (hand-built parses, no model)."""

from __future__ import annotations

from telex.events.filters import proposal_of
from telex.records import Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _coded(events: list[Event]) -> list[tuple[str, str, list[str | None], list[str | None]]]:
    return [(e.cameo, e.modality, [a.code for a in e.source], [a.code for a in e.target]) for e in events]


def _plan(owner: list[Row], noun: str, lemma: str) -> list[Row]:
    """ "Germany criticized <owner> <noun> to attack Ukraine .", the owner's words hung on the noun."""
    at = 2 + len(owner)
    rows: list[Row] = [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
    ]
    rows += [(w, at if h < 0 else h, d, p, t, lm) for w, h, d, p, t, lm in owner]
    return [
        *rows,
        (noun, 1, "dobj", "NOUN", "NN", lemma),
        ("to", at + 2, "aux", "PART", "TO", "to"),
        ("attack", at, "acl", "VERB", "VB", "attack"),
        ("Ukraine", at + 2, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


_RUSSIAS: list[Row] = [("Russia", -1, "poss", "PROPN", "NNP", "Russia"), ("'s", 2, "case", "PART", "POS", "'s")]


def test_an_act_in_someones_plan_is_a_mention_of_the_plan_not_an_event() -> None:
    doc = hand_parsed(_plan(_RUSSIAS, "plan", "plan"))
    assert proposal_of(doc[6]) == doc[4]
    assert [e.cameo[:2] for e in events_in(doc)] == ["11"]


def test_an_act_in_someones_call_is_no_event_either() -> None:
    doc = hand_parsed(_plan(_RUSSIAS, "call", "call"))
    assert all(e.cameo[:2] not in ("19", "13") for e in events_in(doc))


def test_a_noun_that_proposes_nothing_makes_no_proposal() -> None:
    doc = hand_parsed(_plan([("the", -1, "det", "DET", "DT", "the")], "report", "report"))
    assert proposal_of(doc[5]) is None


def test_a_proposed_act_is_intended_and_the_proposer_threatens_the_one_it_is_aimed_at() -> None:
    # "Russia proposed attacking Ukraine ."
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("proposed", 1, "ROOT", "VERB", "VBD", "propose"),
        ("attacking", 1, "xcomp", "VERB", "VBG", "attack"),
        ("Ukraine", 2, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [(c[:2], m, s, t) for c, m, s, t in _coded(events_in(hand_parsed(rows)))] == [
        ("13", "intended", ["RUS"], ["UKR"])
    ]


def test_a_proposed_act_named_by_its_participle_is_no_event() -> None:
    # "Germany opposed the proposed Russian attack on Ukraine ."
    rows: list[Row] = [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("opposed", 1, "ROOT", "VERB", "VBD", "oppose"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("proposed", 5, "amod", "VERB", "VBN", "propose"),
        ("Russian", 5, "amod", "ADJ", "JJ", "russian"),
        ("attack", 1, "dobj", "NOUN", "NN", "attack"),
        ("on", 5, "prep", "ADP", "IN", "on"),
        ("Ukraine", 6, "pobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    assert proposal_of(doc[5]) == doc[5]
    assert all(e.cameo[:2] != "19" for e in events_in(doc))


def test_a_gerund_after_for_is_the_proposal_s_act_too() -> None:
    # "Germany criticized Russia's proposal for attacking Ukraine .": the gerund hangs off "for" as its clause.
    rows: list[Row] = [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
        ("Russia", 4, "poss", "PROPN", "NNP", "Russia"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("proposal", 1, "dobj", "NOUN", "NN", "proposal"),
        ("for", 4, "prep", "ADP", "IN", "for"),
        ("attacking", 5, "pcomp", "VERB", "VBG", "attack"),
        ("Ukraine", 6, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    assert proposal_of(doc[6]) == doc[4]
    assert [e.cameo[:2] for e in events_in(doc)] == ["11"]
