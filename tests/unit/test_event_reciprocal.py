"""Joint actions run both ways; directed ones and ones with a named target are left alone."""

from spacy.tokens import Doc

from telex.events.candidate import Candidate
from telex.events.reciprocal import directed, each_other
from telex.records import ActorRef, Event, Trigger
from tests.unit.fixtures import Row, events_in, hand_parsed

RUS = ActorRef("Russia", "Russia", "RUS", "RUS", None)
PRK = ActorRef("North Korea", "North Korea", "PRK", "PRK", None)
CHN = ActorRef("China", "China", "CHN", "CHN", None)
DEM = ActorRef("Democrats", "Democrats", "USAPTY", "USA", "PTY")
GOP = ActorRef("Republicans", "Republicans", "USAPTY", "USA", "PTY")
PARTY = ActorRef("the party", "party", None, None, "PTY")


def _event(cameo: str, source: tuple[ActorRef, ...], target: tuple[ActorRef, ...] = ()) -> Event:
    return Event("", cameo, cameo[:2], None, None, 1, 0.0, source, target, "asserted", Trigger("x", 0, 1), 0, 1.0)


def _dyads(events: list[Event]) -> set[tuple[str | None, tuple[str | None, ...]]]:
    return {(e.source[0].code, tuple(a.code for a in e.target)) for e in events}


def test_a_treaty_signed_together_is_signed_with_each_other() -> None:
    events = directed([_event("057", (RUS, PRK))])
    assert _dyads(events) == {("RUS", ("PRK",)), ("PRK", ("RUS",))}


def test_three_parties_each_act_on_the_other_two() -> None:
    events = directed([_event("040", (RUS, PRK, CHN))])
    assert len(events) == 3 and _dyads(events) >= {("CHN", ("RUS", "PRK"))}


def test_directed_codes_named_targets_and_one_actor_stay_as_they_are() -> None:
    kept = [_event("112", (RUS, PRK)), _event("057", (RUS, PRK), (CHN,)), _event("057", (RUS,))]
    kept.append(_event("020", (RUS,), (RUS,)))  # one actor on itself is no pair
    assert directed(kept) == kept


def test_actors_on_each_other_act_each_on_the_others_even_of_one_code() -> None:
    events = directed([_event("112", (RUS, PRK), (RUS, PRK)), _event("112", (DEM, GOP), (DEM, GOP))])
    assert [(e.source, e.target) for e in events] == [
        ((RUS,), (PRK,)), ((PRK,), (RUS,)), ((DEM,), (GOP,)), ((GOP,), (DEM,))
    ]


# "Russia and Ukraine ...": a coordinated subject of the verb at index 3
PAIR: list[Row] = [
    ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
    ("and", 0, "cc", "CCONJ", "CC", "and"),
    ("Ukraine", 0, "conj", "PROPN", "NNP", "Ukraine"),
]
# What follows the pair in "Russia and Ukraine accused each other" and "... met with one another".
PREDICATES: dict[str, list[Row]] = {
    "accused": [
        ("accused", 3, "ROOT", "VERB", "VBD", "accuse"),
        ("each", 5, "det", "DET", "DT", "each"),
        ("other", 3, "dobj", "ADJ", "JJ", "other"),
    ],
    "met": [
        ("met", 3, "ROOT", "VERB", "VBD", "meet"),
        ("with", 3, "prep", "ADP", "IN", "with"),
        ("one", 4, "pobj", "NUM", "CD", "one"),
        ("another", 5, "det", "DET", "DT", "another"),
    ],
}


def _candidate(doc: Doc, sources: list[ActorRef]) -> Candidate:
    verb = doc[3]
    return Candidate("112", verb, [verb], sources, [], True)


def test_a_reciprocal_object_or_prepositional_object_makes_the_doers_the_targets() -> None:
    for predicate in PREDICATES.values():
        doc = hand_parsed(PAIR + predicate)
        candidate = _candidate(doc, [RUS, PRK])
        each_other(candidate)
        assert candidate.mutual and candidate.targets == [RUS, PRK]


def test_one_doer_or_an_uncoded_doer_acting_on_each_other_names_no_target() -> None:
    for sources in ([RUS], [RUS, PARTY]):
        candidate = _candidate(hand_parsed(PAIR + PREDICATES["accused"]), sources)
        each_other(candidate)
        assert not candidate.mutual and candidate.targets == []


def test_an_object_other_than_a_reciprocal_pronoun_changes_nothing() -> None:
    # "Russia and Ukraine accused other" (no "each"): not a reciprocal pronoun
    doc = hand_parsed(PAIR + PREDICATES["accused"])
    doc[4].dep_, doc[4].head = "dep", doc[4]
    candidate = _candidate(doc, [RUS, PRK])
    each_other(candidate)
    assert not candidate.mutual


def _met_and(verb: str, lemma: str, noun: str) -> list[Row]:
    """ "Egypt met Israel and <verb> a <noun> ."."""
    return [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("Israel", 1, "dobj", "PROPN", "NNP", "Israel"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        (verb, 1, "conj", "VERB", "VBD", lemma),
        ("a", 6, "det", "DET", "DT", "a"),
        (noun, 4, "dobj", "NOUN", "NN", noun),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def _targets(rows: list[Row]) -> list[tuple[str, str]]:
    return [(e.cameo, e.target[0].country or "" if e.target else "") for e in events_in(hand_parsed(rows))]


def test_an_act_done_together_after_a_meeting_is_done_with_whom_was_met() -> None:
    # Before, the agreement had no partner: ("057", "").
    assert _targets(_met_and("signed", "sign", "agreement")) == [("040", "ISR"), ("057", "ISR")]


def test_a_directed_act_after_a_meeting_keeps_its_own_target() -> None:
    # Praising a plan is no act done with the one met: it keeps no partner.
    assert ("051", "ISR") not in _targets(_met_and("praised", "praise", "plan"))
