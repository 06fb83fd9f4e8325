"""Actors by rules of the forty-third session: a person of the past is the office of his term, an abbreviated title
without its point before a name, an abbreviation two states' bodies bear read by its context, a body's field as its
sector, and armed groups and sector nouns of world news."""

from __future__ import annotations

from datetime import date

import pytest

import telex
from telex.actors.coder import unpointed_title, words_of
from telex.actors.phoenix import Entry, Role, office_of_past

_TERMS = (
    Role("XYZELI", date(1950, 1, 1), date(1960, 1, 1), True),
    Role("XYZGOV", date(1960, 1, 1), date(1968, 1, 1), True),
    Role("XYZELI", date(1968, 1, 1), date(1975, 1, 1), True),
)


def test_a_person_of_the_past_is_the_government_office_he_held() -> None:
    assert office_of_past(_TERMS, date(2016, 5, 1)) == "XYZGOV"


def test_a_person_with_no_government_office_is_his_last_role() -> None:
    roles = (Role("XYZMIL", date(1950, 1, 1), date(1960, 1, 1), True), _TERMS[2])
    assert office_of_past(roles, date(2016, 5, 1)) == "XYZELI"


@pytest.mark.parametrize(
    "roles",
    [
        (*_TERMS, Role("XYZELI")),  # a lasting elite role: the dictionaries keep him in public life
        (_TERMS[0], Role("XYZGOV", date(1960, 1, 1), None, True)),  # a role still open
    ],
)
def test_no_past_office_while_a_role_lasts(roles: tuple[Role, ...]) -> None:
    assert office_of_past(roles, date(2016, 5, 1)) is None


def test_before_or_between_roles_only_the_shared_code_counts() -> None:
    entry = Entry("A Person", ("XYZELI 1950-01-01..1960-01-01", "XYZGOV 1960-01-01..1968-01-01"))
    assert entry.code_on(date(1940, 1, 1)) == "XYZ"
    assert entry.code_on(date(2016, 1, 1)) == "XYZGOV"


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        (["GOP", "Rep", "McCaul"], 1, True),  # a headline drops the point
        (["Sen", "Warren", "said"], 0, True),
        (["Hun", "Sen", "Hun", "Manet"], 1, False),  # the end of a name, not a title
        (["Sen", "said"], 0, False),  # no capitalised name after it
        (["REP", "McCaul"], 0, False),  # a word in capitals is no title's abbreviation
    ],
)
def test_a_title_without_its_point_stands_only_before_a_name(text: list[str], index: int, expected: bool) -> None:
    assert unpointed_title(text, index, {"rep.", "sen."}) is expected


def test_a_title_without_its_point_is_read_as_the_title() -> None:
    assert words_of("GOP Rep McCaul") == ["GOP", "Rep.", "McCaul"]
    assert telex.code_actor("Rep Jane Quimbleworth")["code"] == "USALEG"  # the press style's state and sector


@pytest.mark.parametrize(
    ("phrase", "context", "code"),
    [
        ("CPC", "", "CHNGOV"),  # alone: the body of organisations.tsv
        ("CPC", "The CPC Central Committee met in Beijing to name a new politburo.", "CHNGOV"),
        ("CPC fighters", "CPC fighters attacked Bangui, the capital of the Central African Republic.", "CAFREB"),
        ("APC", "The APC candidate conceded defeat in Sierra Leone's run-off.", "SLEPTY"),
        ("APC", "The APC held its primaries in Abuja and Lagos.", "NGAPTY"),
        # "Argentina's CGT": an abbreviation in capitals is no surname for which the context gives a fuller name.
        ("CGT", "Argentina's CGT labor federation struck against austerity in Buenos Aires.", "ARGLAB"),
        ("CGT", "", "FRALAB"),
    ],
)
def test_an_abbreviation_two_states_bodies_bear_is_read_by_its_context(phrase: str, context: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2021-01-10", context=context)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code", "sector"),
    [
        ("Human Rights Watch", "NGOHRIHRW", "HRI"),
        ("Doctors Without Borders", "NGOMSF", "HLH"),
        ("the Ogaden National Liberation Front", "ETHREB", "REB"),
        ("Ogaden rebels", "ETHREB", "REB"),  # a region of the state
        ("Cabinda separatists", "AGOREB", "REB"),
        ("the Justice and Equality Movement", "SDNREB", "REB"),
        ("Arakan Rohingya Salvation Army", "MMRREB", "REB"),  # no army of the state
        ("Conservative Party of Canada", "CANPTY", "PTY"),
        ("Democratic superdelegates", "USAPTY", "PTY"),
        ("US automakers", "USABUS", "BUS"),
        ("the KCTU", "KORLAB", "LAB"),
        ("Palestinian Authority police", "PSECOP", "COP"),  # a government body's force is its state's
        ("Palestinian Authority officials", "PSEGOV", "GOV"),
        ("State Department inspector general", "USAGOV", "GOV"),  # a rank, no force
        ("Chilean carabineros", "CHLCOP", "COP"),
        ("Central Obrera Boliviana", "BOLLAB", "LAB"),
    ],
)
def test_bodies_and_groups_of_world_news(phrase: str, code: str, sector: str) -> None:
    coded = telex.code_actor(phrase, date="2019-06-01")
    assert (coded["code"], coded["sector"]) == (code, sector)



@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Zimbabwe Lawyers for Human Rights", "ZWEHRI"),  # a cause of rights, not the lawyers' courts
        ("the Egyptian Initiative for Personal Rights", "EGYHRI"),
        ("a campaign for Rights", None),  # no name
    ],
)
def test_a_name_that_ends_in_a_cause_of_rights_is_a_rights_body(phrase: str, code: str | None) -> None:
    assert telex.code_actor(phrase, date="2019-06-01")["code"] == code


def test_a_curly_apostrophe_in_a_surname_is_the_tables_straight_one() -> None:
    curly, straight = (telex.code_actor(name, date="2015-11-11")["code"] for name in ("O’Malley", "O'Malley"))
    assert curly == straight == "USAELI"
