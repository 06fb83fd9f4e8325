"""A person the article calls by a bare surname only, who leads or led a country the article names nowhere else, is
someone else of that name (plain values, no model)."""

from __future__ import annotations

from datetime import date

from telex.actors.namesakes import not_a_stranger
from telex.actors.phrases import resolve_words
from telex.entities.extract import Mention, _by_surname_alone, _strangers_uncoded
from telex.entity_index import EntityIndex
from telex.records import Entity

_DAY = date(2016, 5, 1)


def _country(iso3: str, at: int = 900) -> Entity:
    return Entity(f"E{iso3}", iso3, "GPE", ((at, at + 5),), iso3, iso3, None)


def test_a_surname_of_a_leader_of_a_country_never_named_gives_way_to_the_other_words() -> None:
    # "Key U.S. lawmakers" in an American story: no New Zealand premier, the state's lawmakers. ("Key Democratic
    # lawmakers" is read so by the phrase alone: a capitalised adjective before a party's word is no surname.)
    words = ["Key", "U.S.", "lawmakers"]
    actor = resolve_words(words, _DAY)
    assert actor is not None and actor.country == "NZL"
    found = not_a_stranger(words, actor, EntityIndex([_country("USA")]), _DAY)
    assert found is not None and found.country == "USA"


def test_a_surname_of_a_leader_of_a_country_the_article_names_stays_that_leader() -> None:
    words = ["Key", "U.S.", "lawmakers"]
    actor = resolve_words(words, _DAY)
    assert not_a_stranger(words, actor, EntityIndex([_country("USA"), _country("NZL", 950)]), _DAY) == actor


def test_a_surname_of_a_head_of_an_organisation_never_named_is_nobody() -> None:
    # "Ban on Face Coverings": no secretary-general of a UN the article never names.
    words = ["Ban", "on", "Face", "Coverings"]
    actor = resolve_words(words, _DAY)
    assert actor is not None and actor.code == "IGOUNO"
    assert not_a_stranger(words, actor, EntityIndex([_country("USA")]), _DAY) is None
    un = Entity("EU", "United Nations", "ORG", ((950, 955),), "IGOUNO", None, None)
    assert not_a_stranger(words, actor, EntityIndex([_country("USA"), un]), _DAY) == actor


def test_a_person_called_by_surname_alone_of_a_country_never_named_is_uncoded() -> None:
    fox = Entity("E1", "Vicente Fox", "ORG", ((0, 3), (50, 53)), "MEXELI", "MEX", "ELI")
    members = [Mention(0, 3, "Fox", "ORG"), Mention(50, 53, "Fox", "ORG")]
    assert _by_surname_alone(fox, members)
    kept = _strangers_uncoded([fox, _country("USA")], {"E1"})
    assert (kept[0].name, kept[0].code, kept[0].country) == ("Fox", None, None)
    stays = _strangers_uncoded([fox, _country("MEX")], {"E1"})[0]
    assert (stays.name, stays.code) == ("Vicente Fox", "MEXELI")


def test_a_person_named_in_full_once_is_no_stranger() -> None:
    fox = Entity("E1", "Vicente Fox", "PERSON", ((0, 11), (50, 53)), "MEXELI", "MEX", "ELI")
    assert not _by_surname_alone(fox, [Mention(0, 11, "Vicente Fox", "PERSON"), Mention(50, 53, "Fox", "PERSON")])
