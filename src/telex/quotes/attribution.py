"""Attributions found in the dependency parse: a cue, the speaker it names and the content it governs.

"X said (that) …", "…, X added", "adding that …", "X accused Y of …", "X believes …", "X said: …",
"according to X, …", "in her words, …". Content spans are character offsets into ``doc.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from telex.actors.phoenix import phoenix_table
from telex.coref.roles import agentive
from telex.ingest.dateline import dateline
from telex.nlp.cached import text_of
from telex.nlp.sentences import sentence_of_token
from telex.quotes.lexicon import (
    ReportingVerb,
    cue_adjectives,
    cue_classes,
    cue_nouns,
    cue_phrases,
    holder_nouns,
    media_nouns,
    receiving_verbs,
    reporting_verbs,
    source_nouns,
    speaker_words,
    speaking_occasions,
)

Span = tuple[int, int]

_SUBJECTS = ("nsubj",)
_INHERIT = ("conj", "advcl", "xcomp", "pcomp", "prep")  # "and said", "adding that", "went on to say", "by saying"
# Words a cue's clause hangs on that leave its subject that of the clause above: "was quick to say" (acomp),
# "stopped short of calling", "aside from saying" (advmod).
_PASS_ON = ("acomp", "advmod")
# How many words a cue climbs through to the clause whose subject speaks.
_SUBJECT_REACH = 6
_RELATIVE = frozenset({"who", "that", "which"})
# "In a CNN poll, Trump leads": a survey is the source of the clause it introduces.
_SURVEYS = frozenset({"poll", "survey"})
_NON_RESTRICTIVE = frozenset({"who", "whom", "whose", "which"})
# ", though she noted …", ", although he refused …": a concession set after the content is the writer's.
_CONCESSIVE = frozenset({"though", "although"})
_DASHES = frozenset({"—", "--", "―", "–", "("})  # a trailing part set off by a dash or a bracket is an aside
_SETTING_OFF = _DASHES | {","}
_OPENING_MARKS = frozenset({"“", "‘", "«", "„", '"', "'"})
_CLOSING_MARKS = frozenset({"”", "’", "»", '"', "'"})
# The contracted words spaCy splits from the word before: "n’t", "'s", "’re".
_CLITIC = re.compile(r"(?:n['’]t|['’](?:s|re|ve|ll|d|m))$", re.IGNORECASE)
_EDGE_JUNK = frozenset({",", ";", ":", "-", "—", "–", "and", "but", "or", "as"})
# Prepositions whose phrase can be content of an object-taking verb ("accused X of Y", "described X as Y").
_CONTENT_PREPS = frozenset({"of", "as", "for", "about", "against", "over", "that", "on"})
_TIMES = frozenset({"DATE", "TIME"})
# What a comparison sets its object beside is content too: "likened the tax to theft", "equated it with treason".
_COMPARED_PREPS = frozenset({"to", "with"})
# Kinds of verb that a reported clause often goes on with ("… and her aides believe …") rather than a new report.
_STANCES = frozenset({"belief", "report"})
_SLOT_DEPS = ("dobj", "xcomp", "oprd", "ccomp", "prep", "dative")
# What a statement was about, after a verb whose object names it: "complained about the referee", "commented on it".
_TOPIC_PREPS = frozenset({"about", "of", "over", "on"})
_QUOTATION_MARKS = frozenset({"“", "«", "„", '"'})  # not an apostrophe, as in "the '90s"
# Kinds of verb whose object is what they judge, so content even as one word: "endorsed Trump", "denied wrongdoing".
_JUDGEMENTS = frozenset({"accusation", "denial", "description"})
# Kinds of verb whose pronoun object is what is judged or held, not whom the words were for: "defended it",
# "criticized him", "despised them", "believed it".
_HELD = frozenset({*_JUDGEMENTS, "belief"})
# Kinds of report whose bare object is the one addressed: a request or a promise is made to someone ("urged Kim",
# "promised voters"); of the other verbs only asking is ("asked Lee").
_ADDRESSING = frozenset({"request", "promise"})
_ASKING = frozenset({"ask"})
# Verbs whose object after them is the one told, never the speaker: "“…,” he tells Breitbart News".
_TELLING = frozenset({"tell", "inform", "remind", "assure", "reassure", "brief", "notify", "advise", "warn", "read"})


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


# Verbs that pass on another's words: "quoted as saying", "…, quoted by BTA", "cited by the agency".
QUOTING = frozenset({"quote", "cite"})


def speaker_span(head: Token) -> Span:
    """The speaker phrase around ``head``, without relative clauses and appositions after a comma."""
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj", "advcl", "parataxis"):
            break
        if child.dep_ == "prep" and any(c.dep_ == "pcomp" for c in child.children):
            break  # "councillors of hiding the audit": what they said, not who they are
        right = max(right, child.right_edge.i)
    doc = head.doc
    while left < head.i and (doc[left].is_punct or doc[left].is_space or _fronted_cue(doc[left])):
        left += 1
    while right > head.i and doc[right].is_space:
        right -= 1  # a line break the parser hung on a headline's last word ("SAYS UNION\n\n")
    return doc[left].idx, doc[right].idx + len(doc[right])


def _fronted_cue(token: Token) -> bool:
    """ "Said Ellis: “…”": a reporting verb set before the name, which the parser read as part of the name."""
    return token.dep_ == "compound" and token.pos_ == "VERB" and token.head.pos_ == "PROPN" and token.head.i > token.i


def subject_of(verb: Token) -> Token | None:
    """The subject of a reporting verb, inherited along "and said" / "adding" / relative clauses."""
    quoted = _quoted_as(verb)
    if quoted is not None:
        return quoted
    if _fronted_cue(verb):
        return verb.head
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        return None  # "Asked whether Seoul would retaliate, the spokesman said": the question was put to him
    seen = 0
    current = verb
    # Six steps up: "he refuses to discuss it, aside from saying …" climbs saying, from, aside, discuss to refuses.
    while seen < _SUBJECT_REACH:
        subjects = [c for c in current.children if c.dep_ in _SUBJECTS and not _is_mark(c)]
        if not subjects and current.i != verb.i and not any(c.dep_ == "agent" for c in current.children):
            # "After saying her foot was swollen, she was taken to hospital", "The statement was issued on Friday,
            # saying …": the one a clause with a passive verb is about is who the participle or conjunct has speak.
            subjects = [c for c in current.children if c.dep_ == "nsubjpass"]
        if not subjects and current.i == verb.i:
            inverted = _inverted_subject(verb)
            if inverted is not None:
                return inverted
            stranded = _stranded_speaker(verb)
            if stranded is not None:
                return stranded[1]
            adjacent = _adjacent_subject(verb)
            if adjacent is not None:
                return adjacent
        if subjects:
            # Datelines ("SEOUL (Reuters) - Kim said") parse as a second subject: take the nearest, and one
            # before the verb over one the parser took from the reported clause after it. Words closed off by
            # a quote mark before the verb are what was said, not who said it: “… Total chaos,” said Ann Lee.
            subjects = [c for c in subjects if not _quoted_before(c, current)] or subjects
            subject = min(subjects, key=lambda c: (c.i > current.i, abs(c.i - current.i)))
            if _quoted_before(subject, verb):
                # “…,” Chief Ann Lee said, with "said" hung on the quotation: the name after the mark speaks.
                return _name_after_quote(verb) or subject
            if subject.i > verb.i and current.i == verb.i:
                # “…,” Ann Lee, a top aide, said on “Meet the Press”: a subject after the verb is a title or what
                # was said when a name stands between the closing mark and the verb.
                named = _name_after_quote(verb)
                if named is not None:
                    return named
            # a relative "who" stays the speaker phrase; the speaker resolver finds its antecedent
            return _name_before(subject, current) or subject
        report = _joined_report(verb) if current.i == verb.i else None
        if report is not None:
            current = report  # "said he would order a review and warned …": the one who said it warned
            seen += 1
            continue
        if current.i == verb.i and _fragment_subject(verb):
            return verb.head  # "The three governments announced in January that …" parsed as a noun fragment
        if current.dep_ == "acl" and current.head.i != current.i:
            return _described_speaker(current)  # "a letter urging …", "officials speaking on condition …"
        shown = _shown_speaking(verb) if current.i == verb.i else None
        if shown is not None:
            return shown  # "The ad uses footage of Ann Lee asking, “…”": the one shown asks, not the ad
        passes = current.dep_ in _INHERIT or (current.i != verb.i and current.dep_ in _PASS_ON)
        if not passes or current.head.i == current.i:
            return None
        if current.i == verb.i and _adds_to_report(verb):
            current = verb.head.head  # "told reporters the budget would pass, saying …": the teller is saying it
            seen += 1
            continue
        if current.dep_ == "xcomp" and current.head.lemma_ == "be" and verb.lemma_ == "blame":
            return None  # "West is to blame": a judgement on the subject, not words of it
        current = current.head
        seen += 1
    return None


def _shown_speaking(verb: Token) -> Token | None:
    """The name right before a participle with no subject of its own in "footage of Ann Lee asking …", "a video of
    Lee saying …": the one a recording shows speaking, whichever word the parser hung the participle on."""
    doc = verb.doc
    name = doc[verb.i - 1] if verb.i > 0 else None
    if (
        name is None
        or verb.tag_ != "VBG"
        or verb.dep_ not in ("xcomp", "acl")
        or name.pos_ != "PROPN"
        or name.dep_ != "pobj"
        or name.head.lower_ != "of"
    ):
        return None
    return name


def _name_before(subject: Token, verb: Token) -> Token | None:
    """A name the parser hung on the subject as an apposition though it stands right before the verb, set off
    by a comma from the subject: "To grasp the old law, Judge Ann Roe said, one must …" ("law" is no speaker)."""
    if subject.i > verb.i:
        return None
    return next(
        (
            c
            for c in subject.rights
            if c.dep_ == "appos"
            and c.pos_ == "PROPN"
            and c.right_edge.i + 1 == verb.i
            and c.left_edge.i > subject.i
            and c.doc[c.left_edge.i - 1].text == ","
        ),
        None,
    )


def _name_after_quote(verb: Token) -> Token | None:
    """The noun right before ``verb`` when a closing quote mark comes before it: "Chief Ann Lee" in "“…,” Chief
    Ann Lee said"; with an apposition set off by commas, the name before it: "“…,” Ann Lee, a top aide, said"."""
    doc = verb.doc
    apposed = verb.i > 1 and doc[verb.i - 1].text == ","
    before = doc[verb.i - (2 if apposed else 1)] if verb.i > 0 else None
    if before is None or before.pos_ not in ("PROPN", "NOUN"):
        return None
    i = before.i
    while i > 0 and (doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "DET") or doc[i].ent_type_ or doc[i].text == ","):
        i -= 1
    if not (doc[i].is_quote and doc[i].tag_ == "''"):
        return None
    if not apposed:
        return before
    name = doc[i + 1]
    while name.i + 1 < before.i and doc[name.i + 1].text != ",":
        name = doc[name.i + 1]
    return name if name.pos_ == "PROPN" and doc[name.i + 1].text == "," else None


def _quoted_before(subject: Token, verb: Token) -> bool:
    """Whether a closing quote mark stands between ``subject`` and the ``verb`` after it: the subject is inside
    the quotation ("“… Total chaos,” said Ann Lee" parses "chaos" as a second subject of "said")."""
    doc = verb.doc
    return subject.i < verb.i and any(t.is_quote and t.tag_ == "''" for t in doc[subject.right_edge.i + 1 : verb.i])


def _adds_to_report(verb: Token) -> bool:
    """Whether ``verb`` is a participle after a comma that the parser hung on a reported clause rather than on
    the report: "said the budget would pass, saying the coalition was united"."""
    clause = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in reporting_verbs()
    )


def _quoted_as(verb: Token) -> Token | None:
    """ "Tass quoted Lavrov as saying …", "cited officials as saying …": the one quoted is the speaker."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in QUOTING:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


# Entity types of a noun that can speak for itself in "officials speaking on condition of anonymity".
_SPEAKING_TYPES = frozenset({"PERSON", "ORG", "NORP"})


def _described_speaker(clause: Token) -> Token | None:
    """Who speaks in a participle clause describing a noun: the noun's issuer for a text that speaks ("a statement
    saying …", "a memo sent to staff saying …", "the letter, signed by 40 senators, warning …"), the sender for the
    addressee ("emailed supporters saying …"), the noun itself for one that can speak doing it ("officials speaking
    on condition of anonymity", "aides arguing that …"), else whoever holds or uses the noun ("held signs calling
    him …"). A past participle on a person is done to them ("members, called to service by the governor"): no
    speaker."""
    noun = clause.head
    if noun.lemma_.lower() in media_nouns():
        return _medium_owner(noun)
    sender = _sent_to(noun, clause)
    if sender is not None:
        return _medium_owner(sender) if sender.pos_ == "NOUN" else subject_of(sender)
    if clause.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children):
        return _controller(noun)
    if clause.tag_ != "VBG" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun if can_speak(noun) else _user(noun)


def can_speak(noun: Token) -> bool:
    """Whether a noun names someone who can speak: a person, organisation or people by its entity type, a role
    ("the spokesman"), one who holds a stance ("critics", "supporters"), an actor's agent noun ("protesters") or a
    noun with the ending of one ("staff members", "a gunman")."""
    lemma = noun.lemma_.lower()
    word = speaker_words().get(lemma)
    return (
        noun.ent_type_ in _SPEAKING_TYPES
        or (word is not None and word.kind == "role")
        or lemma in holder_nouns()
        or lemma in phoenix_table().agents
        or agentive(lemma)
    )


def _sent_to(noun: Token, clause: Token) -> Token | None:
    """The verb or text that sent words to ``noun`` when the parser hung a participle of speech on the addressee:
    "sent a text message to supporters saying …", "an email to supporters stating …", "emailed supporters saying …"
    (the sender or the text says it, not the supporters). Not the object of a verb that takes what it judges or says
    as its object ("criticized Republicans claiming …": the Republicans claim), nor a past participle ("a website
    called Real News")."""
    info = reporting_verb(clause)
    if info is None or info.class_ != "speech" or clause.tag_ != "VBG":
        return None
    to = noun.dep_ == "pobj" and noun.head.lower_ == "to"
    sender = noun.head.head if to else noun.head
    if sender.pos_ == "NOUN":
        return sender if to and sender.lemma_.lower() in media_nouns() else None
    sending = reporting_verb(sender)
    told = noun.dep_ == "dative" or (noun.dep_ == "dobj" and sending is not None and not sending.takes_object)
    return sender if sender.pos_ == "VERB" and (to or told) else None


def _user(noun: Token) -> Token | None:
    """Who speaks through a thing they hold, write or take part in, described by a participle of report: the subject
    of the verb it hangs on ("she said at a news conference announcing …", "began writing op-eds defending …",
    "protesters held signs calling him …")."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
        return None
    return subject_of(verb)


def _medium_owner(noun: Token) -> Token:
    """Who speaks through ``noun`` in "a statement saying …": its owner, the subject that issued it, or itself."""
    while noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "posted a series of tweets criticizing …": the series was posted
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    if noun.dep_ == "dobj":
        issuer = next((c for c in noun.head.children if c.dep_ in _SUBJECTS and not _is_mark(c)), None)
        if issuer is not None:
            return issuer
    return noun


def _controller(noun: Token) -> Token | None:
    """Who does what a to-infinitive on ``noun`` says: its owner ("her decision to announce …") or the one who has,
    takes or misses it ("missed an opportunity to remind …", "made an effort to reassure …")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None or noun.dep_ != "dobj":
        return owner
    return next((c for c in noun.head.children if c.dep_ in _SUBJECTS and not _is_mark(c)), None)


def relative_content(verb: Token, subject: Token, info: ReportingVerb) -> Span | None:
    """A report inside a relative clause, "a plan that officials said would cut costs": from the relative on.

    Only when the clause says something after the verb and the relative word (or, with none, the noun it
    modifies) fills a gap in what was said; "the speech in which he said …" keeps its own clause.
    """
    if verb.dep_ != "relcl" or subject.lower_ in _RELATIVE or subject.i > verb.i:
        return None
    said = [t for c in verb.rights if not c.is_punct for t in c.subtree]
    if not any(t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") for t in said):
        return None
    clauses = [c for c in verb.rights if c.dep_ == "ccomp"]
    # The relative word hangs on the verb or, as the subject of what was said, on its clause.
    lefts = [*verb.lefts, *(c for k in clauses for c in k.lefts if c.i < verb.i)]
    relative = next((c for c in lefts if c.lower_ in _RELATIVE), None)
    if relative is not None and relative.dep_ == "dobj" and info.takes_object:
        return None  # "the vote, which they accuse of being rigged": the relative is what they accuse
    if relative is None and (not clauses or any(c.dep_ in _SUBJECTS for k in clauses for c in k.children)):
        return None  # "the speech in which he said the economy was weak": a clause complete on its own
    first = relative.i if relative is not None else verb.head.left_edge.i
    return _trimmed(verb.doc, first, verb.right_edge.i)


def _is_mark(token: Token) -> bool:
    """Punctuation the parser took for a subject (a quote mark), unlike "%" in "42% say"."""
    return token.is_punct and token.text != "%"


def _fragment_subject(verb: Token) -> bool:
    """Whether the parser read "X announced that …" as a noun X modified by a participle: X is the subject."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def antecedent(subject: Token) -> Token | None:
    """The noun a relative subject stands for: "Cruz" in "Cruz, who said …"; None for any other subject."""
    if subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl" and subject.head.head.i != subject.head.i:
        noun = subject.head.head
        return _described_person(noun) or noun if subject.lower_ == "who" else noun
    return None


def _described_person(noun: Token) -> Token | None:
    """The person a phrase describes, when "who" hangs on a word inside it: "Alan Berger, a gynecologist from
    Englewood, N.J., who said", "Howard Rubel, a senior analyst at Jefferies, who notes", "Gov. Phil Bryant, a former
    backer of Sen. Ted Cruz, who has since called": a description (an apposition, with the phrases hung on it) tells
    about the person it follows, and the relative clause after it goes on about that person. Not a plural noun (a
    group: "two of the women who"); a name the description holds is its own person ("Trump and Cruz, who has", "his
    friend Donald Trump, who has pledged") unless it is the object of a preposition in it ("a backer of Cruz")."""
    if noun.tag_ in ("NNS", "NNPS") or (noun.ent_type_ == "PERSON" and noun.dep_ != "pobj"):
        return None
    top = noun
    while True:
        if top.dep_ in ("appos", "compound", "conj"):
            up = top.head
        elif top.dep_ == "pobj" and top.head.dep_ == "prep":
            up = top.head.head
        else:
            return None
        if up.i == top.i or up.pos_ not in ("NOUN", "PROPN"):
            return None
        if up.ent_type_ == "PERSON":
            return up
        top = up


def _inverted_subject(verb: Token) -> Token | None:
    """The name right after the verb in “…,” said Pavel Novak, when the parser took a quote mark as subject."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or not (
        any(c.dep_ in _SUBJECTS and _is_mark(c) for c in verb.children) or _quotative_inversion(verb)
    ):
        return None
    token = doc[verb.i + 1]
    while token.head.i != verb.i and token.head.i > verb.i and token.head.i - verb.i <= 5:
        token = token.head
    return token if token.pos_ in ("PROPN", "NOUN") else None


def _quotative_inversion(verb: Token) -> bool:
    """ "“…,” added another Republican", "…, recalled Mr. Rhodes": the reported clause set off before the verb, no
    subject, and after it a noun phrase that ends the clause, which the parser took for an object. Not a verb that
    takes an object or an addressee ("“…,” he tells Breitbart News": the one told)."""
    doc = verb.doc
    info = reporting_verb(verb)
    if info is None or info.takes_object or info.kind in _ADDRESSING or verb.lemma_.lower() in _TELLING:
        return False
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return False
    before = verb.i - 1
    while before > 0 and doc[before].is_quote:
        before -= 1
    phrase = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if phrase is None or doc[before].text != "," or phrase.pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM"):
        return False
    while phrase.head.i != verb.i and phrase.head.i > verb.i:
        phrase = phrase.head
    end = phrase.right_edge.i + 1
    return phrase.head.i == verb.i and (end >= len(doc) or doc[end].text in (".", ",", ";") or doc[end].is_space)


# Words that join a speaker's name to their institution: ", Jane Doe of the Potsdam Institute told AFP".
_NAME_LINKS = frozenset({"of", "at", "from", "for", "the", "'s", "’s", "and"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
_STRANDED_REACH = 15


def _stranded_speaker(verb: Token) -> tuple[int, Token] | None:
    """A speaker named between a comma and the reporting verb, ", <Name> of <Institute> told <Agency>", that the
    parser did not make the verb's subject (after a long clause it often hangs the name elsewhere): the index
    of the comma and the name's last word."""
    doc = verb.doc
    sent = sentence_of_token(verb)
    i = verb.i - 1
    while i > sent.start and doc[i].text != ",":
        if verb.i - i > _STRANDED_REACH or not (doc[i].ent_type_ in _NAMED or doc[i].lower_ in _NAME_LINKS):
            return None
        i -= 1
    first = i + 1
    if i <= sent.start or first >= verb.i or doc[first].ent_type_ != "PERSON" or doc[first].ent_iob_ != "B":
        return None
    last = first
    while last + 1 < verb.i and doc[last + 1].ent_type_ == "PERSON" and doc[last + 1].ent_iob_ == "I":
        last += 1
    return i, doc[last]


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_HEADS = frozenset({"ROOT", "conj", "ccomp", "parataxis", "dep"})
_PHRASE_ENDS = frozenset({")"})  # "Sen. Lindsey Graham (R-SC) called …"; past a comma lie lists and appositions


def _adjacent_subject(verb: Token) -> Token | None:
    """The noun phrase right before a finite reporting verb heading a clause that the parser gave no subject, hung
    elsewhere, when it names one who can speak: "In a meeting with the editorial board of the Washington Post Trump
    said that …", "Not so, experts say", "Sen. Lindsey Graham (R-SC) called out …", "a young woman who had been an
    exchange student asked …"; the lowest word of the phrase ending there that can speak, not "sources privy to
    negotiations say", nor "a PAC called Stop Hillary" (a participle read as a past tense)."""
    doc = verb.doc
    start = sentence_of_token(verb).start
    last = verb.i - 1
    if last > start and doc[last].text in _PHRASE_ENDS:
        last -= 1
    if verb.tag_ not in _FINITE or verb.dep_ not in _CLAUSE_HEADS or last < start:
        return None
    token = doc[last]
    while token.right_edge.i == last:
        if token.pos_ in ("NOUN", "PROPN") and token.head.i != verb.i and can_speak(token):
            return token
        if token.head.i == token.i:
            break
        token = token.head
    return None


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
    return any(t.tag_ in _FINITE for t in doc[start:comma])


def _fragment_before(verb: Token) -> int | None:
    """The comma after a fragment that opens the sentence, when the report after it ends the sentence: "People like
    Scott, he said.", "Language unclear on coverage, experts say." (not "After the talks, X said." nor a sentence
    whose report goes on: "…, X said that …")."""
    doc = verb.doc
    sent = sentence_of_token(verb)
    subject = max((c for c in verb.lefts if c.dep_ in _SUBJECTS), key=lambda c: c.i, default=None)
    if subject is None or verb.dep_ != "ROOT" or subject.left_edge.i < sent.start + 3:
        return None
    comma = subject.left_edge.i - 1
    words = [t for t in doc[sent.start : comma] if not (t.is_punct or t.is_space)]
    if doc[comma].text != "," or not words or words[0].pos_ in ("ADP", "SCONJ", "ADV", "CCONJ"):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ in _FINITE for t in words) or any(t.is_quote for t in words):
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[verb.i + 1 : sent.end]):
        return None
    return comma


def _trimmed(doc: Doc, first: int, last: int) -> Span | None:
    """Character span of tokens ``first..last`` without leading/trailing punctuation and conjunctions."""
    while first <= last and (doc[first].lower_ in _EDGE_JUNK or doc[first].is_space or doc[first].is_punct):
        if doc[first].text in "“‘«„\"'" or doc[first].dep_ == "mark":
            break  # "As Trump spoke, …": a subordinator opens the content, unlike "as" before a complement
        first += 1
    first = _after_link(doc, first, last)
    last = _before_aside(doc, first, _before_second_report(doc, first, last))
    while last >= first and (doc[last].lower_ in _EDGE_JUNK or doc[last].is_space or doc[last].is_punct):
        if doc[last].text in "”’»“\"'" or (doc[last].text == ")" and any(t.text == "(" for t in doc[first:last])):
            break
        last -= 1
    while last + 1 < len(doc) and not doc[last].whitespace_ and _CLITIC.match(doc[last + 1].text):
        last += 1  # "those who don’t": the parser may hang "n’t" elsewhere, but a word is never cut in two
    if first > last:
        return None
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    opening = dateline(text_of(doc), start)
    if opening and opening.end() < end:
        start = opening.end()
    return (start, end) if start < end else None


_LINK_WORDS = 2


def _after_link(doc: Doc, first: int, last: int) -> int:
    """The content's first token after the writer's link to the sentence before, a short adverbial opening the
    sentence and set off by a comma that names nothing: "However, growth slowed", "In addition, the campaign
    plans …", "After all, banks …", "Details aside, her plans …" (not "Unlike Patriot, …", "By 2019, …")."""
    if doc[first].is_sent_start is not True:
        return first
    comma = next((t.i for t in doc[first : min(last, first + _LINK_WORDS + 1)] if t.text == ","), None)
    if comma is None or comma == first:
        return first
    phrase = doc[first:comma]
    adverbial = phrase[0].pos_ in ("ADV", "ADP") or phrase[-1].lower_ == "aside"
    names = any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ for t in phrase)
    return comma + 1 if adverbial and not names else first


def _before_aside(doc: Doc, first: int, last: int) -> int:
    """The content's last token before a trailing aside of the writer's, set off by a comma or a dash: a
    non-restrictive relative (", who …", ", which …"), a noun phrase that sums up (", the party's nominee", ", a
    request not always honored") or a report (", saying …"). An apposition that names (", Lester Holt of NBC
    News", ", especially younger people") says which one was meant and stays, as does what a dash specifies
    (``_specifies``). An aside inside quotation marks is the speaker's and stays."""
    for comma in range(first + 1, last):
        if doc[comma].text not in _SETTING_OFF or quoted_at(doc, first, comma):
            continue
        if doc[comma].text in _DASHES and any(t.text in _DASHES for t in doc[first:comma]):
            continue  # "members — typically partisans — to cast ballots": the dash closes an aside in the middle
        aside = doc[comma + 1]
        while aside.head.i != aside.i and aside.head.left_edge.i == comma + 1:
            aside = aside.head
        rest = doc[aside.right_edge.i + 1 : last + 1]
        if any(not (t.is_punct or t.is_space) for t in rest):
            continue  # the aside does not run to the end: more content follows it
        if (
            (doc[comma].text in _DASHES and not _specifies(doc, comma, last))
            or (
                aside.dep_ == "relcl"
                and doc[comma + 1].lower_ in _NON_RESTRICTIVE
                and not _goes_on(aside, first, comma)
            )
            or _summing_up(aside, comma)
            or (_reports(aside) and aside.i == comma + 1)
            or (aside.dep_ == "advcl" and doc[comma + 1].lower_ in _CONCESSIVE)
        ):
            return comma - 1
    return last


def _goes_on(aside: Token, first: int, comma: int) -> bool:
    """Whether a ", which …" after a reported clause goes on with what was said ("warned that the administration was
    giving up leverage over the military, which retains significant power"): after a whole clause the relative
    comments on the reported fact more often than the writer adds an aside, unlike after a noun phrase ("praised her
    proposals, which include …") or a person (", who …"). A relative with a report of its own is someone else's."""
    doc = aside.doc
    roots = [t for t in doc[first:comma] if not first <= t.head.i < comma or t.head.i == t.i]
    root = roots[0] if len(roots) == 1 else None
    finite = root is not None and (
        root.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in root.children)
    )
    verbs = reporting_verbs()
    reported = any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in aside.subtree)
    return doc[comma + 1].lower_ == "which" and finite and not reported


def _specifies(doc: Doc, dash: int, last: int) -> bool:
    """Whether the words after a dash up to the content's end spell out what came before rather than comment on it:
    a phrase with no finite verb and no relative ("… problems — the high cost of childcare, mounting student debt",
    "a process — from a signature requirement to a vote"), unlike "— as was true for …", "— which …", "— he
    added"; a bracket always opens an aside."""
    if doc[dash].text == "(" or doc[dash + 1].lower_ in _NON_RESTRICTIVE:
        return False
    return not any(t.tag_ in _FINITE for t in doc[dash + 1 : last + 1])


def _summing_up(aside: Token, comma: int) -> bool:
    """A noun phrase after the comma that sums up or restates what came before rather than goes on with it, which
    the parser made an apposition tagged an adjective ("Mr. Trump, the presumed favorite"), an adverbial noun ("…
    to replace him, the only time a party has done so") or a second object ("asked them to debate, a request not
    always honored", "sought to protect breaks, the bedrock of his business")."""
    if aside.doc[comma + 1].pos_ != "DET" or aside.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    if aside.dep_ == "appos":
        return True
    if aside.dep_ == "npadvmod":
        return not any(t.dep_ == "conj" for t in aside.subtree)  # "including A, the player B and the judge C": a list
    # After an infinitive or a clause, which no noun restates, an object set off by a comma sums up all before it.
    return aside.dep_ == "dobj" and any(c.dep_ in ("xcomp", "ccomp") and c.i < comma for c in aside.head.children)


def _before_second_report(doc: Doc, first: int, last: int) -> int:
    """The content's last token before a second report of the speaker's that the parser hung on the reported words
    (``_reports_again``): what was said ends there, and the speaker goes on to do or say something else."""
    for token in doc[first + 3 : last + 1]:
        if _reports_again(token) and not quoted_at(doc, first, token.left_edge.i - 1):
            return token.left_edge.i - 2
    return last


def _reports_again(token: Token) -> bool:
    """Whether ``token`` is a report with no subject of its own joined by a conjunction that the speaker goes on
    with: after a closing quote mark ("tweeted that she was “a con” and encouraged fans to …"), or reporting a
    clause of its own ("says Machado promised to back Clinton and said she would …", "refuses to release his
    records or explain how …"); not under a modal ("… and would say that …" is what was said)."""
    info = reporting_verbs().get(token.lemma_.lower())
    doc = token.doc
    start = token.left_edge.i
    if (
        token.dep_ != "conj"
        or token.pos_ != "VERB"
        or info is None
        or info.kind in _STANCES
        or any(c.dep_ in _SUBJECTS for c in token.children)
        or start < 2
        or doc[start - 1].dep_ != "cc"
    ):
        return False
    if doc[start - 2].text in _CLOSING_MARKS and doc[start - 2].tag_ == "''":
        return True
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.children)
    return not modal and any(c.dep_ == "ccomp" for c in token.children)


def _reports(aside: Token) -> bool:
    """Whether an aside after the content is a participle of report, the writer's (", saying …", ", adding …"); any
    other participle (", leaving …", ", allowing …") goes on with what was said."""
    return (
        aside.dep_ in ("advcl", "acl", "xcomp") and aside.tag_ == "VBG" and aside.lemma_.lower() in reporting_verbs()
    )


def quoted_at(doc: Doc, first: int, i: int) -> bool:
    """Whether token ``i`` lies inside quotation marks opened after token ``first``."""
    marks = [t.text for t in doc[first:i] if t.text in _OPENING_MARKS or t.text in _CLOSING_MARKS]
    depth = 0
    for mark in marks:
        if mark in _OPENING_MARKS and (mark not in _CLOSING_MARKS or depth == 0):
            depth += 1
        else:
            depth = max(0, depth - 1)
    return depth > 0


def _colon_content(verb: Token) -> Span | None:
    """Content after "X said:" up to the end of the sentence, or the next sentence when the colon ends one."""
    doc = verb.doc
    sent = sentence_of_token(verb)
    for j in range(verb.i + 1, min(sent.end, verb.i + 8)):
        token = doc[j]
        if token.text == ":":
            if j + 1 < sent.end:
                return _trimmed(doc, j + 1, sent.end - 1)
            if j + 1 < len(doc):
                nxt = sentence_of_token(doc[j + 1])
                return _trimmed(doc, nxt.start, nxt.end - 1)
            return None
        if (token.dep_ in ("ccomp", "dobj") and not _idiom_object(token)) or token.is_sent_start:
            return None  # "She put it bluntly: …" goes on to the colon
    return None


def _object_content(verb: Token, info: ReportingVerb) -> Span | None:
    slots: list[Token] = []
    for child in verb.rights:
        if child.dep_ == "npadvmod":
            # "accused Yerevan last week of firing": the parser hangs the complement on the time phrase.
            slots.extend(c for c in child.children if c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS)
            continue
        if (child.dep_ == "prep" and not _content_prep(child, info)) or _quantity(child):
            continue
        # "told his aides to act": an addressee followed by an infinitive is an instruction reported.
        addressed = any(c.dep_ == "dobj" for c in verb.children)
        if child.dep_ == "xcomp" and not info.infinitive and not addressed and not _gerund_object(child, info):
            continue
        if child.dep_ == "dobj" and not info.takes_object and any(c.dep_ in ("xcomp", "oprd") for c in verb.children):
            slots.append(child)  # "told his aides to act", "judged America a paper tiger": the object's predicate
            continue
        if child.dep_ == "dobj" and not info.takes_object:
            continue
        if child.dep_ == "oprd" and not info.takes_object and any(c.dep_ == "dobj" for c in verb.children):
            slots.append(child)  # "judged him ready": an object and its predicate make a clause without a verb
            continue
        if child.dep_ in ("prep", "oprd", "dative") and not info.takes_object:
            continue
        if child.dep_ == "dative" and any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > child.i for c in verb.rights):
            continue  # "denied them permits": to whom, not what; the object after it is the content
        if child.dep_ in _SLOT_DEPS:
            slots.append(child)
    if not slots or (len(slots) == 1 and _addressee(slots[0], info)):
        return None  # "called him": a bare object is whom they spoke to, not what they said
    if info.kind == "comparison" and not _compares(verb, slots):
        return None  # "linked arms", "compared notes": nothing set beside anything, no comparison made
    if info.framed and all(s.dep_ == "dobj" and not _states_something(s) for s in slots):
        return None  # "welcomed the announcement": what they judged, not what they said
    first = min(s.left_edge.i for s in slots)
    if slots[0].dep_ == "prep" and _next_to_verb(verb, slots[0]) and len(list(slots[0].children)) > 0:
        first = slots[0].i + 1  # "warned of a battle", "talked about immigration": the preposition joins the cue
    uttered = _uttered_topic(slots[0]) if len(slots) == 1 else None
    if uttered is not None:
        first = uttered.i + 1  # "expressed concern about the policy": the noun and its preposition join the cue
    last = _inverted_condition(verb, _with_adjuncts(verb, max(s.right_edge.i for s in slots)))
    return _trimmed(verb.doc, first, _continued_phrase(verb, last))


def _compares(verb: Token, slots: list[Token]) -> bool:
    """Whether a comparison's content sets something beside something: a to/with/against phrase, on the verb or
    wherever the parser hung it ("likened the tax to theft", "compared the 42nd president to …"), two things
    joined ("contrasted Lee and Kim") or a clause; a bare object alone ("linked arms") compares nothing."""
    beside = _COMPARED_PREPS | {"against", "and"}
    return any(s.dep_ in ("ccomp", "xcomp") or any(t.lower_ in beside for t in s.subtree) for s in slots) or any(
        c.dep_ == "prep" and c.lower_ in beside for c in verb.children
    )


# Not "of", which mostly makes one noun phrase with the noun ("offer a kind of help", "made a list of demands").
_UTTERED_PREPS = frozenset({"about", "over", "on", "into", "for", "against"})


def _uttered_topic(noun: Token) -> Token | None:
    """The preposition after a noun that a verb of uttering makes a cue with ("expressed outrage over …", "raised
    questions about …", "voiced doubts about …"): what follows it is what the words were about."""
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.head.lemma_.lower() not in _UTTERING:
        return None
    prep = next((c for c in noun.rights if c.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in _UTTERED_PREPS or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    return prep


def _next_to_verb(verb: Token, prep: Token) -> bool:
    """Whether only the verb's particle or a phrase of its that is no content stands between it and ``prep``:
    "spoke out about the death", "talked with police leaders about ways to …"."""
    if prep.i == verb.i + 1:
        return True
    # "apologized to her for the incident": only what the words were about follows the cue past its addressee.
    # "spoke emotionally of …", "weighed in Friday about …", "spoke during his speech of …": nor past how or when.
    between = {t.i for c in verb.rights if c.i < prep.i and _beside_cue(c) for t in c.subtree}
    return prep.lower_ in _TOPIC_PREPS and all(i in between for i in range(verb.i + 1, prep.i))


def _beside_cue(child: Token) -> bool:
    """Whether a phrase on the verb says to whom, how or when the words were said, not what: a particle, a preposition,
    an adverb ("emotionally"), a time ("Friday")."""
    if child.dep_ in ("prt", "prep") or _quantity(child):
        return True
    return (child.dep_ == "advmod" and child.pos_ == "ADV") or (child.dep_ == "npadvmod" and child.ent_type_ in _TIMES)


# Prepositions that set the occasion of a statement: "at a rally", "during the debate", "before the committee".
_OCCASION_PREPS = frozenset({"at", "during", "before"})


def _occasion(prep: Token) -> bool:
    """Whether a preposition on the verb says when, how, where in what text, or to whom something was said rather
    than what: "at a rally", "in July", "in a statement", "to me", or a report of its own, "by arguing …"."""
    return prep.lower_ in _OCCASION_PREPS or any(
        (c.dep_ == "pcomp" and c.lemma_.lower() in reporting_verbs())
        or (c.dep_ == "pobj" and (c.ent_type_ in _TIMES or c.pos_ == "PRON" or c.lemma_.lower() in media_nouns()))
        for c in prep.children
    )


def _with_adjuncts(verb: Token, last: int) -> int:
    """The object content's last token, taking in prepositional phrases on the verb right after it: what was said
    of the object goes on in "called it an ailment during long campaigns", "endorsed Clinton in the race"."""
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.i > last):
        if prep.left_edge.i != last + 1 or _occasion(prep):
            break
        last = prep.right_edge.i
    return last


def _gerund_object(clause: Token, info: ReportingVerb) -> bool:
    """A gerund standing as the object of a verb that takes one: "proposed raising the tax", "admitted using it"."""
    return info.takes_object and clause.tag_ == "VBG" and not any(c.dep_ in ("aux", "mark") for c in clause.children)


def _topic_content(verb: Token, info: ReportingVerb) -> tuple[Span, str] | None:
    """What words were about, for a verb whose object names it ("noted the delay", "bemoaned the unrest",
    "complained about the referee"): its object and an about/of/on phrase right after it, not a pronoun nor a
    statement noun with its own content ("repeated its call for …"), and not for words left unsaid ("declined to
    comment on …"), with the class ``topic``; an object that quotes words ("said things such as “…”") keeps the
    verb's class, as does the object of a verb of knowing or feeling ("recognized the danger")."""
    if _refused(verb):
        return None  # "declined to comment on the report": words not spoken
    slots = [
        c
        for c in verb.rights
        if (c.dep_ == "dobj" and c.pos_ != "PRON" and not _named_statement(c) and not _quantity(c))
        or (_topic_phrase(c) and _next_to_verb(verb, c))
    ]
    if not slots:
        return None
    first = min(s.left_edge.i + (1 if s.dep_ == "prep" else 0) for s in slots)
    span = _trimmed(verb.doc, first, _continued_phrase(verb, max(s.right_edge.i for s in slots)))
    stated = any(t.text in _QUOTATION_MARKS for s in slots if s.dep_ == "dobj" for t in s.subtree)
    return (span, "topic" if info.class_ == "speech" and not stated else info.class_) if span is not None else None


# Words of amount that stand as a verb's object before what the words were about: "said little about", "talked a lot
# about", "didn't say anything about": how much was said, not what.
_QUANTITIES = frozenset(
    {"much", "little", "nothing", "anything", "something", "everything", "lot", "more", "less", "plenty"}
)


def _about(child: Token) -> bool:
    """Whether ``child`` is an "about" phrase naming a topic: not a time ("something we thought about every day")."""
    topic = _topic_phrase(child) or _elided_question(child)  # "said little about how": "little" is still an amount
    return child.dep_ == "prep" and child.lower_ == "about" and _has_object(child) and topic


def _quantity(child: Token) -> bool:
    """Whether a verb's object says how much was said before what it was about ("said little about the plan"), not
    what was said ("proposed nothing that would raise taxes") nor what a finding found ("the inquiry found nothing
    new about …": the finding is that there was nothing)."""
    if child.dep_ != "dobj" or child.lower_ not in _QUANTITIES:
        return False
    info = reporting_verbs().get(child.head.lemma_.lower())
    if info is not None and info.kind == "report":
        return False
    return any(_about(c) for c in (*child.rights, *child.head.rights) if c.i > child.i)


def _named_as(verb: Token, info: ReportingVerb) -> tuple[Span, str] | None:
    """What a verb whose bare object is no content names something as: the object of a preposition on the verb, then
    an "as" phrase ("referred to demonstrators as ''my friends''", "spoke of him as a friend"): the pair says what was
    said or held of it, in the verb's class, as "described X as Y" does. After a bare object "as" says how or in what
    capacity ("said it as a joke"), so only a preposition's object is named so."""
    named_as = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and _has_object(c)), None)
    if named_as is None or _of_time(named_as) or _refused(verb):
        return None
    named = next((c for c in verb.rights if c.i < named_as.i and c.dep_ in ("prep", "dobj")), None)
    if named is None or named.dep_ != "prep" or not _has_object(named) or _occasion(named) or _said_on(named):
        return None
    span = _trimmed(verb.doc, named.i + 1, named_as.right_edge.i)
    return (span, info.class_) if span is not None else None


def _refused(verb: Token) -> bool:
    """Whether a verb of saying is what its subject declined to do ("declined to comment on the report")."""
    refused = reporting_verbs().get(verb.head.lemma_.lower())
    return verb.dep_ == "xcomp" and refused is not None and refused.kind == "denial"


def _about_content(verb: Token, info: ReportingVerb) -> tuple[Span, str] | None:
    """What words or thoughts were about, after an "about" phrase on a verb of the table with no other content, past
    whatever stands between the verb and it ("wrote about the war", "told reporters about the plan", "isn't saying
    much about the debate", "writing songs about him", "know all about it"): "about" names nothing but the topic, so
    the phrase is content wherever the parser hung it on the verb; class ``topic`` for speech, as for the topic verbs,
    unless the phrase quotes words ("wrote to her about a visit ‘at the invitation of …’"), and the verb's own class
    for a belief or knowledge."""
    hosts = [verb, *(c for c in verb.rights if _quantity(c))]  # "said little about …": the parser's object
    prep = next((c for h in hosts for c in h.rights if _about(c)), None)
    if prep is None or _refused(verb) or any(c.dep_ in ("ccomp", "xcomp") and c.i < prep.i for c in verb.rights):
        return None
    if _elided_question(prep):
        return None  # "said little about how": the topic is a question left unsaid
    span = _trimmed(verb.doc, prep.i + 1, prep.right_edge.i)
    stated = any(t.text in _QUOTATION_MARKS or t.text == "''" for t in verb.doc[prep.i : verb.right_edge.i + 1])
    return (span, "topic" if info.class_ == "speech" and not stated else info.class_) if span is not None else None


def _elided_question(prep: Token) -> bool:
    """Whether a preposition's object is a bare question word whose question is left out ("about how", "on why"): it
    names no topic."""
    return [c.tag_ in ("WRB", "WP", "WDT") and not list(c.children) for c in prep.children if not c.is_punct] == [True]


_SAID_ON_PREPS = frozenset({"on", "over"})


def _said_on(prep: Token) -> bool:
    """Whether "on"/"over" says how, where or on what terms words were said, not what they were about: "spoke on
    condition of anonymity", "spoke on the record", "talked over the phone", "spoke on television"."""
    return prep.lower_ in _SAID_ON_PREPS and any(
        c.dep_ == "pobj" and c.lemma_.lower() in speaking_occasions() for c in prep.children
    )


def _named_statement(noun: Token) -> bool:
    """A statement noun with content of its own, "repeated its call for elections": the noun reports it."""
    return noun.lemma_.lower() in cue_nouns() and any(c.dep_ in ("prep", "acl", "ccomp") for c in noun.rights)


def _content_prep(prep: Token, info: ReportingVerb) -> bool:
    """Whether a preposition after the verb opens content: "accused X of …", "likened X to …" (but not the bare
    "compared with" of "pays $900, compared with $2,700 for …", where nothing is compared by anyone)."""
    if _of_time(prep):
        return False  # "spoke for five minutes", "attacked the town for two days": how long, not what
    phrasal = info.lemma == f"{prep.head.lemma_.lower()} {prep.lower_}"
    if _said_on(prep) and not phrasal:
        return False  # "spoke on the phone", "spoke on condition of anonymity": how, not what
    if prep.lower_ in _CONTENT_PREPS or phrasal:
        return True  # "accused X of …", "agreed with Kim" (a verb the table has with its preposition)
    compared = any(c.dep_ == "dobj" for c in prep.head.children)
    return info.kind == "comparison" and prep.lower_ in _COMPARED_PREPS and compared


def _has_object(prep: Token) -> bool:
    """Whether a preposition has its object: not one stranded at the end of its clause ("the journalist had not been
    called on", "the assaults her husband is accused of"), whose object stands elsewhere or nowhere."""
    return any(not c.is_punct for c in prep.children)


def _of_time(prep: Token) -> bool:
    """Whether a prepositional phrase says when or how long ("on Thursday", "for five minutes")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in _TIMES for c in prep.children)


def _addressee(slot: Token, info: ReportingVerb) -> bool:
    """Whether a one-word object is whom the words were for ("called him", "urged Kim", "asked Lee"), not what was
    said; a name is what a statement or a view is about when the verb takes no addressee ("mentioned Machado",
    "admires Putin"), and the bare object of a judgement is what was judged ("endorsed Trump", "denied wrongdoing",
    "attacked Machado"), a personal pronoun too ("defended it", "criticized him", "despised them")."""
    if slot.dep_ != "dobj" or len(list(slot.subtree)) >= 2:
        return False
    if info.kind in _ADDRESSING or info.lemma in _ASKING:
        return True
    return slot.pos_ == "PRON" and not (info.kind in _HELD and slot.tag_ == "PRP")


def _postposed(verb: Token) -> bool:
    """An attribution after its content with the subject inverted: "…, said the company's chief executive"."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return (
        verb.dep_ in ("conj", "ROOT")
        and verb.i > sentence_of_token(verb).start + 2
        and doc[verb.i - 1].text == ","
        and subject is not None
        and subject.i > verb.i
        and not any(c.dep_ in ("dobj", "xcomp", "prep") and c.i > verb.i and c.i < subject.i for c in verb.children)
    )


def _states_something(phrase: Token) -> bool:
    """Whether a noun phrase holds a clause or a quotation, i.e. says something rather than names a thing."""
    return any(t.pos_ in ("VERB", "AUX") or t.text in '“”"„«»' for t in phrase.subtree)


def _before_next_report(doc: Doc, verb: Token, first: int, last: int) -> int:
    """The content's last token before a conjoined report of someone else: "X said A and Y accused B of C"."""
    verbs = reporting_verbs()
    for token in doc[first : last + 1]:
        info = verbs.get(token.lemma_.lower())
        if (
            token.dep_ == "conj"
            and info is not None
            and info.kind not in _STANCES
            and token.head.i != verb.i
            and not any(c.dep_ == "mark" for c in token.children)  # "… and that he wants …": more of the same
            and (
                any(c.dep_ in _SUBJECTS and c.pos_ in ("NOUN", "PROPN") for c in token.children)
                or _another_report(token, verb)
            )
        ):
            return min(last, token.left_edge.i - 1)
    return last


def _joined_report(verb: Token) -> Token | None:
    """The report whose clause the parser joined ``verb`` to though it goes on with the report (``_another_report``)."""
    if verb.dep_ != "conj":
        return None
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    report = clause.head
    reported = clause.dep_ == "ccomp" or _that_clause(clause)
    if not reported or report.lemma_.lower() not in reporting_verbs():
        return None
    # After a closing quote mark the speaker goes on, when the report names one ("Trump tweeted that …”
    # and encouraged …").
    speaks = _reports_again(verb) and any(c.dep_ in _SUBJECTS for c in report.children)
    if not (_another_report(verb, report) or speaks):
        return None
    return report


def _another_report(token: Token, verb: Token) -> bool:
    """A report the parser joined to the reported clause, with no subject of its own and in the tense of the report
    where the verb it is joined to has another form: "said he would order a review and warned against hackers"
    ("would order … and warned" is no one verb phrase), so it goes on with what the speaker did."""
    head = token.head
    joined_form = (
        head.tag_ == token.tag_
        and head.pos_ == token.pos_
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    )
    return (
        token.tag_ == verb.tag_
        and token.tag_ in ("VBD", "VBZ")
        and not joined_form
        and not any(c.dep_ in _SUBJECTS for c in token.children)
    )


def _reported_through(clause: Token) -> Token:
    """ "said North Korea fired missiles, Yonhap reported": the parser hangs the content on the trailing
    report; the content is that report's own clause, before its subject."""
    if clause.lemma_.lower() not in reporting_verbs():
        return clause
    inner = [c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i]
    subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
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
    dashes = [t.i for t in doc[end + 1 : verb.i] if t.text in _DASHES or (t.text == "-" and t.whitespace_)]
    subject = subject_of(verb)
    if not dashes or subject is None or subject.head.i != verb.i or subject.left_edge.i < dashes[-1]:
        return False
    adverbial = {t.i for c in verb.children if c.dep_ in ("advmod", "prep", "npadvmod", "cc") for t in c.subtree}
    return all(t.is_punct or t.i in adverbial for t in doc[dashes[-1] + 1 : subject.left_edge.i])


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
        any(c.dep_ in _SUBJECTS for c in children)
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
    if verb.lemma_.lower() in _UTTERING:
        return None
    for child in verb.rights:
        noun = child if child.dep_ == "dobj" else None
        if child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS and _next_to_verb(verb, child):
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
        if noun is not None and _statement_noun(noun):
            return _trimmed(verb.doc, noun.left_edge.i, noun.right_edge.i)
    return None


def _statement_noun(noun: Token) -> bool:
    """A noun naming a statement or a view, someone's, that says what it is: "the judge's claim that …", "her call for
    talks": one that ``noun_attributions`` reports."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cue_nouns():
        return False
    said = _said_part(noun)
    return said is not None and _statement_owner(noun, said[1]) is not None


def _noun_clause(verb: Token, info: ReportingVerb) -> Span | None:
    """A that-clause the parser hung on a noun after the verb: on its prepositional phrase, "said in a statement
    that …", or on its addressee, "told a meeting of leaders that few people understood …"."""
    for prep in (c for c in verb.rights if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for clause in (c for c in noun.rights if c.dep_ in ("acl", "ccomp", "relcl")):
                if _that_marked(clause) or _complete(clause):
                    return _trimmed(verb.doc, clause.left_edge.i, clause.right_edge.i)
    for addressee in (c for c in verb.rights if c.dep_ in ("dobj", "dative")):
        for clause in (t for t in addressee.subtree if t.dep_ in ("acl", "ccomp", "relcl") and t.i > addressee.i):
            # Only a "that" that subordinates a clause with a subject of its own (a gerund too: "concern that
            # changing it could …"): in "the plan that the council approved" the relative word is the object of the
            # clause, not its mark.
            if (
                _that_marked(clause)
                and any(c.dep_ in _OWN_SUBJECTS and c.lower_ != "that" for c in clause.children)
                and _on_noun_phrase(clause, addressee)
            ):
                first = addressee.left_edge.i if _named_content(addressee, info) else clause.left_edge.i
                return _trimmed(verb.doc, first, clause.right_edge.i)
    return None


_OWN_SUBJECTS = (*_SUBJECTS, "csubj")


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
    uttered = noun.head.lemma_.lower() in _UTTERING
    return info.takes_object and noun.dep_ == "dobj" and noun.pos_ == "NOUN" and not uttered


def _that_marked(clause: Token) -> bool:
    """Whether "that" subordinates ``clause`` as its mark."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _that_clause(child: Token) -> bool:
    """A that-clause the parser took for an adverbial one, after words between it and the verb: "tweeted in the
    early hours that Machado was …" (unlike "so that …", which says what for)."""
    marks = [m.lower_ for m in child.children if m.dep_ in ("mark", "advmod") and m.i < child.i]
    if child.dep_ != "advcl" or child.i < child.head.i:
        return False
    return marks == ["that"] or (not marks and _bare_clause(child))


# Words that open an indirect question; "when" and "where" also open a clause of time or place ("said when he
# arrived that …"), so they ask only after a report denied: "has not said when the vote will be held".
_QUESTION_WORDS = frozenset({"why", "how", "whether", "what", "who", "whom", "which"})
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
        asked = first.lower_ in _QUESTION_WORDS | _SETTING_WORDS and any(c.lower_ == "to" for c in clause.children)
    else:
        denied = any(c.dep_ == "neg" for c in verb.children)
        yes_no = first.lower_ == "if" and verb.lemma_.lower() in _ASKING  # "asked the students if they were …"
        asked = first.lower_ in _QUESTION_WORDS or (denied and first.lower_ in _SETTING_WORDS) or yes_no
    between = {t.i for c in verb.rights if c.dep_ in _BEFORE_QUESTION and c.i < first.i for t in c.subtree}
    return asked and all(i in between for i in range(verb.i + 1, first.i))


def _question_about(verb: Token) -> Span | None:
    """A question the words were about, after a preposition on the verb: "argued over whether the group belongs on the
    list", "disagreed on how to respond": the wh-clause is what was said, whatever the verb takes as an object."""
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS and _next_to_verb(verb, c)):
        clause = next((c for c in prep.children if c.dep_ == "pcomp"), None)
        if clause is not None and clause.left_edge.lower_ in _QUESTION_WORDS and clause.left_edge.i == prep.i + 1:
            # "said little about how": a bare question word leaves its question unsaid
            return _trimmed(verb.doc, clause.left_edge.i, clause.right_edge.i) if not _elided_question(prep) else None
    return None


def _clause_start(clause: Token) -> int:
    """The first token of a reported clause; with no subordinator, a time or place phrase right after the verb and
    before the clause's subject goes with the report: "said after the convention he would not accept …"."""
    first = clause.left_edge.i
    verb = clause.head
    that = next((c for c in clause.lefts if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is not None and verb.i < first < that.i:
        return that.i  # "cautioned, as did the campaign, that …": what the parser hung before "that" is no content
    subject = next((c for c in clause.lefts if c.dep_ in _SUBJECTS and not _is_mark(c)), None)
    if subject is None and clause.i > verb.i:
        return _stolen_subject(clause, first)
    if subject is None or clause.i < verb.i or any(c.dep_ == "mark" for c in clause.children):
        return first
    fronted = [c for c in clause.lefts if c.i < subject.left_edge.i]
    if fronted and first == verb.i + 1 and all(c.dep_ in ("prep", "npadvmod") for c in fronted):
        return subject.left_edge.i
    return first


def _stolen_subject(clause: Token, first: int) -> int:
    """The first token of a finite reported clause with no subject whose subject the parser made the verb's object:
    "has said single people and families would qualify", "seemed to think the outreach to voters was phony" (the
    object, and any phrase hung on the verb after it, open the clause)."""
    verb = clause.head
    finite = clause.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in clause.children)
    if not finite or any(c.dep_ in _CLAUSE_SUBJECTS or c.dep_ in ("csubj", "mark") for c in clause.children):
        return first
    objects = [c for c in verb.rights if c.dep_ == "dobj" and c.i < clause.i]
    if len(objects) != 1 or objects[0].left_edge.i != verb.i + 1:
        return first
    # Only the object, a phrase on the verb and punctuation may stand between the verb and the clause.
    between = {t.i for c in verb.rights if c.i < clause.i and c.dep_ in ("dobj", "prep", "punct") for t in c.subtree}
    return objects[0].left_edge.i if all(i in between for i in range(verb.i + 1, first)) else first


def _bare_clause(clause: Token) -> bool:
    """A finite clause with a subject of its own and no subordinator, after words the verb governs: "said after
    the convention he would not accept …" (the parser reads the reported clause as adverbial)."""
    doc = clause.doc
    verb = clause.head
    finite = clause.tag_ in _FINITE or any(c.dep_ == "aux" and c.tag_ in _FINITE for c in clause.children)
    subject = any(c.dep_ in _SUBJECTS and not _is_mark(c) and c.i < clause.i for c in clause.children)
    between = doc[verb.i + 1 : clause.left_edge.i]
    adjuncts = {t.i for c in verb.rights if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree}
    return finite and subject and all(t.i in adjuncts for t in between)


def _as_content(verb: Token, info: ReportingVerb) -> Span | None:
    """The clause an "as" report comments on: "As experts have pointed out, Trump is free to …", "Hawaii, as one
    adviser noted, rarely gets …", "… , as Reuters reported": the host clause without the report. A report with its
    own topic says when, not what: "As Clinton talked about bringing communities together, Trump …"."""
    host = verb.head
    if (
        verb.dep_ != "advcl"
        or info.class_ == "topic"
        or not any(m.dep_ == "mark" and m.lower_ == "as" for m in verb.children)
        or any(c.dep_ in ("ccomp", "dobj", "xcomp") and not _idiom_object(c) for c in verb.children)
        or any(_topic_phrase(c) for c in verb.children)
    ):
        return None
    doc = verb.doc
    first, last = host.left_edge.i, host.right_edge.i
    if verb.left_edge.i <= first or _opens_host(verb, first):
        first = verb.right_edge.i + 1
    elif _words_follow(verb):
        return None
    elif verb.right_edge.i >= last or all(t.is_punct for t in doc[verb.right_edge.i + 1 : last + 1]):
        last = verb.left_edge.i - 1
    return _trimmed(doc, first, last)


def _words_follow(verb: Token) -> bool:
    """Whether a quotation opens right after the verb, past a comma or colon: "jabbing her finger at an activist as
    she angrily said, “I am so sick of …”" reports its own words, however the parser hung them (an "as" report that
    opens its host, "As Politico reported, “…”", reports the host, quoted or not)."""
    doc = verb.doc
    after = next((t for t in doc[verb.i + 1 : verb.i + 3] if t.text not in (",", ":")), None)
    return after is not None and after.text in _OPENING_MARKS


def _topic_phrase(child: Token) -> bool:
    """Whether ``child`` is a phrase naming what words were about ("about the plan"), not when or where they were
    said ("on Monday", "on his radio program")."""
    return (
        child.dep_ == "prep"
        and child.lower_ in _TOPIC_PREPS
        and not (_of_time(child) or _said_on(child) or _elided_question(child))
    )


def _opens_host(verb: Token, first: int) -> bool:
    """Whether only the writer's words stand before an "as" report that opens its host clause: a link to the
    sentence before ("After all, as we saw in 2009, banks …") or the host's own subordinator ("If, as I've suggested,
    he benefits …"). What was seen or suggested is the clause after the report, not the writer's frame."""
    doc = verb.doc
    start = verb.left_edge.i
    if start <= _after_link(doc, first, start):
        return True
    host = verb.head
    return all(t.is_punct or (t.dep_ == "mark" and t.head.i == host.i) for t in doc[first:start])


def _idiom_object(token: Token) -> bool:
    """The "it" of a verb whose table entry is the idiom ("put it"): part of the cue, not what was said."""
    verb = token.head
    return token.dep_ == "dobj" and f"{verb.lemma_.lower()} {token.lower_}" in reporting_verbs()


def _verb_content(verb: Token, info: ReportingVerb) -> Span | None:
    doc = verb.doc
    clauses = [
        _reported_through(c)
        for c in verb.children
        if (c.dep_ == "ccomp" or _that_clause(c) or _indirect_question(c) or _gerund_subject(c))
        and not _lead_in(c, verb)
    ]
    if clauses:
        first = min(_clause_start(c) for c in clauses)
        last = max(c.right_edge.i for c in clauses)
        if first < verb.i < last:  # a clause on each side: keep the one holding the head
            clause = max(clauses, key=lambda c: len(list(c.subtree)))
            first, last = clause.left_edge.i, clause.right_edge.i
            after = [c for c in clauses if c.i > verb.i]
            if _reports_after(verb, clause, after):
                first, last = min(c.left_edge.i for c in after), max(c.right_edge.i for c in after)
        first = _joined_before(verb, first, last)
        last = _continued_clause(verb, _with_condition(verb, _inverted_condition(verb, last)))
        return _trimmed(doc, first, _before_next_report(doc, verb, first, last))
    stranded = _stranded_speaker(verb)
    # "…, which, Tompkins said, is usually full": a report set inside a clause that goes on after it is no trailing
    # "…, X told AFP"; the host clause is its content (below).
    inserted = verb.dep_ == "parataxis" and verb.i < verb.head.i
    if stranded is not None and stranded[1] == subject_of(verb) and not inserted and _clause_before(verb, stranded[0]):
        # "The heat broke records …, Jane Doe of the Potsdam Institute told AFP": the clause before the comma.
        return _trimmed(doc, sentence_of_token(verb).start, stranded[0] - 1)
    if _postposed(verb):
        # "The plant is under pressure, said its chief executive.": everything before the comma is the content.
        return _trimmed(doc, sentence_of_token(verb).start, verb.i - 1)
    comma = _fragment_before(verb)
    if comma is not None:
        # "People like Scott, he said.": words with no verb of their own, then the report that ends the sentence.
        return _trimmed(doc, sentence_of_token(verb).start, comma - 1)
    if verb.dep_ == "parataxis" and verb.i > verb.head.i:
        head = verb.head
        if _continues(head, verb):
            # "The effects are hard to predict, economists say, because …": the host clause on both sides.
            return _trimmed(doc, head.left_edge.i, head.right_edge.i)
        return _trimmed(doc, head.left_edge.i, verb.left_edge.i - 1)
    if verb.dep_ == "parataxis" and subject_of(verb) is not None:
        # "But to prevent problems, he said, officials should be vigilant": the host clause is the content; when
        # only an adverbial of the writer's stands before the report, the clause after it: "During his years in
        # office, Obama said, a majority have come to believe …".
        head = verb.head
        fronted = [c for c in head.lefts if c.i < verb.left_edge.i and not c.is_punct]
        framing = bool(fronted) and all(c.dep_ in _FRAMING for c in fronted)
        return _trimmed(doc, verb.right_edge.i + 1 if framing else head.left_edge.i, head.right_edge.i)
    colon = _colon_content(verb) or _noun_clause(verb, info) or _as_content(verb, info) or _question_about(verb)
    if colon:
        return colon
    return _object_content(verb, info) or _statement_object(verb) or _pro_form(verb)


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
    if any(c.left_edge.i > verb.i and _that_marked(c) for c in after) or _set_off(doc, before.right_edge.i, verb.i):
        return True
    subject = subject_of(verb)
    own = any(c.dep_ == "ccomp" and any(s.dep_ in _SUBJECTS for s in c.children) for c in after)
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


def _joined_before(verb: Token, first: int, last: int) -> int:
    """The first token of content that a trailing report takes in when the parser joined it to the first of two
    coordinated clauses: in "The van was to be escorted, but the Secret Service whisked her away, a source said" the
    report hangs as a conjunct on "escorted" and holds only the second clause, yet the source said both."""
    head = verb.head
    if verb.dep_ != "conj" or not head.i < first <= last < verb.i:
        return first
    joined = any(c.dep_ == "cc" and head.i < c.i < first for c in head.children)
    # Between the first clause's verb and the second clause only the first clause's own words, punctuation and the
    # conjunction may stand.
    reported = {t.i for t in verb.subtree}
    stray = [t for t in verb.doc[head.i + 1 : first] if t.i in reported and not (t.is_punct or t.dep_ == "cc")]
    if not joined or stray or head.left_edge.i != sentence_of_token(verb).start:
        return first
    return head.left_edge.i


# Subordinators of a clause the writer sets beside a report: a concession or contrast, or "as X said".
_ASIDE_MARKS = _CONCESSIVE | {"while", "whereas", "as"}


def _with_condition(verb: Token, last: int) -> int:
    """The reported clause's last token, taking in a finite adverbial clause with a subject of its own that the
    parser hung on the report right after it: "said there remains a difference, when it comes to …", "said the
    claim smacked of hypocrisy, because Democrats …" (not a concession or contrast of the writer's, ", though …",
    ", while 73% said …", nor "as X said", nor a participle, ", saying …")."""
    doc = verb.doc
    for clause in (c for c in verb.rights if c.dep_ == "advcl" and c.left_edge.i > last):
        if not all(t.is_punct for t in doc[last + 1 : clause.left_edge.i]):
            break
        marks = {m.lower_ for m in clause.children if m.dep_ in ("mark", "advmod") and m.i < clause.i}
        finite = clause.tag_ in _FINITE or any(c.dep_ == "aux" and c.tag_ in _FINITE for c in clause.children)
        subject = any(c.dep_ in _CLAUSE_SUBJECTS and not _is_mark(c) for c in clause.children)
        if not finite or not subject or marks & _ASIDE_MARKS or clause.lemma_.lower() in reporting_verbs():
            break
        last = clause.right_edge.i
    return last


# Auxiliaries that open a condition by inversion: "should he fail", "had the bank acted", "were she to lose".
_INVERTING = frozenset({"should", "had", "were"})


def _inverted_condition(verb: Token, last: int) -> int:
    """The content's last token, taking in a condition by inversion right after it that the parser made the head of
    the report ("threatened to make him testify, should he fail to …", "might evolve after the election should she
    become president"): the condition is part of what was said, not a clause of the writer's."""
    host = verb.head
    if verb.dep_ != "ccomp" or host.i <= last:
        return last
    aux = next((c for c in host.lefts if c.dep_ == "aux" and c.i > last), None)
    subject = next((c for c in host.lefts if c.dep_ in _CLAUSE_SUBJECTS and c.i > last), None)
    if aux is None or subject is None or aux.lower_ not in _INVERTING or aux.i > subject.i:
        return last
    if not all(t.is_punct for t in verb.doc[last + 1 : aux.i]):
        return last
    # Up to an aside set off after the condition: "…, should he fail to act, in effect daring him to say …".
    return next((t.i - 1 for t in verb.doc[aux.i : host.right_edge.i + 1] if t.text in _SETTING_OFF), host.right_edge.i)


# Dependents that set the time, place or frame of a clause before it: "During his years in office, …".
_FRAMING = frozenset({"prep", "npadvmod"})
_NON_FINITE = frozenset({"VB", "VBG"})
_WH_TAGS = frozenset({"WRB", "WP", "WDT"})  # how, what, which: an indirect question's first word
# Subjects that give a coordinated verb a clause of its own: "… and no new date was set", "… and there was …".
_CLAUSE_SUBJECTS = (*_SUBJECTS, "nsubjpass", "expl")
_MODALS = frozenset({"would", "could", "will", "can", "might", "may", "should", "must"})


def _continued_clause(verb: Token, last: int) -> int:
    """The content's last token, taking in a clause coordinated after it that the parser joined to the report
    rather than to what was reported: "said it would cost more, but would save money later", "said the talks had
    failed, and no new date was set". A joined report ("… and warned …") or the speaker going on is not content, but
    a belief with a subject of its own is ("says she hopes to win, but she knows that …", "…, and you don't want
    …"): it goes on with what was said, and PolNeAR keeps a nested report in the outer one's content, never both."""
    doc = verb.doc
    speaker = next((c.lower_ for c in verb.children if c.dep_ in _SUBJECTS), None)
    conj = _conjunct_after(verb, last)
    if conj is None:
        return last
    # "would add $84 billion": a verb of report under a modal says what would happen, not what the speaker did.
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in conj.children)
    subject = next((c.lower_ for c in conj.children if c.dep_ in _CLAUSE_SUBJECTS), None)
    own = subject is not None and subject != speaker  # "… , and no new date was set", not "… , and he left"
    info = reporting_verbs().get(conj.lemma_.lower())
    if info is not None and not modal and not (own and info.kind == "belief"):
        return last
    between = doc[last + 1 : conj.left_edge.i]
    if not any(t.dep_ == "cc" for t in between) or not all(t.is_punct or t.dep_ == "cc" for t in between):
        return last
    return conj.right_edge.i if own or (subject is None and modal) else last


def _continued_phrase(verb: Token, last: int) -> int:
    """The object content's last token, taking in a bare infinitive or gerund coordinated after it that the parser
    joined to the report: "wants to triple the program, grow the Corps and create …", "mentioned refinancing loans
    and forcing universities to …" (a finite verb, "endorsed Kim and left", is the speaker going on), and a noun
    phrase or an indirect question, which no speaker does: "emphasizing economic fairness, and a need to raise …",
    "spoke of the legacy of racism, and how the fight for justice flowed through …"."""
    doc = verb.doc
    conj = _conjunct_after(verb, last)
    if conj is None:
        return last
    # "and how the fight flowed", not a relative going on ("…, and who has been hoping to …").
    wh = conj.left_edge
    question = conj.pos_ in ("VERB", "AUX") and wh.tag_ in _WH_TAGS and wh.dep_ not in _CLAUSE_SUBJECTS
    phrase = conj.tag_ in _NON_FINITE and conj.tag_ != verb.tag_ and conj.lemma_.lower() not in reporting_verbs()
    if not (phrase or question or conj.pos_ in ("NOUN", "PROPN")):
        return last
    end = last
    while end > verb.i and doc[end].is_punct:
        end -= 1  # the comma before the next item, which the parser may hang on the item before
    between = doc[end + 1 : conj.left_edge.i]
    if not between or not all(t.is_punct or t.dep_ == "cc" for t in between):
        return last
    if not question and any(c.dep_ in _CLAUSE_SUBJECTS for c in conj.children):
        return last
    return conj.right_edge.i


def _conjunct_after(verb: Token, last: int) -> Token | None:
    """The first verb coordinated with ``verb`` that opens after the content's last token ``last``."""
    return next((c for c in verb.rights if c.dep_ == "conj" and c.left_edge.i > last), None)


def _cue_words(verb: Token) -> list[Token]:
    """The words that make a verb's cue with it: its particles ("spelled out") and the fixed "it" of an idiom whose
    object names no content ("as one adviser put it")."""
    return [c for c in verb.children if c.dep_ == "prt" or _idiom_object(c)]


def _cue_text(verb: Token, content_start: int | None = None) -> str:
    particles = _cue_words(verb)
    last = max([verb, *particles], key=lambda t: t.i)
    doc = verb.doc
    after = last.i + 1
    prep = after + 1 < len(doc) and doc[after].head.i == verb.i and doc[after].dep_ == "prep"
    if prep and doc[after + 1].idx == content_start:
        last = doc[after]  # "warned of"
    return doc[verb.i : last.i + 1].text


def verb_attributions(doc: Doc) -> list[Attribution]:
    """Attributions headed by a reporting verb that has a speaker or governs a clause."""
    found: list[Attribution] = []
    for token in doc:
        info = reporting_verb(token)
        if info is not None and token.pos_ == "NOUN":
            misread = _misread_report(token, info)
            found.extend([misread] if misread is not None else [])
        if info is None or token.pos_ not in ("VERB", "AUX"):
            continue
        if token.tag_ == "VBN" and _passive(token):
            if _felt(token) and token.lower_ in cue_adjectives():
                continue  # "they were worried that …": a stance of the subject, read as an adjective
            passive = _passive_attribution(token, info)
            if passive is not None:
                found.append(passive)
            continue
        speaker = subject_of(token)
        if speaker is None:
            put = _question_put(token, info)
            found.extend([put] if put is not None else [])
            continue
        if not info.takes_object and _documented(speaker):
            info = replace(info, takes_object=True)  # "the study found 31 cases", "the poll indicates a close race"
        span = relative_content(token, speaker, info) or _verb_content(token, info)
        if span is not None and _quotative_inversion(token) and _holds_speaker(span, speaker, token):
            # "“…,” said David Brock, a Clinton confidant who heads …": the speaker after the verb is not what was said.
            span = _verb_content(token, info)
            span = None if span is None or _holds_speaker(span, speaker, token) else span
        # A verb of evaluation's bare object ("praised the deal", "thanked voters") is what it judged: no statement
        # made, but what the words were about, as PolNeAR annotates it (class topic, left out of the speech scheme);
        # an attack's only when a person makes it ("Trump attacked Machado", not "rebels attacked the convoy"), and
        # never a belief's ("sees the risk").
        judged = info.framed and (info.kind == "description" or (info.kind in _JUDGEMENTS and _a_person(speaker)))
        topic = _topic_content(token, info) if span is None and (info.topic or judged) else None
        if span is None and topic is None:
            topic = _named_as(token, info) or _about_content(token, info)
        if topic is not None:
            span = topic[0]
        if span is None:
            continue
        cue = _cue_text(token, span[0])
        class_ = topic[1] if topic is not None else _verb_class(token, info, span)
        found.append(Attribution(span[0], span[1], cue, token, speaker, info.kind, class_))
    # "X is expected to vote, diplomats said": the report with a speaker wins over a speakerless passive.
    return [a for a in found if a.speaker is not None or not any(_within(a, b) for b in found if b.speaker)]


def _documented(speaker: Token) -> bool:
    """Whether the subject of a reporting verb is a document or data ("the study found …", "a poll indicates …"), whose
    verb's bare object is what it shows: a text or a count finds and indicates nothing but what it reports."""
    return (antecedent(speaker) or speaker).pos_ == "NOUN" and source_noun_class(speaker) == "document"


# Parts of speech of a source that is a thing, not an actor: "the report", "2016", "%".
_THINGS = frozenset({"NOUN", "NUM", "SYM"})


def source_noun_class(speaker: Token) -> str | None:
    """The class a document or an event as the source gives its quote ("the report found": document), read on the
    noun a relative stands for ("the study, which found …"); None for any other source."""
    noun = antecedent(speaker) or speaker
    return source_nouns().get(noun.lemma_.lower()) if noun.pos_ in _THINGS else None


# Words that may open a fronted "asked" clause before it: "When asked about …", "If asked whether …".
_ASKED_OPENINGS = frozenset({"when", "if", "once", "while", "after", "before"})


def _question_put(verb: Token, info: ReportingVerb) -> Attribution | None:
    """ "Asked about the plan, Lee said …", "When asked whether he would run, …", "… Lee said when asked about it": a
    participle of asking with no subject reports the question put to the one the main clause names, by someone it
    does not name: the question is an attribution of its own with no speaker."""
    if (
        info.lemma not in _ASKING
        or verb.tag_ != "VBN"
        or verb.dep_ != "advcl"
        or any(c.dep_ in _CLAUSE_SUBJECTS for c in verb.children)
        or not all(t.lower_ in _ASKED_OPENINGS for t in verb.doc[verb.left_edge.i : verb.i])
    ):
        return None
    doc = verb.doc
    clause = next((c for c in verb.rights if c.dep_ in ("ccomp", "xcomp")), None)
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS and c.i == verb.i + 1), None)
    if clause is not None:
        span = _trimmed(doc, clause.left_edge.i, clause.right_edge.i)
    elif prep is not None and prep.right_edge.i > prep.i:
        span = _trimmed(doc, prep.i + 1, prep.right_edge.i)  # "Asked about the plan": the preposition is cue
    else:
        return None
    if span is None:
        return None
    return Attribution(span[0], span[1], _cue_text(verb, span[0]), verb, None, info.kind, info.class_)


def _a_person(token: Token) -> bool:
    """Whether a speaker is one person: a person's name, or a pronoun or role noun that stands for persons only."""
    word = speaker_words().get(token.lower_)
    return token.ent_type_ == "PERSON" or (word is not None and word.types == ("PERSON",))


def _misread_report(noun: Token, info: ReportingVerb) -> Attribution | None:
    """A reporting verb's -s form the tagger read as a plural noun, "Trump claims that …", "Trump charges that …": a
    subject before it (or a name it hangs on, which the parser made the root) and a that-clause with a subject of its
    own after it make it the verb (not "the charges that …", "claims that apply to …")."""
    if noun.tag_ != "NNS":
        return None
    clause = next(
        (
            c
            for c in noun.rights
            if c.dep_ in ("ccomp", "acl")
            and _that_marked(c)
            and any(s.dep_ in _SUBJECTS and s.lower_ not in _RELATIVE for s in c.children)
        ),
        None,
    )
    if clause is None:
        clause = _postposed_clause(noun)
    speaker = next((c for c in noun.lefts if c.dep_ in _SUBJECTS), None)
    named = noun.head
    if speaker is None and named.i == noun.i - 1 and named.dep_ == "ROOT" and named.pos_ in ("PROPN", "NOUN"):
        speaker = named
    if speaker is None and noun.dep_ == "ROOT" and not any(c.dep_ in ("det", "poss") for c in noun.children):
        # "Trump charges that …" read as one noun, "Trump charges": the capitalised name it hangs on is the subject.
        speaker = next((c for c in noun.lefts if c.dep_ == "compound" and c.i == noun.i - 1 and c.is_title), None)
    span = _trimmed(noun.doc, clause.left_edge.i, clause.right_edge.i) if clause is not None else None
    if span is None or speaker is None:
        return None
    return Attribution(span[0], span[1], noun.text, noun, speaker, info.kind, info.class_)


def _postposed_clause(noun: Token) -> Token | None:
    """The clause before a report's -s form the tagger read as a plural noun heading the sentence, "Secrecy is not a
    stranger, the candidate's former doctor maintains.": a clause with a subject of its own hung on the noun, then a
    comma and the noun's subject. No noun takes a clause before it."""
    if noun.dep_ != "ROOT":
        return None
    doc = noun.doc
    return next(
        (
            c
            for c in noun.lefts
            if c.dep_ == "ccomp"
            and any(s.dep_ in _CLAUSE_SUBJECTS for s in c.children)
            and c.right_edge.i + 1 < noun.i
            and doc[c.right_edge.i + 1].text == ","
            and any(s.dep_ in _SUBJECTS and s.i > c.right_edge.i for s in noun.lefts)
        ),
        None,
    )


def reporting_verb(token: Token, quotative: bool = False) -> ReportingVerb | None:
    """The table's entry for a verb, a phrasal verb with its particle first: "spelled out", "brushed off", else the
    verb with the preposition it reports by ("voted for"), else the verb alone. A verb that speaks a quotation
    (``quotative``) takes as its particle an adverb right after it, as the parser often tags one ("“…,” Trump shot
    back"), and no preposition: "voted for" has content of its own."""
    verbs = reporting_verbs()
    lemma = token.lemma_.lower()
    if lemma not in _entry_openings():
        return None  # no entry is the lemma or opens with it (most words: no need to look at the children)
    for particle in _quotative_particles(token) if quotative else _cue_words(token):
        phrasal = verbs.get(f"{lemma} {particle.lower_}")
        if phrasal is not None:
            return phrasal
    prep = None if quotative else _own_preposition(token)
    if prep is not None:
        return verbs[f"{lemma} {prep.lower_}"]
    return verbs.get(lemma)


def _quotative_particles(verb: Token) -> list[Token]:
    """The particles of a verb that speaks a quotation: its own, or an adverb right after it ("shot back")."""
    return [c for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1)]


@lru_cache(maxsize=1)
def _entry_openings() -> frozenset[str]:
    """Every reporting verb entry and each run of its first words ("spell" of "spell out")."""
    verbs = reporting_verbs()
    return frozenset(key[:i] for key in verbs for i in (*(j for j, c in enumerate(key) if c == " "), len(key)))


def _own_preposition(verb: Token) -> Token | None:
    """The preposition a verb takes its content by when the table has the pair ("agreed with Kim", "voted against the
    bill", "decided against running"): the first phrase on the verb after it, its object not a time."""
    prep = next((c for c in verb.rights if c.dep_ == "prep" and not _of_time(c)), None)
    if prep is None or prep.right_edge.i == prep.i or f"{verb.lemma_.lower()} {prep.lower_}" not in reporting_verbs():
        return None
    return prep


def _verb_class(verb: Token, info: ReportingVerb, content: Span) -> str:
    """The class of a verb's attribution: its table class, but a refusal to act or to say ("refused to resign",
    "declined to say whether …") is no statement made."""
    refused = info.kind == "denial" and any(
        c.dep_ == "xcomp" and content[0] <= c.left_edge.idx < content[1] for c in verb.children
    )
    return "refusal" if refused else info.class_


def _holds_speaker(span: Span, speaker: Token, verb: Token) -> bool:
    """Whether content ``span`` takes in the speaker named after the verb."""
    return speaker.i > verb.i and span[0] <= speaker.idx < span[1]


def _within(inner: Attribution, outer: Attribution) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _passive_attribution(verb: Token, info: ReportingVerb) -> Attribution | None:
    """Passive reports: "X is expected to win", "it was announced that …", "accused by Y of …".

    The speaker is the "by" agent when there is one, else unknown (None): the statement is still reported.
    """
    doc = verb.doc
    agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    first = min([c.i for c in verb.children if c.dep_ in ("auxpass", "aux", "neg") and c.i < verb.i] + [verb.i])
    cue = doc[first : verb.i + 1].text
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    infinitive = next((c for c in verb.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None)
    if clause is not None:
        span = _trimmed(doc, clause.left_edge.i, clause.right_edge.i)
    elif infinitive is not None and subject is not None and subject.lower_ not in _RELATIVE:
        span = _trimmed(doc, subject.left_edge.i, infinitive.right_edge.i)  # "Trump is expected to win"
    else:
        # "accused by councillors of hiding …": the parser hangs the complement on the agent.
        heads = [verb, *([agent] if agent is not None else [])]
        # "was criticized for …", not "was roundly criticized on Twitter", "will be announced on Saturday": when or
        # where words were said is no content, in the passive as in the active voice.
        preps = [
            c
            for h in heads
            for c in h.rights
            if c.dep_ == "prep"
            and c.lower_ in _CONTENT_PREPS
            and _content_prep(c, info)
            and _has_object(c)
            and (h is verb or _agent_complement(c))
        ]
        preps = preps if info.takes_object else []
        span = _trimmed(doc, preps[0].left_edge.i, preps[-1].right_edge.i) if preps else None
        named = agent is not None and subject is not None and subject.lower_ not in _RELATIVE
        if span is None and info.takes_object and named and subject is not None:
            # "The issue was first reported by The Post", "calls for a commission were rejected by the council": what
            # the active voice would have as its object, the passive has as its subject.
            span = _trimmed(doc, subject.left_edge.i, subject.right_edge.i)
    if span is None or (subject is not None and subject.lower_ == "it" and clause is None):
        return None
    return Attribution(span[0], span[1], cue, verb, agent, info.kind, info.class_)


def _agent_complement(prep: Token) -> bool:
    """Whether a phrase on the "by" agent is the passive's complement the parser hung there, a gerund or a phrase
    after a name ("accused by councillors of hiding the audit", "accused by Lee of fraud"), not the agent's own
    ("supported by a coalition of leaders", "endorsed by dozens of papers")."""
    return prep.head.pos_ in ("PROPN", "PRON") or any(c.dep_ == "pcomp" for c in prep.children)


# What a statement or stance named by a noun is for, about, of, against, on or over: "her call for talks", "his views on
# trade", "their anger over the vote".
_NOUN_PREPS = frozenset({"for", "about", "of", "against", "on", "over"})


def noun_attributions(doc: Doc) -> list[Attribution]:
    """Statements named by a noun with their owner: "Moscow's denial that it sent troops", "her call for talks",
    "warnings from his lawyer that …", "Trump made the claim that …"."""
    nouns = cue_nouns()
    found: list[Attribution] = []
    for token in doc:
        kind = nouns.get(token.lemma_.lower())
        if kind is None or token.pos_ != "NOUN":
            continue
        said = _said_part(token)
        owner = _statement_owner(token, said[1]) if said is not None else None
        if said is None or owner is None:
            continue
        part, form = said
        first = part.left_edge.i + (1 if form == "prep" else 0)
        span = _trimmed(doc, first, part.right_edge.i)
        if span is not None:
            cue_class = cue_classes().get(token.lemma_.lower(), "speech")
            found.append(Attribution(span[0], span[1], token.text, token, owner, kind, cue_class))
    return found


def _statement_owner(noun: Token, form: str) -> Token | None:
    """Whose statement a noun names, given the form of what it says: its possessive, its by/from phrase or the subject
    of a verb uttering it ("Trump made the claim that …"); for a that-clause, who holds it ("persisted in arguments
    that …")."""
    owner = _possessor(noun) or _noun_source(noun)
    if owner is not None and owner.pos_ == "PRON" and noun.dep_ == "dobj":
        # "The opposition repeated its call for …": the possessive stands for the clause's subject.
        owner = subject_of(noun.head) or owner
    if owner is None and form == "clause":
        owner = _holder(noun)  # "Democrats persisted in arguments that …"
    return owner


def _possessor(noun: Token) -> Token | None:
    """The possessive owner of a noun; a possessive of time says when, and the name before the noun owns it:
    "this week's FBI warnings of …" are the FBI's."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.ent_type_ not in _TIMES:
        return owner
    return next((c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in _SPEAKING_TYPES), None)


def _said_part(noun: Token) -> tuple[Token, str] | None:
    """What a statement noun says, with its form: a that-clause ("the claim that …", or one a copula predicates of
    it: "her view is that …"), a prepositional phrase ("her call for talks") or a to-infinitive ("a promise to act")."""
    that = (c for c in noun.rights if c.dep_ in ("acl", "ccomp") and _that_marked(c))
    clause = next(that, None) or _predicated_clause(noun)
    if clause is not None:
        return clause, "clause"
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS and not _of_time(c)), None)
    if prep is not None:
        return prep, "prep"
    infinitive = _noun_infinitive(noun)
    return (infinitive, "infinitive") if infinitive is not None else None


def _holder(noun: Token) -> Token | None:
    """Who holds a statement or view a noun names with no owner of its own, the subject of the verb the noun is the
    object of or in a phrase of: "Democrats persisted in arguments that …", "they clung to the belief that …"; not
    when the verb disputes or charges ("the video contradicts the claim that …": the claim is another's)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ not in ("dobj", "attr"):  # "the move was a tacit acknowledgment that …"
        return None
    info = reporting_verb(verb)
    if verb.pos_ not in ("VERB", "AUX") or (info is not None and info.kind in ("denial", "accusation")):
        return None
    subject = subject_of(verb)
    return subject if subject is not None and subject.i != noun.i and subject.lower_ != "it" else None


def _noun_infinitive(noun: Token) -> Token | None:
    """The to-infinitive a stance or statement noun holds as what it is about: "his determination to act alone", "a
    promise to cut taxes", "her call to end the war"."""
    infinitives = (c for c in noun.rights if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX"))
    return next((c for c in infinitives if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _predicated_clause(noun: Token) -> Token | None:
    """The that-clause a copula says a statement noun is: "The minister's view is that the treaty is dead", "Her
    argument was that the tax would hurt farmers"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return None
    return next((c for c in verb.rights if c.dep_ in ("ccomp", "attr") and _that_marked(c)), None)


_SOURCE_PREPS = frozenset({"by", "from"})
# Verbs whose subject utters the statement their object names: "made the claim that …", "voiced concern that …".
_UTTERING = frozenset({"make", "issue", "repeat", "voice", "express", "offer", "give", "raise", "deliver", "renew"})


def _noun_source(noun: Token) -> Token | None:
    """Whose statement a noun names when no possessive does: "warnings from his lawyer", "a claim by the party", or
    the subject of a verb that utters it, "Trump made the claim that …"."""
    sources = [p for c in noun.rights if c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS for p in c.children]
    source = next((p for p in sources if p.dep_ == "pobj"), None)
    if source is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _UTTERING:
        return subject_of(noun.head)
    return source


_STANCE_PREPS = frozenset({"about", "of", "over", "with"})
# Kinds of statement noun whose receiver the words are about: "faced criticism", "won praise".
_RECEIVED = frozenset({"accusation", "description"})
# What a judgement received is for: "drew criticism for the remark", "faced ridicule over the clip".
_RECEIVED_PREPS = frozenset({"for", "over", "about"})


def adjective_attributions(doc: Doc) -> list[Attribution]:
    """A stance said of the subject by an adjective: "Republicans were worried that Trump would lose", "she is
    determined to win", "he was critical of the plan": its that-clause, to-infinitive or about/of phrase."""
    adjectives = cue_adjectives()
    found: list[Attribution] = []
    for token in doc:
        kind = adjectives.get(token.lower_)
        if kind is None:
            continue
        made = token.dep_ in ("ccomp", "oprd") and token.head.lemma_.lower() == "make"  # "made (it) clear that …"
        felt = _felt(token)
        if token.dep_ != "acomp" and not made and not felt:
            continue
        holder = token if felt else token.head
        speaker = next((c for c in holder.children if c.dep_ in (*_SUBJECTS, "nsubjpass") and not _is_mark(c)), None)
        if speaker is None or speaker.lower_ == "it":
            continue  # "it is certain that …": no one holds the stance
        clause = next((c for c in token.rights if c.dep_ in ("ccomp", "xcomp")), None) or _clause_beside(token)
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in _STANCE_PREPS), None)
        span = None
        if clause is not None:
            span = _trimmed(doc, clause.left_edge.i, clause.right_edge.i)
        elif prep is not None and prep.i == token.i + 1 and prep.right_edge.i > prep.i:
            span = _trimmed(doc, prep.i + 1, prep.right_edge.i)  # "worried about the economy": the preposition is cue
        if span is not None:
            cue = doc[token.head.i : token.i + 1].text if token.head.i < token.i else token.text
            found.append(Attribution(span[0], span[1], cue, token, speaker, kind, cue_classes()[token.lower_]))
    return found


# What a stance's holder is for or against: "an opponent of the death penalty", "an advocate for reform".
_HELD_PREPS = frozenset({"of", "for", "against"})


def holder_attributions(doc: Doc) -> list[Attribution]:
    """A stance said of someone by a noun naming its holder: "Kaine is a staunch opponent of the death penalty",
    "Schultz, a passionate defender of RT, …": the of/for/against phrase is the content, the one the noun is said of
    (the copula's subject, the name it stands beside) the speaker."""
    nouns = holder_nouns()
    found: list[Attribution] = []
    for token in doc:
        kind = nouns.get(token.lemma_.lower())
        if kind is None or token.pos_ != "NOUN" or token.dep_ not in ("attr", "appos"):
            continue
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in _HELD_PREPS), None)
        if prep is None or prep.right_edge.i == prep.i:
            continue
        holder = token.head if token.dep_ == "appos" else subject_of(token.head)
        span = _trimmed(doc, prep.i + 1, prep.right_edge.i) if holder is not None else None
        if span is not None:
            cue = doc[token.left_edge.i : prep.i + 1].text if token.dep_ == "attr" else doc[token.i : prep.i + 1].text
            found.append(Attribution(span[0], span[1], cue, token, holder, kind, cue_classes()[token.lemma_.lower()]))
    return found


def received_attributions(doc: Doc) -> list[Attribution]:
    """A judgement someone or something suffers or earns, by a verb of receiving: "the clip has faced ridicule", "Lee
    drew criticism for the remark", "the plan won praise from Kim": what the judgement is for or about, or the one
    who receives it, is what the words were about (class topic); the speaker is the "from" phrase, if any."""
    nouns, receiving = cue_nouns(), receiving_verbs()
    found: list[Attribution] = []
    for token in doc:
        if token.pos_ != "NOUN" or token.dep_ != "dobj" or nouns.get(token.lemma_.lower()) not in _RECEIVED:
            continue
        verb = token.head
        if verb.lemma_.lower() not in receiving or verb.pos_ != "VERB":
            continue
        phrases = [c for h in (token, verb) for c in h.rights if c.dep_ == "prep" and c.i > token.i]
        about = next((c for c in phrases if c.lower_ in _RECEIVED_PREPS and c.right_edge.i > c.i), None)
        source = next((p for c in phrases if c.lower_ == "from" for p in c.children if p.dep_ == "pobj"), None)
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if about is not None and any(reporting_verb(t) is not None for t in about.subtree if t.pos_ == "VERB"):
            continue  # "drew criticism for saying that …": the words criticised are the statement
        if about is not None:
            span = _trimmed(doc, about.i + 1, about.right_edge.i)
        elif subject is not None and subject.pos_ != "PRON" and subject.i < verb.i:
            span = _trimmed(doc, subject.left_edge.i, subject.right_edge.i)
        else:
            continue
        if span is not None:
            cue = doc[verb.i : token.i + 1].text
            found.append(Attribution(span[0], span[1], cue, token, source, nouns[token.lemma_.lower()], "topic"))
    return found


def _felt(token: Token) -> bool:
    """A stance adjective the parser read as a passive participle with its subject: "protesters were frustrated that
    …", "they were convinced that …"."""
    return token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children) and any(
        c.dep_ == "nsubjpass" for c in token.children
    )


def _clause_beside(adjective: Token) -> Token | None:
    """The that-clause the parser hung on the verb an adjective completes rather than on the adjective: "she was
    adamant that the plan would fail", "he made it clear that he would run", "they made clear it will veto the bill"."""
    made = adjective.head.lemma_.lower() == "make"
    for c in (*adjective.rights, *(t for t in adjective.head.rights if t.i > adjective.i)):
        if c.dep_ in ("ccomp", "advcl") and _that_marked(c):
            return c
        if made and c.dep_ == "ccomp" and c.head.i == adjective.head.i:
            return c
    return None


def _passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def phrase_attributions(doc: Doc) -> list[Attribution]:
    """Phrases such as "according to X", "in the words of X", "in her words": the rest of the clause is content."""
    phrases = cue_phrases()
    openings = {key.split()[0] for key in phrases}
    found: list[Attribution] = []
    for token in doc:
        if token.lower_ not in openings:
            continue
        found_key = next(((s, k) for s in _phrase_speakers(token) if (k := _phrase_key(token, s, phrases))), None)
        if found_key is None:
            continue
        speaker, key = found_key
        clause = token.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        phrase_first, phrase_last = token.left_edge.i, token.right_edge.i
        first, last = clause.left_edge.i, clause.right_edge.i
        if first >= phrase_first and last <= phrase_last:
            # The parser hung the whole sentence on the phrase ("According to X, the move reeks of fear" with "reeks"
            # read as a noun beside X): when the phrase opens the sentence, what follows its comma is the content.
            opened = _misparsed_opening(token, speaker)
            if opened is None:
                continue
            phrase_last, first, last = opened
        while last > phrase_last and (doc[last].is_punct or doc[last].is_space):
            last -= 1  # "…, according to Seoul." ends the clause but for its full stop
        sent = sentence_of_token(token)
        if all(t.is_punct or t.is_space for t in doc[phrase_last + 1 : sent.end]) and phrase_first > sent.start:
            first, last = sent.start, phrase_first - 1  # sentence-final: the whole sentence, however it was parsed
        if phrase_first <= first:
            first = phrase_last + 1
        if phrase_last >= last:
            last = phrase_first - 1
        span = _trimmed(doc, first, last)
        if span is None:
            continue
        possessive = speaker.dep_ == "poss"
        cue = doc[phrase_first : phrase_last + 1 if possessive else speaker.left_edge.i].text
        kind = phrases.get(key, "speech")
        cue_class = cue_classes().get(key, "speech")
        source = _issuer(speaker)
        found.append(Attribution(span[0], span[1], cue.strip() or token.text, token, source, kind, cue_class))
    return found


def _misparsed_opening(token: Token, speaker: Token) -> tuple[int, int, int] | None:
    """For a cue phrase that opens its sentence and holds the whole of it in the parse, the phrase's last token and
    the first and last of what follows its comma; None when the phrase does not open the sentence or no comma
    closes it."""
    doc = token.doc
    sent = sentence_of_token(token)
    if token.left_edge.i != sent.start:
        return None
    comma = next((t for t in doc[speaker.i + 1 : sent.end] if t.text == ","), None)
    if comma is None:
        return None
    return comma.i - 1, comma.i + 1, sent.end - 1


def _issuer(noun: Token) -> Token:
    """Who a speech or text was given by when a clause on it says so: "Clinton" in "according to a speech Clinton
    delivered at the university"; the noun itself otherwise."""
    if noun.lemma_.lower() not in media_nouns():
        return noun
    clause = next((c for c in noun.children if c.dep_ == "relcl"), None)
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None) if clause is not None else None
    return subject if subject is not None and subject.lower_ not in _RELATIVE and subject.pos_ != "PRON" else noun


# Words a cue phrase goes without: "in the view of", "by his own admission" are "in view of", "by admission".
_PHRASE_FILLERS = frozenset({"the", "a", "an", "own"})


def _phrase_key(token: Token, speaker: Token, phrases: dict[str, str]) -> str | None:
    """The cue phrase around ``speaker``: the words before it ("according to"), or around a possessive ("in words")."""
    inside = {t.i for t in speaker.subtree}
    around = [t.lower_ for t in token.subtree if t.i not in inside]
    before = [t.lower_ for t in token.doc[token.i : speaker.left_edge.i]]
    for words in (before, around):
        for key in (" ".join(w for w in words if w not in _PHRASE_FILLERS), " ".join(words)):
            if key in phrases and (key != "in" or speaker.lemma_.lower() in _SURVEYS):
                return key
    return None


def _phrase_speakers(token: Token) -> list[Token]:
    """Candidate actors inside an attributing phrase, outermost first: objects down the chain, or a possessive."""
    found: list[Token] = []
    current = token
    for _ in range(4):
        objects = [c for c in current.children if c.dep_ in ("pobj", "prep", "agent")]
        if not objects:
            break
        nxt = objects[-1]
        if nxt.dep_ == "pobj":
            owner = next((c for c in nxt.children if c.dep_ == "poss"), None)
            if owner is not None:
                found.append(owner)
            elif current is not token or token.lower_ != "in" or nxt.lemma_.lower() in _SURVEYS:
                found.append(nxt)
            deeper = [c for c in nxt.children if c.dep_ == "prep"]
            if not deeper:
                break
            current = deeper[-1]
            continue
        current = nxt
    return found
