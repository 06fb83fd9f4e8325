"""Attributions headed by a noun or an adjective: a statement noun and its owner ("Moscow's denial that …", "her
call for talks"), a stance adjective ("Republicans were worried that …"), a noun naming a stance's holder ("Kaine is
an opponent of …"), and a judgement received by a verb of receiving ("the clip has faced ridicule").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from telex.ingest.outlets import news_media, platform_names
from telex.nlp.cached import tokens_spelled, tokens_with_lemma
from telex.nlp.grammar import to_infinitive
from telex.quotes.attribution import Attribution
from telex.quotes.cues import reporting_verb
from telex.quotes.grammar import (
    ASKED_PREPS,
    SUBJECTS,
    TIMES,
    UTTERING,
    felt,
    finite_clause,
    for_infinitive,
    in_circumstance,
    is_mark,
    misread_named,
    misread_relative,
    of_time,
    that_clause,
    that_marked,
)
from telex.quotes.lexicon import (
    answering_verbs,
    cue_adjectives,
    cue_classes,
    cue_nouns,
    evident_adjectives,
    harm_words,
    holder_nouns,
    receiving_verbs,
    stance_prepositions,
    talk_nouns,
)
from telex.quotes.subjects import SPEAKING_TYPES, subject_of
from telex.quotes.trim import trimmed

# What a statement or stance named by a noun is for, about, of, against, on or over: "her call for talks", "his views on
# trade", "their anger over the vote"; a noun may take others of its own (noun_prepositions.tsv: "anger at").
_NOUN_PREPS = frozenset({"for", "about", "of", "against", "on", "over"})
# The prepositions of a noun of talk (kind "talk": a debate, a dispute) that name what the talk is about; its for and
# against phrases name a side or a party ("her debate against Trump", "the fight for the nomination").
_TALK_PREPS = frozenset({"about", "of", "on", "over"})


def noun_attributions(doc: Doc) -> list[Attribution]:
    """Statements named by a noun with their owner: "Moscow's denial that it sent troops", "her call for talks",
    "warnings from his lawyer that …", "Trump made the claim that …"."""
    nouns = cue_nouns()
    found: list[Attribution] = []
    for token in tokens_with_lemma(doc, nouns):
        kind = nouns.get(token.lemma_.lower())
        if kind is None or token.pos_ != "NOUN" or _force_done(token) or _verb_misread(token):
            continue
        said = said_part(token)
        if said is None:
            continue
        part, form = said
        owner = statement_owner(token, form)
        ownerless = owner is None and _content_of_its_own(token, part, form)
        if owner is None and not ownerless:
            continue
        if ownerless and form == "prep" and _had(token):
            owner = _holder(token)  # "the I.R.S. has questions about …": who has them holds them
        first = part.left_edge.i + (1 if form == "prep" else 0)
        span = trimmed(doc, first, part.right_edge.i)
        if span is not None:
            cue_class = cue_classes().get(token.lemma_.lower(), "speech")
            if owner is None and cue_class == "speech" and not in_circumstance(token):
                cue_class = "belief"  # "the claim that …", "rumors that …" made by no one named: talk, not a statement
            found.append(Attribution(span[0], span[1], token.text, token, owner, kind, cue_class))
    return found


def _verb_misread(noun: Token) -> bool:
    """Whether a statement noun is a reporting verb's -s form with its subject that the tagger read as one noun
    ("Merkel talks about …"), which the verb rules read with its speaker."""
    return misread_named(noun) and reporting_verb(noun) is not None


def _content_of_its_own(noun: Token, part: Token, form: str) -> bool:
    """Whether what a statement noun with no owner says is content all the same: its that-clause ("charges that he
    had misled patients", "a tacit acknowledgment that …") or its "about" phrase, which names nothing but what the
    words or thoughts were about ("questions about his tax compliance", "skepticism about the union's value"). Not
    the object of a verb by which one receives or answers it ("faced questions about …"), read by its own rule."""
    verb = noun.head.lemma_.lower()
    received = noun.dep_ == "dobj" and (verb in receiving_verbs() or verb in answering_verbs())
    return not received and (form == "clause" or (form == "prep" and part.lower_ == "about"))


# Verbs by which a subject has or keeps a view or a statement as its own: "has questions about", "harbored doubts".
_HAVING = frozenset({"have", "hold", "harbor", "harbour", "share", "nurse", "entertain", "retain"})


def _had(noun: Token) -> bool:
    """Whether a statement or stance noun is the object of a verb of having, so that the subject holds it: "the agency
    has questions about …", "voters who have had misgivings about …". The subject of another verb is mostly the one
    the words are aimed at or the thing that brings them about ("tries to put to rest questions about …", "stoking
    fears about …", "the attacks prompted questions about …")."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _HAVING


def _force_done(noun: Token) -> bool:
    """A noun of a verbal attack that a word of killing, wounding or weapons modifies names a deed of force: "the
    deadly attack on a gay nightclub", "his murderous attack on club goers" say nothing of the nightclub."""
    if cue_classes().get(noun.lemma_.lower()) != "topic":
        return False
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in harm_words() for c in noun.children)


def statement_owner(noun: Token, form: str) -> Token | None:
    """Whose statement a noun names, given the form of what it says: its possessive, its by/from phrase or the subject
    of a verb uttering it ("Trump made the claim that …"); for a that-clause, who holds it ("persisted in arguments
    that …")."""
    owner = _possessor(noun) or _noun_source(noun)
    if owner is not None and owner.pos_ == "PRON" and owner.dep_ == "poss" and noun.dep_ == "dobj":
        # "The opposition repeated its call for …": the possessive stands for the clause's subject; a pronoun of a
        # by/from phrase is another ("faced opposition from some of the homeowners to his plan").
        owner = subject_of(noun.head) or owner
    if owner is None and form == "clause":
        owner = _holder(noun)  # "Democrats persisted in arguments that …"
    return owner


def _possessor(noun: Token) -> Token | None:
    """The possessive owner of a noun, else a name or a news medium before it ("media pronouncements that …", "a
    Justice Department finding of …"); a possessive of time says when, and the name before the noun owns it: "this
    week's FBI warnings of …" are the FBI's. A platform is where words are posted, never whose they are ("a Twitter
    account of …"), and a common noun before the noun is mostly its kind ("campaign announcement", "government
    accounts")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.ent_type_ not in TIMES:
        return owner
    return next((c for c in noun.children if c.dep_ == "compound" and _names_owner(c)), None)


def _names_owner(word: Token) -> bool:
    """Whether a word before a statement noun names whose statement it is: the name of a person, organisation or
    people, not of an online platform, or a news medium (the tagger may lemmatise "media" as "medium")."""
    if word.ent_type_ in SPEAKING_TYPES and word.pos_ == "PROPN":  # not "the 335th Twitter account"
        return word.lower_ not in platform_names()
    return word.lower_ in news_media()


def said_part(noun: Token) -> tuple[Token, str] | None:
    """What a statement noun says, with its form: a that-clause ("the claim that …", or one a copula predicates of
    it: "her view is that …", or one the parser made a relative clause), a prepositional phrase ("her call for talks")
    or a to-infinitive ("a promise to act")."""
    that = (c for c in noun.rights if (c.dep_ in ("acl", "ccomp") and that_marked(c)) or _complement_read_relative(c))
    clause = next(that, None) or _predicated_clause(noun)
    if clause is not None:
        return clause, "clause"
    preps = _TALK_PREPS if noun.lemma_.lower() in talk_nouns() else _NOUN_PREPS
    preps = preps | stance_prepositions().get(noun.lemma_.lower(), frozenset())
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in preps and not of_time(c)), None)
    if prep is not None:
        return prep, "prep"
    asked = next((c for c in noun.rights if for_infinitive(c) is not None), None)
    if asked is not None and cue_nouns().get(noun.lemma_.lower()) == "request":
        return asked, "prep"  # "a call for the United States to accept refugees": the "for" opens it, as a phrase
    infinitive = _noun_infinitive(noun)
    return (infinitive, "infinitive") if infinitive is not None else None


# What a verb holds besides its subject; a verb of saying, uttering, hearing or passing words on with none of them lacks
# the object a relative "that" stands for ("the statement that he issued", "a thought that a senator would say").
_FILLED = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "auxpass", "nsubjpass"})
_HEARING = frozenset({"hear", "read", "see", "write", "publish", "post", "send", "receive"})


def _complement_read_relative(clause: Token) -> bool:
    """Whether a relative clause on a statement noun is its that-clause (``grammar.misread_relative``): not one whose
    verb of saying, uttering or hearing has no object ("the claims that he made", "the remarks that voters heard"),
    nor one on a noun in a phrase of a reporting verb, which that verb reports ("argued at the debate that …")."""
    if not misread_relative(clause):
        return False
    noun, verb = clause.head, clause
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and reporting_verb(noun.head.head) is not None:
        return False
    lemma = verb.lemma_.lower()
    saying = lemma in UTTERING or lemma in _HEARING or reporting_verb(verb) is not None
    stranded = any(c.dep_ == "prep" and not any(o.dep_ in ("pobj", "pcomp") for o in c.children) for c in verb.children)
    return not stranded and not (saying and not any(c.dep_ in _FILLED for c in verb.children))


def _holder(noun: Token) -> Token | None:
    """Who holds a statement or view a noun names with no owner of its own, the subject of the verb the noun is the
    object of or in a phrase of: "Democrats persisted in arguments that …", "they clung to the belief that …"; not
    when the verb disputes or charges ("the video contradicts the claim that …": the claim is another's), nor in a
    phrase of time, cause or concession ("Despite reports that …, the senator voted …": someone else's words). A noun
    joined to the object by "and" is the verb's object too ("his remarks carried a personal tone, and a tacit
    acknowledgment that …")."""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    verb = noun.head
    joined = noun.dep_ == "conj" and verb.pos_ in ("VERB", "AUX")  # the parser may join it to the verb
    if in_circumstance(noun):  # "Since the disclosure that …, officials have …": another's, or no one's
        return None
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ not in ("dobj", "attr") and not joined:  # "the move was a tacit acknowledgment that …"
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
    return next((c for c in infinitives if to_infinitive(c)), None)


def _predicated_clause(noun: Token) -> Token | None:
    """The that-clause a copula says a statement noun is: "The minister's view is that the treaty is dead", "Her
    argument was that the tax would hurt farmers"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return None
    return next((c for c in verb.rights if c.dep_ in ("ccomp", "attr") and that_marked(c)), None)


_SOURCE_PREPS = frozenset({"by", "from"})


def _noun_source(noun: Token) -> Token | None:
    """Whose statement a noun names when no possessive does: "warnings from his lawyer", "a claim by the party", or
    the subject of a verb that utters it, "Trump made the claim that …"."""
    sources = [p for c in noun.rights if c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS for p in c.children]
    source = next((p for p in sources if p.dep_ == "pobj"), None)
    if source is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in UTTERING and not _talk(noun):
        return subject_of(noun.head)
    return source


def _talk(noun: Token) -> bool:
    """Whether a noun names talk between people or a dispute, which one renews or raises but does not utter."""
    return noun.lemma_.lower() in talk_nouns()


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
    for token in tokens_spelled(doc, adjectives):
        kind = adjectives.get(token.lower_)
        if kind is None:
            continue
        made = token.dep_ in ("ccomp", "oprd") and token.head.lemma_.lower() == "make"  # "made (it) clear that …"
        stance = felt(token)
        if token.dep_ != "acomp" and not made and not stance:
            continue
        holder = token if stance else token.head
        speaker = next((c for c in holder.children if c.dep_ in (*SUBJECTS, "nsubjpass") and not is_mark(c)), None)
        if speaker is None and made and not _made_of_another(token):
            speaker = subject_of(holder)  # "He met them and made it clear that …", "Obama, making it clear that …"
        if speaker is None or speaker.lower_ == "it":
            continue  # "it is certain that …": no one holds the stance
        clause = next((c for c in token.rights if _complement(c)), None) or _clause_beside(token)
        preps = _STANCE_PREPS | stance_prepositions().get(token.lower_, frozenset())  # "interested in"
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in preps), None)
        span = None
        if clause is not None:
            span = trimmed(doc, clause.left_edge.i, clause.right_edge.i)
        elif prep is not None and prep.i == token.i + 1 and prep.right_edge.i > prep.i:
            span = trimmed(doc, prep.i + 1, prep.right_edge.i)  # "worried about the economy": the preposition is cue
        if span is not None:
            cue = doc[token.head.i : token.i + 1].text if token.head.i < token.i else token.text
            found.append(Attribution(span[0], span[1], cue, token, speaker, kind, cue_classes()[token.lower_]))
    return found + evident_attributions(doc)


def _made_of_another(adjective: Token) -> bool:
    """Whether "make" predicates its adjective of someone or something other than its own subject ("to make the
    battalions more ready to deploy": the battalions are ready), not of a dummy "it" ("made it clear that …"), or
    whether "make" is a bare form whose subject a clause above it need not give ("Her advice is to draw the line, and
    make it clear that …": the advice is not who makes it clear)."""
    made = adjective.head
    others = (c for c in (*made.children, *adjective.children) if c.dep_ in ("dobj", *SUBJECTS))
    return made.tag_ == "VB" or any(c.lower_ != "it" and c.i > made.i for c in others)


def _complement(clause: Token) -> bool:
    """Whether a phrase after a stance adjective is the clause it holds: its complement, or a clause the parser made
    its subject though it follows ("made clear that they would like …", the clause read as the subject of "clear")."""
    return clause.dep_ in ("ccomp", "xcomp") or (clause.dep_ == "csubj" and clause.i > clause.head.i)


def evident_attributions(doc: Doc) -> list[Attribution]:
    """A clause said to be plain to see by an adjective with a dummy "it": "it's obvious that they are wasting their
    breath", "Nor is it clear that sanctions would deter", "it became clear to Democrats that …". The clause is the
    content; the one it is plain to (the "to" phrase) is the speaker, else no one (PolNeAR marks these with no
    source). A verb of seeming says so too ("it appears that Trump was unable to …", "it seemed to him that …"),
    unless an adjective says how it seems ("it seems clear", read by the adjective; "it seems unlikely", a hedge). Not
    a question left open ("it is clear what …"): only a that-clause or a bare one with its own subject."""
    evident = evident_adjectives()
    found: list[Attribution] = []
    for token in tokens_with_lemma(doc, evident):
        frame = _evident_frame(token)
        if frame is None or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in frame.children):
            continue
        clause = next((c for c in (*token.rights, *frame.rights) if c.i > token.i and _stated(c)), None)
        span = trimmed(doc, clause.left_edge.i, clause.right_edge.i) if clause is not None else None
        if span is None:
            continue
        to = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "to"), None)
        speaker = next((p for p in to.children if p.dep_ == "pobj"), None) if to is not None else None
        cue = doc[min(frame.i, token.i) : token.i + 1].text
        found.append(Attribution(span[0], span[1], cue, token, speaker, "belief", evident[token.lemma_.lower()]))
    return found


def _evident_frame(token: Token) -> Token | None:
    """The word whose dummy "it" an evident adjective or a verb of seeming is said of: the copula or verb the adjective
    completes ("it is clear", "it seems clear"), or the verb itself when no adjective completes it ("it appears")."""
    if token.pos_ == "ADJ":
        return token.head if token.dep_ in ("acomp", "oprd") else None
    if token.pos_ == "VERB" and not any(c.dep_ in ("acomp", "oprd") for c in token.children):
        return token
    return None


def _stated(clause: Token) -> bool:
    """Whether a clause on an adjective or its copula states something: a that-clause, or a finite one that opens
    with a subject of its own ("it was clear Clinton is attempting …"), not "whether …" nor a clause the parser gave
    a word of the frame ("it seemed unlikely Trump would …", "unlikely" read as the clause's)."""
    if clause.dep_ != "ccomp":
        return False
    if that_marked(clause):
        return True
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i), None)
    opens = subject is not None and subject.left_edge.i == clause.left_edge.i
    first = clause.doc[clause.left_edge.i]
    framed = first.pos_ == "ADJ" and first.i == clause.head.i + 1  # "seemed unlikely Trump would …"
    asks = first.tag_.startswith("W") or any(c.dep_ == "mark" for c in clause.children)  # "which faction won"
    return opens and not framed and not asks and finite_clause(clause)


# What a stance's holder is for or against: "an opponent of the death penalty", "an advocate for reform".
_HELD_PREPS = frozenset({"of", "for", "against"})


def holder_attributions(doc: Doc) -> list[Attribution]:
    """A stance said of someone by a noun naming its holder: "Kaine is a staunch opponent of the death penalty",
    "Schultz, a passionate defender of RT, …": the of/for/against phrase is the content, the one the noun is said of
    (the copula's subject, the name it stands beside) the speaker."""
    nouns = holder_nouns()
    found: list[Attribution] = []
    for token in tokens_with_lemma(doc, nouns):
        kind = nouns.get(token.lemma_.lower())
        if kind is None or token.pos_ != "NOUN" or token.dep_ not in ("attr", "appos"):
            continue
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in _HELD_PREPS), None)
        if prep is None or prep.right_edge.i == prep.i:
            continue
        holder = token.head if token.dep_ == "appos" else subject_of(token.head)
        span = trimmed(doc, prep.i + 1, prep.right_edge.i) if holder is not None else None
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
    for token in tokens_with_lemma(doc, nouns):
        if token.pos_ != "NOUN" or token.dep_ != "dobj" or nouns.get(token.lemma_.lower()) not in _RECEIVED:
            continue
        verb = token.head
        if verb.lemma_.lower() not in receiving or verb.pos_ != "VERB":
            continue
        phrases = [c for h in (token, verb) for c in h.rights if c.dep_ == "prep" and c.i > token.i]
        about = next((c for c in phrases if c.lower_ in _RECEIVED_PREPS and c.right_edge.i > c.i), None)
        source = next((p for c in phrases if c.lower_ == "from" for p in c.children if p.dep_ == "pobj"), None)
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if about is not None and any(reporting_verb(t) is not None for t in about.subtree if t.pos_ == "VERB"):
            continue  # "drew criticism for saying that …": the words criticised are the statement
        if about is not None:
            span = trimmed(doc, about.i + 1, about.right_edge.i)
        elif subject is not None and subject.pos_ != "PRON" and subject.i < verb.i:
            span = trimmed(doc, subject.left_edge.i, subject.right_edge.i)
        else:
            continue
        if span is not None:
            cue = doc[verb.i : token.i + 1].text
            found.append(Attribution(span[0], span[1], cue, token, source, nouns[token.lemma_.lower()], "topic"))
    return found


# Nouns for questions put: "fielded questions about trade", "faced questions about the foundation".
QUESTION_NOUNS = frozenset({"question", "query"})


def answered_attributions(doc: Doc) -> list[Attribution]:
    """Questions about something that a subject answers or puts off ("answering questions about how gender has affected
    her life", "fielded questions on trade", "dodged questions about his taxes"), or faces or draws from others
    ("faced questions about business practices at the foundation"): what they were about is what the words were about
    (class topic), as when the questions are put ("asked him about …"); the one who answers speaks, the one who faces
    them does not (the "from" phrase names who asked, if any)."""
    answering, receiving = answering_verbs(), receiving_verbs()
    found: list[Attribution] = []
    for token in tokens_with_lemma(doc, QUESTION_NOUNS):
        verb = token.head
        lemma = verb.lemma_.lower()
        if token.pos_ != "NOUN" or token.dep_ != "dobj" or verb.pos_ != "VERB" or lemma not in answering | receiving:
            continue
        # "fielded questions from reporters on her emails": the parser may hang the topic on the verb.
        phrases = [c for h in (token, verb) for c in h.rights if c.dep_ == "prep" and c.i > token.i]
        about = next((c for c in phrases if c.lower_ in ASKED_PREPS), None)
        if about is None or about.right_edge.i == about.i or of_time(about):
            continue
        if lemma in answering:
            speaker = subject_of(verb)
        else:
            speaker = next((p for c in phrases if c.lower_ == "from" for p in c.children if p.dep_ == "pobj"), None)
        span = trimmed(doc, about.i + 1, about.right_edge.i)
        if span is not None:
            cue = doc[verb.i : about.i + 1].text
            found.append(Attribution(span[0], span[1], cue, token, speaker, "speech", "topic"))
    return found


def _clause_beside(adjective: Token) -> Token | None:
    """The that-clause the parser hung on the verb an adjective completes rather than on the adjective: "she was
    adamant that the plan would fail", "he made it clear that he would run", "they made clear it will veto the bill",
    "he made it clear he would run"."""
    made = adjective.head.lemma_.lower() == "make"
    for c in (*adjective.rights, *(t for t in adjective.head.rights if t.i > adjective.i)):
        if c.dep_ in ("ccomp", "advcl") and that_marked(c):
            return c
        if made and that_clause(c):  # "made it clear he had major misgivings": no "that", read as adverbial
            return c
        if made and c.dep_ == "ccomp" and c.head.i == adjective.head.i:
            return c
    return None
