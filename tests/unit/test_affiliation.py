"""A person's coded role from the words around the name, on hand-built parses (no model)."""

from spacy.tokens import Doc

from telex.entities.affiliation import affiliation_of
from tests.unit.fixtures import _blank_vocab


def _parse(words: list[str], heads: list[int], deps: list[str], pos: list[str], ents: list[str]) -> Doc:
    return Doc(_blank_vocab(), words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_role_read_as_apposition_before_the_name_codes_the_person() -> None:
    # "an admirer in British envoy Sir Peter Westmacott": the parser hangs the name on "envoy" as an apposition.
    doc = _parse(
        ["an", "admirer", "in", "British", "envoy", "Sir", "Peter", "Westmacott", "."],
        [1, 1, 1, 4, 2, 7, 7, 4, 1],
        ["det", "ROOT", "prep", "amod", "pobj", "compound", "compound", "appos", "punct"],
        ["DET", "NOUN", "ADP", "ADJ", "NOUN", "PROPN", "PROPN", "PROPN", "PUNCT"],
        ["O", "O", "O", "B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O"],
    )
    actor = affiliation_of(doc[6:8]).actor
    assert actor is not None and actor.country == "GBR"


def test_apposition_after_a_comma_is_no_title() -> None:
    # "the envoy, Peter Westmacott": a comma sets the name apart; the noun before it is no title written on the name.
    doc = _parse(
        ["the", "British", "envoy", ",", "Peter", "Westmacott", "."],
        [2, 2, 2, 2, 5, 2, 2],
        ["det", "amod", "ROOT", "punct", "compound", "appos", "punct"],
        ["DET", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"],
        ["O", "B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O"],
    )
    assert affiliation_of(doc[4:6]).actor is None
