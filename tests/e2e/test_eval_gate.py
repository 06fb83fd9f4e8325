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
