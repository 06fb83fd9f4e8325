"""Benchmark the corpus path: wire copies analysed once, and dyad queries on a large store.

1. A stream of real articles in which 30% of the records are wire copies of others (a dateline added,
   the same publication date) is ingested twice into fresh stores by whole `telex ingest` processes:
   with near-duplicate clustering (the default) and with `--no-dedup`. Rounds alternate which goes
   first. Prints articles per second of each and the ratio (clustering / none; higher is better).
2. A store of ``--store-size`` articles (the analyses of a real ingest written again under new ids
   and dates, in bulk) answers `Corpus.dyad` by month for the most frequent pair of country codes;
   prints the median and worst latency of ``--queries`` queries.

Texts: the first ``--articles`` of ../shared/data/quotes/polnear_train.jsonl (or _dev) where present, else
the bundled corpus.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATELINES = ("MOSCOW (Reuters) - ", "SEOUL, June 20 (AP) — ", "WASHINGTON (AFP) - ", "BEIJING (Xinhua) -- ")


def originals(data_dir: Path, limit: int) -> list[dict[str, str]]:
    gold = next((p for p in (data_dir / "quotes" / f"polnear_{n}.jsonl" for n in ("train", "dev")) if p.exists()),
                data_dir / "absent")
    if gold.exists():
        records = [json.loads(line) for line in gold.read_text().splitlines() if line.strip()]
        return [{"id": f"o{n}", "text": r["text"], "published": "2024-06-20"} for n, r in enumerate(records[:limit])]
    return [json.loads(line) for line in (ROOT / "examples" / "corpus" / "wire.jsonl").read_text().splitlines()]


def wire_stream(base: list[dict[str, str]], share: float, seed: int = 7) -> list[dict[str, str]]:
    """``base`` plus copies making up ``share`` of the result, each placed after its original."""
    rng = random.Random(seed)
    copies = round(len(base) * share / (1 - share))
    stream = list(base)
    for n in range(copies):
        position = rng.randrange(len(base))
        original = base[position]
        copy = {**original, "id": f"copy{n}", "text": rng.choice(DATELINES) + original["text"]}
        stream.insert(stream.index(original) + 1 + rng.randrange(3), copy)
    return stream


def ingest_seconds(batch: Path, db: Path, processes: int, dedup: bool) -> float:
    db.unlink(missing_ok=True)
    command = [sys.executable, "-m", "telex", "ingest", str(batch), "--db", str(db), "-q", "-j", str(processes)]
    if not dedup:
        command.append("--no-dedup")
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode not in (0, 3):
        sys.exit(result.stderr)
    return time.perf_counter() - started


def dyad_latency(db: Path, size: int, queries: int) -> tuple[str, str, float, float, int]:
    """Grow the store at ``db`` to ``size`` articles; median and worst seconds of a dyad query by month."""
    import telex
    from telex.records import analysis_from_dict
    from telex.store.duckdb_store import Store

    with Store(db) as store:
        seeds = [analysis_from_dict(store.analysis(row[0]) or {}) for row in
                 store.connection.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        pair = store.connection.execute(
            "SELECT s, t, count(*) n FROM (SELECT source_countries[1] s, target_countries[1] t FROM events) "
            "WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t GROUP BY ALL ORDER BY n DESC LIMIT 1"
        ).fetchone()
        made, batch = len(seeds), []
        start = date(2020, 1, 1)
        while made < size:
            seed = seeds[made % len(seeds)]
            day = start + timedelta(days=made % 1500)
            events = tuple(replace(e, date=day.isoformat()) for e in seed.events)
            batch.append(replace(seed, id=f"synthetic/{made}", published=day, events=events))
            made += 1
            if len(batch) == 500:
                store.write(batch)
                batch = []
        store.write(batch)
        store.finish()
    a, b = (pair[0], pair[1]) if pair else ("RUS", "PRK")
    times = []
    with telex.open(db) as corpus:
        for _ in range(queries):
            started = time.perf_counter()
            frame = corpus.dyad(a, b, by="month")
            times.append(time.perf_counter() - started)
    return a, b, statistics.median(times), max(times), len(frame)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300, help="originals in the stream (start-up weighs less)")
    parser.add_argument("--copies", type=float, default=0.3, help="share of the stream that is wire copies")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--store-size", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    stream = wire_stream(originals(args.data, args.articles), args.copies)
    with tempfile.TemporaryDirectory(prefix="telex-bench-") as folder:
        batch = Path(folder) / "stream.jsonl"
        batch.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in stream), encoding="utf-8")
        times: dict[bool, list[float]] = {True: [], False: []}
        for number in range(args.rounds):
            for dedup in ((True, False) if number % 2 == 0 else (False, True)):
                times[dedup].append(ingest_seconds(batch, Path(folder) / f"{dedup}.duckdb", args.processes, dedup))
            print(f"round {number + 1}: clustering {times[True][-1]:.1f} s, none {times[False][-1]:.1f} s", flush=True)
        best = {k: min(v) for k, v in times.items()}
        print(f"{len(stream)} records ({args.copies:.0%} wire copies), {args.processes} process(es), "
              f"whole `telex ingest` processes, best of {args.rounds}")
        print(f"  with clustering: {len(stream) / best[True]:.2f} articles/s; without: "
              f"{len(stream) / best[False]:.2f} articles/s; ratio {best[False] / best[True]:.2f}")
        a, b, median, worst, periods = dyad_latency(Path(folder) / "True.duckdb", args.store_size, args.queries)
        print(f"dyad {a}-{b} by month on {args.store_size:,} articles ({periods} periods): "
              f"median {median * 1000:.0f} ms, worst {worst * 1000:.0f} ms over {args.queries} queries")


if __name__ == "__main__":
    main()
