"""Attribute quotations (text in quote marks) to a cue and speaker: direct and mixed quotes.

A quotation is direct when an attribution's content lies inside it ("“…,” she said"), mixed when it
sits inside reported speech ("defined the document as “fundamental”"). A quotation with no cue of its
own floats: it belongs to whoever spoke just before. One or two words in quote marks with no cue of
their own are scare quotes, not statements.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from telex.nlp.cached import text_of
from telex.nlp.sentences import sentence_of_token
from telex.quotes.attribution import Attribution, subject_of
from telex.quotes.lexicon import reporting_verbs
from telex.quotes.marks import MarkedSpan, trim_span, word_count

Span = tuple[int, int]

_SCARE_WORDS = 2
_SPLIT_GAP = 250
_TRAILING_TOKENS = 12
_MARK_EDGES = "'`\"“”‘’"
# "— Name" under a quotation, on its line or the next paragraph; the name ends its line or meets a comma.
_BYLINE = re.compile(
    r"[ \t]*(?:\n[ \t]*){0,2}[—–-]{1,2}[ \t]*"
    r"((?:[A-Z][\w.'’-]*)(?:[ \t]+[A-Z][\w.'’-]*){0,3}?)[ \t]*(?=[.,]?[ \t]*(?:\n|$)|,)"
)
# Nouns that make a sentence ending in a colon introduce what follows: "released the following statement:".
_SPEECH_NOUNS = frozenset(
    {"statement", "message", "remarks", "words", "tweet", "post", "letter", "note", "response", "reply", "warning"}
)


@dataclass
class Draft:
    """A quote before its speaker is resolved: ``speaker`` heads the speaker phrase when there is one."""

    kind: str
    start: int
    end: int
    cue: str | None
    cue_token: Token | None
    speaker: Token | None
    byline: Span | None = None
    floating: bool = False
    first_end: int | None = None  # end of the first part of a quotation split by its attribution


def _inside(span: Span, outer: Span, slack: int = 2) -> bool:
    return outer[0] - slack <= span[0] and span[1] <= outer[1] + slack


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _token_in(token: Token, span: Span) -> bool:
    return span[0] <= token.idx < span[1]


def _sentence_cue(doc: Doc, quote: Span) -> Token | None:
    """A reporting verb with a subject in the quotation's sentences, outside the quotation."""
    verbs = reporting_verbs()
    first = doc.char_span(quote[0], quote[0] + 1, alignment_mode="expand")
    last = doc.char_span(quote[1] - 1, quote[1], alignment_mode="expand")
    if first is None or last is None:
        return None
    sents = list({s.start: s for s in (sentence_of_token(first[0]), sentence_of_token(last[0]))}.values())
    trailing = _trailing_attribution(doc, quote, sentence_of_token(last[0]).end)
    if trailing is not None:
        sents.append(trailing)
    best: Token | None = None
    for sent in sents:
        for token in sent:
            if _token_in(token, quote) or token.lemma_.lower() not in verbs or token.pos_ not in ("VERB", "AUX"):
                continue
            if subject_of(token) is None:
                continue
            distance = min(abs(token.idx - quote[0]), abs(token.idx - quote[1]))
            if best is None or distance < min(abs(best.idx - quote[0]), abs(best.idx - quote[1])):
                best = token
    return best


def _trailing_attribution(doc: Doc, quote: Span, after: int) -> SpacySpan | None:
    """A short attribution the sentencizer split off right after the quotation: "“…,” \n she said."

    The next sentence counts only when it is short, closes the statement and either starts in lower case or
    follows a quotation that did not end its sentence; a new paragraph after a single newline never does.
    """
    if after >= len(doc) or doc[after].idx - quote[1] > 3:
        return None
    sent = sentence_of_token(doc[after])
    closed = text_of(doc)[quote[0] : quote[1]].rstrip("”’\"'»“ ").endswith((".", "!", "?"))
    if len(sent) > _TRAILING_TOKENS or (closed and not doc[after].is_lower):
        return None
    return sent


def _colon_cue(doc: Doc, quote: Span) -> Token | None:
    """The cue of a sentence ending "she said:" just before a quotation."""
    first = doc.char_span(quote[0], quote[0] + 1, alignment_mode="expand")
    if first is None or sentence_of_token(first[0]).start == 0:
        return None
    previous = sentence_of_token(doc[sentence_of_token(first[0]).start - 1])
    if not previous.text.rstrip().endswith(":"):
        return None
    verbs = reporting_verbs()
    for token in reversed(previous):
        if token.pos_ not in ("VERB", "AUX") or subject_of(token) is None:
            continue
        if token.lemma_.lower() in verbs or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _SPEECH_NOUNS for c in token.children
        ):
            return token  # "she said:", "he released the following statement:"
    return None


def _byline(text: str, quote: Span) -> Span | None:
    match = _BYLINE.match(text, quote[1])
    if match is None:
        return None
    if "\n" in match.group(1):
        return None
    end = match.end(1)
    if match.group(1).endswith(".") and len(match.group(1).split()[-1]) > 3:
        end -= 1  # the full stop after "- Hillary Clinton." is not part of the name, the one in "Jr." is
    return match.start(1), end


def attribute_quotations(
    doc: Doc, quotations: Sequence[MarkedSpan], attributions: Sequence[Attribution]
) -> tuple[list[Draft], set[int]]:
    """Direct and mixed drafts, and the indexes of the attributions they used up."""
    text = text_of(doc)
    drafts: list[Draft] = []
    used: set[int] = set()
    for quotation in quotations:
        span = (quotation.start, quotation.end)
        inner = trim_span(text, *span)
        if inner[0] >= inner[1]:
            continue
        words = word_count(text[inner[0] : inner[1]])
        draft = _from_attributions(span, inner, attributions, used)
        if draft is not None:
            if draft.kind == "direct" and words <= _SCARE_WORDS and not _ends_statement(text, span):
                continue
            drafts.append(draft)
            continue
        if words <= _SCARE_WORDS:
            continue  # scare quotes: no cue governs them
        statement = _opens_statement(text, span)
        cue = _sentence_cue(doc, span) or (_colon_cue(doc, span) if statement else None)
        if cue is not None and (statement or _continues(drafts, cue)):
            drafts.append(Draft("direct", *span, cue.text, cue, subject_of(cue)))
            continue
        if cue is not None and not _is_title(text, span):
            # A fragment quoted inside the cue's clause: the reported clause around it is the content.
            start, end = _fragment_clause(doc, cue, span)
            drafts.append(Draft("mixed", start, end, cue.text, cue, subject_of(cue)))
            continue
        if not statement:
            continue  # a title or a fragment with no cue
        byline = _byline(text, span)
        if byline is not None:
            drafts.append(Draft("direct", *span, None, None, None, byline=byline))
            continue
        drafts.append(Draft("direct", *span, None, None, None, floating=True))
    return _merge_split(text, drafts), used


def _continues(drafts: Sequence[Draft], cue: Token) -> bool:
    """The second half of “…,” she said, “…”: the same cue already introduced the quotation before."""
    return bool(drafts) and drafts[-1].kind == "direct" and drafts[-1].cue_token == cue


def _fragment_clause(doc: Doc, cue: Token, quote: Span) -> Span:
    """From just after the cue (or the sentence start when the cue follows) to the quotation's end."""
    sent = sentence_of_token(cue)
    if cue.idx < quote[0]:
        after = cue.i + 1
        while after < sent.end and doc[after].is_punct and doc[after].idx < quote[0]:
            after += 1
        return min(doc[after].idx if after < sent.end else quote[0], quote[0]), quote[1]
    return min(sent.start_char, quote[0]), max(quote[1], cue.idx)


def _opens_statement(text: str, span: Span) -> bool:
    """A free-standing quotation starts like a sentence and is not a title ("Fox and Friends")."""
    inner = text[span[0] + 1 : span[1] - 1].strip()
    words = re.findall(r"[A-Za-z][\w’'-]*", inner)
    if not words or (not inner[0].isupper() and not inner[0].isdigit()):
        before = text[: span[0]].rstrip()
        return before.endswith((":", "\n")) or not before
    return not _is_title(text, span)


def _is_title(text: str, span: Span) -> bool:
    """A show, book or slogan in quote marks: a few words, each capitalised but for short ones ("Meet the Press")."""
    words = re.findall(r"[A-Za-z][\w’'-]*", text[span[0] + 1 : span[1] - 1])
    return (
        bool(words) and len(words) <= 5 and words[0][0].isupper() and all(w[0].isupper() or len(w) <= 3 for w in words)
    )


def _ends_statement(text: str, span: Span) -> bool:
    """A one- or two-word statement closes on punctuation inside its marks: “Never,” she said."""
    return text[span[1] - 2 : span[1] - 1] in (",", ".", "!", "?")


def _from_attributions(span: Span, inner: Span, attributions: Sequence[Attribution], used: set[int]) -> Draft | None:
    best: tuple[int, int, str] | None = None
    for i, a in enumerate(attributions):
        if i in used or _token_in(a.cue_token, span):
            continue
        content = (a.start, a.end)
        if not _overlap(content, inner):
            continue
        covered = _overlap(content, inner) / max(1, a.end - a.start)
        if _inside(content, span) or covered >= 0.8:
            kind = "direct"
        elif _inside(inner, content):
            kind = "mixed"
        else:
            continue
        score = (2 if kind == "direct" else 1) * 100000 - abs(a.cue_token.idx - span[0])
        if best is None or score > best[0]:
            best = (score, i, kind)
    if best is None:
        return None
    _, i, kind = best
    used.add(i)
    a = attributions[i]
    if kind == "direct":
        return Draft("direct", *span, a.cue, a.cue_token, a.speaker)
    return Draft("mixed", min(a.start, span[0]), max(a.end, span[1]), a.cue, a.cue_token, a.speaker)


def _merge_split(text: str, drafts: list[Draft]) -> list[Draft]:
    """Join “…,” she said, “…” into one quote: the second part carries on the first."""
    merged: list[Draft] = []
    for draft in drafts:
        prev = merged[-1] if merged else None
        if prev is not None and _carries_on(text, prev, draft):
            prev.first_end = prev.first_end or prev.end
            prev.end = draft.end
            continue
        merged.append(draft)
    return merged


def _carries_on(text: str, prev: Draft, draft: Draft) -> bool:
    """Whether ``draft`` continues ``prev`` in the same paragraph: “…,” she said. “…” or “….” “…”."""
    if prev.kind != "direct" or draft.kind != "direct" or draft.byline is not None:
        return False
    gap = text[prev.end : draft.start].strip(_MARK_EDGES)  # '' doubled marks leave one mark outside each span
    if "\n" in gap or len(gap) > _SPLIT_GAP:
        return False
    if draft.cue_token is not None and draft.cue_token != prev.cue_token:
        return False
    if not gap.strip():
        return draft.cue_token is None
    cue = prev.cue_token
    return cue is not None and prev.end <= cue.idx < draft.start and gap.rstrip().endswith((",", ":", "."))
