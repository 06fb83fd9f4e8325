"""A quotation that names a pronoun object is the words said, the pronoun only whom they were of."""

from __future__ import annotations

from telex.quotes.direct import _names_pronoun
from telex.quotes.grammar import named_quotation
from telex.quotes.lexicon import reporting_verbs
from telex.quotes.slots import object_content
from tests.unit.fixtures import Row, hand_parsed


def _called(obj: list[Row]) -> list[Row]:
    """'His surrogates called <obj> “ a genius ” for his strategies .', the object's rows heading at index 3."""
    shift = len(obj) - 1
    return [
        ("His", 1, "poss", "PRON", "PRP$", "his"),
        ("surrogates", 2, "nsubj", "NOUN", "NNS", "surrogate"),
        ("called", 2, "ROOT", "VERB", "VBD", "call"),
        *obj,
        ("“", 6 + shift, "punct", "PUNCT", "``", "“"),
        ("a", 6 + shift, "det", "DET", "DT", "a"),
        ("genius", 2, "oprd", "NOUN", "NN", "genius"),
        ("”", 6 + shift, "punct", "PUNCT", "''", "”"),
        ("for", 6 + shift, "prep", "ADP", "IN", "for"),
        ("his", 10 + shift, "poss", "PRON", "PRP$", "his"),
        ("strategies", 8 + shift, "pobj", "NOUN", "NNS", "strategy"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def _content(rows: list[Row]) -> str:
    doc = hand_parsed(rows)
    span = object_content(doc[2], reporting_verbs()["call"])
    assert span is not None
    return doc.text[span[0] : span[1]]


def test_a_quotation_naming_a_pronoun_object_is_the_content() -> None:
    rows = _called([("him", 2, "dobj", "PRON", "PRP", "he")])
    assert named_quotation(hand_parsed(rows)[3]) == 4
    assert _content(rows) == "“ a genius ” for his strategies"


def test_a_noun_object_named_by_a_quotation_stays_in_the_content() -> None:
    rows = _called([("Trump", 2, "dobj", "PROPN", "NNP", "Trump")])
    assert named_quotation(hand_parsed(rows)[3]) is None
    assert _content(rows) == "Trump “ a genius ” for his strategies"


def test_a_possessive_before_a_quotation_names_nothing() -> None:
    # "touted her “ breaking barriers ” agenda": "her" owns the noun after the quotation.
    doc = hand_parsed(
        [
            ("She", 1, "nsubj", "PRON", "PRP", "she"),
            ("touted", 1, "ROOT", "VERB", "VBD", "tout"),
            ("her", 7, "poss", "PRON", "PRP$", "her"),
            ("“", 7, "punct", "PUNCT", "``", "“"),
            ("breaking", 5, "amod", "VERB", "VBG", "break"),
            ("barriers", 7, "compound", "NOUN", "NNS", "barrier"),
            ("”", 7, "punct", "PUNCT", "''", "”"),
            ("agenda", 1, "dobj", "NOUN", "NN", "agenda"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert named_quotation(doc[2]) is None


def test_a_short_quotation_a_pronoun_is_called_is_no_scare_quote() -> None:
    # 'call them " lone wolves "': two words, but what Obama and Clinton call them.
    doc = hand_parsed(
        [
            ("They", 1, "nsubj", "PRON", "PRP", "they"),
            ("call", 1, "ROOT", "VERB", "VBP", "call"),
            ("them", 1, "dobj", "PRON", "PRP", "they"),
            ('"', 5, "punct", "PUNCT", "``", '"'),
            ("lone", 5, "amod", "ADJ", "JJ", "lone"),
            ("wolves", 1, "oprd", "NOUN", "NNS", "wolf"),
            ('"', 5, "punct", "PUNCT", "''", '"'),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    opening = doc[3].idx
    assert _names_pronoun(doc, (opening, doc[6].idx + 1))
    # The same words with no pronoun before them are scare quotes.
    assert not _names_pronoun(doc, (doc[4].idx, doc[5].idx + len("wolves")))
