"""A headline's verb read as a verb: "Gunmen attack checkpoint in Kandahar".

Headlinese drops the articles, so the small English model reads a subject, a bare present verb and its object as
one noun phrase ("gunmen attack checkpoint", a compound) and the line has no clause. A headline line whose parse
has no verb with a subject is read again with an article before the word after its likeliest verb (by the tagger's
own scores): "Gunmen attack the checkpoint in Kandahar". Where that reading makes the word its one root, a verb with
a subject that spans all the words before it, and the article a determiner of the object, the line takes that parse
(heads, labels and tags; the article dropped), so every token and offset stays those of the text the user gave.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

import numpy
from spacy.language import Language
from spacy.pipeline import Tagger
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

from telex.nlp.cached import text_of

# Tags of a verb that heads a headline's clause; a verb of these with a subject means the parse already has one.
_FINITE = frozenset({"VB", "VBP", "VBZ", "VBD", "MD"})
# A headline's active verb is in the present ("Gunmen attack"); a past participle after its subject is a passive with
# no copula ("Five killed in blast", "Results expected tomorrow"), never read as the verb of a clause here.
_PRESENT = frozenset({"VB", "VBP", "VBZ"})
_PAST = frozenset({"VBN", "VBD"})
# Verb forms a headline's predicate takes with no subject of its own (passives, commands, "to" + verb); not a gerund
# ("over border firing").
_PREDICATES = frozenset({"VB", "VBN", "VBD", "MD", "TO"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# Tags of the words a headline's subject is made of ("Taliban fighters", "Five Kenyan police", "Iran's army").
_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "CD", "POS", "HYPH"})
# Tags of a word that may open the object an article goes before ("the checkpoint", "the 12 villagers").
_OBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD"})
ARTICLE = "the"
_LATER = ("attribute_ruler", "lemmatizer", "ner")
_ATTRS: list[int | str] = ["HEAD", "DEP", "TAG"]


def mend_headlines(nlp: Language, doc: Doc, lines: Sequence[tuple[int, int]]) -> Doc:
    """``doc`` (tagged and parsed) with each headline sentence of ``lines`` that has no clause re-read as one."""
    arrays: numpy.ndarray | None = None
    for sent in doc.sents:
        if not any(start <= sent.start_char < end for start, end in lines) or _has_clause(sent):
            continue
        parse = _clause_parse(nlp, sent)
        if parse is None:
            continue
        if arrays is None:
            arrays = numpy.array(doc.to_array(_ATTRS), dtype=numpy.uint64)
        for j, (head, dep, tag) in enumerate(parse):
            relative = numpy.int64(head - j).astype(numpy.uint64)  # the array holds a head before as a wrapped negative
            arrays[sent.start + j] = (relative, nlp.vocab.strings.add(dep), nlp.vocab.strings.add(tag))
    if arrays is not None:
        doc.from_array(_ATTRS, cast(Ints2d, arrays))
    return doc


def _has_clause(sent: Span) -> bool:
    """The sentence has a finite verb with a subject, or a predicate of headlinese with none: a participle ("Deal
    adopted in Paris", "Speech skewered by rival"), a base form ("Stop the war"), a "to" future ("Obama to visit")."""
    return any(
        (t.tag_ in _FINITE and any(c.dep_ in _SUBJECTS for c in t.children)) or t.tag_ in _PREDICATES
        for t in sent
    )


def _clause_parse(nlp: Language, sent: Span) -> list[tuple[int, str, str]] | None:
    """Per token of ``sent``, its head (index in the sentence), label and tag as read with an article after its
    likeliest verb, if that reading is a clause with that verb (see the module's docstring); else None."""
    words = [t.text for t in sent]
    verb = _likeliest_verb(nlp, sent)
    if verb is None:
        return None
    text = text_of(sent.doc)[sent.start_char : sent.end_char]
    cut = sent[verb].idx + len(sent[verb]) - sent.start_char
    read = nlp(f"{text[:cut]} {ARTICLE}{text[cut:]}", disable=list(_LATER))
    if [t.text for t in read] != [*words[: verb + 1], ARTICLE, *words[verb + 1 :]] or not _clause_at(read, verb):
        return None
    kept = [t for t in read if t.i != verb + 1]
    return [(_back(t.head.i, verb), t.dep_, t.tag_) for t in kept]


def _back(i: int, verb: int) -> int:
    """The index in the headline of token ``i`` of the reading with the article after ``verb``."""
    return i if i <= verb else i - 1


def _likeliest_verb(nlp: Language, sent: Span) -> int | None:
    """The word of ``sent`` (by index in it) the tagger most thinks a verb, among those that follow words a subject
    is made of and precede a word that may open an object."""
    tags = [t.tag_ for t in sent]
    places = [
        k for k in range(1, len(sent) - 1)
        if all(tag in _SUBJECT_TAGS for tag in tags[:k]) and tags[k] not in _PAST and tags[k + 1] in _OBJECT_TAGS
    ]
    if not places:
        return None
    alone = nlp(sent.text, disable=["parser", *_LATER])
    if [t.text for t in alone] != [t.text for t in sent]:
        return None
    tagger = cast(Tagger, nlp.get_pipe("tagger"))
    scores = numpy.asarray(tagger.model.predict([alone])[0], dtype="f")
    odds = numpy.exp(scores - scores.max(axis=1, keepdims=True))
    labels = tagger.labels
    verbs = [k for k, label in enumerate(labels) if label in _PRESENT]
    share = odds[:, verbs].sum(axis=1) / odds.sum(axis=1)
    return max(places, key=lambda k: share[k])


def _clause_at(read: Doc, verb: int) -> bool:
    """``read`` is one clause headed by the verb at ``verb``: its only root, a present verb with a subject made of all
    the words before it, and the article after it a determiner with no dependents."""
    head, article = read[verb], read[verb + 1]
    subjects = [c for c in head.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        [t.i for t in read if t.dep_ == "ROOT"] == [verb]
        and head.tag_ in _PRESENT
        and len(subjects) == 1
        and subjects[0].left_edge.i == 0
        and subjects[0].right_edge.i == verb - 1
        and article.dep_ == "det"
        and not list(article.children)
    )
