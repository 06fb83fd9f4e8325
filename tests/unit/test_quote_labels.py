"""A quoted label is the statement in the speech scheme, the object it was said of left out, over hand-built parses."""

from __future__ import annotations

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
