"""Senses of a verb its object fixes, on hand-built parses (no model): a person fired is dismissed, no shot; a
speaker greeted with applause is cheered by an audience, not welcomed by a host; a thing "called" a name is named,
no one called upon. And force or coercion a politician only proposes is no threat, nor coercion aimed at no one an act
on the politician's own people."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.events.arguments import Context
from telex.events.candidate import Candidate
from telex.events.filters import coerces_no_one, proposes_force
from telex.events.participants import complete_targets
from telex.events.patterns import PERSON, match_verb
from telex.records import ActorRef
from tests.unit.fixtures import Row, events_in, hand_parsed

# "The Kremlin fired Navalny on Tuesday ."
FIRED_PERSON: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("Kremlin", 2, "nsubj", "PROPN", "NNP", "Kremlin"),
    ("fired", 2, "ROOT", "VERB", "VBD", "fire"),
    ("Navalny", 2, "dobj", "PROPN", "NNP", "Navalny"),
    ("on", 2, "prep", "ADP", "IN", "on"),
    ("Tuesday", 4, "pobj", "PROPN", "NNP", "Tuesday"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "Campaign staffers were fired by the Kremlin ."
FIRED_STAFFERS: list[Row] = [
    ("Campaign", 1, "compound", "NOUN", "NN", "campaign"),
    ("staffers", 3, "nsubjpass", "NOUN", "NNS", "staffer"),
    ("were", 3, "auxpass", "AUX", "VBD", "be"),
    ("fired", 3, "ROOT", "VERB", "VBN", "fire"),
    ("by", 3, "agent", "ADP", "IN", "by"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("Kremlin", 4, "pobj", "PROPN", "NNP", "Kremlin"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

# "Russian troops fired on Georgian soldiers ."
FIRED_ON: list[Row] = [
    ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
    ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
    ("fired", 2, "ROOT", "VERB", "VBD", "fire"),
    ("on", 2, "prep", "ADP", "IN", "on"),
    ("Georgian", 5, "amod", "ADJ", "JJ", "georgian"),
    ("soldiers", 3, "pobj", "NOUN", "NNS", "soldier"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def _greeted(noun: str, lemma: str) -> list[Row]:
    """ "Putin was greeted with <noun> by Russian lawmakers ." """
    return [
        ("Putin", 2, "nsubjpass", "PROPN", "NNP", "Putin"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("greeted", 2, "ROOT", "VERB", "VBN", "greet"),
        ("with", 2, "prep", "ADP", "IN", "with"),
        (noun, 3, "pobj", "NOUN", "NN", lemma),
        ("by", 2, "agent", "ADP", "IN", "by"),
        ("Russian", 7, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 5, "pobj", "NOUN", "NNS", "lawmaker"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


# "Russia funded a group called Friends for Ukraine ."
CALLED_GROUP: list[Row] = [
    ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
    ("funded", 1, "ROOT", "VERB", "VBD", "fund"),
    ("a", 3, "det", "DET", "DT", "a"),
    ("group", 1, "dobj", "NOUN", "NN", "group"),
    ("called", 3, "acl", "VERB", "VBN", "call"),
    ("Friends", 4, "oprd", "PROPN", "NNPS", "Friends"),
    ("for", 4, "prep", "ADP", "IN", "for"),
    ("Ukraine", 6, "pobj", "PROPN", "NNP", "Ukraine"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# "Russia called for Ukraine to withdraw ."
CALLED_FOR: list[Row] = [
    ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
    ("called", 1, "ROOT", "VERB", "VBD", "call"),
    ("for", 1, "prep", "ADP", "IN", "for"),
    ("Ukraine", 5, "nsubj", "PROPN", "NNP", "Ukraine"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("withdraw", 2, "pobj", "VERB", "VB", "withdraw"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_named_person_fired_is_dismissed_not_shot() -> None:
    assert match_verb("fire", objects={PERSON, "navalny"}) is None
    assert not events_in(hand_parsed(FIRED_PERSON, people=frozenset({3})))


def test_staffers_fired_are_dismissed_not_shot() -> None:
    assert not [e for e in events_in(hand_parsed(FIRED_STAFFERS)) if e.cameo.startswith("19")]


def test_troops_that_fire_on_soldiers_still_shoot() -> None:
    assert [e.cameo[:2] for e in events_in(hand_parsed(FIRED_ON))] == ["19"]


def test_a_speaker_greeted_with_applause_is_no_welcome() -> None:
    assert not events_in(hand_parsed(_greeted("applause", "applause")))
    assert not events_in(hand_parsed(_greeted("ovation", "ovation")))


def test_a_leader_greeted_with_a_gift_is_still_welcomed() -> None:
    assert [e.cameo for e in events_in(hand_parsed(_greeted("flowers", "flower")))] == ["043"]


def test_a_thing_called_a_name_calls_on_no_one() -> None:
    assert not [e for e in events_in(hand_parsed(CALLED_GROUP)) if e.cameo.startswith("02")]


def test_a_call_for_another_to_act_is_still_an_appeal() -> None:
    assert [e.cameo[:2] for e in events_in(hand_parsed(CALLED_FOR))] == ["02"]


def _ref(text: str, country: str | None, sector: str | None) -> ActorRef:
    return ActorRef(text, text, f"{country or ''}{sector or ''}" or None, country, sector)


def _ban(sources: list[ActorRef]) -> Candidate:
    """ "<doer> plans to ban Muslims .": a restriction (172) only intended."""
    doc = hand_parsed([("ban", 0, "ROOT", "VERB", "VB", "ban"), ("Muslims", 0, "dobj", "PROPN", "NNPS", "Muslims")])
    return Candidate("172", doc[0], [doc[0]], sources, [_ref("Muslims", None, "REL")], own_subject=True)


def test_force_a_candidate_only_proposes_is_no_threat() -> None:
    assert proposes_force(_ban([_ref("Trump", "USA", "ELI")]), "132", "intended")
    assert proposes_force(_ban([_ref("Cruz", "USA", "LEG"), _ref("the party", "USA", "PTY")]), "132", "intended")


def test_force_a_state_intends_stays_a_threat() -> None:
    assert not proposes_force(_ban([_ref("the Kremlin", "RUS", "GOV")]), "132", "intended")
    assert not proposes_force(_ban([_ref("Turkey", "TUR", None)]), "132", "intended")
    assert not proposes_force(_ban([_ref("Trump", "USA", "ELI"), _ref("the army", "USA", "MIL")]), "132", "intended")


def _vowed(code: str, lemma: str, sources: list[ActorRef]) -> Candidate:
    """ "<doer> <lemma>ed to ban Muslims .": a promise or a threat that took in the ban as one act of ``code``."""
    doc = hand_parsed([
        (lemma, 0, "ROOT", "VERB", "VBD", lemma),
        ("to", 2, "aux", "PART", "TO", "to"),
        ("ban", 0, "xcomp", "VERB", "VB", "ban"),
        ("Muslims", 2, "dobj", "PROPN", "NNPS", "Muslims"),
    ])
    return Candidate(code, doc[0], [doc[0]], sources, [_ref("Muslims", None, "REL")], own_subject=True, composed=True)


def test_force_a_candidate_vows_is_a_proposal_a_threat_stays_a_threat() -> None:
    trump = [_ref("Trump", "USA", "ELI")]
    assert proposes_force(_vowed("132", "vow", trump), "132", "asserted")
    assert not proposes_force(_vowed("132", "threaten", trump), "132", "asserted")
    assert not proposes_force(_vowed("132", "vow", [_ref("the Kremlin", "RUS", "GOV")]), "132", "asserted")
    # A threat of force against an armed side or a state is one whoever makes it.
    bomb = _vowed("1383", "vow", trump)
    bomb.targets = [_ref("the Islamic State", None, "IMG")]
    assert not proposes_force(bomb, "1383", "asserted")
    bomb.targets = [_ref("Iran", "IRN", None)]
    assert not proposes_force(bomb, "1383", "asserted")
    # A promise of help is no threat of force.
    assert not proposes_force(_vowed("0331", "vow", trump), "0331", "intended")


def test_force_done_or_threatened_by_a_verb_is_not_a_proposal() -> None:
    # Done: no intent. A verb of threatening codes the threat itself (its own code 13, not one made by the modality).
    assert not proposes_force(_ban([_ref("Trump", "USA", "ELI")]), "172", "asserted")
    threat = _ban([_ref("Trump", "USA", "ELI")])
    threat.code = "132"
    assert not proposes_force(threat, "132", "intended")


def _untargeted(code: str, sources: list[ActorRef]) -> Candidate:
    """ "<doer> banned cloning .": an act with no one named it is done to."""
    doc = hand_parsed([("banned", 0, "ROOT", "VERB", "VBD", "ban"), ("cloning", 0, "dobj", "NOUN", "NN", "cloning")])
    return Candidate(code, doc[0], [doc[0]], sources, [], own_subject=True)


def test_a_politicians_ban_on_a_thing_is_no_act_on_anyone() -> None:
    ban = _untargeted("172", [_ref("Sanders", "USA", "LEG")])
    complete_targets(ban, Context(EntityIndex(()), None))
    assert ban.targets == []
    assert coerces_no_one(ban)
    assert coerces_no_one(_untargeted("172", [_ref("The Times", "USA", "MED")]))


def test_a_partys_or_students_protest_is_still_against_their_government() -> None:
    for sector in ("PTY", "EDU"):
        protest = _untargeted("141", [_ref("protesters", "IDN", sector)])
        complete_targets(protest, Context(EntityIndex(()), None))
        assert [t.code for t in protest.targets] == ["IDNGOV"]
        assert not coerces_no_one(protest)


def test_a_states_coercion_is_at_home() -> None:
    ban = _untargeted("172", [_ref("Obama", "USA", "GOV")])
    complete_targets(ban, Context(EntityIndex(()), None))
    assert [t.code for t in ban.targets] == ["USA"]
    assert not coerces_no_one(ban)
    assert not coerces_no_one(_untargeted("111", [_ref("Clinton", "USA", "ELI")]))
