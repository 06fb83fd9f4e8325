"""Readings of a parse that more than one package asks for (quotes, coref, events), kept here so that each
imports them without importing the others."""

from __future__ import annotations

from spacy.tokens import Span, Token

from telex.ingest.clean import is_heading
from telex.nlp.cached import text_of

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# "is", "are", "am" contracted with a typographic apostrophe, which the model tags a verb and leaves unlemmatized
# ("’"), unlike "'s": "it’s hard to imagine" is "it's hard to imagine".
_CONTRACTED_BE = frozenset({"’s", "’re", "’m"})


def to_infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive: "explain" of "to explain". The tag, not the spelling: the "na" of
    "gon na" may be one too."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def plural_noun(noun: Token) -> bool:
    """A plural noun ("the aides"), or one joined with others ("Rubio and Kasich")."""
    return noun.tag_ in _PLURAL_TAGS or any(c.dep_ == "conj" for c in noun.children)


def copula(token: Token) -> bool:
    """Whether a verb is a form of "be", its contractions with either apostrophe included."""
    return token.lemma_.lower() == "be" or (token.lower_ in _CONTRACTED_BE and token.tag_ in ("VBZ", "VBP"))


def headline(sentence: Span) -> bool:
    """Whether a sentence is a headline: the whole of the text's first line, or of a line in a heading's casing."""
    text = text_of(sentence.doc)
    start = text.rfind("\n", 0, sentence.start_char) + 1
    end = text.find("\n", sentence.start_char)
    end = len(text) if end < 0 else end
    if text[start : sentence.start_char].strip() or text[sentence.end_char : end].strip():
        return False
    return not text[:start].strip() or is_heading(text[start:end])


# What a noun has that a verb does not: "the charges", "his claims", "two strikes".
_NOUN_MARKS = frozenset({"det", "poss", "nummod"})


def misread_verb(noun: Token) -> bool:
    """Whether a plural noun may be a verb in its -s form that the tagger read as a plural noun, as it does in a
    headline or another sentence it finds no verb in: "Trump rips Joe Scarborough", "U.S. presses for truce in
    Syria", "Israel coordinates in intelligence … with Egypt". Not a noun with a determiner, an owner or a number
    of its own, nor the text's first word (no subject before it). Where the parser hangs it, in which sentences it is
    read so and who its subject is are each reader's business (a speaker in a headline, an actor)."""
    return noun.tag_ == "NNS" and noun.i > 0 and not any(c.dep_ in _NOUN_MARKS for c in noun.children)
