"""Bodies of people of world news coded by their own head noun, roles outside a state's offices, another state's body
named with the words of a US institution, peoples that are also surnames, and state news agencies (actors41)."""

from __future__ import annotations

import pytest

import telex


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the Chadian Diaspora Association", "TCDNGO"),  # a body's own noun gives it a sector no other word gives
        ("the Malawi Law Society", "MWIJUD"),  # a lawyers' body
        ("Chile's CUT union", "CHLLAB"),  # a union with a word before it is labour
        ("the union", None),  # alone it is as often the United States
        ("the Vermont Union", "USA"),  # a capitalised Union heads newspapers, stations and firms as often
        ("a credit union", "BUS"),  # a word before it can make it no body of people (a credit union is a lender)
        ("Chinese society", "CHN"),  # "Society" names a body only as a name's capitalised head
        ("the Ghana Chess Federation", "GHANGO"),
    ],
)
def test_a_body_is_coded_by_its_own_head_noun(phrase: str, code: str | None) -> None:
    assert telex.code_actor(phrase, date="2020-03-01")["code"] == code


def test_an_opposition_leader_is_no_head_of_state() -> None:
    # "leader" after a demonym is the head in office; "opposition leader" names a role outside the state's offices.
    assert telex.code_actor("the Zambian opposition leader", date="2020-03-01")["code"] == "ZMBOPP"
    assert telex.code_actor("the Russian president", date="2020-03-01")["code"] == "RUSGOV"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the Malawi Labour Congress", "MWILAB"),  # no US Congress inside another state's name
        ("the Ghanaian Trades Union Congress", "GHALAB"),
        ("the Mexican Congress", "MEXLEG"),
    ],
)
def test_another_states_body_is_not_the_us_congress(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2020-03-01")["code"] == code


def test_a_people_word_after_a_given_name_is_a_surname() -> None:
    # "Moro" is a people of the Philippines; after an unknown capitalised word it is a person's surname.
    assert telex.code_actor("Moro fighters", date="2015-03-01")["code"] == "PHLREB"
    assert telex.code_actor("Carla Moro", date="2015-03-01")["country"] != "PHL"
    assert telex.code_actor("Kosovo Serbs", date="2015-03-01")["code"] == "XKXCVL"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the rebel-run Saba news agency", "YEMMED"),
        ("Rappler", "PHLMED"),
        ("state broadcaster SABC", "ZAFMED"),
        ("rubber tappers", "AGR"),
        ("party cadres", "PTY"),
    ],
)
def test_state_media_and_group_nouns_of_world_news(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2020-03-01")["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("pro-Mugabe militias", "ZWEREB"),  # a body for or against a head of state is of the head's state
        ("anti-Lukashenko protesters", "BLROPP"),
        ("pro-Russian rebels", "REB"),  # a state's name stays no state of theirs
        ("an anti-Donald Trump super PAC", "USAPTY"),  # the person is no actor of the phrase; a super PAC is a party's
    ],
)
def test_a_body_for_or_against_a_head_of_state(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2016-04-01")["code"] == code


@pytest.mark.parametrize(
    ("phrase", "context", "code"),
    [
        ("Rep. Mary Quill", "", "USALEG"),  # an American legislator's title, nobody the tables know
        ("Sen. Tunde Bello", "Sen. Tunde Bello spoke in Abuja on Monday.", "NGALEG"),  # the sentence places him
        ("Mary Quill", "Mary Quill (D-Ore.) said the bill would fail.", "USALEG"),  # a party tag after the name
        ("Mary Quill", "Mary Quill said the bill would fail.", None),
    ],
)
def test_a_title_or_tag_of_one_states_press(phrase: str, context: str, code: str | None) -> None:
    assert telex.code_actor(phrase, date="2016-04-01", context=context)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the Taliban's deputy prime minister", "AFGGOV"),  # an office of government an armed movement holds
        ("the Taliban's spokesman", "AFGREB"),  # a spokesman is as often a movement's
        ("Labour's shadow chancellor", "GBRPTY"),  # a party's office is no government's
        ("the Togolese Association for Human Rights", "TGOHRI"),  # a body named for human rights watches the state
    ],
)
def test_offices_a_movement_holds_and_rights_bodies(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2022-08-01")["code"] == code
