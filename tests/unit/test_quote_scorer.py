"""The quote scorer on hand-built gold and predictions: matching, exact spans, speakers, counts."""

from __future__ import annotations

from typing import Any

import pytest

from telex.evaluation.quotes import in_scope, score_quotes

TEXT = 'Kim said that the talks failed. "We will respond," the minister added. Noise here.'


def gold_quote(start: int, end: int, speaker: tuple[int, int] | None, kind: str = "indirect") -> dict[str, Any]:
    return {
        "content": [{"start": start, "end": end, "text": TEXT[start:end]}],
        "speaker": [{"start": speaker[0], "end": speaker[1], "text": TEXT[speaker[0] : speaker[1]]}] if speaker else [],
        "speaker_text": TEXT[speaker[0] : speaker[1]] if speaker else "",
        "quote_type_derived": kind,
    }


def pred(start: int, end: int, speaker: dict[str, Any] | None) -> dict[str, Any]:
    return {"start": start, "end": end, "speaker": speaker}


GOLD = [
    {
        "id": "a",
        "text": TEXT,
        "quotes": [
            gold_quote(9, 30, (0, 3)),  # that the talks failed
            gold_quote(32, 50, (51, 63), "direct"),  # "We will respond,"
        ],
    }
]


def test_perfect_prediction() -> None:
    predicted = {
        "a": [
            pred(9, 30, {"start": 0, "end": 3, "name": "Kim Jong Un", "text": "Kim"}),
            pred(31, 50, {"start": 51, "end": 63, "name": "the minister", "text": "the minister"}),
        ]
    }
    scores = score_quotes(GOLD, predicted)
    assert scores["f1"] == 1.0
    assert scores["exact_f1"] == 1.0  # quote marks and spaces are trimmed before comparing
    assert scores["speaker_accuracy"] == 1.0
    assert (scores["gold"], scores["predicted"], scores["matched"]) == (2, 2, 2)
    assert scores["recall_direct"] == scores["recall_indirect"] == 1.0


def test_partial_overlap_counts_from_thirty_percent() -> None:
    # "the talks" covers 9 of 21 gold characters (43%): lenient match, not exact.
    scores = score_quotes(GOLD, {"a": [pred(14, 23, None)]})
    assert scores["matched"] == 1
    assert scores["exact_matched"] == 0
    assert scores["precision"] == 1.0
    assert scores["recall"] == 0.5
    # "failed" alone covers 6 of 21 characters (29%): no match.
    assert score_quotes(GOLD, {"a": [pred(24, 30, None)]})["matched"] == 0


def test_matching_is_one_to_one_best_overlap_first() -> None:
    predicted = {"a": [pred(14, 23, None), pred(9, 30, None)]}
    scores = score_quotes(GOLD, predicted)
    assert scores["matched"] == 1
    assert scores["precision"] == 0.5


def test_speaker_by_shared_name_token() -> None:
    speaker = {"start": 200, "end": 205, "name": "Kim Jong Un", "text": "he"}
    assert score_quotes(GOLD, {"a": [pred(9, 30, speaker)]})["speaker_accuracy"] == 1.0
    wrong = {"start": 200, "end": 205, "name": "The Lee", "text": "he"}
    assert score_quotes(GOLD, {"a": [pred(9, 30, wrong)]})["speaker_accuracy"] == 0.0


def test_union_of_split_gold_content() -> None:
    record = {
        "id": "b",
        "text": TEXT,
        "quotes": [
            {
                "content": [{"start": 0, "end": 10, "text": ""}, {"start": 40, "end": 50, "text": ""}],
                "speaker": [],
                "quote_type_derived": "direct",
            }
        ],
    }
    assert score_quotes([record], {"b": [pred(0, 50, None)]})["matched"] == 1
    assert score_quotes([record], {"b": [pred(40, 45, None)]})["matched"] == 0


def test_empty_inputs() -> None:
    scores = score_quotes([], {})
    assert scores["f1"] == 0.0
    assert scores["speaker_accuracy"] == pytest.approx(0.0)


def test_a_gold_quote_of_several_spans_is_never_exact() -> None:
    # "We will respond," the minister added, "firmly.": the envelope of the two pieces is no exact match.
    text = '"We will respond," the minister added, "firmly." Noise.'
    record = {
        "id": "c",
        "text": text,
        "quotes": [
            {
                "content": [{"start": 0, "end": 18, "text": ""}, {"start": 39, "end": 48, "text": ""}],
                "speaker": [],
                "quote_type_derived": "direct",
            }
        ],
    }
    scores = score_quotes([record], {"c": [pred(0, 48, None)]})
    assert scores["matched"] == 1
    assert scores["exact_matched"] == 0


def _pieces_record(gold_spans: list[list[tuple[int, int]]]) -> dict[str, Any]:
    text = '"We will respond," the minister added, "firmly." Noise.'
    quotes = [{"content": [{"start": s, "end": e, "text": ""} for s, e in spans], "speaker": []}
              for spans in gold_spans]  # fmt: skip
    return {"id": "d", "text": text, "quotes": quotes}


PIECES = {
    "d": [
        {"id": "Q1", "start": 0, "end": 18, "speaker": None, "continues": None},
        {"id": "Q2", "start": 39, "end": 48, "speaker": None, "continues": "Q1"},
    ]
}


def test_the_pieces_of_one_statement_match_a_gold_quote_of_several_spans_as_one() -> None:
    scores = score_quotes([_pieces_record([[(0, 18), (39, 48)]])], PIECES)
    assert (scores["matched"], scores["predicted"], scores["precision"], scores["recall"]) == (1, 1, 1.0, 1.0)
    assert scores["exact_matched"] == 0


def test_pieces_counted_one_by_one_match_one_by_one() -> None:
    scores = score_quotes([_pieces_record([[(0, 18)], [(39, 48)]])], PIECES)
    assert (scores["matched"], scores["predicted"], scores["exact_matched"]) == (2, 2, 2)


def test_the_speech_scheme_is_scored_on_the_gold_of_the_body() -> None:
    # PolNeAR annotates the headline; the speech scheme counts the body's statements only, attribution all.
    text = "Kim: Talks Failed.\n\nKim said that the talks failed."
    record = {"id": "h", "title": "Kim: Talks Failed", "text": text, "quotes": [
        {"content": [{"start": 5, "end": 17}]}, {"content": [{"start": 29, "end": 50}]}]}  # fmt: skip
    assert [len(r["quotes"]) for r in in_scope([record], "speech")] == [1]
    assert in_scope([record], "speech")[0]["quotes"][0]["content"][0]["start"] == 29
    assert in_scope([record], "attribution") == [record]
