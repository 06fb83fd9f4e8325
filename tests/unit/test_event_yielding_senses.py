"""Verbs of yielding (080) in their other senses, on hand-built parses (no model): a point granted by a clause of
what is so ("conceded that it had been a difficult night") admits a fact, and letting one's own side, a campaigner or
no one named do something ("allow Clinton to focus on her race") opens a way; yielding a thing and letting another
side do something stay concessions."""

from __future__ import annotations

from tests.unit.fixtures import Row, events_in, hand_parsed


def _events(rows: list[Row]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.cameo, [s.code for s in e.source], [t.code for t in e.target]) for e in events_in(hand_parsed(rows))]


def test_a_point_granted_by_a_clause_is_no_concession() -> None:
    # "Israel conceded that Iran had won ."
    rows: list[Row] = [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("conceded", 1, "ROOT", "VERB", "VBD", "concede"),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        ("Iran", 5, "nsubj", "PROPN", "NNP", "Iran"),
        ("had", 5, "aux", "AUX", "VBD", "have"),
        ("won", 1, "ccomp", "VERB", "VBN", "win"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert not [e for e in _events(rows) if e[0].startswith("08")]
    # "Israel allowed that Iran had won .": the same admission.
    allowed = [rows[0], ("allowed", 1, "ROOT", "VERB", "VBD", "allow"), *rows[2:]]
    assert not [e for e in _events(allowed) if e[0].startswith("08")]


def test_yielding_a_thing_stays_a_concession() -> None:
    # "Israel conceded the territory to Iran ."
    rows: list[Row] = [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("conceded", 1, "ROOT", "VERB", "VBD", "concede"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("territory", 1, "dobj", "NOUN", "NN", "territory"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Iran", 4, "pobj", "PROPN", "NNP", "Iran"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _events(rows) == [("080", ["ISR"], ["IRN"])]


def _allowed(owner: list[Row]) -> list[Row]:
    """ "Israeli officials allowed <owner> envoys to speak .": the owner's last word hangs off "envoys"."""
    n = len(owner)
    rows: list[Row] = [
        ("Israeli", 1, "amod", "ADJ", "JJ", "israeli"),
        ("officials", 2, "nsubj", "NOUN", "NNS", "official"),
        ("allowed", 2, "ROOT", "VERB", "VBD", "allow"),
    ]
    rows += [(w, 3 + n, d, p, t, lm) for (w, _, d, p, t, lm) in owner]
    rows += [
        ("envoys", 4 + n + 1, "nsubj", "NOUN", "NNS", "envoy"),
        ("to", 4 + n + 1, "aux", "PART", "TO", "to"),
        ("speak", 2, "ccomp", "VERB", "VB", "speak"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    return rows


def test_letting_another_side_do_something_is_a_concession() -> None:
    egyptian: list[Row] = [("Egyptian", 0, "amod", "ADJ", "JJ", "egyptian")]
    found = events_in(hand_parsed(_allowed(egyptian)))
    assert [(e.cameo, [s.code for s in e.source]) for e in found if e.cameo.startswith("08")] == [("080", ["ISRGOV"])]


def test_letting_ones_own_side_do_something_is_no_concession() -> None:
    israeli: list[Row] = [("Israeli", 0, "amod", "ADJ", "JJ", "israeli")]
    assert not [e for e in events_in(hand_parsed(_allowed(israeli))) if e.cameo.startswith("08")]


def test_what_is_let_happen_with_a_participle_hung_on_the_verb_stays_a_concession() -> None:
    # "Israel allowed rallies facing the border .": the parser hangs the participle on the verb; no one let do
    # something, so the rallies are let happen.
    rows: list[Row] = [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("allowed", 1, "ROOT", "VERB", "VBD", "allow"),
        ("rallies", 3, "nsubj", "NOUN", "NNS", "rally"),
        ("facing", 1, "ccomp", "VERB", "VBG", "face"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("border", 3, "dobj", "NOUN", "NN", "border"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [e[:2] for e in _events(rows) if e[0].startswith("08")] == [("080", ["ISR"])]
