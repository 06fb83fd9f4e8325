"""Attribute quotations (text in quote marks) to a cue and speaker: direct and mixed quotes.

A quotation is direct when an attribution's content lies inside it ("“…,” she said"), mixed when it
sits inside reported speech ("defined the document as “fundamental”"). A quotation with no cue of its
own floats: it belongs to whoever spoke just before. One or two words in quote marks with no cue of
their own are scare quotes, not statements.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from telex.nlp.cached import entities_in, text_of
from telex.nlp.sentences import sentence_of_token
from telex.quotes.attribution import Attribution
from telex.quotes.cues import reporting_verb
from telex.quotes.lexicon import cue_classes, cue_nouns, reporting_verbs, work_nouns
from telex.quotes.marks import MarkedSpan, trim_span, word_count
from telex.quotes.subjects import can_speak, speaker_span, subject_of, text_read
from telex.quotes.trim import quoted_at
from telex.records import Entity, Span

_SCARE_WORDS = 2
# Dependents of a cue that are whom it speaks to or of, never the clause reported.
_ADDRESSEES = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "iobj", "npadvmod", "punct"})
_SPLIT_GAP = 250
_TRAILING_TOKENS = 12
_MARK_EDGES = "'`\"“”‘’"
# "— Name" under a quotation, on its line or the next paragraph; the name ends its line or meets a comma.
# Dashes include the horizontal bar (―) and spaces the no-break space, as typeset pages use them.
_BYLINE = re.compile(
    r"[ \t\xa0]*(?:\n[ \t\xa0]*){0,2}[—–―-]{1,2}[ \t\xa0]*"
    r"((?:[A-Z][\w.'’-]*)(?:[ \t\xa0]+[A-Z][\w.'’-]*){0,3}?)[ \t\xa0]*(?=[.,]?[ \t\xa0]*(?:\n|$)|,)"
)
# Nouns that make a sentence ending in a colon introduce what follows: "released the following statement:".
_SPEECH_NOUNS = frozenset(
    {"statement", "message", "remarks", "words", "tweet", "post", "letter", "note", "response", "reply", "warning"}
)


# Kinds of name that may stand before a colon as the source of the quotation after it.
_SOURCE_TYPES = frozenset({"PERSON", "ORG"})


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
    continues: Draft | None = None  # the previous piece of the same statement: “…,” she said, “…”
    class_: str = "speech"  # what the cue makes of the source: speech, belief, knowledge (quote_classes.tsv)
    named: Entity | None = None  # the actor a label that names no one stands for: an interview's "A"


def _inside(span: Span, outer: Span, slack: int = 2) -> bool:
    return outer[0] - slack <= span[0] and span[1] <= outer[1] + slack


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _token_in(token: Token, span: Span) -> bool:
    return span[0] <= token.idx < span[1]


def _speaks_words(verb: Token, idioms: bool = True) -> bool:
    """A reporting verb, a phrasal one with its particle ("“…,” Trump shot back"), or with ``idioms`` "put it" as in
    "as Ann Lee put it, “…”" and "she put it this way:": words said in a way of putting them."""
    if reporting_verb(verb, quotative=True) is not None:
        return True
    return idioms and verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)


def _sentence_cue(doc: Doc, quote: Span, idioms: bool = True) -> Token | None:
    """A reporting verb with a subject in the quotation's sentences, outside the quotation; with ``idioms`` "put it"
    too."""
    first = doc.char_span(quote[0], quote[0] + 1, alignment_mode="expand")
    last = doc.char_span(quote[1] - 1, quote[1], alignment_mode="expand")
    if first is None or last is None:
        return None
    sents = list({s.start: s for s in (sentence_of_token(first[0]), sentence_of_token(last[0]))}.values())
    trailing = _trailing_attribution(doc, quote, sentence_of_token(last[0]).end)
    if trailing is not None:
        sents.append(trailing)
    cues = [
        token
        for sent in sents
        for token in sent
        if not _token_in(token, quote)
        and _speaks_words(token, idioms)
        and token.pos_ in ("VERB", "AUX")
        and subject_of(token) is not None
    ]
    governing = _governing(doc, quote, cues)
    if governing is not None:
        return governing
    return min(cues, key=lambda c: min(abs(c.idx - quote[0]), abs(c.idx - quote[1])), default=None)


def _governing(doc: Doc, quote: Span, cues: Sequence[Token]) -> Token | None:
    """The cue before a quotation that its words hang on, over any verb nearer: "Although he says he “loves
    China,” and “people from China love me,” he also accuses it of …" (says, not accuses). The lowest such cue,
    past the words' own head and any verb in other quotation marks ("“I love Larry,” he said, but “…”")."""
    words = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    heads = [t for t in words or () if not t.is_punct and not _token_in(t.head, quote)]
    if len(heads) != 1:
        return None
    cue = next((a for a in heads[0].ancestors if a in cues and _unquoted(a)), None)
    return cue if cue is not None and cue.idx < quote[0] else None


def _unquoted(token: Token) -> bool:
    """Whether a word stands outside quotation marks in its sentence."""
    return not quoted_at(token.doc, sentence_of_token(token).start, token.i)


# Words a quotative verb may have beside its speaker: "“…,” Hannity started.", "“…,” she went on quietly."
_QUOTATIVE_PARTS = frozenset({"prt", "advmod", "npadvmod", "punct"})
_QUOTATIVE_REACH = 10
_FRAME_REACH = 30
_PERSONAL = frozenset({"i", "we", "you", "he", "she", "they"})
_ADDRESSED = frozenset({"dobj", "dative", "prep", "agent"})


def _quotative_verb(doc: Doc, quote: Span) -> Token | None:
    """The verb of "“…,” Hannity started." / "“…?” Trump went on.": a quotation whose words close on a comma, question
    or exclamation mark inside its marks, followed by nothing but a speaker and a verb up to the end of the sentence
    or an aside after a comma. The frame makes any verb a quotative one (started, went on, laughed), as English
    punctuation leaves the comma for the attribution that follows."""
    text = text_of(doc)
    after = _left_open(doc, quote)
    if after is None:
        return None
    first = after.start
    while first < len(doc) and (doc[first].is_space or doc[first].text in _MARK_EDGES or doc[first].is_quote):
        first += 1
    clause: list[Token] = []
    for token in doc[first : first + _QUOTATIVE_REACH]:
        if token.text in (".", "!", "?") or "\n" in token.text:
            break
        if token.text == "," and any(t.pos_ == "VERB" for t in clause):
            break  # "Trump went on, as if he didn't hear her": an aside of the attribution
        clause.append(token)
    else:
        return None
    inside = {t.i for t in clause}
    verbs = [t for t in clause if t.pos_ == "VERB" and t.head.i not in inside - {t.i}]
    if len(verbs) != 1 or "\n" in text[quote[1] : clause[0].idx if clause else quote[1]]:
        return None
    verb = verbs[0]
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i in inside), None)
    if subject is None or not _may_speak(subject):
        return None
    # A reporting verb may name whom it was said to and where: "“…?” he urged them", "“…,” she told reporters here".
    parts = _QUOTATIVE_PARTS | _ADDRESSED if reporting_verb(verb, quotative=True) is not None else _QUOTATIVE_PARTS
    spoken = {t.i for t in subject.subtree} | {verb.i}
    spoken |= {t.i for c in verb.children if c.dep_ in parts for t in c.subtree}
    return verb if inside <= spoken else None


# Words that end the phrase naming a speaker after its head: "Nate Silver, the polling guru who …", "a voice in the ad".
_PHRASE_ENDS = frozenset({"ADP", "PUNCT", "SCONJ", "CCONJ", "VERB", "AUX"})


def _read_frame(doc: Doc, quote: Span) -> tuple[Token, Token] | None:
    """The cue and speaker of "“…,” Conway notes.", "“…,” tweeted another.", "“…,” Nate Silver, the polling guru who
    founded fivethirtyeight.com, tweeted on Wednesday." read from the words where the parse lost them: after a quotation
    closed on a comma, question or exclamation mark, the first word of the sentence that the reporting-verb table
    holds, with a phrase naming the speaker before it ("Conway notes") or right after it ("asked Mr. Manafort")."""
    clause = _after_closing(doc, quote)
    at = next(
        (i for i, t in enumerate(clause) if t.pos_ != "PROPN" and reporting_verb(t, quotative=True) is not None), None
    )
    if at is None:
        return None
    cue = clause[at]
    phrase = clause[:at] if at else clause[at + 1 :]
    named: list[Token] = []
    # After the cue the phrase runs to a comma or a preposition: "said Oversight ranking Democrat Elijah Cummings (…)"
    # with "ranking" misread as a verb.
    ends = _PHRASE_ENDS - {"VERB"} if at == 0 else _PHRASE_ENDS
    for token in phrase:
        inside = token.tag_ == "HYPH" or token.dep_ in ("amod", "compound")
        if (token.pos_ in ends and not inside) or token.tag_ in ("WP", "WDT") or _clause_of(token, named):
            break
        named.append(token)
    if cue.pos_ != "VERB" and at not in (0, len(named)):
        return None  # a noun the tagger made of a verb ("Conway notes") stands right after its speaker
    heads = [t for t in named if t.pos_ in ("NOUN", "PROPN", "PRON")] or [t for t in named if t.pos_ in ("NUM", "ADJ")]
    return (cue, heads[-1]) if heads else None


def _clause_of(token: Token, named: list[Token]) -> bool:
    """Whether a verb after the speaker's words is a clause of theirs, its subject or head named already: "said the
    senator visiting Ohio" (not "Ohio"), where "said Oversight ranking Democrat Elijah Cummings" goes on."""
    if token.pos_ != "VERB" or token.dep_ in ("amod", "compound"):
        return False
    return any((t.head.i == token.i and t.dep_ == "nsubj") or token.head.i == t.i for t in named)


def _after_closing(doc: Doc, quote: Span) -> list[Token]:
    """The words after a quotation closed on a comma, question or exclamation mark, to the full stop ending their
    sentence."""
    text = text_of(doc)
    after = _left_open(doc, quote)
    if after is None or "\n" in text[quote[1] : after.start_char]:
        return []
    clause: list[Token] = []
    for token in doc[after.start : after.start + _FRAME_REACH]:
        if token.text in (".", "!", "?", ";"):
            return clause
        if "\n" in token.text:
            return []  # a line with no full stop is a heading ("“WE WILL NOT PAY,” SAYS UNION"), misread by the tagger
        if not (token.is_space or token.text in _MARK_EDGES or token.is_quote):
            clause.append(token)
    return clause


def _left_open(doc: Doc, quote: Span) -> SpacySpan | None:
    """The word right after a quotation whose words close on a comma, question or exclamation mark inside its marks,
    which leaves the sentence open for the attribution after it; ``None`` for a quotation closed on a full stop."""
    text = text_of(doc)
    if not text[quote[0] : quote[1]].rstrip(_MARK_EDGES + " ").endswith((",", "?", "!")):
        return None
    return doc.char_span(quote[1], min(len(text), quote[1] + 1), alignment_mode="expand")


def _may_speak(subject: Token) -> bool:
    """A personal pronoun, a name or a noun that names one who can speak."""
    return subject.lower_ in _PERSONAL or subject.pos_ == "PROPN" or can_speak(subject)


def _trailing_attribution(doc: Doc, quote: Span, after: int) -> SpacySpan | None:
    """A short attribution the sentencizer split off right after the quotation: "“…,” \n she said."

    The next sentence counts only when it is short, closes the statement and either starts in lower case or
    follows a quotation that did not end its sentence; a new paragraph after a single newline never does.
    """
    if after >= len(doc) or doc[after].idx - quote[1] > 3:
        return None
    sent = sentence_of_token(doc[after])
    if "\n" not in text_of(doc)[quote[1] : doc[after].idx] and _names_speaker_only(sent):
        return sent  # "“Why not?” Vitter demanded.": a sentence that says nothing but who spoke
    closed = text_of(doc)[quote[0] : quote[1]].rstrip("”’\"'»“ ").endswith((".", "!", "?"))
    if len(sent) > _TRAILING_TOKENS or (closed and not doc[after].is_lower):
        return None
    return sent


# Dependents that give a reporting verb something of its own to report.
_OWN_CONTENT = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd", "csubj"})


def _names_speaker_only(sent: SpacySpan) -> bool:
    """Whether a sentence opens with a speaker and a reporting verb ("Vitter demanded.", "said Ann Lee, looking
    on.") and reports nothing of its own: it can only attribute the quotation before it, however it ends."""
    verb = sent.root
    if verb.pos_ not in ("VERB", "AUX") or reporting_verb(verb, quotative=True) is None:
        return False
    if any(c.dep_ in _OWN_CONTENT for c in verb.children) or any(t.dep_ == "ccomp" for t in sent):
        return False  # "Lee responded, saying the tax was fair" reports a clause of its own
    if any(c.dep_ == "advcl" and c.tag_ == "VBG" and reporting_verb(c, quotative=True) for c in verb.children):
        return False  # "Romney fired back in March, attacking Trump for “…”": a report of its own
    if sent.text.rstrip().endswith(":"):
        return False  # "Ann Lee echoed:" introduces the quotation after it
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and not c.is_punct), None)
    if subject is None:
        return False
    opening = range(sent.start, max(verb.i, subject.right_edge.i) + 1)
    return all(i == verb.i or subject.left_edge.i <= i <= subject.right_edge.i for i in opening)


def _names_statement(noun: Token) -> bool:
    """Whether a noun names words said ("statement", "comment", "reply"): what a sentence ending in a colon and
    making or giving one introduces ("Sanders made the following comment:")."""
    lemma = noun.lemma_.lower()
    return lemma in _SPEECH_NOUNS or (lemma in cue_nouns() and cue_classes().get(lemma) == "speech")


def _colon_cue(doc: Doc, quote: Span) -> Token | None:
    """The cue of a sentence ending "she said:" just before a quotation, or of one in its paragraph that names a speaker
    and a reporting verb and reports nothing of its own ("Sam Lau, a party spokesman, said in a statement. “…”")."""
    first = doc.char_span(quote[0], quote[0] + 1, alignment_mode="expand")
    if first is None or sentence_of_token(first[0]).start == 0:
        return None
    previous = sentence_of_token(doc[sentence_of_token(first[0]).start - 1])
    if not previous.text.rstrip().endswith(":"):
        return _said_before(doc, previous, quote)
    for token in reversed(previous):
        if token.pos_ not in ("VERB", "AUX") or subject_of(token) is None:
            continue
        if _speaks_words(token) or any(c.dep_ == "dobj" and _names_statement(c) for c in token.children):
            return token  # "she said:", "he released the following statement:"
    return None


def _said_before(doc: Doc, previous: SpacySpan, quote: Span) -> Token | None:
    """The reporting verb of a sentence right before a quotation in its paragraph that says who spoke and nothing of
    what ("… said in a statement."), with a full stop where a colon belongs: what it reports is the quotation, when
    that closes on a full stop (“…?” Kim asked: its attribution follows). Only a verb of speech: "Lee agreed." holds a
    view the quotation after it may go on with."""
    said = previous.text.rstrip()
    gap = text_of(doc)[previous.start_char + len(said) : quote[0]]
    if gap.strip() or "\n" in gap or not said.endswith(".") or _left_open(doc, quote) is not None:
        return None  # another paragraph, or a quotation left open for the attribution after it: “…?” Kim asked.
    if not _names_speaker_only(previous):
        return None
    return previous.root if _cue_class(previous.root) == "speech" else None  # "Lee agreed." holds a stance


def _introducing_verb(doc: Doc, quote: Span) -> Token | None:
    """The verb of a clause ending in a colon or a comma right before a quotation whose subject can speak: "She then
    addressed the supporters again:", "Sanders delivered a snappy retort:", "Obama's first questioners ranged from
    skeptical to hostile:", "Clinton shared a bit of her anxiety with an audience, “…”", "Hillary Clinton cracked,
    '…'". The punctuation hands the quotation to the subject, whatever the verb."""
    mark = _mark_before(doc, quote[0])
    if mark is None or mark.i == 0:
        return None
    last = doc[mark.i - 1]
    if last.lower_ in work_nouns() or (last.pos_ == "VERB" and last.dep_ == "acl"):
        return None  # "inspecting Trump's new book, “Crippled America …”", "a column, entitled, “…”" name a work
    verb: Token | None = None
    token = doc[mark.i - 1]
    while True:  # the highest verb before the mark above its last word: "focuses on how many … were able to kill:"
        if token.pos_ in ("VERB", "AUX"):
            verb = token
        if token.head.i == token.i or token.head.i > mark.i:
            break
        token = token.head
    if any(a.idx >= quote[1] for a in token.ancestors):
        return None  # "After the senator left, “…” was heard from the crowd": a clause of the sentence going on
    if verb is None or any(c.dep_ == "ccomp" and c.i < mark.i for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < mark.i), None) or _misread_subject(verb)
    return verb if subject is not None and _may_speak(subject) else None


def _misread_subject(verb: Token) -> Token | None:
    """The name a verb before a colon was hung on as a participle: "Mitt Romney, the 2012 nominee, tweeted in
    response:" (a finite verb; a participle on a person introduces no words of theirs)."""
    return verb.head if verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.pos_ == "PROPN" else None


def _mark_before(doc: Doc, start: int) -> Token | None:
    """The colon or comma that ends the text right before ``start``, past spaces and line breaks."""
    text = text_of(doc)
    at = len(text[:start].rstrip(" \t\n\xa0'`")) - 1  # past the first of doubled marks (''…'')
    if at < 0 or text[at] not in ":,":
        return None
    token = doc.char_span(at, at + 1, alignment_mode="expand")
    return token[0] if token is not None and token[0].text in (":", ",") else None


def _lead_in_name(doc: Doc, quote: Span) -> Token | None:
    """The source a sentence names before the colon that opens a quotation with no cue: the proper noun the colon
    follows, else the last person or organisation of the words before the colon ("… - Philip Bump: “…”", "Here's
    Clinton in December 1992: “…”", "From Bush's Facebook post: “…”", "…," by DNAinfo's Eddie Small: “…”"), not one
    a statement was made in or on ("later that month on CNN:"). Without it the quotation would go on with the speaker
    of the quote before."""
    text = text_of(doc)
    before = text[: quote[0]].rstrip(" \t\xa0")
    if not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    sentence = sentence_of_token(colon[0])
    lead_in = doc[sentence.start : colon.start]
    names = [e.root for e in entities_in(lead_in) if e.label_ in _SOURCE_TYPES and not _medium(e.root)]
    # A colon glued to the word before it ("Clinton:"We") leaves no word right before it to read.
    glued = not colon.text.startswith((":", "):"))
    last = None if glued else _name_before(doc, colon.start)
    if last is not None and sentence.start <= last.i:
        return last
    return names[-1] if names else None


def _name_before(doc: Doc, end: int) -> Token | None:
    """The proper noun right before token ``end``, over a bracketed note ("Trey Gowdy (R-S.C.)"): a name the tagger
    did not type ("- Philip Bump:")."""
    i = end - 1
    if doc[end].text.startswith(")") or (i >= 0 and doc[i].text == ")"):
        while i >= 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    return doc[i] if i >= 0 and doc[i].pos_ == "PROPN" and not _medium(doc[i]) else None


def _medium(name: Token) -> bool:
    """Whether a name is where something was said, not who said it: the object of a preposition other than "by"
    ("on CNN", "in the Times")."""
    return name.dep_ == "pobj" and name.head.lower_ != "by"


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
    marked = [(q.start, q.end) for q in quotations]
    for quotation in quotations:
        span = (quotation.start, quotation.end)
        inner = trim_span(text, *span)
        if inner[0] >= inner[1]:
            continue
        if _names_work(doc, span):
            used.update(_read_into_title(span, inner, attributions))
            continue
        words = word_count(text[inner[0] : inner[1]])
        draft = _from_attributions(text, span, inner, attributions, used, marked)
        if draft is not None:
            if draft.kind == "direct" and words <= _SCARE_WORDS and not _ends_statement(text, span):
                continue
            drafts.append(draft)
            continue
        short = words <= _SCARE_WORDS
        said = short and _said_alone(doc, span)
        if short and not (said or _asks_or_exclaims(text, span)):
            continue  # scare quotes: no cue governs them
        statement = said or _opens_statement(text, span) or _framed_title(doc, span)
        # "As Lee put it" reports no clause of its own, so it attributes only a quotation that is a statement.
        cue = _sentence_cue(doc, span, statement) or (
            (_colon_cue(doc, span) or _introducing_verb(doc, span) or _quotative_verb(doc, span)) if statement else None
        )
        if cue is not None and (statement or _continues(drafts, cue)):
            speaker = subject_of(cue) or _misread_subject(cue)
            drafts.append(Draft("direct", *span, cue.text, cue, speaker, class_=_cue_class(cue)))
            continue
        if short and _own_line(text, span):
            continue  # a cry alone on its line with no cue is a heading ("– ‘Who cares?’ –."), not a statement
        if cue is not None and not _is_title(text, span):
            # A fragment quoted inside the cue's clause: the reported clause around it is the content.
            start, end = _fragment_clause(doc, cue, span)
            drafts.append(Draft("mixed", start, end, cue.text, cue, subject_of(cue), class_=_cue_class(cue)))
            continue
        if not statement:
            continue  # a title or a fragment with no cue
        frame = _read_frame(doc, span)
        if frame is not None:
            drafts.append(Draft("direct", *span, frame[0].text, frame[0], frame[1], class_=_cue_class(frame[0])))
            continue
        byline = _byline(text, span)
        if byline is not None:
            drafts.append(Draft("direct", *span, None, None, None, byline=byline))
            continue
        source = _lead_in_name(doc, span)
        if source is not None:
            drafts.append(Draft("direct", *span, None, None, source))
            continue
        # A quotation inside the writer's sentence is a phrase it names, a title, slogan or sign, not a statement.
        named = "phrase" if _within_sentence(text, span) else "speech"
        drafts.append(Draft("direct", *span, None, None, None, floating=True, class_=named))
    return link_pieces(text, [_speaker_outside(doc, draft) for draft in drafts]), used


def _speaker_outside(doc: Doc, draft: Draft) -> Draft:
    """A quotation whose speaker the parse found among its own words takes the one the words after it name, where
    they do: "“They were professionals, but also competitors,” William M. Daley, President Obama's former chief of
    staff, said" (not "competitors"), "“If Reagan had gone with Kemp, I would have …,” Mr. Daniloff … said" (not
    "I"). The words inside the marks are what was said, never who said it."""
    speaker = draft.speaker
    if draft.kind != "direct" or speaker is None or not draft.start <= speaker.idx < draft.end:
        return draft
    frame = _read_frame(doc, (draft.start, draft.end))
    if frame is not None and not draft.start <= frame[1].idx < draft.end:
        cue, speaker = frame
        return replace(draft, cue=cue.text, cue_token=cue, speaker=speaker, class_=_cue_class(cue))
    outer = _subject_outside(draft)
    return replace(draft, speaker=outer) if outer is not None else draft


def _subject_outside(draft: Draft) -> Token | None:
    """The subject of the clause outside the quotation that the cue hangs on through the quoted words, where the parser
    hung a participle cue on them: "Clinton seemed ready to riff on it, telling the crowd, “Some people get …”"."""
    token = draft.cue_token
    while token is not None and token.head.i != token.i:
        token = token.head
        if not draft.start <= token.idx < draft.end:
            subject = subject_of(token)
            return subject if subject is not None and not draft.start <= subject.idx < draft.end else None
    return None


# Brackets a writer sets around words put in for the speaker's own ("[Trump] doesn't", "(Cruz) has", "[W]e").
_EDITED = "(["
# What may stand before a quotation that is a sentence of its own: the end of a sentence, a colon, a line break.
_SENTENCE_BEFORE = ".!?:\n" + _MARK_EDGES
_SENTENCE_AFTER = "\n.,;:!?)]—–-"


def _within_sentence(text: str, span: Span) -> bool:
    """Whether a quotation with no cue stands inside the writer's sentence, words of it on both sides ("waved their
    “Hispanics para Trump” signs", "The “90 to 95 percent” figure came from …", "the cries of “Bitch!” (for …)"): a
    phrase the sentence names, not a statement of its own that the speaker before goes on with (PolNeAR marks some
    titles and slogans so, hence a class the attribution scheme keeps)."""
    before = text[: span[0]].rstrip(" \t\xa0")
    after = text[span[1] :].lstrip(" \t\xa0")
    return bool(before) and before[-1] not in _SENTENCE_BEFORE and bool(after) and after[0] not in _SENTENCE_AFTER


def _mid_clause(text: str, content: Span, quote: Span) -> bool:
    """Whether the reported clause opens with words before the quotation: in "said (that) Clinton “was lying”"
    the quotation starts mid-clause, so the quote is mixed and the clause, "that" included, its content."""
    return re.search(r"\w", text[content[0] : quote[0]]) is not None


def _cue_class(cue: Token) -> str:
    """The class of a verb cue found beside a quotation ("said": speech); a colon's statement noun is speech."""
    info = reporting_verb(cue, quotative=True)
    return _read_class(cue, info.class_) if info is not None else "speech"


def _read_class(cue: Token | None, class_: str) -> str:
    """The class of a quotation a text "reads": its writer's statement, as "said" would make it ("“…,” the letter
    read", "“…,” it reads" of an email), where reading is otherwise knowledge ("I read that …"); a sign's words stay
    what they were."""
    return "speech" if class_ == "knowledge" and cue is not None and text_read(cue) is not None else class_


def _continues(drafts: Sequence[Draft], cue: Token) -> bool:
    """The second half of “…,” she said, “…”: the same cue already introduced the quotation before."""
    return bool(drafts) and drafts[-1].kind == "direct" and drafts[-1].cue_token == cue


def _fragment_clause(doc: Doc, cue: Token, quote: Span) -> Span:
    """The reported clause holding a quoted fragment: the cue's clause around the quotation ("told reporters
    that he would “fight on”": from "that"), or the sentence up to the speaker when the cue follows."""
    sent = sentence_of_token(cue)
    if cue.idx < quote[0]:
        clause = _clause_holding(doc, cue, quote)
        if clause is not None:
            first = clause.left_edge
            info = reporting_verb(cue, quotative=True)
            if info is not None and info.takes_object:  # "called Trump a “liar”": what is described is said too
                first = min([first, *(c.left_edge for c in cue.rights if c.dep_ == "dobj" and c.i < clause.i)])
            last = clause.right_edge
            while last.i > clause.i and (last.is_punct or last.is_space) and last.idx >= quote[1]:
                last = doc[last.i - 1]
            return min(first.idx, quote[0]), max(quote[1], last.idx + len(last))
        after = cue.i + 1
        while after < sent.end and doc[after].is_punct and doc[after].idx < quote[0]:
            after += 1
        return min(doc[after].idx if after < sent.end else quote[0], quote[0]), quote[1]
    speaker = subject_of(cue)
    stop = speaker.left_edge.idx if speaker is not None and quote[1] <= speaker.idx < cue.idx else cue.idx
    end = len(text_of(doc)[:stop].rstrip(" \t\n,;:—–-"))
    return min(sent.start_char, quote[0]), max(quote[1], end)


def _clause_holding(doc: Doc, cue: Token, quote: Span) -> Token | None:
    """The clause the cue governs that holds the quotation's first word, not the one spoken to."""
    words = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    token = next((t for t in words or () if not (t.is_punct or t.is_space)), None)
    if token is None:
        return None
    while token.head.i != cue.i and token.head.i != token.i:
        token = token.head
    if token.head.i != cue.i or token.dep_ in _ADDRESSEES:
        return None
    return token


def _opens_statement(text: str, span: Span) -> bool:
    """A free-standing quotation starts like a sentence and is not a title ("Fox and Friends"); a word the writer put
    in brackets for the speaker's own may open it ("“(Cruz) has those values”", "“[W]e won't be running it”")."""
    inner = text[span[0] + 1 : span[1] - 1].strip()
    words = re.findall(r"[A-Za-z][\w’'-]*", inner)
    first = inner.lstrip(_EDITED)
    if not words or not first or (not first[0].isupper() and not first[0].isdigit()):
        before = text[: span[0]].rstrip()
        return before.endswith((":", "\n")) or not before
    return not _is_title(text, span)


def _framed_title(doc: Doc, span: Span) -> bool:
    """Whether words capitalised like a title are said, as the frame after them shows: they close on a comma, question
    or exclamation mark inside the marks and nothing but a speaker and a verb end the sentence ("“Absolutely not.
    Absolutely not,” Clinton responded", "“Grizzly Adams?” Maddow repeated", ``_quotative_verb``); a title named in a
    sentence has no such frame, nor one a verb takes with an object of its own ("“Latin History for Dummies,” the
    actor discussed the absence of …")."""
    if not _is_title(text_of(doc), span):
        return False
    verb = _quotative_verb(doc, span)
    objects = [c for c in verb.children if c.dep_ == "dobj"] if verb is not None else []
    return verb is not None and all(c.pos_ == "PRON" or _may_speak(c) for c in objects)  # "asked him": the one asked


def _is_title(text: str, span: Span) -> bool:
    """A show, book or slogan in quote marks: a few words, each capitalised but for short ones ("Meet the Press")."""
    words = re.findall(r"[A-Za-z][\w’'-]*", text[span[0] + 1 : span[1] - 1])
    return (
        bool(words) and len(words) <= 5 and words[0][0].isupper() and all(w[0].isupper() or len(w) <= 3 for w in words)
    )


def _names_work(doc: Doc, span: Span) -> bool:
    """A quoted title naming a work, never a quote in itself: title-cased words set beside a noun for a titled
    work ("the film “Selma”", "his book, “The Art of the Deal”"), or the object of a preposition or a possessive
    with no clause of their own ("appeared on “Fox and Friends”", "CNN's “State of the Union”")."""
    text = text_of(doc)
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or words.start == 0 or not _is_title(text, span):
        return False
    before = doc[words.start - 1]
    while before.i > 0 and before.is_space:
        before = doc[before.i - 1]  # "on\xa0“…”": a space the tagger kept
    # "in his 2002 book, “…”": an apposition may be set off by a comma.
    noun = doc[before.i - 1] if before.text == "," and before.i > 0 else before
    if noun.pos_ in ("NOUN", "PROPN") and noun.lower_ in work_nouns():
        return True
    if _spoken_to(before, words):
        return True
    if before.pos_ != "ADP" and before.tag_ != "POS":
        return False
    # "on “Meet the Press”" names a show; a clause with its own subject is something said ("on “We Will Win”").
    return not any(t.dep_ in ("nsubj", "nsubjpass") and t.head in words for t in words)


def _spoken_to(verb: Token, words: SpacySpan) -> bool:
    """Whether the quoted words are the object of a cue whose bare object is never what was said, so the one spoken
    to ("told “Meet the Press”", "assured “Fox News Sunday”")."""
    info = reporting_verbs().get(verb.lemma_.lower())
    return (
        info is not None
        and not (info.takes_object or info.topic)
        # A title opening with a verb ("Meet the Press") is often parsed as the cue's open complement.
        and any(t.head.i == verb.i and t.dep_ in ("dobj", "dative", "xcomp") for t in words)
    )


def _read_into_title(span: Span, inner: Span, attributions: Sequence[Attribution]) -> set[int]:
    """The attributions whose content ends inside a work's title named before their cue: "In his book, “Make Your
    Kid a Millionaire,” he suggested …" is no report of the title; the parse took the name for the clause said."""
    return {
        i for i, a in enumerate(attributions) if a.start < inner[0] < a.end <= span[1] and a.cue_token.idx >= span[1]
    }


def _asks_or_exclaims(text: str, span: Span) -> bool:
    """A word or two closed on a question or exclamation mark inside the marks is said, not named: “You winning?”,
    “Who cares?”, “Never!” (a term or a name quoted closes on a comma or nothing: “Trumpcare,”)."""
    return text[span[0] : span[1] - 1].rstrip()[-1:] in ("!", "?")


def _own_line(text: str, span: Span) -> bool:
    """Whether a quotation has its line to itself, no word outside its marks."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    return re.search(r"\w", text[start : span[0]] + text[span[1] : end if end >= 0 else len(text)]) is None


def _said_alone(doc: Doc, span: Span) -> bool:
    """Whether a word or two in marks are a statement of their own: they close on punctuation inside the marks and a
    speaker and a verb frame them, after ("“Never,” she said.", "“Apparently not,“ he said.") or before, ending on a
    comma or a colon ("shook her head and said, “No.”"). A term quoted in a sentence has no such frame ("the
    so-called “reform,” which …")."""
    if not _ends_statement(text_of(doc), span):
        return False
    verb = _quotative_verb(doc, span)
    if verb is None:
        # "said, “No.”": the reporting verb itself right before the comma or colon (not "an ad titled, “Scam.”", nor
        # "his tip sheet at Politico, ''Playbook,''"), or "as X put it" however its aside runs on.
        mark = _mark_before(doc, span[0])
        if mark is None or mark.i == 0:
            return False
        if doc[mark.i - 1].pos_ == "VERB" and _speaks_words(doc[mark.i - 1]):
            return True
        verb = _introducing_verb(doc, span)
        return verb is not None and verb.lemma_.lower() == "put" and _speaks_words(verb)
    # The frame opens right after the marks, with its speaker or its verb: not a relative clause ("which he backed").
    after = next((t for t in doc if t.idx >= span[1] and not (t.is_space or t.is_punct)), None)
    subject = subject_of(verb)
    return after is not None and (after.i == verb.i or (subject is not None and after.i == subject.left_edge.i))


def _ends_statement(text: str, span: Span) -> bool:
    """A one- or two-word statement closes on punctuation inside its marks: “Never,” she said."""
    return text[span[1] - 2 : span[1] - 1] in (",", ".", "!", "?")


def _only_quoted(text: str, a: Attribution, quotations: Sequence[Span]) -> bool:
    """Whether the content holds nothing but quotations and the attribution's own words: "“A,” Mr. Obama said,
    “B”" is two pieces of one direct statement, not reported speech around them."""
    words = a.cue_token.idx, a.cue_token.idx + len(a.cue_token)
    if a.speaker is not None:
        speaker = speaker_span(a.speaker)
        words = min(words[0], speaker[0]), max(words[1], speaker[1])
    covered = sorted([*(q for q in quotations if _overlap(q, (a.start, a.end))), words])
    position = a.start
    for start, end in covered:
        if re.search(r"\w", text[position : max(position, start)]):
            return False
        position = max(position, end)
    return re.search(r"\w", text[position : a.end]) is None


def _cue_beside(text: str, a: Attribution, quote: Span) -> bool:
    """Whether the report's own cue stands inside its content beside a quotation that is a statement: before it
    ("Asked what he wants, Adelson said, “…”") or after one that closes on punctuation ("“…,” they said, under Article
    21 …"). The parser spread the content over the cue, and the quotation is the words the cue reports, not a
    fragment of the clause around it ("“A big truck” plowed through barriers, he said" stays mixed)."""
    cue = a.cue_token.idx
    after = quote[1] <= cue < a.end and _ends_statement(text, quote)
    return (a.start <= cue < quote[0] or after) and _opens_statement(text, quote)


def _tag_taken_in(text: str, a: Attribution, quote: Span) -> bool:
    """Whether the parser ran the report's content from a quotation that is a statement on into the first words of
    the tag after it, up to the speaker: "“But that was the first time …,” CBS This Morning co-Anchor DeMarco Morgan
    said", "“She is also a mother …,” another friend, Mariam Emara told CNN". The content opens with the quotation,
    the quotation closes on punctuation, and the words after it, no sentence or quotation of their own, lead to the
    speaker and the cue after the content: the quotation is the statement, those words name who made it."""
    cue = a.cue_token
    if a.speaker is None or _mid_clause(text, (a.start, a.end), quote) or not quote[1] < a.end <= cue.idx:
        return False
    if a.speaker.idx < quote[1] or not (_ends_statement(text, quote) and _opens_statement(text, quote)):
        return False
    # Only words of a name or title lead to the speaker: no clause goes on ("“…,” since so many cases …, said Lee").
    words = [t for t in cue.doc if quote[1] <= t.idx < cue.idx]
    clause = any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.dep_ == "mark" for t in words)
    return not clause and re.search(r"[.!?;:\n\"“”«»]", text[quote[1] : cue.idx]) is None


def _set_off_before(text: str, a: Attribution, quote: Span) -> bool:
    """Whether the writer's own sentence runs up to a colon or an opening bracket and the quotation after it, a
    statement, is what the cue after it reports: "Mosman saw Santilli's words differently: “When he says …,” he
    said", "prompted some blowback from members (“I want my dues back,” wrote Edward Nelson …)", "For example: “We
    made a terrible mistake …,” he told CNN". The parser ran the content back over the writer's words; the cue's
    words are the quotation alone (a cue before the colon, "said there is a simple explanation: “…”", reports both)."""
    cue = a.cue_token.idx
    if not quote[1] <= cue or not a.start < quote[0] or a.end > cue:
        return False
    before = text[a.start : quote[0]].rstrip(" \t\xa0'`")  # a doubled mark ('') leaves its first half before
    closed = text[quote[0] : quote[1]].rstrip(_MARK_EDGES + " ")[-1:] in (",", ".", "!", "?")
    return before.endswith((":", "(")) and closed and _opens_statement(text, quote)


def _from_attributions(
    text: str, span: Span, inner: Span, attributions: Sequence[Attribution], used: set[int], quotations: Sequence[Span]
) -> Draft | None:
    candidates: list[tuple[int, str]] = []
    for i, a in enumerate(attributions):
        if i in used or _token_in(a.cue_token, span) or a.kind == "act":
            continue  # an act decides things: it speaks no quotation
        content = (a.start, a.end)
        if not _overlap(content, inner):
            continue
        covered = _overlap(content, inner) / max(1, a.end - a.start)
        direct = covered >= 0.8 or _only_quoted(text, a, quotations)
        beside = _cue_beside(text, a, span) or _tag_taken_in(text, a, span) or _set_off_before(text, a, span)
        if _inside(content, span) or (direct and not _mid_clause(text, content, span)) or beside:
            candidates.append((i, "direct"))
        elif _inside(inner, content):
            candidates.append((i, "mixed"))
    if not candidates:
        return None
    mixed = [attributions[i] for i, kind in candidates if kind == "mixed"]
    whole = [attributions[i] for i, kind in candidates if kind == "direct"]

    def score(candidate: tuple[int, str]) -> tuple[int, int, int, int]:
        i, kind = candidate
        a = attributions[i]
        # "Ditto said she expects the campaign “to …”": the report that holds the other cues is the statement; so
        # too when the report it holds would take the quotation whole ("said they want “justice”": said, not want).
        holds = sum(a is not b and a.start <= b.cue_token.idx < a.end for b in mixed) if kind == "mixed" else 0
        outer = kind == "mixed" and any(a.start <= b.cue_token.idx < a.end for b in whole)
        return (outer, kind == "direct", holds, -abs(a.cue_token.idx - span[0]))

    i, kind = max(candidates, key=score)
    used.add(i)
    a = attributions[i]
    if kind == "direct":
        return Draft("direct", *span, a.cue, a.cue_token, a.speaker, class_=_read_class(a.cue_token, a.class_))
    start, end = min(a.start, span[0]), max(a.end, span[1])
    return Draft("mixed", start, end, a.cue, a.cue_token, a.speaker, class_=_read_class(a.cue_token, a.class_))


def join_pieces(text: str, drafts: list[Draft]) -> list[Draft]:
    """Reported words and a quotation next to them that one cue reports both of are one quote ("said she has the
    quality for the job: “Steadiness …”", "blamed the media for focusing on “he said this, he tweeted that.”"):
    nothing but a comma, colon, dash or "and" between them, in one sentence. ``drafts`` in text order."""
    joined: list[Draft] = []
    for draft in drafts:
        prev = joined[-1] if joined else None
        if prev is not None and _one_statement(text, prev, draft):
            kind = "indirect" if prev.kind == draft.kind == "indirect" else "mixed"
            joined[-1] = replace(prev, kind=kind, end=max(prev.end, draft.end))
            continue
        joined.append(draft)
    return joined


def _one_statement(text: str, prev: Draft, draft: Draft) -> bool:
    if prev.cue_token is None or draft.cue_token != prev.cue_token or prev.kind == draft.kind == "direct":
        return False
    between = text[prev.end : max(prev.end, draft.start)]
    return re.search(r"[.!?\n]", between) is None and between.strip(_MARK_EDGES + " ,;:—–-\xa0") in ("", "and")


def link_pieces(text: str, drafts: list[Draft]) -> list[Draft]:
    """“…,” she said, “…”: each quotation piece stays a quote of its own, and the second continues the first
    with its cue and speaker (readers and quote trackers count the pieces, not the statement). Run on the
    quotations first, then on every draft in text order, so a quotation the first run left alone may carry on
    reported speech just before it ("She called it unfair. “…”")."""
    for i, (prev, draft) in enumerate(pairwise(drafts)):
        if draft.continues is not None:
            continue
        host = _aside_host(text, drafts[: i + 1], draft)
        if host is None and not _carries_on(text, prev, draft):
            continue
        first = draft.continues = host or prev
        if host is not None or draft.cue_token is None:
            draft.cue, draft.cue_token, draft.speaker = first.cue, first.cue_token, first.speaker
            draft.byline, draft.floating, draft.class_ = first.byline, first.floating, first.class_
    return drafts


def _aside_host(text: str, before: Sequence[Draft], draft: Draft) -> Draft | None:
    """The quotation that ``draft`` goes on with across an aside of its attribution: in "“A,” said Ms. Lee, referring
    to the bill. “B”" or "“A,” said Lee, who noted that …. “B”" B is Lee's next words, not what the participle or the
    relative reports. The quotation before, with its cue between the two, in one paragraph, the sentence closed
    before B; everything the parser found between them (and B's own cue, if any) an aside of that cue."""
    if draft.kind != "direct" or draft.byline is not None:
        return None
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i].kind == "direct" and before[i].cue_token), None)
    if at is None:
        return None
    host = before[at]
    cue = host.cue_token
    if cue is None or not host.end <= cue.idx < draft.start:
        return None
    gap = text[host.end : draft.start]
    if "\n" in gap or len(gap) > _SPLIT_GAP or not gap.strip(_MARK_EDGES + " \xa0").endswith("."):
        return None
    asides = [d.cue_token for d in before[at + 1 :]] + [draft.cue_token]
    if any(a is not None and not _aside_of(a, cue) for a in asides) or all(a is None for a in asides):
        return None
    return host


# A clause that modifies a cue's clause or its speaker rather than giving what was said.
_ASIDE_CLAUSES = frozenset({"relcl", "advcl", "acl"})


def _aside_of(token: Token, cue: Token) -> bool:
    """Whether ``token`` stands in a participle or relative clause hung on ``cue`` or on its speaker ("said Ms. Lee,
    referring to …", "said Lee, who noted …"), not in the clause the cue reports."""
    deps: list[str] = []
    while token.i != cue.i and token.head.i != token.i and len(deps) < 5:
        deps.append(token.dep_)
        token = token.head
    return token.i == cue.i and bool(_ASIDE_CLAUSES.intersection(deps)) and "ccomp" not in deps


def _next_paragraph(text: str, prev: Draft, draft: Draft) -> bool:
    """“…,” he said.\n\n“…”: a paragraph that is a quotation and nothing else, with no cue of its own, goes on with the
    quotation that ends the paragraph before, on its own or with its attribution after it."""
    said, _, after = text[prev.end : draft.start].partition("\n")
    line_end = text.find("\n", draft.end)
    rest = text[draft.end : len(text) if line_end < 0 else line_end]
    cue = prev.cue_token
    attributed = cue is not None and prev.end <= cue.idx < prev.end + len(said) and said.rstrip().endswith(".")
    return (
        draft.cue_token is None
        and prev.kind != "indirect"
        and prev.speaker is not None
        and prev.class_ == "speech"
        and (attributed or re.search(r"\w", said) is None)
        and not after.strip(_MARK_EDGES + " \n\xa0")
        and re.search(r"\w", rest) is None
    )


def _carries_on(text: str, prev: Draft, draft: Draft) -> bool:
    """Whether quotation ``draft`` continues ``prev`` in the same paragraph: “…,” she said. “…” or “….” “…”; the
    statement may open with reported words (The summit did “too little,” he added. “…”; She called it unfair. “…”)."""
    if prev.cue_token is not None and draft.cue_token == prev.cue_token and prev.end <= draft.start:
        # One cue reports both pieces: one statement, in a paragraph or introduced by a colon before a new one.
        between = text[prev.end : draft.start]
        colon = between.strip(_MARK_EDGES + " \n\xa0").endswith(":") and prev.class_ == draft.class_
        return "\n" not in between or colon
    if draft.kind != "direct" or draft.byline is not None or prev.end > draft.start:
        return False
    # '' doubled marks leave one mark outside each span; a title's marks may close the gap ("on “Fox and Friends.”").
    gap = text[prev.end : draft.start].strip(_MARK_EDGES + " ")
    if len(gap) > _SPLIT_GAP:
        return False
    if "\n" in gap:
        return _next_paragraph(text, prev, draft)
    if draft.cue_token is not None and draft.cue_token != prev.cue_token:
        return False
    if re.search(r"\w", gap) is None:  # nothing but the full stop or comma closing the piece before
        return draft.cue_token is None
    cue = prev.cue_token
    return cue is not None and prev.end <= cue.idx < draft.start and gap.rstrip().endswith((",", ":", "."))
