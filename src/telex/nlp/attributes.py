"""spaCy's attribute ruler (tag -> part of speech and morphology, and its exceptions) with answers remembered.

The ruler runs a ``Matcher`` of some 180 patterns over every token: about 15 µs a token, 9% of parsing
time. Nearly all its patterns look at one token only (its text, tag and dependency label), so their
effect is a function of that token's attributes and is computed once per distinct token, by the same
``Matcher`` on a one-token-per-entry ``Doc``. The few patterns spanning several tokens ("gon na",
"there is") still run over every document, and a token they touch is redone with every match in the
ruler's own order, so each token ends exactly as under the ruler.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from typing import Any, cast

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span, Token
from spacy.tokens._retokenize import set_token_attrs

PIPE = "attribute_ruler"

# The attributes a token has before the ruler and may have changed after it; ORTH first, never changed.
_STATE: list[int | str] = ["ORTH", "TAG", "DEP", "POS", "MORPH", "LEMMA"]

State = tuple[int, ...]
Rule = tuple[int, dict[int, Any]]  # (pattern number, attributes to set): higher numbers are applied later


@lru_cache(maxsize=1)
def attribute_ruler_for(nlp: Language) -> Callable[[Doc], Doc]:
    """A ``Doc -> Doc`` step setting the attributes ``nlp``'s own attribute ruler would."""
    ruler = nlp.get_pipe(PIPE)
    if not isinstance(ruler, AttributeRuler):
        raise TypeError(f"the {PIPE!r} component of {nlp.meta.get('name')!r} is not a spaCy AttributeRuler")
    vocab = nlp.vocab
    single, spanning = Matcher(vocab), Matcher(vocab)
    for number, entry in enumerate(ruler.patterns):
        patterns = cast(list[list[dict[str, Any]]], entry["patterns"])
        ones = [p for p in patterns if len(p) == 1 and "OP" not in p[0]]
        others = [p for p in patterns if p not in ones]
        if ones:
            single.add(str(number), ones)
        if others:
            spanning.add(str(number), others)
    memo: dict[State, tuple[State, tuple[Rule, ...]]] = {}

    def rules(matcher: Matcher, doc: Doc) -> dict[int, list[Rule]]:
        """Per token index, the rules that fire on it."""
        found: dict[int, list[Rule]] = defaultdict(list)
        for match_id, start, end in matcher(doc, allow_missing=True, as_spans=False):
            number = int(vocab.strings[match_id])
            target = Span(doc, start, end)[ruler.indices[number]]
            found[target.i].append((number, ruler.attrs[number]))
        return found

    def learn(states: list[State]) -> None:
        sample = Doc(vocab, words=[vocab.strings[s[0]] for s in states])
        for token, state in zip(sample, states, strict=True):
            _restore(token, state)
        fired = rules(single, sample)
        for token, state in zip(sample, states, strict=True):
            applied = tuple(sorted(fired.get(token.i, []), key=lambda rule: rule[0]))
            for _, attrs in applied:
                set_token_attrs(token, attrs)
            memo[state] = (_state(token), applied)

    def annotate(doc: Doc) -> Doc:
        states = [tuple(row) for row in doc.to_array(_STATE).tolist()]
        spans = rules(spanning, doc)  # on the attributes as they were, like the ruler
        unseen = list(dict.fromkeys(s for s in states if s not in memo))
        if unseen:
            learn(unseen)
        for token, state in zip(doc, states, strict=True):
            after, applied = memo[state]
            if token.i in spans:
                for _, attrs in sorted((*applied, *spans[token.i]), key=lambda rule: rule[0]):
                    set_token_attrs(token, attrs)
            elif after != state:
                _restore(token, after)
        return doc

    return annotate


def _state(token: Token) -> State:
    return (token.orth, token.tag, token.dep, token.pos, _morph(token), token.lemma)


def _restore(token: Token, state: State) -> None:
    _, token.tag, token.dep, token.pos, morph, token.lemma = state
    if morph != _morph(token):
        token.set_morph(morph)  # type: ignore[attr-defined]  # missing from spaCy's type stubs


def _morph(token: Token) -> int:
    key: int = token.morph.key  # type: ignore[attr-defined]  # missing from spaCy's type stubs
    return key
