"""A prefix of stance is no part of a person's name, on a hand-built parse (no model): "pro-Rubio" names Rubio."""

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
