"""Stage: candidates, what quotes say. A quote's content is read with the quote's speaker as source, wherever its
cue verb is and whatever the verb: judgements of a named actor ("“Lee is a liar. He betrayed us,” Park said") and
what a named actor must or should do ("“Germany must do more,” Jones told reporters. “Berlin should pay.”") and
what a named actor will suffer for what it does, a threat ("“Any action by China would have consequences”"), what
the speaker's side will not accept, a rejection ("“We will never accept the annexation”"), and who is behind a
hostile deed, an accusation ("“Russia was behind the attack”").
Its trigger is the content's word, so the event lies in the content's sentence."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from telex.events.arguments import SUBJECTS, Context, is_negated, is_passive, prep_objects, subject_tokens
from telex.events.candidate import Candidate
from telex.events.candidates import (
    THREATEN,
    asked_of,
    asks_an_act,
    obligation_candidate,
    obligation_code,
    obliges,
)
from telex.events.judgements import (
    FIRST_PERSON,
    PERSONAL,
    judged,
    judged_actors,
    judgements,
    own_view,
    said_of,
    stances,
)
from telex.events.participants import actors_in, speaker_actors
from telex.events.patterns import noun_code
from telex.events.word_lists import (
    CONDEMNED_DEEDS,
    CULPABLE,
    OBLIGATION,
    PERFORMATIVE,
    PERFORMING_FRAMES,
    REFUSING_TO_ACCEPT,
    THREAT_FORMS,
    WISHING,
)
from telex.nlp.cached import lowers_of
from telex.nlp.sentences import sentence_of
from telex.quotes.lexicon import reporting_verbs
from telex.quotes.trim import OPENING_MARKS, quoted_at
from telex.records import ActorRef, Quote


def quoted_candidates(sent: Span, quotes: Sequence[Quote], ctx: Context, taken: set[int]) -> Iterator[Candidate]:
    """Candidates of the content of the quotes in ``sent``, by each quote's speaker. Words in ``taken`` (those of
    events found already) and quotes that deny ("rejected claims that Y is corrupt") give none."""
    for quote in quotes:
        if quote.speaker is None or not (sent.start_char < quote.end and quote.start < sent.end_char):
            continue
        heads = _content_heads(sent, quote)
        cue = _cue(quote, sent.doc) if heads else None
        if not heads or _denied(heads, cue):
            continue
        sources: list[ActorRef] | None = None
        about = said_of(cue, ctx) if cue is not None else []
        for clause in (c for h in heads for c in (h, *h.conjuncts) if c.pos_ in ("VERB", "AUX")):
            sources = speaker_actors(quote.speaker, sent.doc, ctx) if sources is None else sources
            candidate = (
                _obligation(clause, sources, ctx)
                or _threat(clause, sources, ctx, about)
                or _refusal(clause, sources, ctx)
                or _culprit(clause, sources, ctx)
            )
            if candidate is None and clause.i not in taken:
                found = [j for j in judgements(clause) if j[1].i not in taken]
                candidate = next(judged(found, sources, clause, ctx, about), None)
            if candidate is None and clause.i not in taken and _own_subject(clause):
                # "“I’m very disappointed in the RNC,” Trump said": the speaker's own stance.
                candidate = next(judged(stances(clause), sources, clause, ctx, about), None)
            if candidate is not None and candidate.anchor.i not in taken:
                taken.update(t.i for t in (candidate.anchor, *candidate.trigger))
                yield candidate


def _own_subject(clause: Token) -> bool:
    """The clause's subjects are the speaker's side, first persons: "I'm disappointed", "we are critical of"."""
    subjects = _subjects(clause)
    return bool(subjects) and all(s.lower_ in FIRST_PERSON for s in subjects)


def _obligation(verb: Token, sources: list[ActorRef], ctx: Context) -> Candidate | None:
    """ "“Germany must do more”": a demand (or, with "should", an appeal) on the named subject; one reported by a
    reporting verb of the same sentence is that verb's (``obligation_candidate``). The modal is its anchor, so the
    act asked for keeps its own (a hypothetical one is dropped later)."""
    if not obliges(verb) or not asks_an_act(verb) or not any(r.code for r in sources):
        # "She should be ashamed", "must be ready": what someone should be is a judgement, not an act asked for.
        return None
    if obligation_candidate(verb, ctx) is not None:
        return None
    own = {r.code for r in sources}
    # The clause's own active subject: "and there should be no doubt" asks nothing of the subject of the clause
    # before, "judges should be held to account" asks nothing of the judges.
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    targets = [r for r in asked_of(subjects, sources, ctx) if r.code and r.code not in own]
    # "“China needs to do more”": the verb of needing stands for the modal.
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in OBLIGATION), verb)
    if not targets:
        return None
    code = obligation_code(verb, sources, targets)
    return Candidate(code, modal, [modal, verb], sources, targets, True, confidence=0.5)


# Modals of what is still to come: a threat says what will or would happen.
TO_COME = frozenset({"will", "would", "'ll", "wo", "shall"})


def _threat(verb: Token, sources: list[ActorRef], ctx: Context, said_of: Sequence[ActorRef]) -> Candidate | None:
    """ "“Any action by China would have consequences,” Carter said", "Russia will pay a price": what a speaker says a
    named actor will suffer for what it does threatens that actor (130). Who suffers it is the clause's subject, the
    doer or owner of a deed that is the subject ("action by China"), or the "for" phrase of "there will be
    consequences for Russia"; a personal pronoun stands for whom the statement is said of."""
    if (
        not _threat_form(verb)
        or is_negated(verb)
        or not {c.lower_ for c in verb.children if c.dep_ == "aux"} & TO_COME
        or not any(r.code for r in sources)
    ):
        return None
    if any(c.dep_ == "expl" for c in verb.children):
        # "There will be consequences for Russia": who suffers them is their "for" phrase.
        subjects = [o for h in (verb, *_complements(verb)) for p, o in prep_objects(h) if p == "for"]
    else:
        subjects = _patients(verb) if is_passive(verb) else subject_tokens(verb)
    if subjects and all(s.lower_ in PERSONAL for s in subjects) and said_of:
        actors = list(said_of)
    else:
        actors = judged_actors(subjects, ctx)
    targets = _others(actors, sources)
    if not targets:
        return None
    words = [verb, *_complements(verb)]
    return Candidate(THREATEN, verb, sorted(words, key=lambda t: t.i), sources, targets, True, confidence=0.5)


# Dependencies of what a verb of a threat form takes: "have consequences", "pay a price", "held accountable".
COMPLEMENTS = frozenset({"dobj", "oprd", "acomp", "attr"})


def _complements(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in COMPLEMENTS]


def _threat_form(verb: Token) -> bool:
    """The verb, or the verb with what it takes, is one of ``THREAT_FORMS``."""
    lemma = verb.lemma_.lower()
    return lemma in THREAT_FORMS or any(f"{lemma} {c.lemma_.lower()}" in THREAT_FORMS for c in _complements(verb))


def _patients(verb: Token) -> list[Token]:
    """The passive subject: who "will be held accountable"."""
    return [c for c in verb.children if c.dep_ == "nsubjpass"]


# The codes of a rejection and an accusation of no named kind.
REJECT = "120"
ACCUSE = "112"


def _refusal(verb: Token, sources: list[ActorRef], ctx: Context) -> Candidate | None:
    """ "“We will never accept Russia's annexation of Crimea,” Poroshenko said", "Netanyahu said Israel would not
    tolerate Iranian aggression": the speaker's side (the speaker as "we" or "I", or an actor coded as the speaker is)
    refusing to accept what a named actor did or is rejects that actor (120). The negation is its anchor, so the verb
    keeps its own."""
    negation = next((c for c in verb.children if c.dep_ == "neg"), None)
    if negation is None or verb.lemma_.lower() not in REFUSING_TO_ACCEPT or not any(r.code for r in sources):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not _speakers_side(subjects, sources, ctx):
        return None
    targets = _others(judged_actors([c for c in verb.children if c.dep_ == "dobj"], ctx), sources)
    if not targets:
        return None
    return Candidate(REJECT, negation, [negation, verb], sources, targets, True, confidence=0.5)


def _culprit(verb: Token, sources: list[ActorRef], ctx: Context) -> Candidate | None:
    """ "Poroshenko said Russia was behind the attack", "“Iran is responsible for the bombing,” X said": a named actor
    said to be behind, responsible for or to blame for a hostile deed is accused by the speaker (112)."""
    words = [c for c in verb.children if c.lemma_.lower() in CULPABLE and c.dep_ in ("prep", "acomp", "xcomp")]
    for word in words:
        deeds = [o for p, o in prep_objects(verb) if p == "behind"] if word.dep_ == "prep" else []
        deeds += [o for p, o in prep_objects(word) if p == "for"]
        deed = next((d for d in deeds if _hostile(d)), None)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        targets = _others(actors_in(subjects, ctx), sources) if deed is not None else []
        if deed is not None and targets and any(r.code for r in sources):
            return Candidate(ACCUSE, word, [word, deed], sources, targets, True, confidence=0.5)
    return None


def _hostile(noun: Token) -> bool:
    """A noun of a hostile deed: an event noun of threats, protest or force (roots 13 to 20), or a condemned deed."""
    code = noun_code(noun) or ""
    return code[:2] in HOSTILE_ROOTS or noun.lemma_.lower() in CONDEMNED_DEEDS


# The CAMEO roots of hostile deeds whose doer one can be accused of being behind.
HOSTILE_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})


def _speakers_side(subjects: list[Token], sources: list[ActorRef], ctx: Context) -> bool:
    """The subjects are the speaker ("we", "I") or actors coded as the speaker or the speaker's country."""
    if all(s.lower_ in FIRST_PERSON for s in subjects):
        return True
    actors = actors_in(subjects, ctx)
    own = {r.code for r in sources} | {r.country for r in sources if r.country}
    return bool(actors) and all(r.code in own or (r.country and r.country in own) for r in actors)


def _others(actors: list[ActorRef], sources: list[ActorRef]) -> list[ActorRef]:
    """The coded actors that are not the speaker nor the speaker's country."""
    own = {r.code for r in sources} | {r.country for r in sources if r.country}
    return [r for r in actors if r.code and r.code not in own]


def _content_heads(sent: Span, quote: Quote) -> list[Token]:
    """The tokens of the quote's content in ``sent`` that hang off a token outside it: its clauses' heads."""
    inside = {t.i for t in sent if quote.start <= t.idx < quote.end}
    tokens = [sent.doc[i] for i in sorted(inside)]
    return [t for t in tokens if (head := t.head.i) not in inside or head == t.i]


def _denied(heads: list[Token], cue: Token | None) -> bool:
    """The content is what its cue denies or rejects ("denied that ...", "dismissed claims that ...")."""
    governors = {h.head.lemma_.lower() for h in heads} | ({cue.lemma_.lower()} if cue is not None else set())
    return any(v.kind == "denial" for g in governors if (v := reporting_verbs().get(g)) is not None)


def _cue(quote: Quote, doc: Doc) -> Token | None:
    """The quote's cue word nearest its speaker (the record keeps the word, not where it is)."""
    words = (quote.cue or "").lower().split()
    if not words or quote.speaker is None:
        return None
    at = quote.speaker.start
    sent, lowers = sentence_of(doc, at), lowers_of(doc)
    cues = [doc[i] for i in range(sent.start, sent.end) if lowers[i] == words[0]]
    return min(cues, key=lambda t: abs(t.idx - at)) if cues else None


def performed_by(candidate: Candidate, quotes: Sequence[Quote], ctx: Context) -> list[ActorRef]:
    """The speaker who does the act by saying it: "“We condemn the attack,” the minister said", "“I urge Russia to
    withdraw,” Merkel said", "“We hope the U.S. will listen”". A verb of ``PERFORMATIVE``, or a wish for another's
    act, said by the speaker of themselves now (``_said_now``) in a direct quote performs its act; the speaker (coded
    as an actor) is its source. A stance ("I support", "we oppose") or a report ("we attacked") performs nothing, nor
    do words the speaker quotes as another's ("“say, ‘I'd like to congratulate my opponent’”")."""
    verb = candidate.anchor
    if not (verb.lemma_.lower() in PERFORMATIVE or _wished(candidate)) or not _said_now(verb) or not _said_what(verb):
        return []
    quote = next((q for q in quotes if q.kind == "direct" and q.start <= verb.idx < q.end and q.speaker), None)
    if quote is None or quote.speaker is None or _quoted_within(verb, quote):
        return []
    return [r for r in speaker_actors(quote.speaker, verb.doc, ctx) if r.code][:1]


def _quoted_within(token: Token, quote: Quote) -> bool:
    """``token`` lies in quotation marks opened inside ``quote``: words its speaker quotes as someone else's."""
    first = token.i
    while first > 0 and token.doc[first - 1].idx >= quote.start:
        first -= 1
    while first < token.i and token.doc[first].text in OPENING_MARKS:
        first += 1  # the quote's own opening mark
    return quoted_at(token.doc, first, token.i)


def known_deed(candidate: Candidate, quotes: Sequence[Quote], ctx: Context) -> Candidate | None:
    """ "“We know that Russian intelligence services hacked into the DNC,” Clinton said": a hostile act (roots 14 to
    20) by a named actor that the speaker says they know or believe happened, in a direct quote, accuses its doer
    (112) by the speaker, as a report opening with "X said" does (``recoding.accusation``). The act itself is the
    speaker's comment, no reported event."""
    verb, head = candidate.anchor, candidate.anchor.head
    if (
        candidate.code[:2] not in HOSTILE_ROOTS - {"13"}
        or candidate.negated
        or candidate.modals
        or verb.dep_ != "ccomp"
        or not own_view(head, _subjects(head))
    ):
        return None
    quote = next((q for q in quotes if q.kind == "direct" and q.start <= head.idx < q.end and q.speaker), None)
    if quote is None or quote.speaker is None:
        return None
    sources = [r for r in speaker_actors(quote.speaker, verb.doc, ctx) if r.code][:1]
    accused = _others(candidate.sources, sources)
    if not sources or not accused:
        return None
    return Candidate(ACCUSE, head, [head], sources, accused, True, confidence=0.5, composed=True)


def as_performed(candidate: Candidate) -> None:
    """Drops from the modality of a performed ``candidate`` the frame its infinitive hangs off: "I want to thank",
    "I would like to congratulate" thank and congratulate now, no intent nor supposition."""
    if candidate.anchor.dep_ not in ("xcomp", "conj") or not _said_now(candidate.anchor):
        return
    candidate.governors = [g for g in candidate.governors if g not in PERFORMING_FRAMES]
    candidate.modals = [m for m in candidate.modals if m.lower() not in _POLITE]


def _said_now(verb: Token) -> bool:
    """The speaker says ``verb`` of themselves now: in the present with a first-person subject and no auxiliary ("I
    condemn", "we urge"); as a conjunct of such a verb ("I support and endorse Paul Ryan"); or as the infinitive of a
    frame of ``PERFORMING_FRAMES`` said so ("I want to thank", "I'd like to congratulate", "I am proud to endorse
    him", "I have decided to endorse Ted Cruz and to urge ..."). Nothing denied ("I don't want to endorse")."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and not _subjects(first):
        # "I support and endorse Ryan": a conjunct with no subject of its own shares that of the verb before it.
        first = first.head
    if is_negated(verb) or is_negated(first):
        return False
    if first.tag_ == "VBP":
        return not _auxiliaries(verb, first) and _own_subject(first)
    infinitive = first.tag_ == "VB" and first.dep_ == "xcomp" and _auxiliaries(verb, first) <= {"to"}
    return infinitive and _performing_frame(first.head)


def _auxiliaries(*verbs: Token) -> set[str]:
    """The auxiliaries of ``verbs``, lower-case: "to" of an infinitive, "have" of a perfect, a modal."""
    return {c.lower_ for v in verbs for c in v.children if c.dep_ == "aux"}


def _subjects(verb: Token) -> list[Token]:
    """The subjects ``verb`` has of its own, as the parser hung them."""
    return [c for c in verb.children if c.dep_ in SUBJECTS]


# Modals of a wish said politely now: "I would like to", "I'd like to".
_POLITE = frozenset({"would", "'d", "’d"})


def _performing_frame(frame: Token) -> bool:
    """``frame``, what a performative infinitive hangs off, is a frame of ``PERFORMING_FRAMES`` the speaker states of
    themselves now: "I want", "I would like", "I have decided", "I am proud" (the adjective's "be" in the present);
    not "I wanted", "I will decide", "I don't want"."""
    if frame.lemma_.lower() not in PERFORMING_FRAMES:
        return False
    clause = frame.head if frame.dep_ == "acomp" and frame.head.lemma_ == "be" else frame
    if frame.pos_ == "ADJ" and clause is frame:
        return False
    if is_negated(frame) or is_negated(clause) or not _own_subject(clause):
        return False
    auxiliaries = [c for c in clause.children if c.dep_ == "aux"]
    words = {a.lower_ for a in auxiliaries}
    return (
        (clause.tag_ == "VBP" and not auxiliaries)
        or (clause.tag_ == "VB" and bool(words) and words <= _POLITE)
        or (
            clause.tag_ == "VBN"
            and bool(auxiliaries)
            and all(a.lemma_ == "have" and a.tag_ == "VBP" for a in auxiliaries)
        )
    )


def _wished(candidate: Candidate) -> bool:
    """ "“We hope the U.S. will listen”", "“I want Russia to withdraw”": the speaker's own wish for another's act is
    an appeal made by saying it (``wish_candidate``)."""
    return candidate.anchor.lemma_.lower() in WISHING and candidate.code[:2] == "02"


# Objects that deny what the act would be done to: "I apologize to nobody".
NOBODY = frozenset({"nobody", "nothing", "none", "noone"})


def _said_what(verb: Token) -> bool:
    """The act has content, an object or a clause (a bare "I promise." says nothing), and none of it is nobody."""
    content = [c for c in verb.children if c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "prep")]
    objects = [g for c in content for g in (c, *c.children) if g.dep_ in ("dobj", "dative", "pobj")]
    return bool(content) and not any(o.lower_ in NOBODY for o in objects)
