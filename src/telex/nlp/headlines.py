"""A headline read the way headlinese is written: "Gunmen attack checkpoint", "Five killed in blast".

Headlinese drops the articles and the copula, so the small English model reads a subject, a bare present verb and
its object as one noun phrase ("gunmen attack checkpoint", a compound), an intransitive present as a noun ("rebels
surrender", "thousands march"), and a passive with no auxiliary as an active past or a participle hung on its subject
("two journalists detained in Harare"). Each headline line (``casing.headline_lines``: the first line and the
headings, in capitals, in title case, or short in sentence case as the wires write them) is read again with the word
headlinese leaves out put back, and takes that reading's parse (heads, labels and tags, the word put back dropped)
when it is the clause the headline's grammar gives, so every token and offset stays those of the text the user gave:

- a past form right after the words of its subject, with no object after it and the line no sentence ending in a
  full stop or a semicolon, is a passive: read with "was" or "were" before it, kept when that makes it the one root
  with a passive subject spanning every word before it ("Five were killed in blast");
- a "to" and a verb after a name, which the parser hung on the name, is a plan the name makes: the verb heads the
  line, the name its subject ("Turkey to buy more gas");
- a line with no clause is read with "the" after the word the tagger most thinks a present verb (a form of an English
  verb after a subject with a noun in it: not "Crucial wins for Clinton", "Port cities brace"), when an object
  follows it ("Gunmen attack the checkpoint in Kandahar"), else, or when that fails, with "now" before it ("Rebels
  now surrender in eastern Congo"), kept when that makes the word the one root with a subject spanning every word
  before it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

import numpy
from spacy.language import Language
from spacy.pipeline import Tagger
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

from telex.nlp.cached import text_of
from telex.nlp.lemmas import form_of

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
# Of those, the tags of words that head a subject; an adjective heads none ("Bleak outlook for ...") unless it is a noun
# as a word too (the tagger reads a country's name opening a line as one: "Pakistan summons envoy").
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})
# Tags of a word that may open the object an article goes before ("the checkpoint", "the 12 villagers").
_OBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD"})
# After a past form, a word that opens its object makes it an active past ("Trump got more votes"), no passive.
_ACTIVE_PAST_OBJECTS = _OBJECT_TAGS | {"DT", "PRP", "PRP$"}
# Subjects a plural auxiliary agrees with ("Five were killed", "Journalists were detained").
_PLURAL_TAGS = frozenset({"NNS", "NNPS", "CD"})
# How a sentence or a clause ends, which a headline does not.
_PROSE_ENDS = (".", "!", "?", ";")
# How a sentence ends that a line in title case or capitals may still end in: a full stop may be put after a headline.
_LOUD_PROSE_ENDS = ("!", "?", ";")
ARTICLE = "the"
ADVERB = "now"
_LATER = ("attribute_ruler", "lemmatizer", "ner")
_ATTRS: list[int | str] = ["HEAD", "DEP", "TAG"]
# A reading's test: the re-read line, the index of the word put back, the index of the verb in the re-read line.
Check = Callable[[Doc, int, int], bool]


def mend_headlines(
    nlp: Language, doc: Doc, lines: Sequence[tuple[int, int]], loud: Sequence[tuple[int, int]] = ()
) -> Doc:
    """``doc`` (tagged and parsed) with each headline sentence of ``lines`` re-read as headlinese is written (see the
    module's docstring); ``loud`` are the lines of those in title case or capitals."""
    arrays: numpy.ndarray | None = None
    for sent in doc.sents:
        if not any(start <= sent.start_char < end for start, end in lines):
            continue
        parse = _headline_parse(nlp, sent, any(start <= sent.start_char < end for start, end in loud))
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


def _headline_parse(nlp: Language, sent: Span, loud: bool = False) -> list[tuple[int, str, str]] | None:
    """Per token of ``sent``, its head (index in the sentence), label and tag as headlinese reads it, if a reading
    with a word put back gives the clause its grammar wants and the parser did not; else None. ``loud``: the line is
    in title case or capitals."""
    future = _to_future(sent)
    if future is not None:
        return future
    participle = _bare_participle(sent, loud)
    if participle is not None:
        auxiliary = "were" if sent[participle - 1].tag_ in _PLURAL_TAGS else "was"
        return _reread(nlp, sent, participle, auxiliary, participle, _passive_at)
    if _has_clause(sent):
        return None
    verb = _likeliest_verb(nlp, sent)
    if verb is None:
        return None
    parse = None
    if verb + 1 < len(sent) and sent[verb + 1].tag_ in _OBJECT_TAGS:
        parse = _reread(nlp, sent, verb + 1, ARTICLE, verb, _clause_at)
    return parse or _reread(nlp, sent, verb, ADVERB, verb, _adverb_at)


def _has_clause(sent: Span) -> bool:
    """The sentence has a finite verb with a subject, or a predicate of headlinese with none: a participle ("Deal
    adopted in Paris", "Speech skewered by rival"), a base form ("Stop the war"), a "to" future ("Obama to visit")."""
    return any(
        (t.tag_ in _FINITE and any(c.dep_ in _SUBJECTS for c in t.children)) or t.tag_ in _PREDICATES
        for t in sent
    )


def _to_future(sent: Span) -> list[tuple[int, str, str]] | None:
    """ "Turkey to buy more gas": headlinese tells a plan with "to" and a verb after a name, which the parser may hang
    on the name as a relative clause ("things to know"); after a proper noun that is every word before "to", the verb
    heads the line and the name is its subject, as the parser reads "Iran to resume talks"."""
    tags = [t.tag_ for t in sent]
    k = _subject_end(tags)
    if k == 0 or k + 1 >= len(tags) or tags[k] != "TO" or tags[k + 1] != "VB":
        return None
    verb, subject = sent[k + 1], sent[k + 1].head
    if verb.dep_ not in ("relcl", "acl") or subject.dep_ != "ROOT" or subject.tag_ not in ("NNP", "NNPS"):
        return None
    if subject.i - sent.start >= k or sent[k].head != verb:
        return None
    start = sent.start
    parse = [(t.head.i - start, t.dep_, t.tag_) for t in sent]
    parse[k + 1] = (k + 1, "ROOT", verb.tag_)
    parse[subject.i - start] = (k + 1, "nsubj", subject.tag_)
    for t in subject.rights:
        if t.i > verb.i:
            parse[t.i - start] = (k + 1, t.dep_, t.tag_)  # what followed the clause, a closing stop, is the verb's
    return parse


def _bare_participle(sent: Span, loud: bool = False) -> int | None:
    """The index of a past form right after the words of the headline's subject, with no object after it ("Five
    killed in blast", "Journalists detained in Harare"), that the parse has not already made a passive; a line that
    ends as a sentence or a clause does ("Clinton won among voters.", "Voters turned out in droves;") is prose, whose
    past forms are active, but for a full stop put after a line in title case or capitals (``loud``: "ELEVEN POLICE
    KILLED IN CAR BOMB.", "Hillary Clinton Accused Of Shocking Act."), which no sentence is written in."""
    if sent.text.rstrip().rstrip(")]}\"'”’").endswith(_LOUD_PROSE_ENDS if loud else _PROSE_ENDS):
        return None
    tags = [t.tag_ for t in sent]
    k = _subject_end(tags)
    if k == 0 or k == len(tags) or tags[k] not in _PAST:
        return None
    if k + 1 < len(tags) and tags[k + 1] in _ACTIVE_PAST_OBJECTS:
        return None
    verb = sent[k]
    if verb.dep_ == "ROOT" and any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return k


def _subject_end(tags: Sequence[str]) -> int:
    """The index of the first word after the words a headline's subject may be made of (``_SUBJECT_TAGS``), by their
    ``tags``; their count when every word may be."""
    return next((k for k, tag in enumerate(tags) if tag not in _SUBJECT_TAGS), len(tags))


def _reread(
    nlp: Language, sent: Span, at: int, word: str, verb: int, check: Check
) -> list[tuple[int, str, str]] | None:
    """Per token of ``sent``, its head, label and tag as read with ``word`` put in before token ``at``, if that
    reading passes ``check`` for the verb at ``verb`` of the sentence; else None."""
    words = [t.text for t in sent]
    text = text_of(sent.doc)[sent.start_char : sent.end_char]
    cut = sent[at].idx - sent.start_char if at < len(sent) else len(text)
    read = nlp(f"{text[:cut]}{word} {text[cut:]}", disable=list(_LATER))
    moved = verb + 1 if verb >= at else verb
    if [t.text for t in read] != [*words[:at], word, *words[at:]] or not check(read, at, moved):
        return None
    return [(_back(t.head.i, at), t.dep_, t.tag_) for t in read if t.i != at]


def _back(i: int, at: int) -> int:
    """The index in the headline of token ``i`` of the reading with a word put in at ``at``."""
    return i if i < at else i - 1


def _likeliest_verb(nlp: Language, sent: Span) -> int | None:
    """The word of ``sent`` (by index in it) the tagger most thinks a present verb, among the forms of a verb that
    follow words a subject is made of, a noun among them by its tag or as a word ("Pakistan summons ..."; "Crucial
    wins for Clinton" has none), and are no past form; not a word after a possessive, which owns it ("Trump's
    support")."""
    tags = [t.tag_ for t in sent]
    verb, noun = form_of(nlp, "verb"), form_of(nlp, "noun")
    nouns = [tag in _NOUN_TAGS or noun(t.lower_) for t, tag in zip(sent, tags, strict=True)]
    places = [
        k for k in range(1, len(sent))
        if all(tag in _SUBJECT_TAGS for tag in tags[:k]) and any(nouns[:k])
        and tags[k] not in _PAST and tags[k - 1] != "POS" and verb(sent[k].lower_)
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


def _clause_at(read: Doc, article: int, verb: int) -> bool:
    """``read`` is one clause headed by the present verb at ``verb`` whose subject is every word before it, and the
    article put in after it a determiner with no dependents."""
    return _one_clause(read, verb, "nsubj", _PRESENT) and _bare(read[article], "det")


def _adverb_at(read: Doc, adverb: int, verb: int) -> bool:
    """``read`` is one clause headed by the present verb at ``verb`` whose subject is every word before the adverb put
    in before it, the adverb modifying the verb with no dependents."""
    return _one_clause(read, verb, "nsubj", _PRESENT, adverb) and _bare(read[adverb], "advmod", read[verb])


def _passive_at(read: Doc, auxiliary: int, verb: int) -> bool:
    """``read`` is one passive clause headed by the participle at ``verb`` whose subject is every word before the
    auxiliary put in before it, the auxiliary its own with no dependents."""
    return _one_clause(read, verb, "nsubjpass", frozenset({"VBN"}), auxiliary) and _bare(
        read[auxiliary], "auxpass", read[verb]
    )


def _one_clause(read: Doc, verb: int, label: str, tags: frozenset[str], end: int | None = None) -> bool:
    """``read``'s only root is the word at ``verb``, of one of ``tags``, with one subject (``label``) spanning every
    word before ``end`` (by default, before the verb)."""
    head = read[verb]
    subjects = [c for c in head.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        [t.i for t in read if t.dep_ == "ROOT"] == [verb]
        and head.tag_ in tags
        and [s.dep_ for s in subjects] == [label]
        and subjects[0].left_edge.i == 0
        and subjects[0].right_edge.i == (verb if end is None else end) - 1
    )


def _bare(token: Token, label: str, head: Token | None = None) -> bool:
    """The word put back has ``label``, no dependents and, if given, ``head``."""
    return token.dep_ == label and not list(token.children) and (head is None or token.head == head)
