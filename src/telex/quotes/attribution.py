"""The attribution record: a cue, the speaker it names and the content it governs.

The rules that find attributions in the dependency parse are split by job: ``cues`` (which words report),
``subjects`` (who speaks), ``trim`` (where content stops), ``slots`` and ``clauses`` (what a verb reports),
``verbs``, ``nouns`` and ``phrases`` (the attributions themselves), over the shared readings of ``grammar``.
Content spans are character offsets into ``doc.text``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


@dataclass(frozen=True)
class Attribution:
    """Content governed by a cue, with the token heading the speaker phrase if there is one."""

    start: int
    end: int
    cue: str
    cue_token: Token
    speaker: Token | None
    kind: str
    class_: str = "speech"  # what the source does: speech, belief, knowledge or document (quote_classes.tsv)
