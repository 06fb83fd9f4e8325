"""Stage: what is no reported event: a condition ("unless ..."), what an appeal or demand asks for, what a
question asks about, what a speaker's own quoted words tell, what someone is kept from doing, what a natural
hazard does, a campaign's rally, a topic gone over alone, a word of a title, what a protest verb's clause
shows, a journey to a doing, a doing that is a clause's subject, one pressed with nothing demanded (questioned),
one's own duties or record embraced, a pledge made to nobody, a stance on a policy, campaigning to one's own voters
and a comment to no one."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Token

from telex.actors.phoenix import phoenix_table
from telex.coref.lexicon import descriptions
from telex.events.arguments import (
    SUBJECTS,
    Context,
    act_of_series,
    deed_noun,
    is_passive,
    object_tokens,
    prep_objects,
    subject_tokens,
)
from telex.events.candidate import Candidate
from telex.events.modality import REFUSING
from telex.events.participants import CONSIDERING, actors_in, only_proposers, proposed_coercion, same_side
from telex.events.patterns import match_verb, noun_code, noun_codes
from telex.events.replies import DENIAL as REJECTION_CODE
from telex.events.word_lists import (
    ARMED_DOER_SECTORS,
    ASKED_ROOTS,
    ASKING,
    ASSURING,
    BACKING,
    BINDING_SECTORS,
    CAMPAIGN,
    CAMPAIGN_AUDIENCE,
    CAMPAIGN_GATHERINGS,
    CAMPAIGNING_SECTORS,
    CAPABILITY_ADVERBS,
    CAUSE_PREPS,
    COMMENT_CODES,
    COURTING_ROOTS,
    DISCUSSING,
    DONATING,
    ELECTORATE,
    ENCOURAGING,
    EQUIPPING,
    EXPLOSIONS,
    FAULTING_CODES,
    FEELING_CODES,
    FORCE_THREAT_CODES,
    HAZARDS,
    HELPING,
    INSTRUMENTS,
    INTERSTATE_GATHERINGS,
    LAUDING,
    MISHAP_SOURCES,
    PERMITTING,
    PERSUADING,
    PLEA_PREPS,
    PLEAS,
    PLEDGING,
    POLL_MARGINS,
    POLL_ROOTS,
    POLL_SHARES,
    PREFERENCE_ROOTS,
    PREVENTING,
    PROMOTING,
    PROMOTING_CODES,
    PROPOSED,
    PROPOSING,
    QUESTIONING,
    SHARE_ROOTS,
    SHOWING,
    SPENDING,
    STANCE,
    STATE_SECTORS,
    TAKEN_UP,
    TAKING_UP,
    THANKING,
    TOLD_ACTS,
    VISIT_CODES,
    VISITING_CODES,
    WANTING,
    WEIGHING_SECTORS,
    WONDERING,
    listed,
)
from telex.nlp.grammar import plural_noun, to_infinitive
from telex.quotes.lexicon import cue_nouns, media_nouns, people_nouns
from telex.quotes.subjects import can_speak
from telex.records import ActorRef, Quote


def in_condition(verb: Token) -> bool:
    """ "unless the Kremlin closed its base": a condition is not a reported event, nor is what is said or done in one
    ("if their candidate announced he would not back Trump", "if he tries to attack them", "if we had been able to
    scramble a fighter": an adjective's clause is its copula's)."""
    clause = verb
    while True:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
            return True
        if clause.dep_ not in ("xcomp", "conj", "ccomp", "acomp") or clause.head.i == clause.i:
            return False
        clause = clause.head


def requested(candidate: Candidate, kept: Sequence[Candidate]) -> bool:
    """An event inside what an appeal or demand asks for ("demanded that the US cancel plans to sell
    weapons") has not happened; the protest's stated aim ("marched to demand reforms") is part of the protest."""
    for other in kept:
        if other is candidate:
            continue
        heads = [other.anchor] + ([other.noun] if other.noun is not None else [])
        root = other.code[:2]
        for head in heads:
            for child in head.children:
                inside = child.i == candidate.anchor.i or child.is_ancestor(candidate.anchor)
                if not inside or _told_as_done(candidate.anchor, child):
                    continue
                if root in ("02", "10") and _asked_for_phrase(child):
                    # "called for a bigger military effort to destroy the Islamic State": what the "for" phrase of
                    # an appeal names is asked for, not done.
                    return True
                if child.dep_ not in ("ccomp", "xcomp", "acl", "advcl", "dobj"):
                    continue
                if root in ("02", "10") and (child.dep_ != "advcl" or _for_to_clause(child)):
                    return True
                if root == "14" and candidate.code[:2] in ("02", "10") and child.dep_ in ("advcl", "xcomp"):
                    return True
    return False


def _asked_for_phrase(child: Token) -> bool:
    """The "for" phrase of an appeal or demand, which names what it asks for: "called for an effort to destroy the
    Islamic State", "asked Congress for authority to strike Syria" (a reason given with "for" and a gerund, "called
    for his resignation for attacking Khan", is told as done: ``_told_as_done``)."""
    return child.dep_ == "prep" and child.lower_ == "for"


# Prepositions whose gerund after a verb gives the reason for it: "apologize for attacking Putin".
REASON_PREPS = frozenset({"for"})
# Subordinators of a clause of comparison, which tells what was done as the measure: "harder than they were hit".
COMPARISON_MARKS = frozenset({"than"})


def _told_as_done(anchor: Token, clause: Token) -> bool:
    """Whether ``anchor`` lies, inside the asked-for ``clause`` (an ancestor of it), in a part that tells an act done
    as a fact: the gerund a verb takes with "for", the reason it is asked (:func:`_reason_gerund`: "demanded that
    Obama apologize for attacking Putin", "called for Ginsburg to resign for saying that he is unfit"), or a clause of
    comparison ("called for the strongholds to be hit even harder than they were hit by France")."""
    token = anchor
    while token.i != clause.i and token.head.i != token.i:
        head = token.head
        if _reason_gerund(token):
            return True
        if any(c.dep_ == "mark" and c.lower_ in COMPARISON_MARKS for c in token.children):
            return True
        token = head
    return False


# Dependents by which a gerund says what was done to whom or what: "for attacking Putin", "for saying that …".
_DONE_TO = frozenset({"dobj", "ccomp", "xcomp", "acomp", "attr", "dative"})


def _reason_gerund(token: Token) -> bool:
    """ "apologize for attacking Putin": a gerund with an object or a clause of its own that a verb takes with "for"
    gives the reason for it; a bare one is the purpose ("ordered Menem to appear for questioning")."""
    prep = token.head
    return (
        token.dep_ == "pcomp"
        and token.tag_ == "VBG"
        and prep.lower_ in REASON_PREPS
        and prep.head.pos_ == "VERB"
        and any(c.dep_ in _DONE_TO for c in token.children)
    )


def _for_to_clause(clause: Token) -> bool:
    """ "called for the United States and allies to organize ground forces": a clause opened by "for" with a subject
    and an infinitive of its own is what an appeal asks for, however the parser hung it (here as an adverbial clause,
    the place it gives a clause of purpose: "called Putin to discuss Syria" tells a call made)."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def persuaded_to(verb: Token) -> bool:
    """ "He is trying to persuade other people of color to support Trump's campaign", "he planned to persuade these
    Democrats to support him", "will help convince supporters of Sanders to support Clinton": what someone is still
    to be brought round to (a verb of persuading, list ``persuading``, in its bare form or a gerund) is not done;
    "persuaded Congress to approve the deal" tells it done."""
    head = verb.head
    # The parser hangs the infinitive on the verb as its complement or, now and then, as a clause of purpose.
    complement = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and to_infinitive(verb))
    return complement and head.i != verb.i and listed(head, PERSUADING) and head.tag_ in ("VB", "VBG")


def wanted(candidate: Candidate) -> bool:
    """ "Clinton said she wants a Justice Department inquiry", "he wouldn't want Emanuel's endorsement", "Israel needs
    American support", "hoping for a meeting with Putin": an act a noun names as what someone wants, needs or hopes
    for (list ``wanting``) has not happened; a wish for another's act is an appeal of its own (``wish_candidate``)."""
    noun = candidate.noun
    if noun is None or noun.i != candidate.anchor.i:
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in WANTING


def quoted_aside(token: Token, quotes: Sequence[Quote]) -> bool:
    """ "“At that time, the whole world applauded and thanked China,” Lou said": what a speaker's own quoted words
    tell is the speaker's comment, not a reported event; only what the speaker does by saying them (a judgement, a
    demand) is one."""
    return any(q.kind == "direct" and q.start <= token.idx < q.end for q in quotes)


def in_question(token: Token) -> bool:
    """ "Did the Foundation refuse to hand over the papers?", "Wallace asked, “With nukes?”": what a question asks
    about is not reported as done, and asking a question is no appeal. The question is the clause that "?" closes;
    a quotation opening before it is someone else's question ("talked to a voter, who asked, “When ...?”"), unless
    the verb is the asking."""
    for later in token.doc[token.i + 1 : token.sent.end]:
        if later.text in (".", "!") or (later.is_quote and token.lemma_.lower() not in ASKING):
            return False
        if later.text == "?":
            return True
    return False


def asked_about(verb: Token) -> bool:
    """ "Asked if she believed Putin wanted Trump to win", "wondered whether Russia would strike": what an "if" or
    "whether" clause of asking puts in question is not reported as done. A "whether" clause puts it in question
    whatever governs it ("declined to comment on whether he still supported", "the disagreement over whether to allow
    refugees", "a debate on whether to ban Trump", "unclear whether the department will file a lawsuit"); a clause
    that describes a noun inside it tells its own fact ("questions about whether the foundation rewarded donors, a
    charge that Clinton denied"); alternatives listed as nouns are named as events ("unraveled by external events,
    whether a new offensive by Turkey or the Nusra Front")."""
    for clause in (verb, *verb.ancestors):
        marked = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if "whether" in marked and clause.pos_ in ("VERB", "AUX"):
            return True
        if "if" in marked and clause.head.i != clause.i and clause.head.lemma_.lower() in WONDERING:
            return True
        if clause.dep_ in ("relcl", "acl", "appos"):
            return False
    return False


def asks_nothing(candidate: Candidate) -> bool:
    """ "Trump's appeal among working-class voters", "broaden his appeal", "appealing to a majority of Americans",
    "pleaded guilty", "took Carrier's calls": a word of appeal that says neither what it asks for ("for aid", "to
    withdraw", "that X leave") nor whom it presses ("called on X", "pleaded with X") names a draw, a court plea or a
    phone call, not an appeal."""
    word = candidate.noun if candidate.noun is not None else candidate.anchor
    if candidate.code[:2] != "02" or word.lemma_.lower() not in PLEAS:
        return False
    if any(p in PLEA_PREPS for p, _ in prep_objects(word)):
        return False
    for child in word.children:
        if child.dep_ not in ("xcomp", "ccomp", "acl", "advcl", "relcl") or child.pos_ not in ("VERB", "AUX"):
            continue
        # "a call to withdraw", "appealed to Moscow to intervene", "a request that the envoy leave".
        if any(c.tag_ == "TO" or (c.dep_ == "mark" and c.lower_ == "that") for c in child.children):
            return False
    return True


def questioned(candidate: Candidate) -> bool:
    """ "Christie was pressed in an interview about his disagreements", "when pressed by the moderators, Sanders
    apologized": one pressed, with nothing said to be demanded of them (no "to" clause, no "for" phrase), was
    questioned; a demand (10) says what is demanded or is made by an actor ("Obama pressed Putin on Syria")."""
    verb = candidate.anchor
    if candidate.code[:2] != "10" or candidate.noun is not None or verb.lemma_.lower() not in QUESTIONING:
        return False
    unsaid = not any(c.dep_ in SUBJECTS for c in verb.children) and verb.dep_ == "advcl"
    if verb.tag_ != "VBN" or not (is_passive(verb) or unsaid):
        return False
    if any(p in PLEA_PREPS for p, _ in prep_objects(verb)):
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def helps_nobody(candidate: Candidate) -> bool:
    """ "China's spending helped global growth", "voters who have helped push the state toward Democrats": help
    with no one named as helped is no aid (070); aid has a recipient. A name or pronoun helped that no actor stands
    for ("wants to help iSrael", "helped him") is still someone."""
    if candidate.code != "070" or candidate.targets or candidate.anchor.lemma_.lower() not in HELPING:
        return False
    return not any(o.pos_ in ("PROPN", "PRON") for o in object_tokens(candidate.anchor))


def helps_at_home(candidate: Candidate) -> bool:
    """ "whom Trump empowered to help him win the nomination", "visited several states to help rally members behind
    Clinton", "the fading attention helped Clinton", "Yellen is keeping rates low to help President Obama": plain help
    among compatriots (or with no country named) that is help in a doing (a verb after it) or goes to one who stands
    for or holds office is campaigning or a hand lent; CAMEO's aid (070) is economic, military or humanitarian
    provision. Help across a border stays aid ("Japan would help Southeast Asian nations build their capabilities"),
    and so does help to the people ("help the affected residents")."""
    if candidate.code != "070" or candidate.anchor.lemma_.lower() not in HELPING:
        return False
    if len({r.country for r in candidate.sources + candidate.targets if r.country}) > 1:
        return False
    doing = any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in candidate.anchor.children)
    campaigners = bool(candidate.targets) and all(r.sector in CAMPAIGNING_SECTORS for r in candidate.targets)
    return doing or campaigners


def lets_own_side(candidate: Candidate, ctx: Context) -> bool:
    """ "to wrap up the primary and allow Clinton to focus on her race", "allowing the DNC to solicit funds", "allows
    Republicans to dodge Trump", "allowing his natural skills to shine through": letting one's own side, a campaigner
    of one's own country or no actor at all do something opens a way or lends a hand; a concession (080) lets another
    side do what it sought ("the minister allowed the opposition leader to hold a rally", "Israel allowed Egyptian
    envoys to visit Gaza"). Letting something in or happen stays ("allow refugees into Germany", "allowing daylong
    rallies")."""
    if candidate.code != "080" or candidate.anchor.lemma_.lower() not in PERMITTING:
        return False
    # Only an infinitive is what one lets another do ("allow Clinton to focus", "let them win"): in "allowing daylong
    # rallies of Sanders supporters ... facing the convention site" the parser hangs a participle on the verb.
    doings = [
        c
        for c in candidate.anchor.children
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and (c.tag_ == "VB" or to_infinitive(c))
    ]
    if not doings:
        return False
    # The one let do it: the doing's subject ("allowed him to go" as a clause) or the verb's object.
    allowed = actors_in([s for d in doings for s in d.children if s.dep_ in SUBJECTS], ctx)
    allowed = allowed or actors_in(list(object_tokens(candidate.anchor)), ctx)
    if not allowed or same_side(candidate.sources, allowed):
        return True
    # A campaigner or office holder of the doer's own country (or of none given): one political side lets another run.
    home = {r.country for r in candidate.sources if r.country}
    return all(r.sector in CAMPAIGNING_SECTORS and (not r.country or r.country in home) for r in allowed)


def polled(candidate: Candidate) -> bool:
    """ "45 percent of caucusgoers backed Clinton", "voters in the area rejecting Trump": an electorate's support for
    or opposition to someone named is a preference in a vote or a poll, not a political act. Voters who reject a
    treaty or a policy ("Dutch voters rejected the treaty") act on it in a referendum. So is that of people counted
    but never named ("most in both states supported Sanders", "a majority of those who said so backed her"), and
    any backing by a margin ("women back him by almost 20 points") or by a share of people ("more than half of his
    union's workers support Sanders"; not "majorities in Congress"). One supported or rejected by office is as named
    ("African-American voters overwhelmingly support the president"), and a pronoun stands for the electorate it
    names ("40 percent of Clinton voters said they could not support Obama"). A share of people counted is a poll's
    finding whatever it backs or wants ("a 69% majority of Republicans support deploying ground forces", "63 percent
    of Americans want the Senate to hold hearings", "large majorities of Americans agreed with Trump"), unless the
    people are a body of state ("a majority of the Senate rejected the nominee" voted)."""
    if candidate.code[:2] in POLL_ROOTS and any(_poll_figure(w) for w in candidate.heads):
        return True
    counted = any(_counted(s) for s in subject_tokens(candidate.anchor))
    # "A majority of the Senate rejected the nominee": a body's members vote.
    if counted and candidate.code[:2] in SHARE_ROOTS and not any(r.sector in STATE_SECTORS for r in candidate.sources):
        return True
    if candidate.code[:2] not in POLL_ROOTS:
        return False
    named = any(o.pos_ in ("PROPN", "PRON") for o in object_tokens(candidate.anchor))
    by_office = candidate.targets and all(r.sector in CAMPAIGNING_SECTORS for r in candidate.targets)
    if not named and not (by_office and candidate.code[:2] in PREFERENCE_ROOTS):
        return False
    margins = [o for p, o in prep_objects(candidate.anchor) if p == "by" and o.pos_ == "NOUN"]
    if any(o.lemma_.lower() in POLL_MARGINS for o in margins):
        return True
    for subject in _doer_words(candidate.anchor):
        people = [subject, *(o for p, o in prep_objects(subject) if p == "of")]
        # A share of people counted was polled above (``_counted``): "a majority of the Senate" votes.
        if any(listed(t, ELECTORATE) for t in people):
            return True
        if named and people[-1].tag_ in ("DT", "JJ", "JJS") and not candidate.sources:
            # A determiner or an adjective standing for people no actor codes ("most", "those who said"), with no
            # noun after; "many in the Republican establishment" are the party's.
            return True
        if subject.pos_ == "PRON" and any(_names_people_of(r.text, ELECTORATE) for r in candidate.sources):
            return True
    return False


def courts_own_audience(candidate: Candidate) -> bool:
    """ "urged voters to slow down", "thanked the state's voters", "assured voters he'd force Mexico to pay", "implored
    state party delegates to unite", "freeing delegates to vote their conscience": a cooperative act (list
    ``courting_root``) done only to voters, supporters or delegates (list ``campaign_audience``) of the doer's own
    country (of any, when no doer is named: "an ad that urges voters in New York") is campaigning; CAMEO codes acts
    between political actors. Faulting or coercing them stays ("called Iowa voters stupid", "purged voters from the
    rolls"), and so does courting another country's voters ("Putin urged Ukrainian voters") or people of no country
    known. Thanks (list ``thanking``) to one's own country's places or people at large are a campaign's gratitude to
    its voters too ("Rubio thanked Miami", "“Thank you Georgia”", "thanked the evangelical community for supporting
    him"); thanks to an office holder or a body stay ("thanked Obama for taking these steps")."""
    if candidate.code[:2] not in COURTING_ROOTS or not candidate.targets:
        return False
    home = {r.country for r in candidate.sources if r.country}
    thanks = listed(candidate.anchor, THANKING)
    return all(
        (_names_people_of(r.text, CAMPAIGN_AUDIENCE) or (thanks and r.sector in (None, "CVL")))
        and (r.country in home or not home)
        for r in candidate.targets
    )


def thanks_no_one(candidate: Candidate) -> bool:
    """ "Sanders is thanking Nevadans for their support", "she thanked her adopted home state", "“Thank you Indiana!”":
    thanks (list ``thanking``) aimed at no one the coder places, once the people at home are placed, are a campaign's
    gratitude to its voters, as thanks to one's own country's people at large are (:func:`courts_own_audience`);
    thanks to an office holder or a body name them ("thanked Obama for taking these steps")."""
    return candidate.code[:2] in COURTING_ROOTS and not candidate.targets and listed(candidate.anchor, THANKING)


def encourages_a_thing(candidate: Candidate) -> bool:
    """ "the billionaire was encouraging violence at his rallies", "Oklahoma did little to encourage early voting", "he
    was “encouraged” by the plan": a verb of encouraging (list ``encouraging``) whose object is a thing, with no act
    asked of anyone (no infinitive or clause), fosters the thing, and one whose passive's "by" agent is a thing tells a
    feeling; CAMEO's appeal is made to someone ("encouraged her to take the slot", "encouraged by the United States").
    Urging a thing calls for it ("urged an increased global security role for the country") and stays."""
    verb = candidate.anchor
    if candidate.code[:2] != "02" or candidate.noun is not None or not listed(verb, ENCOURAGING):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    if is_passive(verb):
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        return bool(agents) and all(_a_thing(o) for o in agents)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(_a_thing(o) for o in objects)


def comment_to_no_one(candidate: Candidate) -> bool:
    """ "Mr. Thiel declined to comment", "the campaign declined to respond to questions", "he expressed concern about
    the closed primary": a comment (list ``comment_code``: declined, pessimistic, optimistic) aimed at no one, or only
    at the press asking for it ("declined an interview request from POLITICO"), is a reporter's note on sources or a
    view of things, no interaction; "expressed concern to Beijing" is one."""
    if candidate.code not in COMMENT_CODES:
        return False
    return all(r.sector == "MED" for r in candidate.targets)


def feeling_to_no_one(candidate: Candidate) -> bool:
    """ "he lamented the good old days", "Orlando mourned the dead", "still grieving his son's death": an empathetic
    comment (list ``feeling_code``) told by its verb alone, with no one named it is aimed at, is a feeling, not a
    comment made to anyone. Condolences or sympathy expressed ("offered his condolences for the attack") stay: they
    are aimed at those struck, though the parse may not name them."""
    alone = len(candidate.trigger) == 1 and candidate.noun is None and candidate.anchor.pos_ == "VERB"
    return candidate.code in FEELING_CODES and alone and not candidate.targets


# Appeals and demands to others to meet or negotiate, settle a dispute or accept mediation (026-028, 106-108).
BETWEEN_OTHERS_CODES = frozenset({"026", "027", "028", "106", "107", "108"})


def refuses_no_one(candidate: Candidate) -> bool:
    """ "Fiorina declined multiple requests for an interview", "the candidate declined to provide a list of venues",
    "Bayh declined to run for reelection", "she declined to claim outright victory": a refusal (120 said by "refuse",
    "decline" or another word of refusing) aimed at no one named, of an act that is itself no event, tells what its
    doer would not say or do, not a rejection of another actor's proposal or demand. A refused act that is an event
    is coded as its own refusal ("refused to meet Putin", "declined to resign"), and a refusal of someone's offer or
    request names them ("declined a Department of Defense offer")."""
    return candidate.code == REJECTION_CODE and not candidate.targets and candidate.anchor.lemma_.lower() in REFUSING


def appeals_to_no_one(candidate: Candidate) -> bool:
    """ "Sanders asked for people to chip in $27", "he urged them, as he explained how tough it is to run", "he calls
    for a Medicare-for-all system", "the governor ordered such a quarantine": an appeal or a demand (roots 02 and 10)
    aimed at no one the coder places asks the public, the crowd, the supporters or the doer's own staff, or calls for a
    policy; CAMEO's appeal and demand are made to another actor ("urged Iran to withdraw", "demanded that Russia
    leave"). A state's own appeal ("Russia called on Ukraine to leave", "Beijing demanded they stop producing coal",
    "the White House urged Silicon Valley to find a compromise") is diplomacy or government whether or not its
    addressee was placed, and stays. Asked once the participants are complete and the people at home placed, so a
    target found by any rule keeps it. An appeal or demand for talks, a settlement or mediation, or for an act an
    event noun names ("called for a ceasefire", "a call for talks"), is aimed at the sides to it, whom the coder may
    have missed, and stays too."""
    if candidate.code[:2] not in ("02", "10") or candidate.code in BETWEEN_OTHERS_CODES or candidate.targets:
        return False
    word = candidate.noun if candidate.noun is not None else candidate.anchor
    sought = _sought(word)
    if sought is not None and sought.lemma_.lower() in noun_codes():
        return False  # "called for talks", "a call for a ceasefire": an act between others, asked of its sides
    return not any(r.country and not r.sector for r in candidate.sources)


# The words of a share told as a percentage.
PERCENT = frozenset({"percent", "%"})


def _poll_figure(word: Token) -> bool:
    """ "Johnson supported by an average of 13 percent", "Sanders has backing from 33 percent", "male troops backed
    Trump, 57 percent to 22 percent", "voters are united in supporting the funding, 89%-6%": support or opposition
    whose "by" or "from" phrase is a percentage, or with a percentage set beside its object, is a poll's finding
    told by its figure. "Beruff supports Trump 100 percent" says how much, and stays."""
    for prep, thing in prep_objects(word):
        if prep in ("by", "from") and any(t.lower_ in PERCENT for t in thing.subtree):
            return True
    beside = [word, *(c for c in word.children if c.dep_ == "dobj")]
    return any(c.dep_ == "appos" and c.lower_ in PERCENT for w in beside for c in w.children)


def _doer_words(verb: Token) -> list[Token]:
    """The words that name who does ``verb``: its subjects; for a pronoun of a reported clause, the reporter's
    ("superdelegates have said they support Clinton", through the clause's complements: "supporters said they were
    planning to back Clinton"); with no subject, the noun that the adjective or participle governing the infinitive
    describes ("voters inclined to support Mr. Trump")."""
    subjects = subject_tokens(verb)
    words = list(subjects)
    clause = verb
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head  # "Sanders supporters said they were planning to back Clinton": the planning is reported
    if clause.dep_ == "ccomp" and any(s.pos_ == "PRON" for s in subject_tokens(clause)):
        words += subject_tokens(clause.head)
    if not subjects and verb.dep_ == "xcomp" and verb.head.dep_ in ("amod", "acl"):
        words.append(verb.head.head)
    return words


def _counted(subject: Token) -> bool:
    """The subject is a share of people: "56% of voters", "a majority of Republicans", "three-quarters of them", "most
    of whom" (a plural or a pronoun after "of"), "6 in 10 white men" (``_one_in``); a percentage alone ("56% want
    action") counts people too."""
    if _one_in(subject):
        return True
    if not listed(subject, POLL_SHARES):
        return False
    # "More than half of Clinton's address was devoted to criticizing Trump": a share of a thing counts no one.
    people = [o for p, o in prep_objects(subject) if p == "of"]
    # "the vast majority of whom support Clinton": a relative pronoun stands for the people it describes.
    return subject.lemma_.lower() in PERCENT or any(o.tag_ in ("NNS", "NNPS", "PRP", "WP") for o in people)


def _one_in(subject: Token) -> bool:
    """A share told as so many in so many: "about 6 in 10 white men supported Sanders" (the people's number has "in" for
    its own modifier), "he was backed by nearly 6 in 10 of the voters" (the number heads, its "in" phrase a number)."""
    if any(
        c.dep_ == "nummod" and any(g.dep_ == "quantmod" and g.lower_ == "in" for g in c.children)
        for c in subject.children
    ):
        return True
    return subject.tag_ == "CD" and any(
        p.dep_ == "prep" and p.lower_ == "in" and any(o.tag_ == "CD" for o in p.children) for p in subject.children
    )


def _names_people_of(text: str, nouns: Collection[str]) -> bool:
    """The words name people of a word list, one or many: an electorate ("Clinton voters", "his supporters"), a
    campaign's audience ("Iowa caucusgoers", "New England delegates")."""
    return any(w in nouns or w.removesuffix("s") in nouns for w in text.lower().split())


def prevented(verb: Token) -> bool:
    """ "banned North Korea from testing missiles", "forbade them to leave": what someone is kept from doing has
    not happened (the ban is the event)."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "from":
        return head.head.lemma_.lower() in PREVENTING
    return verb.dep_ == "xcomp" and head.lemma_.lower() in PREVENTING


def by_hazard(verb: Token) -> bool:
    """ "the quake killed 20", "Cyclone Mocha slammed into the coast, destroying homes", "homes were destroyed by
    the storm": a natural hazard does it, and a hazard is nobody, so no event (a named storm counts by its
    compound: "Typhoon Rai")."""
    for subject in map(act_of_series, subject_tokens(verb)):
        # "A wave of killings hit Kabul" is the killings', not a wave's. A capitalised plural may keep its form as its
        # lemma ("Landslides blocked the highway").
        words = {subject.lemma_.lower(), subject.lower_, subject.lower_.removesuffix("s")}
        words |= {c.lemma_.lower() for c in subject.children if c.dep_ == "compound"}
        if words & HAZARDS or _mishap(subject):
            return True
    return False


def _mishap(subject: Token) -> bool:
    """ "A gas explosion destroyed a building", "a blast at a chemical plant killed 40", "a fuel tanker exploded,
    killing 40", "a fireworks warehouse blew up": an explosion of fuel or of plant, or at a plant, with no doer named,
    is a mishap. A bomb, or an explosion anywhere else ("a blast at a market killed 20"), stays an attack."""
    lemma = subject.lemma_.lower()
    if lemma not in EXPLOSIONS and subject.head.lemma_.lower() != "explode" and not _blew_up(subject.head):
        return False
    if lemma in EXPLOSIONS and any(p == "by" for p, _ in prep_objects(subject)):
        return False
    named = [subject] + [o for p, o in prep_objects(subject) if p in ("at", "in", "of")]
    words = {w.lemma_.lower() for t in named for w in (t, *t.lefts) if w.dep_ in ("compound", "amod") or w is t}
    return bool(words & MISHAP_SOURCES)


def _blew_up(verb: Token) -> bool:
    """ "a fireworks warehouse blew up": blowing up with nothing blown up is exploding ("rebels blew up a bridge" is
    not)."""
    children = list(verb.children)
    return (
        verb.lemma_.lower() == "blow"
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in children)
        and not any(c.dep_ == "dobj" for c in children)
    )


def campaign_rally(candidate: Candidate) -> bool:
    """ "a campaign rally", "her victory rally", "a primary-night rally": a rally a campaign word marks as a
    campaign's, with no cause named ("against the war"), is a campaign event; CAMEO's 141 is a demonstration for or
    against something. So is a rally of one who stands for or holds office ("Sanders held a rally", "at a Trump rally").
    A rally named only by another ("a Navalny rally": an opposition leader's) stays a protest: abroad it often is."""
    noun = candidate.noun if candidate.noun is not None else candidate.anchor
    if candidate.code != "141" or noun.lemma_.lower() not in CAMPAIGN_GATHERINGS:
        return False
    if any(p in CAUSE_PREPS for p, _ in prep_objects(noun)):
        return False
    if candidate.sources and all(r.sector in CAMPAIGNING_SECTORS for r in candidate.sources):
        # "Sanders held a rally in Springfield", "at a Trump rally": those who run for office rally their supporters.
        return True
    holders = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")]
    return any(t.lemma_.lower() in CAMPAIGN for h in holders for t in h.subtree)


def proposal_of(anchor: Token) -> Token | None:
    """The head of the proposal that names the event as only proposed: the event noun a participle of proposing marks
    ("the proposed ban"), or the noun of proposing whose complement it is ("a plan to build", "his call to deport",
    "a call for a ban")."""
    if anchor.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in PROPOSED for c in anchor.children
    ):
        return anchor
    if anchor.dep_ in ("pobj", "pcomp") and anchor.head.lower_ == "for":
        anchor = anchor.head  # "a call for a ban", "his proposal for banning Muslims"
    head = anchor.head
    if anchor.dep_ == "advcl" and any(c.tag_ == "TO" for c in anchor.children):
        # "decried Trump's repeated calls to ban Muslims": the parser may hang the noun's infinitive on the verb.
        head = next((c for c in head.children if c.dep_ == "dobj" and c.i + 1 == anchor.left_edge.i), head)
    # "calls to ban": the parser may also read the noun's infinitive as a relative clause.
    infinitive = anchor.dep_ in ("advcl", "relcl") and any(c.tag_ == "TO" for c in anchor.children)
    proposing = head.pos_ == "NOUN" and head.lemma_.lower() in PROPOSING
    return head if proposing and (anchor.dep_ in ("acl", "xcomp", "prep") or infinitive) else None


def mentioned_proposal(candidate: Candidate, ctx: Context) -> bool:
    """ "decried Trump's call to deport", "the proposed ban on Muslims": a proposal named by its owner, or named
    proposed with no one proposing it, is a mention of one made before, no new act (the proposing is coded where it
    is told: "Trump proposed a ban"). The owner who restates his own proposal states his intent again ("Cruz talked
    up his plans to deport")."""
    proposal = proposal_of(candidate.anchor)
    # "Trump’s calls": the parser may read a possessive with a curly apostrophe as a modifier marked by its case.
    owner = [
        c
        for c in (proposal.children if proposal is not None else ())
        if c.dep_ == "poss" or (c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children))
    ]
    if proposal is None or not (owner or proposal.i == candidate.anchor.i):
        return False
    owners = {r.entity_id or r.name for r in actors_in(owner, ctx)}
    restating = actors_in(subject_tokens(proposal.head), ctx) if proposal.dep_ == "dobj" else []
    return not any((r.entity_id or r.name) in owners for r in restating)


def discussed_alone(candidate: Candidate) -> bool:
    """ "Carter discussed how he had lost a note", "Klein will discuss the Benghazi connection": one speaker going
    over a topic (an object or a clause) in a show, a speech or an email consults nobody. CAMEO's 040 needs a
    partner: "with Y", or several who discuss together ("X and Y discussed", "leaders discussed")."""
    verb = candidate.anchor
    if candidate.code != "040" or candidate.noun is not None or verb.lemma_.lower() not in DISCUSSING:
        return False
    if any(p == "with" for p, _ in prep_objects(verb)) or not any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        # A bare "discussed" leaves the topic and the partners to the context.
        return False
    subjects = subject_tokens(verb)
    return bool(subjects) and not any(plural_noun(s) or s.lower_ in ("they", "we") for s in subjects)


def intends_for_nobody(candidate: Candidate) -> bool:
    """ "vowed to focus on being a better father", "promised to build a wall", "offered the man a job": a plain
    promise or offer that names no one it is made to and folds in no act of cooperation is a resolution or a
    campaign pledge; CAMEO's intent to cooperate (030) is towards another actor. A state or its government that
    pledges a course ("Vietnam is committed to opening up the economy") binds its policy, and several who pledge
    together ("X and Y pledged to work together") pledge to each other. A noun of promise is the same pledge
    ("Trump's vow to construct a wall", "her vow to go after companies", "delivered a forceful promise to strengthen
    labor unions")."""
    if candidate.code != "030" or candidate.composed or candidate.targets:
        return False
    word = candidate.noun if candidate.noun is not None else candidate.anchor
    return not _of_policy(candidate, BINDING_SECTORS) and word.lemma_.lower() in PLEDGING


def _of_policy(candidate: Candidate, sectors: Collection[str]) -> bool:
    """Several doers together, a state itself, or a body of it of one of ``sectors``: what they pledge or weigh with
    no one named is their policy."""
    return len(candidate.sources) > 1 or any(not s.sector or s.sector in sectors for s in candidate.sources)


def weighs_for_nobody(candidate: Candidate) -> bool:
    """ "Bloomberg is considering a presidential run", "the party is considering filing an appeal", "Stephen Moore said
    he is considering an endorsement": an option weighed (014) by a person, a party or a firm that is aimed at no one,
    even through the act it weighs (``participants._considered``), is its doer's own business; CAMEO's policy option
    is weighed towards another actor ("Japan is considering sanctions on North Korea") or by a state or a body of it
    (``weighing_sector``), whose course is its policy ("Germany is considering sending troops", "officials are
    considering a moratorium on new visas", "the judge is considering whether to order the department to"). One
    weighed on a condition is held over someone, a threat ("would consider legislation if the banks do not act")."""
    if candidate.code != CONSIDERING or candidate.targets or candidate.conditional:
        return False
    return not _of_policy(candidate, WEIGHING_SECTORS)


def travels_unnamed(candidate: Candidate) -> bool:
    """ "was returning to Cairo to see his father", "$495,000 went to Trump's company", "the show is returning to
    CBS": a visit (042) is made by a visitor; with no actor named as the one who goes (a passenger, money, a show),
    a journey is no visit between actors."""
    return candidate.code == "042" and not candidate.sources


def visits_at_home(candidate: Candidate) -> bool:
    """ "the president traveled to New York", "greeted supporters in Houston", "Sanders visited Missouri", "Clinton
    attended the meeting": a visit made or hosted (042, 043) is between a visitor and a host. With places of the
    visitor's own country as the only other side, it is a journey at home, which CAMEO does not code; so is a visit
    made to no host named (a host's guests may go unnamed: "Egypt hosted the negotiations"). A body of that country
    is a host ("Obama visited the court"), and so is any actor abroad; a summit is a meeting of states, whose members
    visit each other wherever it is held ("Egypt attended the summit")."""
    if candidate.code not in VISITING_CODES or not candidate.sources:
        return False
    if not candidate.targets:
        objects = object_tokens(candidate.anchor)
        return candidate.code in VISIT_CODES and not any(o.lemma_.lower() in INTERSTATE_GATHERINGS for o in objects)
    countries = {r.country for r in candidate.sources if r.country}
    return all(r.country in countries and not r.sector for r in candidate.targets)


def returns_home(candidate: Candidate) -> bool:
    """ "Reid will make an endorsement when he returns to Washington", "he's returning to the Senate", "Clinton
    returning to the White House", "returning him to the post of prime minister": going back to a place or a body of
    one's own country is going home or back to work, no visit (042); a return abroad stays one ("Obama returned to
    Hiroshima")."""
    if candidate.code != "042" or candidate.anchor.lemma_.lower() != "return" or not candidate.targets:
        return False
    countries = {r.country for r in candidate.sources if r.country}
    return all(r.country in countries for r in candidate.targets)


def campaign_finance(candidate: Candidate, ctx: Context) -> bool:
    """ "donated $2,400 to Ayotte", "gave money to Clinton", "companies funding the party's convention", "Manafort is
    donating his services": money given at home to those who stand for or hold office (``CAMPAIGNING_SECTORS``), or
    by the article's compatriots to no one named, is campaign finance or charity; CAMEO's aid (070-074) is economic,
    military or humanitarian provision between political actors. Money across borders stays aid ("Saudi Arabia
    donated $10 million", "Japan funded the Iraqi government")."""
    if candidate.code[:2] != "07" or not {t.lemma_.lower() for t in candidate.trigger} & DONATING:
        return False
    countries = {r.country for r in candidate.sources + candidate.targets if r.country}
    if not candidate.targets:
        return bool(countries) and countries == {ctx.entities.home_country}
    return len(countries) == 1 and all(r.sector in CAMPAIGNING_SECTORS for r in candidate.targets)


# Roots of the acts a sum spent may buy: support (05) and aid (07).
BOUGHT_ROOTS = frozenset({"05", "07"})


def bought_backing(candidate: Candidate) -> bool:
    """ "a trio of PACs have reported spending $513,000 supporting him", "Patriot Majority PAC also spent $640,000 to
    back her", "liberal groups reported spending only $1 million supporting her": support or help (roots 05 and 07)
    that a sum spent (a verb of list ``spending`` with a MONEY object) buys is campaign finance, as a donation is
    (:func:`campaign_finance`), no act between actors. Time spent doing it tells it done ("spent the day praising
    Clinton"), and so does a sum spent attacking someone, an attack told in advertising ("have spent more than $10
    million attacking Ayotte")."""
    verb = candidate.anchor
    if candidate.code[:2] not in BOUGHT_ROOTS or candidate.noun is not None or verb.dep_ not in ("xcomp", "advcl"):
        return False
    spender = verb.head
    if spender.i == verb.i or not listed(spender, SPENDING):
        return False
    return any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in spender.children)


def done_without(verb: Token) -> bool:
    """ "the collapse, without a bullet being fired", "signed the decree without consulting parliament": what
    something is done without is not done."""
    head = verb.head.head if verb.dep_ == "acl" else verb.head
    return verb.dep_ in ("pcomp", "acl") and head.lower_ == "without"


def without_sign(anchor: Token) -> bool:
    """ "investigators had no evidence that the account had been hacked", "showed no sign that he planned to
    apologize", "there is no indication that prosecutors convened a grand jury": an act told in the clause or the "of"
    phrase of a noun of showing (list ``showing``) that is denied is not known to be done, so is no event."""
    token = anchor
    while token.head.i != token.i:
        head = token.head
        if token.dep_ != "relcl" and head.pos_ == "NOUN" and listed(head, SHOWING) and denied_noun(head):
            return True
        token = head
    return False


def denied_noun(noun: Token) -> bool:
    """Whether ``noun`` is denied: "no evidence", "without any sign", "did not find proof", "there isn't evidence"."""
    if any((c.dep_ == "det" and c.lower_ == "no") or c.dep_ == "neg" for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "without":
        return True
    return noun.dep_ in ("dobj", "attr") and any(c.dep_ == "neg" for c in noun.head.children)


def permitted_by_text(candidate: Candidate) -> bool:
    """ "a law that allows communities to open their polls", "party rules allow for minority reports", "a plan
    allowing graduates to refinance": what a law, a rule or a plan permits is its content; no actor yields (08)."""
    if candidate.code[:2] != "08" or candidate.noun is not None:
        return False
    verb = candidate.anchor
    permitting = list(subject_tokens(verb))
    if verb.dep_ in ("acl", "relcl"):
        permitting.append(verb.head)
    return any(listed(t, INSTRUMENTS) for t in permitting)


def defends_own(candidate: Candidate) -> bool:
    """ "defended her record as secretary of state", "stood by his comments", "to defend the image of Mexicans
    abroad": defending one's own words, record or cause with no one named as defended or answered is a statement
    about oneself; CAMEO's verbal defence (052) takes the side of an actor ("defended Israel's right to")."""
    return candidate.code == "052" and not candidate.targets


def embraces_own(candidate: Candidate) -> bool:
    """ "fully embracing his surrogate duties", "embracing his reputation as a liberal": praising or taking up one's own
    duties, record or image, with no one named as praised or backed, supports nobody (051 needs someone backed); nor
    does taking up an idea, a policy or a method ("embraced enhanced interrogation techniques", "embraced a path to
    citizenship"). Under an appeal or a demand the act stays ("pushed the White House to embrace an approach")."""
    if candidate.code != "051" or candidate.targets or candidate.noun is not None:
        return False
    objects = object_tokens(candidate.anchor)
    if candidate.anchor.lemma_.lower() in TAKING_UP and any(_taken_up(o) for o in objects):
        return True
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for o in objects for c in o.children)


def _taken_up(thing: Token) -> bool:
    """What a verb of taking up has as its object is a thing, no one backed: a word of ``taken_up`` ("embraced a
    path"), or a bare noun, with no article, that names no people ("has embraced open racism", "Kaine fully embraced
    abortion"); "embraced Trump", "embraced him", "embraced the rebels" name whom they back, as "embraced the mogul"
    and "embraced the Eastern establishment" may (people no table knows)."""
    bare = not any(c.dep_ in ("det", "poss") for c in thing.children)
    return listed(thing, TAKEN_UP) or (thing.pos_ == "NOUN" and bare and not can_speak(thing))


def allegiance(candidate: Candidate) -> bool:
    """ "a super PAC supporting Jeb Bush", "Democrats supporting Mrs. Clinton have pointed to …", "those backing him",
    "conservative groups opposing her": a present participle of support or opposition (list ``backing``) that describes
    a noun says whom its people back or oppose, a standing by which the article names them; so does a relative clause
    in the present, simple or progressive ("said Elmendorf, who supports Clinton but is not working for her", "Giuliani,
    who backs Trump, trashed Comey", "young women who support Sanders", "a candidate who many party members strongly
    oppose", "said Norm Coleman, who is supporting Mr. Rubio").
    CAMEO's 051 and 120 are acts of backing and rejecting, told as such ("Christie endorsed Trump", "Graham, who has
    endorsed Cruz", "Andreessen, who backed Mr. Romney", "Ryan refused to back him")."""
    anchor = candidate.anchor
    if candidate.code not in ("051", "120") or anchor.lemma_.lower() not in BACKING:
        return False
    if anchor.dep_ == "relcl":
        auxiliaries = [c.lemma_.lower() for c in anchor.children if c.dep_ in ("aux", "auxpass")]
        return (anchor.tag_ in ("VBZ", "VBP") and not auxiliaries) or (anchor.tag_ == "VBG" and auxiliaries == ["be"])
    return anchor.dep_ == "acl" and anchor.tag_ == "VBG" and anchor.head.pos_ in ("NOUN", "PROPN", "PRON")


def stance_on_a_thing(candidate: Candidate) -> bool:
    """ "Rubio opposes abortion", "she supported the legislation in 2007", "Mr. Cruz supports squeezing out undocumented
    immigrants", "the Keystone XL pipeline, which is widely supported by Republicans", "supported a ban on cloning": a
    verb of stance (list ``stance``) whose object is a thing, a doing or an act no one is named undergoing, with no one
    acted on, tells where its doer stands on a policy; CAMEO's 051 and 120 back or reject an actor ("Christie endorsed
    Trump", "Israel rejected the U.S. proposal"). A verb of pressing or calling for (list ``promoting``) with such an
    object, or seeking it with "for", promotes it ("the trade deal he is pushing", "called for a ban on Muslims
    entering", "pushed for Zika funding"). A thing someone owns ("supported Twitter's efforts", "opposed his plan") is
    that owner's, whom the coder may have missed, and stays."""
    anchor = candidate.anchor
    if candidate.targets:
        return False
    stance = candidate.code in ("051", "120") and listed(anchor, STANCE)
    if stance and anchor.pos_ == "VERB" and _stands_on_act(anchor, candidate.noun):
        return True
    if candidate.noun is not None:
        return _sought_by_noun(candidate, candidate.noun)
    if anchor.pos_ != "VERB":
        return False
    promotion = candidate.code in PROMOTING_CODES and listed(anchor, PROMOTING)
    if not (stance or promotion):
        return False
    thing = _stance_object(anchor) or _sought(anchor)
    return thing is not None and _a_thing(thing)


def _stands_on_act(verb: Token, noun: Token | None) -> bool:
    """ "repeatedly supported a ban on all forms of human cloning": the verb's object is an act no one is named
    undergoing, so the policy the verb takes a stand on. A request, a proposal or a demand (list ``asked_root``) is
    someone's, whom opposing it answers ("opposed a request in a civil lawsuit to question her"), and stays."""
    if noun is None or noun.i == verb.i or noun.head.i != verb.i or noun.dep_ != "dobj":
        return False
    return (noun_code(noun) or "")[:2] not in ASKED_ROOTS and _a_thing(noun)


def _sought_by_noun(candidate: Candidate, noun: Token) -> bool:
    """ "Trump's call for a ban on Muslims entering", "Cruz made an unprompted call for an end to sugar subsidies",
    "Sanders's clarion call for a revolution": a noun of calling or pressing (list ``promoting``) whose "for" phrase
    seeks a thing, with no one called on, names a policy its owner promotes, as the verb does ("called for a ban")."""
    if candidate.code not in PROMOTING_CODES or not listed(noun, PROMOTING):
        return False
    thing = _sought(noun)
    if thing is None or not _a_thing(thing):
        return False
    # "a call for a ceasefire", "for talks", "for his resignation": what the verb's own rows code apart is an appeal.
    row = match_verb(noun.lemma_.lower(), preps={"for": {thing.lemma_.lower(), thing.lower_}})
    return row is None or row.code in PROMOTING_CODES


# Roots of coercion and force (17-20), whose intent CAMEO codes as a threat (13).
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})


def proposes_force(candidate: Candidate, code: str, mode: str) -> bool:
    """ "Trump proposed barring all foreign Muslims from entering", "Cruz wants to ban all abortions", "he vowed to ban
    Muslims from entering", "promised to forcibly deport 11 million": an intent to coerce or use force (roots 17-20)
    that its modality makes a threat (``code`` 13, ``mode`` intended), or a promise of it (a verb of list ``pledging``
    that took it in as one of CAMEO's threats of force, list ``force_threat_code``), with every doer of a sector that
    can only propose it (list ``proposing_sector``: candidates, lawmakers, parties, the press, schools, groups), is a
    policy proposed or campaign talk, no threat to anyone. A threat a verb of threatening says ("threatened to sue") is
    coded by that verb and stays, and so does the intent of a state, its forces or an armed side ("Turkey will expel
    the envoys"). So does a threat aimed at a state or an armed side ("Trump vowed to bomb the hell out of the Islamic
    State"), which CAMEO codes whoever makes it; a ban or a deportation of people is policy."""
    if code[:2] != "13" or not only_proposers(candidate.sources) or any(_state_or_armed(t) for t in candidate.targets):
        return False
    if mode == "intended" and candidate.code[:2] in FORCE_ROOTS:
        return True
    return candidate.composed and code in FORCE_THREAT_CODES and listed(candidate.anchor, PLEDGING)


def _state_or_armed(ref: ActorRef) -> bool:
    """A state itself or a side that bears arms, named in the text (a target with no words is the coder's guess)."""
    return bool(ref.text) and ((ref.country is not None and not ref.sector) or ref.sector in ARMED_DOER_SECTORS)


def coerces_no_one(candidate: Candidate) -> bool:
    """ "Sanders voted to ban therapeutic cloning", "Carson moved to shut off speculation", "Clinton has tried to seize
    the high ground": coercion (17) with no one named it is done to, by doers who can only propose coercion (list
    ``proposing_sector``: candidates, lawmakers, parties, the press, schools, groups), bans or curbs a thing, or
    speaks in a figure. A state and its forces coerce their own people even with no one named ("police arrested dozens":
    ``participants._domestic``), and "Trump's campaign barred reporters" names whom it coerced. Protest stays: parties,
    students and groups protest against their government."""
    return not candidate.targets and proposed_coercion(candidate)


def faults_a_thing(candidate: Candidate) -> bool:
    """ "Ben Carson, Ted Cruz and Rand Paul have all attacked the program", "Sanders decries super PACs", "questioned
    the science of climate change", "Trump's continual attacks on the nomination process", "Bernie has a particular
    critique of the economy": faulting or doubting (list ``faulting_code``) a thing no one owns and of no one's doing
    or saying, with no one acted on, by a verb or a noun, tells where the critic stands on a policy, as a verb of
    stance does.
    Asked once every act is told, since "condemned the test" is aimed at the one who tested (``refer_back``)."""
    return candidate.code in FAULTING_CODES and _at_a_thing(candidate)


def lauds_a_thing(candidate: Candidate) -> bool:
    """ "Obama hailed the record streak of private-sector job growth", "We welcome this issue", "they welcomed a new
    docket": praise or a welcome (list ``lauding``) of a thing no one owns and of no one's doing, with no one praised,
    is a view of things, as faulting one is (:func:`faults_a_thing`); "welcomed Twitter's action", "applauded the
    ruling", "welcomed the news that Kasich would quit" and "praised Obama" praise someone."""
    word = candidate.noun if candidate.noun is not None else candidate.anchor
    return candidate.code == "051" and listed(word, LAUDING) and _at_a_thing(candidate)


def _at_a_thing(candidate: Candidate) -> bool:
    """The judging verb's object, or the judging noun's phrase, is a thing no one owns and of no one's doing, and no
    one is acted on."""
    anchor = candidate.anchor
    if candidate.targets:
        return False
    word = candidate.noun if candidate.noun is not None else anchor
    if word.pos_ == "NOUN":
        thing = _faulted_by_noun(word)
    elif word.pos_ == "VERB":
        thing = _stance_object(anchor)
    else:
        return False
    return thing is not None and _a_thing(thing) and not _someones_doing(thing, anchor)


def _faulted_by_noun(noun: Token) -> Token | None:
    """What a noun of faulting or praise is aimed at: its "of", "on" or "against" phrase ("Sanders's critique of the
    economy", "Trump's attacks on the nomination process", "Clinton's broadside against printing money")."""
    return next((o for p, o in prep_objects(noun) if p in ("of", "on", "against")), None)


def _someones_doing(thing: Token, verb: Token) -> bool:
    """ "attacked the comment", "criticized the decision", "condemned the coup attempt", "questioned it", "criticized
    aspects of the strategy Obama trumpeted", "berated security guards", "denounced the news media": what is faulted
    is someone, or was said or done by someone, at whom the fault is aimed though the coder may have missed them;
    "attacked the program", "questioned the science of climate change" fault a policy or a finding."""
    if thing.pos_ == "PRON":
        return True
    if thing.pos_ != "NOUN":
        return False
    if deed_noun(thing) or any(w in words for w in (thing.lemma_.lower(), thing.lower_) for words in _someone_nouns()):
        return True
    return any(_names_someone(child, verb) for child in thing.children)


def _names_someone(child: Token, verb: Token) -> bool:
    """A dependent of a faulted noun that names someone or their deed: an event noun before it ("the coup attempt"), a
    relative clause or a clause of content of another verb with a subject of its own, an "of" phrase naming such a
    thing."""
    if child.dep_ == "compound" and child.lemma_.lower() in noun_codes():
        return True
    if child.dep_ in ("relcl", "acl") and child != verb:
        # "the program Putin trumpeted", "the news that Kasich would quit": a clause of someone else's act
        return any(s.dep_ == "nsubj" and s.lower_ not in RELATIVE_PRONOUNS for s in child.children)
    return (
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(g.dep_ == "pobj" and _someones_doing(g, verb) for g in child.children)
    )


def _someone_nouns() -> tuple[Collection[str], ...]:
    """Nouns of a statement, an act told, people or the press: someone or theirs, whoever the text leaves unnamed."""
    return (cue_nouns(), TOLD_ACTS, people_nouns(), media_nouns(), phoenix_table().agents)


# Pronouns that stand for a thing, never for a person.
THING_PRONOUNS = frozenset({"it", "this"})
# Relative pronouns that may stand for the noun a clause describes.
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})


def _stance_object(verb: Token) -> Token | None:
    """What a verb of stance takes a stand on: its object, a gerund it takes ("supports raising taxes"), or the noun
    its clause describes when that noun is what is backed ("legislation that she supported", "agreements she once
    supported", "the pipeline, which is widely supported", "a measure strongly opposed by unions")."""
    children = list(verb.children)
    for child in children:
        if child.dep_ in ("dobj", "nsubjpass"):
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ in ("xcomp", "ccomp") and child.tag_ == "VBG":
            return child
    own_subject = [c for c in children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and own_subject and all(c.lower_ not in RELATIVE_PRONOUNS for c in own_subject):
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    return None


def _sought(verb: Token) -> Token | None:
    """What a verb seeks with "for": the noun or gerund of its "for" phrase ("called for increased regulation", "calls
    for ending corporate taxes"), or the subject of its "for ... to" clause ("called for the minimum wage to be raised",
    "called for all candidates to lay out specifics", whose candidates are someone)."""
    return next((o for p, o in prep_objects(verb) if p == "for"), None)


def _a_thing(token: Token) -> bool:
    """A doing, a thing pronoun, or a common noun that names no one, counts no one ("a handful of candidates") and
    has no owner named beside it."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    if token.pos_ == "PRON":
        return token.lower_ in THING_PRONOUNS
    return token.pos_ == "NOUN" and _no_one(token) and not any(_owner(c) for c in token.children)


def _no_one(noun: Token) -> bool:
    return not noun.ent_type_ and not can_speak(noun) and noun.lemma_.lower() not in descriptions()


# Entity types of a name before a noun that owns the thing ("the Obama plan", "the Russian proposal"); a name of
# another kind names the thing itself ("the Keystone XL pipeline", "the Dodd-Frank law").
OWNER_TYPES = frozenset({"PERSON", "NORP", "GPE"})


def _owner(child: Token) -> bool:
    """A possessor, a name of someone before the noun, or an "of" phrase naming someone ("his plan", "the Obama
    plan", "a handful of candidates", "the efforts of Twitter")."""
    if child.dep_ == "poss" or (child.dep_ == "compound" and child.ent_type_ in OWNER_TYPES):
        return True
    return (
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(g.dep_ == "pobj" and not _no_one(g) for g in child.children)
    )


def said_of_anyone(candidate: Candidate) -> bool:
    """ "It's easy to criticize the length of American campaigns", "It is impossible to conduct an exhaustive
    investigation": an infinitive with no doer under "it is" and an adjective says what anyone might do, no act of
    anyone's ("it is easy for Russia to invade" names its doer)."""
    verb = candidate.anchor
    if candidate.sources or verb.dep_ != "xcomp" or not to_infinitive(verb):
        return False
    host = verb.head
    return any(c.dep_ == "acomp" for c in host.children) and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in host.children
    )


def equipped_for(candidate: Candidate) -> bool:
    """ "he is singularly equipped to deliver", "well equipped to handle", "armed with facts": a participle of arming or
    equipping (list ``equipping``) that names no one who furnished the means, with a to-infinitive, an adverb of
    fitness (list ``capability_adverb``) or a "with" phrase, tells what its subject is fit for, no aid (072) given;
    "Iran has armed Hezbollah" and "rebels armed by the CIA" are acts."""
    anchor = candidate.anchor
    if candidate.code != "072" or not listed(anchor, EQUIPPING) or anchor.tag_ not in ("VBN", "JJ"):
        return False
    children = list(anchor.children)
    if any(c.dep_ == "agent" or c.lower_ == "by" or (c.dep_ == "aux" and c.lemma_ == "have") for c in children):
        return False
    return any(
        (c.dep_ in ("xcomp", "advcl") and any(g.tag_ == "TO" for g in c.children))
        or (c.dep_ == "advmod" and c.lower_ in CAPABILITY_ADVERBS)
        or (c.dep_ == "prep" and c.lower_ in ("with", "for"))
        for c in children
    )


def assured_outcome(candidate: Candidate) -> bool:
    """ "Clinton is now assured of winning at least 334 delegates", "She is assured of at least 108", "Trump is
    virtually guaranteed to lose delegate battles": a passive of assuring (list ``assuring``) with no one named who
    assures, of something or to do something, tells what is certain to happen, no pledge made; "Obama assured
    Netanyahu of America's support" and "Israel was assured of support by Obama" stay."""
    verb = candidate.anchor
    if candidate.code[:2] != "03" or candidate.noun is not None or not listed(verb, ASSURING) or not is_passive(verb):
        return False
    phrases = prep_objects(verb)
    if any(p in ("by", "from") for p, _ in phrases):
        return False
    return any(p == "of" for p, _ in phrases) or any(c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children)


def in_title(token: Token) -> bool:
    """ "he said on “Meet the Press”", "appeared on Face the Nation": a word of a title (a show, a book, a film) names
    the work, not an act. A headline's own verb, which the tagger may take for a title's word, heads its sentence."""
    return token.ent_type_ == "WORK_OF_ART" and token.dep_ != "ROOT"


def shown(candidate: Candidate) -> bool:
    """ "Trump has demonstrated that his critics pay a price", "struggling to demonstrate how Clinton was influenced",
    "protested that he was innocent": a protest verb with a clause of what it says shows or claims; a demonstration
    (14) says what it is against, not what is so."""
    if candidate.code[:2] != "14" or candidate.noun is not None:
        return False
    return any(c.dep_ == "ccomp" for c in candidate.anchor.children)


def resumed(candidate: Candidate) -> bool:
    """ "Clinton has returned to critiquing Sanders", "went to campaigning in Iowa": a journey (042) to a doing is
    taking it up again, no visit."""
    if candidate.code != "042" or candidate.noun is not None:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in candidate.anchor.children
    )


def to_the_reader(candidate: Candidate) -> bool:
    """ "Call the GOP's bluff on Merrick Garland", "Just ask former senator Evan Bayh", "Either embrace Donald J. Trump
    or destroy him": a bare verb heading its sentence with no subject and no auxiliary bids the reader do it, and
    reports no act. One a speaker is quoted saying ("“Stop the killing,” the minister said") is the speaker's."""
    verb = candidate.anchor
    if candidate.sources or candidate.noun is not None or verb.tag_ != "VB" or verb.dep_ != "ROOT":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children)


def activity_subject(verb: Token) -> bool:
    """ "attacking the front-runner would only elevate him", "Criticizing police tactics will alienate moderates": a
    gerund that is its clause's subject names a kind of doing talked about, not an act done."""
    return verb.tag_ == "VBG" and verb.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass")
