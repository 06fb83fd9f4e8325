"""A name the article writes after a noun for a news medium, in one noun phrase with it, is no person, whatever
the tagger says, on hand-built parses (no model): "the gossip site Gawker", "the news site RTL Info"."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from telex.entities.extract import extract_entities
from tests.unit.fixtures import Row, hand_parsed

# "The gossip site Gawker set a trap for Maria Lis ."
_SITE: list[Row] = [
    ("The", 2, "det", "DET", "DT", "the"),
    ("gossip", 2, "compound", "NOUN", "NN", "gossip"),
    ("site", 4, "nsubj", "NOUN", "NN", "site"),
    ("Gawker", 2, "appos", "PROPN", "NNP", "Gawker"),
    ("set", 4, "ROOT", "VERB", "VBD", "set"),
    ("a", 6, "det", "DET", "DT", "a"),
    ("trap", 4, "dobj", "NOUN", "NN", "trap"),
    ("for", 6, "prep", "ADP", "IN", "for"),
    ("Maria", 9, "compound", "PROPN", "NNP", "Maria"),
    ("Lis", 7, "pobj", "PROPN", "NNP", "Lis"),
    (".", 4, "punct", "PUNCT", ".", "."),
]

# "It was a site Maria Lis visited ." (a clause on the noun: the name is its subject, a person)
_WON: list[Row] = [
    ("It", 1, "nsubj", "PRON", "PRP", "it"),
    ("was", 1, "ROOT", "AUX", "VBD", "be"),
    ("a", 3, "det", "DET", "DT", "a"),
    ("site", 1, "attr", "NOUN", "NN", "site"),
    ("Maria", 5, "compound", "PROPN", "NNP", "Maria"),
    ("Lis", 3, "appos", "PROPN", "NNP", "Lis"),
    ("visited", 1, "ccomp", "VERB", "VBD", "visit"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def _types(doc: Doc) -> dict[str, str]:
    return {e.name: e.type for e in extract_entities(doc, None)}


def test_a_name_the_article_calls_a_site_is_no_person() -> None:
    doc = hand_parsed(_SITE)
    doc.ents = [Span(doc, 3, 4, label="PERSON"), Span(doc, 8, 10, label="PERSON")]
    assert _types(doc) == {"Gawker": "ORG", "Maria Lis": "PERSON"}


def test_a_name_that_is_the_subject_of_a_clause_on_the_noun_stays_a_person() -> None:
    doc = hand_parsed(_WON)
    doc.ents = [Span(doc, 4, 6, label="PERSON")]
    assert _types(doc) == {"Maria Lis": "PERSON"}


# "Entrusting Maria Lis with it is risky ." (a gerund opening the sentence, which the tagger took into the name)
_ENTRUSTING: list[Row] = [
    ("Entrusting", 6, "csubj", "VERB", "VBG", "entrust"),
    ("Maria", 2, "compound", "PROPN", "NNP", "Maria"),
    ("Lis", 0, "dobj", "PROPN", "NNP", "Lis"),
    ("with", 0, "prep", "ADP", "IN", "with"),
    ("it", 3, "pobj", "PRON", "PRP", "it"),
    ("is", 6, "aux", "AUX", "VBZ", "be"),
    ("risky", 6, "ROOT", "ADJ", "JJ", "risky"),
    (".", 6, "punct", "PUNCT", ".", "."),
]


def test_a_gerund_opening_the_sentence_is_no_part_of_a_name() -> None:
    doc = hand_parsed(_ENTRUSTING)
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    assert _types(doc) == {"Maria Lis": "PERSON"}
