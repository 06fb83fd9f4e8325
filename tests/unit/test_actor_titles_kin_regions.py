"""A title names a holder of its office, the kin and celebrities named only in full, and a region that bears a state's
name read in a description or a place of the sentence (plain values, no model)."""

from __future__ import annotations

import pytest

from telex.actors.coder import code_actor


@pytest.mark.parametrize(
    ("phrase", "day", "code", "name"),
    [
        # Not Jeb Bush, a candidate who never was president: the last holder of the office before that day.
        ("President Bush", "2016-02-10", "USAELI", "George W. Bush"),
        ("President Bush", "2009-06-10", "USAELI", "George W. Bush"),
        ("President Bush", "1991-06-10", "USAGOV", "George H. W. Bush"),
        # Not Hillary Clinton, a secretary of state; not Nancy Reagan.
        ("President Clinton", "2016-03-03", "USAELI", "Bill Clinton"),
        ("President Reagan", "2016-08-11", "USAELI", "Ronald Reagan"),
        ("President Obama", "2016-02-10", "USAGOV", "Barack Obama"),
    ],
)
def test_a_title_names_the_holder_of_its_office_that_day_or_the_last_before(
    phrase: str, day: str, code: str, name: str
) -> None:
    coded = code_actor(phrase, day)
    assert (coded["code"], coded["name"]) == (code, name)


def test_a_title_no_bearer_has_held_yet_keeps_what_the_name_says() -> None:
    assert code_actor("President Trump", "2016-02-10")["code"] == "USAELI"
    assert code_actor("President Trump", "2018-02-10")["code"] == "USAGOV"


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("Laura Bush", "2015-12-15", "USAELI"),
        ("Melania Trump", "2016-07-20", "USACVL"),
        ("Melania Trump", "2017-06-01", "USAELI"),
        ("Chelsea Clinton", "2015-12-31", "USAELI"),
        ("Mick Jagger", "2016-01-12", "GBRELI"),
        ("Charlie Sheen", "2016-01-18", "USAELI"),
    ],
)
def test_kin_and_celebrities_are_named_in_full(phrase: str, day: str, code: str) -> None:
    assert code_actor(phrase, day)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("Bush", "Jeb Bush"), ("Trump", "Donald Trump"), ("Reagan", "Ronald Reagan")],
)
def test_a_bare_surname_names_no_relative_of_the_tables(phrase: str, name: str) -> None:
    assert code_actor(phrase, "2016-02-10")["name"] == name
    assert code_actor("Sheen", "2016-02-10")["code"] is None


def test_a_region_in_a_description_is_read_by_its_sentence() -> None:
    context = (
        "The rally in Greensboro, North Carolina, will keep the writer Jane Roe, who teaches at Georgia Southern "
        "University, awake at night."
    )
    assert code_actor("Jane Roe", "2016-06-17", context)["code"] == "USAEDU"


def test_a_region_a_name_is_placed_in_is_read_by_its_sentence() -> None:
    context = "Jane Roe of Burke County, Georgia, backs the Republican candidate."
    assert code_actor("Jane Roe", "2016-02-17", context)["code"] == "USA"
    assert code_actor("Georgian troops", "2008-08-10", "Georgian troops shelled Tskhinvali.")["code"] == "GEOMIL"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Perry Capital", "BUS"),
        ("Evercore Partners", "BUS"),
        ("Rubin Associates", "BUS"),
        # A capitalised head after a word in lower case names no body; a possessive is skipped.
        ("the nation's Capital", None),
        ("Leaders’ College", "EDU"),
        ("GOPers", "USAPTY"),
        ("ICE", "USACOP"),
    ],
)
def test_firms_named_by_their_head_and_short_names(phrase: str, code: str | None) -> None:
    assert code_actor(phrase, "2016-01-07")["code"] == code
