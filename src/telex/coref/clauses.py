"""Where a word stands in its clause, as coreference reads it: subject of a report, of a main clause, of a clause
put off; a noun saying what someone is rather than naming someone."""

from __future__ import annotations

from spacy.tokens import Token

from telex.quotes.grammar import FINITE
from telex.quotes.lexicon import reporting_verbs
from telex.quotes.subjects import SPEAKING_TYPES

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


def reported_within(subject: Token) -> bool:
    """Whether a subject's verb heads a clause that a report before it gives as what was said or thought, so that
    someone else reports it: "Jones had reported" in "Carson pointed out that Jones had reported …" (Carson's report),
    "Jones told him" in "Lee said Jones told him …", and a verb joined to such a clause, when a person or body named
    or a pronoun makes that report; not one a thing makes ("exit polls indicated that Trump was supported …", whose
    subject may be the one a pronoun after means), nor a report the parser hung on one after it ("Rhimes declared:
    “…,” she said")."""
    verb = subject.head.head if subject.dep_ == "appos" else subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    report = verb.head
    if verb.dep_ != "ccomp" or report.i > verb.i or report.lemma_.lower() not in reporting_verbs():
        return False
    return any(w.pos_ in ("PROPN", "PRON") or w.ent_type_ in SPEAKING_TYPES for w in doers(report))


def _relative_subject(clause: Token) -> bool:
    return any(c.dep_ in SUBJECTS and c.lower_ in ("who", "that") for c in clause.children)


def is_subject(token: Token) -> bool:
    return token.dep_ in SUBJECTS or (token.dep_ == "appos" and token.head.dep_ in SUBJECTS) or _root_subject(token)


def _root_subject(token: Token) -> bool:
    """A name the parser made the root of a sentence whose verbs hang off it: the subject it mistook ("Rep. Devin
    Nunes (R-Calif.), chairman of …, didn't second-guess …, but he did call for …"); a headline of no verb is none."""
    if token.dep_ != "ROOT" or token.pos_ not in ("PROPN", "NOUN"):
        return False
    return any(w.tag_ in FINITE for w in token.subtree if w.i > token.i)


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


def says(token: Token) -> bool:
    """Whether ``token`` is the subject of a verb of speech ("it said", "it added", "it reads"), not of a view held
    ("it hopes", "it wants"). A city or a country seldom says anything through "it": its government or people do."""
    entry = reporting_verbs().get(token.head.lemma_.lower()) if token.dep_ in SUBJECTS else None
    return entry is not None and entry.class_ == "speech"


def understood_subjects(verb: Token) -> list[Token]:
    """Who does ``verb``: its subjects; for a verb with none, those of the verb it is coordinated with ("Trump
    criticized the pope and accused him": Trump accused), or for a complement the object that controls it, else the
    subject above ("urged Iran to punish him": Iran; "wants to punish him": who wants). A verb joined to a reported
    clause ("Ms. Khan said Mr. Trump was ignorant and criticized him") is as often the reporter's, so has none known."""
    for _ in range(4):
        own = [c for c in verb.children if c.dep_ in SUBJECTS]
        reported = verb.dep_ == "conj" and verb.head.dep_ == "ccomp"
        if own or reported or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return own
        objects = [c for c in verb.head.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else []
        if objects:
            return objects
        verb = verb.head
    return []


def doers(verb: Token) -> list[Token]:
    """The words naming who does ``verb`` as a reader takes it (``understood_subjects``), and further: for a relative
    "who" the noun it stands for ("Obama, who called the nominee unfit"), for a participle clause of no subject the
    subject of the verb it hangs on ("Hollande said, noting the nominee …"), and those coordinated with each
    ("McCarthy and Scalise have thrown their support behind the nominee")."""
    found = understood_subjects(verb)
    if not found and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        found = [c for c in verb.head.children if c.dep_ in SUBJECTS]
    found = [w.head.head if w.tag_ in ("WP", "WDT") and w.head.dep_ == "relcl" else w for w in found]
    return found + [c for w in found for c in w.conjuncts]
