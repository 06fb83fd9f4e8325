"""A question that no one named puts ("Asked whether he would run, …") is a reporter's asking, no one's statement:
class ``question``, which the attribution scheme keeps (PolNeAR marks it) and the speech scheme leaves out, as quote
trackers count the answer and not the question. On hand-built parses (no model)."""

from __future__ import annotations

from spacy.tokens import Doc

from telex.quotes.direct import Draft
from telex.quotes.extract import QUESTION, _unasked
from telex.quotes.scheme import kept_classes
from telex.records import Speaker
from tests.unit.fixtures import Row, hand_parsed

# "Asked whether he would run , Smith said no ."
_ASKED: list[Row] = [
    ("Asked", 7, "advcl", "VERB", "VBN", "ask"),
    ("whether", 4, "mark", "SCONJ", "IN", "whether"),
    ("he", 4, "nsubj", "PRON", "PRP", "he"),
    ("would", 4, "aux", "AUX", "MD", "would"),
    ("run", 0, "ccomp", "VERB", "VB", "run"),
    (",", 7, "punct", "PUNCT", ",", ","),
    ("Smith", 7, "nsubj", "PROPN", "NNP", "Smith"),
    ("said", 7, "ROOT", "VERB", "VBD", "say"),
    ("no", 7, "dobj", "INTJ", "UH", "no"),
    (".", 7, "punct", "PUNCT", ".", "."),
]


def _class_of(doc: Doc, cue: int, speaker: Speaker | None, class_: str = "speech", kind: str = "indirect") -> str:
    """The class of the report of ``doc``'s word ``cue`` over its words 1..4, put by ``speaker``."""
    start, end = doc[1].idx, doc[4].idx + len(doc[4])
    return _unasked(class_, Draft(kind, start, end, doc[cue].text, doc[cue], None, class_=class_), speaker)


def test_a_question_no_one_named_puts_is_a_question() -> None:
    assert _class_of(hand_parsed(_ASKED), 0, None) == QUESTION


def test_a_question_its_asker_puts_in_quotation_marks_stays_a_statement() -> None:
    # "Ramos asked, “…?”": the asker's own words.
    assert _class_of(hand_parsed(_ASKED), 0, Speaker("Ramos", 0, 5, "Jorge Ramos"), kind="direct") == "speech"


def test_an_indirect_question_a_named_asker_puts_is_a_question() -> None:
    # "Lauer asked whether she had practiced": it asks and states nothing, so quote trackers count no statement.
    assert _class_of(hand_parsed(_ASKED), 0, Speaker("Ramos", 0, 5, "Jorge Ramos")) == QUESTION


def test_a_doubt_voiced_on_whether_stays_a_statement() -> None:
    # "Critics questioned whether he would run": a doubt voiced, not a question put.
    rows = [("Questioned", *_ASKED[0][1:5], "question"), *_ASKED[1:]]
    assert _class_of(hand_parsed(rows), 0, Speaker("Ramos", 0, 5, "Jorge Ramos")) == "speech"


def test_a_statement_with_no_speaker_found_is_no_question() -> None:
    assert _class_of(hand_parsed(_ASKED), 7, None) == "speech"


def test_only_a_statement_becomes_a_question() -> None:
    assert _class_of(hand_parsed(_ASKED), 0, None, class_="mention") == "mention"


def test_the_attribution_scheme_keeps_questions_and_the_speech_scheme_does_not() -> None:
    assert QUESTION in kept_classes("attribution")
    assert QUESTION not in kept_classes("speech")


def _quoted_after_asked(mark: str) -> Doc:
    """ "Lee , asked about it , said “ I think so <mark> ”", the quotation given the cue "asked"."""
    rows: list[Row] = [
        ("Lee", 6, "nsubj", "PROPN", "NNP", "Lee"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("asked", 0, "acl", "VERB", "VBN", "ask"),
        ("about", 2, "prep", "ADP", "IN", "about"),
        ("it", 3, "pobj", "PRON", "PRP", "it"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("said", 6, "ROOT", "VERB", "VBD", "say"),
        ("“", 9, "punct", "PUNCT", "``", "“"),
        ("I", 9, "nsubj", "PRON", "PRP", "I"),
        ("think", 6, "ccomp", "VERB", "VBP", "think"),
        ("so", 9, "advmod", "ADV", "RB", "so"),
        (mark, 9, "punct", "PUNCT", ".", mark),
        ("”", 6, "punct", "PUNCT", "''", "”"),
    ]
    return hand_parsed(rows)


def test_quoted_words_that_ask_nothing_are_the_answer_not_the_question() -> None:
    # The quotation took "asked" as its cue and no speaker was found: what it says is no question put.
    for mark, class_ in ((".", "speech"), ("?", QUESTION)):
        doc = _quoted_after_asked(mark)
        draft = Draft("direct", doc[7].idx, doc[12].idx + 1, "asked", doc[2], None)
        assert _unasked("speech", draft, None) == class_
