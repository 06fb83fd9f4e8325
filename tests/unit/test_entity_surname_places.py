"""A surname the tagger read as a nationality or a place is the person the article names in full with it, on
hand-built parses (no model): "Cuban said" after "Mark Cuban" is no Cuba."""

from __future__ import annotations

from spacy.tokens import Span

from telex.entities.extract import extract_entities
from telex.entity_index import EntityIndex
from telex.quotes.speaker import resolve_speaker
from telex.quotes.subjects import speaker_span
from tests.unit.fixtures import Row, hand_parsed


def _rows(surname: str, given: str = "Mark", modifier: bool = False) -> list[Row]:
    """ "{given} {surname} spoke . {surname} said he won ." or, with ``modifier``, "… . {surname} officials said he
    won ." """
    first: list[Row] = [
        (given, 1, "compound", "PROPN", "NNP", given),
        (surname, 2, "nsubj", "PROPN", "NNP", surname),
        ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    if modifier:
        return [
            *first,
            (surname, 5, "amod", "ADJ", "JJ", surname.lower()),
            ("officials", 6, "nsubj", "NOUN", "NNS", "official"),
            ("said", 6, "ROOT", "VERB", "VBD", "say"),
            ("he", 8, "nsubj", "PRON", "PRP", "he"),
            ("won", 6, "ccomp", "VERB", "VBD", "win"),
            (".", 6, "punct", "PUNCT", ".", "."),
        ]
    return [
        *first,
        (surname, 5, "nsubj", "PROPN", "NNP", surname),
        ("said", 5, "ROOT", "VERB", "VBD", "say"),
        ("he", 7, "nsubj", "PRON", "PRP", "he"),
        ("won", 5, "ccomp", "VERB", "VBD", "win"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]


def _entities(rows: list[Row], label: str = "NORP") -> list[tuple[str, str, int]]:
    doc = hand_parsed(rows)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 5, label=label)]
    return [(e.name, e.type, len(e.mentions)) for e in extract_entities(doc, None)]


def test_a_demonym_that_is_the_surname_of_a_person_named_in_full_is_that_person() -> None:
    assert _entities(_rows("Cuban")) == [("Mark Cuban", "PERSON", 2)]


def test_the_speaker_of_the_demonym_surname_is_the_person() -> None:
    doc = hand_parsed(_rows("Cuban"))
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 5, label="NORP")]
    index = EntityIndex(extract_entities(doc, None))
    assert resolve_speaker(doc[4], speaker_span(doc[4]), index, cue=doc[5]).name == "Mark Cuban"


def test_a_demonym_that_modifies_a_noun_stays_the_nation() -> None:
    assert ("Cuba", "GPE", 1) in _entities(_rows("Cuban", modifier=True))


def test_a_states_own_name_stays_the_state() -> None:
    # "Steve Israel spoke . Israel said he won .": a state's name is read as the state, whoever bears it.
    assert ("Israel", "GPE", 1) in _entities(_rows("Israel", given="Steve"), label="GPE")


def test_a_surname_after_no_given_name_stays_the_nation() -> None:
    # "Dallas Cuban spoke": no given name, no person named in full to stand for.
    assert ("Cuba", "GPE", 1) in _entities(_rows("Cuban", given="Dallas"))
