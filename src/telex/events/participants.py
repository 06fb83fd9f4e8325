"""Stage: who takes part. Sources and targets of a candidate, completed from the clause when the verb's own
arguments name none, and an office with no country given the other side's one country inside a domestic conflict."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from telex.actors.table import actor_table
from telex.actors.word_lists import geographic_features
from telex.events.arguments import (
    JOINT_PREPS,
    NOUN_TARGET_PREPS,
    ORGANISATIONS,
    PERSON_PRONOUNS,
    Context,
    actors_of,
    blamed_parties,
    called_foreign,
    deed_doers,
    entity_ref,
    foreign_words,
    fronted,
    headline_joined,
    is_actor_noun,
    linked_near,
    object_tokens,
    prep_objects,
    reduced_passive,
    subject_tokens,
)
from telex.events.candidate import Candidate
from telex.events.modality import modality
from telex.events.patterns import noun_code
from telex.events.scenes import names_scene
from telex.events.word_lists import (
    ADDRESSED_ROOTS,
    DOMESTIC_CONCESSIONS,
    PROPOSING_SECTORS,
    REPORTING,
    SPORT,
    STATE_SECTORS,
    TALKING,
    VOICED_ROOTS,
    VOICING_SECTORS,
)
from telex.nlp.grammar import to_infinitive
from telex.quotes.subjects import issuer_before
from telex.records import ActorRef, Entity, Speaker
from telex.tables import read_table

# Clauses whose unresolved pronoun subject is the governing clause's subject ("Syria says it is willing");
# not adverbial clauses ("expelled the ambassador after he criticised the vote").
PRONOUN_CLAUSES = frozenset({"xcomp", "ccomp", "pcomp", "conj"})
# Tags of the pronouns that may stand for the subject of the clause they are said in: personal and relative ones.
PERSONAL_TAGS = frozenset({"PRP", "WP", "WDT"})
# Considering a policy option (CAMEO 014): aimed at whom the option's act is.
CONSIDERING = "014"
# Prepositions whose object is what an act is aimed at ("lashed out at", "railed against").
AIMED_PREPS = frozenset({"at", "against"})
# Prepositions whose object is what an act leaves ("withdraw from NATO", "pull out of the alliance").
LEAVING_PREPS = frozenset({"from", "of"})
# Prepositions whose object says what an act is for, against, with or over ("called for more flexibility for U.S.
# advisers"); not where it goes or happens ("to", "at", "in": "invited her to Trump Tower") nor its author ("from").
COMPLEMENT_PREPS = frozenset({"for", "with", "against", "between", "among", "on", "over"})
# Prepositions whose object is whom one speaks to ("spoke with Reuters", "said to CNN").
SPOKEN_TO_PREPS = frozenset({"with", "to"})
# Verbs of telling or talking, whose addressee may be a news outlet.
ADDRESSING = REPORTING | TALKING


def placed(refs: Sequence[ActorRef]) -> bool:
    return any(r.country or (r.code and r.code.startswith(ORGANISATIONS)) for r in refs)


def outlets_spoken_to(anchor: Token, ctx: Context) -> list[Token]:
    """The words naming news outlets a verb of telling or talking addresses ("told Reuters", "speaking with The Des
    Moines Register", "said to CNN", "spoke with Reuters and Merkel"): the channel a statement passes through, not
    whom it is aimed at."""
    if anchor.lemma_.lower() not in ADDRESSING:
        return []
    heads = [c for c in anchor.children if c.dep_ in ("dobj", "dative")]
    heads += [o for p, o in prep_objects(anchor) if p in SPOKEN_TO_PREPS]
    return [h for h in heads if any(r.sector == "MED" for r in actors_in([h], ctx))]


def drop_outlets_spoken_to(candidate: Candidate, outlets: Sequence[Token], ctx: Context) -> None:
    """An outlet a statement is told to is no target of it: "told El Universal that the government must act" asks
    the government, "speaking with Reuters" consults no one. ``outlets`` are the words naming them
    (``outlets_spoken_to``); the outlets among each one's actors go, the others stay ("spoke with Reuters and
    Merkel" consults Merkel)."""
    refs = [r for outlet in outlets for r in actors_in([outlet], ctx) if r.sector == "MED"]
    if refs:
        candidate.targets = [r for r in candidate.targets if r not in refs]


def complete_targets(candidate: Candidate, ctx: Context, outlets: Sequence[Token] = ()) -> None:
    """Find a target the verb's own arguments did not name; ``outlets``, the news outlets the verb addresses
    (``outlets_spoken_to``), are none."""
    anchor = candidate.anchor
    root = candidate.code[:2]
    conditions = [m.head for m in anchor.subtree if m.dep_ == "mark" and m.lower_ in ("if", "unless")]
    if root == "13":
        # "threatened to ban voting in East Jerusalem if Hamas ran": the one who must comply is the target,
        # before any place the threat names.
        found = _clause_subjects(conditions, candidate, ctx)
        if found:
            candidate.targets = found
            return
    if placed(candidate.targets):
        return
    found = _named_elsewhere(candidate, conditions, ctx, outlets)
    if root == "13" and not placed(found) and not candidate.targets:
        # "threatened to crush the rebels", "threatened to expel the envoy": a threat is aimed at whom the act
        # threatened would be done to, placed or not.
        intended = others_in(_intended_objects(anchor), candidate.sources, ctx)
        if intended:
            candidate.targets = intended
            return
    if placed(found):
        candidate.targets = found
    elif not candidate.targets and _domestic(candidate):
        # The target has no text: nothing in the sentence names it.
        country = next(r.country for r in candidate.sources if r.country)
        sector = "GOV" if root == "14" else None
        code = country + (sector or "")
        candidate.targets = [ActorRef(text="", name=None, code=code, country=country, sector=sector)]
        candidate.confidence -= 0.1


def _named_elsewhere(
    candidate: Candidate, conditions: list[Token], ctx: Context, outlets: Sequence[Token] = ()
) -> list[ActorRef]:
    """The target the words around the act name: the author of what it is aimed at, else the subject of a clause it
    addresses or a condition set, those who answer it, or the option weighed."""
    anchor, noun = candidate.anchor, candidate.noun
    found = _object_authors(candidate, ctx, outlets)
    if not placed(found) and candidate.code[:2] in ADDRESSED_ROOTS:
        # "demanded that the US cancel", "will boycott the vote unless the president resigns".
        # "complaints that China's glut of factories is overwhelming markets": the content of an event noun.
        clauses = [c for c in anchor.children if c.dep_ == "ccomp" or (c.dep_ == "acl" and _that_clause(c))]
        found = _clause_subjects(clauses + (conditions if candidate.condition == "unless" else []), candidate, ctx)
    if not placed(found) and noun is not None and noun.i == anchor.i:
        found = [r for r in _answerers(noun, ctx) if r not in candidate.sources]
    if not placed(found) and candidate.code == CONSIDERING and placed(candidate.sources):
        # Only for a doer placed already: an option weighed by no one placed is no event of its target's.
        found = _first_placed(_considered(anchor), candidate.sources, ctx)
    return found


def _object_authors(candidate: Candidate, ctx: Context, outlets: Sequence[Token] = ()) -> list[ActorRef]:
    """The actors behind what the act is done to, its event noun first, then its objects, what it is aimed at and
    its complements: the first placed, else the last found."""
    anchor, noun = candidate.anchor, candidate.noun
    heads = [noun] if noun is not None and noun.i != anchor.i else []
    own = heads[0].i if heads and candidate.code[:2] != "02" else None
    # "blamed Trump's decline on the news media": the deed blamed is no one's to aim at; the "on" phrase is.
    objects = blamed_parties(anchor) or object_tokens(anchor)
    heads += [o for o in objects if o not in heads and o not in outlets]
    # "took aim at comments by Trump", "hit back at complaints from Washington": the author of what is aimed at. A
    # phrase fronted before the verb frames the clause ("At the urging of his wife, he has been talking to his inner
    # circle", "At a rally in Louisiana, Trump lashed out"): nothing in it is aimed at.
    heads += [o for p, o in prep_objects(anchor) if p in AIMED_PREPS and o not in heads and not fronted(o, anchor)]
    complements = [o for o in _complements(anchor) if o not in heads]
    found: list[ActorRef] = []
    for head in heads + complements:
        complement = head in complements
        if candidate.code[:2] == "09" and _accusation(head):
            authors = [o for p, o in prep_objects(head) if p in NOUN_TARGET_PREPS]
        else:
            authors = _authors(head, anchor, own, complement)
        found = others_in(authors, candidate.sources, ctx)
        if complement:
            # Two phrases away from the act, an actor the words do not name ("the need for a smaller federal
            # government", "candidates for president", placed by the article's country) is seldom the one aimed at.
            found = [r for r in found if r.name]
        if placed(found):
            break
    return found


def _accusation(noun: Token) -> bool:
    """A noun of an accusation or a complaint (an event noun of CAMEO root 11): "examined the allegations made by Exxon
    Mobil" looks into what the accuser says of another, so its author is not the one investigated; whom it is against
    is ("investigated the charges against the mayor")."""
    code = noun_code(noun)
    return noun.pos_ == "NOUN" and code is not None and code[:2] == "11"


def _authors(head: Token, anchor: Token, own: int | None, complement: bool) -> list[Token]:
    """The words that may name the author of ``head``, a word the act at ``anchor`` is done to (``own``: the index of
    the act's own event noun; ``complement``: whether ``head`` is a complement of the verb's preposition)."""
    # "rejected an Indian proposal", "dismissed an appeal from President Gbagbo", "summoned Niger's
    # ambassador", "demanded an admission by Moscow": the author of the object is the one acted upon.
    # A complement's compound or adjective names a place as often as an author ("on the Senate floor"). The
    # pronoun owning the event's own noun is its doer ("repeated his promise", "pledged his support"), unless
    # the noun is what is asked of another ("seeking her assistance").
    kinds = ("poss",) if complement else ("poss", "amod", "compound")
    owners = [c for c in head.children if c.dep_ in kinds and not names_scene(head, c)]
    modifiers = [c for c in owners if c.pos_ != "PRON"] if head.i == own else owners
    modifiers += [o for p, o in prep_objects(head) if p in ("by", "from", "of")]
    # "praised the role played by Pakistan", "welcomed the work done by Germany": the agent of what describes it.
    # Not of people the act is done to ("bombed rebels backed by the United States" bombed the rebels).
    if not is_actor_noun(head):
        # The act's own participle is not such a description ("a lunch hosted by the ambassador").
        described = [a for a in head.children if reduced_passive(a) and a.i != anchor.i]
        modifiers += [o for a in described for p, o in prep_objects(a) if p == "by"]
    if complement:
        # "called for more flexibility for U.S. advisers", "pressed for sanctions on Iran", "appealed for aid
        # to Ukraine", "called for an inquiry into the foundation": what the verb's preposition names is aimed at
        # whom its own phrase names.
        modifiers += [o for p, o in prep_objects(head) if p in COMPLEMENT_PREPS or p in ("to", "into")]
    # "launched an investigation into crimes committed by Croat forces", "an inquiry into abuses by Syrian troops":
    # what is looked into was done by the one looked at. The parser hangs the phrase of the event's own noun on its
    # light verb as often as not ("opened an inquiry into abuses").
    inquired = (head, anchor) if head.i == own else (head,)
    modifiers += [d for h in inquired for p, o in prep_objects(h) if p == "into" for d in deed_doers(o)]
    # "rejected the proposal for talks with South Korea", "called for an end to sanctions on Iran": an act the
    # object names in its turn is aimed at whom that act's own phrase names.
    return modifiers + [o for act in _inner_acts(head) for p, o in prep_objects(act) if p in NOUN_TARGET_PREPS]


def _inner_acts(head: Token) -> list[Token]:
    """The event nouns a noun's "for", "of" or "to" phrase names: "talks" of "the proposal for talks", "sanctions" of
    "an end to sanctions"."""
    acts = [o for p, o in prep_objects(head) if p in ("for", "of", "to")]
    return [o for o in acts if noun_code(o) is not None]


def _considered(anchor: Token) -> list[Token]:
    """Whom the act an option names is aimed at, nearest first: the owner of what it acts on ("considering revising
    the country's constitution"), the parties its object's or its own phrases name ("imposing sanctions on Russia",
    "sending special operators to Syria"), and last the people or body it acts on ("expelling Russian diplomats"),
    not a thing (whose place names no party: "building the factory lines in Chicago")."""
    acts = [x for x in anchor.children if x.dep_ == "xcomp" and x.pos_ == "VERB"]
    objects = [o for x in acts for o in object_tokens(x)]
    owners = [c for o in objects for c in o.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    phrases = [t for h in objects + acts for p, t in prep_objects(h) if p in NOUN_TARGET_PREPS]
    return owners + phrases + [o for o in objects if is_actor_noun(o)]


def _first_placed(tokens: Sequence[Token], sources: Sequence[ActorRef], ctx: Context) -> list[ActorRef]:
    """The placed actors of the first token that names someone placed besides the sources, and not the state of their
    own country ("would consider sending 30,000 American ground troops": the troops are the doer's own)."""
    home = {r.country for r in sources if r.country}
    for token in tokens:
        found = [r for r in actors_in([token], ctx) if not among(r, sources)]
        if placed(found) and not any(r.country in home and r.sector in STATE_SECTORS for r in found):
            return found
    return []


def _intended_objects(anchor: Token) -> list[Token]:
    """The objects of the anchor's to-infinitive complement: "the rebels" of "threatened to crush the rebels", "NATO"
    of "threatened to pull out of NATO"."""
    return [
        o
        for x in anchor.children
        if x.dep_ == "xcomp" and to_infinitive(x)
        for o in object_tokens(x) + [o for p, o in prep_objects(x) if p in AIMED_PREPS] + _left_objects(x)
    ]


def _left_objects(verb: Token) -> list[Token]:
    """What an act leaves: "NATO" of "withdraw from NATO" and of "pull out of NATO" (the parser hangs "of" on a bare
    "out")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [g for c in preps if not any(x.dep_ == "pobj" for x in c.children) for g in c.children if g.dep_ == "prep"]
    return [o for p in preps if p.lower_ in LEAVING_PREPS for o in p.children if o.dep_ == "pobj"]


def _complements(anchor: Token) -> list[Token]:
    """The objects of the anchor's prepositions that say what the act is for, against, with or over ("called for
    talks", "pressed for sanctions on Iran"). A phrase fronted before the verb frames the whole clause ("On the way
    to Air Force One, Rice called"), and so does one set off by a comma ("said they have made up their minds, with
    similar levels of certainty among Clinton backers"): neither says what the act is for."""
    return [
        o
        for p, o in prep_objects(anchor)
        if p in COMPLEMENT_PREPS
        and o.dep_ == "pobj"
        and not fronted(o, anchor)
        and o.doc[o.head.i - 1].text != ","
        and o.lemma_.lower() not in geographic_features()
    ]


@cache
def reaction_verbs() -> dict[str, bool]:
    """Verbs of answering another's act (``reaction_verbs.tsv``), each with whether it answers only with "back"."""
    return {row["lemma"]: row["back"] == "yes" for row in read_table("reaction_verbs.tsv")}


def _answerers(noun: Token, ctx: Context) -> list[ActorRef]:
    """Who answers an event noun ("China rejected American criticism", "jabbed back at complaints from his
    counterpart"): the subject of the answering verb whose object the noun is."""
    head = noun
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head
    elif head.dep_ != "dobj":
        return []
    verb = head.head
    back = head.dep_ == "prep" and any(c.lower_ == "back" for c in verb.children)
    only_back = reaction_verbs().get(verb.lemma_.lower())
    if verb.pos_ != "VERB" or only_back is None or ((head.dep_ == "prep" or only_back) and not back):
        return []
    return actors_in(subject_tokens(verb), ctx)


def among(ref: ActorRef, refs: Sequence[ActorRef]) -> bool:
    """The actor is one of ``refs``, named alike or the same entity ("Cruz did not apologize for his remarks")."""
    return any(
        ref == r
        or (ref.entity_id is not None and ref.entity_id == r.entity_id)
        or (ref.name is not None and (ref.name, ref.code) == (r.name, r.code))
        for r in refs
    )


def same_side(one: Sequence[ActorRef], other: Sequence[ActorRef]) -> bool:
    """The same actors: the same people where both sides are people the article names ("Clinton" and "Trump" are
    both USAELI, yet one may condemn the other's act), else the same codes."""
    if all(r.entity_id for r in (*one, *other)):
        return bool({r.entity_id for r in one} & {r.entity_id for r in other})
    codes = {r.code for r in other if r.code}
    return any(r.code in codes for r in one)


def _that_clause(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _clause_subjects(clauses: Sequence[Token], candidate: Candidate, ctx: Context) -> list[ActorRef]:
    """The placed subject actors of the first clause that has some other than the event's own sources: other people
    the article names, though coded alike ("Trump's accusation that Hillary Clinton is playing the woman's card", both
    USAELI), else other codes."""
    for clause in clauses:
        found = actors_in([c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")], ctx)
        found = [r for r in found if not same_side([r], candidate.sources)]
        if placed(found):
            return found
    return []


def _domestic(candidate: Candidate) -> bool:
    """An untargeted event that happens at home: a protest aims at the own government, an easing of curfews
    or dissent concerns the own country, and so does coercion by anyone and violence by rebels, police or civilians.
    Politicians, parties, the press or business who concede or fight with no one named speak or campaign ("Trump
    escalated his attacks", "the party backed down"): no one is their target."""
    if len({r.country for r in candidate.sources if r.country}) != 1:
        return False
    sectors = [r.sector for r in candidate.sources]
    if proposed_coercion(candidate):
        # "Sanders voted to ban therapeutic cloning": candidates, lawmakers, parties, the press or groups do not coerce
        # their own people (``filters.coerces_no_one``).
        return False
    if candidate.code[:2] == "14":
        return all(s not in STATE_SECTORS for s in sectors)
    if candidate.code[:2] in VOICED_ROOTS and any(s in VOICING_SECTORS for s in sectors):
        return False
    if candidate.code[:3] in DOMESTIC_CONCESSIONS:
        return True
    if candidate.code[:2] == "17":
        # "authorities blocked 400,000 websites", "police arrested dozens": coercion with no one named is of
        # the own people, whoever else coerces.
        return True
    return candidate.code[:2] in ("18", "19") and all(s and s not in STATE_SECTORS for s in sectors)


def proposed_coercion(candidate: Candidate) -> bool:
    """Coercion (17) whose every doer can only propose it (:func:`only_proposers`): "Sanders voted to ban ..."."""
    return candidate.code[:2] == "17" and only_proposers(candidate.sources)


def only_proposers(refs: Sequence[ActorRef]) -> bool:
    """Every one of ``refs`` (at least one) is of a sector that can propose coercion or force but not carry it out
    (list ``proposing_sector``: candidates, lawmakers, parties, the press, schools, groups)."""
    return bool(refs) and all(r.sector in PROPOSING_SECTORS for r in refs)


def nationalise(refs: list[ActorRef], partners: Sequence[ActorRef]) -> list[ActorRef]:
    """ "The rebels said they will release Prime Minister Chaudhry": an office without a country takes the
    one country of the other side when one side is not the state."""
    countries = {p.country for p in partners if p.country}
    if len(countries) != 1 or any(p.country and not p.sector for p in partners):
        # A state named as such ("condemned North Korea's claim") is as often a foreign one as one's own.
        return refs
    country = next(iter(countries))
    # Only inside a domestic conflict: an envoy or a minister met abroad is no compatriot of the host; a legislature,
    # a court or a party deals with its own state ("lawmakers called on the government").
    domestic = actor_table().domestic_sectors
    civil = all(p.sector and (p.sector not in STATE_SECTORS or p.sector in domestic) for p in partners)
    return _placed_in(refs, country, lambda sector: civil or sector not in STATE_SECTORS)


def at_home(refs: list[ActorRef], partners: Sequence[ActorRef], ctx: Context) -> list[ActorRef]:
    """ "President Abdelaziz Bouteflicka threatened a curfew in Algiers": an office or body with no country ("the
    government", "the party", a president no table knows) is of the one country the article names, when it names no
    other and the event's other side is of it. Alone, an actor placed so makes no event: one country named once is
    weaker evidence than the article's home country (``EntityIndex.home_country``)."""
    country = ctx.entities.sole_country
    if country is None or country not in {p.country for p in partners}:
        return refs
    home = actor_table().home_sectors
    return _placed_in(refs, country, lambda sector: sector in home)


def people_at_home(candidate: Candidate, ctx: Context) -> None:
    """ "Pate supported Charlie Crist", "he backed Mr. Romney" (of a donor the article named): a person no table
    codes, the subject or object of the event's verb (or a pronoun the coreference links to such a person), is of
    the country the article is about (``EntityIndex.home_country``), as its offices and officials are. Only when the
    other side is of that country: one country guessed for a private person makes no event alone, and one who deals
    with a foreign party is as often of that party's country or a third. Done after the filters, it completes an
    event and never recodes one; an accusation built from the event afterwards ("X said Smith attacked them") names
    the person it placed as the accused."""
    home = ctx.entities.home_country
    if home is None:
        return
    if _of_home(candidate.targets, home):
        candidate.sources = _sectors_at_home(candidate.sources, home)
    if _of_home(candidate.sources, home):
        candidate.targets = _sectors_at_home(candidate.targets, home)
    if not candidate.sources and _of_home(candidate.targets, home):
        candidate.sources = _person_at_home(subject_tokens(candidate.anchor)[:1], candidate.targets, home, ctx)
    if not candidate.targets and _of_home(candidate.sources, home) and not candidate.noun:
        objects = object_tokens(candidate.anchor) or [o for p, o in prep_objects(candidate.anchor) if p in PARTY_PREPS]
        candidate.targets = _person_at_home(objects[:1], candidate.sources, home, ctx)


# Prepositions whose object is the other party of what a verb says ("met with Pate", "apologized to Khan").
PARTY_PREPS = NOUN_TARGET_PREPS | JOINT_PREPS


def _sectors_at_home(refs: list[ActorRef], home: str) -> list[ActorRef]:
    """ "Trump rejected attacks from Jeb Bush and other candidates", "two nuns who ... helped the poor in rural
    Mississippi", "Obama has applauded the efforts of other wealthy investors": an actor of a sector but no country,
    dealing with one of the article's home country, is of that country. "Other" and "outside" say other than the one
    named, not of another state, here; words that may ("foreign governments", "local reporters" where a visit is
    told) keep it unplaced. Not armed sides and crowds that act alone (police, soldiers, rebels, protesters:
    ``alone`` in ``sector_codes.tsv``), groups that live by force, nor refugees: they cross borders, and one who deals
    with an American is as often foreign."""
    table = actor_table()
    roaming = table.alone_sectors | table.violence_sectors | {"REF"}
    abroad = foreign_words() - _NOT_ABROAD
    return [
        replace(r, code=home + r.sector, country=home, entity_id=None)
        if r.country is None
        and r.code is None
        and r.sector
        and r.sector not in roaming
        and not {w.lower() for w in r.text.split()} & abroad
        else r
        for r in refs
    ]


# Words of ``foreign_words`` that, of an actor dealing with one of the home country, say no other state.
_NOT_ABROAD = frozenset({"other", "outside"})


def _of_home(refs: Sequence[ActorRef], home: str) -> bool:
    """``refs`` are of ``home``: one of them is, and none is of another country (a body of none, "the United
    Nations", is of no home)."""
    return {r.country for r in refs if r.country} == {home}


def _person_at_home(tokens: Sequence[Token], partners: Sequence[ActorRef], home: str, ctx: Context) -> list[ActorRef]:
    """The uncoded person ``tokens`` names, placed in ``home``, unless a partner is that person."""
    entity = _uncoded_person_at(tokens[0], ctx) if tokens else None
    if entity is None or any(p.entity_id == entity.id for p in partners):
        return []
    code = home + (entity.sector or "")
    return [ActorRef(tokens[0].text, entity.name, code, home, entity.sector, entity.id)]


def _uncoded_person_at(token: Token, ctx: Context) -> Entity | None:
    """The person with no code and no country a name or a person pronoun stands for."""
    if token.pos_ == "PRON":
        entity = linked_near(token, ctx) if token.lower_ in PERSON_PRONOUNS else None
    elif token.pos_ == "PROPN":
        entity = ctx.entities.at(token.idx, token.idx + len(token.text))
    else:
        return None
    return entity if entity is not None and entity.type == "PERSON" and not entity.code and not entity.country else None


def protest_at_home(candidate: Candidate, ctx: Context) -> None:
    """ "The Chinese leadership fears closures could kindle worker protests": people who protest where they live
    (``located`` in ``sector_codes.tsv``), with no country and no place named, protest in the one country their
    sentence names, else in the country the article is about (``EntityIndex.home_country``). Their protest is an
    event with or without a country when it is done, so placing them makes none; one only planned or possible is
    none ("a group of rabbis planned to protest")."""
    if candidate.code[:2] != "14" or placed(candidate.sources) or _undone(candidate):
        return
    sent = candidate.anchor.sent
    country = ctx.entities.sole_country_between(sent.start_char, sent.end_char) or ctx.entities.home_country
    if country is not None:
        located = actor_table().located_sectors
        candidate.sources = _placed_in(candidate.sources, country, lambda sector: sector in located)


def _undone(candidate: Candidate) -> bool:
    """The act is only possible, planned or threatened: an unplaced actor makes no event of it."""
    mode = modality(candidate.modals, candidate.negated, candidate.governors, candidate.conditional)
    return mode in ("hypothetical", "intended")


def _placed_in(refs: list[ActorRef], country: str, takes: Callable[[str], bool]) -> list[ActorRef]:
    """``refs`` with each actor of a sector but no country, whose sector ``takes`` and whose words do not call it
    foreign, placed in ``country``."""
    return [
        replace(r, code=country + r.sector, country=country, entity_id=None)
        if r.country is None and r.code is None and r.sector and takes(r.sector) and not called_foreign(r)
        else r
        for r in refs
    ]


def actors_in(tokens: Sequence[Token], ctx: Context) -> list[ActorRef]:
    for token in tokens:
        if {t.lemma_.lower() for t in token.subtree} & SPORT:
            # "The French football team beat Germany": a national side is not the state.
            continue
        refs = actors_of(token, ctx)
        if refs:
            return refs
    return []


def others_in(tokens: Sequence[Token], sources: Sequence[ActorRef], ctx: Context) -> list[ActorRef]:
    """The actors of the first token that names someone besides the sources: in "reneged on his commitment to the
    Zambian people", "his" is the one who reneged, so the people are the ones let down."""
    for token in tokens:
        found = [r for r in actors_in([token], ctx) if not among(r, sources)]
        if found:
            return found
    return []


def speaker_actors(speaker: Speaker, doc: Doc, ctx: Context) -> list[ActorRef]:
    """The actors a quote's speaker stands for: the coded entity the quote resolved it to ("he" for Lee), else
    the actors of its words ("a Chinese official"), else those of the person it resolved to; words that give only a
    sector ("a major civil rights group", "the newspaper") speak as that sector, which an event places by the other
    side."""
    entity = ctx.entities.by_id.get(speaker.entity_id) if speaker.entity_id else None
    if entity is not None and entity.code:
        return [entity_ref(speaker.text, entity)]
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    found = actors_in([span.root], ctx) if span is not None and len(span) else []
    if any(r.code for r in found):
        return found
    if entity is None:
        return [replace(r, code=r.sector) for r in found if r.sector][:1] or found
    return _uncoded_person(speaker, entity, doc, ctx) or found


def _uncoded_person(speaker: Speaker, entity: Entity, doc: Doc, ctx: Context) -> list[ActorRef]:
    """A speaker who is a person no table codes ("he" of "Gov. Kasich", "Issawi Frej, a member of parliament"):
    coded as the words that first name them are (a title of no country takes the article's), else by the sector
    their words gave them alone (LEG), which an event places by the other side."""
    named = doc.char_span(*entity.mentions[0], alignment_mode="expand") if entity.mentions else None
    found = [replace(r, text=speaker.text) for r in actors_in([named.root], ctx)] if named is not None else []
    if any(r.code for r in found) or not entity.sector:
        return found
    return [ActorRef(speaker.text, entity.name, entity.sector, None, entity.sector, entity.id)]


def _issuer_actors(tokens: Sequence[Token], ctx: Context) -> list[ActorRef]:
    """The actors of whoever issued the text a definite subject names again (``issuer_before``, as quotes read "“…,”
    the statement said"): "the Holocaust Museum issued a statement … . The statement urged Americans to …" is the
    museum's urging; "The lawsuit also alleges" after "Judicial Watch filed a lawsuit" is Judicial Watch's."""
    issuer = issuer_before(tokens[0]) if len(tokens) == 1 else None
    return actors_in([issuer], ctx) if issuer is not None else []


def _personal(token: Token) -> bool:
    """A personal or relative pronoun ("it", "they", "who"), which may stand for the subject of the clause it is said
    in; not one that counts or picks people ("some", "all", "anything", "others"): "Trump said as some wearing Cruz
    shirts booed" is no one's booing the article names, and not Trump's."""
    return token.pos_ == "PRON" and token.tag_ in PERSONAL_TAGS


def sources_of(verb: Token, ctx: Context) -> list[ActorRef]:
    """The verb's subject actors; a pronoun that resolves to nothing takes the governing clause's subject."""
    current = verb
    for _ in range(4):
        tokens = subject_tokens(current)
        refs = actors_in(tokens, ctx) or _issuer_actors(tokens, ctx)
        if refs and not headline_joined(current, tokens):
            return refs
        if refs:
            # "Obama, Abe meet": subjects a headline joins with a comma are each an actor.
            codes = {s.code for s in refs}
            return refs + [r for t in tokens[1:] for r in actors_in([t], ctx) if r.code not in codes]
        if not tokens or not all(_personal(t) for t in tokens):
            return []
        # "Syria says it is willing to withdraw": the pronoun's own clause hangs off the reporting verb.
        owner = tokens[0].head
        while owner.dep_ in ("xcomp", "acomp") and owner.head.i != owner.i:
            owner = owner.head
        if owner.dep_ not in PRONOUN_CLAUSES:
            return []
        current = owner.head.head if owner.head.dep_ == "prep" else owner.head
    return []
