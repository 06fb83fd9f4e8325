"""Who does what an event's complement says, and what a recipient is given, on hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from telex.records import Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _events(rows: list[Row]) -> list[Event]:
    return events_in(hand_parsed(rows))


def _coded(events: list[Event]) -> list[tuple[str, list[str | None], list[str | None], str]]:
    return [(e.cameo, [a.country for a in e.source], [a.country for a in e.target], e.modality) for e in events]


# "Washington accused Pyongyang of supplying Russia with shells ."
ACCUSED: list[Row] = [
    ("Washington", 1, "nsubj", "PROPN", "NNP", "Washington"),
    ("accused", 1, "ROOT", "VERB", "VBD", "accuse"),
    ("Pyongyang", 1, "dobj", "PROPN", "NNP", "Pyongyang"),
    ("of", 1, "prep", "ADP", "IN", "of"),
    ("supplying", 3, "pcomp", "VERB", "VBG", "supply"),
    ("Russia", 4, "dobj", "PROPN", "NNP", "Russia"),
    ("with", 4, "prep", "ADP", "IN", "with"),
    ("shells", 6, "pobj", "NOUN", "NNS", "shell"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_the_accused_does_what_they_are_accused_of_and_the_recipient_is_the_target() -> None:
    events = _events(ACCUSED)
    assert len(events) == 2
    assert _coded(events) == [("112", ["USA"], ["PRK"], "asserted"), ("072", ["PRK"], ["RUS"], "alleged")]


def test_what_a_recipient_is_given_comes_after_with() -> None:
    # "Pyongyang supplied Russia with shells .": arms, so 072, not the 071 of aid in general.
    rows: list[Row] = [
        ("Pyongyang", 1, "nsubj", "PROPN", "NNP", "Pyongyang"),
        ("supplied", 1, "ROOT", "VERB", "VBD", "supply"),
        ("Russia", 1, "dobj", "PROPN", "NNP", "Russia"),
        ("with", 1, "prep", "ADP", "IN", "with"),
        ("shells", 3, "pobj", "NOUN", "NNS", "shell"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_events(rows)) == [("072", ["PRK"], ["RUS"], "asserted")]


def test_a_thing_as_the_object_does_not_do_the_complement() -> None:
    # "Russia used drones to attack Ukraine .": Russia attacks, not the drones.
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("used", 1, "ROOT", "VERB", "VBD", "use"),
        ("drones", 1, "dobj", "NOUN", "NNS", "drone"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("attack", 1, "xcomp", "VERB", "VB", "attack"),
        ("Ukraine", 4, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    [event] = [e for e in _events(rows) if e.cameo.startswith("19")]
    assert ([a.country for a in event.source], [a.country for a in event.target]) == (["RUS"], ["UKR"])


def test_a_place_named_for_a_country_is_no_target() -> None:
    # "China deployed warships to the Sea of Japan .": a sea, not Japan.
    rows: list[Row] = [
        ("China", 1, "nsubj", "PROPN", "NNP", "China"),
        ("deployed", 1, "ROOT", "VERB", "VBD", "deploy"),
        ("warships", 1, "dobj", "NOUN", "NNS", "warship"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("Sea", 3, "pobj", "PROPN", "NNP", "Sea"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("Japan", 6, "pobj", "PROPN", "NNP", "Japan"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    [event] = _events(rows)
    assert event.cameo_root == "15" and [a.country for a in event.source] == ["CHN"] and event.target == ()


def test_who_receives_aid_is_its_target_and_who_gives_it_the_source() -> None:
    # "Ukraine received weapons from Germany ."
    rows: list[Row] = [
        ("Ukraine", 1, "nsubj", "PROPN", "NNP", "Ukraine"),
        ("received", 1, "ROOT", "VERB", "VBD", "receive"),
        ("weapons", 1, "dobj", "NOUN", "NNS", "weapon"),
        ("from", 1, "prep", "ADP", "IN", "from"),
        ("Germany", 3, "pobj", "PROPN", "NNP", "Germany"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_events(rows)) == [("072", ["DEU"], ["UKR"], "asserted")]
    # With no giver named, the receiver is still no giver.
    unnamed = [(w, h - (h > 3) * 2, d, p, t, lem) for i, (w, h, d, p, t, lem) in enumerate(rows) if i not in (3, 4)]
    assert _coded(_events(unnamed)) == [("072", [], ["UKR"], "asserted")]


def _reported_obligation(modal: str) -> list[Row]:
    # "Russia said Sudan <modal> read the report ."
    return [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Sudan", 4, "nsubj", "PROPN", "NNP", "Sudan"),
        (modal, 4, "aux", "AUX", "MD", modal),
        ("read", 1, "ccomp", "VERB", "VB", "read"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("report", 4, "dobj", "NOUN", "NN", "report"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_reported_must_is_a_demand_and_a_reported_should_an_appeal() -> None:
    assert _coded(_events(_reported_obligation("must"))) == [("100", ["RUS"], ["SDN"], "asserted")]
    assert _coded(_events(_reported_obligation("should"))) == [("020", ["RUS"], ["SDN"], "asserted")]


def test_what_a_speaker_says_their_own_country_must_do_is_an_appeal() -> None:
    # "Moscow said Russia must read the report .": a demand is made on another.
    rows = [("Moscow", 1, "nsubj", "PROPN", "NNP", "Moscow"), *_reported_obligation("must")[1:]]
    rows[2] = ("Russia", 4, "nsubj", "PROPN", "NNP", "Russia")
    assert _coded(_events(rows)) == [("020", ["RUS"], ["RUS"], "asserted")]


def _russia_said_sudan(head: int, clause: list[Row]) -> list[Row]:
    # "Russia said Sudan <clause> .", Sudan the subject of the word at ``head``.
    return [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Sudan", head, "nsubj", "PROPN", "NNP", "Sudan"),
        *clause,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_what_someone_should_be_or_undergo_is_asked_of_no_one() -> None:
    # "Russia said Sudan should be ready .": a judgement of a state, no act asked for.
    should_be: list[Row] = [("should", 4, "aux", "AUX", "MD", "should"), ("be", 1, "ccomp", "AUX", "VB", "be")]
    ready = _russia_said_sudan(4, [*should_be, ("ready", 4, "acomp", "ADJ", "JJ", "ready")])
    assert _coded(_events(ready)) == []
    # "Russia said Sudan should face the report .": what Sudan should undergo is not done by Sudan.
    faced = _reported_obligation("should")
    faced[4] = ("face", 1, "ccomp", "VERB", "VB", "face")
    assert _coded(_events(faced)) == []
    # "Russia said Sudan should be read the report .": a passive asks nothing of its subject.
    passive = [*faced[:3], ("should", 5, "aux", "AUX", "MD", "should"), ("be", 5, "auxpass", "AUX", "VB", "be")]
    passive += [("read", 1, "ccomp", "VERB", "VBN", "read"), ("the", 7, "det", "DET", "DT", "the")]
    passive += [("report", 5, "dobj", "NOUN", "NN", "report"), (".", 1, "punct", "PUNCT", ".", ".")]
    passive[2] = ("Sudan", 5, "nsubjpass", "PROPN", "NNP", "Sudan")
    assert _coded(_events(passive)) == []


def test_what_someone_should_know_or_win_is_asked_of_no_one() -> None:
    # "Russia said Sudan should know the report .", "... must win the report .": knowing, feeling or an outcome is no
    # act done at another's asking; "should read" is one (above).
    for modal, verb in (("should", "know"), ("must", "win"), ("should", "worry")):
        rows = _reported_obligation(modal)
        rows[4] = (verb, 1, "ccomp", "VERB", "VB", verb)
        assert _coded(_events(rows)) == [], verb


def test_care_asked_is_no_act_and_readiness_to_act_an_appeal() -> None:
    # "Russia said Sudan should be careful .": what Sudan should be asks no act of it.
    def be(adjective: str, after: list[Row]) -> list[Row]:
        should_be: list[Row] = [("should", 4, "aux", "AUX", "MD", "should"), ("be", 1, "ccomp", "AUX", "VB", "be")]
        return _russia_said_sudan(4, [*should_be, (adjective, 4, "acomp", "ADJ", "JJ", adjective), *after])

    assert _coded(_events(be("careful", []))) == []
    # "Russia said Sudan should be ready to read the report ." asks Sudan to read it.
    to_read: list[Row] = [
        ("to", 7, "aux", "PART", "TO", "to"),
        ("read", 5, "xcomp", "VERB", "VB", "read"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("report", 7, "dobj", "NOUN", "NN", "report"),
    ]
    assert _coded(_events(be("ready", to_read))) == [("020", ["RUS"], ["SDN"], "asserted")]


def test_what_someone_needs_to_be_is_asked_of_no_one() -> None:
    # "Russia said Sudan needs to be ready ." asks nothing; "Russia said Sudan needs to read the report ." asks.
    def need(verb: Row, after: list[Row]) -> list[Row]:
        needs_to: list[Row] = [("needs", 1, "ccomp", "VERB", "VBZ", "need"), ("to", 5, "aux", "PART", "TO", "to")]
        return _russia_said_sudan(3, [*needs_to, verb, *after])

    ready = need(("be", 3, "xcomp", "AUX", "VB", "be"), [("ready", 5, "acomp", "ADJ", "JJ", "ready")])
    assert _coded(_events(ready)) == []
    read = need(("read", 3, "xcomp", "VERB", "VB", "read"), [("the", 7, "det", "DET", "DT", "the")])
    read.insert(7, ("report", 5, "dobj", "NOUN", "NN", "report"))
    assert _coded(_events(read)) == [("100", ["RUS"], ["SDN"], "asserted")]


def _reported_obligation_of(subject: list[Row], modal: str) -> list[Row]:
    # "Moscow said <subject> <modal> read the report .", the subject's head last in ``subject``.
    n = len(subject)
    return [
        ("Moscow", 1, "nsubj", "PROPN", "NNP", "Moscow"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        *subject,
        (modal, n + 3, "aux", "AUX", "MD", modal),
        ("read", 1, "ccomp", "VERB", "VB", "read"),
        ("the", n + 5, "det", "DET", "DT", "the"),
        ("report", n + 3, "dobj", "NOUN", "NN", "report"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_what_people_at_large_should_do_is_asked_of_no_one() -> None:
    # "Moscow said people should read the report .": a view of what anyone ought to do, no appeal to anyone.
    people: list[Row] = [("people", 4, "nsubj", "NOUN", "NNS", "people")]
    assert _coded(_events(_reported_obligation_of(people, "should"))) == []
    # "Moscow said Syrians should read the report .": another country's people are asked.
    syrians: list[Row] = [("Syrians", 4, "nsubj", "PROPN", "NNPS", "Syrians")]
    assert _coded(_events(_reported_obligation_of(syrians, "should"))) == [("020", ["RUS"], ["SYR"], "asserted")]


def test_what_any_future_holder_of_an_office_should_do_is_asked_of_no_one() -> None:
    # "Moscow said the next president should read the report .": no one holds that office yet.
    def president(adjective: str) -> list[Row]:
        return [
            ("the", 4, "det", "DET", "DT", "the"),
            (adjective, 4, "amod", "ADJ", "JJ", adjective.lower()),
            ("president", 6, "nsubj", "NOUN", "NN", "president"),
        ]

    assert _coded(_events(_reported_obligation_of(president("next"), "should"))) == []
    # "the Egyptian president" is someone.
    assert _coded(_events(_reported_obligation_of(president("Egyptian"), "should"))) == [
        ("020", ["RUS"], ["EGY"], "asserted")
    ]


def test_an_obligation_coordinated_with_the_reported_clause_is_reported_too() -> None:
    # "“ This is a fight and Sudan must stop it , ” Russia said ."
    rows: list[Row] = [
        ("“", 12, "punct", "PUNCT", "``", "“"),
        ("This", 2, "nsubj", "PRON", "DT", "this"),
        ("is", 12, "ccomp", "AUX", "VBZ", "be"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("fight", 2, "attr", "NOUN", "NN", "fight"),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("Sudan", 8, "nsubj", "PROPN", "NNP", "Sudan"),
        ("must", 8, "aux", "AUX", "MD", "must"),
        ("stop", 2, "conj", "VERB", "VB", "stop"),
        ("it", 8, "dobj", "PRON", "PRP", "it"),
        (",", 12, "punct", "PUNCT", ",", ","),
        ("Russia", 12, "nsubj", "PROPN", "NNP", "Russia"),
        ("said", 12, "ROOT", "VERB", "VBD", "say"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_events(rows)) == [("100", ["RUS"], ["SDN"], "asserted")]


def test_the_subject_of_a_for_to_clause_is_what_is_called_for() -> None:
    # "Russia called for Sudan to read the report ."
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("for", 5, "mark", "SCONJ", "IN", "for"),
        ("Sudan", 5, "nsubj", "PROPN", "NNP", "Sudan"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("read", 1, "advcl", "VERB", "VB", "read"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("report", 5, "dobj", "NOUN", "NN", "report"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_events(rows)) == [("020", ["RUS"], ["SDN"], "asserted")]


def test_the_parties_between_whom_a_nominal_event_happens_are_its_actors() -> None:
    # "After a meeting between Russia and China , the talks failed ."
    rows: list[Row] = [
        ("After", 9, "prep", "ADP", "IN", "after"),
        ("a", 2, "det", "DET", "DT", "a"),
        ("meeting", 0, "pobj", "NOUN", "NN", "meeting"),
        ("between", 2, "prep", "ADP", "IN", "between"),
        ("Russia", 3, "pobj", "PROPN", "NNP", "Russia"),
        ("and", 4, "cc", "CCONJ", "CC", "and"),
        ("China", 4, "conj", "PROPN", "NNP", "China"),
        (",", 9, "punct", "PUNCT", ",", ","),
        ("rain", 9, "nsubj", "NOUN", "NN", "rain"),
        ("fell", 9, "ROOT", "VERB", "VBD", "fall"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_events(rows)) == [("040", ["RUS"], ["CHN"], "asserted"), ("040", ["CHN"], ["RUS"], "asserted")]


def test_the_author_of_what_an_act_is_aimed_at_is_its_target() -> None:
    # "Russia lashed out at remarks by China ."
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("lashed", 1, "ROOT", "VERB", "VBD", "lash"),
        ("out", 1, "prt", "ADP", "RP", "out"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("remarks", 3, "pobj", "NOUN", "NNS", "remark"),
        ("by", 4, "prep", "ADP", "IN", "by"),
        ("China", 5, "pobj", "PROPN", "NNP", "China"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_events(rows)) == [("111", ["RUS"], ["CHN"], "asserted")]


def test_what_may_happen_or_did_not_happen_is_no_event_unless_it_makes_one() -> None:
    # "Russia could accuse China ." / "Russia did not accuse China ." / "Russia refused to meet China ."
    could: list[Row] = [
        ("Russia", 2, "nsubj", "PROPN", "NNP", "Russia"),
        ("could", 2, "aux", "AUX", "MD", "could"),
        ("accuse", 2, "ROOT", "VERB", "VB", "accuse"),
        ("China", 2, "dobj", "PROPN", "NNP", "China"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    did_not: list[Row] = [
        ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
        ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("accuse", 3, "ROOT", "VERB", "VB", "accuse"),
        ("China", 3, "dobj", "PROPN", "NNP", "China"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    refused: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("refused", 1, "ROOT", "VERB", "VBD", "refuse"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("meet", 1, "xcomp", "VERB", "VB", "meet"),
        ("China", 3, "dobj", "PROPN", "NNP", "China"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _events(could) == []
    assert _events(did_not) == []
    assert [e.cameo_root for e in _events(refused)] == ["12"]


def _talked(second: str, pos: str, lemma: str) -> list[Event]:
    """ "Russia and <second> talked ."."""
    return _events(
        [
            ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
            ("and", 0, "cc", "CCONJ", "CC", "and"),
            (second, 0, "conj", pos, "NNS" if pos == "NOUN" else "NNP", lemma),
            ("talked", 3, "ROOT", "VERB", "VBD", "talk"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ]
    )


def test_talk_of_people_no_state_places_beside_one_it_does_is_speech_of_one_side() -> None:
    # "Russia and China talked ." are talks between two; "Russia and employees talked .": the employees are placed by
    # no state, so they talk beside Russia, one side, to no one named.
    assert {e.cameo for e in _talked("China", "PROPN", "China")} == {"040"}
    assert [e.cameo for e in _talked("employees", "NOUN", "employee")] == []


def _returning(preposition: str) -> list[Event]:
    """ "France worried <preposition> Erdogan returning to Germany .": the parser hangs "returning" on "worried"."""
    rows: list[Row] = [
        ("France", 1, "nsubj", "PROPN", "NNP", "France"),
        ("worried", 1, "ROOT", "VERB", "VBD", "worry"),
        (preposition, 1, "prep", "ADP", "IN", preposition),
        ("Erdogan", 2, "pobj", "PROPN", "NNP", "Erdogan"),
        ("returning", 1, "advcl", "VERB", "VBG", "return"),
        ("to", 4, "prep", "ADP", "IN", "to"),
        ("Germany", 5, "pobj", "PROPN", "NNP", "Germany"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    return events_in(hand_parsed(rows, people=frozenset({3})))


def test_a_person_named_right_before_a_split_gerund_is_its_subject() -> None:
    # "France worried about Erdogan returning to Germany .": Erdogan returns, not France; "with Erdogan returning"
    # may be France's act done with him, and stays the clause's.
    assert [[a.text for a in e.source] for e in _returning("about") if e.cameo.startswith("04")] == [["Erdogan"]]
    assert [[a.text for a in e.source] for e in _returning("with") if e.cameo.startswith("04")] == [["France"]]


def test_talk_with_no_one_named_beside_the_speaker_is_speech() -> None:
    # "Russia talked on Monday ." / "Russia talked with China ."
    alone: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("talked", 1, "ROOT", "VERB", "VBD", "talk"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Monday", 2, "pobj", "PROPN", "NNP", "Monday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    with_china: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("talked", 1, "ROOT", "VERB", "VBD", "talk"),
        ("with", 1, "prep", "ADP", "IN", "with"),
        ("China", 2, "pobj", "PROPN", "NNP", "China"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _events(alone) == []
    assert _coded(_events(with_china)) == [("040", ["RUS"], ["CHN"], "asserted")]


def test_irregulars_force_on_the_unarmed_is_unconventional_violence_and_on_soldiers_a_clash() -> None:
    def attack(target: str, lemma: str) -> list[Row]:
        # "Rebels attacked <target> ."
        return [
            ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
            ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
            (target, 1, "dobj", "NOUN", "NNS", lemma),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]

    assert [e.cameo_root for e in _events(attack("civilians", "civilian"))] == ["18"]
    assert [e.cameo_root for e in _events(attack("soldiers", "soldier"))] == ["19"]


def test_irregulars_striking_a_place_of_their_own_country_use_unconventional_violence() -> None:
    def attack(adjective: str, place: str) -> list[str]:
        # "<adjective> gunmen attacked <place> .": the place is known only by its country (no sector).
        rows: list[Row] = [
            (adjective, 1, "amod", "ADJ", "JJ", adjective.lower()),
            ("gunmen", 2, "nsubj", "NOUN", "NNS", "gunman"),
            ("attacked", 2, "ROOT", "VERB", "VBD", "attack"),
            (place, 2, "dobj", "PROPN", "NNP", place),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
        return [e.cameo for e in events_in(hand_parsed(rows, places=frozenset({3})))]

    assert attack("French", "Paris") == ["180"]  # gunmen at home strike a place: a terror attack
    assert attack("Libyan", "France") == ["190"]  # another country's state may be their foe in war


def test_state_forces_firing_on_protesters_is_repression_and_on_rebels_a_clash() -> None:
    def fired(source: str, source_lemma: str, target: str, target_lemma: str) -> list[Row]:
        # "Kenyan <source> fired on <target> ."
        return [
            ("Kenyan", 1, "amod", "ADJ", "JJ", "kenyan"),
            (source, 2, "nsubj", "NOUN", "NNS", source_lemma),
            ("fired", 2, "ROOT", "VERB", "VBD", "fire"),
            ("on", 2, "prep", "ADP", "IN", "on"),
            (target, 3, "pobj", "NOUN", "NNS", target_lemma),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]

    assert [e.cameo for e in _events(fired("police", "police", "protesters", "protester"))] == ["175"]
    assert [e.cameo for e in _events(fired("soldiers", "soldier", "demonstrators", "demonstrator"))] == ["175"]
    assert [e.cameo_root for e in _events(fired("soldiers", "soldier", "rebels", "rebel"))] == ["19"]


def test_a_noun_of_violence_as_the_subject_of_a_harm_verb_names_the_act() -> None:
    def killed(noun: str, lemma: str) -> list[Row]:
        # "A <noun> killed five Nigerian soldiers ."
        return [
            ("A", 1, "det", "DET", "DT", "a"),
            (noun, 2, "nsubj", "NOUN", "NN", lemma),
            ("killed", 2, "ROOT", "VERB", "VBD", "kill"),
            ("five", 5, "nummod", "NUM", "CD", "five"),
            ("Nigerian", 5, "amod", "ADJ", "JJ", "nigerian"),
            ("soldiers", 2, "dobj", "NOUN", "NNS", "soldier"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]

    assert [(e.cameo, [a.code for a in e.target]) for e in _events(killed("bombing", "bombing"))] == [
        ("183", ["NGAMIL"])
    ]
    assert [e.cameo for e in _events(killed("airstrike", "airstrike"))] == ["195"]
    # A subject that names no act of violence leaves the verb's own code.
    assert [e.cameo for e in _events(killed("storm", "storm"))] == []
    assert [e.cameo for e in _events(killed("gunman", "gunman"))] == ["190"]


def test_the_compounds_nearest_a_noun_make_its_entry_when_the_whole_run_does_not() -> None:
    # "Russia 's car bomb attack continued .": "car bomb attack" is no entry, "bomb attack" is.
    rows: list[Row] = [
        ("Russia", 4, "poss", "PROPN", "NNP", "Russia"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("car", 4, "compound", "NOUN", "NN", "car"),
        ("bomb", 4, "compound", "NOUN", "NN", "bomb"),
        ("attack", 5, "nsubj", "NOUN", "NN", "attack"),
        ("continued", 5, "ROOT", "VERB", "VBD", "continue"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    assert [e.cameo for e in _events(rows)] == ["183"]


def test_coordinated_adjectives_of_several_words_each_name_an_actor() -> None:
    # "South Korean and American troops attacked Pyongyang ."
    rows: list[Row] = [
        ("South", 1, "amod", "ADJ", "JJ", "south"),
        ("Korean", 4, "amod", "ADJ", "JJ", "korean"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("American", 1, "conj", "ADJ", "JJ", "american"),
        ("troops", 5, "nsubj", "NOUN", "NNS", "troop"),
        ("attacked", 5, "ROOT", "VERB", "VBD", "attack"),
        ("Pyongyang", 5, "dobj", "PROPN", "NNP", "Pyongyang"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    [event] = _events(rows)
    assert [a.code for a in event.source] == ["KORMIL", "USAMIL"]


def test_asking_a_question_is_no_appeal() -> None:
    # "Russia asked China whether it would come ." / "Russia asked China to come ."
    question: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("asked", 1, "ROOT", "VERB", "VBD", "ask"),
        ("China", 1, "dobj", "PROPN", "NNP", "China"),
        ("whether", 6, "mark", "SCONJ", "IN", "whether"),
        ("it", 6, "nsubj", "PRON", "PRP", "it"),
        ("would", 6, "aux", "AUX", "MD", "would"),
        ("come", 1, "ccomp", "VERB", "VB", "come"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    request: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("asked", 1, "ROOT", "VERB", "VBD", "ask"),
        ("China", 1, "dobj", "PROPN", "NNP", "China"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("come", 1, "xcomp", "VERB", "VB", "come"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _events(question) == []
    assert _coded(_events(request)) == [("020", ["RUS"], ["CHN"], "asserted")]


def test_a_relative_pronoun_subject_stands_for_the_noun_it_describes() -> None:
    # "China welcomed Russia , which conducted a nuclear test ."
    rows: list[Row] = [
        ("China", 1, "nsubj", "PROPN", "NNP", "China"),
        ("welcomed", 1, "ROOT", "VERB", "VBD", "welcome"),
        ("Russia", 1, "dobj", "PROPN", "NNP", "Russia"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("which", 5, "nsubj", "PRON", "WDT", "which"),
        ("conducted", 2, "relcl", "VERB", "VBD", "conduct"),
        ("a", 8, "det", "DET", "DT", "a"),
        ("nuclear", 8, "amod", "ADJ", "JJ", "nuclear"),
        ("test", 5, "dobj", "NOUN", "NN", "test"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert ("150", ["RUS"], [], "asserted") in _coded(_events(rows))


def test_a_relative_pronoun_that_undergoes_a_passive_stands_for_the_noun_it_describes() -> None:
    # "Iran , which was condemned by France , rejected the deal ."
    rows: list[Row] = [
        ("Iran", 9, "nsubj", "PROPN", "NNP", "Iran"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("which", 4, "nsubjpass", "PRON", "WDT", "which"),
        ("was", 4, "auxpass", "AUX", "VBD", "be"),
        ("condemned", 0, "relcl", "VERB", "VBN", "condemn"),
        ("by", 4, "agent", "ADP", "IN", "by"),
        ("France", 5, "pobj", "PROPN", "NNP", "France"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("then", 9, "advmod", "ADV", "RB", "then"),
        ("rejected", 9, "ROOT", "VERB", "VBD", "reject"),
        ("the", 11, "det", "DET", "DT", "the"),
        ("deal", 9, "dobj", "NOUN", "NN", "deal"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ]
    assert ("111", ["FRA"], ["IRN"], "asserted") in _coded(_events(rows))


def test_a_wish_for_another_actors_act_is_an_appeal_to_it() -> None:
    # "Russia wants China to leave ."
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("wants", 1, "ROOT", "VERB", "VBZ", "want"),
        ("China", 1, "dobj", "PROPN", "NNP", "China"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("leave", 1, "xcomp", "VERB", "VB", "leave"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_events(rows)) == [("020", ["RUS"], ["CHN"], "asserted")]


def test_a_wish_that_may_not_be_held_is_no_appeal() -> None:
    # "Russia might want China to leave .": a possible wish asks nobody for anything.
    rows: list[Row] = [
        ("Russia", 2, "nsubj", "PROPN", "NNP", "Russia"),
        ("might", 2, "aux", "AUX", "MD", "might"),
        ("want", 2, "ROOT", "VERB", "VB", "want"),
        ("China", 2, "dobj", "PROPN", "NNP", "China"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("leave", 2, "xcomp", "VERB", "VB", "leave"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_events(rows)) == []


def test_the_noun_a_present_participle_describes_does_the_act() -> None:
    # "The rhetoric of French officials blasting Germany grew .": the officials blast Germany.
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("rhetoric", 7, "nsubj", "NOUN", "NN", "rhetoric"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("French", 4, "amod", "ADJ", "JJ", "french"),
        ("officials", 2, "pobj", "NOUN", "NNS", "official"),
        ("blasting", 4, "acl", "VERB", "VBG", "blast"),
        ("Germany", 5, "dobj", "PROPN", "NNP", "Germany"),
        ("grew", 7, "ROOT", "VERB", "VBD", "grow"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_events(rows)) == [("111", ["FRA"], ["DEU"], "asserted")]


def test_a_group_acts_for_whoever_leads_it() -> None:
    # "The U.S.-led coalition attacked Syria ." and "A group led by Russia attacked Syria ."
    led: list[Row] = [
        ("The", 2, "det", "DET", "DT", "the"),
        ("U.S.-led", 2, "amod", "ADJ", "JJ", "u.s.-led"),
        ("coalition", 3, "nsubj", "NOUN", "NN", "coalition"),
        ("attacked", 3, "ROOT", "VERB", "VBD", "attack"),
        ("Syria", 3, "dobj", "PROPN", "NNP", "Syria"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    led_by: list[Row] = [
        ("A", 1, "det", "DET", "DT", "a"),
        ("group", 5, "nsubj", "NOUN", "NN", "group"),
        ("led", 1, "acl", "VERB", "VBN", "lead"),
        ("by", 2, "agent", "ADP", "IN", "by"),
        ("Russia", 3, "pobj", "PROPN", "NNP", "Russia"),
        ("attacked", 5, "ROOT", "VERB", "VBD", "attack"),
        ("Syria", 5, "dobj", "PROPN", "NNP", "Syria"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    assert [(s, t) for _, s, t, _ in _coded(_events(led))] == [(["USA"], ["SYR"])]
    assert [(s, t) for _, s, t, _ in _coded(_events(led_by))] == [(["RUS"], ["SYR"])]


def test_blaming_a_thing_accuses_no_one() -> None:
    # "Russia blamed the fall in prices ." accuses no one; "Russia blamed Ukraine ." does.
    thing: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("blamed", 1, "ROOT", "VERB", "VBD", "blame"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("fall", 1, "dobj", "NOUN", "NN", "fall"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("prices", 4, "pobj", "NOUN", "NNS", "price"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    someone: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("blamed", 1, "ROOT", "VERB", "VBD", "blame"),
        ("Ukraine", 1, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_events(thing)) == []
    assert _coded(_events(someone)) == [("112", ["RUS"], ["UKR"], "asserted")]


def _blamed_on(on_head: int) -> list[Row]:
    """ "Russia blamed Ukraine's losses on Poland ." with "on" hung on the verb (1) or on the object (4)."""
    return [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("blamed", 1, "ROOT", "VERB", "VBD", "blame"),
        ("Ukraine", 4, "poss", "PROPN", "NNP", "Ukraine"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("losses", 1, "dobj", "NOUN", "NNS", "loss"),
        ("on", on_head, "prep", "ADP", "IN", "on"),
        ("Poland", 5, "pobj", "PROPN", "NNP", "Poland"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


@pytest.mark.parametrize("on_head", [1, 4])
def test_blaming_a_deed_on_someone_accuses_them_not_the_doer_of_the_deed(on_head: int) -> None:
    # "Russia blamed Ukraine's losses on Poland .": Poland is accused, Ukraine's losses are what is blamed on it.
    assert _coded(_events(_blamed_on(on_head))) == [("112", ["RUS"], ["POL"], "asserted")]


def test_one_blamed_on_a_medium_is_the_accused() -> None:
    # "Russia blamed Ukraine on television .": Ukraine is blamed; the "on" phrase says where, not whom.
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("blamed", 1, "ROOT", "VERB", "VBD", "blame"),
        ("Ukraine", 1, "dobj", "PROPN", "NNP", "Ukraine"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("television", 3, "pobj", "NOUN", "NN", "television"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_events(rows)) == [("112", ["RUS"], ["UKR"], "asserted")]


def test_a_blame_cleared_by_not_accuses_no_one_of_that_phrase() -> None:
    # "Russia blamed the losses on Poland , not on Ukraine .": Ukraine is cleared.
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("blamed", 1, "ROOT", "VERB", "VBD", "blame"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("losses", 1, "dobj", "NOUN", "NNS", "loss"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Poland", 4, "pobj", "PROPN", "NNP", "Poland"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("not", 8, "neg", "PART", "RB", "not"),
        ("on", 4, "conj", "ADP", "IN", "on"),
        ("Ukraine", 8, "pobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_events(rows)) == [("112", ["RUS"], ["POL"], "asserted")]


def _text_that(noun: str, relative_tag: str, clause_dep: str, verb: str = "accuse") -> list[Row]:
    """ "Russia released a <noun> that <verb>s Ukraine .", with the relative pronoun tagged ``relative_tag``."""
    return [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("released", 1, "ROOT", "VERB", "VBD", "release"),
        ("a", 3, "det", "DET", "DT", "a"),
        (noun, 1, "dobj", "NOUN", "NN", noun),
        ("that", 5, "nsubj", "PRON" if relative_tag == "WDT" else "SCONJ", relative_tag, "that"),
        (f"{verb}s", 3, clause_dep, "VERB", "VBZ", verb),
        ("Ukraine", 5, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


@pytest.mark.parametrize(("relative_tag", "clause_dep"), [("WDT", "relcl"), ("IN", "acl")])
def test_a_text_that_accuses_speaks_for_whoever_issued_it(relative_tag: str, clause_dep: str) -> None:
    # "Russia released a video that accuses Ukraine .": Russia accuses, through the video; the parser may tag "that"
    # as a subordinator and take the clause for one of the noun.
    assert _coded(_events(_text_that("video", relative_tag, clause_dep))) == [("112", ["RUS"], ["UKR"], "asserted")]


@pytest.mark.parametrize(("noun", "verb"), [("gas", "accuse"), ("report", "injure")])
def test_a_thing_or_a_deed_no_words_do_is_no_text_of_whoever_issued_it(noun: str, verb: str) -> None:
    # "Russia released a gas that accuses Ukraine .": no text; "Russia released a report that injures Ukraine .": a
    # report does no harm of its own. Russia does neither.
    assert all(s == [] for _, s, _, _ in _coded(_events(_text_that(noun, "WDT", "relcl", verb))))


def test_the_place_a_where_clause_hangs_off_is_not_its_object() -> None:
    # "Kerry went to China , where Kerry met with Lavrov .": Lavrov is met, not China.
    rows: list[Row] = [
        ("Kerry", 1, "nsubj", "PROPN", "NNP", "Kerry"),
        ("went", 1, "ROOT", "VERB", "VBD", "go"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("China", 2, "pobj", "PROPN", "NNP", "China"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("where", 7, "advmod", "SCONJ", "WRB", "where"),
        ("Kerry", 7, "nsubj", "PROPN", "NNP", "Kerry"),
        ("met", 3, "relcl", "VERB", "VBD", "meet"),
        ("with", 7, "prep", "ADP", "IN", "with"),
        ("Lavrov", 8, "pobj", "PROPN", "NNP", "Lavrov"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [(c, s, t) for c, s, t, _ in _coded(_events(rows))] == [("042", ["USA"], ["CHN"]), ("040", ["USA"], ["RUS"])]


def test_agreeing_with_a_proposition_is_an_opinion_but_two_sides_agreeing_is_an_agreement() -> None:
    # "Germany agrees that the deal is flawed ." / "Russia and China agreed that they would meet ."
    opinion: list[Row] = [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("agrees", 1, "ROOT", "VERB", "VBZ", "agree"),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("deal", 5, "nsubj", "NOUN", "NN", "deal"),
        ("is", 1, "ccomp", "AUX", "VBZ", "be"),
        ("flawed", 5, "acomp", "ADJ", "JJ", "flawed"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    joint: list[Row] = [
        ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("China", 0, "conj", "PROPN", "NNP", "China"),
        ("agreed", 3, "ROOT", "VERB", "VBD", "agree"),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("they", 7, "nsubj", "PRON", "PRP", "they"),
        ("would", 7, "aux", "AUX", "MD", "would"),
        ("meet", 3, "ccomp", "VERB", "VB", "meet"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert _events(opinion) == []
    assert {e.cameo_root for e in _events(joint)} == {"03"}


def test_agreeing_with_someone_is_an_opinion_but_agreeing_to_act_or_alone_is_an_agreement() -> None:
    # "Germany agreed with Russia ." / "Germany agreed ." / "Germany agreed to pay Russia ."
    with_someone: list[Row] = [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
        ("with", 1, "prep", "ADP", "IN", "with"),
        ("Russia", 2, "pobj", "PROPN", "NNP", "Russia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    alone: list[Row] = [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    to_act: list[Row] = [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("pay", 1, "xcomp", "VERB", "VB", "pay"),
        ("Russia", 3, "dobj", "PROPN", "NNP", "Russia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _events(with_someone) == []
    assert {e.cameo_root for e in _events(alone)} == {"03"}
    assert _events(to_act) != []


def test_two_sides_agreeing_that_something_is_so_share_a_view() -> None:
    # "Russia and China agreed that the talks were useful ." / "Russia and China agreed ."
    view: list[Row] = [
        ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("China", 0, "conj", "PROPN", "NNP", "China"),
        ("agreed", 3, "ROOT", "VERB", "VBD", "agree"),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("talks", 7, "nsubj", "NOUN", "NNS", "talk"),
        ("were", 3, "ccomp", "AUX", "VBD", "be"),
        ("useful", 7, "acomp", "ADJ", "JJ", "useful"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    terms: list[Row] = [
        ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("China", 0, "conj", "PROPN", "NNP", "China"),
        ("agreed", 3, "ROOT", "VERB", "VBD", "agree"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert [e for e in _events(view) if e.cameo_root == "03"] == []
    assert {e.cameo_root for e in _events(terms)} == {"03"}


def test_a_preposition_to_that_the_tagger_made_a_particle_still_heads_its_phrase() -> None:
    # "Iran agreed to talks with France .", with "to" tagged TO/PART as the tagger often does.
    rows: list[Row] = [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
        ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
        ("to", 1, "prep", "PART", "TO", "to"),
        ("talks", 2, "pobj", "NOUN", "NNS", "talk"),
        ("with", 3, "prep", "ADP", "IN", "with"),
        ("France", 4, "pobj", "PROPN", "NNP", "France"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_events(rows)) == [("036", ["IRN"], ["FRA"], "asserted")]


def test_what_a_question_asks_about_is_not_reported_and_asking_it_is_no_appeal() -> None:
    # "Did Russia attack Ukraine ?"
    question: list[Row] = [
        ("Did", 2, "aux", "AUX", "VBD", "do"),
        ("Russia", 2, "nsubj", "PROPN", "NNP", "Russia"),
        ("attack", 2, "ROOT", "VERB", "VB", "attack"),
        ("Ukraine", 2, "dobj", "PROPN", "NNP", "Ukraine"),
        ("?", 2, "punct", "PUNCT", ".", "?"),
    ]
    assert _events(question) == []
    assert _coded(_events([*question[:4], (".", 2, "punct", "PUNCT", ".", ".")])) == [
        ("190", ["RUS"], ["UKR"], "asserted")
    ]
    # "Russia asked , “ With nukes ? ”": the quoted question is what is asked.
    asked: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("asked", 1, "ROOT", "VERB", "VBD", "ask"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("“", 1, "punct", "PUNCT", "``", "“"),
        ("With", 1, "prep", "ADP", "IN", "with"),
        ("nukes", 4, "pobj", "NOUN", "NNS", "nuke"),
        ("?", 1, "punct", "PUNCT", ".", "?"),
        ("”", 1, "punct", "PUNCT", "''", "”"),
    ]
    assert _events(asked) == []


def test_what_the_media_or_an_unnamed_asker_ask_of_someone_is_an_interview_question() -> None:
    def asked(subject: Row) -> list[Row]:
        # "<subject> asked Ukraine to leave ."
        return [
            subject,
            ("asked", 1, "ROOT", "VERB", "VBD", "ask"),
            ("Ukraine", 1, "dobj", "PROPN", "NNP", "Ukraine"),
            ("to", 4, "aux", "PART", "TO", "to"),
            ("leave", 1, "xcomp", "VERB", "VB", "leave"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]

    assert _events(asked(("Journalists", 1, "nsubj", "NOUN", "NNS", "journalist"))) == []
    assert _coded(_events(asked(("Russia", 1, "nsubj", "PROPN", "NNP", "Russia")))) == [
        ("020", ["RUS"], ["UKR"], "asserted")
    ]
    # "Ukraine was asked to leave ."
    passive: list[Row] = [
        ("Ukraine", 2, "nsubjpass", "PROPN", "NNP", "Ukraine"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("asked", 2, "ROOT", "VERB", "VBN", "ask"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("leave", 2, "xcomp", "VERB", "VB", "leave"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _events(passive) == []


def test_a_phrase_fronted_before_the_verb_is_no_preposition_of_its_pattern() -> None:
    # "On Monday , Russia called Ukraine reckless .": no "call on" appeal, a judgement.
    fronted: list[Row] = [
        ("On", 4, "prep", "ADP", "IN", "on"),
        ("Monday", 0, "pobj", "PROPN", "NNP", "Monday"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("Russia", 4, "nsubj", "PROPN", "NNP", "Russia"),
        ("called", 4, "ROOT", "VERB", "VBD", "call"),
        ("Ukraine", 4, "dobj", "PROPN", "NNP", "Ukraine"),
        ("reckless", 4, "oprd", "ADJ", "JJ", "reckless"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    assert [e.cameo for e in _events(fronted)] == ["111"]
    # "Russia called on Ukraine to leave .", with "Ukraine" misparsed as a second subject: "on" still marks the appeal.
    misparsed: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Ukraine", 1, "nsubj", "PROPN", "NNP", "Ukraine"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("leave", 1, "xcomp", "VERB", "VB", "leave"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [e.cameo for e in _events(misparsed)] == ["020"]


def test_a_subject_taken_into_an_opening_date_phrase_still_acts() -> None:
    # "In July 2015 Russia visited Georgia ." with "Russia" parsed as a second object of "In", after the date.
    rows: list[Row] = [
        ("In", 4, "prep", "ADP", "IN", "in"),
        ("July", 0, "pobj", "PROPN", "NNP", "July"),
        ("2015", 1, "nummod", "NUM", "CD", "2015"),
        ("Russia", 0, "pobj", "PROPN", "NNP", "Russia"),
        ("visited", 4, "ROOT", "VERB", "VBD", "visit"),
        ("Georgia", 4, "dobj", "PROPN", "NNP", "Georgia"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    doc.ents = [Span(doc, 1, 3, label="DATE")]
    assert [(e.cameo, [a.code for a in e.source]) for e in events_in(doc)] == [("042", ["RUS"])]
    # Without the date, a second object of "In" is no subject.
    doc = hand_parsed(rows)
    assert [a.code for e in events_in(doc) for a in e.source] == []


def test_a_subject_the_parser_hung_on_the_auxiliary_is_the_doer() -> None:
    # "Egypt was attacking Israel .", the parser hanging "Egypt" on "was" rather than on "attacking".
    rows: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("was", 2, "aux", "AUX", "VBD", "be"),
        ("attacking", 2, "ROOT", "VERB", "VBG", "attack"),
        ("Israel", 2, "dobj", "PROPN", "NNP", "Israel"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert [(c, s, t) for c, s, t, _ in _coded(_events(rows))] == [("190", ["EGY"], ["ISR"])]


def test_an_ethnic_group_is_of_the_country_its_act_is_set_in() -> None:
    # "Ethnic Albanians demonstrated in Serbia ." / "Ethnic Albanians demonstrated ."
    rows: list[Row] = [
        ("Ethnic", 1, "amod", "ADJ", "JJ", "ethnic"),
        ("Albanians", 2, "nsubj", "PROPN", "NNPS", "Albanians"),
        ("demonstrated", 2, "ROOT", "VERB", "VBD", "demonstrate"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("Serbia", 3, "pobj", "PROPN", "NNP", "Serbia"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert [s for _, s, _, _ in _coded(_events(rows))] == [["SRB"]]
    unplaced = [*rows[:3], (".", 2, "punct", "PUNCT", ".", ".")]
    assert [s for _, s, _, _ in _coded(_events(unplaced))] == [["ALB"]]


def _partitive(of_object: tuple[str, str, str]) -> list[Row]:
    # "Some of the Chinese <officials> criticized Russia ."
    word, tag, lemma = of_object
    return [
        ("Some", 5, "nsubj", "PRON", "DT", "some"),
        ("of", 0, "prep", "ADP", "IN", "of"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("Chinese", 4, "amod", "ADJ", "JJ", "chinese"),
        (word, 1, "pobj", "NOUN", tag, lemma),
        ("criticized", 5, "ROOT", "VERB", "VBD", "criticize"),
        ("Russia", 5, "dobj", "PROPN", "NNP", "Russia"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]


def test_a_quantifying_pronoun_stands_for_the_people_of_its_of_phrase() -> None:
    events = _events(_partitive(("officials", "NNS", "official")))
    assert _coded(events) == [("111", ["CHN"], ["RUS"], "asserted")]
    assert [(a.text, a.code) for a in events[0].source] == [("the Chinese officials", "CHNGOV")]


def test_a_quantifying_pronoun_over_things_names_no_actor() -> None:
    # "Some of the Chinese factories criticized Russia .": factories have no role, so no source.
    events = _events(_partitive(("factories", "NNS", "factory")))
    assert [(e.cameo, e.source) for e in events] == [("111", ())]


def test_a_count_capped_by_up_to_is_the_object() -> None:
    # "Rebels kidnapped up to 16 Russian advisers .": the parser hangs "to 16 advisers" on the particle "up".
    rows: list[Row] = [
        ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
        ("kidnapped", 1, "ROOT", "VERB", "VBD", "kidnap"),
        ("up", 1, "prt", "ADP", "RP", "up"),
        ("to", 2, "prep", "ADP", "IN", "to"),
        ("16", 6, "nummod", "NUM", "CD", "16"),
        ("Russian", 6, "amod", "ADJ", "JJ", "russian"),
        ("advisers", 3, "pobj", "NOUN", "NNS", "adviser"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [(e.cameo, [a.country for a in e.target]) for e in _events(rows)] == [("181", ["RUS"])]


def test_where_forebears_came_from_places_no_one() -> None:
    # "Russia criticized the American envoy 's Ukrainian heritage .": the envoy is American.
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("American", 4, "amod", "ADJ", "JJ", "american"),
        ("envoy", 7, "poss", "NOUN", "NN", "envoy"),
        ("'s", 4, "case", "PART", "POS", "'s"),
        ("Ukrainian", 7, "amod", "ADJ", "JJ", "ukrainian"),
        ("heritage", 1, "dobj", "NOUN", "NN", "heritage"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    events = _events(rows)
    assert [(a.text, a.code) for e in events for a in e.target] == [("the American envoy", "USAGOV")]


def _considering(act: list[Row]) -> list[Row]:
    # "Germany is considering <act> ."
    return [
        ("Germany", 2, "nsubj", "PROPN", "NNP", "Germany"),
        ("is", 2, "aux", "AUX", "VBZ", "be"),
        ("considering", 2, "ROOT", "VERB", "VBG", "consider"),
        *act,
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_an_option_weighed_is_aimed_at_whom_its_act_names() -> None:
    # "Germany is considering imposing sanctions on Russia ."
    sanctions: list[Row] = [
        ("imposing", 2, "xcomp", "VERB", "VBG", "impose"),
        ("sanctions", 3, "dobj", "NOUN", "NNS", "sanction"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("Russia", 5, "pobj", "PROPN", "NNP", "Russia"),
    ]
    assert ("014", ["DEU"], ["RUS"], "asserted") in _coded(_events(_considering(sanctions)))
    # "Germany is considering sending German troops .": the doer's own forces are not what the option is aimed at.
    troops: list[Row] = [
        ("sending", 2, "xcomp", "VERB", "VBG", "send"),
        ("German", 5, "amod", "ADJ", "JJ", "german"),
        ("troops", 3, "dobj", "NOUN", "NNS", "troop"),
    ]
    assert ("014", ["DEU"], [], "asserted") in _coded(_events(_considering(troops)))


def test_an_option_a_party_weighs_for_no_one_is_its_own_business() -> None:
    # "German lawmakers are considering a run ." weighs no course towards anyone; "Germany is considering sending
    # German troops ." (above) is a state's policy, and "... imposing sanctions on Russia" is aimed at Russia.
    rows: list[Row] = [
        ("German", 1, "amod", "ADJ", "JJ", "german"),
        ("lawmakers", 3, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("are", 3, "aux", "AUX", "VBP", "be"),
        ("considering", 3, "ROOT", "VERB", "VBG", "consider"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("run", 3, "dobj", "NOUN", "NN", "run"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert _events(rows) == []
    rows[5] = ("sanctions", 3, "dobj", "NOUN", "NNS", "sanction")
    rows[4] = ("new", 5, "amod", "ADJ", "JJ", "new")
    rows[6:6] = [("on", 5, "prep", "ADP", "IN", "on"), ("Russia", 6, "pobj", "PROPN", "NNP", "Russia")]
    rows[-1] = (".", 3, "punct", "PUNCT", ".", ".")
    assert ("014", ["DEU"], ["RUS"], "asserted") in _coded(_events(rows))


def test_people_fleeing_a_place_are_of_its_country() -> None:
    # "Greek police clashed with migrants fleeing the war in Syria ." (the parser hangs "in Syria" on the fleeing)
    rows: list[Row] = [
        ("Greek", 1, "amod", "ADJ", "JJ", "greek"),
        ("police", 2, "nsubj", "NOUN", "NNS", "police"),
        ("clashed", 2, "ROOT", "VERB", "VBD", "clash"),
        ("with", 2, "prep", "ADP", "IN", "with"),
        ("migrants", 3, "pobj", "NOUN", "NNS", "migrant"),
        ("fleeing", 4, "acl", "VERB", "VBG", "flee"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("war", 5, "dobj", "NOUN", "NN", "war"),
        ("in", 5, "prep", "ADP", "IN", "in"),
        ("Syria", 8, "pobj", "PROPN", "NNP", "Syria"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert [[a.country for a in e.target] for e in _events(rows)] == [["SYR"]]
    # Fleeing to a place says where they go, not whose they are.
    rows[8] = ("to", 5, "prep", "ADP", "IN", "to")
    assert [[a.country for a in e.target] for e in _events(rows)] != [["SYR"]]


def test_a_gerund_of_means_is_done_by_the_subject_not_the_object() -> None:
    # "Russia angered Ukraine by attacking Georgia .": Russia attacks; "accused Pyongyang of supplying" is the object's.
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("angered", 1, "ROOT", "VERB", "VBD", "anger"),
        ("Ukraine", 1, "dobj", "PROPN", "NNP", "Ukraine"),
        ("by", 1, "prep", "ADP", "IN", "by"),
        ("attacking", 3, "pcomp", "VERB", "VBG", "attack"),
        ("Georgia", 4, "dobj", "PROPN", "NNP", "Georgia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    [event] = [e for e in _events(rows) if e.cameo.startswith("19")]
    assert ([a.country for a in event.source], [a.country for a in event.target]) == (["RUS"], ["GEO"])


def test_a_gerund_after_with_is_done_by_the_object() -> None:
    # "Russia credited Iran with attacking Georgia ."
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("credited", 1, "ROOT", "VERB", "VBD", "credit"),
        ("Iran", 1, "dobj", "PROPN", "NNP", "Iran"),
        ("with", 1, "prep", "ADP", "IN", "with"),
        ("attacking", 3, "pcomp", "VERB", "VBG", "attack"),
        ("Georgia", 4, "dobj", "PROPN", "NNP", "Georgia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    [event] = [e for e in _events(rows) if e.cameo.startswith("19")]
    assert [a.country for a in event.source] == ["IRN"]


def test_a_gerund_in_a_phrase_of_a_passive_is_done_by_its_subject_not_its_agent() -> None:
    # "Iran was praised by Russia for attacking Georgia .": Iran attacks; so after "fired after clashing with".
    rows: list[Row] = [
        ("Iran", 2, "nsubjpass", "PROPN", "NNP", "Iran"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("praised", 2, "ROOT", "VERB", "VBN", "praise"),
        ("by", 2, "agent", "ADP", "IN", "by"),
        ("Russia", 3, "pobj", "PROPN", "NNP", "Russia"),
        ("for", 2, "prep", "ADP", "IN", "for"),
        ("attacking", 5, "pcomp", "VERB", "VBG", "attack"),
        ("Georgia", 6, "dobj", "PROPN", "NNP", "Georgia"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    [event] = [e for e in _events(rows) if e.cameo.startswith("19")]
    assert ([a.country for a in event.source], [a.country for a in event.target]) == (["IRN"], ["GEO"])
    rows[5] = ("after", 2, "prep", "ADP", "IN", "after")
    [event] = [e for e in _events(rows) if e.cameo.startswith("19")]
    assert [a.country for a in event.source] == ["IRN"]


def test_an_infinitive_of_a_passive_is_done_by_its_subject() -> None:
    # "Iran was forced to attack Georgia .": the one forced attacks, as in "Turkey is said to have attacked".
    rows: list[Row] = [
        ("Iran", 2, "nsubjpass", "PROPN", "NNP", "Iran"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("forced", 2, "ROOT", "VERB", "VBN", "force"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("attack", 2, "xcomp", "VERB", "VB", "attack"),
        ("Georgia", 4, "dobj", "PROPN", "NNP", "Georgia"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    [event] = [e for e in _events(rows) if e.cameo.startswith("19")]
    assert ([a.country for a in event.source], [a.country for a in event.target]) == (["IRN"], ["GEO"])


def test_a_name_compounded_on_an_event_noun_with_a_possessor_is_whom_it_is_done_to() -> None:
    # "Putin 's Trump endorsement surprised many .": Putin endorses Trump; "the Trump endorsement" alone may be Trump's.
    rows: list[Row] = [
        ("Putin", 3, "poss", "PROPN", "NNP", "Putin"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("Trump", 3, "compound", "PROPN", "NNP", "Trump"),
        ("endorsement", 4, "nsubj", "NOUN", "NN", "endorsement"),
        ("surprised", 4, "ROOT", "VERB", "VBD", "surprise"),
        ("many", 4, "dobj", "ADJ", "JJ", "many"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_events(rows)) == [("051", ["RUS"], ["USA"], "asserted")]


def _owned(noun: str, lemma: str) -> list[Row]:
    # "Erdogan criticized Putin 's <noun> ."
    return [
        ("Erdogan", 1, "nsubj", "PROPN", "NNP", "Erdogan"),
        ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
        ("Putin", 4, "poss", "PROPN", "NNP", "Putin"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        (noun, 1, "dobj", "NOUN", "NN", lemma),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_ones_relative_is_of_ones_country_not_oneself() -> None:
    # "Putin's daughter" is another person, of Russia, not Putin (RUSGOV); "Putin's government" is his state's.
    [relative] = _events(_owned("daughter", "daughter"))
    assert [(a.code, a.name) for a in relative.target] == [("RUS", None)]
    [government] = _events(_owned("government", "government"))
    assert [a.code for a in government.target] == ["RUSGOV"]


def _urged(fronted: bool) -> list[Row]:
    # "At the urging of Germany , France complained ." / "France complained at the urging of Germany ."
    phrase: list[Row] = [
        ("At" if fronted else "at", 7 if fronted else 1, "prep", "ADP", "IN", "at"),
        ("the", 2 if fronted else 4, "det", "DET", "DT", "the"),
        ("urging", 0 if fronted else 2, "pobj", "NOUN", "NN", "urging"),
        ("of", 2 if fronted else 4, "prep", "ADP", "IN", "of"),
        ("Germany", 3 if fronted else 5, "pobj", "PROPN", "NNP", "Germany"),
    ]
    if fronted:
        return [
            *phrase,
            (",", 7, "punct", "PUNCT", ",", ","),
            ("France", 7, "nsubj", "PROPN", "NNP", "France"),
            ("complained", 7, "ROOT", "VERB", "VBD", "complain"),
            (".", 7, "punct", "PUNCT", ".", "."),
        ]
    return [
        ("France", 1, "nsubj", "PROPN", "NNP", "France"),
        ("complained", 1, "ROOT", "VERB", "VBD", "complain"),
        *phrase,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_phrase_fronted_before_the_verb_is_not_what_the_act_is_aimed_at() -> None:
    # Fronted, "at the urging of Germany" says who asked, not whom France complains of; after the verb "at" aims.
    [fronted] = _events(_urged(True))
    assert (fronted.cameo, [a.country for a in fronted.source], fronted.target) == ("114", ["FRA"], ())
    [after] = _events(_urged(False))
    assert [a.country for a in after.target] == ["DEU"]


@pytest.mark.parametrize(("word", "lemma"), [("stock", "stock"), ("earnings", "earning")])
def test_a_firms_stock_is_not_the_firm_acting(word: str, lemma: str) -> None:
    # "Microsoft 's stock closed down ." against "Microsoft closed down .": a market figure the firm owns (list
    # ``market_figure``) neither acts nor is acted upon as the firm. The tagger's lemma of "earnings" is "earning",
    # which the list does not hold: its own form does.
    figure: list[Row] = [
        ("Microsoft", 2, "poss", "PROPN", "NNP", "Microsoft"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        (word, 3, "nsubj", "NOUN", "NN", lemma),
        ("closed", 3, "ROOT", "VERB", "VBD", "close"),
        ("down", 3, "prt", "ADP", "RP", "down"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    firm: list[Row] = [
        ("Microsoft", 1, "nsubj", "PROPN", "NNP", "Microsoft"),
        ("closed", 1, "ROOT", "VERB", "VBD", "close"),
        ("down", 1, "prt", "ADP", "RP", "down"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [(e.cameo, [a.code for a in e.source]) for e in _events(firm)] == [("172", ["USABUS"])]
    assert _events(figure) == []


def _investigated(thing: str, lemma: str) -> list[Row]:
    # "Germany investigated Russia 's <thing> ."
    return [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("investigated", 1, "ROOT", "VERB", "VBD", "investigate"),
        ("Russia", 4, "poss", "PROPN", "NNP", "Russia"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        (thing, 1, "dobj", "NOUN", "NNS", lemma),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_the_author_of_an_investigated_accusation_is_not_investigated() -> None:
    # The owner of what is looked into is looked at ("Russia's documents"), but the one who makes an accusation that is
    # looked into is not ("Russia's allegations"); whom it is against is ("Russia's accusations against Ukraine").
    assert ("090", ["DEU"], ["RUS"], "asserted") in _coded(_events(_investigated("documents", "document")))
    assert ("090", ["DEU"], [], "asserted") in _coded(_events(_investigated("allegations", "allegation")))
    against: list[Row] = [
        *_investigated("accusations", "accusation")[:5],
        ("against", 4, "prep", "ADP", "IN", "against"),
        ("Ukraine", 5, "pobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert ("090", ["DEU"], ["UKR"], "asserted") in _coded(_events(against))


def _won(noun: Row, preposition: str, giver_head: int) -> list[Row]:
    # "Ukraine won <noun> <preposition> Germany .", the preposition hanging off ``giver_head``.
    return [
        ("Ukraine", 1, "nsubj", "PROPN", "NNP", "Ukraine"),
        ("won", 1, "ROOT", "VERB", "VBD", "win"),
        ("the", 3, "det", "DET", "DT", "the"),
        noun,
        (preposition, giver_head, "prep", "ADP", "IN", preposition),
        ("Germany", 4, "pobj", "PROPN", "NNP", "Germany"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_who_wins_an_act_from_another_is_its_target() -> None:
    support: Row = ("endorsement", 1, "dobj", "NOUN", "NN", "endorsement")
    # "Ukraine won the endorsement of Germany .": Germany endorses Ukraine.
    assert _coded(_events(_won(support, "of", 3))) == [("051", ["DEU"], ["UKR"], "asserted")]
    # "Ukraine won the endorsement from Germany .", the "from" hung on the verb.
    assert _coded(_events(_won(support, "from", 1))) == [("051", ["DEU"], ["UKR"], "asserted")]
    # "Ukraine won the arrest of Germany .": one arrested undergoes the arrest, and does not make it.
    arrest: Row = ("arrest", 1, "dobj", "NOUN", "NN", "arrest")
    assert all(e.source == () or [a.country for a in e.source] != ["DEU"] for e in _events(_won(arrest, "of", 3)))
