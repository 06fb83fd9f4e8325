"""A statement verb that a refusal holds back is no statement made, on hand-built parses (no model): "She has
refrained from endorsing Clinton" keeps no "endorsing" statement in the default scheme; "Its hosts don't hesitate to
report that …" does."""

from __future__ import annotations

from telex.quotes.direct import Draft
from telex.quotes.extract import _statement_class
from telex.quotes.verbs import held_back
from tests.unit.fixtures import Row, hand_parsed

# "She has refrained from endorsing Clinton ."
_REFRAINED: list[Row] = [
    ("She", 2, "nsubj", "PRON", "PRP", "she"),
    ("has", 2, "aux", "AUX", "VBZ", "have"),
    ("refrained", 2, "ROOT", "VERB", "VBN", "refrain"),
    ("from", 2, "prep", "ADP", "IN", "from"),
    ("endorsing", 3, "pcomp", "VERB", "VBG", "endorse"),
    ("Clinton", 4, "dobj", "PROPN", "NNP", "Clinton"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "Trump has avoided directly criticizing Comey ."
_AVOIDED: list[Row] = [
    ("Trump", 2, "nsubj", "PROPN", "NNP", "Trump"),
    ("has", 2, "aux", "AUX", "VBZ", "have"),
    ("avoided", 2, "ROOT", "VERB", "VBN", "avoid"),
    ("directly", 4, "advmod", "ADV", "RB", "directly"),
    ("criticizing", 2, "xcomp", "VERB", "VBG", "criticize"),
    ("Comey", 4, "dobj", "PROPN", "NNP", "Comey"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "Cruz 's refusal to disavow the endorsement"
_REFUSAL: list[Row] = [
    ("Cruz", 2, "poss", "PROPN", "NNP", "Cruz"),
    ("'s", 0, "case", "PART", "POS", "'s"),
    ("refusal", 2, "ROOT", "NOUN", "NN", "refusal"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("disavow", 2, "acl", "VERB", "VB", "disavow"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("endorsement", 4, "dobj", "NOUN", "NN", "endorsement"),
]

# "Its hosts do n't hesitate to report that it is in question ."
_UNHESITATING: list[Row] = [
    ("Its", 1, "poss", "PRON", "PRP$", "its"),
    ("hosts", 4, "nsubj", "NOUN", "NNS", "host"),
    ("do", 4, "aux", "AUX", "VBP", "do"),
    ("n't", 4, "neg", "PART", "RB", "not"),
    ("hesitate", 4, "ROOT", "VERB", "VB", "hesitate"),
    ("to", 6, "aux", "PART", "TO", "to"),
    ("report", 4, "xcomp", "VERB", "VB", "report"),
    ("that", 10, "mark", "SCONJ", "IN", "that"),
    ("it", 9, "nsubj", "PRON", "PRP", "it"),
    ("is", 6, "ccomp", "AUX", "VBZ", "be"),
    ("in", 9, "prep", "ADP", "IN", "in"),
    ("question", 10, "pobj", "NOUN", "NN", "question"),
    (".", 4, "punct", "PUNCT", ".", "."),
]

# "Trump said he would endorse Ryan ." (no governor of refusal)
_SAID: list[Row] = [
    ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("he", 4, "nsubj", "PRON", "PRP", "he"),
    ("would", 4, "aux", "AUX", "MD", "would"),
    ("endorse", 1, "ccomp", "VERB", "VB", "endorse"),
    ("Ryan", 4, "dobj", "PROPN", "NNP", "Ryan"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_gerund_after_refrain_from_is_held_back() -> None:
    assert held_back(hand_parsed(_REFRAINED)[4])


def test_a_gerund_an_avoiding_verb_governs_is_held_back() -> None:
    assert held_back(hand_parsed(_AVOIDED)[4])


def test_an_infinitive_on_a_noun_of_refusal_is_held_back() -> None:
    assert held_back(hand_parsed(_REFUSAL)[4])


def test_a_negated_governor_holds_nothing_back() -> None:
    assert not held_back(hand_parsed(_UNHESITATING)[6])


def test_a_reported_clause_is_not_held_back() -> None:
    assert not held_back(hand_parsed(_SAID)[4])


def test_a_held_back_statement_is_a_refusal_which_the_default_scheme_drops() -> None:
    doc = hand_parsed(_REFRAINED)
    reported = Draft("indirect", doc[5].idx, doc[5].idx + 7, "endorsing", doc[4], doc[0], class_="speech")
    quoted = Draft("direct", doc[5].idx, doc[5].idx + 7, "endorsing", doc[4], doc[0], class_="speech")
    content = (doc[5].idx, doc[5].idx + 7)
    assert _statement_class("speech", reported, content) == "refusal"
    assert _statement_class("speech", quoted, content) == "speech"  # words in quotation marks were said
    assert _statement_class("topic", reported, content) == "topic"


# "After claiming fraud , he refused ." (a gerund in a phrase of time on the verb of refusing)
_CLAIMED_FIRST: list[Row] = [
    ("After", 5, "prep", "ADP", "IN", "after"),
    ("claiming", 0, "pcomp", "VERB", "VBG", "claim"),
    ("fraud", 1, "dobj", "NOUN", "NN", "fraud"),
    (",", 5, "punct", "PUNCT", ",", ","),
    ("he", 5, "nsubj", "PRON", "PRP", "he"),
    ("refused", 5, "ROOT", "VERB", "VBD", "refuse"),
    (".", 5, "punct", "PUNCT", ".", "."),
]


def test_a_gerund_in_a_phrase_of_time_on_a_refusing_verb_was_said() -> None:
    # "After claiming fraud, he refused": the claim was made; only a from/of/at gerund is held back.
    assert not held_back(hand_parsed(_CLAIMED_FIRST)[1])
