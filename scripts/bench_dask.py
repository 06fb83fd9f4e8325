"""Benchmark ingest on Dask: 1 and 2 LocalCluster workers against local `-j 2`, on the same input and cores.

Each measurement runs in a fresh process: imports first, then the timed part, `telex.corpus.ingest.ingest(...)`
into a new DuckDB file, as `telex ingest` runs it: for Dask with ``scheduler="local:N"`` (N worker processes of
one thread), so it includes starting the cluster, its workers and their model, and closing it (before session 36
the cluster was started outside the timed part); for local `-j 2` it includes starting the worker processes and
their model. Clustering is off (--no-dedup) so that every article is analysed: the run measures analysis
throughput.

Prints articles per second of each and its CPU seconds per article: of the worker processes (model
loading included) and of the client process (reading, planning, writing, and for Dask the scheduler's
thread), figures that other load on the machine hardly changes. Then the scaling from 1 to 2 Dask
workers (goal >= 1.7x), the Dask overhead against local `-j 2` (goal <= 15%), and the bytes per article
of a DuckDB store and of a Parquet dataset holding the distinct articles.

Texts: ../shared/data/quotes/polnear_dev.jsonl where present (repeated --repeat times under new ids),
else the bundled examples/corpus/wire.jsonl repeated.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run in a child process: argv = mode (dask|local), workers, input, db, partition size; prints seconds.
_CHILD = """
import sys, threading, time
import psutil
from telex.corpus.ingest import ingest

class Descendants(threading.Thread):
    \"\"\"CPU seconds of every process below this one, polled (workers may end before the run does).\"\"\"
    def __init__(self):
        super().__init__(daemon=True)
        self.seen, self.start_at, self.running = {}, {}, True
        self.poll()
        self.start_at = dict(self.seen)
    def poll(self):
        for child in psutil.Process().children(recursive=True):
            try:
                times = child.cpu_times()
            except psutil.Error:
                continue
            self.seen[child.pid] = times.user + times.system
    def run(self):
        while self.running:
            self.poll()
            time.sleep(0.1)
    def total(self):
        self.running = False
        self.poll()
        return sum(cpu - self.start_at.get(pid, 0.0) for pid, cpu in self.seen.items())

def main():
    mode, workers, source, db, partition = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
    if mode == "local":
        descendants = Descendants()
        descendants.start()
        started, mine = time.perf_counter(), time.process_time()
        report = ingest([source], db, processes=workers, dedup=False)
    else:
        descendants = Descendants()
        descendants.start()
        started, mine = time.perf_counter(), time.process_time()
        report = ingest([source], db, scheduler=f"local:{workers}", partition_size=partition, dedup=False)
    seconds = time.perf_counter() - started
    print(seconds, report.stored, len(report.failures), descendants.total(), time.process_time() - mine)

if __name__ == "__main__":
    main()
"""


def records(data_dir: Path, repeat: int) -> list[dict[str, str | None]]:
    gold = data_dir / "quotes" / "polnear_dev.jsonl"
    if gold.exists():
        base = [json.loads(line) for line in gold.read_text().splitlines() if line.strip()]
        texts = [{"text": r["text"], "published": r.get("publication_date"), "title": r.get("title")} for r in base]
    else:
        lines = (ROOT / "examples" / "corpus" / "wire.jsonl").read_text().splitlines()
        texts = [{k: v for k, v in json.loads(line).items() if k != "id"} for line in lines]
    return [{"id": f"r{n}/{i}", **t} for n in range(repeat) for i, t in enumerate(texts)]


def measure(folder: Path, mode: str, workers: int, source: Path, partition: int) -> tuple[float, int, float, float]:
    """Seconds of the run, articles stored, CPU seconds of the worker processes and of the client."""
    db = folder / f"{mode}{workers}.duckdb"
    db.unlink(missing_ok=True)
    script = folder / "child.py"
    script.write_text(_CHILD)
    result = subprocess.run(
        [sys.executable, str(script), mode, str(workers), str(source), str(db), str(partition)],
        capture_output=True, text=True, cwd=folder,
    )  # fmt: skip
    if result.returncode != 0:
        sys.exit(result.stderr)
    seconds, stored, failed, workers_cpu, client_cpu = result.stdout.split()
    if int(failed):
        print(f"  ({failed} failed records)")
    return float(seconds), int(stored), float(workers_cpu), float(client_cpu)


def storage(db: Path, folder: Path) -> tuple[float, float, int]:
    """Bytes per article of a DuckDB store and of a Parquet dataset (parts of 32, as workers write them) holding
    the distinct articles of the run; for DuckDB beyond what an empty store takes."""
    from telex.records import analysis_from_dict
    from telex.store.duckdb_store import CorpusInfo, Store
    from telex.store.parquet import Dataset

    with Store(db, read_only=True) as store:
        query = "SELECT id, cluster, content_hash, signature, analysis FROM articles WHERE id LIKE 'r0/%'"
        rows = store.connection.execute(query).fetchall()
    analyses = [analysis_from_dict(json.loads(row[4])) for row in rows]
    info = {row[0]: CorpusInfo(row[1], row[2], row[3]) for row in rows}
    sizes = []
    for name, written in (("empty", []), ("full", analyses)):
        with Store(folder / f"{name}.duckdb") as store:
            store.write(written, info)
            store.finish()
        sizes.append((folder / f"{name}.duckdb").stat().st_size)
    dataset = Dataset(folder / "dataset")
    for start in range(0, len(analyses), 32):
        dataset.write(analyses[start : start + 32], info)
    dataset.finish()
    parquet = sum(p.stat().st_size for p in (folder / "dataset").rglob("*.parquet"))
    return (sizes[1] - sizes[0]) / len(rows), parquet / len(rows), len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=4, help="copies of the texts, under new ids")
    parser.add_argument("--partition-size", type=int, default=8, help="small: the tail of a short run stays short")
    parser.add_argument("--rounds", type=int, default=1, help="best of this many runs of each")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    stream = records(args.data, args.repeat)
    with tempfile.TemporaryDirectory(prefix="telex-bench-dask-") as name:
        folder = Path(name)
        source = folder / "input.jsonl"
        source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in stream), encoding="utf-8")
        runs = {("dask", 1): "Dask, 1 worker", ("dask", 2): "Dask, 2 workers", ("local", 2): "local -j 2"}
        best: dict[tuple[str, int], float] = {}
        for number in range(args.rounds):
            order = list(runs.items()) if number % 2 == 0 else list(reversed(runs.items()))  # same load for each
            for (mode, workers), label in order:
                seconds, stored, workers_cpu, client_cpu = measure(folder, mode, workers, source, args.partition_size)
                best[mode, workers] = min(seconds, best.get((mode, workers), seconds))
                cpu = (f"; CPU per article: workers {workers_cpu / stored * 1000:.0f} ms, "
                       f"client {client_cpu / stored * 1000:.0f} ms")  # fmt: skip
                print(f"round {number + 1}: {label}: {stored} articles in {seconds:.1f} s, "
                      f"{stored / seconds:.2f} articles/s{cpu}", flush=True)  # fmt: skip
        rate = {key: len(stream) / seconds for key, seconds in best.items()}
        print(f"{len(stream)} articles, partitions of {args.partition_size}, best of {args.rounds}; "
              "times include starting the workers (and the cluster) and loading their model")
        for key, label in runs.items():
            print(f"  {label:16} {rate[key]:6.2f} articles/s  ({best[key]:.1f} s)")
        print(f"scaling 1 -> 2 Dask workers: {rate['dask', 2] / rate['dask', 1]:.2f}x (goal >= 1.7x)")
        overhead = best["dask", 2] / best["local", 2] - 1
        print(f"Dask overhead against local -j 2: {overhead:+.1%} of the time (goal <= 15%)")
        duckdb_bytes, parquet_bytes, articles = storage(folder / "dask1.duckdb", folder)
        print(f"storage per article ({articles} distinct articles): DuckDB {duckdb_bytes / 1024:.1f} KiB, "
              f"Parquet {parquet_bytes / 1024:.1f} KiB")


if __name__ == "__main__":
    main()
