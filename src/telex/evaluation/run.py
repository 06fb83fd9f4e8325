"""Run every evaluation whose gold file is present and format the results as tables."""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from telex.evaluation.actors import evaluate_actors
from telex.evaluation.events import evaluate_news, evaluate_petr, evaluate_plover, row_usage
from telex.evaluation.quotes import evaluate_quotes
from telex.events.patterns import TABLES, row_descriptions
from telex.tables import read_table

Scorer = Callable[[Path, int | None], dict[str, float]]

# (title, file under the data folder, scorer, the metrics to show in order)
SUITES: tuple[tuple[str, str, Scorer], ...] = (
    ("quotes: PolNeAR dev", "quotes/polnear_dev.jsonl", evaluate_quotes),
    ("events: PLOVER gold dev", "events/plover_gsr_dev.jsonl", evaluate_plover),
    ("actors: PLOVER gold dev", "events/plover_gsr_dev.jsonl", evaluate_actors),
    ("events: PETRARCH2 validation", "events/petr2_gsr_validation.jsonl", evaluate_petr),
    ("events: news-silver dev", "events/news_silver_dev.jsonl", evaluate_news),
)
# Gold files no rule is tuned on, scored with ``--held-out`` (they take longer: 840 PolNeAR articles).
HELD_OUT: tuple[tuple[str, str, Scorer], ...] = (
    ("quotes: PolNeAR train (held out: never tuned on)", "quotes/polnear_train.jsonl", evaluate_quotes),
)
# Where the row-usage report writes one line per table row.
USAGE_FILE = Path(tempfile.gettempdir()) / "telex_row_usage.tsv"
# Data sets of the row-usage report, as `evaluation.events` labels them.
SETS = ("PLOVER tune", "PLOVER check", "PETRARCH2", "news-silver")


def format_table(title: str, scores: dict[str, float]) -> list[str]:
    """A two-column table: metric and value (three decimals for shares, integers for counts)."""
    width = max(len(k) for k in scores) if scores else 10
    lines = [title, "-" * max(len(title), width + 10)]
    for key, value in scores.items():
        shown = f"{value:.3f}" if isinstance(value, float) and not value.is_integer() else f"{value:g}"
        lines.append(f"{key:<{width}}  {shown:>8}")
    return lines


def usage_report(usage: Mapping[str, Counter[str]]) -> list[str]:
    """Per event table: rows, rows that fired anywhere, only on the PLOVER tune half, only on its check half,
    on both, and on the PETRARCH2 and news sets; a rule that fires only where it was tuned shows here."""
    fired = {label: set(usage.get(label, Counter())) for label in SETS}
    tune, check = fired["PLOVER tune"], fired["PLOVER check"]
    header = f"{'table':<26}{'rows':>6}{'fired':>7}{'tune only':>11}{'check only':>12}{'both':>6}"
    header += f"{'PETRARCH2':>11}{'news':>6}"
    lines = [f"row usage (rows behind coded events; one line per row in {USAGE_FILE})", "-" * len(header), header]
    for table in TABLES:
        ids = {f"{table}:{i}" for i in range(1, len(read_table(table)) + 1)}
        anywhere = set().union(*fired.values()) & ids
        lines.append(
            f"{table:<26}{len(ids):>6}{len(anywhere):>7}{len((tune - check) & ids):>11}"
            f"{len((check - tune) & ids):>12}{len(tune & check & ids):>6}"
            f"{len(fired['PETRARCH2'] & ids):>11}{len(fired['news-silver'] & ids):>6}"
        )
    return lines


def write_usage(usage: Mapping[str, Counter[str]], path: Path = USAGE_FILE) -> None:
    """One line per row of every event table: its id, the events it coded on each set, and the row itself."""
    lines = ["row\t" + "\t".join(SETS) + "\trow text"]
    for row, text in row_descriptions().items():
        counts = [usage.get(label, Counter())[row] for label in SETS]
        lines.append("\t".join([row, *map(str, counts), text]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run_all(data_dir: Path, limit: int | None = None, held_out: bool = False) -> Iterator[str]:
    """Score each suite whose file exists (with ``held_out`` also the HELD_OUT ones); yield the lines of its table
    as soon as it is done, then the row-usage report of the event suites."""
    with row_usage() as usage:
        for title, relative, scorer in SUITES + (HELD_OUT if held_out else ()):
            path = data_dir / relative
            if not path.exists():
                yield f"{title}: {path} absent, skipped"
                continue
            started = time.perf_counter()
            scores = scorer(path, limit)
            yield from format_table(f"{title}  ({time.perf_counter() - started:.0f} s)", scores)
            yield ""
    if usage:
        write_usage(usage)
        yield from usage_report(usage)
