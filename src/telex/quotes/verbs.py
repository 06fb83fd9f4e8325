"""Attributions headed by a reporting verb: "X said (that) …", "…, X added", "adding that …", "X accused Y of …",
"X believes …", "X said: …", passives ("it was reported that …") and questions put ("Asked about …, X said").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from telex.coref.gender import role_gender
from telex.coref.lexicon import organisation_sectors
from telex.coref.pronouns import dummy_it
from telex.ingest.outlets import news_media
from telex.nlp.cached import heads_with
from telex.nlp.grammar import copula, headline, misread_verb, to_infinitive
from telex.quotes.attribution import Attribution
from telex.quotes.clauses import relative_content, verb_content
from telex.quotes.cues import QUOTING, act_verb, cue_text, reporting_candidates, reporting_verb
from telex.quotes.grammar import (
    ASKED_PREPS,
    CLAUSE_SUBJECTS,
    QUESTIONING,
    RELATIVE,
    SUBJECTS,
    TIMES,
    felt,
    misread_infinitive,
    misread_named,
    of_time,
    that_marked,
)
from telex.quotes.lexicon import (
    ReportingVerb,
    cue_adjectives,
    evidence_verbs,
    holding_back_words,
    media_nouns,
    people_nouns,
    source_nouns,
    speaker_words,
    unreported_clause_verbs,
    work_nouns,
)
from telex.quotes.media_texts import medium_author
from telex.quotes.slots import (
    CONTENT_PREPS,
    JUDGEMENTS,
    TOPIC_PREPS,
    about_content,
    asked_about,
    content_prep,
    has_object,
    named_as,
    object_content,
    statement_named,
    topic_content,
    what_said,
)
from telex.quotes.subjects import antecedent, can_speak, quotative_inversion, speaker_span, subject_of
from telex.quotes.trim import trimmed
from telex.records import Span


def verb_attributions(doc: Doc) -> list[Attribution]:
    """Attributions headed by a reporting verb that has a speaker or governs a clause."""
    found: list[Attribution] = []
    for token in reporting_candidates(doc):
        info = reporting_verb(token)
        if info is None and token.pos_ == "VERB":
            info = act_verb(token)
        if info is not None and token.pos_ == "NOUN":
            misread = _misread_report(token, info) or _misread_headline(token, info)
            found.extend([misread] if misread is not None else [])
        if info is None or token.pos_ not in ("VERB", "AUX"):
            continue
        if token.tag_ == "VBN" and _passive(token):
            if felt(token) and token.lower_ in cue_adjectives():
                continue  # "they were worried that …": a stance of the subject, read as an adjective
            passive = _passive_attribution(token, info)
            if passive is not None and not (info.kind == "act" and passive.speaker is None):
                # an act's passive needs its doer: "was nominated for an Oscar" is no one's decision
                found.append(passive)
            continue
        speaker = subject_of(token)
        # "Lee said no when asked …": the tagger may read the participle as a past tense, whose subject is then taken
        # from the clause it hangs on; with no subject of its own it is still the question put to Lee.
        put = _question_put(token, info) if speaker is None or token.tag_ == "VBD" else None
        if put is not None or speaker is None:
            found.extend([put] if put is not None else [])
            continue
        if _writers_own(token, speaker):
            continue
        if info.kind == "act" and not _can_act(speaker):
            continue
        if not info.takes_object and _documented(speaker):
            info = replace(info, takes_object=True)  # "the study found 31 cases", "the poll indicates a close race"
        span = asked_about(token) or what_said(token) or _content(token, speaker, info)
        if span is not None and quotative_inversion(token) and _holds_speaker(span, speaker, token):
            # "“…,” said David Brock, a Clinton confidant who heads …": the speaker after the verb is not what was said.
            span = verb_content(token, info)
            span = None if span is None or _holds_speaker(span, speaker, token) else span
        # A verb of evaluation's bare object ("praised the deal", "thanked voters") is what it judged: no statement
        # made, but what the words were about, as PolNeAR annotates it (class topic, left out of the speech scheme);
        # an attack's only when a person makes it ("Trump attacked Machado", not "rebels attacked the convoy"), and
        # never a belief's ("sees the risk").
        judged = info.framed and (info.kind == "description" or (info.kind in JUDGEMENTS and _a_person(speaker)))
        topic = topic_content(token, info) if span is None and (info.topic or judged) else None
        if span is None and topic is None:
            topic = named_as(token, info) or about_content(token, info) or statement_named(token, info)
        if topic is not None:
            span = topic[0]
        if span is None:
            continue
        cue = cue_text(token, span[0])
        class_ = topic[1] if topic is not None else _verb_class(token, info, span, speaker)
        found.append(Attribution(span[0], span[1], cue, token, speaker, info.kind, class_))
    found.extend(unlisted_reports(doc))
    # "X is expected to vote, diplomats said": the report with a speaker wins over a speakerless passive.
    return [a for a in found if a.speaker is not None or not any(_within(a, b) for b in found if b.speaker)]


def unlisted_reports(doc: Doc) -> list[Attribution]:
    """What a verb no table lists reports by a that-clause, its subject holding it ("cannot fathom that …", "panicked
    that …", "came away convinced that …", "suspicions run high that …"). English gives a finite that-complement to
    verbs of saying, thinking and feeling, and the few others (a result brought about, a meaning, a fact that comes
    about: "make sure that", "it means that", "it turns out that") are a table. Which of saying or thinking the verb
    alone says, so the class is belief, which the speech scheme leaves out. Not with a dummy or demonstrative subject
    ("it follows that", "this shows that"), which holds no view."""
    found: list[Attribution] = []
    for i in sorted(heads_with(doc, ("ccomp",))):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.dep_ in _NOUN_LIKE or verb.lower_ in _CONTRACTED_BE:
            continue
        if not any(c.dep_ == "ccomp" and that_marked(c) and _clause_next_to(verb, c) for c in verb.children):
            continue
        listed = reporting_verb(verb) is not None or act_verb(verb) is not None
        if listed or verb.lemma_.lower() in unreported_clause_verbs():
            continue
        speaker = subject_of(verb)
        if speaker is None or speaker.lower_ in _NO_HOLDER or _writers_own(verb, speaker):
            continue
        info = ReportingVerb(verb.lemma_.lower(), "belief", False, class_="belief")
        span = verb_content(verb, info)
        if span is not None:
            found.append(Attribution(span[0], span[1], cue_text(verb, span[0]), verb, speaker, "belief", "belief"))
    return found


# A verb the parser made a modifier or a preposition's gerund ("the first Tuesday with voting that …") and the
# contracted "be" ("I'm bitter enough that …") hold no clause of their own.
_NOUN_LIKE = frozenset({"pcomp", "amod", "compound"})
_CONTRACTED_BE = frozenset({"’m", "'m", "’s", "'s", "’re", "'re"})
# Words that make "that" a subordinator of time, purpose or result, not a clause's mark: "now that", "so that".
_WITH_THAT = frozenset({"now", "so", "such", "enough"})
# What may stand between a verb and the that-clause it takes: its particle or an adverb ("shot back that", "came away
# convinced that"), the one told or persuaded ("convinced voters that").
_BESIDE_CLAUSE = frozenset({"prt", "advmod", "npadvmod", "dobj"})


def _clause_next_to(verb: Token, clause: Token) -> bool:
    """Whether a that-clause follows the verb with only its particle, an adverb or the person it was said to or urged on
    between: "allowed that …", "shot back that …", "convinced many Republicans that …". A clause after other words
    is mostly one the parser hung on the verb from a noun ("broke many promises … that", "polarized the electorate
    with harangues that …") or one of time or result ("spending more freely now that …")."""
    doc = verb.doc
    start = clause.left_edge.i
    if start <= verb.i or doc[start - 1].lower_ in _WITH_THAT or doc[start].lower_ in _WITH_THAT:
        return False
    between = [c for c in verb.rights if c.i < start]
    covered = {t.i for c in between for t in c.subtree}
    if any(i not in covered and not doc[i].is_punct for i in range(verb.i + 1, start)):
        return False
    if _result_degree(verb, start) or any(t.dep_ == "prep" for c in between for t in c.subtree):
        return False  # "so many walked out that …"; "pushed back on the claim that …": the noun's clause
    return all(c.dep_ in _BESIDE_CLAUSE and (c.dep_ != "dobj" or _one_told(c)) for c in between if not c.is_punct)


def _result_degree(verb: Token, start: int) -> bool:
    """Whether a degree word of the verb's clause before a that-clause makes it one of result: "so many delegates
    walked out that the hall emptied", "prompted so many to leave that …", "such a crowd came that …". The verb's own
    clause, or the one whose object a to-infinitive's subject is ("prompted so many delegates to walk out")."""
    scope = verb.head if verb.dep_ == "xcomp" else verb
    for token in scope.subtree:
        if token.i >= start:
            break
        if token.lower_ == "so" and token.dep_ == "advmod" and token.head.pos_ in ("ADJ", "ADV", "DET"):
            return True
        if token.lower_ == "such" and token.dep_ in ("predet", "amod", "det"):
            return True
    return False


def _one_told(noun: Token) -> bool:
    """Whether an object is a person told or persuaded: a personal pronoun, a name or a noun for one who can speak,
    with no phrase or clause of its own the that-clause could belong to ("polarized the electorate with harangues
    that …")."""
    person = (noun.tag_ == "PRP" and noun.lower_ != "it") or noun.pos_ == "PROPN" or can_speak(noun)
    return person and not any(t.dep_ in ("prep", "acl", "relcl") for t in noun.subtree)


# Subjects that hold no view of their own: a dummy "it" and the demonstratives ("this suggests that …").
_NO_HOLDER = frozenset({"it", "this", "that", "these", "those"})


def _content(verb: Token, speaker: Token, info: ReportingVerb) -> Span | None:
    """What a verb reports; what an act decides is its object, never a clause the parser hung on it ("said legalizing
    it could help": the help is no act's)."""
    if info.kind == "act":
        decided = next((c for c in verb.children if c.dep_ == "dobj"), None)
        # "adopted a fake accent and joked, “…”": a verb the parser joined to the object is the doer's next deed
        misjoined = decided is not None and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in decided.children)
        return object_content(verb, info) if decided is not None and not misjoined else None
    return relative_content(verb, speaker, info) or verb_content(verb, info)


def _can_act(subject: Token) -> bool:
    """Whether the subject of a verb of an official act is one who can decide or a text that rules: a name, a person or
    a body ("the council", "who"), a law or a rule ("the Constitution mandates", "a provision prohibits"); not a
    demonstrative nor a thing that merely brings something about ("That blocked …", "the results lifted the Nasdaq")."""
    if subject.tag_ == "DT" and subject.lower_ in _DEMONSTRATIVES:
        return False
    if subject.pos_ in ("PRON", "PROPN") or can_speak(subject):
        return True
    lemma = subject.lemma_.lower()
    ruled = source_nouns().get(lemma) == "document"
    return ruled or lemma in people_nouns() or lemma in organisation_sectors() or lemma in _GOVERNED_PLACES


# A place that acts through its government: "the city lifted the curfew", "the state banned the practice".
_GOVERNED_PLACES = frozenset({"city", "town", "county", "state", "province", "country", "nation", "municipality"})


def _writers_own(verb: Token, speaker: Token) -> bool:
    """Whether a verb reports nobody's words or views but frames the writer's own: the clause a dummy "it" before a
    copula or in a small clause stands in for ("it's hard to imagine …", "it is worth noting that …", "makes it hard
    to see how …"), not a raised subject ("it is expected to show …", the report) nor one whose doer is named ("it
    took him a day to ask …")."""
    framed = speaker.head.pos_ in ("AUX", "ADJ") or copula(speaker.head)  # "it’s hard to …", "makes it hard to …"
    dummy = framed and speaker.head.i != verb.i and dummy_it(speaker)
    return dummy or _that_said(verb, speaker) or _hortative(speaker) or _set_phrase(verb, speaker)


def _set_phrase(verb: Token, speaker: Token) -> bool:
    """Set phrases of the writer's that hold a verb of saying: "it goes without saying that …" (the verb after
    "without" on a "go" whose subject is "it") and "only time will tell if …" (time as the teller)."""
    head = verb.head
    goes_without = (
        verb.dep_ == "pcomp"
        and head.lower_ == "without"
        and head.head.lemma_.lower() == "go"
        and speaker.lower_ == "it"
    )
    return goes_without or (verb.lemma_.lower() == "tell" and speaker.lemma_.lower() == "time")


# "That said, …", "This said, …", "All told, …": a determiner and a participle of saying set off at a sentence's head.
_ABSOLUTE_SUBJECTS = frozenset({"that", "this", "all"})
_ABSOLUTE_VERBS = frozenset({"say", "tell"})


def _that_said(verb: Token, speaker: Token) -> bool:
    """ "That said, …", "This said, …", "All told, …": a determiner and "said" or "told" set off by a comma at the
    head of a sentence make a concession or a sum of the writer's, not a report of what the determiner said."""
    doc = verb.doc
    opens = speaker.is_sent_start or (speaker.i > 0 and doc[speaker.i - 1].is_punct)
    return (
        verb.lemma_.lower() in _ABSOLUTE_VERBS
        and speaker.tag_ == "DT"
        and speaker.lower_ in _ABSOLUTE_SUBJECTS
        and speaker.i == verb.i - 1
        and opens
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].text == ","
    )


# "let's", "let us": the first person plural a hortative "let" takes for its subject.
_HORTATIVE_SUBJECTS = frozenset({"'s", "’s", "us"})


def _hortative(speaker: Token) -> bool:
    """Whether the speaker is the "us" of "let's" or "let us" with no one else letting: "let's hope it stays that way",
    "let's not forget that …", "Let's see if he goes back …" urge the writer's readers or a speaker's hearers to hope,
    remember or wait; no one is reported to hope or know anything ("He let us know that …" is his report)."""
    let = speaker.head.head
    return (
        speaker.lower_ in _HORTATIVE_SUBJECTS
        and speaker.dep_ == "nsubj"
        and speaker.head.dep_ in ("ccomp", "xcomp")
        and let.lemma_.lower() == "let"
        and let.i < speaker.i
        and not any(c.dep_ in SUBJECTS for c in let.children)
    )


def _documented(speaker: Token) -> bool:
    """Whether the subject of a reporting verb is a document or data ("the study found …", "a poll indicates …"), whose
    verb's bare object is what it shows: a text or a count finds and indicates nothing but what it reports."""
    return (antecedent(speaker) or speaker).pos_ == "NOUN" and source_noun_class(speaker) == "document"


# Parts of speech of a source that is a thing, not an actor: "the report", "2016", "%".
_THINGS = frozenset({"NOUN", "NUM", "SYM"})


def source_noun_class(speaker: Token) -> str | None:
    """The class a document or an event as the source gives its quote ("the report found": document), read on the
    noun a relative stands for ("the study, which found …"); None for any other source, and for a text a news outlet
    wrote ("according to a report in The Post": the outlet said it)."""
    noun = antecedent(speaker) or speaker
    if noun.pos_ not in _THINGS or medium_author(noun) is not None:
        return None  # "a report in The Post" is The Post's statement
    return source_nouns().get(noun.lemma_.lower())


# Words that may open a fronted "asked" clause before it: "When asked about …", "If asked whether …".
_ASKED_OPENINGS = frozenset({"when", "if", "once", "while", "after", "before"})


def _question_put(verb: Token, info: ReportingVerb) -> Attribution | None:
    """ "Asked about the plan, Lee said …", "When asked whether he would run, …", "… Lee said when asked about it": a
    participle of asking with no subject reports the question put to the one the main clause names, by someone it
    does not name: the question is an attribution of its own with no speaker."""
    if (
        info.lemma not in QUESTIONING
        or verb.tag_ not in ("VBN", "VBD")  # a VBD with no subject of its own is the participle misread
        or verb.dep_ != "advcl"
        or any(c.dep_ in CLAUSE_SUBJECTS for c in verb.children)
        or not all(t.lower_ in _ASKED_OPENINGS for t in verb.doc[verb.left_edge.i : verb.i])
    ):
        return None
    doc = verb.doc
    clause = next((c for c in verb.rights if c.dep_ in ("ccomp", "xcomp")), None)
    # "When pressed by Holt about how …": the one who asked may stand between the verb and the topic.
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS and _topic_at(verb, c)), None)
    if clause is not None:
        span = trimmed(doc, clause.left_edge.i, clause.right_edge.i)
    elif prep is not None and prep.right_edge.i > prep.i:
        span = trimmed(doc, prep.i + 1, prep.right_edge.i)  # "Asked about the plan": the preposition is cue
    else:
        return None
    if span is None:
        return None
    return Attribution(span[0], span[1], cue_text(verb, span[0]), verb, None, info.kind, info.class_)


def _topic_at(verb: Token, prep: Token) -> bool:
    """Whether ``prep`` stands right after a verb, past only its "by" agent and when it was put: "Asked about …",
    "When pressed by Holt about …", "When asked by Ingraham on Thursday about …"."""
    at = verb.i + 1
    for c in verb.rights:
        if c.i == at and (c.dep_ == "agent" or _when(c)):
            at = c.right_edge.i + 1
    return prep.i == at and not of_time(prep)


def _when(phrase: Token) -> bool:
    """Whether a phrase on a verb says only when: "on Thursday", "Friday"."""
    return (phrase.dep_ == "prep" and of_time(phrase)) or (phrase.dep_ == "npadvmod" and phrase.ent_type_ in TIMES)


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
            and that_marked(c)
            and any(s.dep_ in SUBJECTS and s.lower_ not in RELATIVE for s in c.children)
        ),
        None,
    )
    if clause is None:
        clause = _postposed_clause(noun)
    speaker = next((c for c in noun.lefts if c.dep_ in SUBJECTS), None)
    named = noun.head
    if speaker is None and named.i == noun.i - 1 and named.dep_ == "ROOT" and named.pos_ in ("PROPN", "NOUN"):
        speaker = named
    if speaker is None and noun.dep_ == "ROOT" and not any(c.dep_ in ("det", "poss") for c in noun.children):
        # "Trump charges that …" read as one noun, "Trump charges": the capitalised name it hangs on is the subject.
        speaker = next((c for c in noun.lefts if c.dep_ == "compound" and c.i == noun.i - 1 and c.is_title), None)
    span = trimmed(noun.doc, clause.left_edge.i, clause.right_edge.i) if clause is not None else None
    if span is None and speaker is not None and misread_named(noun):
        about = about_content(noun, info)  # "Merkel talks about a European consensus, but …" read as one noun
        if about is not None:
            return Attribution(about[0][0], about[0][1], noun.text, noun, speaker, info.kind, about[1])
    if span is None and clause is None:
        return _misread_infinitive_report(noun, info)
    if span is None or speaker is None:
        return None
    return Attribution(span[0], span[1], noun.text, noun, speaker, info.kind, info.class_)


def _misread_infinitive_report(noun: Token, info: ReportingVerb) -> Attribution | None:
    """A verb's -s form heading its sentence that the tagger read as a plural noun, with the to-infinitive its entry
    reports right after it and a subject that can speak right before it: "The Clinton campaign plans to employ Mr.
    Obama …", "The senator vows to block the bill". Not a noun with a determiner or an owner ("the plans to build
    bunkers"), nor one that is another word's object or subject."""
    doc = noun.doc
    if not info.infinitive or noun.dep_ != "ROOT" or not misread_verb(noun) or noun.i + 2 >= len(doc):
        return None
    to, verb = doc[noun.i + 1], doc[noun.i + 2]
    if to.tag_ != "TO" or verb.head.i != noun.i or verb.pos_ not in ("VERB", "AUX") or not to_infinitive(verb):
        return None
    subject = doc[noun.i - 1]
    if subject.head.i != noun.i or subject.dep_ not in ("nsubj", "compound") or not can_speak(subject):
        return None
    span = trimmed(doc, to.i, verb.right_edge.i)
    return Attribution(span[0], span[1], noun.text, noun, subject, info.kind, info.class_) if span else None


# Where the parser puts a headline's reporting verb it read as a plural noun: "Trump rips Joe Scarborough." (a compound
# of the object), "Biden trashes Trump." (the root), "…, Trump hints;" (an apposition), "Trump calls for …" (the
# name's object).
_MISREAD_PLACES = frozenset({"ROOT", "compound", "appos", "dobj"})
# Where a headline's words end before its line does: "Obama rips rhetoric over 'radical Islam'; …", "As Trump demands
# wall, smugglers build tunnels."
_HEADLINE_BREAKS = frozenset({";", ":", ","})


def _misread_headline(noun: Token, info: ReportingVerb) -> Attribution | None:
    """A headline's reporting verb in its -s form the tagger read as a plural noun, the name or the noun that can
    speak right before it: "Trump rips Joe Scarborough.", "Super PAC blasts Trump for skipping debate.", "Trump calls
    for bringing back surveillance …" report what follows (a headline has no other verb for the parser to find);
    "'2nd Amendment people' his secret weapon, Trump hints;" reports the words before the comma. Not a noun with a
    determiner or an owner, nor one that is a subject or in a phrase ("Paris attacks test …", "over DNC emails")."""
    doc = noun.doc
    if noun.dep_ not in _MISREAD_PLACES or not misread_verb(noun) or not headline(noun.sent):
        return None
    speaker = doc[noun.i - 1]
    if speaker.pos_ not in ("PROPN", "NOUN") or not (speaker.pos_ == "PROPN" or speaker.is_title or can_speak(speaker)):
        return None  # a capitalised noun is a name the tagger missed ("Trump calls for …" read as a noun phrase)
    if speaker.i < noun.sent.start or speaker_span(speaker)[1] > noun.idx:
        return None  # the speaker's phrase as parsed takes in the cue
    last = next((t.i for t in doc[noun.i : noun.sent.end] if t.text in _HEADLINE_BREAKS), noun.sent.end) - 1
    words = [t for t in doc[noun.i + 1 : last + 1] if not (t.is_punct or t.is_space)]
    if not words:
        return _postposed_report(noun, speaker, info)
    first = noun.i + 1
    particle = info.lemma.partition(" ")[2]
    if particle and doc[first].lower_ == particle:
        first += 1  # "calls for", "rules against": the preposition the entry reports by is the cue's
    elif not (info.takes_object or info.topic):
        return None  # a verb whose object is no content ("says") needs the clause the tagger would have found
    span = trimmed(doc, first, last)
    if span is None:
        return None
    cue = doc[noun.i : first].text
    return Attribution(span[0], span[1], cue, noun, speaker, info.kind, "topic" if info.framed else info.class_)


def _postposed_report(noun: Token, speaker: Token, info: ReportingVerb) -> Attribution | None:
    """ "Internal Trump University records must be released, federal judge rules.": a headline's report after the
    words it reports, the speaker's phrase set off from them by a comma."""
    doc = noun.doc
    start = speaker.left_edge.i if speaker.left_edge.i < speaker.i else speaker.i
    while start > noun.sent.start and doc[start - 1].pos_ in ("ADJ", "NOUN", "PROPN") and doc[start - 1].text != ",":
        start -= 1
    if start - 1 <= noun.sent.start or doc[start - 1].text != ",":
        return None
    span = trimmed(doc, noun.sent.start, start - 2)
    if span is None:
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
            and any(s.dep_ in CLAUSE_SUBJECTS for s in c.children)
            and c.right_edge.i + 1 < noun.i
            and doc[c.right_edge.i + 1].text == ","
            and any(s.dep_ in SUBJECTS and s.i > c.right_edge.i for s in noun.lefts)
        ),
        None,
    )


def _verb_class(verb: Token, info: ReportingVerb, content: Span, speaker: Token) -> str:
    """The class of a verb's attribution: its table class, but a refusal to act or to say ("refused to resign",
    "declined to say whether …") is no statement made, nor what a thing shows ("That suggests …")."""
    refused = info.kind == "denial" and any(
        (c.dep_ == "xcomp" or misread_infinitive(c)) and content[0] <= c.left_edge.idx < content[1]
        for c in verb.children
    )
    if refused:
        return "refusal"
    if _names_source(verb, content):
        return "document"
    return "event" if _thing_shows(verb, speaker) else info.class_


# The prepositions whose gerund a word of refusing holds back: "refrained from endorsing", "stopped short of
# endorsing", "balked at endorsing", "hesitant about endorsing". Not a phrase of time or means on the same verb
# ("After claiming that the vote was rigged, he refused to concede", "refused by saying …"): that report was made.
_HOLDING_BACK_PREPS = frozenset({"from", "of", "at", "about", "over"})


def held_back(cue: Token) -> bool:
    """Whether a cue verb is what its governor holds back, so no statement is made: "refrained from endorsing
    Clinton", "has avoided directly criticizing Comey", "Cruz's refusal to disavow the endorsement", "stopped short of
    fully endorsing". The verb is the governor's infinitive or gerund (xcomp, acl; an infinitive the parser hung as an
    adverbial clause) or the gerund of its from/of/at phrase (pcomp); a negated governor holds nothing back ("don't
    hesitate to report that …")."""
    if cue.pos_ not in ("VERB", "AUX"):
        return False
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children)
    if cue.dep_ in ("xcomp", "acl") or (cue.dep_ == "advcl" and infinitive):  # "declined at first to criticize"
        governor = cue.head
    elif cue.dep_ == "pcomp" and cue.head.dep_ == "prep" and cue.head.lower_ in _HOLDING_BACK_PREPS:
        governor = cue.head.head
    else:
        return False
    return governor.lemma_.lower() in holding_back_words() and not any(c.dep_ == "neg" for c in governor.children)


def _thing_shows(verb: Token, speaker: Token) -> bool:
    """Whether a verb that a fact can do has a thing for subject, so that it says what the thing shows, as the writer
    reads it: "That suggests a lack of confidence", "this only explains why …", "The fight in Nevada underscored
    …", "the falloff, which often reveals whether …". A demonstrative standing alone is such a thing, and a common
    noun that names no one who could speak, nor a text that speaks for its issuer ("the statement suggests")."""
    if verb.lemma_.lower() not in evidence_verbs():
        return False
    if speaker.tag_ == "DT" and speaker.lower_ in _DEMONSTRATIVES and not any(speaker.children):
        return True
    noun = antecedent(speaker) or speaker
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and noun.text[:1].islower()  # a name the tagger took for a noun ("D'Souza explained") is someone
        and not can_speak(noun)
        and lemma not in people_nouns()
        and role_gender(lemma) is None
        and lemma not in media_nouns()
    )


# Demonstratives that stand for a fact or a happening when they stand alone as a subject.
_DEMONSTRATIVES = frozenset({"this", "that"})

# The noun for where information came from, which may be a person, a text or an outlet: "citing a source".
_SOURCE = "source"


def _names_source(verb: Token, content: Span) -> bool:
    """Whether a participle of quoting beside a report names where the report came from, not what was said: "The
    Journal, citing internal documents, reported …", "the Post reported, citing another anonymous source", "wrote
    Eilperin, citing participants in the meeting". Its content is then its bare object, one who can speak, a news
    medium or a document, with no verb in it; "said …, citing low economic growth" gives a reason, and "cited his
    record" or "citing polling data showing that …" says something."""
    if verb.lemma_.lower() not in QUOTING or verb.tag_ != "VBG" or not _beside_report(verb):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or (obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)) != content:
        return False
    lemma = obj.lemma_.lower()
    source = (
        lemma == _SOURCE
        or lemma in news_media()
        or source_nouns().get(lemma) == "document"
        or can_speak(obj)
    )
    return source and not any(t.pos_ in ("VERB", "AUX") for t in obj.subtree)


def _beside_report(participle: Token) -> bool:
    """Whether a participle hangs on a reporting verb, or on the subject of one ("The Journal, citing …, reported")."""
    head = participle.head
    if head.dep_ in SUBJECTS and participle.dep_ == "acl":
        head = head.head
    return head.i != participle.i and head.pos_ in ("VERB", "AUX") and reporting_verb(head) is not None


def _holds_speaker(span: Span, speaker: Token, verb: Token) -> bool:
    """Whether content ``span`` takes in the speaker named after the verb."""
    return speaker.i > verb.i and span[0] <= speaker.idx < span[1]


def _within(inner: Attribution, outer: Attribution) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


# Passives that with a to-infinitive are modals of duty or plan, not a view anyone is said to hold: "be supposed to"
# says what should happen or was meant to ("I suppose that …" in the active voice is a belief).
_MODAL_PASSIVES = frozenset({"suppose"})


def _passive_attribution(verb: Token, info: ReportingVerb) -> Attribution | None:
    """Passive reports: "X is expected to win", "it was announced that …", "accused by Y of …".

    The speaker is the "by" agent when there is one, else unknown (None): the statement is still reported.
    """
    doc = verb.doc
    class_ = info.class_
    agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    first = min([c.i for c in verb.children if c.dep_ in ("auxpass", "aux", "neg") and c.i < verb.i] + [verb.i])
    cue = doc[first : verb.i + 1].text
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    infinitive = next((c for c in verb.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None)
    predicate = _passive_predicate(verb, subject, info)
    if clause is not None:
        span = trimmed(doc, clause.left_edge.i, clause.right_edge.i)
    elif predicate is not None and subject is not None:
        # "Oz has been called a charlatan by fellow physicians", "it is considered a threat": what the active voice
        # says of its object ("called Oz a charlatan"), the passive of its subject; a "by" phrase the parser hung on
        # the predicate is the agent ("was branded a traitor by the regime").
        last, agent = _without_agent(predicate, agent)
        span = trimmed(doc, subject.left_edge.i, last)
    elif infinitive is not None and verb.lemma_.lower() in _MODAL_PASSIVES:
        return None  # "the war was supposed to be over": a modal of duty or plan, no one's view
    elif infinitive is not None and subject is not None and subject.lower_ not in RELATIVE:
        span = trimmed(doc, subject.left_edge.i, infinitive.right_edge.i)  # "Trump is expected to win"
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
            and c.lower_ in CONTENT_PREPS
            and content_prep(c, info)
            and has_object(c)
            and (h is verb or _agent_complement(c))
        ]
        # An act's passive reports what was decided, its subject: "was investigated by Congress for fraud" decided no
        # "for fraud".
        preps = preps if info.takes_object and info.kind != "act" else []
        # "was asked about the plan": what a question put was about, the preposition joining the cue as in the active
        # voice ("asked him about the plan") and the participle ("Asked about the plan, …").
        asked = bool(preps) and _asked_after(verb, preps[0])
        first = preps[0].i + 1 if asked else preps[0].left_edge.i if preps else 0
        span = trimmed(doc, first, preps[-1].right_edge.i) if preps else None
        named = agent is not None and subject is not None and subject.lower_ not in RELATIVE
        if span is None and info.takes_object and named and subject is not None:
            # "The issue was first reported by The Post", "calls for a commission were rejected by the council": what
            # the active voice would have as its object, the passive has as its subject; for a verb of evaluation,
            # what was judged, as in the active voice ("the deal was hailed by Obama", "the state is defined by
            # the city": no statement made).
            span = trimmed(doc, subject.left_edge.i, subject.right_edge.i)
            class_ = "topic" if info.framed and info.kind == "description" else class_
    if span is None or (subject is not None and subject.lower_ == "it" and clause is None and predicate is None):
        return None
    return Attribution(span[0], span[1], cue, verb, agent, info.kind, class_)


def _passive_predicate(verb: Token, subject: Token | None, info: ReportingVerb) -> Token | None:
    """The noun or adjective a passive verb of naming or judging says its subject is: "charlatan" in "has been called a
    charlatan", "unconstitutional" in "is considered unconstitutional" (the parser's object complement; for a verb of
    description, also the object it left on a passive: "was branded a traitor"). Not the object a passive keeps of a
    verb with two ("was granted immunity", "was asked a question", "was offered the job"), nor with a relative subject
    ("which was called …"), whose content a relative clause bounds, nor a work's title."""
    if subject is None or subject.lower_ in RELATIVE or info.class_ == "knowledge":
        return None  # a verb of finding tells a state found, not a judgement: "were found dead in their home"
    if subject.lemma_.lower() in work_nouns():
        return None  # a work's name, not a judgement: "The video, released in November, is called No Respite"
    deps = ("oprd", "dobj") if info.kind == "description" else ("oprd",)
    # Not a participle: "was left stranded" tells a state, not what anyone judged.
    return next((c for c in verb.rights if c.dep_ in deps and c.pos_ in _PREDICATES and c.tag_ != "VBN"), None)


# What a predicate that names or judges is: "a charlatan", "Mostly True", "unconstitutional".
_PREDICATES = frozenset({"NOUN", "PROPN", "ADJ"})


def _without_agent(predicate: Token, agent: Token | None) -> tuple[int, Token | None]:
    """The predicate's last token and the passive's agent, taking as the agent a "by" phrase the parser hung on the
    predicate ("a traitor by the regime")."""
    by = next((c for c in predicate.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
    if by is None or agent is not None:
        return predicate.right_edge.i, agent
    return by.i - 1, next((c for c in by.children if c.dep_ == "pobj"), None)


def _asked_after(verb: Token, prep: Token) -> bool:
    """Whether ``prep`` says what a question put was about, right after a verb of questioning or its "by" agent: "was
    asked about the plan", "was pressed by reporters on his taxes"."""
    return verb.lemma_.lower() in QUESTIONING and prep.lower_ in ASKED_PREPS and _topic_at(verb, prep)


def _agent_complement(prep: Token) -> bool:
    """Whether a phrase on the "by" agent is the passive's complement the parser hung there, a gerund or a phrase
    after a name ("accused by councillors of hiding the audit", "accused by Lee of fraud"), not the agent's own
    ("supported by a coalition of leaders", "endorsed by dozens of papers")."""
    return prep.head.pos_ in ("PROPN", "PRON") or any(c.dep_ == "pcomp" for c in prep.children)


def _passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
