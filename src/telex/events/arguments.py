"""Find an event's participants in the dependency parse and code them as actors."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from itertools import takewhile

from spacy.tokens import Span, Token

from telex.actors.followers import follower_noun, followers
from telex.actors.phrases import resolve_words
from telex.actors.regions import of_country
from telex.actors.resolve import resolve_span
from telex.actors.sectors import sector_of
from telex.actors.table import Actor, actor_table, name_key
from telex.actors.word_lists import geographic_features, serving_nouns
from telex.coref.clauses import ARGUMENT_PREPS
from telex.coref.names import named_by, surname_person
from telex.coref.resolve import coreference
from telex.coref.role_nouns import definite_role, party_member
from telex.entity_index import EntityIndex
from telex.events.codes import quad_class
from telex.events.modality import NEEDING, spelled_out
from telex.events.pairs import hyphen_pair
from telex.events.patterns import NO_EVENT, noun_code, verb_patterns
from telex.events.scenes import region, set_in_place
from telex.events.word_lists import (
    ACT_SERIES,
    ADVERSARIES,
    BLAMING,
    CAMPAIGN_BODIES,
    CLAIMING_DEEDS,
    CONDEMNED_DEEDS,
    CONDUCT,
    EXAMPLE_PREPS,
    EXCEPTING,
    FLED,
    INSTRUMENTS,
    KIN,
    LEADING,
    MARKET_FIGURES,
    NO_ONE,
    ORIGINS,
    PHRASAL_PARTICLES,
    QUANTITIES,
    SCENE_CODES,
    SPEAKING_FOR,
    listed,
)
from telex.nlp.cached import entities_of, heads_with, text_of, token_memo
from telex.nlp.grammar import to_infinitive
from telex.quotes.lexicon import media_nouns
from telex.records import ActorRef, Entity
from telex.tables import read_table

SUBJECTS = frozenset({"nsubj", "csubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})
# Codes of actors that are of no one country but are political actors of their own: international bodies,
# non-governmental ones and armed groups that act across borders ("IGOUNO", "NGOHRIAMN", "IMGMUSISI").
ORGANISATIONS = ("IGO", "NGO", "IMG")
# Prepositions naming the other party of what was done together ("a deal reached with Iran").
JOINT_PREPS = frozenset({"with", "between", "among"})
# Entity types of an object that can be the doer of its verb's complement (see ``_controller``).
CONTROLLERS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Prepositions whose object is the target of an event, in order of preference; "in" names a place and
# stands in for the target only when nothing better is found.
TARGET_PREPS = (
    "to",
    "with",
    "against",
    "between",
    "among",
    "on",
    "at",
    "into",
    "toward",
    "towards",
    "upon",
    "from",
    "for",
    "behind",
    "over",
    "of",
    "about",
    "in",
)
# "about" on the verb names whom a statement or a judgement is about ("complained about China", "expressed concern
# about Trump"), but only the topic of any other act ("talked with Putin about Syria") or of a thing ("the story about
# Clinton's emails"): a target of those codes' verbs alone.
TOPIC_PREPS = frozenset({"about"})
ACTED_ON_PREPS = tuple(p for p in TARGET_PREPS if p not in TOPIC_PREPS)
# Meetings, talks and signings happen somewhere: "met in Abuja", "signed at the Kremlin" name the venue,
# not the other party, so for these codes "in" and "at" never give the target.
VENUE_CODES = frozenset({"036", "040", "041", "045", "046", "057"})
VENUE_FREE_PREPS = tuple(p for p in ACTED_ON_PREPS if p not in ("in", "at"))
# Pronouns that may stand for a person in an event, and how far back (in characters) the article must have
# named that person.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
# Possessive pronouns that take part in an event but do not by themselves make one: "his promise", "his rallies",
# "his call to ban" with nobody else named are what the article's person stands for, seldom an act. ("her" is as
# often the object of a verb, which does make one.)
OWNER_PRONOUNS = frozenset({"his"})
PRONOUN_REACH = 400
# Prepositions that, on an event noun, name its target outright ("sanctions on Iran", "talks with Seoul").
NOUN_TARGET_PREPS = frozenset({"to", "with", "against", "on", "at", "into", "toward", "towards", "upon", "between"})


@dataclass(frozen=True)
class Context:
    """What actor resolution needs besides the token: the article's entities and date. One context serves one
    document: ``actors`` keeps what :func:`actors_of` found for each of its tokens, asked again by several checks."""

    entities: EntityIndex
    published: date | None
    actors: dict[int, tuple[ActorRef, ...]] = field(default_factory=dict, compare=False, repr=False)


# Passive forms that state the subject's disposition: "Vietnam is committed to opening", "is prepared to".
DISPOSITIONS = frozenset(
    {"commit", "prepare", "determine", "resolve", "schedule", "set", "poise", "dedicate", "engage", "involve"}
)


def is_passive(verb: Token) -> bool:
    doc = verb.doc
    if verb.lemma_.lower() in DISPOSITIONS and verb.i not in heads_with(doc, ("agent",)):
        return False
    return verb.i in heads_with(doc, _PASSIVE_MARKS) or _small_clause_passive(verb)


def _small_clause_passive(verb: Token) -> bool:
    """A past participle with a "by" agent and no auxiliary, whose subject the parser read as its doer: "The poll finds
    Johnson supported by 13 percent": the subject undergoes it. Not a past tense the parser gave a "by" it read as an
    agent ("Murdoch abided by it all", "Trump stood by his plan")."""
    return (
        verb.tag_ == "VBN"
        and verb.i in heads_with(verb.doc, ("agent",))
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


_PASSIVE_MARKS = frozenset({"nsubjpass", "auxpass"})


def modals_of(verb: Token) -> list[str]:
    """The modal auxiliaries of ``verb``, lower-cased: "would", "must" of "would meet", "must stop"; a bare verb
    coordinated with another shares its auxiliaries ("would force companies to stay and coerce countries"). A
    headline's future is said with "to" (:func:`to_future`), which counts as its "will". A contracted modal is
    spelled out ("he’d support her": "would"; "won't": "will")."""
    spelled = [spelled_out(c.lower_, verb.tag_) for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    own = [word for word in spelled if word is not None]
    if not own and to_future(verb):
        own = ["to"]
    return own or (modals_of(verb.head) if _shares_auxiliaries(verb) else [])


def to_future(verb: Token) -> bool:
    """ "Turkey to buy more Russian gas", "Germany to expel Russian diplomats": a headline tells what its subject
    will do as a bare infinitive heading the line, with a subject and an infinitival "to" of its own."""
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and any(c.dep_ in SUBJECTS for c in verb.children)
    )


def mandated(verb: Token) -> bool:
    """``verb`` is the bare form of a "that" clause with a subject of its own, a subjunctive of what is required or
    urged: "it is crucial that Clinton make concessions", "insisted that Iran halt its tests", "demanded that he be
    removed". The act is still to do, as with "should"; "said that they make" (a plural present) is not told apart."""
    if verb.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    bare = verb.tag_ == "VB" and not auxiliaries
    # "that he be removed": the passive's "be" is the bare form.
    bare_passive = verb.tag_ == "VBN" and [(a.lemma_.lower(), a.tag_) for a in auxiliaries] == [("be", "VB")]
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return has_subject and (bare or bare_passive)


def is_negated(verb: Token) -> bool:
    """``verb`` carries a negation of its own ("did not meet", "hadn't received", "never met"), has a subject that
    names no one ("nobody has claimed responsibility", "no reasonable prosecutor would bring charges", "neither
    apologized"), or shares a negation with the verb it is coordinated with ("did not meet Putin or sign the deal",
    "hasn't endorsed her or conceded his bid")."""
    return any(c.dep_ == "neg" or _no_one(c) for c in verb.children) or (
        _shares_auxiliaries(verb) and is_negated(verb.head)
    )


def is_none(noun: Token) -> bool:
    """``noun`` is said with "no": "no plans", "no formal deal", "no such praise"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _no_one(subject: Token) -> bool:
    """A subject of the verb that names no one ("nobody", "neither", "no terrorist organization"), unless it takes
    someone out who does the act ("no candidate but Lindsey Graham has championed it"). The parser makes "neither"
    before a verb its ``preconj`` now and then ("and neither apologized"), and "neither" before a subject that
    subject's ("Neither Warren nor Clinton spoke")."""
    if subject.dep_ not in SUBJECTS and subject.dep_ != "preconj":
        return False
    if any(c.dep_ in ("prep", "cc") and c.lower_ in EXCEPTING for c in subject.children):
        return False
    # "Neither Warren nor Clinton spoke with reporters": "neither" before the subject denies the act of each.
    neither = subject.dep_ in SUBJECTS and any(
        c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in subject.children
    )
    return subject.lower_ in NO_ONE or neither or (subject.dep_ != "preconj" and is_none(subject))


def _shares_auxiliaries(verb: Token) -> bool:
    """``verb`` is a bare verb coordinated with another and has no subject or auxiliary of its own, so the first
    verb's auxiliaries are its too: "will build a wall and deport them", not "did not attend and instead met him". A
    participle joined by "or" or "nor" to a participle with its auxiliaries shares them ("hasn't endorsed her or
    conceded his bid"); after "and" or "but" it may be a finite verb of its own ("was not arrested but released")."""
    if (
        verb.dep_ != "conj"
        or verb.head.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        return False
    if verb.tag_ == "VB":
        return True
    # The tagger reads such a participle as a past tense as often ("hasn't endorsed her or conceded").
    participle = verb.tag_ in ("VBN", "VBD") and verb.head.tag_ == "VBN"
    joined = [c.lower_ for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i]
    return participle and bool(joined) and joined[-1] in ("or", "nor")


def subject_tokens(verb: Token) -> list[Token]:
    """The doer of ``verb``: its subject, the "by" agent of a passive, or a governing verb's subject."""
    current = verb
    for _ in range(5):
        found = _clause_doers(current)
        if found is None:
            found = _described_doers(verb, current)
        if found is not None:
            return found
        governing = _governing(verb, current)
        if governing is None or isinstance(governing, list):
            return governing or []
        current = governing
    return []


def _clause_doers(current: Token) -> list[Token] | None:
    """The doers ``current``'s own clause names: the "by" agent of a passive, its subject (or one the parser hung
    elsewhere), the noun a relative clause describes; ``None`` when the clause names none."""
    if is_passive(current):
        return _agents(current)
    if reduced_passive(current) and (agents := _agents(current)):
        # "the deal brokered by Merkel with the Turkish government", "a professor accused by Turkey": the "by"
        # agent of a participle with no auxiliary does it when the phrase says at whom; "a lunch hosted by the
        # ambassador", "emails released by the department" only describe a thing, and no one else does them.
        return agents if _aimed(current) else []
    found = [c for c in current.children if c.dep_ in SUBJECTS]
    # "that the administration is engaged", "that the businessman was encouraging violence": the parser now and
    # then hangs the subject on the verb's "be".
    found = found or [
        g for c in current.children if c.dep_ in ("auxpass", "aux") for g in c.children if g.dep_ in SUBJECTS
    ]
    found = (
        found
        or _stranded_subject(current)
        or _dated_subject(current)
        or _apposed_subject(current)
        or _gerund_subject(current)
    )
    found = _floated(found)
    found = found + headline_partners(current, found)
    if current.dep_ == "relcl" and not found and to_infinitive(current) and listed(current.head, INSTRUMENTS):
        # "introduced a bill to impose sanctions", "signed an order to deploy troops": what a law, plan or order
        # is to do is done by whose it is, or by the one who acts on it ("reasons to doubt him" are not).
        return _doers_then_actor(current.head)
    if _relative_clause(current, found):
        # "North Korea, which has conducted a test": the relative pronoun stands for the noun; for a text, its
        # author does it ("released a statement that accused the party leadership").
        return [described_name(current.head), *(text_authors(current.head) if said(current) else [])]
    return found or None


def _relative_clause(clause: Token, subjects: list[Token]) -> bool:
    """``clause`` describes its noun, whose relative pronoun is its subject or which names none: a relative clause,
    or one the parser took for a clause of the noun, with "that" tagged as a subordinator ("releasing a statement
    that, while condemning violence, accused the leadership")."""
    pronoun = bool(subjects) and all(c.tag_ in _RELATIVE or c.lower_ == "that" for c in subjects)
    if clause.dep_ == "acl":
        return pronoun and any(c.lower_ == "that" for c in subjects)
    return clause.dep_ == "relcl" and (not subjects or pronoun)


# Quantifiers that float after the subject they count ("He and Goodlatte both condemned", "the ministers all agreed").
_FLOATING = frozenset({"both", "all", "each"})


def _floated(subjects: list[Token]) -> list[Token]:
    """The subjects with a floating quantifier the parser took for the subject replaced by the noun before it, which
    the parser hung on the quantifier: in "He and Goodlatte both condemned the program" it may read "both" as the
    subject and "He" as its modifier."""
    found: list[Token] = []
    for subject in subjects:
        counted = [
            c
            for c in subject.children
            if c.dep_ in ("nmod", "appos", "npadvmod") and c.i < subject.i and c.pos_ in ("NOUN", "PROPN", "PRON")
        ]
        found.extend(counted if subject.lower_ in _FLOATING and counted else [subject])
    return found


def _described_doers(verb: Token, current: Token) -> list[Token] | None:
    """The doers of a noun ``current`` is or describes, reached from ``verb``: the one whose act the noun names, or
    the noun a present participle describes; ``None`` when ``current`` is no such noun or description."""
    if current.i != verb.i and current.pos_ in ("NOUN", "PROPN"):
        # "its help in battling the rebels", "offered help in battling": the one whose act the noun names,
        # else whoever acts on the noun.
        return _doers_then_actor(current)
    if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ in ("NOUN", "PROPN"):
        # "candidates blasting Obama", "the coalition helping to arm the rebels": the noun a present
        # participle describes does it, or the one whose act the noun names ("her statement condemning",
        # "a statement by Spain condemning"); an object that is no actor ("issued a declaration demanding")
        # leaves it to the one who acts on that object.
        return [current.head, *_doers_then_actor(current.head)]
    if current.dep_ == "acl" and not reduced_passive(current) and noun_doers(current.head):
        # "Egypt's claim to have arrested", "its decision to resume": the one whose claim or decision it is.
        return _doers_then_actor(current.head)
    return None


def _governing(verb: Token, current: Token) -> Token | list[Token] | None:
    """Where the doer of ``current``, a clause with no doer of its own, is to be found: the clause that governs it
    (a token to read next), or its doers at once (the controller of a complement, the agent of a clause cut
    short); ``None`` when nothing governs it."""
    if current.dep_ == "acl" and current.head.dep_ == "dobj":
        # "issued a declaration demanding that ...": the declaration's issuer demands.
        return current.head.head
    if to_infinitive(current) and (current.dep_, current.head.dep_, current.head.head.lower_) == _IN_AN_EFFORT:
        # "is engaged in an effort to broker a deal", "shelled the town in a bid to force": the one engaged
        # in the effort or the bid makes it.
        return current.head.head.head
    coordinate = _coordinate_verb(current) if current.dep_ == "conj" else None
    if coordinate is not None:
        return coordinate
    if current.i == verb.i and current.dep_ == "advcl" and _reduced_participle(current):
        # "When asked about the merger, she defended her decision", "asked at a briefing, Earnest said": the
        # clause's subject underwent it; who did it is said by a "by" agent or not at all ("encouraged by the
        # United States, Burma has taken steps").
        return _agents(current)
    if current.dep_ in ("xcomp", "conj", "advcl", "pcomp", "ccomp", "acomp") and current.head.i != current.i:
        # "urged Iran to stop", "accused Pyongyang of supplying": the object does the complement; "tripped up
        # Rubio by calling him out", "hit the town after warning it": a gerund of means or time is the subject's.
        controlled = current.dep_ == "xcomp" or (current.dep_ == "pcomp" and current.head.lower_ in OBJECT_CONTROL)
        head = current.head
        if head.dep_ == "prep":
            head = head.head
        undergoers = _passive_subject_doers(current, head)
        if undergoers:
            return undergoers
        controller = _controller(head) if controlled else None
        return [controller] if controller is not None else head
    return None


_IN_AN_EFFORT = ("acl", "pobj", "in")


def _passive_subject_doers(complement: Token, verb: Token) -> list[Token]:
    """Who does a complement of a passive ``verb``: the passive's subject, not its "by" agent nor no one. A gerund in a
    phrase of it: "He was fired after clashing with Nancy", "Iran was accused by Washington of supplying Russia", "she
    was praised for helping" (the one fired, accused or praised clashed, supplied or helped); its infinitive: "Brown
    was persuaded to support Cruz", "Sanders is said to have pressed for the plank", "Rubio was urged by Bush to
    condemn Trump" (the one persuaded, said or urged supports, pressed or condemns). A "by" gerund names how the
    passive was done ("was ousted by voting him out"), so it is left alone; a relative pronoun stands for its noun."""
    gerund = complement.dep_ == "pcomp" and complement.head.lower_ != "by"
    if not (gerund or complement.dep_ == "xcomp") or not is_passive(verb):
        return []
    undergoers = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "relcl" and undergoers and all(c.tag_ in _RELATIVE for c in undergoers):
        undergoers = [verb.head]
    if gerund:
        return undergoers
    # "The conference is expected to host", "the tax was intended to deliver a blow": a thing does no act.
    return [c for c in undergoers if c.pos_ == "PRON" or is_actor_noun(c)]


def _reduced_participle(verb: Token) -> bool:
    """``verb`` is a past participle with no auxiliary, a passive clause cut short ("when asked", "if elected");
    "having rejected the need" is active."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


# Prepositions whose gerund the verb's object does: "accused Iran of supplying", "barred them from entering", "praised
# Saudi Arabia for helping", "pressured him into resigning", "warned Seoul against deploying", "credited her with
# convening", "congratulated him on winning".
OBJECT_CONTROL = frozenset({"of", "from", "for", "into", "against", "with", "on"})


def _agents(verb: Token) -> list[Token]:
    """The objects of the verb's "by" agent phrase; for a passive with none, a named agent the parser hung on the noun
    of the verb's own phrase ("Clinton has been attacked on the speeches by Bernie Sanders", "has been pushed to some
    of these positions by Mr. Sanders")."""
    own = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if own or not any(c.dep_ == "auxpass" for c in verb.children):
        return own
    return [
        agent
        for prep, noun in prep_objects(verb)
        if prep != "by" and noun.pos_ in ("NOUN", "PRON", "DET", "NUM")
        for by, agent in _noun_phrases(noun)
        if by == "by" and agent.pos_ == "PROPN"
    ]


def _noun_phrases(noun: Token) -> list[tuple[str, Token]]:
    """(preposition, object) pairs of a noun and of the "of" phrase it opens ("some of these positions by X")."""
    pairs = list(prep_objects(noun))
    return pairs + [p for prep, inner in pairs if prep == "of" and inner.pos_ == "NOUN" for p in prep_objects(inner)]


def _aimed(participle: Token) -> bool:
    """A participle describing a noun says at whom its act is aimed: the noun is an actor ("a professor accused"), or
    the participle or the noun has a phrase naming a party ("brokered ... with the Turkish government", "talks with
    Iran brokered", "crimes committed against civilians")."""
    noun = participle.head
    parties = NOUN_TARGET_PREPS | JOINT_PREPS
    return is_actor_noun(noun) or any(p in parties for h in (participle, noun) for p, _ in prep_objects(h))


def _coordinate_verb(verb: Token) -> Token | None:
    """The verb a conjunct verb is really coordinated with when the parser joined it to a noun: in "helped to build a
    coalition and arming the rebels" the parser made "arming" a conjunct of "coalition"; it goes with the verb whose
    object the first noun of the list is."""
    head = verb.head
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBG", "VBD", "VBZ", "VBP") or head.pos_ not in ("NOUN", "PROPN"):
        return None
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.head if head.dep_ == "dobj" and head.head.pos_ == "VERB" else None


# What may stand between a subject and its verb: "the rebels have not yet agreed".
_VERB_GROUP = frozenset({"aux", "auxpass", "neg", "advmod"})


def _stranded_subject(verb: Token) -> list[Token]:
    """A subject the parser joined to the phrase that opens the sentence: in "With the signing of the accord, the
    government and the rebels agreed", "the government" hangs as a conjunct of "accord" right before the verb."""
    before = [c for c in verb.lefts if c.dep_ not in _VERB_GROUP]
    if len(before) != 1 or before[0].dep_ != "prep":
        return []
    start = before[0].right_edge.i + 1
    if any(t.dep_ not in _VERB_GROUP for t in verb.doc[start : verb.i]):
        return []
    for token in before[0].subtree:
        if _comma_joined(token) and token.right_edge.i + 1 == start:
            return [token]
    return []


# Prepositions whose object may be a whole state of affairs, a gerund clause with its subject ("fear of Trump winning").
_STATE_OF_AFFAIRS = frozenset({"about", "of", "over"})


def _gerund_subject(verb: Token) -> list[Token]:
    """The person named right before a present participle the parser hung on the verb of the clause as a clause of
    its own: in "stir unease about Mr. Clinton returning to the White House", "returning" is Clinton's, the subject of
    a gerund clause the parser split off, not the stirrer's; "Trump spent the day in Iowa campaigning" has no person
    before it and stays Trump's, as "spent the day with Obama visiting Mexico" does."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0:
        return []
    before = verb.doc[verb.i - 1]
    named = before if before.dep_ == "pobj" and before.head.lower_ in _STATE_OF_AFFAIRS else None
    return [named] if named is not None and named.ent_type_ == "PERSON" and named.head.head.i != verb.i else []


def _dated_subject(verb: Token) -> list[Token]:
    """A subject the parser took into an opening time phrase with no comma after it: in "In July 2015 President
    Obama, on an African tour, visited Ethiopia", "Obama" hangs as a second object of "In" right after the date."""
    opening = next((c for c in verb.lefts if c.dep_ not in ("punct", *_VERB_GROUP)), None)
    if opening is None or opening.dep_ != "prep":
        return []
    objects = [c for c in opening.children if c.dep_ == "pobj"]
    if len(objects) != 2 or objects[0].ent_type_ not in ("DATE", "TIME") or objects[1].ent_type_ in ("DATE", "TIME"):
        return []
    date_end = max(t.i for t in objects[0].subtree)
    return [objects[1]] if objects[1].left_edge.i == date_end + 1 else []


# Entity labels of the opening phrase of place or time that the parser may take a subject's name into as apposition.
_SCENE_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _apposed_subject(verb: Token) -> list[Token]:
    """A subject the parser took as an apposition of the place or time the sentence opens with: "Speaking in Harlem,
    Clinton, without naming him, also accused Sanders", "Friday, Texas, leading a coalition, asked a judge",
    "Thursday at the conference in Washington, D.C., Sen. Lindsey Graham (R-SC) called out Trump". A finite verb that
    heads its sentence with no subject of its own has the last such name, of another kind than the place or time."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    names = [
        t
        for left in verb.lefts
        if left.dep_ in ("prep", "npadvmod", "advcl")
        for t in left.subtree
        if t.dep_ == "appos"
        and t.pos_ == "PROPN"
        and t.head.ent_type_ in _SCENE_LABELS
        and t.ent_type_
        and t.ent_type_ != t.head.ent_type_
    ]
    return names[-1:]


def headline_partners(verb: Token, subjects: list[Token]) -> list[Token]:
    """ "Obama, Asian leaders huddle on region's concerns", "Putin, Erdogan discuss Syria": a headline joins two
    subjects with a comma where prose says "and"; the parser hangs the first name off the verb or makes the second its
    apposition. A plural present verb ("huddle", not "says") with a name opening the sentence before the comma tells
    the two apart from an apposition of one actor ("Lou, the finance minister, says")."""
    if verb.tag_ != "VBP" or len(subjects) != 1:
        return []
    subject = subjects[0]
    start = verb.sent.start
    if subject.dep_ != "nsubj" or subject.i == start:
        return []
    named = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > subject.i]
    if subject.pos_ == "PROPN" and subject.left_edge.i == start and subject.tag_ == "NNP" and named:
        # "Putin, Erdogan discuss": a singular name with a plural verb is one of two.
        return named if verb.doc[named[0].left_edge.i - 1].text == "," else []
    opening = [
        c
        for c in verb.lefts
        if c.dep_ in ("npadvmod", "dep", "nsubj") and c.i != subject.i and c.pos_ == "PROPN" and c.left_edge.i == start
    ]
    if len(opening) == 1 and opening[0].right_edge.i + 2 == subject.left_edge.i:
        between = verb.doc[opening[0].right_edge.i + 1]
        return opening if between.text == "," else []
    return []


def headline_joined(verb: Token, subjects: list[Token]) -> bool:
    """The subjects are two a headline joins with a comma (see :func:`headline_partners`)."""
    return len(subjects) == 2 and headline_partners(verb, subjects[:1]) == subjects[1:]


def _comma_joined(token: Token) -> bool:
    """A conjunct whose phrase follows a comma: "Mills" in "According to the report, Mills and an aide asked" (where
    the parser joined a subject to the phrase that opens the sentence) as well as "Germany" in "France, Germany and
    Italy"."""
    start = token.left_edge.i
    return token.dep_ == "conj" and start > 0 and token.doc[start - 1].text == ","


def needs(verb: Token) -> bool:
    """ "Russia needs to withdraw", "China has to do more", "has yet to commit": the verb says its subject must still
    do its to-infinitive. Not a need told in the past ("Bush had to lend his campaign money": he lent it), one denied
    or only supposed ("doesn't have to pick", "would have to go"), nor having something to do a thing with ("had
    enough delegates to become the nominee"). A need named by a noun with its infinitive is one still to meet too
    ("stressed the need to sanction Russia", "intensifies the need to get behind him")."""
    if verb.pos_ == "NOUN":
        return verb.lemma_.lower() in NEEDING and any(c.dep_ == "acl" and to_infinitive(c) for c in verb.children)
    return (
        verb.lemma_.lower() in NEEDING
        and verb.tag_ != "VBD"
        and not (is_negated(verb) or modals_of(verb) or any(c.dep_ == "dobj" for c in verb.children))
        and any(c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children)
    )


def noun_doers(noun: Token) -> list[Token]:
    """The one whose act a noun names: its possessor ("Japan's statement") or its "by" phrase ("a statement by
    Spain")."""
    return [c for c in noun.children if c.dep_ == "poss"] + [o for p, o in prep_objects(noun) if p == "by"]


def deed_noun(noun: Token) -> bool:
    """A noun of what someone did: an event noun, a condemned deed or a noun of conduct ("policy", "handling")."""
    if noun.pos_ != "NOUN":
        return False
    return noun_code(noun) is not None or listed(noun, CONDEMNED_DEEDS) or listed(noun, CONDUCT)


def deed_agents(noun: Token) -> list[Token]:
    """The "by" phrase of a deed noun ("the bombing of Aleppo by Syrian forces"), or the one the parser hung on the
    deed's "of" object ("the arrest of two journalists by Myanmar police"), which names whom the deed is done to, not
    a work of someone's."""
    heads = (noun, *(o for p, o in prep_objects(noun) if p == "of"))
    return [o for h in heads for p, o in prep_objects(h) if p == "by"]


def deed_doers(noun: Token) -> list[Token]:
    """Who a deed noun may name as its doer, best first: its "by" phrase (``deed_agents``) or that of a participle
    describing it ("the raids carried out by Israel"), its possessor ("China's crackdown"), its adjectives ("the
    Russian attack on Ukraine"; not "the anti-American attack"), and its compounds when a phrase of the noun names
    whom the deed is done to ("the U.S. sanctions on Iran"; alone, "the Iran sanctions" names the one hit)."""
    by = deed_agents(noun) + [o for c in noun.children if c.dep_ == "acl" for p, o in prep_objects(c) if p == "by"]
    by += [c for c in claimants(noun) if c not in by]
    owners = [c for c in noun.children if c.dep_ == "poss"]
    adjectives = [c for c in noun.children if c.dep_ == "amod" and not _hyphen_joined(c)]
    done_to = any(p in NOUN_TARGET_PREPS or p == "of" for p, _ in prep_objects(noun))
    if not done_to:
        return by + owners + adjectives
    undergoers = compound_undergoers(noun)
    names = [c for c in noun.children if c.dep_ == "compound" and not _hyphen_joined(c) and c not in undergoers]
    return by + owners + adjectives + names


def compound_undergoers(noun: Token) -> list[Token]:
    """The names compounded on an event noun that names its doer otherwise, by a possessor or a "by" phrase: whom the
    act is done to, or the medium or place it went through. "Palin's Trump endorsement" and "a Trump endorsement by
    Marine Le Pen" endorse Trump, "Obama's Cuba visit" is to Cuba, "Mr. Trump's Twitter attacks" went through
    Twitter; alone, "the Trump endorsement" may be his, and the compound stays a doer, as it is beside a possessor of
    time ("this week's FBI warnings")."""
    # A "his" fronted before the name of the sentence's subject may be that one's ("In the final Mass of his Mexico
    # trip, Francis told"), whoever the article named before: a doer in doubt.
    owners = [
        c
        for c in noun.children
        if c.dep_ == "poss" and ((c.pos_ == "PRON" and _named_after(c) is None) or is_actor_noun(c))
    ]
    if not (owners or deed_agents(noun)):
        return investigated_people(noun)
    return named_compounds(noun)


# The CAMEO root of investigations, which are aimed at whoever is looked into.
INVESTIGATE = "09"


def investigated_people(noun: Token) -> list[Token]:
    """The people named by a compound on an investigation noun: whom it looks into, not who leads it. "the Clinton
    inquiry", "the Clinton probe" look into Clinton; a body compounded ("the FBI investigation", "a Senate hearing")
    leads it, and a place ("the Benghazi hearing") is what it is about (:func:`scenes.scene`)."""
    code = noun_code(noun)
    if code is None or not code.startswith(INVESTIGATE):
        return []
    return [c for c in named_compounds(noun) if c.ent_type_ == "PERSON"]


def named_compounds(noun: Token) -> list[Token]:
    """The proper nouns compounded on ``noun``, not in a hyphened modifier: "Trump" of "a Trump tweet", "Cuba" of
    "Obama's Cuba visit"; not "Trump" of "an anti-Trump rally"."""
    return [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and not _hyphen_joined(c)]


def claimants(noun: Token) -> list[Token]:
    """Who claims a deed as their own, so did it: "the attacks, which were claimed by the Islamic State", "the bombing
    was claimed by Kurdish militants", "ISIS claimed responsibility for the attack"."""
    # The parser often hangs the clause on the deed's own phrase ("the killing of an officer that was claimed by",
    # "the attacks in Paris, which were claimed by"): no person or place is claimed, so it is the deed's.
    heads = (noun, *(o for p, o in prep_objects(noun) if p in ("of", "in", "at", "on")))
    claims = [c for h in heads for c in h.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in CLAIMING_DEEDS]
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in CLAIMING_DEEDS:
        claims.append(noun.head)
    found = [o for c in claims for p, o in prep_objects(c) if p == "by"]
    owned = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if owned is not None and owned.lemma_.lower() in CLAIMING_DEEDS and owned.dep_ == "dobj":
        verb = owned.head
        if verb.lemma_.lower() in CLAIMING_DEEDS:
            found += [c for c in verb.children if c.dep_ == "nsubj"]
    return found


def _hyphen_joined(word: Token) -> bool:
    """The word is part of a hyphened modifier ("anti-American", "pro-Russian"), which names whom the deed is for or
    against, not who does it."""
    doc = word.doc
    before = doc[word.i - 1] if word.i > 0 else None
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return (
        word.text == "-"
        or (before is not None and before.text == "-" and not before.whitespace_)
        or (after is not None and after.text == "-" and not word.whitespace_)
    )


def _doers_then_actor(noun: Token) -> list[Token]:
    """Whose act the noun names, then, for an object noun, the one who acts on it ("Cruz talked up his plans to
    force": "his" first, Cruz when the pronoun is not resolved)."""
    doers = noun_doers(noun)
    if noun.dep_ == "dobj":
        return doers + subject_tokens(noun.head)
    praised = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    controller = _controller(praised) if praised is not None else None
    if controller is not None and doers and all(d.pos_ == "PRON" for d in doers):
        # "praised the Saudis for their help in battling", "blamed Iran for its support": the one praised or
        # blamed for a deed of their own did it.
        return [controller, *doers]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and doers and all(d.pos_ == "PRON" for d in doers):
        # "In her statement condemning the test, Clinton defended ...": a pronoun before the subject of the clause
        # its phrase opens stands for that subject.
        later = [t for t in subject_tokens(noun.head.head) if t.i > noun.i]
        return later + doers
    return doers


def said(verb: Token) -> bool:
    """The verb can name an act done in words: a row of it codes verbal cooperation or conflict (QuadClass 1 or 3):
    "accuses", "attacks", "praises"; a text does not "injure"."""
    rows = verb_patterns().get(verb.lemma_.lower(), ())
    return any(p.code != NO_EVENT and quad_class(p.code[:2]) in (1, 3) for p in rows)


def text_authors(noun: Token) -> list[Token]:
    """Who speaks through a text or recording that acts ("statement", "tweet", "ad": the nouns of form medium in
    ``cue_phrases.tsv``), best first: its owner or "by" phrase, a name compounded on it, the subject that issued it.
    "Rand Paul has released a Web video that accuses Cruz", "a Trump tweet that blasts Clinton": Paul and Trump
    accuse. Empty for any other noun: "the attack that killed five officers" is no text of whoever reports it."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in media_nouns():
        return []
    owners = noun_doers(noun)
    return [*owners, *named_compounds(noun), *(d for d in _doers_then_actor(noun) if d not in owners)]


def reduced_passive(verb: Token) -> bool:
    """A past participle describing a noun with no auxiliary: "a deal reached with Iran", "sanctions imposed"."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def _joint_thing(verb: Token) -> bool:
    """The participle names a party it was done with ("reached with Iran"), and its noun is a thing, not people
    ("militiamen armed with machetes")."""
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.ent_type_ or resolve_words([noun.text], None) is not None:
        return False
    return any(p in JOINT_PREPS for p, _ in prep_objects(verb))


def _controller(governor: Token) -> Token | None:
    """The object that does what the governor's complement says: "urged Iran to stop", "accused Pyongyang of
    supplying", "prevented Iran from acquiring". A thing as the object ("used drones to attack") is no doer."""
    return next(
        (
            c
            for c in governor.children
            if c.dep_ == "dobj" and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ in CONTROLLERS)
        ),
        None,
    )


def is_actor_noun(token: Token) -> bool:
    """The word names people or a body by itself: a name, or a noun the actor tables know ("rebels", "officials"),
    unlike a thing ("the role", "the work")."""
    return token.pos_ == "PROPN" or token.ent_type_ in CONTROLLERS or resolve_words([token.text], None) is not None


def _shared_subject(verb: Token) -> list[Token]:
    """The subject a passive with none of its own shares with the verb it is joined to ("The civilians imprisoned for
    acting against Moscow [were released] by Putin", "the editor was arrested in March and [was charged] with
    treason"): who underwent it, when it names people ("the investigation is independent and [is being conducted] by
    career lawyers" tells what is done, not to whom)."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return []
    shared = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [c for c in shared if c.pos_ == "PRON" or is_actor_noun(c)]


def object_tokens(verb: Token) -> list[Token]:
    """The direct participants acted upon: the object, or the subject of a passive."""
    if is_passive(verb):
        small = _small_clause_passive(verb)
        undergoers = [c for c in verb.children if c.dep_ == "nsubjpass" or (small and c.dep_ == "nsubj")]
        undergoers = undergoers or _shared_subject(verb)
        named_doer = any(c.dep_ == "agent" for c in verb.children)
        if verb.dep_ == "relcl" and named_doer and undergoers and all(c.tag_ in _RELATIVE for c in undergoers):
            # "Iran, which was condemned by France", "Sanders, who was attacked by Clinton": the relative pronoun
            # stands for the noun, as it does for the subject of an active clause (``subject_tokens``). With no
            # doer named the clause mostly describes the noun ("a complaint, which was filed in federal court").
            return [described_name(verb.head)]
        return undergoers
    misread = name_read_as_verb(verb)
    if misread is not None:
        return [misread]
    objects = [c for c in verb.children if c.dep_ in OBJECTS] or _what_named(verb) or _up_to(verb)
    if not objects and reduced_passive(verb) and (_joint_thing(verb) or (_agents(verb) and _aimed(verb))):
        # "a nuclear deal reached with Iran", "talks held with the rebels": the thing a past participle describes
        # is what was done with the party it names; "a professor accused by Turkey": what its agent did it to.
        return [verb.head]
    if (
        verb.dep_ == "relcl"
        and _has_own_subject(verb)
        and all(c.tag_ in _RELATIVE for c in objects)
        and not any(c.tag_ == "WRB" for c in verb.children)
    ):
        # "a treaty (that) the two states signed": the noun is the object of the clause; not in "China, where
        # Kerry met Lavrov", where it is the place. A thing described may be named like a body ("the Nuclear
        # Security Summit, an event Obama first organized"): only a person is who the clause acts on.
        return [described_name(verb.head, ("PERSON",))]
    return objects


_RELATIVE = frozenset({"WDT", "WP", "WP$"})


def described_name(noun: Token, kinds: tuple[str, ...] = ("PERSON", "ORG")) -> Token:
    """The name a noun in apposition describes, for a relative clause on that noun: "Sen. Lindsey Graham, a Republican
    who has criticized Trump" tells of Graham, not of the party; "Democracy for America, an organization that endorsed
    Sanders" of the group (the head of the whole name, not "America" the parser hung the apposition on). A name in a
    list keeps the description ("Blavatnik, an investor; Ronnie Cameron, a magnate who backed Huckabee; and
    companies": the clause is Cameron's alone, not the list's). Any other noun is itself."""
    named = noun.head
    if noun.dep_ != "appos" or named.i > noun.i or named.pos_ != "PROPN" or named.ent_type_ not in kinds:
        return noun
    if named.conjuncts:
        return noun
    return next((e.root for e in entities_of(noun.doc) if e.start <= named.i < e.end), named)


def name_read_as_verb(verb: Token) -> Token | None:
    """The name right after a verb in its -s form that the parser read as the clause's verb, taking the real verb for
    its auxiliary, as it does in a headline: "Clinton blasts Trump over 'deportation force' idea" (Trump tagged a
    verb, "blasts" its auxiliary). The name is the verb's object."""
    head = verb.head
    if verb.dep_ != "aux" or verb.tag_ != "VBZ" or head.i != verb.i + 1 or not head.tag_.startswith("VB"):
        return None
    return head if head.ent_type_ in CONTROLLERS else None


def blamed_parties(verb: Token) -> list[Token]:
    """Whom "blame X on Y" accuses: the objects of "on", which the parser hangs on the verb or on its direct object,
    not the deed blamed ("blaming Trump's decline in the polls on the news media" accuses the media, not Trump), nor
    one cleared by "not" ("blamed the violence on a disturbed person, not on his religion"). Empty for a verb of
    another kind (list ``blaming``), a blame with no "on" phrase after a deed ("blamed Iran for the attack")."""
    deeds = [o for o in object_tokens(verb) if o.pos_ == "NOUN" and not is_actor_noun(o)]
    if verb.lemma_.lower() not in BLAMING or not deeds:
        # "Trump blamed local officials on Twitter": one blamed is the accused, and the "on" phrase says where.
        return []
    phrases = [*prep_objects(verb), *(pair for obj in deeds for pair in prep_objects(obj))]
    # "Pence on Thursday blamed the media": a phrase before the deed blamed is none of its own.
    return [o for p, o in phrases if p == "on" and o.i > deeds[0].i and not _cleared(o.head)]


def _cleared(preposition: Token) -> bool:
    """The phrase is said with "not" ("not on his religion")."""
    before = preposition.doc[preposition.i - 1] if preposition.i else None
    return any(c.dep_ == "neg" for c in preposition.children) or (before is not None and before.lower_ == "not")


def _what_named(verb: Token) -> list[Token]:
    """The thing a "what" clause as the object names: "an attack" of "condemned what appeared to be an attack",
    "an act" of "condemned what it called an act of aggression"."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not any(w.lower_ == "what" and w.dep_ in ("nsubj", "dobj") for w in clause.children):
            continue
        inner = [clause, *(x for x in clause.children if x.dep_ == "xcomp")]
        return [t for v in inner for t in v.children if t.dep_ in ("attr", "oprd")][:1]
    return []


def _up_to(verb: Token) -> list[Token]:
    """The object a count caps: "up to 16 advisers" of "kidnapped up to 16 advisers", where the parser takes "up" for
    the verb's particle and hangs "to 16 advisers" on it."""
    return [
        o
        for up in verb.children
        if up.dep_ == "prt" and up.lower_ == "up"
        for to in up.children
        if to.dep_ == "prep" and to.lower_ == "to"
        for o in to.children
        if o.dep_ == "pobj" and (o.like_num or any(n.dep_ in ("nummod", "quantmod") for n in o.children))
    ]


def _has_own_subject(verb: Token) -> bool:
    """The relative clause names its own subject ("the two states signed"), so its noun is the object."""
    return any(c.dep_ in ("nsubj", "csubj") and c.tag_ not in _RELATIVE for c in verb.children)


def prep_objects(head: Token) -> tuple[tuple[str, Token], ...]:
    """(preposition, object) pairs attached to ``head``, including verb particles with an object and the
    preposition a verb's particle carries ("walked out of the talks", "pushed back against Trump")."""
    # Several checks of one verb ask for its phrases: they are found once per token.
    memo = token_memo(head.doc, "prep_objects")
    found: tuple[tuple[str, Token], ...] | None = memo.get(head.i)
    if found is None:
        found = memo[head.i] = tuple(_prep_objects(head))
    return found


def act_of_series(noun: Token) -> Token:
    """The act a noun of a series names in its "of" phrase ("a wave of strikes", "a string of bomb blasts", "a spate
    of attacks"): the acts are what did it; any other noun is itself."""
    if not listed(noun, ACT_SERIES):
        return noun
    return next((o for p, o in prep_objects(noun) if p == "of" and o.pos_ == "NOUN"), noun)


def _prep_objects(head: Token) -> Iterator[tuple[str, Token]]:
    for child in head.children:
        if _particle(child) and _intransitive(head):
            # The parser hangs the preposition of a phrasal verb on its particle; it completes the verb.
            yield from prep_objects(child)
            continue
        # "called upon the U.S.", "agreed to talks": the tagger reads some prepositions as subordinators or
        # as the particle "to".
        preposition = child.pos_ == "ADP" or (child.dep_ == "prep" and (child.pos_ == "SCONJ" or child.tag_ == "TO"))
        if child.dep_ in ("prep", "agent", "dative") and preposition:
            # "apologized to his supporters and to Hillary Clinton": a preposition joined to this one is this one's too.
            for prep in (child, *(c for c in child.children if c.dep_ == "conj" and c.pos_ == "ADP")):
                for grandchild in prep.children:
                    if grandchild.dep_ in ("pobj", "pcomp"):
                        yield prep.lower_, grandchild
        elif child.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
            # "called for the United States to step up": the subject of a "for ... to" clause is the object of
            # "for".
            for subject in child.children:
                if subject.dep_ in ("nsubj", "nsubjpass"):
                    yield "for", subject


def _particle(token: Token) -> bool:
    """A particle of a phrasal verb: "away", "back" ("walked away from"), or "out" read as a preposition with no object
    of its own ("pulled out of the deal")."""
    if token.lower_ not in PHRASAL_PARTICLES:
        return False
    bare = token.dep_ == "prep" and not any(c.dep_ == "pobj" for c in token.children)
    return token.dep_ in ("prt", "advmod") or bare


def _intransitive(verb: Token) -> bool:
    """An active verb with no object: its particle's preposition completes it ("walked out of the talks"). With an
    object, or a participle's noun or a passive's subject as one, the phrase says where the object is moved ("ordered
    them out of Nigeria", "West Africans ordered out of Nigeria", "forced Cruz out of the race")."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb.dep_ not in ("acl", "amod")
        and not is_passive(verb)
        and not any(c.dep_ in OBJECTS for c in verb.children)
    )


def fronted(obj: Token, verb: Token) -> bool:
    """The phrase ``obj`` (a preposition's object, from ``prep_objects``) opens before ``verb``: "On Twitter, Bush
    called Trump unhinged", "With the signing of the accord, both sides agreed". Fronted, a phrase frames the
    whole clause (a time, a place, a medium) rather than completing the verb."""
    return obj.head.i < verb.i


def target_tokens(
    heads: list[Token], skip: set[int], preps: Collection[str] = ACTED_ON_PREPS, own: str | None = None
) -> list[Token]:
    """Target candidates around ``heads`` (the verb, then its event noun), best first. ``own`` is the preposition the
    verb's pattern row names ("go after", "stand by", "lash out at"): its object on the verb is the party the act is
    aimed at, whatever the preposition, and comes before any other phrase."""
    ranked: list[tuple[int, int, Token]] = []
    for h_rank, head in enumerate(heads):
        for prep, obj in prep_objects(head):
            if fronted(obj, head) and obj.tag_ not in _RELATIVE and not _names_state(obj):
                # "At a rally in Louisiana, Trump rejected attacks from Bush", "On Capitol Hill, Republicans decried the
                # plan": a phrase fronted before the verb sets the scene; "the country to which aid was sent" does not,
                # nor does a state in which its own people act ("In France, officials are considering a coalition").
                continue
            if obj.i in skip:
                continue
            if prep == own and h_rank == 0:
                ranked.append((-1, h_rank, obj))
            elif prep in preps and (prep not in TOPIC_PREPS or is_actor_noun(obj) or named_owner(obj)):
                # "expressed concern about the primary system in New York": a thing is the topic, not who is judged;
                # a thing of a named owner is ("expressed concern about Trump's temperament").
                ranked.append((TARGET_PREPS.index(prep), h_rank, obj))
    ranked.sort(key=lambda r: (r[0], r[1], r[2].i))
    return [t for _, _, t in ranked]


def named_owner(noun: Token) -> bool:
    """``noun`` is owned by a name: "Trump's temperament", "Russia's actions" (not "his health", "the system")."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)


def _names_state(token: Token) -> bool:
    """``token`` heads the name of a state itself ("France", "the United States"), not of a town, region or body."""
    return name_key(" ".join(t.text for t in token.subtree)) in actor_table().state_names


# Links of the words before a head that are no part of its phrase.
_NOT_IN_PHRASE = frozenset({"punct", "cc", "prep", "advmod", "nummod", "quantmod"})
# And those of a name the parser read as a verb (:func:`name_read_as_verb`): "Clinton blasts Trump" names Trump.
_NOT_IN_MISREAD_NAME = _NOT_IN_PHRASE | {"nsubj", "aux"}


def _phrase_start(head: Token) -> int:
    misread = any(c.dep_ == "aux" and name_read_as_verb(c) is not None for c in head.lefts)
    lefts = [c for c in head.lefts if c.dep_ not in (_NOT_IN_MISREAD_NAME if misread else _NOT_IN_PHRASE)]
    return min((c.left_edge.i for c in lefts), default=head.i)


def _person_pronoun(head: Token, ctx: Context) -> ActorRef | None:
    """ "he", "she", "him", "her": the coded person the article's coreference links the pronoun to, when the
    article named them close by (an event's participant is coded only when the reader cannot doubt who)."""
    entity = linked_near(head, ctx) if head.lower_ in PERSON_PRONOUNS else None
    if entity is None or entity.type != "PERSON" or not entity.code:
        return None
    return entity_ref(head.text, entity)


def _named_after(owner: Token) -> Token | None:
    """The name that is the subject of the main clause a possessive pronoun comes before, in a phrase fronted before
    that subject: "In the final Mass of his Mexico trip, Francis told the story": a reader may take "his" for Francis,
    whom the sentence goes on to name, whoever was named before; ``None`` for a pronoun anywhere else ("Francis ended
    his trip", "his trip ended")."""
    if owner.dep_ != "poss":
        return None
    root = owner.sent.root
    top = owner
    while top.head.i != root.i and top.head.i != top.i:
        top = top.head
    if top.head.i != root.i or top.dep_ not in ("prep", "advcl", "npadvmod") or top.i > root.i:
        return None
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i > top.right_edge.i]
    return subjects[0] if subjects and subjects[0].pos_ == "PROPN" else None


def linked_near(pronoun: Token, ctx: Context) -> Entity | None:
    """The entity the article's coreference links ``pronoun`` to, when a mention of it ends at most
    ``PRONOUN_REACH`` characters before the pronoun."""
    entity_id = coreference(pronoun.doc, ctx.entities).entity_id(pronoun)
    entity = ctx.entities.by_id.get(entity_id) if entity_id is not None else None
    if entity is None or not any(0 <= pronoun.idx - end <= PRONOUN_REACH for end in _mention_ends(entity, ctx)):
        return None
    return entity


def _mention_ends(entity: Entity, ctx: Context) -> list[int]:
    """Where the mentions of ``entity`` end, with those of its surname alone where the tagger took that for an
    organisation or a place of its own ("Sanders" after "Bernie Sanders", ``surname_person``)."""
    return [end for _, end in entity.mentions] + _surname_ends(ctx.entities).get(entity.id, [])


@lru_cache(maxsize=8)
def _surname_ends(entities: EntityIndex) -> dict[str, list[int]]:
    """Where the surnames alone that stand for each person end, by the person's id: read once an article, not once a
    pronoun."""
    found: dict[str, list[int]] = {}
    for other in entities:
        person = surname_person(other, entities) if other.type != "PERSON" else None
        if person is not None:
            found.setdefault(person.id, []).extend(end for _, end in other.mentions)
    return found


# Object pronouns that stand for a state or a body ("it", "them") where what they are told to do says they act.
BODY_PRONOUNS = frozenset({"it", "them"})


def _controlling_body(head: Token, ctx: Context) -> ActorRef | None:
    """ "it", "them" as the object, direct or of the verb's preposition, that does what its verb's complement says
    ("accused it of stealing jobs", "urged them to withdraw", "called on it to stop"): the coded state or body the
    article's coreference links the pronoun to, named close by. A plain object "it" is as often a thing ("opposed it",
    "signed it")."""
    verb = _governing_verb(head)
    if head.lower_ not in BODY_PRONOUNS or verb is None or not _controls(verb):
        return None
    entity = linked_near(head, ctx)
    if entity is None or entity.type not in ("GPE", "ORG", "NORP") or not entity.code:
        return None
    return entity_ref(head.text, entity)


def _governing_verb(head: Token) -> Token | None:
    """The verb whose object ``head`` is: directly ("urged it") or through the preposition the verb takes it with
    ("called on it", "appealed to them")."""
    if head.dep_ == "dobj":
        return head.head
    prep = head.head
    if head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ARGUMENT_PREPS and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _controls(verb: Token) -> bool:
    """The verb's complement says what its object does: an active infinitive ("urged it to stop", not "asked it to be
    fetched") or a gerund its object does (``OBJECT_CONTROL``: "accused it of stealing", "praised it for helping")."""
    active = (c for c in verb.children if c.dep_ == "xcomp" and not any(a.dep_ == "auxpass" for a in c.children))
    return any(to_infinitive(c) for c in active) or any(
        c.dep_ == "prep" and c.lower_ in OBJECT_CONTROL and any(g.dep_ == "pcomp" for g in c.children)
        for c in verb.children
    )


@cache
def foreign_words() -> frozenset[str]:
    """Modifiers of an actor that is no compatriot of the article's country (``foreign_words.tsv``)."""
    return frozenset(row["word"] for row in read_table("foreign_words.tsv"))


def called_foreign(ref: ActorRef) -> bool:
    """The actor's words call it foreign ("foreign fighters", "a foreign government")."""
    return bool({w.lower() for w in ref.text.split()} & foreign_words())


def resolve_token(head: Token, ctx: Context, depth: int = 0) -> ActorRef | None:
    """Code the noun phrase headed by ``head``, looking into "of"/"in" phrases and appositions."""
    if head.pos_ == "PRON":
        return _partitive(head, ctx, depth) or _person_pronoun(head, ctx) or _controlling_body(head, ctx)
    if head.lemma_.lower() in geographic_features():
        return None  # "the Sea of Japan", "the Taiwan Strait": a place, not the country acting
    if _word_prefix(head):
        return _prefixed_name(head, ctx)
    if head.pos_ == "NOUN" and listed(head, MARKET_FIGURES):
        return None  # "Pfizer's stock closed down": a thing the firm owns, which is not the firm acting
    if (titled := _titled_after(head)) is not None:
        return resolve_token(titled, ctx, depth + 1)
    if set_in_place(head):
        return None  # "The Paris attacks killed 130": the place of the attacks, not who attacked
    if head.pos_ == "NOUN" and head.lemma_.lower() in ORIGINS:
        return _origin_owner(head, ctx, depth)
    if (apposed := _apposed(head, ctx, depth)) is not None:
        return apposed
    span = head.doc[_phrase_start(head) : head.i + 1]
    if _against_someone(head, ctx):
        return None
    return _person_of(head, span, ctx, depth) or _coded_phrase(head, span, ctx, depth)


def _apposed(head: Token, ctx: Context, depth: int) -> ActorRef | None:
    """The actor a proper-noun apposition of ``head`` names, when it has a country or is an organisation ("the
    minister, Sergei Lavrov"); not a person's home state in brackets ("Sen. Tom Udall (D-N.M.)"), nor a description
    of a person named ("Sen. Lindsey Graham, a Republican": Graham, not the party)."""
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            if any(c.dep_ == "det" for c in child.children) and _coded_person(head, ctx):
                continue
            ref = resolve_token(child, ctx, depth + 1)
            if ref and ref.code == ref.country and not ref.sector and _coded_person(head, ctx):
                continue  # "Sen. Tom Udall (D-N.M.)", "Ann Kuster, D-N.H.,": the person's home, not who acts
            if ref and (ref.country or (ref.code and ref.code.startswith(ORGANISATIONS))):
                return ref
    return None


def _person_of(head: Token, span: Span, ctx: Context, depth: int) -> ActorRef | None:
    """The person or people the phrase names by a relation to someone: a relative, followers, a name written out, a
    campaign, or a party's member ("the Wisconsin Republican")."""
    person = (
        _kin(head, span, ctx, depth)
        or _someones_people(head, span, ctx)
        or _named_in_full(head, span, ctx)
        or _campaign_of(head, span, ctx)
    )
    if person is None and party_member(head, ctx.entities):
        person = _linked_role(head, span, ctx)  # "the Wisconsin Republican": the member, not the party
    return person


def _coded_phrase(head: Token, span: Span, ctx: Context, depth: int) -> ActorRef | None:
    """Code the phrase ``span`` by the actor tables, then by the person or body it is linked to when the tables give
    no country or code: a party's member, a regional office, an "of" phrase, a leader, a title's holder."""
    actor = resolve_span(span, ctx.entities, ctx.published)
    if actor is not None and actor.sector == "PTY" and (member := _party_role(head, span, ctx)):
        return member
    if actor is not None and actor.sector == "PTY" and _one_person(head, ctx):
        # "her endorsing the presumptive Democrat nominee" linked to no one: one political figure of the party's
        # country the article does not name here, not the party, which did not act
        code = f"{actor.country}{_ELITE}" if actor.country else None
        return ActorRef(span.text, None, code, actor.country, _ELITE)
    if actor is not None and (holder := _regional_role(head, span, actor, ctx)):
        return holder
    organisation = actor is not None and (actor.code or "").startswith(ORGANISATIONS)
    if (actor is None or actor.country is None) and not organisation and depth < 3:
        found = _through_phrase(head, span, actor, ctx, depth) or _leader(head, ctx, depth)
        if found is not None:
            return found
        if _serves_unknown(head, ctx, depth):
            return None
    if actor is None or (actor.code is None and actor.sector is None):
        return _described_person(head, ctx, depth) or _relative_role(head, ctx, depth) or _linked_role(head, span, ctx)
    if actor.country is None and actor.code is None:
        holder = (
            _title_holder(span, ctx)
            or _role_holder(head, span, actor, ctx)
            or _owner_sector(head, actor, ctx)
            or _relative_role(head, ctx, depth)
        )
        if holder is not None:
            return holder
    return _ref(span.text, _placed(head, span, actor, ctx, depth), ctx, span.start_char, span.end_char)


def _word_prefix(token: Token) -> bool:
    """ "co" of "Microsoft co-founder Bill Gates", "ex" of "his ex-wife": the tokenizer splits a common word at its
    hyphen, and the parser may take its first part for a head of its own (with the company before it), which names
    no one; a name before a hyphen ("Clinton-Kaine") is a name."""
    doc = token.doc
    after = doc[token.i + 1 : token.i + 3]
    return (
        token.pos_ != "PROPN"
        and not token.whitespace_
        and len(after) == 2
        and after[0].text == "-"
        and not after[0].whitespace_
        and after[1].is_alpha
    )


def _prefixed_name(prefix: Token, ctx: Context) -> ActorRef | None:
    """The actor of the whole phrase a word split at its hyphen begins ("Microsoft co-founder Bill Gates", up to the
    name after the word): the person named acts, in the role the phrase gives (a firm's founder is the firm's, as
    "Mondelez CEO Irene Rosenfeld" is); none without a name after the word ("the co-author of the bill")."""
    doc = prefix.doc
    end = prefix.i + 3
    while end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].dep_ == "compound":
        end += 1
    if end >= len(doc) or doc[end].pos_ != "PROPN" or doc[end - 1].pos_ != "PROPN":
        return None
    span = doc[_phrase_start(prefix) : end + 1]
    actor = resolve_span(span, ctx.entities, ctx.published)
    return _ref(span.text, actor, ctx, span.start_char, span.end_char) if actor is not None else None


def _through_phrase(head: Token, span: Span, actor: Actor | None, ctx: Context, depth: int) -> ActorRef | None:
    """The actor a phrase on an unplaced head names for it: the country, body or people of its "of", "in", "from"
    phrase, of whom leads it, of whom it serves, or of the examples it gives; with a sector of its own, that sector of
    the country found ("officials of the Egyptian government")."""
    for prep, obj in [*prep_objects(head), *_whose(head), *_leaders(head)]:
        # "the ruling party under Prime Minister Abe", "the army under General Haftar", "a group led by Senator
        # Corker": a body acts for the country of the person who leads it.
        led = (prep == "under" and obj.ent_type_ == "PERSON") or prep == LED_BY
        # "candidates like Marco Rubio", "groups such as Emily's List": the examples given of a kind of actor (for
        # a noun that names no actor, a person or body, not a place: "issues like Benghazi").
        example = _example(obj) and (is_actor_noun(head) or obj.ent_type_ in ("PERSON", "NORP", "ORG"))
        # "a senior adviser to President Obama", "an aide to the prime minister", "a spokeswoman for the Israeli
        # Defense Ministry": one who serves acts for whom they serve ("a director for Asia" is of a region).
        serves = head.lower_ in serving_nouns() and (prep == "to" or (prep == "for" and not _place(obj)))
        linked = prep in ("of", "in", "from", "throughout", "across") or led or serves or example
        if prep == "in" and actor is None and _thing_set_in(head, obj):
            continue
        if linked and obj.pos_ in ("PROPN", "NOUN"):
            inner = resolve_token(obj, ctx, depth + 1)
            if inner and actor is None and prep == "of" and _counts_people(head):
                return inner  # "hundreds of farmers", "a crowd of protesters": the people counted act
            if inner and inner.code and (inner.country or inner.code.startswith(("IGO", "NGO"))):
                if actor and actor.sector and inner.country and not serves:
                    return _ref(
                        span.text,
                        Actor(inner.name, inner.country + actor.sector, inner.country, actor.sector),
                        ctx,
                        span.start_char,
                        span.end_char,
                    )
                return inner
    return None


def _placed(head: Token, span: Span, actor: Actor, ctx: Context, depth: int) -> Actor:
    """An actor of no country given one by where it acts: the country fled, the place the sentence opens with, the
    place its act is set in, the country the article is about; an ethnic group, the country it lives in."""
    if actor.country is None and actor.code is None:
        home = ctx.entities.home_country
        framed = _framing_country(head, ctx, depth)
        if fled := _fled_country(head, ctx, depth):
            # "refugees fleeing the civil war in Liberia", "migrants who fled Syria": of the country they left.
            return of_country(actor, fled)
        if framed and not _said_foreign(head, span):
            # "In France, officials of the socialist government are considering ...": the place the sentence opens
            # with is where its unplaced actors act.
            return of_country(actor, framed)
        if (located := _located_country(head, actor, ctx, depth)) and not _said_foreign(head, span):
            # "Police fired tear gas at demonstrators in Nairobi": people who act where they live are of the place
            # their act is set in.
            return of_country(actor, located)
        if home and _domestic(head, span, actor):
            # "the government", "officials", "lawmakers" with no country: the country the article is about.
            return of_country(actor, home)
        return actor
    if actor.country and "ethnic" in {t.lower_ for t in span} and depth < 3:
        # "ethnic Albanians demonstrated in Serbia": an ethnic group is of the country it lives in, which the place
        # its act is set in gives, as the coder's "Ethnic Albanians in Kosovo" (``placed_in_context``).
        lives = _country_acted_in(head, ctx, depth)
        if lives and lives != actor.country:
            return of_country(actor, lives)
    return actor


def _thing_set_in(head: Token, place: Token) -> bool:
    """ "charged with battery in Florida", "meets over the next two days in Cleveland", "a briefing in Washington": a
    city or region is where a thing or a time is, when the noun names no actor ("officials in Kabul") and no act
    ("the attacks in Paris", whose place may be the one struck). An act that is the subject of what it did ("a bomb
    attack in Pakistan killed 20", "Truck attack in France kills 80") happened in the place, country or city, which
    did not do it."""
    if head.pos_ != "NOUN" or is_actor_noun(head):
        return False
    code = noun_code(head)
    if code is None:
        return region(place)
    return head.dep_ == "nsubj" and code.startswith(SCENE_CODES) and place.ent_type_ in ("GPE", "LOC")


def _kin(head: Token, span: Span, ctx: Context, depth: int) -> ActorRef | None:
    """ "Senator Ted Cruz's wife", "Mr. Khan's wife", "his parents", "the ex-wife of Alan Grayson": one's relative
    (list ``kin``) is another person, of the owner's country (and of the sector the noun names, "parents" CVL), not the
    owner: an apposition naming the relative ("his wife, Ghazala,") is read before this. An "of" phrase owns the
    relative only when it names a person ("the son of German immigrants" says nothing of where the son lives)."""
    owners = [c for c in head.children if c.dep_ == "poss" and c.tag_ != "WP$"]
    owners = owners or [o for p, o in prep_objects(head) if p == "of" and o.ent_type_ == "PERSON"][:1]
    if head.pos_ != "NOUN" or not listed(head, KIN) or not owners or depth >= 3:
        return None
    owner = resolve_token(owners[0], ctx, depth + 1)
    if owner is None or not owner.country:
        return None
    sector = sector_of([head.text], actor_table())
    return ActorRef(span.text, None, owner.country + (sector or ""), owner.country, sector)


def _named_in_full(head: Token, span: Span, ctx: Context) -> ActorRef | None:
    """ "Sanders has accused Clinton" after "Sen. Bernie Sanders (I-Vt.)": a surname the tagger took for an organisation
    or a place, no table codes, is the coded person the article names in full (``named_by``), as it is for quotes; so
    is a person whose words give only a sector, whom the event places as it places the full name ("continued his
    attacks against Curiel" after "Judge Gonzalo Curiel")."""
    entity = ctx.entities.at(head.idx, head.idx + len(head.text))
    if entity is None or entity.code:
        return None
    person = named_by(entity, span, ctx.entities)
    return entity_ref(span.text, person) if person is not entity and (person.code or person.sector) else None


def _campaign_of(head: Token, span: Span, ctx: Context) -> ActorRef | None:
    """ "Ryan's campaign", "the Sanders campaign": a candidate's campaign (list ``campaign_body``) acts for the coded
    person the article names it for (a name, not a pronoun: "his campaign" is as often the campaign season)."""
    if head.lemma_.lower() not in CAMPAIGN_BODIES:
        return None
    entity = _named_owner(head, ctx)
    return entity_ref(_owned_text(head, span), entity) if entity is not None else None


def _owned_text(head: Token, span: Span) -> str:
    """The text of a phrase whose owner the name in its "of" phrase gives ("supporters of Obama", "the campaign of
    Gov. Walker of Wisconsin"); only the words to its head when a name before it does ("Sanders's followers")."""
    if any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in head.children):
        return span.text
    owners = [o for p, o in prep_objects(head) if p == "of" and o.pos_ == "PROPN"]
    if not owners:
        return span.text
    return head.doc[span.start : max(t.i for t in owners[0].subtree) + 1].text


def _named_owner(head: Token, ctx: Context) -> Entity | None:
    """The coded person a name before ``head`` or its "of" phrase gives it to: "Ryan's campaign", "a Trump
    supporter", "supporters of Obama"."""
    before = [c for c in head.children if c.dep_ in ("poss", "compound")]
    for owner in before + [o for p, o in prep_objects(head) if p == "of"]:
        if owner.pos_ != "PROPN":
            continue
        entity = ctx.entities.at(owner.idx, owner.idx + len(owner.text))
        if entity is not None and not entity.code:
            # "the Sanders campaign": the tagger takes the surname for an organisation of its own
            entity = surname_person(entity, ctx.entities)
        if entity is not None and entity.type == "PERSON" and entity.code:
            return entity
    return None


def _someones_people(head: Token, span: Span, ctx: Context) -> ActorRef | None:
    """ "a Trump supporter", "Clinton voters", "Mr. Rubio's supporters": those who back a person the name gives
    (``actors.followers``) are not that person but people of the person's country (CVL), as one's relative is another
    person (``_kin``)."""
    if head.pos_ != "NOUN" or not (follower_noun(head.lemma_) or follower_noun(head.lower_)):
        return None
    entity = _named_owner(head, ctx)
    crowd = followers(entity.country) if entity is not None else None
    if crowd is None:
        return None
    return ActorRef(_owned_text(head, span), None, crowd.code, crowd.country, crowd.sector)


def _against_someone(head: Token, ctx: Context) -> bool:
    """ "Trump's opponents", "Clinton critics", "his rivals' attacks": those who oppose a person the name gives (list
    ``adversary``) are not that person, and the phrase names no side of theirs."""
    return head.pos_ == "NOUN" and listed(head, ADVERSARIES) and _named_owner(head, ctx) is not None


def _origin_owner(head: Token, ctx: Context, depth: int) -> ActorRef | None:
    """ "the judge's Mexican heritage", "people of Japanese descent": where someone's forebears came from names no
    actor, so the phrase stands for its owner alone (the judge), and an "of" phrase of origin places no one."""
    owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return resolve_token(owners[0], ctx, depth + 1) if owners and depth < 3 else None


def _partitive(head: Token, ctx: Context, depth: int) -> ActorRef | None:
    """ "some of his rivals", "both of the officials", "many of the protesters": a quantifying pronoun stands for
    some of the people its "of" phrase names, as a noun does ("dozens of the protesters"); not for some of a place or
    a thing ("in all of Iowa's counties", "both of the golf courses"), which names no one with a role."""
    for prep, obj in prep_objects(head) if depth < 3 else ():
        ref = resolve_token(obj, ctx, depth + 1) if prep == "of" else None
        if ref is not None and ref.sector:
            return ref
    return None


# The mark ``_leaders`` gives its agents, apart from any "by" phrase of the noun ("a campaign by Dewhurst").
LED_BY = "led by"


def _leaders(head: Token) -> list[tuple[str, Token]]:
    """ "a small group led by Senator Corker", "a coalition headed by Saudi Arabia": the "by" agents of a participle of
    leading (list ``leading``) that describes the noun."""
    return [
        (LED_BY, obj)
        for participle in head.children
        if participle.dep_ == "acl" and participle.tag_ == "VBN" and participle.lemma_.lower() in LEADING
        for obj in _agents(participle)
    ]


def _example(obj: Token) -> bool:
    """``obj`` is the object of a preposition that gives an example (list ``example_preps``): "such as China", "like
    Marco Rubio" after a plural ("candidates like Marco Rubio", not "an opponent like Trump")."""
    prep = obj.head
    if obj.dep_ != "pobj" or prep.lower_ not in EXAMPLE_PREPS:
        return False
    if prep.lower_ == "like":
        return prep.head.tag_ in ("NNS", "NNPS")
    return any(c.lower_ == "such" for c in prep.children) or (prep.i > 0 and prep.nbor(-1).lower_ == "such")


def _whose(head: Token) -> list[tuple[str, Token]]:
    """ "Iran, whose leaders have called for ...": the noun a possessive relative pronoun stands for, as the object
    of an "of" phrase ("the leaders of Iran")."""
    if not any(c.dep_ == "poss" and c.tag_ == "WP$" for c in head.children):
        return []
    clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
    return [("of", clause.head)] if clause is not None and clause.head.pos_ in ("PROPN", "NOUN") else []


def _linked_role(head: Token, span: Span, ctx: Context) -> ActorRef | None:
    """ "the former secretary of state", "the ministry": the coded actor the article's coreference links a definite
    role noun to (the person the article gave that role, the organisation of that kind it named)."""
    entity_id = coreference(head.doc, ctx.entities).entity_id(head)
    entity = ctx.entities.by_id.get(entity_id) if entity_id is not None else None
    return entity_ref(span.text, entity) if entity is not None and entity.code else None


def _party_role(head: Token, span: Span, ctx: Context) -> ActorRef | None:
    """ "the Republican nominee", "the Democratic presidential candidate", "the GOP front-runner": one role noun that
    the party's name only qualifies is the person the article gave that role, or the person the telling goes on with
    ("Ted Cruz is protesting … . The GOP presidential candidate sent out an email"), not the party; "the party",
    "Republican leaders" and a role linked to no one stay the party's."""
    links = coreference(head.doc, ctx.entities)
    if head.tag_ != "NN" or not (links.holds_role(head) or links.goes_on_with(head)):
        return None
    person = _linked_role(head, span, ctx)
    entity = ctx.entities.by_id.get(person.entity_id) if person is not None and person.entity_id else None
    return person if entity is not None and entity.type == "PERSON" else None


_ELITE = "ELI"


def _one_person(head: Token, ctx: Context) -> bool:
    """Whether a phrase names one person by a role, epithet or party: "the Republican front-runner", "the GOP
    nominee", "the Kentucky Republican" (not "the GOP", "the Republican establishment", "Republican leaders")."""
    if party_member(head, ctx.entities):
        return True
    types = definite_role(head, {}) if head.tag_ == "NN" else None
    return types is not None and "PERSON" in types


def _titled_after(head: Token) -> Token | None:
    """ "dismissed Wisconsin Gov. Scott Walker", "backed Texas Senator Ted Cruz": the parser may take the place before
    a titled name for the verb's argument and hang the name on the verb beside it; the person named is the argument."""
    if not _place(head) or head.i + 1 >= len(head.doc):
        return None
    person = head.doc[head.i + 1].head
    between = head.doc[head.i + 1 : person.i]
    if person.i <= head.i + 1 or person.head.i != head.head.i or person.ent_type_ != "PERSON":
        return None
    return person if all(t.dep_ == "compound" and t.head.i == person.i for t in between) else None


def _place(token: Token) -> bool:
    """The token names a place: "Asia", "Iowa"."""
    return token.ent_type_ in ("GPE", "LOC")


def _serves_unknown(head: Token, ctx: Context, depth: int) -> bool:
    """ "a spokesman for Platte River", "an AIPAC spokesman": one who speaks for a body or person the article names
    and no table codes (list ``speaking_for``) acts for them, not for the government the sector table gives a
    spokesman alone; "the Treasury secretary" is an office."""
    if head.lower_ not in SPEAKING_FOR:
        return False
    named = [o for p, o in prep_objects(head) if p == "for" and o.pos_ == "PROPN" and not _place(o)]
    named += [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and not _place(c)]
    found = [resolve_token(n, ctx, depth + 1) for n in named]
    return bool(named) and not any(r is not None and (r.country or r.code) for r in found)


def _regional_role(head: Token, span: Span, actor: Actor, ctx: Context) -> ActorRef | None:
    """ "the Vermont senator", "the Ohio governor": one role noun that a state's or province's name only qualifies is
    the person of that country the article's coreference links it to, not the state, when the role's sector is
    theirs, or the role is a former one and they are out of office ("the former Florida governor"); a role linked to
    no one, or to one of another sector, stays the state's office ("the Texas senator" USALEG)."""
    if head.tag_ != "NN" or actor.sector is None or name_key(actor.name or "") not in actor_table().regions:
        return None
    person = _linked_role(head, span, ctx)
    entity = ctx.entities.by_id.get(person.entity_id) if person is not None and person.entity_id else None
    if entity is None or entity.type != "PERSON" or entity.country != actor.country:
        return None
    former = entity.sector == "ELI" and any(t.lower_ == "former" for t in span)
    return person if entity.sector == actor.sector or former else None


def _coded_person(head: Token, ctx: Context) -> bool:
    """The token heads a mention of a person the entity index codes."""
    person = ctx.entities.at(head.idx, head.idx + len(head.text))
    return person is not None and person.type == "PERSON" and bool(person.code)


def _described_person(head: Token, ctx: Context, depth: int) -> ActorRef | None:
    """ "Ben Rhodes, Obama's deputy national security adviser": a person no table codes is what the apposition
    describing them says, when it names whose ("Obama's", "of Mexico"); "a spokeswoman" placed only by the
    article's country says too little."""
    described = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    person = ctx.entities.at(head.idx, head.idx + len(head.text))
    if not described or person is None or person.type != "PERSON" or depth >= 3:
        return None
    ref = resolve_token(described[0], ctx, depth + 1)
    return ref if ref is not None and ref.country and ref.name else None


# Verbs by which a person holds a role named after "as": "Rice, who served as national security adviser".
SERVING_AS = frozenset({"serve", "work", "act"})


def _relative_role(head: Token, ctx: Context, depth: int) -> ActorRef | None:
    """ "Adm. Harris, who leads the United States Pacific Command", "Petrov, who served as Russia's ambassador to Iraq",
    "Petrov, who is Russia's deputy foreign minister": a person no table codes, or one whose title names no country,
    acts for the body a relative clause says they lead, or in the role it says they hold."""
    if depth >= 3:
        return None
    for clause in head.children:
        if clause.dep_ != "relcl" or is_passive(clause) or any(c.dep_ == "neg" for c in clause.children):
            continue  # "individuals who were not government employees" hold no role
        if not any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in clause.children):
            continue
        lemma = clause.lemma_.lower()
        bodies = [c for c in clause.children if c.dep_ == "dobj"] if lemma in LEADING else []
        roles = [o for p, o in prep_objects(clause) if p == "as"] if lemma in SERVING_AS else []
        roles += [c for c in clause.children if c.dep_ == "attr"] if lemma == "be" else []
        for body in bodies + [r for r in roles if _names_role(r)]:
            ref = resolve_token(body, ctx, depth + 1)
            # A body: a sector of a country or an organisation ("runs a bakery in Ohio" names only a place).
            if ref is not None and ref.code and (ref.sector or ref.code.startswith(ORGANISATIONS)):
                return ref
    return None


def _names_role(noun: Token) -> bool:
    """The noun names a role by itself ("ambassador", "minister", "adviser"), unlike "a critic of Putin"."""
    actor = resolve_words([noun.text], None)
    return (actor is not None and actor.sector is not None) or noun.lower_ in serving_nouns()


def _framing_country(head: Token, ctx: Context, depth: int) -> str | None:
    """The country of an "In <place>," phrase that opens the sentence and hangs off a clause above ``head``."""
    if depth >= 3:
        return None
    start = head.sent.start
    for clause in head.ancestors:
        for prep in clause.children:
            end = prep.right_edge.i + 1
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i != start or end >= len(head.doc):
                continue
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            country = _place_country(objects[0], ctx, depth) if objects and head.doc[end].text == "," else None
            if country:
                return country
    return None


def _fled_country(head: Token, ctx: Context, depth: int) -> str | None:
    """The country the people ``head`` names are said to flee: what a participle or relative clause of fleeing
    acts on names it ("fleeing Syria"), or its "in" phrase does ("fleeing the war in Liberia")."""
    if depth >= 3:
        return None
    for clause in (c for c in head.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in FLED):
        # The parser hangs "in Liberia" on the war or on the fleeing.
        left = [o for o in clause.children if o.dep_ == "dobj"]
        places = left + [p for h in [*left, clause] for prep, p in prep_objects(h) if prep == "in"]
        country = next((c for p in places if (c := _place_country(p, ctx, depth))), None)
        if country:
            return country
    return None


def _place_country(place: Token, ctx: Context, depth: int) -> str | None:
    """The country a place names: a state, or a town or region coded as its state's."""
    resolved = resolve_token(place, ctx, depth + 1)
    return resolved.country if resolved is not None and resolved.country and resolved.code == resolved.country else None


def _located_country(head: Token, actor: Actor, ctx: Context, depth: int) -> str | None:
    """The one country of the "in <place>" phrases of the clause ``head`` acts in (not of a clause inside it),
    when the actor's sector acts where it lives."""
    if depth >= 3 or actor.sector not in actor_table().located_sectors:
        return None
    return _country_acted_in(head, ctx, depth)


def _country_acted_in(head: Token, ctx: Context, depth: int) -> str | None:
    """The one country of the "in <place>" phrases of the clause ``head`` acts in, not of a clause inside it nor of
    an apposition describing someone ("Petraeus, a top general in the conflicts in Iraq, was sentenced by a federal
    judge"); places coordinated in one phrase ("in Iraq and Afghanistan") are as many countries."""
    verb = _clause_verb(head)
    if verb is None:
        return None
    countries: set[str] = set()
    for token in verb.subtree:
        if token.dep_ != "prep" or token.lower_ != "in":
            continue
        clause = _clause_verb(token)
        between = takewhile(lambda t: t.i != verb.i, token.ancestors)
        if clause is None or clause.i != verb.i or any(t.dep_ == "appos" for t in between):
            continue
        for place in (p for c in token.children if c.dep_ == "pobj" for p in (c, *c.conjuncts)):
            country = _place_country(place, ctx, depth)
            if country:
                countries.add(country)
    return countries.pop() if len(countries) == 1 else None


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause a token belongs to: itself when it is one, else its nearest verb above."""
    return next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), None)


def _domestic(head: Token, span: Span, actor: Actor) -> bool:
    """A sector that acts at home ("officials", "police"), not said to be foreign, and not said where it is from
    ("officials from both sides", "members of the delegation")."""
    return (
        actor.sector in actor_table().home_sectors
        and not _said_foreign(head, span)
        and not any(p in ("from", "of") for p, _ in prep_objects(head))
    )


def _said_foreign(head: Token, span: Span) -> bool:
    """The phrase or a noun it belongs to says the actor is not of here: "foreign officials", "the global head of
    the Catholic Church" (the church is no more of the article's country than its global head)."""
    words = {t.lower_ for t in span}
    noun = head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "of":
        noun = noun.head.head
        words |= {c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound")}
    return bool(words & foreign_words())


def _counts_people(head: Token) -> bool:
    """ "hundreds", "dozens", "a crowd", "2,000": a head that counts or gathers the people of its "of" phrase."""
    return head.like_num or head.lemma_.lower() in QUANTITIES or head.lower_.rstrip("s") in QUANTITIES


def _owner_sector(head: Token, actor: Actor, ctx: Context) -> ActorRef | None:
    """ "his government", "its army": the sector of the country of whoever the possessive stands for; "the regime"
    after "Syria": the sector of the state the description stands for; "the militants" after "Hezbollah", "the bloc"
    after "the EU": the organisation itself."""
    owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    links = coreference(head.doc, ctx.entities)
    if not owners and not links.describes(head):
        # A role noun ("the senator", "the company") is coded by its words: a link to a person or body is a guess.
        return None
    entity_id = links.entity_id(owners[0] if owners else head)
    entity = ctx.entities.by_id.get(entity_id) if entity_id is not None else None
    if entity is None or not actor.sector:
        return None
    span = head.doc[owners[0].i if owners else _phrase_start(head) : head.i + 1]
    if not owners and entity.sector:
        return entity_ref(span.text, entity)
    if not entity.country:
        return None
    # A person's party or administration is named as theirs ("Ted Cruz's party"), not as the person, who is another
    # actor; a state's or a body's is named as the state or body is ("Iran" for its hardliners, as everywhere).
    owned_words = "".join(t.text_with_ws for t in span[1:] if not t.is_punct).strip() if owners else head.lower_
    name = f"{entity.name}'s {owned_words}" if entity.type == "PERSON" else entity.name
    owned = Actor(name, entity.country + actor.sector, entity.country, actor.sector)
    return _ref(span.text, owned, ctx, span.start_char, span.end_char)


def _title_holder(span: Span, ctx: Context) -> ActorRef | None:
    """ "the president", "the prime minister", "the prince" with no country: the office holder the article has named
    most often before (then the nearest), as a reader takes "the president" after "President Obama" and "the
    prince" after "Saudi Prince Alwaleed bin Talal"."""
    words = [t.lower_ for t in span]
    title = " ".join(words[1:])
    table = actor_table()
    if len(words) < 2 or words[0] != "the" or (title not in table.titles and title not in table.sectors):
        return None
    counts: Counter[str] = Counter()
    holders: dict[str, Entity] = {}
    text = text_of(span.doc)
    for (start, _), entity in ctx.entities.mentions_before(span.start_char):
        titled = _titled_before(text, start, title)
        if entity.code and (entity.id in holders or titled or table.holds_title(entity.name, title, ctx.published)):
            counts[entity.id] += 1
            holders[entity.id] = entity
    if not counts:
        return None
    entity = holders[counts.most_common(1)[0][0]]  # most_common keeps first-seen (nearest) order on a tie
    return entity_ref(span.text, entity)


def _role_holder(head: Token, span: Span, actor: Actor, ctx: Context) -> ActorRef | None:
    """ "the minister" after "Sameh Shoukry, Egypt's foreign minister", "the general" after "Gen. Joseph Votel, the
    commander of U.S. Central Command": a role noun of no country is the person the article gave that role, when the
    article places that person and the role's sector is theirs. A person only written near the word is not."""
    links = coreference(head.doc, ctx.entities)
    entity_id = links.entity_id(head) if links.holds_role(head) else None
    entity = ctx.entities.by_id.get(entity_id) if entity_id is not None else None
    if entity is None or not entity.country or entity.sector != actor.sector:
        return None
    return entity_ref(span.text, entity)


def _titled_before(text: str, start: int, title: str) -> bool:
    """The title comes right before a name at ``start``, or before a given name the mention left out: "Prince" in
    "Saudi Prince Alwaleed Bin Talal" (the mention "Bin Talal")."""
    before = text[max(0, start - 80) : start]
    return re.search(r"\b(?i:" + re.escape(title) + r")\.?\s+(?:[A-Z][\w'’-]*\s+){0,2}$", before) is not None


def _leader(head: Token, ctx: Context, depth: int) -> ActorRef | None:
    """A group no table knows acts for whoever leads it: "the U.S.-led coalition", "a small group led by
    Senator Corker"."""
    for child in head.children:
        if child.dep_ in ("amod", "compound") and child.lower_.endswith("-led") and len(child.text) > 4:
            actor = resolve_words([child.text[:-4]], ctx.published)
            if actor is not None and actor.country:
                return _ref(child.text[:-4], actor, ctx, child.idx, child.idx + len(child.text) - 4)
        if child.dep_ == "acl" and child.lemma_.lower() == "lead" and child.tag_ == "VBN":
            for obj in _agents(child):
                inner = resolve_token(obj, ctx, depth + 1)
                if inner is not None and inner.country:
                    return inner
    return None


def entity_ref(text: str, entity: Entity) -> ActorRef:
    """The actor a coded entity of the article stands for, as written at one mention (``text``)."""
    return ActorRef(text, entity.name, entity.code, entity.country, entity.sector, entity.id)


def _ref(text: str, actor: Actor, ctx: Context, start: int, end: int) -> ActorRef:
    entity = ctx.entities.at(start, end)
    return ActorRef(
        text=text,
        name=actor.name,
        code=actor.code,
        country=actor.country,
        sector=actor.sector,
        entity_id=entity.id if entity and entity.code == actor.code else None,
    )


def split_adjectives(head: Token, ctx: Context) -> list[ActorRef]:
    """ "Hungarian and Romanian officials" names two actors: one per coordinated adjective."""
    refs: list[ActorRef] = []
    for child in head.children:
        if child.dep_ == "amod" and any(c.dep_ == "conj" for c in child.children):
            for adj in (child, *child.conjuncts):
                # "South Korean and American troops": an adjective keeps the words before it ("South").
                words = [w for w in adj.lefts if w.dep_ in ("amod", "compound")] + [adj]
                text = " ".join(w.text for w in words)
                actor = resolve_words([*text.split(), head.text], ctx.published)
                if actor and actor.country:
                    refs.append(_ref(text + " " + head.text, actor, ctx, words[0].idx, adj.idx + len(adj.text)))
    return refs


def _split_of(head: Token, ctx: Context) -> list[ActorRef]:
    """ "the presidents of France and Germany", "the leaders of China and Russia": a plural head whose "of" phrase
    coordinates states names one actor per state, each with the head's sector."""
    objects = [o for p, o in prep_objects(head) if p == "of" and o.conjuncts]
    if head.tag_ not in ("NNS", "NNPS") or not objects:
        return []
    first = resolve_token(head, ctx)
    refs = [first] if first is not None and first.country and first.country == _state(objects[0], ctx) else []
    for state in objects[0].conjuncts if refs else ():
        country = _state(state, ctx)
        if country is None or not first or country == first.country:
            return []
        actor = Actor(country, country + (first.sector or ""), country, first.sector)
        refs.append(_ref(state.text, actor, ctx, state.idx, state.idx + len(state.text)))
    return refs


def _state(token: Token, ctx: Context) -> str | None:
    """The country ``token`` names when it names a state itself ("France"), not a person or body of one."""
    ref = resolve_token(token, ctx)
    return ref.country if ref is not None and ref.code == ref.country else None


def _described_pair(head: Token, phrase: Span, ctx: Context) -> list[ActorRef]:
    """ "the two countries", "both sides": the two coded actors the article's coreference says the pair stands for."""
    pair = coreference(head.doc, ctx.entities).pair(head)
    entities = [ctx.entities.by_id[i] for i in pair or ()]
    return [entity_ref(phrase.text, e) for e in entities] if entities and all(e.code for e in entities) else []


def _their_group(head: Token, ctx: Context) -> list[ActorRef]:
    """ "they": the coded organisation the article's coreference links it to ("The union endorsed Clinton. They
    said …"), else the actors of the plural group it stands for, in its own sentence or as the subject of the one
    before ("Cruz and Rubio both locked on Trump. They pushed him for specifics": Cruz and Rubio)."""
    if head.lower_ != "they":
        return []
    entity = linked_near(head, ctx)
    if entity is not None and entity.code:
        return [entity_ref(head.text, entity)]
    group = coreference(head.doc, ctx.entities).group(head)
    words = head.doc.char_span(*group, alignment_mode="expand") if group is not None else None
    if words is None or not len(words) or words.root.pos_ == "PRON":
        return []
    return [replace(r, text=head.text) for r in actors_of(words.root, ctx)]


def actors_of(token: Token, ctx: Context) -> list[ActorRef]:
    """Every actor a candidate token stands for, following coordination ("X and Y")."""
    known = ctx.actors.get(token.i)
    if known is None:
        known = ctx.actors[token.i] = tuple(_actors_of(token, ctx))
    return list(known)


def _actors_of(token: Token, ctx: Context) -> list[ActorRef]:
    refs: list[ActorRef] = []
    conjuncts: tuple[Token, ...] = tuple(token.conjuncts)
    if _comma_joined(token):
        # A subject the parser joined to the phrase before the comma is no list with the words of that phrase.
        conjuncts = tuple(c for c in conjuncts if c.i > token.i)
    for head in (token, *conjuncts):
        phrase = head.doc[_phrase_start(head) : head.i + 1]
        paired = (
            hyphen_pair(phrase, ctx.entities, ctx.published)
            or _described_pair(head, phrase, ctx)
            or _their_group(head, ctx)
        )
        if paired:
            refs.extend(paired)
            continue
        split = split_adjectives(head, ctx) or _split_of(head, ctx)
        if split:
            refs.extend(split)
            continue
        ref = resolve_token(head, ctx)
        if ref:
            refs.append(ref)
    return refs


def coded(refs: list[ActorRef]) -> bool:
    """At least one participant is a known political actor (a country or an organisation), named by more than a
    possessive pronoun."""
    return any(
        (r.country or (r.code and r.code.startswith(ORGANISATIONS))) and r.text.lower() not in OWNER_PRONOUNS
        for r in refs
    )
