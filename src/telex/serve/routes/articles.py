"""Articles: pages of them, one article's analysis, full-text search."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel
from starlette.responses import Response

from telex.corpus.query import Corpus
from telex.serve.answers import Answers, page_of, with_rows
from telex.serve.routes.params import Offset, Since, Until


class Page(BaseModel):
    """A page of articles; ``next_offset`` is null on the last page."""

    articles: list[dict[str, Any]]
    limit: int
    offset: int
    next_offset: int | None


def router(answers: Answers) -> APIRouter:
    """``/api/articles``, ``/api/articles/{id}`` and ``/api/search``."""
    routes = APIRouter(tags=["articles"])
    access = answers.access

    @routes.get("/api/articles", response_model=Page)
    async def articles(
        request: Request,
        q: Annotated[str | None, Query(description="Words the title or text contains.")] = None,
        outlet: Annotated[str | None, Query(description="The outlet that published it.")] = None,
        since: Since = None,
        until: Until = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Offset = 0,
    ) -> Response:
        """Stored articles, newest first, with their cluster, outlet and counts of quotes and events."""

        filters = {"query": q, "outlet": outlet, "since": since, "until": until}
        return await answers.kept_or(
            request,
            lambda corpus: page_of(
                corpus,
                "articles",
                filters,
                limit,
                offset,
                lambda corpus: unknown_outlet_note(outlet, corpus.unknown_outlet(outlet)) if outlet else None,
            ),
        )

    @routes.get("/api/articles/{article_id:path}")
    async def article(
        request: Request,
        article_id: Annotated[str, PathParam(description="The article's id; it may contain `/`.")],
    ) -> Response:
        """One stored article's analysis, as `telex analyze --format json` prints it."""

        def analysis(corpus: Corpus) -> bytes:
            found = corpus.store.analysis_json(article_id)  # sent as stored: no parsing and writing again
            if found is None:
                raise HTTPException(404, corpus.store.no_article(article_id, access.path.name))
            return found.encode()

        return await answers.kept_or(request, analysis)

    @routes.get("/api/search")
    async def search(
        request: Request,
        q: Annotated[str, Query(min_length=1, description="Words to search for (BM25 over title and text).")],
        limit: Annotated[int, Query(ge=1, le=200)] = 20,
    ) -> Response:
        """Full-text search over stored articles, best match first, with its `score`; an empty answer to words the
        index does not keep ("the", "2016") says so in `note`."""

        def found(corpus: Corpus) -> bytes:
            results = corpus.json_rows("search", query=q, limit=limit)
            note = None if results else corpus.search_note(q)
            return with_rows("results", results, **({"note": note} if note else {}))

        await run_in_threadpool(access.index_text)
        return await answers.kept_or(request, found)

    return routes


def unknown_outlet_note(outlet: str, near: list[str] | None) -> str | None:
    """The note of an empty page of articles for an outlet no article has: the outlets whose name holds it."""
    if near is None:
        return None
    if not near:
        return f"no article has the outlet {outlet!r}"
    return (
        f"no article has the outlet {outlet!r}; outlets whose name holds it: {', '.join(near[:5])} "
        "(give the whole name)"
    )
