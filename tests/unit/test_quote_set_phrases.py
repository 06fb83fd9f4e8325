"""Set phrases of the writer's that hold a verb of saying report no one, on hand-built parses (no model): "It goes
without saying that …", "Only time will tell if …"; "She said time will tell" is hers."""

from __future__ import annotations

from telex.quotes.verbs import verb_attributions
from tests.unit.fixtures import Row, hand_parsed

# "It goes without saying that taxes are anathema ."
_WITHOUT_SAYING: list[Row] = [
    ("It", 1, "nsubj", "PRON", "PRP", "it"),
    ("goes", 1, "ROOT", "VERB", "VBZ", "go"),
    ("without", 1, "prep", "ADP", "IN", "without"),
    ("saying", 2, "pcomp", "VERB", "VBG", "say"),
    ("that", 6, "mark", "SCONJ", "IN", "that"),
    ("taxes", 6, "nsubj", "NOUN", "NNS", "tax"),
    ("are", 3, "ccomp", "AUX", "VBP", "be"),
    ("anathema", 6, "attr", "NOUN", "NN", "anathema"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# "Only time will tell if it lasts ."
_TIME_TELLS: list[Row] = [
    ("Only", 1, "amod", "ADJ", "JJ", "only"),
    ("time", 3, "nsubj", "NOUN", "NN", "time"),
    ("will", 3, "aux", "AUX", "MD", "will"),
    ("tell", 3, "ROOT", "VERB", "VB", "tell"),
    ("if", 6, "mark", "SCONJ", "IN", "if"),
    ("it", 6, "nsubj", "PRON", "PRP", "it"),
    ("lasts", 3, "ccomp", "VERB", "VBZ", "last"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

# "She said it lasts ." (a report, for contrast)
_SAID: list[Row] = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("it", 3, "nsubj", "PRON", "PRP", "it"),
    ("lasts", 1, "ccomp", "VERB", "VBZ", "last"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def _cues(rows: list[Row]) -> list[str]:
    return [a.cue for a in verb_attributions(hand_parsed(rows))]


def test_it_goes_without_saying_reports_no_one() -> None:
    assert _cues(_WITHOUT_SAYING) == []


def test_time_will_tell_reports_no_one() -> None:
    assert _cues(_TIME_TELLS) == []


def test_a_report_stays() -> None:
    assert _cues(_SAID) == ["said"]
