"""Names a state shares (shared_names.tsv): a region of another country ("Georgia", the American state) read by the
words around it, and a given name or surname ("Chad Pergram", "Rep. Jim Jordan") that is no state."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest
from click.testing import CliRunner
from spacy.tokens import Span

import telex
from telex.actors.regions import region_reading
from telex.cli import main
from telex.entities.extract import extract_entities
from tests.unit.fixtures import Row, hand_parsed

MARCH_2016 = date(2016, 3, 1)
PRIMARY = "Trump won the Georgia primary, beating Cruz in Atlanta suburbs."


@pytest.mark.parametrize(
    ("phrase", "context", "code"),
    [
        ("Georgia Republicans", PRIMARY, "USAPTY"),
        ("Georgia voters", "Georgia voters went to the polls with Texas and Virginia.", "USACVL"),
        ("Georgia", "Russian troops entered Georgia near Tbilisi.", "GEO"),
        ("Georgia", "Talks in the Caucasus: Georgia and Armenia signed an accord.", "GEO"),
        ("Georgia voters", "", "GEOCVL"),  # no context: the state, as the tables have it
    ],
)
def test_a_region_s_name_is_read_by_its_context(phrase: str, context: str, code: str) -> None:
    assert telex.code_actor(phrase, "2016-03-01", context)["code"] == code


def _reading(counts: dict[str, int], text: str = "", lead: int = 1, name: str = "georgia") -> str | None:
    reading = region_reading(name, Counter(counts), text, lead)
    return reading.country if reading else None


def test_the_reading_is_the_region_the_state_or_neither() -> None:
    assert _reading({"USA": 2}) == "USA"
    assert _reading({}, "the Georgia primary") == "USA"
    assert _reading({"USA": 1}, "near Abkhazia, Russian troops") == "GEO"
    assert _reading({"USA": 1, "GEO": 1}) is None
    assert _reading({}) is None  # nothing around it: unknown stays unknown
    # The article decides only by a wider lead.
    assert _reading({"USA": 3, "GEO": 2}, lead=2) is None
    assert _reading({"USA": 3}, name="jordan") is None  # no region bears Jordan's name


@pytest.mark.parametrize(
    ("phrase", "context", "code"),
    [
        ("Rep. Jim Jordan", "", "USALEG"),
        ("Vernon Jordan", "", None),
        ("Mr. Jordan", "", None),
        ("Chad Pergram", "", None),
        ("Jordan", "Rep. Jim Jordan said Jordan would vote no.", "USALEG"),  # the person the context names in full
        ("King Abdullah of Jordan", "", "JORGOV"),
        ("Jordanian troops", "", "JORMIL"),
        ("Lake Chad", "", "TCD"),
        ("Chad", "", "TCD"),
        ("Jordan", "King Abdullah of Jordan said Jordan would help.", "JOR"),
    ],
)
def test_a_state_s_name_in_a_person_s_name_is_no_state(phrase: str, context: str, code: str | None) -> None:
    assert telex.code_actor(phrase, "2016-03-01", context)["code"] == code


def test_actor_command_reads_the_context() -> None:
    args = ["actor", "Georgia Republicans", "--date", "2016-03-01", "--context", PRIMARY]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["code"] == "USAPTY"


def _sentence(rows: list[Row], place: int) -> list[str | None]:
    doc = hand_parsed(rows)
    doc.ents = [Span(doc, place, place + 1, "GPE")]
    return [e.country for e in extract_entities(doc, MARCH_2016) if e.name == "Georgia"]


def test_an_article_s_region_is_read_by_its_sentence() -> None:
    # "Clinton won the Georgia primary ." / "Russian troops entered Georgia ."
    primary: list[Row] = [
        ("Clinton", 1, "nsubj", "PROPN", "NNP", "Clinton"),
        ("won", 1, "ROOT", "VERB", "VBD", "win"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("Georgia", 4, "compound", "PROPN", "NNP", "Georgia"),
        ("primary", 1, "dobj", "NOUN", "NN", "primary"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    troops: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
        ("entered", 2, "ROOT", "VERB", "VBD", "enter"),
        ("Georgia", 2, "dobj", "PROPN", "NNP", "Georgia"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _sentence(primary, 3) == ["USA"]
    assert _sentence(troops, 3) == ["GEO"]


def test_a_given_name_the_tagger_missed_is_no_state() -> None:
    # "Follow Chad Day on Twitter .": "Chad" untagged, a capitalised proper noun before a surname.
    doc = hand_parsed(
        [
            ("Follow", 0, "ROOT", "VERB", "VB", "follow"),
            ("Chad", 2, "compound", "PROPN", "NNP", "Chad"),
            ("Day", 0, "dobj", "PROPN", "NNP", "Day"),
            ("on", 0, "prep", "ADP", "IN", "on"),
            ("Twitter", 3, "pobj", "PROPN", "NNP", "Twitter"),
            (".", 0, "punct", "PUNCT", ".", "."),
        ]
    )
    assert not [e for e in extract_entities(doc, MARCH_2016) if e.country == "TCD"]
    alone = hand_parsed(
        [
            ("Chad", 1, "nsubj", "PROPN", "NNP", "Chad"),
            ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert [e.country for e in extract_entities(alone, MARCH_2016)] == ["TCD"]


def test_a_person_described_by_the_region_is_of_its_country() -> None:
    # "Georgia businessman Bruce LeVell won the primary ."
    doc = hand_parsed(
        [
            ("Georgia", 3, "compound", "PROPN", "NNP", "Georgia"),
            ("businessman", 3, "compound", "NOUN", "NN", "businessman"),
            ("Bruce", 3, "compound", "PROPN", "NNP", "Bruce"),
            ("LeVell", 4, "nsubj", "PROPN", "NNP", "LeVell"),
            ("won", 4, "ROOT", "VERB", "VBD", "win"),
            ("the", 6, "det", "DET", "DT", "the"),
            ("primary", 4, "dobj", "NOUN", "NN", "primary"),
            (".", 4, "punct", "PUNCT", ".", "."),
        ]
    )
    doc.ents = [Span(doc, 0, 1, "GPE"), Span(doc, 2, 4, "PERSON")]
    assert {e.name: e.code for e in extract_entities(doc, MARCH_2016)} == {"Georgia": "USA", "Bruce LeVell": "USABUS"}
