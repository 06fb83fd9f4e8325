"""Quotes: who said what, filtered by speaker, words and dates."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from telex.corpus.query import Corpus
from telex.serve.answers import Answers
from telex.serve.routes.params import Since, Until


def router(answers: Answers) -> APIRouter:
    """``/api/quotes``."""
    routes = APIRouter(tags=["quotes"])

    @routes.get("/api/quotes")
    async def quotes(
        request: Request,
        speaker: Annotated[str | None, Query(description="A speaker's name or part of it; every name of the "
                                                         "same actor counts.")] = None,
        text: Annotated[str | None, Query(description="Words the quote contains.")] = None,
        since: Since = None,
        until: Until = None,
        limit: Annotated[int, Query(ge=1, le=10_000)] = 100,
    ) -> Response:
        """Stored quotes with their speaker's corpus actor, oldest first."""
        def why_none(corpus: Corpus) -> str | None:
            if speaker is None or not corpus.unknown_speaker(speaker):
                return None
            return f"{speaker!r} speaks in no quote of this corpus: give a name or part of one the articles quote"

        return await answers.rows(request, "quotes", "quotes", {
            "speaker": speaker, "about": text, "since": since, "until": until, "limit": limit}, why_none)

    return routes
