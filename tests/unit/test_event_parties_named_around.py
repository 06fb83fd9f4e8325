"""Parties an event names around its words: a person a campaign is for, a lawsuit's filer, a relative named by an
"of" phrase, and people of a sector dealing with one of the article's country (hand-built parses, no model)."""

from __future__ import annotations

from spacy.tokens import Doc

from telex.entity_index import EntityIndex
from telex.events.extract import extract_events
from telex.records import Entity
from tests.unit.fixtures import Row, hand_parsed
from tests.unit.test_event_named_people import _backed


def _coded(doc: Doc, named: list[tuple[str, str, int]]) -> list[tuple[str, list[str | None], list[str | None]]]:
    """The events of ``doc`` with the named people (name, code, token) as entities: (code, sources, targets)."""
    entities = [
        Entity(f"E{n}", name, "PERSON", ((doc[i].idx, doc[i].idx + len(doc[i])),), code, code[:3], code[3:] or None)
        for n, (name, code, i) in enumerate(named, start=1)
    ]
    events = extract_events(doc, EntityIndex(entities), (), None)
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events]


def test_the_person_a_campaign_is_for_is_its_target() -> None:
    # "Obama stumped for Clinton .": the row "campaign;stump for PERSON" names the one backed, not an event noun.
    doc = hand_parsed(
        [
            ("Obama", 1, "nsubj", "PROPN", "NNP", "Obama"),
            ("stumped", 1, "ROOT", "VERB", "VBD", "stump"),
            ("for", 1, "prep", "ADP", "IN", "for"),
            ("Clinton", 2, "pobj", "PROPN", "NNP", "Clinton"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
        people=frozenset({0, 3}),
    )
    named = [("Barack Obama", "USAGOV", 0), ("Hillary Clinton", "USAELI", 3)]
    assert _coded(doc, named) == [("051", ["USAGOV"], ["USAELI"])]


def test_a_lawsuit_filed_by_one_against_another_is_the_filers() -> None:
    # "A lawsuit filed against Obama by Putin was dismissed .": the participle carries the lawsuit, which does not
    # govern it; folded into itself, the accused became the doer.
    doc = hand_parsed(
        [
            ("A", 1, "det", "DET", "DT", "a"),
            ("lawsuit", 8, "nsubjpass", "NOUN", "NN", "lawsuit"),
            ("filed", 1, "acl", "VERB", "VBN", "file"),
            ("against", 2, "prep", "ADP", "IN", "against"),
            ("Obama", 3, "pobj", "PROPN", "NNP", "Obama"),
            ("by", 2, "agent", "ADP", "IN", "by"),
            ("Putin", 5, "pobj", "PROPN", "NNP", "Putin"),
            ("was", 8, "auxpass", "AUX", "VBD", "be"),
            ("dismissed", 8, "ROOT", "VERB", "VBN", "dismiss"),
            (".", 8, "punct", "PUNCT", ".", "."),
        ],
        people=frozenset({4, 6}),
    )
    named = [("Barack Obama", "USAGOV", 4), ("Vladimir Putin", "RUSGOV", 6)]
    assert [e for e in _coded(doc, named) if e[0] == "115"] == [("115", ["RUSGOV"], ["USAGOV"])]


def test_the_relative_an_of_phrase_names_is_another_person_of_its_country() -> None:
    # "The wife of Putin criticized Obama .": the wife is Russian, not Putin.
    doc = hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("wife", 4, "nsubj", "NOUN", "NN", "wife"),
            ("of", 1, "prep", "ADP", "IN", "of"),
            ("Putin", 2, "pobj", "PROPN", "NNP", "Putin"),
            ("criticized", 4, "ROOT", "VERB", "VBD", "criticize"),
            ("Obama", 4, "dobj", "PROPN", "NNP", "Obama"),
            (".", 4, "punct", "PUNCT", ".", "."),
        ],
        people=frozenset({3, 5}),
    )
    named = [("Vladimir Putin", "RUSGOV", 3), ("Barack Obama", "USAGOV", 5)]
    assert _coded(doc, named) == [("111", ["RUS"], ["USAGOV"])]


def _home_then(subject: list[Row]) -> list[Row]:
    """ "Clinton spoke . Clinton spoke . Clinton spoke . <subject> backed Clinton .": the article is about the USA."""
    verb = 9 + len(subject)
    return [
        *_backed("Clinton")[:9],
        *subject,
        ("backed", verb, "ROOT", "VERB", "VBD", "back"),
        ("Clinton", verb, "dobj", "PROPN", "NNP", "Clinton"),
        (".", verb, "punct", "PUNCT", ".", "."),
    ]


def _home_coded(subject: list[Row]) -> list[tuple[str, list[str | None], list[str | None]]]:
    doc = hand_parsed(_home_then(subject), people=frozenset({0, 3, 6, 10 + len(subject) - 1}))
    clinton = [0, 3, 6, 9 + len(subject) + 1]
    mentions = tuple((doc[i].idx, doc[i].idx + len(doc[i])) for i in clinton)
    entity = Entity("E1", "Hillary Clinton", "PERSON", mentions, "USAELI", "USA", "ELI")
    events = extract_events(doc, EntityIndex([entity]), (), None)
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events]


def test_people_of_a_sector_dealing_with_one_of_the_articles_country_are_of_it() -> None:
    # "... Other activists backed Clinton .": activists with no country, backing an American, are American.
    subject: list[Row] = [
        ("Other", 10, "amod", "ADJ", "JJ", "other"),
        ("activists", 11, "nsubj", "NOUN", "NNS", "activist"),
    ]
    assert _home_coded(subject) == [("051", ["USANGO"], ["USAELI"])]


def test_people_of_a_sector_called_foreign_stay_unplaced() -> None:
    subject: list[Row] = [
        ("Foreign", 10, "amod", "ADJ", "JJ", "foreign"),
        ("activists", 11, "nsubj", "NOUN", "NNS", "activist"),
    ]
    assert _home_coded(subject) == [("051", [None], ["USAELI"])]
