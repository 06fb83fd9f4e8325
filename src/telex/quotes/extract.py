"""Quote extraction over a parsed article: quotations and reported speech merged into ``Quote`` records."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from telex.coref.names import person_called
from telex.entity_index import EntityIndex
from telex.ingest.clean import is_heading
from telex.nlp.cached import entity_starting_at, text_of
from telex.nlp.sentences import sentence_index
from telex.quotes import boundaries
from telex.quotes.attribution import Attribution
from telex.quotes.cues import QUOTING
from telex.quotes.direct import Draft, attribute_quotations, join_pieces, link_pieces
from telex.quotes.furniture import furniture_lines, quoted_subheadings
from telex.quotes.grammar import QUESTIONING, TIMES, phrase_alone, span_roots
from telex.quotes.labelled import interview_turns, labelled_statements, transcript_speakers
from telex.quotes.lexicon import cue_nouns, cue_phrases, evident_adjectives, reporting_verbs, source_nouns
from telex.quotes.marks import MarkedSpan, find_quotations, trim_span, word_count
from telex.quotes.nouns import (
    adjective_attributions,
    answered_attributions,
    holder_attributions,
    noun_attributions,
    received_attributions,
)
from telex.quotes.phrases import before_closing_phrase, phrase_attributions
from telex.quotes.relays import split_relays
from telex.quotes.scheme import DEFAULT_SCHEME, in_scheme, kept_classes, reads_labels, reads_relays, source_class
from telex.quotes.slots import QUESTION_WORDS, TOPIC_PREPS, has_object, quoted_label
from telex.quotes.speaker import resolve_speaker
from telex.quotes.subjects import names_speaker, speaker_span
from telex.quotes.trim import trimmed
from telex.quotes.verbs import held_back, verb_attributions
from telex.quotes.via import outlets_of
from telex.records import Entity, Quote, Span, Speaker

# A quote with no cue of its own continues the previous speaker only this close to the previous quote.
_FLOAT_REACH = 700
_UNATTRIBUTED_MIN_WORDS = 5
_DUPLICATE_SHARE = 0.5
_CLOSING = frozenset({"”", "’", '"', "'"})
_SETTING_OFF = frozenset({",", "—", "--", "–"})
_QUOTED_SELVES = frozenset({"i", "we", "you", "my", "our", "your"})
# Adverbs that stand for a whole clause ("thinks so", "hopes not", "said otherwise"): content, unlike other adverbs.
_PRO_ADVERBS = frozenset({"so", "not", "otherwise", "likewise", "differently"})

# Entity types of places: a place named before a colon heads a list or a section, it does not speak.
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Entity types of names a report may be about ("endorsed Trump", "blasted Congress", "contesting Ohio"); the dates
# that may follow them are of ``grammar.TIMES``.
_NAMED_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
# A section's title run into its paragraph has at most this many words ("Retirement accounts Two years ago, …"); the
# word classes that open the paragraph's first sentence there, capitalised after a word in lower case.
_RUN_IN_TITLE_WORDS = 4
_RUN_IN_OPENERS = frozenset({"DET", "ADP", "PRON", "NUM", "ADV", "SCONJ"})
# The prepositions of what a statement noun was about ("comments on", "testimony about", "anger over"): the topic
# prepositions of the verbs but "of", which often gives what the noun says ("warnings of war", "accusations of fraud").
_NOUN_TOPIC_PREPS = TOPIC_PREPS - {"of"}
# The most words a label naming a body or people has ("NY Daily News: …").
_BODY_LABEL_WORDS = 3
# The class of an interview's answer (quote_classes.tsv).
ANSWER = "answer"
# The class of a report whose content is a noun phrase alone, named by its object (quote_classes.tsv).
MENTION = "mention"
# The class of a question no one named puts (quote_classes.tsv).
QUESTION = "question"
# The word classes that head a noun phrase, and those that may head a phrase the report holds beside it ("blame China
# for …", "paint Trump as unfit", "call him a fraud").
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_NOMINAL_OR_PHRASE = _NOMINAL | {"ADP", "ADJ", "CCONJ", "DET"}
# What only a verb has: a noun with a subject, an auxiliary or a "that" is a clause the parser misread.
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})
# Double quotation marks, which the tokenizer may leave glued to a word (".@BernieSanders prioritized …").
_DOUBLE_MARKS = ('"', "“", "”", "„", "«", "»", "''")


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _indirect_drafts(
    attributions: list[Attribution], used: set[int], taken: list[Draft], quotations: list[tuple[int, int]]
) -> list[Draft]:
    """Reported speech not already part of a direct or mixed quote, one draft per content span."""
    drafts: list[Draft] = []
    for i, a in enumerate(attributions):
        if i in used or _inside_direct_quote(a, taken):
            continue
        content = _on_cue_line(text_of(a.cue_token.doc), a.start, a.end, a.cue_token.idx)
        size = max(1, content[1] - content[0])
        if any(
            _overlap(content, (d.start, d.end)) / size >= _DUPLICATE_SHARE
            and not d.start <= a.cue_token.idx < d.end
            and not _holds(a, d)
            for d in [*taken, *drafts]
        ):
            continue
        if any(_restates(a, d) or _said_of_quotation(a, d) for d in [*taken, *drafts]):
            continue
        # Reported speech that embeds a quotation the attribution did not claim is still mixed.
        drafts.append(Draft(_kind(content, quotations), *content, a.cue, a.cue_token, a.speaker, class_=a.class_))
    return drafts


def _split_joined(
    drafts: list[Draft], attributions: list[Attribution], quotations: list[tuple[int, int]]
) -> list[Draft]:
    """Reported content ends before a participle of report that goes on from it ("said they would back him, while
    emphasizing it is no endorsement", "insisted that he has “expanded the party,” claiming that …"): the speaker
    says something more there, a statement of its own (PolNeAR's two quotes), not part of the first, and the one
    who said the first says it."""
    out: list[Draft] = []
    added: list[Draft] = []
    for d in drafts:
        split = {x.cue_token.i for x in added if x.cue_token is not None}
        joined = [
            a
            for a in attributions
            if d.kind != "direct" and a.cue_token.i not in split and _restates(a, d) and _goes_on_from(a, d, quotations)
        ]
        end = _end_before(min(a.cue_token.i for a in joined), d) if joined else d.end
        if end <= d.start:
            out.append(d)
            continue
        out.append(replace(d, kind=_kind((d.start, end), quotations), end=end) if joined else d)
        added.extend(
            Draft(
                _kind((a.start, a.end), quotations),
                a.start,
                a.end,
                a.cue,
                a.cue_token,
                d.speaker or a.speaker,
                class_=a.class_,
            )
            for a in joined
        )
    return [*out, *added]


def _kind(content: tuple[int, int], quotations: list[tuple[int, int]]) -> str:
    """Reported speech that embeds a quotation is mixed."""
    return "mixed" if any(_inside(q, content) for q in quotations) else "indirect"


def _goes_on_from(a: Attribution, d: Draft, quotations: list[tuple[int, int]]) -> bool:
    """Whether report ``a`` inside ``d``'s content is a participle of report with no subject of its own, set off by
    a comma or a dash after what ``d`` reports (", while emphasizing …", "“… the party,” claiming …"), outside
    quotation marks, its content after it."""
    cue = a.cue_token
    doc = cue.doc
    if a.kind == "act" or cue.dep_ != "advcl" or cue.tag_ != "VBG" or a.start < cue.idx or cue.left_edge.i < 2:
        return False  # "…, approving 2,880 people": an act done is more of what was said, no statement of its own
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) or any(q[0] <= cue.idx < q[1] for q in quotations):
        return False
    before = cue.left_edge.i - 1
    while before > 0 and doc[before].text in _CLOSING:
        before -= 1
    return doc[before].text in _SETTING_OFF and d.start < doc[before].idx


def _end_before(cue: int, d: Draft) -> int:
    """The end of ``d``'s words before the report at token ``cue``, without the comma before it."""
    doc = d.cue_token.doc if d.cue_token is not None else None
    if doc is None:
        return d.end
    i = doc[cue].left_edge.i - 1
    while i > 0 and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in _CLOSING:
        i -= 1
    return doc[i].idx + len(doc[i].text)


def _on_cue_line(text: str, start: int, end: int, cue: int) -> tuple[int, int]:
    """Reported words that a headline holds stop at its line break: "Chris Christie Says He Would Issue A Quarantine
    Over Zika Virus\nChris Christie said …" reports the title, not the body the parser ran it into (a wrapped line of
    a sentence, "… and a hate\ncrime", goes on)."""
    if cue < start and (brk := text.find("\n", start, end)) >= 0:
        cut = start, start + len(text[start:brk].rstrip())
    elif cue >= end and (brk := text.rfind("\n", start, end)) >= 0:
        cut = end - len(text[brk:end].lstrip()), end
    else:
        return start, end
    return cut if is_heading(text[cut[0] : cut[1]]) else (start, end)


def _holds(a: Attribution, d: Draft) -> bool:
    """Whether ``a`` reports ``d`` whole, its cue and content ("X reports that …, according to Y", "X decided …,
    a source said"): the outer report is the statement and the one inside it part of what was said, not a
    duplicate it gives way to. A denial of another's words ("…, an accusation Y denied") does not report them,
    and a relay passes them on."""
    return (
        d.cue_token is not None
        and a.start <= d.cue_token.idx < a.end
        and _inside((d.start, d.end), (a.start, a.end))
        and a.kind != "denial"
        and a.cue_token.lemma_.lower() not in QUOTING
    )


def _with_labelled(
    doc: Doc, drafts: list[Draft], entities: EntityIndex, quotations: list[tuple[int, int]]
) -> list[Draft]:
    """Add "Name: statement" lines whose label names a person, or a poll or study; they replace the quotes inside
    them."""
    text = text_of(doc)
    turns = labelled_statements(text)
    labels = [_label_entity(doc, label, entities) for label, _ in turns]
    in_transcript = transcript_speakers(text, turns, [person for _, person in labels])
    for (label, content), (entity, person), turn in zip(turns, labels, in_transcript, strict=True):
        name = doc.char_span(*label, alignment_mode="contract")
        colon = doc.char_span(label[1], content[0], alignment_mode="expand")
        if name is None or colon is None:
            continue
        # "Poll: Clinton and Trump in dead heat": a one-word label naming data or a study is the headline's source.
        document = source_nouns().get(name.root.lemma_.lower()) if len(name) == 1 else None
        if not (person or turn or document or (_speaking_label(name, entity) and _one_sentence(doc, content))):
            continue
        if _run_in_heading(doc, content):
            continue  # "Bernie Sanders: Credit scores On his campaign website, …" heads a section about him
        to = _to_after(doc, label)
        if to is not None and (_infinitive_after(doc, label, to) or not _one_sentence(doc, content)):
            continue  # "Limited Tools to Fight Terrorism: …" titles a section, it addresses no one
        kept = _replaced_by(drafts, content)
        if kept is None:
            continue
        drafts = kept
        cue = next((t for t in colon if t.text == ":"), colon[0])
        if any(q[0] <= content[0] and content[1] <= q[1] for q in quotations):
            kind = "direct"
        else:
            kind = _kind(content, quotations)
        # The parser may hang the topic or the addressee after the label on the name ("Clinton to Planned Parenthood:
        # …", "CNN President On Trump: …"): the label alone is the speaker then.
        # A transcript's turn whose label the tagger took for no one ("RAMOS: …") is spoken by the label as written.
        ran_on = speaker_span(name.root)[1] > label[1] or (turn and not person)
        speaker, byline = (None, label) if ran_on else (name.root, None)
        drafts.append(Draft(kind, content[0], content[1], ":", cue, speaker, byline, class_=document or "speech"))
    return drafts


def _label_entity(doc: Doc, label: Span, entities: EntityIndex) -> tuple[Entity | None, bool]:
    """The entity a "Name: …" line's label names, and whether it is a person (by the entity, or else by the tag on
    the label's first word)."""
    entity = entities.at(*label)
    if entity is None or entity.type != "PERSON":
        # "FALLIN: I think …": a transcript's capitalised surname the tagger took for an organisation.
        entity = person_called(text_of(doc)[label[0] : label[1]], entities) or entity
    if entity is not None:
        return entity, entity.type == "PERSON"
    name = doc.char_span(*label, alignment_mode="contract")
    tagged = entity_starting_at(doc, name.start) if name is not None else None
    return None, tagged is not None and tagged.label_ == "PERSON"


def _replaced_by(drafts: list[Draft], content: Span) -> list[Draft] | None:
    """The drafts left when a labelled statement takes ``content``: a report inside the line is part of what the
    label's speaker said ("Demir: Lind Must Decide If …"); one that runs past the line is a statement of its own, and
    then the line is no labelled statement (None)."""
    if any(
        _overlap(content, (d.start, d.end)) and d.cue_token is not None and not _inside((d.start, d.end), content)
        for d in drafts
    ):
        return None
    return [d for d in drafts if not _overlap(content, (d.start, d.end))]


def _with_interview_turns(
    doc: Doc, drafts: list[Draft], entities: EntityIndex, quotations: list[Span], answers: bool
) -> list[Draft]:
    """Add the answers of a printed interview ("Q: … / A: …") as the words of the one interviewed, as a transcript's
    "NAME: …" turns are its speaker's; they replace the reports inside them ("I think …" is the answer's). The label
    "A" names no one: it stands for the person the introduction is about. A question's asker is seldom named (the
    paper, "this reporter"), so a question is left to the reports inside it. Class ``answer``: a quote tracker counts
    an answer as a quote, but PolNeAR marks the reports inside it instead, so only the speech scheme keeps it
    (``answers``); the attribution scheme keeps the reports, the interviewee speaking their "I"."""
    turns = interview_turns(text_of(doc))
    interviewee = _interviewee(entities, turns[0][1][0]) if turns else None
    if interviewee is None:
        return drafts
    drafts = _interviewee_speaks(drafts, turns, interviewee)
    if not answers:
        return drafts
    for answer, label, words in turns:
        label_tokens = doc.char_span(*label, alignment_mode="expand") if answer else None
        kept = _replaced_by(drafts, words) if label_tokens is not None else None
        if label_tokens is None or kept is None:
            continue
        drafts = kept
        colon = label_tokens[-1].nbor() if label_tokens[-1].i + 1 < len(doc) else label_tokens[-1]
        kind = "direct" if any(_inside(words, q) for q in quotations) else _kind(words, quotations)
        drafts.append(Draft(kind, *words, ":", colon, None, label, class_=ANSWER, named=interviewee))
    return drafts


def _interviewee_speaks(drafts: list[Draft], turns: list[tuple[bool, Span, Span]], interviewee: Entity) -> list[Draft]:
    """Reports in an interview whose speaker is the one interviewed: "I" in an answer ("A: I think his comment is
    correct"), "you" in a question ("Q: You said yesterday, …")."""
    out: list[Draft] = []
    for d in drafts:
        turn = next((answer for answer, _, words in turns if words[0] <= d.start < words[1]), None)
        word = d.speaker.lower_ if d.speaker is not None else None
        if turn is not None and word == ("i" if turn else "you"):
            d = replace(d, named=interviewee)
        out.append(d)
    return out


def _interviewee(entities: EntityIndex, first_turn: int) -> Entity | None:
    """The person an interview's introduction is about: named there more often than anyone else ("Vice President Joe
    Biden spent Thursday … Biden complained …" before "Q: …"), else no one."""
    counts = sorted(
        ((sum(s < first_turn for s, _ in e.mentions), e) for e in entities.entities if e.type == "PERSON"),
        key=lambda c: -c[0],
    )
    if not counts or counts[0][0] == 0 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def _speaking_label(name: SpacySpan, entity: Entity | None) -> bool:
    """Whether a label that names no person names a body, an outlet or people that can speak ("Harbor Alliance: port
    officials hid …", "Newspaper: Defense secretary used …", "Historians: Clinton, Obama linked …"): its head word is
    an organisation's or a noun a table gives those who speak (an ending alone is not enough: "Weather: rain …"). Not
    a place ("Iowa: Tim Albrecht, Brad Anderson, …" heads a list), nor a word of the page ("Breaking: …", "The
    Latest: …"), nor a title ("… Culture-Business Report: The difficulty of dumping Trump": a source noun names a
    source alone, as "Poll: …"), nor a name the tagger ran on past the colon, whose type says nothing of the label.
    A body's name is short; a longer label is a section's title ("Veto Power Impedes Peace Efforts: …")."""
    if entity is not None and (entity.type in _PLACE_TYPES or any(s < name.end_char < e for s, e in entity.mentions)):
        return False
    root = name.root
    return (
        len(name) <= _BODY_LABEL_WORDS
        and root.pos_ in ("NOUN", "PROPN")
        and root.ent_type_ not in _PLACE_TYPES
        and root.lemma_.lower() not in source_nouns()
        and names_speaker(root)
    )


def _to_after(doc: Doc, label: Span) -> Token | None:
    """The "to" that follows a label when the words were addressed to someone ("Clinton to Planned Parenthood: …")."""
    after = doc.char_span(label[1], label[1] + 4, alignment_mode="expand")
    return next((t for t in after or () if t.lower_ == "to"), None)


def _infinitive_after(doc: Doc, label: Span, to: Token) -> bool:
    """Whether the "to" after a label opens an infinitive ("… to Fight Terrorism: …") or makes a cue phrase with it
    ("According to HuffPo: …"), not an addressee."""
    phrase = f"{text_of(doc)[label[0] : label[1]].lower()} to"
    return phrase in cue_phrases() or (to.i + 1 < len(doc) and doc[to.i + 1].pos_ in ("VERB", "AUX"))


def _run_in_heading(doc: Doc, content: Span) -> bool:
    """Whether a labelled line's words open with a section's title run into its first paragraph, the line break
    lost ("Bernie Sanders: Credit scores On his campaign website, Senator Bernie Sanders calls for …", "Jeb Bush:
    Student loans Some big ideas do come to pass"): a capitalised function word (a determiner, preposition, pronoun,
    number or adverb) after a title of a capitalised word and words in lower case opens a new sentence there. A
    title-cased headline ("Obama: Families Of Victims …") capitalises the words before it too."""
    words = doc.char_span(content[0], content[1], alignment_mode="contract")
    if words is None:
        return False
    head = [t for t in words[: _RUN_IN_TITLE_WORDS + 1] if not t.is_space]
    if not head or not head[0].is_title:
        return False
    for i, word in enumerate(head[1:], start=1):
        if word.is_lower and word.is_alpha:
            continue  # the title goes on in lower case: "Credit scores"
        return i > 1 and word.is_title and not word.is_upper and word.pos_ in _RUN_IN_OPENERS
    return False


def _one_sentence(doc: Doc, content: Span) -> bool:
    """Whether ``content`` lies in one sentence: a label of a body heads one statement, as a headline does; one that
    opens a paragraph of several ("Superdelegates: Clinton is backed by 520 superdelegates … . Sanders supporters have
    …") is a run-in heading over the writer's text."""
    words = doc.char_span(content[0], content[1], alignment_mode="contract")
    return words is not None and len(words) > 0 and words[0].sent.end >= words[-1].i + 1


def _restates(a: Attribution, d: Draft) -> bool:
    """Whether ``a`` is reported inside ``d``'s content ("she said she thought …"): part of it, not a second quote."""
    return (
        d.cue_token is not None
        and d.start <= a.cue_token.idx < d.end  # the cheap test first
        and _reported_within(a.cue_token, d.cue_token)
        and _inside((a.start, a.end), (d.start, d.end))
    )


def _said_of_quotation(a: Attribution, d: Draft) -> bool:
    """Whether ``a`` names what or whom the quotation ``d`` before its cue was said of ("“Who do they think they
    are?” Trump said of Apple") or echoed ("“I'm not quite there yet,” he was echoing Ryan"): the quotation is the
    statement, and the phrase or the names after the cue only whom or what it was about."""
    cue = a.cue_token
    if d.kind != "direct" or d.cue_token is None or d.cue_token.i != cue.i or d.end > cue.idx:
        return False  # the cheap tests first: the word after the cue is read only for a quotation before it
    prep = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    said_of = prep is not None and prep.dep_ == "prep" and prep.head.i == cue.i and a.start > prep.idx
    return said_of or (a.start > cue.idx and _names_alone(cue.doc, (a.start, a.end)))


def _reported_within(inner: Token, outer: Token) -> bool:
    """Whether cue ``inner`` stands in what cue ``outer`` reports: its dependent, or deeper inside the clause it
    reports ("Ditto said she expects the campaign to …", "she says it underscores that …"); a report joined to
    ``outer`` ("said … and warned …") is a statement of its own."""
    if inner.head.i == outer.i:
        return True
    token = inner
    while token.head.i != token.i and token.head.i != outer.i:
        token = token.head
    return token.head.i == outer.i and token.i != outer.i and token.dep_ == "ccomp"


def _quoted_cue(a: Attribution, quotations: list[tuple[int, int]]) -> bool:
    """ "“One of the reasons I think …,” he said": a cue inside quotation marks whose subject is the one
    quoted (I, we, you) is part of the quoted words, not a statement beside them."""
    speaker = a.speaker
    return (
        speaker is not None
        and speaker.lower_ in _QUOTED_SELVES
        and any(q[0] <= a.cue_token.idx < q[1] for q in quotations)
    )


def _stranded(doc: Doc, a: Attribution) -> bool:
    """Content that is a preposition or "to" alone names nothing: its object was moved out of the clause ("the
    establishment he rails against", "What tone are they speaking of?", "credit cards they never asked for") or its
    verb left out ("any religion they wanted to")."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    word = span[0]
    return word.tag_ == "TO" or (word.dep_ == "prep" and not has_object(word))


def _modifier_only(doc: Doc, a: Attribution) -> bool:
    """Content that is a lone adverb the parser hung on the cue says how or when, not what ("According to MSNBC,
    basically, …", "were admitted as well", "What should we talk about next?"); one standing for a clause ("thinks
    so", "hopes not") is content."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    return len(words) == 1 and words[0].pos_ == "ADV" and words[0].lower_ not in _PRO_ADVERBS


def _inside_direct_quote(a: Attribution, quotes: list[Draft]) -> bool:
    """Whether the cue sits in a direct quote: "I think …" there belongs to that statement, not beside it."""
    return any(q.kind == "direct" and q.start <= a.cue_token.idx < q.end for q in quotes)


def extract_quotes(
    doc: Doc, entities: EntityIndex, published: date | None = None, scheme: str = DEFAULT_SCHEME
) -> list[Quote]:
    """Every attributed statement in ``doc`` of a class ``scheme`` keeps (``speech``: statements made;
    ``attribution``: beliefs, knowledge, documents and data as sources too), one quote per quotation piece."""
    classes = kept_classes(scheme)  # an unknown scheme fails before any work
    quotations = find_quotations(text_of(doc))
    attributions, relayed = _attributions(doc, [(q.start, q.end) for q in quotations], classes, reads_relays(scheme))
    drafts = _drafts(doc, attributions, entities, quotations, classes, reads_labels(scheme))
    quotes: list[Quote] = []
    ids: dict[int, Quote] = {}  # the quote made of each draft, by the draft's identity
    for draft in drafts:
        quote = _quote(doc, draft, ids, quotes, entities, published, relayed)
        if quote is None:
            continue
        ids[id(draft)] = quote
        quotes.append(quote)
    return in_scheme(quotes, scheme)


def _label_alone(doc: Doc, draft: Draft, marked: list[Span]) -> Draft:
    """``draft`` cut to the quoted label its cue gives its object, up to the label's closing mark ("called it a
    “Chinese menu”": a “Chinese menu”; "called him “the grownup on the stage” amidst the food fight": “the grownup
    on the stage”), as quote trackers count such a statement; any other draft as it is."""
    cue = draft.cue_token
    label = quoted_label(cue) if cue is not None and draft.kind == "mixed" else None
    if label is None:
        return draft
    span = trimmed(doc, *label)
    if span is None:
        return draft
    # The last quotation in the label closes it, though the parser may hang its closing mark elsewhere, even past the
    # draft's end ("… was not “honorable.”"), or the words after it on the label ("“the most beautiful soul …” in a
    # Facebook post").
    inside = [q for q in marked if q[0] < span[1] and span[0] < q[1]]
    start = span[0]
    if not inside or not draft.start < start < draft.end:
        return draft
    end = inside[-1][1]
    # A label that is one quotation and nothing else is direct: its marks bound it (''…'' read as one mark).
    text = text_of(doc)
    alone = next((q for q in marked if trim_span(text, *q) == trim_span(text, start, end)), None)
    if alone is not None:
        return replace(draft, start=alone[0], end=alone[1], kind="direct")
    return replace(draft, start=start, end=end, kind=_kind((start, end), marked))


def _in_paragraph_pieces(drafts: list[Draft], quotations: list[MarkedSpan]) -> list[Draft]:
    """``drafts`` with each quotation that runs on over paragraphs (its paragraph left open, the next opening with a
    mark) given as one quote a paragraph, each piece after the first continuing the one before with its cue and
    speaker, as quote trackers count the pieces; a draft that went on from the whole goes on from its last piece."""
    out: list[Draft] = []
    last: dict[int, Draft] = {}  # the last piece of each quotation split, by the identity of its whole draft
    for draft in drafts:
        whole = next((q for q in quotations if (q.start, q.end) == (draft.start, draft.end)), None)
        if draft.kind != "direct" or whole is None or len(whole.pieces) < 2:
            out.append(draft)
            continue
        pieces = [replace(draft, start=whole.pieces[0][0], end=whole.pieces[0][1])]
        for start, end in whole.pieces[1:]:
            pieces.append(replace(draft, start=start, end=end, continues=pieces[-1]))
        last[id(draft)] = pieces[-1]
        out.extend(pieces)
    for draft in out:
        if draft.continues is not None and id(draft.continues) in last:
            draft.continues = last[id(draft.continues)]
    return out


def _complement_alone(doc: Doc, draft: Draft, marked: list[Span]) -> Draft:
    """``draft`` cut to the clause its object noun holds, when the statement is a noun of saying or holding a view
    (``cue_nouns``) whose that-clause or to-infinitive says what was said ("denied the notion that a shake-up is
    coming": that a shake-up is coming; "rejected any implication that she would …"; "expressed a desire to “try …”":
    to “try …”), as quote trackers count the words said, not the writer's noun for them; any other draft as it is.
    A to-infinitive only when it quotes words: "voiced the desire to run for office" names the report by its object, a
    mention, which the speech scheme leaves out. Not a noun another owns ("bashed Trump's proposal to ban …": the
    proposal is Trump's, not the speaker's words), nor one a clause goes on after (the parser's object of a longer
    content)."""
    cue = draft.cue_token
    span = doc.char_span(draft.start, draft.end, alignment_mode="expand")
    if cue is None or span is None:
        return draft
    noun = span.root
    if (
        noun.pos_ != "NOUN"
        or noun.dep_ != "dobj"
        or noun.head != cue
        or noun.left_edge.i != span.start
        or noun.lemma_.lower() not in cue_nouns()
        or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.lefts)
        or max((t.i for t in span if not (t.is_punct or t.is_space)), default=noun.i) > noun.right_edge.i
    ):
        return draft
    clauses = [c for c in noun.rights if c.dep_ in ("acl", "ccomp")]
    if len(clauses) != 1 or any(c.dep_ == "conj" for c in noun.rights):
        return draft
    opener = clauses[0].left_edge
    while opener.is_punct and opener.i < clauses[0].i:
        opener = doc[opener.i + 1]  # a mark before "to" ("a desire to “try …”") stays with the words it opens
    start = clauses[0].left_edge.idx
    kind = _kind((start, draft.end), marked)
    that = opener.lower_ == "that" and opener.dep_ == "mark"
    if not draft.start < start < draft.end or not (that or (opener.tag_ == "TO" and kind == "mixed")):
        return draft
    return replace(draft, start=start, kind=kind)


def _attributions(
    doc: Doc, marked: list[Span], classes: frozenset[str], relays: bool
) -> tuple[list[Attribution], dict[int, tuple[str, ...]]]:
    """Every attribution the rules find in ``doc``, with the outlets relaying each, by its cue's index (none unless
    ``relays``: a medium's report is then kept as it is)."""
    phrased = phrase_attributions(doc)
    attributions = [
        *verb_attributions(doc),
        *phrased,
        *noun_attributions(doc),
        *adjective_attributions(doc),
        *received_attributions(doc),
        *answered_attributions(doc),
        *holder_attributions(doc),
    ]
    attributions = before_closing_phrase(
        attributions, phrased, marked, lambda p: source_class(p.class_, p.speaker) in classes
    )
    # "Zarif said …, according to state television": the statement is Zarif's, the medium the outlet it went through.
    attributions, relayed = split_relays(attributions) if relays else (attributions, {})
    kept = [a for a in attributions if not (_quoted_cue(a, marked) or _stranded(doc, a) or _modifier_only(doc, a))]
    return kept, relayed


def _drafts(
    doc: Doc,
    attributions: list[Attribution],
    entities: EntityIndex,
    quotations: list[MarkedSpan],
    classes: frozenset[str],
    labels: bool = False,
) -> list[Draft]:
    """The quotes of ``doc`` before their speakers are resolved, in text order: quotations, reported speech,
    labelled lines and interview turns, joined into statements, off the page's furniture, outermost only; with
    ``labels``, a quoted label alone (a report it held, "… and called on leaders “…”", is then no longer inside it)."""
    text = text_of(doc)
    marked = [(q.start, q.end) for q in quotations]
    direct, used = attribute_quotations(doc, quotations, attributions)
    drafts = [*direct, *_indirect_drafts(attributions, used, direct, marked)]
    drafts = _split_joined(drafts, [a for i, a in enumerate(attributions) if i not in used], marked)
    drafts = _with_labelled(doc, drafts, entities, marked)
    drafts = _with_interview_turns(doc, drafts, entities, marked, ANSWER in classes)
    drafts = sorted(drafts, key=lambda d: (d.start, d.end))
    drafts = link_pieces(text, join_pieces(text, drafts))
    furniture = furniture_lines(text) + quoted_subheadings(text)
    drafts = [d for d in drafts if not any(a <= d.start < b for a, b in furniture)]
    if labels:
        drafts = [_complement_alone(doc, _label_alone(doc, d, marked), marked) for d in drafts]
        drafts = _in_paragraph_pieces(drafts, quotations)
    return _outermost(text, drafts, classes)


def _quote(
    doc: Doc,
    draft: Draft,
    ids: dict[int, Quote],
    quotes: list[Quote],
    entities: EntityIndex,
    published: date | None,
    relayed: dict[int, tuple[str, ...]],
) -> Quote | None:
    """The quote ``draft`` makes after ``quotes``, numbered after them; None for words no one is found to say."""
    text = text_of(doc)
    previous = ids.get(id(draft.continues)) if draft.continues is not None else None
    if previous is not None and previous.class_ == QUESTION and draft.speaker is not None:
        previous = None  # "… when asked what he would do. “Nobody did it better …”": the answer, not the question
    # A later piece of a statement keeps the speaker of its first.
    speaker = previous.speaker if previous is not None else _speaker(doc, draft, entities, published)
    if draft.floating and previous is None:
        speaker = _previous_speaker(quotes, draft)
        if speaker is None and word_count(text[draft.start : draft.end]) < _UNATTRIBUTED_MIN_WORDS:
            return None
    # A later piece keeps its first's class; after a mention, a statement's, its own content deciding ("about his
    # aim: “…”" is a mention, then a quotation).
    inherits = previous is not None and previous.class_ != MENTION
    source = source_class(draft.class_, draft.speaker) if previous is None else previous.class_
    source = "speech" if source == MENTION else source
    via: tuple[str, ...] = ()
    if draft.cue_token is not None:
        via = outlets_of(draft.cue_token, (draft.start, draft.end))
        via += tuple(o for o in relayed.get(draft.cue_token.i, ()) if o not in via)
    start, end = draft.start, draft.end
    if draft.kind != "direct":  # a quotation's own marks bound it; reported content is bounded by the parse
        start, end = boundaries.adjusted(doc, (start, end), draft.cue_token, source, draft.kind)
    return Quote(
        id=f"Q{len(quotes) + 1}",
        kind=draft.kind,
        text=text[start:end],
        start=start,
        end=end,
        cue=draft.cue,
        speaker=speaker,
        sentence=sentence_index(doc, trim_span(text, start, end)[0]),
        via=via,
        continues=previous.id if previous is not None else None,
        class_=source if inherits else _unasked(_statement_class(source, draft, (start, end)), draft, speaker),
    )


def _unasked(class_: str, draft: Draft, speaker: Speaker | None) -> str:
    """A question that no one named puts ("Asked whether he would run, …", "when pressed on why …", "Trump was asked,
    “…?”") is the asking of an unnamed reporter, no one's statement: class question. The answer that follows is the
    statement. A question its asker puts stays a statement ("Ramos asked, “…?”"), and so do quoted words that ask
    nothing ("Mr. Trump, asked about the deaths, had said, “I think our country does plenty of killing also.”": the
    answer, whoever the speaker is taken to be)."""
    cue = draft.cue_token
    if class_ != "speech" or cue is None or cue.lemma_.lower() not in QUESTIONING:
        return class_
    if speaker is not None:
        return QUESTION if _asked_indirectly(draft) else class_
    if draft.kind == "direct" and not _asks(text_of(cue.doc)[draft.start : draft.end]):
        return class_
    return QUESTION


# Verbs of asking whose indirect question asks and states nothing; "questioned whether he can win" voices a doubt.
_ASKING = QUESTIONING - {"question"}


def _asked_indirectly(draft: Draft) -> bool:
    """Whether a named asker's report is an indirect question, reported speech that opens with "whether", "if" or a
    wh-word: "Hannity asked Kasich if he believes …", "Lauer asked whether she had practiced her speech", "pressed him
    on how he would pay for it". It asks and says nothing, so quote trackers count no statement (class question, as
    an unnamed reporter's asking is); the attribution scheme keeps it, as PolNeAR marks it. A quoted question stays
    the asker's words ("Ramos asked, “Did you lie?”"), as does "questioned whether …", a doubt voiced."""
    cue = draft.cue_token
    if draft.kind == "direct" or cue is None or cue.lemma_.lower() not in _ASKING:
        return False
    words = re.findall(r"[A-Za-z]+", text_of(cue.doc)[draft.start : draft.end])
    return bool(words) and words[0].lower() in (*QUESTION_WORDS, "if", "when", "where")


def _asks(quotation: str) -> bool:
    """Whether quoted words end on a question mark, inside their marks or just after them."""
    return quotation.rstrip(" \t\n\"'”’»").endswith("?")


def _statement_class(source: str, draft: Draft, content: Span) -> str:
    """A statement verb that a refusal holds back ("refrained from endorsing Clinton") made no statement: a refusal.
    Reported words that only name someone ("endorsed Trump", "criticized him", "mentioned Cruz by name") say whom the
    words were about, not what was said: a topic. Any other noun phrase alone, with no clause and no quoted piece
    ("denied wrongdoing", "discussed the challenges", "called him a fraud"), names the report by its object: a mention.
    A quotation is words someone said. Read after the bounds, which the class of the report's source decides."""
    if source != "speech" or draft.kind == "direct" or draft.cue_token is None:
        return source
    if held_back(draft.cue_token):
        return "refusal"
    doc = draft.cue_token.doc
    if _names_alone(doc, content) or _noun_topic(draft.cue_token, content):
        return "topic"
    return MENTION if phrase_alone(doc, content) or _noun_headed(draft.cue_token, content) else source


def _noun_headed(cue: Token, content: Span) -> bool:
    """Whether ``content`` is a noun phrase whatever clause or phrase modifies it, with no quoted piece: its first
    head a noun or pronoun, any other head a phrase hung on the report ("voiced the desire to run for office",
    "announced a new tariff on steel being dumped …", "proposed many ways of helping …", "paint Trump as unfit to
    lead"). It names what was said by its object, as "denied wrongdoing" does. A noun whose clause gives what it says
    stays a statement ("raised the possibility that he would run"), as does a gerund the report's preposition takes
    ("accused the council of lying"), a clause ("that he would run") and a noun whose relative clause holds the
    report itself ("countries he said had sent …": what was said of them)."""
    doc = cue.doc
    text = text_of(doc)
    start, end = trim_span(text, *content)
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None or start <= cue.idx < end or any(mark in text[content[0] : content[1]] for mark in _DOUBLE_MARKS):
        return False
    if any(t.is_quote and t.tag_ != "POS" for t in words):
        return False
    heads = [t for t in span_roots(doc, words.start, words.end) if not (t.is_punct or t.is_space)]
    if not heads or heads[0].pos_ not in _NOMINAL or any(t.pos_ not in _NOMINAL_OR_PHRASE for t in heads[1:]):
        return False
    if any(c.dep_ in _CLAUSE_DEPS for c in heads[0].children):
        return False  # "confirming it will more than double the staffers": a clause the parser hung on its noun
    if _accuses(cue) and any(t.dep_ == "pcomp" and t.pos_ in ("VERB", "AUX") for t in words):
        return False  # "accused the government of moving troops": the charge, wherever the parser hung its gerund
    return not any(_clause_of(h) for h in heads)


def _accuses(cue: Token) -> bool:
    """Whether ``cue`` is a verb of accusation (``reporting_verbs.tsv``), whose gerund states the charge."""
    info = reporting_verbs().get(cue.lemma_.lower())
    return info is not None and info.kind == "accusation"


def _clause_of(head: Token) -> bool:
    """Whether ``head`` carries a clause that says something: a noun's that-clause ("the claim that he lied") or a
    preposition's gerund on the report ("accused the council of lying", "blamed China for taking jobs")."""
    if head.pos_ == "ADP":
        return any(c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") for c in head.children)
    clauses = (c for c in head.children if c.dep_ in ("acl", "ccomp"))
    return any(m.dep_ == "mark" and m.lower_ in ("that", "whether", "if") for c in clauses for m in c.children)


def _noun_topic(cue: Token, content: Span) -> bool:
    """Whether ``content`` is a noun phrase after an about/on/over phrase of the statement noun that is the cue ("his
    comments on the shooting", "a mother's testimony on the costs", "revised his proposal on a Muslim ban"): what the
    words were about, as for the verbs ("commented on the shooting"). A clause there ("his comment about 47 percent
    … being dependent") or words quoted say something; an of-phrase often is what the noun says ("warnings of war")."""
    doc = cue.doc
    words = doc.char_span(*trim_span(text_of(doc), *content), alignment_mode="expand")
    if cue.pos_ != "NOUN" or words is None or words.start == 0:
        return False
    prep = doc[words.start - 1]
    if prep.dep_ != "prep" or prep.head.i != cue.i or prep.lower_ not in _NOUN_TOPIC_PREPS:
        return False
    return not any(t.is_quote or t.pos_ in ("VERB", "AUX") for t in words)


def _names_alone(doc: Doc, content: Span) -> bool:
    """Whether ``content`` is no more than names of people, bodies or places, or personal pronouns, with the title,
    article, date or "by name" that goes with them ("Mr. Trump", "him", "Cruz by name", "Trump on Tuesday")."""
    text = text_of(doc)
    words = doc.char_span(*trim_span(text, *content), alignment_mode="expand")
    if words is None or any(t.is_quote for t in words):
        return False  # "called Mrs. Schlafly an ''Aunt Tom''": a name quoted is words said
    tokens = [t for t in words if not (t.is_punct or t.is_space)]
    if len(tokens) > 2 and [t.lower_ for t in tokens[-2:]] == ["by", "name"]:
        tokens = tokens[:-2]
    if not any(t.ent_type_ in _NAMED_TYPES or t.tag_ == "PRP" for t in tokens):
        return False
    return all(_part_of_name(t) for t in tokens)


def _part_of_name(token: Token) -> bool:
    """A word of a name, a personal pronoun, a title or article before a name, or a date after it."""
    if token.ent_type_ in _NAMED_TYPES or token.ent_type_ in TIMES or token.tag_ == "PRP":
        return True
    if token.pos_ == "ADP":  # "on Tuesday"
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_type_ in TIMES
    return token.pos_ in ("PROPN", "DET")


def _outermost(text: str, drafts: list[Draft], classes: frozenset[str] | None = None) -> list[Draft]:
    """The drafts not nested in another's content: "she recalls him calling it “a mess”" is one statement, the
    words it reports inside it part of it, not a second quote. Of two drafts of one span, the one whose content holds
    the other's cue is the outer report ("Clinton leads Trump in national polls by three points, according to the
    average of recent polls"), else the first stays. Spans are compared without the marks and punctuation at their
    ends: a report whose clause stops before a quotation's closing marks ("what she calls a “war of words.”") still
    holds the quotation."""
    spans = [trim_span(text, d.start, d.end) for d in drafts]

    def cue_in(i: int, j: int) -> bool:
        cue = drafts[i].cue_token
        return cue is not None and spans[j][0] <= cue.idx < spans[j][1]

    def outer_of_one_span(i: int, j: int) -> bool:
        holds_cue, held_cue = cue_in(j, i), cue_in(i, j)
        return holds_cue if holds_cue != held_cue else i < j

    def holds(i: int, j: int) -> bool:
        if classes is not None and _dropped_stance(drafts[i], classes):  # it gives way to nothing, holds nothing
            return False
        return i != j and _inside(spans[j], spans[i]) and (spans[i] != spans[j] or outer_of_one_span(i, j))

    # An act gives way to a report inside what it decided ("appointed a diplomacy chief who had accused Obama of …"):
    # the words said are the statement, the act only the setting of them.
    acts = {i for i, d in enumerate(drafts) if d.class_ == "act"}
    reports = [j for j in range(len(drafts)) if j not in acts]
    kept = [i for i in range(len(drafts)) if i not in acts or not any(holds(i, j) for j in reports)]
    return [drafts[i] for i in kept if not any(holds(j, i) for j in kept)]


def _dropped_stance(draft: Draft, classes: frozenset[str]) -> bool:
    """A stance adjective the scheme drops, about what its prepositional object names: "Lawmakers are uneasy about
    his statement that …" holds the statement in PolNeAR's one level, but where the belief goes the statement stays.
    So with a clause said to be plain to see ("it became clear that the senator would not endorse him"): what is
    seen goes, the report inside it stays. Not an infinitive ("reluctant to endorse him"): what is wished or shunned
    is no act done."""
    cue = draft.cue_token
    if cue is None or cue.pos_ != "ADJ" or source_class(draft.class_, draft.speaker) in classes:
        return False
    if cue.lower_ in evident_adjectives():
        return True
    objects = (o for p in cue.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
    return any(o.left_edge.idx == draft.start for o in objects)


def _speaker(doc: Doc, draft: Draft, entities: EntityIndex, published: date | None) -> Speaker | None:
    if draft.speaker is not None:
        span = speaker_span(draft.speaker)
        if draft.named is not None:  # "I" in an interview's answer
            return _speaking_as(doc, span, draft.named)
        return resolve_speaker(draft.speaker, span, entities, published, draft.cue_token)
    if draft.byline is not None:
        start, end = draft.byline
        entity = draft.named or entities.at(start, end)
        if entity is not None:
            return _speaking_as(doc, draft.byline, entity)
        return Speaker(text_of(doc)[start:end], start, end, text_of(doc)[start:end])
    return None


def _speaking_as(doc: Doc, span: Span, entity: Entity) -> Speaker:
    """The speaker phrase at ``span`` standing for ``entity``."""
    return Speaker(text_of(doc)[span[0] : span[1]], *span, entity.name, entity.id, entity.affiliation, entity.country)


def _previous_speaker(quotes: list[Quote], draft: Draft) -> Speaker | None:
    """The speaker of the quote just before, if it ended close enough to carry on; one who did an act ("the SVP
    sponsored a referendum") said nothing to go on with."""
    said = [q for q in quotes if q.class_ != "act"]
    if not said:
        return None
    last = max(said, key=lambda q: q.end)
    if last.speaker is None or draft.start - last.end > _FLOAT_REACH or last.end > draft.start:
        return None
    return last.speaker
