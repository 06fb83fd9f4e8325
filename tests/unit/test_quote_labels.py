"""A quoted label is the statement in the speech scheme, the object it was said of left out, over hand-built parses."""

from __future__ import annotations

import pytest

from telex.entity_index import EntityIndex
from telex.quotes.extract import extract_quotes
from tests.unit.fixtures import Row, hand_parsed


def _called(marks: bool, after: list[Row]) -> list[Row]:
    """ "McCain called it a “Chinese menu” AFTER ." (without the marks unless ``marks``), parsed as the parser parses
    a quoted label: "it" the object, "menu" the object predicate, the closing mark hung on the verb; AFTER's rows
    are hung by their own heads, counted from the first of them as 0 (-1 for the verb)."""
    rows: list[Row] = [
        ("McCain", 1, "nsubj", "PROPN", "NNP", "McCain"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("it", 1, "dobj", "PRON", "PRP", "it"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("“", 6, "punct", "PUNCT", "``", "“"),
        ("Chinese", 6, "amod", "ADJ", "JJ", "chinese"),
        ("menu", 1, "oprd", "NOUN", "NN", "menu"),
        ("”", 1, "punct", "PUNCT", "''", "”"),
    ]
    if not marks:
        rows = [(w, h if h < 4 else h - 1, d, p, t, le) for w, h, d, p, t, le in rows if w not in ("“", "”")]
    first = len(rows)
    rows += [(w, 1 if h < 0 else first + h, d, p, t, le) for w, h, d, p, t, le in after]
    return [*rows, (".", 1, "punct", "PUNCT", ".", ".")]


# " on Monday", hung on the verb.
_ON_MONDAY: list[Row] = [("on", -1, "prep", "ADP", "IN", "on"), ("Monday", 0, "pobj", "PROPN", "NNP", "Monday")]


def test_a_quoted_label_is_the_statement_in_the_speech_scheme() -> None:
    # The label, up to its closing mark: not "it", of which it was said, nor the time after it.
    doc = hand_parsed(_called(True, _ON_MONDAY), joined=frozenset({4, 6}))
    [quote] = extract_quotes(doc, EntityIndex(()))
    assert quote.speaker is not None
    assert (quote.text, quote.kind, quote.speaker.text) == ("a “Chinese menu”", "mixed", "McCain")


def test_the_attribution_scheme_keeps_the_object_a_label_was_said_of() -> None:
    # PolNeAR annotates "called it a “Chinese menu”" with the object in the content.
    doc = hand_parsed(_called(True, []), joined=frozenset({4, 6}))
    [quote] = extract_quotes(doc, EntityIndex(()), scheme="attribution")
    assert quote.text.startswith("it a “Chinese menu")


def test_a_label_that_quotes_nothing_keeps_its_object() -> None:
    # "McCain called it a Chinese menu .": no words quoted, no label to take alone (a mention: not a speech quote).
    quotes = extract_quotes(hand_parsed(_called(False, [])), EntityIndex(()), scheme="attribution")
    assert [q.text for q in quotes] == ["it a Chinese menu"]


def test_a_label_of_a_dummy_it_keeps_the_clause_it_stands_for() -> None:
    # "McCain called it a “Chinese menu” to prosecute .": what the label says is said of the clause, kept with it.
    rows = [
        *_called(True, [])[:-1],
        ("to", 9, "aux", "PART", "TO", "to"),
        ("prosecute", 6, "relcl", "VERB", "VB", "prosecute"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    [quote] = extract_quotes(hand_parsed(rows, joined=frozenset({4, 6})), EntityIndex(()))
    assert quote.text.startswith("it a “Chinese menu")


def _speech_quote(rows: list[Row], joined: set[int]) -> tuple[str, str]:
    """The text and kind of the one speech-scheme quote of a hand-built parse."""
    [quote] = extract_quotes(hand_parsed(rows, joined=frozenset(joined)), EntityIndex(()))
    return quote.text, quote.kind


def test_a_label_whose_marks_the_parser_hung_on_the_verb_is_the_statement() -> None:
    # "He called the system “rotten to the core.”": both marks and the period hung on the verb, none in the label's
    # phrase; the label is still the quoted words, up to the closing mark past the period.
    rows: list[Row] = [
        ("He", 1, "nsubj", "PRON", "PRP", "he"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("system", 1, "dobj", "NOUN", "NN", "system"),
        ("“", 1, "punct", "PUNCT", "``", "“"),
        ("rotten", 1, "oprd", "ADJ", "JJ", "rotten"),
        ("to", 5, "prep", "ADP", "IN", "to"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("core", 6, "pobj", "NOUN", "NN", "core"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("”", 1, "punct", "PUNCT", "''", "”"),
    ]
    assert _speech_quote(rows, {4, 8, 9}) == ("“rotten to the core.”", "direct")


def test_a_label_the_parser_made_an_apposition_of_the_object_is_the_statement() -> None:
    # "Shu calls Horgos “a mistake” .": the label hung on the object as its apposition.
    rows: list[Row] = [
        ("Shu", 1, "nsubj", "PROPN", "NNP", "Shu"),
        ("calls", 1, "ROOT", "VERB", "VBZ", "call"),
        ("Horgos", 1, "dobj", "PROPN", "NNP", "Horgos"),
        ("“", 5, "punct", "PUNCT", "``", "“"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("mistake", 2, "appos", "NOUN", "NN", "mistake"),
        ("”", 5, "punct", "PUNCT", "''", "”"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _speech_quote(rows, {3, 5, 6}) == ("“a mistake”", "direct")


@pytest.mark.parametrize(
    ("verb", "lemma", "said"),
    [
        ("called", "call", "“insanity”"),
        ("criticized", "criticize", "the pact “insanity”"),  # no verb of naming: the quoted object is what was judged
    ],
)
def test_a_label_the_parser_grew_from_the_object_is_the_statement_from_its_mark(
    verb: str, lemma: str, said: str
) -> None:
    # "Trump called the pact “insanity” .": the parser made the label the object and "the pact" its modifier; the
    # label starts at its opening mark (a noun before it is the object, not "a" as in a “Chinese menu”).
    rows: list[Row] = [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
        ("the", 3, "det", "DET", "DT", "the"),
        ("pact", 5, "nmod", "NOUN", "NN", "pact"),
        ("“", 5, "punct", "PUNCT", "``", "“"),
        ("insanity", 1, "dobj", "NOUN", "NN", "insanity"),
        ("”", 5, "punct", "PUNCT", "''", "”"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _speech_quote(rows, {4, 5, 6})[0] == said


def _described_as(marks: bool) -> list[Row]:
    """ "Agents described the ground as “Swiss cheese” ." (without the marks unless ``marks``)."""
    rows: list[Row] = [
        ("Agents", 1, "nsubj", "NOUN", "NNS", "agent"),
        ("described", 1, "ROOT", "VERB", "VBD", "describe"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("ground", 1, "dobj", "NOUN", "NN", "ground"),
        ("as", 1, "prep", "ADP", "IN", "as"),
        ("“", 7, "punct", "PUNCT", "``", "“"),
        ("Swiss", 7, "amod", "ADJ", "JJ", "swiss"),
        ("cheese", 4, "pobj", "NOUN", "NN", "cheese"),
        ("”", 1, "punct", "PUNCT", "''", "”"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    if not marks:
        rows = [(w, h if h < 5 else h - 1, d, p, t, le) for w, h, d, p, t, le in rows if w not in ("“", "”")]
    return rows


def test_a_label_in_an_as_phrase_is_the_statement_without_the_object() -> None:
    # What the ground was described as, in marks: the label alone, not "the ground as".
    assert _speech_quote(_described_as(True), {5, 7, 8}) == ("“Swiss cheese”", "direct")


def test_the_attribution_scheme_keeps_the_object_of_an_as_label() -> None:
    doc = hand_parsed(_described_as(True), joined=frozenset({5, 7, 8}))
    [quote] = extract_quotes(doc, EntityIndex(()), scheme="attribution")
    assert quote.text.startswith("the ground as “Swiss cheese")


def test_a_label_parsed_as_a_second_object_is_the_statement() -> None:
    # "Shu calls Horgos “a mistake” .": the parser made both objects of the verb.
    rows: list[Row] = [
        ("Shu", 1, "nsubj", "PROPN", "NNP", "Shu"),
        ("calls", 1, "ROOT", "VERB", "VBZ", "call"),
        ("Horgos", 1, "dobj", "PROPN", "NNP", "Horgos"),
        ("“", 1, "punct", "PUNCT", "``", "“"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("mistake", 1, "dobj", "NOUN", "NN", "mistake"),
        ("”", 1, "punct", "PUNCT", "''", "”"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _speech_quote(rows, {3, 5, 6}) == ("“a mistake”", "direct")


def test_quoted_words_a_possessive_owns_are_an_object_not_a_label() -> None:
    # "Cruz questioned Trump 's “New York values” .": the quoted words are what was questioned, Trump's own, and say
    # nothing of an object: the content keeps its possessive.
    rows: list[Row] = [
        ("Cruz", 1, "nsubj", "PROPN", "NNP", "Cruz"),
        ("questioned", 1, "ROOT", "VERB", "VBD", "question"),
        ("Trump", 7, "poss", "PROPN", "NNP", "Trump"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("“", 7, "punct", "PUNCT", "``", "“"),
        ("New", 6, "compound", "PROPN", "NNP", "New"),
        ("York", 7, "compound", "PROPN", "NNP", "York"),
        ("values", 1, "dobj", "NOUN", "NNS", "value"),
        ("”", 7, "punct", "PUNCT", "''", "”"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    text, _ = _speech_quote(rows, {2, 4, 7, 8})
    assert text.startswith("Trump's")
