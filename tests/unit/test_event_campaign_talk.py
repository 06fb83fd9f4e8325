"""Campaigning and comments to no one are no interaction, on hand-built parses (no model): a cooperative act done only
to voters, supporters or delegates of the doer's own country ("Sisi urged Egyptian voters to turn out") courts a
campaign's audience, as thanks to one's own state or crowd are, while faulting them or courting another country's
voters stays an event; a comment (declined, pessimistic, optimistic) aimed at no one or only at the press is a note on
sources or a view, and an empathetic comment told by its verb alone to no one ("lamented the old days") a feeling."""

from __future__ import annotations

from telex.events.candidate import Candidate
from telex.events.filters import comment_to_no_one, courts_own_audience, feeling_to_no_one, intends_for_nobody
from telex.records import ActorRef
from tests.unit.fixtures import Row, events_in, hand_parsed


def _to_voters(verb: str, lemma: str, people: str) -> list[Row]:
    """ "Sisi <verb> <people> voters to vote ." """
    return [
        ("Sisi", 1, "nsubj", "PROPN", "NNP", "Sisi"),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
        (people, 3, "amod", "ADJ", "JJ", people.lower()),
        ("voters", 1, "dobj", "NOUN", "NNS", "voter"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("vote", 1, "xcomp", "VERB", "VB", "vote"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_urging_ones_own_voters_is_campaigning() -> None:
    assert events_in(hand_parsed(_to_voters("urged", "urge", "Egyptian"))) == []


def test_urging_another_countrys_voters_is_an_appeal() -> None:
    assert [e.cameo[:2] for e in events_in(hand_parsed(_to_voters("urged", "urge", "Turkish")))] == ["02"]


def test_mocking_ones_own_voters_stays() -> None:
    rows: list[Row] = [
        ("Sisi", 1, "nsubj", "PROPN", "NNP", "Sisi"),
        ("mocked", 1, "ROOT", "VERB", "VBD", "mock"),
        ("Egyptian", 3, "amod", "ADJ", "JJ", "egyptian"),
        ("voters", 1, "dobj", "NOUN", "NNS", "voter"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [e.cameo for e in events_in(hand_parsed(rows))] == ["111"]


def _ref(text: str, country: str | None, sector: str | None) -> ActorRef:
    return ActorRef(text, text, f"{country or ''}{sector or ''}" or None, country, sector)


def _candidate(code: str, sources: list[ActorRef], targets: list[ActorRef], lemma: str = "say") -> Candidate:
    doc = hand_parsed([(lemma, 0, "ROOT", "VERB", "VBD", lemma)])
    return Candidate(code, doc[0], [doc[0]], sources, targets, own_subject=True)


def test_an_appeal_to_voters_and_a_minister_is_more_than_campaigning() -> None:
    sisi = [_ref("Sisi", "EGY", "GOV")]
    voters = _ref("voters", "EGY", "CVL")
    assert courts_own_audience(_candidate("020", sisi, [voters]))
    assert not courts_own_audience(_candidate("020", sisi, [voters, _ref("the minister", "EGY", "GOV")]))
    assert not courts_own_audience(_candidate("020", sisi, [_ref("delegates", "ISR", "LEG")]))


def test_declining_to_comment_is_no_event() -> None:
    rows: list[Row] = [
        ("Sisi", 1, "nsubj", "PROPN", "NNP", "Sisi"),
        ("declined", 1, "ROOT", "VERB", "VBD", "decline"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("comment", 1, "xcomp", "VERB", "VB", "comment"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert events_in(hand_parsed(rows)) == []
    rows = [
        ("Sisi", 1, "nsubj", "PROPN", "NNP", "Sisi"),
        ("declined", 1, "ROOT", "VERB", "VBD", "decline"),
        ("comment", 1, "dobj", "NOUN", "NN", "comment"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert events_in(hand_parsed(rows)) == []


def test_a_comment_aimed_at_someone_stays() -> None:
    sisi = [_ref("Sisi", "EGY", "GOV")]
    assert comment_to_no_one(_candidate("012", sisi, []))
    assert comment_to_no_one(_candidate("011", sisi, [_ref("Reuters", "GBR", "MED")]))
    assert not comment_to_no_one(_candidate("012", sisi, [_ref("Israel", "ISR", None)]))
    assert not comment_to_no_one(_candidate("018", sisi, []))


def test_a_feeling_told_by_a_verb_alone_is_no_comment() -> None:
    # "Sisi lamented the old days": an empathetic comment (018) by its verb alone, aimed at no one, is a feeling;
    # aimed at someone ("mourned with Jordan") it stays, and so do condolences expressed (a verb with its noun).
    sisi = [_ref("Sisi", "EGY", "GOV")]
    assert feeling_to_no_one(_candidate("018", sisi, [], "lament"))
    assert not feeling_to_no_one(_candidate("018", sisi, [_ref("Jordan", "JOR", None)], "mourn"))
    assert not feeling_to_no_one(_candidate("012", sisi, [], "lament"))
    doc = hand_parsed(
        [
            ("expressed", 0, "ROOT", "VERB", "VBD", "express"),
            ("condolences", 0, "dobj", "NOUN", "NNS", "condolence"),
        ]
    )
    condolences = Candidate("018", doc[0], [doc[0], doc[1]], sisi, [], own_subject=True)
    assert not feeling_to_no_one(condolences)


def test_thanking_ones_own_state_or_people_is_campaigning() -> None:
    # "Sisi thanked Cairo", "Sisi thanked the crowd": a campaign's gratitude; "Sisi thanked the minister" stays.
    sisi = [_ref("Sisi", "EGY", "GOV")]
    assert courts_own_audience(_candidate("051", sisi, [_ref("Cairo", "EGY", None)], "thank"))
    assert courts_own_audience(_candidate("051", sisi, [_ref("the crowd", "EGY", "CVL")], "thank"))
    assert not courts_own_audience(_candidate("051", sisi, [_ref("the minister", "EGY", "GOV")], "thank"))
    assert not courts_own_audience(_candidate("051", sisi, [_ref("Cairo", "EGY", None)], "praise"))
    assert not courts_own_audience(_candidate("051", sisi, [_ref("Israel", "ISR", None)], "thank"))


def _vow(code: str, sources: list[ActorRef]) -> Candidate:
    """ "<doer> 's vow angered Egypt .": a noun of promise with no one it is made to."""
    doc = hand_parsed([
        ("Sanders", 2, "poss", "PROPN", "NNP", "Sanders"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("vow", 3, "nsubj", "NOUN", "NN", "vow"),
        ("angered", 3, "ROOT", "VERB", "VBD", "anger"),
        ("Egypt", 3, "dobj", "PROPN", "NNP", "Egypt"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    return Candidate(code, doc[2], [doc[2]], sources, [], own_subject=False, noun=doc[2])


def test_a_vow_named_by_a_noun_to_no_one_is_a_campaign_pledge() -> None:
    # "Sanders's vow to focus on jobs" is a resolution; a state's vow is its course ("Egypt's vow").
    assert intends_for_nobody(_vow("030", [_ref("Sanders", "USA", "LEG")]))
    assert not intends_for_nobody(_vow("030", [_ref("Egypt", "EGY", None)]))
