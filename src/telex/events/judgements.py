"""Stage: candidates, spoken judgements. A speaker who condemns a named actor, or what the actor did or said,
disapproves of that actor: "“He is a danger to the free world,” said X", "X said Russia's reckless moves must
stop", "X called Y's remarks racist" are CAMEO 111 from X to Y."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from telex.events.arguments import SUBJECTS, Context
from telex.events.candidate import Candidate
from telex.events.participants import actors_in, placed, sources_of
from telex.events.word_lists import CONDEMNING, LABELLING, REPORTING
from telex.records import ActorRef

# The code of a condemnation: criticize or denounce.
CONDEMN = "111"
# Dependencies of a word that says what the clause's subject is ("is reckless", "is a liar", "seems dangerous").
PREDICATES = frozenset({"acomp", "attr", "oprd"})
# Dependencies that make a noun's owner: "Trump's remarks", "the Obama policy".
OWNERS = frozenset({"poss", "compound"})


def judgement_candidate(verb: Token, ctx: Context) -> Candidate | None:
    """A condemning word said of a named actor by the subject of ``verb``, a reporting or a labelling verb."""
    lemma = verb.lemma_.lower()
    if _negated(verb):
        return None
    if lemma in REPORTING:
        found = [j for c in verb.children if c.dep_ == "ccomp" for j in _judgements(c)]
    elif lemma in LABELLING:
        found = list(_labelled(verb))
    else:
        return None
    sources = sources_of(verb, ctx) if found else []
    if not any(r.code for r in sources):
        return None
    own = {r.code for r in sources}
    for word, judged in found:
        targets = [t for t in _judged_actors(judged, ctx) if t.code not in own]
        if targets and (placed(sources) or placed(targets)):
            return Candidate(CONDEMN, verb, [word], sources, targets, True, confidence=0.5)
    return None


def _judgements(clause: Token) -> Iterator[tuple[Token, list[Token]]]:
    """Condemning words of a reported clause with what each judges: the subject a predicate is said of ("he is a
    liar", "the plan is reckless"), the noun a condemning adjective describes ("the reckless moves"), then the
    subject of a clause with a condemning adjective anywhere ("showed a troubling willingness")."""
    if _negated(clause):
        return
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    for predicate in (c for c in clause.children if c.dep_ in PREDICATES):
        for word in _words(predicate):
            yield word, subjects
    for token in clause.subtree:
        if token.dep_ == "amod" and _condemning(token) and token.head.dep_ not in PREDICATES:
            yield token, [token.head]
    for token in clause.subtree:
        if token.pos_ == "ADJ" and _condemning(token) and not _negated(token.head):
            # "Trump has shown a troubling willingness to back Putin": what the clause's subject does is condemned.
            yield token, subjects


def _labelled(verb: Token) -> Iterator[tuple[Token, list[Token]]]:
    """ "called the remarks troubling", "branded him a liar": the object and the condemning name given to it."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and c.i > verb.i]
    for child in verb.children:
        if child.dep_ in ("oprd", "ccomp", "xcomp"):
            # The parser reads "called the remarks troubling" as a small clause too: its subject is the object.
            judged = objects or [c for c in child.children if c.dep_ in SUBJECTS]
            if judged:
                yield from ((word, judged) for word in _words(child))


def _words(predicate: Token) -> Iterator[Token]:
    """The condemning words of a predicate: itself, its conjuncts ("not only a racist, but a danger") and their
    adjectives ("a dangerous man")."""
    for head in (predicate, *predicate.conjuncts):
        if _negated(head):
            continue
        if _condemning(head):
            yield head
        yield from (c for c in head.children if c.dep_ == "amod" and _condemning(c))


def _negated(head: Token) -> bool:
    """ "is not reckless"; "is not only a racist but a danger" is no negation."""
    return any(
        c.dep_ == "neg" and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "only") for c in head.children
    )


def _condemning(token: Token) -> bool:
    return token.lemma_.lower() in CONDEMNING or token.lower_ in CONDEMNING


def _judged_actors(judged: list[Token], ctx: Context) -> list[ActorRef]:
    """The actors judged: the tokens' own actors, else the owners of what they name ("Trump's remarks")."""
    return actors_in(judged, ctx) or actors_in([c for t in judged for c in t.children if c.dep_ in OWNERS], ctx)
