"""Attributions found by lexicon breadth by class: a statement or stance noun with a preposition of its own ("his
anger at the verdict"), a reporting verb with the preposition that takes what it reports ("believes in …")."""

from __future__ import annotations

import pytest

from telex.quotes.attribution import Attribution
from telex.quotes.nouns import adjective_attributions, noun_attributions
from telex.quotes.verbs import verb_attributions
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


@pytest.mark.parametrize(
    ("noun", "prep", "class_"),
    [("gratitude", "for", "belief"), ("embarrassment", "at", "belief"), ("outburst", "about", "speech"),
     ("vilification", "of", "speech"), ("indifference", "to", "belief")],
)  # fmt: skip
def test_nouns_of_saying_and_feeling_by_class_name_what_they_hold(noun: str, prep: str, class_: str) -> None:
    # "Lee criticized his gratitude for the plan .": the noun's owner holds it, its phrase names what.
    doc = hand_parsed(_possessed_noun(noun, prep))
    [found] = noun_attributions(doc)
    assert (doc.text[found.start : found.end], found.cue, found.class_) == ("the plan", noun, class_)


@pytest.mark.parametrize(("adjective", "prep"), [("obsessed", "with"), ("cynical", "about"), ("resigned", "to")])
def test_adjectives_of_stance_by_class_name_what_they_hold(adjective: str, prep: str) -> None:
    # "Lee was <adjective> <prep> the plan ."
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"), ("was", 1, "ROOT", "AUX", "VBD", "be"),
            (adjective, 1, "acomp", "ADJ", "JJ", adjective), (prep, 2, "prep", "ADP", "IN", prep),
            ("the", 5, "det", "DET", "DT", "the"), ("plan", 3, "pobj", "NOUN", "NN", "plan"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    [found] = adjective_attributions(doc)
    assert found.speaker is not None and found.speaker.text == "Lee"
    assert (doc.text[found.start : found.end], found.class_) == ("the plan", "belief")


def test_a_noun_takes_no_preposition_its_table_does_not_pair_with_it() -> None:
    # "his apology to the plan": "to" names whom an apology is made to, not what it says.
    assert not noun_attributions(hand_parsed(_possessed_noun("apology", "to")))


def test_a_new_stance_noun_of_feeling_reports_what_it_is_at() -> None:
    doc = hand_parsed(_possessed_noun("disgust", "at"))
    [found] = noun_attributions(doc)
    assert (doc.text[found.start : found.end], found.speaker and found.speaker.text) == ("the plan", "Lee")


def _said(found: Attribution) -> str:
    return found.cue_token.doc.text[found.start : found.end]


def _reported(verb: str, lemma: str, tail: list[tuple[str, int, str, str, str, str]]) -> list[Attribution]:
    # "Lee <verb> <tail> ." with the tail's heads counted from the sentence's start.
    rows = [("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"), (verb, 1, "ROOT", "VERB", "VBD", lemma), *tail]
    return verb_attributions(hand_parsed([*rows, (".", 1, "punct", "PUNCT", ".", ".")]))


def test_a_verb_reports_by_the_preposition_its_table_pairs_it_with() -> None:
    # "Lee believed in the voters ." / "Lee bristled at the questions ."
    pairs = (("believed", "believe", "in", "voters"), ("bristled", "bristle", "at", "questions"))
    for verb, lemma, prep, noun in pairs:
        tail = [(prep, 1, "prep", "ADP", "IN", prep), ("the", 4, "det", "DET", "DT", "the"),
                (noun, 2, "pobj", "NOUN", "NNS", noun)]  # fmt: skip
        [found] = _reported(verb, lemma, tail)
        assert (found.cue, _said(found)) == (f"{verb} {prep}", f"the {noun}")


def test_an_idiom_of_a_verb_and_its_noun_reports_the_phrase_after_the_noun() -> None:
    # "Lee took issue with the ruling ." ("with" on the noun) and "Lee paid tribute to the victims ." ("to" a dative)
    issue = [("issue", 1, "dobj", "NOUN", "NN", "issue"), ("with", 2, "prep", "ADP", "IN", "with"),
             ("the", 5, "det", "DET", "DT", "the"), ("ruling", 3, "pobj", "NOUN", "NN", "ruling")]  # fmt: skip
    tribute = [("tribute", 1, "dobj", "NOUN", "NN", "tribute"), ("to", 1, "dative", "ADP", "IN", "to"),
               ("the", 5, "det", "DET", "DT", "the"), ("victims", 3, "pobj", "NOUN", "NNS", "victim")]  # fmt: skip
    [took] = _reported("took", "take", issue)
    [paid] = _reported("paid", "pay", tribute)
    assert (took.cue, _said(took), took.kind) == ("took issue", "the ruling", "accusation")
    assert (paid.cue, _said(paid)) == ("paid tribute", "the victims")


def test_a_verb_with_a_noun_no_idiom_names_reports_nothing_by_it() -> None:
    # "Lee took money from the fund .": "take money" is no entry.
    tail = [("money", 1, "dobj", "NOUN", "NN", "money"), ("from", 1, "prep", "ADP", "IN", "from"),
            ("the", 5, "det", "DET", "DT", "the"), ("fund", 3, "pobj", "NOUN", "NN", "fund")]  # fmt: skip
    assert _reported("took", "take", tail) == []


def test_an_as_clause_whose_verb_reports_by_its_paired_preposition_says_when_not_what() -> None:
    # "As Lee bristled at the questions , Kim left .": the questions are what Lee bristled at, not "Kim left".
    doc = hand_parsed(
        [
            ("As", 2, "mark", "SCONJ", "IN", "as"), ("Lee", 2, "nsubj", "PROPN", "NNP", "Lee"),
            ("bristled", 8, "advcl", "VERB", "VBD", "bristle"), ("at", 2, "prep", "ADP", "IN", "at"),
            ("the", 5, "det", "DET", "DT", "the"), ("questions", 3, "pobj", "NOUN", "NNS", "question"),
            (",", 8, "punct", "PUNCT", ",", ","), ("Kim", 8, "nsubj", "PROPN", "NNP", "Kim"),
            ("left", 8, "ROOT", "VERB", "VBD", "leave"), (".", 8, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    assert [_said(found) for found in verb_attributions(doc)] == ["the questions"]


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
