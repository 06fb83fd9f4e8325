"""Acts told as not done, on hand-built parses (no model): a negation that only tells an act has not happened ("Sisi
did not meet Netanyahu", "has never met") is no event, while one that declares a refusal ("will not meet", "can't
meet") stays a rejection; a refusal aimed at no one, of an act that is no event ("Sisi refused to run", "declined
requests for an interview"), is no rejection either, and an appeal or demand aimed at no one ("Sanders asked for people
to chip in") asks the public or calls for a policy."""

from __future__ import annotations

from telex.events.candidate import Candidate
from telex.events.filters import appeals_to_no_one, refuses_no_one
from telex.records import ActorRef
from tests.unit.fixtures import Row, events_in, hand_parsed


def _not_meeting(auxiliary: str, tag: str, negation: str = "not") -> list[Row]:
    """ "Sisi <auxiliary> <negation> meet Netanyahu ." """
    return [
        ("Sisi", 3, "nsubj", "PROPN", "NNP", "Sisi"),
        (auxiliary, 3, "aux", "AUX", tag, auxiliary.lower()),
        (negation, 3, "neg", "PART", "RB", negation),
        ("meet", 3, "ROOT", "VERB", "VB", "meet"),
        ("Netanyahu", 3, "dobj", "PROPN", "NNP", "Netanyahu"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]


def test_an_act_told_as_not_done_is_no_event() -> None:
    assert events_in(hand_parsed(_not_meeting("did", "VBD"))) == []


def test_a_never_done_act_is_no_event() -> None:
    rows: list[Row] = [
        ("Sisi", 2, "nsubj", "PROPN", "NNP", "Sisi"),
        ("never", 2, "neg", "ADV", "RB", "never"),
        ("met", 2, "ROOT", "VERB", "VBD", "meet"),
        ("Netanyahu", 2, "dobj", "PROPN", "NNP", "Netanyahu"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert events_in(hand_parsed(rows)) == []


def test_a_declared_refusal_stays_a_rejection() -> None:
    for auxiliary in ("will", "would", "can"):
        events = events_in(hand_parsed(_not_meeting(auxiliary, "MD")))
        assert [(e.cameo[:2], e.modality) for e in events] == [("12", "asserted")], auxiliary


def _ref(text: str, country: str | None, sector: str | None) -> ActorRef:
    return ActorRef(text, text, f"{country or ''}{sector or ''}" or None, country, sector)


def _refusal(code: str, lemma: str, targets: list[ActorRef]) -> Candidate:
    doc = hand_parsed([(lemma, 0, "ROOT", "VERB", "VBD", lemma)])
    return Candidate(code, doc[0], [doc[0]], [_ref("Sisi", "EGY", "GOV")], targets, own_subject=True)


def test_a_refusal_aimed_at_no_one_is_no_rejection() -> None:
    assert refuses_no_one(_refusal("120", "decline", []))
    assert refuses_no_one(_refusal("120", "refuse", []))


def test_a_refusal_of_someone_or_of_an_act_stays() -> None:
    assert not refuses_no_one(_refusal("120", "decline", [_ref("Israel", "ISR", None)]))
    assert not refuses_no_one(_refusal("125", "refuse", []))
    assert not refuses_no_one(_refusal("120", "reject", []))


def test_an_appeal_aimed_at_no_one_is_no_event() -> None:
    assert appeals_to_no_one(_refusal("020", "ask", []))
    assert appeals_to_no_one(_refusal("100", "demand", []))


def test_an_appeal_to_someone_stays() -> None:
    assert not appeals_to_no_one(_refusal("020", "urge", [_ref("Israel", "ISR", None)]))
    state = _refusal("020", "urge", [])
    state.sources = [_ref("Egypt", "EGY", None)]
    assert not appeals_to_no_one(state)
    assert not appeals_to_no_one(_refusal("111", "criticize", []))


def test_urging_no_one_named_makes_no_event() -> None:
    rows: list[Row] = [
        ("Sisi", 1, "nsubj", "PROPN", "NNP", "Sisi"),
        ("urged", 1, "ROOT", "VERB", "VBD", "urge"),
        ("reforms", 1, "dobj", "NOUN", "NNS", "reform"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert events_in(hand_parsed(rows)) == []


def test_an_act_yet_to_be_done_is_no_event() -> None:
    rows: list[Row] = [
        ("Sisi", 1, "nsubj", "PROPN", "NNP", "Sisi"),
        ("had", 1, "ROOT", "VERB", "VBD", "have"),
        ("yet", 1, "advmod", "ADV", "RB", "yet"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("meet", 1, "xcomp", "VERB", "VB", "meet"),
        ("Netanyahu", 4, "dobj", "PROPN", "NNP", "Netanyahu"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert events_in(hand_parsed(rows)) == []


def _stopped(adverb: str) -> list[Row]:
    """ "Sisi stopped <adverb> of meeting Netanyahu ." """
    return [
        ("Sisi", 1, "nsubj", "PROPN", "NNP", "Sisi"),
        ("stopped", 1, "ROOT", "VERB", "VBD", "stop"),
        (adverb, 1, "advmod", "ADV", "RB", adverb),
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("meeting", 3, "pcomp", "VERB", "VBG", "meet"),
        ("Netanyahu", 4, "dobj", "PROPN", "NNP", "Netanyahu"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_an_act_stopped_short_of_is_no_event() -> None:
    assert events_in(hand_parsed(_stopped("short"))) == []


def test_an_act_neither_subject_did_is_no_event() -> None:
    rows: list[Row] = [
        ("Neither", 1, "det", "DET", "DT", "neither"),
        ("Egypt", 4, "nsubj", "PROPN", "NNP", "Egypt"),
        ("nor", 1, "cc", "CCONJ", "CC", "nor"),
        ("Israel", 1, "conj", "PROPN", "NNP", "Israel"),
        ("met", 4, "ROOT", "VERB", "VBD", "meet"),
        ("Putin", 4, "dobj", "PROPN", "NNP", "Putin"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    assert events_in(hand_parsed(rows)) == []
