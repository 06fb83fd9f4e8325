"""Attributions headed by a cue phrase: "according to X, …", "in the words of X", "in her words", a poll or survey
("in a CNN poll, …")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from telex.nlp.cached import tokens_spelled
from telex.nlp.sentences import sentence_of_token
from telex.quotes.attribution import Attribution
from telex.quotes.cues import reporting_verb
from telex.quotes.grammar import RELATIVE, SUBJECTS, finite_clause, span_roots
from telex.quotes.lexicon import cue_classes, cue_phrases, media_nouns
from telex.quotes.trim import trimmed

# "In a CNN poll, Trump leads": a survey is the source of the clause it introduces.
_SURVEYS = frozenset({"poll", "survey"})


def phrase_attributions(doc: Doc) -> list[Attribution]:
    """Phrases such as "according to X", "in the words of X", "in her words": the rest of the clause is content."""
    phrases = cue_phrases()
    openings = {key.split()[0] for key in phrases}
    found: list[Attribution] = []
    for token in tokens_spelled(doc, openings):
        found_key = next(((s, k) for s in _phrase_speakers(token) if (k := _phrase_key(token, s, phrases))), None)
        if found_key is None:
            continue
        speaker, key = found_key
        clause = token.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if key == "in" and _asked_who_report(token, clause):
            continue
        phrase_first, phrase_last = token.left_edge.i, token.right_edge.i
        first, last = clause.left_edge.i, clause.right_edge.i
        if first >= phrase_first and last <= phrase_last:
            # The parser hung the whole sentence on the phrase ("According to X, the move reeks of fear" with "reeks"
            # read as a noun beside X): when the phrase opens the sentence, what follows its comma is the content.
            opened = _misparsed_opening(token, speaker)
            if opened is None:
                continue
            phrase_last, first, last = opened
        while last > phrase_last and (doc[last].is_punct or doc[last].is_space):
            last -= 1  # "…, according to Seoul." ends the clause but for its full stop
        sent = sentence_of_token(token)
        whole = first < phrase_first - 1 and doc[phrase_first - 2].pos_ not in _OPEN_ENDED  # not "motives for, in …"
        commented = key != "in" and whole and _before_fragment(doc, phrase_last, last)
        if _ends_sentence(token, phrase_first, phrase_last, key) or commented:
            first, last = sent.start, phrase_first - 1  # sentence-final: the whole sentence, however it was parsed
        elif key == "in" and (measured := _measured_noun(token, clause)) is not None:
            first, last = measured.left_edge.i, phrase_first - 1
        if phrase_first <= first:
            first = phrase_last + 1
        if phrase_last >= last:
            last = phrase_first - 1
        span = trimmed(doc, first, last)
        if span is None:
            continue
        possessive = speaker.dep_ == "poss"
        cue = doc[phrase_first : phrase_last + 1 if possessive else speaker.left_edge.i].text
        kind = phrases.get(key, "speech")
        cue_class = cue_classes().get(key, "speech")
        source = _issuer(speaker)
        found.append(Attribution(span[0], span[1], cue.strip() or token.text, token, source, kind, cue_class))
    return found


def before_closing_phrase(
    attributions: list[Attribution],
    phrased: list[Attribution],
    quotations: Sequence[tuple[int, int]] = (),
    kept: Callable[[Attribution], bool] = lambda p: True,
) -> list[Attribution]:
    """The attributions, a report's content cut before a cue phrase that closes the sentence it ends on: in "Kasich
    said he would have fired Lewandowski …, according to press reports" the phrase says where all of the sentence
    comes from, not what Kasich said; so for "Nearly three in four say they would like to buy …, according to the
    survey" and "Clinton leads Trump in national polls by three points, according to the average of recent polls",
    whatever the report the content holds. Cut, the report lies inside the phrase's content, the outer report, as a
    report inside a report does (a medium's relay keeps it, with the medium as its outlet). Not a phrase inside
    ``quotations`` ("says the company ''reports having 987 subsidiaries …, according to its own website''" quotes
    it), nor one whose source is a pronoun, the speaker's own view or a source of the inner report ("according to its
    website", "in his view"). A phrase whose source the scheme does not ``kept`` ("according to press reports" among
    statements made) goes with the cut: the report it would hold is no longer lost inside an outer one the scheme
    drops."""
    closing = [p for p in phrased if _closes(p) and _holds_sentence(p, quotations)]
    if not closing:
        return attributions
    cut: list[Attribution] = []
    dropped: list[Attribution] = []
    for a in attributions:
        phrase = next((p for p in closing if p is not a and _runs_over(a, p)), None)
        if phrase is not None:
            doc = a.cue_token.doc
            first = next(t.i for t in doc if t.idx + len(t) > a.start)
            span = trimmed(doc, first, phrase.cue_token.left_edge.i - 1)
            if span is not None and span[0] == a.start:
                a = replace(a, end=span[1])
                dropped += [] if kept(phrase) else [phrase]
        cut.append(a)
    return [a for a in cut if a not in dropped]


def _closes(phrase: Attribution) -> bool:
    """Whether a cue phrase, set off by a comma or dash, ends its sentence and holds what comes before it."""
    doc = phrase.cue_token.doc
    first, last = phrase.cue_token.left_edge.i, phrase.cue_token.right_edge.i
    sent = sentence_of_token(phrase.cue_token)
    return (
        phrase.end <= phrase.cue_token.idx
        and first > sent.start
        and doc[first - 1].text in (",", "-", "—", "–")
        and all(t.is_punct or t.is_space for t in doc[last + 1 : sent.end])
    )


def _holds_sentence(phrase: Attribution, quotations: Sequence[tuple[int, int]]) -> bool:
    """Whether a closing phrase speaks for the sentence: written outside quotation marks, its source no pronoun."""
    speaker = phrase.speaker
    quoted = any(q[0] <= phrase.cue_token.idx < q[1] for q in quotations)
    return not quoted and (speaker is None or speaker.pos_ != "PRON")


def _runs_over(a: Attribution, phrase: Attribution) -> bool:
    """Whether a report whose cue the phrase's content holds, before the phrase, runs on over the phrase's cue."""
    doc = phrase.cue_token.doc
    first = doc[phrase.cue_token.left_edge.i]
    return (
        phrase.start <= a.cue_token.idx < phrase.end
        and a.cue_token.i < first.i
        and a.start < first.idx < a.end
    )


# Punctuation that sets off what follows a cue phrase in the middle of a sentence.
_SETTING_OFF = frozenset({",", "-", "—", "–", "--"})
# Words a phrase cannot end on: the words before a cue phrase set off in mid-sentence are no whole clause after them.
_OPEN_ENDED = frozenset({"ADP", "DET", "AUX", "PART", "SCONJ", "CCONJ"})
# Subordinators of a reason or a condition, which the parser may hang as a preposition.
_REASONS = frozenset({"because", "if", "unless", "since", "so"})
# How the parser hangs a phrase that comments on a clause: an adverbial, an apposition, a participle, not an object
# or a predicate of the clause's verb (", according to one report, $234 million in contracts" is what was reported).
_COMMENTS = frozenset({"npadvmod", "appos", "advcl", "advmod", "prep", "acl"})


def _before_fragment(doc: Doc, phrase_last: int, last: int) -> bool:
    """Whether what follows a cue phrase set off in the middle of a sentence, up to the content's end, is a phrase
    with no finite verb of its own that comments on the clause before it (", according to the budget office, a huge
    sum for a firm of its size", ", according to the poll - virtually the same as last year", ", according to the
    union, taking a step toward a deal"): the phrase closes what was said, as at the end of a sentence, and the
    writer's comment is no part of it. A clause after it ("…, according to police, and they ordered him …") or the
    verb's object ("G4S receives, according to one report, $234 million …") goes on with what the source said; a
    survey phrase ("in the polls, to double digits by …") is left as it is."""
    if phrase_last + 2 > last or doc[phrase_last + 1].text not in _SETTING_OFF:
        return False
    rest = [t for t in doc[phrase_last + 2 : last + 1] if not (t.is_punct or t.is_space)]
    roots = [t for t in span_roots(doc, phrase_last + 1, last + 1) if t in rest]
    # ", because …", ", if …": a reason or a condition is part of what was said, however the parser hangs it.
    bound = any(t.dep_ == "mark" or t.lower_ in _REASONS for r in roots for t in (r, *r.children))
    return bool(rest) and not bound and all(r.dep_ in _COMMENTS and not finite_clause(r) for r in roots)


def _ends_sentence(token: Token, phrase_first: int, phrase_last: int, key: str) -> bool:
    """Whether a cue phrase closes its sentence as a comment on all of it (", according to Seoul."). A survey phrase
    with no comma before it belongs to the words it follows ("who has sagged in the polls.", "the big lead he has
    enjoyed in New Hampshire polls."), not to the sentence."""
    doc = token.doc
    sent = sentence_of_token(token)
    if phrase_first <= sent.start or not all(t.is_punct or t.is_space for t in doc[phrase_last + 1 : sent.end]):
        return False
    return key != "in" or doc[phrase_first - 1].text in (",", "-", "—", "–")


# Nouns of where someone stands in a poll: the finding a survey phrase on them measures. Any other noun is where the
# parse hung the phrase, not what was measured ("ahead of Trump in the polls", "at 5% in the poll", "percent of
# people in the poll").
_STANDINGS = frozenset(
    {"lead", "standing", "strength", "support", "rating", "approval", "popularity", "number", "showing", "advantage"}
    | {"edge", "margin", "gain", "decline", "drop", "surge", "slide", "progress", "position"}
)
# Tags of the relative word that opens a clause ("who", "which", "whose", "where"): such a clause says more of its
# noun than what a poll measured ("South Carolina, where Mr. Trump holds a lead in the polls").
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _measured_noun(token: Token, clause: Token) -> Token | None:
    """The noun of standing a survey phrase with no comma before it measures: "his double-digit lead in polls",
    "Trump's standing in state polls", "the big lead he has enjoyed in New Hampshire polls" (a clause of no relative
    word hung on the noun). The finding is that noun phrase, not the clause around it ("predicting a close primary
    despite his lead in polls" is no poll's finding)."""
    noun = token.head
    if clause.dep_ == "relcl" and noun.i == clause.i and not any(c.tag_ in _WH_TAGS for c in clause.children):
        noun = clause.head
    if noun.pos_ != "NOUN" or noun.i > token.i:
        return None
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "their growing numbers and influence in the polls"
    return noun if noun.lemma_.lower() in _STANDINGS else None


def _asked_who_report(token: Token, clause: Token) -> bool:
    """Whether a survey phrase stands in the subject of a verb that reports a clause: "One in four voters in a Times
    poll said …", "Some 20 percent of people in a recent poll said they believe …". It says who were asked; the verb
    is the report, with them as its speaker."""
    if clause.pos_ != "VERB" or reporting_verb(clause) is None or not any(c.dep_ == "ccomp" for c in clause.children):
        return False  # "Trump's gains in some polls may prove to be transient": no clause reported, the polls' finding
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    return any(s.left_edge.i <= token.i <= s.right_edge.i for s in subjects)


def _misparsed_opening(token: Token, speaker: Token) -> tuple[int, int, int] | None:
    """For a cue phrase that opens its sentence and holds the whole of it in the parse, the phrase's last token and
    the first and last of what follows its comma; None when the phrase does not open the sentence or no comma
    closes it."""
    doc = token.doc
    sent = sentence_of_token(token)
    if token.left_edge.i != sent.start:
        return None
    comma = next((t for t in doc[speaker.i + 1 : sent.end] if t.text == ","), None)
    if comma is None:
        return None
    return comma.i - 1, comma.i + 1, sent.end - 1


def _issuer(noun: Token) -> Token:
    """Who a speech or text was given by when a clause on it says so: "Clinton" in "according to a speech Clinton
    delivered at the university"; the noun itself otherwise."""
    if noun.lemma_.lower() not in media_nouns():
        return noun
    clause = next((c for c in noun.children if c.dep_ == "relcl"), None)
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None) if clause is not None else None
    return subject if subject is not None and subject.lower_ not in RELATIVE and subject.pos_ != "PRON" else noun


# Words a cue phrase goes without: "in the view of", "by his own admission" are "in view of", "by admission".
_PHRASE_FILLERS = frozenset({"the", "a", "an", "own"})


def _phrase_key(token: Token, speaker: Token, phrases: dict[str, str]) -> str | None:
    """The cue phrase around ``speaker``: the words before it ("according to"), or around a possessive ("in words")."""
    inside = {t.i for t in speaker.subtree}
    around = [t.lower_ for t in token.subtree if t.i not in inside]
    before = [t.lower_ for t in token.doc[token.i : speaker.left_edge.i]]
    for words in (before, around):
        for key in (" ".join(w for w in words if w not in _PHRASE_FILLERS), " ".join(words)):
            if key in phrases and (key != "in" or speaker.lemma_.lower() in _SURVEYS):
                return key
    return None


def _phrase_speakers(token: Token) -> list[Token]:
    """Candidate actors inside an attributing phrase, outermost first: objects down the chain, or a possessive."""
    found: list[Token] = []
    current = token
    for _ in range(4):
        objects = [c for c in current.children if c.dep_ in ("pobj", "prep", "agent")]
        if not objects:
            break
        nxt = objects[-1]
        if nxt.dep_ == "pobj":
            owner = next((c for c in nxt.children if c.dep_ == "poss"), None)
            if owner is not None:
                found.append(owner)
            elif current is not token or token.lower_ != "in" or nxt.lemma_.lower() in _SURVEYS:
                found.append(nxt)
            deeper = [c for c in nxt.children if c.dep_ == "prep"]
            if not deeper:
                break
            current = deeper[-1]
            continue
        current = nxt
    return found
