"""Events whose actor is a definite description the article's coreference resolves ("the regime", "the two
countries"), on hand-built parses (no model)."""

from __future__ import annotations

from spacy.tokens import Doc

from telex.entity_index import EntityIndex
from telex.events.extract import extract_events
from telex.records import Entity
from tests.unit.fixtures import Row, hand_parsed


def _states(doc: Doc, named: dict[str, tuple[str, int]]) -> EntityIndex:
    """One state entity a name, coded ``code``, mentioned at one token."""
    return EntityIndex(
        Entity(f"E{n}", name, "GPE", ((doc[i].idx, doc[i].idx + len(doc[i])),), code, code)
        for n, (name, (code, i)) in enumerate(named.items(), start=1)
    )


def _coded(doc: Doc, entities: EntityIndex) -> list[tuple[str, list[str | None], list[str | None]]]:
    events = extract_events(doc, entities, (), None)
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events]


def test_the_regime_is_the_government_of_the_state_named_before() -> None:
    # "Syria shelled Homs . France condemned the regime ."
    rows: list[Row] = [
        ("Syria", 1, "nsubj", "PROPN", "NNP", "Syria"),
        ("shelled", 1, "ROOT", "VERB", "VBD", "shell"),
        ("Homs", 1, "dobj", "PROPN", "NNP", "Homs"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("France", 5, "nsubj", "PROPN", "NNP", "France"),
        ("condemned", 5, "ROOT", "VERB", "VBD", "condemn"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("regime", 5, "dobj", "NOUN", "NN", "regime"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    events = _coded(doc, _states(doc, {"Syria": ("SYR", 0), "Homs": ("SYR", 2), "France": ("FRA", 4)}))
    assert ("111", ["FRA"], ["SYRGOV"]) in events


def test_the_two_countries_are_both_doers() -> None:
    # "Russia met China . The two countries condemned Japan ."
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("China", 1, "dobj", "PROPN", "NNP", "China"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("The", 6, "det", "DET", "DT", "the"),
        ("two", 6, "nummod", "NUM", "CD", "two"),
        ("countries", 7, "nsubj", "NOUN", "NNS", "country"),
        ("condemned", 7, "ROOT", "VERB", "VBD", "condemn"),
        ("Japan", 7, "dobj", "PROPN", "NNP", "Japan"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    events = _coded(doc, _states(doc, {"Russia": ("RUS", 0), "China": ("CHN", 2), "Japan": ("JPN", 8)}))
    assert ("111", ["RUS", "CHN"], ["JPN"]) in events
