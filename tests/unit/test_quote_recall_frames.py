"""Attributions of frames earlier passes did not read (qrecall9): a clause said to be plain to see by an adjective
or a verb of seeming with a dummy "it", an object's own "as" phrase after a verb of judging, and the "what" that
stands for words said before ("That was what Wahl said")."""

from telex.quotes.nouns import adjective_attributions
from telex.quotes.slots import what_said
from telex.quotes.verbs import verb_attributions
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


def _seems(adjective: list[Row]) -> list[Row]:
    """ "It appears [ADJECTIVE] that talks failed ." with the clause hung on the verb."""
    at = 2 + len(adjective)
    return [
        ("It", 1, "nsubj", "PRON", "PRP", "it"),
        ("appears", 1, "ROOT", "VERB", "VBZ", "appear"),
        *adjective,
        ("that", at + 1, "mark", "SCONJ", "IN", "that"),
        ("talks", at + 2, "nsubj", "NOUN", "NNS", "talk"),
        ("failed", 1, "ccomp", "VERB", "VBD", "fail"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_verb_of_seeming_with_a_dummy_it_reports_its_clause_unless_an_adjective_says_how() -> None:
    doc = hand_parsed(_seems([]))
    [found] = adjective_attributions(doc)
    assert (doc.text[found.start : found.end], found.speaker, found.class_) == ("that talks failed", None, "belief")
    assert adjective_attributions(hand_parsed(_seems([("unlikely", 1, "acomp", "ADJ", "JJ", "unlikely")]))) == []
    [clear] = adjective_attributions(hand_parsed(_seems([("clear", 1, "acomp", "ADJ", "JJ", "clear")])))
    assert (clear.cue, clear.class_) == ("appears clear", "knowledge")  # the adjective's reading, once


def _judged(verb: str, lemma: str, such: list[Row]) -> list[Row]:
    """ "Critics VERB the comment [such] as a dig ." with the "as" phrase hung on the object."""
    at = 4 + len(such)
    return [
        ("Critics", 1, "nsubj", "NOUN", "NNS", "critic"),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
        ("the", 3, "det", "DET", "DT", "the"),
        ("comment", 1, "dobj", "NOUN", "NN", "comment"),
        *such,
        ("as", 3, "prep", "ADP", "IN", "as"),
        ("a", at + 2, "det", "DET", "DT", "a"),
        ("dig", at, "pobj", "NOUN", "NN", "dig"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_an_objects_own_as_phrase_says_what_a_verb_of_judging_took_it_for() -> None:
    doc = hand_parsed(_judged("saw", "see", []))
    [found] = verb_attributions(doc)
    assert (doc.text[found.start : found.end], found.class_) == ("the comment as a dig", "belief")
    # "welcomed comments such as a dig": an example, not a judgement; the bare object of "welcome" is no content
    such: list[Row] = [("such", 4, "amod", "ADJ", "JJ", "such")]
    assert verb_attributions(hand_parsed(_judged("welcomed", "welcome", such))) == []


def test_what_stands_for_words_said_before_when_a_demonstrative_is_the_clause() -> None:
    # "That was what Wahl said ."
    doc = hand_parsed(
        [
            ("That", 1, "nsubj", "PRON", "DT", "that"), ("was", 1, "ROOT", "AUX", "VBD", "be"),
            ("what", 4, "dobj", "PRON", "WP", "what"), ("Wahl", 4, "nsubj", "PROPN", "NNP", "Wahl"),
            ("said", 1, "ccomp", "VERB", "VBD", "say"), (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    [found] = verb_attributions(doc)
    assert found.speaker is not None and found.speaker.text == "Wahl"
    assert doc.text[found.start : found.end] == "what"
    # "What Wahl said was true .": the clause is the subject; what was said is not named here
    subject = hand_parsed(
        [
            ("What", 2, "dobj", "PRON", "WP", "what"), ("Wahl", 2, "nsubj", "PROPN", "NNP", "Wahl"),
            ("said", 3, "csubj", "VERB", "VBD", "say"), ("was", 3, "ROOT", "AUX", "VBD", "be"),
            ("true", 3, "acomp", "ADJ", "JJ", "true"), (".", 3, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    assert what_said(subject[2]) is None
