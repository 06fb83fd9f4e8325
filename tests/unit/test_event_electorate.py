"""An electorate's preference for one it knows by office is no political act, on hand-built parses (no model):
"Egyptian voters support the president" tells a poll, while "Egyptian voters accused the president" is words said
(112)."""

from __future__ import annotations

from datetime import date

from tests.unit.fixtures import Row, events_in, hand_parsed


def _voters(verb: str, lemma: str) -> list[Row]:
    """ "Egyptian voters <verb> the president ." """
    return [
        ("Egyptian", 1, "amod", "ADJ", "JJ", "egyptian"),
        ("voters", 2, "nsubj", "NOUN", "NNS", "voter"),
        (verb, 2, "ROOT", "VERB", "VBP", lemma),
        ("the", 4, "det", "DET", "DT", "the"),
        ("president", 2, "dobj", "NOUN", "NN", "president"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_an_electorates_support_for_an_office_holder_is_a_preference() -> None:
    assert events_in(hand_parsed(_voters("support", "support"))) == []


def test_an_electorates_accusation_of_an_office_holder_is_words_said() -> None:
    assert [e.cameo for e in events_in(hand_parsed(_voters("accused", "accuse")))] == ["112"]


def test_a_share_of_people_backing_someone_named_is_counted_in_a_poll() -> None:
    # "A majority of Egyptian workers support Sisi ." / "Egyptian workers support Sisi ." (a sector's own act)
    share: list[Row] = [
        ("A", 1, "det", "DET", "DT", "a"),
        ("majority", 5, "nsubj", "NOUN", "NN", "majority"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("Egyptian", 4, "amod", "ADJ", "JJ", "egyptian"),
        ("workers", 2, "pobj", "NOUN", "NNS", "worker"),
        ("support", 5, "ROOT", "VERB", "VBP", "support"),
        ("Sisi", 5, "dobj", "PROPN", "NNP", "Sisi"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    assert events_in(hand_parsed(share)) == []
    workers: list[Row] = [
        ("Egyptian", 1, "amod", "ADJ", "JJ", "egyptian"),
        ("workers", 2, "nsubj", "NOUN", "NNS", "worker"),
        ("support", 2, "ROOT", "VERB", "VBP", "support"),
        ("Sisi", 2, "dobj", "PROPN", "NNP", "Sisi"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert [e.cameo for e in events_in(hand_parsed(workers), date(2016, 1, 1))] == ["051"]
