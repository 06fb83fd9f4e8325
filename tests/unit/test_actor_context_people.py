"""Phrases coded by what their sentence says of them: the people named beside a person no table knows, an armed
group's own place, names in the sentence that name no state; and the dated people of the tables (plain values, no
model)."""

from __future__ import annotations

from datetime import date

import pytest

from telex.actors.coder import code_actor, context_country, words_of
from telex.actors.names import find_names


def test_a_person_no_table_knows_takes_the_country_of_the_people_named_beside_them() -> None:
    context = "Giulini also questioned the idea that Clinton had shown no criminal intent."
    assert code_actor("Giulini", "2016-07-05", context)["code"] == "USA"
    assert code_actor("Giulini", "2016-07-05", "Giulini also questioned the idea.")["code"] is None


@pytest.mark.parametrize(
    ("phrase", "context"),
    [
        # A surname that people of two countries bear in office that day: a British foreign secretary, an American
        # senator and candidate.
        ("Crane", '"They are not as ideological as I would prefer," Crane said of Johnson and Weld.'),
        # A surname that is a given name as often: no Haitian premier.
        ("David Waters", "David Waters responded to Henry's tweet."),
    ],
)
def test_people_a_surname_does_not_place_give_no_country(phrase: str, context: str) -> None:
    assert code_actor(phrase, "2016-08-28", context)["code"] is None


def test_an_armed_group_takes_no_country_from_the_people_who_speak_of_it() -> None:
    context = "Donald Trump said Wednesday night that he doesn't necessarily want to kill the families of terrorists."
    assert code_actor("terrorists", "2016-05-01", context)["code"] == "REB"
    # The state the sentence names, or the place it puts them in, still says whose they are; people count for others.
    context = "The Mozambique government on Thursday accepted demands from Shona rebels."
    assert code_actor("Shona rebels", None, context)["code"] == "MOZREB"
    assert code_actor("rebel fighters", "2016-01-05", "Obama sent forces to help rebel fighters in Syria.")["code"] == (
        "SYRREB"
    )
    assert code_actor("protesters", "2016-05-01", "Donald Trump said protesters were paid.")["code"] == "USAOPP"


def test_a_demonym_that_is_a_persons_surname_names_no_state_in_the_context() -> None:
    on = date(2016, 3, 1)
    assert context_country("said Amy French of the National Retail Federation.", on) is None
    assert context_country("said a French official of the federation.", on) == "FRA"


def test_a_word_of_grammar_of_two_letters_is_no_bare_surname() -> None:
    # "To publicly endorse ...": no To Lam of Vietnam; "May" stays Theresa May.
    assert find_names(words_of("To publicly endorse the crimes of the regime is punished."), date(2016, 3, 1)) == []
    assert code_actor("the government", "2016-03-01", "To publicly endorse it, the government said.")["code"] == "GOV"
    assert code_actor("May", "2017-06-01", "May said the deal was done.")["code"] == "GBRGOV"


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("Le Pen", "2016-02-20", "FRAPTY"),  # a family name with a particle borne by a family of one country
        ("Robert E. Rubin", "1996-05-01", "USAGOV"),  # cabinet members before 2001
        ("Robert E. Rubin", "2016-01-07", "USAELI"),
        ("Attorney General Reno", "1995-01-01", "USAJUD"),
        ("Secretary Cohen", "1998-01-01", "USAMIL"),
        ("Paul Krugman", "2015-11-17", "USAMED"),  # columnists
        ("Mr. Begala", "2016-01-29", "USAMED"),
    ],
)
def test_dated_people_of_the_tables(phrase: str, day: str, code: str) -> None:
    assert code_actor(phrase, day)["code"] == code


def test_a_given_name_after_an_officials_title_is_no_surname_of_the_official() -> None:
    context = "Philippine Presidential Communications Office Secretary Martin Andanar released a statement."
    assert code_actor("Martin Andanar", "2016-08-07", context)["code"] == "PHL"
