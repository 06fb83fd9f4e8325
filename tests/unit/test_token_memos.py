"""Per-document answers read once (``telex.nlp.cached.heads_with``, ``token_memo``) give what the per-token reads they
replace give: the speed work of the twenty-ninth session changed no output."""

from __future__ import annotations

from telex.events.arguments import is_passive, prep_objects
from telex.events.judgements import _negated
from telex.nlp.cached import heads_with, token_memo
from tests.unit.fixtures import Row, hand_parsed

# "The deal was not signed by Iran , who walked out of the talks ."
ROWS: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("deal", 4, "nsubjpass", "NOUN", "NN", "deal"),
    ("was", 4, "auxpass", "AUX", "VBD", "be"),
    ("not", 4, "neg", "PART", "RB", "not"),
    ("signed", 4, "ROOT", "VERB", "VBN", "sign"),
    ("by", 4, "agent", "ADP", "IN", "by"),
    ("Iran", 5, "pobj", "PROPN", "NNP", "Iran"),
    (",", 6, "punct", "PUNCT", ",", ","),
    ("who", 9, "nsubj", "PRON", "WP", "who"),
    ("walked", 6, "relcl", "VERB", "VBD", "walk"),
    ("out", 9, "prep", "ADP", "IN", "out"),
    ("of", 10, "prep", "ADP", "IN", "of"),
    ("the", 13, "det", "DET", "DT", "the"),
    ("talks", 11, "pobj", "NOUN", "NNS", "talk"),
    (".", 4, "punct", "PUNCT", ".", "."),
]


def test_heads_with_is_any_child_with_the_label() -> None:
    doc = hand_parsed(ROWS)
    for deps in (("neg",), ("nsubjpass", "auxpass"), ("agent",), ("pobj",), ("prep", "punct"), ("ROOT",), ("none",)):
        assert heads_with(doc, deps) == {t.i for t in doc if any(c.dep_ in deps for c in t.children)}, deps
    assert heads_with(doc, ("pobj",)) == {5, 11}  # a head before its child and after it
    assert heads_with(doc, ("ROOT",)) == set()  # the root is its own head, no child of itself


def test_checks_read_from_heads_with_keep_their_answers() -> None:
    doc = hand_parsed(ROWS)
    assert is_passive(doc[4]) and not is_passive(doc[9])
    assert _negated(doc[4]) and not _negated(doc[9])


def test_prep_objects_found_once_per_token() -> None:
    doc = hand_parsed(ROWS)
    found = [(p, o.i) for p, o in prep_objects(doc[9])]
    assert found == [("of", 13)]  # "walked out of the talks": the particle's preposition is the verb's
    assert prep_objects(doc[9]) is prep_objects(doc[9])
    assert token_memo(doc, "prep_objects") is token_memo(doc, "prep_objects")
    assert token_memo(hand_parsed(ROWS), "prep_objects") == {}  # another doc, its own answers


def test_obligation_modals_read_only_where_there_is_an_auxiliary() -> None:
    from telex.events.candidates import _obligation_modals

    told = hand_parsed(
        [
            ("Iran", 2, "nsubj", "PROPN", "NNP", "Iran"),
            ("must", 2, "aux", "AUX", "MD", "must"),
            ("stop", 2, "ROOT", "VERB", "VB", "stop"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )
    assert _obligation_modals(told[2]) == {"must"}
    assert _obligation_modals(hand_parsed(ROWS)[9]) == set()  # "walked": no auxiliary, no need
