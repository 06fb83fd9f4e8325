"""Acts told only through what would show them, on hand-built parses (no model): the act in the clause or the "of"
phrase of a noun of showing that is denied ("no sign that he planned to meet Netanyahu", "without any sign of", "did
not find evidence that") is not known to be done, so is no event; the same clause under a sign not denied stays."""

from __future__ import annotations

from telex.events.filters import without_sign
from tests.unit.fixtures import Row, events_in, hand_parsed


def _sign(determiner: str) -> list[Row]:
    """ "Sisi showed <determiner> sign that he planned to meet Netanyahu ." """
    return [
        ("Sisi", 1, "nsubj", "PROPN", "NNP", "Sisi"),
        ("showed", 1, "ROOT", "VERB", "VBD", "show"),
        (determiner, 3, "det", "DET", "DT", determiner),
        ("sign", 1, "dobj", "NOUN", "NN", "sign"),
        ("that", 6, "mark", "SCONJ", "IN", "that"),
        ("he", 6, "nsubj", "PRON", "PRP", "he"),
        ("planned", 3, "acl", "VERB", "VBD", "plan"),
        ("to", 8, "aux", "PART", "TO", "to"),
        ("meet", 6, "xcomp", "VERB", "VB", "meet"),
        ("Netanyahu", 8, "dobj", "PROPN", "NNP", "Netanyahu"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_an_act_of_which_there_is_no_sign_is_no_event() -> None:
    doc = hand_parsed(_sign("no"))
    assert without_sign(doc[8])
    assert events_in(doc) == []


def test_an_act_a_sign_shows_stays() -> None:
    doc = hand_parsed(_sign("a"))
    assert not without_sign(doc[8])
    assert [(e.cameo, e.modality, [t.code for t in e.target]) for e in events_in(doc)] == [
        ("036", "intended", ["ISRGOV"])
    ]


def test_an_act_shown_by_no_sign_of_a_noun_is_not_known() -> None:
    # "Russia attacked Ukraine without any sign of a provocation": the act the "of" phrase names is not known; the
    # attack told outright is not under the noun, so it stays.
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
        ("Ukraine", 1, "dobj", "PROPN", "NNP", "Ukraine"),
        ("without", 1, "prep", "ADP", "IN", "without"),
        ("any", 5, "det", "DET", "DT", "any"),
        ("sign", 3, "pobj", "NOUN", "NN", "sign"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("a", 8, "det", "DET", "DT", "a"),
        ("provocation", 6, "pobj", "NOUN", "NN", "provocation"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, places=frozenset({0, 2}))
    assert without_sign(doc[8])
    assert not without_sign(doc[1])


def test_evidence_not_found_denies_its_clause() -> None:
    # "Investigators did not find evidence that Russia attacked Ukraine ."
    rows: list[Row] = [
        ("Investigators", 3, "nsubj", "NOUN", "NNS", "investigator"),
        ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("find", 3, "ROOT", "VERB", "VB", "find"),
        ("evidence", 3, "dobj", "NOUN", "NN", "evidence"),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("Russia", 7, "nsubj", "PROPN", "NNP", "Russia"),
        ("attacked", 4, "acl", "VERB", "VBD", "attack"),
        ("Ukraine", 7, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, places=frozenset({6, 8}))
    assert without_sign(doc[7])
    found: list[Row] = [
        ("Investigators", 1, "nsubj", "NOUN", "NNS", "investigator"),
        ("found", 1, "ROOT", "VERB", "VBD", "find"),
        ("evidence", 1, "dobj", "NOUN", "NN", "evidence"),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        ("Russia", 5, "nsubj", "PROPN", "NNP", "Russia"),
        ("attacked", 2, "acl", "VERB", "VBD", "attack"),
        ("Ukraine", 5, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert not without_sign(hand_parsed(found)[5])
