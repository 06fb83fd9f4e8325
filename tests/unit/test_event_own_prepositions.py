"""A pattern row's own preposition, on hand-built parses (no model): its object is the party the act is aimed at,
whatever the preposition ("went after Iran", "stood by Israel"), before any other phrase of the verb; a time
preposition's phrase that holds no one says when, and the row does not apply ("went home after the debate")."""

from __future__ import annotations

from telex.records import Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _events(rows: list[Row]) -> list[tuple[str, list[str | None], list[str | None]]]:
    found: list[Event] = events_in(hand_parsed(rows))
    return [(e.cameo, [s.code for s in e.source], [t.code for t in e.target]) for e in found]


def _clause(verb: str, lemma: str, prep: str, obj: Row, rest: list[Row] | None = None) -> list[Row]:
    """ "American lawmakers <verb> <prep> <obj> <rest> .": ``rest`` hangs on the verb, its last word the object of
    its first."""
    rows: list[Row] = [
        ("American", 1, "amod", "ADJ", "JJ", "american"),
        ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker"),
        (verb, 2, "ROOT", "VERB", "VBD", lemma),
        (prep, 2, "prep", "ADP", "IN", prep),
        (obj[0], 3, "pobj", obj[3], obj[4], obj[5]),
    ]
    for i, (w, _, d, p, t, lm) in enumerate(rest or []):
        rows.append((w, 2 if i == 0 else 5, d, p, t, lm))
    return [*rows, (".", 2, "punct", "PUNCT", ".", ".")]


IRAN: Row = ("Iran", 0, "pobj", "PROPN", "NNP", "Iran")
ISRAEL: Row = ("Israel", 0, "pobj", "PROPN", "NNP", "Israel")
IN_IRAQ: list[Row] = [("in", 0, "prep", "ADP", "IN", "in"), ("Iraq", 0, "pobj", "PROPN", "NNP", "Iraq")]


def test_the_rows_preposition_gives_the_target() -> None:
    # "after" and "by" are no target prepositions of their own; the rows "go after" and "stand by" name them.
    assert _events(_clause("went", "go", "after", IRAN)) == [("111", ["USALEG"], ["IRN"])]
    assert _events(_clause("stood", "stand", "by", ISRAEL)) == [("051", ["USALEG"], ["ISR"])]


def test_the_rows_preposition_comes_before_any_other_phrase() -> None:
    # "in Iraq" would stand in for the target if nothing better were found.
    assert _events(_clause("went", "go", "after", IRAN, IN_IRAQ)) == [("111", ["USALEG"], ["IRN"])]


def test_a_time_phrase_that_holds_no_one_is_no_party() -> None:
    debate: Row = ("debate", 0, "pobj", "NOUN", "NN", "debate")
    assert _events(_clause("went", "go", "after", debate)) == []
