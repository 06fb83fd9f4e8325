"""``POST /api/analyze``: one article analysed on the shared model, and stored when asked."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, ConfigDict, Field, JsonValue, field_validator
from starlette.responses import JSONResponse, Response

from telex.errors import InputError
from telex.ingest.fields import given_date
from telex.quotes.lexicon import scheme_classes
from telex.serve.access import CorpusAccess

_QUOTE_SCHEMES: list[JsonValue] = [*sorted(scheme_classes())]


class AnalyzeRequest(BaseModel):
    """An article to analyse: its plain ``text`` or a page's ``html``, one of the two."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="Plain text; offsets in the analysis index it unchanged.")
    html: str | None = Field(None, description="A web page; its main text, title, date and URL are extracted.")
    id: str | None = Field(None, min_length=1, max_length=1000, description="The article's id; may contain `/`.")
    published: date | None = Field(None, description="Publication date, to resolve 'on Tuesday' and office holders.")
    title: str | None = None
    source: str | None = Field(None, description="The outlet that published it (a JSONL record's `source`).")
    author: str | None = None
    url: str | None = None
    store: bool = Field(False, description="Also add the analysis to the store (replacing an article with this id).")
    quote_scheme: str = Field(
        "speech", json_schema_extra={"enum": _QUOTE_SCHEMES},
        description="speech: statements made (spoken, written, posted, issued); attribution: also beliefs, knowledge, "
                    "documents and data as sources, the way PolNeAR annotates. Each quote's `class` says which it is.")

    @field_validator("published", mode="before")
    @classmethod
    def _published(cls, value: Any) -> Any:
        """A date as ``telex.analyze`` and JSONL records take it: "2024-06-19", a timestamp's day, "19 June 2024"."""
        if not isinstance(value, str):
            return value
        try:
            return given_date(value)
        except InputError as exc:
            raise ValueError(str(exc)) from None

    @field_validator("quote_scheme")
    @classmethod
    def _quote_scheme(cls, value: str) -> str:
        """A scheme ``telex.analyze`` knows, refused with its message (listing the schemes) before any model runs."""
        from telex.quotes.scheme import kept_classes  # imports spaCy, which the read routes never need

        try:
            kept_classes(value)
        except InputError as exc:
            raise ValueError(str(exc)) from None
        return value


def router(access: CorpusAccess, admitted: threading.BoundedSemaphore, pending_analyses: int) -> APIRouter:
    """``POST /api/analyze``; ``admitted`` bounds the analyses running or waiting (``pending_analyses`` of them)."""
    routes = APIRouter(tags=["analysis"])
    model = threading.Lock()  # spaCy does not promise that one model parses in two threads at a time

    @routes.post("/api/analyze", status_code=200,
                 responses={201: {"description": "Analysed and stored; `Location` is the stored article."},
                            401: {"description": "No or wrong bearer token."},
                            403: {"description": "The server was started without --token."},
                            413: {"description": "The body is larger than --max-body."},
                            503: {"description": "Too many analyses waiting."}})
    def analyze(request: AnalyzeRequest) -> Response:
        """Analyse one article (text or HTML) and return its analysis; with `store: true` also store it."""
        from telex.api import analyze_sent

        if request.store and request.id is None:
            raise InputError("give the article an `id` to store it under")
        if request.store and access.path.is_dir():
            raise InputError(f"{access.path.name} is a Parquet dataset, served read-only: store articles there with "
                             "`telex ingest --out`, or serve a .duckdb file")
        if not admitted.acquire(blocking=False):
            raise HTTPException(503, f"{pending_analyses} analyses are already running or waiting; try again soon",
                                headers={"Retry-After": "5"})
        try:
            with model:
                result = analyze_sent(text=request.text, html=request.html, published=request.published,
                                      title=request.title, id=request.id or "article", url=request.url,
                                      source=request.source, author=request.author, quote_scheme=request.quote_scheme)
        finally:
            admitted.release()
        if not request.store:
            return JSONResponse(result.to_dict())
        access.write([result], request.quote_scheme)
        # The article as stored, with the scheme that chose its quotes: what `GET /api/articles/{id}` gives.
        stored = {**result.to_dict(), "quote_scheme": request.quote_scheme}
        return JSONResponse(stored, status_code=201,
                            headers={"Location": f"/api/articles/{quote(result.id, safe='/')}"})

    return routes
