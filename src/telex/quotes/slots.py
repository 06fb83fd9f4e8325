"""What a reporting verb's slots other than its clause report: content after a colon, an object or a content
preposition ("accused X of …", "described X as …"), a topic ("complained about …"), a question it was about
("argued over whether …"), a name ("referred to X as …"), or the host clause of an "as" report ("As experts have
pointed out, …").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from telex.nlp.cached import text_of
from telex.nlp.sentences import sentence_of_token
from telex.quotes.cues import idiom_object, reporting_verb
from telex.quotes.grammar import (
    ADDRESSING,
    ASKED_PREPS,
    ASKING,
    QUESTIONING,
    TIMES,
    UTTERING,
    for_infinitive,
    misread_infinitive,
    of_time,
    that_marked,
)
from telex.quotes.lexicon import (
    ReportingVerb,
    answering_verbs,
    cue_nouns,
    media_nouns,
    receiving_verbs,
    reporting_verbs,
    speaking_occasions,
    talk_nouns,
)
from telex.quotes.subjects import can_speak
from telex.quotes.trim import (
    OPENING_MARKS,
    after_link,
    continued_phrase,
    gerund_predicate,
    inverted_condition,
    trimmed,
)
from telex.records import Span

# Prepositions whose phrase can be content of an object-taking verb ("accused X of Y", "described X as Y").
CONTENT_PREPS = frozenset({"of", "as", "for", "about", "against", "over", "that", "on"})
# What a comparison sets its object beside is content too: "likened the tax to theft", "equated it with treason".
_COMPARED_PREPS = frozenset({"to", "with"})
_SLOT_DEPS = ("dobj", "xcomp", "oprd", "ccomp", "prep", "dative")
# What a statement was about, after a verb whose object names it: "complained about the referee", "commented on it".
TOPIC_PREPS = frozenset({"about", "of", "over", "on"})
_QUOTATION_MARKS = frozenset({"“", "«", "„", '"'})  # not an apostrophe, as in "the '90s"
# Kinds of verb whose object is what they judge, so content even as one word: "endorsed Trump", "denied wrongdoing".
JUDGEMENTS = frozenset({"accusation", "denial", "description"})
# Kinds of verb whose pronoun object is what is judged or held, not whom the words were for: "defended it",
# "criticized him", "despised them", "believed it".
_HELD = frozenset({*JUDGEMENTS, "belief"})


def colon_content(verb: Token) -> Span | None:
    """Content after "X said:" up to the end of the sentence, or the next sentence when the colon ends one; when it
    ends its paragraph, the paragraph after it, unless a quotation opens that (the quotation's own cue)."""
    doc = verb.doc
    sent = sentence_of_token(verb)
    for j in range(verb.i + 1, min(sent.end, verb.i + 8)):
        token = doc[j]
        if token.text == ":":
            block = block_after(doc, token.idx + 1) if _ends_paragraph(token) and _introduces_block(verb, j) else None
            if block is not None:
                return block
            if j + 1 < sent.end:
                return trimmed(doc, j + 1, sent.end - 1)
            if j + 1 < len(doc):
                nxt = sentence_of_token(doc[j + 1])
                return trimmed(doc, nxt.start, nxt.end - 1)
            return None
        if (token.dep_ in ("ccomp", "dobj") and not idiom_object(token)) or token.is_sent_start:
            return None  # "She put it bluntly: …" goes on to the colon
    return None


# What opens a paragraph that is no one's plain words: a quotation (attributed as one) or the markup of an embed.
_NOT_BLOCK = frozenset({*OPENING_MARKS, "<", "‘"})
# Where a paragraph of words ends: a line break, or markup (masked as a run of spaces) closing an embed ("…</tweet>").
_BLOCK_END = re.compile(r"\n| {3,}|<")
# What may stand between a verb and the colon that hands on to the next paragraph: "Cruz shot back:", "he wrote then:".
_BLOCK_LEAD_INS = frozenset({"prt", "advmod", "npadvmod"})


def _ends_paragraph(token: Token) -> bool:
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return "\n" in token.whitespace_ or (after is not None and after.is_space and "\n" in after.text)


def _introduces_block(verb: Token, colon: int) -> bool:
    """Whether a report that ends its paragraph with a colon hands on to the next paragraph as the words it gives: a
    verb of saying heading its sentence, nothing but a particle or an adverb after it ("Limbaugh added:", "Hewitt
    writes:"). A belief or a finding ("here's what we've learned:") and a verb with its own object or topic ("spoke
    out against Trump:", before an embed the text has lost) hand on to the writer's list or account, not words."""
    info = reporting_verb(verb)
    return (
        info is not None
        and info.kind == "speech"
        and info.class_ == "speech"
        and verb.dep_ == "ROOT"
        and all(t.dep_ in _BLOCK_LEAD_INS for t in verb.doc[verb.i + 1 : colon])
    )


def block_after(doc: Doc, start: int) -> Span | None:
    """The paragraph after a report that ends its own with a colon ("Limbaugh added:" and a paragraph of his words set
    off with no quote marks): the speaker's words as given, every sentence of it, nothing trimmed, up to any markup;
    None when a quotation or markup opens it."""
    text = text_of(doc)
    first = len(text) - len(text[start:].lstrip())
    if first >= len(text) or text[first] in _NOT_BLOCK:
        return None
    stop = _BLOCK_END.search(text, first)
    end = stop.start() if stop is not None else len(text)
    end = first + len(text[first:end].rstrip())
    return (first, end) if end > first else None


def object_content(verb: Token, info: ReportingVerb) -> Span | None:
    slots: list[Token] = []
    idiom: Token | None = None
    for child in verb.rights:
        if child in slots:
            continue  # the phrase a light-verb idiom reports, on the verb after the idiom's noun
        if child.dep_ == "dobj" and idiom_object(child):
            idiom = idiom_said(verb, child) if info.takes_object else None
            slots.extend([idiom] if idiom is not None else [])
            continue
        if child.dep_ == "npadvmod":
            # "accused Yerevan last week of firing": the parser hangs the complement on the time phrase.
            slots.extend(c for c in child.children if c.dep_ == "prep" and c.lower_ in CONTENT_PREPS)
            continue
        if (child.dep_ == "prep" and not content_prep(child, info)) or _quantity(child):
            continue
        if _asked_for(verb, child, info):
            slots.append(child)  # "called for the party to name a successor": who is to act, and what
            continue
        if child.dep_ == "advcl" and info.infinitive and misread_infinitive(child):
            slots.append(child)  # "vow to boycott …" hung as a clause of purpose
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
    if info.framed and all(s.dep_ == "dobj" and not _states_something(s) and not _held_as(s) for s in slots):
        return None  # "welcomed the announcement": what they judged, not what they said
    first = min(s.left_edge.i for s in slots)
    beside = slots[0] is idiom or (slots[0].dep_ == "prep" and next_to_verb(verb, slots[0]))
    if beside and slots[0].pos_ == "ADP" and len(list(slots[0].children)) > 0:
        first = slots[0].i + 1  # "warned of a battle", "took issue with the plan": the preposition joins the cue
    if for_infinitive(slots[0]) is not None:
        first = slots[0].left_edge.i + 1  # "pressed for Congress to offset the costs": the "for" joins the cue
    uttered = _uttered_topic(slots[0]) if len(slots) == 1 else None
    if uttered is not None:
        first = uttered.i + 1  # "expressed concern about the policy": the noun and its preposition join the cue
    last = inverted_condition(verb, _with_adjuncts(verb, max(s.right_edge.i for s in slots)))
    return trimmed(verb.doc, first, continued_phrase(verb, gerund_predicate(verb, last)))


def quoted_label(verb: Token) -> tuple[int, int] | None:
    """The first and last token of the quoted words ``verb`` gives its object as a label: "called it a “Chinese
    menu”", "called him “the grownup on the stage” amidst the food fight", "called it “meritless” and “improper”" (the
    label; "it", "him" say whom or what the words were about, as the addressee of "called him" does), however the
    parser hung the label: an object predicate, an apposition of the object or a second object ("calls Horgos “a
    mistake”"), a predicate or object that took the object in ("called the TPP pact “insanity”": from its opening
    mark), or an "as" phrase after the object ("described the ground as ''Swiss cheese''", "referred to him as “the
    most beautiful soul …”").
    None when the label quotes nothing ("judged him ready") or there is no object it was said of."""
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    predicates = [c for c in verb.rights if c.dep_ == "oprd"]
    label: Token | None = None
    if len(predicates) == 1 and len(objects) <= 1 and all(o.i < predicates[0].i for o in objects):
        label = predicates[0]
    elif len(objects) == 1 and not predicates:
        obj = objects[0]
        label = _quoted_apposition(obj) or _as_label(verb, obj) or obj
    elif len(objects) == 2 and not predicates:
        label = objects[1]  # "calls Horgos “a mistake”" parsed as two objects
    elif not objects and not predicates:
        label = _as_label(verb, None)
    if label is None:
        return None
    # "called it “critical” that she speak", "a “no-brainer” to prosecute": the label says what of the clause after it.
    clauses = ("ccomp", "xcomp", "acl", "relcl", "advcl")
    if any(o.lower_ == "it" for o in objects) and any(
        c.dep_ in clauses and c.i > label.i for c in (*verb.rights, *label.rights)
    ):
        return None
    first, last = label.left_edge.i, label.right_edge.i
    if label.dep_ in ("oprd", "dobj") and all(o is label for o in objects):
        # No object of its own: the parser took the object into the label ("the TPP pact “insanity”"), which then
        # starts at its mark; else there is nothing it was said of.
        opening = _object_taken_in(label)
        own = label.dep_ == "dobj" and not (verb.lemma_.lower() in _NAMING and _quoted_head(label, opening or 0))
        if opening is None or own:
            return None
        first = opening
    doc = verb.doc
    quoted = any(t.is_quote and t.tag_ != "POS" for t in doc[max(first - 1, 0) : last + 2])
    return (first, last) if quoted else None


# Verbs that name their object, whose quoted object the parser may have grown from the object named ("called the pact
# “insanity”"); after any other verb such an object is what was judged ("criticized the film “Frozen”").
_NAMING = frozenset({"call", "dub", "label", "brand", "term", "name", "nickname"})
# The prepositions of a verb whose object is what an "as" phrase names: "referred to him as …", "spoke of it as …".
_NAMED_PREPS = frozenset({"to", "of"})


def _as_label(verb: Token, obj: Token | None) -> Token | None:
    """The words of an "as" phrase that names what the object of ``verb`` was called, on the verb after the object or
    on the object itself ("described the ground as ''Swiss cheese''", "dismissed the kerfuffle as “absurd”"), or after
    the object of a preposition ("referred to him as “…”")."""
    if obj is None:
        after = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in _NAMED_PREPS and has_object(c)), None)
        if after is None:
            return None
        obj = next((c for c in after.children if c.dep_ == "pobj"), None)
        if obj is None:
            return None
    phrases = [c for c in (*verb.rights, *obj.rights) if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i]
    # What the object is taken for ("as a “work in progress”", "as “Swiss cheese”"), not a capacity ("as part of the
    # “Gang of Eight”").
    named = [n for p in phrases[:1] if _judged_as(p) or p.doc[p.i + 1].is_quote for n in p.children if n.dep_ == "pobj"]
    return named[0] if named else None


def _quoted_apposition(obj: Token) -> Token | None:
    """The apposition the parser made of a label after an object that quotes nothing itself: "calls Horgos “a
    mistake”", not the next item of a quoted list ("citing her “long experience,” “firm grasp …”")."""
    doc = obj.doc
    apposition = next((c for c in obj.rights if c.dep_ == "appos"), None)
    if apposition is None or any(t.is_quote and t.tag_ != "POS" for t in doc[obj.left_edge.i : obj.i + 1]):
        return None
    return apposition


def _object_taken_in(label: Token) -> int | None:
    """The index of the opening mark of a label whose phrase the parser grew from the object before it: "the 12-nation
    TPP pact “insanity”" (a noun before the mark), not "a “Chinese menu”" (a determiner or a modifier only)."""
    doc = label.doc
    words = doc[label.left_edge.i : label.i]
    opening = next((t.i for t in words if t.is_quote and t.tag_ == "``"), None)
    if opening is None or opening == label.left_edge.i:
        return None
    before = doc[label.left_edge.i : opening]
    return opening if any(t.pos_ in ("NOUN", "PROPN") for t in before) else None


def _quoted_head(noun: Token, opening: int) -> bool:
    """Whether an object noun with an opening mark inside its phrase is the label its quotation gives, not an object
    whose own words are quoted: no possessive before the mark ("questioned Trump's “New York values”": the values are
    Trump's, said of no one) and the noun inside the marks ("discussing Trump's “woman's card” remark")."""
    doc = noun.doc
    if any(t.dep_ == "poss" or t.tag_ == "POS" for t in doc[noun.left_edge.i : opening]):
        return False
    return not any(t.is_quote and t.tag_ != "POS" for t in doc[opening + 1 : noun.i + 1])


# How the parser hangs the phrase a light-verb idiom reports: "took issue with", "paid tribute to" (a dative).
_IDIOM_PHRASES = frozenset({"prep", "dative"})
# The prepositions of what a light-verb idiom reports ("took issue with", "cast doubt on", "made the case for"); not
# where or when ("paid tribute before his death", "in a speech").
_IDIOM_PREPS = frozenset(
    {"with", "to", "at", "of", "on", "for", "against", "about", "over", "behind", "toward", "into"}
)
# Idiom nouns whose to-phrase names whom the words were for: "made their case to voters", "made the case to leaders
# that …".
_ADDRESSED_IDIOMS = frozenset({"case"})


def idiom_said(verb: Token, noun: Token) -> Token | None:
    """What a light-verb idiom (a verb and its object noun as one table entry: "take issue", "make case", "shed
    light") reports: the first phrase or that-clause after the noun, on the noun or on the verb ("took issue with the
    ruling", "made the case for Clinton", "made no secret of his disdain", "shed light Monday on how …")."""
    after = sorted((c for c in (*noun.rights, *verb.rights) if c.i > noun.i), key=lambda c: c.i)
    phrases = (c for c in after if c.dep_ in _IDIOM_PHRASES and _idiom_preposition(c, noun))
    clauses = (c for c in after if c.dep_ in ("acl", "ccomp") and that_marked(c))
    return min((*phrases, *clauses), key=lambda c: c.i, default=None)


def _idiom_preposition(prep: Token, noun: Token) -> bool:
    """Whether ``prep`` opens what a light-verb idiom with ``noun`` reports: a preposition of content with its object,
    not a time, an occasion ("paid tribute on social media") nor, after "case", the one addressed."""
    addressed = prep.lower_ == "to" and noun.lemma_.lower() in _ADDRESSED_IDIOMS
    content = prep.pos_ == "ADP" and prep.lower_ in _IDIOM_PREPS and has_object(prep) and not addressed
    return content and not (of_time(prep) or _said_on(prep))


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
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.head.lemma_.lower() not in UTTERING:
        return None
    prep = next((c for c in noun.rights if c.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in _UTTERED_PREPS or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    return prep


def next_to_verb(verb: Token, prep: Token) -> bool:
    """Whether only the verb's particle or a phrase of its that is no content stands between it and ``prep``:
    "spoke out about the death", "talked with police leaders about ways to …"."""
    if prep.i == verb.i + 1:
        return True
    # "apologized to her for the incident": only what the words were about follows the cue past its addressee.
    # "spoke emotionally of …", "weighed in Friday about …", "spoke during his speech of …": nor past how or when.
    between = {t.i for c in verb.rights if c.i < prep.i and _beside_cue(c) for t in c.subtree}
    return prep.lower_ in TOPIC_PREPS and all(i in between for i in range(verb.i + 1, prep.i))


# Kinds of report whose "for" and an infinitive with its own subject say who is to do what: a request ("called for
# Trump to drop out"), a campaign ("pushed for Congress to act"), a plea ("asked for people to chip in").
_ASKING_FOR = frozenset({"request", "description", "speech"})


def _asked_for(verb: Token, clause: Token, info: ReportingVerb) -> bool:
    """Whether a clause on a request or a campaign is what was asked for: a "for" with the one to act and an infinitive
    ("called for the party to name a successor", "called Wednesday for Ginsburg to resign", "pushed for Mr. Trump to
    own the issue"), with only how or when it was said between the verb and the "for" (not "offered a path for
    conservatives to raise issues", a purpose of the object)."""
    mark = for_infinitive(clause)
    if mark is None or clause.head.i != verb.i or info.kind not in _ASKING_FOR:
        return False
    between = {t.i for c in verb.rights if c.i < mark.i and _beside_cue(c) for t in c.subtree}
    return all(i in between for i in range(verb.i + 1, mark.i))


def _beside_cue(child: Token) -> bool:
    """Whether a phrase on the verb says to whom, how or when the words were said, not what: a particle, a preposition,
    an adverb ("emotionally"), a time ("Friday")."""
    if child.dep_ in ("prt", "prep") or _quantity(child):
        return True
    return (child.dep_ == "advmod" and child.pos_ == "ADV") or (child.dep_ == "npadvmod" and child.ent_type_ in TIMES)


# Prepositions that set the occasion of a statement: "at a rally", "during the debate", "before the committee".
_OCCASION_PREPS = frozenset({"at", "during", "before"})


def _occasion(prep: Token) -> bool:
    """Whether a preposition on the verb says when, how, where in what text, or to whom something was said rather
    than what: "at a rally", "in July", "in a statement", "to me", or a report of its own, "by arguing …"."""
    return prep.lower_ in _OCCASION_PREPS or any(
        (c.dep_ == "pcomp" and c.lemma_.lower() in reporting_verbs())
        or (c.dep_ == "pobj" and (c.ent_type_ in TIMES or c.pos_ == "PRON" or c.lemma_.lower() in media_nouns()))
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


def topic_content(verb: Token, info: ReportingVerb) -> tuple[Span, str] | None:
    """What words were about, for a verb whose object names it ("noted the delay", "bemoaned the unrest",
    "complained about the referee"): its object and an about/of/on phrase right after it, not a pronoun nor a
    statement noun with its own content ("repeated its call for …"), and not for words left unsaid ("declined to
    comment on …"), with the class ``topic``; an object that quotes words ("said things such as “…”") keeps the
    verb's class, as does the object of a verb of knowing or feeling ("recognized the danger")."""
    if _refused(verb) or shows(verb):
        return None  # "declined to comment on the report": words not spoken
    slots = [
        c
        for c in verb.rights
        if (c.dep_ == "dobj" and c.pos_ != "PRON" and not _named_statement(c) and not _quantity(c))
        or (_topic_phrase(c) and next_to_verb(verb, c))
    ]
    if not slots:
        return None
    first = min(s.left_edge.i + (1 if s.dep_ == "prep" else 0) for s in slots)
    last = gerund_predicate(verb, max(s.right_edge.i for s in slots))
    span = trimmed(verb.doc, first, continued_phrase(verb, last))
    stated = any(t.text in _QUOTATION_MARKS for s in slots if s.dep_ == "dobj" for t in s.subtree)
    return (span, "topic" if info.class_ == "speech" and not stated else info.class_) if span is not None else None


# Words of amount that stand as a verb's object before what the words were about: "said little about", "talked a lot
# about", "didn't say anything about": how much was said, not what.
_QUANTITIES = frozenset(
    {"much", "little", "nothing", "anything", "something", "everything", "lot", "more", "less", "plenty"}
)


# Amounts a thing "says" or "speaks" in the idiom of showing: "it says a lot about her", "speaks volumes about".
_TELLING_AMOUNTS = frozenset({"lot", "much", "volumes"})
# Subjects that stand for a fact or a thing said before, not for a speaker: "and that says a lot".
_THING_PRONOUNS = frozenset({"it", "this", "that"})


def shows(verb: Token) -> bool:
    """Whether a verb of saying is the idiom of showing, whose subject is a thing ("It says a lot about her
    campaign", "that says a lot", "His silence says much about the party", "that fact speaks volumes about …"): no one
    says anything. A speaker saying much ("Trump said a lot about trade") stays a report."""
    if not any(c.dep_ in ("dobj", "npadvmod") and c.lower_ in _TELLING_AMOUNTS for c in verb.rights):
        return False
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.lower_ in _THING_PRONOUNS or (subject.pos_ == "NOUN" and not can_speak(subject))


def _about(child: Token) -> bool:
    """Whether ``child`` is an "about" phrase naming a topic: not a time ("something we thought about every day")."""
    topic = _topic_phrase(child) or _elided_question(child)  # "said little about how": "little" is still an amount
    return child.dep_ == "prep" and child.lower_ == "about" and has_object(child) and topic


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


def named_as(verb: Token, info: ReportingVerb) -> tuple[Span, str] | None:
    """What a verb whose bare object is no content names something as: the object of a preposition on the verb, then
    an "as" phrase ("referred to demonstrators as ''my friends''", "spoke of him as a friend"): the pair says what was
    said or held of it, in the verb's class, as "described X as Y" does. After a bare object "as" says how or in what
    capacity ("said it as a joke"), so only a preposition's object is named so."""
    as_phrase = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and has_object(c)), None)
    if as_phrase is None or of_time(as_phrase) or _refused(verb):
        return None
    named = next((c for c in verb.rights if c.i < as_phrase.i and c.dep_ in ("prep", "dobj")), None)
    if named is None or named.dep_ != "prep" or not has_object(named) or _occasion(named) or _said_on(named):
        return None
    span = trimmed(verb.doc, named.i + 1, as_phrase.right_edge.i)
    return (span, info.class_) if span is not None else None


def _refused(verb: Token) -> bool:
    """Whether a verb of saying is what its subject declined to do ("declined to comment on the report")."""
    refused = reporting_verbs().get(verb.head.lemma_.lower())
    return verb.dep_ == "xcomp" and refused is not None and refused.kind == "denial"


def about_content(verb: Token, info: ReportingVerb) -> tuple[Span, str] | None:
    """What words or thoughts were about, after an "about" phrase on a verb of the table with no other content, past
    whatever stands between the verb and it ("wrote about the war", "told reporters about the plan", "isn't saying
    much about the debate", "writing songs about him", "know all about it"): "about" names nothing but the topic, so
    the phrase is content wherever the parser hung it on the verb; class ``topic`` for speech, as for the topic verbs,
    unless the phrase quotes words ("wrote to her about a visit ‘at the invitation of …’"), and the verb's own class
    for a belief or knowledge."""
    hosts = [verb, *(c for c in verb.rights if _quantity(c))]  # "said little about …": the parser's object
    prep = next((c for h in hosts for c in h.rights if _about(c)), None)
    if prep is None or _refused(verb) or shows(verb) or any(c.dep_ in ("ccomp", "xcomp") and c.i < prep.i
                                                            for c in verb.rights):
        return None
    if _elided_question(prep):
        return None  # "said little about how": the topic is a question left unsaid
    span = trimmed(verb.doc, prep.i + 1, prep.right_edge.i)
    stated = any(t.text in _QUOTATION_MARKS or t.text == "''" for t in verb.doc[prep.i : verb.right_edge.i + 1])
    return (span, "topic" if info.class_ == "speech" and not stated else info.class_) if span is not None else None


# Verbs of the table that keep something on as well as say it ("maintained that …", "he continued: …"): their bare
# object is what they keep up ("maintain her support", "continued his attacks"), not a statement passed on.
_KEEPING = frozenset({"maintain", "continue"})


def statement_named(verb: Token, info: ReportingVerb) -> tuple[Span, str] | None:
    """A statement or stance noun as the bare object of a verb of saying with no other content ("has publicly
    signaled willingness to change the law", "is propounding views that pose a threat", "echo her concerns", "posted
    a message on Twitter"): the verb passes on the statement the noun names, the noun phrase whole. Only a verb of
    saying (class speech): one of perceiving, finding or holding takes in a thing seen or kept ("hears testimony",
    "read his decision", "accepting the invitation"), and a verb of keeping on keeps what it names ("maintain her
    support", "continued their attacks"). Not after a verb that utters the noun ("made the claim that …", where the
    noun is the cue), nor a request's or a promise's object (to whom, or what was asked for), nor words left unsaid
    ("declined to comment on …"); a light-verb idiom's noun is its cue ("took aim"); a question answered, a judgement
    received or the object a verb of judging judged names what they were about ("answering questions about …",
    "welcomed the comments", read by their own rules)."""
    lemma = verb.lemma_.lower()
    if info.class_ != "speech" or lemma in _KEEPING or lemma in UTTERING:
        return None
    if lemma in answering_verbs() or lemma in receiving_verbs() or info.kind in ADDRESSING or _refused(verb):
        return None
    if info.framed and info.kind in JUDGEMENTS:
        return None  # "welcomed comments such as …": what a verb of judging judged, read by the topic rule
    noun = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in cue_nouns() or idiom_object(noun):
        return None
    if noun.lemma_.lower() in talk_nouns():
        return None  # "echoes a controversy", "rejoins the debate": a talk is no statement passed on
    span = trimmed(verb.doc, noun.left_edge.i, noun.right_edge.i)
    return (span, info.class_) if span is not None else None


# Demonstratives that stand for words said before: "That's what the campaign hopes", "This is what he said".
_SAID_BEFORE = frozenset({"that", "this", "those", "these"})


def what_said(verb: Token) -> Span | None:
    """The "what" a report opens its clause with when a demonstrative is that clause: "That's what the campaign now
    hopes", "That was what Wahl said when she resigned". The words were given before; "what" stands for them here
    and is the content, as PolNeAR marks it. Not "What he said was …" nor "said what he wanted", whose clause or
    object says what was said."""
    copula = verb.head
    what = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i), None)
    if what is None or verb.dep_ != "ccomp" or copula.lemma_.lower() != "be" or copula.i > what.i:
        return None
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _SAID_BEFORE or any(subject.children):
        return None
    return trimmed(verb.doc, what.i, what.i)


def asked_about(verb: Token) -> Span | None:
    """What a question put to someone was about, the about/on/over phrase right after the one asked: "asked him about
    the plan", "pressed Trump on his taxes", "questioned the spokesman about the shooting". The one asked is whom the
    words were for, no content, wherever the parser hung the phrase (on the verb or on the name); a question or request
    the verb reports by a clause of its own ("asked him whether …", "pressed her to …") is read as such."""
    if verb.lemma_.lower() not in QUESTIONING or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    asked = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if asked is None or not _one_asked(asked):
        return None
    after = asked.right_edge.i + 1
    prep = next((c for c in (*verb.rights, *asked.rights) if c.dep_ == "prep" and c.i > asked.i), None)
    if prep is not None and prep.head.i == asked.i:
        after = max([asked.i, *(t.i for c in asked.rights if c.i < prep.i for t in c.subtree)]) + 1
    if prep is None or prep.i != after or prep.lower_ not in ASKED_PREPS or not _topic_phrase(prep):
        return None
    if not has_object(prep):
        return None
    return trimmed(verb.doc, prep.i + 1, prep.right_edge.i)


def _one_asked(noun: Token) -> bool:
    """Whether a verb's object is one a question is put to: a personal pronoun, a name, or a noun for one who can
    speak ("the spokesman", "reporters"), holding no clause or quotation of its own."""
    person = (noun.tag_ == "PRP" and noun.lower_ != "it") or noun.pos_ == "PROPN" or can_speak(noun)
    return person and not _states_something(noun)


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


def content_prep(prep: Token, info: ReportingVerb) -> bool:
    """Whether a preposition after the verb opens content: "accused X of …", "likened X to …" (but not the bare
    "compared with" of "pays $900, compared with $2,700 for …", where nothing is compared by anyone)."""
    if of_time(prep):
        return False  # "spoke for five minutes", "attacked the town for two days": how long, not what
    phrasal = info.lemma == f"{prep.head.lemma_.lower()} {prep.lower_}"
    if _said_on(prep) and not phrasal:
        return False  # "spoke on the phone", "spoke on condition of anonymity": how, not what
    if prep.lower_ in CONTENT_PREPS or phrasal:
        return True  # "accused X of …", "agreed with Kim" (a verb the table has with its preposition)
    compared = any(c.dep_ == "dobj" for c in prep.head.children)
    return info.kind == "comparison" and prep.lower_ in _COMPARED_PREPS and compared


def has_object(prep: Token) -> bool:
    """Whether a preposition has its object: not one stranded at the end of its clause ("the journalist had not been
    called on", "the assaults her husband is accused of"), whose object stands elsewhere or nowhere."""
    return any(not c.is_punct for c in prep.children)


def _addressee(slot: Token, info: ReportingVerb) -> bool:
    """Whether a one-word object is whom the words were for ("called him", "urged Kim", "asked Lee"), not what was
    said; a name is what a statement or a view is about when the verb takes no addressee ("mentioned Machado",
    "admires Putin"), and the bare object of a judgement is what was judged ("endorsed Trump", "denied wrongdoing",
    "attacked Machado"), a personal pronoun too ("defended it", "criticized him", "despised them")."""
    if slot.dep_ != "dobj":
        return False
    if len(list(slot.subtree)) >= 2:
        # "“Did you know it was Mussolini?” Todd asked the real estate mogul": the one asked, however many words.
        # Not one holding a clause: "asked Florida agencies that dealt with the shooting to stonewall …" (the request
        # the parser hung inside the phrase).
        return info.lemma in ASKING and (slot.pos_ == "PROPN" or can_speak(slot)) and not _states_something(slot)
    if info.kind in ADDRESSING or info.lemma in ASKING:
        return True
    return slot.pos_ == "PRON" and not (info.kind in _HELD and slot.tag_ == "PRP")


def _held_as(noun: Token) -> bool:
    """Whether an object holds the "as" phrase that says what it is judged to be, which the parser hung on the noun
    rather than on the verb: "saw the comment as a dig at the military", "see immigrants as a burden", "portrayed
    immigrants as criminals"; not an example ("deals such as NAFTA") nor an office held ("praised his record as
    president", "championed the deal as secretary of state": a bare singular noun names a capacity)."""
    doc = noun.doc
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and doc[c.i - 1].lower_ != "such" and _judged_as(c) for c in noun.rights
    )


def _judged_as(as_phrase: Token) -> bool:
    """Whether an "as" phrase names what something is taken for ("as a dig", "as criminals"), not an office or a
    capacity, which English names by a bare singular noun ("as president", "as secretary of state")."""
    named = next((c for c in as_phrase.children if c.dep_ == "pobj"), None)
    if named is None:
        return False
    bare = not any(c.dep_ in ("det", "poss") for c in named.children)
    return not (bare and named.tag_ in ("NN", "NNP"))


def _states_something(phrase: Token) -> bool:
    """Whether a noun phrase holds a clause or a quotation, i.e. says something rather than names a thing."""
    return any(t.pos_ in ("VERB", "AUX") or t.text in '“”"„«»' for t in phrase.subtree)


# Words that open an indirect question; "when" and "where" also open a clause of time or place ("said when he
# arrived that …"), so they ask only after a report denied: "has not said when the vote will be held".
QUESTION_WORDS = frozenset({"why", "how", "whether", "what", "who", "whom", "which"})


def question_about(verb: Token) -> Span | None:
    """A question the words were about, after a preposition on the verb: "argued over whether the group belongs on the
    list", "disagreed on how to respond": the wh-clause is what was said, whatever the verb takes as an object."""
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS and next_to_verb(verb, c)):
        clause = next((c for c in prep.children if c.dep_ == "pcomp"), None)
        if clause is not None and clause.left_edge.lower_ in QUESTION_WORDS and clause.left_edge.i == prep.i + 1:
            # "said little about how": a bare question word leaves its question unsaid
            return trimmed(verb.doc, clause.left_edge.i, clause.right_edge.i) if not _elided_question(prep) else None
    return None


# The words after "as" that make a likeness of the clause, not a report of it: "as if", "as though".
_LIKENESS = frozenset({"if", "though"})
# Verbs of the table that name a sound of the voice (Levin's manners of speaking): in an "as" clause they say what was
# heard meanwhile ("Rubio said …, as the crowd roared"; "as the audience cheered and howled"), not how the host clause
# was reported, as "as one adviser noted" does.
_VOICE = frozenset(
    {
        "bellow", "bray", "cackle", "chant", "croak", "cry", "gasp", "groan", "growl", "grunt", "hiss", "holler",
        "hoot", "howl", "mumble", "murmur", "mutter", "purr", "rasp", "roar", "scream", "screech", "shout", "shriek",
        "sigh", "snarl", "snort", "sob", "splutter", "sputter", "stammer", "stutter", "thunder", "wail", "wheeze",
        "whimper", "whisper", "whoop", "yell", "yelp",
    }
)


def as_content(verb: Token, info: ReportingVerb) -> Span | None:
    """The clause an "as" report comments on: "As experts have pointed out, Trump is free to …", "Hawaii, as one
    adviser noted, rarely gets …", "… , as Reuters reported": the host clause without the report. A report with its
    own topic or request says when, not what: "As Clinton talked about bringing communities together, Trump …", and so
    does a sound of the voice ("…, as the crowd roared"); "as if" and "as though" say how, by a likeness ("paused, as
    if arguing with himself"), and report nothing."""
    host = verb.head
    if (
        verb.dep_ != "advcl"
        or info.class_ == "topic"
        or verb.lemma_.lower() in _VOICE
        or not any(m.dep_ == "mark" and m.lower_ == "as" for m in verb.children)
        or any(m.dep_ == "mark" and m.lower_ in _LIKENESS for m in verb.children)
        or any(c.dep_ in ("ccomp", "dobj", "xcomp") and not idiom_object(c) for c in verb.children)
        or any(_topic_phrase(c) or _requested(c, info) or _paired_phrase(c, info) for c in verb.children)
    ):
        return None
    doc = verb.doc
    first, last = host.left_edge.i, host.right_edge.i
    if verb.left_edge.i <= first or _opens_host(verb, first):
        first = _past_time(doc, verb.right_edge.i + 1, last)
    elif _words_follow(verb):
        return None
    elif verb.right_edge.i >= last or all(t.is_punct for t in doc[verb.right_edge.i + 1 : last + 1]):
        last = verb.left_edge.i - 1
    return trimmed(doc, first, last)


def _past_time(doc: Doc, first: int, last: int) -> int:
    """Where the host clause's own words begin after an "as" report: past the time of the report the parser gave the
    host and the comma that closes the report ("As the Global Times noted in an op-ed Thursday, the candidate …")."""
    i = first
    while i <= last and doc[i].ent_type_ in TIMES:
        i += 1
    return i + 1 if first < i <= last and doc[i].text == "," else first


def _requested(child: Token, info: ReportingVerb) -> bool:
    """Whether ``child`` is what a request asks for ("as Trump called for an Apple boycott", "even as advocates called
    for his dismissal"): the "as" clause says when or why, with content of its own, not how the host was reported."""
    return child.dep_ == "prep" and child.lower_ == "for" and info.kind == "request" and has_object(child)


def _paired_phrase(child: Token, info: ReportingVerb) -> bool:
    """Whether ``child`` is the phrase of the preposition the table pairs the verb with ("as they bristled at the
    questions", "as he agreed with Kim"): content of the report's own, so the "as" clause says when, not what."""
    return child.dep_ == "prep" and info.lemma == f"{child.head.lemma_.lower()} {child.lower_}" and has_object(child)


def _words_follow(verb: Token) -> bool:
    """Whether a quotation opens right after the verb, past a comma or colon: "jabbing her finger at an activist as
    she angrily said, “I am so sick of …”" reports its own words, however the parser hung them (an "as" report that
    opens its host, "As Politico reported, “…”", reports the host, quoted or not)."""
    doc = verb.doc
    after = next((t for t in doc[verb.i + 1 : verb.i + 3] if t.text not in (",", ":")), None)
    return after is not None and after.text in OPENING_MARKS


def _topic_phrase(child: Token) -> bool:
    """Whether ``child`` is a phrase naming what words were about ("about the plan"), not when or where they were
    said ("on Monday", "on his radio program")."""
    return (
        child.dep_ == "prep"
        and child.lower_ in TOPIC_PREPS
        and not (of_time(child) or _said_on(child) or _elided_question(child))
    )


def _opens_host(verb: Token, first: int) -> bool:
    """Whether only the writer's words stand before an "as" report that opens its host clause: a link to the
    sentence before ("After all, as we saw in 2009, banks …", "But as Clyburn noted, those voters …") or the host's
    own subordinator ("If, as I've suggested, he benefits …"). What was seen or suggested is the clause after the
    report, not the writer's frame."""
    doc = verb.doc
    start = verb.left_edge.i
    if start <= after_link(doc, first, start):
        return True
    host = verb.head
    return all(t.is_punct or t.dep_ == "cc" or (t.dep_ == "mark" and t.head.i == host.i) for t in doc[first:start])
