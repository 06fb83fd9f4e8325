"""Where a report inside a relative clause starts, and a time phrase between the addressee and a reported clause."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.quotes.extract import extract_quotes
from tests.unit.fixtures import Row, hand_parsed


def _reported(rows: list[Row], cue: str) -> list[tuple[str, str | None]]:
    quotes = extract_quotes(hand_parsed(rows), EntityIndex(()), scheme="attribution")
    return [(q.text, q.speaker and q.speaker.text) for q in quotes if q.cue == cue]


def test_a_relative_that_is_the_subject_of_what_was_said_starts_the_content_after_the_cue() -> None:
    # "He signed a letter that he said was drafted by the firm ."
    rows: list[Row] = [
        ("He", 1, "nsubj", "PRON", "PRP", "he"),
        ("signed", 1, "ROOT", "VERB", "VBD", "sign"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("letter", 1, "dobj", "NOUN", "NN", "letter"),
        ("that", 8, "nsubjpass", "PRON", "WDT", "that"),
        ("he", 6, "nsubj", "PRON", "PRP", "he"),
        ("said", 3, "relcl", "VERB", "VBD", "say"),
        ("was", 8, "auxpass", "AUX", "VBD", "be"),
        ("drafted", 6, "ccomp", "VERB", "VBN", "draft"),
        ("by", 8, "agent", "ADP", "IN", "by"),
        ("the", 11, "det", "DET", "DT", "the"),
        ("firm", 9, "pobj", "NOUN", "NN", "firm"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _reported(rows, "said") == [("was drafted by the firm", "he")]


def test_a_relative_object_of_a_reported_clause_starts_the_content_after_the_cue_and_its_bracketed_adverb() -> None:
    # "She kept a server , which she thought ( foolishly ) that only she would see ."
    rows: list[Row] = [
        ("She", 1, "nsubj", "PRON", "PRP", "she"),
        ("kept", 1, "ROOT", "VERB", "VBD", "keep"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("server", 1, "dobj", "NOUN", "NN", "server"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("which", 7, "dobj", "PRON", "WDT", "which"),
        ("she", 7, "nsubj", "PRON", "PRP", "she"),
        ("thought", 3, "relcl", "VERB", "VBD", "think"),
        ("(", 7, "punct", "PUNCT", "-LRB-", "("),
        ("foolishly", 7, "advmod", "ADV", "RB", "foolishly"),
        (")", 7, "punct", "PUNCT", "-RRB-", ")"),
        ("that", 15, "mark", "SCONJ", "IN", "that"),
        ("only", 13, "advmod", "ADV", "RB", "only"),
        ("she", 15, "nsubj", "PRON", "PRP", "she"),
        ("would", 15, "aux", "AUX", "MD", "would"),
        ("see", 7, "ccomp", "VERB", "VB", "see"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _reported(rows, "thought") == [("that only she would see", "she")]


def test_a_relative_the_verb_takes_as_its_own_object_with_no_clause_keeps_the_relative() -> None:
    # "She leads the party , which she proved by winning states ." proves the relative, not the "by" phrase.
    rows: list[Row] = [
        ("She", 1, "nsubj", "PRON", "PRP", "she"),
        ("leads", 1, "ROOT", "VERB", "VBZ", "lead"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("party", 1, "dobj", "NOUN", "NN", "party"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("which", 7, "dobj", "PRON", "WDT", "which"),
        ("she", 7, "nsubj", "PRON", "PRP", "she"),
        ("proved", 3, "relcl", "VERB", "VBD", "prove"),
        ("by", 7, "prep", "ADP", "IN", "by"),
        ("winning", 8, "pcomp", "VERB", "VBG", "win"),
        ("states", 9, "dobj", "NOUN", "NNS", "state"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [text for text, _ in _reported(rows, "proved")] == ["which she proved by winning states"]


def test_a_time_phrase_after_the_addressee_and_before_the_reported_subject_goes_with_the_report() -> None:
    # "The president told voters this weekend he would win ."
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("president", 2, "nsubj", "NOUN", "NN", "president"),
        ("told", 2, "ROOT", "VERB", "VBD", "tell"),
        ("voters", 2, "dobj", "NOUN", "NNS", "voter"),
        ("this", 5, "det", "DET", "DT", "this"),
        ("weekend", 8, "npadvmod", "NOUN", "NN", "weekend"),
        ("he", 8, "nsubj", "PRON", "PRP", "he"),
        ("would", 8, "aux", "AUX", "MD", "would"),
        ("win", 2, "ccomp", "VERB", "VB", "win"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert [text for text, _ in _reported(rows, "told")] == ["he would win"]


def test_a_relative_the_parser_made_a_second_subject_of_the_verb_keeps_the_relative() -> None:
    # "Rubio , who many had backed in the hope of winning ." with "who" and "many" both subjects of "backed".
    rows: list[Row] = [
        ("Rubio", 0, "ROOT", "PROPN", "NNP", "Rubio"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("who", 5, "nsubj", "PRON", "WP", "who"),
        ("many", 5, "nsubj", "ADJ", "JJ", "many"),
        ("had", 5, "aux", "AUX", "VBD", "have"),
        ("backed", 0, "relcl", "VERB", "VBN", "back"),
        ("in", 5, "prep", "ADP", "IN", "in"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("hope", 6, "pobj", "NOUN", "NN", "hope"),
        ("of", 8, "prep", "ADP", "IN", "of"),
        ("winning", 9, "pcomp", "VERB", "VBG", "win"),
        (".", 0, "punct", "PUNCT", ".", "."),
    ]
    assert not any(text.startswith("in the hope") for text, _ in _reported(rows, "backed"))


def test_a_relative_the_parser_made_a_second_subject_fills_the_gap_of_a_finite_clause_after_the_verb() -> None:
    # "the department , which they say left a vacuum ." with "which" and "they" both subjects of "say" and the
    # reported "left" an xcomp.
    rows: list[Row] = [
        ("the", 1, "det", "DET", "DT", "the"),
        ("department", 1, "ROOT", "NOUN", "NN", "department"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("which", 5, "nsubj", "PRON", "WDT", "which"),
        ("they", 5, "nsubj", "PRON", "PRP", "they"),
        ("say", 1, "relcl", "VERB", "VBP", "say"),
        ("left", 5, "xcomp", "VERB", "VBD", "leave"),
        ("a", 8, "det", "DET", "DT", "a"),
        ("vacuum", 6, "dobj", "NOUN", "NN", "vacuum"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _reported(rows, "say") == [("left a vacuum", "they")]


def _carson(pronoun: str, verb: str, lemma: str) -> list[Row]:
    # "Cruz said he apologized to Carson , whom <pronoun> <verb> a friend ." ("whom" "who" as the relative's subject
    # when ``pronoun`` is empty).
    relative: list[Row] = (
        [("whom", 9, "dobj", "PRON", "WP", "whom"), (pronoun, 9, "nsubj", "PRON", "PRP", pronoun)]
        if pronoun
        else [("who", 8, "nsubj", "PRON", "WP", "who")]
    )
    verb_at = 7 + len(relative)
    rows: list[Row] = [
        ("Cruz", 1, "nsubj", "PROPN", "NNP", "Cruz"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("he", 3, "nsubj", "PRON", "PRP", "he"),
        ("apologized", 1, "ccomp", "VERB", "VBD", "apologize"),
        ("to", 3, "prep", "ADP", "IN", "to"),
        ("Carson", 4, "pobj", "PROPN", "NNP", "Carson"),
        (",", 5, "punct", "PUNCT", ",", ","),
        *relative,
        (verb, 5, "relcl", "VERB", "VBZ", lemma),
        ("a", verb_at + 2, "det", "DET", "DT", "a"),
        ("friend", verb_at, "oprd", "NOUN", "NN", "friend"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    return rows


def test_a_relative_giving_the_speakers_view_of_the_one_named_stays_with_what_was_said() -> None:
    rows = _carson("he", "considers", "consider")
    assert _reported(rows, "said") == [("he apologized to Carson , whom he considers a friend", "Cruz")]


def test_a_relative_with_no_subject_of_its_own_is_the_writers_aside() -> None:
    rows = _carson("", "remains", "remain")
    assert _reported(rows, "said") == [("he apologized to Carson", "Cruz")]


def test_a_relative_that_reports_is_not_taken_into_what_was_said() -> None:
    rows = _carson("he", "calls", "call")
    assert ("he apologized to Carson", "Cruz") in _reported(rows, "said")


def _mourning(source: list[Row]) -> list[Row]:
    # "Zayada was mourning his mother , who died before the crash , <source> ."
    rows: list[Row] = [
        ("Zayada", 2, "nsubj", "PROPN", "NNP", "Zayada"),
        ("was", 2, "aux", "AUX", "VBD", "be"),
        ("mourning", 2, "ROOT", "VERB", "VBG", "mourn"),
        ("his", 4, "poss", "PRON", "PRP$", "his"),
        ("mother", 2, "dobj", "NOUN", "NN", "mother"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("who", 7, "nsubj", "PRON", "WP", "who"),
        ("died", 4, "relcl", "VERB", "VBD", "die"),
        ("before", 7, "prep", "ADP", "IN", "before"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("crash", 8, "pobj", "NOUN", "NN", "crash"),
        (",", 2, "punct", "PUNCT", ",", ","),
        *source,
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    return rows


def test_a_relative_before_the_report_that_follows_the_content_is_the_speakers() -> None:
    # "…, who died before the crash , the AP said ."
    rows = _mourning(
        [
            ("the", 13, "det", "DET", "DT", "the"),
            ("AP", 14, "nsubj", "PROPN", "NNP", "AP"),
            ("said", 2, "parataxis", "VERB", "VBD", "say"),
        ]
    )
    assert _reported(rows, "said") == [("Zayada was mourning his mother , who died before the crash", "the AP")]
