"""A report set off by commas inside the clause it reports: the clause on both sides is the content, however the
parser hung the report (on the sentence's root, on the clause's subject, on a subordinate clause before it)."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.quotes.extract import extract_quotes
from tests.unit.fixtures import Row, hand_parsed


def _reported(rows: list[Row], cue: str, people: frozenset[int] = frozenset()) -> list[str]:
    quotes = extract_quotes(hand_parsed(rows, people=people), EntityIndex(()), scheme="attribution")
    return [q.text for q in quotes if q.cue == cue]


def test_a_report_the_parser_made_the_root_reports_the_clause_around_it() -> None:
    # "These employees , Stumpf said earlier in the hearing , were paid well .": the parser made "said" the root and
    # hung the subject before it and the verb after it on the report.
    rows: list[Row] = [
        ("These", 1, "det", "DET", "DT", "these"), ("employees", 4, "dep", "NOUN", "NNS", "employee"),
        (",", 4, "punct", "PUNCT", ",", ","), ("Stumpf", 4, "nsubj", "PROPN", "NNP", "Stumpf"),
        ("said", 4, "ROOT", "VERB", "VBD", "say"), ("earlier", 4, "advmod", "ADV", "RBR", "early"),
        ("in", 5, "prep", "ADP", "IN", "in"), ("the", 8, "det", "DET", "DT", "the"),
        ("hearing", 6, "pobj", "NOUN", "NN", "hearing"), (",", 4, "punct", "PUNCT", ",", ","),
        ("were", 4, "conj", "AUX", "VBD", "be"), ("paid", 10, "acomp", "VERB", "VBN", "pay"),
        ("well", 11, "advmod", "ADV", "RB", "well"), (".", 4, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    assert _reported(rows, "said", people=frozenset({3})) == [
        "These employees , Stumpf said earlier in the hearing , were paid well"
    ]


def test_a_report_after_a_phrase_of_time_reports_the_clause_after_it() -> None:
    # "In the end , he said on Monday , the plan would fail .": the fronted phrase is the writer's, not the source's.
    rows: list[Row] = [
        ("In", 5, "prep", "ADP", "IN", "in"), ("the", 2, "det", "DET", "DT", "the"),
        ("end", 0, "pobj", "NOUN", "NN", "end"), (",", 5, "punct", "PUNCT", ",", ","),
        ("he", 5, "nsubj", "PRON", "PRP", "he"), ("said", 5, "ROOT", "VERB", "VBD", "say"),
        ("on", 5, "prep", "ADP", "IN", "on"), ("Monday", 6, "pobj", "PROPN", "NNP", "Monday"),
        (",", 5, "punct", "PUNCT", ",", ","), ("the", 10, "det", "DET", "DT", "the"),
        ("plan", 12, "nsubj", "NOUN", "NN", "plan"), ("would", 12, "aux", "AUX", "MD", "would"),
        ("fail", 5, "conj", "VERB", "VB", "fail"), (".", 5, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    assert _reported(rows, "said") == ["the plan would fail"]


def test_a_report_with_an_object_of_its_own_is_no_aside() -> None:
    # "On Tuesday , Clinton criticized Tulsa , Okla. , police officer Shelby .": what is between the commas is the
    # object's, so the words after the second comma are no clause the report was set inside.
    rows: list[Row] = [
        ("On", 4, "prep", "ADP", "IN", "on"), ("Tuesday", 0, "pobj", "PROPN", "NNP", "Tuesday"),
        (",", 4, "punct", "PUNCT", ",", ","), ("Clinton", 4, "nsubj", "PROPN", "NNP", "Clinton"),
        ("criticized", 4, "ROOT", "VERB", "VBD", "criticize"), ("Tulsa", 10, "nmod", "PROPN", "NNP", "Tulsa"),
        (",", 5, "punct", "PUNCT", ",", ","), ("Okla.", 5, "appos", "PROPN", "NNP", "Okla."),
        (",", 5, "punct", "PUNCT", ",", ","), ("police", 10, "compound", "NOUN", "NN", "police"),
        ("officer", 11, "compound", "NOUN", "NN", "officer"), ("Shelby", 4, "dobj", "PROPN", "NNP", "Shelby"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    assert "Okla. , police officer Shelby" not in _reported(rows, "criticized", people=frozenset({3, 11}))


def test_a_report_hung_on_the_subject_reports_the_subjects_clause() -> None:
    # "The difference now , he told me on Friday , is that he is the anchor .": the report set on "difference".
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"), ("difference", 10, "nsubj", "NOUN", "NN", "difference"),
        ("now", 1, "advmod", "ADV", "RB", "now"), (",", 5, "punct", "PUNCT", ",", ","),
        ("he", 5, "nsubj", "PRON", "PRP", "he"), ("told", 1, "parataxis", "VERB", "VBD", "tell"),
        ("me", 5, "dobj", "PRON", "PRP", "I"), ("on", 5, "prep", "ADP", "IN", "on"),
        ("Friday", 7, "pobj", "PROPN", "NNP", "Friday"), (",", 5, "punct", "PUNCT", ",", ","),
        ("is", 10, "ROOT", "AUX", "VBZ", "be"), ("that", 13, "mark", "SCONJ", "IN", "that"),
        ("he", 13, "nsubj", "PRON", "PRP", "he"), ("is", 10, "ccomp", "AUX", "VBZ", "be"),
        ("the", 15, "det", "DET", "DT", "the"), ("anchor", 13, "attr", "NOUN", "NN", "anchor"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    assert _reported(rows, "told") == ["The difference now , he told me on Friday , is that he is the anchor"]


def test_a_report_hung_on_a_clause_before_it_reports_the_sentence() -> None:
    # "Though the move was smooth , he said , replacing her would be harder .": the report set on "was", which the
    # clause after it ("be") governs.
    rows: list[Row] = [
        ("Though", 3, "mark", "SCONJ", "IN", "though"), ("the", 2, "det", "DET", "DT", "the"),
        ("move", 3, "nsubj", "NOUN", "NN", "move"), ("was", 12, "advcl", "AUX", "VBD", "be"),
        ("smooth", 3, "acomp", "ADJ", "JJ", "smooth"), (",", 7, "punct", "PUNCT", ",", ","),
        ("he", 7, "nsubj", "PRON", "PRP", "he"), ("said", 3, "parataxis", "VERB", "VBD", "say"),
        (",", 7, "punct", "PUNCT", ",", ","), ("replacing", 12, "csubj", "VERB", "VBG", "replace"),
        ("her", 9, "dobj", "PRON", "PRP", "she"), ("would", 12, "aux", "AUX", "MD", "would"),
        ("be", 12, "ROOT", "AUX", "VB", "be"), ("harder", 12, "acomp", "ADJ", "JJR", "hard"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    assert _reported(rows, "said") == ["Though the move was smooth , he said , replacing her would be harder"]


def test_a_report_hung_on_the_clause_after_it_reports_that_clause() -> None:
    # "While he acknowledged funding was short , Ham left .": the parser made "acknowledged" a subordinate clause of
    # "was", the clause it reports, whose subject follows it at once.
    rows: list[Row] = [
        ("While", 2, "mark", "SCONJ", "IN", "while"), ("he", 2, "nsubj", "PRON", "PRP", "he"),
        ("acknowledged", 4, "advcl", "VERB", "VBD", "acknowledge"), ("funding", 4, "nsubj", "NOUN", "NN", "funding"),
        ("was", 8, "advcl", "AUX", "VBD", "be"), ("short", 4, "acomp", "ADJ", "JJ", "short"),
        (",", 8, "punct", "PUNCT", ",", ","), ("Ham", 8, "nsubj", "PROPN", "NNP", "Ham"),
        ("left", 8, "ROOT", "VERB", "VBD", "leave"), (".", 8, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    assert _reported(rows, "acknowledged", people=frozenset({7})) == ["funding was short"]
