"""Stage: an act aimed at whoever undergoes it, and a refusal at whoever presses. "Cruz faced criticism from Rubio",
"amid attacks from Rubio, Cruz sharpened his language", "under pressure from the EU, Greece agreed": an event noun
whose doer its own phrase names, and whose target it does not, is aimed at the subject of the clause that undergoes
it; "despite pressure from Washington, Turkey refused" is Turkey's refusal of Washington."""

from __future__ import annotations

from telex.events.arguments import Context, prep_objects, subject_tokens
from telex.events.candidate import Candidate
from telex.events.participants import actors_in, among, placed
from telex.events.word_lists import UNDERGOING, UNDERGOING_PREPS


def aim_at_undergoer(candidate: Candidate, ctx: Context) -> None:
    """Give an event noun with no placed target the subject of the clause that undergoes it: the clause of a verb
    whose object it is ("faced", ``UNDERGOING``) or of a preposition whose object it is ("amid",
    ``UNDERGOING_PREPS``)."""
    noun = candidate.anchor
    if placed(candidate.targets) or candidate.noun is None or candidate.noun.i != noun.i:
        return
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in UNDERGOING:
        clause = head
    elif noun.dep_ == "pobj" and head.lower_ in UNDERGOING_PREPS and head.head.pos_ in ("VERB", "AUX"):
        clause = head.head
    else:
        return
    found = [r for r in actors_in(subject_tokens(clause), ctx) if not among(r, candidate.sources)]
    if placed(found):
        candidate.targets = found


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
