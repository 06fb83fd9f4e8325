"""Names a title word ends, figures of history, a name's body and relatives, places named after people, and the
bodies only one state's law makes (plain values, no model)."""

from __future__ import annotations

import pytest

from telex.actors.coder import affiliation, code_actor, kin_named
from telex.actors.sectors import sector_of
from telex.actors.table import actor_table


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        (["Don", "King"], None),  # a boxing promoter, no king
        (["Matthew", "Prince"], None),  # CloudFlare's chief, no prince
        (["Peter", "T.", "King"], None),  # a middle initial before the surname
        (["Kevin", "Bishop"], None),
        (["Saudi", "Prince"], "ELI"),  # a state's prince
        (["Crown", "Prince"], "GOV"),
        (["Troy", "University"], "EDU"),  # a body's name ends in its head, whatever given name opens it
        (["King", "Abdullah"], "GOV"),
    ],
)
def test_a_title_word_after_a_given_name_is_a_surname(words: list[str], sector: str | None) -> None:
    assert sector_of(words, actor_table()) == sector


def test_a_given_name_that_a_past_leader_bore_as_a_surname_names_him_only_in_office() -> None:
    # "Sharon" among "Talia, David, Laurence, Sharon, and Amy" in 2016 is a woman, not the late Israeli premier.
    assert code_actor("Sharon", "2016-04-01")["code"] is None
    assert code_actor("Sharon", "2003-04-01")["code"] == "ISRGOV"


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("Adolf Hitler", "2016-03-01", "DEUELI"),
        ("Hitler", "2016-03-01", "DEUELI"),
        ("Benito Mussolini", "2016-03-01", "ITAELI"),
        ("Joseph Stalin", "2016-05-25", "USRELI"),
        ("Abraham Lincoln", "2016-06-09", "USAELI"),
        ("Abraham Lincoln", "1863-01-01", "USAGOV"),
        # The Phoenix dictionaries' undated GOV no longer holds once the term is over.
        ("Dwight D. Eisenhower", "2016-08-19", "USAELI"),
        ("Franklin D. Roosevelt", "1940-06-01", "USAGOV"),
        ("Martin Luther King", "2016-03-23", "USAELI"),
        ("Henry Clay", "2016-08-19", "USAELI"),
        # A bare surname stays unread: the town, Lincoln Chafee.
        ("Lincoln", "2016-03-01", None),
    ],
)
def test_figures_of_history_are_their_countrys_office_in_their_term_and_its_elite_after(
    phrase: str, day: str, code: str | None
) -> None:
    assert code_actor(phrase, day)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("George Washington Bridge", "USA"),
        ("Martin Luther King Day", "USA"),
        ("FDR Park", "USA"),
        ("Ronald Reagan Presidential Library", "USA"),
        ("the Obama White House", "USAGOV"),  # the body a president heads, no place named after him
    ],
)
def test_a_place_or_day_named_after_a_person_is_of_the_persons_country_and_no_office(phrase: str, code: str) -> None:
    assert code_actor(phrase, "2016-03-01")["code"] == code


@pytest.mark.parametrize(
    ("phrase", "context", "code"),
    [
        ("Jenna Lee", "In a telephone interview with Fox News’ Jenna Lee, Pence was asked about it.", "USAMED"),
        ("Jane Roe", "said CNN's chief political correspondent Jane Roe.", "USAMED"),
        ("Jane Roe", "said Jane Roe of Goldman Sachs.", "USABUS"),
        ("Jane Roe", "said Jane Roe of the United Nations.", "IGOUNO"),
        # No body: a sector word alone, a person, a word of grammar between.
        ("Note", "Editor’s Note: The following is an excerpt of a new book.", None),
        ("Botox", "Pfizer's deal with Botox-maker Allergan sparked criticism.", None),
    ],
)
def test_a_name_is_of_the_body_the_context_makes_it_a_member_of(phrase: str, context: str, code: str | None) -> None:
    assert code_actor(phrase, "2016-06-29", context)["code"] == code


def test_a_place_or_a_person_is_no_body_a_name_belongs_to() -> None:
    assert affiliation("Jane Roe", "said Jane Roe of Ohio.", None) is None
    assert affiliation("Jane Roe", "said Trump's Jane Roe.", None) is None


def test_a_relatives_name_is_no_place() -> None:
    context = "said Jillian Soto, who lost her sister Victoria at Sandy Hook, a Bernie Sanders critic."
    assert kin_named("Victoria", context)
    assert not kin_named("Victoria", "The premier of Victoria said the state would act.")
    assert code_actor("Victoria", "2016-04-08", context)["country"] == "USA"  # not the Seychelles' capital
    # A person the tables know stays that person.
    assert code_actor("Laura Bush", "2016-04-08", "George W. Bush and his wife, Laura Bush, waved.")["code"] == "USAELI"


def test_a_political_action_committee_is_americas_whatever_the_sentence_names() -> None:
    assert code_actor("super PACs", "2016-04-26")["code"] == "USAPTY"
    assert code_actor("a super PAC", "2016-04-26", "Turkish donors gave to a super PAC.")["code"] == "USAPTY"
