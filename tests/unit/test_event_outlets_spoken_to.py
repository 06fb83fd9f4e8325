"""An outlet a statement is told to is the channel it passes through, not whom it is aimed at (hand-built parses, no
model)."""

from __future__ import annotations

from tests.unit.fixtures import Row, events_in, hand_parsed


def _spoke_with(partner: list[Row]) -> list[Row]:
    # "Erdogan spoke with <partner> ."
    return [
        ("Erdogan", 1, "nsubj", "PROPN", "NNP", "Erdogan"),
        ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
        ("with", 1, "prep", "ADP", "IN", "with"),
        *partner,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def _targets(rows: list[Row]) -> list[list[str | None]]:
    return [[t.code for t in e.target] for e in events_in(hand_parsed(rows)) if e.cameo == "040"]


def test_speaking_with_a_leader_consults_the_leader() -> None:
    assert _targets(_spoke_with([("Merkel", 2, "pobj", "PROPN", "NNP", "Merkel")])) == [["DEUGOV"]]


def test_speaking_with_a_news_agency_consults_no_one() -> None:
    assert _targets(_spoke_with([("Reuters", 2, "pobj", "PROPN", "NNP", "Reuters")])) == []



def test_speaking_with_an_outlet_and_a_leader_consults_the_leader() -> None:
    # "Erdogan spoke with Reuters and Merkel .": the outlet among the phrase's actors is the channel, the leader is
    # consulted.
    partner: list[Row] = [
        ("Reuters", 2, "pobj", "PROPN", "NNP", "Reuters"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("Merkel", 3, "conj", "PROPN", "NNP", "Merkel"),
    ]
    assert _targets(_spoke_with(partner)) == [["DEUGOV"]]
