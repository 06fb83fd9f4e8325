"""Actors placed by a possessive before them in their sentence ("Malawi's police"), the leaders of a body of states
(``GOV``), a candidate's campaign staff (``PTY``), a party's members in a chamber (``LEG``), a surname beside a particle
name ("Maher al-Assad"), and sector nouns and bodies of general English and of the US press."""

from __future__ import annotations

from datetime import date

import pytest

import telex
from telex.actors.coder import owned_in_context


def test_a_state_owning_the_phrase_in_its_sentence_places_it() -> None:
    # Two states named once each: the count of the sentence ties, the possessive right before the phrase does not.
    context = "Malawi's police fired tear gas at marchers heading for the Zambian border."
    assert telex.code_actor("police", date="2021-03-02", context=context)["code"] == "MWICOP"
    assert owned_in_context("marchers", context, date(2021, 3, 2)) is None  # no possessive before it


def test_a_persons_possessive_places_nobody() -> None:
    assert owned_in_context("aides", "Putin's aides met the visitors.", date(2021, 3, 2)) is None
    assert owned_in_context("lawmakers", "Zambia's lawmakers walked out.", date(2021, 3, 2)) == "ZMB"


@pytest.mark.parametrize(
    ("phrase", "code", "sector"),
    [
        ("ECOWAS leaders", "IGOWAFECW", "GOV"),  # the leaders of a body of states are their heads of government
        ("African Union leaders", "IGOAFRAFU", "GOV"),
        ("Hamas leaders", "PSEREB", "REB"),  # an armed group's leaders stay its own
        ("Asian leaders", "ASA", None),  # a region is no body of states
    ],
)
def test_the_leaders_of_a_body_of_states_are_its_governments(phrase: str, code: str, sector: str | None) -> None:
    coded = telex.code_actor(phrase, date="2022-05-01")
    assert (coded["code"], coded["sector"]) == (code, sector)


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Trump campaign aides", "USAPTY"),  # the staff of a candidate's campaign, not the candidate's own role
        ("the Clinton campaign manager", "USAPTY"),
        ("the Bush administration", "USAGOV"),  # a government named by its head stays
        ("campaign staffers", "PTY"),
    ],
)
def test_a_candidates_campaign_staff_is_the_party(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2016-03-01")["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Fiji's defence force", "FJIMIL"),
        ("billionaires", "BUS"),
        ("billionaire Donald Trump", "USAELI"),  # as "Donald Trump" alone: a word before a name says no sector
        ("opposition candidates", "OPP"),  # the opposition, as "opposition leader"
        ("the candidate", None),  # one person the article names: coreference, not a sector, says who
        ("the top candidates", "PTY"),
        ("a grand jury", "JUD"),
        ("the town council", "GOV"),
        ("candidate countries", None),  # "candidate" heads nothing here
        ("Motorola", "USABUS"),  # a firm, not the outlet the Phoenix dictionaries make it
        ("the Union Leader", "USAMED"),  # a newspaper, not a leader
        ("the Boston Herald", "USAMED"),
    ],
)
def test_sector_nouns_and_bodies(phrase: str, code: str | None) -> None:
    assert telex.code_actor(phrase, date="2016-03-01")["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("House Democrats", "USALEG"),  # a chamber before a party's name: its members who sit there
        ("congressional Republicans", "USALEG"),
        ("parliamentary Labour", "GBRLEG"),
        ("White House Democrats", "USAPTY"),  # the seat of government is no chamber
        ("Republicans", "USAPTY"),
    ],
)
def test_a_chamber_before_a_party_makes_its_members_legislators(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2016-03-01")["code"] == code


def test_a_surname_beside_a_particle_name_is_part_of_another_name() -> None:
    # "al-Assad" is a capitalised name word as "Assad" is: "Maher" beside it is a given name, not Egypt's Ahmed Maher.
    assert telex.code_actor("Maher al-Assad", date="2016-05-27")["country"] is None
    assert telex.code_actor("Maher", date="2003-05-27")["code"] == "EGYGOV"  # alone, in office that day
