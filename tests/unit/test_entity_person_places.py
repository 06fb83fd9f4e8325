"""A one-word name the tagger types a person once, in an article that types it a place more often, writes it after
a place preposition and names no person in full with it, is that place, on hand-built parses (no model):
"Clarkston became his home" in a story about life in Clarkston."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from telex.entities.extract import extract_entities
from tests.unit.fixtures import Row, hand_parsed


def _sentence(start: int, word: str, placed: bool) -> list[Row]:
    """ "They live in {word} ." when ``placed``, else "They like {word} .", its tokens from index ``start``."""
    verb = ("live", "live") if placed else ("like", "like")
    rows: list[Row] = [
        ("They", start + 1, "nsubj", "PRON", "PRP", "they"),
        (verb[0], start + 1, "ROOT", "VERB", "VBP", verb[1]),
    ]
    if placed:
        rows += [("in", start + 1, "prep", "ADP", "IN", "in"), (word, start + 2, "pobj", "PROPN", "NNP", word)]
    else:
        rows += [(word, start + 1, "dobj", "PROPN", "NNP", word)]
    return [*rows, (".", start + 1, "punct", "PUNCT", ".", ".")]


def _entities(word: str, labels: list[str], placed: bool = True) -> list[tuple[str, str, int]]:
    """The entities of one sentence for each label, the tagger giving the name in the i-th sentence the i-th label; the
    sentences a place label goes with write the name after "in" when ``placed``."""
    rows: list[Row] = []
    spans: list[tuple[int, str]] = []
    for label in labels:
        sentence = _sentence(len(rows), word, placed and label != "PERSON")
        spans.append((len(rows) + len(sentence) - 2, label))
        rows += sentence
    doc = hand_parsed(rows)
    doc.ents = [Span(doc, i, i + 1, label=label) for i, label in spans]
    return sorted((e.name, e.type, len(e.mentions)) for e in extract_entities(doc, None))


def test_a_placed_word_typed_a_place_more_often_than_a_person_is_the_place() -> None:
    assert _entities("Clarkston", ["GPE", "GPE", "PERSON"]) == [("Clarkston", "GPE", 3)]


def test_a_word_typed_a_person_as_often_as_a_place_stays_a_person() -> None:
    assert ("Clarkston", "PERSON", 1) in _entities("Clarkston", ["GPE", "PERSON"])


def test_a_word_never_written_after_a_place_preposition_stays_a_person() -> None:
    # "They like Rihanna ." twice typed a place and once a person: nothing places her.
    assert ("Rihanna", "PERSON", 1) in _entities("Rihanna", ["GPE", "GPE", "PERSON"], placed=False)


def _full_name(start: int, possessive: bool) -> list[Row]:
    """ "Mark Clarkston grew ." or "Mark Clarkston 's grew .", its tokens from index ``start``."""
    verb = start + 2 + possessive
    rows: list[Row] = [
        ("Mark", start + 1, "compound", "PROPN", "NNP", "Mark"),
        ("Clarkston", verb, "nsubj", "PROPN", "NNP", "Clarkston"),
    ]
    if possessive:
        rows.append(("'s", start + 1, "case", "PART", "POS", "'s"))
    return [*rows, ("grew", verb, "ROOT", "VERB", "VBD", "grow"), (".", verb, "punct", "PUNCT", ".", ".")]


@pytest.mark.parametrize("possessive", [False, True])
def test_the_surname_of_a_person_named_in_full_stays_the_person(possessive: bool) -> None:
    # "They live in Clarkston . They live in Clarkston . Mark Clarkston grew . They like Clarkston .": the bare
    # name typed a person is Mark Clarkston's, however often the article names the town, and so when the tagger's
    # span of the full name takes in the possessive ("Sarah Palin’s endorsement").
    full = _full_name(10, possessive)
    rows = [*_sentence(0, "Clarkston", True), *_sentence(5, "Clarkston", True), *full]
    rows += _sentence(len(rows), "Clarkston", False)
    doc = hand_parsed(rows)
    doc.ents = [
        Span(doc, 3, 4, label="GPE"),
        Span(doc, 8, 9, label="GPE"),
        Span(doc, 10, len(full) + 8, label="PERSON"),
        Span(doc, len(rows) - 2, len(rows) - 1, label="PERSON"),
    ]
    people = [(e.name, len(e.mentions)) for e in extract_entities(doc, None) if e.type == "PERSON"]
    assert people == [("Mark Clarkston", 2)]
