"""Stances stated with an adjective and its preposition ("has been critical of", "is supportive of") and a person
defended in words, on hand-built parses."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.events.extract import extract_events
from telex.records import Entity
from tests.unit.fixtures import Row, events_in, hand_parsed


def _coded(rows: list[Row]) -> list[tuple[str, list[str | None], list[str | None]]]:
    events = events_in(hand_parsed(rows))
    return [(e.cameo, [a.country for a in e.source], [a.country for a in e.target]) for e in events]


def _stance(adjective: str, prep: str, negated: bool = False, owned: bool = False) -> list[Row]:
    """ "Poland has been (not) <adjective> <prep> Hungary('s policy) ."."""
    rows: list[Row] = [
        ("Poland", 2, "nsubj", "PROPN", "NNP", "Poland"),
        ("has", 2, "aux", "AUX", "VBZ", "have"),
        ("been", 2, "ROOT", "AUX", "VBN", "be"),
    ]
    if negated:
        rows.append(("not", 2, "neg", "PART", "RB", "not"))
    at = len(rows)
    rows += [(adjective, 2, "acomp", "ADJ", "JJ", adjective), (prep, at, "prep", "ADP", "IN", prep)]
    if owned:
        rows += [
            ("Hungary", at + 4, "poss", "PROPN", "NNP", "Hungary"),
            ("'s", at + 2, "case", "PART", "POS", "'s"),
            ("policy", at + 1, "pobj", "NOUN", "NN", "policy"),
        ]
    else:
        rows.append(("Hungary", at + 1, "pobj", "PROPN", "NNP", "Hungary"))
    return [*rows, (".", 2, "punct", "PUNCT", ".", ".")]


def test_an_adjective_of_stance_against_someone_disapproves_of_them() -> None:
    assert _coded(_stance("critical", "of")) == [("111", ["POL"], ["HUN"])]
    assert _coded(_stance("disappointed", "in")) == [("111", ["POL"], ["HUN"])]
    # "critical of Hungary's policy": the owner of what is criticised.
    assert _coded(_stance("critical", "of", owned=True)) == [("111", ["POL"], ["HUN"])]


def test_an_adjective_of_stance_for_someone_backs_them() -> None:
    assert _coded(_stance("supportive", "of")) == [("051", ["POL"], ["HUN"])]


def test_a_stance_needs_its_own_preposition_and_is_no_stance_denied() -> None:
    # "critical to Hungary" (vital), "is not critical of Hungary"
    assert _coded(_stance("critical", "to")) == []
    assert _coded(_stance("critical", "of", negated=True)) == []


def test_a_stance_in_a_relative_clause_describes_whom_it_hangs_off() -> None:
    # "Poland , which is critical of Hungary , spoke ."
    rows: list[Row] = [
        ("Poland", 7, "nsubj", "PROPN", "NNP", "Poland"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("which", 3, "nsubj", "PRON", "WDT", "which"),
        ("is", 0, "relcl", "AUX", "VBZ", "be"),
        ("critical", 3, "acomp", "ADJ", "JJ", "critical"),
        ("of", 4, "prep", "ADP", "IN", "of"),
        ("Hungary", 5, "pobj", "PROPN", "NNP", "Hungary"),
        ("spoke", 7, "ROOT", "VERB", "VBD", "speak"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    assert [code for code, _, _ in _coded(rows)] == []


def _defended(obj: Row, person: bool) -> list[tuple[str, list[str | None], list[str | None]]]:
    """The events of "Poland defended <obj> .", ``obj`` a person named (Jan Nowak, POLGOV) or not."""
    rows: list[Row] = [
        ("Poland", 1, "nsubj", "PROPN", "NNP", "Poland"),
        ("defended", 1, "ROOT", "VERB", "VBD", "defend"),
        obj,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, people=frozenset({2}) if person else frozenset(), places=frozenset() if person else {2})
    name = doc[2]
    nowak = Entity("E1", "Jan Nowak", "PERSON", ((name.idx, name.idx + len(name)),), "POLGOV", "POL", "GOV")
    events = extract_events(doc, EntityIndex([nowak] if person else []), (), None)
    return [(e.cameo, [a.country for a in e.source], [a.code for a in e.target]) for e in events]


def test_a_person_defended_is_defended_in_words_and_a_place_is_not() -> None:
    assert _defended(("Nowak", 1, "dobj", "PROPN", "NNP", "Nowak"), person=True) == [("052", ["POL"], ["POLGOV"])]
    assert _defended(("Warsaw", 1, "dobj", "PROPN", "NNP", "Warsaw"), person=False) == []
