"""The article's entity index: the one country an article, or a stretch of it, names."""

from telex.entity_index import EntityIndex
from telex.records import Entity


def _index() -> EntityIndex:
    return EntityIndex(
        (
            Entity("e1", "Kenya", "GPE", ((0, 5), (120, 125)), code="KEN", country="KEN"),
            Entity("e2", "Uganda", "GPE", ((60, 66),), code="UGA", country="UGA"),
            Entity("e3", "the police", "ORG", ((10, 20),), sector="COP"),
        )
    )


def test_the_sole_country_of_a_stretch_counts_only_the_mentions_starting_in_it() -> None:
    index = _index()
    assert index.sole_country_between(0, 50) == "KEN"
    assert index.sole_country_between(50, 100) == "UGA"
    assert index.sole_country_between(0, 100) is None  # two countries
    assert index.sole_country_between(21, 59) is None  # none


def test_an_article_naming_two_countries_has_no_sole_country() -> None:
    assert _index().sole_country is None
    assert EntityIndex(_index().entities[::2]).sole_country == "KEN"
