"""An event noun that points back at an act the article has told: "Clinton condemned the test" after "North Korea
tested a bomb" is aimed at North Korea, the one who tested, though the sentence names no one."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from telex.events.arguments import object_tokens, prep_objects
from telex.events.candidate import Candidate
from telex.events.participants import AIMED_PREPS, placed
from telex.events.patterns import noun_codes
from telex.records import ActorRef

# Determiners of a noun that names something the reader already knows of: "the test", "this attack".
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _referring_noun(candidate: Candidate) -> Token | None:
    """The act ``candidate`` is done to, when a definite noun names it bare: "condemned the test", "lashed out at
    this attack"; not "the Iranian test" or "Moscow's attack", whose words say whose act it is."""
    anchor = candidate.anchor
    own = {t.i for t in candidate.trigger} | {anchor.i}
    heads = object_tokens(anchor) + [o for p, o in prep_objects(anchor) if p in AIMED_PREPS]
    for head in heads:
        # "the lawsuit Lynch announced": the noun the clause describes is the event's own, not one it is done to.
        if head.pos_ != "NOUN" or head.ent_type_ or head.i in own:
            continue
        determiners = [c.lower_ for c in head.children if c.dep_ == "det"]
        described = any(c.dep_ in ("poss", "amod", "compound", "nmod") for c in head.children)
        if determiners and determiners[0] in DEFINITE and not described and not list(prep_objects(head)):
            return head
    return None


def _names(candidate: Candidate, noun: Token) -> bool:
    """The earlier candidate is an act of the kind the noun names: it was told with the same word ("tested" for
    "the test", "the attack" for "the attack"), or the noun is an event noun of the same code ("the shelling" for
    "shelled the port"); a root is too broad ("praised the accord" is no "deal", though both are cooperation)."""
    lemma = noun.lemma_.lower()
    code = noun_codes().get(lemma) or noun_codes().get(noun.lower_)
    return (code is not None and code[:3] == candidate.code[:3]) or any(
        t.lemma_.lower() == lemma for t in (candidate.anchor, *candidate.trigger)
    )


def _same_side(one: Sequence[ActorRef], other: Sequence[ActorRef]) -> bool:
    codes = {r.code for r in other if r.code}
    return any(r.code in codes for r in one)


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
                if c.anchor.i < noun.i and _names(c, noun) and placed(c.sources)
            ),
            None,
        )
        if antecedent is not None and not _same_side(antecedent.sources, candidate.sources):
            candidate.targets = list(antecedent.sources)
