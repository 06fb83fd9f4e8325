"""The Python examples of README.md and docs/ run and give what they show: every ``>>>`` example of a ``python`` block
(docs/python.md, docs/actors.md, …) as a doctest, and every README ``python`` block as a script, in a folder holding
the bundled examples and the README's demo store. Blocks of other pages without ``>>>`` need a server, Dask or Spark."""

import doctest
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import telex
from telex.cli import main

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def python_blocks(page: Path) -> list[str]:
    """The ``python`` fenced blocks of a Markdown page."""
    return re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.DOTALL)


def test_every_interactive_example_of_the_docs_gives_what_it_shows() -> None:
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    attempted = 0
    for page in PAGES:
        names: dict[str, object] = {"telex": telex}  # one page's blocks share their names, as a reader reads them
        for number, block in enumerate(python_blocks(page), start=1):
            if ">>>" in block:
                test = parser.get_doctest(block, names, f"{page.name} block {number}", str(page), 0)
                attempted += runner.run(test, clear_globs=False).attempted
                names.update(test.globs)  # a doctest runs on a copy
    assert attempted >= 15  # docs/python.md and docs/actors.md
    assert runner.failures == 0


def test_every_readme_script_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    stored = CliRunner().invoke(main, ["ingest", "examples/corpus/wire.jsonl", "--db", "demo.duckdb", "-q", "-j", "1"])
    assert stored.exit_code == 0, stored.output
    scripts = [block for block in python_blocks(ROOT / "README.md") if ">>>" not in block]
    assert len(scripts) >= 2
    for script in scripts:
        exec(compile(script, "README.md", "exec"), {"__name__": "readme"})  # the README's own code
    assert (tmp_path / "events.parquet").exists() and (tmp_path / "quotes.txt").exists()
