"""Reported words that only name someone say whom a statement was about, not what was said, on hand-built parses (no
model): "Bush endorsed Trump", "she criticized him", "Cruz mentioned Trump by name" are topics, which the default
scheme drops and the attribution scheme keeps; "he said Trump would win" and "called Mrs. Schlafly an ''Aunt Tom''"
stay statements."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from telex.quotes.direct import Draft
from telex.quotes.extract import _names_alone, _statement_class
from tests.unit.fixtures import Row, hand_parsed

# "Bush endorsed Trump on Tuesday ."
_ENDORSED: list[Row] = [
    ("Bush", 1, "nsubj", "PROPN", "NNP", "Bush"),
    ("endorsed", 1, "ROOT", "VERB", "VBD", "endorse"),
    ("Trump", 1, "dobj", "PROPN", "NNP", "Trump"),
    ("on", 1, "prep", "ADP", "IN", "on"),
    ("Tuesday", 3, "pobj", "PROPN", "NNP", "Tuesday"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# "She criticized him ."
_CRITICIZED: list[Row] = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
    ("him", 1, "dobj", "PRON", "PRP", "he"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# "Cruz mentioned Trump by name ."
_BY_NAME: list[Row] = [
    ("Cruz", 1, "nsubj", "PROPN", "NNP", "Cruz"),
    ("mentioned", 1, "ROOT", "VERB", "VBD", "mention"),
    ("Trump", 1, "dobj", "PROPN", "NNP", "Trump"),
    ("by", 1, "prep", "ADP", "IN", "by"),
    ("name", 3, "pobj", "NOUN", "NN", "name"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# "He said Trump would win ."
_SAID: list[Row] = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("Trump", 4, "nsubj", "PROPN", "NNP", "Trump"),
    ("would", 4, "aux", "AUX", "MD", "would"),
    ("win", 1, "ccomp", "VERB", "VB", "win"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# "Friedan called Schlafly an “ Aunt Tom ” ."
_CALLED: list[Row] = [
    ("Friedan", 1, "nsubj", "PROPN", "NNP", "Friedan"),
    ("called", 1, "ROOT", "VERB", "VBD", "call"),
    ("Schlafly", 1, "dobj", "PROPN", "NNP", "Schlafly"),
    ("an", 6, "det", "DET", "DT", "an"),
    ("“", 6, "punct", "PUNCT", "``", "“"),
    ("Aunt", 6, "compound", "PROPN", "NNP", "Aunt"),
    ("Tom", 1, "oprd", "PROPN", "NNP", "Tom"),
    ("”", 6, "punct", "PUNCT", "''", "”"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def _named(rows: list[Row], people: list[tuple[int, int]], dates: tuple[int, ...] = ()) -> Doc:
    doc = hand_parsed(rows)
    spans = [Span(doc, s, e, label="PERSON") for s, e in people] + [Span(doc, i, i + 1, label="DATE") for i in dates]
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def _content(doc: Doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def test_a_name_with_the_date_after_it_is_names_alone() -> None:
    doc = _named(_ENDORSED, [(0, 1), (2, 3)], (4,))
    assert _names_alone(doc, _content(doc, 2, 4))


def test_a_personal_pronoun_is_names_alone() -> None:
    doc = _named(_CRITICIZED, [])
    assert _names_alone(doc, _content(doc, 2, 2))


def test_a_name_by_name_is_names_alone() -> None:
    doc = _named(_BY_NAME, [(0, 1), (2, 3)])
    assert _names_alone(doc, _content(doc, 2, 4))


def test_a_clause_about_someone_is_no_name_alone() -> None:
    doc = _named(_SAID, [(2, 3)])
    assert not _names_alone(doc, _content(doc, 2, 4))


def test_a_name_in_quotation_marks_is_words_said() -> None:
    doc = _named(_CALLED, [(0, 1), (2, 3), (5, 7)])
    assert not _names_alone(doc, _content(doc, 2, 7))


def test_a_report_of_a_name_alone_is_a_topic_the_default_scheme_drops() -> None:
    doc = _named(_ENDORSED, [(0, 1), (2, 3)], (4,))
    content = _content(doc, 2, 2)
    reported = Draft("indirect", *content, "endorsed", doc[1], doc[0], class_="speech")
    quoted = Draft("direct", *content, "endorsed", doc[1], doc[0], class_="speech")
    assert _statement_class("speech", reported, content) == "topic"
    assert _statement_class("speech", quoted, content) == "speech"  # a quotation is words said
    assert _statement_class("document", reported, content) == "document"
