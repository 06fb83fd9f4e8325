"""Actor coding of session 46 (actors48): a given name before a state's name, a word of grammar before a surname,
offices only one state has, hyphenated words read as the article reads them, titles with a prefix, a party's word that
heads its phrase, and a state's entity whose mention names a sector of it."""

from datetime import date

import pytest

import telex
from telex.actors.names import find_names
from telex.actors.phrases import resolve_words
from telex.actors.resolve import resolve_span
from telex.entity_index import EntityIndex
from telex.records import Entity
from tests.unit.fixtures import Row, hand_parsed

ON = date(2016, 6, 29)


@pytest.mark.parametrize(
    ("words", "country"),
    [
        (["Brian", "France"], None),  # NASCAR's chief: a given name makes the state's name a surname
        (["David", "Oman"], None),
        (["Jordan", "Israel"], "ISR"),  # a given name that is a state's name too is no person's
        (["Will", "China"], "CHN"),  # a word of grammar first: "Will China retaliate?"
        (["France"], "FRA"),
    ],
)
def test_a_given_name_before_a_states_name_makes_it_a_surname(words: list[str], country: str | None) -> None:
    actor = resolve_words(words, ON)
    assert (actor.country if actor else None) == country


def test_a_word_of_grammar_before_a_bare_surname_leaves_it_alone() -> None:
    assert [h.actor.code for h in find_names(["And", "Sanders", "said"], date(2016, 6, 27))] == ["USALEG"]
    coded = telex.code_actor("candidates", "2016-06-27", context="And Sanders is lending his support to candidates.")
    assert coded["code"] == "USAPTY"
    # A given name that is a word of grammar too is still a given name: "Will Hurd" is no Mark Hurd.
    actor = resolve_words(["Will", "Hurd"], ON)
    assert actor is None or actor.code != "USABUS"


@pytest.mark.parametrize(
    ("words", "code"),
    [
        (["the", "pope"], "VATGOV"),  # the holder on the day: Pope Francis
        (["the", "Pope"], "VATGOV"),
        (["the", "pontiff"], "VATGOV"),
        (["the", "Taoiseach"], "IRLGOV"),
        (["Carl", "Pope"], None),  # a surname: no office of the Holy See, nor a cleric after a given name
    ],
)
def test_an_office_only_one_state_has_names_that_state(words: list[str], code: str | None) -> None:
    actor = resolve_words(words, ON)
    assert (actor.code if actor is not None else None) == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("an Istanbul-based college professor", "TUREDU"),  # where the actor is based
        ("a Texas-based company", "USABUS"),
        ("Mexican-American voters", "USACVL"),  # an origin before a nationality gives way to it
        ("pro-Russian rebels", "REB"),  # a word of stance stays whole
    ],
)
def test_a_hyphenated_word_is_read_as_the_article_reads_it(phrase: str, code: str) -> None:
    assert telex.code_actor(phrase, "2016-06-29")["code"] == code


def test_a_title_with_a_prefix_describes_the_name_after_it() -> None:
    coded = telex.code_actor("Jane Roe", "2016-09-01", context="“Not again,” CBS This Morning co-anchor Jane Roe said.")
    assert coded["code"] == "USAMED"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("a Republican from the Concord area", "USAPTY"),  # the party's word heads the phrase: a member
        ("a Democrat from Ohio", "USAPTY"),
        ("the Republican Guard", None),  # a longer name no table knows
    ],
)
def test_a_partys_word_before_a_place_is_a_member(phrase: str, code: str | None) -> None:
    assert telex.code_actor(phrase, "2016-08-26")["code"] == code


def test_a_description_may_open_with_one_of() -> None:
    context = "Ann Roe, one of the handful of RNC members from Maine, said the party would unite."
    assert telex.code_actor("Ann Roe", "2016-07-18", context=context)["code"] == "USAPTY"


def test_a_word_of_grammar_ends_no_title() -> None:
    # "criticism of": the "of" of titles such as "head of state" makes no title of the words before a name, nor a
    # surname after it Imran Khan's.
    context = "Mr. Trump's criticism of Khan drew rebukes."
    assert telex.code_actor("Khan", "2016-08-01", context=context)["country"] != "PAK"
    # A family is its people.
    assert telex.code_actor("the Khan family", "2016-08-01", context=context)["sector"] == "CVL"


def test_a_mention_of_a_states_entity_keeps_the_sector_its_words_name() -> None:
    rows: list[Row] = [
        ("Americans", 5, "nsubj", "PROPN", "NNPS", "Americans"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("White", 4, "compound", "PROPN", "NNP", "White"),
        ("House", 0, "conj", "PROPN", "NNP", "House"),
        ("agreed", 5, "ROOT", "VERB", "VBD", "agree"),
    ]
    doc = hand_parsed(rows)
    start = doc.text.index("White")
    usa = Entity("E1", "United States", "GPE", ((0, 9), (start, start + len("White House"))), "USA", "USA")
    actor = resolve_span(doc[2:5], EntityIndex([usa]), ON)
    assert actor is not None and actor.code == "USAGOV"
    # The state's own name keeps the state's code.
    actor = resolve_span(doc[0:1], EntityIndex([usa]), ON)
    assert actor is not None and actor.code == "USA"


@pytest.mark.parametrize(
    ("words", "code"),
    [
        (["Ted", "Cruz", "'s", "presidential", "campaign"], "USAPTY"),  # words of its kind before the body
        (["Ted", "Cruz", "'s", "campaign"], "USAPTY"),
        (["Putin", "'s", "military", "campaign"], "RUSGOV"),  # a sector word: a war's campaign, no party's
    ],
)
def test_a_body_named_by_a_person_may_say_its_kind(words: list[str], code: str) -> None:
    actor = resolve_words(words, ON)
    assert actor is not None and actor.code == code
