"""Benchmark: the whole `telex analyze` path against the bare spaCy pipeline on the same texts and cores.

Each round runs, one after the other, two fresh processes over the same JSONL batch:

- telex: `python -m telex analyze BATCH --format jsonl --processes N` (reading, every extractor, output);
- bare spaCy: the same model with all its components, `nlp.pipe(texts, n_process=N)`.

Rounds alternate, and so does which of the two goes first, so both see the same load on a shared
machine. Times are whole-process wall-clock, start-up and model loading included. The script prints
articles and words per second, the peak resident memory of the main process and of the largest worker
process, and the ratio telex / bare spaCy (throughput; higher is better, 1.0 is parity), per round
and overall. Texts: the bundled examples and, where present, ../shared/data/quotes/polnear_dev.jsonl.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(data_dir: Path) -> list[dict[str, str]]:
    """The benchmark texts as JSONL records (id, text)."""
    from telex.ingest.read import articles_from
    from telex.records import Article

    records: list[dict[str, str]] = []
    for path in sorted(p for p in (ROOT / "examples").iterdir() if p.is_file()):
        records.extend({"id": a.id, "text": a.text} for a in articles_from(str(path)) if isinstance(a, Article))
    gold = data_dir / "quotes" / "polnear_dev.jsonl"
    if gold.exists():
        for line in gold.read_text().splitlines():
            record = json.loads(line)
            records.append({"id": str(record["id"]), "text": record["text"]})
    return records


def bare_spacy(batch: Path, processes: int, batch_size: int) -> None:
    """The baseline: read the batch and run the full spaCy pipeline over it, as telex's workers do."""
    from telex.nlp.model import load_model

    nlp = load_model()
    with batch.open(encoding="utf-8") as handle:
        texts = (json.loads(line)["text"] for line in handle)
        for _doc in nlp.pipe(texts, batch_size=batch_size, n_process=processes):
            pass


@dataclass
class Run:
    seconds: float
    main_mb: float
    worker_mb: float


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            tree.setdefault(parent, []).append(int(entry))
    return tree


def _peak_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(command: list[str]) -> Run:
    """Run ``command`` to its end; wall-clock seconds and peak resident memory of it and its descendants."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    peaks: dict[int, int] = {}
    done = threading.Event()

    def sample() -> None:  # VmHWM is each process's own high-water mark; sample until it exits
        while not done.is_set():
            tree = _children()
            stack = list(tree.get(process.pid, []))
            while stack:
                pid = stack.pop()
                peaks[pid] = max(peaks.get(pid, 0), _peak_kb(pid))
                stack.extend(tree.get(pid, []))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    if process.returncode:
        sys.exit(f"{' '.join(command)} failed with exit code {process.returncode}")
    return Run(seconds, usage.ru_maxrss / 1024, max(peaks.values(), default=0) / 1024)


def main() -> None:
    from telex.parallel import default_processes

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--processes", type=int, default=default_processes(),
                        help="worker processes for both (default: telex's default, %(default)s here)")
    parser.add_argument("--repeat", type=int, default=1, help="analyse the texts this many times over")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--spacy-batch-size", type=int, default=16, help="texts per nlp.pipe batch for bare spaCy")
    parser.add_argument("--bare-spacy", type=Path, metavar="BATCH", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_spacy:
        bare_spacy(args.bare_spacy, args.processes, args.spacy_batch_size)
        return
    records = corpus(args.data) * args.repeat
    words = sum(len(r["text"].split()) for r in records)
    commands = {
        "spacy": [sys.executable, __file__, "--bare-spacy", "{batch}", "--processes", str(args.processes),
                  "--spacy-batch-size", str(args.spacy_batch_size)],
        "telex": [sys.executable, "-m", "telex", "analyze", "{batch}", "--format", "jsonl",
                  "--processes", str(args.processes)],
    }
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="telex-bench-") as folder:
        batch = Path(folder) / "batch.jsonl"
        batch.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        for number in range(1, args.rounds + 1):
            order = list(commands) if number % 2 else list(reversed(commands))  # who goes first alternates too
            for name in order:
                runs[name].append(run([part.replace("{batch}", str(batch)) for part in commands[name]]))
            ratio = runs["spacy"][-1].seconds / runs["telex"][-1].seconds
            print(f"round {number}: spacy {runs['spacy'][-1].seconds:.2f} s, telex {runs['telex'][-1].seconds:.2f} s, "
                  f"ratio {ratio:.2f}", flush=True)
    print(f"{len(records)} articles, {words:,} words, {args.rounds} alternating rounds, "
          f"{args.processes} process(es) each, whole-process times; bare spaCy batches of {args.spacy_batch_size}")
    for name, values in runs.items():
        best = min(r.seconds for r in values)
        print(
            f"{name:>6}: {len(records) / best:6.1f} articles/s  {words / best:8,.0f} words/s  "
            f"(best {best:.2f} s, median {statistics.median(r.seconds for r in values):.2f} s)  "
            f"peak RSS: main {max(r.main_mb for r in values):.0f} MB, "
            f"largest worker {max(r.worker_mb for r in values):.0f} MB"
        )
    ratios = [s.seconds / t.seconds for s, t in zip(runs["spacy"], runs["telex"], strict=True)]
    print(f"ratio telex / bare spaCy (throughput): {statistics.median(ratios):.2f} median of rounds, "
          f"{min(r.seconds for r in runs['spacy']) / min(r.seconds for r in runs['telex']):.2f} best against best")


if __name__ == "__main__":
    main()
