"""Who each quotation of an article is attributed to, as coreference reads it: its "I" is that speaker, its "he" not."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from spacy.tokens import Doc

from telex.coref.clauses import speaks
from telex.coref.names import named_by
from telex.entity_index import EntityIndex
from telex.nlp.cached import text_of
from telex.nlp.sentences import sentence_index, sentences
from telex.quotes.marks import find_quotations
from telex.records import Entity


def quoted_speakers(
    doc: Doc, entities: EntityIndex, unmarked: Mapping[int, Entity] = MappingProxyType({})
) -> list[tuple[int, int, frozenset[str]]]:
    """Each quotation of ``doc`` with the actors named as speaking outside it in the sentence it opens or closes
    in ("Lee said: “…”", "“…,” said Lee"), by a mention or a surname the entity step left out (``unmarked``); a
    quotation with no attribution of its own that opens in the sentence after another closed carries that one's on
    ("“…,” said Lee. “…”")."""
    quotations = find_quotations(text_of(doc))
    if not quotations:
        return []
    speaking: list[tuple[int, int, str]] = []
    for entity in entities:
        for start, end in entity.mentions:
            words = doc.char_span(start, end, alignment_mode="expand")
            if words is not None and len(words) and speaks(words.root):
                speaking.append((start, sentence_index(doc, start), named_by(entity, words, entities).id))
    for i, person in unmarked.items():
        if speaks(doc[i]):
            speaking.append((doc[i].idx, sentence_index(doc, doc[i].idx), person.id))
    found: list[tuple[int, int, frozenset[str]]] = []
    closed_in = -2
    for quote in quotations:
        opens, closes = sentence_index(doc, quote.start), sentence_index(doc, max(quote.start, quote.end - 1))
        ids = frozenset(
            e for at, sentence, e in speaking if sentence in (opens, closes) and not quote.start <= at < quote.end
        )
        if not ids and found and closed_in >= opens - 1 and not _attributed(doc, quote.start, quote.end):
            ids = found[-1][2]
        found.append((quote.start, quote.end, ids))
        closed_in = closes
    return found


def _attributed(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentences a quotation opens and closes in say outside it who speaks, named or not ("“…,” the
    narrator says")."""
    every = sentences(doc)
    words = (t for s in every[sentence_index(doc, start) : sentence_index(doc, max(start, end - 1)) + 1] for t in s)
    return any(not start <= t.idx < end and speaks(t) for t in words)
