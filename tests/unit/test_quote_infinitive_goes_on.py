"""A bare verb the parser joined to a report in the past goes on with an infinitive of the reported clause, as the
report cannot ("said she wanted to speak … and let them know …"); a finite verb joined to it is the speaker going on
(issue #9)."""

from __future__ import annotations

from telex.quotes.verbs import verb_attributions
from tests.unit.fixtures import Row, hand_parsed


def _said(joined: Row) -> str:
    """The content of "Lee said she wanted to speak to voters and <joined> them ." with <joined> hung on "said" as a
    conjunct, as the parser hangs it after a closing quote mark."""
    at = 3
    rows: list[Row] = [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("she", 3, "nsubj", "PRON", "PRP", "she"),
        ("wanted", 1, "ccomp", "VERB", "VBD", "want"),
        ("to", at + 2, "aux", "PART", "TO", "to"),
        ("speak", 3, "xcomp", "VERB", "VB", "speak"),
        ("to", at + 2, "prep", "ADP", "IN", "to"),
        ("voters", at + 3, "pobj", "NOUN", "NNS", "voter"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        joined,
        ("them", at + 6, "dobj", "PRON", "PRP", "they"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    (attribution,) = [a for a in verb_attributions(doc) if a.cue == "said"]
    return doc.text[attribution.start : attribution.end]


def test_a_bare_verb_after_the_content_goes_on_with_its_infinitive() -> None:
    assert _said(("thank", 1, "conj", "VERB", "VB", "thank")) == "she wanted to speak to voters and thank them"


def test_a_past_verb_after_the_content_is_the_speaker_going_on() -> None:
    # "Lee said she wanted to speak to voters and thanked them": Lee thanked them.
    assert _said(("thanked", 1, "conj", "VERB", "VBD", "thank")) == "she wanted to speak to voters"
