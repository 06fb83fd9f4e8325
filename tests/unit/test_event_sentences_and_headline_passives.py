"""Protest and violence news on hand-built parses (no model): a sentence of prison or death is a detention (173) whose
penalty names no target, a headline's passive without its auxiliary ("ELEVEN POLICE KILLED IN CAR BOMB") makes its
subject the one who underwent it, a reported clause the parser took for an object with a participle does not make
the reporter its doer, and a protest breaks out in the place a phrase of place names inside another."""

from __future__ import annotations

from spacy.tokens import Doc

from telex.events.candidates import (
    _headline_passive,
    _misread_modifier,
    _penalty,
    _places_named,
    _reported_object,
)
from telex.events.filters import by_hazard
from telex.events.patterns import match_verb
from tests.unit.fixtures import Row, events_in, hand_parsed


def _code(lemma: str, **conditions: object) -> str | None:
    found = match_verb(lemma, **conditions)  # type: ignore[arg-type]
    return found.code if found else None


def test_a_term_of_prison_or_death_is_a_detention_and_probation_a_finding_of_guilt() -> None:
    assert _code("sentence", preps={"to": {"year", "years"}}) == "173"
    assert _code("sentence", preps={"to": {"death"}}) == "173"
    assert _code("condemn", preps={"to": {"life"}}) == "173"
    assert _code("sentence", preps={"to": {"probation"}}) == "116"
    assert _code("sentence") == "116"
    assert _code("condemn") == "111"
    assert _code("lay", particles={"down"}, objects={"tools"}) == "143"
    assert _code("lay", particles={"down"}, objects={"arms"}) == "0873"


# "Russian judges sentenced the blogger to five years in prison ."
SENTENCED: list[Row] = [
    ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
    ("judges", 2, "nsubj", "NOUN", "NNS", "judge"),
    ("sentenced", 2, "ROOT", "VERB", "VBD", "sentence"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("blogger", 2, "dobj", "NOUN", "NN", "blogger"),
    ("to", 2, "prep", "ADP", "IN", "to"),
    ("five", 7, "nummod", "NUM", "CD", "five"),
    ("years", 5, "pobj", "NOUN", "NNS", "year"),
    ("in", 7, "prep", "ADP", "IN", "in"),
    ("prison", 8, "pobj", "NOUN", "NN", "prison"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_the_penalty_of_a_sentence_is_no_target() -> None:
    doc = hand_parsed(SENTENCED)
    assert _penalty(doc[2], doc[7], "173") == {6, 7, 8, 9}
    assert _penalty(doc[2], doc[7], "116") == set()
    assert _penalty(doc[2], None, "173") == set()
    events = events_in(doc)
    assert [e.cameo for e in events] == ["173"]
    assert all(a.text != "prison" for e in events for a in e.target)


# "ELEVEN POLICE KILLED IN CAR BOMB", as the parser reads the sentence-cased copy of the headline.
HEADLINE: list[Row] = [
    ("Eleven", 1, "nummod", "NUM", "CD", "eleven"),
    ("police", 2, "nsubj", "NOUN", "NNS", "police"),
    ("killed", 2, "ROOT", "VERB", "VBD", "kill"),
    ("in", 2, "prep", "ADP", "IN", "in"),
    ("car", 5, "compound", "NOUN", "NN", "car"),
    ("bomb", 3, "pobj", "NOUN", "NN", "bomb"),
]


def _with_text(rows: list[Row], ending: str = "") -> Doc:
    """The parse, ended with ``ending`` ("." makes it prose)."""
    return hand_parsed(rows + ([(ending, 2, "punct", "PUNCT", ".", ending)] if ending else []))


def test_a_headlines_bare_past_of_force_is_a_passive() -> None:
    doc = _with_text(HEADLINE)
    assert _headline_passive(doc[2], "183")
    # Prose ends as a sentence does; a meeting or an agreement is no force undergone.
    assert not _headline_passive(_with_text(HEADLINE, ".")[2], "183")
    assert not _headline_passive(doc[2], "030")


def test_a_headline_past_with_a_partner_or_an_object_is_active() -> None:
    # "Protesters clashed with police" / "Police killed protesters"
    clashed: list[Row] = [
        ("Protesters", 1, "nsubj", "NOUN", "NNS", "protester"),
        ("clashed", 1, "ROOT", "VERB", "VBD", "clash"),
        ("with", 1, "prep", "ADP", "IN", "with"),
        ("police", 2, "pobj", "NOUN", "NNS", "police"),
    ]
    killed: list[Row] = [
        ("Police", 1, "nsubj", "NOUN", "NNS", "police"),
        ("killed", 1, "ROOT", "VERB", "VBD", "kill"),
        ("protesters", 1, "dobj", "NOUN", "NNS", "protester"),
    ]
    assert not _headline_passive(hand_parsed(clashed)[1], "190")
    assert not _headline_passive(hand_parsed(killed)[1], "190")


# "Police said a lorry ploughed into a crowd , killing six ."
LORRY: list[Row] = [
    ("Police", 1, "nsubj", "NOUN", "NNS", "police"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("a", 3, "det", "DET", "DT", "a"),
    ("lorry", 1, "dobj", "NOUN", "NN", "lorry"),
    ("ploughed", 3, "acl", "VERB", "VBN", "plough"),
    ("into", 4, "prep", "ADP", "IN", "into"),
    ("a", 7, "det", "DET", "DT", "a"),
    ("crowd", 5, "pobj", "NOUN", "NN", "crowd"),
    (",", 4, "punct", "PUNCT", ",", ","),
    ("killing", 4, "advcl", "VERB", "VBG", "kill"),
    ("six", 9, "dobj", "NUM", "CD", "six"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_reported_clause_read_as_an_object_is_not_the_reporters_act() -> None:
    doc = hand_parsed(LORRY)
    told = _reported_object(doc[9])
    assert told is not None and told.i == 3
    assert events_in(doc) == []


def test_a_claim_with_its_own_subject_keeps_that_subject() -> None:
    # "Trump repeated his claim that Clinton had bullied women ."
    rows: list[Row] = [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("repeated", 1, "ROOT", "VERB", "VBD", "repeat"),
        ("his", 3, "poss", "PRON", "PRP$", "his"),
        ("claim", 1, "dobj", "NOUN", "NN", "claim"),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("Clinton", 7, "nsubj", "PROPN", "NNP", "Clinton"),
        ("had", 7, "aux", "AUX", "VBD", "have"),
        ("bullied", 3, "acl", "VERB", "VBN", "bully"),
        ("women", 7, "dobj", "NOUN", "NNS", "woman"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _reported_object(hand_parsed(rows)[7]) is None


def test_a_place_named_inside_a_phrase_of_place() -> None:
    # "Protests erupted in several towns in Kazakhstan ."
    rows: list[Row] = [
        ("Protests", 1, "nsubj", "NOUN", "NNS", "protest"),
        ("erupted", 1, "ROOT", "VERB", "VBD", "erupt"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("several", 4, "amod", "ADJ", "JJ", "several"),
        ("towns", 2, "pobj", "NOUN", "NNS", "town"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("Kazakhstan", 5, "pobj", "PROPN", "NNP", "Kazakhstan"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, places=frozenset({6}))
    assert _places_named(doc[4]) == [doc[6]]
    assert _places_named(doc[6]) == [doc[6]]
    assert [(e.cameo, [a.country for a in e.source]) for e in events_in(doc)] == [("141", ["KAZ"])]


def test_heat_is_a_hazard() -> None:
    # "Temperatures killed 100 people ."
    rows: list[Row] = [
        ("Temperatures", 1, "nsubj", "NOUN", "NNS", "temperature"),
        ("killed", 1, "ROOT", "VERB", "VBD", "kill"),
        ("100", 3, "nummod", "NUM", "CD", "100"),
        ("people", 1, "dobj", "NOUN", "NNS", "people"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert by_hazard(hand_parsed(rows)[1])


# "Nurses in Zimbabwe downed tools on Monday .", as the parser reads it: "downed" an adjective of "tools".
DOWNED: list[Row] = [
    ("Nurses", 0, "ROOT", "NOUN", "NNS", "nurse"),
    ("in", 0, "prep", "ADP", "IN", "in"),
    ("Zimbabwe", 1, "pobj", "PROPN", "NNP", "Zimbabwe"),
    ("downed", 4, "amod", "VERB", "VBN", "down"),
    ("tools", 0, "appos", "NOUN", "NNS", "tool"),
    ("on", 4, "prep", "ADP", "IN", "on"),
    ("Monday", 5, "pobj", "PROPN", "NNP", "Monday"),
    (".", 0, "punct", "PUNCT", ".", "."),
]


def test_a_past_form_read_as_an_adjective_of_a_bare_noun_is_the_clauses_verb() -> None:
    doc = hand_parsed(DOWNED)
    found = _misread_modifier(doc[3])
    assert found is not None and (found[0].i, found[1].i) == (0, 4)
    assert [e.cameo for e in events_in(doc)] == ["143"]


def test_a_described_noun_keeps_its_adjective() -> None:
    # "Rebels shot at the downed plane ." / "Israeli occupied territories"
    plane: list[Row] = [
        ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
        ("shot", 1, "ROOT", "VERB", "VBD", "shoot"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("downed", 5, "amod", "VERB", "VBN", "down"),
        ("plane", 2, "pobj", "NOUN", "NN", "plane"),
    ]
    occupied: list[Row] = [
        ("Israeli", 2, "amod", "ADJ", "JJ", "israeli"),
        ("occupied", 2, "amod", "VERB", "VBN", "occupy"),
        ("territories", 2, "ROOT", "NOUN", "NNS", "territory"),
    ]
    assert _misread_modifier(hand_parsed(plane)[4]) is None
    assert _misread_modifier(hand_parsed(occupied)[1]) is None


def test_a_vigil_or_picket_dispersed_is_repression() -> None:
    assert _code("disperse", objects={"picket"}) == "175"
    assert _code("break", particles={"up"}, objects={"vigil"}) == "175"
