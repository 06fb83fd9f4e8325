"""The readings of a parse that quotes, coref and events share (``telex.nlp.grammar``)."""

from __future__ import annotations

from telex.nlp.grammar import headline, misread_verb, plural_noun, to_infinitive
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


# "Russia presses for truce", a headline as the tagger reads it: "presses" a plural noun heading the line.
PRESSES: list[Row] = [
    ("Russia", 1, "compound", "PROPN", "NNP", "Russia"),
    ("presses", 1, "ROOT", "NOUN", "NNS", "press"),
    ("for", 1, "prep", "ADP", "IN", "for"),
    ("truce", 2, "pobj", "NOUN", "NN", "truce"),
]
# "Talks ended . Russia presses for truce": the same words after a sentence on their line are no headline.
AFTER: list[Row] = [
    ("Talks", 1, "nsubj", "NOUN", "NNS", "talk"),
    ("ended", 1, "ROOT", "VERB", "VBD", "end"),
    (".", 1, "punct", "PUNCT", ".", "."),
    *((w, h + 3, d, p, t, lem) for w, h, d, p, t, lem in PRESSES),
]


def test_a_plural_noun_after_its_subject_may_be_a_misread_verb() -> None:
    doc = hand_parsed(PRESSES)
    assert misread_verb(doc[1])
    assert not misread_verb(doc[0])  # a singular name, and the line's first word
    assert not misread_verb(doc[3])


def test_a_headline_is_a_sentence_that_is_the_first_line_whole() -> None:
    assert headline(hand_parsed(PRESSES)[1].sent)
    doc = hand_parsed(AFTER)  # a sentence after another on its line
    assert not headline(doc[4].sent)
    assert misread_verb(doc[4])  # where a misread verb is read is the reader's business


def test_a_plural_noun_with_a_determiner_or_a_number_is_a_noun() -> None:
    # "Russia the presses", "Russia two presses": what a noun has and a verb does not.
    for word, dep, pos, tag in (("the", "det", "DET", "DT"), ("two", "nummod", "NUM", "CD")):
        rows = [PRESSES[0], (word, 2, dep, pos, tag, word), ("presses", 2, "ROOT", "NOUN", "NNS", "press")]
        assert not misread_verb(hand_parsed(rows)[2])
