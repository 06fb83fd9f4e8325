"""A participle beside a promise or a threat, on hand-built parses (no model): an act of its own, done as the promise
is made ("Huckabee agreed, praising his former opponent"), not the act promised, which an infinitive takes in."""

from __future__ import annotations

from tests.unit.fixtures import Row, events_in, hand_parsed


def test_a_participle_beside_an_agreement_is_an_act_of_its_own_and_done() -> None:
    # "Egypt agreed , praising Israel .": the praise was given, not promised (no 032 intended).
    rows: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("praising", 1, "advcl", "VERB", "VBG", "praise"),
        ("Israel", 3, "dobj", "PROPN", "NNP", "Israel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    found = [(e.cameo, e.modality) for e in events_in(hand_parsed(rows))]
    assert ("051", "asserted") in found
    assert all(modality != "intended" for _, modality in found)


def test_a_participle_beside_a_threat_is_an_act_of_its_own() -> None:
    # "Egypt warned Israel , accusing Iran .": a warning (130) and an accusation (112), not one warning.
    rows: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
        ("Israel", 1, "dobj", "PROPN", "NNP", "Israel"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("accusing", 1, "advcl", "VERB", "VBG", "accuse"),
        ("Iran", 4, "dobj", "PROPN", "NNP", "Iran"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert sorted(e.cameo[:2] for e in events_in(hand_parsed(rows))) == ["11", "13"]
