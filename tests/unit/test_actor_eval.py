"""The actor-coding evaluation: gold sectors read from the annotators' notation, marked words widened to their noun
phrase on hand-built parses, and the agreement counts."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from telex.evaluation.actors import actor_metrics, gold_sector, noun_phrase, score_mention


@pytest.mark.parametrize(
    ("sector", "expected"), [("GOV", "GOV"), ("CVLkur", "CVL"), ("***", None), (None, None), ("RELCHR", "REL")]
)
def test_gold_sector_is_the_first_three_capitals(sector: str | None, expected: str | None) -> None:
    assert gold_sector(sector) == expected


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


# "Senior Hungarian and Romanian officials agreed ."
OFFICIALS = _doc(
    ["Senior", "Hungarian", "and", "Romanian", "officials", "agreed", "."],
    [4, 4, 1, 1, 5, 5, 5],
    ["amod", "amod", "cc", "conj", "nsubj", "ROOT", "punct"],
    ["ADJ", "ADJ", "CCONJ", "ADJ", "NOUN", "VERB", "PUNCT"],
)


def test_a_marked_demonym_widens_to_its_noun_without_the_other_conjunct() -> None:
    assert noun_phrase(OFFICIALS, "Hungarian") == "Senior Hungarian officials"


def test_a_marked_conjunct_keeps_the_words_it_hangs_from() -> None:
    assert noun_phrase(OFFICIALS, "Romanian") == "Senior Hungarian Romanian officials"


def test_what_follows_the_noun_is_left_out() -> None:
    # "Israeli troops in Gaza fired ."
    doc = _doc(
        ["Israeli", "troops", "in", "Gaza", "fired", "."],
        [1, 4, 1, 2, 4, 4],
        ["amod", "nsubj", "prep", "pobj", "ROOT", "punct"],
        ["ADJ", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
    )
    assert noun_phrase(doc, "Israeli") == "Israeli troops"
    assert noun_phrase(doc, "Gaza") == "Gaza"


def test_text_absent_from_the_sentence_is_kept_as_it_is() -> None:
    assert noun_phrase(OFFICIALS, "Bulgarian") == "Bulgarian"


def test_agreement_counts_country_everywhere_and_sector_where_gold_has_one() -> None:
    right = score_mention("Egyptian riot police", "", {"code": "EGY", "sector": "COP"})
    no_sector = score_mention("Egyptian riot police", "", {"code": "EGY", "sector": None})
    wrong = score_mention("Egyptian riot police", "", {"code": "SYR", "sector": "MIL"})
    assert right == {"countries": 1, "country_right": 1, "sectors": 1, "sector_right": 1}
    assert no_sector == {"countries": 1, "country_right": 1, "sectors": 0, "sector_right": 0}
    metrics = actor_metrics([right, no_sector, wrong])
    assert metrics["country_agreement"] == pytest.approx(2 / 3)
    assert metrics["sector_agreement"] == pytest.approx(1 / 2)
