"""Subjects an event names again by a text or "they": the issuer of "the statement" named before, and the group or
body "they" stands for (hand-built parses, no model)."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.events.extract import extract_events
from telex.records import Entity
from tests.unit.fixtures import Row, events_in, hand_parsed

# "Russia released a statement . The statement accused Ukraine ."
_STATEMENT: list[Row] = [
    ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
    ("released", 1, "ROOT", "VERB", "VBD", "release"),
    ("a", 3, "det", "DET", "DT", "a"),
    ("statement", 1, "dobj", "NOUN", "NN", "statement"),
    (".", 1, "punct", "PUNCT", ".", "."),
    ("The", 6, "det", "DET", "DT", "the"),
    ("statement", 7, "nsubj", "NOUN", "NN", "statement"),
    ("accused", 7, "ROOT", "VERB", "VBD", "accuse"),
    ("Ukraine", 7, "dobj", "PROPN", "NNP", "Ukraine"),
    (".", 7, "punct", "PUNCT", ".", "."),
]


def _accusations(rows: list[Row]) -> list[tuple[list[str | None], list[str | None]]]:
    return [
        ([a.code for a in e.source], [a.code for a in e.target])
        for e in events_in(hand_parsed(rows))
        if e.cameo[:2] == "11"
    ]


def test_the_text_named_again_is_its_issuers_act() -> None:
    assert _accusations(_STATEMENT) == [(["RUS"], ["UKR"])]


def test_a_text_no_one_issued_before_has_no_issuer() -> None:
    # "Russia read a statement . The statement accused Ukraine .": reading a text is not issuing it.
    rows = list(_STATEMENT)
    rows[1] = ("read", 1, "ROOT", "VERB", "VBD", "read")
    assert _accusations(rows) == [([], ["UKR"])]


# "Russia and China met . They accused Ukraine ."
_THEY: list[Row] = [
    ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
    ("and", 0, "cc", "CCONJ", "CC", "and"),
    ("China", 0, "conj", "PROPN", "NNP", "China"),
    ("met", 3, "ROOT", "VERB", "VBD", "meet"),
    (".", 3, "punct", "PUNCT", ".", "."),
    ("They", 6, "nsubj", "PRON", "PRP", "they"),
    ("accused", 6, "ROOT", "VERB", "VBD", "accuse"),
    ("Ukraine", 6, "dobj", "PROPN", "NNP", "Ukraine"),
    (".", 6, "punct", "PUNCT", ".", "."),
]


def test_they_is_the_plural_subject_of_the_sentence_before() -> None:
    assert _accusations(_THEY) == [(["RUS", "CHN"], ["UKR"])]


def test_they_is_the_body_its_link_names() -> None:
    # "NATO met . They accused Ukraine .": "they" linked to the organisation subject just before.
    rows: list[Row] = [
        ("NATO", 1, "nsubj", "PROPN", "NNP", "NATO"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        (".", 1, "punct", "PUNCT", ".", "."),
        *[(w, h - 2, d, p, t, lem) for w, h, d, p, t, lem in _THEY[5:]],
    ]
    doc = hand_parsed(rows)
    nato = Entity("E1", "NATO", "ORG", ((0, 4),), "IGONAT", None, None)
    ukraine = Entity("E2", "Ukraine", "GPE", ((doc[5].idx, doc[5].idx + 7),), "UKR", "UKR", None)
    events = extract_events(doc, EntityIndex([nato, ukraine]), (), None)
    found = [([a.code for a in e.source], [a.code for a in e.target]) for e in events if e.cameo[:2] == "11"]
    assert found == [(["IGONAT"], ["UKR"])]
