"""People written as the tables do not write them: a full name in another transliteration ("Hosni Moubarak"), a
family name of two words ("Peña Nieto", "Van Rompuy"), a Thai leader called by the given name ("Thaksin")."""

from __future__ import annotations

import pytest

import telex
from telex.actors.spelling import respelled, skeleton


@pytest.mark.parametrize(
    ("phrase", "day", "code", "name"),
    [
        ("Hosni Moubarak", "2009-02-01", "EGYGOV", "Hosni Mubarak"),  # ou for u
        ("Vladimir Poutine", "2016-02-01", "RUSGOV", "Vladimir Putin"),  # a final vowel of another language
        ("Moammar Kadhafi", "2009-02-01", "LBYGOV", "Muammar Gaddafi"),  # k for g, dh for d: both parts respelled
        ("Recep Tayip Erdogan", "2016-02-01", "TURGOV", "Recep Tayyip Erdoğan"),
        ("Abdel Fatah el-Sisi", "2016-02-01", "EGYGOV", "Abdel Fattah el-Sisi"),  # a particle's name is a name's word
        ("President Hosni Moubarak", "2015-02-01", "EGYELI", "Hosni Mubarak"),  # a title out of its term
    ],
)
def test_a_full_name_in_another_transliteration_is_the_person(phrase: str, day: str, code: str, name: str) -> None:
    coded = telex.code_actor(phrase, date=day)
    assert (coded["code"], coded["name"]) == (code, name)


@pytest.mark.parametrize(
    "words",
    [
        ["Ahmadinajad"],  # a bare surname is never guessed
        ["John", "Burton"],  # letters moved, not respelled: another person than John Bruton
        ["John", "Berry"],  # another consonant: another person than John Kerry
        ["Hosni", "Mubarak"],  # the tables' own spelling needs no guess
    ],
)
def test_no_guess_for_a_bare_surname_or_another_name(words: list[str]) -> None:
    assert respelled(words) is None


def test_the_skeleton_keeps_consonants_and_where_vowels_fall() -> None:
    assert skeleton("Moubarak") == skeleton("Mubarak") == "mVbVrVk"
    assert skeleton("Poutine") == skeleton("Putin")
    assert skeleton("Burton") != skeleton("Bruton")


@pytest.mark.parametrize(
    ("phrase", "day", "code"),
    [
        ("Pena Nieto", "2014-02-01", "MEXGOV"),  # two family names of a Spanish-speaking state
        ("Lopez Obrador", "2020-02-01", "MEXGOV"),
        ("Van Rompuy", "2011-02-01", "IGOEUREEC"),  # a particle and a name
        ("Thaksin", "2004-02-01", "THAGOV"),  # Thais are called by the given name
        ("Yingluck", "2012-06-01", "THAGOV"),
        ("Richard Perry", "2018-02-01", None),  # a middle name and a surname may be anyone's (James Richard Perry)
    ],
)
def test_a_family_name_of_two_words_and_a_thai_given_name(phrase: str, day: str, code: str | None) -> None:
    assert telex.code_actor(phrase, date=day)["code"] == code
