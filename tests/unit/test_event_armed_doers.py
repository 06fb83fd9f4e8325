"""Verbs of striking that are force only in armed hands, on hand-built parses (no model): "Russian warplanes hit
Kyiv" is an air strike by Russia's military, "sanctions hit Russia" no event; the doer may be a passive's "by"
agent, an act of violence, an actor of a sector that bears arms, or a weapon the act is done with."""

from __future__ import annotations

from telex.events.doers import armed_owners, weapon
from telex.events.patterns import ARMED, STATE, match_verb
from telex.records import ActorRef, Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _events(rows: list[Row]) -> list[tuple[str, list[str | None], list[str | None]]]:
    found: list[Event] = events_in(hand_parsed(rows))
    return [(e.cameo, [s.code for s in e.source], [t.code for t in e.target]) for e in found]


def _active(subject: list[Row], verb: str, lemma: str, rest: list[Row] | None = None) -> list[Row]:
    """ "<subject> <verb> Kyiv [rest] .": the subject's last word is its head, the others hang off it; the heads of
    ``rest`` count from the verb."""
    at = len(subject)
    rows: list[Row] = [(w, at - 1 if i < at - 1 else at, d, p, t, lm) for i, (w, _, d, p, t, lm) in enumerate(subject)]
    rows += [(verb, at, "ROOT", "VERB", "VBD", lemma), ("Kyiv", at, "dobj", "PROPN", "NNP", "Kyiv")]
    rows += [(w, at + h, d, p, t, lm) for w, h, d, p, t, lm in rest or []]
    return [*rows, (".", at, "punct", "PUNCT", ".", ".")]


RUSSIAN_WARPLANES: list[Row] = [
    ("Russian", 0, "amod", "ADJ", "JJ", "russian"),
    ("warplanes", 0, "nsubj", "NOUN", "NNS", "warplane"),
]
SANCTIONS: list[Row] = [("Sanctions", 0, "nsubj", "NOUN", "NNS", "sanction")]


def test_a_weapon_that_strikes_is_force_by_its_owners_military() -> None:
    assert _events(_active(RUSSIAN_WARPLANES, "hit", "hit")) == [("195", ["RUSMIL"], ["UKR"])]
    tanks: list[Row] = [("Russian", 0, "amod", "ADJ", "JJ", "russian"), ("tanks", 0, "nsubj", "NOUN", "NNS", "tank")]
    assert _events(_active(tanks, "targeted", "target")) == [("194", ["RUSMIL"], ["UKR"])]


def test_an_unarmed_doer_strikes_nobody() -> None:
    assert _events(_active(SANCTIONS, "hit", "hit")) == []
    think_tanks: list[Row] = [
        ("Russian", 0, "amod", "ADJ", "JJ", "russian"),
        ("think", 0, "compound", "NOUN", "NN", "think"),
        ("tanks", 0, "nsubj", "NOUN", "NNS", "tank"),
    ]
    assert _events(_active(think_tanks, "targeted", "target")) == []


def test_a_sector_that_bears_arms_is_armed() -> None:
    troops: list[Row] = [("Russian", 0, "amod", "ADJ", "JJ", "russian"), ("troops", 0, "nsubj", "NOUN", "NNS", "troop")]
    assert _events(_active(troops, "hammered", "hammer")) == [("190", ["RUSMIL"], ["UKR"])]


def test_police_and_intelligence_target_by_investigation() -> None:
    police: list[Row] = [("Russian", 0, "amod", "ADJ", "JJ", "russian"), ("police", 0, "nsubj", "NOUN", "NN", "police")]
    assert _events(_active(police, "targeted", "target")) == []


def test_a_weapon_the_act_is_done_with_makes_it_force() -> None:
    # "Russia hit Kyiv with missiles ."
    russia: list[Row] = [("Russia", 0, "nsubj", "PROPN", "NNP", "Russia")]
    tool: list[Row] = [("with", 0, "prep", "ADP", "IN", "with"), ("missiles", 2, "pobj", "NOUN", "NNS", "missile")]
    rows = _active(russia, "hit", "hit", tool)
    assert _events(rows) == [("195", ["RUS"], ["UKR"])]
    assert _events(_active(russia, "hit", "hit")) == []


def test_a_passive_is_armed_by_its_agent() -> None:
    # "Kyiv was hit by Russian jets ."
    rows: list[Row] = [
        ("Kyiv", 2, "nsubjpass", "PROPN", "NNP", "Kyiv"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("hit", 2, "ROOT", "VERB", "VBN", "hit"),
        ("by", 2, "agent", "ADP", "IN", "by"),
        ("Russian", 5, "amod", "ADJ", "JJ", "russian"),
        ("jets", 3, "pobj", "NOUN", "NNS", "jet"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _events(rows) == [("195", ["RUSMIL"], ["UKR"])]


def test_an_act_of_violence_as_doer_names_the_act() -> None:
    # "Russian airstrikes hit Kyiv ."
    airstrikes: list[Row] = [
        ("Russian", 0, "amod", "ADJ", "JJ", "russian"),
        ("airstrikes", 0, "nsubj", "NOUN", "NNS", "airstrike"),
    ]
    assert _events(_active(airstrikes, "hit", "hit")) == [("195", ["RUS"], ["UKR"])]


def test_weapons_that_carry_out_an_act_name_its_kind() -> None:
    # "Russian planes flew raids over Kyiv ."
    rows: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("planes", 2, "nsubj", "NOUN", "NNS", "plane"),
        ("flew", 2, "ROOT", "VERB", "VBD", "fly"),
        ("raids", 2, "dobj", "NOUN", "NNS", "raid"),
        ("over", 2, "prep", "ADP", "IN", "over"),
        ("Kyiv", 4, "pobj", "PROPN", "NNP", "Kyiv"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _events(rows) == [("195", ["RUSMIL"], ["UKR"])]


def test_the_armed_row_asks_for_an_armed_doer_and_idioms_stay_no_event() -> None:
    assert match_verb("hit") is None
    armed = match_verb("hit", doers={ARMED})
    assert armed is not None and (armed.code, armed.doer) == ("190", ARMED)
    assert match_verb("hit", objects={"trail"}, doers={ARMED}) is None
    assert match_verb("hammer", particles={"out"}, doers={ARMED}) is None


def test_weapons_and_their_owners() -> None:
    # "suicide bomber" ; "Israeli jets" ; "helicopters and bombers"
    bombers = hand_parsed(
        [("suicide", 1, "compound", "NOUN", "NN", "suicide"), ("bomber", 1, "ROOT", "NOUN", "NN", "bomber")]
    )
    jets = hand_parsed([("Israeli", 1, "amod", "ADJ", "JJ", "israeli"), ("jets", 1, "ROOT", "NOUN", "NNS", "jet")])
    mixed = hand_parsed(
        [
            ("helicopters", 0, "ROOT", "NOUN", "NNS", "helicopter"),
            ("and", 0, "cc", "CCONJ", "CC", "and"),
            ("bombers", 0, "conj", "NOUN", "NNS", "bomber"),
        ]
    )
    bomber, jet = weapon(bombers[1]), weapon(jets[1])
    assert bomber is not None and (bomber.code, bomber.sector) == ("183", None)
    assert jet is not None and (jet.code, jet.sector) == ("195", "MIL")
    israel = ActorRef("Israeli jets", "Israel", "ISR", "ISR", None)
    assert armed_owners([israel], [jets[1]])[0].code == "ISRMIL"
    assert armed_owners([israel], [mixed[0]])[0].code == "ISRMIL"
    # A suicide bomber's side is no army, and an owner whose sector is known keeps it.
    assert armed_owners([israel], [bombers[1]]) == [israel]
    rebels = ActorRef("Hamas", "Hamas", "PSEREB", "PSE", "REB")
    assert armed_owners([rebels], [jets[1]]) == [rebels]


def test_a_state_strikes_a_place_where_a_thing_strikes_nothing() -> None:
    russia: list[Row] = [("Russia", 0, "nsubj", "PROPN", "NNP", "Russia")]
    assert _events(_active(russia, "struck", "strike")) == [("190", ["RUS"], ["UKR"])]
    assert _events(_active(RUSSIAN_WARPLANES, "struck", "strike")) == [("195", ["RUSMIL"], ["UKR"])]
    crisis: list[Row] = [("The", 0, "det", "DET", "DT", "the"), ("crisis", 0, "nsubj", "NOUN", "NN", "crisis")]
    assert _events(_active(crisis, "struck", "strike")) == []
    assert match_verb("strike", doers={STATE}) is not None and match_verb("strike") is None


def test_a_device_of_explosives_and_blades_are_weapons() -> None:
    # "an improvised explosive device", "a machete"; "a device" alone is none.
    device = hand_parsed([
        ("an", 2, "det", "DET", "DT", "an"),
        ("explosive", 2, "amod", "ADJ", "JJ", "explosive"),
        ("device", 2, "ROOT", "NOUN", "NN", "device"),
    ])
    assert (found := weapon(device[2])) is not None and found.code == "183"
    machete = hand_parsed([("a", 1, "det", "DET", "DT", "a"), ("machete", 1, "ROOT", "NOUN", "NN", "machete")])
    assert (found := weapon(machete[1])) is not None and found.code == "182"
    alone = hand_parsed([("a", 1, "det", "DET", "DT", "a"), ("device", 1, "ROOT", "NOUN", "NN", "device")])
    assert weapon(alone[1]) is None
