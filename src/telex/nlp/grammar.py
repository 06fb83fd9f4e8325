"""Readings of a parse that more than one package asks for (quotes, coref, events), kept here so that each
imports them without importing the others."""

from __future__ import annotations

from spacy.tokens import Token

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
