"""A person no table knows, coded by how the sentence describes them, and the words of description the sector table
adds (``code_actor`` on plain strings, no model)."""

from __future__ import annotations

import pytest

from telex.actors.coder import clause_pieces, code_actor
from telex.actors.table import actor_table


@pytest.mark.parametrize(
    ("phrase", "context", "code"),
    [
        # A description that gives a sector alone takes the country of the place the sentence puts the person in.
        (
            "Carole Bower",
            "Carole Bower, 75, a retiree in Carthage, Ill., supported Gov. John Kasich of Ohio.",
            "USACVL",
        ),
        # ... else the country of the people the sentence names beside the person, not of a people it names as a topic.
        (
            "Nicole Hargrove",
            "Nicole Hargrove, a Carrier worker, was uncomfortable with Mr. Trump's attacks on immigrants, particularly "
            "Mexicans.",
            "USALAB",
        ),
        # ... else the country the sentence names most, as a sector word's does.
        ("Ana Ruiz", "Ana Ruiz, a retiree, said Mexico's pensions and Mexico's schools need money.", "MEXCVL"),
        # ... and with no country in the sentence the sector alone.
        ("Ana Ruiz", "Ana Ruiz, a retiree, said she would vote.", "CVL"),
    ],
)
def test_a_description_that_gives_a_sector_alone_codes_the_person(phrase: str, context: str, code: str) -> None:
    assert code_actor(phrase, "2016-07-15", context)["code"] == code


def test_a_title_with_its_point_inside_a_description_is_read_whole() -> None:
    # "a former aide to Sen. Ted Cruz": the point of "Sen." ends no clause.
    context = "Amanda Carpenter, a former aide to Sen. Ted Cruz, was one of the first to cheer on the idea."
    assert code_actor("Amanda Carpenter", "2016-03-19", context)["code"] == "USALEG"
    pieces = clause_pieces(" a reporter for U.S. News, who was arrested in Moscow. He", actor_table())
    assert pieces == [" a reporter for U.S. News", " who was arrested in Moscow", " He"]


def test_a_person_a_who_clause_names_is_whom_the_person_deals_with() -> None:
    # Not Romney's elite: only the country of the people he deals with, no sector of theirs.
    context = "Mark Jebens, who backed Mr. Romney in 2012, said on Twitter that he was supporting Mrs. Clinton."
    assert code_actor("Mark Jebens", "2016-06-03", context)["code"] == "USA"


def test_a_sector_alone_from_a_headline_capitals_yields_to_the_phrase_itself() -> None:
    # "Voters May Have Won Cruz": capitalised words of a headline are no fuller name of the senator.
    context = "HUFFPOLLSTER: A ‘Seismic Shift’ Among Voters May Have Won Cruz The Caucus."
    assert code_actor("Cruz", "2016-02-03", context)["code"] == "USALEG"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("a retiree", "CVL"),
        ("Chinese party officials", "CHNPTY"),
        ("New Hampshire state representative", "USALEG"),
        ("Dmytro Firtash", "UKRBUS"),  # a Ukrainian, whom the Phoenix dictionaries make Russian
        # No row of common words: "Small" and "Fund" stay words of names.
        ("City Council president Marty Small", "GOV"),
        ("Congressional Leadership Fund", "GOV"),
    ],
)
def test_words_of_description_and_people_of_the_long_tail(phrase: str, code: str) -> None:
    assert code_actor(phrase, "2016-07-15")["code"] == code


def test_a_description_that_opens_with_another_persons_name_is_no_description() -> None:
    # "WikiLeaks, Mr. Manafort and his colleagues pressed ...": the piece after the comma is a clause on Manafort.
    context = (
        "According to cables that were later released by WikiLeaks, Mr. Manafort and his colleagues frequently "
        "pressed American diplomats in Ukraine to treat Mr. Yanukovych equally."
    )
    assert code_actor("WikiLeaks", "2016-08-02", context)["code"] is None
    # Jane Roe is no Manafort: only the country of the people named beside her.
    assert code_actor("Jane Roe", "2016-08-02", "Jane Roe, Mr. Manafort and others met.")["code"] == "USA"


@pytest.mark.parametrize(
    ("phrase", "context", "code"),
    [
        # A title any body has takes the sector of the body the description names, and none when it names none.
        ("Ana Reyes", "Ana Reyes, a DFA spokesman, said the talks would resume.", None),
        ("Lowell McAdam", "Verizon's rivals were cheered, chief executive Lowell McAdam said.", None),
        ("Ana Reyes", "Ana Reyes, a government spokesman, said the talks would resume.", "GOV"),
        ("Ana Reyes", "Ana Reyes, a campaign spokesman, said the talks would resume.", "PTY"),
    ],
)
def test_a_title_any_body_has_takes_the_bodys_sector(phrase: str, context: str, code: str | None) -> None:
    assert code_actor(phrase, "2016-07-15", context)["code"] == code
