"""Name coreference without a model: surnames, spelling variants, different people kept apart."""

import pytest

from telex.entities.cluster import canonical_name, cluster_names, same_person
from telex.entities.person_names import surname

SAME = [
    ("Kim", "Kim Jong-un"),
    ("Yoon Sun", "Yun Sun"),
    ("Sam Green", "Sam Greene"),
    ("Putin", "Vladimir Putin"),
    ("Mr. Lavrov", "Sergei Lavrov"),
    # Two spellings of one given name with the same surname, by edit distance or by a letter of the same sound.
    ("Jon Smith", "John Smith"),
    ("Katherine Ross", "Catherine Ross"),
    ("Christina Ruiz", "Kristina Ruiz"),
    ("Philip Lee", "Filip Lee"),
    ("John F. Smith", "Jon Smith"),
    # A nickname or a shortened form of the given name (given_name_variants.tsv).
    ("Bill Clinton", "William Clinton"),
    ("Mike Leavitt", "Michael Leavitt"),
    ("Jack Lew", "Jacob J. Lew"),
    ("Ken Starr", "Kenneth Starr"),
    ("Peggy Noonan", "Margaret Noonan"),
    # A suffix is no part of the surname a later mention uses.
    ("Harris", "Harry B. Harris Jr."),
    # An inner part of a name of three or more words stands for it.
    ("Carlos", "Juan Carlos Hidalgo"),
    ("Lula", "Luiz Inacio Lula da Silva"),
]
DIFFERENT = [
    ("Kim Jong-un", "Kim Yo-jong"),
    ("Kim Jong Un", "Kim Jong Il"),
    ("Joe Biden", "Hunter Biden"),
    ("Sun", "Moon"),
    ("Dan Smith", "Jan Smith"),  # one letter apart, but not one sound: two people of one family
    ("Mark Kelly", "Mike Kelly"),
    # Given names alike in their first letters are still two people who share a surname: father and son.
    ("Tracy Martin", "Trayvon Martin"),
    ("Ivanka Trump", "Donald Trump"),
    ("L.H. Meyer", "Laurence Meyer"),  # an initial may stand for another name, here a firm's
    ("Da", "Luiz Inacio Lula da Silva"),  # a particle is no name
    ("B.", "Harry B. Harris Jr."),  # nor an initial
    ("Jong", "Kim Jong-un"),  # nor a part of a hyphenated word
    ("Trump", "Donald Trump-led"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_person(a: str, b: str) -> None:
    assert same_person(a, b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_people(a: str, b: str) -> None:
    assert not same_person(a, b)


def test_a_bare_name_joins_a_name_it_ends_before_one_it_is_inside() -> None:
    # "Mr. Trump" is Donald Trump's, not his sister Maryanne Trump Barry's, whoever was named last.
    assert cluster_names(["Donald Trump", "Maryanne Trump Barry", "Trump"]) == [0, 1, 0]
    assert cluster_names(["Melba Acosta Febo", "Acosta"]) == [0, 0]


def test_cluster_names_joins_bare_name_to_latest_match() -> None:
    names = ["Kim Jong-un", "Yun Sun", "Yoon Sun", "Kim Yo-jong", "Kim"]
    assert cluster_names(names) == [0, 1, 1, 2, 2]


def test_a_bare_surname_stays_with_the_family_member_the_article_has_talked_about() -> None:
    # Named in full as often, "Clinton" is still the Clinton of the bare mentions before, not the husband named once
    # since ("Then, Bill Clinton set his wife's …; … Clinton began to find her voice").
    assert cluster_names(["Hillary Clinton", "Clinton", "Clinton", "Bill Clinton", "Clinton"]) == [0, 0, 0, 1, 0]
    assert cluster_names(["Kim Jong-un", "Yun Sun", "Kim", "Yoon Sun", "Kim Yo-jong", "Kim"]) == [0, 1, 0, 1, 2, 0]


def test_canonical_name_is_fullest() -> None:
    assert canonical_name(["Putin", "Vladimir Putin", "Putin"]) == "Vladimir Putin"


def test_a_bare_surname_goes_to_the_family_member_named_in_full_most() -> None:
    # "Melania Trump" named once after Donald Trump named twice: a bare "Trump" is still his.
    assert cluster_names(["Donald Trump", "Donald Trump", "Melania Trump", "Trump"]) == [0, 0, 1, 0]
    # Named in full as often: the latest named, as before.
    assert cluster_names(["Bill Clinton", "Hillary Clinton", "Clinton"]) == [0, 1, 1]


def test_an_honorific_picks_the_family_member_of_its_gender() -> None:
    assert cluster_names(["Hillary Clinton", "Bill Clinton", "Mrs. Clinton"]) == [0, 1, 0]
    assert cluster_names(["Bill Clinton", "Hillary Clinton", "Mr. Clinton"]) == [0, 1, 0]


def test_a_titled_surname_never_joins_a_cluster_whose_given_names_mark_the_other_sex() -> None:
    # "Khizr and Ghazala Khan": the tagger gives the husband no surname, and "Mr. Khan" is not his wife.
    assert cluster_names(["Ghazala Khan", "Mr. Khan", "Mrs. Khan"]) == [0, 1, 0]
    assert cluster_names(["Maria Costa", "John Costa", "Mr. Costa"]) == [0, 1, 1]
    # and a full name is not the titled surname of the other sex named before it.
    assert cluster_names(["Ms. Trump", "Donald Trump Jr."]) == [0, 1]
    # A full name whose given name marks neither sex takes either title.
    assert cluster_names(["Saeed Abedini", "Mrs. Abedini", "Mr. Abedini"]) == [0, 0, 0]


def test_a_surname_is_the_last_word_of_a_name_without_its_suffix() -> None:
    assert surname("Brent Bozell III") == "bozell"
    assert surname("Harry B. Harris Jr.") == "harris"
    assert surname("Melissa Mark-Viverito") == "mark-viverito"


def test_name_tokens_are_kept_but_each_caller_gets_its_own_list() -> None:
    from telex.entities.person_names import name_tokens

    first = name_tokens("Mr. Kim Jong-un")
    assert first == ["kim", "jong", "un"]
    first.append("changed")
    assert name_tokens("Mr. Kim Jong-un") == ["kim", "jong", "un"]


def test_a_bare_name_is_the_surname_of_one_before_the_given_name_of_another() -> None:
    # "said Tom John ... John added": the second mention is Tom John's surname, not John Kasich's given name,
    # however often Kasich is named.
    assert cluster_names(["John Kasich", "John Kasich", "Kasich", "Tom John", "John"]) == [0, 0, 0, 1, 1]
    # and whichever was named first or last.
    assert cluster_names(["Paul Rosa", "Rosa Lopez", "Rosa Lopez", "Rosa"]) == [0, 1, 1, 0]
    # A bare name that is only one person's given name still joins that person.
    assert cluster_names(["Hillary Clinton", "Bill Clinton", "Hillary"]) == [0, 1, 0]
