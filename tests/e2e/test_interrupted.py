"""Interrupted runs leave nothing behind: kill -9 or SIGTERM of `ingest -j 2` ends every telex process and
temporary folder, and the same command again with --skip-existing stores every row exactly once."""

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]


def session_processes(session: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == session and fields[0] != "Z":
                found.append(int(entry))
    return found


def corpus(tmp_path: Path) -> Path:
    texts = [p.read_text() for p in sorted((ROOT / "examples").glob("*.txt"))]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(
        json.dumps({"id": f"a{n}", "text": f"Report {n}. " + texts[n % len(texts)], "published": "2024-06-20"})
        for n in range(48)
    ))  # fmt: skip
    return path


def ingest(batch: Path, db: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "telex", "ingest", str(batch), "--db", str(db), "-j", "2", "--no-dedup", "-q",
         "--batch-size", "8", *extra],
        start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def rows(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "quotes", "events")}
    finally:
        con.close()


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_an_interrupted_ingest_leaves_nothing_and_resumes_exactly(tmp_path: Path, how: signal.Signals) -> None:
    batch = corpus(tmp_path)
    db = tmp_path / "news.duckdb"
    before = set(Path(tempfile.gettempdir()).glob("telex-*"))
    run = ingest(batch, db)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(session_processes(run.pid)) < 3:  # main, fork server, workers
        time.sleep(0.2)
    time.sleep(4)  # well into the run: workers busy, batches being written
    os.kill(run.pid, how)
    run.wait(timeout=60)
    deadline = time.monotonic() + 20
    while session_processes(run.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert session_processes(run.pid) == []
    leftover = {p for p in set(Path(tempfile.gettempdir()).glob("telex-*")) - before if p.is_dir()}

    resumed = ingest(batch, db, "--skip-existing")
    assert resumed.wait(timeout=300) == 0, resumed.stderr.read() if resumed.stderr else ""
    assert not any(p.exists() for p in leftover)  # a killed run's folder is swept by the next one
    fresh = tmp_path / "fresh.duckdb"
    clean = ingest(batch, fresh)
    assert clean.wait(timeout=300) == 0
    assert rows(db) == rows(fresh) and rows(db)["articles"] == 48
