"""Complements the parser misread: an infinitive hung as a clause of purpose, a stance adjective as a past tense."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.quotes.extract import extract_quotes
from tests.unit.fixtures import hand_parsed


def test_an_infinitive_right_after_its_verb_hung_as_a_clause_of_purpose_is_content() -> None:
    # "Rabbis vow to boycott the speech ." with "boycott" an adverbial clause; "She left to attend the meeting .":
    # "leave" takes no infinitive as content.
    def reported(verb: str, lemma: str) -> list[tuple[str, str]]:
        doc = hand_parsed(
            [
                ("Rabbis", 1, "nsubj", "PROPN", "NNP", "Rabbis"),
                (verb, 1, "ROOT", "VERB", "VBP", lemma),
                ("to", 3, "aux", "PART", "TO", "to"),
                ("boycott", 1, "advcl", "VERB", "VB", "boycott"),
                ("the", 5, "det", "DET", "DT", "the"),
                ("speech", 3, "dobj", "NOUN", "NN", "speech"),
                (".", 1, "punct", "PUNCT", ".", "."),
            ]
        )
        return [(q.cue or "", q.text) for q in extract_quotes(doc, EntityIndex(()), scheme="attribution")]

    assert reported("vow", "vow") == [("vow", "to boycott the speech")]
    assert reported("leave", "leave") == []


def test_a_stance_adjective_read_as_a_past_tense_with_the_copula_as_its_auxiliary_holds_its_clause() -> None:
    # "Why was Weiner so convinced that women wanted it ?" with "convinced" a past tense, "was" its passive auxiliary.
    doc = hand_parsed(
        [
            ("Why", 4, "advmod", "SCONJ", "WRB", "why"),
            ("was", 4, "auxpass", "AUX", "VBD", "be"),
            ("Weiner", 4, "nsubj", "PROPN", "NNP", "Weiner"),
            ("so", 4, "advmod", "ADV", "RB", "so"),
            ("convinced", 4, "ROOT", "VERB", "VBD", "convince"),
            ("that", 7, "mark", "SCONJ", "IN", "that"),
            ("women", 7, "nsubj", "NOUN", "NNS", "woman"),
            ("wanted", 4, "ccomp", "VERB", "VBD", "want"),
            ("it", 7, "dobj", "PRON", "PRP", "it"),
            ("?", 4, "punct", "PUNCT", ".", "?"),
        ]
    )
    quotes = extract_quotes(doc, EntityIndex(()), scheme="attribution")
    assert [(q.cue, q.text, q.speaker and q.speaker.text) for q in quotes] == [
        ("convinced", "that women wanted it", "Weiner")
    ]
