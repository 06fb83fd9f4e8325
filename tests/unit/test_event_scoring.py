"""The event scorer on hand-built predictions."""

from __future__ import annotations

from telex.evaluation.events import (
    PredictedEvent,
    actor_country,
    petr_metrics,
    plover_metrics,
    plover_type,
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
