"""Office holders coded across time (``telex.code_actor`` with a date): before, during and after their terms, by
full name, by bare surname, with a title or "former" before the name, and heads of organisations after their term."""

from __future__ import annotations

from datetime import date

import pytest

import telex
from telex.actors.phoenix import Role
from telex.actors.table import Leader, _not_alone, _stale, actor_table

# A dictionary role left open by the Phoenix dictionaries, which telex's table closes: after the term the person is
# the country's elite, by surname as by full name, and keeps the full name telex knows.
AFTER_TERM = [
    ("Obama", "2019-05-01", "USAELI", "Barack Obama"),
    ("Merkel", "2023-01-01", "DEUELI", "Angela Merkel"),
    ("Hollande", "2019-01-01", "FRAELI", "François Hollande"),
    ("Karzai", "2016-01-01", "AFGELI", "Hamid Karzai"),
    ("Jacob Zuma", "2019-01-01", "ZAFELI", "Jacob Zuma"),
    ("John Kerry", "2019-01-01", "USAELI", "John Kerry"),
    ("former president Obama", "2019-05-01", "USAELI", "Barack Obama"),
]


@pytest.mark.parametrize(("phrase", "day", "code", "name"), AFTER_TERM)
def test_an_office_the_tables_end_is_not_held_after_it(phrase: str, day: str, code: str, name: str) -> None:
    coded = telex.code_actor(phrase, date=day)
    assert (coded["code"], coded["name"]) == (code, name)


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [("Obama", "2012-01-01", "USAGOV"), ("Merkel", "2010-01-01", "DEUGOV"), ("Karzai", "2008-01-01", "AFGGOV")],
)
def test_the_office_is_held_during_the_term(phrase: str, day: str, code: str) -> None:
    assert telex.code_actor(phrase, date=day)["code"] == code


def test_a_dated_dictionary_role_before_the_term_keeps_the_full_name() -> None:
    coded = telex.code_actor("Putin", date="1995-01-01")
    assert (coded["code"], coded["name"]) == ("RUSELI", "Vladimir Putin")


def test_a_role_the_dictionary_closes_itself_is_not_stale() -> None:
    ended = Leader("A B", "USA", ("president",), date(2009, 1, 20), date(2017, 1, 20))
    serving = Leader("A B", "USA", ("president",), date(2009, 1, 20), None)
    opened = Role("USAGOV", date(2009, 1, 20), None, True)
    closed = Role("USAGOV", date(2009, 1, 20), date(2017, 1, 20), True)
    day = date(2019, 1, 1)
    assert _stale(opened, [ended], day)
    assert not _stale(closed, [ended], day)
    assert not _stale(opened, [serving], day)  # a term with no end: the dictionary agrees
    assert not _stale(opened, [ended], date(2016, 1, 1))  # within the term


# A title names an office only on a day the person held it, when the tables date their terms in it.
@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("President Obama", "2003-01-01", "USA"),
        ("President Obama", "2019-05-01", "USAELI"),
        ("President Obama", "2012-01-01", "USAGOV"),
        ("Chancellor Merkel", "2023-01-01", "DEUELI"),
        ("President Mugabe", None, "ZWEGOV"),  # no date: the title says what he was
    ],
)
def test_a_title_names_the_office_within_its_term(phrase: str, day: str | None, code: str) -> None:
    assert telex.code_actor(phrase, date=day)["code"] == code


# The head of an organisation after the term: the elite of their own state, when the tables know it.
@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("Javier Solana", "2012-01-01", "ESPELI"),
        ("Anders Fogh Rasmussen", "2016-01-01", "DNKELI"),
        ("Amr Moussa", "2013-01-01", "EGYELI"),
        ("Ban Ki-moon", "2019-01-01", "KORELI"),
        ("Ban Ki-moon", "2012-01-01", "IGOUNO"),
        ("Kofi Annan", "2010-01-01", "IGOUNO"),  # no state row: the organisation's code stays
    ],
)
def test_a_former_head_of_an_organisation_is_of_their_state(phrase: str, day: str, code: str) -> None:
    assert telex.code_actor(phrase, date=day)["code"] == code


def test_a_family_first_name_is_so_in_every_office() -> None:
    """Ban Ki-moon is "Ban" as secretary-general as he was as Korea's foreign minister."""
    assert telex.code_actor("Ban", date="2012-01-01")["code"] == "IGOUNO"
    assert "ban" in actor_table().leaders_by_token
    assert "ki-moon" not in actor_table().leaders_by_token


# "<title> of <country>": the country named wins over one word of a name a title settles, of another country or of
# an organisation.
@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("President Kim of South Korea", "2018-01-01", "KORGOV"),
        ("President Ali of Ethiopia", "2019-01-01", "ETHGOV"),
        ("Prime Minister Khan of Pakistan", "2019-06-01", "PAKGOV"),
        ("Merkel of Germany", "2010-01-01", "DEUGOV"),
    ],
)
def test_the_country_named_wins_over_a_titled_surname(phrase: str, day: str, code: str) -> None:
    assert telex.code_actor(phrase, date=day)["code"] == code


def test_a_person_found_by_one_tables_alias_keeps_every_tables_terms() -> None:
    """"Sheikh Tamim" is an alias of the crown prince's row only; the emir's term is his too."""
    coded = telex.code_actor("Sheikh Tamim", date="2016-01-01")
    assert (coded["code"], coded["name"]) == ("QATGOV", "Tamim bin Hamad Al Thani")


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("Yahya Jammeh", "2018-03-01", "GMBELI"),  # the dictionaries leave his role open; telex's table ends it
        ("Jammeh", "2016-03-01", "GMBGOV"),
        ("Zuma", "2019-03-01", "ZAFELI"),  # no longer Nkosazana Dlamini-Zuma's surname too
        ("Dlamini-Zuma", "2014-03-01", "IGOAFRAFU"),
    ],
)
def test_terms_of_leaders_the_dictionaries_leave_open(phrase: str, day: str, code: str) -> None:
    assert telex.code_actor(phrase, date=day)["code"] == code


def test_a_hyphenated_family_names_second_part_is_no_surname_alone() -> None:
    assert _not_alone(["Nkosazana Dlamini-Zuma", "Nkosazana Dlamini Zuma"]) == {"Zuma"}
    # A particle joined to a name ("al-Assad") is written apart by no other name: the name stands alone.
    assert _not_alone(["Bashar al-Assad", "Bashar Assad"]) == frozenset()
