"""An event's date: the date its words name, else the day the article's lead names, else the publication date.

Dates written in words are read by ``telex.dates`` (:func:`resolve_date`). An event the text does not date takes the
day the article's lead names (:func:`news_day`), else the publication date, marked as such (:func:`event_date`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from telex.dates import (
    LAST_NIGHT,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    WEEKDAYS,
    resolve_date,
    shift_month,
)
from telex.events.modality import spelled_out
from telex.events.word_lists import EARLIER_ADVERBS, EARLY_ADVERBS, NEWS_TIMES, REPORTING
from telex.nlp.cached import entities_in, entities_of, text_of
from telex.nlp.grammar import to_infinitive
from telex.records import Event

# Expressions that place an event in the past beyond the news: its date is never the publication date.
_HISTORICAL = re.compile(r"\b(1[6-9]|20)\d\d|\b\d0s\b|'\d0s\b|\bcentur|\bdecades?\b|\byears\b")
_YEAR = re.compile(r"\b(1[6-9]|20)\d\d\b")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_DAY_WORDS = frozenset({*WEEKDAYS, "yesterday", "today", "tonight"})
# A length of time and nothing else: a count (or none) of units, "seven years", "more than four years", "decades".
_LENGTH = re.compile(
    r"(?:(?:more|less|fewer) than |nearly |almost |about |some |at least |up to )?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|several|many|a few|\d+) )?"
    r"(?:years?|months?|weeks?|days?|decades?)"
)


_DECADE = re.compile(r"\b(1[6-9]|20)\d0s\b|'\d0s\b")


def before_the_year(expression: str, published: date | None) -> bool:
    """The expression names a year before publication's, or a decade: "in 2012", "last year", "in the 1990s"
    in a story of 2016; not "this year" nor "on Monday"."""
    if published is None:
        return False
    resolved = resolve_date(expression, published)
    return bool(_DECADE.search(expression)) or bool(resolved and int(resolved[:4]) < published.year)


def names_year(expression: str) -> bool:
    """The expression names a year ("in 1961", "June 2022")."""
    return bool(_YEAR.search(expression))


def names_length(expression: str) -> bool:
    """The expression says how long, not when: "seven years", "more than four years", "decades"."""
    return bool(_LENGTH.fullmatch(expression.strip().lower()))


def names_day(expression: str) -> bool:
    """The expression names a day ("late Tuesday night", "yesterday afternoon", "last night"), as a time of day may."""
    return bool(set(re.findall(r"[a-z]+", expression.lower())) & _DAY_WORDS) or bool(
        LAST_NIGHT.search(expression.lower())
    )


def event_date(expression: str | None, published: date | None, future: bool = False) -> tuple[str | None, str | None]:
    """An event's date and where it comes from: ``text`` when ``expression`` fixes it, else ``published``.

    "In the 1990s" or "years ago" are history the words do not pin down: such an event gets no date rather
    than the publication date; so does any event of an article with no publication date and no dating words.
    """
    if expression:
        resolved = resolve_date(expression, published, future)
        if resolved:
            return resolved, "text"
        if _HISTORICAL.search(expression.lower()):
            return None, None
    if published is None:
        return None, None
    return published.isoformat(), "published"


# A day's possessive or a count back: "last Friday's attacks", "a week ago".
_BEFORE_THE_NEWS = re.compile(r"['\u2019]s\b|\bago\b")
# How far back the lead's day may lie: news names a day of the past week by its weekday. It may also lie a day
# after publication, when the date the article carries is the day before the news broke in its own time zone.
LEAD_WINDOW = timedelta(days=7)
_DAY_AFTER = timedelta(days=1)


def lead_day(ents: Iterable[Span], published: date | None) -> tuple[str, str] | None:
    """The news day (:func:`news_day`) the lead's date entities ``ents`` name, passing over the day of an occasion
    still to come (:func:`_occasion_ahead`): a story of Saturday that says "Cruz, who badly needs a win in Tuesday's
    primary, received the endorsement on Friday" reports Friday's news, not that of the Tuesday before."""
    return news_day((str(ent.text) for ent in ents if not (_occasion_ahead(ent) or _told_ahead(ent))), published)


def future_auxiliary(auxiliary: Token, verb: Token) -> bool:
    """The auxiliary of ``verb`` tells the future: "will", "shall" or a contraction of either, with either apostrophe
    ("’ll", the "wo" of "won't"), read as :func:`telex.events.modality.spelled_out` reads it."""
    return spelled_out(auxiliary.lower_, verb.tag_) in ("will", "shall")


def _told_ahead(ent: Span) -> bool:
    """The date is of a clause told in the future, by its own "will" or that of the verb whose infinitive or
    participle it is ("It will start becoming clear on Sunday which parties gained the most": "becoming" shares
    "will"); not one that says what could have been ("Saturday's debate could not
    have gone worse")."""
    verb = _verb_of(ent.root)
    for _ in range(4):
        if verb is None:
            return False
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE]
        if auxiliaries or verb.tag_ in _FINITE or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return any(future_auxiliary(a, verb) for a in auxiliaries)
        verb = verb.head
    return False


# Prepositions, with the word they hang off, that set an occasion ahead: "ahead of", "heading into", "the run-up to",
# "the lead up to", "toward".
_AHEAD = {"of": frozenset({"ahead"}), "into": frozenset({"head", "go"}), "to": frozenset({"up", "run"})}


def _occasion_ahead(ent: Span) -> bool:
    """A day's possessive ("Tuesday's primary", which the model leaves out of the entity) names an occasion still
    to come: one set ahead by its preposition ("ahead of Tuesday's primary", "heading into Tuesday's primary", "in the
    lead up to Tuesday's primary") or told of in the present ("needs a win in Tuesday's primary", "the situation
    Clinton is facing in Tuesday's primary"). One told in the past or the perfect ("scored a victory in Tuesday's
    primary", "has won ... Saturday's caucuses") is the news."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].tag_ != "POS":
        return False
    noun = ent.root.head
    preposition = noun.head if noun.dep_ == "pobj" else None
    if preposition is not None and preposition.lower_ in ("toward", "towards"):
        return True
    heads = {preposition.head.lemma_.lower(), *(c.lower_ for c in preposition.head.children)} if preposition else set()
    if preposition is not None and heads & _AHEAD.get(preposition.lower_, frozenset()):
        return True
    return clause_tense(noun) == "present"


def news_day(expressions: Iterable[str], published: date | None) -> tuple[str, str] | None:
    """The day the news happened, from the date expressions of the article's lead in order: the first that
    names one day of the week up to the day after publication ("on Monday", "yesterday"), with that expression.

    A story published on Tuesday whose lead says "the minister said on Monday" reports Monday's news; the
    events the article does not date otherwise are Monday's, not the day the paper came out. The day of a thing
    ("In the days following last Friday's attacks, Trump has sought ...") and a day counted back ("A week ago, Ryan
    said he was not ready") tell what came before the news, not its day."""
    if published is None:
        return None
    for expression in expressions:
        if _BEFORE_THE_NEWS.search(expression.lower()):
            continue
        resolved = resolve_date(expression, published)
        if (
            resolved
            and _DAY.fullmatch(resolved)
            and published - LEAD_WINDOW <= date.fromisoformat(resolved) <= published + _DAY_AFTER
        ):
            # A dateline's date keeps no dash: "PYONGYANG, June 19 -".
            return resolved, expression.strip(" -\u2013\u2014,.:")
    return None


# Expressions that date one time from another the text has just named: "a day later", "the next day", "later that
# day", "that month", "two weeks earlier", "the year before".
_COUNT = r"(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_UNIT = r"(?P<unit>day|night|morning|afternoon|evening|week|month|year)"
_RELATIVE = (
    re.compile(rf"(?:(?:later|earlier) )?(?P<same>that|the same) {_UNIT}"),
    re.compile(rf"(?:the )?(?P<step>next|following|previous|preceding) {_UNIT}"),
    re.compile(rf"{_COUNT} {_UNIT}s? (?P<way>later|earlier|after|afterwards?|before)"),
    re.compile(rf"the {_UNIT} (?P<way>after|before)"),
)
_BACKWARD = frozenset({"previous", "preceding", "earlier", "before"})
# How far before a relative expression the time it counts from may be named: two or three sentences of news.
ANCHOR_REACH = 600


def relative_step(expression: str) -> tuple[int, str] | None:
    """How far, and in what unit, ``expression`` lies from a time named before it: "a day later" (1, "day"), "two
    weeks earlier" (-14, "day"), "that month" (0, "month"), "the previous year" (-1, "year"); ``None`` for any other
    expression."""
    text = " ".join(re.sub(r"[,.]", " ", expression.lower()).split())
    for pattern in _RELATIVE:
        found = pattern.fullmatch(text)
        if found:
            break
    else:
        return None
    parts = found.groupdict()
    unit = "day" if parts["unit"] in ("night", "morning", "afternoon", "evening") else parts["unit"]
    count = parts.get("count")
    n = 0 if parts.get("same") else 1 if count is None else int(count) if count.isdigit() else NUMBER_WORDS[count]
    if {parts.get("step"), parts.get("way")} & _BACKWARD:
        n = -n
    if unit == "week":
        return (7 * n, "day") if count else None  # "the following week" is no day
    return n, unit


def shifted(anchor: str, step: tuple[int, str]) -> str | None:
    """The ISO date ``step`` (as :func:`relative_step` gives it) away from ``anchor`` (an ISO date at any precision),
    at the precision of the unit: a day needs a day to count from, a month a month, a year any date."""
    n, unit = step
    if unit == "year":
        return str(int(anchor[:4]) + n)
    if unit == "month" and len(anchor) >= 7:
        year, month = shift_month(int(anchor[:4]), int(anchor[5:7]), n)
        return f"{year}-{month:02d}"
    if unit == "day" and _DAY.fullmatch(anchor):
        return (date.fromisoformat(anchor) + timedelta(days=n)).isoformat()
    return None


def relative_dates(expressions: Iterable[tuple[int, str]], published: date | None) -> dict[int, str]:
    """The dates of the relative expressions among an article's date ``expressions`` (each with its offset, in text
    order): each counts from the date named last before it ("The army shelled the town on Monday. A day later ..."),
    when that lies within ``ANCHOR_REACH`` characters and no history the words do not pin down ("in the 1990s")
    came between. Lengths of time ("four years") name no date and are passed over, and so are dates after
    publication: "rallied on Tuesday ahead of next Tuesday's primary. A day earlier ..." counts from the rally."""
    dates: dict[int, str] = {}
    last: tuple[int, str] | None = None
    for start, text in expressions:
        step = relative_step(text)
        resolved = None if step else resolve_date(text, published)
        if step and last and start - last[0] <= ANCHOR_REACH:
            resolved = shifted(last[1], step)
            if resolved:
                dates[start] = resolved
        if resolved:
            last = last if published and resolved > published.isoformat() else (start, resolved)
        elif not names_length(text) and _HISTORICAL.search(text.lower()) and "old" not in text.lower():
            last = None
    return dates


def date_relative(events: list[Event], expressions: Sequence[tuple[int, str]], published: date | None) -> list[Event]:
    """``events`` with those dated by an expression relative to another time ("Russia rejected the charge a day
    later") dated from that time, as :func:`relative_dates` finds it among the article's date ``expressions``
    (offset and text, in text order); those it finds none for keep the publication date."""
    dates = relative_dates(expressions, published)
    out = []
    for event in events:
        starts = [s for s, text in expressions if s in dates and text == event.date_text]
        if event.date_source == "published" and starts:
            nearest = min(starts, key=lambda s: abs(s - event.trigger.start))
            event = replace(event, date=dates[nearest], date_source="text")
        out.append(event)
    return out


# Adverbs that move a past clause off the time the sentence before set: "She later called it a mistake".
_MOVED_ON = frozenset({"later", "since", "afterward", "afterwards", "now", "recently", "eventually", "subsequently"})
# DATE entities that name no time: how often ("annual", "weekly") and how old ("53", "the 70-year-old").
_NO_TIME = re.compile(
    r"(?:annual|annually|yearly|daily|weekly|monthly|quarterly|nightly|hourly|\d{1,3}(?:[- ]years?[- ]old)?)"
)


def names_time(expression: str) -> bool:
    """A DATE entity's words name a time, unlike a frequency or an age the model also labels a date: "in 2007" and
    "last week" do; "a 2 percent annual fee" and "Teske, 53," do not."""
    return not _NO_TIME.fullmatch(expression.strip().lower())


# The words that name a month: "June", "Sept".
_MONTH_WORDS = frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS)
# Prepositions of a time a span runs from or up to, which reaches the news: "since 1988", "until 2014", "by 2023".
_SPAN_START = frozenset({"since", "until", "till", "by", "through"})
# Those and "before": a time a span or deadline runs up to, not the clause's own ("planned to visit before January").
_BOUNDS = _SPAN_START | {"before"}
# A time gone by that a week, month or year counts back to, before any day the news tells: "last week", "a month ago".
_GONE_BY = re.compile(r"\blast (?:week|month|year)\b|\bago\b")


def names_another_time(dates: Iterable[Span], lead: tuple[str, str], published: date | None) -> bool:
    """One of ``dates``, those set on an event's clause or the clauses above it, names a time other than the
    ``lead``'s day (its date and words): a day or period that does not hold that day, or a time gone by ("last week",
    "a month ago"). The event is then told at another time, and not known to be the news of the lead's day: "Clinton
    told a crowd on Tuesday night, following a day in which she criticized Trump" in a story whose lead names Monday;
    "Sanders spent Wednesday on a victory tour, meeting with the Rev. Al Sharpton" in one whose lead names
    Thursday."""
    for ent in dates:
        text = str(ent.text)
        bound = ent.root.dep_ == "pobj" and ent.root.head.lower_ in _BOUNDS
        if text == lead[1] or bound or not names_time(text) or names_length(text):
            continue
        resolved = resolve_date(text, published)
        if resolved and not (lead[0].startswith(resolved) or resolved.startswith(lead[0])):
            return True
        if resolved and _GONE_BY.search(text.lower()):
            return True
    return False


def scheduled_ahead(expression: str, clause: Token, published: date | None) -> bool:
    """A month's day the text sets a clause told in the simple present on is the one still to come in the
    publication's year, a schedule: "Approval is a foregone conclusion when the AFL-CIO board meets June 16" in a
    story of June 10 is that June's, not the year before's. A day before publication stays this year's ("the law
    takes effect Jan. 1" in a story of Jan. 5)."""
    words = {w.strip(".,").lower() for w in expression.split()}
    if published is None or _finite_tense(clause) != "present" or not words & _MONTH_WORDS:
        return False
    ahead = resolve_date(expression, published, future=True)
    return ahead is not None and ahead.startswith(str(published.year))


def told_before(anchor: Token) -> bool:
    """The event's clause, or the clause its infinitive or participle is part of, is set before the news by an adverb
    (``earlier_adverb`` in ``event_word_lists.tsv``, or "early in" a stretch of time: :func:`_early_in`): "Tenney
    previously helped fight Halbritter", "Clinton, who once praised the pact", "Early in his campaign, Trump attacked
    Romney"."""
    token = anchor
    for _ in range(4):
        if any(c.dep_ == "advmod" and (c.lower_ in EARLIER_ADVERBS or _early_in(c)) for c in token.children):
            return True
        if token.dep_ not in _NON_FINITE_LINKS or _finite_tense(token) or token.head.i == token.i:
            return False
        token = token.head
    return False


def _early_in(adverb: Token) -> bool:
    """An adverb of earliness (``early_adverb``) with an "in" phrase of a stretch of time other than the news day's
    (``news_time``) or a dated occasion: "Early in his campaign, Trump attacked Romney", "earlier in the primaries";
    not "Earlier in the day", "early in Saturday night's debate"."""
    if adverb.lower_ not in EARLY_ADVERBS:
        return False
    stretches = [o for c in adverb.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children]
    return any(
        o.dep_ == "pobj" and o.lower_ not in NEWS_TIMES and not any(t.ent_type_ in ("DATE", "TIME") for t in o.subtree)
        for o in stretches
    )


def scene_date(anchor: Token, sent: Span, published: date | None) -> str | None:
    """The year or day the sentence before ``sent``, in the same paragraph, sets for a past event ``sent`` does not
    date: "In 2012, a similar strategy proved damaging to Romney. A PAC launched an ad campaign that attacked Romney's
    work" (2012); "Grayson's name became toxic on Tuesday. He denied the charges" (Tuesday). Only a clause in the simple
    past takes it, one no adverb moves on ("later", "since", "now"), and only when ``sent`` names no date of its own
    and that sentence's main clause is set in one year before publication's (:func:`_set_in`) or on one day
    (:func:`_set_on`), not a thing of that time ("the 1994 crime bill", "at the October 28 debate") or a clause about
    one ("who backed Romney in 2012")."""
    verb = _verb_of(anchor)
    if verb is None or verb.tag_ != "VBD" or any(c.lower_ in _MOVED_ON for c in verb.children) or told_before(anchor):
        return None
    doc = sent.doc
    last = sent.start - 1
    while last >= 0 and doc[last].is_space:
        last -= 1
    if last < 0 or any(e.label_ in ("DATE", "TIME") and names_time(str(e.text)) for e in entities_in(sent)):
        return None
    if "\n" in text_of(doc)[doc[last].idx + len(doc[last]) : sent.start_char]:
        return None
    before = doc[doc[last].sent.start : last + 1]
    years = {year for e in entities_in(before) if (year := _set_in(e, published))}
    if years:
        return next(iter(years)) if len(years) == 1 else None
    days = {str(e.text): day for e in entities_in(before) if (day := _set_on(e, published))}
    return next(iter(days)) if len(set(days.values())) == 1 else None


# How a date names a thing rather than setting a clause's time: "the 1994 crime bill", "his 1992 campaign".
_THING_DATE = frozenset({"compound", "nummod", "amod", "poss", "nmod"})


def in_history_paragraph(sent: Span, published: date | None) -> bool:
    """The paragraph has moved into history before ``sent``: the last date its sentences before ``sent`` set a time
    by (:func:`_sets_time`) names a time before publication's year or a decade ("In 2014, Russia attempted to draw the
    region into its embrace. But ... Russia lacked the resources to provide Central Asia the support it needed": 2014;
    "Rice, who ran for the Senate in 2008. He endorsed Clinton"). What such a paragraph tells in the past is not the
    news of the day the lead names, though no year is near enough to date it (:func:`scene_date`). A later date of the
    news ("on Monday", "this year") brings the paragraph back."""
    doc = sent.doc
    start = text_of(doc).rfind("\n", 0, sent.start_char) + 1
    last = None
    for ent in entities_of(doc):
        if ent.start_char >= sent.start_char:
            break
        if ent.start_char >= start and _sets_time(ent):
            last = ent
    return last is not None and before_the_year(str(last.text), published)


def _sets_time(ent: Span) -> bool:
    """A DATE that sets the time of a clause the text tells ("In 2014, Russia attempted", "who ran in 2008", "last
    year"), not a length, a time counted from another, a thing's date ("the 1994 crime bill"), a span's start ("since
    1988") or a time in what someone says ("Pena Nieto said that immigration peaked 10 years ago")."""
    text = str(ent.text)
    root = ent.root
    verb = _verb_of(root)
    return (
        ent.label_ == "DATE"
        and names_time(text)
        and not names_length(text)
        and relative_step(text) is None
        and (root.dep_ not in _THING_DATE or _during(root))
        and not (root.dep_ == "pobj" and root.head.lower_ in _SPAN_START)
        and not (verb is not None and verb.dep_ in ("ccomp", "parataxis"))
    )


def _during(date_word: Token) -> bool:
    """A thing's date names the time of the clause when the thing is an occasion it happens during ("deteriorated
    during the 2012 presidential race": 2012), unlike "voted for the 1994 crime bill"."""
    thing = date_word.head
    return thing.dep_ == "pobj" and thing.head.lower_ == "during"


def _set_on(ent: Span, published: date | None) -> str | None:
    """The day a DATE sets its sentence's main clause, told in the past, on ("Grayson's name became toxic on Tuesday",
    "Ryan said Thursday"), when it names one day up to publication; not a day that tells a thing ("Tuesday's
    primary")."""
    if ent.label_ != "DATE" or ent.root.dep_ not in ("pobj", "npadvmod"):
        return None
    head = ent.root.head if ent.root.dep_ == "pobj" else ent.root
    if ent.root.dep_ == "pobj" and head.lower_ != "on":
        return None
    verb = _verb_of(head.head if ent.root.dep_ == "pobj" else head)
    resolved = resolve_date(str(ent.text), published)
    if verb is None or verb.dep_ not in ("ROOT", "conj") or not resolved or not _DAY.fullmatch(resolved):
        return None
    # "Putin will visit Cuba on Monday" sets no scene for what follows.
    past = clause_tense(verb) == "past"
    return resolved if past and (not published or resolved <= published.isoformat()) else None


def _set_in(ent: Span, published: date | None) -> str | None:
    """The year a DATE sets its sentence's main clause in ("In 1980, the Republicans turned to Reagan", "Obama
    prompted outrage in 2010"), when it names one before publication's; not a year that tells a thing ("the 2001
    attacks"), a time since or until, or a clause the main one governs."""
    if ent.label_ != "DATE" or not names_year(str(ent.text)) or ent.root.dep_ not in ("pobj", "npadvmod"):
        return None
    head = ent.root.head if ent.root.dep_ == "pobj" else ent.root
    if head.lower_ not in ("in", "during") and ent.root.dep_ == "pobj":
        return None
    verb = _verb_of(head.head if ent.root.dep_ == "pobj" else head)
    resolved = resolve_date(str(ent.text), published)
    if verb is None or verb.dep_ not in ("ROOT", "conj") or not resolved:
        return None
    return resolved[:4] if not published or int(resolved[:4]) < published.year else None


def _verb_of(token: Token) -> Token | None:
    """The verb whose clause ``token`` is in (itself, when it is one)."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    return next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)


# How a clause with no tense of its own (a participle, a gerund, an infinitive, a coordinated verb sharing its "has")
# or an event noun hangs off the clause whose tense it shares; an adjective complement shares its copula's ("has been
# persistent in her criticism": the present perfect's).
_SHARES_TENSE = frozenset(
    {
        "xcomp",
        "acl",
        "advcl",
        "pcomp",
        "pobj",
        "prep",
        "dobj",
        "nsubj",
        "nsubjpass",
        "conj",
        "attr",
        "appos",
        "agent",
        "acomp",
    }
)


def clause_tense(anchor: Token) -> str | None:
    """The tense an event is told in: that of its own clause, or of the clause a participle, gerund, infinitive or
    event noun is part of ("has taken the lead in running ads praising Toomey": the present perfect's), or of the
    saying that reports it ("said he supports Cruz": the past's). ``present`` ("Egypt mediates", "is threatening"),
    ``perfect`` ("has criticized"), ``pluperfect`` ("had been in talks brokered by Oman"), ``past``, ``modal``, or
    ``None``."""
    token = anchor
    for _ in range(8):
        saying = _saying_of(token)
        tense = None if saying or _shares_auxiliary(token) else _finite_tense(token)
        if tense:
            return tense
        if token.head.i == token.i or not (saying or token.dep_ in _SHARES_TENSE):
            return None
        token = saying or token.head
    return None


def _shares_auxiliary(verb: Token) -> bool:
    """A participle coordinated with a verb told with a finite auxiliary, with no subject or auxiliary of its own, which
    the parser may tag as a past ("The group has seized towns, beheaded hostages": "beheaded" shares the present
    perfect's "has")."""
    own = ("aux", "auxpass", "nsubj", "nsubjpass", "expl")
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in own for c in verb.children):
        return False
    # "is no friend of Seoul but praised its choice" shares no tense: "is" is no auxiliary.
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.head.children)


def _saying_of(clause: Token) -> Token | None:
    """The reporting verb whose words ``clause`` is, directly or through the clauses they are made of: "said" of
    "disavow" in "“I disavow these comments - I regret those comments,” Mr. Ryan said"."""
    for deps in (("ccomp", "parataxis"), ("ccomp", "parataxis", "conj"), ("ccomp", "parataxis", "conj")):
        if clause.dep_ not in deps or clause.head.i == clause.i:
            return None
        clause = clause.head
        if clause.lemma_.lower() in REPORTING:
            return clause
    return None


# The tags of finite verbs: past, present (third person and other), modal.
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _finite_tense(verb: Token) -> str | None:
    """The tense of a finite verb, read off its first finite auxiliary or its own tag; ``None`` for a verb with none
    (a participle, a gerund, an infinitive) or a word that is no verb."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxiliaries = (c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.tag_ in _FINITE)
    finite = next(auxiliaries, verb if verb.tag_ in _FINITE[:3] else None)
    if finite is None:
        return None
    if finite.tag_ == "MD":
        return "modal"
    perfect = finite is not verb and finite.lemma_.lower() == "have"
    if finite.tag_ in ("VBZ", "VBP"):
        return "perfect" if perfect else "present"
    return "pluperfect" if perfect else "past"


def plan_told_past(anchor: Token) -> bool:
    """The infinitive ``anchor`` is the aim of a plan told in the past, its own or through the verbs whose infinitive
    it is: "Mr. Netanyahu was to arrive at the White House on Monday", "Both candidates sought to appeal to younger
    African Americans on Tuesday", "was scheduled to speak on Friday"; a weekday it names is then the last one, not
    the coming one. Not a plan told now or ahead ("is scheduled to meet this Thursday", "will endorse Cruz")."""
    verb = anchor
    for _ in range(4):
        tense = _finite_tense(verb)
        if tense or verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return verb is not anchor and tense in ("past", "pluperfect")
        verb = verb.head
    return False


def told_as_background(anchor: Token) -> bool:
    """The event is told as a state of things or as what came before (:func:`clause_tense` present, perfect or
    pluperfect), as what describes a thing (:func:`describes_a_thing`) or as the grounds a judgement is given for
    (:func:`judged_for`):
    in an article's body, "Egypt still mediates between Israel and Hamas", "Hezbollah is threatening Israel", "has
    long criticized", "militias that attack Israel", "the pact negotiated by Oman", "lauded Kim for leading the
    response" tell no act of the day the lead names."""
    tense = clause_tense(anchor)
    return tense in ("present", "perfect", "pluperfect") or describes_a_thing(anchor) or judged_for(anchor)


# Links by which a clause with no tense of its own (an infinitive, a participle, a verb sharing its subject) is part
# of the clause above it: "acted quickly to bar him" (bar: xcomp of acted).
_NON_FINITE_LINKS = frozenset({"xcomp", "conj", "advcl", "pcomp"})
# Relative adverbs of a clause set at the time or place of its noun ("interviews, where she attacked Lee").
_SCENE_RELATIVES = frozenset({"when", "where", "whereby"})


def describes_a_thing(anchor: Token) -> bool:
    """The event is told in a clause that describes a noun, not as an act of the story: a relative clause set off as an
    aside or an infinitive (:func:`_aside_or_infinitive`: "the senate, which voted to block him", "a reason for
    Paris to back Berlin"), or a past participle or infinitive that names which thing is meant ("the pact negotiated by
    Oman", "plans to attend the debate"); not a clause set at its noun's time or place ("interviews, where she attacked
    Lee"), a participle set off as an aside ("Lee, pressed by reporters, turned ...") nor a present
    participle ("issued statements condemning the raid"), which tell the act of the clause the noun is in. An event
    noun is told in the clause of its verb, and a clause subordinate to or coordinated with one that describes a thing
    describes it too ("Rubio, whose support cratered after he ratcheted up his attacks, drew a contrast": the
    attacks)."""
    token = anchor if anchor.pos_ in ("VERB", "AUX") else _verb_of(anchor) or anchor
    for _ in range(6):
        if token.dep_ == "relcl":
            return _aside_or_infinitive(token) and not any(c.lower_ in _SCENE_RELATIVES for c in token.children)
        if token.dep_ == "acl":
            return token.tag_ in ("VBN", "VB") and token.head.pos_ == "NOUN" and not _set_off(token)
        if token.dep_ not in _NON_FINITE_LINKS or token.head.i == token.i:
            return False
        token = token.head
    return False


def _aside_or_infinitive(clause: Token) -> bool:
    """A relative clause that adds to a noun already known, set off by a comma or a dash ("the envoy, who was
    expelled"), or an infinitive ("the first state to recognise Kosovo"); not one that tells which thing is meant,
    often by the act of the story ("the soldiers who shot him")."""
    if clause.tag_ == "VB" and to_infinitive(clause):
        return True
    return _set_off(clause)


def _set_off(clause: Token) -> bool:
    """The clause follows a comma, a dash or a bracket: an aside."""
    first = clause.left_edge
    return first.i > 0 and clause.doc[first.i - 1].text in (",", "-", "\u2013", "\u2014", "(")


def judged_for(anchor: Token) -> bool:
    """The event is the deed a judgement of its doer is given for, done before the judging: a gerund after "for"
    ("lauded Kim for leading the response", "hit Tokyo for failing to pay", "protested the
    government for selling arms")."""
    token = anchor
    for _ in range(4):
        if token.dep_ == "pcomp" and token.tag_ == "VBG":
            return token.head.lower_ == "for" and token.head.head.pos_ == "VERB"
        if token.dep_ not in ("xcomp", "conj") or _finite_tense(token):
            return False
        token = token.head
    return False
