"""States and provinces whose names hold a country's name or demonym are their own country's, and a state after a
town's comma settles the town's country; countries whose names hold another's stay themselves."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc, Span

import telex
from telex.entities.extract import extract_entities
from telex.entity_index import EntityIndex
from telex.events.extract import extract_events
from telex.records import Entity
from tests.unit.fixtures import hand_parsed

MAY_2016 = date(2016, 5, 1)

REGIONS = [
    ("New Mexico", "USA", None),
    ("New England delegates", "USA", "LEG"),
    ("Sen. Maria Ortiz (D-N.M.)", "USA", "LEG"),
    ("a congressman of New Mexico", "USA", "LEG"),
    ("British Columbia", "CAN", None),
    ("the British Columbia premier", "CAN", "GOV"),
    ("New South Wales police", "AUS", "COP"),
    ("Western Australia", "AUS", None),
    ("Northern Ireland police", "GBR", "COP"),
    ("Baja California fishermen", "MEX", "AGR"),
    ("police in San Jose, Calif.", "USA", "COP"),
    ("Laconia, N.H.", "USA", None),
    ("students in Perth, Western Australia", "AUS", "EDU"),
]

COUNTRIES = [
    ("Papua New Guinea", "PNG"),
    ("Guinea-Bissau", "GNB"),
    ("Equatorial Guinea", "GNQ"),
    ("South Sudan", "SSD"),
    ("North Korea", "PRK"),
    ("New Zealand", "NZL"),
    ("Mexico", "MEX"),
    ("British lawmakers", "GBR"),
    ("New Iran sanctions bill", "IRN"),
    ("San Jose", "CRI"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), REGIONS)
def test_a_region_is_its_own_country_s(phrase: str, country: str, sector: str | None) -> None:
    coded = telex.code_actor(phrase, "2016-05-01")
    assert (coded["country"], coded["sector"]) == (country, sector)


@pytest.mark.parametrize(("phrase", "country"), COUNTRIES)
def test_a_country_whose_name_holds_another_stays_itself(phrase: str, country: str) -> None:
    assert telex.code_actor(phrase, "2016-05-01")["country"] == country


def _town_and_state(town: str, state: str) -> Doc:
    # "Protesters gathered in <town> , <state> ." with both tagged as places.
    doc = hand_parsed(
        [
            ("Protesters", 1, "nsubj", "NOUN", "NNS", "protester"),
            ("gathered", 1, "ROOT", "VERB", "VBD", "gather"),
            ("in", 1, "prep", "ADP", "IN", "in"),
            (town, 2, "pobj", "PROPN", "NNP", town),
            (",", 3, "punct", "PUNCT", ",", ","),
            (state, 3, "appos", "PROPN", "NNP", state),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    doc.ents = [Span(doc, 3, 4, "GPE"), Span(doc, 5, 6, "GPE")]
    return doc


def test_the_state_after_a_town_settles_the_town_s_country() -> None:
    town, state = extract_entities(_town_and_state("Laconia", "N.H."), MAY_2016)
    assert (town.name, town.country) == ("Laconia", "USA") and state.country == "USA"


def test_a_country_before_a_state_written_in_full_is_a_list_not_a_town() -> None:
    # "in Mexico, California ..." names two places; "in Mexico, Mo." one town, as only a town takes the abbreviation.
    country, state = extract_entities(_town_and_state("Mexico", "California"), MAY_2016)
    assert country.country == "MEX" and state.country == "USA"
    town, _ = extract_entities(_town_and_state("Mexico", "Mo."), MAY_2016)
    assert town.country == "USA"


def test_a_legislator_s_state_tag_is_no_actor_in_their_place() -> None:
    # "Sen. Ana Reyes ( D - N.M. ) criticized the plan .": the senator criticizes, not New Mexico.
    doc = hand_parsed(
        [
            ("Sen.", 2, "compound", "PROPN", "NNP", "Sen."),
            ("Ana", 2, "compound", "PROPN", "NNP", "Ana"),
            ("Reyes", 8, "nsubj", "PROPN", "NNP", "Reyes"),
            ("(", 2, "punct", "PUNCT", "-LRB-", "("),
            ("D", 6, "compound", "PROPN", "NNP", "D"),
            ("-", 6, "punct", "PUNCT", "HYPH", "-"),
            ("N.M.", 2, "appos", "PROPN", "NNP", "N.M."),
            (")", 2, "punct", "PUNCT", "-RRB-", ")"),
            ("criticized", 8, "ROOT", "VERB", "VBD", "criticize"),
            ("the", 10, "det", "DET", "DT", "the"),
            ("plan", 8, "dobj", "NOUN", "NN", "plan"),
            (".", 8, "punct", "PUNCT", ".", "."),
        ],
        joined=frozenset({3, 4, 5, 6}),
    )
    reyes = Entity("E1", "Ana Reyes", "PERSON", ((doc[1].idx, doc[2].idx + 5),), "USALEG", "USA", "LEG")
    (event,) = extract_events(doc, EntityIndex((reyes,)), (), MAY_2016)
    assert [(a.name, a.code) for a in event.source] == [("Ana Reyes", "USALEG")]
