"""Whole-document views of a parsed article, computed once per ``Doc``.

spaCy rebuilds ``doc.text`` and ``doc.ents`` from every token on each access, which turns
per-sentence work quadratic on a long article; code that needs them asks here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Container, Iterable
from typing import Any

from spacy.tokens import Doc, Span, Token

_TEXT = "telex_text"
_ENTS = "telex_ents"
_ENT_STARTS = "telex_ent_starts"
_WORDS = "telex_words"
_ARCS = "telex_arcs"
_HEADS = "telex_heads"
_MEMOS = "telex_memos"
_LEMMAS = "telex_lemmas"
_LOWERS = "telex_lowers"
_POSES = "telex_poses"
_LABELS = "telex_labels"
_KINDS = "telex_kinds"
_WORDLIKE = "telex_wordlike"


def remember_text(doc: Doc, text: str) -> None:
    """Keep ``text``, the string ``doc`` was tokenised from, as ``doc.text``: spaCy's tokens give it back exactly."""
    doc.user_data[_TEXT] = text


def text_of(doc: Doc) -> str:
    """``doc.text``, built once."""
    cached: str | None = doc.user_data.get(_TEXT)
    if cached is None:
        cached = doc.text
        doc.user_data[_TEXT] = cached
    return cached


def entities_of(doc: Doc) -> list[Span]:
    """``doc.ents`` as a list, built once."""
    cached: list[Span] | None = doc.user_data.get(_ENTS)
    if cached is None:
        cached = list(doc.ents)
        doc.user_data[_ENTS] = cached
        doc.user_data[_ENT_STARTS] = [e.start for e in cached]
    return cached


def entities_in(span: Span) -> list[Span]:
    """The named entities wholly inside ``span`` (``span.ents`` without the whole-document scan)."""
    ents = entities_of(span.doc)
    starts: list[int] = span.doc.user_data[_ENT_STARTS]
    found: list[Span] = []
    for ent in ents[bisect_left(starts, span.start) :]:
        if ent.start >= span.end:
            break
        if ent.end <= span.end:
            found.append(ent)
    return found


def entity_starting_at(doc: Doc, i: int) -> Span | None:
    """The named entity whose first token is ``doc[i]``."""
    ents = entities_of(doc)
    starts: list[int] = doc.user_data[_ENT_STARTS]
    k = bisect_left(starts, i)
    return ents[k] if k < len(ents) and starts[k] == i else None


def words_of(doc: Doc) -> list[str]:
    """The text of every token (``[t.text for t in doc]``), read once from one array rather than from a Token object
    made for every token at every pass."""
    return _strings_of(doc, _WORDS, "ORTH")


def lowers_of(doc: Doc) -> list[str]:
    """The lower-case form of every token (``[t.lower_ for t in doc]``), read once from one array."""
    return _strings_of(doc, _LOWERS, "LOWER")


def poses_of(doc: Doc) -> list[str]:
    """The part of speech of every token (``[t.pos_ for t in doc]``), read once from one array."""
    return _strings_of(doc, _POSES, "POS")


def labels_of(doc: Doc) -> list[str]:
    """The dependency label of every token (``[t.dep_ for t in doc]``), read once from one array."""
    return _strings_of(doc, _LABELS, "DEP")


def entity_types_of(doc: Doc) -> list[str]:
    """The named-entity type of every token (``[t.ent_type_ for t in doc]``, "" outside a name), read once from one
    array."""
    return _strings_of(doc, _KINDS, "ENT_TYPE")


def wordlike_of(doc: Doc) -> list[bool]:
    """Whether each token is a word, neither punctuation nor white space (``[not (t.is_punct or t.is_space) for t in
    doc]``), read once from one array."""
    cached: list[bool] | None = doc.user_data.get(_WORDLIKE)
    if cached is None:
        cached = [not (punct or space) for punct, space in doc.to_array(["IS_PUNCT", "IS_SPACE"]).tolist()]
        doc.user_data[_WORDLIKE] = cached
    return cached


def _strings_of(doc: Doc, key: str, attribute: str) -> list[str]:
    """The string of ``attribute`` ("ORTH", "LOWER", "POS", "DEP", "ENT_TYPE") for every token, read once from one
    array and kept on the doc."""
    cached: list[str] | None = doc.user_data.get(key)
    if cached is None:
        strings = doc.vocab.strings
        cached = [strings[value] for value in doc.to_array(attribute).tolist()]
        doc.user_data[key] = cached
    return cached


def tokens_spelled(doc: Doc, words: Iterable[str]) -> list[Token]:
    """The tokens, in order, whose lower-case form is one of ``words`` (given in lower case), read from one array: a
    Token is made only for the few that are one (as ``tokens_with_lemma`` does for lemmas)."""
    wanted = set(words)
    if not wanted:
        return []
    return [doc[i] for i, lower in enumerate(lowers_of(doc)) if lower in wanted]


def lemmas_of(doc: Doc) -> list[str]:
    """The lower-case lemma of every token (``[t.lemma_.lower() for t in doc]``), read once from one array, each
    distinct lemma lowered once."""
    cached: list[str] | None = doc.user_data.get(_LEMMAS)
    if cached is None:
        strings = doc.vocab.strings
        lowered: dict[int, str] = {}
        cached = []
        for lemma in doc.to_array("LEMMA").tolist():
            word = lowered.get(lemma)
            if word is None:
                word = lowered[lemma] = strings[lemma].lower()
            cached.append(word)
        doc.user_data[_LEMMAS] = cached
    return cached


def tokens_with_lemma(doc: Doc, lemmas: Container[str]) -> list[Token]:
    """The tokens, in order, whose lower-case lemma is one of ``lemmas``: a pass that asks about a table's words makes
    a Token only for the few that can be one."""
    return [doc[i] for i, lemma in enumerate(lemmas_of(doc)) if lemma in lemmas]


def heads_with(doc: Doc, deps: tuple[str, ...] | frozenset[str]) -> frozenset[int]:
    """The indices of the tokens with a child whose dependency label is one of ``deps``: ``token.i in heads_with(doc,
    deps)`` is ``any(c.dep_ in deps for c in token.children)``, read once per document and set of labels from one
    array rather than from a Token made for every child of every token asked about. The labels as given are the
    memo's key: asked once per verb checked, the answer is one look-up."""
    memo: dict[tuple[str, ...] | frozenset[str], frozenset[int]] | None = doc.user_data.get(_HEADS)
    if memo is None:
        memo = doc.user_data[_HEADS] = {}
    found = memo.get(deps)
    if found is None:
        by_label = _heads_by_label(doc)
        strings = doc.vocab.strings
        found = frozenset().union(*(by_label.get(strings[dep], ()) for dep in deps))  # a label's hash, stored or not
        memo[deps] = found
    return found


def _heads_by_label(doc: Doc) -> dict[int, set[int]]:
    """The heads of every token by its dependency label (its hash), in one pass; a token that is its own head (the
    root) is no child."""
    cached: dict[int, set[int]] | None = doc.user_data.get(_ARCS)
    if cached is None:
        cached = {}
        # The offsets are signed, spaCy's array unsigned.
        for i, (dep, head) in enumerate(doc.to_array(["DEP", "HEAD"]).view("int64").tolist()):
            if head:
                cached.setdefault(dep, set()).add(i + head)
        doc.user_data[_ARCS] = cached
    return cached


def token_memo(doc: Doc, name: str) -> dict[int, Any]:
    """A store kept with ``doc`` for the answers of the pure function ``name`` of one of its tokens, by token index:
    asked again for the same token, as several checks of one verb do, the answer is read, not worked out again. It
    lives as long as the document, so nothing of one article is kept for the next."""
    memos: dict[str, dict[int, Any]] = doc.user_data.setdefault(_MEMOS, {})
    memo = memos.get(name)
    if memo is None:
        memo = memos[name] = {}
    return memo
