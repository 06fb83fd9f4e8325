"""Query parameters several routes share, described once."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Query

PERIODS = Literal["day", "week", "month", "year"]

# Read by the corpus (``isodate.parse_bound``), as the command line and ``telex.open`` read them: a bad one is a 400.
_BOUND = "YYYY-MM-DD (a timestamp gives its day), or YYYY-MM or YYYY for a whole month or year"
Since = Annotated[str | None, Query(description=f"From this date on: {_BOUND}.")]
Until = Annotated[str | None, Query(description=f"Up to this date, the whole day included: {_BOUND}.")]
