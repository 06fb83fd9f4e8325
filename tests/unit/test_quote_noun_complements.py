"""The clause a noun object holds is the statement in the speech scheme, the noun left out, over hand-built parses:
"denied the notion that …" states "that …", as quote trackers count it; the attribution scheme keeps the noun, as
PolNeAR annotates it."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.quotes.extract import extract_quotes
from tests.unit.fixtures import Row, hand_parsed

# "Bennett denied the notion that a shakeup is coming ." as the parser parses it: the clause an acl of the noun.
_NOTION: list[Row] = [
    ("Bennett", 1, "nsubj", "PROPN", "NNP", "Bennett"),
    ("denied", 1, "ROOT", "VERB", "VBD", "deny"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("notion", 1, "dobj", "NOUN", "NN", "notion"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("a", 6, "det", "DET", "DT", "a"),
    ("shakeup", 8, "nsubj", "NOUN", "NN", "shakeup"),
    ("is", 8, "aux", "AUX", "VBZ", "be"),
    ("coming", 3, "acl", "VERB", "VBG", "come"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def _infinitive(noun: str, marks: bool = True) -> list[Row]:
    """ "Santilli expressed a NOUN to “try it” .": the to-infinitive an acl of the noun, its words quoted unless not
    ``marks``."""
    rows: list[Row] = [
        ("Santilli", 1, "nsubj", "PROPN", "NNP", "Santilli"),
        ("expressed", 1, "ROOT", "VERB", "VBD", "express"),
        ("a", 3, "det", "DET", "DT", "a"),
        (noun, 1, "dobj", "NOUN", "NN", noun),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("“", 6, "punct", "PUNCT", "``", "“"),
        ("try", 3, "acl", "VERB", "VB", "try"),
        ("it", 6, "dobj", "PRON", "PRP", "it"),
        ("”", 1, "punct", "PUNCT", "''", "”"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    if not marks:
        rows = [(w, h if h < 5 else h - 1, d, p, t, le) for w, h, d, p, t, le in rows if w not in ("“", "”")]
    return rows


def test_the_clause_a_noun_object_holds_is_the_statement_in_the_speech_scheme() -> None:
    [quote] = extract_quotes(hand_parsed(_NOTION), EntityIndex(()))
    assert quote.speaker is not None
    assert (quote.text, quote.kind, quote.speaker.text) == ("that a shakeup is coming", "indirect", "Bennett")


def test_the_attribution_scheme_keeps_the_noun() -> None:
    [quote] = extract_quotes(hand_parsed(_NOTION), EntityIndex(()), scheme="attribution")
    assert quote.text == "the notion that a shakeup is coming"


def test_a_quoted_to_infinitive_of_a_noun_of_stance_is_the_statement() -> None:
    [quote] = extract_quotes(hand_parsed(_infinitive("desire"), joined=frozenset({5, 7})), EntityIndex(()))
    assert (quote.text, quote.kind) == ("to “try it”", "mixed")


def test_a_to_infinitive_that_quotes_nothing_stays_a_mention() -> None:
    # "expressed a desire to try it": the report named by its object, which the speech scheme leaves out, as before.
    assert extract_quotes(hand_parsed(_infinitive("desire", marks=False)), EntityIndex(())) == []
    [quote] = extract_quotes(hand_parsed(_infinitive("desire", marks=False)), EntityIndex(()), scheme="attribution")
    assert quote.text == "a desire to try it"


def test_a_to_infinitive_of_another_noun_keeps_the_noun() -> None:
    # "expressed a car to “try it”": no noun of saying or holding a view; the object stays whole.
    [quote] = extract_quotes(hand_parsed(_infinitive("car"), joined=frozenset({5, 7})), EntityIndex(()))
    assert quote.text == "a car to “try it”"


def test_a_relative_clause_is_no_statement_of_its_noun() -> None:
    # "Bennett denied the report that she wrote .": "that" the object of a relative clause, not a mark.
    rows: list[Row] = [
        ("Bennett", 1, "nsubj", "PROPN", "NNP", "Bennett"),
        ("denied", 1, "ROOT", "VERB", "VBD", "deny"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("report", 1, "dobj", "NOUN", "NN", "report"),
        ("that", 6, "dobj", "PRON", "WDT", "that"),
        ("she", 6, "nsubj", "PRON", "PRP", "she"),
        ("wrote", 3, "relcl", "VERB", "VBD", "write"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [q.text for q in extract_quotes(hand_parsed(rows), EntityIndex(()), scheme="attribution")] == [
        "the report that she wrote"
    ]
    assert [q.text for q in extract_quotes(hand_parsed(rows), EntityIndex(()))] == []


def test_a_noun_another_owns_keeps_its_owner() -> None:
    # "Clinton bashed Trump 's proposal to ban Muslims from coming .": the proposal is Trump's; its infinitive is not
    # Clinton's words.
    rows: list[Row] = [
        ("Clinton", 1, "nsubj", "PROPN", "NNP", "Clinton"),
        ("bashed", 1, "ROOT", "VERB", "VBD", "bash"),
        ("Trump", 4, "poss", "PROPN", "NNP", "Trump"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("proposal", 1, "dobj", "NOUN", "NN", "proposal"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("ban", 4, "acl", "VERB", "VB", "ban"),
        ("Muslims", 6, "dobj", "PROPN", "NNPS", "Muslims"),
        ("from", 6, "prep", "ADP", "IN", "from"),
        ("coming", 8, "pcomp", "VERB", "VBG", "come"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [q.text for q in extract_quotes(hand_parsed(rows), EntityIndex(()))] == [
        "Trump 's proposal to ban Muslims from coming"
    ]
