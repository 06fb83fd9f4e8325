"""The dyad chart: a Vega-Lite spec with its data inline, rendered offline to SVG and PNG."""

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from telex.corpus.chart import QUAD_SERIES, dyad_chart_spec, write_chart

PERIODS = ["2024-04", "2024-05", "2024-06"]


def dyads() -> pd.DataFrame:
    return pd.DataFrame({
        "period": PERIODS, "events": [3, 0, 5], "goldstein_sum": [9.0, 0.0, -17.5],
        "goldstein_mean": [3.0, None, -3.5], "verbal_cooperation": [2, 0, 1], "material_cooperation": [1, 0, 0],
        "verbal_conflict": [0, 0, 2], "material_conflict": [0, 0, 2], "evidence": [["a"], [], ["b", "c"]],
    })


def layers() -> tuple[dict[str, Any], dict[str, Any]]:
    bars, line = dyad_chart_spec(dyads(), "Russia", "Ukraine")["layer"]
    return bars, line


def test_spec_is_vega_lite_5_titled_with_both_actors() -> None:
    spec = dyad_chart_spec(dyads(), "Russia", "Ukraine")
    assert spec["$schema"].endswith("/vega-lite/v5.json")
    assert "Russia" in spec["title"]["text"]
    assert "Ukraine" in spec["title"]["text"]
    assert json.loads(json.dumps(spec)) == spec


def test_bars_have_one_value_per_period_per_quad_class() -> None:
    bars, _ = layers()
    values = bars["data"]["values"]
    labels = [label for _, label, _ in QUAD_SERIES]
    assert len(values) == len(PERIODS) * 4
    assert {(value["period"], value["series"]) for value in values} == {(p, s) for p in PERIODS for s in labels}
    june = {value["series"]: value["events"] for value in values if value["period"] == "2024-06"}
    assert june == dict(zip(labels, [1, 0, 2, 2], strict=True))
    assert bars["mark"]["type"] == "bar"


def test_goldstein_line_has_one_point_per_period_in_order() -> None:
    _, line = layers()
    assert [value["period"] for value in line["data"]["values"]] == PERIODS
    assert [value["goldstein_sum"] for value in line["data"]["values"]] == [9.0, 0.0, -17.5]
    assert line["mark"]["type"] == "line"
    assert line["mark"]["point"]


def test_missing_goldstein_is_null() -> None:
    frame = dyads().assign(goldstein_sum=[9.0, None, -17.5])
    _, line = dyad_chart_spec(frame, "A", "B")["layer"]
    assert line["data"]["values"][1]["goldstein_sum"] is None


def test_svg_and_png_are_written(tmp_path: Path) -> None:
    write_chart(dyads(), "Russia", "Ukraine", tmp_path / "dyad.svg")
    write_chart(dyads(), "Russia", "Ukraine", tmp_path / "dyad.PNG")
    assert "<svg" in (tmp_path / "dyad.svg").read_text(encoding="utf-8")
    assert (tmp_path / "dyad.PNG").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_other_suffix_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.svg or \.png"):
        write_chart(dyads(), "Russia", "Ukraine", tmp_path / "dyad.pdf")
    assert not (tmp_path / "dyad.pdf").exists()


def test_frame_without_quad_counts_is_refused() -> None:
    with pytest.raises(ValueError, match="verbal_cooperation"):
        dyad_chart_spec(dyads().drop(columns="verbal_cooperation"), "A", "B")
