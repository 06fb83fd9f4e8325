"""Events counted once across articles, and dyads: two actors' relations by period, as rows and as a chart."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from telex.corpus.query import Corpus
from telex.records import Modality
from telex.serve.answers import Answers, page_of, with_rows
from telex.serve.routes.params import PERIODS, Exact, Offset, Since, Until


def router(answers: Answers) -> APIRouter:
    """``/api/events``, ``/api/dyads`` and ``/api/dyads/chart.svg``."""
    routes = APIRouter(tags=["events"])

    @routes.get("/api/events")
    async def events(
        request: Request,
        actor: Annotated[
            str | None, Query(description="Either side: a code (RUS, RUSGOV), a name or its last words (Putin).")
        ] = None,
        source: Annotated[str | None, Query(description="The source actor.")] = None,
        target: Annotated[str | None, Query(description="The target actor.")] = None,
        exact: Exact = False,
        root: Annotated[str | None, Query(pattern=r"^\d{1,2}$", description="CAMEO root, e.g. 14.")] = None,
        cameo: Annotated[
            str | None, Query(pattern=r"^\d{3,4}$", description="CAMEO event code with the codes under it, e.g. 112.")
        ] = None,
        plover: Annotated[str | None, Query(description="PLOVER event type, e.g. ACCUSE.")] = None,
        quad_class: Annotated[
            str | None, Query(description="QuadClass: 1 to 4, or its name as a dyad column (verbal_conflict).")
        ] = None,
        modality: Modality | None = None,
        since: Since = None,
        until: Until = None,
        limit: Annotated[int, Query(ge=1, le=10_000)] = 100,
        offset: Offset = 0,
    ) -> Response:
        """Events counted once across articles, with `num_mentions`, `num_sources` and `num_articles`, a page at a
        time: `next_offset` is the next page's `offset`, null on the last page."""
        filters = {
            "actor": actor,
            "source": source,
            "target": target,
            "exact": exact,
            "root": root,
            "cameo": cameo,
            "plover": plover,
            "quad_class": quad_class,
            "modality": modality,
            "since": since,
            "until": until,
        }
        return await answers.kept_or(
            request,
            lambda corpus: page_of(
                corpus,
                "events",
                filters,
                limit,
                offset,
                lambda corpus: _unknown_actors_note(corpus.unknown_actors(actor, source, target)),
            ),
        )

    @routes.get("/api/dyads")
    async def dyads(
        request: Request,
        a: Annotated[str, Query(min_length=1, description="An actor code (RUS, RUSGOV), a name or its last words.")],
        b: Annotated[str, Query(min_length=1, description="The other actor.")],
        by: PERIODS = "month",
        evidence: Annotated[int, Query(ge=0, le=20, description="Evidence sentences per period.")] = 3,
        since: Since = None,
        until: Until = None,
        exact: Exact = False,
    ) -> Response:
        """Events between A and B in both directions by period: the columns of `telex dyad`, with evidence; with
        `since`/`until`, the events `/api/events` keeps with them, and every period from the one of `since` to the
        one of `until`; with `exact`, the events of the network's edge between two codes. `undated` and
        `less_precise` count the events between them in no period: of no date, and dated less precisely than `by`."""

        def compute(corpus: Corpus) -> bytes:
            found = corpus.json_rows("dyad", a=a, b=b, by=by, evidence=evidence, since=since, until=until, exact=exact)
            undated, coarse = corpus.dyad_left_out(a, b, by=by, since=since, until=until, exact=exact)
            note = None if found else _unknown_actors_note(corpus.unknown_actors(a, b))
            return with_rows(
                "periods",
                found,
                a=a,
                b=b,
                by=by,
                undated=undated,
                less_precise=coarse,
                **({"note": note} if note else {}),
            )

        return await answers.kept_or(request, compute)

    @routes.get("/api/dyads/chart.svg", response_class=Response, responses={200: {"content": {"image/svg+xml": {}}}})
    async def dyad_chart(
        request: Request,
        a: Annotated[str, Query(min_length=1)],
        b: Annotated[str, Query(min_length=1)],
        by: PERIODS = "month",
        since: Since = None,
        until: Until = None,
        exact: Exact = False,
    ) -> Response:
        """The dyad timeline as SVG: QuadClass counts per period (bars) and the Goldstein sum (line with points); with
        no event, empty axes under a subtitle that says so, and why when an actor is in no event at all."""
        return await answers.kept_or(
            request, lambda corpus: _chart(corpus, a, b, by, since, until, exact), "image/svg+xml"
        )

    return routes


def _chart(corpus: Corpus, a: str, b: str, by: str, since: str | None, until: str | None, exact: bool) -> bytes:
    """The SVG chart of ``telex dyad --plot``."""
    from telex.corpus.chart import write_chart

    frame = corpus.dyad(a, b, by=by, evidence=0, since=since, until=until, exact=exact)
    why_none = _unknown_actors_note(corpus.unknown_actors(a, b)) if frame.empty else None
    with tempfile.TemporaryDirectory(prefix="telex-chart-") as folder:
        path = Path(folder) / "dyad.svg"
        write_chart(frame, a, b, path, why_none)
        return path.read_bytes()


def _unknown_actors_note(actors: list[str]) -> str | None:
    """The note of an empty answer for actors in no event: a typo or a name the articles do not use."""
    if not actors:
        return None
    named = " and ".join(repr(actor) for actor in actors)
    return (
        f"{named} {'is' if len(actors) == 1 else 'are'} in no event of this corpus: give a CAMEO code (RUS, "
        "RUSGOV) or a name the articles use (/api/actors lists them)"
    )
