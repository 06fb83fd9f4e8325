"""Run every evaluation whose gold file is present and format the results as tables."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

from telex.evaluation.events import evaluate_petr, evaluate_plover
from telex.evaluation.quotes import evaluate_quotes

Scorer = Callable[[Path, int | None], dict[str, float]]

# (title, file under the data folder, scorer, the metrics to show in order)
SUITES: tuple[tuple[str, str, Scorer], ...] = (
    ("quotes: PolNeAR dev", "quotes/polnear_dev.jsonl", evaluate_quotes),
    ("events: PLOVER gold dev", "events/plover_gsr_dev.jsonl", evaluate_plover),
    ("events: PETRARCH2 validation", "events/petr2_gsr_validation.jsonl", evaluate_petr),
)


def format_table(title: str, scores: dict[str, float]) -> list[str]:
    """A two-column table: metric and value (three decimals for shares, integers for counts)."""
    width = max(len(k) for k in scores) if scores else 10
    lines = [title, "-" * max(len(title), width + 10)]
    for key, value in scores.items():
        shown = f"{value:.3f}" if isinstance(value, float) and not value.is_integer() else f"{value:g}"
        lines.append(f"{key:<{width}}  {shown:>8}")
    return lines


def run_all(data_dir: Path, limit: int | None = None) -> Iterator[str]:
    """Score each suite whose file exists; yield the lines of its table as soon as it is done."""
    for title, relative, scorer in SUITES:
        path = data_dir / relative
        if not path.exists():
            yield f"{title}: {path} absent, skipped"
            continue
        started = time.perf_counter()
        scores = scorer(path, limit)
        yield from format_table(f"{title}  ({time.perf_counter() - started:.0f} s)", scores)
        yield ""
