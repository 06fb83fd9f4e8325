"""Actors of world news placed and named by general rules: towns and districts of world news (``towns.tsv``), a town
after a common noun's "of", peoples within a state (``countries.tsv`` ``peoples``), a people named after the state it
lives in, a title of government beside a name, a government named by its head, a capitalised adjective before a party's
word, and a description after a name's comma."""

from __future__ import annotations

import pytest

import telex
from telex.actors.table import actor_table


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("residents of Mariupol", "2022-03-20", "UKRCVL"),
        ("police in Culiacán", "2020-01-10", "MEXCOP"),
        ("Sittwe", "2024-02-01", "MMR"),  # a town alone is a place of its state, not the state's government
        ("gunmen in Bamenda", "2019-05-02", "CMRUAF"),
    ],
)
def test_a_town_of_world_news_is_a_place_of_its_state(phrase: str, day: str, code: str) -> None:
    assert telex.code_actor(phrase, date=day)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "context", "code"),
    [
        ("Atlantic City officials", "", "USAGOV"),
        ("a Flint resident", "", "USACVL"),
        ("Baltimore police", "", "USACOP"),
        ("Sara Walker", "said Sara Walker, 44, a home-care aide from Nashua who attended the rally.", "USA"),
        ("Jill Colvin", "Associated Press writer Jill Colvin contributed from Albuquerque.", "USA"),
    ],
)
def test_a_city_of_american_news_places_whom_it_names(phrase: str, context: str, code: str) -> None:
    # State capitals, cities of over about 100,000 people and towns of primaries and crises (towns.tsv): a person no
    # table knows, whom the sentence places there, is American.
    assert telex.code_actor(phrase, date="2016-03-01", context=context)["code"] == code


def test_a_town_is_a_place_and_never_the_state_itself() -> None:
    table = actor_table()
    assert table.is_place("Bucha") and "bucha" in table.towns
    assert not table.is_state(table.names["bucha"])


def test_a_town_after_the_of_of_a_common_noun_is_the_town_not_a_surname() -> None:
    # "Lagos" is also the surname of a Chilean president: after "residents of" it is the Nigerian city.
    assert telex.code_actor("residents of Lagos", date="2018-03-01")["code"] == "NGACVL"
    assert telex.code_actor("President Lagos of Chile", date="2004-03-01")["code"] == "CHLGOV"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the Rohingya", "MMRCVL"),  # a people within a state is its civilians, even after "the"
        ("hundreds of Yazidis", "IRQCVL"),
        ("the Tibetans", "CHNCVL"),
        ("the Russians", "RUS"),  # the state's own nation after "the" is the state's side
        ("Baloch insurgents", "PAKREB"),
    ],
)
def test_a_people_within_a_state_is_its_civilians(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2019-06-01")["code"] == code


def test_a_people_after_the_name_of_the_state_it_lives_in_is_that_states() -> None:
    assert telex.code_actor("Kosovo Serbs", date="2022-12-01")["code"] == "XKXCVL"
    assert telex.code_actor("Kosovo Albanian leaders", date="2008-01-01")["country"] == "XKX"
    # A demonym before a people is the people's own, as written: Turkish Cypriots live in Cyprus.
    assert telex.code_actor("Turkish Cypriots", date="2010-01-01")["code"] == "CYPCVL"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Egyptian mediators", "EGYGOV"),
        ("Nigerian schoolgirls", "NGAEDU"),
        ("a Chilean labour union", "CHLLAB"),
    ],
)
def test_sector_nouns_of_world_news(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2021-01-01")["code"] == code


def test_a_title_of_government_beats_a_party_role_of_the_tables() -> None:
    # politicians.tsv gives Amit Shah the party's presidency; the title written that day says he is a minister.
    assert telex.code_actor("Home Minister Amit Shah", date="2021-02-01")["code"] == "INDGOV"
    assert telex.code_actor("the Taliban's interior minister Sirajuddin Haqqani", date="2022-05-18")["code"] == "AFGGOV"
    # A leader is as often a movement's as a government's: the movement's role stays.
    assert telex.code_actor("Hezbollah leader Hassan Nasrallah", date="2020-08-07")["code"] == "LBNREB"


def test_a_full_name_after_a_title_beats_a_surname_after_it() -> None:
    # "leader Hassan" is no King Hassan of Morocco by his name after a title: "Hassan Nasrallah" is one name.
    assert telex.code_actor("Hezbollah's leader Hassan Nasrallah", date="2020-08-07")["country"] == "LBN"


def test_a_government_named_by_its_head_is_the_government() -> None:
    assert telex.code_actor("the Bush administration", date="2016-04-01")["code"] == "USAGOV"
    assert telex.code_actor("the Netanyahu government", date="2016-04-01")["code"] == "ISRGOV"
    assert telex.code_actor("Bush", date="2016-04-01")["code"] != "USAGOV"


def test_a_capitalised_adjective_before_a_party_is_no_surname() -> None:
    # "Key" is the surname of a New Zealand prime minister in office in 2016.
    assert telex.code_actor("Key Republican senators", date="2016-05-23")["code"] == "USALEG"
    assert telex.code_actor("Key", date="2016-05-23")["country"] == "NZL"


def test_a_word_in_capitals_is_no_bare_surname() -> None:
    assert telex.code_actor("FICO", date="2016-07-11")["code"] is None  # a firm's abbreviation, not Robert Fico
    assert telex.code_actor("Fico", date="2016-07-11")["code"] == "SVKGOV"


def test_a_clause_after_a_names_comma_does_not_describe_the_person() -> None:
    context = "Okonkwo, 61, told Reuters in Lagos on Monday that the strike would go on."
    assert telex.code_actor("Okonkwo", date="2019-01-01", context=context)["country"] == "NGA"
    context = "Adaeze Okafor, a Nigerian senator, said the strike would go on."
    assert telex.code_actor("Adaeze Okafor", date="2019-01-01", context=context)["code"] == "NGALEG"


def test_a_candidates_campaign_is_the_partys() -> None:
    assert telex.code_actor("the Clinton campaign", date="2016-06-08")["code"] == "USAPTY"
    assert telex.code_actor("Sanders’ campaign", date="2016-06-08")["code"] == "USAPTY"
    assert telex.code_actor("Obama's administration", date="2016-04-01")["code"] == "USAGOV"


def test_a_family_name_opening_with_a_particle_names_its_one_bearer() -> None:
    # public_figures.tsv knows Bill de Blasio, mayor of New York: "De Blasio" alone, as a sentence opens with it, is he.
    assert telex.code_actor("De Blasio", date="2015-11-20")["code"] == "USAGOV"
    assert telex.code_actor("De Blasio", date="2023-01-10")["code"] == "USAELI"  # his term over
