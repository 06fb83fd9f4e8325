"""Who does what an event's complement says, and what a recipient is given, on hand-built parses (no model)."""

from __future__ import annotations

from telex.records import Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _events(rows: list[Row]) -> list[Event]:
    return events_in(hand_parsed(rows))


def _coded(events: list[Event]) -> list[tuple[str, list[str | None], list[str | None], str]]:
    return [(e.cameo, [a.country for a in e.source], [a.country for a in e.target], e.modality) for e in events]


# "Washington accused Pyongyang of supplying Russia with shells ."
ACCUSED: list[Row] = [
    ("Washington", 1, "nsubj", "PROPN", "NNP", "Washington"),
    ("accused", 1, "ROOT", "VERB", "VBD", "accuse"),
    ("Pyongyang", 1, "dobj", "PROPN", "NNP", "Pyongyang"),
    ("of", 1, "prep", "ADP", "IN", "of"),
    ("supplying", 3, "pcomp", "VERB", "VBG", "supply"),
    ("Russia", 4, "dobj", "PROPN", "NNP", "Russia"),
    ("with", 4, "prep", "ADP", "IN", "with"),
    ("shells", 6, "pobj", "NOUN", "NNS", "shell"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_the_accused_does_what_they_are_accused_of_and_the_recipient_is_the_target() -> None:
    events = _events(ACCUSED)
    assert len(events) == 2
    assert _coded(events) == [("112", ["USA"], ["PRK"], "asserted"), ("072", ["PRK"], ["RUS"], "alleged")]


def test_what_a_recipient_is_given_comes_after_with() -> None:
    # "Pyongyang supplied Russia with shells .": arms, so 072, not the 071 of aid in general.
    rows: list[Row] = [
        ("Pyongyang", 1, "nsubj", "PROPN", "NNP", "Pyongyang"),
        ("supplied", 1, "ROOT", "VERB", "VBD", "supply"),
        ("Russia", 1, "dobj", "PROPN", "NNP", "Russia"),
        ("with", 1, "prep", "ADP", "IN", "with"),
        ("shells", 3, "pobj", "NOUN", "NNS", "shell"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_events(rows)) == [("072", ["PRK"], ["RUS"], "asserted")]


def test_a_thing_as_the_object_does_not_do_the_complement() -> None:
    # "Russia used drones to attack Ukraine .": Russia attacks, not the drones.
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("used", 1, "ROOT", "VERB", "VBD", "use"),
        ("drones", 1, "dobj", "NOUN", "NNS", "drone"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("attack", 1, "xcomp", "VERB", "VB", "attack"),
        ("Ukraine", 4, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    [event] = [e for e in _events(rows) if e.cameo.startswith("19")]
    assert ([a.country for a in event.source], [a.country for a in event.target]) == (["RUS"], ["UKR"])


def test_a_place_named_for_a_country_is_no_target() -> None:
    # "China deployed warships to the Sea of Japan .": a sea, not Japan.
    rows: list[Row] = [
        ("China", 1, "nsubj", "PROPN", "NNP", "China"),
        ("deployed", 1, "ROOT", "VERB", "VBD", "deploy"),
        ("warships", 1, "dobj", "NOUN", "NNS", "warship"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("Sea", 3, "pobj", "PROPN", "NNP", "Sea"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("Japan", 6, "pobj", "PROPN", "NNP", "Japan"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    [event] = _events(rows)
    assert event.cameo_root == "15" and [a.country for a in event.source] == ["CHN"] and event.target == ()


def test_who_receives_aid_is_its_target_and_who_gives_it_the_source() -> None:
    # "Ukraine received weapons from Germany ."
    rows: list[Row] = [
        ("Ukraine", 1, "nsubj", "PROPN", "NNP", "Ukraine"),
        ("received", 1, "ROOT", "VERB", "VBD", "receive"),
        ("weapons", 1, "dobj", "NOUN", "NNS", "weapon"),
        ("from", 1, "prep", "ADP", "IN", "from"),
        ("Germany", 3, "pobj", "PROPN", "NNP", "Germany"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_events(rows)) == [("072", ["DEU"], ["UKR"], "asserted")]
    # With no giver named, the receiver is still no giver.
    unnamed = [(w, h - (h > 3) * 2, d, p, t, lem) for i, (w, h, d, p, t, lem) in enumerate(rows) if i not in (3, 4)]
    assert _coded(_events(unnamed)) == [("072", [], ["UKR"], "asserted")]
