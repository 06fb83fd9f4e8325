"""Every `telex …` line of README.md's shell examples runs as written, in a folder holding files of the names they
give (written here) and the bundled examples; only those that need the network, a server, a Dask cluster or the
evaluation data are left out."""

import gzip
import io
import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from telex.cli import main

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
# A server runs until stopped, the evaluation reads ../shared/data, --scheduler starts or joins a Dask cluster (and
# dataset/ is what a cluster writes).
LEFT_OUT = ("telex serve", "telex eval", "--scheduler", "--db dataset/")

STORY = ("NAIROBI, March 3, 2025 (Reuters) - Kenyan police fired tear gas at protesters in Nairobi on Monday, and the "
         "interior minister said the government would not yield.\n\nOpposition leaders accused the police of "
         "brutality.\n")
OTHER = "Japan's prime minister met South Korea's president in Seoul on Wednesday, officials said.\n"


def readme_commands() -> list[str]:
    """The ``telex`` lines of README.md's ``sh`` blocks, without their comments, pipes and redirections."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.DOTALL):
        for line in block.splitlines():
            command = re.split(r"\s{2,}#", line)[0].strip()
            if command.startswith("telex ") and not any(part in command for part in LEFT_OUT):
                commands.append(re.split(r" [|>] ", command)[0])
    return commands


def page(title: str, body: str) -> str:
    return (f"<html><head><title>{title} | The Example Times</title></head><body><nav>Home | World</nav><article>"
            f"<h1>{title}</h1><p>{body}</p></article><footer>Contact us</footer></body></html>")


def write_inputs(folder: Path) -> None:
    """A file for each name the README's examples give."""
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "a.txt").write_text(OTHER, encoding="utf-8")
    for name in ("page.html", "b.html"):
        (folder / name).write_text(page("Police and protesters clash", STORY), encoding="utf-8")
    (folder / "folder").mkdir()
    (folder / "folder" / "c.txt").write_text(OTHER, encoding="utf-8")
    records = [{"id": "one", "text": STORY, "published": "2025-03-03"}, {"id": "two", "text": OTHER}]
    (folder / "batch.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (folder / "records.json").write_text(json.dumps(records), encoding="utf-8")
    (folder / "texts.csv").write_text(f'id,published,text\nthree,2025-03-03,"{STORY}"\n', encoding="utf-8")
    (folder / "world.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>World</title><item><title>Clash</title>"
        f"<link>https://times.example/clash</link><description>{STORY}</description></item></channel></rss>",
        encoding="utf-8")
    (folder / "corpus").mkdir()
    (folder / "corpus" / "seed.txt").write_text(STORY, encoding="utf-8")
    (folder / "feed.jsonl.gz").write_bytes(gzip.compress(json.dumps({"id": "four", "text": OTHER}).encode()))
    with (folder / "crawl.warc.gz").open("wb") as archive:
        writer = WARCWriter(archive, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        body = io.BytesIO(page("Leaders meet", OTHER).encode())
        writer.write_record(writer.create_warc_record("https://times.example/meet", "response", payload=body,
                                                      http_headers=headers))
    (folder / "actors.csv").write_text("name,date\nEgyptian riot police,2016-05-01\nKenyan farmers,\n",
                                       encoding="utf-8")


def test_the_readme_gives_its_commands() -> None:
    commands = readme_commands()
    assert len(commands) >= 20 and "telex ingest examples/corpus/wire.jsonl --db demo.duckdb" in commands


def test_every_readme_command_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    write_inputs(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("telex.parallel.default_processes", lambda: 1)  # one model in this process, no workers
    failed = []
    for command in readme_commands():
        result = CliRunner().invoke(main, shlex.split(command)[1:])
        if result.exit_code != 0 or not (result.stdout.strip() or result.stderr.strip()):
            failed.append(f"{command}: exit {result.exit_code}: {result.stderr.strip()[-300:]}")
    assert failed == []
