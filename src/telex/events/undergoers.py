"""Stage: an act aimed at whoever undergoes it, and a refusal at whoever presses. "Cruz faced criticism from Rubio",
"amid attacks from Rubio, Cruz sharpened his language", "under pressure from the EU, Greece agreed": an event noun
whose doer its own phrase names, and whose target it does not, is aimed at the subject of the clause that undergoes
it; "despite pressure from Washington, Turkey refused" is Turkey's refusal of Washington."""

from __future__ import annotations

from spacy.tokens import Token

from telex.events.arguments import Context, prep_objects, subject_tokens
from telex.events.candidate import Candidate
from telex.events.participants import actors_in, among, placed
from telex.events.word_lists import RECEIVED_ROOTS, RECEIVING, UNDERGOING, UNDERGOING_PREPS


def aim_at_undergoer(candidate: Candidate, ctx: Context) -> None:
    """Give an event noun with no placed target the subject of the clause that undergoes or gets it: the clause of a
    verb whose object it is ("faced", ``UNDERGOING``; "received" what is ``_given``) or of a preposition whose object
    it is ("amid", ``UNDERGOING_PREPS``)."""
    noun = candidate.anchor
    if placed(candidate.targets) or candidate.noun is None or candidate.noun.i != noun.i:
        return
    head = noun.head
    if noun.dep_ == "dobj" and (head.lemma_.lower() in UNDERGOING or _given(noun, candidate.code)):
        clause = head
    elif noun.dep_ == "pobj" and head.lower_ in UNDERGOING_PREPS and head.head.pos_ in ("VERB", "AUX"):
        clause = head.head
    else:
        return
    found = [r for r in actors_in(subject_tokens(clause), ctx) if not among(r, candidate.sources)]
    if placed(found):
        candidate.targets = found


def _given(noun: Token, code: str) -> bool:
    """ "Cruz won the endorsement of Mike Lee", "received Pence's endorsement", "has gotten criticism from
    conservatives": an act that the object of a verb of getting (``RECEIVING``) names as another's, by a possessor or
    a "from" phrase (or an "of" phrase, for support, cooperation or aid: list ``received_root``), is aimed at the one
    who gets it; "made obtaining a Middle East peace agreement a priority" gets nothing yet from anyone named."""
    head = noun.head
    if head.lemma_.lower() not in RECEIVING:
        return False
    givers = [o for p, o in prep_objects(noun) if p == "from" or (p == "of" and code[:2] in RECEIVED_ROOTS)]
    givers += [o for p, o in prep_objects(head) if p == "from"]
    return bool(givers) or any(c.dep_ == "poss" for c in noun.children)


def aim_at_pressing(candidate: Candidate, ctx: Context) -> None:
    """ "declined to resign despite pressure by the commission", "despite demands from Washington, Turkey refused": a
    refusal (12) made against what someone presses for is aimed at whoever presses, when nothing else is named."""
    anchor = candidate.anchor
    if candidate.code[:2] != "12" or placed(candidate.targets):
        return
    clauses = [anchor, *(c for c in anchor.children if c.dep_ == "xcomp")]
    pressed = [o for v in clauses for p, o in prep_objects(v) if p in UNDERGOING_PREPS and o.pos_ == "NOUN"]
    doers = [d for o in pressed for p, d in prep_objects(o) if p in ("by", "from")]
    found = [r for r in actors_in(doers, ctx) if not among(r, candidate.sources)]
    if placed(found):
        candidate.targets = found
