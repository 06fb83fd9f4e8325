"""Actor names in the styles of other datasets' actor lists (ACLED, ICEWS, GDELT), and the lone-phrase rules they
need: a country's police forces are police, an unidentified armed group is CAMEO's unidentified armed forces, the
peoples that live almost wholly in one state are that state's, a surname that people of several countries bear names
none of them alone, a leader called former with no date is the country's elite, a group is who its examples
are ("terrorist groups such as al-Qaeda"), a region's adjective before a noun of states is the region ("Asian
leaders"), and a group of a faith is religious ("Jewish groups")."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

import telex
from telex.actors.resolve import resolve_span
from telex.entity_index import EntityIndex
from tests.unit.fixtures import hand_parsed


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Police Forces of India (2014-)", "INDCOP"),
        ("Police Forces of Kenya (2013-2022)", "KENCOP"),
        ("the Nigerian police force", "NGACOP"),
        ("Military Forces of Sudan (2019-)", "SDNMIL"),  # forces alone stay the military
        ("Unidentified Armed Group (Syria)", "SYRUAF"),
        ("unidentified gunmen", "UAF"),
        ("an armed group in Mali", "MLIREB"),  # an armed group that is not unidentified stays rebels
        ("Labor Group (France)", "FRALAB"),
    ],
)
def test_security_and_labour_nouns_of_actor_lists(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Yoruba leaders", "NGA"),
        ("Zulu villagers", "ZAFCVL"),
        ("Rohingya refugees", "MMRREF"),
        ("Northern Irish police", "GBRCOP"),
        ("Irish police", "IRLCOP"),  # the republic's own demonym is untouched
        ("Kurdish fighters", "REB"),  # a people of several states: no country
    ],
)
def test_a_people_of_one_state_is_that_state(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("Ali", None, None),  # Ben Ali of Tunisia and a Lebanese minister: which one?
        ("Mr. Ali", None, None),
        ("Hassan", "2016-08-26", None),  # no Hassan of the table in office: not the dictionaries' Jordanian prince
        ("Mubarak", "2005-01-01", "EGYGOV"),  # one of the bearers in office that day
        ("Mubarak", None, None),  # Hosni Mubarak and a Yemeni premier, neither in office now
        ("President Mubarak", None, "EGYGOV"),  # the title says which
        ("Putin", "2016-01-01", "RUSGOV"),  # one person, whatever the offices
        ("Zine El Abidine Ben Ali", "2005-01-01", "TUNGOV"),  # a full name is never ambiguous
    ],
)
def test_a_surname_of_people_of_several_countries(phrase: str, day: str | None, code: str | None) -> None:
    assert telex.code_actor(phrase, day)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("former President Mubarak", None, "EGYELI"),
        ("former Iraqi leader Saddam Hussein", None, "IRQELI"),
        ("ex-President Hosni Mubarak", None, "EGYELI"),
        ("Hosni Mubarak", "2005-01-01", "EGYGOV"),
        ("former President Hosni Mubarak", "2015-01-01", "EGYELI"),  # the date says it, as before
    ],
)
def test_a_former_leader_with_no_date_is_the_elite(phrase: str, day: str | None, code: str) -> None:
    assert telex.code_actor(phrase, day)["code"] == code


def _groups_such_as(head: str, lemma: str, example: str, word: str = "as") -> Doc:
    """ "<modifier> <head> such as <example> acted ." hand-parsed; with ``word`` "including" there is no "such"."""
    such = [("such", 3, "amod", "ADJ", "JJ", "such")] if word == "as" else []
    at = 2 + len(such)
    return hand_parsed([
        ("terrorist" if head == "groups" else "local", 1, "amod", "ADJ", "JJ", "terrorist"),
        (head, at + 2, "nsubj", "NOUN", "NNS", lemma),
        *such,
        (word, 1, "prep", "ADP", "IN", word),
        (example, at, "pobj", "PROPN", "NNP", example),
        ("acted", at + 2, "ROOT", "VERB", "VBD", "act"),
        (".", at + 2, "punct", "PUNCT", ".", "."),
    ])


@pytest.mark.parametrize(
    ("head", "lemma", "example", "word", "code"),
    [
        ("groups", "group", "Hezbollah", "as", "LBNREB"),  # a group noun with no sector: the example's code
        ("groups", "group", "Hezbollah", "including", "LBNREB"),
        ("politicians", "politician", "Netanyahu", "like", "ISRPTY"),  # the group's own sector, the example's country
        ("groups", "group", "somebody", "as", None),  # an example that names no actor says nothing
    ],
)
def test_the_example_a_group_is_given_names_it(
    head: str, lemma: str, example: str, word: str, code: str | None
) -> None:
    doc = _groups_such_as(head, lemma, example, word)
    actor = resolve_span(doc[0:2], EntityIndex([]), date(2016, 1, 1))
    assert (actor.code if actor else None) == code


@pytest.mark.parametrize(
    ("phrase", "code", "sector"),
    [
        ("Asian leaders", "ASA", None),
        ("European governments", "EUR", "GOV"),
        ("African nations", "AFR", None),
        ("Asian American voters", "USACVL", "CVL"),  # a people at home elsewhere, not the region
        ("European football", None, None),  # no noun of states after it
        ("European Union leaders", "IGOEUREEC", "GOV"),  # the body's name first; its leaders are heads of government
    ],
)
def test_a_region_adjective_before_a_noun_of_states_is_the_region(
    phrase: str, code: str | None, sector: str | None
) -> None:
    coded = telex.code_actor(phrase)
    assert (coded["code"], coded["sector"]) == (code, sector)


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Jewish groups", "REL"),
        ("Muslim leaders", "REL"),
        ("Eleven progressive and Muslim organizations", "REL"),
        ("American Jewish groups", "USAREL"),
        ("Evangelicals", "REL"),
        ("Islamic law", None),  # "Islamic" is said of things more than of people
        ("Israeli Jewish settlers", "ISRSET"),  # the head's own sector first
        ("government watchdog group", "NGO"),  # a watchdog of the government, not the government
        ("Muslim countries", None),  # no group of people
        ("Islamic State", "IMGMUSISI"),  # a name first
    ],
)
def test_a_group_of_a_faith_is_religious(phrase: str, code: str | None) -> None:
    assert telex.code_actor(phrase)["code"] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("advocacy groups", "NGO"),
        ("conservative outside groups", "NGO"),
        ("budget watchdog groups", "NGO"),
        ("the nation's largest gun group", "NGO"),
        ("Anti-Trump groups", "USANGO"),  # a body against a person the tables know is of the person's state
        ("pro-Israel organizations", "NGO"),  # the state a cause is for is not the body's country
        ("American conservative groups", "USANGO"),
        ("American Jewish groups", "USAREL"),  # a faith first, as before
        ("environmental groups", "ENV"),  # a sector word of its own first
        ("Republican outside groups", "USAPTY"),  # a party's own
        ("liberal leaders", None),  # leaders are as often a party's
        ("conservative Americans", "USACVL"),  # people, not a body
        ("the group", None),
    ],
)
def test_a_body_that_campaigns_for_a_cause_is_an_ngo(phrase: str, code: str | None) -> None:
    assert telex.code_actor(phrase)["code"] == code
