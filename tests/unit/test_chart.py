"""The dyad chart: a Vega-Lite spec with its data inline, rendered offline to SVG and PNG."""

import json
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from telex.corpus.chart import QUAD_SERIES, dyad_chart_spec, period_span, write_chart

PERIODS = ["2024-04", "2024-05", "2024-06"]


def dyads() -> pd.DataFrame:
    return pd.DataFrame({
        "period": PERIODS, "events": [3, 1, 5], "goldstein_sum": [9.0, 0.0, -17.5],
        "goldstein_mean": [3.0, 0.0, -3.5], "verbal_cooperation": [2, 1, 1], "material_cooperation": [1, 0, 0],
        "verbal_conflict": [0, 0, 2], "material_conflict": [0, 0, 2], "evidence": [["a"], ["z"], ["b", "c"]],
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


@pytest.mark.parametrize(("period", "start", "end"), [
    ("2024-06-19", "2024-06-19", "2024-06-20"),
    ("2025-W01", "2024-12-30", "2025-01-06"),  # an ISO week begins on Monday, in the year before here
    ("2024-12", "2024-12-01", "2025-01-01"),
    ("2024", "2024-01-01", "2025-01-01"),
])
def test_a_period_spans_its_days(period: str, start: str, end: str) -> None:
    assert tuple(day.isoformat() for day in period_span(period)) == (start, end)


def test_a_period_label_that_is_no_period_is_refused() -> None:
    with pytest.raises(ValueError, match="not a dyad period"):
        period_span("June 2024")


def gappy() -> pd.DataFrame:
    """June, then nothing in July, then August and September."""
    return dyads().assign(period=["2024-06", "2024-08", "2024-09"])


def test_time_runs_along_a_time_axis_from_the_first_period_to_the_end_of_the_last() -> None:
    bars, line = dyad_chart_spec(gappy(), "A", "B")["layer"]
    for layer in (bars, line):
        x = layer["encoding"]["x"]
        assert x["type"] == "temporal"
        assert x["scale"]["domain"] == ["2024-06-01T00:00:00Z", "2024-10-01T00:00:00Z"]
    assert [value["middle"] for value in line["data"]["values"] if value["period"]] == [
        "2024-06-16T00:00:00Z", "2024-08-16T12:00:00Z", "2024-09-16T00:00:00Z"]


def test_the_goldstein_line_breaks_across_periods_without_events() -> None:
    _, line = dyad_chart_spec(gappy(), "A", "B")["layer"]
    assert [(value["period"], value["goldstein_sum"]) for value in line["data"]["values"]] == [
        ("2024-06", 9.0), (None, None), ("2024-08", 0.0), ("2024-09", -17.5)]
    _, joined = layers()  # April, May, June: nothing to break
    assert None not in [value["period"] for value in joined["data"]["values"]]


def test_a_period_of_no_events_is_a_gap_as_a_period_left_out_is() -> None:
    # Corpus.dyad gives every period from the first to the last, one without events a row of zeros.
    zeros = {"events": 0, "goldstein_sum": 0.0, "goldstein_mean": None, "evidence": [],
             **{column: 0 for column, _, _ in QUAD_SERIES}}
    filled = pd.concat([gappy().iloc[:1], pd.DataFrame([{"period": "2024-07", **zeros}]), gappy().iloc[1:]])
    assert dyad_chart_spec(filled, "A", "B") == dyad_chart_spec(gappy(), "A", "B")


def point_xs(svg: str) -> list[float]:
    return [float(x) for x in re.findall(
        r'aria-roledescription="point" transform="translate\(([-\d.]+),', svg)]


def test_the_rendered_chart_leaves_the_gap_of_a_period_without_events(tmp_path: Path) -> None:
    write_chart(gappy(), "A", "B", tmp_path / "dyad.svg")
    svg = (tmp_path / "dyad.svg").read_text(encoding="utf-8")
    june, august, september = point_xs(svg)
    assert 1.8 < (august - june) / (september - august) < 2.2  # two months apart, then one
    line = re.search(r'aria-roledescription="line mark" d="([^"]+)"', svg)
    assert line is not None and line.group(1).count("M") == 2  # broken over July
    assert re.findall(r'aria-label="(Period: [^;"]+);[^"]*" role="graphics-symbol" aria-roledescription="point"',
                      svg) == ["Period: 2024-06", "Period: 2024-08", "Period: 2024-09"]


@pytest.mark.parametrize(("periods", "unit_labels"), [
    (["2024-04", "2024-05", "2024-06"], ["Apr 2024", "May 2024", "Jun 2024"]),
    (["2016"], ["2016"]),  # one year was ticked at its first and last day: "2016 … 2017"
    (["2016-05"], ["May 2016"]),
    (["2024-W25", "2024-W27"], ["2024-W25", "2024-W26", "2024-W27"]),
    (["2016-05-01", "2016-05-03"], ["1 May 2016", "2 May 2016", "3 May 2016"]),
])
def test_ticks_of_the_periods_own_unit_sit_under_the_periods_they_name(
    periods: list[str], unit_labels: list[str], tmp_path: Path
) -> None:
    frame = pd.concat([dyads()] * 2, ignore_index=True).iloc[: len(periods)].assign(period=periods)
    write_chart(frame, "A", "B", tmp_path / "dyad.svg")
    svg = (tmp_path / "dyad.svg").read_text(encoding="utf-8")
    axis = svg[svg.index("X-axis titled"):svg.index("Y-axis titled")]
    labels = re.findall(r'<text[^>]*translate\(([-\d.]+),[^>]*>([^<]+)</text>', axis)
    assert [text for _, text in labels[:-1]] == unit_labels  # the last is the axis title
    (first_x, _), (last_x, _) = labels[0], labels[len(unit_labels) - 1]
    xs = point_xs(svg)  # a point above the middle of each period's bar
    assert (float(first_x), float(last_x)) == pytest.approx((xs[0], xs[-1]), abs=1)


def test_ticks_of_a_coarser_unit_mark_where_it_begins() -> None:
    frame = pd.concat([dyads()] * 2, ignore_index=True).iloc[:3].assign(period=["2007-12-30", "2008-01-01",
                                                                                "2009-07-01"])
    axis = dyad_chart_spec(frame, "A", "B")["layer"][0]["encoding"]["x"]["axis"]
    assert axis["format"] in ("%Y", "%b %Y") and axis["grid"] is True
    assert 1199145600000 in axis["values"]  # 2008-01-01T00:00Z, where the day's bar of 1 January stands


def test_a_long_span_is_ticked_by_coarser_units_within_the_width() -> None:
    frame = pd.concat([dyads()] * 2, ignore_index=True).iloc[:3].assign(period=["2001-09-11", "2008-01-01",
                                                                                "2015-11-09"])
    spec = dyad_chart_spec(frame, "A", "B")
    axis = spec["layer"][0]["encoding"]["x"]["axis"]
    assert spec["width"] <= 1200 and axis["format"] == "%Y"
    assert 2 <= len(axis["values"]) <= spec["width"] // 60
    assert spec["layer"][0]["mark"]["size"] >= 2  # a day's bar in fourteen years is still seen


@pytest.mark.parametrize("periods", [[], ["2024-06-19"]])
def test_empty_and_one_period_charts_render(periods: list[str], tmp_path: Path) -> None:
    frame = dyads().iloc[: len(periods)].assign(period=periods)
    write_chart(frame, "A", "B", tmp_path / "dyad.svg")
    svg = (tmp_path / "dyad.svg").read_text(encoding="utf-8")
    assert "A and B" in svg and "Verbal cooperation" in svg
    assert len(point_xs(svg)) == len(periods)


@pytest.mark.parametrize(("tallest", "labels"), [(1, ["0", "1"]), (2, ["0", "1", "2"]), (13, [str(n) for n in
                                                                                                range(0, 13, 2)])])
def test_the_events_axis_is_labelled_in_whole_events_each_once(
    tallest: int, labels: list[str], tmp_path: Path
) -> None:
    frame = dyads().assign(verbal_cooperation=[tallest, 1, 0], material_cooperation=0, verbal_conflict=0,
                           material_conflict=0)
    write_chart(frame, "A", "B", tmp_path / "dyad.svg")
    svg = (tmp_path / "dyad.svg").read_text(encoding="utf-8")
    axis = svg[svg.index("Y-axis titled 'Events'"):svg.index("Y-axis titled 'Goldstein sum'")]
    assert re.findall(r"<text[^>]*>([^<]+)</text>", axis) == [*labels, "Events"]
