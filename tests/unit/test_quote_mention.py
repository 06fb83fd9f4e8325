"""A report whose content is a noun phrase alone, with no clause and no quoted piece, is named by its object: class
``mention``, which the attribution scheme keeps and the speech scheme (the quote trackers' convention) leaves out.
On hand-built parses (no model)."""

from __future__ import annotations

from spacy.tokens import Doc

from telex.quotes.direct import Draft
from telex.quotes.extract import MENTION, _statement_class
from telex.quotes.scheme import kept_classes
from tests.unit.fixtures import Row, hand_parsed

# "The mayor denied any wrongdoing ."
_DENIED: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
    ("denied", 2, "ROOT", "VERB", "VBD", "deny"),
    ("any", 4, "det", "DET", "DT", "any"),
    ("wrongdoing", 2, "dobj", "NOUN", "NN", "wrongdoing"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "The mayor called her rival a fraud ." (a small clause with no verb)
_CALLED: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
    ("called", 2, "ROOT", "VERB", "VBD", "call"),
    ("her", 4, "poss", "PRON", "PRP$", "her"),
    ("rival", 6, "nsubj", "NOUN", "NN", "rival"),
    ("a", 6, "det", "DET", "DT", "a"),
    ("fraud", 2, "oprd", "NOUN", "NN", "fraud"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "The mayor called her rival “ a fraud ” ."
_CALLED_QUOTED: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
    ("called", 2, "ROOT", "VERB", "VBD", "call"),
    ("her", 4, "poss", "PRON", "PRP$", "her"),
    ("rival", 7, "nsubj", "NOUN", "NN", "rival"),
    ("“", 7, "punct", "PUNCT", "``", "“"),
    ("a", 7, "det", "DET", "DT", "a"),
    ("fraud", 2, "oprd", "NOUN", "NN", "fraud"),
    ("”", 7, "punct", "PUNCT", "''", "”"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "The mayor accused the council of lying ."
_ACCUSED: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
    ("accused", 2, "ROOT", "VERB", "VBD", "accuse"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("council", 2, "dobj", "NOUN", "NN", "council"),
    ("of", 2, "prep", "ADP", "IN", "of"),
    ("lying", 5, "pcomp", "VERB", "VBG", "lie"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "The mayor said the budget is late ."
_SAID: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("budget", 5, "nsubj", "NOUN", "NN", "budget"),
    ("is", 2, "ccomp", "AUX", "VBZ", "be"),
    ("late", 5, "acomp", "ADJ", "JJ", "late"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "The mayor criticized the councillors ’ budget ." (a possessive's apostrophe)
_CRITICIZED: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
    ("criticized", 2, "ROOT", "VERB", "VBD", "criticize"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("councillors", 6, "poss", "NOUN", "NNS", "councillor"),
    ("’", 4, "case", "PART", "POS", "’"),
    ("budget", 2, "dobj", "NOUN", "NN", "budget"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "The mayor voiced the desire to run for office ." (a noun phrase that a clause modifies)
_VOICED: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
    ("voiced", 2, "ROOT", "VERB", "VBD", "voice"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("desire", 2, "dobj", "NOUN", "NN", "desire"),
    ("to", 6, "aux", "PART", "TO", "to"),
    ("run", 4, "acl", "VERB", "VB", "run"),
    ("for", 6, "prep", "ADP", "IN", "for"),
    ("office", 7, "pobj", "NOUN", "NN", "office"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "The mayor painted the rival as unfit to lead ." (an object and the phrase the report holds beside it)
_PAINTED: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
    ("painted", 2, "ROOT", "VERB", "VBD", "paint"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("rival", 2, "dobj", "NOUN", "NN", "rival"),
    ("as", 2, "prep", "ADP", "IN", "as"),
    ("unfit", 5, "pobj", "ADJ", "JJ", "unfit"),
    ("to", 8, "aux", "PART", "TO", "to"),
    ("lead", 6, "xcomp", "VERB", "VB", "lead"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "The mayor raised the possibility that he would run ." (a noun whose that-clause says what it says)
_RAISED: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
    ("raised", 2, "ROOT", "VERB", "VBD", "raise"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("possibility", 2, "dobj", "NOUN", "NN", "possibility"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("he", 8, "nsubj", "PRON", "PRP", "he"),
    ("would", 8, "aux", "AUX", "MD", "would"),
    ("run", 4, "acl", "VERB", "VB", "run"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "The mayor confirmed it will double the staff ." (a clause the parser hung on its object noun)
_CONFIRMED: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
    ("confirmed", 2, "ROOT", "VERB", "VBD", "confirm"),
    ("it", 7, "nsubj", "PRON", "PRP", "it"),
    ("will", 7, "aux", "AUX", "MD", "will"),
    ("double", 7, "nummod", "DET", "PDT", "double"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("staff", 2, "dobj", "NOUN", "NN", "staff"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "The mayor accused the council of lying ." with the charge hung on the object
_ACCUSED_OBJECT: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
    ("accused", 2, "ROOT", "VERB", "VBD", "accuse"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("council", 2, "dobj", "NOUN", "NN", "council"),
    ("of", 4, "prep", "ADP", "IN", "of"),
    ("lying", 5, "pcomp", "VERB", "VBG", "lie"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def _class_of(doc: Doc, first: int, last: int, kind: str = "indirect", source: str = "speech") -> str:
    """The class of the report of ``doc``'s cue (its third word, said by its second) over words first..last."""
    content = (doc[first].idx, doc[last].idx + len(doc[last]))
    return _statement_class(source, Draft(kind, *content, doc[2].text, doc[2], doc[1], class_=source), content)


def test_a_noun_phrase_alone_is_a_mention() -> None:
    assert _class_of(hand_parsed(_DENIED), 3, 4) == MENTION


def test_a_small_clause_with_no_verb_and_no_marks_is_a_mention() -> None:
    assert _class_of(hand_parsed(_CALLED), 3, 6) == MENTION


def test_a_possessive_apostrophe_is_no_quoted_piece() -> None:
    assert _class_of(hand_parsed(_CRITICIZED), 3, 6) == MENTION


def test_a_quoted_piece_in_the_content_keeps_the_statement() -> None:
    assert _class_of(hand_parsed(_CALLED_QUOTED), 3, 8, kind="mixed") == "speech"


def test_a_gerund_clause_in_the_content_keeps_the_statement() -> None:
    assert _class_of(hand_parsed(_ACCUSED), 3, 6) == "speech"


def test_a_noun_phrase_a_clause_modifies_is_a_mention() -> None:
    assert _class_of(hand_parsed(_VOICED), 3, 8) == MENTION


def test_an_object_with_a_phrase_beside_it_is_a_mention() -> None:
    assert _class_of(hand_parsed(_PAINTED), 3, 8) == MENTION


def test_a_noun_with_a_that_clause_keeps_the_statement() -> None:
    assert _class_of(hand_parsed(_RAISED), 3, 8) == "speech"


def test_a_clause_misread_as_a_noun_phrase_keeps_the_statement() -> None:
    assert _class_of(hand_parsed(_CONFIRMED), 3, 7) == "speech"


def test_a_charge_hung_on_the_object_keeps_the_statement() -> None:
    assert _class_of(hand_parsed(_ACCUSED_OBJECT), 3, 6) == "speech"


def test_a_reported_clause_keeps_the_statement() -> None:
    assert _class_of(hand_parsed(_SAID), 3, 6) == "speech"


def test_only_a_statement_becomes_a_mention() -> None:
    assert _class_of(hand_parsed(_DENIED), 3, 4, source="belief") == "belief"
    assert _class_of(hand_parsed(_DENIED), 3, 4, kind="direct") == "speech"


def test_the_attribution_scheme_keeps_mentions_and_the_speech_scheme_does_not() -> None:
    assert MENTION in kept_classes("attribution")
    assert MENTION not in kept_classes("speech")
