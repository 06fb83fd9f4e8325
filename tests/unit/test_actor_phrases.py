"""Country and sector of invented actor phrases, coded on their own (``telex.code_actor``), with and without a date."""

from __future__ import annotations

import pytest

import telex
from telex.actors.followers import follower_noun, followers
from telex.actors.phrases import resolve_words
from telex.actors.table import Actor

# (phrase, date or "", country, sector): a demonym and a role noun of each CAMEO sector, across countries.
GROUPS = [
    ("Egyptian riot police", "", "EGY", "COP"),
    ("Brazilian lawmakers", "", "BRA", "LEG"),
    ("Kenyan farmers", "", "KEN", "AGR"),
    ("Turkish prosecutors", "", "TUR", "JUD"),
    ("Indian army officers", "", "IND", "MIL"),
    ("Pakistani Taliban fighters", "", "PAK", "REB"),
    ("Venezuelan opposition leaders", "", "VEN", "OPP"),
    ("Nigerian oil workers", "", "NGA", "LAB"),
    ("South African miners", "", "ZAF", "LAB"),
    ("German business leaders", "", "DEU", "BUS"),
    ("Chinese state media", "", "CHN", "MED"),
    ("Syrian refugees", "", "SYR", "REF"),
    ("Philippine Catholic bishops", "", "PHL", "REL"),
    ("Greek students", "", "GRC", "EDU"),
    ("Japanese doctors", "", "JPN", "HLH"),
    ("Mexican drug cartels", "", "MEX", "CRM"),
    ("the Ukrainian parliament", "", "UKR", "LEG"),
    ("British intelligence agencies", "", "GBR", "SPY"),
    ("Spanish Socialist party", "", "ESP", "PTY"),
    ("Bangladeshi garment workers", "", "BGD", "LAB"),
    ("Cuban dissidents", "", "CUB", "OPP"),
    ("the Indonesian navy", "", "IDN", "MIL"),
    ("riot police", "", None, "COP"),
    ("Saudi-led coalition warplanes", "", "SAU", "MIL"),
    ("Nigerian herders", "", "NGA", "AGR"),
    ("Greek strikers", "", "GRC", "LAB"),
    ("Liberian health workers", "", "LBR", "HLH"),
    ("the French interior minister", "2015-06-01", "FRA", "GOV"),
    # The people of a state's own region are coded as the state.
    ("Tibetan monks", "", "CHN", "REL"),
    ("Chechen rebels", "", "RUS", "REB"),
    ("Scottish nationalists", "", "GBR", "RAD"),
    ("Catalan separatists", "", "ESP", "REB"),
    ("Uighur activists", "", "CHN", "NGO"),
    ("Flemish nationalists", "", "BEL", "RAD"),
    # Abbreviated titles before a name.
    ("Sen. Ana Reyes", "", "USA", "LEG"),  # an American title on a person nobody places (title_countries.tsv)
    ("Gov. Ana Reyes", "", "USA", "GOV"),
]

# People whose role the date decides: in office, out of it, in opposition or in the legislature.
PEOPLE = [
    ("Tony Blair", "2003-03-01", "GBR", "GOV"),
    ("Tony Blair", "2016-03-01", "GBR", "ELI"),
    ("Jeremy Corbyn", "2017-06-01", "GBR", "OPP"),
    ("Jeremy Corbyn", "2012-06-01", "GBR", "LEG"),
    ("Alexei Navalny", "2018-01-01", "RUS", "OPP"),
    ("Aung San Suu Kyi", "2010-01-01", "MMR", "OPP"),
    ("Benjamin Netanyahu", "2007-01-01", "ISR", "OPP"),
    ("Benjamin Netanyahu", "2012-01-01", "ISR", "GOV"),
    ("Jair Bolsonaro", "2015-01-01", "BRA", "LEG"),
    ("Jair Bolsonaro", "2020-01-01", "BRA", "GOV"),
    ("Senator John McCain", "2015-01-01", "USA", "LEG"),
    ("Biden", "2016-08-18", "USA", "GOV"),
    ("Biden", "2000-08-18", "USA", "LEG"),
    ("George H. W. Bush", "1990-08-01", "USA", "GOV"),
    ("George H. W. Bush", "2005-08-01", "USA", "ELI"),
    ("George Bush", "2005-08-01", "USA", "GOV"),
]


@pytest.mark.parametrize(("phrase", "day", "country", "sector"), GROUPS + PEOPLE)
def test_actor_phrase_country_and_sector(phrase: str, day: str, country: str | None, sector: str) -> None:
    coded = telex.code_actor(phrase, date=day or None)
    assert (coded["country"], coded["sector"]) == (country, sector)


def test_of_two_presidents_of_one_name_the_date_picks_the_one_in_office() -> None:
    assert telex.code_actor("George Bush", date="1990-08-01")["name"] == "George H. W. Bush"
    assert telex.code_actor("George Bush", date="2005-08-01")["name"] == "George W. Bush"
    assert telex.code_actor("George Bush", date="1995-01-01")["name"] == "George H. W. Bush"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("American troops in Iraq", "USAMIL"),
        ("Chinese workers in Angola", "CHNLAB"),
        ("the U.S. ambassador to Russia", "USAGOV"),
        ("police in Cairo", "EGYCOP"),
        ("the Prime Minister of Israel", "ISRGOV"),
    ],
)
def test_a_place_after_the_head_is_where_the_actor_is_not_whose(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase)["code"] == code


@pytest.mark.parametrize(
    ("name", "context", "code"),
    [
        ("Maria Lopez", "Colombian senator Maria Lopez criticised the deal.", "COLLEG"),
        ("Ahmed Shah", "Ahmed Shah, an Afghan lawmaker, said the vote was rigged.", "AFGLEG"),
        ("Sara Cohen", "Sara Cohen, 34, an Israeli teacher, said", "ISREDU"),
        ("Omar Hassan", "Israel arrested Omar Hassan on Monday.", None),
    ],
)
def test_a_name_no_table_knows_is_coded_by_its_description(name: str, context: str, code: str | None) -> None:
    assert telex.code_actor(name, context=context)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Democrats", "USAPTY"),
        ("Senate Republicans", "USALEG"),  # the US party still; a chamber before it makes its members legislators
        ("German Social Democrats", "DEUPTY"),
        ("Irish Republicans", "IRLPTY"),
        ("Christian Democrats", "PTY"),
        ("the Free Democrats", "PTY"),
    ],
)
def test_a_party_named_by_a_common_word_is_another_party_when_a_name_qualifies_it(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("a former Egyptian president", "EGYELI"),
        ("the former Prime Minister of Israel", "ISRELI"),
        ("ex-president of Brazil", "BRAELI"),
        ("former army chief", "ELI"),
        ("former rebels", "REB"),  # no office: the sector stays
    ],
)
def test_a_former_office_holder_is_the_country_elite_not_the_holder_now(phrase: str, code: str) -> None:
    coded = telex.code_actor(phrase, date="2016-06-01")
    assert coded["code"] == code
    assert coded["name"] in (None, "Egypt", "Israel", "Brazil")  # not the office holder of that day


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Rival Republican candidates", "USAPTY"),
        ("the presumptive Democratic nominee", "USAPTY"),
        ("a Kansas Democrat", "USAPTY"),
        ("GOP Candidates", "USAPTY"),  # a headline's capitals
        ("Republican senators", "USALEG"),
        ("Republican Sen. Jane Roe", "USALEG"),
        ("Tory MPs", "GBRLEG"),  # a party's members in its country's legislature, as "Republican senators"
        ("Labour MPs", "GBRLEG"),
        ("Tory backbenchers", "GBRLEG"),
        ("Liberal Democrat MPs", "GBRLEG"),  # the party's name, not a US Democrat's
        ("liberal Democrat senators", "USALEG"),
        ("the Democratic race", None),
        ("Republican threats", None),
        ("the Republican Guard", None),
        ("Democratic Front", None),
        ("Democratic Alliance", "ZAFPTY"),  # a party's own name (organisations.tsv)
    ],
)
def test_a_party_adjective_names_the_party_only_for_its_people(phrase: str, code: str | None) -> None:
    assert telex.code_actor(phrase, date="2016-06-01")["code"] == code



@pytest.mark.parametrize(
    ("words", "code"),
    [
        # The tagger splits a hyphenated word: a demonym joined to "language" names a tongue, no nation.
        (["Portuguese", "-", "language", "newspapers"], "MED"),
        (["French", "-", "speaking", "teachers"], "EDU"),
        (["Portuguese", "newspapers"], "PRTMED"),
        # A demonym after a given name is a person's surname, no nation.
        (["Greg", "Turkish"], None),
        (["Greg", "Turkish", "'s", "company"], "BUS"),
        (["Turkish", "companies"], "TURBUS"),
        # A place before a named document is where it was made, no actor.
        (["the", "Lisbon", "Treaty"], None),
        (["signatories", "of", "the", "Vienna", "Convention"], None),
        (["the", "Lisbon", "government"], "PRTGOV"),
    ],
)
def test_a_demonym_as_a_tongue_or_a_surname_names_no_nation(words: list[str], code: str | None) -> None:
    actor = resolve_words(words)
    assert (actor.code or actor.sector if actor else None) == code


@pytest.mark.parametrize("phrase", ["St. Paul", "Saint Francis", "the St. Paul City Council", "Paul", "St. Francis"])
def test_a_saints_name_or_a_piece_of_a_regnal_name_is_no_leader(phrase: str) -> None:
    # "Pope John Paul" has no surname "Paul"; "St. Francis" is the saint a place is named after, not Pope Francis.
    actor = resolve_words(phrase.split(), None)
    assert actor is None or actor.country != "VAT"


def test_a_pope_is_still_found_by_his_name() -> None:
    francis = resolve_words(["Pope", "Francis"], None)
    assert francis is not None and francis.country == "VAT"
    bare = resolve_words(["Francis"], None)
    assert bare is not None and bare.country == "VAT"


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("Obama supporters", "2012-03-01", "USACVL"),  # a president's supporters are no government
        ("Bolsonaro backers", "2022-11-01", "BRACVL"),
        ("Trump and Clinton voters", "2016-11-01", "USACVL"),
        ("Obama aides", "2012-03-01", "USAGOV"),  # not followers: they serve the office
        ("supporters of Obama", "2012-03-01", "USACVL"),  # the "of" form names the same people
        ("the backers of Bolsonaro and Lula", "2022-11-01", "BRACVL"),
        ("aides of Obama", "2012-03-01", "USAGOV"),
    ],
)
def test_a_persons_followers_are_their_countrys_civilians(phrase: str, day: str, code: str) -> None:
    assert telex.code_actor(phrase, date=day)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        # An office the same description gives by a title beats the follower noun.
        ("Pat Brown, a Clinton supporter who is the Democratic chairman", "2016-04-01", "USAPTY"),
        ("the Republican state chairman, a Bush backer", "2004-04-01", "USAPTY"),
        ("Sen. Ted Cruz, a Trump supporter", "2016-09-01", "USALEG"),  # the senator, not Trump's followers
        # A clause that names no office, or describing words, leave the followers.
        ("a Trump supporter who is a retired teacher", "2016-09-01", "USACVL"),
        ("Lula's most loyal supporters", "2022-11-01", "BRACVL"),
        ("Duterte loyalists", "2018-01-01", "PHLCVL"),
    ],
)
def test_an_office_in_the_description_beats_a_follower_noun(phrase: str, day: str, code: str) -> None:
    assert telex.code_actor(phrase, date=day)["code"] == code


def test_followers_are_of_a_known_state_only() -> None:
    assert followers("KEN") == Actor("Kenya", "KENCVL", "KEN", "CVL")
    assert followers(None) is None and followers("XYZ") is None
    assert follower_noun("loyalists") and follower_noun("Supporter") and not follower_noun("aides")


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Kenya Human Rights Commission", "KENHRI"),  # the fallback's KENGOVHRI: a watcher of the government
        ("Kenya National Commission on Human Rights", "KENHRI"),
        ("the National Human Rights Commission", "HRI"),
        ("Ministry of Human Rights", None),  # a ministry is the government's own
    ],
)
def test_a_states_human_rights_commission_is_no_part_of_its_government(phrase: str, code: str | None) -> None:
    assert telex.code_actor(phrase, date="2016-05-01")["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the Democratic chairman in Ohio", "USAPTY"),  # the head is the noun before the phrase of place
        ("Democratic senators from New York", "USALEG"),
        ("a Democratic stronghold in Ohio", "USA"),  # a thing, not the party's people
    ],
)
def test_a_partys_people_are_read_by_the_noun_before_a_place(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2016-05-01")["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Police in Borno", "NGACOP"),  # states and provinces of states where conflict is coded by place
        ("Jalisco cartel gunmen", "MEX"),
        ("Niger State", "NGA"),  # not the state of Niger
        ("Lagos State", "NGA"),  # not Ricardo Lagos
        ("Somali Region", "ETH"),
    ],
)
def test_provinces_name_their_state(phrase: str, code: str) -> None:
    assert (telex.code_actor(phrase, date="2019-01-01")["code"] or "").startswith(code)


def test_a_sector_with_no_place_in_its_context_takes_the_country_of_the_people_named() -> None:
    said = "Conservative MPs rebelled against Theresa May over the bill."
    assert telex.code_actor("Conservative MPs", date="2018-06-01", context=said)["code"] == "GBRLEG"
    # A place the context names still comes first.
    placed = "Police said Theresa May would visit Nairobi and Mombasa, Kenya."
    assert telex.code_actor("police", date="2018-06-01", context=placed)["country"] == "KEN"


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("Edi Rama", "2016-05-01", "ALBGOV"),
        ("Milo Djukanovic", "2011-05-01", "MNEELI"),  # between his terms as prime minister
        ("Boyko Borisov", "2018-05-01", "BGRGOV"),
        ("Luis Lacalle Pou", "2021-05-01", "URYGOV"),
        ("Xiomara Castro", "2023-05-01", "HNDGOV"),
    ],
)
def test_heads_of_smaller_states_are_known_by_their_terms(phrase: str, day: str, code: str) -> None:
    assert telex.code_actor(phrase, date=day)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("OLA: Oromo Liberation Army", "ETHREB"),  # rebels, not Ethiopia's army by "Oromo" and "army"
        ("Karen National Union", "MMRREB"),
        ("ex-Seleka rebels", "CAFREB"),
        ("FDLR", "CODREB"),
        ("CPI (Maoist)", "INDREB"),
        ("Tren de Aragua", "VENCRM"),
        ("Communist Party of India", "INDPTY"),  # the party, not the Maoist rebels
    ],
)
def test_armed_groups_and_gangs_of_acled_style_lists(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2022-01-01")["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the Saudi-led coalition", "SAUMIL"),  # states' forces under one state's command
        ("a U.S.-led coalition", "USAMIL"),
        ("the ruling coalition", "GOV"),  # no state leads it: the sector the words give
    ],
)
def test_a_coalition_a_state_leads_is_its_military(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase)["code"] == code


def test_a_coalition_split_by_the_tagger_is_read_as_written_whole() -> None:
    actor = resolve_words(["the", "Saudi", "-", "led", "coalition"])
    assert actor is not None and actor.code == "SAUMIL"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("masked gunmen on motorbikes", "UAF"),  # the head comes before the phrase of manner or place
        ("police in riot gear", "COP"),
        ("protesters with placards", "OPP"),
        ("attacks on police", None),  # the head is no sector noun
    ],
)
def test_a_sector_head_before_a_prepositional_phrase_is_the_actor(phrase: str, code: str | None) -> None:
    assert telex.code_actor(phrase)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the Obama supporter from Ohio", "USACVL"),  # where the followers are is no part of whom they back
        ("Bolsonaro backers in Sao Paulo", "BRACVL"),
    ],
)
def test_followers_keep_their_reading_before_a_phrase_of_place(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2014-03-01")["code"] == code
