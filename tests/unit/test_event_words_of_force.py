"""Words of force aimed at those who campaign are words, on hand-built parses (no model): "Republicans continued their
assault on Democrats" and "ads attacking the Republican nominee" are criticism (111), not force (190)."""

from __future__ import annotations

from tests.unit.fixtures import Row, events_in, hand_parsed


def _dyads(rows: list[Row]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.cameo, [r.code for r in e.source], [r.code for r in e.target]) for e in events_in(hand_parsed(rows))]


def test_an_assault_between_parties_is_one_of_words() -> None:
    # "Republicans continued their assault on Democrats ."
    rows: list[Row] = [
        ("Republicans", 1, "nsubj", "PROPN", "NNPS", "Republicans"),
        ("continued", 1, "ROOT", "VERB", "VBD", "continue"),
        ("their", 3, "poss", "PRON", "PRP$", "their"),
        ("assault", 1, "dobj", "NOUN", "NN", "assault"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Democrats", 4, "pobj", "PROPN", "NNPS", "Democrats"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(rows) == [("111", ["USAPTY"], ["USAPTY"])]


def test_an_attack_with_no_attacker_on_a_party_nominee_is_one_of_words() -> None:
    # "Ads attacking the Republican nominee aired .": the nominee, linked to no one named, is a political figure
    rows: list[Row] = [
        ("Ads", 5, "nsubj", "NOUN", "NNS", "ad"),
        ("attacking", 0, "acl", "VERB", "VBG", "attack"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("Republican", 4, "amod", "ADJ", "JJ", "republican"),
        ("nominee", 1, "dobj", "NOUN", "NN", "nominee"),
        ("aired", 5, "ROOT", "VERB", "VBD", "air"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(rows) == [("111", [], ["USAELI"])]


def test_a_candidates_attacks_on_a_people_are_words() -> None:
    # "The Republican front-runner 's attacks on Muslims worried voters .": a candidate (a political figure, linked
    # to no one named: not the party) attacks with words whomever he aims at, a religious group too.
    rows: list[Row] = [
        ("The", 2, "det", "DET", "DT", "the"),
        ("Republican", 2, "amod", "ADJ", "JJ", "republican"),
        ("front-runner", 4, "poss", "NOUN", "NN", "front-runner"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("attacks", 7, "nsubj", "NOUN", "NNS", "attack"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("Muslims", 5, "pobj", "PROPN", "NNPS", "Muslims"),
        ("worried", 7, "ROOT", "VERB", "VBD", "worry"),
        ("voters", 7, "dobj", "NOUN", "NNS", "voter"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(rows) == [("111", ["USAELI"], ["USAREL"])]


def test_a_battle_with_a_rival_over_no_issue_is_a_race() -> None:
    # "Clinton battled Trump for second place .": two who campaign, fighting over no issue, run a race; no event.
    rows: list[Row] = [
        ("Clinton", 1, "nsubj", "PROPN", "NNP", "Clinton"),
        ("battled", 1, "ROOT", "VERB", "VBD", "battle"),
        ("Trump", 1, "dobj", "PROPN", "NNP", "Trump"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("second", 5, "amod", "ADJ", "JJ", "second"),
        ("place", 3, "pobj", "NOUN", "NN", "place"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(rows) == []


def test_a_battle_with_a_rival_over_an_issue_is_criticism() -> None:
    # "Clinton battled Trump over immigration .": a quarrel over an issue is one of words (111).
    rows: list[Row] = [
        ("Clinton", 1, "nsubj", "PROPN", "NNP", "Clinton"),
        ("battled", 1, "ROOT", "VERB", "VBD", "battle"),
        ("Trump", 1, "dobj", "PROPN", "NNP", "Trump"),
        ("over", 1, "prep", "ADP", "IN", "over"),
        ("immigration", 3, "pobj", "NOUN", "NN", "immigration"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(rows) == [("111", ["USAELI"], ["USAGOV"])]
