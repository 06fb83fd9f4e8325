"""The dyad chart: events between two actors by period, as QuadClass bars under a Goldstein line.

The spec is Vega-Lite v5 with its data inline, rendered to SVG or PNG by vl-convert with no browser and no network.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
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
# A period's room, and the plot's bounds: wider than a screen would hide the whole; a long span thins the bars instead.
_MIN_WIDTH, _PERIOD_WIDTH, _MAX_WIDTH = 420, 24, 1200
_BAR_SHARE, _MIN_BAR, _MAX_BAR = 0.8, 2.0, 40.0
# Ticks from the finest to the coarsest, as (unit, every how many); each label read as its unit.
_UNITS = ("day", "week", "month", "year")
_TICK_STEPS = (
    ("day", 1),
    ("week", 1),
    ("month", 1),
    ("month", 3),
    ("month", 6),
    ("year", 1),
    ("year", 2),
    ("year", 5),
    ("year", 10),
    ("year", 20),
    ("year", 50),
    ("year", 100),
    ("year", 500),
)
_TICK_FORMATS = {"day": "%-d %b %Y", "week": "%-d %b %Y", "month": "%b %Y", "year": "%Y"}
_MOST_COUNT_TICKS = 8
_TICK_ROOM = 75  # pixels for a label and the space after it
_PERIOD = re.compile(r"(\d{4})(?:-W(\d{2})|-(\d{2})(?:-(\d{2}))?)?")


def _number(value: Any) -> float | None:
    """A plain float for the spec's JSON, None for a missing value (Vega-Lite breaks the line there)."""
    if value is None or value is pd.NA:
        return None
    number = float(value)
    return None if math.isnan(number) else number


def _events_text(count: int) -> str:
    """``1 event``, ``3 events``."""
    return f"{count} event" if count == 1 else f"{count} events"


def _sum_text(total: float | None) -> str:
    """A Goldstein sum as the tooltip shows it (one decimal), ``none`` when missing."""
    return "none" if total is None else f"{total:.1f}"


def period_span(period: str) -> tuple[date, date]:
    """The first day of a dyad period and the first day after it: ``2024-06-19`` (day), ``2024-W25`` (ISO week,
    from its Monday), ``2024-06`` (month) or ``2024`` (year), as ``Corpus.dyad`` labels them."""
    year, week, month, day = _period_parts(period)
    if week is not None:
        start = date.fromisocalendar(year, week, 1)
        return start, start + timedelta(weeks=1)
    if day is not None:
        start = date(year, month or 1, day)
        return start, start + timedelta(days=1)
    if month is not None:
        return date(year, month, 1), date(year + month // 12, month % 12 + 1, 1)
    return date(year, 1, 1), date(year + 1, 1, 1)


def _period_kind(period: str) -> str:
    """``day``, ``week``, ``month`` or ``year``: which of ``Corpus.dyad``'s periods ``period`` is."""
    _, week, month, day = _period_parts(period)
    return "week" if week else "day" if day else "month" if month else "year"


def _period_parts(period: str) -> tuple[int, int | None, int | None, int | None]:
    """A period label's year, ISO week, month and day, each None when the label has none."""
    match = _PERIOD.fullmatch(period)
    if match is None:
        raise ValueError(f"{period!r} is not a dyad period (2024-06-19, 2024-W25, 2024-06 or 2024)")
    year, week, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None  # the pattern requires it
    return year, week, month, day


def _instant(day: date, plus: timedelta = timedelta(0)) -> str:
    """``day`` (plus ``plus``) as a UTC timestamp, the form Vega-Lite reads a temporal value from in any time zone."""
    return (_at(day) + plus).strftime("%Y-%m-%dT%H:%M:%SZ")


def _at(day: date) -> datetime:
    """``day``'s midnight UTC."""
    return datetime.combine(day, time(), UTC)


def dyad_chart_spec(frame: pd.DataFrame, a_label: str, b_label: str, why_none: str | None = None) -> dict[str, Any]:
    """A Vega-Lite v5 spec of a dyad frame: the four QuadClass counts per period as stacked bars (left axis) and the
    Goldstein sum as a line with points (right axis), titled with both actors. A frame of no event is said in the
    subtitle, with ``why_none`` when given ("'Narnia' is in no event of this corpus"): its axes alone read as a
    drawing that failed.

    Time runs along a time axis: each period's bar and point sit at its middle, periods without events leave
    their gap, and the line breaks across it (no events there, so no sum to join). Each layer carries its own
    inline data, one value per period per series, in the frame's period order.
    """
    lacking = [name for name in _NEEDS if name not in frame.columns]
    if lacking:
        raise ValueError(f"the dyad chart needs a dyad frame, but this frame has no column {', '.join(lacking)}")
    # A dyad frame has a row of zeros for each period without events; the chart leaves such a period its gap.
    rows = [row for row in frame.to_dict("records") if any(row[column] for column, _, _ in QUAD_SERIES)]
    spans = [period_span(str(row["period"])) for row in rows]
    middles = [_instant(start, (end - start) / 2) for start, end in spans]
    width, bar = _widths(spans)
    x = _time_axis(spans, rows, width)
    bars = _bars_layer(_count_values(rows, middles), x, bar)
    line = _line_layer(_goldstein_values(rows, middles, spans), x)
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": {"text": f"{a_label} and {b_label}", "subtitle": _subtitle(bool(rows), a_label, b_label, why_none)},
        "width": width,
        "height": 300,
        "padding": 16,
        "layer": [bars, line],
        "resolve": {"scale": {"y": "independent"}},
    }


def _subtitle(drawn: bool, a_label: str, b_label: str, why_none: str | None) -> list[str]:
    """The subtitle's lines: what the chart shows, or that it shows no event and why."""
    if drawn:
        return ["Events per period by QuadClass (bars) and Goldstein sum (line)"]
    return [f"No events between {a_label} and {b_label}", *([why_none] if why_none else [])]


def _count_values(rows: list[dict[str, Any]], middles: list[str]) -> list[dict[str, Any]]:
    """The bars' inline data: each period's count of each QuadClass, at the period's middle, in series order."""
    return [
        {
            "period": str(row["period"]),
            "middle": middle,
            "series": label,
            "order": order,
            "events": int(row[column]),
            "description": f"Period: {row['period']}; {label}: {_events_text(int(row[column]))}",
        }
        for row, middle in zip(rows, middles, strict=True)
        for order, (column, label, _) in enumerate(QUAD_SERIES)
    ]


def _goldstein_values(
    rows: list[dict[str, Any]], middles: list[str], spans: list[tuple[date, date]]
) -> list[dict[str, Any]]:
    """The line's inline data: each period's Goldstein sum at its middle, and a value-less point in each gap
    between periods, which breaks the line there."""
    goldstein: list[dict[str, Any]] = []
    for index, (row, middle, (start, _)) in enumerate(zip(rows, middles, spans, strict=True)):
        if index and spans[index - 1][1] < start:  # a gap: a value-less point there breaks the line
            goldstein.append({"period": None, "middle": _instant(spans[index - 1][1]), "goldstein_sum": None})
        total = _number(row["goldstein_sum"])
        goldstein.append(
            {
                "period": str(row["period"]),
                "middle": middle,
                "goldstein_sum": total,
                "description": f"Period: {row['period']}; Goldstein sum: {_sum_text(total)}",
            }
        )
    return goldstein


def _time_axis(spans: list[tuple[date, date]], rows: list[dict[str, Any]], width: int) -> dict[str, Any]:
    """The x encoding both layers share: periods' middles on a UTC time scale from the first period's start to the
    last one's end, with ticks of the periods' unit or a coarser one."""
    x: dict[str, Any] = {
        "field": "middle",
        "type": "temporal",
        "title": "Period",
        "scale": {"type": "utc"},
        "axis": {"labelOverlap": True},
    }
    if spans:
        x["scale"]["domain"] = [_instant(spans[0][0]), _instant(spans[-1][1])]
        x["axis"].update(_ticks(spans, str(rows[0]["period"]), width))
    return x


def _bars_layer(counts: list[dict[str, Any]], x: dict[str, Any], bar: float) -> dict[str, Any]:
    """The layer of stacked QuadClass bars (events on the left axis), coloured by series."""
    return {
        "data": {"values": counts},
        "mark": {"type": "bar", "size": bar},
        "encoding": {
            "x": x,
            "y": {
                "field": "events",
                "type": "quantitative",
                "stack": "zero",
                "title": "Events",
                "axis": {"tickMinStep": 1, "format": "d", "tickCount": _count_ticks(counts)},
            },
            "color": {
                "field": "series",
                "type": "nominal",
                "title": "QuadClass",
                "sort": [label for _, label, _ in QUAD_SERIES],
                "scale": {
                    "domain": [label for _, label, _ in QUAD_SERIES],
                    "range": [colour for _, _, colour in QUAD_SERIES],
                },
            },
            "order": {"field": "order", "type": "quantitative"},
            "tooltip": [{"field": "period"}, {"field": "series"}, {"field": "events", "type": "quantitative"}],
            "description": {"field": "description"},
        },
    }


def _line_layer(goldstein: list[dict[str, Any]], x: dict[str, Any]) -> dict[str, Any]:
    """The layer of the Goldstein sum as a line with points (right axis)."""
    return {
        "data": {"values": goldstein},
        "mark": {"type": "line", "color": _LINE_COLOUR, "point": {"color": _LINE_COLOUR, "filled": True}},
        "encoding": {
            "x": x,
            "y": {"field": "goldstein_sum", "type": "quantitative", "title": "Goldstein sum"},
            "tooltip": [{"field": "period"}, {"field": "goldstein_sum", "type": "quantitative", "format": ".1f"}],
            "description": {"field": "description"},
        },
    }


def _count_ticks(counts: list[dict[str, Any]]) -> int:
    """How many ticks the events axis asks for: one per whole event up to a few. Without it the renderer puts
    ticks at halves, labelled ``0 1 1 2 2`` once rounded, when no period has more than two events."""
    tallest = Counter[str]()
    for value in counts:
        tallest[value["period"]] += value["events"]
    return max(1, min(max(tallest.values(), default=1), _MOST_COUNT_TICKS))


def _ticks(spans: list[tuple[date, date]], period: str, width: int) -> dict[str, Any]:
    """The time axis's ticks, of a unit no finer than the dyad's periods (a month's periods are never ticked by the
    week), every few units when that many would crowd the axis, labelled as the unit reads. Ticks of the periods'
    own unit sit under the period they name, as its bar does ("2016" under the year 2016, where its first and last
    day read "2016 … 2017"); ticks of a coarser unit mark where one begins, with a grid line ("2008" where a day's
    bar of 1 January 2008 stands)."""
    kind = _period_kind(period)
    first, last = spans[0][0], spans[-1][1]
    most = max(2, width // _TICK_ROOM)
    for unit, every in _TICK_STEPS:
        if _UNITS.index(unit) < _UNITS.index(kind):
            continue
        moments = _unit_ticks(unit, every, first, last, centred=unit == kind)
        if len(moments) <= most:
            break
    label = "%G-W%V" if unit == "week" and kind == "week" else _TICK_FORMATS[unit]
    return {"values": [_millis(moment) for moment in moments], "format": label, "grid": unit != kind}


def _unit_ticks(unit: str, every: int, first: date, last: date, centred: bool) -> list[datetime]:
    """Where the ``unit``s whose number is a multiple of ``every`` begin from ``first`` up to ``last`` (the end, where
    nothing is shown, left out), or their middles from ``first`` to ``last`` when ``centred`` (ISO weeks begin on
    Monday; a quarter is every third month from January)."""
    if unit in ("day", "week"):
        step = timedelta(days=1 if unit == "day" else 7)
        day = first - timedelta(days=first.weekday() if unit == "week" else 0)
        spans = [(day + step * n, day + step * (n + 1)) for n in range((last - day) // step + 1)]
    elif unit == "month":
        months = range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
        spans = [period_span(f"{m // 12:04d}-{m % 12 + 1:02d}") for m in months if m % every == 0]
    else:
        spans = [period_span(f"{year:04d}") for year in range(first.year, last.year + 1) if year % every == 0]
    if centred:
        middles = [_at(start) + (end - start) / 2 for start, end in spans]
        return [middle for middle in middles if _at(first) <= middle <= _at(last)]
    return [_at(start) for start, _ in spans if first <= start < last]


def _millis(moment: datetime) -> int:
    """``moment`` in milliseconds since 1970, a time axis's value."""
    return int(moment.timestamp() * 1000)


def _widths(spans: list[tuple[date, date]]) -> tuple[int, float]:
    """The plot's width in pixels and a bar's: room for each period from the first to the last, within bounds,
    the bar filling most of its period's room and never thinner than can be seen."""
    if not spans:
        return _MIN_WIDTH, _MIN_BAR
    shortest = min(end - start for start, end in spans)  # months and years differ in length; the shortest fits
    periods = (spans[-1][1] - spans[0][0]) / shortest
    width = round(min(max(_MIN_WIDTH, _PERIOD_WIDTH * periods), _MAX_WIDTH))
    return width, round(min(max(_MIN_BAR, _BAR_SHARE * width / periods), _MAX_BAR), 1)


def write_chart(
    frame: pd.DataFrame, a_label: str, b_label: str, path: str | os.PathLike[str], why_none: str | None = None
) -> None:
    """Render the dyad chart of ``frame`` to ``path``, as SVG or PNG by the path's suffix (``why_none`` as for
    ``dyad_chart_spec``)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".svg", ".png"):
        raise ValueError(f"cannot write a chart to {target.name!r}; name the file .svg or .png")
    spec = dyad_chart_spec(frame, a_label, b_label, why_none)
    if suffix == ".svg":
        target.write_text(vlc.vegalite_to_svg(spec, vl_version=_VEGALITE_VERSION), encoding="utf-8")
    else:
        target.write_bytes(vlc.vegalite_to_png(spec, vl_version=_VEGALITE_VERSION, scale=2))
