"""What a reporting verb's clause reports: the content of "X said (that) …", "…, X said", "X said it would …", a
relative clause, a noun clause or an indirect question, its start read off the parse and its end cut by ``trim``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from telex.nlp.sentences import sentence_of_token
from telex.quotes.grammar import (
    ASKING,
    CLAUSE_SUBJECTS,
    FINITE,
    RELATIVE,
    SUBJECTS,
    UTTERING,
    finite_clause,
    is_mark,
    that_clause,
    that_marked,
)
from telex.quotes.lexicon import ReportingVerb, cue_nouns, reporting_verbs, talk_nouns
from telex.quotes.nouns import QUESTION_NOUNS, said_part, statement_owner
from telex.quotes.slots import (
    QUESTION_WORDS,
    as_content,
    colon_content,
    has_object,
    next_to_verb,
    object_content,
    question_about,
)
from telex.quotes.subjects import stranded_speaker, subject_of
from telex.quotes.trim import (
    DASHES,
    after_link,
    before_next_report,
    continued_clause,
    inverted_condition,
    joined_before,
    quoted_at,
    trimmed,
    with_condition,
)
from telex.records import Span


def relative_content(verb: Token, subject: Token, info: ReportingVerb) -> Span | None:
    """A report inside a relative clause, "a plan that officials said would cut costs": what follows the cue,
    "would cut costs", when the relative word fills a gap in it; from the relative on when the relative is the
    verb's own object, and from the noun the clause modifies when there is no relative word.

    Only when the clause says something after the verb and the relative word (or, with none, the noun it
    modifies) fills a gap in what was said; "the speech in which he said …" keeps its own clause.
    """
    if verb.dep_ != "relcl" or subject.lower_ in RELATIVE or subject.i > verb.i:
        return None
    said = [t for c in verb.rights if not c.is_punct for t in c.subtree]
    if not any(t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") for t in said):
        return None
    clauses = [c for c in verb.rights if c.dep_ == "ccomp"]
    # The relative word hangs on the verb or, as the subject of what was said, on its clause.
    lefts = [*verb.lefts, *(c for k in clauses for c in k.lefts if c.i < verb.i)]
    relative = next((c for c in lefts if c.lower_ in RELATIVE), None)
    if relative is not None and relative.dep_ == "dobj" and info.takes_object:
        return None  # "the vote, which they accuse of being rigged": the relative is what they accuse
    if relative is None and (not clauses or any(c.dep_ in SUBJECTS for k in clauses for c in k.children)):
        return None  # "the speech in which he said the economy was weak": a clause complete on its own
    if relative is None:
        return trimmed(verb.doc, verb.head.left_edge.i, verb.right_edge.i)
    first = _after_cue(verb) if _fills_gap(relative, verb) else relative.i
    return trimmed(verb.doc, first, verb.right_edge.i)


def _fills_gap(relative: Token, verb: Token) -> bool:
    """Whether the relative word fills a gap in the clause the verb reports: its subject ("which he said were
    accompanied by …"), or an object with a clause after the verb ("which he said Mexico should pay for"); not the
    verb's own object with no clause ("which she proved by winning …": the relative is what she proved), nor a
    "that" the parser read as an adverb. A relative the parser made a second subject of the verb fills the gap of a
    clause after it with no subject ("which they say left a vacuum"), not of none ("who many had backed in the hope
    of …", where it is what they backed)."""
    if relative.dep_ in ("nsubj", "nsubjpass"):
        return relative.head != verb or any(_open_clause(c) for c in verb.rights)
    return relative.dep_ in ("dobj", "pobj") and any(c.dep_ in ("ccomp", "xcomp") for c in verb.rights)


def _open_clause(clause: Token) -> bool:
    """Whether a clause the verb reports lacks its subject: a ccomp, or a finite verb the parser read as an xcomp
    ("which she said represented all her emails"), with no subject of its own."""
    reported = clause.dep_ == "ccomp" or (clause.dep_ == "xcomp" and finite_clause(clause))
    return reported and not any(c.dep_ in CLAUSE_SUBJECTS for c in clause.children)


def _after_cue(verb: Token) -> int:
    """The first token of what a relative report says, after its speaker and cue, which PolNeAR's content never holds
    ("donations, which he said were accompanied by leverage" says "were accompanied by leverage"): past the verb
    and a particle, a stranded preposition or an adverb of the verb's, in brackets or not ("which she thought
    (foolishly) that only she would have access to")."""
    doc = verb.doc
    first = verb.i + 1
    while first < verb.right_edge.i and (
        doc[first].is_punct
        or (doc[first].head == verb and doc[first].dep_ in ("prt", "advmod"))
        or (doc[first].head == verb and doc[first].dep_ == "prep" and not has_object(doc[first]))
    ):
        first += 1
    return first


def _clause_before(verb: Token, comma: int) -> bool:
    """Whether a main clause stands before the comma and the verb says nothing after it: "The rains came late,
    X told AFP", unlike "After the talks, X told reporters" or "…, X told reporters that …"."""
    doc = verb.doc
    start = sentence_of_token(verb).start
    if doc[start].pos_ in ("ADP", "SCONJ", "ADV") or any(c.dep_ in ("ccomp", "xcomp") for c in verb.rights):
        return False
    # "Speaking to MSNBC on Monday, Bush referred to Rubio as …": a participle clause on the verb is its occasion.
    if any(c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and start <= c.i < comma for c in verb.lefts):
        return False
    return any(t.tag_ in FINITE for t in doc[start:comma])


def _fragment_before(verb: Token) -> int | None:
    """The comma after a fragment that opens the sentence, when the report after it ends the sentence: "People like
    Scott, he said.", "Language unclear on coverage, experts say." (not "After the talks, X said." nor a sentence
    whose report goes on: "…, X said that …")."""
    doc = verb.doc
    sent = sentence_of_token(verb)
    subject = max((c for c in verb.lefts if c.dep_ in SUBJECTS), key=lambda c: c.i, default=None)
    if subject is None or verb.dep_ != "ROOT" or subject.left_edge.i < sent.start + 3:
        return None
    comma = subject.left_edge.i - 1
    words = [t for t in doc[sent.start : comma] if not (t.is_punct or t.is_space)]
    if doc[comma].text != "," or not words or words[0].pos_ in ("ADP", "SCONJ", "ADV", "CCONJ"):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE for t in words) or any(t.is_quote for t in words):
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[verb.i + 1 : sent.end]):
        return None
    return comma


def _postposed(verb: Token) -> bool:
    """An attribution after its content with the subject inverted: "…, said the company's chief executive"."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return (
        verb.dep_ in ("conj", "ROOT")
        and verb.i > sentence_of_token(verb).start + 2
        and doc[verb.i - 1].text == ","
        and subject is not None
        and subject.i > verb.i
        and not any(c.dep_ in ("dobj", "xcomp", "prep") and c.i > verb.i and c.i < subject.i for c in verb.children)
    )


def _reported_through(clause: Token) -> Token:
    """ "said North Korea fired missiles, Yonhap reported": the parser hangs the content on the trailing
    report; the content is that report's own clause, before its subject."""
    if clause.lemma_.lower() not in reporting_verbs():
        return clause
    inner = [c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i]
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    if len(inner) == 1 and subjects and all(s.i > inner[0].i for s in subjects):
        return inner[0]
    return clause


def _gerund_subject(clause: Token) -> bool:
    """A gerund phrase right after the verb that the parser made its complement, though it is the subject of the clause
    reported: "said legalizing it could put thousands of people to work", "said having Trump at the top of the ticket
    puts even McCain at risk" (the reported verb hangs on the gerund)."""
    if clause.dep_ != "xcomp" or clause.tag_ != "VBG" or clause.i != clause.head.i + 1:
        return False
    return any(c.dep_ == "ccomp" and c.i > clause.i for c in clause.children)


def _lead_in(clause: Token, verb: Token) -> bool:
    """A clause before a colon, semicolon or dash that the parser hung on the verb of the clause after it: "We have been
    here before: Osama bin Laden declared war on the United States", "The deal came together quickly, under duress: A
    pending ballot initiative threatened to …", "He calls for $1 trillion …; she calls for $275 billion". The clause
    after the mark spells the first out or goes on beside it; it does not report it."""
    doc = verb.doc
    end = clause.right_edge.i
    while end > clause.i and doc[end].is_punct:  # the parser may hang the colon on the clause
        end -= 1
    if end >= verb.i:
        return False
    if _set_off(doc, end, verb.i):
        return True
    # "For that she drew Trump's ire - he called her “weak”": after a dash, a clause of its own that starts there
    # (past an adverbial: "— in fact, she said …"); not a report at the end of a sentence ("… – something you
    # wouldn't know …, Obama said").
    dashes = [t.i for t in doc[end + 1 : verb.i] if t.text in DASHES or (t.text == "-" and t.whitespace_)]
    subject = subject_of(verb)
    if not dashes or subject is None or subject.head.i != verb.i or subject.left_edge.i < dashes[-1]:
        return False
    adverbial = {t.i for c in verb.children if c.dep_ in ("advmod", "prep", "npadvmod", "cc") for t in c.subtree}
    # "Clinton suggested the plan was unserious - “Again, we need …,” she said - and …": the quotation the report
    # gives after the dash is its own words, not the writer's clause before it.
    between = doc[dashes[-1] + 1 : subject.left_edge.i]
    return all(t.is_punct or t.i in adverbial or quoted_at(doc, dashes[-1] + 1, t.i) for t in between)


def _says_its_own(verb: Token, info: ReportingVerb, clauses: list[Token]) -> bool:
    """Whether a report whose clauses all stand before it says what its own object says: "Morale has suffered,
    employees complain …" is one thing, but "Viguerie is upbeat about Cruz's chances, in part because he sees Cruz
    as a uniter", "…, Mark-Viverito accused Sanders of being inactive", "…, the foundation refused to release the
    names" report the object or infinitive after the verb, which the parser left beside a clause it hung on the verb
    before its subject. Only an object the verb takes as content, or an infinitive that states it."""
    if any(c.right_edge.i > verb.i for c in clauses):
        return False
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i or any(c.right_edge.i > subject.left_edge.i for c in clauses):
        return False
    own = any(
        (c.dep_ == "dobj" and info.takes_object) or (c.dep_ == "xcomp" and info.infinitive) for c in verb.rights
    )
    # "the polls tell us, …", "he dubbed himself over footage …": a pronoun alone is whom, not what.
    predicated = any(c.dep_ in ("oprd", "xcomp") for c in verb.children)
    pronoun = any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.rights) and not predicated
    return own and not pronoun and object_content(verb, info) is not None


def _set_off(doc: Doc, before: int, verb: int) -> bool:
    """Whether a colon or semicolon stands between token ``before`` and the verb: a clause of its own."""
    return any(t.text in (":", ";") for t in doc[before + 1 : verb])


def _continues(host: Token, verb: Token) -> bool:
    """Whether the host clause goes on after a parenthetical "…, X said, …" with more than punctuation."""
    after = host.doc[verb.right_edge.i + 1 : host.right_edge.i + 1]
    return verb.right_edge.i < host.right_edge.i and any(not (t.is_punct or t.is_space) for t in after)


def _complete(clause: Token) -> bool:
    """A clause with its own subject and object and no relative word: "said in a statement it had fired
    rockets" is what the statement said, not which statement ("the statement it issued")."""
    children = list(clause.children)
    return (
        any(c.dep_ in SUBJECTS for c in children)
        and any(c.dep_ in ("dobj", "ccomp", "attr", "acomp") for c in children)
        and not any(c.tag_ in ("WDT", "WP", "WP$") for c in clause.subtree)
    )


# Prepositions whose object a verb reports on: "pointed to", "talked about", "took aim at", "agreed with".
_OBJECT_PREPS = frozenset({"about", "of", "on", "over", "for", "against", "to", "with", "at"})


def _statement_object(verb: Token) -> Span | None:
    """A statement noun saying something of its own as the reporting verb's object, or its preposition's right after
    it: "pointed to Britain's decision to leave the EU", "overruled the judge's decision that …", "talked about the
    idea that …". The verb reports on that statement: the noun phrase whole is its content, the noun's own report
    part of it. Not for a verb that utters the noun ("expressed concern that …", "made the claim that …"), where the
    noun is the cue."""
    if verb.lemma_.lower() in UTTERING:
        return None
    for noun in _objects(verb):
        if _statement_noun(noun):
            return trimmed(verb.doc, noun.left_edge.i, noun.right_edge.i)
    return None


def _objects(verb: Token) -> Iterator[Token]:
    """The verb's object nouns, its own or its preposition's right after it ("pointed to …", "talked about …")."""
    for child in verb.rights:
        if child.dep_ == "dobj":
            yield child
        elif child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS and next_to_verb(verb, child):
            yield from (c for c in child.children if c.dep_ == "pobj")


def _statement_noun(noun: Token) -> bool:
    """A noun naming a statement or a view, someone's, that says what it is: "the judge's claim that …", "her call for
    talks": one that ``noun_attributions`` reports."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cue_nouns():
        return False
    said = said_part(noun)
    return said is not None and statement_owner(noun, said[1]) is not None


def _noun_clause(verb: Token, info: ReportingVerb) -> Span | None:
    """A that-clause the parser hung on a noun after the verb: on its prepositional phrase, "said in a statement
    that …", or on its addressee, "told a meeting of leaders that few people understood …"."""
    for prep in (c for c in verb.rights if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for clause in (c for c in noun.rights if c.dep_ in ("acl", "ccomp", "relcl")):
                if that_marked(clause) or _complete(clause):
                    named = prep.lower_ in _OBJECT_PREPS and next_to_verb(verb, prep) and _told_of(verb, noun)
                    first = noun.left_edge.i if named else clause.left_edge.i
                    return trimmed(verb.doc, first, clause.right_edge.i)
    for addressee in (c for c in verb.rights if c.dep_ in ("dobj", "dative")):
        for clause in (t for t in addressee.subtree if t.dep_ in ("acl", "ccomp", "relcl") and t.i > addressee.i):
            # Only a "that" that subordinates a clause with a subject of its own (a gerund too: "concern that
            # changing it could …"): in "the plan that the council approved" the relative word is the object of the
            # clause, not its mark.
            if (
                that_marked(clause)
                and any(c.dep_ in _OWN_SUBJECTS and c.lower_ != "that" for c in clause.children)
                and _on_noun_phrase(clause, addressee)
            ):
                first = addressee.left_edge.i if _named_content(addressee, info) else clause.left_edge.i
                return trimmed(verb.doc, first, clause.right_edge.i)
    return None


_OWN_SUBJECTS = (*SUBJECTS, "csubj")


def _on_noun_phrase(clause: Token, noun: Token) -> bool:
    """Whether ``clause`` hangs on ``noun`` through nouns and prepositions only ("told a meeting of leaders that …"),
    not inside another clause of the phrase ("said many of the examples that critics point to failed to note that …",
    where the that-clause is what the critics' clause says)."""
    token = clause.head
    while token.i != noun.i:
        if token.pos_ not in ("NOUN", "PROPN", "PRON", "ADP", "ADJ", "NUM", "DET") or token.head.i == token.i:
            return False
        token = token.head
    return True


def _named_content(noun: Token, info: ReportingVerb) -> bool:
    """Whether the object a that-clause hangs on is what was said, named by a noun ("disputed the idea that …",
    "offered no proof that …"), not whom it was said to ("told a meeting of leaders that …"), nor a noun that with
    a verb of uttering makes the cue ("expressed concern that …")."""
    uttered = noun.head.lemma_.lower() in UTTERING
    named = info.takes_object or _told_of(noun.head, noun)  # "rebutted the accusation that …"
    return named and noun.dep_ == "dobj" and noun.pos_ == "NOUN" and not uttered


def _told_of(verb: Token, noun: Token) -> bool:
    """Whether the verb's object, or its preposition's, is a statement noun ("the accusation", "his call") that the
    verb reports on, not one it utters ("expressed concern that …", where the noun makes the cue), nor a question,
    which is put, not stated ("answered a question … by asserting that …": the clause is the answer's), nor a talk,
    where words were said ("argued for the second debate that …")."""
    lemma = noun.lemma_.lower()
    told = lemma in cue_nouns() and lemma not in QUESTION_NOUNS and lemma not in talk_nouns()
    return noun.pos_ == "NOUN" and told and verb.lemma_.lower() not in UTTERING


_SETTING_WORDS = frozenset({"when", "where"})
# What may stand between a verb and the question it reports: whom it was put to, a particle, when or where.
_BEFORE_QUESTION = frozenset({"dobj", "dative", "prt", "prep", "advmod", "npadvmod"})


def _indirect_question(clause: Token) -> bool:
    """A wh-clause the parser took for an adverbial clause or an infinitive of purpose, though it reports a question
    or its answer: "explained to reporters how the fund works", "did not know what to make of it", "has not said
    when the vote will be held"; after a verb of asking an if-clause too ("asked Trump if the wall was still in his
    plans"), which elsewhere states a condition ("said he would run if …")."""
    verb = clause.head
    first = clause.left_edge
    if clause.dep_ not in ("advcl", "xcomp") or first.i <= verb.i:
        return False
    if clause.dep_ == "xcomp":
        asked = first.lower_ in QUESTION_WORDS | _SETTING_WORDS and any(c.lower_ == "to" for c in clause.children)
    else:
        denied = any(c.dep_ == "neg" for c in verb.children)
        yes_no = first.lower_ == "if" and verb.lemma_.lower() in ASKING  # "asked the students if they were …"
        asked = first.lower_ in QUESTION_WORDS or (denied and first.lower_ in _SETTING_WORDS) or yes_no
    between = {t.i for c in verb.rights if c.dep_ in _BEFORE_QUESTION and c.i < first.i for t in c.subtree}
    return asked and all(i in between for i in range(verb.i + 1, first.i))


def _clause_start(clause: Token) -> int:
    """The first token of a reported clause; with no subordinator, a time or place phrase right after the verb and
    before the clause's subject goes with the report: "said after the convention he would not accept …"."""
    first = clause.left_edge.i
    verb = clause.head
    named = _named_before(clause)
    if named is not None:
        return named
    that = next((c for c in clause.lefts if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is not None and verb.i < first < that.i:
        return that.i  # "cautioned, as did the campaign, that …": what the parser hung before "that" is no content
    subject = next((c for c in clause.lefts if c.dep_ in SUBJECTS and not is_mark(c)), None)
    if subject is None and clause.i > verb.i:
        return _stolen_subject(clause, first)
    if subject is None or clause.i < verb.i or any(c.dep_ == "mark" for c in clause.children):
        return first
    fronted = [c for c in clause.lefts if c.i < subject.left_edge.i]
    if fronted and _next_to_report(verb, first) and all(c.dep_ in ("prep", "npadvmod") for c in fronted):
        return subject.left_edge.i
    return first


def _next_to_report(verb: Token, first: int) -> bool:
    """Whether only the verb's addressee or particle stands between it and token ``first``: "said after the
    convention he would …", "told donors this weekend he would …"."""
    between = {t.i for c in verb.rights if c.dep_ in ("dobj", "dative", "prt") and c.i < first for t in c.subtree}
    return all(i in between for i in range(verb.i + 1, first))


def _named_before(clause: Token) -> int | None:
    """The first token of a statement noun the verb takes as its object right before the that-clause the parser hung
    on the verb, though it is the noun's: "rebutted Exxon's accusation that articles … were misleading", "tweeted his
    call that …" (no one rebuts whom an accusation is made to, as one tells reporters that …). The noun phrase whole
    is what the verb reports, as ``_statement_object`` has it when the clause hangs on the noun; not after a verb of
    uttering, where the noun makes the cue ("expressed concern that …")."""
    verb = clause.head
    if clause.dep_ != "ccomp" or clause.i < verb.i or not that_marked(clause):
        return None
    for noun in _objects(verb):
        if noun.right_edge.i + 1 == clause.left_edge.i and _told_of(verb, noun):
            return noun.left_edge.i
    return None


def _stolen_subject(clause: Token, first: int) -> int:
    """The first token of a finite reported clause with no subject whose subject the parser made the verb's object:
    "has said single people and families would qualify", "seemed to think the outreach to voters was phony" (the
    object, and any phrase hung on the verb after it, open the clause)."""
    verb = clause.head
    if not finite_clause(clause) or any(
        c.dep_ in CLAUSE_SUBJECTS or c.dep_ in ("csubj", "mark") for c in clause.children
    ):
        return first
    objects = [c for c in verb.rights if c.dep_ == "dobj" and c.i < clause.i]
    if len(objects) != 1 or objects[0].left_edge.i != verb.i + 1:
        return first
    # Only the object, a phrase on the verb and punctuation may stand between the verb and the clause.
    between = {t.i for c in verb.rights if c.i < clause.i and c.dep_ in ("dobj", "prep", "punct") for t in c.subtree}
    return objects[0].left_edge.i if all(i in between for i in range(verb.i + 1, first)) else first


def verb_content(verb: Token, info: ReportingVerb) -> Span | None:
    doc = verb.doc
    clauses = [
        _reported_through(c)
        for c in verb.children
        if (c.dep_ == "ccomp" or that_clause(c) or _indirect_question(c) or _gerund_subject(c))
        and not _lead_in(c, verb)
    ]
    if clauses and _says_its_own(verb, info, clauses):
        clauses = []
    if clauses:
        first = min(_clause_start(c) for c in clauses)
        last = max(c.right_edge.i for c in clauses)
        if first < verb.i < last:  # a clause on each side: keep the one holding the head
            clause = max(clauses, key=lambda c: len(list(c.subtree)))
            first, last = clause.left_edge.i, clause.right_edge.i
            after = [c for c in clauses if c.i > verb.i]
            if _reports_after(verb, clause, after):
                first, last = min(c.left_edge.i for c in after), max(c.right_edge.i for c in after)
        first = joined_before(verb, first, last)
        last = continued_clause(verb, with_condition(verb, inverted_condition(verb, last)))
        return _with_own_link(verb, first, trimmed(doc, first, before_next_report(doc, verb, first, last)))
    stranded, opening = stranded_speaker(verb), sentence_of_token(verb).start
    # "…, which, Tompkins said, is usually full": a report set inside a clause that goes on after it is no trailing
    # "…, X told AFP"; the host clause is its content (below).
    inserted = verb.dep_ == "parataxis" and verb.i < verb.head.i
    if stranded is not None and stranded[1] == subject_of(verb) and not inserted and _clause_before(verb, stranded[0]):
        # "The heat broke records …, Jane Doe of the Potsdam Institute told AFP": the clause before the comma.
        return _kept_link(doc, opening, trimmed(doc, opening, stranded[0] - 1))
    if _postposed(verb):
        # "The plant is under pressure, said its chief executive.": everything before the comma is the content.
        return _kept_link(doc, opening, trimmed(doc, opening, verb.i - 1))
    comma = _fragment_before(verb)
    if comma is not None:
        # "People like Scott, he said.": words with no verb of their own, then the report that ends the sentence.
        return _kept_link(doc, opening, trimmed(doc, opening, comma - 1))
    if verb.dep_ == "parataxis" and verb.i > verb.head.i:
        head = _host_clause(verb.head, verb)
        if _continues(head, verb):
            # "The effects are hard to predict, economists say, because …": the host clause on both sides.
            return trimmed(doc, head.left_edge.i, head.right_edge.i)
        return _kept_link(doc, head.left_edge.i, trimmed(doc, head.left_edge.i, verb.left_edge.i - 1))
    if verb.dep_ == "parataxis" and subject_of(verb) is not None:
        # "But to prevent problems, he said, officials should be vigilant": the host clause is the content; when
        # only an adverbial of the writer's stands before the report, the clause after it: "During his years in
        # office, Obama said, a majority have come to believe …".
        head = verb.head
        fronted = [c for c in head.lefts if c.i < verb.left_edge.i and not c.is_punct]
        framing = bool(fronted) and all(c.dep_ in _FRAMING for c in fronted)
        past_report = framing or _opens_with(verb, head.left_edge.i, head.right_edge.i)
        return trimmed(doc, verb.right_edge.i + 1 if past_report else head.left_edge.i, head.right_edge.i)
    misread = _inserted_root(verb, info) or _reported_head(verb, info)
    if misread is not None:
        return misread
    colon = colon_content(verb) or _noun_clause(verb, info) or as_content(verb, info) or question_about(verb)
    if colon:
        return colon
    return object_content(verb, info) or _statement_object(verb) or _pro_form(verb)


def _host_clause(head: Token, verb: Token) -> Token:
    """The clause a report stands inside when the parser hung it on a subject or a subordinate clause before it whose
    own head comes after it: "The difference now, he told me on Friday, is that …" (on "difference", the subject of
    "is"), "Though the transition was seamless, he said, replacing her would be harder" (on "was", the clause "though"
    opens): the clause of that head, which goes on past the report."""
    while head.dep_ in _HOSTED and head.head.i > verb.i:
        head = head.head
    return head


# A subject or a subordinate clause, which a clause after a report set beside it completes.
_HOSTED = frozenset({*CLAUSE_SUBJECTS, "csubj", "advcl"})


def _inserted_root(verb: Token, info: ReportingVerb) -> Span | None:
    """A report set off by commas inside the clause it reports, which the parser made the sentence's root and hung
    the clause's two halves on: "These employees, Stumpf explained earlier in the hearing, were well-paid", "Hawaii, as
    one adviser pointed out, normally does not get hurricanes", "Though the transition was seamless, he said,
    replacing her would be harder". The sentence is the content (as for a report the parser set inside it, above),
    past a writer's link or a fronted phrase of time or place ("In the end, he said on Monday, the plan would fail":
    the clause after the report, which must then open with its subject). Only a verb of saying (a verb of knowing or
    acting the parser made the root is the sentence's own: "…, Bill Clinton proved that prediction wrong, …") that
    says nothing of its own between its commas (when, where, to whom), in a sentence with no quotation and no colon
    before the report."""
    doc = verb.doc
    sent = sentence_of_token(verb)
    subject = max((c for c in verb.lefts if c.dep_ in SUBJECTS), key=lambda c: c.i, default=None)
    if verb.dep_ != "ROOT" or info.class_ != "speech" or subject is None or any(t.is_quote for t in sent):
        return None
    opening = subject.left_edge.i - 1
    if doc[opening].lower_ == "as":
        opening -= 1  # "…, as one adviser pointed out, …"
    closing = next((t.i for t in doc[verb.i + 1 : sent.end] if t.is_punct), None)
    if opening <= sent.start or doc[opening].text != "," or closing is None or doc[closing].text != ",":
        return None
    if not _aside(verb, info, closing) or any(t.text in (":", ";") for t in doc[sent.start : opening]):
        return None
    before = [t for t in doc[sent.start : opening] if not (t.is_punct or t.is_space)]
    after = [t for t in doc[closing + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if not before or not any(t.tag_ in FINITE for t in after):
        return None
    last = sent.end - 1
    framed = after_link(doc, sent.start, last) >= opening or (
        before[0].pos_ == "ADP" and not any(t.pos_ in ("VERB", "AUX") for t in before)
    )
    if not framed:
        return trimmed(doc, sent.start, last)
    # After a link or a phrase of time only, the clause after the report must open with its subject: not "…, Trump
    # spoke to a gathering, promising to …" (the report's own participle), nor "…, even as advocates called …".
    return trimmed(doc, closing + 1, last) if after[0].pos_ in _SUBJECT_OPENINGS else None


def _reported_head(verb: Token, info: ReportingVerb) -> Span | None:
    """The clause a report with no clause of its own was hung on, when that clause follows it and opens with its
    subject right after the report's own words: "While he acknowledged funding was a major reason, …", "after he
    admitted under her grilling he had not been held accountable" (the parser read the report as a subordinate
    clause of what it reports). Only a verb of saying that can take a bare clause (not one that frames or prefers an
    object: "while 5 percent prefer Johnson and 1 percent support Stein")."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i < verb.i or info.class_ != "speech" or info.framed:
        return None
    if any(c.dep_ in _OWN_CONTENT or c.dep_ == "dobj" for c in verb.children) or head.tag_ not in FINITE | {"VBN"}:
        return None
    subject = next((c for c in head.lefts if c.dep_ in CLAUSE_SUBJECTS and c.i > verb.i), None)
    if subject is None or subject.left_edge.i != verb.right_edge.i + 1 or verb.doc[verb.right_edge.i].is_punct:
        return None  # "In the old USSR, as Smith reported, the big shots had …": an aside, which other rules bound
    return trimmed(verb.doc, subject.left_edge.i, head.right_edge.i)


# What tells when, where or to whom a report was made between its commas: "said earlier in the hearing", "told me on
# Friday"; and the addressees a pronoun object names.
_ASIDE_DEPS = frozenset({"advmod", "npadvmod", "prep", "prt", "dative", "agent", "punct"})
_ADDRESSEES = frozenset({"me", "us", "him", "her", "them", "you"})
# The words a clause's subject opens with.
_SUBJECT_OPENINGS = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"})
# Prepositions that, right after the verb, name what the words were about or whom they answered: "learned of …".
_ABOUT_PREPS = _OBJECT_PREPS - {"on"}


def _aside(verb: Token, info: ReportingVerb, closing: int) -> bool:
    """Whether everything between a report and the comma at ``closing`` is the report's own phrase of time, place or
    addressee, not what it says: "said earlier in the hearing", "told me on Friday" (not "learned of a meeting",
    "criticized Tulsa, …", "denounced him", where a verb that takes its object as content names whom it judged)."""
    kept: set[int] = set()
    for child in verb.rights:
        if child.i >= closing:
            break
        addressee = child.dep_ in ("dobj", "dative") and child.lower_ in _ADDRESSEES and not info.takes_object
        about = child.dep_ == "prep" and child.i == verb.i + 1 and child.lower_ in _ABOUT_PREPS
        if (child.dep_ not in _ASIDE_DEPS and not addressee) or about or child.right_edge.i >= closing:
            return False
        kept.update(t.i for t in child.subtree)
    return all(i in kept for i in range(verb.i + 1, closing))


# What a report says when it is no aside set inside its content: an object, a predicate, a clause.
_OWN_CONTENT = frozenset({"dobj", "oprd", "attr", "ccomp", "xcomp"})


# Conjunctions that open a sentence and link what a source says to what it said before: "But …, a source said."
_LINKING_CONJUNCTIONS = frozenset({"but", "and"})


def _with_own_link(verb: Token, first: int, span: Span | None) -> Span | None:
    """Content before its report that opens its sentence with "But" or "And" keeps it: in "Sources said the plan was
    dropped. But a campaign operative decided …, a source said." the conjunction is part of the clause the source is
    reported to say (the clause's own dependent), the sentence being all the source's but the closing report. Not a
    clause after its verb ("said, but …"), nor a quotation right after the conjunction, nor an "according to"
    report, which another rule bounds."""
    doc = verb.doc
    link = doc[first]
    if link.head.i >= verb.i or link.head.head.i != verb.i:
        return span
    speaker = subject_of(verb)
    between = doc[link.head.right_edge.i + 1 : verb.i]
    if any(not t.is_punct and not (speaker is not None and t.i in _subtree(speaker)) for t in between):
        return span  # "…, he said, why hadn't she screamed?": the report does not follow the clause right away
    return _kept_link(doc, first, span)


def _kept_link(doc: Doc, first: int, span: Span | None) -> Span | None:
    """``span`` taken back to token ``first`` when that is a "But" or "And" opening its sentence and the content that
    stands before its report; not before a quotation ("But “it will not be easy,” he said": a quotation is its marks'
    words)."""
    link = doc[first]
    if span is None or link.lower_ not in _LINKING_CONJUNCTIONS or link.dep_ != "cc" or not link.is_sent_start:
        return span
    if span[0] <= link.idx or doc[first + 1].is_quote:
        return span
    return link.idx, span[1]


def _subtree(token: Token) -> range:
    """The token positions of ``token``'s subtree."""
    return range(token.left_edge.i, token.right_edge.i + 1)


def _opens_with(verb: Token, first: int, last: int) -> bool:
    """Whether content ``first..last`` would open with the report set inside it once the writer's link to the sentence
    before it is cut ("Still, he said, officials have to decide …", "But, Carson added, he did not support …"): what
    was said starts after the report, never at its speaker. Only where the host clause has words before the report:
    a subject the parser ran into the speaker ("The source of it, union leaders say, is …") opens the content."""
    doc = verb.doc
    speaker = subject_of(verb)
    if speaker is None or any(c.dep_ in _OWN_CONTENT for c in verb.children):
        return False  # "His group, called the Legacy Fund, will …": a report with words of its own
    if any(not t.is_punct for t in doc[verb.left_edge.i : speaker.left_edge.i]):
        return False  # "If this fails, Mr. Castañeda argues, …": a clause the parser hung on the report opens it
    if all(t.is_punct for t in doc[first : verb.left_edge.i]):
        return False
    opening = after_link(doc, first, last)
    return all(t.is_punct or t.is_space or t.dep_ == "cc" for t in doc[opening : speaker.left_edge.i])


# A one-word answer that stands for what was said: "46 percent said yes".
_ANSWERS = frozenset({"yes", "no"})


def _reports_after(verb: Token, before: Token, after: list[Token]) -> bool:
    """Whether a verb with a clause on each side reports the clauses after it, not the one the parser hung before it.

    "… lean left: 42% say they're liberal"; "Writing for a panel that agreed Pence won, Lee noted that …": a clause
    the verb subordinates with "that" is what it reports, whatever the parser hung before it. "Keyworth was one of the
    more trusted minds on HP's board, and he was so fired up … he said she should call Compaq's chief": a clause of
    the writer's before the report's own subject, when the report has a clause of its own with a subject, and no
    quotation stands before (“…,” he said …, which the quotation rules read).
    """
    doc = verb.doc
    if any(c.left_edge.i > verb.i and that_marked(c) for c in after) or _set_off(doc, before.right_edge.i, verb.i):
        return True
    subject = subject_of(verb)
    own = any(c.dep_ == "ccomp" and any(s.dep_ in SUBJECTS for s in c.children) for c in after)
    return (
        own
        and subject is not None
        and before.right_edge.i < subject.left_edge.i < verb.i
        and not any(t.is_quote for t in doc[before.left_edge.i : subject.left_edge.i])
    )


def _pro_form(verb: Token) -> Span | None:
    """A word standing for what was said or thought, right after the verb: "doesn't think so", "said as much", "46
    percent said yes" (not "said no to the deal", where the answer goes on)."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    after = doc[verb.i + 2] if verb.i + 2 < len(doc) else None
    if nxt is not None and nxt.lower_ in _ANSWERS and nxt.head.i == verb.i and (after is None or after.is_punct):
        return nxt.idx, nxt.idx + len(nxt.text)
    if nxt is None or nxt.dep_ != "advmod":
        return None
    if nxt.lower_ == "so" and nxt.head.i == verb.i:
        return nxt.idx, nxt.idx + len(nxt.text)
    much = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    if nxt.lower_ == "as" and much is not None and much.lower_ == "much":
        return nxt.idx, much.idx + len(much.text)  # not trimmed: "as" is part of the phrase here
    return None


# Dependents that set the time, place or frame of a clause before it: "During his years in office, …".
_FRAMING = frozenset({"prep", "npadvmod"})
