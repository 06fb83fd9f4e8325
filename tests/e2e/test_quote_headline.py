"""A headline's quote through ``telex analyze``: the default speech scheme counts the body's statements only, the
attribution scheme keeps the headline's, marked ``"headline": true``; the title given with the text tells a
sentence-case headline from the body's first sentence."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

HEADLINE = "Bridge will reopen in May, Lakeview mayor says."
TEXT = (
    f"{HEADLINE}\n\n"
    "The mayor of Lakeview, Ana Ortiz, said on Tuesday that the bridge over the Ellis River would reopen in May.\n\n"
    "“We are on schedule,” Ortiz told reporters.\n"
)


def quotes(tmp_path: Path, title: str | None, *options: str) -> list[dict[str, object]]:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "bridge", "title": title, "text": TEXT}) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "telex.cli", "analyze", str(path), "--format", "jsonl", *options],
        capture_output=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    found: list[dict[str, object]] = json.loads(result.stdout)["quotes"]
    return found


def test_the_headline_quote_is_marked_in_attribution_and_left_out_of_speech(tmp_path: Path) -> None:
    title = HEADLINE.rstrip(".")
    marked = quotes(tmp_path, title, "--quote-scheme", "attribution")
    assert [q["headline"] for q in marked][:2] == [True, False]
    assert marked[0]["text"] == "Bridge will reopen in May"
    speech = quotes(tmp_path, title)
    assert speech and not any(q["headline"] or q["start"] < len(HEADLINE) for q in speech)
    assert speech[0]["id"] == "Q1"


def test_without_a_title_a_sentence_with_a_full_stop_is_the_bodys(tmp_path: Path) -> None:
    # Nothing marks this line as a headline but the title: a reader of the text alone could take it for a sentence.
    speech = quotes(tmp_path, None)
    assert speech[0]["text"] == "Bridge will reopen in May" and speech[0]["headline"] is False
