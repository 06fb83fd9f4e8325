"""Score quote extraction against gold attributions with DESIGN.md's protocol.

A predicted quote matches a gold one when its ``[start, end)`` covers at least 30% of the gold
content characters (the union of the gold content spans), one-to-one, best overlap first. "Exact"
matches need equal spans after trimming quote marks, punctuation and spaces at both ends, one-to-one; a
gold quote of several content spans is never exact. Speaker
accuracy is measured over matched pairs whose gold record names a speaker: the predicted speaker
span overlaps a gold speaker span, or the resolved name shares a word with the gold speaker text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from telex.ingest.clean import merge_spans
from telex.isodate import date_or_none
from telex.quotes.headline import headline_span
from telex.quotes.marks import trim_span
from telex.quotes.scheme import in_scheme, keeps_headline, schemes
from telex.records import Analysis, Article, Span

MIN_COVERAGE = 0.3
# The scheme that keeps every class: the others are its quotes filtered. (An interview's answer is the speech
# scheme's alone; PolNeAR marks the reports inside it, which the attribution scheme keeps, so the speech figure read
# off this run does not see answers.)
_WIDEST = "attribution"
# Words too common to show two speaker phrases name the same actor.
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "for", "to", "in", "on", "at", "s", "by"})


def _union(spans: Sequence[Span]) -> list[Span]:
    return merge_spans(s for s in spans if s[1] > s[0])


def _covered(span: Span, spans: Sequence[Span]) -> int:
    return sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in spans)


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (text or "").lower()) if w not in _FUNCTION_WORDS}


def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _speaker_ok(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    speaker = pred.get("speaker")
    if not speaker:
        return False
    gold_spans = [(s["start"], s["end"]) for s in gold.get("speaker") or []]
    if any(min(speaker["end"], e) > max(speaker["start"], s) for s, e in gold_spans):
        return True
    gold_text = gold.get("speaker_text") or " ".join(s["text"] for s in gold.get("speaker") or [])
    return bool(_words(speaker.get("name") or speaker.get("text")) & _words(gold_text))


def _statements(pred: Sequence[Mapping[str, Any]]) -> list[list[int]]:
    """The pieces (indexes into ``pred``) of each statement given in several, linked by ``continues``."""
    index = {p.get("id"): i for i, p in enumerate(pred)}
    first: dict[int, int] = {}
    for i, p in enumerate(pred):
        j = index.get(p.get("continues"), i)
        first[i] = first.get(j, j) if j < i else i  # a piece continues one before it
    groups: dict[int, list[int]] = {}
    for i, head in first.items():
        groups.setdefault(head, []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def _match_article(
    text: str, gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]
) -> tuple[list[tuple[int, int]], int, int]:
    """Lenient one-to-one pairs (pred index, gold index), the number of exact matches, and the number of
    predicted pieces that count as one with the statement they continue.

    A gold quote of several content spans is one statement given in pieces ("A," X said. "B"); the
    predicted pieces of one statement (linked by ``continues``) match it together, as one prediction.
    """
    gold_spans = [_union([(c["start"], c["end"]) for c in g["content"]]) for g in gold]
    units = [[pi] for pi in range(len(pred))] + _statements(pred)
    candidates: list[tuple[float, int, int]] = []
    for ui, unit in enumerate(units):
        spans = _union([(pred[pi]["start"], pred[pi]["end"]) for pi in unit])
        for gi, gspans in enumerate(gold_spans):
            size = sum(e - s for s, e in gspans)
            if not size or (len(unit) > 1 and len(gspans) < 2):
                continue
            coverage = sum(_covered(span, gspans) for span in spans) / size
            if coverage >= MIN_COVERAGE:
                candidates.append((coverage, ui, gi))
    pairs: list[tuple[int, int]] = []
    used_p: set[int] = set()
    used_g: set[int] = set()
    joined = 0
    for _, ui, gi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        unit = units[ui]
        if gi not in used_g and not used_p.intersection(unit):
            pairs.append((unit[0], gi))
            used_p.update(unit)
            used_g.add(gi)
            joined += len(unit) - 1
    # One rule for both sides: a span equals a span. A gold quote of several content spans has no single
    # span to equal, so no prediction is exact for it (its envelope would take in the words between).
    gold_exact = Counter(trim_span(text, *spans[0]) for spans in gold_spans if len(spans) == 1)
    exact = 0
    for p in pred:
        key = trim_span(text, p["start"], p["end"])
        if gold_exact[key] > 0:
            gold_exact[key] -= 1
            exact += 1
    return pairs, exact, joined


def score_quotes(
    gold_records: Sequence[Mapping[str, Any]], predicted: Mapping[str, Sequence[Mapping[str, Any]]]
) -> dict[str, float]:
    """Lenient and exact P/R/F1, speaker accuracy, counts and recall by gold quote type."""
    n_gold = n_pred = n_match = n_exact = speaker_total = speaker_hits = 0
    by_type_gold: Counter[str] = Counter()
    by_type_hit: Counter[str] = Counter()
    for record in gold_records:
        gold = record["quotes"]
        pred = predicted.get(record["id"], [])
        pairs, exact, joined = _match_article(record["text"], gold, pred)
        n_gold += len(gold)
        n_pred += len(pred) - joined
        n_match += len(pairs)
        n_exact += exact
        for g in gold:
            by_type_gold[g.get("quote_type_derived") or "unknown"] += 1
        for pi, gi in pairs:
            by_type_hit[gold[gi].get("quote_type_derived") or "unknown"] += 1
            if gold[gi].get("speaker"):
                speaker_total += 1
                speaker_hits += _speaker_ok(pred[pi], gold[gi])
    p, r, f = _prf(n_match, n_pred, n_gold)
    ep, er, ef = _prf(n_exact, n_pred, n_gold)
    scores: dict[str, float] = {
        "precision": p,
        "recall": r,
        "f1": f,
        "exact_precision": ep,
        "exact_recall": er,
        "exact_f1": ef,
        "speaker_accuracy": speaker_hits / speaker_total if speaker_total else 0.0,
        "gold": n_gold,
        "predicted": n_pred,
        "matched": n_match,
        "exact_matched": n_exact,
        "speaker_pairs": speaker_total,
    }
    for kind, total in sorted(by_type_gold.items()):
        scores[f"recall_{kind}"] = by_type_hit[kind] / total
    return scores


def read_gold(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The first ``limit`` records of a gold quote JSONL file."""
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                records.append(json.loads(line))
            if limit is not None and len(records) >= limit:
                break
    return records


def _articles(records: Sequence[Mapping[str, Any]]) -> Iterator[Article]:
    for r in records:
        published = date_or_none(r.get("publication_date"))
        yield Article(id=r["id"], text=r["text"], title=r.get("title"), published=published)


def in_scope(records: Sequence[Mapping[str, Any]], scheme: str) -> list[Mapping[str, Any]]:
    """The gold ``scheme`` is scored on: a scheme that counts the body's statements only is not scored on the gold
    quotes of the headline (PolNeAR annotates them), as it is on no quote it leaves out by its definition."""
    if keeps_headline(scheme):
        return list(records)
    return [{**r, "quotes": [q for q in r["quotes"] if not _headline_quote(r, q)]} for r in records]


def _headline_quote(record: Mapping[str, Any], quote: Mapping[str, Any]) -> bool:
    headline = headline_span(record["text"], record.get("title"))
    return headline is not None and headline[0] <= min(c["start"] for c in quote["content"]) < headline[1]


def evaluate_quotes(path: Path, limit: int | None = None) -> dict[str, float]:
    """Run the pipeline over a gold quote file and score each quote scheme, its metrics prefixed by its name.

    ``attribution`` is the scheme PolNeAR is annotated in; ``speech`` keeps statements made only, so it
    finds fewer of PolNeAR's attributions (beliefs, documents and data as sources) by design. A scheme
    only filters quotes by class, so the ``speech`` quotes are the ``attribution`` quotes of that class. ``speech``
    counts the body's statements only: it is scored on the gold quotes of the body, not of the headline.
    """
    from telex.pipeline import analyze_articles  # the model loads only when an evaluation runs

    records = read_gold(path, limit)
    predicted: dict[str, dict[str, list[dict[str, Any]]]] = {scheme: {} for scheme in schemes()}
    for result in analyze_articles(_articles(records), quote_scheme=_WIDEST):
        # A record the pipeline could not analyse predicts nothing: its gold quotes count as missed.
        quotes = result.quotes if isinstance(result, Analysis) else ()
        for scheme, found in predicted.items():
            found[result.id] = [q.to_dict() for q in in_scheme(quotes, scheme)]
    return {
        f"{scheme}_{metric}": value
        for scheme in sorted(predicted)
        for metric, value in score_quotes(in_scope(records, scheme), predicted[scheme]).items()
    }
