"""The readings of a parse that quotes, coref and events share (``telex.nlp.grammar``)."""

from __future__ import annotations

from telex.nlp.grammar import plural_noun, to_infinitive
from tests.unit.fixtures import Row, hand_parsed

# "Rubio and Kasich are gon na try to win , aides said ."
ROWS: list[Row] = [
    ("Rubio", 4, "nsubj", "PROPN", "NNP", "Rubio"),
    ("and", 0, "cc", "CCONJ", "CC", "and"),
    ("Kasich", 0, "conj", "PROPN", "NNP", "Kasich"),
    ("are", 4, "aux", "AUX", "VBP", "be"),
    ("gon", 11, "ccomp", "VERB", "VBG", "go"),
    ("na", 6, "aux", "PART", "TO", "to"),
    ("try", 4, "xcomp", "VERB", "VB", "try"),
    ("to", 8, "aux", "PART", "TO", "to"),
    ("win", 6, "xcomp", "VERB", "VB", "win"),
    (",", 11, "punct", "PUNCT", ",", ","),
    ("aides", 11, "nsubj", "NOUN", "NNS", "aide"),
    ("said", 11, "ROOT", "VERB", "VBD", "say"),
    (".", 11, "punct", "PUNCT", ".", "."),
]


def test_a_to_infinitive_is_a_verb_with_an_aux_tagged_to() -> None:
    doc = hand_parsed(ROWS)
    assert to_infinitive(doc[8])  # "to win"
    assert to_infinitive(doc[6])  # "gon na try": the tag, not the spelling
    assert not to_infinitive(doc[4])  # "are gon"
    assert not to_infinitive(doc[11])


def test_a_plural_noun_is_tagged_plural_or_joined_with_another() -> None:
    doc = hand_parsed(ROWS)
    assert plural_noun(doc[10])  # "aides"
    assert plural_noun(doc[0])  # "Rubio and Kasich"
    assert not plural_noun(doc[2])  # "Kasich" alone
