"""An event noun that points back at an act the article has told: "Clinton condemned the test" after "North Korea
tested a bomb" is aimed at North Korea, the one who tested, though the sentence names no one; so is a judgement of "the
move" or of "it" just after an act of any kind ("Russia expelled two diplomats. Britain condemned the move")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from telex.events.arguments import object_tokens, prep_objects
from telex.events.candidate import Candidate
from telex.events.participants import AIMED_PREPS, placed, same_side
from telex.events.patterns import noun_code
from telex.events.word_lists import TOLD_ACTS, judging

# Determiners of a noun that names something the reader already knows of: "the test", "this attack".
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Where a judgement's judged word stands: the subject its predicate is said of, or the object a name is given.
JUDGED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _referring_noun(candidate: Candidate) -> Token | None:
    """The act ``candidate`` is done to, when a definite noun names it bare: "condemned the test", "lashed out at
    this attack"; not "the Iranian test" or "Moscow's attack", whose words say whose act it is."""
    anchor = candidate.anchor
    if candidate.pointing:
        # A judgement said of "it" or "the move" ("said the move was reckless"): the word it is said of.
        return next((t for t in anchor.subtree if t.dep_ in JUDGED_DEPS and points_back(t)), None)
    own = {t.i for t in candidate.trigger} | {anchor.i}
    heads = object_tokens(anchor) + [o for p, o in prep_objects(anchor) if p in AIMED_PREPS]
    for head in heads:
        if head.pos_ == "PRON" and stands_for_act(head) and judging(candidate.code):
            # "Japan condemned it": a pronoun no actor stands for is the act just told.
            return head
        # "the lawsuit Lynch announced": the noun the clause describes is the event's own, not one it is done to.
        if head.pos_ != "NOUN" or head.ent_type_ or head.i in own:
            continue
        if _bare_definite(head):
            return head
    return None


def _names(candidate: Candidate, noun: Token) -> bool:
    """The earlier candidate is an act of the kind the noun names: it was told with the same word ("tested" for
    "the test", "the attack" for "the attack"), or the noun is an event noun of the same code ("the shelling" for
    "shelled the port"); a root is too broad ("praised the accord" is no "deal", though both are cooperation)."""
    lemma = noun.lemma_.lower()
    code = noun_code(noun)
    return (code is not None and code[:3] == candidate.code[:3]) or any(
        t.lemma_.lower() == lemma for t in (candidate.anchor, *candidate.trigger)
    )


def stands_for_act(word: Token) -> bool:
    """ "it", "this", "the move": a word that stands for an act told before, not a thing its own words name ("the
    Iranian move", "the move by Iran"); "it" before the clause it stands for ("it is outrageous that he lied") is that
    clause."""
    if word.lemma_.lower() not in TOLD_ACTS:
        return False
    if word.pos_ == "PRON":
        subject = word.dep_ in ("nsubj", "nsubjpass")
        return not (subject and any(c.dep_ in ("ccomp", "xcomp") for c in word.head.children))
    return _bare_definite(word)


def points_back(word: Token) -> bool:
    """A word a judgement is said of that stands for an act told before: "it", "the move" (``stands_for_act``), or a
    bare definite event noun ("called the deal a threat" after "Russia signed a pact with North Korea"), whose act
    ``refer_back`` finds by its code."""
    if stands_for_act(word):
        return True
    return word.pos_ == "NOUN" and not word.ent_type_ and noun_code(word) is not None and _bare_definite(word)


def _bare_definite(noun: Token) -> bool:
    """ "the test", "this attack": a definite noun with no word of its own that says whose it is."""
    determiners = [c.lower_ for c in noun.children if c.dep_ == "det"]
    described = any(c.dep_ in ("poss", "amod", "compound", "nmod") for c in noun.children)
    return bool(determiners) and determiners[0] in DEFINITE and not described and not list(prep_objects(noun))


def _told_act(candidate: Candidate, noun: Token, antecedent: Candidate) -> bool:
    """A word of any act ("the move", "the decision", "it") that ``candidate`` judges points back at the act last told
    in its own or the previous sentence, unless that act is itself a judgement (one condemnation after another judges
    the first one's object, not its author)."""
    if not (judging(candidate.code) and noun.lemma_.lower() in TOLD_ACTS) or judging(antecedent.code):
        return False
    sent = noun.sent
    start = sent.start if sent.start == 0 else noun.doc[sent.start - 1].sent.start
    return antecedent.anchor.i >= start


def refer_back(candidates: Sequence[Candidate]) -> None:
    """Give an event with no placed target, whose act is done to an act a definite noun names ("condemned the
    test"), the doers of the latest earlier act told with that noun's word, when they are not its own doers."""
    for index, candidate in enumerate(candidates):
        if placed(candidate.targets) or not candidate.sources:
            continue
        noun = _referring_noun(candidate)
        if noun is None:
            continue
        antecedent = next(
            (
                c
                for c in reversed(candidates[:index])
                if c.anchor.i < noun.i and (_names(c, noun) or _told_act(candidate, noun, c)) and placed(c.sources)
            ),
            None,
        )
        if antecedent is not None and not same_side(antecedent.sources, candidate.sources):
            candidate.targets = list(antecedent.sources)
