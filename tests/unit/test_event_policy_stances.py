"""A verb of stance whose object is a thing or a doing, with no one acted on, tells where its doer stands on a
policy, no act of backing or rejecting an actor (hand-built parses, no model)."""

from __future__ import annotations

from tests.unit.fixtures import Row, events_in, hand_parsed


def _codes(rows: list[Row]) -> list[str]:
    return [e.cameo for e in events_in(hand_parsed(rows))]


def test_opposing_a_policy_is_no_rejection() -> None:
    # "Russian lawmakers oppose abortion ."
    rows: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("oppose", 2, "ROOT", "VERB", "VBP", "oppose"),
        ("abortion", 2, "dobj", "NOUN", "NN", "abortion"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) == []


def test_supporting_a_doing_is_no_support() -> None:
    # "Russian lawmakers support raising taxes ."
    rows: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("support", 2, "ROOT", "VERB", "VBP", "support"),
        ("raising", 2, "xcomp", "VERB", "VBG", "raise"),
        ("taxes", 3, "dobj", "NOUN", "NNS", "tax"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) == []


def _ban_on(thing: str, lemma: str, pos: str, tag: str) -> list[Row]:
    """ "Sisi supported a ban on <thing> ." """
    return [
        ("Sisi", 1, "nsubj", "PROPN", "NNP", "Sisi"),
        ("supported", 1, "ROOT", "VERB", "VBD", "support"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("ban", 1, "dobj", "NOUN", "NN", "ban"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        (thing, 4, "pobj", pos, tag, lemma),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_backing_an_act_no_one_undergoes_is_no_support() -> None:
    # An act its object names, aimed at no one ("a ban on cloning"), is the policy taken a stand on; a ban on a
    # state is aimed at it, and backing it stays support.
    assert _codes(_ban_on("cloning", "cloning", "NOUN", "NN")) == []
    events = events_in(hand_parsed(_ban_on("Qatar", "Qatar", "PROPN", "NNP"), places=frozenset({5})))
    assert [(e.cameo, [t.code for t in e.target]) for e in events] == [("051", ["QAT"])]


def test_opposing_a_request_answers_its_maker() -> None:
    # "Sisi opposed a request .": a request is someone's, though not named; the rejection stays.
    rows: list[Row] = [
        ("Sisi", 1, "nsubj", "PROPN", "NNP", "Sisi"),
        ("opposed", 1, "ROOT", "VERB", "VBD", "oppose"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("request", 1, "dobj", "NOUN", "NN", "request"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) == ["120"]


def test_a_thing_a_relative_clause_backs_is_no_support() -> None:
    # "Russian lawmakers debated legislation that Putin supported ."
    rows: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("debated", 2, "ROOT", "VERB", "VBD", "debate"),
        ("legislation", 2, "dobj", "NOUN", "NN", "legislation"),
        ("that", 6, "dobj", "PRON", "WDT", "that"),
        ("Putin", 6, "nsubj", "PROPN", "NNP", "Putin"),
        ("supported", 3, "relcl", "VERB", "VBD", "support"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert "051" not in _codes(rows)


def test_backing_people_counted_by_a_noun_stays_support() -> None:
    # "Russian lawmakers endorsed a handful of candidates ."
    rows: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("endorsed", 2, "ROOT", "VERB", "VBD", "endorse"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("handful", 2, "dobj", "NOUN", "NN", "handful"),
        ("of", 4, "prep", "ADP", "IN", "of"),
        ("candidates", 5, "pobj", "NOUN", "NNS", "candidate"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) == ["051"]


def test_a_thing_pressed_for_no_one_is_promoted_not_demanded() -> None:
    # "Russian lawmakers pressed the case ." / "Russian lawmakers pushed Putin ."
    promoted: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("pressed", 2, "ROOT", "VERB", "VBD", "press"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("case", 2, "dobj", "NOUN", "NN", "case"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(promoted) == []
    pressed: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("pushed", 2, "ROOT", "VERB", "VBD", "push"),
        ("Putin", 2, "dobj", "PROPN", "NNP", "Putin"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(pressed) == ["100"]


def _called_for(thing: str, thing_lemma: str) -> list[Row]:
    # "Russian lawmakers called for a <thing> ."
    return [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("called", 2, "ROOT", "VERB", "VBD", "call"),
        ("for", 2, "prep", "ADP", "IN", "for"),
        ("a", 5, "det", "DET", "DT", "a"),
        (thing, 3, "pobj", "NOUN", "NN", thing_lemma),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_a_thing_called_for_from_no_one_is_promoted_not_appealed_for() -> None:
    assert _codes(_called_for("ban", "ban")) == []
    assert _codes(_called_for("revolution", "revolution")) == []
    # A ceasefire has a code of its own (027): an appeal to those who fight, whom the coder may have missed.
    assert _codes(_called_for("ceasefire", "ceasefire")) == ["027"]


def _call_for(thing: str, thing_lemma: str) -> list[Row]:
    # "Russian lawmakers denounced Putin 's call for a <thing> ."
    return [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("denounced", 2, "ROOT", "VERB", "VBD", "denounce"),
        ("Putin", 5, "poss", "PROPN", "NNP", "Putin"),
        ("'s", 3, "case", "PART", "POS", "'s"),
        ("call", 2, "dobj", "NOUN", "NN", "call"),
        ("for", 5, "prep", "ADP", "IN", "for"),
        ("a", 8, "det", "DET", "DT", "a"),
        (thing, 6, "pobj", "NOUN", "NN", thing_lemma),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_a_call_for_a_thing_from_no_one_is_a_policy_promoted() -> None:
    # Putin's call for a ban names a policy he promotes, no appeal to anyone; the lawmakers' criticism of it stays.
    assert _codes(_call_for("ban", "ban")) == ["111"]
    # A call for a ceasefire or for talks, which the verb's rows code apart, stays an appeal to those who fight.
    assert _codes(_call_for("ceasefire", "ceasefire")) == ["111", "020"]
    assert _codes(_call_for("talks", "talks")) == ["111", "020"]


def test_someone_called_for_to_act_stays_an_appeal() -> None:
    # "Russian lawmakers called for Putin to resign ."
    rows: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("called", 2, "ROOT", "VERB", "VBD", "call"),
        ("for", 6, "mark", "SCONJ", "IN", "for"),
        ("Putin", 6, "nsubj", "PROPN", "NNP", "Putin"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("resign", 2, "advcl", "VERB", "VB", "resign"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) != []


def _faulting(verb: str, lemma: str, thing: str, thing_lemma: str) -> list[Row]:
    # "Russian lawmakers <verb> the <thing> ."
    return [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker"),
        (verb, 2, "ROOT", "VERB", "VBD", lemma),
        ("the", 4, "det", "DET", "DT", "the"),
        (thing, 2, "dobj", "NOUN", "NN", thing_lemma),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_faulting_a_policy_no_one_owns_is_no_criticism() -> None:
    assert _codes(_faulting("criticized", "criticize", "program", "program")) == []
    assert _codes(_faulting("questioned", "question", "science", "science")) == []


def test_faulting_what_someone_said_or_did_stays_criticism() -> None:
    # The remark, the decision, the invasion: someone's, though the coder may have missed whose.
    assert _codes(_faulting("criticized", "criticize", "remarks", "remark")) == ["111"]
    assert _codes(_faulting("criticized", "criticize", "decision", "decision")) == ["111"]
    assert _codes(_faulting("criticized", "criticize", "invasion", "invasion")) == ["111"]


def test_faulting_someone_stays_criticism() -> None:
    # "Russian lawmakers criticized Putin ."
    rows: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("criticized", 2, "ROOT", "VERB", "VBD", "criticize"),
        ("Putin", 2, "dobj", "PROPN", "NNP", "Putin"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) == ["111"]


def test_faulting_people_or_a_policy_someone_made_stays_criticism() -> None:
    assert _codes(_faulting("berated", "berate", "guards", "guard")) == ["111"]
    # "Russian lawmakers criticized aspects of the program Putin trumpeted ."
    rows: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("criticized", 2, "ROOT", "VERB", "VBD", "criticize"),
        ("aspects", 2, "dobj", "NOUN", "NNS", "aspect"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("program", 4, "pobj", "NOUN", "NN", "program"),
        ("Putin", 8, "nsubj", "PROPN", "NNP", "Putin"),
        ("trumpeted", 6, "relcl", "VERB", "VBD", "trumpet"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) == ["111"]


def _criticism_of(thing: str, thing_lemma: str, pos: str = "NOUN", tag: str = "NN") -> list[Row]:
    # "Putin voiced criticism of the <thing> ."
    return [
        ("Putin", 1, "nsubj", "PROPN", "NNP", "Putin"),
        ("voiced", 1, "ROOT", "VERB", "VBD", "voice"),
        ("criticism", 1, "dobj", "NOUN", "NN", "criticism"),
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("the", 5, "det", "DET", "DT", "the"),
        (thing, 3, "pobj", pos, tag, thing_lemma),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_noun_of_faulting_a_policy_is_no_criticism() -> None:
    # "Putin voiced criticism of the program ." tells a stance; of the remarks, or of the Kremlin, criticizes someone.
    assert _codes(_criticism_of("program", "program")) == []
    assert _codes(_criticism_of("remarks", "remark", tag="NNS")) == ["111"]
    assert _codes(_criticism_of("Kremlin", "Kremlin", "PROPN", "NNP")) == ["111"]


def test_praising_a_thing_no_one_owns_is_no_praise() -> None:
    # "Russian lawmakers hailed the streak ." states a view of things; "hailed the decision" and "hailed Putin" praise.
    assert _codes(_faulting("hailed", "hail", "streak", "streak")) == []
    assert _codes(_faulting("welcomed", "welcome", "docket", "docket")) == []
    assert _codes(_faulting("hailed", "hail", "decision", "decision")) == ["051"]
    rows = _faulting("hailed", "hail", "Putin", "Putin")
    rows[3:5] = [("Putin", 2, "dobj", "PROPN", "NNP", "Putin")]
    assert _codes(rows) == ["051"]
