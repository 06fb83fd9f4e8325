"""Attributions found by lexicon breadth by class: a statement or stance noun with a preposition of its own ("his
anger at the verdict"), a reporting verb with the preposition that takes what it reports ("believes in …")."""

from __future__ import annotations

import pytest

from telex.quotes.nouns import noun_attributions
from tests.unit.fixtures import hand_parsed


def _possessed_noun(noun: str, prep: str) -> list[tuple[str, int, str, str, str, str]]:
    # "Lee criticized his <noun> <prep> the plan ."
    return [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"), ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
        ("his", 3, "poss", "PRON", "PRP$", "his"), (noun, 1, "dobj", "NOUN", "NN", noun),
        (prep, 3, "prep", "ADP", "IN", prep), ("the", 6, "det", "DET", "DT", "the"),
        ("plan", 4, "pobj", "NOUN", "NN", "plan"), (".", 1, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("noun", "prep"), [("anger", "at"), ("frustration", "with"), ("opposition", "to"), ("faith", "in")]
)
def test_a_stance_noun_names_what_it_holds_by_a_preposition_of_its_own(noun: str, prep: str) -> None:
    doc = hand_parsed(_possessed_noun(noun, prep))
    [found] = noun_attributions(doc)
    assert (doc.text[found.start : found.end], found.cue, found.class_) == ("the plan", noun, "belief")


def test_a_noun_takes_no_preposition_its_table_does_not_pair_with_it() -> None:
    # "his apology to the plan": "to" names whom an apology is made to, not what it says.
    assert not noun_attributions(hand_parsed(_possessed_noun("apology", "to")))


def test_a_new_stance_noun_of_feeling_reports_what_it_is_at() -> None:
    doc = hand_parsed(_possessed_noun("disgust", "at"))
    [found] = noun_attributions(doc)
    assert (doc.text[found.start : found.end], found.speaker and found.speaker.text) == ("the plan", "Lee")


def test_a_pronoun_in_the_from_phrase_owns_the_stance_not_the_subject() -> None:
    # "Lee faced opposition from some of the owners to the plan .": the opposition is theirs, not Lee's; only a
    # possessive pronoun stands for the subject ("Lee criticized his anger at the plan").
    doc = hand_parsed([
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"), ("faced", 1, "ROOT", "VERB", "VBD", "face"),
        ("opposition", 1, "dobj", "NOUN", "NN", "opposition"), ("from", 2, "prep", "ADP", "IN", "from"),
        ("some", 3, "pobj", "PRON", "DT", "some"), ("of", 4, "prep", "ADP", "IN", "of"),
        ("the", 7, "det", "DET", "DT", "the"), ("owners", 5, "pobj", "NOUN", "NNS", "owner"),
        ("to", 2, "prep", "ADP", "IN", "to"), ("the", 10, "det", "DET", "DT", "the"),
        ("plan", 8, "pobj", "NOUN", "NN", "plan"), (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    [found] = noun_attributions(doc)
    assert (doc.text[found.start : found.end], found.speaker and found.speaker.text) == ("the plan", "some")
