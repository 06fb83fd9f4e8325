"""Query parameters several routes share, described once, and the rule every route's parameters follow."""

from __future__ import annotations

from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from fastapi import Query, Request
from fastapi.exceptions import RequestValidationError

from telex.corpus.query import MOST_ROWS

PERIODS = Literal["day", "week", "month", "year"]

# Read by the corpus (``isodate.parse_bound``), as the command line and ``telex.open`` read them: a bad one is a 400.
_BOUND = "YYYY-MM-DD (a timestamp gives its day), or YYYY-MM or YYYY for a whole month or year"
Since = Annotated[str | None, Query(description=f"From this date on: {_BOUND}.")]
Until = Annotated[str | None, Query(description=f"Up to this date, the whole day included: {_BOUND}.")]
Exact = Annotated[
    bool,
    Query(
        description="Read the actors as whole codes (USA: the actor coded USA alone, not every "
        "US actor) of each event's first source and target, as /api/network joins "
        "them."
    ),
]

Offset = Annotated[
    int,
    Query(ge=0, le=MOST_ROWS, description="Skip this many rows first: the answer's next_offset gives the next page."),
]


def query_as_declared(request: Request) -> None:
    """Refuse a query the route's parameters do not describe: a parameter an API route does not take
    (:func:`_refuse_unknown`), one of one value given several times (:func:`_refuse_repeated`)."""
    dependant = getattr(request.scope.get("route"), "dependant", None)
    if dependant is None:
        return
    if request.url.path.startswith("/api/"):
        _refuse_unknown(request, dependant.query_params)
    _refuse_repeated(request, dependant.query_params)


def _refuse_repeated(request: Request, fields: list[Any]) -> None:
    """Refuse a parameter of one value given several times (``?actor=USA&actor=RUS``), naming it: FastAPI reads
    the last one alone, and the answer would quietly be about RUS."""
    repeated = [
        (field.alias, len(values))
        for field in fields
        if not _takes_many(field.field_info.annotation) and len(values := request.query_params.getlist(field.alias)) > 1
    ]
    if repeated:
        raise RequestValidationError(
            [
                {"type": "repeated", "loc": ("query", name), "msg": f"given {count} times; it takes one value"}
                for name, count in repeated
            ]
        )


def _takes_many(annotation: Any) -> bool:
    """Whether a parameter of this type takes a list of values (``list[str]``, ``list[str] | None``)."""
    if get_origin(annotation) in (Union, UnionType):
        return any(_takes_many(arg) for arg in get_args(annotation))
    return get_origin(annotation) in (list, tuple, set, frozenset)


def _refuse_unknown(request: Request, fields: list[Any]) -> None:
    """Refuse a parameter an API route does not take (``/api/events?actr=USA``, ``/api/quotes?about=tariffs``, the
    command line's name for ``text``), naming it and the ones the route takes: FastAPI ignores it, and the answer
    would quietly be every row, as if no filter had been given. The pages (``/``, ``/docs``) take anything, as a
    link's tracking parameters reach them."""
    taken = [field.alias for field in fields]
    unknown = sorted({name for name in request.query_params if name not in taken})
    if unknown:
        takes = f"it takes {', '.join(taken)}" if taken else "it takes none"
        raise RequestValidationError(
            [
                {"type": "unknown", "loc": ("query", name), "msg": f"{request.url.path} has no such parameter; {takes}"}
                for name in unknown
            ]
        )
