"""A name written "X v. Y" is the title of a court case, which neither speaks nor acts: no entity is made of it, on
hand-built parses (no model)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from telex.entities.extract import extract_entities
from tests.unit.fixtures import Row, hand_parsed

# "Acme Stores v. Lis was decided ." (the tagger takes the whole case title for an organisation)
_CASE: list[Row] = [
    ("Acme", 3, "compound", "PROPN", "NNP", "Acme"),
    ("Stores", 3, "compound", "PROPN", "NNP", "Stores"),
    ("v.", 3, "compound", "PROPN", "NNP", "v."),
    ("Lis", 5, "nsubjpass", "PROPN", "NNP", "Lis"),
    ("was", 5, "auxpass", "AUX", "VBD", "be"),
    ("decided", 5, "ROOT", "VERB", "VBN", "decide"),
    (".", 5, "punct", "PUNCT", ".", "."),
]

# "Acme Stores sued Maria Lis ." (the same firm as a party, acting)
_PARTY: list[Row] = [
    ("Acme", 1, "compound", "PROPN", "NNP", "Acme"),
    ("Stores", 2, "nsubj", "PROPN", "NNP", "Stores"),
    ("sued", 2, "ROOT", "VERB", "VBD", "sue"),
    ("Maria", 4, "compound", "PROPN", "NNP", "Maria"),
    ("Lis", 2, "dobj", "PROPN", "NNP", "Lis"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def _names(doc: Doc) -> set[str]:
    return {e.name for e in extract_entities(doc, None)}


def test_a_case_title_is_no_entity() -> None:
    doc = hand_parsed(_CASE)
    doc.ents = [Span(doc, 0, 4, label="ORG")]
    assert _names(doc) == set()


# "Maria V. Lis sued ." (a middle initial is no case joiner)
_INITIAL: list[Row] = [
    ("Maria", 2, "compound", "PROPN", "NNP", "Maria"),
    ("V.", 2, "compound", "PROPN", "NNP", "V."),
    ("Lis", 3, "nsubj", "PROPN", "NNP", "Lis"),
    ("sued", 3, "ROOT", "VERB", "VBD", "sue"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def test_a_middle_initial_is_no_case_joiner() -> None:
    doc = hand_parsed(_INITIAL)
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    assert _names(doc) == {"Maria V. Lis"}


def test_a_party_named_alone_stays_an_entity() -> None:
    doc = hand_parsed(_PARTY)
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 3, 5, label="PERSON")]
    assert _names(doc) == {"Acme Stores", "Maria Lis"}
