"""Benchmark the corpus path: wire copies analysed once, and dyad queries on a large store.

1. A stream of real articles in which 30% of the records are wire copies of others (a dateline added,
   the same publication date) is ingested twice into fresh stores by whole `telex ingest` processes:
   with near-duplicate clustering (the default) and with `--no-dedup`. Rounds alternate which goes
   first. Prints articles per second of each and the ratio (clustering / none; higher is better).
2. A store of ``--store-size`` articles (the analyses of a real ingest written again under new ids
   and dates, in bulk) answers `Corpus.dyad` by month for the most frequent pair of country codes;
   prints the median and worst latency of ``--queries`` queries.
3. A daily feed into a store of a tenth of ``--store-size`` articles and into one of ``--store-size``: ``--feed``
   analyses written under new ids (a tenth of them replacing stored articles), then the corpus pass. Prints the CPU
   seconds the pass spends on the read tables when it recomputes what the feed changed (since session 36) and when
   it writes every table whole (before), best of ``--rounds`` alternating rounds, and the ratio (whole / changed;
   higher is better).

``--seed-store DB`` takes the analyses of a telex store for 2 and 3 instead of ingesting the stream (1 is skipped).

Texts: the first ``--articles`` of ../shared/data/quotes/polnear_train.jsonl (or _dev) where present, else
the bundled corpus.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

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


def grow(db: Path, size: int) -> None:
    """Grow the store at ``db`` to ``size`` articles: its analyses written again under new ids and dates, in bulk."""
    from telex.store.duckdb_store import Store

    with Store(db) as store:
        seeds = seed_analyses(store)
        made, batch = store.counts()["articles"], []
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


def seed_analyses(store: Any) -> list[Any]:
    """The analyses of the articles the store held first (not those ``grow`` wrote), in id order."""
    from telex.records import analysis_from_dict

    return [analysis_from_dict(store.analysis(row[0]) or {}) for row in store.connection.execute(
        "SELECT id FROM articles WHERE NOT starts_with(id, 'synthetic/') ORDER BY id").fetchall()]


def dyad_latency(db: Path, queries: int) -> tuple[str, str, float, float, int]:
    """Median and worst seconds of a dyad query by month on the store at ``db``, for its most frequent pair."""
    import telex

    with telex.open(db) as corpus:
        pair = corpus.store.connection.execute(
            "SELECT s, t, count(*) n FROM (SELECT source_countries[1] s, target_countries[1] t FROM events) "
            "WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t GROUP BY ALL ORDER BY n DESC LIMIT 1"
        ).fetchone()
        a, b = (pair[0], pair[1]) if pair else ("RUS", "PRK")
        times = []
        for _ in range(queries):
            started = time.perf_counter()
            frame = corpus.dyad(a, b, by="month")
            times.append(time.perf_counter() - started)
    return a, b, statistics.median(times), max(times), len(frame)


def read_table_seconds(db: Path, feed: int, whole: bool) -> float:
    """CPU seconds the corpus pass spends on the read tables after ``feed`` analyses are written into a copy of the
    store at ``db``: recomputing what they changed, or (``whole``) writing every table whole."""
    from telex.store import read_tables
    from telex.store.duckdb_store import Store

    copy = db.with_name(f"feed-{db.name}")
    shutil.copyfile(db, copy)
    spent: list[float] = []
    keep, share = read_tables.keep, read_tables.REWRITE_SHARE

    def timed(con: Any) -> None:
        started = time.process_time()
        keep(con)
        spent.append(time.process_time() - started)

    read_tables.keep, read_tables.REWRITE_SHARE = timed, (-1.0 if whole else share)
    try:
        with Store(copy) as store:
            stored = [row[0] for row in store.connection.execute("SELECT id FROM articles ORDER BY id").fetchall()]
            seeds = seed_analyses(store)
            rng = random.Random(36)
            again = set(rng.sample(stored, min(len(stored), feed // 10)))
            ids = [*sorted(again), *(f"feed/{n}" for n in range(feed - len(again)))]
            analyses = [replace(seeds[n % len(seeds)], id=article_id) for n, article_id in enumerate(ids)]
            for start in range(0, len(analyses), 64):
                store.write(analyses[start:start + 64])
            store.finish()
    finally:
        read_tables.keep, read_tables.REWRITE_SHARE = keep, share
        copy.unlink()
    return spent[0]


def read_tables_bench(db: Path, sizes: list[int], feed: int, rounds: int) -> None:
    """Part 3 at each store size (the store at ``db`` grown to it)."""
    for size in sizes:
        grow(db, size)
        times: dict[bool, list[float]] = {True: [], False: []}
        for number in range(rounds):
            for whole in ((False, True) if number % 2 == 0 else (True, False)):
                times[whole].append(read_table_seconds(db, feed, whole))
        changed, whole = min(times[False]), min(times[True])
        print(f"read tables after a feed of {feed} into {size:,} articles (CPU, best of {rounds}): what changed "
              f"{changed:.3f} s, whole {whole:.3f} s; ratio {whole / changed:.2f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300, help="originals in the stream (start-up weighs less)")
    parser.add_argument("--copies", type=float, default=0.3, help="share of the stream that is wire copies")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--store-size", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--feed", type=int, default=130, help="articles of the daily feed in part 3")
    parser.add_argument("--seed-store", type=Path, help="a telex store whose analyses seed parts 2 and 3")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="telex-bench-") as folder:
        db = Path(folder) / "True.duckdb"
        if args.seed_store:
            shutil.copyfile(args.seed_store, db)
        else:
            wire_bench(args, Path(folder))
        grow(db, args.store_size)
        a, b, median, worst, periods = dyad_latency(db, args.queries)
        print(f"dyad {a}-{b} by month on {args.store_size:,} articles ({periods} periods): "
              f"median {median * 1000:.0f} ms, worst {worst * 1000:.0f} ms over {args.queries} queries", flush=True)
        small = Path(folder) / "small.duckdb"
        (shutil.copyfile(args.seed_store, small) if args.seed_store else
         shutil.copyfile(Path(folder) / "seed.duckdb", small))
        read_tables_bench(small, [args.store_size // 10, args.store_size], args.feed, args.rounds)


def wire_bench(args: argparse.Namespace, folder: Path) -> None:
    """Part 1; leaves the store ingested with clustering as ``True.duckdb`` (and a copy, ``seed.duckdb``)."""
    stream = wire_stream(originals(args.data, args.articles), args.copies)
    batch = folder / "stream.jsonl"
    batch.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in stream), encoding="utf-8")
    times: dict[bool, list[float]] = {True: [], False: []}
    for number in range(args.rounds):
        for dedup in ((True, False) if number % 2 == 0 else (False, True)):
            times[dedup].append(ingest_seconds(batch, folder / f"{dedup}.duckdb", args.processes, dedup))
        print(f"round {number + 1}: clustering {times[True][-1]:.1f} s, none {times[False][-1]:.1f} s", flush=True)
    best = {k: min(v) for k, v in times.items()}
    print(f"{len(stream)} records ({args.copies:.0%} wire copies), {args.processes} process(es), "
          f"whole `telex ingest` processes, best of {args.rounds}")
    print(f"  with clustering: {len(stream) / best[True]:.2f} articles/s; without: "
          f"{len(stream) / best[False]:.2f} articles/s; ratio {best[False] / best[True]:.2f}")
    shutil.copyfile(folder / "True.duckdb", folder / "seed.duckdb")


if __name__ == "__main__":
    main()
