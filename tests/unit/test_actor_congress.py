"""Members of the US Congress, governors and mayors by their terms (``public_figures.tsv``), and a place's name after a
person's honorific read as a surname (``names._honoured_place``). No model is loaded."""

from __future__ import annotations

import pytest

import telex


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("Mazie Hirono", "2016-03-23", "USALEG"),
        ("Joseph J. Heck", "2016-06-01", "USALEG"),  # a middle initial and an alias
        ("Patrick J. Tiberi", "2016-06-01", "USALEG"),
        ("Robert P. Casey", "2016-06-01", "USALEG"),  # an alias of a senator the table knew
        ("Greg Stanton", "2016-03-01", "USAGOV"),  # mayor of Phoenix
        ("Greg Stanton", "2020-03-01", "USALEG"),  # then a representative: the date decides
        ("Gabby Giffords", "2016-03-01", "USAELI"),  # her term is over
        ("Valerie Jarrett", "2016-06-04", "USAGOV"),
        ("Steve Israel", "2016-02-01", "USALEG"),  # a full name beats the state inside it
    ],
)
def test_members_of_congress_and_officials_are_coded_by_their_term(phrase: str, day: str, code: str) -> None:
    assert telex.code_actor(phrase, date=day)["code"] == code


def test_a_place_after_an_honorific_is_a_surname() -> None:
    assert telex.code_actor("Ms. Gao", date="2016-06-15")["code"] is None  # a Chinese lawyer, not Mali's Gao
    assert telex.code_actor("Gao", date="2016-06-15")["code"] == "MLI"
    assert telex.code_actor("police in Gao", date="2016-06-15")["code"] == "MLICOP"
    assert telex.code_actor("Mr. Israel", date="2016-06-15")["code"] is None
