"""The evaluation gate: a change that lowers a `make eval` figure below its pinned floor fails the suite.

Skipped where the gold data (../shared/data) is absent, as on a user's machine."""

import json
from pathlib import Path

import pytest

from telex.evaluation.run import SUITES

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
FLOORS = json.loads((ROOT / "tests" / "cases" / "eval_floors.json").read_text())


@pytest.mark.parametrize(("title", "relative", "scorer"), SUITES, ids=[s[0] for s in SUITES])
def test_figures_stay_above_their_floors(title: str, relative: str, scorer: object) -> None:
    path = DATA / relative
    if not path.exists():
        pytest.skip(f"no gold data at {path}")
    assert callable(scorer)
    scores = scorer(path, None)
    floors = FLOORS[title]
    below = {metric: (scores[metric], floor) for metric, floor in floors.items() if scores[metric] < floor}
    assert not below, f"{title}: figures fell below their floors (figure, floor): {below}"


def test_held_out_files_are_scored_only_when_asked(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from telex.cli import main
    from telex.evaluation.run import HELD_OUT

    (title, relative, _scorer), = HELD_OUT
    if not (DATA / relative).exists():
        pytest.skip(f"no gold data at {DATA / relative}")
    (tmp_path / relative).parent.mkdir(parents=True)
    with (DATA / relative).open(encoding="utf-8") as gold:  # two records, copied for this test only
        (tmp_path / relative).write_text(gold.readline() + gold.readline(), encoding="utf-8")
    plain = CliRunner().invoke(main, ["eval", "--data", str(tmp_path)])
    asked = CliRunner().invoke(main, ["eval", "--data", str(tmp_path), "--held-out"])
    assert plain.exit_code == asked.exit_code == 0
    assert title not in plain.output
    assert title in asked.output and "attribution_f1" in asked.output.split(title)[1]
