"""Sentences of a parsed article, computed once per ``Doc``.

``doc.sents`` walks the whole document on every access, so code that needs sentences asks here.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

_KEY = "telex_sentences"


def sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc`` in order (cached on the ``Doc``)."""
    cached: list[Span] | None = doc.user_data.get(_KEY)
    if cached is None:
        cached = list(doc.sents)
        doc.user_data[_KEY] = cached
        doc.user_data[_KEY + "_starts"] = [s.start_char for s in cached]
    return cached


def sentence_index(doc: Doc, offset: int) -> int:
    """Index of the sentence holding character ``offset``."""
    sentences(doc)
    starts: list[int] = doc.user_data[_KEY + "_starts"]
    return max(0, bisect_right(starts, offset) - 1)


def sentence_of(doc: Doc, offset: int) -> Span:
    """The sentence holding character ``offset``."""
    return sentences(doc)[sentence_index(doc, offset)]


def sentence_of_token(token: Token) -> Span:
    """The sentence holding ``token``: ``token.sent`` without its whole-document scan."""
    return sentence_of(token.doc, token.idx)
