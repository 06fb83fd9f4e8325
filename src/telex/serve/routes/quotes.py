"""Quotes: who said what, filtered by speaker, words, dates, outlet, class and the outlet a statement went through."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from telex.corpus.query import Corpus
from telex.corpus.tabular import frame_records
from telex.serve.answers import Answers, page_of
from telex.serve.routes.articles import unknown_outlet_note
from telex.serve.routes.params import Offset, Since, Until


def router(answers: Answers) -> APIRouter:
    """``/api/quotes``."""
    routes = APIRouter(tags=["quotes"])

    @routes.get("/api/quotes")
    async def quotes(
        request: Request,
        speaker: Annotated[
            str | None,
            Query(
                description="A speaker's name or part of it, every actor one of whose "
                "names holds it counting; or an actor id of /api/actors "
                "(person:hillary-clinton), that actor alone."
            ),
        ] = None,
        text: Annotated[str | None, Query(description="Words the quote contains.")] = None,
        since: Since = None,
        until: Until = None,
        outlet: Annotated[str | None, Query(description="The outlet of the quote's article, its whole name.")] = None,
        quote_class: Annotated[
            str | None, Query(alias="class", description="The quote's class: speech, belief, knowledge, document, …")
        ] = None,
        via: Annotated[
            str | None,
            Query(description="An outlet the statement was given to or passed through (told Reuters), its whole name."),
        ] = None,
        headline: Annotated[
            bool | None,
            Query(
                description="true: the quotes of headlines alone (the attribution "
                "scheme keeps them); false: the body's."
            ),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=10_000)] = 100,
        offset: Offset = 0,
    ) -> Response:
        """Stored quotes with their speaker's corpus actor, oldest first, a page at a time: `next_offset` is the next
        page's `offset`, null on the last page."""
        filters = {
            "speaker": speaker,
            "about": text,
            "since": since,
            "until": until,
            "outlet": outlet,
            "quote_class": quote_class,
            "via": via,
            "headline": headline,
        }

        def compute(corpus: Corpus) -> bytes:
            fields: dict[str, Any] = {}
            if speaker is not None:  # a name several actors answer to: each, to follow one alone
                named = corpus.speakers(speaker).dropna(subset=["actor_id"])
                if len(named) > 1:
                    fields["speakers"] = frame_records(named)
            return page_of(
                corpus,
                "quotes",
                filters,
                limit,
                offset,
                lambda corpus: _why_none(corpus, speaker, outlet),
                **fields,
            )

        return await answers.kept_or(request, compute)

    return routes


def _why_none(corpus: Corpus, speaker: str | None, outlet: str | None) -> str | None:
    """Why a filter found no quote at all: a speaker of no quote, an outlet no article has."""
    if speaker is not None and corpus.unknown_speaker(speaker):
        return f"{speaker!r} speaks in no quote of this corpus: give a name or part of one the articles quote"
    if outlet is not None:
        return unknown_outlet_note(outlet, corpus.unknown_outlet(outlet))
    return None
