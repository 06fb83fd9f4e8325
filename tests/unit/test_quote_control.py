"""The speaker of an infinitive of report that a control verb or a dummy "it" hands to its object (issue #9)."""

from __future__ import annotations

from telex.quotes.subjects import subject_of
from tests.unit.fixtures import Row, hand_parsed


def _speaker(rows: list[Row], verb: int) -> str | None:
    speaker = subject_of(hand_parsed(rows)[verb])
    return speaker.text if speaker is not None else None


# "It did require him to pledge support ."
_REQUIRE: list[Row] = [
    ("It", 2, "nsubj", "PRON", "PRP", "it"),
    ("did", 2, "aux", "AUX", "VBD", "do"),
    ("require", 2, "ROOT", "VERB", "VB", "require"),
    ("him", 2, "dobj", "PRON", "PRP", "he"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("pledge", 2, "xcomp", "VERB", "VB", "pledge"),
    ("support", 5, "dobj", "NOUN", "NN", "support"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "They called reporters to say it ." (an infinitive of purpose: the caller says it)
_CALLED: list[Row] = [
    ("They", 1, "nsubj", "PRON", "PRP", "they"),
    ("called", 1, "ROOT", "VERB", "VBD", "call"),
    ("reporters", 1, "dobj", "NOUN", "NNS", "reporter"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("say", 1, "xcomp", "VERB", "VB", "say"),
    ("it", 4, "dobj", "PRON", "PRP", "it"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# "He used the speech to refute it ." (the object is a thing: the subject speaks)
_USED: list[Row] = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("used", 1, "ROOT", "VERB", "VBD", "use"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("speech", 1, "dobj", "NOUN", "NN", "speech"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("refute", 1, "xcomp", "VERB", "VB", "refute"),
    ("it", 5, "dobj", "PRON", "PRP", "it"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# "It took him a day , then calling Lee to ask readers ."
_TOOK: list[Row] = [
    ("It", 1, "nsubj", "PRON", "PRP", "it"),
    ("took", 1, "ROOT", "VERB", "VBD", "take"),
    ("him", 1, "dobj", "PRON", "PRP", "he"),
    ("a", 4, "det", "DET", "DT", "a"),
    ("day", 1, "npadvmod", "NOUN", "NN", "day"),
    ("to", 6, "aux", "PART", "TO", "to"),
    ("act", 1, "xcomp", "VERB", "VB", "act"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("then", 9, "advmod", "ADV", "RB", "then"),
    ("calling", 1, "advcl", "VERB", "VBG", "call"),
    ("Lee", 9, "dobj", "PROPN", "NNP", "Lee"),
    ("to", 12, "aux", "PART", "TO", "to"),
    ("ask", 9, "xcomp", "VERB", "VB", "ask"),
    ("readers", 12, "dobj", "NOUN", "NNS", "reader"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# "It is too soon to say ."
_SOON: list[Row] = [
    ("It", 1, "nsubj", "PRON", "PRP", "it"),
    ("is", 1, "ROOT", "AUX", "VBZ", "be"),
    ("too", 3, "advmod", "ADV", "RB", "too"),
    ("soon", 1, "advmod", "ADV", "RB", "soon"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("say", 3, "xcomp", "VERB", "VB", "say"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# "It went on to say so ." (a referring "it" that goes on: it speaks)
_WENT: list[Row] = [
    ("It", 1, "nsubj", "PRON", "PRP", "it"),
    ("went", 1, "ROOT", "VERB", "VBD", "go"),
    ("on", 1, "prt", "ADP", "RP", "on"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("say", 1, "xcomp", "VERB", "VB", "say"),
    ("so", 4, "advmod", "ADV", "RB", "so"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_an_object_control_verb_has_its_object_speak() -> None:
    assert _speaker(_REQUIRE, 5) == "him"


def test_an_infinitive_of_purpose_or_a_thing_object_leaves_the_subject_speaking() -> None:
    assert _speaker(_CALLED, 4) == "They"
    assert _speaker(_USED, 5) == "He"


def test_a_dummy_it_hands_the_report_to_the_object_it_puts_forward() -> None:
    assert _speaker(_TOOK, 12) == "him"
    assert _speaker(_TOOK, 9) == "him"


def test_a_dummy_it_before_be_names_no_speaker_but_a_referring_it_speaks() -> None:
    assert _speaker(_SOON, 5) is None
    assert _speaker(_WENT, 4) == "It"


# "It was to report earnings ." (a referring "it" whose infinitive hangs on "be" itself)
_WAS: list[Row] = [
    ("It", 1, "nsubj", "PRON", "PRP", "it"),
    ("was", 1, "ROOT", "AUX", "VBD", "be"),
    ("to", 3, "aux", "PART", "TO", "to"),
    ("report", 1, "xcomp", "VERB", "VB", "report"),
    ("earnings", 3, "dobj", "NOUN", "NNS", "earning"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_an_infinitive_on_be_itself_keeps_its_it() -> None:
    assert _speaker(_WAS, 3) == "It"
