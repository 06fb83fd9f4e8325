"""Who does what a participle or infinitive on a noun says, and what a past participle on a noun acts upon, on
hand-built parses (no model)."""

from __future__ import annotations

from spacy.tokens import Token

from telex.events.arguments import object_tokens, subject_tokens
from tests.unit.fixtures import Row, hand_parsed


def _words(tokens: list[Token]) -> list[str]:
    return [t.text for t in tokens]


def test_a_present_participle_on_a_noun_is_done_by_the_nouns_author() -> None:
    # "The statement by Spain condemning the raid was brief ."
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("statement", 7, "nsubj", "NOUN", "NN", "statement"),
        ("by", 1, "prep", "ADP", "IN", "by"),
        ("Spain", 2, "pobj", "PROPN", "NNP", "Spain"),
        ("condemning", 1, "acl", "VERB", "VBG", "condemn"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("raid", 4, "dobj", "NOUN", "NN", "raid"),
        ("was", 7, "ROOT", "AUX", "VBD", "be"),
        ("brief", 7, "acomp", "ADJ", "JJ", "brief"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    assert _words(subject_tokens(doc[4])) == ["statement", "Spain"]


def test_an_infinitive_on_a_noun_is_done_by_its_possessor() -> None:
    # "Egypt 's claim to have arrested the smugglers was doubted ."
    rows: list[Row] = [
        ("Egypt", 2, "poss", "PROPN", "NNP", "Egypt"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("claim", 9, "nsubjpass", "NOUN", "NN", "claim"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("have", 5, "aux", "AUX", "VB", "have"),
        ("arrested", 2, "acl", "VERB", "VBN", "arrest"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("smugglers", 5, "dobj", "NOUN", "NNS", "smuggler"),
        ("was", 9, "auxpass", "AUX", "VBD", "be"),
        ("doubted", 9, "ROOT", "VERB", "VBN", "doubt"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    assert _words(subject_tokens(doc[5])) == ["Egypt"]


def test_a_gerund_after_a_noun_is_done_by_its_possessor_then_by_who_acts_on_the_noun() -> None:
    # "Ghana offered its help in fighting the pirates ."
    rows: list[Row] = [
        ("Ghana", 1, "nsubj", "PROPN", "NNP", "Ghana"),
        ("offered", 1, "ROOT", "VERB", "VBD", "offer"),
        ("its", 3, "poss", "PRON", "PRP$", "its"),
        ("help", 1, "dobj", "NOUN", "NN", "help"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("fighting", 4, "pcomp", "VERB", "VBG", "fight"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("pirates", 5, "dobj", "NOUN", "NNS", "pirate"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    assert _words(subject_tokens(doc[5])) == ["its", "Ghana"]


def _described(noun: str, verb: str, lemma: str, prep: str, party: str) -> list[Row]:
    # "Critics attacked the <noun> <verb> <prep> <party> ."
    return [
        ("Critics", 1, "nsubj", "NOUN", "NNS", "critic"),
        ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
        ("the", 3, "det", "DET", "DT", "the"),
        (noun, 1, "dobj", "NOUN", "NNS", noun),
        (verb, 3, "acl", "VERB", "VBN", lemma),
        (prep, 4, "prep", "ADP", "IN", prep),
        (party, 5, "pobj", "PROPN", "NNP", party),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_thing_a_past_participle_describes_with_a_party_is_its_object() -> None:
    doc = hand_parsed(_described("pact", "reached", "reach", "with", "Chile"))
    assert _words(object_tokens(doc[4])) == ["pact"]


def test_people_a_past_participle_describes_are_not_made_its_object() -> None:
    doc = hand_parsed(_described("soldiers", "armed", "arm", "with", "Chile"))
    assert object_tokens(doc[4]) == []
    doc = hand_parsed(_described("pact", "signed", "sign", "in", "Lima"))
    assert object_tokens(doc[4]) == []


def test_a_pronoun_in_an_opening_phrase_stands_for_the_subject_after_it() -> None:
    # "In her speech condemning the raid , Ana Ruiz praised Peru ."
    rows: list[Row] = [
        ("In", 9, "prep", "ADP", "IN", "in"),
        ("her", 2, "poss", "PRON", "PRP$", "her"),
        ("speech", 0, "pobj", "NOUN", "NN", "speech"),
        ("condemning", 2, "acl", "VERB", "VBG", "condemn"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("raid", 3, "dobj", "NOUN", "NN", "raid"),
        (",", 9, "punct", "PUNCT", ",", ","),
        ("Ana", 8, "compound", "PROPN", "NNP", "Ana"),
        ("Ruiz", 9, "nsubj", "PROPN", "NNP", "Ruiz"),
        ("praised", 9, "ROOT", "VERB", "VBD", "praise"),
        ("Peru", 9, "dobj", "PROPN", "NNP", "Peru"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    assert _words(subject_tokens(doc[3])) == ["speech", "Ruiz", "her"]
