"""Event coding over a parsed article: who did what to whom, when, and how it was asserted.

The coder runs in stages, one module each: candidates (``candidates``: event verbs and nouns matched against the
pattern tables), recoding (``recoding``: complements folded into their governing events), filters (``filters``:
conditions, what is only asked for or asked about, what quoted words only tell), participants (``participants``:
sources and targets completed), and the build here (an ``Event`` with its code, date and modality). The word lists
the rules read are data (``word_lists``, from ``data/event_word_lists.tsv``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from telex.actors.table import actor_table, stands_alone
from telex.dates import resolve_date
from telex.entity_index import EntityIndex
from telex.events.arguments import (
    JOINT_PREPS,
    Context,
    act_of_series,
    coded,
    object_tokens,
    prep_objects,
    subject_tokens,
)
from telex.events.candidate import Candidate
from telex.events.candidates import (
    headline_subject,
    noun_candidate,
    obligation_candidate,
    verb_candidate,
    wish_candidate,
)
from telex.events.codes import cameo
from telex.events.dates import (
    before_the_year,
    date_relative,
    event_date,
    future_auxiliary,
    in_history_paragraph,
    lead_day,
    names_another_time,
    names_day,
    names_length,
    names_year,
    plan_told_past,
    scene_date,
    scheduled_ahead,
    told_as_background,
    told_before,
)
from telex.events.doers import heads, weapon
from telex.events.filters import (
    activity_subject,
    allegiance,
    appeals_to_no_one,
    asked_about,
    asks_nothing,
    assured_outcome,
    bought_backing,
    campaign_finance,
    campaign_rally,
    coerces_no_one,
    comment_to_no_one,
    courts_own_audience,
    defends_own,
    discussed_alone,
    done_without,
    embraces_own,
    encourages_a_thing,
    equipped_for,
    faults_a_thing,
    feeling_to_no_one,
    helps_at_home,
    helps_nobody,
    in_condition,
    in_question,
    in_title,
    intends_for_nobody,
    lauds_a_thing,
    lets_own_side,
    mentioned_proposal,
    permitted_by_text,
    persuaded_to,
    polled,
    prevented,
    proposes_force,
    questioned,
    quoted_aside,
    refuses_no_one,
    requested,
    resumed,
    returns_home,
    said_of_anyone,
    shown,
    stance_on_a_thing,
    thanks_no_one,
    to_the_reader,
    travels_unnamed,
    visits_at_home,
    wanted,
    weighs_for_nobody,
    without_sign,
)
from telex.events.judgements import PERSONAL, judgement_candidate, stance_candidate
from telex.events.merge import merge_events
from telex.events.modality import INTENDING, REFUSING, as_told, modality, refusal_asserted, takes_in_act
from telex.events.participants import (
    among,
    at_home,
    complete_targets,
    drop_outlets_spoken_to,
    nationalise,
    outlets_spoken_to,
    people_at_home,
    protest_at_home,
)
from telex.events.patterns import compose, compose_row, note_rows
from telex.events.reciprocal import directed, each_other, pair_partners, partner_of_meeting
from telex.events.recoding import (
    accusation,
    contest_figure,
    deployment,
    fold,
    left_a_race,
    received,
    verbal,
    warning_about,
)
from telex.events.references import refer_back
from telex.events.replies import answer_denials
from telex.events.statements import as_performed, known_deed, performed_by, quoted_candidates
from telex.events.undergoers import aim_at_pressing, aim_at_undergoer
from telex.events.word_lists import (
    ARMED_SECTORS,
    ASPECTUAL,
    CLAIMING,
    CLASH_CODES,
    DECLARING,
    FORECASTING,
    HAZARDS,
    IRREGULAR_SECTORS,
    REPORTING,
    REPRESSED_SECTORS,
    REPRESSING_SECTORS,
    SPEECH_ACTS,
    SPORT,
    STRIKING_IRREGULAR_SECTORS,
    TALKING,
    WAR_MACHINE_CODES,
)
from telex.nlp.cached import entities_in, entities_of, labels_of, poses_of, text_of
from telex.nlp.sentences import sentences
from telex.quotes.lexicon import reporting_verbs
from telex.records import ActorRef, Event, Quote, Trigger

# The sentences that make an article's lead (headline, abstract and first paragraph), which name the news day.
LEAD_SENTENCES = 6

# Subordinators of a clause that happens at the same time as the one it hangs off.
TIME_MARKS = frozenset({"when", "as", "while"})

# The parts of speech of the words that can anchor a candidate; any other word can only as its sentence's head.
_ACTED_ON = frozenset({"VERB", "AUX", "NOUN", "PROPN"})


def extract_events(doc: Doc, entities: EntityIndex, quotes: Sequence[Quote], published: date | None) -> list[Event]:
    """Every political interaction in ``doc``."""
    ctx = Context(entities, published)
    found = [
        (number, sent, candidate)
        for number, sent in enumerate(sentences(doc))
        for candidate in sentence_candidates(sent, ctx, quotes)
    ]
    # Which act a bare noun points back at is known only once every sentence's acts are.
    refer_back([c for _, _, c in found])
    # A fault or praise that found no one to aim at, even in an act told before, is a stance on a policy.
    found = [
        (n, sent, c)
        for n, sent, c in found
        if not (c.pointing and not c.targets) and not faults_a_thing(c) and not lauds_a_thing(c)
    ]
    lead = lead_day(_lead_dates(doc, quotes), published)
    events = [e for number, sent, c in found if (e := _event(c, sent, number, quotes, published, lead))]
    # "Russia rejected the charge a day later": a day counted from the date the text named before.
    expressions = [(ent.start_char, str(ent.text)) for ent in entities_of(doc) if ent.label_ in ("DATE", "TIME")]
    answered = answer_denials(date_relative(events, expressions, published))
    return merge_events(directed([replace(e, modality=refusal_asserted(e.modality, e.cameo_root)) for e in answered]))


def sentence_candidates(sent: Span, ctx: Context, quotes: Sequence[Quote] = ()) -> list[Candidate]:
    """Candidates of one sentence (with the article's ``quotes``, whose speakers judge what their content names)
    after complements are folded into their governing events."""
    tokens = _acted_on(sent)
    verbs = [token for token, pos in tokens if pos in ("VERB", "AUX")]
    found = _word_candidates(tokens, ctx)
    _add_obligations_and_judgements(found, verbs, ctx)
    spoken = _add_spoken(found, sent, quotes, ctx)
    for candidate in sorted(found.values(), key=lambda c: -c.anchor.i):
        fold(candidate, found)
        if candidate.anchor.i in spoken:
            as_performed(candidate)
    kept = [c for c in sorted(found.values(), key=lambda c: c.anchor.i) if not c.dropped]
    kept = [c for c in kept if _asserted(c, kept, ctx) and (c.anchor.i in spoken or not quoted_aside(c.anchor, quotes))]
    for candidate in kept:
        _complete_participants(candidate, kept, ctx)
    # Whom an act is done to is known only once the participants are complete.
    kept = [c for c in kept if not c.dropped and _aimed(c, ctx)]
    for candidate in kept:
        people_at_home(candidate, ctx)
    # A refusal, an appeal or thanks are aimed at someone only once the people at home are placed too.
    kept = [c for c in kept if not refuses_no_one(c) and not appeals_to_no_one(c) and not thanks_no_one(c)]
    return sorted(kept + _claims(kept, found, quotes, ctx), key=lambda c: c.anchor.i)


def _acted_on(sent: Span) -> list[tuple[Token, str]]:
    """The words of ``sent`` a pass can act on (a verb, a noun, the sentence's head), each with its part of speech."""
    # Made once, picked from the document's arrays: spaCy makes a new Token at every step of a pass over a Span.
    doc = sent.doc
    poses, labels = poses_of(doc), labels_of(doc)
    return [(doc[i], poses[i]) for i in range(sent.start, sent.end) if poses[i] in _ACTED_ON or labels[i] == "ROOT"]


def _verb_like(token: Token, pos: str) -> bool:
    """Whether ``token`` is read as a verb: a verb, or a sentence's head the tagger took for a noun."""
    return (
        pos in ("VERB", "AUX")
        or (pos == "NOUN" and token.dep_ == "ROOT" and token.tag_ == "VB")
        # "Bolton and Gorka slam ...": a noun the parser gave a subject is the sentence's verb.
        or (pos == "NOUN" and token.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in token.children))
        or (token.dep_ == "ROOT" and bool(headline_subject(token)))
    )


def _word_candidates(tokens: list[tuple[Token, str]], ctx: Context) -> dict[int, Candidate]:
    """The verbs' candidates, then those of the nouns no verb's candidate took, by their anchors' indices."""
    found: dict[int, Candidate] = {}
    used: set[int] = set()
    for token, pos in tokens:
        if _verb_like(token, pos):
            candidate = verb_candidate(token, ctx, used)
            if candidate:
                found[token.i] = candidate
    for token, pos in tokens:
        if pos in ("NOUN", "PROPN") and token.i not in used and token.i not in found:
            candidate = noun_candidate(token, ctx, found)
            if candidate:
                found[token.i] = candidate
    return found


def _add_obligations_and_judgements(found: dict[int, Candidate], verbs: list[Token], ctx: Context) -> None:
    """Adds to ``found`` what ``verbs`` oblige or wish for, then what they judge."""
    for token in verbs:
        obligation = obligation_candidate(token, ctx) or wish_candidate(token, ctx)
        if obligation and obligation.anchor.i not in found:
            found[obligation.anchor.i] = obligation
    for token in verbs:
        # A judgement is what a speaker says when the words ask for nothing ("Y must stop its reckless moves").
        judgement = (judgement_candidate(token, ctx) or stance_candidate(token, ctx)) if token.i not in found else None
        if judgement:
            found[token.i] = judgement


def _add_spoken(found: dict[int, Candidate], sent: Span, quotes: Sequence[Quote], ctx: Context) -> set[int]:
    """Adds to ``found`` what the quotations of ``sent`` say of a named actor, gives the speaker of a quotation that
    does what it says as its candidate's source, and returns the anchors of the acts done by speaking."""
    taken = {t.i for c in found.values() for t in (c.anchor, *c.trigger)}
    spoken: set[int] = set()
    for candidate in quoted_candidates(sent, quotes, ctx, taken):
        found.setdefault(candidate.anchor.i, candidate)
        spoken.add(candidate.anchor.i)
    for candidate in found.values():
        # "“We condemn the attack,” the minister said": the speaker does it by saying it.
        speaker = performed_by(candidate, quotes, ctx)
        if speaker:
            candidate.sources = speaker
            spoken.add(candidate.anchor.i)
    return spoken


def _asserted(c: Candidate, kept: list[Candidate], ctx: Context) -> bool:
    """Whether the words assert ``c`` as done: not in a condition or a question, not only asked for, proposed,
    prevented, shown or mentioned (``kept``: the sentence's other candidates, which may ask for it)."""
    return (
        not in_condition(c.anchor)
        and not in_question(c.anchor)
        and not asked_about(c.anchor)
        and not asks_nothing(c)
        and not questioned(c)
        and not polled(c)
        and not prevented(c.anchor)
        and not requested(c, kept)
        and not persuaded_to(c.anchor)
        and not campaign_rally(c)
        and not mentioned_proposal(c, ctx)
        and not discussed_alone(c)
        and not done_without(c.anchor)
        and not without_sign(c.anchor)
        and not permitted_by_text(c)
        and not in_title(c.anchor)
        and not shown(c)
        and not resumed(c)
        and not activity_subject(c.anchor)
        and not to_the_reader(c)
        and not wanted(c)
    )


def _complete_participants(candidate: Candidate, kept: list[Candidate], ctx: Context) -> None:
    """Completes the sources and targets of ``candidate``: receivers, partners, undergoers, nationalities and homes."""
    received(candidate, ctx)
    deployment(candidate, ctx)
    protest_at_home(candidate, ctx)
    outlets = outlets_spoken_to(candidate.anchor, ctx)
    drop_outlets_spoken_to(candidate, outlets, ctx)
    complete_targets(candidate, ctx, outlets)
    pair_partners(candidate, ctx.entities, ctx.published)
    partner_of_meeting(candidate, kept)
    aim_at_undergoer(candidate, ctx)
    aim_at_pressing(candidate, ctx)
    candidate.sources = nationalise(candidate.sources, candidate.targets)
    candidate.targets = nationalise(candidate.targets, candidate.sources)
    candidate.sources = at_home(candidate.sources, candidate.targets, ctx)
    candidate.targets = at_home(candidate.targets, candidate.sources, ctx)
    verbal(candidate, ctx)
    contest_figure(candidate)
    left_a_race(candidate, ctx)
    warning_about(candidate, ctx)
    each_other(candidate)


def _aimed(c: Candidate, ctx: Context) -> bool:
    """Whether ``c``, its participants complete, is done to someone it can be done to: not help to nobody or to one's
    own, a visit at home, a defence or embrace of one's own, a stance on a thing, a politician's ban on a thing."""
    return (
        not helps_nobody(c)
        and not helps_at_home(c)
        and not lets_own_side(c, ctx)
        and not intends_for_nobody(c)
        and not weighs_for_nobody(c)
        and not travels_unnamed(c)
        and not visits_at_home(c)
        and not returns_home(c)
        and not campaign_finance(c, ctx)
        and not bought_backing(c)
        and not defends_own(c)
        and not embraces_own(c)
        and not allegiance(c)
        and not equipped_for(c)
        and not assured_outcome(c)
        and not said_of_anyone(c)
        and not stance_on_a_thing(c)
        and not courts_own_audience(c)
        and not encourages_a_thing(c)
        and not comment_to_no_one(c)
        and not feeling_to_no_one(c)
        and not coerces_no_one(c)
    )


def _claims(
    kept: list[Candidate], found: dict[int, Candidate], quotes: Sequence[Quote], ctx: Context
) -> list[Candidate]:
    """The accusations the kept acts make, and those of deeds a speaker says are known."""
    claims = [claim for c in kept if (claim := accusation(c, ctx, found))]
    # "“We know that Russia hacked the DNC,” Clinton said": the act is the speaker's comment, its telling an accusation.
    claims += [claim for c in found.values() if not in_condition(c.anchor) and (claim := known_deed(c, quotes, ctx))]
    return claims


def _dated(
    candidate: Candidate,
    sent: Span,
    number: int,
    code: str,
    mode: str,
    published: date | None,
    lead: tuple[str, str] | None,
) -> tuple[str | None, str | None, str | None]:
    """The event's date, the words that date it and where the date comes from (``text`` or ``published``): its own
    words, the day its words were said, else the day the article's lead names, else the publication date."""
    # An intent or a threat is an act done by saying it ("will meet Trump", "will retaliate"): it happened.
    said = mode == "intended" and code[:2] in SPEECH_ACTS
    # The day a recoded intent names is the day of the act intended ("will meet Trump on Dec. 28"), not of saying it.
    own = None if said and code != candidate.code and not candidate.composed else _date_text(candidate, sent)
    # An act done by saying it is dated by the day the words were said.
    date_text = own[0] if own else (_said_on(candidate.anchor, sent) if code[:2] in SPEECH_ACTS else None)
    # A past clause the sentence before set in its year: "In 2012, Chatwal pleaded guilty. The FBI recorded him ...".
    date_text = date_text or scene_date(candidate.anchor, sent, published)
    # The day of saying is in the past even when what was said is intended.
    # A plan told in the past ("was to arrive on Monday", "sought to appeal on Tuesday") was for a day already gone.
    # A month's day of a clause in the simple present is a schedule ("when the board meets June 16").
    future = own is not None and (
        (mode == "intended" and not plan_told_past(candidate.anchor))
        or _future(own[1])
        or scheduled_ahead(own[0], own[1], published)
    )
    resolved, date_source = event_date(date_text, published, future)
    if (
        date_source == "published"
        and lead
        and date_text is None
        and (said or mode not in ("hypothetical", "intended"))
        and not _pluperfect(candidate)
        and not told_before(candidate.anchor)
        and not _in_history(candidate.anchor, sent, published)
        and not (number >= LEAD_SENTENCES and (_perfect(candidate.anchor) or told_as_background(candidate.anchor)))
        and not (number >= LEAD_SENTENCES and in_history_paragraph(sent, published))
        and not names_another_time(_placed_above(candidate.anchor, sent), lead, published)
    ):
        # What the article does not date happened on the day its lead names; not what its words date in a way
        # not understood ("two weeks earlier"), what may yet happen, nor what had happened before it. What the body
        # tells in the present perfect ("has accused", "who has refused to endorse") is background done some time
        # before now, unlike the lead's own news ("Russia has expelled the diplomats").
        resolved, date_text = lead
        date_source = "text"
    return resolved, date_text, date_source


def _event(
    candidate: Candidate,
    sent: Span,
    number: int,
    quotes: Sequence[Quote],
    published: date | None,
    lead: tuple[str, str] | None = None,
) -> Event | None:
    if not candidate.mutual:
        candidate.targets = _without_selves(candidate)
    placed = coded(candidate.sources + candidate.targets)
    if not placed and not any(stands_alone(r.sector, candidate.code) for r in candidate.sources):
        return None
    if _joint(candidate) and not candidate.mutual:
        # "Russia and North Korea signed a treaty in Pyongyang": a joint act has no separate target.
        candidate.targets = []
    mode = modality(candidate.modals, candidate.negated, candidate.governors, candidate.conditional)
    if _unasserted(candidate, placed, mode):
        return None
    code, mode, rows = _recoded(candidate, mode)
    if _no_act(candidate, code, mode) or proposes_force(candidate, code, mode):
        return None
    code, rows = _clash_recoded(candidate, code, rows)
    if code == "130" and not candidate.targets and candidate.lemmas & FORECASTING:
        # "a researcher warned that fighting could return", "the FBI issued warnings of intrusions": a forecast
        # threatens no one.
        return None
    note_rows(rows)
    return _built(candidate, sent, number, code, mode, quotes, published, lead)


def _without_selves(candidate: Candidate) -> list[ActorRef]:
    """The targets of ``candidate`` but its sources: "Rubio disagreed with him" with "him" read as Rubio, "Ms. Khan
    said Mr. Trump was ignorant and criticized him": no one acts on themselves, so an actor who is both sides was
    misread on one of them; the target goes. So does a pronoun read as the person a source was named for through a
    description or an example ("Mr. Khan had no right to criticize him" with "Mr. Khan" read as his son, whom "him"
    is read as; "state legislators such as Bamberg who have endorsed him"). Doers acting on each other ("Armenia and
    Azerbaijan accused each other") are paired off later."""
    selves = {r.entity_id for r in candidate.sources if r.entity_id}
    named_for = {r.name for r in candidate.sources if r.name and not r.entity_id}
    return [
        r
        for r in candidate.targets
        if r.entity_id not in selves and not (r.text.lower() in PERSONAL and r.name in named_for)
    ]


def _unasserted(candidate: Candidate, placed: bool, mode: str) -> bool:
    """Whether ``candidate`` of modality ``mode`` says nothing of a political actor's act, before any recoding."""
    if not placed and mode in ("hypothetical", "intended"):
        # Police, troops, rebels or protesters with no country make an event only by what they did.
        return True
    subjects = [act_of_series(t) for t in subject_tokens(candidate.anchor)]
    if not candidate.sources and any(
        t.lemma_.lower() in HAZARDS or {w.lemma_.lower() for w in t.subtree} & SPORT for t in subjects
    ):
        # The doer is named and is no political actor: a storm, a football team.
        return True
    if not candidate.sources and mode == "negated" and not candidate.composed:
        # "Beijing had not been consulted": nobody named did anything, so there is nothing to code.
        return True
    if (mode == "negated" and _told_absent(candidate)) or _not_yet_done(candidate.anchor):
        return True
    # "officials would soon be indicted": an unattributed event that may never happen says nothing.
    return not candidate.sources and not subjects and mode in ("hypothetical", "intended")


# Modal auxiliaries with which a negation declares a refusal ("will not accept any more refugees", "won't get behind
# Clinton", "can't support her", "would not provide support"); "wo" and "ca" are the parser's "won't" and "can't".
REFUSAL_MODALS = frozenset({"will", "wo", "would", "shall", "can", "ca"})


def _told_absent(candidate: Candidate) -> bool:
    """Whether the negation of ``candidate`` only tells that its act has not happened ("Kasich has not endorsed
    Trump", "the campaign did not release the amount", "he claimed they had never met", "does not have trade
    agreements with China"): an absence, no act to code. A negation that declares a refusal stays a rejection: with
    "will", "would" or "can" ("will not accept any more refugees"), of an intent ("does not plan to endorse him"), or
    a refusal or failure named by a word ("refused to deploy", "failed to reach agreement")."""
    lemmas = {*candidate.governors, candidate.anchor.lemma_.lower()}
    return (
        candidate.negated
        and not candidate.composed
        and not set(candidate.modals) & REFUSAL_MODALS
        and not lemmas & (REFUSING | INTENDING)
    )


def _not_yet_done(anchor: Token) -> bool:
    """The act is told as still to do or held back from, so not done: "had yet to endorse Clinton" (the infinitive of
    a "have" with "yet"), "stopped short of calling for him to be fired" (the gerund of "short of")."""
    if anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() == "have":
        return any(c.dep_ == "advmod" and c.lower_ == "yet" for c in anchor.head.children)
    return anchor.dep_ == "pcomp" and anchor.head.lower_ == "of" and anchor.head.head.lower_ == "short"


def _recoded(candidate: Candidate, mode: str) -> tuple[str, str, list[str | None]]:
    """The code and modality of ``candidate`` after its modality recodes it (a threat, a refusal), with the table rows
    behind it."""
    code = candidate.code
    rows = list(candidate.rows)
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
    if (
        mode == "hypothetical"
        and code == candidate.code
        and not candidate.composed
        and (set(candidate.governors) & FORECASTING)
    ):
        # "Turkey could expel the ambassador, a minister warned": a possible act held over someone is a threat.
        rows.append(compose_row("13", code))
        code = compose("13", code) or "130"
        mode = "intended"
    return code, mode, rows


def _no_act(candidate: Candidate, code: str, mode: str) -> bool:
    """Whether ``candidate``, recoded to ``code`` and ``mode``, names no act: what may happen or did not, talk with no
    one, a body meeting alone."""
    if mode in ("hypothetical", "negated") and code == candidate.code and not candidate.composed:
        # "could broker a deal", "has never accused": what may happen or did not happen is no event, unless it
        # makes one ("refused to meet" is a rejection).
        return True
    if (
        candidate.anchor.lemma_.lower() in TALKING
        and code == "040"
        and not candidate.targets
        and len({r.code for r in candidate.sources if r.country}) < 2
    ):
        # "Trump, talking on Fox", "officials spoke on condition of anonymity": talk with no one named beside the
        # speaker is speech, not a consultation; so is that of people some of whom no state places, one side
        # together ("his family, friends and employees talked glowingly about his character": USACVL and LAB), while
        # "Russia and China talked" and "Republicans and Democrats talked" are talks between them.
        return True
    return code == "040" and not candidate.targets and _body_meets_alone(candidate)


def _clash_recoded(candidate: Candidate, code: str, rows: list[str | None]) -> tuple[str, list[str | None]]:
    """A clash recoded by who fights: irregular forces, or a state's forces repressing civilians."""
    if code in CLASH_CODES and _irregular(candidate):
        return compose("irregular", code) or code, [*rows, compose_row("irregular", code)]
    if code in CLASH_CODES and _repressive(candidate):
        return compose("repression", code) or code, [*rows, compose_row("repression", code)]
    return code, rows


def _built(
    candidate: Candidate,
    sent: Span,
    number: int,
    code: str,
    mode: str,
    quotes: Sequence[Quote],
    published: date | None,
    lead: tuple[str, str] | None,
) -> Event:
    """The ``Event`` of ``candidate``, coded ``code`` with modality ``mode``: its CAMEO entry, trigger, date and the
    quotation that reports it."""
    entry = cameo(code)
    start = min(t.idx for t in candidate.trigger)
    end = max(t.idx + len(t.text) for t in candidate.trigger)
    text = text_of(sent.doc)
    resolved, date_text, date_source = _dated(candidate, sent, number, code, mode, published, lead)
    reported_by = next((q.id for q in quotes if q.start <= start < q.end), None)
    confidence = candidate.confidence - (0.0 if candidate.sources and candidate.targets else 0.2)
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
        # Dated as said or tried (``mode``): "vowed on Monday to retaliate" was vowed last Monday.
        modality=as_told(mode, entry.root, _takes_in(candidate), candidate.governors),
        trigger=Trigger(text[start:end], start, end),
        sentence=number,
        confidence=round(confidence, 2),
        date=resolved,
        date_text=date_text,
        date_source=date_source,
        reported_by=reported_by,
    )


def _takes_in(candidate: Candidate) -> bool:
    """``candidate`` took in the act its complement names ("threatened to sue"), or its verb or noun takes in one
    that is no event or was not taken ("threatening to pull out of NATO if he is elected", "pledged to act")."""
    return candidate.composed or any(takes_in_act(t) for t in candidate.heads)


def _lead_dates(doc: Doc, quotes: Sequence[Quote]) -> Iterator[Span]:
    """The date expressions of the article's lead, but for those of what is yet to come ("will meet on Friday") and
    those of a speaker's own quoted words, which count from the day they were spoken, not the paper's ("“I didn't
    come here tonight to pander to you,” Trump said" in the next morning's story)."""
    for sent in sentences(doc)[:LEAD_SENTENCES]:
        for ent in entities_in(sent):
            clause = _clause_of(ent.root)
            if _dating(ent) and not (clause and _future(clause)) and not quoted_aside(ent.root, quotes):
                yield ent


def _joint(candidate: Candidate) -> bool:
    """Several doers act together on no one else: every target is of their countries ("Russia and North Korea signed
    a treaty in Pyongyang"). Compatriots who act on a named person or body of their own country act on that other
    ("Collins and Hunter endorsed Trump", "Bolton and Gorka slammed the senator"); a place of theirs is where they act
    ("Trump and Cruz fought it out in Iowa")."""
    countries = {s.country for s in candidate.sources if s.country}
    if len(candidate.sources) < 2 or not all(t.country in countries for t in candidate.targets):
        return False
    return len(countries) > 1 or not all(t.sector and not among(t, candidate.sources) for t in candidate.targets)


def _body_meets_alone(candidate: Candidate) -> bool:
    """ "The party meets next Wednesday", "the committee had its first meeting", "the Senate is holding negotiations":
    a legislature, court or party (``domestic`` in ``sector_codes.tsv``) that meets with no one named, and no
    "with" or "between" phrase, convenes its own members; it consults no other actor."""
    domestic = actor_table().domestic_sectors
    partnered = any(p in JOINT_PREPS for h in candidate.heads for p, _ in prep_objects(h))
    return (
        not partnered
        and len({r.code for r in candidate.sources}) == 1
        and all(r.sector in domestic for r in candidate.sources)
    )


def _irregular(candidate: Candidate) -> bool:
    """Irregulars (rebels, gunmen, criminals) use force on no armed side: "gunmen shot three villagers"; not with a war
    machine, which is conventional military force whoever uses it (``_war_machine``). A place or a country they strike
    is no armed side when they are of its country, or an armed group of none (:func:`_struck_place`)."""
    return (
        bool(candidate.sources)
        and all(r.sector in IRREGULAR_SECTORS for r in candidate.sources)
        and all(
            (r.sector and r.sector not in ARMED_SECTORS) or _struck_place(r, candidate.sources)
            for r in candidate.targets
        )
        and not _war_machine(candidate.anchor)
    )


# The code prefix of an armed group that acts across borders ("IMGMUSISI", the Islamic State).
ARMED_GROUP = "IMG"


def _struck_place(target: ActorRef, sources: Sequence[ActorRef]) -> bool:
    """A target known only by its country (a place or the country itself: "the attack on a nightclub in Orlando by a
    gunman", USA) that irregulars of that country strike, or an armed group that lives across borders: the deadly
    attack of gunmen at home ("a shooting by two Muslim radicals in California", USARAD on USA) or abroad ("the
    Islamic State attacks in Paris", IMGMUSISI on FRA). Rebels of one country striking another's ("Libyan terrorists
    attacked a U.S. compound") may be at war with that state, and insurgents of no named country ("Insurgents
    bombarded a government-held part of Aleppo") with the one they fight in: their clash is conventional. Only hands
    that bear arms (list ``striking_irregular_sector``: gunmen, radicals, rebels, criminals, attackers named by faith):
    a crowd of civilians that storms a place ("a mob attacked a police station in Bihar") clashes with its holders."""
    armed = all(s.sector in STRIKING_IRREGULAR_SECTORS for s in sources)
    return (
        armed
        and not target.sector
        and all(
            s.country == target.country or (s.country is None and (s.code or "").startswith(ARMED_GROUP))
            for s in sources
        )
    )


def _war_machine(verb: Token) -> bool:
    """The act is done with a war machine (list ``war_machine_code``): its object or passive subject ("rebels fired
    rockets at the town"), or the thing the clause describes ("a missile believed to be fired by pro-Russia rebels")."""
    things = object_tokens(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    described = verb
    while described.dep_ in ("xcomp", "acl", "relcl") and described.head.i != described.i:
        described = described.head
    things.append(described)
    return any((w := weapon(t)) is not None and w.code in WAR_MACHINE_CODES for t in heads(things))


def _repressive(candidate: Candidate) -> bool:
    """The state's forces use arms on protesters or the opposition: "police opened fire on demonstrators"."""
    return (
        bool(candidate.sources)
        and bool(candidate.targets)
        and all(r.sector in REPRESSING_SECTORS for r in candidate.sources)
        and all(r.sector in REPRESSED_SECTORS for r in candidate.targets)
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


def _date_text(candidate: Candidate, sent: Span) -> tuple[str, Token] | None:
    """The DATE expression of the event's own clause, with the clause; failing that, of a "when" clause of its
    own ("banned waterboarding when he took office in January 2009"), or of the clause whose time it shares
    ("In 1961 they signed a treaty and pledged mutual defence", "lashed out on Thursday when he ...")."""
    clause = candidate.anchor
    # A clause describing the object of a verb event tells that thing's own time: "lifted the sanctions it imposed in
    # 2012" was not lifted in 2012. One describing the event's own noun dates it.
    nouns = {clause.i} if clause.pos_ in ("NOUN", "PROPN") else set()
    found = _date_of({t.i for t in candidate.trigger}, sent, nouns)
    if found is None:
        for sub in clause.children:
            text = _date_of({sub.i}, sent) if sub.dep_ == "advcl" and _at_time_of(sub) else None
            if text and _carries(text, sub, clause):
                return text, sub
    shared = (found, clause) if found else _shared_date(clause, sent)
    return shared or _year_above(candidate.anchor, sent)


def _in_history(anchor: Token, sent: Span, published: date | None) -> bool:
    """The event is part of a clause, or describes a thing, that a date of a year before publication's places
    (:func:`telex.events.dates.before_the_year`): "the 2012 attacks that killed four Americans", "made him the comeback
    kid in 1992 after he battled back", "his 1992 campaign, when he was offered the job". Such an act is history, not
    news of the day the lead names, even where the parse does not let that year date it."""
    return any(before_the_year(str(ent.text), published) for ent in _placed_above(anchor, sent))


def _placed_above(anchor: Token, sent: Span) -> list[Span]:
    """The dating expressions of ``sent`` set on the event's own word or on a word above it, its clause's or a thing's
    it describes or is part of: "In 1961" of "signed", "the 2012 attacks" of "killed" in "the 2012 attacks that killed
    four", "on Tuesday night" of "told" in "told a crowd on Tuesday night, following a day in which she criticized
    Trump"; not one of a clause beside or below it ("Rubio, whose candidacy is on the line on Tuesday, stopped
    insulting Trump")."""
    above = {anchor.i, *(t.i for t in anchor.ancestors)}
    placed_above = []
    for ent in entities_in(sent):
        head = ent.root.head
        placed = head.head if head.dep_ == "prep" and ent.root.dep_ == "pobj" else head
        if placed.i in above and _dating(ent):
            placed_above.append(ent)
    return placed_above


def _shared_date(clause: Token, sent: Span) -> tuple[str, Token] | None:
    """The DATE expression of a clause whose time ``clause`` shares (:func:`_time_parent`), nearest first, with that
    clause: "Durbin said on Thursday ... and he said he hoped" (Thursday), "met on Tuesday and talked" (Tuesday)."""
    while (parent := _time_parent(clause)) is not None:
        found = _date_of({parent.i}, sent)
        # A day carries over between two past-tense verbs only: "met on Tuesday and will visit" says nothing of
        # the visit's day; a year carries over always.
        if found is not None and _carries(found, clause, parent):
            return found, parent
        clause = parent
    return None


# How a clause hangs off the clause it is part of, not as what someone says or thinks: "contributed in 2008 by
# sending an army to fight for Clinton", "in 2009, when Sanders joined other senators to reject the request".
PART_OF_CLAUSE = frozenset({"advcl", "xcomp", "pcomp", "prep", "pobj", "conj", "relcl", "acl"})
# Words that set one time before or after another.
SEQUENCE_WORDS = frozenset({"before", "after", "since", "until", "till", "once", "prior"})


def _year_above(anchor: Token, sent: Span) -> tuple[str, Token] | None:
    """The date with its year ("in 2008", "May 2005") of a clause the event's clause is part of, or the date (with its
    year or not) of the time a "when" clause describes: a year set on a clause dates all that clause tells, as a bare
    day need not ("in 2008 he sent an army to fight for Clinton")."""
    clause = anchor
    # Up from a participle describing a noun, through the noun (and a noun it stands in apposition to), to the verb
    # it is an argument of.
    described = _participle(anchor)
    for _ in range(6):
        described = described and (clause is anchor or clause.pos_ in ("NOUN", "PROPN"))
        if (
            (clause.dep_ not in PART_OF_CLAUSE and not (described and clause.dep_ in ARGUMENTS))
            or clause.head.i == clause.i
            or _sequenced(clause)
        ):
            return None
        head = clause.head
        if clause.dep_ == "relcl" and "when" not in _marks(clause, ("advmod",)):
            return None
        # A "when" clause tells the very time it describes, at whatever precision: "in December, when he
        # criticized Scalia" is last December's.
        when = clause.dep_ == "relcl"
        found = _time_described(clause, sent) if when else _date_of({head.i}, sent)
        if found and (when or resolve_date(found, None)):
            return found, head
        clause = head
    return None


# How a noun is an argument of its verb: "In 2010 it swapped agents arrested in the United States": the arrest, told by
# a participle on the verb's object, happened by the year of the swap, not on the day the article came out.
ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "dative", "oprd", "appos"})


def _participle(anchor: Token) -> bool:
    """``anchor`` is a participle describing a noun ("agents arrested in …", "journalists kidnapped in Kabul"), with no
    tense of its own to set it in another time."""
    return anchor.dep_ == "acl" and anchor.tag_ in ("VBN", "VBG") and anchor.head.pos_ in ("NOUN", "PROPN")


def _sequenced(clause: Token) -> bool:
    """The clause or phrase sets what it tells before or after another time ("shut it down before 2014", "spoke
    in 2012 before savaging her", "since 2007"), so it does not share that time."""
    return clause.lower_ in SEQUENCE_WORDS or bool(_marks(clause) & SEQUENCE_WORDS)


def _time_described(clause: Token, sent: Span) -> str | None:
    """The dating expression a "when" relative clause describes: its head's ("since 2009, when Sanders joined"), or
    the one just before it, which the parser may pass over for the noun the date's phrase is part of ("condemned the
    attack in November, when rebels shelled the town": "shelled" hangs off "attack")."""
    before = clause.left_edge.i - 1
    if before >= sent.start and clause.doc[before].is_punct:
        before -= 1
    found = _entity_at(clause.head, sent)
    return found or (_entity_at(clause.doc[before], sent) if before >= sent.start else None)


def _entity_at(token: Token, sent: Span) -> str | None:
    """The dating expression ``token`` is part of: "2009" of "since 2009, when Sanders joined"."""
    return next((str(e.text) for e in entities_in(sent) if e.start <= token.i < e.end and _dating(e)), None)


def _carries(date_text: str, clause: Token, other: Token) -> bool:
    """The date of one of two clauses that share their time dates the other: a year always, a day when both are
    in the past tense or one says the other begins, goes on or ends ("has begun putting tariffs this year")."""
    past = clause.tag_ == "VBD" and other.tag_ == "VBD"
    return past or _aspect_complement(clause) or _means(clause) or names_year(date_text)


def _time_parent(clause: Token) -> Token | None:
    """The clause whose time ``clause`` shares: the one a coordinated verb, a "when" clause or an aspect's
    complement hangs off, the verb a gerund of means tells how it was done (:func:`_means`); for "where" and "when"
    relative clauses, the clause of the place or time they describe ("moved on Sunday to China, where Kerry met
    Lavrov")."""
    if clause.head.i == clause.i:
        return None
    if _at_time_of(clause) or _aspect_complement(clause):
        return clause.head
    if _means(clause):
        return clause.head.head
    if clause.dep_ == "relcl" and _marks(clause, ("advmod",)) & {"where", "when"}:
        return _clause_of(clause.head)
    return None


def _means(clause: Token) -> bool:
    """The clause is a gerund after "by" that tells how the verb above it was done, so at its time: "responded on
    Tuesday by expelling the diplomat", "who last week injected a new element into the race by questioning"."""
    by = clause.head
    return clause.dep_ == "pcomp" and by.lower_ == "by" and by.head.i != by.i and by.head.pos_ in ("VERB", "AUX")


def _aspect_complement(clause: Token) -> bool:
    """The clause is what a verb of beginning, going on or ending governs ("has begun putting tariffs")."""
    return clause.dep_ == "xcomp" and clause.head.lemma_.lower() in ASPECTUAL


def _marks(clause: Token, deps: tuple[str, ...] = ("mark", "advmod")) -> set[str]:
    """The words that mark the clause (its subordinators and adverbs: "when", "as", "before"), lower-cased."""
    return {c.lower_ for c in clause.children if c.dep_ in deps}


def _clause_of(token: Token) -> Token | None:
    """The verb whose clause ``token`` is in."""
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _future(clause: Token) -> bool:
    """The clause speaks of what is still to come: "will meet on Thursday", "is going to visit on Friday"."""
    return any(c.dep_ == "aux" and future_auxiliary(c, clause) for c in clause.children) or (
        clause.dep_ == "xcomp" and clause.head.lower_ == "going"
    )


def _pluperfect(candidate: Candidate) -> bool:
    """The event is told in the past perfect ("Russia had attacked"): it happened before the news."""
    return _perfect(candidate.anchor, ("VBD",))


def _perfect(verb: Token, tenses: tuple[str, ...] = ("VBZ", "VBP")) -> bool:
    """The verb is a perfect whose "have" is of one of ``tenses`` (present by default: "has accused"), its own or
    that of the verb it is coordinated with ("has lent his plane and flown to Los Angeles")."""
    if verb.tag_ != "VBN":
        return False
    if verb.dep_ == "conj" and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in tenses for c in verb.children)


def _said_on(anchor: Token, sent: Span) -> str | None:
    """The date a speech act was said on: "said Wednesday that he will meet Trump" expresses the intent that
    Wednesday; what the words report happening ("said Russia attacked") keeps its own date."""
    clause = anchor
    for _ in range(4):
        # The anchor itself may be the saying, its trigger the words said ('"… sold out," Trump said in August').
        if _says(clause):
            # "On Thursday, Ryan said he was not ready and suggested that Trump needs to ...": a saying coordinated
            # with a dated one shares its day.
            shared = _shared_date(clause, sent)
            return _date_of({clause.i}, sent) or (shared[0] if shared else None)
        if clause.dep_ not in ("ccomp", "xcomp") or clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _says(verb: Token) -> bool:
    """The verb reports words said or written ("said", "suggested", "tweeted"), by the event lexicon's reporting
    verbs or the quote lexicon's verbs of speech; not one of belief or knowing ("believed", "learned")."""
    lemma = verb.lemma_.lower()
    return lemma in REPORTING or getattr(reporting_verbs().get(lemma), "class_", None) == "speech"


def _at_time_of(clause: Token) -> bool:
    """Coordinated verbs and "when"/"as"/"while" clauses happen at the time of the clause they hang off."""
    if clause.dep_ == "conj":
        return True
    # The parser makes "when" the clause's adverb, "as" and "while" its subordinators.
    return clause.dep_ == "advcl" and bool(_marks(clause) & TIME_MARKS)


def _dated_thing(noun: Token) -> bool:
    """A noun that a date inside its phrase dates ("the 2013 attack"), unlike a time of day ("Wednesday morning")."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in ("DATE", "TIME")


def _occasion(noun: Token, day: Token) -> bool:
    """The noun is an occasion the event happens at, which the day in its phrase dates ("clashed at Saturday's
    debate", "said in a post on Sunday night", "in a Tuesday interview", "during the 2012 campaign"), unlike a thing
    the event is about ("criticised Monday's decision")."""
    return (
        day.dep_ in ("poss", "prep", "compound", "npadvmod", "nummod")
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("at", "during", "in")
    )


def _dating(ent: Span) -> bool:
    """A DATE, or a TIME that names its day ("late Tuesday night"), that ends no title of a show, paper or body
    ("Fox News Sunday"; "Super Tuesday" is a day)."""
    named = any(c.dep_ == "compound" and c.ent_type_ in ("ORG", "WORK_OF_ART", "PRODUCT") for c in ent.root.children)
    return not (named or _length_held(ent)) and (ent.label_ == "DATE" or (ent.label_ == "TIME" and names_day(ent.text)))


def _length_held(ent: Span) -> bool:
    """A length of time that is what an act gives or is about, not when it happens: "sentenced to more than four years
    ... Thursday" (the day dates it), "repudiated decades of Republican support"; "for two years" and "in decades" keep
    telling a time gone by."""
    root = ent.root
    held = root.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") or (root.dep_ == "pobj" and root.head.lower_ == "to")
    return held and names_length(ent.text)


def _date_of(anchors: set[int], sent: Span, described: set[int] | None = None) -> str | None:
    """The DATE expression attached to the clause of ``anchors`` (not to a reporting verb), or to a clause describing
    one of ``described`` (by default the anchors), the event's own noun ("a treaty signed in 1961")."""
    described = anchors if described is None else described
    for ent in entities_in(sent):
        if not _dating(ent):
            continue
        head = below = ent.root
        for _ in range(6):
            if head.i in anchors:
                return str(ent.text)
            outside = head.i < ent.start or head.i >= ent.end
            if head.pos_ in ("VERB", "AUX") and head.dep_ in ("acl", "relcl") and head.head.i in described:
                # "a treaty signed in 1961": the clause that describes the event noun dates it.
                return str(ent.text)
            if (
                head.dep_ in ("nsubj", "nsubjpass")
                and below.dep_ in ("prep", "npadvmod")
                and head.i < ent.start
                and ent.end <= head.head.i
            ):
                # "The president on Monday signed the bill": a time phrase set between subject and verb, which the
                # parser may hang on the subject, dates the verb (unlike an age: "Teske, 53, is backing").
                below, head = head, head.head
                continue
            if (
                head.pos_ in ("VERB", "AUX")
                or head.head.i == head.i
                or (outside and _dated_thing(head) and not _occasion(head, below))
            ):
                # "sentenced them for the 2013 attack": a date inside another noun phrase dates that thing.
                break
            below, head = head, head.head
    return None
