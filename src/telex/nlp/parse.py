"""Parse cleaned text into a ``Doc`` whose sentences respect paragraph breaks and headings."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from telex.ingest.clean import Cleaned
from telex.nlp.attributes import PIPE as RULER
from telex.nlp.attributes import attribute_ruler_for
from telex.nlp.cached import remember_text
from telex.nlp.casing import headline_lines, loud_lines, sentence_cased
from telex.nlp.headlines import mend_headlines
from telex.nlp.lemmas import PIPE as LEMMATIZER
from telex.nlp.lemmas import english_word, lemmatizer_for
from telex.nlp.recognizer import PIPE as RECOGNIZER
from telex.nlp.recognizer import recognizer_for

T = TypeVar("T")
# Where ``make_doc`` keeps the offsets of the headline lines, read again as headlinese after the parser.
_HEADLINES = "telex_headlines"
# And of those in title case or capitals.
_LOUD = "telex_loud_headlines"


def make_doc(nlp: Language, cleaned: Cleaned) -> Doc:
    """Tokenise a copy with headlines in sentence case, and preset sentence starts; the parser keeps preset
    boundaries."""
    text = sentence_cased(cleaned.text, cleaned.headings, english_word(nlp))
    doc = nlp.make_doc(text)
    remember_text(doc, text)
    doc.user_data[_HEADLINES] = headline_lines(cleaned.text, cleaned.headings)
    doc.user_data[_LOUD] = loud_lines(cleaned.text, cleaned.headings)
    offsets: list[int] = doc.to_array("IDX").tolist()  # one array, not a Token object per token
    for start in cleaned.sentence_starts:
        i = bisect_left(offsets, start)
        if 0 < i < len(offsets) and offsets[i] == start:
            doc[i].is_sent_start = True
    return doc


def parse_many(
    nlp: Language, items: Iterable[tuple[Cleaned, T]], batch_size: int = 32
) -> Iterator[tuple[Doc, T]]:
    """Parse cleaned texts in batches, carrying a context object alongside each ``Doc``.

    Every component of ``nlp`` runs; the work of the attribute ruler and the lemmatizer is done by their
    remembering twins, and the entity recogniser's by its twin holding the lock, over each batch after the parser
    (the recogniser reads neither lemmas nor parts of speech).
    """
    docs = ((make_doc(nlp, cleaned), context) for cleaned, context in items)
    annotate, lemmatize, recognize = attribute_ruler_for(nlp), lemmatizer_for(nlp), recognizer_for(nlp)
    parsed = nlp.pipe(docs, as_tuples=True, batch_size=batch_size, disable=[RULER, LEMMATIZER, RECOGNIZER])
    while batch := list(islice(parsed, batch_size)):
        for doc, _ in batch:
            mend_headlines(nlp, doc, doc.user_data.pop(_HEADLINES, ()), doc.user_data.pop(_LOUD, ()))
        recognize([doc for doc, _ in batch])
        for doc, context in batch:
            yield lemmatize(annotate(doc)), context
