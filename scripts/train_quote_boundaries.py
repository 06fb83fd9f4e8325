"""Train the boundary model of reported content (``telex/quotes/boundaries.py``) on PolNeAR dev.

Reads ../shared/data/quotes/polnear_dev.jsonl at run time (never copied into the repository), runs telex over
it with no boundary edits, and for every predicted indirect or mixed quote that matches a gold quote of one
content span, lists the edits ``boundaries.edits`` offers on each side. An edit is a positive example when it
moves that side to where the gold quote's side is (after the scorer's trimming of punctuation and quote marks)
and the side was wrong; every other edit is a negative one, so the model learns to leave a right bound alone.
An L2-regularised logistic regression is fitted with numpy; its strength is chosen by five-fold
cross-validation over articles, by the number of exact quotes gained less those lost. The weights go to
``src/telex/data/quote_boundaries.tsv`` as (feature, weight): feature names, never gold text.

    PYTHONPATH=src .venv/bin/python scripts/train_quote_boundaries.py [--gold PATH] [--report]

``--report`` also prints how the non-exact matches differ from gold (side, direction, segment class) and how
many of them one edit per side could make exact.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np

from telex.evaluation.quotes import _articles, _match_article, _union, read_gold
from telex.nlp.model import load_model
from telex.pipeline import analyze_articles
from telex.quotes import boundaries
from telex.quotes.marks import trim_span
from telex.records import Analysis

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "quotes" / "polnear_dev.jsonl"
TABLE = ROOT / "src" / "telex" / "data" / "quote_boundaries.tsv"
STRENGTHS = (0.3, 1.0, 3.0)
FOLDS = 5
STEPS = 600
RATE = 0.05
MIN_COUNT = 3  # a feature seen fewer times than this in the training edits gets no weight
SMALLEST_WEIGHT = 0.005  # weights nearer zero than this change no decision and are left out of the table


@dataclass
class Candidate:
    """One edit of a predicted quote and its trimmed span after the move."""

    edit: boundaries.Edit
    span: tuple[int, int]

    @property
    def side(self) -> str:
        return self.edit.side

    @property
    def features(self) -> tuple[str, ...]:
        return self.edit.features


@dataclass
class Case:
    """A predicted quote matched to a one-span gold quote: its trimmed span, the gold's, and its edits."""

    article: int
    span: tuple[int, int]
    gold: tuple[int, int]
    candidates: list[Candidate]


Offered = list[tuple[tuple[int, int], list[Candidate]]]  # each quote's span and the edits offered for it


def _recorded(records: Sequence[dict[str, Any]]) -> Iterator[tuple[int, Analysis, Offered]]:
    """Each article's analysis with the edits offered for each quote the boundary step saw, made with no edit."""
    calls: Offered = []

    def record(doc: Any, span: tuple[int, int], cue: Any, class_: str, kind: str, table: Any = None) -> tuple[int, int]:
        tokens = doc.char_span(*span, alignment_mode="expand")
        found: list[Candidate] = []
        if tokens is not None and len(tokens):
            text = doc.text
            for edit in boundaries.edits(doc, tokens.start, tokens.end - 1, cue, class_, kind):
                start = doc[edit.first].idx if edit.side == "start" else span[0]
                end = doc[edit.last].idx + len(doc[edit.last]) if edit.side == "end" else span[1]
                found.append(Candidate(edit, trim_span(text, start, end)))
        calls.append((span, found))
        return span

    with mock.patch.object(boundaries, "adjusted", record):
        for i, result in enumerate(analyze_articles(_articles(records), load_model(), quote_scheme="attribution")):
            if isinstance(result, Analysis):
                yield i, result, list(calls)
            calls.clear()


def collect(records: Sequence[dict[str, Any]]) -> tuple[list[Case], int]:
    """The matched cases of every article, and the number of exact matches with no edit."""
    cases: list[Case] = []
    exact = 0
    for i, analysis, calls in _recorded(records):
        record = records[i]
        text = record["text"]
        pred = [q.to_dict() for q in analysis.quotes]
        pairs, n_exact, _ = _match_article(text, record["quotes"], pred)
        exact += n_exact
        offered = {span: found for span, found in calls}
        for pi, gi in pairs:
            content = record["quotes"][gi]["content"]
            spans = _union([(c["start"], c["end"]) for c in content])
            found = offered.get((pred[pi]["start"], pred[pi]["end"]))
            if len(spans) != 1 or found is None:
                continue
            span = trim_span(text, pred[pi]["start"], pred[pi]["end"])
            cases.append(Case(i, span, trim_span(text, *spans[0]), found))
    return cases, exact


def _label(case: Case, candidate: Candidate) -> int:
    side = 0 if candidate.side == "start" else 1
    return int(case.span[side] != case.gold[side] and candidate.span[side] == case.gold[side])


def _rows(cases: Sequence[Case], index: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The edits as a sparse binary matrix (row of each entry, column of each entry) and their labels."""
    rows: list[int] = []
    cols: list[int] = []
    labels: list[int] = []
    for case in cases:
        for candidate in case.candidates:
            for f in candidate.features:
                if f in index:
                    rows.append(len(labels))
                    cols.append(index[f])
            labels.append(_label(case, candidate))
    return np.array(rows), np.array(cols), np.array(labels, dtype=float)


def fit(cases: Sequence[Case], strength: float) -> dict[str, float]:
    """Logistic regression with an L2 penalty of ``strength`` on every weight, by full-batch gradient descent
    with Adam steps (the features are sparse: a few dozen of thousands per edit)."""
    counts = Counter(f for case in cases for c in case.candidates for f in c.features)
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: j for j, f in enumerate(names)}
    rows, cols, y = _rows(cases, index)
    w = np.zeros(len(names))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, STEPS + 1):
        z = np.bincount(rows, weights=w[cols], minlength=len(y))
        p = 1 / (1 + np.exp(-z))
        gradient = np.bincount(cols, weights=(p - y)[rows], minlength=len(w)) + strength * w
        m = 0.9 * m + 0.1 * gradient
        v = 0.999 * v + 0.001 * gradient**2
        w -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return {f: float(w[j]) for f, j in index.items()}


def decided(case: Case, table: dict[str, float]) -> tuple[int, int]:
    """The trimmed span after the model's edits (as ``boundaries.adjusted`` makes them)."""
    best = boundaries.chosen((c.edit for c in case.candidates), table)
    spans = {c.side: c.span for c in case.candidates if best.get(c.side) is c.edit}
    start = spans["start"][0] if "start" in spans else case.span[0]
    end = spans["end"][1] if "end" in spans else case.span[1]
    return (start, end) if start < end else case.span


def gain(cases: Sequence[Case], table: dict[str, float]) -> tuple[int, int]:
    """Exact matches (won, lost) by the model's edits."""
    won = lost = 0
    for case in cases:
        before, after = case.span == case.gold, decided(case, table) == case.gold
        won += after and not before
        lost += before and not after
    return won, lost


def _moved(cases: Sequence[Case], moves: Sequence[str]) -> list[Case]:
    """The cases with only the edits of the given moves (``end_cut``, ``start_extend``, …)."""
    return [
        Case(c.article, c.span, c.gold, [k for k in c.candidates if k.features[0].split(":")[0] in moves])
        for c in cases
    ]


def _validated(cases: Sequence[Case], strength: float) -> tuple[int, int]:
    """Exact matches (won, lost) over the folds, each fold decided by a model fitted on the others."""
    won = lost = 0
    for fold in range(FOLDS):
        train = [c for c in cases if c.article % FOLDS != fold]
        w, lo = gain([c for c in cases if c.article % FOLDS == fold], fit(train, strength))
        won, lost = won + w, lost + lo
    return won, lost


def cross_validate(cases: Sequence[Case]) -> tuple[tuple[str, ...], float]:
    """The moves whose edits gain exact matches on held-out folds, and the strength that gains most with them all."""
    kept: list[str] = []
    for move in boundaries.MOVES:
        gains = {s: _validated(_moved(cases, [move]), s) for s in STRENGTHS}
        print(move, " ".join(f"{s:g}: +{w} -{lo}" for s, (w, lo) in gains.items()))
        if max(w - lo for w, lo in gains.values()) > 0:
            kept.append(move)
    chosen = _moved(cases, kept)
    scores = {s: _validated(chosen, s) for s in STRENGTHS}
    print("kept", ", ".join(kept) or "nothing", " ".join(f"{s:g}: +{w} -{lo}" for s, (w, lo) in scores.items()))
    return tuple(kept), max(STRENGTHS, key=lambda s: (scores[s][0] - scores[s][1], s))


def report(cases: Sequence[Case], exact: int) -> None:
    """How the non-exact matches differ from gold, and how many one edit per side could fix."""
    wrong = [c for c in cases if c.span != c.gold]
    print(f"{len(cases)} matches of one-span gold quotes, {len(cases) - len(wrong)} exact; all exact: {exact}")
    classes: Counter[str] = Counter()
    reachable = 0
    for case in wrong:
        sides_ok = []
        for side, name in ((0, "start"), (1, "end")):
            if case.span[side] == case.gold[side]:
                sides_ok.append(True)
                continue
            longer = case.span[side] < case.gold[side] if side == 0 else case.span[side] > case.gold[side]
            classes[f"{name} {'longer' if longer else 'shorter'}"] += 1
            sides_ok.append(any(_label(case, c) for c in case.candidates if c.side == name))
        reachable += all(sides_ok)
    for name, n in classes.most_common():
        print(f"  {n:4d} {name}")
    print(f"{reachable} of {len(wrong)} non-exact matches could be made exact by one edit per side")
    positives: Counter[str] = Counter()
    for case in wrong:
        for c in case.candidates:
            if _label(case, c):
                positives.update(f for f in c.features if ":dep=" in f or ":first=" in f)
    print("features of the edits that would fix a side (dependency, first word):")
    for name, n in positives.most_common(40):
        print(f"  {n:4d} {name}")


def write(table: dict[str, float], strength: float, n_cases: int) -> None:
    kept = sorted(((f, w) for f, w in table.items() if abs(w) >= SMALLEST_WEIGHT), key=lambda fw: (-abs(fw[1]), fw[0]))
    header = [
        "# Weights of the logistic regression that decides where reported content starts and ends",
        "# (telex/quotes/boundaries.py). Written by scripts/train_quote_boundaries.py from PolNeAR dev",
        f"# ({n_cases} predicted quotes matched to one-span gold quotes; L2 strength {strength:g}, by 5-fold",
        "# cross-validation over articles). A feature is <side>_<cut|extend>:<name>=<value>; no open-class word.",
        "feature\tweight",
    ]
    TABLE.write_text("\n".join([*header, *(f"{f}\t{w:.4f}" for f, w in kept)]) + "\n", encoding="utf-8")
    print(f"{len(kept)} weights written to {TABLE.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--report", action="store_true", help="print the error classes and the edits' reach")
    args = parser.parse_args()
    cases, exact = collect(read_gold(args.gold))
    if args.report:
        report(cases, exact)
    moves, strength = cross_validate(cases)
    cases = _moved(cases, moves)
    table = fit(cases, strength) if moves else {}
    won, lost = gain(cases, table)
    print(f"strength {strength:g}; on the training data itself exact +{won} -{lost}")
    write(table, strength, len(cases))


if __name__ == "__main__":
    main()
