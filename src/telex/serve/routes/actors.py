"""Actors: the most active ones, and the network of the pairs with most events."""

from __future__ import annotations

from typing import Annotated, Any

import networkx as nx
from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from telex.corpus.tabular import frame_records
from telex.serve.answers import Answers


def router(answers: Answers) -> APIRouter:
    """``/api/actors`` and ``/api/network``."""
    routes = APIRouter(tags=["actors"])

    @routes.get("/api/actors")
    async def actors(
        request: Request,
        limit: Annotated[int, Query(ge=1, le=10_000)] = 50,
        by: Annotated[str, Query(description="The count to rank by first: events, quotes (the most quoted), mentions "
                                             "or articles.")] = "events",
    ) -> Response:
        """Actors across the corpus, most active first: events as source or target, quotes, articles."""
        return await answers.answer(request, lambda corpus: {"actors": frame_records(corpus.actors(limit=limit,
                                                                                                   by=by))})

    @routes.get("/api/network")
    async def network(
        request: Request, limit: Annotated[int, Query(ge=1, le=500, description="How many pairs.")] = 30
    ) -> Response:
        """The most active pairs of actor codes (either direction): events, Goldstein sum, and their actors."""
        from telex.corpus.export import actor_graph

        return await answers.answer(request, lambda corpus: pairs(actor_graph(corpus.events()), limit))

    return routes


def pairs(graph: nx.MultiDiGraph, limit: int) -> dict[str, Any]:
    """The ``limit`` pairs of ``graph`` (telex's actor network) with most events, and the actors they join."""
    counted: dict[tuple[str, str], dict[str, Any]] = {}
    for source, target, edge in graph.edges(data=True):
        if source == target:
            continue
        a, b = sorted((source, target))
        pair = counted.setdefault((a, b), {"a": a, "b": b, "events": 0, "goldstein_sum": 0.0})
        pair["events"] += 1
        pair["goldstein_sum"] += edge["goldstein"]
    top = sorted(counted.values(), key=lambda p: (-p["events"], p["a"], p["b"]))[:limit]
    for pair in top:
        pair["goldstein_sum"] = round(pair["goldstein_sum"], 3)
    codes = sorted({code for pair in top for code in (pair["a"], pair["b"])})
    actors = [{"code": code, "label": graph.nodes[code].get("label", code), "country": graph.nodes[code].get("country"),
               "events": sum(p["events"] for p in top if code in (p["a"], p["b"]))} for code in codes]
    return {"actors": actors, "pairs": top}
