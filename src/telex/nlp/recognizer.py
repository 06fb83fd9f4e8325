"""spaCy's entity recogniser, its greedy steps run while Python's lock is held.

spaCy runs the recogniser's steps with the interpreter lock released, and its checks of which move is valid (one per
entity type and move, some 40 for each word) each take the lock back and release it again: under half of the
recogniser's time was its model, the rest that lock. The same steps taken here, with the lock held, do the same
arithmetic (spaCy's own feature sums, the same matrix product of the same library) and the same checks, so every
entity is the one spaCy's loop finds, in about half the time. A document's entities do not depend on the others of
its batch, so a batch is stepped through at once, longest last.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc

PIPE = "ner"


@lru_cache(maxsize=1)
def recognizer_for(nlp: Language) -> Callable[[Sequence[Doc]], None]:
    """A step setting on each of a batch of documents the entities ``nlp``'s own recogniser would."""
    recognizer = nlp.get_pipe(PIPE)
    if not isinstance(recognizer, EntityRecognizer):
        raise TypeError(f"the {PIPE!r} component of {nlp.meta.get('name')!r} is not a spaCy EntityRecognizer")
    greedy = recognizer.cfg.get("beam_width", 1) == 1 and not recognizer.model.attrs.get("unseen_classes")

    def recognize(docs: Sequence[Doc]) -> None:
        batch = sorted((doc for doc in docs if len(doc)), key=len)
        if not batch:
            return
        if not greedy or any(doc.to_array("ENT_TYPE").any() for doc in batch):
            for _ in recognizer.pipe(batch, batch_size=len(batch)):  # spaCy's own way: a beam, or preset entities
                pass
            return
        recognizer.set_annotations(batch, _steps(recognizer, batch))

    return recognize


def _steps(recognizer: EntityRecognizer, docs: list[Doc]) -> list[Any]:
    """spaCy's ``greedy_parse`` with the lock held: score every unfinished state, take its best valid move, until all
    are done. No class of this model is unseen, so spaCy's mask of unseen classes would change no score."""
    states: list[Any] = recognizer.moves.init_batch(docs)  # spaCy's StateClass, untyped
    step = recognizer.model.predict(docs)
    hidden, scores, context = step.state2vec, step.vec2scores, step.get_token_ids
    unfinished = [state for state in states if not state.is_final()]
    while unfinished:
        unfinished = recognizer.transition_states(unfinished, scores.predict(hidden.predict(context(unfinished))))
    step.clear_memory()
    return states
