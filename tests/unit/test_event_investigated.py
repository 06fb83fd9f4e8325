"""A person compounded onto an investigation noun is whom it looks into; a city, what it is about."""

from __future__ import annotations

from spacy.tokens import Span

from tests.unit.fixtures import Row, events_in, hand_parsed


def _closes_door_on(name: str) -> list[Row]:
    """ "Lynch closed the door on the NAME probe ." """
    return [
        ("Lynch", 1, "nsubj", "PROPN", "NNP", "Lynch"),
        ("closed", 1, "ROOT", "VERB", "VBD", "close"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("door", 1, "dobj", "NOUN", "NN", "door"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("the", 7, "det", "DET", "DT", "the"),
        (name, 7, "compound", "PROPN", "NNP", name),
        ("probe", 4, "pobj", "NOUN", "NN", "probe"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def _probes(doc_rows: list[Row], label: str) -> list[tuple[list[str], list[str]]]:
    doc = hand_parsed(doc_rows)
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 6, 7, label=label)]
    return [([s.text for s in e.source], [t.text for t in e.target]) for e in events_in(doc) if e.cameo_root == "09"]


def test_a_person_compounded_on_a_probe_is_looked_into_not_its_leader() -> None:
    assert _probes(_closes_door_on("Clinton"), "PERSON") == [([], ["Clinton"])]


def test_a_body_compounded_on_a_probe_still_leads_it() -> None:
    assert _probes(_closes_door_on("FBI"), "ORG") == [(["FBI"], [])]


def test_a_city_compounded_on_a_hearing_is_what_it_is_about_not_who_holds_it() -> None:
    # "Lynch closed the door on the Benghazi probe ." names no one who holds it: no event, not Libya's probe
    assert _probes(_closes_door_on("Benghazi"), "GPE") == []
