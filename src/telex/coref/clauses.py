"""Where a word stands in its clause, as coreference reads it: subject of a report, of a main clause, of a clause
put off; a noun saying what someone is rather than naming someone."""

from __future__ import annotations

from spacy.tokens import Token

from telex.quotes.lexicon import reporting_verbs

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
ARGUMENTS = SUBJECTS | {"dobj", "dative"}
# Prepositions a verb takes an argument with ("called on him", "spoke to him"); a pronoun after one of place may be the
# subject ("saw a car near him").
ARGUMENT_PREPS = frozenset({"on", "upon", "to", "at", "against", "about", "for"})


def speaks(token: Token) -> bool:
    """Whether ``token`` heads the speaker of a report: "Lee said", "said Lee", "according to Lee"."""
    if token.dep_ == "appos":
        token = token.head
    verbs = reporting_verbs()
    if any(c.dep_ == "relcl" and c.lemma_.lower() in verbs and _relative_subject(c) for c in token.children):
        return True  # "Loretta Lynch, who told Congress …"
    if token.dep_ in SUBJECTS:
        return token.head.lemma_.lower() in verbs
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"


_EMBEDDED = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj"})


def main_clause(subject: Token) -> bool:
    """Whether a subject's verb heads the sentence (or a clause joined to it), not a clause inside another:
    "Obama has kept in touch" in "Earnest said Obama has kept in touch" is what Earnest said."""
    verb = subject.head.head if subject.dep_ == "appos" else subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ not in _EMBEDDED


def _relative_subject(clause: Token) -> bool:
    return any(c.dep_ in SUBJECTS and c.lower_ in ("who", "that") for c in clause.children)


def is_subject(token: Token) -> bool:
    return token.dep_ in SUBJECTS or (token.dep_ == "appos" and token.head.dep_ in SUBJECTS) or _root_subject(token)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _root_subject(token: Token) -> bool:
    """A name the parser made the root of a sentence whose verbs hang off it: the subject it mistook ("Rep. Devin
    Nunes (R-Calif.), chairman of …, didn't second-guess …, but he did call for …"); a headline of no verb is none."""
    if token.dep_ != "ROOT" or token.pos_ not in ("PROPN", "NOUN"):
        return False
    return any(w.tag_ in _FINITE for w in token.subtree if w.i > token.i)


def predicate(token: Token) -> bool:
    """Whether a noun says what someone is rather than naming someone: "Trump is the nominee", "Donald Trump, the
    candidate", "support Trump as the nominee", "make him the nominee", "Trump was crowned the nominee"."""
    if token.dep_ in ("attr", "oprd", "appos"):
        return True
    if token.dep_ == "pobj":
        return token.head.lower_ == "as"
    if token.dep_ not in ("dobj", "dative", "ccomp", "xcomp"):
        return False
    return any(c.dep_ in ("dobj", "dative", "nsubjpass") and c.i != token.i for c in token.head.children)
