"""Verb forms the model lemmatises wrongly, corrected by ``verb_lemmas.tsv`` (issue #9)."""

from __future__ import annotations

import pytest

from telex.nlp.lemmas import correct_verb_lemmas, corrected_lemma
from telex.quotes.cues import reporting_candidates, reporting_verb
from tests.unit.fixtures import Row, hand_parsed


@pytest.mark.parametrize(
    ("word", "parsed", "after", "lemma"),
    [
        ("foresaw", "foresaw", ["trouble"], "foresee"),  # tagged a base form: its own spelling
        ("extolled", "extoll", ["virtues"], "extol"),
        ("stricken", "stricken", [], "strike"),
        ("lay", "lie", ["out", "plan"], "lay"),  # "they lay out a plan"
        ("lay", "lie", ["into"], "lay"),
        ("lay", "lie", ["claim"], "lay"),
        ("lay", "lie", ["on"], "lie"),  # "he lay on the floor"
        ("lay", "lie", ["down"], "lie"),  # "the dog lay down"
        ("said", "say", [], "say"),  # not in the table
    ],
)
def test_corrected_lemma(word: str, parsed: str, after: list[str], lemma: str) -> None:
    assert corrected_lemma(word, parsed, after) == lemma


# "They lay out a plan": the model reads "lay" as the past of "lie".
_LAY_OUT: list[Row] = [
    ("They", 1, "nsubj", "PRON", "PRP", "they"),
    ("lay", 1, "ROOT", "VERB", "VBD", "lie"),
    ("out", 1, "prt", "ADP", "RP", "out"),
    ("a", 4, "det", "DET", "DT", "a"),
    ("plan", 1, "dobj", "NOUN", "NN", "plan"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
# "He lay on the floor": "lie" is right.
_LAY_ON: list[Row] = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("lay", 1, "ROOT", "VERB", "VBD", "lie"),
    ("on", 1, "prep", "ADP", "IN", "on"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("floor", 2, "pobj", "NOUN", "NN", "floor"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_lay_out_is_a_reporting_verb() -> None:
    doc = correct_verb_lemmas(hand_parsed(_LAY_OUT))
    assert doc[1].lemma_ == "lay"
    entry = reporting_verb(doc[1])
    assert entry is not None and entry.lemma == "lay out"
    assert doc[1] in reporting_candidates(doc)


def test_lay_on_stays_lie() -> None:
    doc = correct_verb_lemmas(hand_parsed(_LAY_ON))
    assert doc[1].lemma_ == "lie"
    assert reporting_verb(doc[1]) is None


def test_only_verbs_are_corrected() -> None:
    # A form the tagger made a noun is no verb to correct.
    rows: list[Row] = [
        ("Officials", 1, "nsubj", "NOUN", "NNS", "official"),
        ("foresaw", 1, "ROOT", "NOUN", "NN", "foresaw"),
    ]
    assert correct_verb_lemmas(hand_parsed(rows))[1].lemma_ == "foresaw"
    rows[1] = ("foresaw", 1, "ROOT", "VERB", "VBP", "foresaw")
    assert correct_verb_lemmas(hand_parsed(rows))[1].lemma_ == "foresee"
