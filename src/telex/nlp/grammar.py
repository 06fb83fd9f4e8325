"""Readings of a parse that more than one package asks for (quotes, coref, events), kept here so that each
imports them without importing the others."""

from __future__ import annotations

from spacy.tokens import Token

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def to_infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive: "explain" of "to explain". The tag, not the spelling: the "na" of
    "gon na" may be one too."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def plural_noun(noun: Token) -> bool:
    """A plural noun ("the aides"), or one joined with others ("Rubio and Kasich")."""
    return noun.tag_ in _PLURAL_TAGS or any(c.dep_ == "conj" for c in noun.children)
