"""A headline the parser read with no clause is read again with an article after its verb ("Rebels shell the town")."""

import pytest

from telex.ingest.clean import clean
from telex.nlp.casing import shouted_lines
from telex.nlp.headlines import _clause_at, _has_clause
from telex.nlp.model import load_model
from telex.nlp.parse import parse_many
from tests.unit.fixtures import hand_parsed

# "Rebels shell market town" read as one noun phrase, and the same words read as a clause.
_NOUNS = [
    ("Rebels", 3, "compound", "NOUN", "NNS", "rebel"),
    ("shell", 3, "compound", "NOUN", "NN", "shell"),
    ("market", 3, "compound", "NOUN", "NN", "market"),
    ("town", 3, "ROOT", "NOUN", "NN", "town"),
]
_READ = [
    ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
    ("shell", 1, "ROOT", "VERB", "VBP", "shell"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("market", 4, "compound", "NOUN", "NN", "market"),
    ("town", 1, "dobj", "NOUN", "NN", "town"),
]


def test_a_noun_phrase_has_no_clause_and_a_verb_with_a_subject_has() -> None:
    assert not _has_clause(hand_parsed(_NOUNS)[:])
    assert _has_clause(hand_parsed(_READ)[:])
    to_future = [
        ("Chile", 2, "compound", "PROPN", "NNP", "Chile"),
        ("to", 2, "aux", "PART", "TO", "to"),
        ("vote", 2, "ROOT", "VERB", "VB", "vote"),
    ]
    assert _has_clause(hand_parsed(to_future)[:])
    passive = [
        ("Climate", 1, "compound", "NOUN", "NN", "climate"),
        ("pact", 1, "ROOT", "NOUN", "NN", "pact"),
        ("signed", 1, "acl", "VERB", "VBN", "sign"),
    ]
    assert _has_clause(hand_parsed(passive)[:])  # a passive with no copula is the headline's predicate


def test_a_reading_is_kept_only_as_one_clause_whose_subject_is_every_word_before_the_verb() -> None:
    assert _clause_at(hand_parsed(_READ), 1)
    other_root = [
        ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
        ("shell", 4, "ccomp", "VERB", "VBP", "shell"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("market", 4, "compound", "NOUN", "NN", "market"),
        ("town", 4, "ROOT", "NOUN", "NN", "town"),
    ]
    assert not _clause_at(hand_parsed(other_root), 1)
    past = [(w, h, d, p, "VBD" if i == 1 else t, lem) for i, (w, h, d, p, t, lem) in enumerate(_READ)]
    assert not _clause_at(hand_parsed(past), 1)  # a past form after the subject is a headline's passive


def test_shouted_lines_are_the_headlines_given_in_sentence_case() -> None:
    text = "Rebels Shell Market Town In Darfur\n\nRebels shelled a market town on Monday, residents said."
    assert shouted_lines(text) == [(0, 34)]
    assert shouted_lines("Rebels shelled a market town.\n\nResidents fled.") == []


@pytest.mark.model
def test_a_headline_verb_read_as_a_noun_becomes_the_verb_of_its_clause() -> None:
    text = "REBELS SHELL MARKET TOWN IN DARFUR\n\nRebels shelled a market town on Monday, residents said."
    passive = "Election Results Expected Tomorrow\n\nThe count goes on."
    cleaned = clean(text)
    [(doc, _), (other, _)] = parse_many(load_model(), [(cleaned, None), (clean(passive), None)])
    shell = next(t for t in doc if t.lower_ == "shell")
    assert (shell.tag_, shell.dep_) == ("VBP", "ROOT")
    assert [c.lower_ for c in shell.children if c.dep_ == "nsubj"] == ["rebels"]
    assert len(doc.text) == len(cleaned.text)
    assert [t.idx for t in doc] == [t.idx for t in load_model().make_doc(doc.text)]  # every offset kept
    expected = next(t for t in other if t.lower_ == "expected")
    assert expected.tag_ == "VBN"  # a passive with no copula is no active verb
