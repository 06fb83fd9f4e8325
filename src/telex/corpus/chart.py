"""The dyad chart: events between two actors by period, as QuadClass bars under a Goldstein line.

The spec is Vega-Lite v5 with its data inline, rendered to SVG or PNG by vl-convert with no browser and no network.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

import pandas as pd
import vl_convert as vlc

__all__ = ["QUAD_SERIES", "dyad_chart_spec", "write_chart"]

QUAD_SERIES: tuple[tuple[str, str, str], ...] = (
    ("verbal_cooperation", "Verbal cooperation", "#92c5de"),
    ("material_cooperation", "Material cooperation", "#2166ac"),
    ("verbal_conflict", "Verbal conflict", "#f4a582"),
    ("material_conflict", "Material conflict", "#b2182b"),
)
"""Each QuadClass as (dyad frame column, legend label, colour): cooperation in blues, conflict in reds."""

_NEEDS = ("period", "goldstein_sum", *(column for column, _, _ in QUAD_SERIES))
# The newest Vega-Lite 5 that the pinned vl-convert bundles; the spec's $schema says v5.
_VEGALITE_VERSION = "5.21"
_LINE_COLOUR = "#222222"
_MIN_WIDTH, _PERIOD_WIDTH = 420, 24


def _number(value: Any) -> float | None:
    """A plain float for the spec's JSON, None for a missing value (Vega-Lite breaks the line there)."""
    if value is None or value is pd.NA:
        return None
    number = float(value)
    return None if math.isnan(number) else number


def dyad_chart_spec(frame: pd.DataFrame, a_label: str, b_label: str) -> dict[str, Any]:
    """A Vega-Lite v5 spec of a dyad frame: the four QuadClass counts per period as stacked bars (left axis) and the
    Goldstein sum as a line with points (right axis), titled with both actors.

    Each layer carries its own inline data, one value per period per series, in the frame's period order.
    """
    lacking = [name for name in _NEEDS if name not in frame.columns]
    if lacking:
        raise ValueError(f"the dyad chart needs a dyad frame, but this frame has no column {', '.join(lacking)}")
    rows = frame.to_dict("records")
    periods = [str(row["period"]) for row in rows]
    counts = [
        {"period": str(row["period"]), "series": label, "order": order, "events": int(row[column])}
        for row in rows
        for order, (column, label, _) in enumerate(QUAD_SERIES)
    ]
    goldstein = [{"period": str(row["period"]), "goldstein_sum": _number(row["goldstein_sum"])} for row in rows]
    x = {"field": "period", "type": "ordinal", "sort": periods, "title": "Period"}
    bars = {
        "data": {"values": counts},
        "mark": {"type": "bar"},
        "encoding": {
            "x": x,
            "y": {"field": "events", "type": "quantitative", "stack": "zero", "title": "Events",
                  "axis": {"tickMinStep": 1, "format": "d"}},
            "color": {
                "field": "series", "type": "nominal", "title": "QuadClass",
                "sort": [label for _, label, _ in QUAD_SERIES],
                "scale": {"domain": [label for _, label, _ in QUAD_SERIES],
                          "range": [colour for _, _, colour in QUAD_SERIES]},
            },
            "order": {"field": "order", "type": "quantitative"},
            "tooltip": [{"field": "period"}, {"field": "series"}, {"field": "events", "type": "quantitative"}],
        },
    }
    line = {
        "data": {"values": goldstein},
        "mark": {"type": "line", "color": _LINE_COLOUR, "point": {"color": _LINE_COLOUR, "filled": True}},
        "encoding": {
            "x": x,
            "y": {"field": "goldstein_sum", "type": "quantitative", "title": "Goldstein sum"},
            "tooltip": [{"field": "period"}, {"field": "goldstein_sum", "type": "quantitative", "format": ".1f"}],
        },
    }
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": {"text": f"{a_label} and {b_label}",
                  "subtitle": "Events per period by QuadClass (bars) and Goldstein sum (line)"},
        "width": max(_MIN_WIDTH, _PERIOD_WIDTH * len(periods)),
        "height": 300,
        "padding": 16,
        "layer": [bars, line],
        "resolve": {"scale": {"y": "independent"}},
    }


def write_chart(frame: pd.DataFrame, a_label: str, b_label: str, path: str | os.PathLike[str]) -> None:
    """Render the dyad chart of ``frame`` to ``path``, as SVG or PNG by the path's suffix."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".svg", ".png"):
        raise ValueError(f"cannot write a chart to {target.name!r}; name the file .svg or .png")
    spec = dyad_chart_spec(frame, a_label, b_label)
    if suffix == ".svg":
        target.write_text(vlc.vegalite_to_svg(spec, vl_version=_VEGALITE_VERSION), encoding="utf-8")
    else:
        target.write_bytes(vlc.vegalite_to_png(spec, vl_version=_VEGALITE_VERSION, scale=2))
