"""Attributions of frames earlier passes did not read (qrecall9): a clause said to be plain to see by an adjective
with a dummy "it"."""

from telex.quotes.nouns import adjective_attributions
from tests.unit.fixtures import Row, hand_parsed


def _clear(adjective: str, mark: str, to: list[Row]) -> list[Row]:
    """ "It is ADJECTIVE [to Democrats] MARK talks failed ." with the clause hung on the copula, as the parser does."""
    at = 3 + len(to)
    return [
        ("It", 1, "nsubj", "PRON", "PRP", "it"),
        ("is", 1, "ROOT", "AUX", "VBZ", "be"),
        (adjective, 1, "acomp", "ADJ", "JJ", adjective),
        *to,
        (mark, at + 2, "mark", "SCONJ", "IN", mark),
        ("talks", at + 2, "nsubj", "NOUN", "NNS", "talk"),
        ("failed", 1, "ccomp", "VERB", "VBD", "fail"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_clause_plain_to_see_is_content_with_no_speaker() -> None:
    doc = hand_parsed(_clear("obvious", "that", []))
    [found] = adjective_attributions(doc)
    assert (doc.text[found.start : found.end], found.speaker, found.class_) == ("that talks failed", None, "knowledge")
    assert found.cue == "is obvious"


def test_the_one_a_clause_is_plain_to_is_its_speaker() -> None:
    to: list[Row] = [("to", 2, "prep", "ADP", "IN", "to"), ("Democrats", 3, "pobj", "PROPN", "NNPS", "Democrats")]
    doc = hand_parsed(_clear("clear", "that", to))
    [found] = adjective_attributions(doc)
    assert found.speaker is not None and found.speaker.text == "Democrats"
    assert doc.text[found.start : found.end] == "that talks failed"


def test_a_question_left_open_or_a_hedge_is_no_attribution() -> None:
    assert adjective_attributions(hand_parsed(_clear("clear", "whether", []))) == []  # "it is clear whether …"
    assert adjective_attributions(hand_parsed(_clear("unclear", "that", []))) == []  # not in the table
    assert adjective_attributions(hand_parsed(_clear("likely", "that", []))) == []  # the writer's hedge
