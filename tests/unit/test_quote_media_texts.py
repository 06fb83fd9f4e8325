"""A text a news outlet wrote is the outlet's statement ("according to a report in The Post" is The Post's), not a
document's; a poll it ran stays data. On hand-built parses (no model)."""

from __future__ import annotations

from spacy.tokens import Doc

from telex.quotes.media_texts import medium_author
from telex.quotes.verbs import source_noun_class
from tests.unit.fixtures import Row, hand_parsed


def _source(rows: list[Row]) -> Doc:
    """``rows`` after "according to" (the source phrase's head hangs on "to")."""
    head = [("according", 0, "ROOT", "VERB", "VBG", "accord"), ("to", 0, "prep", "ADP", "IN", "to")]
    return hand_parsed(head + [(w, h + 2, d, p, t, lemma) for w, h, d, p, t, lemma in rows])


# "a new article in Politico"
_ARTICLE_IN: list[Row] = [
    ("a", 2, "det", "DET", "DT", "a"),
    ("new", 2, "amod", "ADJ", "JJ", "new"),
    ("article", -1, "pobj", "NOUN", "NN", "article"),
    ("in", 2, "prep", "ADP", "IN", "in"),
    ("Politico", 3, "pobj", "PROPN", "NNP", "Politico"),
]

# "a Washington Post analysis"
_COMPOUND: list[Row] = [
    ("a", 3, "det", "DET", "DT", "a"),
    ("Washington", 2, "compound", "PROPN", "NNP", "Washington"),
    ("Post", 3, "compound", "PROPN", "NNP", "Post"),
    ("analysis", -1, "pobj", "NOUN", "NN", "analysis"),
]

# "a poll by CNN"
_POLL_BY: list[Row] = [
    ("a", 1, "det", "DET", "DT", "a"),
    ("poll", -1, "pobj", "NOUN", "NN", "poll"),
    ("by", 1, "prep", "ADP", "IN", "by"),
    ("CNN", 2, "pobj", "PROPN", "NNP", "CNN"),
]

# "an article in the spring"
_ARTICLE_WHEN: list[Row] = [
    ("an", 1, "det", "DET", "DT", "an"),
    ("article", -1, "pobj", "NOUN", "NN", "article"),
    ("in", 1, "prep", "ADP", "IN", "in"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("spring", 2, "pobj", "NOUN", "NN", "spring"),
]


def _noun(doc: Doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


def test_an_article_in_an_outlet_is_the_outlets() -> None:
    doc = _source(_ARTICLE_IN)
    assert medium_author(doc[_noun(doc, "article")]) == "Politico"


def test_an_outlet_named_before_the_text_wrote_it() -> None:
    doc = _source(_COMPOUND)
    assert medium_author(doc[_noun(doc, "analysis")]) == "The Washington Post"


def test_a_poll_an_outlet_ran_stays_data() -> None:
    doc = _source(_POLL_BY)
    assert medium_author(doc[_noun(doc, "poll")]) is None
    assert source_noun_class(doc[_noun(doc, "poll")]) == "document"


def test_a_text_no_outlet_wrote_stays_a_document() -> None:
    doc = _source(_ARTICLE_WHEN)
    assert medium_author(doc[_noun(doc, "article")]) is None
    assert source_noun_class(doc[_noun(doc, "article")]) == "document"


def test_an_outlets_text_makes_no_document() -> None:
    doc = _source(_ARTICLE_IN)
    assert source_noun_class(doc[_noun(doc, "article")]) is None
