"""Protest, coercion and violence on hand-built parses (no model): natural hazards are nobody, protest
phrasing ("staged a sit-in", "went on a hunger strike", "launched a general strike") and killing "to death"."""

from __future__ import annotations

import pytest

from telex.events.filters import by_hazard
from telex.events.patterns import VerbPattern, match_verb
from tests.unit.fixtures import Row, events_in, hand_parsed

# "Typhoon Haima flattened homes in Luzon ."
TYPHOON: list[Row] = [
    ("Typhoon", 1, "compound", "PROPN", "NNP", "Typhoon"),
    ("Haima", 2, "nsubj", "PROPN", "NNP", "Haima"),
    ("flattened", 2, "ROOT", "VERB", "VBD", "flatten"),
    ("homes", 2, "dobj", "NOUN", "NNS", "home"),
    ("in", 2, "prep", "ADP", "IN", "in"),
    ("Luzon", 4, "pobj", "PROPN", "NNP", "Luzon"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "Heavy rain battered Chittagong , destroying villages ."
RAIN: list[Row] = [
    ("Heavy", 1, "amod", "ADJ", "JJ", "heavy"),
    ("rain", 2, "nsubj", "NOUN", "NN", "rain"),
    ("battered", 2, "ROOT", "VERB", "VBD", "batter"),
    ("Chittagong", 2, "dobj", "PROPN", "NNP", "Chittagong"),
    (",", 2, "punct", "PUNCT", ",", ","),
    ("destroying", 2, "advcl", "VERB", "VBG", "destroy"),
    ("villages", 5, "dobj", "NOUN", "NNS", "village"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "Rebels destroyed villages in Darfur ."
REBELS: list[Row] = [
    ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
    ("destroyed", 1, "ROOT", "VERB", "VBD", "destroy"),
    ("villages", 1, "dobj", "NOUN", "NNS", "village"),
    ("in", 1, "prep", "ADP", "IN", "in"),
    ("Darfur", 3, "pobj", "PROPN", "NNP", "Darfur"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_natural_hazard_is_nobody_even_when_named_or_through_a_participle() -> None:
    typhoon, rain, rebels = hand_parsed(TYPHOON), hand_parsed(RAIN), hand_parsed(REBELS)
    assert by_hazard(typhoon[2])
    assert by_hazard(rain[2]) and by_hazard(rain[5])
    assert not by_hazard(rebels[1])
    assert events_in(typhoon) == [] and events_in(rain) == []


def _roots(rows: list[Row]) -> list[str]:
    return [e.cameo for e in events_in(hand_parsed(rows))]


def test_a_sit_in_staged_is_a_protest() -> None:
    # "Students staged a sit - in at Dhaka University ." (the tagger's lemma of "staged" is "stag")
    rows: list[Row] = [
        ("Students", 1, "nsubj", "NOUN", "NNS", "student"),
        ("staged", 1, "ROOT", "VERB", "VBD", "stag"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("sit", 5, "compound", "NOUN", "NN", "sit"),
        ("-", 5, "punct", "PUNCT", "HYPH", "-"),
        ("in", 1, "dobj", "NOUN", "NN", "in"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Bangladesh", 6, "pobj", "PROPN", "NNP", "Bangladesh"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _roots(rows) == ["141"]


def test_a_hunger_strike_gone_on_is_a_hunger_strike() -> None:
    # "Prisoners in Bahrain went on a hunger strike ."
    rows: list[Row] = [
        ("Prisoners", 3, "nsubj", "NOUN", "NNS", "prisoner"),
        ("in", 0, "prep", "ADP", "IN", "in"),
        ("Bahrain", 1, "pobj", "PROPN", "NNP", "Bahrain"),
        ("went", 3, "ROOT", "VERB", "VBD", "go"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("hunger", 7, "compound", "NOUN", "NN", "hunger"),
        ("strike", 4, "pobj", "NOUN", "NN", "strike"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert _roots(rows) == ["142"]


def test_a_general_strike_launched_is_a_strike_not_an_air_strike() -> None:
    # "Unions in Chile launched a general strike ."
    rows: list[Row] = [
        ("Unions", 3, "nsubj", "NOUN", "NNS", "union"),
        ("in", 0, "prep", "ADP", "IN", "in"),
        ("Chile", 1, "pobj", "PROPN", "NNP", "Chile"),
        ("launched", 3, "ROOT", "VERB", "VBD", "launch"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("general", 6, "amod", "ADJ", "JJ", "general"),
        ("strike", 3, "dobj", "NOUN", "NN", "strike"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert [c[:3] for c in _roots(rows)] == ["143"]


def test_hacked_to_death_is_a_killing_by_assault() -> None:
    # "Militants hacked to death five villagers in Congo ."
    rows: list[Row] = [
        ("Militants", 1, "nsubj", "NOUN", "NNS", "militant"),
        ("hacked", 1, "ROOT", "VERB", "VBD", "hack"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("death", 2, "pobj", "NOUN", "NN", "death"),
        ("five", 5, "nummod", "NUM", "CD", "five"),
        ("villagers", 1, "dobj", "NOUN", "NNS", "villager"),
        ("in", 5, "prep", "ADP", "IN", "in"),
        ("Congo", 6, "pobj", "PROPN", "NNP", "Congo"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _roots(rows) == ["1823"]


@pytest.mark.parametrize(
    ("verb", "lemma"), [("erupted", "erupt"), ("broke", "break"), ("occurred", "occur"), ("persisted", "persist")]
)
def test_the_parties_of_clashes_that_happened_hang_off_the_verb(verb: str, lemma: str) -> None:
    # "Clashes <erupted> between Armenia and Azerbaijan ." ("broke out" with its particle: "broke" is enough here)
    rows: list[Row] = [
        ("Clashes", 1, "nsubj", "NOUN", "NNS", "clash"),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
        ("between", 1, "prep", "ADP", "IN", "between"),
        ("Armenia", 2, "pobj", "PROPN", "NNP", "Armenia"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("Azerbaijan", 3, "conj", "PROPN", "NNP", "Azerbaijan"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    events = events_in(hand_parsed(rows))
    assert [e.cameo[:2] for e in events] and {e.cameo[:2] for e in events} == {"19"}
    assert {a.country for e in events for a in e.source + e.target} == {"ARM", "AZE"}


# "Lawmakers in Kenya walked out of parliament in protest ." ("out" parsed as a preposition with no object)
WALKOUT: list[Row] = [
    ("Lawmakers", 3, "nsubj", "NOUN", "NNS", "lawmaker"),
    ("in", 0, "prep", "ADP", "IN", "in"),
    ("Kenya", 1, "pobj", "PROPN", "NNP", "Kenya"),
    ("walked", 3, "ROOT", "VERB", "VBD", "walk"),
    ("out", 3, "prep", "ADP", "IN", "out"),
    ("of", 4, "prep", "ADP", "IN", "of"),
    ("parliament", 5, "pobj", "NOUN", "NN", "parliament"),
    ("in", 3, "prep", "ADP", "IN", "in"),
    ("protest", 7, "pobj", "NOUN", "NN", "protest"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def test_walking_out_is_a_walkout_though_parsed_as_a_preposition() -> None:
    assert _roots(WALKOUT) == ["143"]


def test_an_act_in_protest_is_a_protest_by_its_doer() -> None:
    # "Traders in Kenya closed their shops in protest ."
    rows: list[Row] = [
        ("Traders", 3, "nsubj", "NOUN", "NNS", "trader"),
        ("in", 0, "prep", "ADP", "IN", "in"),
        ("Kenya", 1, "pobj", "PROPN", "NNP", "Kenya"),
        ("closed", 3, "ROOT", "VERB", "VBD", "close"),
        ("their", 5, "poss", "PRON", "PRP$", "their"),
        ("shops", 3, "dobj", "NOUN", "NNS", "shop"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("protest", 6, "pobj", "NOUN", "NN", "protest"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    events = events_in(hand_parsed(rows))
    assert [e.cameo for e in events] == ["141"]
    assert [a.country for a in events[0].source] == ["KEN"]


def test_in_march_is_a_month_not_a_protest() -> None:
    # "Trump spoke in Iowa in March ."
    rows: list[Row] = [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Iowa", 2, "pobj", "PROPN", "NNP", "Iowa"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("March", 4, "pobj", "PROPN", "NNP", "March"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _roots(rows) == []


def test_protest_and_violence_rows_by_class() -> None:
    def code(found: VerbPattern | None) -> str | None:
        return found.code if found else None

    assert code(match_verb("set", particles={"ablaze"})) == "171"
    assert code(match_verb("lay", objects={"siege"})) == "191"
    assert code(match_verb("go", preps={"on": {"rampage"}})) == "145"
    assert code(match_verb("go", preps={"on": {"hunger strike"}})) == "142"
    assert code(match_verb("launch", objects={"general strike"})) == "143"
    assert code(match_verb("chant", objects={"slogans"})) == "141"
    assert code(match_verb("disperse", objects={"marchers"})) == "175"
    assert code(match_verb("hack", preps={"to": {"death"}})) == "1823"


# "Protesters blockaded the highway to protest the law ."
BLOCKADE: list[Row] = [
    ("Protesters", 1, "nsubj", "NOUN", "NNS", "protester"),
    ("blockaded", 1, "ROOT", "VERB", "VBD", "blockade"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("highway", 1, "dobj", "NOUN", "NN", "highway"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("protest", 1, "advcl", "VERB", "VB", "protest"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("law", 5, "dobj", "NOUN", "NN", "law"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# "Gunmen stormed the hotel , killing guests ."
STORMED: list[Row] = [
    ("Gunmen", 1, "nsubj", "NOUN", "NNS", "gunman"),
    ("stormed", 1, "ROOT", "VERB", "VBD", "storm"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("hotel", 1, "dobj", "NOUN", "NN", "hotel"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("killing", 1, "advcl", "VERB", "VBG", "kill"),
    ("guests", 5, "dobj", "NOUN", "NNS", "guest"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_purpose_of_the_acts_own_kind_restates_it_and_a_participle_is_a_second_act() -> None:
    blockade = events_in(hand_parsed(BLOCKADE))
    assert [e.cameo_root for e in blockade] == ["14"]
    assert blockade[0].trigger.text.endswith("protest the law")
    stormed = events_in(hand_parsed(STORMED))
    assert sum(e.mentions for e in stormed) == 2 and all("killing" not in e.trigger.text for e in stormed)


# "Hundreds of farmers blockaded the highway ."
HUNDREDS: list[Row] = [
    ("Hundreds", 3, "nsubj", "NOUN", "NNS", "hundred"),
    ("of", 0, "prep", "ADP", "IN", "of"),
    ("farmers", 1, "pobj", "NOUN", "NNS", "farmer"),
    ("blockaded", 3, "ROOT", "VERB", "VBD", "blockade"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("highway", 3, "dobj", "NOUN", "NN", "highway"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def test_the_people_a_quantity_counts_are_the_actor() -> None:
    events = events_in(hand_parsed(HUNDREDS))
    assert [(e.cameo_root, [s.sector for s in e.source]) for e in events] == [("14", ["AGR"])]


def _egypt(verb: str, lemma: str, words: list[Row]) -> list[str]:
    # "Egypt <verb> <words> .": the codes of its events, ``words`` hanging off the verb (index 1).
    rows: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
        *words,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    return [e.cameo for e in events_in(hand_parsed(rows))]


def test_fighting_an_ill_of_society_is_no_use_of_force() -> None:
    # "Egypt fought terrorism ." / "Egypt fought against corruption ." / "Egypt fought the rebels ."
    def fought(words: list[Row]) -> list[str]:
        return _egypt("fought", "fight", words)

    assert fought([("terrorism", 1, "dobj", "NOUN", "NN", "terrorism")]) == []
    against: list[Row] = [
        ("against", 1, "prep", "ADP", "IN", "against"),
        ("corruption", 2, "pobj", "NOUN", "NN", "corruption"),
    ]
    assert fought(against) == []
    assert fought([("the", 3, "det", "DET", "DT", "the"), ("rebels", 1, "dobj", "NOUN", "NNS", "rebel")]) == ["190"]
    assert match_verb("combat", (), {"climate change", "change"}) is None


def test_seizing_on_something_is_making_use_of_it_not_a_seizure() -> None:
    # "Egypt seized on the remarks ." / "Egypt seized the ship ."
    def seized(words: list[Row]) -> list[str]:
        return _egypt("seized", "seize", words)

    on: list[Row] = [
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("remarks", 2, "pobj", "NOUN", "NNS", "remark"),
    ]
    assert seized(on) == []
    # Seizing a thing stays coercion (a ship taken is a hijacking, 181).
    assert seized([("the", 3, "det", "DET", "DT", "the"), ("ship", 1, "dobj", "NOUN", "NN", "ship")]) == ["181"]
