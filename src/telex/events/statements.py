"""Stage: candidates, what quotes say. A quote's content is read with the quote's speaker as source, wherever its
cue verb is and whatever the verb: judgements of a named actor ("“Lee is a liar. He betrayed us,” Park said") and
what a named actor must or should do ("“Germany must do more,” Jones told reporters. “Berlin should pay.”").
Its trigger is the content's word, so the event lies in the content's sentence."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from telex.events.arguments import SUBJECTS, Context
from telex.events.candidate import Candidate
from telex.events.candidates import obligation_candidate, obligation_code, obliges
from telex.events.judgements import FIRST_PERSON, judged, judgements, said_of
from telex.events.participants import actors_in, speaker_actors
from telex.events.word_lists import OBLIGATION, PERFORMATIVE
from telex.nlp.sentences import sentence_of
from telex.quotes.lexicon import reporting_verbs
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
            candidate = _obligation(clause, sources, ctx)
            if candidate is None and clause.i not in taken:
                found = [j for j in judgements(clause) if j[1].i not in taken]
                candidate = next(judged(found, sources, clause, ctx, about), None)
            if candidate is not None and candidate.anchor.i not in taken:
                taken.update(t.i for t in (candidate.anchor, *candidate.trigger))
                yield candidate


def _obligation(verb: Token, sources: list[ActorRef], ctx: Context) -> Candidate | None:
    """ "“Germany must do more”": a demand (or, with "should", an appeal) on the named subject; one reported by a
    reporting verb of the same sentence is that verb's (``obligation_candidate``). The modal is its anchor, so the
    act asked for keeps its own (a hypothetical one is dropped later)."""
    if not obliges(verb) or verb.lemma_.lower() == "be" or not any(r.code for r in sources):
        # "She should be ashamed", "must be ready": what someone should be is a judgement, not an act asked for.
        return None
    if obligation_candidate(verb, ctx) is not None:
        return None
    own = {r.code for r in sources}
    # The clause's own active subject: "and there should be no doubt" asks nothing of the subject of the clause
    # before, "judges should be held to account" asks nothing of the judges.
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    targets = [r for r in actors_in(subjects, ctx) if r.code and r.code not in own]
    # "“China needs to do more”": the verb of needing stands for the modal.
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in OBLIGATION), verb)
    if not targets:
        return None
    code = obligation_code(verb, sources, targets)
    return Candidate(code, modal, [modal, verb], sources, targets, True, confidence=0.5)


def _content_heads(sent: Span, quote: Quote) -> list[Token]:
    """The tokens of the quote's content in ``sent`` that hang off a token outside it: its clauses' heads."""
    inside = {t.i for t in sent if quote.start <= t.idx < quote.end}
    return [sent.doc[i] for i in sorted(inside) if sent.doc[i].head.i not in inside or sent.doc[i].head.i == i]


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
    cues = [t for t in sentence_of(doc, at) if t.lower_ == words[0]]
    return min(cues, key=lambda t: abs(t.idx - at)) if cues else None


def performed_by(candidate: Candidate, quotes: Sequence[Quote], ctx: Context) -> list[ActorRef]:
    """The speaker who does the act by saying it: "“We condemn the attack,” the minister said", "“I urge Russia to
    withdraw,” Merkel said". A verb of ``PERFORMATIVE`` in the present with a first-person subject in a direct quote
    performs its act; the speaker (coded as an actor) is its source. A stance ("I support", "we oppose") or a report
    ("we attacked") performs nothing."""
    verb = candidate.anchor
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if (
        verb.tag_ != "VBP"
        or verb.lemma_.lower() not in PERFORMATIVE
        or not subjects
        or any(s.lower_ not in FIRST_PERSON for s in subjects)
        or any(c.dep_ in ("neg", "aux") for c in verb.children)
        or not _said_what(verb)
    ):
        return []
    quote = next((q for q in quotes if q.kind == "direct" and q.start <= verb.idx < q.end and q.speaker), None)
    if quote is None or quote.speaker is None:
        return []
    return [r for r in speaker_actors(quote.speaker, verb.doc, ctx) if r.code][:1]


# Objects that deny what the act would be done to: "I apologize to nobody".
NOBODY = frozenset({"nobody", "nothing", "none", "noone"})


def _said_what(verb: Token) -> bool:
    """The act has content, an object or a clause (a bare "I promise." says nothing), and none of it is nobody."""
    content = [c for c in verb.children if c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "prep")]
    objects = [g for c in content for g in (c, *c.children) if g.dep_ in ("dobj", "dative", "pobj")]
    return bool(content) and not any(o.lower_ in NOBODY for o in objects)
