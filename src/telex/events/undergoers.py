"""Stage: an act aimed at whoever undergoes it, and a refusal at whoever presses. "Cruz faced criticism from Rubio",
"amid attacks from Rubio, Cruz sharpened his language", "under pressure from the EU, Greece agreed": an event noun
whose doer its own phrase names, and whose target it does not, is aimed at the subject of the clause that undergoes
it; "despite pressure from Washington, Turkey refused" is Turkey's refusal of Washington."""

from __future__ import annotations

from spacy.tokens import Token

from telex.events.arguments import PERSON_PRONOUNS, Context, prep_objects, subject_tokens
from telex.events.candidate import Candidate
from telex.events.participants import actors_in, among, placed
from telex.events.word_lists import (
    CRITICISM_TAKEN,
    CRITICISM_TAKEN_PERSON,
    ELECTORATE,
    HAVING,
    POLL_SHARES,
    RECEIVED_ROOTS,
    RECEIVING,
    SUPPORT_GOT,
    TAKING,
    UNDERGOING,
    UNDERGOING_PREPS,
    VOTING_BLOCS,
    listed,
)

# The codes of the acts named by a noun that is one only as its subject gets or takes it (:func:`taken_code`).
ENDORSE = "051"
CRITICISE = "111"


def aim_at_undergoer(candidate: Candidate, ctx: Context) -> None:
    """Give an event noun with no placed target the subject of the clause that undergoes or gets it: the clause of a
    verb whose object it is ("faced", ``UNDERGOING``; "received" what is ``_given``) or of a preposition whose object
    it is ("amid", ``UNDERGOING_PREPS``)."""
    noun = candidate.anchor
    if placed(candidate.targets) or candidate.noun is None or candidate.noun.i != noun.i:
        return
    head = noun.head
    if noun.dep_ == "dobj" and (head.lemma_.lower() in UNDERGOING | TAKING or _given(noun, candidate.code)):
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


def taken_code(noun: Token) -> str | None:
    """The code of the act a noun names only as its subject gets or takes it from another, ``None`` for any other use.
    Support (list ``support_got``) got, had or drawn with its giver named ("Cruz earned the backing of two
    Republicans", "Rubio has won support from members of Congress"; not "Trump's support among whites") is an
    endorsement, 051; heat or flak taken or drawn ("is taking heat from progressives", "took flak for the remark"),
    and fire a person comes under or draws ("Clinton came under fire from Trump", list ``criticism_taken_person``; not
    "the convoy came under fire"), is criticism, 111."""
    lemma = noun.lemma_.lower()
    if lemma in SUPPORT_GOT:
        verb = noun.head if noun.dep_ == "dobj" else None
        if verb is None or verb.lemma_.lower() not in RECEIVING | HAVING | UNDERGOING:
            return None
        givers = [o for p, o in prep_objects(noun) if p in ("of", "from")]
        givers += [o for p, o in prep_objects(verb) if p == "from"]
        givers += [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        # "three times the evangelical support of Mr. Trump": support a voting bloc's adjective owns is a poll's.
        bloc = any(c.dep_ == "amod" and listed(c, VOTING_BLOCS) for c in noun.children)
        return ENDORSE if givers and not bloc and not any(_polled(g) for g in givers) else None
    if lemma not in CRITICISM_TAKEN | CRITICISM_TAKEN_PERSON:
        return None
    verb = taking_verb(noun)
    if verb is None or (lemma in CRITICISM_TAKEN_PERSON and not _a_person(subject_tokens(verb))):
        return None
    return CRITICISE


def taking_verb(noun: Token) -> Token | None:
    """The verb whose subject takes, draws or undergoes what ``noun`` names: the verb whose object it is ("took heat",
    "drew fire") or that governs the undergoing preposition whose object it is ("came under fire")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in UNDERGOING | TAKING | RECEIVING:
        return head
    if noun.dep_ == "pobj" and head.lower_ in UNDERGOING_PREPS and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _polled(giver: Token) -> bool:
    """A giver of support that is an electorate, a voting bloc or a share of one, whose support is a preference in a
    poll or a vote (lists ``electorate``, ``voting_bloc`` and ``poll_share``): "has the support of 27 percent of likely
    voters", "the support of women and older electorate", "support from roughly six in 10 Democrats" (a share told
    as so many in so many), "support from those who said ..." (people no noun names)."""
    people = [giver, *giver.conjuncts, *(o for p, o in prep_objects(giver) if p == "of")]
    if any(listed(t, ELECTORATE | POLL_SHARES | VOTING_BLOCS) for t in people):
        return True
    if giver.tag_ == "DT":
        return True
    return any(c.dep_ == "quantmod" and c.lower_ == "in" for n in giver.children for c in n.children)


def _a_person(subjects: list[Token]) -> bool:
    """A subject that names a person: a name of a person or a personal pronoun ("Clinton", "he", "she")."""
    return any(t.ent_type_ == "PERSON" or t.lower_ in PERSON_PRONOUNS for t in subjects)


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
