"""Which person a name denotes across one article: leaders by surname, namesakes kept apart."""

from datetime import date

from telex.entities.extract import Mention, _key_people, _leader_named

MAY_2020 = date(2020, 5, 1)


def _people(names: list[str]) -> list[Mention]:
    mentions, offset = [], 0
    for name in names:
        actor = _leader_named(name, MAY_2020)
        mentions.append(Mention(offset, offset + len(name), name, "PERSON", actor=actor))
        offset += len(name) + 10
    return mentions


def test_a_bare_surname_follows_the_namesake_the_article_named_last() -> None:
    mentions = _people(["António Costa", "Maria Costa", "Costa"])
    _key_people(mentions, MAY_2020)
    assert [m.key for m in mentions] == ["person:António Costa", "person:Maria Costa", "person:Maria Costa"]
    assert mentions[2].actor is None


def test_a_bare_surname_alone_names_the_office_holder() -> None:
    mentions = _people(["Costa", "Mr Costa"])
    _key_people(mentions, MAY_2020)
    assert {m.key for m in mentions} == {"person:António Costa"}
    assert mentions[0].actor is not None and mentions[0].actor.code == "PRTGOV"
