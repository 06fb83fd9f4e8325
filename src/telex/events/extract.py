"""Event coding over a parsed article: who did what to whom, when, and how it was asserted."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from telex.actors.table import stands_alone
from telex.entities.index import EntityIndex
from telex.events.arguments import (
    NOUN_TARGET_PREPS,
    TARGET_PREPS,
    VENUE_CODES,
    VENUE_FREE_PREPS,
    Context,
    actors_of,
    coded,
    object_tokens,
    prep_objects,
    subject_tokens,
    target_tokens,
)
from telex.events.codes import cameo
from telex.events.dates import event_date, names_year
from telex.events.merge import merge_events
from telex.events.modality import ALLEGING, DENYING, REFUSING, modality
from telex.events.patterns import (
    VerbPattern,
    compose,
    compose_row,
    holds,
    light_verb_row,
    light_verbs,
    match_petrarch,
    match_verb,
    note_rows,
    noun_codes,
    noun_row,
    petrarch_patterns,
    verb_patterns,
)
from telex.events.reciprocal import directed
from telex.events.replies import answer_denials
from telex.nlp.cached import entities_in, text_of
from telex.nlp.sentences import sentence_of_token, sentences
from telex.records import ActorRef, Event, Quote, Trigger

# Verbs that report speech: "X said Y must leave" is a demand by X on Y.
REPORTING = frozenset(
    {
        "say",
        "announce",
        "insist",
        "state",
        "conclude",
        "declare",
        "add",
        "stress",
        "tell",
        "reiterate",
        "argue",
    }
)
CLAIMING = REPORTING | {"claim", "allege", "assert", "charge"}
OBLIGATION = frozenset({"must", "should"})
SPORT = frozenset(
    {"team", "squad", "football", "soccer", "cricket", "rugby", "player", "athlete", "club", "olympian", "coach"}
)
# Subjects that kill or destroy without being anyone: "The storm killed 12 people" is no event.
HAZARDS = frozenset(
    {
        "storm",
        "flood",
        "earthquake",
        "quake",
        "cyclone",
        "hurricane",
        "typhoon",
        "tornado",
        "wildfire",
        "fire",
        "blaze",
        "heatwave",
        "heat",
        "landslide",
        "avalanche",
        "tsunami",
        "eruption",
        "crash",
        "accident",
        "collapse",
        "disease",
        "virus",
        "outbreak",
        "epidemic",
        "drought",
        "lightning",
    }
)
# Governors that state an intention: "pledged to", "offered to", "is willing to", "plans to".
DECLARING = frozenset(
    {
        "promise",
        "pledge",
        "vow",
        "offer",
        "threaten",
        "swear",
        "commit",
        "committed",
        "agree",
        "plan",
        "intend",
        "willing",
        "ready",
        "prepared",
        "determined",
        "want",
        "seek",
        "aim",
        "decide",
        "hope",
        "announce",
    }
)
TROOPS = frozenset({"troop", "soldier", "force", "peacekeeper", "unit", "contingent", "battalion", "marine", "warship"})
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
# Subordinators of a clause that happens at the same time as the one it hangs off.
TIME_MARKS = frozenset({"when", "as", "while"})
# Verbs that say an event goes on without adding one: "riots are continuing", "the strike entered its third day".
ASPECTUAL = frozenset({"continue", "go", "enter", "spread", "escalate", "resume", "begin", "start", "erupt"})
FOLDING_ROOTS = frozenset({"02", "03", "10", "12", "13"})
COMPLEMENTS = frozenset({"xcomp", "ccomp", "pcomp", "advcl", "acl"})
# Clauses whose unresolved pronoun subject is the governing clause's subject ("Syria says it is willing");
# not adverbial clauses ("expelled the ambassador after he criticised the vote").
# Verbs that threaten only when someone is warned ("warned Iran"); otherwise they forecast.
FORECASTING = frozenset({"warn", "caution"})
PRONOUN_CLAUSES = frozenset({"xcomp", "ccomp", "pcomp", "conj"})
# Roots whose addressee is the subject of the clause they govern: "demanded that the US cancel", "urged
# Iran to stop", "warned that Israel would pay", "threatened to strike unless Baghdad complied".
ADDRESSED_ROOTS = frozenset({"02", "10", "11", "13"})
# Concessions that are domestic by nature: yielding, easing curfews or bans, easing dissent, accepting reform.
DOMESTIC_CONCESSIONS = frozenset({"080", "081", "082", "083"})
# Sectors that act abroad as readily as at home: their untargeted acts get no domestic target.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "SPY"})


@dataclass
class Candidate:
    """An event under construction inside one sentence."""

    code: str
    anchor: Token
    trigger: list[Token]
    sources: list[ActorRef]
    targets: list[ActorRef]
    own_subject: bool
    governors: list[str] = field(default_factory=list)
    modals: list[str] = field(default_factory=list)
    negated: bool = False
    conditional: bool = False
    confidence: float = 0.8
    composed: bool = False
    dropped: bool = False
    noun: Token | None = None
    condition: str | None = None
    plover: str | None = None
    # Ids of the table rows that made this event, for the evaluation's row-usage report.
    rows: list[str | None] = field(default_factory=list)


def extract_events(doc: Doc, entities: EntityIndex, quotes: Sequence[Quote], published: date | None) -> list[Event]:
    """Every political interaction in ``doc``."""
    ctx = Context(entities, published)
    events: list[Event] = []
    for number, sent in enumerate(sentences(doc)):
        for candidate in sentence_candidates(sent, ctx):
            event = _event(candidate, sent, number, quotes, published)
            if event:
                events.append(event)
    return merge_events(directed(answer_denials(events)))


def sentence_candidates(sent: Span, ctx: Context) -> list[Candidate]:
    """Candidates of one sentence after complements are folded into their governing events."""
    found: dict[int, Candidate] = {}
    used: set[int] = set()
    for token in sent:
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.dep_ == "ROOT" and token.tag_ == "VB"):
            candidate = _verb_candidate(token, ctx, used)
            if candidate:
                found[token.i] = candidate
    for token in sent:
        if token.pos_ in ("NOUN", "PROPN") and token.i not in used and token.i not in found:
            candidate = _noun_candidate(token, ctx, found)
            if candidate:
                found[token.i] = candidate
    for token in sent:
        if token.pos_ in ("VERB", "AUX") and token.head.i not in found:
            obligation = _obligation(token, ctx)
            if obligation:
                found[token.head.i] = obligation
    for candidate in sorted(found.values(), key=lambda c: -c.anchor.i):
        _fold(candidate, found)
    kept = [c for c in sorted(found.values(), key=lambda c: c.anchor.i) if not c.dropped]
    kept = [c for c in kept if not _in_condition(c.anchor) and not _requested(c, kept)]
    for candidate in kept:
        _deployment(candidate)
        _complete_targets(candidate, ctx)
        candidate.sources = _nationalise(candidate.sources, candidate.targets)
        candidate.targets = _nationalise(candidate.targets, candidate.sources)
    claims = [claim for c in kept if (claim := _accusation(c, ctx, found))]
    return sorted(kept + claims, key=lambda c: c.anchor.i)


def _accusation(candidate: Candidate, ctx: Context, found: dict[int, Candidate]) -> Candidate | None:
    """ "Israel said a mortar was fired at it from Gaza": an actor reporting an attack by another accuses it.

    Only a reporting clause that opens the sentence counts; a trailing "police said" is attribution.
    """
    verb = candidate.anchor
    if int(candidate.code[:2]) < 14 or verb.dep_ != "ccomp" or verb.head.i in found:
        return None
    head = verb.head
    if head.lemma_.lower() not in CLAIMING or head.i > verb.i:
        return None
    reporters = _sources(head, ctx)
    accused = candidate.sources or candidate.targets
    reporter_codes = {r.code for r in reporters}
    if not _placed(reporters) or not _placed(accused) or reporter_codes & {a.code for a in accused}:
        return None
    return Candidate("112", head, [head], reporters, accused, True, confidence=0.5, composed=True)


def _deployment(candidate: Candidate) -> None:
    """ "NATO peacekeeping troops arrived in Bosnia": troops that arrive are deployed, not visiting."""
    if candidate.code != "042":
        return
    words = {t.lemma_.lower() for s in subject_tokens(candidate.anchor) for t in s.subtree}
    if words & TROOPS:
        candidate.code = "074" if words & {"peacekeeping", "peacekeeper"} else "154"


def _in_condition(verb: Token) -> bool:
    """ "unless the Kremlin closed its base": a condition is not a reported event."""
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def _requested(candidate: Candidate, kept: Sequence[Candidate]) -> bool:
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
                if child.dep_ not in ("ccomp", "xcomp", "acl", "advcl", "dobj") or not inside:
                    continue
                if root in ("02", "10") and child.dep_ != "advcl":
                    return True
                if root == "14" and candidate.code[:2] in ("02", "10") and child.dep_ in ("advcl", "xcomp"):
                    return True
    return False


def _placed(refs: Sequence[ActorRef]) -> bool:
    return any(r.country or (r.code and r.code.startswith(("IGO", "NGO"))) for r in refs)


def _complete_targets(candidate: Candidate, ctx: Context) -> None:
    """Find a target the verb's own arguments did not name."""
    anchor, noun = candidate.anchor, candidate.noun
    root = candidate.code[:2]
    conditions = [m.head for m in anchor.subtree if m.dep_ == "mark" and m.lower_ in ("if", "unless")]
    if root == "13":
        # "threatened to ban voting in East Jerusalem if Hamas ran": the one who must comply is the target,
        # before any place the threat names.
        found = _clause_subjects(conditions, candidate, ctx)
        if found:
            candidate.targets = found
            return
    if _placed(candidate.targets):
        return
    found = []
    heads = [noun] if noun is not None and noun.i != anchor.i else []
    heads += [o for o in object_tokens(anchor) if o not in heads]
    for head in heads:
        # "rejected an Indian proposal", "dismissed an appeal from President Gbagbo", "summoned Niger's
        # ambassador", "demanded an admission by Moscow": the author of the object is the one acted upon.
        modifiers = [c for c in head.children if c.dep_ in ("poss", "amod", "compound")]
        modifiers += [o for p, o in prep_objects(head) if p in ("by", "from", "of")]
        found = [r for r in _actors(modifiers, ctx) if r not in candidate.sources]
        if _placed(found):
            break
    if not _placed(found) and root in ADDRESSED_ROOTS:
        # "demanded that the US cancel", "will boycott the vote unless the president resigns".
        clauses = [c for c in anchor.children if c.dep_ == "ccomp"]
        found = _clause_subjects(clauses + (conditions if candidate.condition == "unless" else []), candidate, ctx)
    if _placed(found):
        candidate.targets = found
    elif not candidate.targets and _domestic(candidate):
        # The target has no text: nothing in the sentence names it.
        country = next(r.country for r in candidate.sources if r.country)
        sector = "GOV" if root == "14" else None
        code = country + (sector or "")
        candidate.targets = [ActorRef(text="", name=None, code=code, country=country, sector=sector)]
        candidate.confidence -= 0.1


def _clause_subjects(clauses: Sequence[Token], candidate: Candidate, ctx: Context) -> list[ActorRef]:
    """The placed subject actors of the first clause that has some other than the event's own sources."""
    own = {s.code for s in candidate.sources}
    for clause in clauses:
        found = _actors([c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")], ctx)
        found = [r for r in found if r.code not in own]
        if _placed(found):
            return found
    return []


def _domestic(candidate: Candidate) -> bool:
    """An untargeted event that happens at home: a protest aims at the own government, an easing of curfews
    or dissent concerns the own country, and so does coercion or violence by rebels, police or civilians."""
    if len({r.country for r in candidate.sources if r.country}) != 1:
        return False
    sectors = [r.sector for r in candidate.sources]
    if candidate.code[:2] == "14":
        return all(s not in STATE_SECTORS for s in sectors)
    if candidate.code[:3] in DOMESTIC_CONCESSIONS:
        return True
    return candidate.code[:2] in ("17", "18", "19") and all(s and s not in STATE_SECTORS for s in sectors)


def _nationalise(refs: list[ActorRef], partners: Sequence[ActorRef]) -> list[ActorRef]:
    """ "The rebels said they will release Prime Minister Chaudhry": an office without a country takes the
    one country of the other side when one side is not the state."""
    countries = {p.country for p in partners if p.country}
    if len(countries) != 1:
        return refs
    country = next(iter(countries))
    # Only inside a domestic conflict: an envoy or a minister met abroad is no compatriot of the host.
    civil = all(p.sector and p.sector not in STATE_SECTORS for p in partners)
    return [
        replace(r, code=country + r.sector, country=country, entity_id=None)
        if r.country is None and r.code is None and r.sector and (civil or r.sector not in STATE_SECTORS)
        else r
        for r in refs
    ]


def _actors(tokens: Sequence[Token], ctx: Context) -> list[ActorRef]:
    for token in tokens:
        if {t.lemma_.lower() for t in token.subtree} & SPORT:
            # "The French football team beat Germany": a national side is not the state.
            continue
        refs = actors_of(token, ctx)
        if refs:
            return refs
    return []


def _sources(verb: Token, ctx: Context) -> list[ActorRef]:
    """The verb's subject actors; a pronoun that resolves to nothing takes the governing clause's subject."""
    current = verb
    for _ in range(4):
        tokens = subject_tokens(current)
        refs = _actors(tokens, ctx)
        if refs:
            return refs
        if not tokens or any(t.pos_ != "PRON" for t in tokens):
            return []
        # "Syria says it is willing to withdraw": the pronoun's own clause hangs off the reporting verb.
        owner = tokens[0].head
        while owner.dep_ in ("xcomp", "acomp") and owner.head.i != owner.i:
            owner = owner.head
        if owner.dep_ not in PRONOUN_CLAUSES:
            return []
        current = owner.head.head if owner.head.dep_ == "prep" else owner.head
    return []


def _describes(verb: Token) -> bool:
    """ "called the agreement “the strongest treaty”": the verb names its object, it does not carry it."""
    return any(c.dep_ == "oprd" for c in verb.children)


def _verb_candidate(verb: Token, ctx: Context, used: set[int]) -> Candidate | None:
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    objects = object_tokens(verb)
    objects += [c for o in objects for c in o.conjuncts]
    # "25,000 tons of food aid", "a state of emergency", "$300 million in military aid": the inner noun counts.
    objects += [g for o in list(objects) for p, g in prep_objects(o) if p in ("of", "in") and g.pos_ == "NOUN"]
    lemmas = {key for o in objects for key in _keys(o)}
    # "suspended aid deliveries" is about aid: compounds before the object head count too.
    lemmas |= {c.lemma_.lower() for o in objects for c in o.lefts if c.dep_ == "compound"}
    preps: dict[str, set[str]] = {}
    for prep, obj in prep_objects(verb):
        preps.setdefault(prep, set()).update(_keys(obj))
    lemma = _verb_lemma(verb, verb_patterns().keys() | light_verbs())
    pattern = match_verb(lemma, particles, lemmas, preps)
    nouns = noun_codes()
    if pattern is None or (not (pattern.objects or pattern.prep_objects) and lemma in light_verbs()):
        event_object = next((o for o in objects if _noun_code(o, nouns)), None)
        if event_object is not None and lemma in light_verbs() and not _describes(verb):
            code = _noun_code(event_object, nouns) or ""
            used.add(event_object.i)
            candidate = _build(code, verb, event_object, ctx, 0.7)
            candidate.rows += [light_verb_row(lemma), noun_row(_noun_key(event_object, nouns))]
            return candidate
    fallback = False
    if (
        pattern is None
        and verb.dep_ not in DESCRIPTIVE
        and lemma not in light_verbs()
        and not any(_noun_code(o, nouns) for o in objects)
    ):
        # Nothing in telex's own tables: PETRARCH2's broad dictionary is the fallback. Not for a light verb nor
        # for an object telex's noun table codes: that noun names the event ("held a press conference" none).
        lemma = _verb_lemma(verb, petrarch_patterns().keys())
        pattern = match_petrarch(lemma, particles, lemmas, preps)
        fallback = True
    if pattern is None:
        return None
    matched = _matched_object(pattern, verb, objects)
    candidate = _build(pattern.code, verb, matched, ctx, 0.8 if pattern.specificity else 0.7)
    if fallback and not _fallback_kept(candidate):
        return None
    if matched is not None:
        used.add(matched.i)
    denial = False
    for obj in objects:
        # An event noun as the object of an event verb ("rejected the appeal") is part of that event.
        noun_code = _noun_code(obj, nouns)
        if noun_code:
            used.add(obj.i)
            denial = denial or (noun_code[:2] == "11" and lemma in DENYING)
    candidate.rows.append(pattern.row)
    if candidate.noun is None:
        candidate.noun = next((o for o in objects if _noun_code(o, nouns)), None)
    if denial:
        candidate.governors.append(lemma)
    return candidate


# Modifiers that, with their head, make a several-word pattern entry: "arms shipment", "no further information".
_MODIFIERS = frozenset({"compound", "amod", "det", "nummod", "poss", "nmod", "npadvmod"})


def _keys(token: Token) -> set[str]:
    """What a pattern entry can match on a phrase: its head's lemma and form, and "modifier head" pairs."""
    heads = {token.lemma_.lower(), token.lower_}
    keys = set(heads)
    for child in token.lefts:
        if child.dep_ in _MODIFIERS:
            keys |= {f"{m} {h}" for m in (child.lemma_.lower(), child.lower_) for h in heads}
    return keys


def _fallback_kept(candidate: Candidate) -> bool:
    """As PETRARCH2 itself codes by default, its broad patterns make an event only between two named parties."""
    return _placed(candidate.sources) and _placed(candidate.targets)


def _matched_object(pattern: VerbPattern, verb: Token, objects: Sequence[Token]) -> Token | None:
    """The object (or the preposition's object) that met the pattern's condition: the event noun it names."""
    if pattern.objects:
        return next((o for o in objects if holds(pattern.objects, _keys(o))), None)
    if pattern.prep_objects:
        pool = [o for p, o in prep_objects(verb) if p == pattern.prep]
        return next((o for o in pool if holds(pattern.prep_objects, _keys(o))), None)
    return None


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


def _noun_key(token: Token, nouns: dict[str, str]) -> str | None:
    """The key under which ``token`` is an event noun: its compound ("hunger strike"), lemma or form."""
    compound = " ".join([c.lower_ for c in token.lefts if c.dep_ == "compound"] + [token.lemma_.lower()])
    return next((key for key in (compound, token.lemma_.lower(), token.lower_) if key in nouns), None)


def _noun_code(token: Token, nouns: dict[str, str]) -> str | None:
    key = _noun_key(token, nouns)
    return nouns[key] if key else None


def _build(code: str, verb: Token, noun: Token | None, ctx: Context, confidence: float) -> Candidate:
    skip = {noun.i} if noun is not None else set()
    direct = [o for o in object_tokens(verb) if o.i not in skip and not _noun_code(o, noun_codes())]
    heads = [verb] + ([noun] if noun is not None else [])
    objects = [o for o in object_tokens(verb) if o.i not in skip] + heads[1:]
    objects += [g for o in objects for p, g in prep_objects(o) if p == "of"]
    if code[:2] == "15":
        # "mobilized army reservists": the object of a show of force is the force itself, not its target.
        direct = []
    named = _actors(direct, ctx)
    targets = named
    if not _placed(targets) and noun is not None:
        targets = _actors(target_tokens([noun], skip, NOUN_TARGET_PREPS), ctx) or targets
    preps = VENUE_FREE_PREPS if code in VENUE_CODES else TARGET_PREPS
    if not _placed(targets):
        targets = _actors(target_tokens(heads, skip, preps), ctx) or targets
    if not _placed(targets):
        # "boycott all contact with the US", "a suspension of air links with Serbia": the object's phrases.
        targets = _actors(target_tokens(objects, skip, preps), ctx) or targets or named
    trigger = [verb] + [c for c in verb.children if c.dep_ == "prt"] + ([noun] if noun is not None else [])
    return Candidate(
        code=code,
        anchor=verb,
        trigger=trigger,
        sources=_sources(verb, ctx),
        targets=targets,
        own_subject=any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children),
        modals=[c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"],
        negated=any(c.dep_ == "neg" for c in verb.children),
        conditional=_condition(verb) is not None,
        confidence=confidence,
        noun=noun,
        condition=_condition(verb),
    )


def _condition_marks(verb: Token) -> list[Token]:
    """ "if"/"unless" marks of clauses hanging off the verb or a verb governing it."""
    heads = {verb.i} | {a.i for a in verb.ancestors}
    return [
        m
        for m in sentence_of_token(verb)
        if m.dep_ == "mark"
        and m.lower_ in ("if", "unless")
        and m.head.head.i in heads
        and m.head.i != verb.i
        and not m.head.is_ancestor(verb)
    ]


def _condition(verb: Token) -> str | None:
    """The word of the condition the event depends on, "unless" before "if"."""
    words = {m.lower_ for m in _condition_marks(verb)}
    return "unless" if "unless" in words else "if" if words else None


def _noun_candidate(noun: Token, ctx: Context, found: dict[int, Candidate]) -> Candidate | None:
    code = _noun_code(noun, noun_codes())
    if code is None or noun.head.i in found or noun.dep_ in ("nsubjpass", "compound"):
        return None
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() not in ASPECTUAL:
        return None
    rows = [noun_row(_noun_key(noun, noun_codes()))]
    if noun.dep_ == "dobj" and head.lemma_.lower() in light_verbs():
        if _describes(head):
            return None
        candidate = _build(code, head, noun, ctx, 0.7)
        candidate.rows += [*rows, light_verb_row(head.lemma_.lower())]
        return candidate
    modifiers = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound")]
    modifiers += [o for p, o in prep_objects(noun) if p in ("by", "from")]
    sources = _actors(modifiers, ctx)
    if not sources and noun.dep_ == "dobj" and any(m.pos_ == "PRON" for m in modifiers):
        # "reiterated its demand": the possessive pronoun is the verb's subject.
        sources = _sources(head, ctx)
    if not sources:
        return None
    skip = {m.i for m in modifiers}
    return Candidate(
        code=code,
        anchor=noun,
        trigger=[noun],
        sources=sources,
        targets=_actors(target_tokens([noun], skip), ctx),
        own_subject=True,
        confidence=0.6,
        noun=noun,
        rows=rows,
    )


def _obligation(verb: Token, ctx: Context) -> Candidate | None:
    """ "X said Y must do Z" is a demand by X on Y."""
    if not ({c.lower_ for c in verb.children if c.dep_ == "aux"} & OBLIGATION):
        return None
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in REPORTING:
        return None
    sources = _sources(head, ctx)
    targets = _actors(subject_tokens(verb), ctx)
    if not sources or not targets:
        return None
    return Candidate("100", head, [head], sources, targets, True, confidence=0.6)


def _fold(candidate: Candidate, found: dict[int, Candidate]) -> None:
    """Fold an embedded event into the event that governs it, or record its governor for modality."""
    verb = candidate.anchor
    if verb.dep_ not in COMPLEMENTS or candidate.composed or _in_condition(verb):
        return
    governor_token = verb.head.head if verb.head.dep_ == "prep" else verb.head
    governor = found.get(governor_token.i) or next(
        (c for c in found.values() if c.noun is not None and c.noun.i == governor_token.i), None
    )
    lemma = governor_token.lemma_.lower()
    candidate.governors.append(lemma)
    candidate.modals += [c.lower_ for c in governor_token.children if c.dep_ == "aux" and c.tag_ == "MD"]
    candidate.negated = candidate.negated or any(c.dep_ == "neg" for c in governor_token.children)
    if lemma in REPORTING and "would" in candidate.modals:
        # "said they would boycott": future in reported speech, not a hypothetical.
        candidate.modals = [m if m != "would" else "will" for m in candidate.modals]
    if governor is None or governor.dropped:
        return
    if governor_token.i > verb.i and candidate.own_subject:
        # "Turkey could expel the envoy, a minister warned": a trailing reporting clause, not a governor.
        return
    if lemma in REFUSING:
        governor.negated = True
    if governor.code[:2] == "11" and candidate.code[:2] in ("11", "14") and verb.dep_ in ("advcl", "xcomp"):
        # "summoned the ambassador to protest the deal": the purpose restates the protest.
        governor.trigger += candidate.trigger
        candidate.dropped = True
        return
    if lemma in ALLEGING or governor.code[:2] == "11":
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
    if recoded:
        governor.code = recoded
        governor.rows.append(compose_row(root, candidate.code))
    governor.rows += candidate.rows
    if root == "02":
        # PLOVER has no appeal type: "urged the EC to support the PLO" is typed by what is urged.
        governor.plover = cameo(candidate.code).plover
    if not governor.targets:
        governor.targets = candidate.sources if candidate.own_subject else candidate.targets
    governor.trigger += candidate.trigger
    governor.conditional = governor.conditional or candidate.conditional
    governor.composed = True
    candidate.dropped = True


def _event(
    candidate: Candidate, sent: Span, number: int, quotes: Sequence[Quote], published: date | None
) -> Event | None:
    placed = coded(candidate.sources + candidate.targets)
    if not placed and not any(stands_alone(r.sector, candidate.code) for r in candidate.sources):
        return None
    source_countries = {s.country for s in candidate.sources if s.country}
    if len(candidate.sources) > 1 and all(t.country in source_countries for t in candidate.targets):
        # "Russia and North Korea signed a treaty in Pyongyang": a joint act has no separate target.
        candidate.targets = []
    mode = modality(candidate.modals, candidate.negated, candidate.governors, candidate.conditional)
    if not placed and mode in ("hypothetical", "intended"):
        # Police, troops, rebels or protesters with no country make an event only by what they did.
        return None
    subjects = subject_tokens(candidate.anchor)
    if not candidate.sources and any(
        t.lemma_.lower() in HAZARDS or {w.lemma_.lower() for w in t.subtree} & SPORT for t in subjects
    ):
        # The doer is named and is no political actor: a storm, a football team.
        return None
    if not candidate.sources and mode == "negated" and not candidate.composed:
        # "Beijing had not been consulted": nobody named did anything, so there is nothing to code.
        return None
    if not candidate.sources and not subjects and mode in ("hypothetical", "intended"):
        # "officials would soon be indicted": an unattributed event that may never happen says nothing.
        return None
    code = candidate.code
    rows = list(candidate.rows)
    if code[:2] == "15" and len(source_countries) > 1:
        # "French and Egyptian warships launched war games": a joint show of force is military cooperation.
        code = "062"
    if mode in ("hypothetical", "intended") and candidate.condition == "unless" and code[:2] != "13":
        # "will withdraw its troops unless X complies": an act held over someone is a threat.
        rows.append(compose_row("13", code))
        code = compose("13", code) or "130"
        mode = "intended"
    elif mode == "hypothetical" and candidate.conditional and "will" in candidate.modals:
        rows.append(compose_row("intended", code))
        code = compose("intended", code) or code
        code = "130" if code[:2] not in ("03", "13") else code
        mode = "intended"
    elif (mode == "negated" and not candidate.composed) or (mode == "intended" and _declared(candidate)):
        rows.append(compose_row(mode, code))
        code = compose(mode, code) or code
    if code == "130" and not candidate.targets and candidate.anchor.lemma_.lower() in FORECASTING:
        # "a researcher warned that fighting could return": a forecast threatens no one.
        return None
    entry = cameo(code)
    start = min(t.idx for t in candidate.trigger)
    end = max(t.idx + len(t.text) for t in candidate.trigger)
    text = text_of(sent.doc)
    date_text = _date_text(candidate, sent)
    resolved, date_source = event_date(date_text, published, mode == "intended")
    reported_by = next((q.id for q in quotes if q.start <= start < q.end), None)
    confidence = candidate.confidence - (0.0 if candidate.sources and candidate.targets else 0.2)
    note_rows(rows)
    return Event(
        id="",
        cameo=entry.code,
        cameo_root=entry.root,
        plover=candidate.plover if entry.root == "02" and candidate.plover else entry.plover,
        plover_mode=entry.plover_mode,
        quad_class=entry.quad_class,
        goldstein=entry.goldstein,
        source=tuple(candidate.sources),
        target=tuple(candidate.targets),
        modality=mode,
        trigger=Trigger(text[start:end], start, end),
        sentence=number,
        confidence=round(confidence, 2),
        date=resolved,
        date_text=date_text,
        date_source=date_source,
        reported_by=reported_by,
    )


def _declared(candidate: Candidate) -> bool:
    """The intention is one the actor states ("said it will", "pledged to"), not a plain future or a schedule
    ("will meet in Zurich", "is scheduled to attend"), which keeps the event's own code."""
    # "X will provide aid, the WFP said": the trailing reporting verb hangs off the event verb.
    trailing = {
        c.lemma_.lower()
        for c in candidate.anchor.children
        if c.dep_ in ("ccomp", "parataxis", "conj") and c.i > candidate.anchor.i and c.lemma_.lower() in REPORTING
    }
    return not candidate.composed and bool((set(candidate.governors) | trailing) & (CLAIMING | DECLARING))


def _date_text(candidate: Candidate, sent: Span) -> str | None:
    """The DATE expression of the event's own clause; failing that, of the clause whose time it shares
    ("In 1961 they signed a treaty and pledged mutual defence", "lashed out on Thursday when he ...")."""
    found = _date_of({t.i for t in candidate.trigger}, sent)
    clause = candidate.anchor
    while found is None and clause.head.i != clause.i and _shares_time(clause):
        past = clause.tag_ == "VBD" and clause.head.tag_ == "VBD"
        clause = clause.head
        found = _date_of({clause.i}, sent)
        # A day carries over between two past-tense verbs only: "met on Tuesday and will visit" says nothing of
        # the visit's day; a year carries over always.
        found = found if found is None or past or names_year(found) else None
    return found


def _shares_time(clause: Token) -> bool:
    """Coordinated verbs and "when"/"as"/"while" clauses happen at the time of the clause they hang off."""
    if clause.dep_ == "conj":
        return True
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children)


def _date_of(anchors: set[int], sent: Span) -> str | None:
    """The DATE expression attached to the clause of ``anchors`` (not to a reporting verb)."""
    for ent in entities_in(sent):
        if ent.label_ != "DATE":
            continue
        head = ent.root
        for _ in range(6):
            if head.i in anchors:
                return str(ent.text)
            outside = head.i < ent.start or head.i >= ent.end
            if head.pos_ in ("VERB", "AUX") and head.dep_ in ("acl", "relcl") and head.head.i in anchors:
                # "a treaty signed in 1961": the clause that describes the event noun dates it.
                return str(ent.text)
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i or (outside and head.pos_ in ("NOUN", "PROPN")):
                # "sentenced them for the 2013 attack": a date inside another noun phrase dates that thing.
                break
            head = head.head
    return None
