"""Actors of world news by general rules and tables: a common surname alone names nobody but a head in office or a
prominent politician in a role that day (``common_surnames.tsv``), the towns of a state that was once part of another
are places (``phoenix.Entry.place``), and sector nouns, armed forces, armed groups and parties of many states."""

from __future__ import annotations

from datetime import date

import pytest

import telex
from telex.actors.phoenix import Entry
from telex.actors.table import actor_table


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("Reynolds", "2016-05-01", None),  # a lieutenant governor of the long tail: the name alone says nobody
        ("Gov. Reynolds", "2018-05-01", "USAGOV"),  # a title before it says who
        ("Brown", "2016-05-01", None),  # a former prime minister by a name very many bear
        ("Garcia", "2016-05-01", None),
        ("Sen. Collins", "2016-05-01", "USALEG"),
        ("Sanders", "2016-06-09", "USALEG"),  # a prominent politician (politicians.tsv) in a role that day
        ("Johnson", "2020-05-01", "GBRGOV"),  # the head of government in office that day
    ],
)
def test_a_common_surname_alone_names_only_a_head_in_office_or_a_prominent_politician(
    phrase: str, day: str, code: str | None
) -> None:
    assert telex.code_actor(phrase, date=day)["code"] == code


def test_a_common_surname_is_read_only_on_a_known_date() -> None:
    # With no date who is in office is unknown: the name keeps what the tables say.
    assert "reynolds" in actor_table().common_surnames and "putin" not in actor_table().common_surnames
    assert actor_table().famous_bearer("Johnson", None) is None
    assert telex.code_actor("Rubio")["country"] == telex.code_actor("Rubio", date="2016-03-01")["country"] == "USA"


def test_a_state_once_part_of_another_is_a_place_not_a_person() -> None:
    ukraine = Entry("Ukraine", ("USRUKR ..1991-08-24", "UKRUNR 1991-08-24..1991-12-21", "UKR 1991-12-21.."))
    assert ukraine.place and not ukraine.person
    minister = Entry("Ivan Petrenko", ("UKRGOV 2010-01-01..2014-02-01",))
    assert minister.person
    assert telex.code_actor("Kharkiv residents", date="2020-01-01")["code"] == "UKRCVL"
    assert telex.code_actor("Donetsk separatists", date="2015-01-01")["code"] == "UKRREB"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Kenyan dockers", "KENLAB"),
        ("Ugandan officers", "UGACOP"),
        ("Ugandan army officers", "UGAMIL"),  # the army's officers, not the police
        ("Peruvian marchers", "PEROPP"),
        ("Ecuadorean inmates", "ECUCVL"),
        ("Malawian street vendors", "MWIBUS"),
        ("Polish unionists", "POLLAB"),
    ],
)
def test_sector_nouns_of_general_english(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2020-01-01")["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the Tatmadaw", "MMRMIL"),
        ("FARDC", "CODMIL"),
        ("the Carabinieri", "ITACOP"),
        ("Niger Delta militants", "NGAREB"),  # the delta is Nigeria's, not Niger's
        ("Ambazonian separatists", "CMRREB"),
        ("the Jalisco New Generation Cartel", "MEXCRM"),
        ("Peronists", "ARGPTY"),
        ("the Fatah movement", "PSEPTY"),
        ("the Democratic Party of Korea", "KORPTY"),  # no American Democrats inside its name
        ("Crimean Tatars", "UKRCVL"),
    ],
)
def test_forces_groups_and_parties_of_many_states(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date=date(2021, 1, 1))["code"] == code
