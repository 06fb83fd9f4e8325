"""An electorate's preference for one it knows by office is no political act, on hand-built parses (no model):
"Egyptian voters support the president" tells a poll, while "Egyptian voters accused the president" is words said
(112)."""

from __future__ import annotations

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
