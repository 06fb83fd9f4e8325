"""Stage: candidates. Event verbs and nouns of one sentence matched against the pattern tables, with their
trigger, participants, modals, negation and condition."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache

from spacy.tokens import Token

from telex.actors.table import actor_table
from telex.events.arguments import (
    ACTED_ON_PREPS,
    CONTROLLERS,
    INVESTIGATE,
    NOUN_TARGET_PREPS,
    PERSON_PRONOUNS,
    SUBJECTS,
    TARGET_PREPS,
    VENUE_CODES,
    VENUE_FREE_PREPS,
    Context,
    act_of_series,
    blamed_parties,
    claimants,
    compound_undergoers,
    deed_agents,
    deed_doers,
    deed_noun,
    fronted,
    investigated_people,
    is_actor_noun,
    is_negated,
    is_none,
    is_passive,
    mandated,
    modals_of,
    needs,
    noun_doers,
    object_tokens,
    prep_objects,
    subject_tokens,
    target_tokens,
)
from telex.events.candidate import Candidate
from telex.events.doers import (
    armed_owners,
    bears_arms,
    fights_with_words,
    heads,
    names_actor,
    placed_at_scene,
    protests_alone,
    state_strikes,
    weapon,
    works,
)
from telex.events.filters import by_hazard
from telex.events.modality import DENYING, HEARSAY, HYPOTHETICAL, INTENDING, REFUSING, UNSETTLED, charged, hedged
from telex.events.participants import AIMED_PREPS, actors_in, among, placed, sources_of
from telex.events.patterns import (
    ARMED,
    LABOUR,
    NO_EVENT,
    PEOPLE,
    PERSON,
    PLACE,
    PLACE_TYPES,
    POLITICIAN,
    PUBLIC,
    STATE,
    THING,
    VerbPattern,
    asks_doer,
    holds,
    light_verb_row,
    light_verbs,
    match_petrarch,
    match_verb,
    noun_code,
    noun_codes,
    noun_row,
    petrarch_patterns,
    verb_patterns,
)
from telex.events.reciprocal import reciprocal_pronoun
from telex.events.scenes import scene, scene_country, scene_places
from telex.events.undergoers import taken_code, taking_verb
from telex.events.word_lists import (
    ACKNOWLEDGING,
    ADVICE,
    ALLEGED_ACTS,
    AMOUNTS,
    ARMED_STRIKES,
    ASKING,
    ASPECTUAL,
    ASSENTING,
    BLAMING,
    COMMENTING,
    CRITICISM_TAKEN,
    CRITICISM_TAKEN_PERSON,
    DANGERS,
    DWINDLING,
    GRANTING,
    HAVING,
    LABELLING,
    MAY_COME,
    NAMING,
    OBLIGATION,
    PLEDGING,
    QUALITY,
    RECEIVED_ROOTS,
    RECEIVING,
    REGARDING,
    REPORTING,
    REPRESSED_SECTORS,
    SCENE_DOER_SECTORS,
    SCENE_PREPOSITIONS,
    SCENE_SOLE_SECTORS,
    SCENE_TOLLS,
    SELF_CLAIMING,
    SETTING_PREPS,
    SPEECH_ACTS,
    STANDING,
    STATE_RESTRICTIONS,
    STATEHOOD,
    SUPPORT_GOT,
    UNDERGOING,
    UNDERGOING_PREPS,
    UNSPECIFIED,
    UNWILLED,
    VERBAL_FORCE,
    WISHING,
    YET_TO_COME,
    judging,
    listed,
    said_of,
)
from telex.nlp.cached import heads_with, lowers_of
from telex.nlp.grammar import headline, misread_verb, to_infinitive
from telex.nlp.sentences import sentence_of_token
from telex.quotes.subjects import can_speak
from telex.records import ActorRef

# The doer a row asks for that people of civil life who protest meet, none of a sector that lives by violence
# ("rioters torched cars", "mobs looted shops"): their damage to property is a riot.
CROWD = "crowd"
# The doer a row asks for that protesters meet ("demonstrators gathered", "protesters stormed the ministry").
PROTESTERS = "protesters"
# The roots of physical violence: assault (18) and fight (19).
VIOLENT_ROOTS = frozenset({"18", "19"})
# The roots of closing and blocking a protest may do (obstruct, 14; restrict, 17): "the strike shut schools".
CLOSING_ROOTS = frozenset({"14", "17"})
# The root of protest: demonstrations, strikes, blockades, riots.
PROTEST_ROOT = "14"
# Conducting a hunger strike (142) and a strike or boycott (143).
STRIKE_CODES = frozenset({"142", "143"})
# Conventional military force of no named kind: the weapon that did it names the kind ("drones struck", 195).
FORCE = "190"
AIR_FORCE = "195"
# Mobilising or deploying armed forces.
MOBILISE = "154"
# Arrest, detention and imprisonment: the code a sentence of prison or death takes.
DETENTION = "173"
# Clauses where the broad fallback patterns code nothing: a participle or clause that describes a noun ("a
# guard involved in a shooting", "efforts to resolve the crisis") and clauses that give circumstances (purpose,
# time, relative and subject clauses, asides). A main clause, a reported one or a complement ("agreed to
# reopen its embassy") states an act.
DESCRIPTIVE = frozenset(
    {
        "acl",
        "amod",
        "compound",
        "nmod",
        "npadvmod",
        "pobj",
        "nsubj",
        "dobj",
        "appos",
        "advcl",
        "relcl",
        "pcomp",
        "csubj",
        "parataxis",
    }
)
# Named things whose name holds an event noun: "the North American Free Trade Agreement" (LAW), "the
# Organization for Economic Cooperation and Development" (ORG). The name refers to the thing, not to an act (a
# signing of it is coded by its verb); events named as such ("the Paris attacks", EVENT) stay.
NAMED_THINGS = frozenset({"ORG", "LAW", "WORK_OF_ART", "FAC", "PRODUCT"})
# Tags of a finite verb: a clause that tells what is or was so has one ("he's tough", "it was done").
FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Modals that, before a verb in -ing, guess what is going on rather than say what someone ought to do.
GUESSING = frozenset({"must"})
# Prepositions whose phrase describes the verb's object rather than naming a party: "recognized Juan Guaido as
# president", "dismissed the report as a hoax".
PREDICATIVE_PREPS = frozenset({"as"})
# Prepositions that also open a time phrase ("after the debate", "until Friday").
TIME_PREPS = frozenset({"after", "before", "during", "until", "since"})


# Tags of a word that, just before a past form, puts it inside a noun phrase: a numeral ("271 pledged delegates"), a
# determiner ("both pledged delegates"), a possessive ("the convention's pledged delegates", "her elected officials").
_IN_A_NOUN_PHRASE = frozenset({"CD", "DT", "PDT", "POS", "PRP$"})


def _names_a_kind(verb: Token) -> bool:
    """ "leads by 271 pledged delegates", "enough pledged delegates to file minority reports": a past form between a
    numeral, a determiner, a possessive or a word of amount (list ``amount``) and the noun it modifies names a kind of
    thing, no act done, though the parser may make the noun its object."""
    doc = verb.doc
    if verb.tag_ not in ("VBN", "VBD") or verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    if after.pos_ != "NOUN" or not (after.head.i == verb.i or verb.head.i == after.i):
        return False
    if before.dep_ in SUBJECTS or any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children):
        return False  # "Those endorsed Trump", "had endorsed candidates"
    return before.tag_ in _IN_A_NOUN_PHRASE or listed(before, AMOUNTS) or _object_of_finite(verb, before)


def _object_of_finite(verb: Token, before: Token) -> bool:
    """ "The figures include pledged delegates": a participle right after the finite verb whose object its noun is
    (the parser makes it that verb's clause), with no subject of its own, modifies the noun."""
    return (
        verb.tag_ == "VBN"
        and before.pos_ == "VERB"
        and before.tag_ in FINITE
        and verb.head.i == before.i
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    )


def _danger_posed(noun: Token) -> bool:
    """ "the threat from the Islamic State", "terrorist threats from Islamic State militants": a noun of danger (list
    ``danger``) whose only doer is a "from" phrase, with no one threatened and nothing it threatens to do ("a threat
    to close the strait", "veto threats from the White House", "Iran's threats") nor anyone who undergoes it ("faced
    threats from Iran"), is the danger the doer poses, no threat made."""
    if not listed(noun, DANGERS) or not any(p == "from" for p, _ in prep_objects(noun)):
        return False
    head = noun.head
    if (noun.dep_ == "dobj" and head.lemma_.lower() in UNDERGOING) or (
        noun.dep_ == "pobj" and head.lower_ in UNDERGOING_PREPS
    ):
        return False  # "Trump faced threats from Iran", "amid threats from Iran": made, and aimed at who undergoes them
    return not any(
        c.dep_ in ("poss", "compound", "acl", "relcl") or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children
    )


def _describes(verb: Token) -> bool:
    """ "called the agreement “the strongest treaty”": the verb names its object, it does not carry it."""
    return any(c.dep_ == "oprd" for c in verb.children)


def _labels(verb: Token) -> bool:
    """ "called the former president a liability", "has been called the Trump of the East", "a group called Citizens
    for Trump": a verb of naming with its object (or its passive subject, or the noun its participle hangs on) and
    the name given; "called on Gov. Snyder to resign", "called an emergency session", misparsed with a name for the
    object, give none."""
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"
    named = any(c.dep_ == "dobj" for c in verb.children) or is_passive(verb) or reduced
    return named and _describes(verb)


def verb_candidate(verb: Token, ctx: Context, used: set[int]) -> Candidate | None:
    lemma = _verb_lemma(verb, _own_verbs())
    if lemma not in _own_verbs() and _verb_lemma(verb, petrarch_patterns().keys()) not in petrarch_patterns():
        # No table has a row for the verb, so no pattern below can match it: a third of the verbs, asked nothing more.
        return None
    misread = _misread_modifier(verb)
    direct = object_tokens(verb) if misread is None else [misread[1]]
    particles = _particles(verb, direct)
    objects = _verb_objects(verb, direct)
    lemmas = _object_lemmas(objects)
    preps = _pattern_preps(verb)
    doers = _doers(verb, ctx) if asks_doer(lemma) else frozenset()
    pattern = match_verb(lemma, particles, lemmas, preps, doers, _object_preps(direct))
    event_object = _light_verb_object(verb, lemma, pattern, objects)
    if event_object is not None:
        return None if by_hazard(verb) else _light_verb_candidate(verb, lemma, event_object, ctx, used)
    fallback = pattern is None and _falls_back(verb, lemma, objects)
    if fallback:
        # Nothing in telex's own tables: PETRARCH2's broad dictionary is the fallback.
        lemma = _verb_lemma(verb, petrarch_patterns().keys())
        pattern = match_petrarch(lemma, particles, lemmas, preps)
    if pattern is None or _other_use(verb, lemma, pattern, objects):
        return None
    matched = _matched_object(pattern, verb, objects)
    code = _refusal_code(verb, lemma, pattern.code, objects)
    if code is None:
        return None
    violence = _violent_subject(verb, code)
    code = _code_by_means(verb, code, pattern, violence)
    if violence is not None:
        used.add(violence.i)
    candidate = _build(code, verb, matched, ctx, 0.8 if pattern.specificity else 0.7, _own_prep(pattern))
    _armed_owners(candidate, verb)
    if not candidate.sources:
        candidate.sources = _misread_verb_sources(verb, code, ctx)
    _read_as_undergone(candidate, verb, ctx)
    candidate.sources, candidate.targets = _state_coerced(candidate.sources, candidate.targets, code, verb, ctx)
    if misread is not None:
        candidate.sources = actors_in([misread[0]], ctx)
    if violence is not None:
        candidate.rows.append(noun_row(_noun_key(violence)))
        if not placed(candidate.sources):
            _doers_of_violence(candidate, violence, ctx)
        if _protest(violence):
            # "a strike by teachers shut schools": what a protest closes or blocks is no one it is aimed at.
            candidate.targets = []
    if not _verb_kept(candidate, verb, lemma, fallback, ctx) or _moves_nothing_armed(candidate, verb, pattern, ctx):
        return None
    if matched is not None:
        used.add(matched.i)
    owned = _own_event_nouns(candidate, matched, objects, ctx)
    used.update(obj.i for obj, _ in owned)
    candidate.rows.append(pattern.row)
    if candidate.noun is None:
        candidate.noun = next((o for o in objects if _noun_code(o)), None)
    if lemma in DENYING and any(noun_code[:2] == "11" for _, noun_code in owned):
        candidate.governors.append(lemma)
    return candidate


def _particles(verb: Token, direct: Sequence[Token]) -> set[str]:
    """The particles (and adverbs) of ``verb`` the patterns read, given its direct objects, and an adjective it
    takes as a complement, which a row names as its particle too ("pleaded guilty", "set ablaze")."""
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    particles |= {c.lower_ for c in verb.children if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ"}
    if not direct:
        # "walked out of parliament" is often parsed with "out" as a preposition that has no object of its own
        # (with an object, "forced Cruz out of the race" and "pulled millions out of poverty" are no such verbs).
        bare = [c for c in verb.children if c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children)]
        particles |= {c.lower_ for c in bare}
    return particles


def _verb_objects(verb: Token, direct: Sequence[Token]) -> list[Token]:
    """The objects of ``verb`` the patterns read: its direct objects and their conjuncts, what is given "with", and
    the inner nouns of quantities and states."""
    objects = list(direct)
    objects += [c for o in objects for c in o.conjuncts]
    if any(o.pos_ == "PROPN" or o.ent_type_ in CONTROLLERS for o in objects):
        # "supplying Russia with artillery shells": after a recipient, "with" names what is given.
        objects += [o for p, o in prep_objects(verb) if p == "with" and o.pos_ == "NOUN"]
    # "25,000 tons of food aid", "a state of emergency", "$300 million in military aid": the inner noun counts.
    objects += [g for o in list(objects) for p, g in prep_objects(o) if p in ("of", "in") and g.pos_ == "NOUN"]
    return objects


def _object_lemmas(objects: Sequence[Token]) -> set[str]:
    """The words of ``objects`` a pattern's object condition may name; :data:`THING` only when none of them names
    someone ("met a group of protesters" meets people)."""
    lemmas = {key for o in objects for key in _keys(o)}
    if any(o.ent_type_ for o in objects) or lemmas & {PEOPLE, PERSON}:
        lemmas.discard(THING)
    # "suspended aid deliveries" is about aid: compounds before the object head count too.
    return lemmas | {c.lemma_.lower() for o in objects for c in o.lefts if c.dep_ == "compound"}


def _light_verb_object(verb: Token, lemma: str, pattern: VerbPattern | None, objects: Sequence[Token]) -> Token | None:
    """The event noun a light verb makes happen ("held talks", "staged a protest"), where no pattern of the verb's
    own names an object. A light verb "away" moves the thing it names ("looters carried away sacks of food aid")."""
    if lemma not in light_verbs() or not (pattern is None or not (pattern.objects or pattern.prep_objects)):
        return None
    if any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in verb.children):
        return None
    # "took heat from progressives": criticism taken is another's act, never the taker's (:func:`taken_code`).
    event_object = next((o for o in objects if _noun_code(o) and not listed(o, TAKEN_CRITICISM)), None)
    return event_object if event_object is not None and not _describes(verb) else None


def _light_verb_candidate(verb: Token, lemma: str, event_object: Token, ctx: Context, used: set[int]) -> Candidate:
    """The candidate of the act ``event_object`` names, made to happen by the light verb ``verb``."""
    code = _noun_code(event_object) or ""
    if code == FORCE:
        # "Russian planes flew raids": the weapons that carried the act out name its kind.
        code = _armed_code(verb) or code
    used.add(event_object.i)
    candidate = _build(code, verb, event_object, ctx, 0.7)
    _armed_owners(candidate, verb)
    candidate.rows += [light_verb_row(lemma), noun_row(_noun_key(event_object))]
    return _prospect(candidate, event_object)


def _falls_back(verb: Token, lemma: str, objects: Sequence[Token]) -> bool:
    """Whether a verb telex's own tables do not code is looked up in PETRARCH2's dictionary: not a light verb, a verb
    that describes, nor one whose object telex's noun table codes (that noun names the event: "held a press
    conference" none)."""
    return verb.dep_ not in DESCRIPTIVE and lemma not in light_verbs() and not any(_noun_code(o) for o in objects)


def _other_use(verb: Token, lemma: str, pattern: VerbPattern, objects: Sequence[Token]) -> bool:
    """Whether ``verb`` is used otherwise than for the act ``pattern`` codes: a question asked, an opinion, a name
    given, a point granted, a kind named, a natural hazard's doing."""
    return (
        (lemma in ASKING and _questions(verb))
        or (lemma in ASSENTING and _opines(verb, pattern))
        or (lemma in PLEDGING and _vouches(verb))
        or (lemma in REGARDING and _regards(verb))
        # "called the former president a liability", "called her remarks a new low": a name given, no phone call or
        # appeal; what the name says is judged as a label.
        or (lemma in LABELLING and _labels(verb))
        or (lemma in ACKNOWLEDGING and not pattern.objects and _acknowledges(verb, objects))
        or (lemma in GRANTING and not pattern.objects and _grants_a_point(verb))
        or _names_a_kind(verb)
        or _time_phrase(verb, pattern)
        or (not objects and _moved_by(verb))
        # A natural hazard acts for nobody. Its test reads the subject, so it is asked only of the few verbs that
        # matched a pattern (before anything is built or marked used), not of every verb.
        or by_hazard(verb)
    )


def _refusal_code(verb: Token, lemma: str, code: str, objects: Sequence[Token]) -> str | None:
    """``code``, or the code of the silence a refusal keeps; None where a verb of refusing names a fall, no act."""
    if code[:2] != "12" or lemma not in REFUSING:
        return code
    silence = _silence(verb)
    if silence == NO_EVENT or (lemma in DWINDLING and not objects and not _complemented(verb)):
        # "China's coal consumption declined 3.3 percent": a fall, no refusal.
        return None
    return silence or code


def _code_by_means(verb: Token, code: str, pattern: VerbPattern, violence: Token | None) -> str:
    """``code`` as the means of the act name it: the violent subject ("A car bomb killed five", "an airstrike
    wounded 12": the subject names the act, the verb its toll), else the weapons of an armed act."""
    if violence is not None:
        return _noun_code(violence) or code
    if pattern.doer == ARMED or code == FORCE:
        return _armed_code(verb) or code
    return code


def _misread_verb_sources(verb: Token, code: str, ctx: Context) -> list[ActorRef]:
    """The doers of a verb the tagger read as a noun: a headline's names before it, or the parties of a meeting a
    gerund tagged for the noun sets the scene of ("Obama and Putin fail to find common ground during meeting")."""
    sources = actors_in(headline_subject(verb), ctx) if verb.pos_ == "NOUN" else []
    if verb.tag_ == "VBG" and not sources:
        sources = _joint_setting(verb, code, ctx)
    return sources


def _verb_kept(candidate: Candidate, verb: Token, lemma: str, fallback: bool, ctx: Context) -> bool:
    """Whether the built ``candidate`` stays: PETRARCH2's between two named parties, a blame that accuses, a question
    that is no interview."""
    if fallback and not _fallback_kept(candidate):
        return False
    if lemma in BLAMING and not _accuses(candidate, verb, ctx):
        return False
    return not (lemma in ASKING and _interviews(candidate, verb))


def _moves_nothing_armed(candidate: Candidate, verb: Token, pattern: VerbPattern, ctx: Context) -> bool:
    """ "Sanders deployed paid staff", "Democrats who will mobilize", "the encryption deployed by Apple": a verb whose
    row makes any use of it a mobilisation of forces (154, no object named in the row) moves forces only when its doer
    bears arms or is a state or its government ("the Pentagon deployed the 82nd Airborne", "Russia mobilised its
    reserves", "Obama deployed the 82nd Airborne"), or when what it moves is armed (a weapon, or people of a side that
    bears arms: "special forces were deployed", "a special forces team which had been deployed")."""
    if pattern.code != MOBILISE or pattern.objects:
        return False
    state = any(r.country and r.code in (r.country, f"{r.country}GOV") for r in candidate.sources)
    if state or bears_arms(candidate.sources):
        return False
    moved = object_tokens(verb)
    if any(t.tag_ in ("WDT", "WP") for t in moved):
        # "a special forces team, based in Tripoli, which had been deployed": the parser hangs a relative clause on
        # the nearest noun as often as on its own, so what a relative pronoun moved is not known.
        return False
    named = [w for t in heads(moved) for w in (t, *(c for c in t.lefts if c.dep_ == "compound"))]
    return not (any(weapon(t) for t in named) or bears_arms(actors_in(named, ctx)))


def _own_event_nouns(
    candidate: Candidate, matched: Token | None, objects: Sequence[Token], ctx: Context
) -> list[tuple[Token, str]]:
    """The event nouns among ``objects`` that are part of the verb's event ("rejected the appeal"), with their codes;
    not one that is another's own act, reported too ("China rebuts American criticism")."""
    return [
        (obj, noun_code)
        for obj in objects
        if (noun_code := _noun_code(obj))
        and not (obj.i != getattr(matched, "i", None) and _done_by_another(obj, candidate, ctx))
    ]


def headline_subject(token: Token) -> list[Token]:
    """ "U.S. presses for truce in Syria", "DNC issues apology to Sanders": in a headline or another sentence with no
    verb, the tagger may have read the verb as a plural noun whose subject is a name compounded onto it. Such a noun,
    the head of its sentence, is a verb when its lemma is an event verb's; the names before it are its subject."""
    if token.dep_ != "ROOT" or token.lemma_.lower() not in verb_patterns() or not misread_verb(token):
        return []
    if any(t.pos_ in ("VERB", "AUX") for t in sentence_of_token(token)):
        return []
    return [c for c in token.lefts if c.dep_ in ("compound", "nmod") and c.ent_type_ in CONTROLLERS]


def _done_by_another(noun: Token, candidate: Candidate, ctx: Context) -> bool:
    """The event noun is something said by a doer it names ("American criticism", "Russia's offer", "a complaint by
    Japan"), an actor other than the one acting on it. A deed acted on ("violated a ban by Aoun", "condemned
    Israel's attack") is the occasion of the act, not reported by it, and so is a standing attitude ("questioned
    Israel's commitment to peace")."""
    if (_noun_code(noun) or "")[:2] not in SPEECH_ACTS or noun.lemma_.lower() in STANDING:
        return False
    owners = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound")]
    owners += [o for p, o in prep_objects(noun) if p == "by"]
    doers = {r.code for r in actors_in(owners, ctx) if r.code}
    return bool(doers) and not doers & {r.code for r in candidate.sources}


def _own_prep(pattern: VerbPattern) -> str | None:
    """The preposition ``pattern``'s row names whose object the row leaves free: the party the act is aimed at ("go
    after Trump", "stood by Clinton", "cracked down on protesters"). A row that names what the phrase must hold ("spoke
    by phone", "put under investigation") names the act or its means, and an "as" phrase describes the object
    ("dismissed the report as a hoax"): neither gives a party."""
    if pattern.prep is None or pattern.prep_objects or pattern.prep in PREDICATIVE_PREPS:
        return None
    return pattern.prep


def _time_phrase(verb: Token, pattern: VerbPattern) -> bool:
    """The phrase of a time preposition ``pattern``'s row names for its party holds no one: it says when the act
    happened ("went home after the debate" is no "go after"), and the row does not apply."""
    prep = _own_prep(pattern)
    if prep not in TIME_PREPS:
        return False
    return not any(is_actor_noun(o) or o.tag_ == "PRP" for p, o in prep_objects(verb) if p == prep)


def _pattern_preps(verb: Token) -> dict[str, set[str]]:
    """The verb's prepositions a pattern's preposition can match, each with the keys of its objects."""
    preps: dict[str, set[str]] = {}
    for prep, obj in prep_objects(verb):
        if obj.head.dep_ == "prep" and fronted(obj, verb):
            # A circumstance is not the phrase a pattern's preposition asks for ("called on X to").
            continue
        preps.setdefault(prep, set()).update(_keys(obj))
    for dative in (c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"):
        # "giving Mr. Trump their support", "give Trump some credit": an indirect object is what a "to" phrase says
        # ("gave their support to Mr. Trump"), so the rows of the "to" phrase meet it.
        preps.setdefault("to", set()).update(_keys(dative))
    for loose in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and not list(c.children)):
        # "called on Michigan Gov. Rick Snyder to resign", its object misparsed as a subject: the preposition
        # still says which use of the verb this is.
        preps.setdefault(loose.lower_, set())
    return preps


def _object_preps(objects: Sequence[Token]) -> dict[str, set[str]]:
    """The prepositions the parser hung on the verb's objects, each with the keys of its objects: "rallied [a
    coalition against the Movement]", "took [a swipe at Trump]", "showing [support for Putin]"."""
    preps: dict[str, set[str]] = {}
    for obj in objects:
        for prep, phrase in prep_objects(obj):
            preps.setdefault(prep, set()).update(_keys(phrase))
    return preps


def _accuses(candidate: Candidate, verb: Token, ctx: Context) -> bool:
    """ "blamed Hamas", "blamed the attack on rebels": the accused must be someone named outside the subject and
    the "for" phrase, which says what for, and is the "on" phrase after a deed blamed when there is one
    (``blamed_parties``); "blamed the tumble in oil prices" and "blamed the fog of war for the failure of the US"
    accuse no one. A passive's subject is the accused already, and "blamed one another" the doers themselves."""
    if is_passive(verb) or any(reciprocal_pronoun(t) for t in object_tokens(verb)):
        return True
    blamed_on = blamed_parties(verb)
    refs = actors_in(blamed_on or object_tokens(verb), ctx)
    if refs or blamed_on:
        # "blamed the attack on an anti-Islamic video": the deed blamed is no one's, so nothing else is accused.
        candidate.targets = refs
    if refs:
        return True
    rest = [c for c in verb.children if c.dep_ not in SUBJECTS and not (c.dep_ == "prep" and c.lower_ == "for")]
    return any(t.pos_ in ("PROPN", "PRON") or t.ent_type_ in CONTROLLERS for c in rest for t in c.subtree)


# Modifiers that, with their head, make a several-word pattern entry: "arms shipment", "no further information".
_MODIFIERS = frozenset({"compound", "amod", "det", "nummod", "poss", "nmod", "npadvmod"})


def _opines(verb: Token, pattern: VerbPattern) -> bool:
    """ "Most senators agree that the deal is flawed", "Manafort said he agreed with Mr. Cruz": agreeing with a
    proposition or with someone shares a view, no agreement to do anything. One agrees to act by an infinitive
    ("agreed to pay"), a "to", "on" or "upon" phrase ("agreed to a moratorium", "agreed on a plan"), or, with another,
    by a clause of what is to come ("Russia and China agreed that they would meet"); "Russia and China agreed that the
    talks were useful" is a shared view too. A bare "Russia agreed" assents to what was put before, and stays."""
    if pattern.objects or pattern.prep_objects or pattern.prep:
        return False
    if any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ != "with") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if clauses:
        joint = any(s.conjuncts for s in verb.children if s.dep_ in ("nsubj", "nsubjpass"))
        return not (joint and any(_bound_to_come(c) for c in clauses))
    return any(c.dep_ == "prep" for c in verb.children)


def _vouches(verb: Token) -> bool:
    """ "swears Latinos love him", "assured him it was done without his knowledge", "pledged that Trump really is in
    favor of free trade": a verb of promising (list ``pledging``) whose complement is a clause of what is or was so
    vouches for a fact, no intent. A promise binds what is to come, by an infinitive or by a modal in its clause
    ("pledged to support Clinton", "assured voters he'd force Mexico to pay", "promise they will stand by Israel",
    "is going to")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ == "xcomp" for c in verb.children):
        return False
    return not any(_bound_to_come(c) for c in clauses)


def _bound_to_come(clause: Token) -> bool:
    """The clause says what is to come: a modal of its own or of a verb it is coordinated with, or "going to"; a
    clause with no finite verb ("offering protesters free sandwiches", misread as a clause) tells no fact."""
    heads = [clause, *clause.conjuncts]
    if not any(t.tag_ in FINITE for h in heads for t in (h, *h.children) if t is h or t.dep_ in ("aux", "auxpass")):
        return True
    if any(c.dep_ == "aux" and c.tag_ == "MD" for h in heads for c in h.children):
        return True
    return any(h.lower_ == "going" and any(c.dep_ == "xcomp" for c in h.children) for h in heads)


def _regards(verb: Token) -> bool:
    """ "considers Mr. Obama naive", "is considered an asset", "consider the row a helpful comparison", "regarded as
    a moderate", "Carson, whom he considers a friend", "what he considers unfair scrutiny", "considers his
    recommendation handled": a verb of regarding with what its object is taken to be gives an opinion; an option
    weighed ("considering sending troops", "will consider the proposal") is no such small clause. The parser makes
    a relative pronoun and a noun two objects, or the one taken the subject of the other."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    relative = len(objects) > 1 and any(o.tag_ in ("WP", "WDT") for o in objects)
    if relative or any(c.dep_ == "nsubj" for o in objects for c in o.children):
        return True
    for child in verb.children:
        if child.dep_ in ("oprd", "attr", "acomp") or (child.dep_ == "prep" and child.lower_ == "as"):
            return True
        if child.dep_ in ("ccomp", "xcomp") and (
            child.pos_ in ("ADJ", "NOUN", "PROPN") or child.tag_ == "VBN" or child.lemma_.lower() == "be"
        ):
            return True  # "whom most Americans consider to be a fringe extremist"
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children):
            return True  # "considered the emails as classified"
    return False


def _acknowledges(verb: Token, objects: Sequence[Token]) -> bool:
    """ "recognizes that voters are angry", "was late to recognize the importance of the conventions": acknowledging
    a fact or a feeling recognizes no one; recognition (054) is of an actor named or of a state's standing ("the
    new government", "Kosovo's independence")."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    named = object_tokens(verb)
    if not named or any(o.pos_ in ("PROPN", "PRON") or o.ent_type_ in CONTROLLERS for o in named):
        return False
    # "the anxiety of workers": an actor inside the object is whose feeling it is, not who is recognized.
    return not any(listed(o, STATEHOOD) for o in objects)


# The tags of a verb or auxiliary that make its clause finite, a modal among them ("could pull").
_TENSED = FINITE | {"MD"}
_AUXILIARIES = frozenset({"aux", "auxpass"})


def _grants_a_point(verb: Token) -> bool:
    """ "Rubio's advisers conceded that it had been a difficult night", "he allowed that some might be good people":
    a verb of yielding with a clause of what is so and nothing yielded admits a fact; "conceded the race" and "Sanders
    conceded" yield, and so does letting another do something ("allowed the opposition leader to hold a rally",
    whose infinitive the parser often makes a clause). A clause with a modal ("strategists concede that a loss could
    pull incumbents down") is as finite, and so is a quotation before the verb, whatever the parser took for its
    object ("“We know how Wyoming is going to go,” Trump adviser Paul Manafort conceded")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    finite = [
        c for c in clauses if any(t.tag_ in _TENSED for t in (c, *c.children) if t is c or t.dep_ in _AUXILIARIES)
    ]
    if any(c.i < verb.i for c in finite):
        return True
    return bool(finite) and not object_tokens(verb)


def _interviews(candidate: Candidate, verb: Token) -> bool:
    """ "Boyle asked Trump to elaborate", "Sanders was asked to name a decision": what the media, or an asker left
    unnamed, ask of a politician is an interview question, not an appeal."""
    if not candidate.sources:
        return is_passive(verb)
    return all(r.sector == "MED" for r in candidate.sources)


# Named-entity types of a measure a figure moves by: "2.7 percent", "$3 billion".
_MEASURES = frozenset({"PERCENT", "MONEY"})


def _moved_by(verb: Token) -> bool:
    """ "Pfizer closed down 2.7 percent", "the company's bonds fell 3 percent": a verb with no object that says by how
    much something moved tells a figure of a firm or a market, not an act on anyone (the measure hangs on the verb or
    on its adverb, "down 2.7 percent")."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt"))]
    return any(c.dep_ == "npadvmod" and c.ent_type_ in _MEASURES for w in words for c in w.children)


def _complemented(verb: Token) -> bool:
    """The verb has a clause that says what: "declined to comment", "declined to say whether"."""
    return any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def _silence(verb: Token) -> str | None:
    """ "declined to comment", "refused to elaborate": a source silent to the press declines comment (011), no
    rejection of anyone; "declined to be identified" sets the terms of speaking, no event at all."""
    for child in verb.children:
        if child.dep_ != "xcomp":
            continue
        if child.lemma_.lower() in NAMING and any(c.dep_ == "auxpass" for c in child.children):
            return NO_EVENT
        if child.lemma_.lower() in COMMENTING:
            return "011"
    return None


def _questions(verb: Token) -> bool:
    """ "asked whether the deal would hold", "asked about the talks", "“Will you run?” she asked": asking a
    question is no appeal."""
    if _after_question(verb):
        return True
    for child in verb.children:
        if child.dep_ in ("ccomp", "advcl", "xcomp", "dobj") and (
            any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in child.children)
            or child.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB")
            or any(t.text == "?" for t in child.subtree)
            or child.lemma_.lower() == "question"
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "about":
            return True
    return False


def _after_question(verb: Token) -> bool:
    """ "“Why are you still endorsing him?” Obama asked Republicans": the words just before the verb, past its
    subject, the closing quotation mark and commas, end in "?", whatever the parser hung the quotation on (the
    sentence splitter may have cut it off)."""
    subject = {t.i for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree}
    quoted = False
    for token in reversed(verb.doc[: verb.i]):
        if token.i in subject or token.is_quote or token.text == ",":
            quoted = quoted or token.is_quote
            continue
        # A question of one's own sentence before ("Is that right? Kyiv asked Berlin to ...") is no quotation.
        return quoted and token.text == "?"
    return False


def _keys(token: Token) -> set[str]:
    """What a pattern entry can match on a phrase: its head's lemma and form, "modifier head" pairs,
    :data:`PLACE` for a named place, :data:`PERSON` for a named person, :data:`PEOPLE` for people and :data:`THING`
    for a common noun that names no one."""
    heads = {token.lemma_.lower(), token.lower_}
    keys = set(heads) | ({PLACE} if token.ent_type_ in PLACE_TYPES else set())
    keys |= {PERSON} if token.ent_type_ == PERSON else set()
    people = token.lower_ in PERSON_PRONOUNS or is_actor_noun(token)
    keys |= {PEOPLE} if people else set()
    keys |= {THING} if not people and token.pos_ == "NOUN" and not token.ent_type_ and not can_speak(token) else set()
    for child in token.lefts:
        if child.dep_ in _MODIFIERS:
            keys |= {f"{m} {h}" for m in (child.lemma_.lower(), child.lower_) for h in heads}
    return keys


def _fallback_kept(candidate: Candidate) -> bool:
    """As PETRARCH2 itself codes by default, its broad patterns make an event only between two named parties."""
    return placed(candidate.sources) and placed(candidate.targets)


# The object entries that name a class of phrase, not a word: no event noun is met by them.
_CLASSES = frozenset({PLACE, PERSON, PEOPLE, THING})


def _matched_object(pattern: VerbPattern, verb: Token, objects: Sequence[Token]) -> Token | None:
    """The object (or the preposition's object) that met the pattern's condition: the event noun it names. A named
    person met by a class entry after a preposition is whom the act is for, not an event noun, as a verb's object met
    by a class is: in "stumped for Clinton" (``campaign;stump for PERSON``) and "credited the deal to Kerry"
    (``credit to PEOPLE``) the one backed stays free to be the target. A place after a preposition ("withdrew out of
    Syria") is where, and people a common noun names ("credited the win to the voters of Iowa") are placed through
    its own phrases: both stay the act's noun."""
    if pattern.objects - _CLASSES:
        return next((o for o in objects if holds(pattern.objects - _CLASSES, _keys(o))), None)
    if pattern.prep_objects:
        pool = [o for p, o in prep_objects(verb) if p == pattern.prep]
        found = next((o for o in pool if holds(pattern.prep_objects, _keys(o))), None)
        by_class = not pattern.prep_objects - _CLASSES
        return None if found is not None and by_class and found.ent_type_ == PERSON else found
    return None


@lru_cache(maxsize=1)
def _own_verbs() -> frozenset[str]:
    """The lemmas of telex's own verb patterns and light verbs (built once, not per verb)."""
    return frozenset(verb_patterns().keys() | light_verbs())


def _verb_lemma(verb: Token, known: Collection[str]) -> str:
    """The verb's lemma, or a lemma of ``known`` guessed from its form when the tagger's is not there
    ("staged" -> "stag")."""
    lemma = verb.lemma_.lower()
    if lemma in known:
        return lemma
    form = verb.lower_
    for suffix, ending in (
        ("ied", "y"),
        ("ies", "y"),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
        ("es", ""),
        ("s", ""),
    ):
        if form.endswith(suffix) and form[: -len(suffix)] + ending in known:
            return form[: -len(suffix)] + ending
    return lemma


def _violent_subject(verb: Token, code: str) -> Token | None:
    """The subject of a verb of harm (root 18 or 19) when it is itself a noun of violence, or of a verb of closing or
    blocking (root 14 or 17) when it is a noun of protest: the noun's event is the one that happened ("the shelling
    killed", "a roadside bomb wounded", "a strike by teachers has shut schools", "the protest blocked the highway")."""
    if code[:2] in VIOLENT_ROOTS:
        subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
        return next((s for s in map(act_of_series, subjects) if _violent(s)), None)
    if code[:2] in CLOSING_ROOTS:
        subjects = [s for s in verb.children if s.dep_ == "nsubj"]
        return next((s for s in map(act_of_series, subjects) if _protest(s)), None)
    return None


def _protest(token: Token) -> bool:
    """The noun names a protest, strike or riot (root 14: "the strike", "protests")."""
    code = _noun_code(token)
    return code is not None and code[:2] == PROTEST_ROOT


def _tools(verb: Token, preps: tuple[str, ...] = ("with",)) -> list[Token]:
    """What the act is done with ("hit the base with rockets"), or by, with "in" ("were hit by France in
    airstrikes")."""
    return [o for p, o in prep_objects(verb) if p in preps]


def _violent(token: Token) -> str | None:
    """The code of the act of violence the noun names ("airstrikes", "gunfire")."""
    code = _noun_code(token)
    return code if code and code[:2] in VIOLENT_ROOTS else None


def _doers(verb: Token, ctx: Context) -> frozenset[str]:
    """The kinds of doer a clause has, for the rows that ask for one: :data:`ARMED` when its doer (subject, or a
    passive's "by" agent) is a weapon ("Russian warplanes hit Aleppo", "was pounded by Syrian jets"), an act of
    violence ("airstrikes hit a hospital") or an actor of a sector that bears arms ("militants targeted a convoy"),
    or when the act is done with a weapon or in an act of violence ("hit the base with rockets", "hit by France in
    airstrikes"); :data:`LABOUR` when people who work do it themselves ("nurses struck for a third day"),
    :data:`PUBLIC` when protesters or a civil sector do ("residents protested the killing"), :data:`CROWD` when none
    of them bears arms or lives by violence ("rioters torched cars", "mobs ransacked offices") and :data:`PROTESTERS`
    when protesters do ("demonstrators gathered outside the embassy")."""
    subjects = subject_tokens(verb)
    if any(weapon(t) for t in heads(subjects + _tools(verb))):
        return frozenset({ARMED})
    if verb.dep_ != "acl" and any(_violent(t) for t in heads([act_of_series(s) for s in subjects])):
        # "raids targeting immigrants", "an attack targeting tourists": a participle that describes an act only
        # restates it; whether that act is a reported event is the noun's to say.
        return frozenset({ARMED})
    if any(_violent(t) and t.lemma_.lower() not in VERBAL_FORCE for t in heads(_tools(verb, ("with", "in")))):
        # "hit by France in airstrikes"; "peppered her with attacks" may be words.
        return frozenset({ARMED})
    doers = actors_in([t for t in subjects if names_actor(t)], ctx)
    if bears_arms(doers):
        return frozenset({ARMED})
    if not is_passive(verb) and (works(doers) or protests_alone(doers)):
        met_kinds: tuple[tuple[str, bool], ...] = (
            (LABOUR, works(doers)),
            (PUBLIC, protests_alone(doers)),
            (CROWD, _crowd(doers)),
            (PROTESTERS, _protesters(doers)),
        )
        return frozenset({kind for kind, met in met_kinds if met})
    # "Israel struck Gaza", "struck targets in Gaza", "struck at the Islamic State": what the state acted on.
    aimed = object_tokens(verb) + [o for p, o in prep_objects(verb) if p in AIMED_PREPS]
    aimed += [o for a in list(aimed) for p, o in prep_objects(a) if p == "in"]
    kinds = {STATE} if state_strikes(doers, actors_in(aimed, ctx)) else set()
    persons = {e.id for e in ctx.entities.entities if e.type == "PERSON"}
    if not is_passive(verb) and fights_with_words(doers, actors_in(object_tokens(verb), ctx), persons):
        # "Trump hammered Bush", "Clinton hit Sanders on guns": blows of words.
        kinds.add(POLITICIAN)
    return frozenset(kinds)


def _crowd(refs: Sequence[ActorRef]) -> bool:
    """The doers are people of civil life who protest (protesters, residents, students, workers), none of a sector that
    lives by violence (criminals, settlers, radicals): their damage to property is a riot ("rioters torched cars",
    "mobs ransacked the offices", 145), where gangs or arsonists damage it (171)."""
    table = actor_table()
    calm = (table.protest_sectors - table.violence_sectors) | REPRESSED_SECTORS
    return bool(refs) and all(r.sector in calm for r in refs if r.sector) and any(r.sector in calm for r in refs)


def _protesters(refs: Sequence[ActorRef]) -> bool:
    """Some doer is of the protesting opposition ("demonstrators", "protesters", "rioters"), whose gathering is a
    demonstration and whose force is a riot ("protesters stormed the ministry")."""
    return any(r.sector in REPRESSED_SECTORS for r in refs)


def _armed_owners(candidate: Candidate, verb: Token) -> None:
    """The doers of force that are weapons act for their owners' military ("Israeli jets" is ISR MIL)."""
    if candidate.code[:2] in VIOLENT_ROOTS:
        candidate.sources = armed_owners(candidate.sources, subject_tokens(verb))


def _armed_code(verb: Token) -> str | None:
    """The code of the force an armed doer used: its weapon's ("jets hit" aerial weapons, 195; "hit with rockets"
    artillery, 194) or the act of violence that did it ("vehicles were hit by gunfire", 193; "hit in airstrikes",
    195)."""
    doers = heads(subject_tokens(verb))
    for token in doers + heads(_tools(verb)):
        found = weapon(token)
        if found is not None:
            return found.code
    return next((code for t in doers + heads(_tools(verb, ("with", "in"))) if (code := _violent(t))), None)


def _phrase_key(token: Token) -> str | None:
    """The entry of more than one word under which ``token`` is an event noun: its compound ("hunger strike"), an
    adjective with it ("nuclear test"), or what its "of" phrase names ("the test of a hydrogen bomb")."""
    nouns = noun_codes()
    last = token.lemma_.lower().rsplit(" ", 1)[-1]
    if last not in _noun_ends() and token.lower_ not in nouns:
        return None  # no entry ends in the noun's lemma and its form is none: most nouns, the phrase left unread
    words = [c.lower_ for c in token.lefts if c.dep_ == "compound"] + [token.lemma_.lower()]
    # "a U.S. drone strike": the compounds nearest the head make an entry when the whole run does not.
    compounds = [" ".join(words[start:]) for start in range(len(words) - 1)]
    # "a successful nuclear test": an adjective and the head make a two-word entry too.
    described = [f"{c.lower_} {token.lemma_.lower()}" for c in token.lefts if c.dep_ == "amod"]
    # "the test of a hydrogen bomb", "the launch of a missile": what the "of" phrase names is the compound of a
    # "bomb test", a "missile launch".
    described += [f"{o.lemma_.lower()} {token.lemma_.lower()}" for p, o in prep_objects(token) if p == "of"]
    return next((key for key in (*compounds, *described) if key in nouns), None)


def _noun_key(token: Token) -> str | None:
    """The key under which ``token`` is an event noun, for its table row: a phrase entry (:func:`_phrase_key`), else
    the word's own, as :func:`noun_code` looks it up (its lemma, else its form)."""
    phrase = _phrase_key(token)
    if phrase is not None or noun_code(token) is None:
        return phrase
    lemma = token.lemma_.lower()
    return lemma if lemma in noun_codes() else token.lower_


@lru_cache(maxsize=1)
def _noun_ends() -> frozenset[str]:
    """The last word of every event noun entry ("strike" of "hunger strike")."""
    return frozenset(key.rsplit(" ", 1)[-1] for key in noun_codes())


def _noun_code(token: Token) -> str | None:
    """The code of the act ``token`` names as an event noun, read with its phrase ("hunger strike"); ``None`` for a
    noun that names none or a use that is no event."""
    phrase = _phrase_key(token)
    code = noun_codes()[phrase] if phrase is not None else noun_code(token)
    if code is None:
        code = taken_code(token)
    return code if code != NO_EVENT else None


def _deed_doers(
    code: str, verb: Token, noun: Token | None, sources: Sequence[ActorRef], ctx: Context
) -> list[ActorRef]:
    """A judgement of a deed is aimed at its doer: "condemned the Russian attack on Ukraine", "criticized Israel's
    settlement policy", "expressed criticism of China's crackdown on protesters", "dismissed Sanders' accusations
    against Clinton" (not Ukraine, the protesters or Clinton). The event's own noun is no deed it judges ("announced
    the DOJ lawsuit against the state")."""
    own = noun.i if noun is not None and _noun_code(noun) == code else None
    deeds = [o for o in object_tokens(verb) if o.i != own]
    deeds += [o for p, o in prep_objects(verb) if p in AIMED_PREPS]
    if noun is not None:
        deeds += [o for p, o in prep_objects(noun) if p in ("of", *AIMED_PREPS)]
    return _doers_of(deeds, sources, ctx)


def _doers_of(deeds: Sequence[Token], sources: Sequence[ActorRef], ctx: Context) -> list[ActorRef]:
    """The doers of the first of ``deeds`` that is a deed noun, or the owner of a thing, and names one other than
    ``sources``."""
    for deed in deeds:
        for doer in deed_doers(deed) if deed_noun(deed) else _owners(deed):
            # "Clinton took a swipe at Trump's stance": another person coded like the judge is still judged.
            found = [r for r in actors_in([doer], ctx) if not among(r, sources)]
            if placed(found):
                return found
    return []


def _owners(thing: Token) -> list[Token]:
    """Whose a quality judged is, by a possessor (list ``quality``): "questioned her judgment", "attacked his record"
    judge its owner, before any place a phrase of the verb names ("said he questioned her judgment based on her vote in
    favor of the Iraq war" is Clinton's, not Iraq's). A thing whose words code it already keeps its code ("applauding
    America's leadership": USAGOV)."""
    if thing.pos_ != "NOUN" or not listed(thing, QUALITY):
        return []
    return [c for c in thing.children if c.dep_ == "poss"]


def _build(
    code: str, verb: Token, noun: Token | None, ctx: Context, confidence: float, own_prep: str | None = None
) -> Candidate:
    """The candidate of ``verb`` coded ``code``: its sources and targets, modals, negation and condition. ``own_prep``
    is the preposition of the verb's pattern row whose object is the party aimed at (see :func:`_own_prep`)."""
    skip = {noun.i} if noun is not None else set()
    acted_on = object_tokens(verb)
    direct = [o for o in acted_on if o.i not in skip and not _noun_code(o)]
    heads = [verb] + ([noun] if noun is not None else [])
    objects = [o for o in acted_on if o.i not in skip] + heads[1:]
    objects += [g for o in objects for p, g in prep_objects(o) if p == "of"]
    if code[:2] == "15":
        # "mobilized army reservists": the object of a show of force is the force itself, not its target.
        direct = []
    named = actors_in(direct, ctx)
    sources = sources_of(verb, ctx)
    targets = named
    if not placed(targets) and judging(code):
        targets = _deed_doers(code, verb, noun, sources, ctx) or targets
    if not placed(targets) and noun is not None:
        targets = actors_in(target_tokens([noun], skip, NOUN_TARGET_PREPS), ctx) or targets
    preps = VENUE_FREE_PREPS if code in VENUE_CODES else ACTED_ON_PREPS
    skip |= scene_places(heads, code) | _penalty(verb, noun, code)
    if not placed(targets):
        # "complained about China", "expressed concern about Trump": the verb's or its event noun's "about" phrase.
        own = TARGET_PREPS if said_of(code) and preps is ACTED_ON_PREPS else preps
        targets = actors_in(target_tokens(heads, skip, own, own_prep), ctx) or targets
    if not placed(targets):
        # "boycott all contact with the US", "a suspension of air links with Serbia": the object's phrases.
        targets = actors_in(target_tokens(objects, skip, preps), ctx) or targets or named
    sources, targets = _placed_at_scene(sources, targets, code, verb, ctx)
    sources, targets = _state_imposed(sources, targets, code, verb, noun, ctx)
    trigger = [verb] + [c for c in verb.children if c.dep_ == "prt"] + ([noun] if noun is not None else [])
    condition = _condition(verb)
    candidate = Candidate(
        code=code,
        anchor=verb,
        trigger=trigger,
        sources=sources,
        targets=targets,
        own_subject=any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children),
        # "crucial that Clinton make concessions": a subjunctive is said as with "should".
        modals=modals_of(verb) + (["should"] if mandated(verb) else []),
        # "held no talks", "imposed no sanctions": an act said with "no" is not done.
        negated=is_negated(verb) or (noun is not None and is_none(noun)),
        conditional=condition is not None,
        confidence=confidence,
        noun=noun,
        condition=condition,
        # "Iran reportedly seized a tanker", "according to Kyiv, Russia shelled Kharkiv", "Armenia said Azerbaijani
        # forces attacked": told on another's word.
        governors=[HEARSAY] if hedged(verb) or charged(verb, code[:2], [r.text for r in sources]) else [],
    )
    if noun is not None and listed(verb, HAVING):
        _had_from_another(candidate, noun, ctx)
    return candidate


def _misread_modifier(verb: Token) -> tuple[Token, Token] | None:
    """The subject and object of a past form the parser took for an adjective of the bare noun after it, right after
    the subject's phrase ("Nurses in Zimbabwe [downed] tools on Monday", "Workers at a car plant near Chennai downed
    tools"): the verb of the clause. A noun with a determiner or an owner ("the downed plane") is described, and a
    word before that is no noun ("Israeli occupied territories") makes one phrase of the three."""
    noun = verb.head
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or noun.i != verb.i + 1 or verb.i == 0:
        return None
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children) or noun.pos_ != "NOUN":
        return None
    subject = verb.doc[verb.i - 1]
    if subject.pos_ not in ("NOUN", "PROPN"):
        return None
    while subject.dep_ in ("pobj", "prep", "compound") and subject.head.i < subject.i:
        subject = subject.head
    return (subject, noun) if subject.pos_ in ("NOUN", "PROPN") else None


def _read_as_undergone(candidate: Candidate, verb: Token, ctx: Context) -> None:
    """Mends two readings of the parser that make the one an act is done to, or the one who reports it, its doer:
    a headline's passive without its auxiliary, and a reported clause taken for an object with a participle."""
    if _headline_passive(verb, candidate.code):
        # "ELEVEN POLICE KILLED IN CAR BOMB": the subject underwent it, where the headline says.
        undergoers = candidate.sources or candidate.targets or actors_in(_headline_undergoer(verb), ctx)
        candidate.sources, candidate.targets = _placed_at_scene([], undergoers, candidate.code, verb, ctx)
        return
    told = _reported_object(verb)
    if told is not None:
        # "Police said a lorry ploughed into a crowd, killing six": the lorry ploughed, not the police.
        candidate.sources = actors_in([told], ctx)


# Relations that give a verb an object, a clause or an auxiliary, which a headline's bare passive has none of.
_NOT_BARE = frozenset({"aux", "auxpass", "dobj", "ccomp", "xcomp", "dative", "attr", "acomp"})
# CAMEO roots of coercion and force, which a headline's bare passive tells its subject underwent.
UNDERGONE_ROOTS = frozenset({"17", "18", "19", "20"})
# Closing brackets and quotation marks after a sentence's last word.
_CLOSING = ")]}\"'”’"
# Prepositions of a partner or a target, which an intransitive past has ("CLASHED WITH POLICE") and a passive lacks.
_PARTNER_PREPS = frozenset({"with", "against", "between", "among", "on", "at", "into"})


def _headline_passive(verb: Token, code: str) -> bool:
    """ "ELEVEN POLICE KILLED IN CAR BOMB", "Journalist detained in Tehran": a headline drops the auxiliary of its
    passive (its active acts are told in the present: "Police kill"), so a past form with a subject and no auxiliary,
    object, clause or partner tells what its subject underwent, when it is force or coercion (roots 17-20), done to
    someone. A line that ends as a sentence does is prose."""
    sent = verb.sent
    if verb.tag_ not in ("VBD", "VBN") or code[:2] not in UNDERGONE_ROOTS or not headline(sent):
        return False
    if sent.text.rstrip().rstrip(_CLOSING).endswith((".", "!", "?")):
        return False
    deps = {c.dep_ for c in verb.children}
    partner = any(c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS for c in verb.children)
    return (("nsubj" in deps) or _heads_headline(verb)) and not deps & _NOT_BARE and not partner


def _heads_headline(verb: Token) -> bool:
    """ "JOURNALIST ARRESTED IN HARARE": the parser may hang the headline's bare passive on its subject, then the
    head of the line, as a participle describing it."""
    return verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN")


def _headline_undergoer(verb: Token) -> list[Token]:
    """The subject a headline's bare passive hangs on as a participle ("JOURNALIST ARRESTED IN HARARE")."""
    return [verb.head] if _heads_headline(verb) else []


def _reported_object(verb: Token) -> Token | None:
    """The noun the parser made the object of a reporting verb when it is the subject of the clause reported, with
    that clause hung on it as a participle ("Police said [a lorry] ploughed into a crowd, killing six"): the doer
    of that clause and of the participles on it."""
    clause = verb.head if verb.dep_ in ("advcl", "conj") else verb
    if clause.dep_ != "acl" or clause.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in clause.children):
        # "reiterated his claim that Clinton had bullied women": a clause with its own subject says the noun's content.
        return None
    noun = clause.head
    if noun.dep_ != "dobj" or not listed(noun.head, REPORTING):
        return None
    return noun


def _penalty(verb: Token, noun: Token | None, code: str) -> set[int]:
    """The tokens of the penalty a sentence imposes ("sentenced the activist to five years in prison", "condemned to
    death"): the detention's "to" phrase names what is done to the one sentenced, never whom (a "prison" is no
    actor it is done to)."""
    if noun is None or code != DETENTION or noun.dep_ != "pobj" or noun.head.lower_ != "to" or noun.head.head != verb:
        return set()
    return {t.i for t in noun.subtree}


def _placed_at_scene(
    sources: list[ActorRef], targets: list[ActorRef], code: str, anchor: Token, ctx: Context
) -> tuple[list[ActorRef], list[ActorRef]]:
    """Both sides of an act of ``code`` with the people of no country placed where it happened
    (:func:`placed_at_scene`): its doers when they are of a sector that uses force or rises in crowds
    (``scene_doer_sector``), those it is done to when they live where they are (``located`` in ``sector_codes.tsv``).
    A toll with no doer named ("a bus plunged into a ravine, killing 24", "43 were killed
    when a train derailed") is placed only in a sentence that names a weapon or an act of violence ("a car bomb
    exploded, killing nine"): a crash or a hazard kills as well, and is nobody. Troops, who fight abroad as often,
    are placed only when they undergo it, no doer of a country is named and the text names no other country
    (``scene_sole_sector``)."""
    if not sources and anchor.lemma_.lower() in SCENE_TOLLS and not _violence_named(anchor):
        return sources, targets
    doers = placed_at_scene(sources, code, anchor, ctx.entities, SCENE_DOER_SECTORS)
    if len({r.country for r in doers if r.country}) > 1:
        # "an American and his Pakistani wife killed 14 people in California": doers of two countries; where it
        # happened does not tell whose people they hit.
        return doers, targets
    targets = placed_at_scene(targets, code, anchor, ctx.entities, actor_table().located_sectors)
    if ctx.entities.sole_country is not None and not any(r.country for r in doers):
        # "FOUR SOLDIERS KILLED IN AMBUSH IN NORTHERN MALI": troops hit by no one of a country, in a text of one.
        targets = placed_at_scene(targets, code, anchor, ctx.entities, SCENE_SOLE_SECTORS)
    return doers, targets


def _state_imposed(
    sources: list[ActorRef], targets: list[ActorRef], code: str, verb: Token, noun: Token | None, ctx: Context
) -> tuple[list[ActorRef], list[ActorRef]]:
    """ "Authorities imposed a curfew in Gondar", "a curfew was imposed in Gondar", "internet services were cut across
    Pakistan": a restriction only a state imposes (``state_restriction``) is the government's of the one country it
    was imposed in, when its doer is a government of no country named or a passive names none; it falls on that
    country's people when no one is named."""
    if placed(sources) or not code.startswith(STATE_RESTRICTIONS):
        return sources, targets
    if not (_unplaced_state(sources) or _agentless_restriction(verb, noun, code)):
        return sources, targets
    country = scene_country(verb, ctx.entities)
    if country is None:
        return sources, targets
    state = ActorRef(sources[0].text if sources else "", None, country + "GOV", country, "GOV")
    return [state], targets if placed(targets) else [ActorRef("", None, country, country, None)]


# Coercion only an arm of a state does, by the first digits of its code, with the sector of that arm: a court finds
# guilty and sentences (116), a government expels a diplomat (161) and expels or deports (174), police arrest and
# detain (173) and repress (175). A restriction (172: "shops were shut in Kaduna") may be a strike's doing.
_STATE_COERCION = (("116", "JUD"), ("161", "GOV"), ("173", "COP"), ("174", "GOV"), ("175", "COP"))
# Coercion whose "from" phrase names the state that does it: a diplomat is expelled, one is deported from a country.
_FROM_THE_STATE = ("161", "174")


def _state_coerced(
    sources: list[ActorRef], targets: list[ActorRef], code: str, verb: Token, ctx: Context
) -> tuple[list[ActorRef], list[ActorRef]]:
    """ "Two journalists were arrested in Tehran", "the activists were deported from Egypt", "Protesters were dispersed
    in Cairo": coercion only an arm of a state does (``_STATE_COERCION``), told in a passive that names no doer, was
    done by that arm of the one country it happened in, or, for a ban or an expulsion, of the country one is banned
    or expelled from; that country is then no longer whom it was done to."""
    sector = next((s for prefix, s in _STATE_COERCION if code.startswith(prefix)), None)
    if sector is None or placed(sources) or not _agentless(verb, code):
        return sources, targets
    country = _country_left(verb, ctx) if code.startswith(_FROM_THE_STATE) else None
    country = country or _own_scene(verb, ctx)
    if country is None:
        return sources, targets
    return [ActorRef("", None, country + sector, country, sector)], [r for r in targets if r.code != country]


def _own_scene(verb: Token, ctx: Context) -> str | None:
    """The one country of the places the verb's clause happened at (``scene_country``) when a phrase of place of the
    verb's own clause names it ("was arrested in Moscow", "was charged with battery in Florida"), not only one of
    another clause below it, which may tell another time and place ("served in Kuwait; then he was arrested")."""
    country = scene_country(verb, ctx.entities)
    if country is None:
        return None
    for token in verb.subtree:
        if token.i == verb.i:
            continue
        place = ctx.entities.at(token.idx, token.idx + len(token.text))
        if place is not None and place.country == country and _in_own_clause(token, verb):
            return country
    return None


def _in_own_clause(token: Token, verb: Token) -> bool:
    """``token`` stands in a phrase of place that hangs on ``verb`` with no other verb between them."""
    between = list(token.ancestors)[: [a.i for a in token.ancestors].index(verb.i)]
    scene_phrase = any(a.dep_ == "prep" and a.lower_ in SCENE_PREPOSITIONS for a in between)
    return scene_phrase and not any(a.pos_ in ("VERB", "AUX") for a in between)


def _agentless(verb: Token, code: str) -> bool:
    """``verb`` is a passive with no "by" agent, in prose or in a headline that drops its auxiliary."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return is_passive(verb) or _headline_passive(verb, code)


def _country_left(verb: Token, ctx: Context) -> str | None:
    """The country the verb's "from" phrase names ("expelled from Britain"), when it names a country itself."""
    for prep, obj in prep_objects(verb):
        if prep == "from":
            refs = actors_in([obj], ctx)
            if len(refs) == 1 and refs[0].code is not None and refs[0].code == refs[0].country:
                return refs[0].country
    return None


def _unplaced_state(sources: Sequence[ActorRef]) -> bool:
    """The doers are a government of no country named ("authorities", "the government")."""
    return bool(sources) and all(r.sector == "GOV" and r.country is None for r in sources)


def _agentless_restriction(verb: Token, noun: Token | None, code: str) -> bool:
    """A passive with no "by" agent whose subject is the restriction itself ("a curfew was imposed"); "shops were
    shut in Srinagar" may be a strike's doing."""
    if any(c.dep_ == "agent" for c in verb.children) or noun is None:
        return False
    subjects = {t.i for s in verb.children if s.dep_ in ("nsubjpass", "nsubj") for t in s.subtree}
    return noun.i in subjects and (is_passive(verb) or _headline_passive(verb, code))


def _violence_named(anchor: Token) -> bool:
    """The sentence of ``anchor`` names a weapon or an act of violence ("a car bomb", "gunfire", "the attack"). An
    aircraft is no sign of it: planes and helicopters crash."""
    for token in anchor.sent:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        found = weapon(token)
        if (found is not None and found.code != AIR_FORCE) or _violent(token):
            return True
    return False


def _condition_marks(verb: Token) -> list[Token]:
    """ "if"/"unless" marks of clauses hanging off the verb or a verb governing it."""
    sent, doc, lowers = sentence_of_token(verb), verb.doc, lowers_of(verb.doc)
    # Most sentences have neither word: only those that do are made Tokens and have their parse read.
    words = [doc[i] for i in range(sent.start, sent.end) if lowers[i] in ("if", "unless")]
    if not words:
        return []
    heads = {verb.i} | {a.i for a in verb.ancestors}
    return [
        m
        for m in words
        if m.dep_ == "mark" and m.head.head.i in heads and m.head.i != verb.i and not m.head.is_ancestor(verb)
    ]


def _condition(verb: Token) -> str | None:
    """The word of the condition the event depends on, "unless" before "if"."""
    words = {m.lower_ for m in _condition_marks(verb)}
    return "unless" if "unless" in words else "if" if words else None


def noun_candidate(noun: Token, ctx: Context, found: dict[int, Candidate]) -> Candidate | None:
    code = _noun_code(noun)
    if code is None or noun.dep_ == "compound" or noun.ent_type_ in NAMED_THINGS:
        return None
    head = noun.head
    coordinated = noun.dep_ == "conj" and head.pos_ == "NOUN"
    if head.i in found and not coordinated and not _done_by_another(noun, found[head.i], ctx):
        return None
    partners = _partners(noun)
    if not partners and _subject_with_no_doer(noun, ctx):
        return None
    rows = [noun_row(_noun_key(noun))]
    if noun.dep_ == "dobj" and head.lemma_.lower() in light_verbs() and not listed(noun, TAKEN_CRITICISM):
        if _describes(head):
            return None
        candidate = _build(code, head, noun, ctx, 0.7)
        candidate.rows += [*rows, light_verb_row(head.lemma_.lower())]
        return _prospect(candidate, noun)
    if partners and placed(actors_in(noun_doers(noun), ctx)):
        # "Egypt's mediation between Israel and Hamas", "talks between the rebels and the government by Qatar": with
        # a doer of its own named, the parties between whom the act goes are the ones it is done to.
        partners = []
    modifiers = partners + _noun_modifiers(noun, code, coordinated)
    claimed = noun.dep_ == "dobj" and head.lemma_.lower() in SELF_CLAIMING
    sources = _noun_sources(noun, code, modifiers, claimed, found, ctx)
    # "Lynch closes the door on Clinton probe": an investigation that names whom it looks into is an event, whoever
    # leads it.
    if (not sources and not investigated_people(noun)) or (
        noun.lemma_.lower() in ASKING and all(r.sector == "MED" for r in sources)
    ):
        # "The Washington Post's requests for comment": what the media ask is an interview question.
        return None
    # "Japan's complaints about China", "warnings about Russia": a statement or judgement named by a noun is aimed at
    # whom its "about" phrase names, as its verb is ("complained about China").
    preps = TARGET_PREPS if said_of(code) else ACTED_ON_PREPS
    targets = actors_in(target_tokens([noun], {m.i for m in modifiers} | scene_places([noun], code), preps), ctx)
    if not placed(targets):
        targets = _compound_targets(noun, code, ctx) or targets
    if not placed(targets) and (judging(code) or code[:2] == INVESTIGATE):
        targets = _judged_deed_doers(noun, sources, ctx) or targets
    if not targets and _danger_posed(noun):
        return None
    sources, targets = _placed_at_scene(sources, targets, code, noun, ctx)
    if noun.lemma_.lower() in ARMED_STRIKES and (bears_arms(sources) or state_strikes(sources, targets)):
        # "U.S. strikes on Islamic State targets", "Israeli strikes on Gaza": force from the air, as a state or an
        # armed side "launched strikes" (not "French workers' strike").
        code = AIR_FORCE
    # "the talks were postponed", "Putin's visit is scheduled for December": a passive that says whether its subject
    # noun's act comes about says it of the act. Active verbs tell what the act does ("Trump's attacks set off alarm",
    # "the criticism weighed on her"), and a modal what may follow from it ("Obama's endorsement could backfire": he
    # endorsed; "the investigation could drag on": it is open).
    told_by = noun.dep_ == "nsubjpass" and head.lemma_.lower() in UNSETTLED | INTENDING
    candidate = Candidate(
        governors=[head.lemma_.lower()] if claimed or told_by else [],
        code=code,
        anchor=noun,
        trigger=[noun],
        sources=sources,
        targets=targets,
        own_subject=True,
        # "No formal deal was announced", "had no such praise for Clinton": an act said with "no" is not done.
        negated=is_none(noun),
        confidence=0.6,
        noun=noun,
        rows=rows,
    )
    return _prospect(candidate, noun)


def _compound_targets(noun: Token, code: str, ctx: Context) -> list[ActorRef]:
    """Whom an event noun with a doer of its own names by a compound (:func:`arguments.compound_undergoers`): "Palin's
    Trump endorsement", "Obama's Cuba visit". A compound that sets the scene ("Trump's Iowa rally") or names an outlet
    ("Clinton's CNN interview") is where or through what the act went, not at whom."""
    named = actors_in([c for c in compound_undergoers(noun) if not scene(c, code)], ctx)
    return [r for r in named if r.sector != "MED"]


# The nouns of criticism that their subject takes ("took heat", "came under fire"): never a light verb's own act.
TAKEN_CRITICISM = CRITICISM_TAKEN | CRITICISM_TAKEN_PERSON


def _judged_deed_doers(noun: Token, sources: Sequence[ActorRef], ctx: Context) -> list[ActorRef]:
    """A judgement or investigation named by a noun is aimed at the doer of the deed its phrase names, as its verb is
    (:func:`_deed_doers`): "Sanders's attacks on her record", "the FBI investigation into her email practices",
    "criticisms of her actions by Comey" are aimed at "her"; "his endorsement of the team" names no deed."""
    return _doers_of([o for p, o in prep_objects(noun) if p == "of" or p in NOUN_TARGET_PREPS], sources, ctx)


def _partners(noun: Token) -> list[Token]:
    """The parties named "between" beside ``noun`` ("a meeting between Obama and Putin failed"), which make it an
    event wherever it stands. The object of another verb is that verb's business ("to oversee a ceasefire between X
    and Y")."""
    head = noun.head
    partners = [o for p, o in prep_objects(noun) if p == "between"] if noun.dep_ != "dobj" else []
    if noun.dep_ == "nsubj" and head.lemma_.lower() in ASPECTUAL:
        # "clashes erupted between police and protesters": the parties may hang off the verb that starts it.
        partners += [o for p, o in prep_objects(head) if p == "between"]
    return partners


def _subject_with_no_doer(noun: Token, ctx: Context) -> bool:
    """Whether ``noun``, with no parties beside it, is a subject that names no act of anyone's. A subject noun is an
    event only when its verb says it goes on ("riots are continuing"); "Obama's visit to Havana drew crowds", "the
    arrest of the editor by Turkish police sparked protests": a subject noun whose doer is named on it is that
    doer's act; with none ("sanctions hurt the economy"), a subject noun names no event of anyone's. One that names
    its act by an infinitive ("Obama's pledge to send troops comes as ...") leaves that act to the infinitive's
    verb."""
    aspectual = noun.head.lemma_.lower() in ASPECTUAL
    subject = noun.dep_ == "nsubjpass" or (noun.dep_ == "nsubj" and not aspectual)
    told = any(c.dep_ == "acl" and to_infinitive(c) for c in noun.children)
    return subject and (told or not placed(actors_in(deed_doers(noun), ctx)))


def _noun_modifiers(noun: Token, code: str, coordinated: bool) -> list[Token]:
    """The words on ``noun`` that may name its doer: possessors, adjectives, compounds that set no scene, "by" and
    "from" phrases, claimants, a first coordinated noun's possessor, a "from" phrase the parser hung on the verb."""
    head = noun.head
    undergoers = set(compound_undergoers(noun))
    modifiers = [
        c
        for c in noun.children
        if c.dep_ in ("poss", "amod", "compound") and not scene(c, code) and c not in undergoers
    ]
    modifiers += deed_agents(noun) + claimants(noun) + [o for p, o in prep_objects(noun) if p == "from"]
    if coordinated and not any(c.dep_ in ("poss", "det") for c in noun.children):
        # "China's annexation of the islands and crackdown on dissidents": the possessor of the first of coordinated
        # nouns owns the others that have no determiner of their own ("Trump's rallies and the assault allegations").
        modifiers += [c for c in head.children if c.dep_ == "poss"]
    if noun.dep_ == "dobj" and head.lemma_.lower() in UNDERGOING | RECEIVING:
        # "The move drew strong criticism from Beijing", "won endorsements from two senators": the parser hangs the
        # doer's "from" on the verb; "won the endorsement of two senators": what one gets, another gives.
        modifiers += [o for p, o in prep_objects(head) if p == "from"]
        modifiers += [o for p, o in prep_objects(noun) if p == "of" and code[:2] in RECEIVED_ROOTS]
    elif listed(noun, TAKEN_CRITICISM) and (taker := taking_verb(noun)) is not None:
        # "Clinton came under fire from Trump", "took flak from Sanders": the parser hangs the critic's "from" on the
        # verb of the one who takes it.
        modifiers += [o for p, o in prep_objects(taker) if p == "from"]
    return modifiers


def _noun_sources(
    noun: Token, code: str, modifiers: list[Token], claimed: bool, found: dict[int, Candidate], ctx: Context
) -> list[ActorRef]:
    """Who does the act ``noun`` names: the actors its ``modifiers`` name, else the subject of the verb that claims
    it or whose possessive pronoun it bears, the protesters it is done "in protest" by, the parties of a meeting that
    sets its scene, or the place it broke out in."""
    head = noun.head
    sources = actors_in(modifiers, ctx)
    if not sources and noun.dep_ == "dobj" and (claimed or any(m.pos_ == "PRON" for m in modifiers)):
        # "reiterated its demand": the possessive pronoun is the verb's subject; "North Korea claims a nuclear
        # test": one who claims an act with no other doer named claims to have done it.
        sources = sources_of(head, ctx)
    if not sources and _in_protest(noun, found):
        sources = sources_of(head.head, ctx)
    if not sources:
        sources = _joint_setting(noun, code, ctx) or _where_it_broke_out(noun, code, ctx)
    return sources


def _had_from_another(candidate: Candidate, noun: Token, ctx: Context) -> None:
    """ "She has the endorsement of most unions", "advocates have private promises from Clinton", "he has Obama's
    support": an act one has from another, named by the noun's "of" or "from" phrase or by a possessor that is no
    pronoun, is that other's, and the one who has it is its target."""
    doers = [o for p, o in prep_objects(noun) if p in ("of", "from")]
    doers += [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    # "the unions" are placed later, by the country of the one who has their act.
    found = [r for r in actors_in(doers, ctx) if not among(r, candidate.sources)]
    if found:
        candidate.sources, candidate.targets = found, candidate.sources
    elif listed(noun, SUPPORT_GOT):
        # "has the support of her party's elected leaders": support had is never the one's who has it, whoever
        # gives it.
        candidate.sources, candidate.targets = [], candidate.sources


def _doers_of_violence(candidate: Candidate, violence: Token, ctx: Context) -> None:
    """The doers the noun of violence that took a toll names: "a suicide bombing by Boko Haram killed 30" (its "by"
    phrase, possessor or nationality), or "clashes between Armenia and Azerbaijan killed ten soldiers" (the parties it
    went between, to each other: the toll is theirs)."""
    doers = actors_in(deed_doers(violence), ctx)
    if placed(doers):
        candidate.sources = doers
        return
    parties = actors_in([o for p, o in prep_objects(violence) if p == "between"], ctx)
    if len({r.code for r in parties}) > 1:
        candidate.sources, candidate.targets = parties, []
    elif doers and not candidate.sources:
        # "a general strike called by the unions shut banks across Argentina": doers of no country named are still
        # its doers, to be placed where it happened.
        candidate.sources = doers


# The prepositions of where an act breaks out or spreads ("in Dhaka", "across Iran", "spread to Lyon").
SPREAD_PREPS = frozenset({"in", "across", "throughout", "to"})


def _where_it_broke_out(noun: Token, code: str, ctx: Context) -> list[ActorRef]:
    """ "Violent protests erupted in Dhaka", "riots broke out in Lagos", "protests spread across Iran": a protest that
    breaks out in a named place with no doer named is the protest of that place's people (violence there, with its
    sides unnamed, is nobody's)."""
    head = noun.head
    if code[:2] != "14" or noun.dep_ != "nsubj" or head.lemma_.lower() not in ASPECTUAL:
        return []
    phrases = (*prep_objects(head), *prep_objects(noun))
    places = [place for p, o in phrases if p in SPREAD_PREPS for place in _places_named(o)]
    return actors_in(places[:1], ctx)


def _places_named(token: Token) -> list[Token]:
    """The place ``token`` names, or those its own phrases of place or "of" name when it is a common noun of
    where ("in several towns in Kazakhstan", "across cities of Iran", "in the town of Nuh")."""
    if token.ent_type_ in PLACE_TYPES:
        return [token]
    return [o for p, o in prep_objects(token) if p in SPREAD_PREPS | {"of"} and o.ent_type_ in PLACE_TYPES]


def _prospect(candidate: Candidate, noun: Token) -> Candidate:
    """The candidate of the act ``noun`` names, with the modal an adjective of the noun lends it as an auxiliary would
    a verb ("the planned visit", "announced an upcoming summit": will; "a possible strike": may) and the governor of
    an act it says is only alleged ("the alleged attack")."""
    words = {c.lower_ for c in noun.children if c.dep_ == "amod"}
    candidate.modals += ["will"] if words & YET_TO_COME else ["may"] if words & MAY_COME else []
    candidate.governors += ["allege"] if words & ALLEGED_ACTS else []
    return candidate


def _joint_setting(noun: Token, code: str, ctx: Context) -> list[ActorRef]:
    """ "Obama and Putin fail to find common ground during their meeting in China", "Xi and Modi signed a deal at their
    summit": a meeting or talks that set the scene of what two or more parties do together are held by them. One
    actor at a meeting ("spoke at a meeting of donors") names no partner, so makes no consultation."""
    head = noun.head
    if code[:2] != "04" or noun.dep_ != "pobj" or head.lower_ not in SETTING_PREPS or head.head.pos_ != "VERB":
        return []
    subjects = heads(subject_tokens(head.head))
    parties = actors_in(subjects, ctx)
    return parties if len({r.code for r in parties}) > 1 else []


def _in_protest(noun: Token, found: dict[int, Candidate]) -> bool:
    """ "lawmakers walked out in protest", "shops stayed shut in protest at the killing", "bus drivers stayed off the
    roads in a walkout over levies": an act done "in protest", or in a strike, is a protest or strike by the one who
    does it, unless that act is coded already ("boycotted classes in protest") or is done to its subject (a passive)."""
    head = noun.head
    bare_protest = noun.lower_ == "protest" and not any(c.dep_ == "det" for c in noun.children)
    return (
        (bare_protest or (_strike_named(noun) and not is_passive(head.head)))
        and noun.dep_ == "pobj"
        and head.lower_ == "in"
        and head.head.pos_ in ("VERB", "AUX")
        and head.head.i not in found
    )


def _strike_named(noun: Token) -> bool:
    """The noun names a strike or a hunger strike ("a walkout", "a general strike", "a hunger strike"); a bare
    "strike" may be an air strike ("killed five in a strike") and is none."""
    code = _noun_code(noun)
    if code is None or code[:3] not in STRIKE_CODES:
        return False
    return noun.lemma_.lower() not in ARMED_STRIKES or _phrase_key(noun) is not None


def _obligation_modals(verb: Token) -> set[str]:
    # Most verbs have no auxiliary: only a need is read for them.
    modals = _modals_told(verb) if verb.i in heads_with(verb.doc, ("aux",)) else set()
    return modals | ({verb.lemma_.lower()} if needs(verb) else set())


def _modals_told(verb: Token) -> set[str]:
    # "should he win the nomination": a modal before its subject opens a condition (or a question), no obligation.
    first = min((c.i for c in verb.children if c.dep_ in SUBJECTS), default=verb.i)
    auxiliaries = [c for c in verb.children if c.dep_ == "aux" and c.i > first]
    modals = {c.lower_ for c in auxiliaries} & OBLIGATION
    if any(c.lemma_.lower() == "have" and c.tag_ == "VB" for c in auxiliaries) or (
        verb.tag_ == "VBG" and modals <= GUESSING
    ):
        # "he should have insisted on getting all", "Clinton should have known": a regret about what was done; "he
        # must be doing something right": a guess about what is going on. No one is told to do anything ("the
        # administration should be taking more measures" is told).
        modals = set()
    return modals


def obliges(verb: Token) -> bool:
    """The clause says someone ``must`` or ``should`` do ``verb``."""
    return bool(_obligation_modals(verb))


# The code of a threat of no named kind; a warning is one.
THREATEN = "130"


def asks_an_act(verb: Token) -> bool:
    """A clause that ``obliges`` asks its subject for an act only when its verb is one the subject does: what someone
    should be ("must be ready for questions", "should be in prison"), have done to them ("should be held to account",
    "things should be wrapped up by Cleveland"), undergo ("should face no criminal charges", list ``undergoing``),
    know, feel or come to ("Americans should worry more", "Bernie should win by double digits", list ``unwilled``)
    is a judgement or a forecast, asked of no one. A verb of needing asks for its to-infinitive ("needs to be
    smart"); what one should be ready, willing or careful to do is asked ("should be ready to negotiate", "must be
    careful not to interfere")."""
    act = _asked(verb)
    lemma = act.lemma_.lower()
    if is_passive(act) or lemma in UNDERGOING | UNWILLED or _gets_a_thing(act):
        return False
    if lemma != "be":
        return True
    predicates = [act, *(c for c in act.children if c.dep_ == "acomp")]
    return any(c.dep_ == "xcomp" and to_infinitive(c) for p in predicates for c in p.children)


def _gets_a_thing(verb: Token) -> bool:
    """ "He should get due credit for that", "he should also get a boost from the win": getting a thing, with a direct
    object and no particle, is receiving it (as list ``unwilled``'s "receive"), a forecast or a verdict; "he should get
    out of the race" and "must get tough on terror" ask an act."""
    children = list(verb.children)
    return (
        verb.lemma_.lower() == "get"
        and any(c.dep_ == "dobj" for c in children)
        and not any(c.dep_ in ("prt", "acomp", "oprd") for c in children)
    )


def _asked(verb: Token) -> Token:
    """The verb of what an obligation asks: ``verb``, or the to-infinitive of a verb of needing ("needs to leave")."""
    return next((c for c in verb.children if c.dep_ == "xcomp"), verb) if needs(verb) else verb


def obligation_code(verb: Token, sources: Sequence[ActorRef], targets: Sequence[ActorRef]) -> str:
    """What saying that ``targets`` must (100, a demand) or should (020, an appeal) do ``verb`` is, for a verb that
    ``obliges``. A demand is made on another: what a speaker says their own country must do ("America must lead",
    said by an American) is an appeal."""
    own = {r.country for r in sources if r.country}
    at_home = bool(targets) and all(r.country in own for r in targets)
    return "020" if _obligation_modals(verb) <= ADVICE or at_home else "100"


def obligation_candidate(verb: Token, ctx: Context) -> Candidate | None:
    """ "X said Y must do Z" is a demand by X on Y; "X said Y should do Z", advice, an appeal."""
    if not obliges(verb) or not asks_an_act(verb):
        return None
    clause = verb
    for _ in range(3):
        if clause.dep_ not in ("conj", "ccomp") or clause.head.i == clause.i or clause.head.lemma_.lower() in REPORTING:
            break
        # "This is a fight and America must lead it, our strategy should ..., she said": a clause coordinated
        # with or spliced onto the reported one is reported too.
        clause = clause.head
    head = clause.head
    if clause.dep_ != "ccomp" or head.lemma_.lower() not in REPORTING:
        return None
    sources = sources_of(head, ctx)
    targets = asked_of(subject_tokens(verb), sources, ctx)
    if not sources or not targets:
        return None
    return Candidate(obligation_code(verb, sources, targets), head, [head], sources, targets, True, confidence=0.6)


def asked_of(subjects: Sequence[Token], sources: Sequence[ActorRef], ctx: Context) -> list[ActorRef]:
    """The actors that a clause saying what ``subjects`` must or should do, said by ``sources``, asks it of: none for
    an office no one holds yet, and not people at large."""
    if any(_unspecified(s) for s in subjects):
        return []
    return [r for r in actors_in(subjects, ctx) if not _public_at_home(r, sources)]


def _unspecified(subject: Token) -> bool:
    """ "Clinton says a president must be ready", "the next president has to build on that progress": whoever will
    hold an office (an indefinite or future one, list ``unspecified``) is no one an appeal reaches."""
    return any(c.dep_ in ("det", "amod") and c.lower_ in UNSPECIFIED for c in subject.children)


def _public_at_home(ref: ActorRef, sources: Sequence[ActorRef]) -> bool:
    """ "She says people should be able to use the bathroom they prefer", "McConnell said the American people should
    have a voice": what a speaker says people at large, or their own country's, should do is a view of policy, asked
    of no one in particular. The state itself is asked ("Clinton said the United States should send more special forces"
    is an appeal to the USA, as the news-silver gold codes it)."""
    return ref.sector == "CVL" and (ref.country is None or any(r.country == ref.country for r in sources))


def wish_candidate(verb: Token, ctx: Context) -> Candidate | None:
    """ "We hope the US will listen", "Moscow wants Kyiv to withdraw": a wish for another's act is an appeal to them."""
    if verb.lemma_.lower() not in WISHING or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL) for c in verb.children
    ):  # "does not want", "might want": no wish held, no appeal
        return None
    # "Moscow wants Kyiv to withdraw": the object is the doer of what is wished only with that act named;
    # "Palestinians want East Jerusalem" wish for a thing, of nobody.
    wished = any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    doers = [c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i + 3 and wished]
    doers += [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
    sources = sources_of(verb, ctx)
    own = {r.code for r in sources}
    targets = [r for r in actors_in(doers, ctx) if r.code not in own]
    if not placed(sources) or not placed(targets):
        return None
    return Candidate("020", verb, [verb], sources, targets, True, confidence=0.5)
