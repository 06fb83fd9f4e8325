"""Complements the parser misread: an infinitive hung as a clause of purpose, a stance adjective as a past tense."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.quotes.extract import extract_quotes
from telex.quotes.nouns import noun_attributions
from tests.unit.fixtures import Row, hand_parsed


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



def _reported(rows: list[Row]) -> list[tuple[str, str, str | None]]:
    """Each quote of a hand-parsed sentence as (cue, content, speaker)."""
    quotes = extract_quotes(hand_parsed(rows), EntityIndex(()), scheme="attribution")
    return [(q.cue or "", q.text, q.speaker.text if q.speaker else None) for q in quotes]


def _talks_about(name_dep: str, first: tuple[str, str, str]) -> list[tuple[str, str, str | None]]:
    # "Ortiz talks about rising taxes ." with "talks" a plural noun heading the sentence and the name its compound or
    # its subject; ``first`` is the first word's (text, tag, part of speech) to try a determiner before the noun.
    word, tag, pos = first
    return _reported(
        [
            (word, 1, name_dep, pos, tag, word.lower() if pos != "PROPN" else word),
            ("talks", 1, "ROOT", "NOUN", "NNS", "talk"), ("about", 1, "prep", "ADP", "IN", "about"),
            ("rising", 4, "amod", "VERB", "VBG", "rise"), ("taxes", 2, "pobj", "NOUN", "NNS", "tax"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip


def test_a_verb_of_talk_read_as_a_noun_with_a_name_before_it_keeps_the_name_as_its_speaker() -> None:
    assert _talks_about("compound", ("Ortiz", "NNP", "PROPN")) == [("talks", "rising taxes", "Ortiz")]
    assert _talks_about("nsubj", ("Ortiz", "NNP", "PROPN")) == [("talks", "rising taxes", "Ortiz")]


def test_talks_after_a_determiner_stay_a_noun_of_talk_held_by_no_one() -> None:
    # "The talks about rising taxes .": a talk at large, the noun rule's, with no speaker.
    assert _talks_about("det", ("The", "DT", "DET")) == [("talks", "rising taxes", None)]


def _plans_to(word: str, lemma: str) -> list[tuple[str, str, str | None]]:
    # "The <word> plans to cut taxes ." with "plans" a plural noun heading the sentence and the common noun before it
    # its compound.
    return _reported(
        [
            ("The", 1, "det", "DET", "DT", "the"), (word, 2, "compound", "NOUN", "NN", lemma),
            ("plans", 2, "ROOT", "NOUN", "NNS", "plan"), ("to", 4, "aux", "PART", "TO", "to"),
            ("cut", 2, "acl", "VERB", "VB", "cut"), ("taxes", 4, "dobj", "NOUN", "NNS", "tax"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip


def test_a_verb_of_intending_read_as_a_noun_after_one_who_can_speak_reports_its_infinitive() -> None:
    # "The campaign plans to cut taxes .": the campaign's plan, stated; in "The tax plans to cut taxes ." no one who
    # can speak stands before the noun.
    assert _plans_to("campaign", "campaign") == [("plans", "to cut taxes", "The campaign")]
    assert _plans_to("tax", "tax") == []



def _noun_clause(
    that_dep: str, subject: tuple[str, str, str] | None, verb: tuple[str, str] = ("fallen", "fall")
) -> list[tuple[str, str, str | None]]:
    # "The claim by Smith that [wages] had fallen quickly surprised analysts ." with the clause hung on "claim" as a
    # relative clause, "that" given ``that_dep``, ``subject`` (text, dependency, lemma) standing for "wages" and
    # ``verb`` (text, lemma) for "fallen".
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("claim", 9, "nsubj", "NOUN", "NN", "claim"),
        ("by", 1, "prep", "ADP", "IN", "by"),
        ("Smith", 2, "pobj", "PROPN", "NNP", "Smith"),
        ("that", 7, that_dep, "SCONJ" if that_dep == "mark" else "PRON", "IN" if that_dep == "mark" else "WDT", "that"),
    ]
    if subject is not None:
        rows.append((subject[0], 7, subject[1], "NOUN", "NNS", subject[2]))
    else:
        rows.append(("always", 7, "advmod", "ADV", "RB", "always"))
    rows += [
        ("had", 7, "aux", "AUX", "VBD", "have"),
        (verb[0], 1, "relcl", "VERB", "VBN", verb[1]),
        ("quickly", 7, "advmod", "ADV", "RB", "quickly"),
        ("surprised", 9, "ROOT", "VERB", "VBD", "surprise"),
        ("analysts", 9, "dobj", "NOUN", "NNS", "analyst"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ]
    return _reported(rows)


def test_a_nouns_that_clause_the_parser_made_a_relative_clause_is_what_the_noun_says() -> None:
    # "that" as the mark of a relative clause, or as its subject beside a subject of its own: a that-clause either way.
    said = [("claim", "that wages had fallen quickly", "Smith")]
    assert _noun_clause("mark", ("wages", "nsubj", "wage")) == said
    assert _noun_clause("nsubj", ("wages", "nsubj", "wage")) == said


def test_a_relative_clause_whose_that_is_its_only_subject_or_its_object_says_nothing() -> None:
    # "the claim by Smith that always had fallen quickly": "that" the clause's one subject, a relative; "the claims
    # that voters had heard": "that" its object; "the claim that voters had made": a verb of uttering with no object.
    assert _noun_clause("nsubj", None) == []
    assert _noun_clause("mark", None) == []
    assert _noun_clause("dobj", ("voters", "nsubj", "voter")) == []
    assert _noun_clause("mark", ("voters", "nsubj", "voter"), ("made", "make")) == []
    assert _noun_clause("nsubj", ("voters", "nsubj", "voter"), ("heard", "hear")) == []


def test_a_relative_clause_after_a_phrase_of_the_noun_other_than_its_source_says_nothing() -> None:
    # "questions about the role that the candidate is keen to control .": the clause stands after the topic phrase,
    # on its noun; the parser hung it on "questions".
    rows: list[Row] = [
        ("questions", 0, "ROOT", "NOUN", "NNS", "question"),
        ("about", 0, "prep", "ADP", "IN", "about"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("role", 1, "pobj", "NOUN", "NN", "role"),
        ("that", 8, "nsubj", "PRON", "WDT", "that"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("candidate", 8, "nsubj", "NOUN", "NN", "candidate"),
        ("is", 8, "aux", "AUX", "VBZ", "be"),
        ("keen", 0, "relcl", "ADJ", "JJ", "keen"),
        ("to", 10, "aux", "PART", "TO", "to"),
        ("control", 8, "xcomp", "VERB", "VB", "control"),
        (".", 0, "punct", "PUNCT", ".", "."),
    ]
    assert [cue for cue, text, _ in _reported(rows) if text.startswith("that")] == []


def test_a_relative_clause_on_a_noun_in_a_reporting_verbs_phrase_is_the_verbs_to_report() -> None:
    # "Lee argued in a statement that wages had fallen ." with the clause hung on "statement": the verb's content,
    # which the verb's rule (``clauses._noun_clause``) reports, not the noun's.
    rows: list[Row] = [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
        ("argued", 1, "ROOT", "VERB", "VBD", "argue"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("statement", 2, "pobj", "NOUN", "NN", "statement"),
        ("that", 8, "mark", "SCONJ", "IN", "that"),
        ("wages", 8, "nsubj", "NOUN", "NNS", "wage"),
        ("had", 8, "aux", "AUX", "VBD", "have"),
        ("fallen", 4, "relcl", "VERB", "VBN", "fall"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [a.cue for a in noun_attributions(hand_parsed(rows))] == []
    assert [(cue, text) for cue, text, _ in _reported(rows)] == [("argued", "that wages had fallen")]
