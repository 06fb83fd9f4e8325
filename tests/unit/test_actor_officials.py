"""Office holders below the head of government (officials.tsv): found by full name or by surname after their title,
coded by the office held on the date, and never by a bare surname."""

from datetime import date

import pytest

from telex.actors.phrases import resolve_words

MAY_2016 = date(2016, 5, 1)


@pytest.mark.parametrize(
    ("phrase", "on", "name", "code"),
    [
        ("James Comey", MAY_2016, "James Comey", "USACOP"),
        ("Loretta Lynch", MAY_2016, "Loretta Lynch", "USAJUD"),
        ("Ash Carter", MAY_2016, "Ash Carter", "USAMIL"),
        ("John Brennan", MAY_2016, "John Brennan", "USASPY"),
        ("Jeh Johnson", MAY_2016, "Jeh Johnson", "USAGOV"),
        ("Sergei Shoigu", MAY_2016, "Sergei Shoigu", "RUSMIL"),
        # One person, two offices: Jack Lew was chief of staff, then at the Treasury; Panetta at the CIA, then Defense.
        ("Jack Lew", date(2012, 6, 1), "Jack Lew", "USAGOV"),
        ("Leon Panetta", date(2010, 6, 1), "Leon Panetta", "USASPY"),
        ("Leon Panetta", date(2012, 6, 1), "Leon Panetta", "USAMIL"),
        # Out of office: the country's elite, not the office.
        ("James Comey", date(2018, 6, 1), "James Comey", "USAELI"),
    ],
)
def test_an_official_is_coded_by_the_office_held_that_day(phrase: str, on: date, name: str, code: str) -> None:
    actor = resolve_words(phrase.split(), on)
    assert actor is not None and (actor.name, actor.code) == (name, code)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Attorney General Lynch", "Loretta Lynch"),
        ("Defense Secretary Carter", "Ash Carter"),
        ("F.B.I. Director Comey", "James Comey"),
        ("Secretary Johnson", "Jeh Johnson"),
        ("the U.S. defense secretary", "Ash Carter"),
    ],
)
def test_a_surname_after_the_officials_title_is_the_official(phrase: str, name: str) -> None:
    actor = resolve_words(phrase.split(), MAY_2016)
    assert actor is not None and actor.name == name


def test_a_bare_common_surname_of_an_official_names_nobody_new() -> None:
    # "Carter" stays Jimmy Carter (a 1979 president), "Lynch" alone is nobody, "General Lynch" no attorney general:
    # only a title of the official's own makes a common surname theirs. In 2016 "Carter", a common surname
    # (common_surnames.tsv), names no former president either.
    carter = resolve_words(["Carter"], date(1979, 6, 1))
    assert carter is not None and carter.name == "Jimmy Carter"
    assert resolve_words(["Carter"], MAY_2016) is None
    assert resolve_words(["Lynch"], MAY_2016) is None
    general = resolve_words(["General", "Lynch"], MAY_2016)
    assert general is not None and (general.name, general.sector) == (None, "MIL")


@pytest.mark.parametrize(
    ("phrase", "name", "code"),
    [
        ("the New York attorney general", "New York", "USAJUD"),
        ("the attorney general of Texas", "Texas", "USAJUD"),
        ("the U.S. attorney general", "Loretta Lynch", "USAJUD"),
        ("the American attorney general", "Loretta Lynch", "USAJUD"),
    ],
)
def test_an_office_of_a_region_is_not_the_national_office(phrase: str, name: str, code: str) -> None:
    actor = resolve_words(phrase.split(), MAY_2016)
    assert actor is not None and (actor.name, actor.code) == (name, code)


@pytest.mark.parametrize(
    ("word", "on", "code"),
    [
        ("Comey", MAY_2016, "USACOP"),  # the one bearer of the tables, in office that day
        ("Lew", MAY_2016, "USAGOV"),
        ("Comey", date(2018, 6, 1), None),  # out of office: alone, nobody
        ("Lew", date(2009, 6, 1), None),  # not yet in office
        ("Comey", None, None),  # no date, no office
    ],
)
def test_a_rare_surname_of_one_official_in_office_names_the_official(word: str, on: date | None, code: str) -> None:
    actor = resolve_words([word], on)
    assert (actor.code if actor is not None else None) == code
