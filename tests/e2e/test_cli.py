"""The command line as a user meets it: clear one-line errors, never a traceback, batches go on."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "pyongyang_treaty.txt"


def telex(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "telex.cli", *args], input=stdin, capture_output=True, cwd=cwd, timeout=300
    )


def one_line_error(result: subprocess.CompletedProcess[bytes]) -> str:
    assert result.returncode != 0
    err = result.stderr.decode()
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


def test_help_explains_every_command() -> None:
    for command in (
        "analyze",
        "ingest",
        "show",
        "eval",
        "list",
        "search",
        "events",
        "quotes",
        "actors",
        "dyad",
        "export",
    ):
        result = telex(command, "--help")
        assert result.returncode == 0
        assert len(result.stdout.decode().split()) > 30


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in one_line_error(telex("analyze", str(tmp_path / "absent.txt")))


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "binary" in one_line_error(telex("analyze", str(path)))


def test_empty_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n")
    assert "empty" in one_line_error(telex("analyze", str(path)))


def test_html_without_article(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert "no article text" in one_line_error(telex("analyze", str(path)))


def test_bad_published_date() -> None:
    result = telex("analyze", str(EXAMPLE), "--published", "June")
    assert result.returncode != 0
    assert "YYYY-MM-DD" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_invalid_utf8_is_a_warning_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Seoul and Tokyo agreed on Monday to hold talks, officials said. " + b"Caf\xe9.")
    result = telex("analyze", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert any("not valid UTF-8" in w for w in data["warnings"])


def test_non_english_gets_a_warning_and_no_extraction(tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_text(
        "Die Regierung in Berlin hat am Montag neue Sanktionen gegen Russland beschlossen, "
        "sagte ein Sprecher des Auswärtigen Amtes."
    )
    data = json.loads(telex("analyze", str(path), "--format", "json").stdout)
    assert data["language"] == "de"
    assert data["entities"] == [] and data["quotes"] == [] and data["events"] == []
    assert any("English only" in w for w in data["warnings"])


def test_huge_article_is_analysed_in_part_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    paragraph = "Officials in Seoul said on Monday that talks with Tokyo would resume next month.\n\n"
    path.write_text(paragraph * (5_000_000 // len(paragraph)))
    result = telex("analyze", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert len(data["text"]) == path.stat().st_size
    assert any("only the first" in w for w in data["warnings"])


def test_jsonl_batch_keeps_order_and_goes_past_bad_records(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "one", "text": "Seoul protested on Monday.", "published": "2024-01-02"}),
                "not json",
                json.dumps({"id": "three", "text": ""}),
                json.dumps({"id": "four", "text": "Tokyo agreed to talks, officials said."}),
            ]
        )
    )
    result = telex("analyze", str(path), "--format", "jsonl")
    assert result.returncode == 3  # some records failed, the others are printed
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["id"] for line in lines] == ["one", "batch:2", "three", "four"]
    assert ["error" in line for line in lines] == [False, True, True, False]


def test_worker_processes_give_the_same_lines_in_the_same_order(tmp_path: Path) -> None:
    texts = [p.read_text() for p in sorted((ROOT / "examples").glob("*.txt"))]
    lines = [json.dumps({"id": f"a{n}", "text": texts[n % len(texts)], "published": "2024-06-20"}) for n in range(40)]
    lines[7] = "not json"
    lines[23] = json.dumps({"id": "empty", "text": " "})
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines))
    parallel = telex("analyze", str(path), "--format", "jsonl", "--processes", "2")
    serial = telex("analyze", str(path), "--format", "jsonl", "--processes", "1")
    assert parallel.returncode == 3, parallel.stderr.decode()
    records = [json.loads(line) for line in parallel.stdout.decode().splitlines()]
    assert [r["id"] for r in records][6:9] == ["a6", "batch:8", "a8"]
    assert [n for n, r in enumerate(records) if "error" in r] == [7, 23]
    assert all(r["events"] for r in records if "error" not in r)
    assert parallel.stdout == serial.stdout


def test_stdin_and_text_report() -> None:
    result = telex("analyze", "-", "--published", "2024-06-19", stdin=EXAMPLE.read_bytes())
    assert result.returncode == 0, result.stderr.decode()
    report = result.stdout.decode()
    for heading in ("Outlet chain", "Actors", "Quotes", "Events"):
        assert heading in report


def test_ingest_is_idempotent_and_show_prints_the_report(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    examples = [str(p) for p in sorted(ROOT.glob("examples/*.*"))]
    first = telex("ingest", *examples, "--db", str(db))
    assert first.returncode == 0, first.stderr.decode()
    assert "ingested 3 article(s)" in first.stdout.decode() and "0 failed" in first.stdout.decode()
    again = telex("ingest", *examples, "--db", str(db))
    assert "the database holds 3 articles" in again.stdout.decode()
    shown = telex("show", "pyongyang_treaty", "--db", str(db))
    assert shown.returncode == 0
    assert "Outlet chain: Associated Press → BTA" in shown.stdout.decode()
    assert "no article" in one_line_error(telex("show", "absent", "--db", str(db)))


def test_time_limit_fails_a_slow_article_in_place(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    text = EXAMPLE.read_text()
    path.write_text("\n".join(json.dumps({"id": f"a{n}", "text": text}) for n in range(2)))
    result = telex("analyze", str(path), "--time-limit", "0.001", "-j", "1")
    assert result.returncode == 1  # every record failed: nothing could be done (3 is "some records failed")
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["id"] for line in lines] == ["a0", "a1"]
    assert all("took longer than 0.001 s" in line["error"] for line in lines)


def test_machine_noise_is_bounded_in_time() -> None:
    result = telex("analyze", "-", "--format", "json", stdin=("Putin said x. " + "!" * 16_000 + "_" * 49_000).encode())
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert any("repeated characters masked" in w for w in data["warnings"])
