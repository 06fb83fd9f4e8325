"""Benchmark `telex serve` under load: many clients reading a large store at once.

1. Builds a store of ``--articles`` articles: the bundled corpus (examples/corpus/wire.jsonl) ingested once, then
   its analyses written again under new ids and dates, 500 to a transaction, and the corpus pass run once.
2. Starts the server in a subprocess (`python -m telex.serve`) on a free loopback port.
3. Runs ``--clients`` concurrent clients, each sending ``--requests`` read requests one after the other, mixed
   over the read routes (article pages, one article, full-text search, events, dyads, quotes, actors).
4. Prints the latency percentiles of all requests and of each route, the throughput, and the errors.

The target is p95 under 200 ms with no errors at 50 clients x 200 requests on 10,000 articles.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import httpx

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus" / "wire.jsonl"
BATCH = 500
START = date(2020, 1, 1)
DAYS = 1500
ACTORS = ("RUS", "PRK", "Russia", "North Korea", "JPN", "USA", "France")
WORDS = ("tractors", "treaty", "missile", "tariffs", "trade talks", "farmers Paris")
SPEAKERS = ("Sanders", "Putin", "Kim", "Kishida", "Cha")


def build_store(db: Path, size: int) -> list[str]:
    """A store of ``size`` articles at ``db``; the ids written."""
    from telex.corpus.ingest import ingest
    from telex.records import analysis_from_dict
    from telex.store.duckdb_store import Store

    ingest([str(CORPUS)], db, processes=1)
    with Store(db) as store:
        rows = store.connection.execute("SELECT id FROM articles ORDER BY id").fetchall()
        seeds = [analysis_from_dict(store.analysis(row[0]) or {}) for row in rows]
        ids, batch = [s.id for s in seeds], []
        for made in range(len(seeds), size):
            seed = seeds[made % len(seeds)]
            day = START + timedelta(days=made % DAYS)
            events = tuple(replace(e, date=day.isoformat()) for e in seed.events)
            batch.append(replace(seed, id=f"synthetic/{made}", published=day, events=events))
            ids.append(batch[-1].id)
            if len(batch) == BATCH:
                store.write(batch)
                batch = []
        store.write(batch)
        store.finish()
    return ids


def stored_ids(db: Path) -> list[str]:
    import telex

    with telex.open(db) as corpus:
        return [str(row[0]) for row in corpus.store.connection.execute("SELECT id FROM articles").fetchall()]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(db: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    """`telex serve` as a user runs it (access log and all), its output in ``log``."""
    with log.open("wb") as output:
        server = subprocess.Popen([sys.executable, "-m", "telex.serve", "--db", str(db), "--port", str(port)],
                                  stdout=output, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"the server stopped:\n{log.read_text()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/actors?limit=1").status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.1)
    server.kill()
    sys.exit("the server did not answer within 60 s")


def window(rng: random.Random, distinct: bool) -> tuple[str, str]:
    """A date range to filter by: a calendar month as the dashboard's users pick them, or with ``distinct`` a run
    of 60 days from any day, so that the answer is almost never one the server has kept."""
    if distinct:
        day = START + timedelta(days=rng.randrange(DAYS))
        return day.isoformat(), (day + timedelta(days=60)).isoformat()
    first = date(START.year + (month := rng.randrange(DAYS // 30)) // 12, month % 12 + 1, 1)
    last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
    return first.isoformat(), last.isoformat()


def request(rng: random.Random, ids: list[str], distinct: bool) -> tuple[str, str, dict[str, Any]]:
    """One read request: (route name, path, query parameters), in the mix a dashboard user makes."""
    since, until = window(rng, distinct)
    choice = rng.random()
    if choice < 0.20:
        return "articles", "/api/articles", {"limit": 25, "offset": rng.randrange(0, len(ids), 25)}
    if choice < 0.40:
        return "article", f"/api/articles/{rng.choice(ids)}", {}
    if choice < 0.52:
        return "search", "/api/search", {"q": rng.choice(WORDS)}
    if choice < 0.67:
        return "events", "/api/events", {"actor": rng.choice(ACTORS), "since": since, "until": until, "limit": 100}
    if choice < 0.77:
        return "dyads", "/api/dyads", {"a": "RUS", "b": "PRK", "by": rng.choice(("month", "year"))}
    if choice < 0.92:
        return "quotes", "/api/quotes", {"speaker": rng.choice(SPEAKERS), "since": since, "until": until, "limit": 100}
    return "actors", "/api/actors", {"limit": 50}


class Connection:
    """One keep-alive HTTP/1.1 connection on loopback, as light as a client can be.

    A general client (httpx) spends more CPU per request than the server's cached answers cost, and the load
    generator shares this machine's cores with the server; so the benchmark speaks plain HTTP/1.1 itself.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> tuple[int, bytes]:
        """The status and body of ``GET target``; reconnects when the server closed the connection."""
        if self.writer is None or self.writer.is_closing():
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        fields = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines[1:])}
        if "content-length" not in fields:
            raise ValueError(f"no Content-Length in the reply to {target}")
        body = await self.reader.readexactly(int(fields["content-length"]))
        if fields.get("connection", "").lower() == "close":
            await self.close()
        return status, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            await self.writer.wait_closed()
            self.writer = None


async def client(port: int, number: int, count: int, ids: list[str], distinct: bool,
                 timings: dict[str, list[float]], errors: list[str]) -> None:
    rng = random.Random(number)
    connection = Connection("127.0.0.1", port)
    try:
        for _ in range(count):
            name, path, params = request(rng, ids, distinct)
            target = quote(path) + ("?" + urlencode(params) if params else "")
            started = time.perf_counter()
            try:
                status, body = await asyncio.wait_for(connection.get(target), 60)
                if status != 200:
                    errors.append(f"{status} {path}: {body[:200]!r}")
            except (OSError, ValueError, asyncio.IncompleteReadError, TimeoutError) as exc:
                errors.append(f"{type(exc).__name__} {path}")
                await connection.close()
            timings[name].append(time.perf_counter() - started)
    finally:
        await connection.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(timings: dict[str, list[float]], errors: list[str], seconds: float) -> None:
    every = [t for values in timings.values() for t in values]

    def line(name: str, values: list[float]) -> str:
        return (f"{name:<10} {len(values):>6}  p50 {percentile(values, 0.50) * 1000:6.1f} ms  "
                f"p95 {percentile(values, 0.95) * 1000:6.1f} ms  p99 {percentile(values, 0.99) * 1000:6.1f} ms  "
                f"mean {statistics.fmean(values) * 1000:6.1f} ms")

    print(line("all", every))
    for name in sorted(timings):
        print(line(name, timings[name]))
    print(f"{len(every)} requests in {seconds:.1f} s: {len(every) / seconds:.0f} requests/s; {len(errors)} errors")
    for message in errors[:10]:
        print(f"  {message}")


async def load(port: int, clients: int, requests: int, ids: list[str], distinct: bool) -> None:
    timings: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    started = time.perf_counter()
    await asyncio.gather(*(client(port, n, requests, ids, distinct, timings, errors) for n in range(clients)))
    report(timings, errors, time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the store")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients")
    parser.add_argument("--requests", type=int, default=200, help="requests per client")
    parser.add_argument("--db", type=Path, help="the store to serve: built there when missing, else used as it is "
                                                 "(default: built afresh in a temporary folder)")
    parser.add_argument("--distinct", action="store_true",
                        help="filter events and quotes by 60-day windows from any day instead of calendar months, so "
                             "that the server can rarely answer from what it kept (a worst case)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="telex-bench-serve-") as folder:
        db = args.db or Path(folder) / "bench.duckdb"
        started = time.perf_counter()
        ids = stored_ids(db) if db.exists() else build_store(db, args.articles)
        print(f"store of {len(ids):,} articles ready in {time.perf_counter() - started:.1f} s")
        port = free_port()
        server = start_server(db, port, Path(folder) / "server.log")
        try:
            asyncio.run(load(port, args.clients, args.requests, ids, args.distinct))
        finally:
            server.terminate()
            server.wait(30)
        print(f"{args.clients} clients x {args.requests} requests, one server process, loopback"
              + (", distinct date windows" if args.distinct else ""))


if __name__ == "__main__":
    main()
