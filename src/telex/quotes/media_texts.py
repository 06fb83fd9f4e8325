"""A text a news medium published as its own reporting: its words are the medium's statement, as quote trackers
count them ("according to a report in The Post" is The Post's), not a document's (``medium_texts.tsv``)."""

from __future__ import annotations

from spacy.tokens import Token

from telex.ingest.outlets import canonical_outlet
from telex.nlp.cached import text_of
from telex.quotes.lexicon import medium_texts

# Prepositions that name a text's author: "a report by The Times", "an article in Politico", "a story from Reuters".
_AUTHOR_PREPS = frozenset({"by", "in", "from"})


def medium_author(noun: Token) -> str | None:
    """The news outlet that wrote the text ``noun`` names, by its canonical name: "a new article in Politico",
    "a review by The Times", "The Associated Press' investigation", "a Wall Street Journal analysis" (Politico, The
    Times, Associated Press, The Wall Street Journal); None for a text no outlet wrote, and for a poll or data an
    outlet ran, which stays a document."""
    if noun.lemma_.lower() not in medium_texts():
        return None
    return next((outlet for phrase in _author_phrases(noun) if (outlet := canonical_outlet(phrase)) is not None), None)


def _author_phrases(noun: Token) -> list[str]:
    """The words that may name who wrote ``noun``: its owner, the object of its by/in/from phrase, and the proper
    nouns right before it."""
    doc = noun.doc
    text = text_of(doc)
    authors = [c for c in noun.children if c.dep_ == "poss"]
    authors += [o for p in noun.children if p.lower_ in _AUTHOR_PREPS for o in p.children if o.dep_ == "pobj"]
    phrases = [text[a.left_edge.idx : a.idx + len(a)] for a in authors]
    first = noun.i
    while first > 0 and doc[first - 1].pos_ == "PROPN":
        first -= 1
    if first < noun.i:
        phrases.append(text[doc[first].idx : doc[noun.i - 1].idx + len(doc[noun.i - 1])])
    return phrases
