"""Invented actor phrases by class, coded on their own (``telex.code_actor``): group nouns of every sector across
many countries, towns that are also surnames, possessives inside names, organisations with their members' sector,
ethnic groups and 'pro-X' groups placed by their context, and office holders on different dates."""

from __future__ import annotations

import pytest

import telex
from telex.actors.phoenix import Entry
from telex.actors.table import actor_table

# (phrase, country, sector): a demonym or a town, and a group noun of general English of each class.
GROUPS = [
    # civilians
    ("Armenian villagers", "ARM", "CVL"),
    ("Bolivian townspeople", "BOL", "CVL"),
    ("Czech voters", "CZE", "CVL"),
    ("Portuguese pensioners", "PRT", "CVL"),
    ("Filipino commuters", "PHL", "CVL"),
    ("Libyan tribal elders", "LBY", "CVL"),
    ("Mosul residents", "IRQ", "CVL"),
    ("Kirkuk inhabitants", "IRQ", "CVL"),
    ("Lagos residents", "NGA", "CVL"),
    ("Toledo shoppers", "ESP", "CVL"),
    # elites, radicals, moderates
    ("Russian oligarchs", "RUS", "ELI"),
    ("Ukrainian tycoons", "UKR", "BUS"),
    ("Nepali royals", "NPL", "ELI"),
    ("Iranian hardliners", "IRN", "RAD"),
    ("Tunisian Islamists", "TUN", "RAD"),
    ("Hindu nationalists in India", "IND", "RAD"),
    ("Iranian reformists", "IRN", "MOD"),
    # security forces
    ("Chadian conscripts", "TCD", "MIL"),
    ("Kurdish peshmerga in Iraq", "IRQ", "MIL"),
    ("Thai state troopers", "THA", "COP"),
    ("Estonian customs officers", "EST", "GOV"),
    # business
    ("Lebanese bankers", "LBN", "BUS"),
    ("Nigerian traders", "NGA", "BUS"),
    ("Kandahar shopkeepers", "AFG", "BUS"),
    ("Vietnamese exporters", "VNM", "BUS"),
    # clergy
    ("Ethiopian Orthodox priests", "ETH", "REL"),
    ("Polish nuns", "POL", "REL"),
    ("Iraqi ayatollahs", "IRQ", "REL"),
    ("Saudi pilgrims", "SAU", "REL"),
    # media
    ("Egyptian bloggers", "EGY", "MED"),
    ("Turkish columnists", "TUR", "MED"),
    # health
    ("Sierra Leonean nurses", "SLE", "HLH"),
    ("Cuban doctors", "CUB", "HLH"),
    # education
    ("Chilean schoolteachers", "CHL", "EDU"),
    ("Sudanese lecturers", "SDN", "EDU"),
    # labour
    ("French truckers", "FRA", "LAB"),
    ("Indonesian factory workers", "IDN", "LAB"),
    ("South Korean trade unionists", "KOR", "LAB"),
    # agriculture
    ("Malawian tobacco growers", "MWI", "AGR"),
    ("Filipino fishermen", "PHL", "AGR"),
    # crime
    ("Honduran gang members", "HND", "CRM"),
    ("Nigerian bandits", "NGA", "CRM"),
    ("Guinean smugglers", "GIN", "CRM"),
    ("Somali hijackers", "SOM", "CRM"),
    ("a Kenyan thug", "KEN", "CRM"),
    # attackers whose side is not named: the unidentified armed force; a crowd is civilians
    ("Nigerian vigilantes", "NGA", "UAF"),
    ("an Afghan assailant", "AFG", "UAF"),
    ("a Peruvian knifeman", "PER", "UAF"),
    ("Lebanese assassins", "LBN", "UAF"),
    ("an angry Bolivian mob", "BOL", "CVL"),
    ("Haitian crowds", "HTI", "CVL"),
    ("Somali warlords", "SOM", "REB"),
    # refugees and the displaced
    ("Rohingya refugees in Bangladesh", "MMR", "REF"),  # a people of one state, as "Syrian refugees in Turkey"
    ("Venezuelan migrants", "VEN", "REF"),
    ("Yemeni evacuees", "YEM", "REF"),
    # environment, settlers, campaigners
    ("Brazilian environmentalists", "BRA", "ENV"),
    ("American gun rights advocates", "USA", "NGO"),  # campaigners, not the lawyers "advocate" also names
    ("Kenyan activists", "KEN", "NGO"),
    ("Israeli settlers", "ISR", "SET"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), GROUPS)
def test_a_group_noun_gives_its_sector_to_the_country(phrase: str, country: str, sector: str) -> None:
    coded = telex.code_actor(phrase)
    assert (coded["country"], coded["sector"]) == (country, sector)


def test_a_phoenix_state_entry_dated_by_its_occupation_is_a_place_not_a_person() -> None:
    iraq = Entry("Iraq", ("IRQ ..2003-03-20", "IRQ 2006-05-20.."))
    assert iraq.place and not iraq.person
    assert Entry("Jan Doe", ("IGO 2005-01-01..",)).person


def test_a_town_that_is_a_surname_is_the_town_where_a_place_stands() -> None:
    assert actor_table().is_place("Lagos")
    assert telex.code_actor("police in Lagos", date="2003-01-01")["code"] == "NGACOP"
    # A title before it, or the name alone with no context: the person.
    assert telex.code_actor("President Lagos", date="2003-01-01")["code"] == "CHLGOV"
    assert telex.code_actor("Lagos", date="2003-01-01")["code"] == "CHLGOV"
    # Alone, the context's country decides.
    assert telex.code_actor("Lagos", context="Floods hit Lagos, the largest city of Nigeria.")["country"] == "NGA"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the Lord's Resistance Army", "UGAREB"),
        ("the People's Liberation Army", "CHNMIL"),
        ("Sudan People's Liberation Army", "SSDMIL"),  # the Phoenix name, longer than telex's PLA inside it
        ("Russia's foreign ministry", "RUSGOV"),
        ("Kenya's tea farmers", "KENAGR"),
    ],
)
def test_a_possessive_inside_a_name_is_part_of_it(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2016-06-01")["code"] == code


def test_a_word_of_a_country_name_is_no_sector_of_it() -> None:
    assert telex.code_actor("Democratic People's Republic of Korea")["code"] == "PRK"
    assert telex.code_actor("the Chinese people")["code"] == "CHNCVL"


@pytest.mark.parametrize(
    ("phrase", "code", "sector"),
    [
        ("UN peacekeepers", "IGOUNO", "MIL"),
        ("NATO troops", "IGOWSTNAT", "MIL"),
        ("EU foreign ministers", "IGOEUREEC", "GOV"),
        ("the United Nations", "IGOUNO", None),
    ],
)
def test_an_organisation_keeps_its_code_and_takes_its_members_sector(phrase: str, code: str, sector: str) -> None:
    coded = telex.code_actor(phrase)
    assert (coded["code"], coded["sector"]) == (code, sector)


@pytest.mark.parametrize(
    ("phrase", "context", "code"),
    [
        ("ethnic Hungarians", "Ethnic Hungarians in Romania voted for their own party.", "ROUCVL"),
        ("ethnic Hungarians", "", "HUNCVL"),
        ("ethnic Uzbeks in Kyrgyzstan", "", "KGZCVL"),
        ("ethnic Serb militias", "Ethnic Serb militias in Bosnia shelled the town.", "BIHREB"),
        # 'pro-X' is not X: the group is of the country the context puts it in, else of none.
        ("pro-Russian separatists", "Pro-Russian separatists in eastern Ukraine shelled a village.", "UKRREB"),
        ("pro-Iranian militias", "Pro-Iranian militias in Iraq fired rockets at the base.", "IRQREB"),
        ("pro-Russian separatists", "", "REB"),
        ("the army", "Soldiers in Harare sealed off parliament. The army said it was in charge.", "ZWEMIL"),
    ],
)
def test_ethnic_and_pro_x_groups_are_of_the_country_they_are_in(phrase: str, context: str, code: str) -> None:
    assert telex.code_actor(phrase, context=context)["code"] == code


# People whose office the date decides, across countries and decades.
PEOPLE = [
    ("Ricardo Lagos", "2003-01-01", "CHL", "GOV"),
    ("Alejandro Toledo", "2003-01-01", "PER", "GOV"),
    ("Angela Merkel", "2012-01-01", "DEU", "GOV"),
    ("Vladimir Putin", "2010-01-01", "RUS", "GOV"),
    ("Dmitry Medvedev", "2009-01-01", "RUS", "GOV"),
    ("Recep Tayyip Erdogan", "2016-01-01", "TUR", "GOV"),
    ("Luiz Inacio Lula da Silva", "2007-01-01", "BRA", "GOV"),
    ("Nelson Mandela", "1996-01-01", "ZAF", "GOV"),
    ("Jacob Zuma", "2012-01-01", "ZAF", "GOV"),
    ("Mahmoud Ahmadinejad", "2008-01-01", "IRN", "GOV"),
]


@pytest.mark.parametrize(("name", "day", "country", "sector"), PEOPLE)
def test_a_person_is_coded_by_the_office_held_that_day(name: str, day: str, country: str, sector: str) -> None:
    coded = telex.code_actor(name, date=day)
    assert (coded["country"], coded["sector"]) == (country, sector)


@pytest.mark.parametrize(
    ("city", "context", "code"),
    [
        ("Brussels", "Brussels rejected the plan, and the EU said talks were over.", "IGOEUREEC"),
        ("Brussels", "Brussels told NATO allies to spend more.", "IGOWSTNAT"),
        # The host country named otherwise: the capital that acts is its government.
        ("Brussels", "Brussels banned the march, Belgian police said.", "BELGOV"),
        ("Brussels", "EU ministers met in Brussels.", "BEL"),  # where they met, not who acted
        ("Brussels", "", "BEL"),
        ("The Hague", "The Hague charged the warlord; the ICC said the trial would start in May.", "IGOJUDICC"),
    ],
)
def test_a_city_seating_a_body_stands_for_it_when_the_context_names_it(city: str, context: str, code: str) -> None:
    assert telex.code_actor(city, context=context)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "context", "code"),
    [
        ("Mr. Smith", "John Smith, a Canadian diplomat, said the talks had failed.", "CANGOV"),
        ("Kenyatta", "Kenyan President Uhuru Kenyatta opened the road.", "KENGOV"),
        ("Ms. Okafor", "Nigerian senator Grace Okafor voted against the bill.", "NGALEG"),
    ],
)
def test_a_surname_is_the_person_the_context_names_in_full(phrase: str, context: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2016-06-01", context=context)["code"] == code


def test_a_person_near_office_is_of_the_elite_far_from_it_only_of_the_country() -> None:
    assert telex.code_actor("Donald Trump", date="2016-06-01")["code"] == "USAELI"
    assert telex.code_actor("Donald Trump", date="2005-06-01")["code"] == "USA"


def test_a_phoenix_agent_code_opening_with_a_religion_gives_a_cameo_sector() -> None:
    from telex.actors.sectors import _agent_sector

    table = actor_table()
    assert _agent_sector("MUSRAD", table) == "RAD"
    assert _agent_sector("CHR", table) == "REL"
    assert _agent_sector("PPL", table) is None
    assert _agent_sector("GOVMED", table) == "GOVMED"
