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
