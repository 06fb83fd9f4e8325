"""Protest, coercion and violence on hand-built parses (no model): natural hazards are nobody, protest
phrasing ("staged a sit-in", "went on a hunger strike", "launched a general strike") and killing "to death"."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from telex.events.candidate import Candidate
from telex.events.filters import by_hazard
from telex.events.patterns import ARMED, PLACE, VerbPattern, match_verb
from telex.events.recoding import _took_toll
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


# "A gas explosion destroyed a building in Moscow ."
GAS_EXPLOSION: list[Row] = [
    ("A", 2, "det", "DET", "DT", "a"),
    ("gas", 2, "compound", "NOUN", "NN", "gas"),
    ("explosion", 3, "nsubj", "NOUN", "NN", "explosion"),
    ("destroyed", 3, "ROOT", "VERB", "VBD", "destroy"),
    ("a", 5, "det", "DET", "DT", "a"),
    ("building", 3, "dobj", "NOUN", "NN", "building"),
    ("in", 3, "prep", "ADP", "IN", "in"),
    ("Moscow", 6, "pobj", "PROPN", "NNP", "Moscow"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def _blast_at(place: str, lemma: str) -> list[Row]:
    # "An explosion at a <place> in China killed 40 workers ."
    return [
        ("An", 1, "det", "DET", "DT", "an"),
        ("explosion", 7, "nsubj", "NOUN", "NN", "explosion"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("a", 4, "det", "DET", "DT", "a"),
        (place, 2, "pobj", "NOUN", "NN", lemma),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("China", 5, "pobj", "PROPN", "NNP", "China"),
        ("killed", 7, "ROOT", "VERB", "VBD", "kill"),
        ("40", 9, "nummod", "NUM", "CD", "40"),
        ("workers", 7, "dobj", "NOUN", "NNS", "worker"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]


# "A fuel tanker exploded , killing 40 people ."
TANKER: list[Row] = [
    ("A", 2, "det", "DET", "DT", "a"),
    ("fuel", 2, "compound", "NOUN", "NN", "fuel"),
    ("tanker", 3, "nsubj", "NOUN", "NN", "tanker"),
    ("exploded", 3, "ROOT", "VERB", "VBD", "explode"),
    (",", 3, "punct", "PUNCT", ",", ","),
    ("killing", 3, "advcl", "VERB", "VBG", "kill"),
    ("40", 7, "nummod", "NUM", "CD", "40"),
    ("people", 5, "dobj", "NOUN", "NNS", "people"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

# "A car bomb exploded , killing six people ."
CAR_BOMB: list[Row] = [
    ("A", 2, "det", "DET", "DT", "a"),
    ("car", 2, "compound", "NOUN", "NN", "car"),
    ("bomb", 3, "nsubj", "NOUN", "NN", "bomb"),
    *TANKER[3:],
]


def test_an_explosion_of_fuel_or_at_a_plant_is_a_mishap_not_a_bombing() -> None:
    gas = hand_parsed(GAS_EXPLOSION)
    assert by_hazard(gas[3]) and events_in(gas) == []
    plant = hand_parsed(_blast_at("plant", "plant"))
    assert by_hazard(plant[7]) and events_in(plant) == []
    tanker = hand_parsed(TANKER)
    assert by_hazard(tanker[5]) and events_in(tanker) == []


def test_a_bomb_or_an_explosion_anywhere_else_is_still_an_attack() -> None:
    market = hand_parsed(_blast_at("market", "market"))
    assert not by_hazard(market[7])
    assert [e.cameo_root for e in events_in(market)] == ["18"]
    assert not by_hazard(hand_parsed(CAR_BOMB)[5])


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("stampede", "stampede"), ("snowfall", "snowfall"), ("bushfire", "bushfire"), ("tiger", "tiger"),
     ("malaria", "malaria")],
)
def test_a_stampede_a_snowfall_a_beast_or_a_disease_is_nobody(word: str, lemma: str) -> None:
    # "A <stampede> killed 20 pilgrims in India ."
    rows: list[Row] = [
        ("A", 1, "det", "DET", "DT", "a"),
        (word, 2, "nsubj", "NOUN", "NN", lemma),
        ("killed", 2, "ROOT", "VERB", "VBD", "kill"),
        ("20", 4, "nummod", "NUM", "CD", "20"),
        ("pilgrims", 2, "dobj", "NOUN", "NNS", "pilgrim"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("India", 5, "pobj", "PROPN", "NNP", "India"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    assert by_hazard(doc[2]) and events_in(doc) == []


def test_a_named_place_taken_by_armed_hands_is_occupied_and_stays_the_target() -> None:
    assert (found := match_verb("seize", objects={PLACE}, doers={ARMED})) is not None and found.code == "192"
    assert (found := match_verb("seize", objects={PLACE})) is not None and found.code == "171"
    assert match_verb("capture", objects={PLACE}) is None
    # "Syrian troops recaptured Palmyra ."
    rows: list[Row] = [
        ("Syrian", 1, "amod", "ADJ", "JJ", "syrian"),
        ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
        ("recaptured", 2, "ROOT", "VERB", "VBD", "recapture"),
        ("Palmyra", 2, "dobj", "PROPN", "NNP", "Palmyra"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    [event] = events_in(hand_parsed(rows, places=frozenset({3})))
    assert event.cameo == "192" and [a.country for a in event.source] == ["SYR"]
    assert event.trigger.text == "recaptured"


def test_a_state_captured_in_a_primary_is_no_occupation() -> None:
    # "Sanders captured Michigan ."
    rows: list[Row] = [
        ("Sanders", 1, "nsubj", "PROPN", "NNP", "Sanders"),
        ("captured", 1, "ROOT", "VERB", "VBD", "capture"),
        ("Michigan", 1, "dobj", "PROPN", "NNP", "Michigan"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert all(e.cameo_root != "19" for e in events_in(hand_parsed(rows, places=frozenset({2}))))


def test_clashes_between_two_states_that_took_a_toll_are_theirs_both_ways() -> None:
    # "Clashes between Armenia and Azerbaijan killed ten soldiers ."
    rows: list[Row] = [
        ("Clashes", 5, "nsubj", "NOUN", "NNS", "clash"),
        ("between", 0, "prep", "ADP", "IN", "between"),
        ("Armenia", 1, "pobj", "PROPN", "NNP", "Armenia"),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("Azerbaijan", 2, "conj", "PROPN", "NNP", "Azerbaijan"),
        ("killed", 5, "ROOT", "VERB", "VBD", "kill"),
        ("ten", 7, "nummod", "NUM", "CD", "ten"),
        ("soldiers", 5, "dobj", "NOUN", "NNS", "soldier"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    events = events_in(hand_parsed(rows))
    pairs = {(e.source[0].country, e.target[0].country) for e in events if e.source and e.target}
    assert {e.cameo_root for e in events} == {"19"} and pairs == {("ARM", "AZE"), ("AZE", "ARM")}


def _broke_out(noun: str, lemma: str) -> Doc:
    # "<Riots> broke out in Dhaka ."
    rows: list[Row] = [
        (noun, 1, "nsubj", "NOUN", "NNS", lemma),
        ("broke", 1, "ROOT", "VERB", "VBD", "break"),
        ("out", 1, "prt", "ADP", "RP", "out"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Dhaka", 3, "pobj", "PROPN", "NNP", "Dhaka"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    return hand_parsed(rows, places=frozenset({4}))


def test_riots_breaking_out_in_a_named_place_are_its_peoples() -> None:
    [event] = events_in(_broke_out("Riots", "riot"))
    assert event.cameo == "145" and [a.country for a in event.source] == ["BGD"]


def test_fires_or_clashes_breaking_out_with_no_side_named_are_nobodys() -> None:
    assert events_in(_broke_out("Fires", "fire")) == []
    assert events_in(_broke_out("Clashes", "clash")) == []


def test_a_bombing_by_a_named_doer_that_took_a_toll_is_that_doers() -> None:
    # "A bombing by Hamas killed 20 people ."
    rows: list[Row] = [
        ("A", 1, "det", "DET", "DT", "a"),
        ("bombing", 4, "nsubj", "NOUN", "NN", "bombing"),
        ("by", 1, "prep", "ADP", "IN", "by"),
        ("Hamas", 2, "pobj", "PROPN", "NNP", "Hamas"),
        ("killed", 4, "ROOT", "VERB", "VBD", "kill"),
        ("20", 6, "nummod", "NUM", "CD", "20"),
        ("people", 4, "dobj", "NOUN", "NNS", "people"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    [event] = events_in(hand_parsed(rows))
    assert event.cameo_root == "18" and [a.country for a in event.source] == ["PSE"]


def test_an_ambush_laid_and_a_job_walked_off_as_a_preposition() -> None:
    def code(found: VerbPattern | None) -> str | None:
        return found.code if found else None

    assert code(match_verb("lay", objects={"ambush"})) == "190"
    assert code(match_verb("walk", preps={"off": {"job"}})) == "143"
    assert code(match_verb("walk", preps={"off": {"stage"}})) is None


def test_protests_spreading_across_a_named_country_are_its_peoples() -> None:
    # "Protests spread across Iran ."
    rows: list[Row] = [
        ("Protests", 1, "nsubj", "NOUN", "NNS", "protest"),
        ("spread", 1, "ROOT", "VERB", "VBD", "spread"),
        ("across", 1, "prep", "ADP", "IN", "across"),
        ("Iran", 2, "pobj", "PROPN", "NNP", "Iran"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    [event] = events_in(hand_parsed(rows, places=frozenset({3})))
    assert event.cameo_root == "14" and [a.country for a in event.source] == ["IRN"]


def test_figures_of_speech_of_force_are_no_force() -> None:
    def code(found: VerbPattern | None) -> str | None:
        return found.code if found else None

    # "killed the bill", "whipping up the base", "occupied an elevated position", "rocketed to the top of the polls",
    # "take control of the Senate": no one slain, flogged or occupied.
    assert code(match_verb("kill", objects={"bill"})) is None
    assert code(match_verb("kill", objects={"soldier"})) == "190"
    assert code(match_verb("whip", particles={"up"}, objects={"base"})) is None
    assert code(match_verb("occupy", objects={"position"})) is None
    assert code(match_verb("occupy", objects={"town"})) == "192"
    assert code(match_verb("rocket", preps={"to": {"top"}})) is None
    assert code(match_verb("hijack", objects={"debate"})) is None
    assert code(match_verb("hijack", objects={"plane"})) == "181"
    assert code(match_verb("take", objects={"control"}, preps={"of": {"senate"}})) is None
    assert code(match_verb("take", objects={"control"}, preps={"of": {"city"}})) == "192"


def test_a_politician_firing_at_rivals_fires_words() -> None:
    # "Kenyan senators fired at Kenyan journalists ."
    rows: list[Row] = [
        ("Kenyan", 1, "amod", "ADJ", "JJ", "kenyan"),
        ("senators", 2, "nsubj", "NOUN", "NNS", "senator"),
        ("fired", 2, "ROOT", "VERB", "VBD", "fire"),
        ("at", 2, "prep", "ADP", "IN", "at"),
        ("Kenyan", 5, "amod", "ADJ", "JJ", "kenyan"),
        ("journalists", 3, "pobj", "NOUN", "NNS", "journalist"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert [e.cameo for e in events_in(hand_parsed(rows))] == ["111"]


def test_irregulars_using_a_war_machine_use_military_force() -> None:
    # "Rebels fired rockets at Syrian villagers ." is artillery fire (194); "Rebels fired shots at ..." an assault on
    # the unarmed (180), as "gunmen shot three villagers".
    def fired(weapon: tuple[str, str]) -> list[Row]:
        return [
            ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
            ("fired", 1, "ROOT", "VERB", "VBD", "fire"),
            (weapon[0], 1, "dobj", "NOUN", "NNS", weapon[1]),
            ("at", 1, "prep", "ADP", "IN", "at"),
            ("Syrian", 5, "amod", "ADJ", "JJ", "syrian"),
            ("villagers", 3, "pobj", "NOUN", "NNS", "villager"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]

    assert [e.cameo for e in events_in(hand_parsed(fired(("rockets", "rocket"))))] == ["194"]
    assert [e.cameo for e in events_in(hand_parsed(fired(("shots", "shot"))))] == ["180"]


# "Clashes between Kenyan students and residents left 30 dead ."
CLASHES_LEFT_DEAD: list[Row] = [
    ("Clashes", 6, "nsubj", "NOUN", "NNS", "clash"),
    ("between", 0, "prep", "ADP", "IN", "between"),
    ("Kenyan", 3, "amod", "ADJ", "JJ", "kenyan"),
    ("students", 1, "pobj", "NOUN", "NNS", "student"),
    ("and", 3, "cc", "CCONJ", "CC", "and"),
    ("residents", 3, "conj", "NOUN", "NNS", "resident"),
    ("left", 6, "ROOT", "VERB", "VBD", "leave"),
    ("30", 8, "nummod", "NUM", "CD", "30"),
    ("dead", 6, "oprd", "ADJ", "JJ", "dead"),
    (".", 6, "punct", "PUNCT", ".", "."),
]


def test_a_clash_of_civilians_that_took_lives_is_force_not_words() -> None:
    assert _roots(CLASHES_LEFT_DEAD) == ["190"]
    # "Clashes between Kenyan students and residents left 30 homeless .": no lives taken, the same words as before.
    homeless = [*CLASHES_LEFT_DEAD[:8], ("homeless", 6, "oprd", "ADJ", "JJ", "homeless"), CLASHES_LEFT_DEAD[9]]
    assert _roots(homeless) == ["111"]


def test_a_toll_told_of_a_clash_a_speaker_names_is_not_the_clash_s() -> None:
    # "Odinga called the clashes that killed five a massacre ." / "The clashes that killed five ended ."
    named = hand_parsed([
        ("Odinga", 1, "nsubj", "PROPN", "NNP", "Odinga"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("clashes", 1, "dobj", "NOUN", "NNS", "clash"),
        ("that", 5, "nsubj", "PRON", "WDT", "that"),
        ("killed", 3, "relcl", "VERB", "VBD", "kill"),
        ("five", 5, "dobj", "NUM", "CD", "five"),
        ("a", 8, "det", "DET", "DT", "a"),
        ("massacre", 1, "oprd", "NOUN", "NN", "massacre"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    told = hand_parsed([
        ("The", 1, "det", "DET", "DT", "the"),
        ("clashes", 5, "nsubj", "NOUN", "NNS", "clash"),
        ("that", 3, "nsubj", "PRON", "WDT", "that"),
        ("killed", 1, "relcl", "VERB", "VBD", "kill"),
        ("five", 3, "dobj", "NUM", "CD", "five"),
        ("ended", 5, "ROOT", "VERB", "VBD", "end"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ])

    def clash(token: Token) -> Candidate:
        return Candidate("190", token, [token], [], [], True, noun=token)

    assert not _took_toll(clash(named[3]))
    assert _took_toll(clash(told[1]))


def test_joining_a_protest_executions_and_restrictions_by_class() -> None:
    def code(found: VerbPattern | None) -> str | None:
        return found.code if found else None

    # "took part in a rally", "participated in the strike", "joined in the hunger strike"
    assert code(match_verb("take", objects={"part"}, preps={"in": {"rally"}})) == "141"
    assert code(match_verb("participate", preps={"in": {"strike"}})) == "143"
    assert code(match_verb("join", preps={"in": {"hunger strike", "strike"}})) == "142"
    assert code(match_verb("take", objects={"part"}, preps={"in": {"debate"}})) is None
    # "hanged two men"; "hanged the portrait" is none.
    assert code(match_verb("hang", objects={"man"})) == "180"
    assert code(match_verb("hang", objects={"portrait"})) is None
    # "blocked access to social media" restricts (172); "blocked access to the port" obstructs (144).
    assert code(match_verb("block", objects={"access"}, object_preps={"to": {"social media", "media"}})) == "172"
    assert code(match_verb("block", objects={"access"}, object_preps={"to": {"port"}})) == "144"
    assert code(match_verb("revoke", objects={"licence"})) == "172"


# "A strike by Kenyan teachers shut schools ."
STRIKE_SHUT: list[Row] = [
    ("A", 1, "det", "DET", "DT", "a"),
    ("strike", 5, "nsubj", "NOUN", "NN", "strike"),
    ("by", 1, "prep", "ADP", "IN", "by"),
    ("Kenyan", 4, "amod", "ADJ", "JJ", "kenyan"),
    ("teachers", 2, "pobj", "NOUN", "NNS", "teacher"),
    ("shut", 5, "ROOT", "VERB", "VBD", "shut"),
    ("schools", 5, "dobj", "NOUN", "NNS", "school"),
    (".", 5, "punct", "PUNCT", ".", "."),
]


def _coded(rows: list[Row]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.cameo, [s.code for s in e.source], [t.code for t in e.target]) for e in events_in(hand_parsed(rows))]


def test_what_a_strike_shut_is_the_strike_s_doing() -> None:
    assert _coded(STRIKE_SHUT) == [("143", ["KENEDU"], ["KENGOV"])]
    # "A wave of strikes by Kenyan teachers shut schools ."
    wave = [
        ("A", 1, "det", "DET", "DT", "a"),
        ("wave", 7, "nsubj", "NOUN", "NN", "wave"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("strikes", 2, "pobj", "NOUN", "NNS", "strike"),
        *[(w, h + 2, d, p, t, lm) for w, h, d, p, t, lm in STRIKE_SHUT[2:]],
    ]
    assert [code for code, _, _ in _coded(wave)] == ["143"]
    # "The government shut schools ." stays a closure.
    government: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("Kenyan", 2, "amod", "ADJ", "JJ", "kenyan"),
        ("government", 3, "nsubj", "NOUN", "NN", "government"),
        ("shut", 3, "ROOT", "VERB", "VBD", "shut"),
        ("schools", 3, "dobj", "NOUN", "NNS", "school"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert [code for code, _, _ in _coded(government)] == ["172"]


def _stayed_home_in(noun: Row, voice: str = "active") -> list[Row]:
    """ "Kenyan drivers stayed home in a <noun> ." or, passive, "Kenyan drivers were hurt in a <noun> ."."""
    verb: list[Row] = (
        [("stayed", 2, "ROOT", "VERB", "VBD", "stay"), ("home", 2, "advmod", "ADV", "RB", "home")]
        if voice == "active"
        else [("hurt", 2, "ROOT", "VERB", "VBN", "hurt"), ("were", 2, "auxpass", "AUX", "VBD", "be")]
    )
    return [
        ("Kenyan", 1, "amod", "ADJ", "JJ", "kenyan"),
        ("drivers", 2, "nsubj" if voice == "active" else "nsubjpass", "NOUN", "NNS", "driver"),
        *verb,
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("a", 6, "det", "DET", "DT", "a"),
        noun,
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_an_act_done_in_a_walkout_is_the_doer_s_strike() -> None:
    walkout: Row = ("walkout", 4, "pobj", "NOUN", "NN", "walkout")
    assert [code for code, _, _ in _coded(_stayed_home_in(walkout))] == ["143"]
    # "were hurt in a walkout": those it was done to are no strikers; "stayed home in a strike" may be an air strike.
    assert [code for code, _, _ in _coded(_stayed_home_in(walkout, "passive"))] != ["143"]
    strike: Row = ("strike", 4, "pobj", "NOUN", "NN", "strike")
    assert _coded(_stayed_home_in(strike)) == []


def test_shutters_kept_down_are_a_shutdown() -> None:
    found = match_verb("keep", particles={"down"}, objects={"shutters"})
    assert found is not None and found.code == "143"


def _hit_kabul(series: list[Row]) -> list[Row]:
    """ "<series> hit Kabul .", the series' head first."""
    base = len(series)
    return [
        *series,
        ("hit", base, "ROOT", "VERB", "VBD", "hit"),
        ("Kabul", base, "dobj", "PROPN", "NNP", "Kabul"),
        (".", base, "punct", "PUNCT", ".", "."),
    ]


def test_a_wave_of_acts_is_the_acts_and_no_hazard_but_a_heat_wave_is() -> None:
    # "A wave of killings hit Kabul .": the killings did it (violence against Afghanistan), no wave of the sea.
    killings = hand_parsed(_hit_kabul([
        ("A", 1, "det", "DET", "DT", "a"),
        ("wave", 4, "nsubj", "NOUN", "NN", "wave"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("killings", 2, "pobj", "NOUN", "NNS", "killing"),
    ]))
    assert not by_hazard(killings[4])
    assert [(e.cameo[:2], [t.code for t in e.target]) for e in events_in(killings)] == [("18", ["AFG"])]
    # "A heat wave hit Kabul .": a hazard, nobody.
    heat = hand_parsed(_hit_kabul([
        ("A", 2, "det", "DET", "DT", "a"),
        ("heat", 1, "compound", "NOUN", "NN", "heat"),
        ("wave", 3, "nsubj", "NOUN", "NN", "wave"),
    ]))
    assert by_hazard(heat[3]) and events_in(heat) == []
