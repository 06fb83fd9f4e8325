"""Bodies as actor lists name them: a body another state's body shares a word with ("the Mexican Congress" is no US
Congress), a sector's words that open with a party's name ("Labour Group (South Africa)"), a name with an article
inside ("Save the Children"), a non-governmental organisation of one state (the ACLU), parties and unions."""

from __future__ import annotations

import pytest

import telex
from telex.actors.phoenix import split_code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the Mexican Congress", "MEXLEG"),  # another state's legislature, not the US Congress
        ("Philippine Congress", "PHLLEG"),
        ("Congress of the Philippines", "PHLLEG"),  # the state after "of"
        ("Zimbabwe Congress of Trade Unions", "ZWELAB"),  # the head's sector, the state named
        ("American Congress", "USALEG"),  # its own state
        ("Congress", "USALEG"),
        ("Congress in Mexico", "USALEG"),  # a place after a preposition is where, not whose
        ("Israeli Labour Party", "ISRPTY"),  # a party keeps its rule
    ],
)
def test_a_body_named_after_another_state_is_that_states(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2016-01-01")["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Labour Group (South Africa)", "ZAFLAB"),  # a sector's words, of no party
        ("labour groups", "LAB"),
        ("Labour lawmakers", "GBRLEG"),  # the party's people
    ],
)
def test_a_sector_phrase_opening_with_a_partys_name_is_the_sector(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2016-01-01")["code"] == code


def test_a_name_with_an_article_inside_is_found_without_it() -> None:
    assert telex.code_actor("Save the Children")["code"] == "NGOSTC"


def test_a_national_ngo_code_gives_its_state() -> None:
    countries, sectors = {"USA", "GBR"}, {"HRI", "GOV", "NGO"}
    assert split_code("NGOUSAHRI", countries, sectors) == ("USA", "NGO")
    assert split_code("NGOHRIAMN", countries, sectors) == (None, "HRI")  # an international one: no state, its field
    assert split_code("IGOUNO", countries, sectors) == (None, None)
    assert split_code("IGOJUDICC", countries, {"JUD"}) == (None, "JUD")  # a court of states
    assert split_code("IMGMUSAQD", countries, sectors) == (None, None)


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        ("ZANU-PF", "ZWE", "PTY"),
        ("Awami League", "BGD", "PTY"),
        ("Peoples Democratic Party (Nigeria)", "NGA", "PTY"),  # not the US Democrats
        ("the NRA", "USA", "NGO"),
        ("AFL-CIO", "USA", "LAB"),
    ],
)
def test_parties_unions_and_interest_groups(phrase: str, country: str, sector: str) -> None:
    coded = telex.code_actor(phrase, date="2016-01-01")
    assert (coded["country"], coded["sector"]) == (country, sector)


@pytest.mark.parametrize(("phrase", "code"), [("Indian Maoists", "INDREB"), ("Maoist ideology", None)])
def test_maoists_are_rebels(phrase: str, code: str | None) -> None:
    assert telex.code_actor(phrase, date="2016-01-01")["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("Toyota", "JPNBUS"), ("Petrobras", "BRABUS"), ("Exxon", "USABUS"), ("Ford Motor", "USABUS")],
)
def test_a_corporation_of_a_home_state_is_its_business(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2016-01-01")["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the UN peacekeeping mission MONUSCO", "IGOUNO"),  # a UN mission is the UN's, its sector its troops'
        ("AMISOM troops", "IGOAFRAFU"),
        ("the European Court of Human Rights", "IGOEURCOE"),
        ("Sinn Féin", "IRLPTY"),
        ("the Democratic Unionist Party", "GBRPTY"),  # no US Democrats: a longer name of its own
        ("Frelimo", "MOZPTY"),
        ("the NAACP", "USANGO"),
        ("Uganda People's Defence Force", "UGAMIL"),  # no Myanmar People's Defence Force inside it
    ],
)
def test_missions_courts_parties_and_bodies_the_tables_name(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2016-01-01")["code"] == code


def test_a_missions_sector_is_its_troops() -> None:
    coded = telex.code_actor("MINUSMA", date="2016-01-01")
    assert (coded["code"], coded["country"], coded["sector"]) == ("IGOUNO", None, "MIL")


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the AU Peace and Security Council", "IGOAFRAFU"),  # the AU's own council, no UN Security Council
        ("UN Women", "IGOUNO"),  # an agency's name: no civilians
        ("the European Investment Bank", "IGOEUREIB"),  # no business: an international body
        ("Europol officers", "IGOEUREEC"),
    ],
)
def test_bodies_of_international_organisations(phrase: str, code: str) -> None:
    coded = telex.code_actor(phrase, date="2018-01-01")
    assert coded["code"] == code and coded["sector"] != "CVL"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Opposition Activist (Venezuela)", "VENOPP"),  # an opposition's activists are the opposition
        ("Nongovernmental Organization (Uganda)", "UGANGO"),
        ("Kenyan human rights defenders", "KENNGO"),
        ("Ugandan activists", "UGANGO"),
    ],
)
def test_sector_nouns_of_actor_lists(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2018-01-01")["code"] == code
