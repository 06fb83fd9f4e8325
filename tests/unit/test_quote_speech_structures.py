"""Speakers and quotation pieces as speech news counts them (issue #9): a participle's subject after "of"/"with", a
text named again, a speaker-only sentence before a quotation, a title-cased quotation framed as said, a stray space
before a closing mark."""

from __future__ import annotations

import pytest
from spacy.tokens import Span as SpacySpan

from telex.quotes.direct import _colon_cue, _framed_title
from telex.quotes.marks import find_quotations
from telex.quotes.subjects import issuer_before, subject_of
from tests.unit.fixtures import Row, hand_parsed


def _with_participle(prep: str, noun: tuple[str, str, str]) -> list[Row]:
    """ "The talk ended <prep> <noun> asking her whether she would run ." """
    word, pos, tag = noun
    return [
        ("The", 1, "det", "DET", "DT", "the"),
        ("talk", 2, "nsubj", "NOUN", "NN", "talk"),
        ("ended", 2, "ROOT", "VERB", "VBD", "end"),
        (prep, 2, "prep", "ADP", "IN", prep),
        (word, 3, "pobj", pos, tag, word.lower()),
        ("asking", 2, "advcl", "VERB", "VBG", "ask"),
        ("her", 5, "dobj", "PRON", "PRP", "she"),
        ("whether", 10, "mark", "SCONJ", "IN", "whether"),
        ("she", 10, "nsubj", "PRON", "PRP", "she"),
        ("would", 10, "aux", "AUX", "MD", "would"),
        ("run", 5, "ccomp", "VERB", "VB", "run"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


@pytest.mark.parametrize(
    ("prep", "noun", "speaker"),
    [
        ("with", ("Lee", "PROPN", "NNP"), "Lee"),  # "ended with Lee asking": Lee asks
        ("of", ("Lee", "PROPN", "NNP"), "Lee"),  # "reminds me of Lee saying": Lee says
        ("with", ("spokesman", "NOUN", "NN"), "spokesman"),  # a noun for one who can speak
        ("with", ("applause", "NOUN", "NN"), "talk"),  # a thing asks nothing: the clause's subject stays
        ("after", ("Lee", "PROPN", "NNP"), "talk"),  # "after Lee asking" is no participle of Lee's
    ],
)
def test_a_participle_right_after_the_object_of_of_or_with_has_that_object_speak(
    prep: str, noun: tuple[str, str, str], speaker: str
) -> None:
    doc = hand_parsed(_with_participle(prep, noun))
    found = subject_of(doc[5])
    assert (found.text if found is not None else None) == speaker


def _statement_again(verb: tuple[str, str], noun: str) -> list[Row]:
    """ "Lee <verb> a statement . “ We win , ” the <noun> said ." """
    return [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
        (verb[0], 1, "ROOT", "VERB", "VBD", verb[1]),
        ("a", 3, "det", "DET", "DT", "a"),
        ("statement", 1, "dobj", "NOUN", "NN", "statement"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("“", 7, "punct", "PUNCT", "``", "“"),
        ("We", 7, "nsubj", "PRON", "PRP", "we"),
        ("win", 12, "ccomp", "VERB", "VBP", "win"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("”", 7, "punct", "PUNCT", "''", "”"),
        ("the", 11, "det", "DET", "DT", "the"),
        (noun, 12, "nsubj", "NOUN", "NN", noun),
        ("said", 12, "ROOT", "VERB", "VBD", "say"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ]


@pytest.mark.parametrize(
    ("verb", "noun", "issuer"),
    [
        (("issued", "issue"), "statement", "Lee"),  # the statement Lee issued speaks for Lee
        (("issued", "issue"), "letter", None),  # no letter was issued before
        (("released", "release"), "statement", "Lee"),
        (("obtained", "obtain"), "statement", None),  # one who got a text did not write it
    ],
)
def test_a_text_named_again_speaks_for_the_one_who_issued_it(
    verb: tuple[str, str], noun: str, issuer: str | None
) -> None:
    doc = hand_parsed(_statement_again(verb, noun))
    found = issuer_before(doc[11])
    assert (found.text if found is not None else None) == issuer


def test_a_text_named_again_speaks_for_the_one_it_came_from() -> None:
    """ "Kim has a note from Lee . “ We win , ” the note says .": the sender, not the one who has it."""
    doc = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("has", 1, "ROOT", "VERB", "VBZ", "have"),
            ("a", 3, "det", "DET", "DT", "a"),
            ("note", 1, "dobj", "NOUN", "NN", "note"),
            ("from", 3, "prep", "ADP", "IN", "from"),
            ("Lee", 4, "pobj", "PROPN", "NNP", "Lee"),
            (".", 1, "punct", "PUNCT", ".", "."),
            ("“", 9, "punct", "PUNCT", "``", "“"),
            ("We", 9, "nsubj", "PRON", "PRP", "we"),
            ("win", 14, "ccomp", "VERB", "VBP", "win"),
            (",", 9, "punct", "PUNCT", ",", ","),
            ("”", 9, "punct", "PUNCT", "''", "”"),
            ("the", 13, "det", "DET", "DT", "the"),
            ("note", 14, "nsubj", "NOUN", "NN", "note"),
            ("says", 14, "ROOT", "VERB", "VBZ", "say"),
            (".", 14, "punct", "PUNCT", ".", "."),
        ]
    )
    found = issuer_before(doc[13])
    assert (found.text if found is not None else None) == "Lee"


def _in_a_poll(verb: tuple[str, str], owner: str) -> list[Row]:
    """ "Lee <verb> in <owner>'s poll . The poll showed that we win ." """
    return [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
        (verb[0], 1, "ROOT", "VERB", "VBD", verb[1]),
        ("in", 1, "prep", "ADP", "IN", "in"),
        (owner, 5, "poss", "PROPN", "NNP", owner),
        ("'s", 3, "case", "PART", "POS", "'s"),
        ("poll", 2, "pobj", "NOUN", "NN", "poll"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("The", 8, "det", "DET", "DT", "the"),
        ("poll", 9, "nsubj", "NOUN", "NN", "poll"),
        ("showed", 9, "ROOT", "VERB", "VBD", "show"),
        ("that", 12, "mark", "SCONJ", "IN", "that"),
        ("we", 12, "nsubj", "PRON", "PRP", "we"),
        ("win", 9, "ccomp", "VERB", "VBP", "win"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ]


@pytest.mark.parametrize(
    ("verb", "issuer"),
    [
        (("said", "say"), "Lee"),  # "Lee said in Kim's poll": what Lee issued there
        (("slipped", "slip"), None),  # "Lee slipped in Kim's poll": Lee did not issue it
    ],
)
def test_only_one_who_reports_in_a_text_issued_it(verb: tuple[str, str], issuer: str | None) -> None:
    found = issuer_before(hand_parsed(_in_a_poll(verb, "Kim"))[8])
    assert (found.text if found is not None else None) == issuer


def test_a_day_that_owns_a_text_did_not_issue_it() -> None:
    """ "Lee noted Monday's poll . The poll showed …": the day's poll, no one's; Kim's poll is Kim's."""

    def issuer(owner: str, date: bool) -> str | None:
        rows: list[Row] = [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("noted", 1, "ROOT", "VERB", "VBD", "note"),
            (owner, 4, "poss", "PROPN", "NNP", owner),
            ("'s", 2, "case", "PART", "POS", "'s"),
            ("poll", 1, "dobj", "NOUN", "NN", "poll"),
            (".", 1, "punct", "PUNCT", ".", "."),
            ("The", 7, "det", "DET", "DT", "the"),
            ("poll", 8, "nsubj", "NOUN", "NN", "poll"),
            ("showed", 8, "ROOT", "VERB", "VBD", "show"),
            ("that", 11, "mark", "SCONJ", "IN", "that"),
            ("we", 11, "nsubj", "PRON", "PRP", "we"),
            ("win", 8, "ccomp", "VERB", "VBP", "win"),
            (".", 8, "punct", "PUNCT", ".", "."),
        ]
        doc = hand_parsed(rows)
        if date:
            doc.ents = [SpacySpan(doc, 2, 3, label="DATE")]
        found = issuer_before(doc[7])
        return found.text if found is not None else None

    assert (issuer("Monday", True), issuer("Kim", False)) == (None, "Kim")


def test_a_text_that_names_its_issuer_is_not_read_back() -> None:
    """ "“ We win , ” the Lee statement said": the noun names whom it speaks for itself."""
    rows = _statement_again(("issued", "issue"), "statement")
    rows[10] = ("Lee", 11, "compound", "PROPN", "NNP", "Lee")
    assert issuer_before(hand_parsed(rows)[11]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"What does that mean? " Lee asked.', ['"What does that mean? "']),  # a space slipped in before the mark
        ('"We win, " Lee said, "and they lose."', ['"We win, "', '"and they lose."']),
        ('"We win " is a slogan "and more"', []),  # no punctuation before the spaced mark: it closes nothing
    ],
)
def test_a_straight_mark_after_a_spaced_off_sentence_end_closes_the_quotation(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotations(text)] == expected


def _said_then_quoted(content: list[Row], end: str) -> list[Row]:
    """ "Lee said <content> <end> “ We win . ”", the quotation's rows counted from 2 + len(content) + 1."""
    at = 2 + len(content) + 1
    return [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        *content,
        (end, 1, "punct", "PUNCT", "." if end == "." else ":", end),
        ("“", at + 2, "punct", "PUNCT", "``", "“"),
        ("We", at + 2, "nsubj", "PRON", "PRP", "we"),
        ("win", at + 2, "ROOT", "VERB", "VBP", "win"),
        (".", at + 2, "punct", "PUNCT", ".", "."),
        ("”", at + 2, "punct", "PUNCT", "''", "”"),
    ]


_IN_A_STATEMENT: list[Row] = [
    ("in", 1, "prep", "ADP", "IN", "in"),
    ("a", 4, "det", "DET", "DT", "a"),
    ("statement", 2, "pobj", "NOUN", "NN", "statement"),
]


@pytest.mark.parametrize(
    ("content", "end", "cue"),
    [
        (_IN_A_STATEMENT, ".", "said"),  # "Lee said in a statement. “We win.”": who spoke and nothing of what
        (_IN_A_STATEMENT, ":", "said"),  # the colon it stands for
        ([], ".", "said"),
    ],
)
def test_a_sentence_naming_only_a_speaker_before_a_quotation_is_its_attribution(
    content: list[Row], end: str, cue: str | None
) -> None:
    doc = hand_parsed(_said_then_quoted(content, end))
    quote = doc[-5].idx, doc[-1].idx + 1
    found = _colon_cue(doc, quote)
    assert (found.text if found is not None else None) == cue


def test_a_sentence_reporting_words_of_its_own_does_not_take_the_quotation_after_it() -> None:
    """ "Lee said it was over . “ We win . ”": the sentence reports its own clause; the quotation floats."""
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("it", 4, "nsubj", "PRON", "PRP", "it"),
            ("was", 1, "ccomp", "AUX", "VBD", "be"),
            ("over", 3, "acomp", "ADV", "RB", "over"),
            (".", 1, "punct", "PUNCT", ".", "."),
            ("“", 8, "punct", "PUNCT", "``", "“"),
            ("We", 8, "nsubj", "PRON", "PRP", "we"),
            ("win", 8, "ROOT", "VERB", "VBP", "win"),
            (".", 8, "punct", "PUNCT", ".", "."),
            ("”", 8, "punct", "PUNCT", "''", "”"),
        ]
    )
    assert _colon_cue(doc, (doc[6].idx, doc[10].idx + 1)) is None


def _title_then(after: list[Row], closing: str) -> list[Row]:
    """ "“ Absolutely not <closing> ” <after>", the rows of ``after`` counted from 5."""
    return [
        ("“", 2, "punct", "PUNCT", "``", "“"),
        ("Absolutely", 2, "advmod", "ADV", "RB", "absolutely"),
        ("not", 2, "neg", "PART", "RB", "not"),
        (closing, 2, "punct", "PUNCT", ".", closing),
        ("”", 2, "punct", "PUNCT", "''", "”"),
        *after,
    ]


@pytest.mark.parametrize(
    ("closing", "after", "said"),
    [
        (",", [("Lee", 6, "nsubj", "PROPN", "NNP", "Lee"), ("responded", 6, "ROOT", "VERB", "VBD", "respond"),
               (".", 6, "punct", "PUNCT", ".", ".")], True),
        ("?", [("Lee", 6, "nsubj", "PROPN", "NNP", "Lee"), ("repeated", 6, "ROOT", "VERB", "VBD", "repeat"),
               (".", 6, "punct", "PUNCT", ".", ".")], True),
        # "“Absolutely Not” is a film.": a title the sentence names
        ("", [("is", 5, "ROOT", "AUX", "VBZ", "be"), ("a", 7, "det", "DET", "DT", "a"),
              ("film", 5, "attr", "NOUN", "NN", "film"), (".", 5, "punct", "PUNCT", ".", ".")], False),
    ],
)
def test_title_cased_words_framed_by_a_speaker_and_a_reporting_verb_are_said(
    closing: str, after: list[Row], said: bool
) -> None:
    rows = _title_then(after, closing) if closing else [r for i, r in enumerate(_title_then(after, "x")) if i != 3]
    doc = hand_parsed(rows, joined=frozenset({2, 3}))
    end = 4 if closing else 3
    assert _framed_title(doc, (doc[0].idx, doc[end].idx + 1)) is said


def test_a_sentence_of_a_stance_before_a_quotation_is_not_its_attribution() -> None:
    """ "Lee agreed . “ We win . ”": agreeing holds a view; the quotation is not what "agreed" reports."""
    rows = _said_then_quoted([], ".")
    rows[1] = ("agreed", 1, "ROOT", "VERB", "VBD", "agree")
    doc = hand_parsed(rows)
    assert _colon_cue(doc, (doc[-5].idx, doc[-1].idx + 1)) is None


def test_a_quotation_left_open_for_its_own_attribution_is_not_the_sentence_befores() -> None:
    """ "Lee said . “ We win , ” Kim said .": the comma leaves the quotation to the attribution after it."""
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            (".", 1, "punct", "PUNCT", ".", "."),
            ("“", 9, "punct", "PUNCT", "``", "“"),
            ("We", 5, "nsubj", "PRON", "PRP", "we"),
            ("win", 9, "ccomp", "VERB", "VBP", "win"),
            (",", 9, "punct", "PUNCT", ",", ","),
            ("”", 9, "punct", "PUNCT", "''", "”"),
            ("Kim", 9, "nsubj", "PROPN", "NNP", "Kim"),
            ("said", 9, "ROOT", "VERB", "VBD", "say"),
            (".", 9, "punct", "PUNCT", ".", "."),
        ],
        joined=frozenset({5, 6}),
    )
    assert _colon_cue(doc, (doc[3].idx, doc[7].idx + 1)) is None


def test_a_text_named_again_and_again_speaks_for_its_first_issuer() -> None:
    """ "Lee filed a lawsuit . The lawsuit contends it . The lawsuit alleges it .": the third naming reaches Lee
    through the second, a subject that issued nothing itself."""
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("filed", 1, "ROOT", "VERB", "VBD", "file"),
            ("a", 3, "det", "DET", "DT", "a"),
            ("lawsuit", 1, "dobj", "NOUN", "NN", "lawsuit"),
            (".", 1, "punct", "PUNCT", ".", "."),
            ("The", 6, "det", "DET", "DT", "the"),
            ("lawsuit", 7, "nsubj", "NOUN", "NN", "lawsuit"),
            ("contends", 7, "ROOT", "VERB", "VBZ", "contend"),
            ("it", 7, "dobj", "PRON", "PRP", "it"),
            (".", 7, "punct", "PUNCT", ".", "."),
            ("The", 11, "det", "DET", "DT", "the"),
            ("lawsuit", 12, "nsubj", "NOUN", "NN", "lawsuit"),
            ("alleges", 12, "ROOT", "VERB", "VBZ", "allege"),
            ("it", 12, "dobj", "PRON", "PRP", "it"),
            (".", 12, "punct", "PUNCT", ".", "."),
        ]
    )
    found = issuer_before(doc[11])
    assert (found.text if found is not None else None) == "Lee"
    assert issuer_before(doc[11], hops=0) is None  # no naming again allowed: the second issued nothing


def test_a_text_issued_by_someone_speaks_for_the_agent() -> None:
    """ "a statement issued by the campaign . The statement said it .": the agent of its issuing."""
    doc = hand_parsed(
        [
            ("He", 1, "nsubj", "PRON", "PRP", "he"),
            ("read", 1, "ROOT", "VERB", "VBD", "read"),
            ("a", 3, "det", "DET", "DT", "a"),
            ("statement", 1, "dobj", "NOUN", "NN", "statement"),
            ("issued", 3, "acl", "VERB", "VBN", "issue"),
            ("by", 4, "agent", "ADP", "IN", "by"),
            ("the", 7, "det", "DET", "DT", "the"),
            ("campaign", 5, "pobj", "NOUN", "NN", "campaign"),
            (".", 1, "punct", "PUNCT", ".", "."),
            ("The", 10, "det", "DET", "DT", "the"),
            ("statement", 11, "nsubj", "NOUN", "NN", "statement"),
            ("said", 11, "ROOT", "VERB", "VBD", "say"),
            ("it", 11, "dobj", "PRON", "PRP", "it"),
            (".", 11, "punct", "PUNCT", ".", "."),
        ]
    )
    found = issuer_before(doc[10])
    assert (found.text if found is not None else None) == "campaign"
