"""Stage: an act aimed at whoever undergoes it. "Cruz faced criticism from Rubio", "amid attacks from Rubio, Cruz
sharpened his language", "under pressure from the EU, Greece agreed": an event noun whose doer its own phrase names,
and whose target it does not, is aimed at the subject of the clause that undergoes it."""

from __future__ import annotations

from telex.events.arguments import Context, subject_tokens
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
