"""Stage: recoding after the candidates are found: complements folded into their governing events, troops that
arrive deployed, a warning of what another will do made a judgement of it, and an actor reporting another's attack
made an accuser."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from telex.events.arguments import (
    SUBJECTS,
    Context,
    is_actor_noun,
    is_negated,
    is_none,
    is_passive,
    modals_of,
    needs,
    prep_objects,
    subject_tokens,
)
from telex.events.candidate import Candidate
from telex.events.codes import cameo
from telex.events.filters import in_condition, proposal_of
from telex.events.modality import (
    ALLEGING,
    COURSE,
    DENYING,
    DISCUSSED,
    INTENDING,
    NEEDING,
    REFUSING,
    UNSETTLED,
    UNSETTLED_PREPS,
    discussed,
    material,
    modality_words,
    report_denied,
    scheduled,
)
from telex.events.participants import actors_in, among, placed, same_side, sources_of
from telex.events.patterns import compose, compose_row
from telex.events.scenes import scene_places
from telex.events.word_lists import (
    ABILITY,
    ASPECTUAL,
    BINDING_ROOTS,
    CAMPAIGNER_SECTORS,
    CAMPAIGNING_SECTORS,
    CIVILIAN_SECTORS,
    CLAIMING,
    CONTEST_FORCE,
    DEGREE_ADVERBS,
    FOLDING_ROOTS,
    FORCE_SECTORS,
    FORECASTING,
    GIVING_CODES,
    LABELLING,
    POSSIBILITY,
    PREMISES,
    RECEIVING,
    REFUSED_HOSTILE_ROOTS,
    REPORTING,
    RESTRAINED_ROOTS,
    RUIN_OR_SURRENDER,
    SCENE_TOLLS,
    STANCE,
    TOLL_STATES,
    TROOPS,
    UNDERGOING,
    VERBAL_FORCE,
    listed,
)
from telex.nlp.grammar import to_infinitive
from telex.records import ActorRef

COMPLEMENTS = frozenset({"xcomp", "ccomp", "pcomp", "advcl", "acl"})
# Subordinators of a clause of time or contrast that tells an act beside the one it hangs off.
TIME_MARKS = frozenset({"while", "whilst", "after", "before", "when", "as", "although", "though", "whereas"})


def accusation(candidate: Candidate, ctx: Context, found: dict[int, Candidate]) -> Candidate | None:
    """ "Israel said a mortar was fired at it from Gaza": an actor reporting an attack by another accuses it.

    Only a reporting clause that opens the sentence counts; a trailing "police said" is attribution.
    """
    verb = candidate.anchor
    if int(candidate.code[:2]) < 14 or verb.dep_ != "ccomp" or verb.head.i in found:
        return None
    head = verb.head
    if head.lemma_.lower() not in CLAIMING or head.i > verb.i:
        return None
    reporters = sources_of(head, ctx)
    accused = candidate.sources or candidate.targets
    reporter_codes = {r.code for r in reporters}
    if not placed(reporters) or not placed(accused) or reporter_codes & {a.code for a in accused}:
        return None
    return Candidate("112", head, [head], reporters, accused, True, confidence=0.5, composed=True)


def received(candidate: Candidate, ctx: Context) -> None:
    """ "Ukraine received weapons from Germany": the one who gets aid or assurances is their target, and the
    giver (the object of "from", when named) their source."""
    if candidate.anchor.lemma_.lower() not in RECEIVING or not candidate.code.startswith(tuple(GIVING_CODES)):
        return
    givers = actors_in([o for p, o in prep_objects(candidate.anchor) if p == "from"], ctx)
    candidate.sources, candidate.targets = givers, candidate.sources


def warning_about(candidate: Candidate, ctx: Context) -> None:
    """ "He warns that Trump would drive the party off the cliff", "Cruz warned that Obama's policies would embolden
    Iran": a warning whose clause tells what someone other than the warner, or a thing of theirs, is or will do judges
    them (111, of the actor the clause's subject names); only a warner who says it will act itself ("warned that it
    would retaliate", "warned that its forces would respond") threatens (13)."""
    if candidate.code[:2] != "13" or candidate.anchor.lemma_.lower() not in FORECASTING:
        return
    clause = next((c for c in candidate.anchor.children if c.dep_ == "ccomp"), None)
    subjects = subject_tokens(clause) if clause is not None else []
    if clause is None or not subjects or any(s.pos_ == "PRON" for s in subjects):
        # No clause, or a pronoun that may be the warner: the threat stays as it was.
        return
    # "warned that Trump's policies would hurt workers": the owner of what the clause is about is judged too; an actor
    # named further in ("warned that frustration could send Americans into the arms of Trump", "that the incident
    # could foreshadow the future with Iran") is what the forecast is about, no one it judges.
    owners = [c for s in subjects for c in s.children if c.dep_ in ("poss", "compound", "amod")]
    named = actors_in(subjects, ctx) or actors_in(_names(owners), ctx)
    # "warned that such a ban would be unacceptable and antithetical to American values": a verdict on a thing judges
    # whoever stands behind it, though the clause may name them only in passing.
    mentioned = named or (actors_in(_names(clause.subtree), ctx) if _verdict(clause) else [])
    if not placed(mentioned):
        # "a researcher warned that prices could rise": a forecast that names no actor as its doer judges no one.
        return
    if any(among(r, candidate.sources) for r in named) or same_side(named, candidate.sources):
        # The warner's own side (two people the article names are two sides, though coded alike).
        return
    candidate.code = "111"
    candidate.targets = [r for r in named if r.code]


def _names(tokens: Iterable[Token]) -> list[Token]:
    """The words of ``tokens`` that may name an actor: names and adjectives of names ("Trump's", "Iranian")."""
    return [t for t in tokens if t.pos_ in ("PROPN", "ADJ")]


def _verdict(clause: Token) -> bool:
    """ "such a ban would be unacceptable", "the deal was a dangerous mistake": the clause says what its subject is."""
    return clause.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr") for c in clause.children)


def verbal(candidate: Candidate, ctx: Context) -> None:
    """ "Trump attacked Cruz", "Sanders' attacks on Clinton", "Clinton hit back at Trump": politicians and other
    civilians named as the attacker and the attacked fight with words; that is criticism (111), not force."""
    words_of_force = candidate.code[:2] == "19" and candidate.lemmas & VERBAL_FORCE
    if not words_of_force or _at_premises(candidate) or _took_toll(candidate):
        return
    if not candidate.sources:
        # "ads attacking Clinton", "spent $1 million attacking Trump", "his backers are waging attacks on Clinton",
        # "a speech attacking the presumptive nominee": with no attacker named, an active verb (with the attacks it
        # carries) whose every target is a named politician or other civilian person, or one who campaigns or
        # legislates, is the same war of words ("Khan was attacked", a passive, and "the attack on Khan", a noun
        # alone, stay attacks).
        active = candidate.anchor.pos_ == "VERB" and not is_passive(candidate.anchor)
        if (
            active
            and candidate.targets
            and all(_person(r, ctx) or r.sector in CAMPAIGNER_SECTORS for r in candidate.targets)
        ):
            candidate.code = "111"
        return
    refs = candidate.sources + candidate.targets
    # "Trump is attacking a rival", "a super PAC attacking Cruz": the other side known only as the country of a
    # politician or other actor of a civilian sector (a rival, a group, "us") is a fellow citizen in the same war
    # of words.
    home = {r.country for r in refs if r.sector in CIVILIAN_SECTORS}
    if all(_civilian(r, ctx) or (not r.sector and r.country in home) for r in refs) or _campaigners_on(candidate):
        candidate.code = "111"
        # "the Republican candidates battled in Wisconsin": where a war of words is fought is its scene, no target.
        candidate.targets = [r for r in candidate.targets if r.text not in _scenes(candidate)]
        # "fought for the legislation", "fighting for second place": a civilian's fight with no one is no event; nor
        # is one with a rival over no issue (``_fought_over``).
        if candidate.anchor.lemma_.lower() in ("fight", "battle"):
            candidate.dropped = not candidate.targets or not _fought_over(candidate.anchor)


def _fought_over(verb: Token) -> bool:
    """ "Christie has battled with the mayor over how best to stabilize the city's finances": a fight of words between
    civilians is a quarrel when it is over or about an issue. With none it is a race ("Trump, who is battling Carson
    for the top spot", "Clinton fought off another challenge from Sanders", "Cortez Masto, who is battling Rep. Heck")
    or a figure ("the movement continues to battle against the electorate", "both battled opposition from the
    media"), no event."""
    return any(c.dep_ == "prep" and c.lower_ in ("over", "about") for c in verb.children)


def contest_figure(candidate: Candidate) -> None:
    """ "Bernie Sanders Burns Hillary Clinton With First-Ever National Lead", "Trump soaring to the top of the polls
    and slaying all comers", "Trump Launched A 6-Word Missile": force (list ``contest_force``) done by those who
    campaign or legislate, to no one or to others who do, is a figure of a race or a debate, no event (``verbal``
    has made the blows that are words criticism already). An assault on a person (182) may be real ("the campaign
    manager assaulted a reporter"), and so is force done by anyone else or to anyone else."""
    if not any(candidate.code.startswith(prefix) for prefix in CONTEST_FORCE):
        return
    if not candidate.sources:
        candidate.dropped = candidate.dropped or _ruin_figure(candidate)
        return
    refs = candidate.sources + candidate.targets
    candidate.dropped = candidate.dropped or all(r.sector in CAMPAIGNER_SECTORS for r in refs)


def _ruin_figure(candidate: Candidate) -> bool:
    """ "Graham: Trump's Rhetoric Destroying GOP's Chance to Win", "a man destroying the Republican Party",
    "effectively surrendering the contest to Sen. Cruz": ruin or surrender (list ``ruin_or_surrender``) with no doer
    named, of those who stand for or hold office, their parties or civilians only, is a figure; a doer of real ruin is
    named ("ISIS destroyed the shrine")."""
    sectors = CAMPAIGNING_SECTORS | {"CVL"}
    return (
        bool(candidate.lemmas & RUIN_OR_SURRENDER)
        and bool(candidate.targets)
        and all(r.sector in sectors for r in candidate.targets)
    )


def left_a_race(candidate: Candidate, ctx: Context) -> None:
    """ "after a Pence withdrawal", "even before Palin's withdrawal", "Palin withdrew from the race": a person's
    withdrawal that takes no one out and leaves no place or body named leaves a race or a post, no event. CAMEO's
    withdrawal (087) is a side's: "Obama's withdrawal of troops", "Obama withdrew from Iraq", "the Iraq withdrawal"
    (a place for its doer) keep theirs."""
    word = candidate.noun if candidate.noun is not None else candidate.anchor
    if not candidate.code.startswith("087") or word.lemma_.lower() not in ("withdraw", "withdrawal"):
        return
    if any(c.dep_ == "dobj" for c in word.children) or any(
        p == "of" or (p == "from" and o.ent_type_ in PLACE_OR_BODY) for p, o in prep_objects(word)
    ):
        return
    # The person by name ("Pence", "Palin's"), not a body named for one ("the Obama administration's goal of
    # withdrawing from countries" withdraws forces).
    doers = [c for c in word.children if c.dep_ in ("poss", "compound", "nsubj")]
    named = bool(doers) and all(d.pos_ == "PROPN" for d in doers)
    people = named and bool(candidate.sources) and all(_person(r, ctx) for r in candidate.sources)
    candidate.dropped = candidate.dropped or people


# Entity types of what a side withdraws from: a place or a body ("withdrew from Iraq", "withdrew from NATO").
PLACE_OR_BODY = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


def _took_toll(candidate: Candidate) -> bool:
    """ "Clashes between rival groups left 30 dead", "the clashes, which killed five", "the two sides clashed, leaving
    six dead": a clash that took lives was fought with force, whoever fought it. The toll must be the clash's own, told
    by the verb it is the subject of or by a clause of its own; a clash that a speaker only names ("called the assault
    that killed five officers 'an attack on our country'") is no clash the sentence tells."""
    clash = candidate.noun or candidate.anchor
    if _named_by_speaker(clash):
        return False
    verbs = [c for c in clash.children if c.dep_ in ("relcl", "advcl", "acl")]
    if clash.dep_ == "nsubj":
        verbs.append(clash.head)
    return any(_tells_toll(v) for v in verbs)


def _tells_toll(verb: Token) -> bool:
    """ "killed five", "wounded 12", "left 30 dead", "leaving two people injured": the verb tells lives taken or
    harmed."""
    lemma = verb.lemma_.lower()
    if lemma in SCENE_TOLLS:
        return True
    return lemma == "leave" and any(c.lower_ in TOLL_STATES for c in verb.children)


def _named_by_speaker(noun: Token) -> bool:
    """``noun`` is what a verb of saying or naming has as its object or complement ("called the assault an attack",
    "described the clashes as a riot"): the speaker's words about an act, not the act."""
    return noun.dep_ in ("dobj", "oprd", "attr") and listed(noun.head, LABELLING | REPORTING)


def _campaigners_on(candidate: Candidate) -> bool:
    """ "the Republican front-runner's attacks on undocumented immigrants and Muslims", "the senator's attack on
    evangelicals": attackers who all campaign or legislate (a candidate is coded as the party's person) fight with
    words whomever they aim at, so long as every target is a people or group of a sector and none an armed one."""
    return (
        bool(candidate.sources and candidate.targets)
        and all(r.sector in CAMPAIGNER_SECTORS for r in candidate.sources)
        and all(r.sector and r.sector not in FORCE_SECTORS for r in candidate.targets)
    )


def _scenes(candidate: Candidate) -> set[str]:
    """Texts of the cities and regions the "in" phrases of the candidate's verb and noun set its act in."""
    doc = candidate.anchor.doc
    places = (doc[i] for i in scene_places(candidate.heads, candidate.code))
    return {doc[p.left_edge.i : p.right_edge.i + 1].text for p in places}


def _at_premises(candidate: Candidate) -> bool:
    """ "A mob attacked a police station", "an attack on the governor's office": a building, vehicle or camp is hit by
    force, never by words (a name, "the White House", is an actor and may be)."""
    aimed = candidate.heads
    objects = [c for t in aimed for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for t in aimed for p, o in prep_objects(t) if p in ("on", "against")]
    return any(o.pos_ == "NOUN" and o.lemma_.lower() in PREMISES for o in objects)


def _civilian(ref: ActorRef, ctx: Context) -> bool:
    """An actor of a civilian sector, or a person named in the article whose role is in no armed sector."""
    return ref.sector in CIVILIAN_SECTORS or _person(ref, ctx)


def _person(ref: ActorRef, ctx: Context) -> bool:
    """A person named in the article whose role is in no armed sector."""
    entity = ctx.entities.by_id.get(ref.entity_id) if ref.entity_id else None
    return entity is not None and entity.type == "PERSON" and bool(ref.sector) and ref.sector not in FORCE_SECTORS


def _carrier(noun: Token) -> Token | None:
    """The verb that carries an event noun when it says only that the event goes on, happens or ends, as the object of
    its preposition ("go ahead with the meeting", "enter into talks", "proceed with the strikes"), or that its subject
    gets or undergoes it, as its object ("hadn't received a single endorsement", "could win the backing of the
    unions", "has not faced criticism")."""
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") and listed(noun.head, RECEIVING | UNDERGOING):
        return noun.head
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return None
    return head if head.lemma_.lower() in ASPECTUAL else None


def _going_on(verb: Token) -> Token | None:
    """The verb of beginning, going on or ending whose complement ``verb`` is ("continue negotiating", "began to
    shell"); "is going to attack" is a future, not an act going on."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.pos_ not in ("VERB", "AUX") or not listed(head, ASPECTUAL):
        return None
    return None if head.lower_ == "going" and to_infinitive(verb) else head


def _take_modality(candidate: Candidate, verb: Token) -> None:
    """The candidate is said with the modal auxiliaries and the negation of ``verb`` too."""
    candidate.modals += modals_of(verb)
    candidate.negated = candidate.negated or is_negated(verb)


def _none_of(noun: Token, verb: Token) -> bool:
    """``noun`` says with "no" that there is none of the act its infinitive or gerund ``verb`` names: "has no plans to
    meet Sanders", "no intention of backing Clinton", "showed no sign of backing down". Not a "that" clause, which
    "no doubt" or "no secret" asserts, nor a reason ("makes no apologies for accusing China")."""
    if noun.pos_ != "NOUN" or not is_none(noun):
        return False
    # "no intention of backing": the gerund of an "of" phrase; "makes no apologies for accusing China" accused it.
    return to_infinitive(verb) or (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "of")


def _beyond(governor: Token, verb: Token) -> bool:
    """``verb`` is the to-infinitive of a word of degree with "too", beyond which the act is not done: "found Trump
    too objectionable to support", "too early to congratulate the winners", "too weak to attack". Not a readiness
    (list ``disposition``): "too quick to criticize Obama" criticized him."""
    if verb.dep_ != "xcomp" or not to_infinitive(verb) or governor.lemma_.lower() in modality_words("disposition"):
        return False
    return any(c.dep_ == "advmod" and c.lower_ == "too" for c in governor.children)


def _aimed_at(root: str, governor: Candidate, candidate: Candidate) -> list[ActorRef]:
    """Whom a governing act that takes in its complement is aimed at: the one its complement says is to act ("urged
    Iran to stop", "demanded that Iran withdraw"), unless the act is one's own side's, promised or threatened, which
    is aimed where that act falls ("Obama pledged that the United States will help Israel", "candidates promise they
    will stand by Israel"; "Trump promised that Mexico would pay" is aimed at Mexico)."""
    if not candidate.own_subject:
        return candidate.targets
    if root in BINDING_ROOTS and any(_own_side(r, governor.sources) for r in candidate.sources):
        return candidate.targets
    return candidate.sources


def _to_own_agents(governor: Candidate, candidate: Candidate) -> bool:
    """The demand ``governor`` is made of the demander's own (the same code: "Obama instructed Kerry", a party its
    members) about an act on another placed party: an order given inside one side, not an appeal to another."""
    codes = {r.code for r in governor.sources if r.code}
    return (
        bool(codes)
        and bool(governor.targets)
        and all(r.code in codes for r in governor.targets)
        and placed(candidate.targets)
        and not any(r.code in codes for r in candidate.targets)
    )


def _own_side(ref: ActorRef, sides: Sequence[ActorRef]) -> bool:
    """``ref`` is one of ``sides`` (``same_side``: the same entity, or the same code where either is no entity the
    article names) or the state of one of them ("the United States" for Obama)."""
    return any(same_side([ref], [side]) or bool(ref.code and ref.code == ref.country == side.country) for side in sides)


def _perfect(verb: Token) -> bool:
    """``verb`` is a perfect ("would have fired"), with "have" as an auxiliary of its own."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _undone_above(governor: Token) -> list[str]:
    """The verb above a governing infinitive when it says the whole is still to do, may not be done or is refused:
    "planned to persuade these Democrats to support him", "plans to use the money to fight", "refused to let them
    vote" (the support, the fight and the vote are not done)."""
    above = governor.head
    if governor.dep_ != "xcomp" or above.i == governor.i or not to_infinitive(governor):
        return []
    lemma = above.lemma_.lower()
    return [lemma] if lemma in INTENDING | UNSETTLED | REFUSING or (lemma in NEEDING and needs(above)) else []


def _alongside(verb: Token) -> bool:
    """``verb`` heads a clause of time or contrast of its own ("pummeled Trump as divisive while praising Clinton",
    "criticized Rubio before meeting Bush", "one month after announcing his support for Trump, Rubio says he is unfit",
    where the parser makes "after" a preposition): the judge's own act beside the judgement, not what the judged is
    blamed for ("criticized Rubio for opposing", "because he voted")."""
    if verb.dep_ == "pcomp":
        return verb.head.dep_ == "prep" and verb.head.lower_ in TIME_MARKS
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children)


def _by_degree(verb: Token) -> bool:
    """A negation of ``verb`` is of how or how much it was done, not of the act: "not directly arming the Kurds",
    "not ejecting protesters quickly enough"."""
    manners = [c for c in verb.children if c.dep_ == "advmod"]
    return any(t.lemma_.lower() in DEGREE_ADVERBS for c in manners for t in c.subtree)


def deployment(candidate: Candidate, ctx: Context) -> None:
    """ "NATO peacekeeping troops arrived in Bosnia": troops that arrive are deployed, not visiting. "Russian troops
    were massed near the border", "troops were reinforced along the border": troops moved or put on alert by no one
    named show their own side's force (15), as troops that arrive do."""
    if candidate.code == "042":
        words = {t.lemma_.lower() for s in subject_tokens(candidate.anchor) for t in s.subtree}
        if words & TROOPS:
            candidate.code = "074" if words & {"peacekeeping", "peacekeeper"} else "154"
        return
    if candidate.code[:2] != "15" or candidate.sources or not is_passive(candidate.anchor):
        return
    if to_infinitive(candidate.anchor):
        # "a need for more troops to be deployed": an infinitive names a deployment wanted, not one done.
        return
    moved = [c for c in candidate.anchor.children if c.dep_ == "nsubjpass"]
    if {t.lemma_.lower() for s in moved for t in s.subtree} & TROOPS:
        candidate.sources = actors_in(moved, ctx)
        candidate.targets = [t for t in candidate.targets if not among(t, candidate.sources)]


# Prepositions by which a noun of stance names the course argued over: "opposition to", "supporters of", "support for".
STANCE_PREPS = frozenset({"of", "to", "for", "against"})


def _argued_over(verb: Token, stance: Token) -> bool:
    """ "resistance to welcoming refugees", "opponents of allowing them in", "he favored imposing tariffs": the act a
    noun of stance names after its preposition or in its infinitive, or a gerund a verb of stance takes for its
    object, is argued over, not done; "backed Trump to win" backs a person, and "supporting Rubio after first
    backing his rivals" tells an act of its own."""
    if stance.pos_ == "NOUN":
        return verb.dep_ == "acl" or (verb.head.dep_ == "prep" and verb.head.lower_ in STANCE_PREPS)
    return verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "ccomp") and verb.head.i == stance.i


def fold(candidate: Candidate, found: dict[int, Candidate]) -> None:
    """Fold an embedded event into the event that governs it, or record its governor (and, for an event noun, the
    verb that carries it) for modality."""
    verb = candidate.anchor
    if proposal_of(verb) is not None:
        # "a plan to build", "a call for a ban", "the proposed ban": an act only proposed is intended.
        candidate.governors.append("propose")
    carrier = _carrier(verb) if candidate.noun is not None and candidate.noun.i == verb.i else None
    if carrier is not None and carrier.i not in found:
        # "he would go ahead with the Trump meeting", "will proceed with the talks": an event noun carried by a verb
        # that only says it goes on is said with that verb's modality.
        verb = carrier
        _take_modality(candidate, verb)
    first = _first_conjunct(verb)
    if first.i != verb.i and first.dep_ in COMPLEMENTS and not candidate.composed and not in_condition(first):
        # "plans to visit Paris and meet with Hollande", "refused to address the conference or meet with Sanders": a
        # verb coordinated with a complement is governed as that complement is; it is not folded a second time into
        # the governing event, which took the first.
        _governed(candidate, first, first.head.head if first.head.dep_ == "prep" else first.head)
        return
    if verb.dep_ not in COMPLEMENTS or candidate.composed or in_condition(verb):
        return
    aspect = _going_on(verb) if carrier is None else None
    if aspect is not None and aspect.i not in found:
        # "instructed Kerry to continue negotiating with the Russians": a verb that only says the act goes on carries
        # it, and the verb whose complement it is governs the act. A clause of its own ("though she has begun to
        # attack Trump, officials will carry the load") is governed by nothing.
        _governed(candidate, verb, aspect)
        verb = aspect
        if verb.dep_ != "xcomp" or in_condition(verb):
            return
    governor_token = verb.head.head if verb.head.dep_ == "prep" else verb.head
    governor = found.get(governor_token.i) or next(
        (c for c in found.values() if c.noun is not None and c.noun.i == governor_token.i), None
    )
    if governor is candidate or _beside_binding(verb, governor):
        # "a lawsuit filed against Clinton by Paula Jones": a participle describing the event's own noun carries the
        # event; the noun does not govern it, nor is the event folded into itself (which made the accused the doer).
        return
    _governed(candidate, verb, governor_token)
    if governor is None or governor.dropped:
        return
    if governor_token.i > verb.i and candidate.own_subject:
        # "Turkey could expel the envoy, a minister warned": a trailing reporting clause, not a governor.
        return
    _fold_into(governor, candidate, verb, governor_token.lemma_.lower())


def _beside_binding(verb: Token, governor: Candidate | None) -> bool:
    """``verb`` is a participle beside a promise or a threat (``governor`` of a root of list ``binding_root``), an act
    of its own and done as the promise or the threat is made: "Huckabee agreed, praising his former opponent", "Israel
    warned Iran, accusing it of arming Hezbollah". What is promised or threatened is taken in by an infinitive ("agreed
    to meet", "threatened to sue")."""
    return governor is not None and governor.code[:2] in BINDING_ROOTS and verb.dep_ == "advcl" and verb.tag_ == "VBG"


def _first_conjunct(verb: Token) -> Token:
    """The to-infinitive a bare verb is coordinated with ("to build a wall and deport millions"), which it shares its
    "to" and its governor with; ``verb`` itself when it has a subject, a tense or a modal of its own ("set up a firm to
    buy assets and invited Deripaska", "has proposed ... and signaled support": parses that hang a verb of the main
    clause on the infinitive)."""
    first = verb
    while first.dep_ == "conj" and first.tag_ == "VB" and first.head.tag_ == "VB":
        if any(c.dep_ in SUBJECTS or (c.dep_ == "aux" and c.tag_ != "TO") for c in first.children):
            return verb
        first = first.head
    return first if first.dep_ == "xcomp" and to_infinitive(first) else verb


def _governed(candidate: Candidate, verb: Token, governor_token: Token) -> None:
    """What the word that governs an embedded event tells of it: the governor recorded for modality (a need, a plan,
    a stance), the governor's own modality and negation, and a reported "would" read as "will"."""
    lemma = governor_token.lemma_.lower()
    if (
        (lemma not in NEEDING or needs(governor_token))
        and (lemma not in UNSETTLED or verb.dep_ == "xcomp" or _unsettled_gerund(verb))
        and (lemma not in POSSIBILITY or governor_token.pos_ == "NOUN")
        and (lemma not in ABILITY or (governor_token.pos_ == "ADJ" and not _achieved(governor_token)))
        and (lemma not in STANCE or _argued_over(verb, governor_token))
        and (lemma not in modality_words("attempting") or material(candidate.code))
    ):
        # "Bush had to lend his campaign money": a need told in the past was met; only one still to meet leaves the
        # act undone ("needs to withdraw"). What is weighed is the act weighed ("considering imposing sanctions"),
        # not a clause of reason or time ("considering the party is considering", "as they met, Obama was weighing in").
        # A possibility is a noun's ("the right to sue"); "Perez was right to urge Latino leaders" judges an act done.
        # A stance argues over an act not done (``_argued_over``). An attempt leaves a material act undone ("tried
        # to storm the city"); one to say something says it ("tried to rebuke the front-runner"). What one is able to
        # do is not done, unless told in a plain past ("was able to broker a truce").
        candidate.governors.append(lemma)
    _take_modality(candidate, governor_token)
    copula = _copula(governor_token)
    if copula is not None:
        # "would have been able to kill", "No one is eager to attack him", "he's not ready to support Trump": an
        # adjective's copula carries the modal and the negation of the act the adjective takes in.
        _take_modality(candidate, copula)
    # "dismissed reports that the Taliban had executed soldiers": the act of a denied report is denied.
    candidate.governors += report_denied(governor_token)
    if discussed(verb, governor_token):
        # "talks about lifting the sanctions", "discussed sending troops": the act is talked over, not done.
        candidate.governors.append(DISCUSSED)
    if scheduled(verb, governor_token):
        # "France is to send fighter jets to Romania": a future, as a headline's "to" is.
        candidate.modals.append("to")
    course = _described_course(verb, governor_token)
    if course is not None:
        # "it is premature to back Clinton", "his job is to talk to Congress": a course described, not an act done.
        candidate.governors.append(course)
    candidate.negated = candidate.negated or _none_of(governor_token, verb) or _beyond(governor_token, verb)
    if to_infinitive(verb):
        # "planned to persuade these Democrats to support him": not "decided to balance things out by inviting
        # Clinton", "sought to show that Sanders had opposed a bill", done as the means or told as a fact.
        candidate.governors += _undone_above(governor_token)
    if lemma in REPORTING and "would" in candidate.modals and not _perfect(verb):
        # "said they would boycott": future in reported speech, not a hypothetical; "said he would have fired
        # Lewandowski" tells what was not done.
        candidate.modals = [m if m != "would" else "will" for m in candidate.modals]


def _described_course(verb: Token, governor: Token) -> str | None:
    """The governor ``verb`` takes when it is the to-infinitive of "be" whose subject is no one who acts, so that it
    names a course described, not an act done: an "it" put before an adjective or a noun of what should, can or must
    be done (list ``course``: "it is impossible to conduct an investigation", "it was premature to back Clinton", "it
    is his job to talk to Congress"; not "it was a great honor to earn his praise", which was earned), or a noun of a
    thing, itself or through a relative pronoun ("the most effective way to do that is to criticize Clinton", "the
    response, which is to ignore the report"): ``COURSE``, hypothetical; an aim or a plan so described ("the goal is
    to defeat him") is its own noun, intended. None when the infinitive has a doer of its own ("it is time for Russia
    to withdraw", an appeal) or the subject may act ("the president is to visit": ``scheduled``)."""
    if governor.lemma_.lower() != "be" or verb.dep_ != "xcomp" or not to_infinitive(verb):
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.i < verb.i for t in verb.subtree):
        return None  # "it is time for Russia to withdraw": the infinitive's own doer, however the parser hangs it
    subject = next((c for c in governor.children if c.dep_ in ("nsubj", "expl")), None)
    if subject is None:
        return None
    if subject.lower_ == "it":
        # "it is to send troops": "it" may stand for a state; before a predicate it only holds the infinitive's place
        predicates = [c for c in governor.children if c.dep_ in ("acomp", "attr")]
        return COURSE if any(p.lemma_.lower() in modality_words("course") for p in predicates) else None
    if subject.tag_ == "WDT" and governor.dep_ == "relcl":
        subject = governor.head
    if subject.pos_ != "NOUN" or subject.ent_type_ or is_actor_noun(subject):
        return None
    lemma = subject.lemma_.lower()
    return lemma if lemma in INTENDING | modality_words("aiming") else COURSE


def _unsettled_gerund(verb: Token) -> bool:
    """``verb`` is the gerund a verb that leaves an act unsettled takes by a preposition ("leaning toward supporting
    Trump"), not a clause of reason or time ("considering the party is split")."""
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in UNSETTLED_PREPS


def _copula(adjective: Token) -> Token | None:
    """The verb ``adjective`` is the complement of ("is" of "is able to invite", "been" of "would have been able to
    kill"), which holds the clause's modals, negation and subject; ``None`` for any other word."""
    if adjective.pos_ != "ADJ" or adjective.dep_ != "acomp" or adjective.head.i == adjective.i:
        return None
    return adjective.head


def _achieved(adjective: Token) -> bool:
    """What ``adjective`` of ability takes in was done: its copula is a plain past, with no modal ("was able to broker
    a truce", "were able to reach a deal"), not "is able to invite" or "would have been able to kill"."""
    copula = _copula(adjective)
    return copula is not None and copula.tag_ == "VBD" and not modals_of(copula)


def _fold_into(governor: Candidate, candidate: Candidate, verb: Token, lemma: str) -> None:
    """Fold an embedded event into the event ``governor`` that governs it (``lemma`` the governing word's): a purpose
    that restates it, an act alleged or denied, a complement composed with the appeal, intent, demand, rejection or
    threat that takes it in ("agreed to talks")."""
    if lemma in REFUSING:
        governor.negated = True
    purpose = any(c.tag_ == "TO" for c in verb.children)
    outer, inner = governor.code[:2], candidate.code[:2]
    protests = {outer, inner} <= {"11", "14"}  # criticism and protest restate each other
    restates = (outer == "11" and protests) or (purpose and (outer == inner or protests))
    if restates and verb.dep_ in ("advcl", "xcomp"):
        # "summoned the ambassador to protest the deal", "blockaded the border to protest fuel prices": a purpose
        # of the governing act's own kind restates it ("stormed a hotel, killing nine" is a second act). What the
        # purpose says more precisely stays: "helping to provide assistance to the rebels" is 071 to the rebels.
        if purpose and governor.code == candidate.code[:2] + "0" and len(candidate.code) > 2:
            governor.code, governor.rows = candidate.code, governor.rows + candidate.rows
        if purpose and not governor.targets:
            governor.targets = candidate.targets
        governor.trigger += candidate.trigger
        candidate.dropped = True
        return
    if lemma in ALLEGING or (governor.code[:2] == "11" and not _alongside(verb)):
        if is_negated(verb) and not _by_degree(verb):
            # "criticized the voters for not supporting Cruz", "accused Obama of never visiting Israel": what someone is
            # blamed for not doing was not done; the blame is the event.
            candidate.dropped = True
            return
        # "criticized Israel for not fully supporting Iran": the support is alleged, only not full.
        candidate.negated = candidate.negated and not _by_degree(verb)
        candidate.governors.append("accuse")
        if not candidate.own_subject and governor.targets:
            candidate.sources = governor.targets
        return
    if lemma in DENYING:
        governor.governors.append(lemma)
        return
    root = governor.code[:2]
    if root not in FOLDING_ROOTS:
        return
    recoded = compose(root, candidate.code)
    held_back = inner in RESTRAINED_ROOTS or (lemma in REFUSING and inner in REFUSED_HOSTILE_ROOTS)
    if root == "12" and not recoded and held_back:
        # "refusing to attack Cruz", "refused to fight in the war", "declined to criticize Clinton": holding back
        # from force, or refusing any hostile act, rejects no one; the act is not done either.
        governor.dropped = candidate.dropped = True
        return
    intent = compose("intended", candidate.code) if root == "10" and _to_own_agents(governor, candidate) else None
    if intent and intent[:2] == "03":
        # "instructed Kerry to negotiate with the Russians", "ordered its diplomats to repair relations with Mexico":
        # an order to one's own officials to deal with another is the intent to deal with that other.
        governor.code, governor.targets = intent, candidate.targets
        governor.rows.append(compose_row("intended", candidate.code))
    elif recoded:
        governor.code = recoded
        governor.rows.append(compose_row(root, candidate.code))
    governor.rows += candidate.rows
    if root == "02":
        # PLOVER has no appeal type: "urged the EC to support the PLO" is typed by what is urged.
        governor.plover = cameo(candidate.code).plover
    if not governor.targets:
        governor.targets = _aimed_at(root, governor, candidate)
    governor.trigger += candidate.trigger
    governor.conditional = governor.conditional or candidate.conditional
    governor.composed = True
    candidate.dropped = True
