"""Score event coding against gold sentences, following DESIGN.md's evaluation protocol.

PLOVER records (one gold event per sentence): type recall, source+type, full dyad and type precision, over
the whole file and over two fixed halves of it (``tune`` and ``check``, split by a hash of the record id)
so a rule fitted to one half shows as a gap on the other. PETRARCH records (CAMEO codes): root agreement
and no-event sentences left without events. Whole news articles (every political event annotated): root
found, dyad found, precision, and the share of predicted events that carry a date. Gold files are read
from ``../shared/data`` at evaluation time and never copied into the repository.

Inside :func:`row_usage` every prediction also counts, per data set, the table rows behind its events.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from telex.events.patterns import recording_rows
from telex.isodate import date_or_none
from telex.records import ActorRef, Article, Event

# The gold records use PLOVER 0.5 names; the output uses the names of the 2021 CAMEO2PLOVER table.
PLOVER_05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# PLOVER gold spells a few countries the CAMEO way.
COUNTRY_SPELLINGS = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
GENERIC = ("IGO", "NGO", "IMG")


@dataclass(frozen=True)
class PredictedEvent:
    """What scoring needs of a predicted event: its PLOVER type, CAMEO code, actor countries, actor code
    prefixes (country or, for sector-only actors, sector: "USA", "COP"), trigger offset and date."""

    plover: str | None
    cameo: str
    sources: frozenset[str]
    targets: frozenset[str]
    source_codes: frozenset[str] = frozenset()
    target_codes: frozenset[str] = frozenset()
    start: int = 0
    date: str | None = None
    date_source: str | None = None


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


def actor_prefix(ref: ActorRef) -> str | None:
    """The first three letters of an actor's code as news-silver gold writes it ("USA", "IGO", "COP")."""
    code = ref.code or ref.country or ref.sector or ""
    return code[:3].upper() if len(code) >= 3 else None


def predicted(event: Event) -> PredictedEvent:
    """Reduce an output event to what scoring compares."""
    return PredictedEvent(
        plover=plover_type(event.plover),
        cameo=event.cameo,
        sources=frozenset(c for c in map(actor_country, event.source) if c),
        targets=frozenset(c for c in map(actor_country, event.target) if c),
        source_codes=frozenset(c for c in map(actor_prefix, event.source) if c),
        target_codes=frozenset(c for c in map(actor_prefix, event.target) if c),
        start=event.trigger.start,
        date=event.date,
        date_source=event.date_source,
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


def _summed(counts: Iterable[dict[str, int]], keys: Sequence[str]) -> dict[str, int]:
    """The counts of ``keys`` summed over the sentences or articles scored."""
    total = dict.fromkeys(keys, 0)
    for c in counts:
        for key in keys:
            total[key] += c[key]
    return total


def plover_metrics(counts: Iterable[dict[str, int]]) -> dict[str, float]:
    """Type recall, source+type, full dyad and type precision over summed sentence counts."""
    total = _summed(counts, ("gold", "type", "source_type", "dyad", "predicted", "correct"))
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
    total = _summed(counts, ("gold", "root_agree", "expect_none", "kept_none", "predicted"))
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


def half(record_id: str) -> str:
    """ "tune" or "check": a fixed split of a gold file by a hash of the record id, the same on every machine."""
    return "tune" if hashlib.sha256(record_id.encode("utf-8")).digest()[0] % 2 == 0 else "check"


_USAGE: ContextVar[dict[str, Counter[str]] | None] = ContextVar("telex_row_usage", default=None)


@contextmanager
def row_usage() -> Iterator[dict[str, Counter[str]]]:
    """While the block runs, predictions count the table rows behind their events, by data set label."""
    usage: dict[str, Counter[str]] = {}
    token = _USAGE.set(usage)
    try:
        yield usage
    finally:
        _USAGE.reset(token)


def predict(
    records: Sequence[dict[str, Any]], published: Sequence[date | None] | None = None, label: str = ""
) -> list[list[PredictedEvent]]:
    """Run the pipeline over the records' texts; a failed record predicts nothing.

    ``published`` gives each record's publication date (default: none; the PLOVER records' date is a
    placeholder); ``label`` names the data set in the row-usage count.
    """
    from telex.pipeline import analyze_articles
    from telex.records import Analysis

    dates = list(published) if published is not None else [None] * len(records)
    articles = [Article(id=str(r["id"]), text=r["text"], published=d) for r, d in zip(records, dates, strict=True)]
    with recording_rows() as fired:
        results = list(analyze_articles(articles))
    usage = _USAGE.get()
    if usage is not None and label:
        usage.setdefault(label, Counter()).update(fired)
    return [
        [predicted(e) for e in result.events] if isinstance(result, Analysis) else [] for result in results
    ]


def evaluate_plover(path: str | Path, limit: int | None = None) -> dict[str, float]:
    """PLOVER metrics of the pipeline on a gold file: the whole of it, then its tune and check halves."""
    records = read_records(path, limit)
    halves: dict[str, list[dict[str, int]]] = {}
    for name in ("tune", "check"):
        part = [r for r in records if half(str(r["id"])) == name]
        events = predict(part, label=f"PLOVER {name}")
        halves[name] = [score_plover_sentence(r["events"], e) for r, e in zip(part, events, strict=True)]
    return _with_halves(halves, plover_metrics, ("sentences_gold_events", "type_recall", "full_dyad", "type_precision"))


def evaluate_petr(path: str | Path, limit: int | None = None) -> dict[str, float]:
    """CAMEO root agreement and no-event metrics of the pipeline on a PETRARCH gold file."""
    records = read_records(path, limit)
    events = predict(records, [date_or_none(r.get("date")) for r in records], label="PETRARCH2")
    return petr_metrics(
        score_petr_sentence(r["events"], bool(r.get("expect_no_events")), e)
        for r, e in zip(records, events, strict=True)
    )


def _gold_span(event: dict[str, Any]) -> tuple[int, int]:
    start = int(event["start"])
    return start, start + len(event["sentence"])


def score_news_article(gold: Sequence[dict[str, Any]], events: Sequence[PredictedEvent]) -> dict[str, int]:
    """Counts for one article: gold events found (a predicted event in the gold sentence with the gold root),
    found with their dyad (a source, and a target when gold has one, sharing the gold code's first three
    letters), found with the gold date where gold has one, predicted events in a sentence with a gold event
    of their root, and predicted events dated (at all, and by the text)."""
    counts = dict.fromkeys(NEWS_COUNTS, 0) | {"gold": len(gold), "predicted": len(events)}
    for g in gold:
        start, end = _gold_span(g)
        same = [e for e in events if start <= e.start < end and e.cameo[:2] == str(g["root"])]
        counts["found"] += bool(same)
        if g.get("date") and same:
            counts["found_dated_gold"] += 1
            counts["date_right"] += any(e.date == g["date"] for e in same)
        sources = {str(c)[:3].upper() for c in g.get("source") or []}
        targets = {str(c)[:3].upper() for c in g.get("target") or []}
        counts["dyad"] += any(
            (not sources or e.source_codes & sources) and (not targets or e.target_codes & targets) for e in same
        )
    spans = [(*_gold_span(g), str(g["root"])) for g in gold]
    counts["correct"] = sum(any(s <= e.start < t and e.cameo[:2] == root for s, t, root in spans) for e in events)
    counts["dated"] = sum(e.date is not None for e in events)
    counts["text_dated"] = sum(e.date_source == "text" for e in events)
    return counts


NEWS_COUNTS = ("gold", "found", "dyad", "predicted", "correct", "dated", "text_dated", "found_dated_gold", "date_right")


def news_metrics(counts: Iterable[dict[str, int]]) -> dict[str, float]:
    """Root found, dyad found, precision, dated shares and date agreement over summed article counts."""
    total = _summed(counts, NEWS_COUNTS)
    gold = total["gold"] or 1
    predicted_events = total["predicted"]
    return {
        "gold_events": float(total["gold"]),
        "root_found": total["found"] / gold,
        "dyad_found": total["dyad"] / gold,
        "precision": total["correct"] / predicted_events if predicted_events else 0.0,
        "dated_share": total["dated"] / predicted_events if predicted_events else 0.0,
        "text_dated_share": total["text_dated"] / predicted_events if predicted_events else 0.0,
        # Of the found events whose gold has a date, the share with exactly that date.
        "date_agreement": total["date_right"] / total["found_dated_gold"] if total["found_dated_gold"] else 0.0,
        "predicted_events": float(predicted_events),
    }


def evaluate_news(path: str | Path, limit: int | None = None) -> dict[str, float]:
    """Whole-article metrics of the pipeline on a news gold file (every political event annotated): the whole of
    it, then its tune half (the articles at even positions of the file) and its check half (odd positions). With
    only a few dozen articles, a split by position keeps the halves the same size, which a hash of ids does not."""
    records = read_records(path, limit)
    halves: dict[str, list[dict[str, int]]] = {}
    for name, first in (("tune", 0), ("check", 1)):
        part = records[first::2]
        events = predict(part, [date_or_none(r.get("published")) for r in part], label="news-silver")
        halves[name] = [score_news_article(r["events"], e) for r, e in zip(part, events, strict=True)]
    return _with_halves(halves, news_metrics, ("gold_events", "root_found", "dyad_found", "precision"))


def _with_halves(
    halves: dict[str, list[dict[str, int]]],
    metrics: Callable[[Iterable[dict[str, int]]], dict[str, float]],
    keys: Sequence[str],
) -> dict[str, float]:
    """The metrics of the halves' counts together, then each half's ``keys`` as ``tune_<key>`` and ``check_<key>``."""
    scores = metrics(halves["tune"] + halves["check"])
    for name, counts in halves.items():
        own = metrics(counts)
        for key in keys:
            scores[f"{name}_{key}"] = own[key]
    return scores
