"""Direct-quote helpers on plain strings: signatures, titles and quotations that run on."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Token

from telex.quotes.attribution import Attribution
from telex.quotes.direct import (
    Draft,
    _byline,
    _carries_on,
    _colon_cue,
    _from_attributions,
    _introducing_verb,
    _is_title,
    _mid_clause,
    _names_work,
    _opens_statement,
    _quotative_verb,
    _read_frame,
    _read_into_title,
    _sentence_cue,
    _speaker_outside,
    _within_sentence,
    attribute_quotations,
    join_pieces,
    link_pieces,
)
from telex.quotes.marks import find_quotations
from tests.unit.fixtures import Row, hand_parsed


def _quote_end(text: str) -> tuple[int, int]:
    return 0, text.index('"', 1) + 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Nobody expected it."\n— Marco Ferri, analyst at the Rome Policy Institute', "Marco Ferri"),
        ('"I will look into it."\n\n- Hillary Clinton.\n\nClinton has not.', "Hillary Clinton"),
        ('"I have a dream." — Martin Luther King Jr.', "Martin Luther King Jr."),
        ('"We will go." - Hillary Clinton said it was time.', None),  # a sentence, not a signature
        ('"We will go."\n\n\n\n- Anna Berg', None),  # too far below
        ('"He scares me."\xa0― Krystal Correa\xa0\n"Next."', "Krystal Correa"),  # a horizontal bar, no-break spaces
    ],
)
def test_signatures(text: str, name: str | None) -> None:
    found = _byline(text, _quote_end(text))
    assert (text[found[0] : found[1]] if found else None) == name


@pytest.mark.parametrize(
    ("quoted", "title"),
    [("“Meet the Press”", True), ("“Hacked World Order,”", True), ("“We are not there yet”", False), ("“x”", False)],
)
def test_titles_in_quote_marks(quoted: str, title: bool) -> None:
    assert _is_title(quoted, (0, len(quoted))) is title


# "She appeared on “ Morning Briefing ” ." and its variants: the quotation starts at word 3.
def _appeared(before: list[Row], quoted: list[Row]) -> list[Row]:
    return [
        ("She", 1, "nsubj", "PRON", "PRP", "she"),
        ("appeared", 1, "ROOT", "VERB", "VBD", "appear"),
        *before,
        ("“", 1, "punct", "PUNCT", "``", "“"),
        *quoted,
        ("”", 1, "punct", "PUNCT", "''", "”"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


_BRIEFING: list[Row] = [
    ("Morning", 5, "compound", "PROPN", "NNP", "Morning"),
    ("Briefing", 2, "pobj", "PROPN", "NNP", "Briefing"),
]
# The object of the word before: "told “ Morning Briefing ”" is whom she spoke to.
_BRIEFING_TOLD: list[Row] = [
    ("Morning", 5, "compound", "PROPN", "NNP", "Morning"),
    ("Briefing", 2, "dobj", "PROPN", "NNP", "Briefing"),
]
# A clause with its own subject after "on": "on “ We Can Win ”" is something said, not a show.
_CLAUSE: list[Row] = [
    ("We", 6, "nsubj", "PRON", "PRP", "we"),
    ("Can", 6, "aux", "AUX", "MD", "can"),
    ("Win", 2, "pobj", "VERB", "VB", "win"),
]


@pytest.mark.parametrize(
    ("before", "quoted", "work"),
    [
        ([("on", 1, "prep", "ADP", "IN", "on")], _BRIEFING, True),  # the object of a preposition
        ([("in", 1, "prep", "ADP", "IN", "in")], _CLAUSE, False),  # a clause of its own
        ([("the", 3, "det", "DET", "DT", "the"), ("film", 1, "dobj", "NOUN", "NN", "film")], _BRIEFING, True),
        ([("Fox", 3, "poss", "PROPN", "NNP", "Fox"), ("’s", 2, "case", "PART", "POS", "’s")], _BRIEFING, True),
        ([("his", 3, "poss", "PRON", "PRP$", "his"), ("book", 1, "dobj", "NOUN", "NN", "book"),
          (",", 3, "punct", "PUNCT", ",", ",")], _CLAUSE, True),  # a work's name may be a sentence
        ([("angry", 1, "acomp", "ADJ", "JJ", "angry")], _BRIEFING, False),  # no preposition, no work
        ([("and", 1, "cc", "CCONJ", "CC", "and"), ("told", 1, "conj", "VERB", "VBD", "tell")], _BRIEFING_TOLD, True),
        ([("and", 1, "cc", "CCONJ", "CC", "and"), ("said", 1, "conj", "VERB", "VBD", "say")], _BRIEFING_TOLD, False),
        ([("told", 1, "conj", "VERB", "VBD", "tell"), (",", 2, "punct", "PUNCT", ",", ",")], _BRIEFING, False),
    ],
)
def test_a_quoted_title_names_a_work_by_where_it_stands(before: list[Row], quoted: list[Row], work: bool) -> None:
    rows = _appeared(before, [(w, h + len(before) - 1, d, p, t, lemma) for w, h, d, p, t, lemma in quoted])
    doc = hand_parsed(rows)
    opening = doc[2 + len(before)]
    closing = doc[len(rows) - 2]
    assert _names_work(doc, (opening.idx, closing.idx + 1)) is work


def test_a_report_the_parse_read_into_a_title_is_used_up_by_it() -> None:
    text = "In his book , “ Grow Rich Slowly , ” Hale suggested saving ."
    doc = spacy.blank("en")(text)
    suggested = next(t for t in doc if t.text == "suggested")
    span = (text.index("“"), text.index("”") + 1)
    inner = (span[0] + 2, text.index("Slowly") + len("Slowly"))
    title = Attribution(0, inner[1], "suggested", suggested, None, "speech")  # "In his book , “ Grow Rich Slowly"
    saving = Attribution(text.index("saving"), len(text) - 2, "suggested", suggested, None, "speech")
    assert _read_into_title(span, inner, [saving, title]) == {1}


def test_a_quotation_inside_a_report_another_report_holds_goes_to_the_outer_one() -> None:
    # "said they want “justice”": the inner report would take the quotation whole as a direct quote, but it is part
    # of what the outer report says, so the quote is the outer one's, mixed.
    text = "Protesters said they want “ justice for all ” ."
    doc = spacy.blank("en")(text)
    said, want = (next(t for t in doc if t.text == w) for w in ("said", "want"))
    span = (text.index("“"), text.index("”") + 1)
    inner = (span[0] + 2, span[1] - 2)
    outer = Attribution(text.index("they"), span[1], "said", said, doc[0], "speech")
    wanted = Attribution(span[0], span[1], "want", want, doc[2], "speech", "belief")
    draft = _from_attributions(text, span, inner, [wanted, outer], set(), [span])
    assert draft is not None and draft.kind == "mixed" and draft.cue == "said"
    assert text[draft.start : draft.end] == "they want “ justice for all ”"
    # Alone, the inner report takes the quotation as a direct quote.
    alone = _from_attributions(text, span, inner, [wanted], set(), [span])
    assert alone is not None and alone.kind == "direct" and alone.cue == "want"


@pytest.mark.parametrize(
    ("quoted", "kind"),
    [
        ("“ They have got to be able to win . ”", "direct"),  # a statement of its own after its cue
        ("“ able to win ” .", "mixed"),  # a fragment: the clause around it is the content
    ],
)
def test_a_quotation_after_its_own_cue_inside_the_content_is_the_words_reported(quoted: str, kind: str) -> None:
    # "Asked what he wants, Adelson said, “…”": the parser spread the report's content over its own cue.
    text = f"Asked what he wants , Adelson said , {quoted}"
    doc = spacy.blank("en")(text)
    said = next(t for t in doc if t.text == "said")
    span = (text.index("“"), text.index("”") + 1)
    inner = (span[0] + 2, span[1] - 2)
    report = Attribution(0, len(text), "said", said, doc[5], "speech")
    draft = _from_attributions(text, span, inner, [report], set(), [span])
    assert draft is not None and draft.kind == kind
    assert (draft.start, draft.end) == (span if kind == "direct" else (0, len(text)))


@pytest.mark.parametrize(
    ("quoted", "kind"),
    [
        ("“ That was the first time , senator ,”", "direct"),  # closes on a comma: the tag's words are not said
        ("“ A big truck ”", "mixed"),  # the subject of the clause the cue reports
    ],
)
def test_a_quotation_whose_content_the_parser_ran_into_the_tag_is_the_words_reported(quoted: str, kind: str) -> None:
    # "“…,” CBS This Morning co-anchor DeMarco Morgan said": the content ran on past the closing mark into the first
    # words of the speaker's title; the speaker and the cue come after it.
    text = f"{quoted} CBS This Morning anchor DeMarco Morgan said ."
    doc = spacy.blank("en")(text)
    said = next(t for t in doc if t.text == "said")
    morgan = next(t for t in doc if t.text == "Morgan")
    span = (text.index("“"), text.index("”") + 1)
    inner = (span[0] + 2, span[1] - 2)
    report = Attribution(0, text.index(" anchor"), "said", said, morgan, "speech")
    draft = _from_attributions(text, span, inner, [report], set(), [span])
    assert draft is not None and draft.kind == kind
    assert (draft.start, draft.end) == (span if kind == "direct" else (0, report.end))


def test_a_clause_between_a_quotation_and_its_tag_keeps_the_content_mixed() -> None:
    # "“That was stunning ,” since cases were close , said Lee .": a clause goes on after the marks, the speaker's
    # words too; no name or title was taken into the content.
    rows: list[Row] = [
        ("“", 3, "punct", "PUNCT", "``", "“"),
        ("That", 2, "nsubj", "PRON", "DT", "that"),
        ("was", 11, "ccomp", "AUX", "VBD", "be"),
        ("stunning", 2, "acomp", "ADJ", "JJ", "stunning"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("”", 2, "punct", "PUNCT", "''", "”"),
        ("since", 8, "mark", "SCONJ", "IN", "since"),
        ("cases", 8, "nsubj", "NOUN", "NNS", "case"),
        ("were", 2, "advcl", "AUX", "VBD", "be"),
        ("close", 8, "acomp", "ADJ", "JJ", "close"),
        (",", 11, "punct", "PUNCT", ",", ","),
        ("said", 11, "ROOT", "VERB", "VBD", "say"),
        ("Lee", 11, "nsubj", "PROPN", "NNP", "Lee"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, joined=frozenset({0, 3, 4}))
    text = doc.text
    span = (0, text.index("”") + 1)
    inner = (1, span[1] - 2)
    report = Attribution(0, text.index(" ,", span[1]), "said", doc[11], doc[12], "speech")
    draft = _from_attributions(text, span, inner, [report], set(), [span])
    assert draft is not None and draft.kind == "mixed"


@pytest.mark.parametrize(
    ("quoted", "kind"),
    [
        ("“ We will act ,”", "direct"),  # closes on a comma: a statement of its own before its cue
        ("“ A big truck ”", "mixed"),  # the subject of the clause the cue reports
    ],
)
def test_a_quotation_before_its_own_cue_inside_the_content_is_the_words_reported(quoted: str, kind: str) -> None:
    text = f"{quoted} they said , under Article 21 ."
    doc = spacy.blank("en")(text)
    said = next(t for t in doc if t.text == "said")
    span = (text.index("“"), text.index("”") + 1)
    inner = (span[0] + 2, span[1] - 2)
    report = Attribution(0, len(text) - 2, "said", said, None, "speech")
    draft = _from_attributions(text, span, inner, [report], set(), [span])
    assert draft is not None and draft.kind == kind


def test_back_to_back_quotations_in_a_paragraph_are_one() -> None:
    text = "“Nobody wants prices to rise.” “The markets need calm.”\n\n“Another paragraph.”"
    first = Draft("direct", 0, 30, None, None, None, floating=True)
    second = Draft("direct", 31, 55, None, None, None, floating=True)
    third = Draft("direct", 57, 77, None, None, None, floating=True)
    assert _carries_on(text, first, second)
    assert not _carries_on(text, second, third)  # a new paragraph is a new quote
    assert not _carries_on(text, first, Draft("mixed", 31, 55, None, None, None))


def test_each_piece_of_a_split_quotation_is_a_quote_continuing_the_first() -> None:
    text = "“The deal is fair,” she said, “and it protects jobs.”"
    said = next(t for t in spacy.blank("en")(text) if t.text == "said")  # only its position is read
    first = Draft("direct", 0, 19, "said", said, None, class_="speech")
    second = Draft("direct", 30, 53, None, None, None, floating=True)
    linked = link_pieces(text, [first, second])
    assert linked == [first, second]
    assert second.continues is first and first.continues is None
    assert second.class_ == "speech" and second.cue == "said" and second.cue_token is said
    assert not second.floating


def test_a_quotation_carries_on_the_reported_words_before_it() -> None:
    text = "The summit did “too little,” he added. “Europe risks a lot.” She called it unfair. “It hurts farmers.”"
    doc = spacy.blank("en")(text)
    added = next(t for t in doc if t.text == "added")
    called = next(t for t in doc if t.text == "called")
    mixed = Draft("mixed", 0, text.index(" he added"), "added", added, None, class_="speech")
    second = Draft("direct", text.index("“Europe"), text.index(" She"), None, None, None, floating=True)
    report = Draft("indirect", text.index("it unfair"), text.index(". “It"), "called", called, None, class_="speech")
    third = Draft("direct", text.index("“It"), len(text), None, None, None, floating=True)
    link_pieces(text, [mixed, second, report, third])
    assert second.continues is mixed and second.cue_token is added
    assert third.continues is report and third.cue_token is called
    assert report.continues is None  # reported speech never continues a quotation


def test_a_paragraph_that_is_only_a_quotation_goes_on_with_the_quotation_before() -> None:
    text = (
        "“The deal is fair,” she said.\n\n“It protects jobs.”\n\n"
        "“Farmers gain,” he said.\n\nShe called it so.\n\n“Yes.”"
    )
    doc = spacy.blank("en")(text)
    said = next(t for t in doc if t.text == "said")
    called = next(t for t in doc if t.text == "called")
    first = Draft("direct", 0, text.index(" she"), "said", said, doc[4], class_="speech")
    second = Draft("direct", text.index("“It"), text.index("\n\n“Farmers"), None, None, None, floating=True)
    assert _carries_on(text, first, second)
    # A quotation followed by words of its own paragraph ("“…,” he said") has a speaker of its own.
    third = Draft("direct", text.index("“Farmers"), text.index(" he said"), None, None, None, floating=True)
    assert not _carries_on(text, second, third) and not _carries_on(text, first, third)
    # Reported speech ends its paragraph with the reporter's words, not a quotation that goes on.
    report = Draft("indirect", text.index("it so"), text.index(".\n\n“Yes"), "called", called, doc[0])
    last = Draft("direct", text.index("“Yes"), len(text), None, None, None, floating=True)
    assert not _carries_on(text, report, last)
    # Without a speaker there is no statement to go on with.
    assert not _carries_on(text, Draft("direct", 0, text.index(" she"), "said", said, None), second)


def _drafts_of(text: str, cue: str, pieces: list[tuple[str, str, str, int]]) -> list[Draft]:
    """Drafts of ``text``, each (kind, the words it starts with, the words after it or "", which ``cue`` reports it)."""
    doc = spacy.blank("en")(text)
    cues = [t for t in doc if t.text == cue]
    return [
        Draft(kind, text.index(first), text.index(after) if after else len(text), cue, cues[n], doc[0])
        for kind, first, after, n in pieces
    ]


def test_reported_words_and_the_quotation_one_cue_reports_with_them_are_one_quote() -> None:
    text = "Ryan said she has the quality for the job: “Steadiness.” He said it was over. “We lost.”"
    report, quotation, other, after = _drafts_of(
        text,
        "said",
        [
            ("indirect", "she", ":", 0),
            ("direct", "“Steadiness", " He", 0),
            ("indirect", "it was", ". “We", 1),
            ("direct", "“We", "", 1),
        ],
    )
    joined = join_pieces(text, [report, quotation, other, after])
    assert [(d.kind, text[d.start : d.end]) for d in joined[:1]] == [
        ("mixed", "she has the quality for the job: “Steadiness.”")
    ]
    # A full stop between them: the quotation is a second piece of the statement, not part of the first.
    assert joined[1:] == [other, after]
    link_pieces(text, joined)
    assert after.continues is other and joined[1].continues is None


def test_a_colon_carries_the_statement_of_one_cue_into_the_next_paragraph() -> None:
    text = "Kim called them on it:\n\n“The questions were unfair.”\n\nKim called it a day.\n\n“We left.”"
    report, quotation, day, left = _drafts_of(
        text,
        "called",
        [
            ("indirect", "them", ":", 0),
            ("direct", "“The", "\n\nKim called it", 0),
            ("indirect", "it a", ".\n\n“We", 1),
            ("direct", "“We", "", 1),
        ],
    )
    assert _carries_on(text, report, quotation)
    # Without the colon a paragraph break ends the statement, even for one cue.
    assert not _carries_on(text, day, left)


def test_a_quotation_with_a_cue_of_its_own_is_a_statement_of_its_own() -> None:
    text = "She called it unfair. “It hurts farmers,” he said."
    doc = spacy.blank("en")(text)
    called = next(t for t in doc if t.text == "called")
    said = next(t for t in doc if t.text == "said")
    report = Draft("indirect", text.index("it unfair"), text.index(". “"), "called", called, None)
    quotation = Draft("direct", text.index("“"), text.index(" he said"), "said", said, None)
    assert not _carries_on(text, report, quotation)


@pytest.mark.parametrize(
    ("text", "mid"),
    [
        ("said Clinton “was lying”", True),
        ("said that “we will win”", True),
        ("said “we will win”", False),
    ],
)
def test_a_quotation_that_starts_mid_clause(text: str, mid: bool) -> None:
    quote = (text.index("“"), len(text))
    assert _mid_clause(text, (5, len(text)), quote) is mid


# "“ Why not ? ” Vitter demanded ." and its variants: a question ends the quotation and the sentence.
_ASKED: list[Row] = [
    ("“", 1, "punct", "PUNCT", "``", "“"),
    ("Why", 1, "ROOT", "ADV", "WRB", "why"),
    ("not", 1, "neg", "PART", "RB", "not"),
    ("?", 1, "punct", "PUNCT", ".", "?"),
    ("”", 1, "punct", "PUNCT", "''", "”"),
]


def _demanded(between: list[Row], after: list[Row]) -> list[Row]:
    shift = len(_ASKED) + len(between)
    return [
        *_ASKED,
        *between,
        ("Vitter", shift + 1, "nsubj", "PROPN", "NNP", "Vitter"),
        ("demanded", shift + 1, "ROOT", "VERB", "VBD", "demand"),
        *[(w, h + shift, d, p, t, lemma) for w, h, d, p, t, lemma in after],
    ]


@pytest.mark.parametrize(
    ("between", "after", "cue"),
    [
        ([], [(".", 1, "punct", "PUNCT", ".", ".")], "demanded"),
        # "Vitter demanded, looking at Stumpf .": a participle says how, not what
        ([], [(",", 1, "punct", "PUNCT", ",", ","), ("looking", 1, "advcl", "VERB", "VBG", "look"),
              (".", 1, "punct", "PUNCT", ".", ".")], "demanded"),
        # "Vitter demanded :" introduces the quotation after it
        ([], [(":", 1, "punct", "PUNCT", ":", ":")], None),
        # "Vitter demanded answers .": a statement of its own
        ([], [("answers", 1, "dobj", "NOUN", "NNS", "answer"), (".", 1, "punct", "PUNCT", ".", ".")], None),
        # a new paragraph opens a new statement
        ([("\n\n", 4, "dep", "SPACE", "_SP", "\n\n")], [(".", 1, "punct", "PUNCT", ".", ".")], None),
    ],
)
def test_a_sentence_naming_only_the_speaker_attributes_a_closed_quotation(
    between: list[Row], after: list[Row], cue: str | None
) -> None:
    doc = hand_parsed(_demanded(between, after))
    found = _sentence_cue(doc, (doc[0].idx, doc[4].idx + 1))
    assert (found.text if found is not None else None) == cue


def test_a_sentence_with_a_report_of_its_own_attributes_no_quotation_before_it() -> None:
    """ "“ Why not ? ” Vitter demanded , attacking Stumpf .": the participle reports something of its own, so the
    sentence is a new statement, not the attribution of the quotation before ("fired back, attacking Trump …")."""
    after: list[Row] = [
        (",", 1, "punct", "PUNCT", ",", ","),
        ("attacking", 1, "advcl", "VERB", "VBG", "attack"),
        ("Stumpf", 1, "dobj", "PROPN", "NNP", "Stumpf"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(_demanded([], after))
    assert _sentence_cue(doc, (doc[0].idx, doc[4].idx + 1)) is None


def test_the_verb_the_quoted_words_hang_on_is_their_cue_over_a_nearer_one() -> None:
    """ "Although he says in every speech “ we win , ” he accuses Kim .": "says" reports the quotation; "accuses",
    nearer to it, has words of its own."""
    doc = hand_parsed(
        [
            ("Although", 2, "mark", "SCONJ", "IN", "although"),
            ("he", 2, "nsubj", "PRON", "PRP", "he"),
            ("says", 13, "advcl", "VERB", "VBZ", "say"),
            ("in", 2, "prep", "ADP", "IN", "in"),
            ("every", 5, "det", "DET", "DT", "every"),
            ("speech", 3, "pobj", "NOUN", "NN", "speech"),
            ("“", 8, "punct", "PUNCT", "``", "“"),
            ("we", 8, "nsubj", "PRON", "PRP", "we"),
            ("win", 2, "ccomp", "VERB", "VBP", "win"),
            (",", 13, "punct", "PUNCT", ",", ","),
            ("”", 13, "punct", "PUNCT", "''", "”"),
            ("he", 13, "nsubj", "PRON", "PRP", "he"),
            ("also", 13, "advmod", "ADV", "RB", "also"),
            ("accuses", 13, "ROOT", "VERB", "VBZ", "accuse"),
            ("Kim", 13, "dobj", "PROPN", "NNP", "Kim"),
            (".", 13, "punct", "PUNCT", ".", "."),
        ]
    )
    cue = _sentence_cue(doc, (doc[6].idx, doc[10].idx + 1))
    assert cue is not None and cue.text == "says"


# "“ We win , ” Trump shot back .": the parser tags the particle of "shoot back" either way.
@pytest.mark.parametrize(("dep", "pos", "tag"), [("prt", "ADP", "RP"), ("advmod", "ADV", "RB")])
def test_a_phrasal_cue_attributes_the_quotation_however_its_particle_is_tagged(dep: str, pos: str, tag: str) -> None:
    doc = hand_parsed(
        [
            ("“", 6, "punct", "PUNCT", "``", "“"),
            ("We", 2, "nsubj", "PRON", "PRP", "we"),
            ("win", 6, "ccomp", "VERB", "VBP", "win"),
            (",", 6, "punct", "PUNCT", ",", ","),
            ("”", 6, "punct", "PUNCT", "''", "”"),
            ("Trump", 6, "nsubj", "PROPN", "NNP", "Trump"),
            ("shot", 6, "ROOT", "VERB", "VBD", "shoot"),
            ("back", 6, dep, pos, tag, "back"),
            (".", 6, "punct", "PUNCT", ".", "."),
        ]
    )
    found = _sentence_cue(doc, (doc[0].idx, doc[4].idx + 1))
    assert found is not None and found.text == "shot"


def _after_quotation(closing: str, after: list[Row]) -> list[Row]:
    """ "“ We win <closing> ” <after>", the rows of ``after`` counted from 5."""
    return [
        ("“", 2, "punct", "PUNCT", "``", "“"),
        ("We", 2, "nsubj", "PRON", "PRP", "we"),
        ("win", 2, "ccomp", "VERB", "VBP", "win"),
        (closing, 2, "punct", "PUNCT", ",", closing),
        ("”", 2, "punct", "PUNCT", "''", "”"),
        *after,
    ]


_STARTED: list[Row] = [
    ("Hannity", 6, "nsubj", "PROPN", "NNP", "Hannity"),
    ("started", 6, "ROOT", "VERB", "VBD", "start"),
    (".", 6, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("closing", "after", "verb"),
    [
        (",", _STARTED, "started"),  # "“We win,” Hannity started."
        ("?", _STARTED, "started"),
        (".", _STARTED, None),  # the quotation closed its sentence: "Hannity started." is a sentence of its own
        # "“We win?” Trump went on, as if deaf.": an aside after a comma
        ("?", [("Trump", 6, "nsubj", "PROPN", "NNP", "Trump"), ("went", 6, "ROOT", "VERB", "VBD", "go"),
               ("on", 6, "prt", "ADP", "RP", "on"), (",", 6, "punct", "PUNCT", ",", ","),
               ("as", 10, "mark", "SCONJ", "IN", "as"), ("deaf", 6, "advcl", "ADJ", "JJ", "deaf"),
               (".", 6, "punct", "PUNCT", ".", ".")], "went"),
        # "“We win?” he urged them.": a reporting verb may name whom it spoke to
        ("?", [("he", 6, "nsubj", "PRON", "PRP", "he"), ("urged", 6, "ROOT", "VERB", "VBD", "urge"),
               ("them", 6, "dobj", "PRON", "PRP", "they"), (".", 6, "punct", "PUNCT", ".", ".")], "urged"),
        # "“We win,” Hannity started the car.": the verb has an object of its own
        (",", [("Hannity", 6, "nsubj", "PROPN", "NNP", "Hannity"), ("started", 6, "ROOT", "VERB", "VBD", "start"),
               ("the", 8, "det", "DET", "DT", "the"), ("car", 6, "dobj", "NOUN", "NN", "car"),
               (".", 6, "punct", "PUNCT", ".", ".")], None),
        # "“We win,” the engine started.": no one who speaks
        (",", [("the", 6, "det", "DET", "DT", "the"), ("engine", 7, "nsubj", "NOUN", "NN", "engine"),
               ("started", 7, "ROOT", "VERB", "VBD", "start"), (".", 7, "punct", "PUNCT", ".", ".")], None),
    ],
)
def test_a_quotation_closed_on_a_comma_is_attributed_by_any_verb_of_its_speaker(
    closing: str, after: list[Row], verb: str | None
) -> None:
    doc = hand_parsed(_after_quotation(closing, after), joined=frozenset({2, 3}))
    found = _quotative_verb(doc, (doc[0].idx, doc[4].idx + 1))
    assert (found.text if found is not None else None) == verb


@pytest.mark.parametrize(
    ("noun", "lemma", "cue"),
    [("comment", "comment", "made"), ("reply", "reply", "made"), ("statement", "statement", "made"),
     ("decision", "decision", None), ("hope", "hope", None)],  # no words said; a hope is a belief
)
def test_a_sentence_making_a_statement_before_a_colon_introduces_the_quotation(
    noun: str, lemma: str, cue: str | None
) -> None:
    """ "Lee made this comment : “ We will win . ”" """
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("made", 1, "ROOT", "VERB", "VBD", "make"),
            ("this", 3, "det", "DET", "DT", "this"),
            (noun, 1, "dobj", "NOUN", "NN", lemma),
            (":", 1, "punct", "PUNCT", ":", ":"),
            ("“", 7, "punct", "PUNCT", "``", "“"),
            ("We", 7, "nsubj", "PRON", "PRP", "we"),
            ("win", 7, "ROOT", "VERB", "VBP", "win"),
            (".", 7, "punct", "PUNCT", ".", "."),
            ("”", 7, "punct", "PUNCT", "''", "”"),
        ]
    )
    found = _colon_cue(doc, (doc[5].idx, doc[9].idx + 1))
    assert (found.text if found is not None else None) == cue


@pytest.mark.parametrize(("obj", "idioms", "cue"), [("it", True, "put"), ("it", False, None), ("them", True, None)])
def test_as_someone_put_it_attributes_the_quotation_after_it(obj: str, idioms: bool, cue: str | None) -> None:
    """ "As Lee put it , “ We win . ”": words said in a way of putting them; "put them" puts things, not words."""
    doc = hand_parsed(
        [
            ("As", 2, "mark", "SCONJ", "IN", "as"),
            ("Lee", 2, "nsubj", "PROPN", "NNP", "Lee"),
            ("put", 7, "advcl", "VERB", "VBD", "put"),
            (obj, 2, "dobj", "PRON", "PRP", obj),
            (",", 7, "punct", "PUNCT", ",", ","),
            ("“", 7, "punct", "PUNCT", "``", "“"),
            ("We", 7, "nsubj", "PRON", "PRP", "we"),
            ("win", 7, "ROOT", "VERB", "VBP", "win"),
            (".", 7, "punct", "PUNCT", ".", "."),
            ("”", 7, "punct", "PUNCT", "''", "”"),
        ]
    )
    found = _sentence_cue(doc, (doc[5].idx, doc[9].idx + 1), idioms)
    assert (found.text if found is not None else None) == cue


def test_a_quotation_after_an_aside_of_its_attribution_goes_on_with_the_quotation_before() -> None:
    """ "“We need help,” said Acosta, referring to the law. “Give us the tool.”": the second quotation is Acosta's next
    words, not what the participle reports."""
    rows: list[Row] = [
        ("“", 2, "punct", "PUNCT", "``", "“"),
        ("We", 2, "nsubj", "PRON", "PRP", "we"),
        ("need", 6, "ccomp", "VERB", "VBP", "need"),
        ("help", 2, "dobj", "NOUN", "NN", "help"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("”", 2, "punct", "PUNCT", "''", "”"),
        ("said", 6, "ROOT", "VERB", "VBD", "say"),
        ("Acosta", 6, "nsubj", "PROPN", "NNP", "Acosta"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("referring", 6, "advcl", "VERB", "VBG", "refer"),
        ("to", 9, "prep", "ADP", "IN", "to"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("law", 10, "pobj", "NOUN", "NN", "law"),
        (".", 6, "punct", "PUNCT", ".", "."),
        ("“", 15, "punct", "PUNCT", "``", "“"),
        ("Give", 15, "ROOT", "VERB", "VB", "give"),
        ("tools", 15, "dobj", "NOUN", "NNS", "tool"),
        (".", 15, "punct", "PUNCT", ".", "."),
        ("”", 15, "punct", "PUNCT", "''", "”"),
    ]
    doc = hand_parsed(rows, joined=frozenset({0, 3, 4, 7, 12, 14, 16, 17}))
    text = doc.text
    said, referring, acosta = doc[6], doc[9], doc[7]
    first = Draft("direct", 0, text.index(" said"), "said", said, acosta)
    second = Draft("direct", text.index("“Give"), len(text), "referring", referring, acosta)
    link_pieces(text, [first, second])
    assert second.continues is first and second.cue_token is said
    # A cue in the clause the first cue reports is no aside of it: the second quotation keeps its own cue.
    replied = Draft("direct", text.index("“Give"), len(text), "need", doc[2], doc[1])
    link_pieces(text, [Draft("direct", 0, text.index(" said"), "said", said, acosta), replied])
    assert replied.continues is None and replied.cue_token == doc[2]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Several waved their “Hispanics para Trump” signs.", True),
        ("The “90 to 95 percent” figure came from the campaign.", True),
        ("It was the cries of “Bitch!” (for Clinton) that rattled him.", True),
        ("He went on. “We will win.” Then he left.", False),  # a sentence of its own
        ("She put it plainly: “We will win” and left.", False),  # introduced by a colon
        ("Her slogan is “I’m with her.”\n\nShe won.", False),  # nothing of the sentence after it
        ("“We will win,” he said.", False),
    ],
)
def test_a_quotation_inside_the_writers_sentence_is_a_phrase_it_names(text: str, inside: bool) -> None:
    start = text.index("“")
    assert _within_sentence(text, (start, text.index("”", start) + 1)) is inside


_WE_WIN: list[Row] = [
    ("“", 2, "punct", "PUNCT", "``", "“"),
    ("We", 2, "nsubj", "PRON", "PRP", "we"),
    ("win", 2, "ROOT", "VERB", "VBP", "win"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("”", 2, "punct", "PUNCT", "''", "”"),
]


def _introduced(clause: list[Row]) -> list[Row]:
    """ "<clause> “ We win . ”", the quotation's heads counted from the end of ``clause``."""
    shift = len(clause)
    return [*clause, *[(w, h + shift, d, p, t, lemma) for w, h, d, p, t, lemma in _WE_WIN]]


@pytest.mark.parametrize(
    ("clause", "verb"),
    [
        # "She went on :"
        ([("She", 1, "nsubj", "PRON", "PRP", "she"), ("went", 1, "ROOT", "VERB", "VBD", "go"),
          ("on", 1, "prt", "ADP", "RP", "on"), (":", 1, "punct", "PUNCT", ":", ":")], "went"),
        # "Lee delivered a message to Trump :": the colon hung on the last noun
        ([("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"), ("delivered", 1, "ROOT", "VERB", "VBD", "deliver"),
          ("a", 3, "det", "DET", "DT", "a"), ("message", 1, "dobj", "NOUN", "NN", "message"),
          ("to", 3, "prep", "ADP", "IN", "to"), ("Trump", 4, "pobj", "PROPN", "NNP", "Trump"),
          (":", 5, "punct", "PUNCT", ":", ":")], "delivered"),
        # "Lee cracked ,": a comma as well
        ([("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"), ("cracked", 1, "ROOT", "VERB", "VBD", "crack"),
          (",", 1, "punct", "PUNCT", ",", ",")], "cracked"),
        # "Lee tried to leave :": the highest verb before the mark, not the last
        ([("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"), ("tried", 1, "ROOT", "VERB", "VBD", "try"),
          ("to", 3, "aux", "PART", "TO", "to"), ("leave", 1, "xcomp", "VERB", "VB", "leave"),
          (":", 1, "punct", "PUNCT", ":", ":")], "tried"),
        # "Romney , the nominee , tweeted in reply :": the verb misread as a participle on the name
        ([("Romney", 0, "ROOT", "PROPN", "NNP", "Romney"), (",", 0, "punct", "PUNCT", ",", ","),
          ("the", 3, "det", "DET", "DT", "the"), ("nominee", 0, "appos", "NOUN", "NN", "nominee"),
          (",", 0, "punct", "PUNCT", ",", ","), ("tweeted", 0, "acl", "VERB", "VBN", "tweet"),
          ("in", 5, "prep", "ADP", "IN", "in"), ("reply", 6, "pobj", "NOUN", "NN", "reply"),
          (":", 0, "punct", "PUNCT", ":", ":")], "tweeted"),
        # "Lee read the book ,": the quotation names the work
        ([("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"), ("read", 1, "ROOT", "VERB", "VBD", "read"),
          ("the", 3, "det", "DET", "DT", "the"), ("book", 1, "dobj", "NOUN", "NN", "book"),
          (",", 1, "punct", "PUNCT", ",", ",")], None),
        # "It gets better :": no one who speaks
        ([("It", 1, "nsubj", "PRON", "PRP", "it"), ("gets", 1, "ROOT", "VERB", "VBZ", "get"),
          ("better", 1, "acomp", "ADJ", "JJR", "better"), (":", 1, "punct", "PUNCT", ":", ":")], None),
        # "She went on ." with no colon
        ([("She", 1, "nsubj", "PRON", "PRP", "she"), ("went", 1, "ROOT", "VERB", "VBD", "go"),
          ("on", 1, "prt", "ADP", "RP", "on"), (".", 1, "punct", "PUNCT", ".", ".")], None),
    ],
)
def test_a_clause_ending_in_a_colon_or_comma_hands_the_quotation_to_its_subject(
    clause: list[Row], verb: str | None
) -> None:
    doc = hand_parsed(_introduced(clause))
    start = len(clause)
    found = _introducing_verb(doc, (doc[start].idx, doc[start + 4].idx + 1))
    assert (found.text if found is not None else None) == verb


@pytest.mark.parametrize(
    ("rows", "verb"),
    [
        # "After Lee left , “ We win ” was heard .": the clause hangs on the sentence going on after the quotation,
        # directly or through the quotation
        *[([("After", 2, "mark", "SCONJ", "IN", "after"), ("Lee", 2, "nsubj", "PROPN", "NNP", "Lee"),
          ("left", head, "advcl", "VERB", "VBD", "leave"), (",", 9, "punct", "PUNCT", ",", ","),
          ("“", 6, "punct", "PUNCT", "``", "“"), ("We", 6, "nsubj", "PRON", "PRP", "we"),
          ("win", 9, "parataxis", "VERB", "VBP", "win"), ("”", 6, "punct", "PUNCT", "''", "”"),
          ("was", 9, "auxpass", "AUX", "VBD", "be"), ("heard", 9, "ROOT", "VERB", "VBN", "hear"),
          (".", 9, "punct", "PUNCT", ".", ".")], None) for head in (9, 6)],
        # "As Lee sang , “ We win ” .": the clause hangs on the quotation, what Lee sang
        ([("As", 2, "mark", "SCONJ", "IN", "as"), ("Lee", 2, "nsubj", "PROPN", "NNP", "Lee"),
          ("sang", 6, "advcl", "VERB", "VBD", "sing"), (",", 6, "punct", "PUNCT", ",", ","),
          ("“", 6, "punct", "PUNCT", "``", "“"), ("We", 6, "nsubj", "PRON", "PRP", "we"),
          ("win", 6, "ROOT", "VERB", "VBP", "win"), ("”", 6, "punct", "PUNCT", "''", "”"),
          (".", 6, "punct", "PUNCT", ".", ".")], "sang"),
    ],
)
def test_a_fronted_clause_before_a_comma_introduces_only_a_quotation_it_hangs_on(
    rows: list[Row], verb: str | None
) -> None:
    doc = hand_parsed(rows)
    found = _introducing_verb(doc, (doc[4].idx, doc[7].idx + 1))
    assert (found.text if found is not None else None) == verb


@pytest.mark.parametrize(
    ("after", "found"),
    [
        # "“We win,” Conway notes.": the tagger made a noun of the verb and hung it on nothing
        ([("Conway", 6, "compound", "PROPN", "NNP", "Conway"), ("notes", 6, "ROOT", "NOUN", "NNS", "note"),
          (".", 6, "punct", "PUNCT", ".", ".")], ("notes", "Conway")),
        # "“We win,” asked Mr. Manafort, referring to it.": the speaker after the cue, up to the comma
        ([("asked", 5, "ROOT", "VERB", "VBD", "ask"), ("Mr.", 7, "compound", "PROPN", "NNP", "Mr."),
          ("Manafort", 5, "nsubj", "PROPN", "NNP", "Manafort"), (",", 5, "punct", "PUNCT", ",", ","),
          ("referring", 5, "advcl", "VERB", "VBG", "refer"), (".", 5, "punct", "PUNCT", ".", ".")],
         ("asked", "Manafort")),
        # "“We win,” said the senator visiting Ohio.": the verb the parser gave the speaker as subject ends the name
        ([("said", 5, "ROOT", "VERB", "VBD", "say"), ("the", 7, "det", "DET", "DT", "the"),
          ("senator", 8, "nsubj", "NOUN", "NN", "senator"), ("visiting", 5, "ccomp", "VERB", "VBG", "visit"),
          ("Ohio", 8, "dobj", "PROPN", "NNP", "Ohio"), (".", 5, "punct", "PUNCT", ".", ".")], ("said", "senator")),
        # "“We win,” said Oversight ranking Democrat Elijah Cummings.": "ranking" misread as a verb is in the name
        ([("said", 5, "ROOT", "VERB", "VBD", "say"), ("Oversight", 7, "npadvmod", "NOUN", "NN", "oversight"),
          ("ranking", 5, "ccomp", "VERB", "VBG", "rank"), ("Democrat", 10, "compound", "PROPN", "NNP", "Democrat"),
          ("Elijah", 10, "compound", "PROPN", "NNP", "Elijah"), ("Cummings", 7, "dobj", "PROPN", "NNP", "Cummings"),
          (".", 5, "punct", "PUNCT", ".", ".")], ("said", "Cummings")),
        # "“We win,” the crowd cheered.": no verb of the table
        ([("the", 6, "det", "DET", "DT", "the"), ("crowd", 7, "nsubj", "NOUN", "NN", "crowd"),
          ("cheered", 7, "ROOT", "VERB", "VBD", "cheer"), (".", 7, "punct", "PUNCT", ".", ".")], None),
        # "“We win,” the crowd roared.": a manner of speaking by the voice, in the table
        ([("the", 6, "det", "DET", "DT", "the"), ("crowd", 7, "nsubj", "NOUN", "NN", "crowd"),
          ("roared", 7, "ROOT", "VERB", "VBD", "roar"), (".", 7, "punct", "PUNCT", ".", ".")], ("roared", "crowd")),
        # "“We win,” Lee's non-answer …": a noun of the table away from the phrase before it is no cue
        ([("Lee", 6, "nsubj", "PROPN", "NNP", "Lee"), ("riffed", 6, "ROOT", "VERB", "VBD", "riff"),
          ("on", 6, "prep", "ADP", "IN", "on"), ("it", 7, "pobj", "PRON", "PRP", "it"),
          ("answer", 6, "npadvmod", "NOUN", "NN", "answer"), (".", 6, "punct", "PUNCT", ".", ".")], None),
    ],
)
def test_a_cue_and_speaker_the_parse_lost_are_read_from_the_words_after_a_quotation(
    after: list[Row], found: tuple[str, str] | None
) -> None:
    doc = hand_parsed(_after_quotation(",", after), joined=frozenset({2, 3}))
    frame = _read_frame(doc, (doc[0].idx, doc[4].idx + 1))
    assert ((frame[0].text, frame[1].text) if frame is not None else None) == found


def _said_after(subject_inside: bool) -> tuple[Draft, Token]:
    """ "“ We win , ” Ann Lee said .", the parse making "We" (inside the marks) or "Lee" the subject of "said"."""
    doc = hand_parsed(
        [
            ("“", 7, "punct", "PUNCT", "``", "“"),
            ("We", 7 if subject_inside else 2, "nsubj", "PRON", "PRP", "we"),
            ("win", 7, "ccomp", "VERB", "VBP", "win"),
            (",", 2, "punct", "PUNCT", ",", ","),
            ("”", 7, "punct", "PUNCT", "''", "”"),
            ("Ann", 6, "compound", "PROPN", "NNP", "Ann"),
            ("Lee", 7, "npadvmod" if subject_inside else "nsubj", "PROPN", "NNP", "Lee"),
            ("said", 7, "ROOT", "VERB", "VBD", "say"),
            (".", 7, "punct", "PUNCT", ".", "."),
        ],
        joined=frozenset({2, 3}),
    )
    speaker = doc[1] if subject_inside else doc[6]
    return Draft("direct", doc[0].idx, doc[4].idx + 1, "said", doc[7], speaker), doc[6]


def test_a_speaker_the_parse_found_inside_the_quotation_is_the_one_named_after_it() -> None:
    draft, lee = _said_after(subject_inside=True)
    found = _speaker_outside(lee.doc, draft)
    assert found.speaker is not None and found.speaker.i == lee.i and found.cue == "said"


def test_a_speaker_outside_the_quotation_stays() -> None:
    draft, lee = _said_after(subject_inside=False)
    assert _speaker_outside(lee.doc, draft) is draft


def test_a_participle_cue_the_parse_hung_on_the_quoted_words_takes_the_subject_of_the_clause_outside() -> None:
    # "Lee spoke , telling them , “ People win . ”": the parser hung "telling" on "win", so its subject was "People".
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
            (",", 1, "punct", "PUNCT", ",", ","),
            ("telling", 8, "advcl", "VERB", "VBG", "tell"),
            ("them", 3, "dobj", "PRON", "PRP", "they"),
            (",", 8, "punct", "PUNCT", ",", ","),
            ("“", 8, "punct", "PUNCT", "``", "“"),
            ("People", 8, "nsubj", "NOUN", "NNS", "people"),
            ("win", 1, "advcl", "VERB", "VBP", "win"),
            (".", 8, "punct", "PUNCT", ".", "."),
            ("”", 8, "punct", "PUNCT", "''", "”"),
        ],
        joined=frozenset({6, 8}),
    )
    draft = Draft("direct", doc[6].idx, doc[10].idx + 1, "telling", doc[3], doc[7])
    found = _speaker_outside(doc, draft)
    assert found.speaker is not None and found.speaker.text == "Lee" and found.cue == "telling"


def _short_quotations(rows: list[Row]) -> list[tuple[str, str | None]]:
    doc = hand_parsed(rows)
    drafts, _ = attribute_quotations(doc, find_quotations(doc.text), [])
    return [(doc.text[d.start : d.end], d.cue) for d in drafts]


def _winning(mark: str, after: list[Row]) -> list[Row]:
    """ "“ You winning <mark> ”" and the rows after it, their heads counted from the quotation's end."""
    return [
        ("“", 2, "punct", "PUNCT", "``", "“"),
        ("You", 2, "nsubj", "PRON", "PRP", "you"),
        ("winning", 2, "ROOT", "VERB", "VBG", "win"),
        (mark, 2, "punct", "PUNCT", ".", mark),
        ("”", 2, "punct", "PUNCT", "''", "”"),
        *[(w, h + 5, d, p, t, lemma) for w, h, d, p, t, lemma in after],
    ]


_SHE_SAID: list[Row] = [
    ("she", 1, "nsubj", "PRON", "PRP", "she"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_question_of_two_words_before_its_cue_is_a_statement_not_a_scare_quote() -> None:
    # "“ You winning ? ” she said .": a word or two closed on a question or exclamation mark is said.
    assert _short_quotations(_winning("?", _SHE_SAID)) == [("“ You winning ? ”", "said")]


def test_two_words_closed_on_a_comma_stay_a_scare_quote() -> None:
    # "“ You winning , ” she said .": closed on a comma, two words may be a term the writer quotes.
    assert _short_quotations(_winning(",", _SHE_SAID)) == []


def test_two_words_closed_on_a_comma_and_framed_by_a_speaker_and_verb_are_said() -> None:
    # "“You winning,” she said .": the marks close right after the comma, a speaker and a verb follow: a statement.
    rows = _winning(",", _SHE_SAID)
    doc = hand_parsed(rows, joined=frozenset({0, 2, 3}))
    drafts, _ = attribute_quotations(doc, find_quotations(doc.text), [])
    assert [(doc.text[d.start : d.end], d.cue) for d in drafts] == [("“You winning,”", "said")]


def test_two_words_closed_on_a_comma_before_a_relative_clause_stay_a_scare_quote() -> None:
    # "“You winning,” which she said .": a relative clause after the marks is no frame of a statement.
    after: list[Row] = [
        ("which", 2, "dobj", "PRON", "WDT", "which"),
        ("she", 2, "nsubj", "PRON", "PRP", "she"),
        ("said", 2, "ROOT", "VERB", "VBD", "say"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(_winning(",", after), joined=frozenset({0, 2, 3}))
    drafts, _ = attribute_quotations(doc, find_quotations(doc.text), [])
    assert drafts == []


def test_a_cry_alone_on_its_line_with_no_cue_is_a_heading() -> None:
    # "“ You winning ? ”" on its own line, then "Vitter left .": a section heading, no one's statement.
    rows = [
        ("\n\n", -1, "dep", "SPACE", "_SP", "\n\n"),
        ("Vitter", 2, "nsubj", "PROPN", "NNP", "Vitter"),
        ("left", 2, "ROOT", "VERB", "VBD", "leave"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _short_quotations(_winning("!", rows)) == []


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Lee said. “(Ross) has the values I want.”", True),  # a word the writer put in for the speaker's own
        ("Lee said. “[W]e will not run it again.”", True),
        ("Lee said. “[he] has the values I want.”", False),  # a lower-case word goes on with a sentence
        ("Lee said. “(and) has the values.”", False),
        ("Lee said. “()”", False),
    ],
)
def test_a_quotation_opened_by_a_bracketed_word_is_a_statement(text: str, opens: bool) -> None:
    start = text.index("“")
    assert _opens_statement(text, (start, len(text))) is opens


@pytest.mark.parametrize(
    ("lead", "quoted", "tag", "kind"),
    [
        ("Mosman saw his words differently :", "“ When he says it , I do not take it so , ”", "he said .", "direct"),
        ("the vote drew blowback from members (", "“ I want my dues back , ”", "wrote Ed Nelson ) .", "direct"),
        ("For example :", "“ We made a terrible mistake , ”", "he told CNN .", "direct"),
        ("Mosman saw his words differently and", "“ When he says it , I do not take it so , ”", "he said .", "mixed"),
        ("The stakes were high :", "“ a free man ”", "he said .", "mixed"),  # a phrase, no statement closed
    ],
)
def test_a_quotation_after_the_writers_colon_is_the_words_a_cue_after_it_reports(
    lead: str, quoted: str, tag: str, kind: str
) -> None:
    # The parser ran the content of "he said" back over the writer's sentence before the colon or bracket.
    text = f"{lead} {quoted} {tag}"
    doc = spacy.blank("en")(text)
    cue = next(t for t in doc if t.lower_ in ("said", "wrote", "told"))
    speaker = doc[cue.i - 1] if cue.lower_ != "wrote" else doc[cue.i + 2]
    span = (text.index("“"), text.index("”") + 1)
    inner = (span[0] + 2, span[1] - 2)
    report = Attribution(0, span[1], cue.text, cue, speaker, "speech")
    draft = _from_attributions(text, span, inner, [report], set(), [span])
    assert draft is not None and draft.kind == kind
    assert (draft.start, draft.end) == (span if kind == "direct" else (0, span[1]))
