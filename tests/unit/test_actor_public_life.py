"""Public life by its tables: politicians and public figures by bare surname on a date (``serving_politician``),
institutions and outlets by kind (``organisations.tsv``), and a name no table knows placed by its context."""

from __future__ import annotations

from datetime import date

import pytest

import telex
from telex.actors.table import actor_table


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("Sanders", "2016-06-09", "USALEG"),  # a senator in office that day
        ("Cruz", "2016-01-26", "USALEG"),  # not Cuba's premier, in office only from 2019
        ("Mr. Sanders", "2016-03-16", "USALEG"),
        ("Kasich", "2016-03-15", "USAGOV"),  # a governor
        ("Gingrich", "2016-06-13", "USAELI"),  # the only bearer, all of whose roles are over: the elite
        ("Hannity", "2016-08-22", "USAMED"),  # a public figure of public_figures.tsv
        ("Obama", "2016-02-01", "USAGOV"),  # a leader in office wins over any politician who bears the name
    ],
)
def test_a_bare_surname_names_the_one_person_in_a_role_that_day(phrase: str, day: str, code: str) -> None:
    assert telex.code_actor(phrase, date=day)["code"] == code


def test_a_bare_surname_names_nobody_with_no_date_or_as_a_given_name() -> None:
    assert telex.code_actor("Sanders")["code"] is None
    assert telex.code_actor("Graham", date="2016-06-01")["code"] != "USALEG"  # as often a first name


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Mr. Ryan", "USALEG"),  # a given name alone ("Ryan"), a surname after an honorific: Speaker Paul Ryan
        ("Ms. Warren", "USALEG"),
        ("Mr. Christie", "USAGOV"),
        ("Ryan", None),  # as often a first name
        ("Mr. Brown", None),  # a common surname two people in a role bear: the honorific does not say which
    ],
)
def test_a_given_name_after_an_honorific_is_the_surname_of_the_one_bearer(phrase: str, code: str | None) -> None:
    assert telex.code_actor(phrase, date="2016-06-09")["code"] == code


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("Martin Baron", "2016-05-12", "USAMED"),  # an editor of one of the largest papers
        ("Colbert", "2016-05-01", "USAMED"),  # a late-night host, the one bearer
        ("Richard Armitage", "2016-08-10", "USAELI"),  # an official of a past administration, out of office
        ("Jared Kushner", "2016-06-01", "USABUS"),  # dated: a developer, then a White House adviser
        ("Jared Kushner", "2017-06-01", "USAGOV"),
        ("Ifill", "2016-09-07", None),  # a host and an advocate both in a role that day: neither
        ("Ifill", "2017-09-07", "USANGO"),
    ],
)
def test_hosts_editors_and_past_officials_are_public_figures(phrase: str, day: str, code: str | None) -> None:
    assert telex.code_actor(phrase, date=day)["code"] == code


def test_a_surname_two_serving_people_bear_names_neither() -> None:
    # Senator Sherrod Brown and Governor Jerry Brown both held office in 2016.
    assert actor_table().serving_politician("Brown", date(2016, 6, 1)) is None
    assert actor_table().serving_politician("Sanders", date(2016, 6, 1)) is not None


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("The Philippine Star", "PHLMED"),  # an outlet, not its country
        ("Senate Judiciary Committee", "USALEG"),
        ("the Heritage Foundation", "USANGO"),
        ("Columbia University", "USAEDU"),
        ("Breitbart News", "USAMED"),
        ("the Ninth Circuit", "USAJUD"),
        ("NYPD", "USACOP"),
    ],
)
def test_institutions_and_outlets_by_kind(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2016-05-01")["code"] == code


def test_an_outlet_whose_name_is_a_common_word_is_not_read_alone() -> None:
    assert telex.code_actor("Anita Hill", date="2016-05-01")["sector"] != "MED"
    assert telex.code_actor("Australian")["code"] == "AUS"


def test_a_name_no_table_knows_takes_the_country_its_context_names() -> None:
    context = "Marguerite Okafor said the floods in Lagos had cut the road to the port twice this year."
    coded = telex.code_actor("Marguerite Okafor", date="2019-05-01", context=context)
    assert (coded["country"], coded["sector"]) == ("NGA", None)


def test_a_pronoun_is_no_name_to_place() -> None:
    assert telex.code_actor("He", context="He said the floods in Lagos had cut the road.")["code"] is None


def test_a_body_of_a_state_named_after_it() -> None:
    context = "The government of Costa Rica agreed to shelter the families for six months."
    assert telex.code_actor("The government", context=context)["code"] == "CRIGOV"


def test_a_year_or_a_month_stands_for_its_middle_day() -> None:
    assert telex.code_actor("Obama", date="2016")["code"] == "USAGOV"
    assert telex.code_actor("Obama", date="2017-02")["code"] == "USAELI"
