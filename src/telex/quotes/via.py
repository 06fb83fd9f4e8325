"""Outlets a statement was given to or passed through: "told Reuters", "in an interview with CNN"."""

from __future__ import annotations

from spacy.tokens import Token

from telex.ingest.outlets import canonical_outlet, outlet_pattern
from telex.nlp.cached import text_of

# Dependents of a cue that can name the outlet; the content clause and the speaker never do.
_SKIP = frozenset({"ccomp", "nsubj", "nsubjpass", "punct", "parataxis", "xcomp", "advcl", "conj", "mark"})


def outlets_of(cue: Token, content: tuple[int, int]) -> tuple[str, ...]:
    """Canonical outlet names in the cue's own dependents, outside the content span."""
    doc = cue.doc
    found: list[str] = []
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as":
        cue = cue.head.head  # "Tass quoted Lavrov as saying": the outlet is the one quoting
        for child in cue.children:
            if child.dep_ == "nsubj":
                name = canonical_outlet(text_of(doc)[child.left_edge.idx : child.idx + len(child)])
                if name:
                    found.append(name)
    for child in cue.children:
        if child.dep_ in _SKIP:
            continue
        start = child.left_edge.idx
        end = child.right_edge.idx + len(child.right_edge)
        if start < content[1] and end > content[0]:
            continue
        for match in outlet_pattern().finditer(text_of(doc), start, end):
            name = canonical_outlet(match.group())
            if name and name not in found:
                found.append(name)
    return tuple(found)
