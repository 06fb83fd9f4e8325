"""A person's name as the tagger bounds it, on hand-built parses (no model): a prefix of stance is no part of it
("pro-Rubio" names Rubio), an honorific it left out still says which of a family the name is ("Mrs. Clinton")."""

from __future__ import annotations

from spacy.tokens import Span

from telex.entities.extract import extract_entities
from tests.unit.fixtures import hand_parsed


def test_a_stance_prefix_is_dropped_from_a_persons_name() -> None:
    # "Marco Rubio spoke . A pro - Rubio group cheered ."
    doc = hand_parsed(
        [
            ("Marco", 1, "compound", "PROPN", "NNP", "Marco"),
            ("Rubio", 2, "nsubj", "PROPN", "NNP", "Rubio"),
            ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
            (".", 2, "punct", "PUNCT", ".", "."),
            ("A", 8, "det", "DET", "DT", "a"),
            ("pro", 7, "amod", "ADJ", "JJ", "pro"),
            ("-", 7, "punct", "ADJ", "HYPH", "-"),
            ("Rubio", 8, "amod", "ADJ", "JJ", "Rubio"),
            ("group", 9, "nsubj", "NOUN", "NN", "group"),
            ("cheered", 9, "ROOT", "VERB", "VBD", "cheer"),
            (".", 9, "punct", "PUNCT", ".", "."),
        ],
        joined=frozenset({5, 6}),
    )
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 5, 8, label="PERSON")]
    people = [e for e in extract_entities(doc, None) if e.type == "PERSON"]
    assert [(e.name, len(e.mentions)) for e in people] == [("Marco Rubio", 2)]
    assert doc.text[slice(*people[0].mentions[1])] == "Rubio"


def test_an_honorific_the_tagger_left_out_of_a_name_says_which_of_a_family() -> None:
    # "Hillary Clinton spoke . Bill Clinton spoke . Mrs. Clinton said ." with only "Clinton" tagged after "Mrs.".
    doc = hand_parsed(
        [
            ("Hillary", 1, "compound", "PROPN", "NNP", "Hillary"),
            ("Clinton", 2, "nsubj", "PROPN", "NNP", "Clinton"),
            ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
            (".", 2, "punct", "PUNCT", ".", "."),
            ("Bill", 5, "compound", "PROPN", "NNP", "Bill"),
            ("Clinton", 6, "nsubj", "PROPN", "NNP", "Clinton"),
            ("spoke", 6, "ROOT", "VERB", "VBD", "speak"),
            (".", 6, "punct", "PUNCT", ".", "."),
            ("Mrs.", 9, "compound", "PROPN", "NNP", "Mrs."),
            ("Clinton", 10, "nsubj", "PROPN", "NNP", "Clinton"),
            ("said", 10, "ROOT", "VERB", "VBD", "say"),
            (".", 10, "punct", "PUNCT", ".", "."),
        ]
    )
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 6, label="PERSON"), Span(doc, 9, 10, label="PERSON")]
    hillary = next(e for e in extract_entities(doc, None) if e.name == "Hillary Clinton")
    assert (doc[9].idx, doc[9].idx + len("Clinton")) in hillary.mentions
