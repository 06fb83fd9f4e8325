"""Rules of the lone actor coder (``telex.code_actor``) that read the phrase as a whole: a title of office names
the sector of the person it precedes, a nation's people are its civilians, and a capital that acts is its
government."""

from __future__ import annotations

import pytest

import telex


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("President Mugabe", "ZWEGOV"),
        ("President Omar Hassan al-Bashir", "SDNGOV"),
        ("Zimbabwean Prime Minister Robert Mugabe", "ZWEGOV"),
        ("Robert Mugabe", "ZWEELI"),  # no title: as the tables code him with no date
        ("former President Mugabe", "ZWEELI"),  # a former office: the elite, as before
        # The title only right before the name, and the name only after it:
        ("Zanu-PF campaign spokesman Robert Mugabe", "ZWEELI"),
        ("President Mugabe’s official schedule", "ZWEELI"),
    ],
)
def test_a_title_of_office_gives_the_sector_with_no_date(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Palestinians", "PSECVL"),
        ("more than 100 Afghans", "AFGCVL"),
        ("Kenyan farmers", "KENAGR"),  # a sector noun heads the phrase: its sector
        ("Afghan", "AFG"),  # an adjective alone names no people
        ("the Russians", "RUS"),  # the nation's side, as news uses it
    ],
)
def test_a_nation_named_by_its_people_is_its_civilians(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "context", "code"),
    [
        ("Washington", "Washington warned Tehran against enriching uranium.", "USAGOV"),
        ("Tehran", "Washington warned Tehran against enriching uranium.", "IRNGOV"),
        ("Nairobi", "Protesters marched in Nairobi on Monday.", "KEN"),  # where, not who
        ("Nairobi", "", "KEN"),  # no context: no telling that it acts
        ("Lagos", "Lagos announced a curfew.", "NGA"),  # a city but no capital
        ("Washington", "Washington (AFP) - The Senate voted on Tuesday.", "USA"),  # a dateline
        ("Jerusalem", "He talked about dividing Jerusalem and Israel.", "ISR"),  # one of a list of places
    ],
)
def test_a_capital_that_acts_is_its_government(phrase: str, context: str, code: str) -> None:
    assert telex.code_actor(phrase, context=context)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        # A titled surname is the bearer who holds a role of the title's sector that day, though the bare name, a given
        # name as often, names nobody and the leader table's only bearer is another state's former minister.
        ("Sen. Graham", "2016-05-01", "USALEG"),
        ("Senator Graham", "2016-05-01", "USALEG"),
        ("Graham", "2016-05-01", None),
        ("Gov. Haley", "2014-05-01", "USAGOV"),
        # Not a given name before a surname, nor a title any body has.
        ("Spokeswoman Haley Morris", "2015-11-16", "GOV"),
    ],
)
def test_a_titled_surname_is_the_bearer_in_a_role_of_that_title(phrase: str, day: str, code: str | None) -> None:
    assert telex.code_actor(phrase, date=day)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        # The opposition's title before a person the tables know only as a later office holder (the elite of one
        # about to take office) says what the person is that day.
        ("opposition leader Ousmane Sonko", "2021-03-05", "SENOPP"),
        ("Senegalese opposition leader Ousmane Sonko", "2021-03-05", "SENOPP"),
        ("opposition leader Ousmane Sonko", "2024-06-05", "SENGOV"),  # in office: the office wins
    ],
)
def test_an_opposition_title_beats_the_elite_of_a_future_office_holder(phrase: str, day: str, code: str) -> None:
    assert telex.code_actor(phrase, date=day)["code"] == code


def test_a_news_outlet_places_a_phrase_only_where_the_context_names_no_place() -> None:
    dateline = "(Reuters) - The mayor met grieving relatives on Thursday and said the United States must act."
    assert telex.code_actor("grieving relatives", context=dateline)["code"] == "USACVL"
    outlet_only = "He barred various news organizations, among them The Washington Post, from his rallies."
    assert telex.code_actor("various news organizations", context=outlet_only)["country"] == "USA"
