"""Score event coding against gold sentences, following DESIGN.md's evaluation protocol.

PLOVER records (one gold event per sentence): type recall, source+type, full dyad and type precision.
PETRARCH records (CAMEO codes): root agreement and no-event sentences left without events. Gold files are
read from ``../shared/data`` at evaluation time and never copied into the repository.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from telex.isodate import date_or_none
from telex.records import ActorRef, Article, Event

# The gold records use PLOVER 0.5 names; the output uses the names of the 2021 CAMEO2PLOVER table.
PLOVER_05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# PLOVER gold spells a few countries the CAMEO way.
COUNTRY_SPELLINGS = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
GENERIC = ("IGO", "NGO", "IMG")


@dataclass(frozen=True)
class PredictedEvent:
    """What scoring needs of a predicted event: its PLOVER type, CAMEO code and actor countries."""

    plover: str | None
    cameo: str
    sources: frozenset[str]
    targets: frozenset[str]


def plover_type(name: str | None) -> str | None:
    """A PLOVER type under the 2021 names the output uses."""
    return PLOVER_05.get(name, name) if name else None


def actor_country(ref: ActorRef) -> str | None:
    """The country an actor counts as: its alpha-3, or the generic IGO/NGO/IMG for organisations."""
    code = ref.code or ""
    if code.startswith("NGO"):
        # PLOVER gold files international non-governmental bodies (Red Cross, Amnesty) under IGO as often as
        # under NGO, so the two generic organisation codes count as one on both sides.
        return "IGO"
    if code.startswith(GENERIC):
        return code[:3]
    return ref.country or (code[:3] if len(code) >= 3 and code[:3].isalpha() and code[:3].isupper() else None)


def gold_country(code: str | None) -> str | None:
    if not code:
        return None
    code = code[:3].upper()
    return "IGO" if code == "NGO" else COUNTRY_SPELLINGS.get(code, code)


def predicted(event: Event) -> PredictedEvent:
    """Reduce an output event to what scoring compares."""
    return PredictedEvent(
        plover=plover_type(event.plover),
        cameo=event.cameo,
        sources=frozenset(c for c in map(actor_country, event.source) if c),
        targets=frozenset(c for c in map(actor_country, event.target) if c),
    )


def score_plover_sentence(gold: Sequence[dict[str, Any]], events: Sequence[PredictedEvent]) -> dict[str, int]:
    """Counts for one sentence: gold events found by type, by source+type, by full dyad; predictions right."""
    counts = {
        "gold": len(gold),
        "type": 0,
        "source_type": 0,
        "dyad": 0,
        "predicted": len(events),
        "correct": 0,
    }
    gold_types = {plover_type(g["code"]) for g in gold}
    for g in gold:
        kind = plover_type(g["code"])
        sources = {c for c in map(gold_country, g.get("source") or []) if c}
        targets = {c for c in map(gold_country, g.get("target") or []) if c}
        same = [e for e in events if e.plover == kind]
        counts["type"] += bool(same)
        with_source = [e for e in same if not sources or e.sources & sources]
        counts["source_type"] += bool(with_source)
        counts["dyad"] += any(not targets or e.targets & targets for e in with_source)
    counts["correct"] = sum(e.plover in gold_types for e in events)
    return counts


def plover_metrics(counts: Iterable[dict[str, int]]) -> dict[str, float]:
    """Type recall, source+type, full dyad and type precision over summed sentence counts."""
    total = {"gold": 0, "type": 0, "source_type": 0, "dyad": 0, "predicted": 0, "correct": 0}
    for c in counts:
        for key in total:
            total[key] += c[key]
    gold = total["gold"] or 1
    return {
        "sentences_gold_events": float(total["gold"]),
        "type_recall": total["type"] / gold,
        "source_type": total["source_type"] / gold,
        "full_dyad": total["dyad"] / gold,
        "type_precision": total["correct"] / total["predicted"] if total["predicted"] else 0.0,
        "predicted_events": float(total["predicted"]),
    }


def score_petr_sentence(
    gold: Sequence[dict[str, Any]], expect_none: bool, events: Sequence[PredictedEvent]
) -> dict[str, int]:
    """Counts for one sentence: gold events whose CAMEO root was predicted; an expected silence kept."""
    roots = {e.cameo[:2] for e in events}
    return {
        "gold": len(gold),
        "root_agree": sum(str(g["code"])[:2] in roots for g in gold),
        "expect_none": int(expect_none),
        "kept_none": int(expect_none and not events),
        "predicted": len(events),
    }


def petr_metrics(counts: Iterable[dict[str, int]]) -> dict[str, float]:
    """CAMEO root agreement and the count of no-event sentences with no prediction."""
    total = {"gold": 0, "root_agree": 0, "expect_none": 0, "kept_none": 0, "predicted": 0}
    for c in counts:
        for key in total:
            total[key] += c[key]
    return {
        "root_agreement": total["root_agree"] / total["gold"] if total["gold"] else 0.0,
        "no_event_kept": float(total["kept_none"]),
        "no_event_sentences": float(total["expect_none"]),
        "predicted_events": float(total["predicted"]),
    }


def read_records(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Gold records of a JSON-lines file, the first ``limit`` of them."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return records[:limit] if limit is not None else records


def predict(records: Sequence[dict[str, Any]]) -> list[list[PredictedEvent]]:
    """Run the pipeline over the records' texts; a failed record predicts nothing."""
    from telex.pipeline import analyze_articles
    from telex.records import Analysis

    articles = [
        Article(id=str(r["id"]), text=r["text"], published=date_or_none(r.get("date"))) for r in records
    ]
    results = list(analyze_articles(articles))
    return [
        [predicted(e) for e in result.events] if isinstance(result, Analysis) else [] for result in results
    ]


def evaluate_plover(path: str | Path, limit: int | None = None) -> dict[str, float]:
    """PLOVER metrics of the pipeline on a gold file."""
    records = read_records(path, limit)
    events = predict(records)
    return plover_metrics(score_plover_sentence(r["events"], e) for r, e in zip(records, events, strict=True))


def evaluate_petr(path: str | Path, limit: int | None = None) -> dict[str, float]:
    """CAMEO root agreement and no-event metrics of the pipeline on a PETRARCH gold file."""
    records = read_records(path, limit)
    events = predict(records)
    return petr_metrics(
        score_petr_sentence(r["events"], bool(r.get("expect_no_events")), e)
        for r, e in zip(records, events, strict=True)
    )
