"""Actor coding from words alone: states, capitals, seats, demonyms, sectors, office holders, IGOs."""

from datetime import date

import pytest

import telex
from telex.actors.names import find_names
from telex.actors.phrases import resolve_words
from telex.actors.resolve import resolve_span
from telex.actors.table import actor_table
from telex.entity_index import EntityIndex
from telex.records import Entity
from tests.unit.fixtures import hand_parsed

JUNE_2024 = date(2024, 6, 19)

CASES = [
    ("Pyongyang", "PRK"),
    ("the Kremlin", "RUSGOV"),
    ("the White House", "USAGOV"),
    ("North Korea 's", "PRK"),
    ("the Russian army", "RUSMIL"),
    ("Syrian rebels", "SYRREB"),
    ("the Iraqi parliament", "IRQLEG"),
    ("the UN Security Council", "IGOUNO"),
    ("NATO", "IGOWSTNAT"),
    ("Putin", "RUSGOV"),
    ("Russian President Vladimir Putin", "RUSGOV"),
    ("the Russian president", "RUSGOV"),
    ("South Korean police", "KORCOP"),
    ("Washington", "USA"),
    ("U.S.", "USA"),
    ("the Soviet Union", "USR"),
    ("Soviet troops", "USRMIL"),
]


@pytest.mark.parametrize(("phrase", "code"), CASES)
def test_resolve_words(phrase: str, code: str) -> None:
    actor = resolve_words(phrase.split(), JUNE_2024)
    assert actor is not None and actor.code == code


def test_the_north_only_in_a_korea_story() -> None:
    assert resolve_words(["the", "North"], korea=False) is None
    north = resolve_words(["the", "North"], korea=True)
    assert north is not None and north.code == "PRK"


def test_role_description_resolves_to_office_holder_at_the_date() -> None:
    actor = resolve_words(["the", "Russian", "president"], JUNE_2024)
    assert actor is not None and actor.name == "Vladimir Putin"
    earlier = resolve_words(["the", "Russian", "president"], date(2010, 1, 1))
    assert earlier is not None and earlier.name == "Dmitry Medvedev"


def test_a_demonym_in_capitals_still_leaves_a_bare_role() -> None:
    leader = resolve_words(["the", "North", "Korean", "leader"], JUNE_2024)
    assert leader is not None and leader.name == "Kim Jong Un"
    named = resolve_words(["North", "Korean", "leader", "Kim"], JUNE_2024)
    assert named is not None and named.name == "Kim Jong Un"
    unnamed = resolve_words(["the", "Russian", "president", "Ivanov"], JUNE_2024)
    assert unnamed is None or unnamed.name != "Vladimir Putin"


def test_lowercase_words_are_not_names() -> None:
    assert resolve_words(["us"]) is None
    assert resolve_words(["the", "weather"]) is None


def test_table_covers_every_un_member() -> None:
    table = actor_table()
    assert len(table.country_names) >= 198
    for iso3 in ("RUS", "PRK", "KOR", "USA", "CHN", "UKR", "PSE", "TWN", "VAT"):
        assert iso3 in table.country_names


def test_a_lone_title_word_is_no_organisation() -> None:
    table = actor_table()
    assert table.is_role_word("Defence") and table.is_role_word("Foreign")
    assert not table.is_role_word("NATO") and not table.is_role_word("Kremlin")
    assert not table.is_role_word("Defence Ministry")


def test_a_surname_inside_another_name_is_not_the_leader() -> None:
    on = date(2000, 1, 1)
    town = resolve_words(["Khan", "Younis"], on)  # a town of Gaza (towns.tsv), no Mr Khan
    assert town is not None and town.code == "PSE" and town.sector is None
    other = resolve_words(["President", "Levy", "Mwanawasa"], on)
    assert other is None or other.country != "ISR"
    for phrase in ("Mr Putin", "President Putin", "Putin Thursday"):
        actor = resolve_words(phrase.split(), JUNE_2024)
        assert actor is not None and actor.code == "RUSGOV", phrase


def test_a_name_opening_with_a_particle_is_found() -> None:
    actor = resolve_words(["Osama", "bin", "Laden", "'s", "al", "-", "Qaeda", "terror", "network"])
    assert actor is not None and actor.code == "IMGMUSAQD"



def test_a_middle_initial_is_no_part_of_a_known_name_unless_the_table_has_it() -> None:
    # "Vladimir V. Putin" is Putin by his whole name; "George W. Bush" keeps its initial, which tells him from
    # his father.
    hits = find_names(["Vladimir", "V.", "Putin"], JUNE_2024)
    assert [(h.start, h.end, h.actor.name) for h in hits] == [(0, 3, "Vladimir Putin")]
    bush = resolve_words(["George", "W.", "Bush"], JUNE_2024)
    assert bush is not None and bush.name == "George W. Bush"


def test_a_surname_after_a_middle_initial_is_no_bare_surname() -> None:
    # "Johnson" alone is the table's Boris Johnson in office; after "Lyndon B." it ends another person's full name.
    lbj = resolve_words(["Lyndon", "B.", "Johnson"], JUNE_2024)
    assert lbj is not None and lbj.name == "Lyndon B. Johnson" and lbj.country == "USA"
    alone = resolve_words(["Johnson"], date(2020, 6, 1))
    assert alone is not None and alone.country == "GBR"
    assert telex.code_actor("Lyndon B. Johnson")["name"] == "Lyndon B. Johnson"  # the initial kept with its point


def test_a_politician_out_of_office_is_a_person_not_an_organisation() -> None:
    # The article's person entity takes a politician's code as it takes a leader's ("Ted Cruz ... he said").
    hits = find_names(["Ted", "Cruz"], JUNE_2024)
    assert [(h.kind, h.actor.code) for h in hits] == [("leader", "USALEG")]


def test_the_articles_person_beats_another_person_of_the_same_name() -> None:
    # "Trump welcomed Khan 's election ." after the article named London's mayor Sadiq Khan: not Imran Khan.
    doc = hand_parsed([
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("welcomed", 1, "ROOT", "VERB", "VBD", "welcome"),
        ("Khan", 4, "poss", "PROPN", "NNP", "Khan"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("election", 1, "dobj", "NOUN", "NN", "election"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    khan = doc[2]
    mayor = Entity("E1", "Sadiq Khan", "PERSON", ((khan.idx, khan.idx + 4),), "GBRGOV", "GBR", "GOV")
    actor = resolve_span(doc[2:5], EntityIndex([mayor]), JUNE_2024)
    assert actor is not None and actor.code == "GBRGOV"


def test_a_place_in_the_name_of_a_person_no_table_codes_is_not_that_place() -> None:
    # "Jordan Peterson spoke .": the article's person, not the kingdom of Jordan; a coded place keeps its code.
    doc = hand_parsed([
        ("Jordan", 1, "compound", "PROPN", "NNP", "Jordan"),
        ("Peterson", 2, "nsubj", "PROPN", "NNP", "Peterson"),
        ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    person = Entity("E1", "Jordan Peterson", "PERSON", ((0, 15),), None, None, None)
    actor = resolve_span(doc[0:2], EntityIndex([person]), JUNE_2024)
    assert actor is None or actor.code is None  # shared_names.tsv: "Jordan" before a surname is a given name
    place = Entity("E1", "Jordan", "GPE", ((0, 6),), "JOR", "JOR", None)
    actor = resolve_span(doc[0:1], EntityIndex([place]), JUNE_2024)
    assert actor is not None and actor.code == "JOR"


def test_a_demonym_as_a_persons_surname_is_not_that_country() -> None:
    # "Ellen Cuban spoke ." is the article's person (no one the tables know); "Cuban officials spoke ." are Cuba's.
    doc = hand_parsed([
        ("Ellen", 1, "compound", "PROPN", "NNP", "Ellen"),
        ("Cuban", 2, "nsubj", "PROPN", "NNP", "Cuban"),
        ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    person = Entity("E1", "Ellen Cuban", "PERSON", ((0, 11),), None, None, None)
    actor = resolve_span(doc[0:2], EntityIndex([person]), JUNE_2024)
    assert actor is None or actor.code is None
    officials = hand_parsed([
        ("Cuban", 1, "amod", "ADJ", "JJ", "cuban"),
        ("officials", 2, "nsubj", "NOUN", "NNS", "official"),
        ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    actor = resolve_span(officials[0:2], EntityIndex([]), JUNE_2024)
    assert actor is not None and actor.country == "CUB"


def test_the_surname_of_a_person_no_table_knows_is_no_other_persons() -> None:
    # "Cook declined ." after "Peter Cook": not Robin Cook of the fallback dictionaries.
    doc = hand_parsed([
        ("Cook", 1, "nsubj", "PROPN", "NNP", "Cook"),
        ("declined", 1, "ROOT", "VERB", "VBD", "decline"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    # A common surname (common_surnames.tsv) alone names nobody of the tables on a known date.
    assert resolve_words(["Cook"], date(2015, 12, 16)) is None
    person = Entity("E1", "Peter Cook", "PERSON", ((0, 4),), None, None, None)
    actor = resolve_span(doc[0:1], EntityIndex([person]), date(2015, 12, 16))
    assert actor is not None and actor.code is None
    # Nor is it a person of the tables out of office, whom the date would code by the country alone, as a place (and
    # whom the common surname alone no longer names).
    assert resolve_words(["Cook"], date(1990, 1, 1)) is None
    actor = resolve_span(doc[0:1], EntityIndex([person]), date(1990, 1, 1))
    assert actor is not None and actor.code is None
    # Nor is an inner part of a longer name: "Carlos" after "Juan Carlos Hidalgo" is no King Juan Carlos.
    doc = hand_parsed([
        ("Carlos", 1, "nsubj", "PROPN", "NNP", "Carlos"),
        ("added", 1, "ROOT", "VERB", "VBD", "add"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    king = resolve_words(["Carlos"], date(2010, 6, 1))
    assert king is not None and king.country == "ESP"
    analyst = Entity("E1", "Juan Carlos Hidalgo", "PERSON", ((0, 6),), None, None, None)
    actor = resolve_span(doc[0:1], EntityIndex([analyst]), date(2010, 6, 1))
    assert actor is not None and actor.code is None
    # A person of the tables whom the article names too keeps the surname ("Trump" clustered with "Melania Trump").
    doc = hand_parsed([
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    wife = Entity("E1", "Melania Trump", "PERSON", ((0, 5),), None, None, None)
    husband = Entity("E2", "Donald Trump", "PERSON", ((50, 62),), "USAELI", "USA", "ELI")
    actor = resolve_span(doc[0:1], EntityIndex([wife, husband]), date(2016, 5, 1))
    assert actor is not None and actor.country == "USA"


def test_a_surname_before_a_capitalised_sector_word_opens_a_bodys_name() -> None:
    # "Germany's Green Party" is no party of Rosario Green, "Fox Business Network" no network of Vicente Fox.
    party = resolve_words(["a", "lawmaker", "from", "Germany", "'s", "Green", "Party"], date(2016, 1, 7))
    assert party is not None and party.code == "DEUPTY"
    network = resolve_words(["Fox", "Business", "Network"], date(2016, 1, 7))
    assert network is not None and network.code == "USAMED"  # the American outlet (organisations.tsv), not Mexico
    # Names joined by "&" name a firm or a show after them: "Fox & Friends" is no Vicente Fox.
    assert resolve_words(["Fox"], date(2004, 1, 1)) is not None
    show = resolve_words(["Fox", "&", "Friends"], date(2004, 1, 1))
    assert show is None or show.country is None
    # "Johnson & Johnson" is the firm the firms' rows name, not a President Johnson.
    firm = resolve_words(["Johnson", "&", "Johnson"], date(2004, 1, 1))
    assert firm is not None and firm.code == "USABUS"
    # A government is named by its head.
    administration = resolve_words(["the", "Obama", "Administration"], date(2016, 1, 7))
    assert administration is not None and administration.code == "USAGOV"


def test_where_an_envoy_is_sent_is_not_whom_the_envoy_acts_for() -> None:
    sent = resolve_words(["Israel", "'s", "ambassador", "to", "the", "UN"], JUNE_2024)
    assert sent is not None and sent.code == "ISRGOV"
    host_only = resolve_words(["the", "ambassador", "to", "the", "United", "States"], JUNE_2024)
    assert host_only is None or host_only.country is None
    sender = resolve_words(["U.S.", "envoy", "at", "the", "OSCE"], JUNE_2024)
    assert sender is not None and sender.country == "USA"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Volkswagen", "DEUBUS"),  # a large firm is its home state's business (firms.tsv)
        ("Apple CEO Tim Cook", "USABUS"),  # a firm's officer acts for the firm, not for the state
        ("Samsung Electronics", "KORBUS"),  # a longer name of a firm the fallback knows by one word
        ("Kenya Airways", "KENBUS"),
        ("AT&T", "USABUS"),  # a name with an ampersand, as the words split it
        ("Procter & Gamble", "USABUS"),
        ("Hikvision", "CHNBUS"),
    ],
)
def test_a_firm_is_its_home_states_business(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2016-05-01")["code"] == code


def test_a_firms_name_that_is_a_surname_or_a_place_is_left_out() -> None:
    # "McDonald's" would be read as "McDonald", "DuPont" as the Dupont of "Dupont Circle".
    for phrase in ("Laquan McDonald", "Dupont Circle", "the Senate Intel Committee"):
        assert telex.code_actor(phrase, date="2016-05-01")["sector"] != "BUS"


@pytest.mark.parametrize(("primary", "other"), [("Kyiv", "Kiev"), ("Beijing", "Peking"), ("Chisinau", "Kishinev")])
def test_a_capitals_other_spelling_is_coded_as_the_capital(primary: str, other: str) -> None:
    # Another spelling of a capital is the same city: a place where things happen, and the government when it acts.
    for context in ("Talks were held in {} on Monday.", "{} warned its neighbour on Monday."):
        assert telex.code_actor(other, context=context.format(other))["code"] == telex.code_actor(
            primary, context=context.format(primary)
        )["code"]
    assert actor_table().is_capital(other, telex.code_actor(primary)["country"])


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the Ku Klux Klan", "USARAD"),  # a hate movement is radical, not a rebel army
        ("English Defence League supporters", "GBRRAD"),
        ("Dominican immigration agents", "DOMCOP"),  # agents of a force, by the force's word before them
        ("Russian intelligence agents", "RUSSPY"),
        ("Southern Dems", "USAPTY"),
        ("Yellow Vest protesters", "FRAOPP"),
    ],
)
def test_groups_and_agents_of_world_news(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, date="2019-05-01")["code"] == code
