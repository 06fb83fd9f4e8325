"""Readings of the parse that the attribution rules share: subject relations, finite tags, marks of punctuation,
that-clauses, times, and the word classes of report verbs that more than one rule asks about.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from telex.nlp.cached import text_of
from telex.nlp.grammar import misread_verb, to_infinitive
from telex.quotes.marks import trim_span
from telex.records import Span

SUBJECTS = ("nsubj",)
# Relative words of a subject or a report's clause. No "whom", unlike events.filters.RELATIVE_PRONOUNS (objects): with
# it, a writer's subject "whom" ("whom many progressives believed was …") made one 815 quote start at "whom".
RELATIVE = frozenset({"who", "that", "which"})
TIMES = frozenset({"DATE", "TIME"})
# Kinds of report whose bare object is the one addressed: a request or a promise is made to someone ("urged Kim",
# "promised voters"); of the other verbs only asking is ("asked Lee").
ADDRESSING = frozenset({"request", "promise"})
ASKING = frozenset({"ask"})
# Verbs that put a question to someone, who may stand as their object before what it was about: "asked him about the
# plan", "pressed Trump on his taxes", "questioned the spokesman about the shooting", "when pressed on why …".
QUESTIONING = frozenset({"ask", "press", "question", "query", "quiz"})
# What such a question was about, after the one asked: "asked him about", "pressed Trump on", "quizzed her over".
ASKED_PREPS = frozenset({"about", "on", "over"})


# Prepositions of circumstance, which set a clause in time or against a cause or a concession rather than complete its
# verb: "since the disclosure that …", "despite claims that …", "amid fears that …", "after the announcement that …".
CIRCUMSTANCE_PREPS = frozenset({
    "after", "amid", "amidst", "before", "despite", "during", "following", "notwithstanding", "since", "until", "till",
})  # fmt: skip


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Subjects that give a coordinated verb a clause of its own: "… and no new date was set", "… and there was …".
CLAUSE_SUBJECTS = (*SUBJECTS, "nsubjpass", "expl")
# Verbs whose subject utters the statement their object names: "made the claim that …", "voiced concern that …".
UTTERING = frozenset({"make", "issue", "repeat", "voice", "express", "offer", "give", "raise", "deliver", "renew"})


def is_mark(token: Token) -> bool:
    """Punctuation the parser took for a subject (a quote mark), unlike "%" in "42% say"."""
    return token.is_punct and token.text != "%"


def of_time(prep: Token) -> bool:
    """Whether a prepositional phrase says when or how long ("on Thursday", "for five minutes")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in TIMES for c in prep.children)


def in_circumstance(noun: Token) -> bool:
    """Whether a noun stands in a phrase of time, cause or concession of a clause (``CIRCUMSTANCE_PREPS``): "since the
    disclosure that …", "despite complaints that …". Such a noun names an occasion that happened, not something the
    clause's subject holds."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in CIRCUMSTANCE_PREPS


def that_marked(clause: Token) -> bool:
    """Whether "that" subordinates ``clause`` as its mark."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def misread_relative(clause: Token) -> bool:
    """Whether a relative clause the parser hung on a noun right after it, or after the noun's by/from phrase, opens
    with a "that" that could subordinate it: "that" is its mark or its subject, and the clause has a subject of its
    own besides ("the statement from the ministry that talks would resume", "the claim by Smith that wages had
    fallen"). A relative "that" is the clause's subject (none besides it: "a ruling that took away …") or stands
    for an object the clause lacks ("a thought that a senator would say"), which the caller tells by the verb."""
    that = clause.left_edge
    if clause.dep_ != "relcl" or that.lower_ != "that" or that.head.i != clause.i:
        return False
    noun = clause.head
    between = clause.doc[noun.i + 1 : that.i]
    source = {t.i for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("by", "from") for t in c.subtree}
    if any(t.i not in source and not t.is_punct for t in between):
        return False
    own = any(c.dep_ in CLAUSE_SUBJECTS and c.i != that.i and not is_mark(c) for c in clause.children)
    return own and that.dep_ in ("mark", "nsubj", "nsubjpass")


def that_clause(child: Token) -> bool:
    """A that-clause the parser took for an adverbial one, after words between it and the verb: "tweeted in the
    early hours that Machado was …" (unlike "so that …", which says what for)."""
    marks = [m.lower_ for m in child.children if m.dep_ in ("mark", "advmod") and m.i < child.i]
    if child.dep_ != "advcl" or child.i < child.head.i:
        return False
    return marks == ["that"] or (not marks and _bare_clause(child))


def _bare_clause(clause: Token) -> bool:
    """A finite clause with a subject of its own and no subordinator, after words the verb governs: "said after
    the convention he would not accept …" (the parser reads the reported clause as adverbial)."""
    doc = clause.doc
    verb = clause.head
    finite = clause.tag_ in FINITE or any(c.dep_ == "aux" and c.tag_ in FINITE for c in clause.children)
    subject = any(c.dep_ in SUBJECTS and not is_mark(c) and c.i < clause.i for c in clause.children)
    between = doc[verb.i + 1 : clause.left_edge.i]
    adjuncts = {t.i for c in verb.rights if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree}
    return finite and subject and all(t.i in adjuncts for t in between)


def felt(token: Token) -> bool:
    """A stance adjective the parser read as a passive participle with its subject: "protesters were frustrated that
    …", "they were convinced that …", or as a past tense with the copula its passive auxiliary ("Not everyone is
    convinced the issue will …", "Why was Weiner so convinced that …")."""
    return (
        token.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "auxpass" for c in token.children)
        and any(c.dep_ in ("nsubjpass", "nsubj") for c in token.children)
    )


def for_infinitive(clause: Token) -> Token | None:
    """The "for" that opens a to-infinitive with a subject of its own after the word it hangs on ("called for the
    party to name a successor", "pressed for Congress to offset the costs", "a call for the United States to accept
    refugees"): who is to act and what they are to do, the parser's clause of purpose; None for any other clause."""
    if clause.dep_ not in ("advcl", "acl") or clause.i < clause.head.i:
        return None
    mark = clause.doc[clause.left_edge.i]
    if mark.dep_ != "mark" or mark.lower_ != "for" or mark.head.i != clause.i:
        return None
    subject = any(c.dep_ in ("nsubj", "nsubjpass") and mark.i < c.i < clause.i for c in clause.children)
    return mark if subject and to_infinitive(clause) else None


def misread_infinitive(clause: Token) -> bool:
    """A to-infinitive right after its verb that the parser hung as a clause of purpose ("Rabbis vow to boycott …",
    "declined to appeal to the Supreme Court"): the verb's complement, as an infinitive after it mostly is."""
    verb = clause.head
    return (
        clause.dep_ == "advcl"
        and clause.i > verb.i
        and any(a.dep_ == "aux" and a.tag_ == "TO" and a.i == verb.i + 1 for a in clause.children)
    )


def finite_clause(verb: Token) -> bool:
    """Whether a clause's verb is finite, itself or by an auxiliary (active or passive): "said", "would win", "was
    accompanied"."""
    return verb.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in verb.children)


def span_roots(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens of ``doc[start:end]`` that hang from no token inside it (the parse's roots among them, in order)."""
    return [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]


def misread_named(noun: Token) -> bool:
    """Whether a plural noun heading its sentence is a verb's -s form with a name before it as its subject, the two read
    by the tagger as one noun (or the name as the noun's subject), and an "about" phrase right after it: "Merkel talks
    about a European consensus, but …", "Perez talks about growing up in Buffalo". Only a proper noun right before it;
    not a noun with a determiner or an owner ("the Iran talks about …")."""
    doc = noun.doc
    if not misread_verb(noun) or noun.dep_ != "ROOT" or noun.i + 1 >= len(doc):
        return False
    name, after = doc[noun.i - 1], doc[noun.i + 1]
    named = name.dep_ in ("compound", "nsubj") and name.head.i == noun.i and name.pos_ == "PROPN"
    return named and after.lower_ == "about" and after.dep_ == "prep" and after.head.i == noun.i


def phrase_alone(doc: Doc, content: Span) -> bool:
    """Whether ``content`` holds no clause and no quoted piece: no verb, auxiliary or quotation mark anywhere in it
    ("the complete repeal of the law", "her opponent as a fraud"); a gerund or an infinitive is a clause ("of lying",
    "to resign"). A possessive's apostrophe is no quotation mark."""
    words = doc.char_span(*trim_span(text_of(doc), *content), alignment_mode="expand")
    if words is None:
        return False
    return not any(t.pos_ in ("VERB", "AUX") or (t.is_quote and t.tag_ != "POS") for t in words)
