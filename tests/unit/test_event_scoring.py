"""The event scorer on hand-built predictions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from telex.evaluation.events import (
    PredictedEvent,
    actor_country,
    actor_prefix,
    evaluate_news,
    evaluate_plover,
    half,
    news_metrics,
    petr_metrics,
    plover_metrics,
    plover_type,
    score_news_article,
    score_petr_sentence,
    score_plover_sentence,
)
from telex.records import ActorRef


def _event(plover: str | None, cameo: str, sources: set[str], targets: set[str]) -> PredictedEvent:
    return PredictedEvent(plover, cameo, frozenset(sources), frozenset(targets))


def test_plover_names_map_to_the_2021_table() -> None:
    assert plover_type("DEMAND") == "REQUEST"
    assert plover_type("FIGHT") == "ASSAULT"
    assert plover_type("DISAPPROVE") == "ACCUSE"
    assert plover_type("AGREE") == "AGREE"


def test_actor_country_uses_generic_organisation_codes() -> None:
    assert actor_country(ActorRef("UN", "United Nations", "IGOUNO", None, None)) == "IGO"
    assert actor_country(ActorRef("the army", None, "RUSMIL", "RUS", "MIL")) == "RUS"
    assert actor_country(ActorRef("rebels", None, None, None, "REB")) is None


def test_plover_sentence_counts() -> None:
    gold = [{"code": "FIGHT", "source": ["ISR"], "target": ["PSE"]}]
    events = [_event("ASSAULT", "194", {"ISR"}, {"LBN"}), _event("AGREE", "030", {"ISR"}, set())]
    counts = score_plover_sentence(gold, events)
    assert counts == {"gold": 1, "type": 1, "source_type": 1, "dyad": 0, "predicted": 2, "correct": 1}


def test_full_dyad_needs_no_target_when_gold_has_none() -> None:
    gold = [{"code": "AGREE", "source": ["USA", "JOR"], "target": []}]
    counts = score_plover_sentence(gold, [_event("AGREE", "030", {"JOR"}, set())])
    assert counts["dyad"] == 1


def test_plover_metrics() -> None:
    metrics = plover_metrics(
        [
            {"gold": 1, "type": 1, "source_type": 1, "dyad": 1, "predicted": 1, "correct": 1},
            {"gold": 1, "type": 0, "source_type": 0, "dyad": 0, "predicted": 1, "correct": 0},
        ]
    )
    assert metrics["type_recall"] == 0.5
    assert metrics["full_dyad"] == 0.5
    assert metrics["type_precision"] == 0.5


def test_petr_counts_and_metrics() -> None:
    first = score_petr_sentence([{"code": "0841"}], False, [_event("RETREAT", "084", set(), set())])
    silent = score_petr_sentence([], True, [])
    noisy = score_petr_sentence([], True, [_event("ACCUSE", "112", set(), set())])
    metrics = petr_metrics([first, silent, noisy])
    assert metrics["root_agreement"] == 1.0
    assert metrics["no_event_kept"] == 1.0
    assert metrics["no_event_sentences"] == 2.0


def test_non_governmental_and_intergovernmental_bodies_count_alike() -> None:
    red_cross = ActorRef("Red Cross", "International Committee of the Red Cross", "NGOIRC", None, None)
    assert actor_country(red_cross) == "IGO"
    gold = [{"code": "SANCTION", "source": ["IGO"], "target": ["IRQ"]}]
    assert score_plover_sentence(gold, [_event("SANCTION", "162", {"IGO"}, {"IRQ"})])["dyad"] == 1
    gold = [{"code": "DEMAND", "source": ["NGO"], "target": ["USA"]}]
    assert score_plover_sentence(gold, [_event("REQUEST", "100", {"IGO"}, {"USA"})])["dyad"] == 1


def test_source_needs_no_match_when_gold_has_none() -> None:
    gold = [{"code": "ASSAULT", "source": [], "target": ["IRQ"]}]
    counts = score_plover_sentence(gold, [_event("ASSAULT", "190", set(), {"IRQ"})])
    assert counts["source_type"] == 1
    assert counts["dyad"] == 1


def test_tune_and_check_halves_are_fixed_and_balanced() -> None:
    ids = [f"PLOVER-GSR01-{i:04d}" for i in range(1000)]
    halves = [half(i) for i in ids]
    assert halves == [half(i) for i in ids]
    assert 400 < halves.count("tune") < 600


def _news(cameo: str, start: int, sources: set[str], targets: set[str], date: str | None) -> PredictedEvent:
    return PredictedEvent(None, cameo, frozenset(), frozenset(), frozenset(sources), frozenset(targets), start, date)


def test_news_article_counts_and_metrics() -> None:
    sentence = "Obama met Putin on Monday."
    gold = [
        {"sentence": sentence, "start": 100, "root": "04", "source": ["USAGOV"], "target": ["RUSGOV"],
         "date": "2016-09-05"},
        {"sentence": "Russia bombed Aleppo.", "start": 200, "root": "19", "source": ["RUS"], "target": ["SYR"]},
    ]
    events = [
        _news("040", 106, {"USA"}, {"RUS"}, "2016-09-05"),  # found, with its dyad and its date
        _news("190", 200, {"RUS"}, {"TUR"}, None),  # found, wrong target
        _news("111", 300, {"USA"}, set(), "2016-09-06"),  # in no gold sentence
    ]
    counts = score_news_article(gold, events)
    assert {k: counts[k] for k in ("gold", "found", "dyad", "predicted", "correct", "dated")} == {
        "gold": 2, "found": 2, "dyad": 1, "predicted": 3, "correct": 2, "dated": 2,
    }
    metrics = news_metrics([counts])
    assert metrics["root_found"] == 1.0 and metrics["dyad_found"] == 0.5
    assert metrics["precision"] == 2 / 3 and metrics["date_agreement"] == 1.0


def test_sector_only_actors_compare_by_their_sector() -> None:
    assert actor_prefix(ActorRef("police", None, None, None, "COP")) == "COP"
    assert actor_prefix(ActorRef("Obama", "Barack Obama", "USAGOV", "USA", "GOV")) == "USA"


def test_news_halves_are_the_articles_at_even_and_odd_positions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import telex.pipeline

    monkeypatch.setattr(telex.pipeline, "analyze_articles", lambda articles, *a, **k: [None for _ in articles])
    gold = {"root": "04", "sentence": "They met.", "start": 0, "source": ["USA"], "target": ["RUS"]}
    records = [{"id": f"n{i}", "text": "They met.", "published": "2016-05-01", "events": [gold] * n}
               for i, n in enumerate((1, 2, 4))]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records))
    scores = evaluate_news(path)
    assert (scores["gold_events"], scores["tune_gold_events"], scores["check_gold_events"]) == (7, 5, 2)
    assert scores["tune_root_found"] == scores["check_precision"] == 0.0


def test_plover_scores_the_whole_file_then_each_half(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import telex.pipeline

    monkeypatch.setattr(telex.pipeline, "analyze_articles", lambda articles, *a, **k: [None for _ in articles])
    gold = {"code": "CONSULT", "source": ["USA"], "target": ["RUS"]}
    records = [{"id": f"PLOVER-{i}", "text": "They met.", "events": [gold]} for i in range(12)]
    path = tmp_path / "plover.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records))
    scores = evaluate_plover(path)
    tune = sum(half(r["id"]) == "tune" for r in records)
    assert (scores["sentences_gold_events"], scores["tune_sentences_gold_events"]) == (12, tune)
    assert scores["check_sentences_gold_events"] == 12 - tune
    assert scores["type_recall"] == scores["tune_full_dyad"] == scores["check_type_precision"] == 0.0
    assert "tune_source_type" not in scores
