"""Where an unplaced actor acts, on hand-built parses (no model): the one country of the clause's "in" phrases,
not one of several coordinated places, nor a place an apposition describes someone by."""

from __future__ import annotations

from telex.records import Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _police_in(places: list[Row]) -> list[Row]:
    """ "Police arrested protesters in <places> ." (``places`` start at index 4, heads count from the start)."""
    return [
        ("Police", 1, "nsubj", "NOUN", "NNS", "police"),
        ("arrested", 1, "ROOT", "VERB", "VBD", "arrest"),
        ("protesters", 1, "dobj", "NOUN", "NNS", "protester"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        *places,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def _sources(events: list[Event]) -> set[str | None]:
    return {a.code for e in events for a in e.source}


def test_police_act_in_the_one_country_their_clause_names() -> None:
    kenya = [("Kenya", 3, "pobj", "PROPN", "NNP", "Kenya")]
    assert "KENCOP" in _sources(events_in(hand_parsed(_police_in(kenya))))


def test_places_coordinated_in_one_phrase_are_several_countries() -> None:
    both = [
        ("Kenya", 3, "pobj", "PROPN", "NNP", "Kenya"),
        ("and", 4, "cc", "CCONJ", "CC", "and"),
        ("Uganda", 4, "conj", "PROPN", "NNP", "Uganda"),
    ]
    assert not {"KENCOP", "UGACOP"} & _sources(events_in(hand_parsed(_police_in(both))))


def test_a_place_of_an_apposition_describes_the_person_not_where_the_clause_acts() -> None:
    # "Lee , a general in Iraq , was sentenced by a judge .": the judge is not Iraq's.
    rows: list[Row] = [
        ("Lee", 8, "nsubjpass", "PROPN", "NNP", "Lee"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("a", 3, "det", "DET", "DT", "a"),
        ("general", 0, "appos", "NOUN", "NN", "general"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("Iraq", 4, "pobj", "PROPN", "NNP", "Iraq"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("was", 8, "auxpass", "AUX", "VBD", "be"),
        ("sentenced", 8, "ROOT", "VERB", "VBN", "sentence"),
        ("by", 8, "agent", "ADP", "IN", "by"),
        ("a", 11, "det", "DET", "DT", "a"),
        ("judge", 9, "pobj", "NOUN", "NN", "judge"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ]
    events = events_in(hand_parsed(rows))
    assert "IRQJUD" not in _sources(events)


def test_a_clause_inside_an_apposition_still_acts_in_its_own_place() -> None:
    # "Lee , a general whom police arrested in Kenya , spoke .": the apposition holds the clause, not its place.
    rows: list[Row] = [
        ("Lee", 10, "nsubj", "PROPN", "NNP", "Lee"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("a", 3, "det", "DET", "DT", "a"),
        ("general", 0, "appos", "NOUN", "NN", "general"),
        ("whom", 6, "dobj", "PRON", "WP", "whom"),
        ("police", 6, "nsubj", "NOUN", "NNS", "police"),
        ("arrested", 3, "relcl", "VERB", "VBD", "arrest"),
        ("in", 6, "prep", "ADP", "IN", "in"),
        ("Kenya", 7, "pobj", "PROPN", "NNP", "Kenya"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("spoke", 10, "ROOT", "VERB", "VBD", "speak"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    assert "KENCOP" in _sources(events_in(hand_parsed(rows)))
