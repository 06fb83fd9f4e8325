"""The REST API and dashboard over one stored corpus: ``create_app(db)`` gives the FastAPI application.

Every read route is a few lines over ``Corpus`` (the same query code as the corpus commands and ``telex.open``);
``POST /api/analyze`` runs ``telex.analyze`` and, when asked, stores the result through ``CorpusAccess``. Errors
are JSON ``{"error": message}`` with the status that fits, never a traceback. Nothing the pages load comes from
outside the server: the dashboard is the files under ``static/``, the API docs Swagger UI's bundled files.
"""

from __future__ import annotations

import json
import tempfile
import threading
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote

import networkx as nx
import swagger_ui_bundle
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, JsonValue, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import FileResponse, JSONResponse, Response

from telex import __version__
from telex.corpus.query import MOST_ROWS, Corpus
from telex.corpus.tabular import frame_records
from telex.errors import InputError, ModelError, StoreLocked, TelexError
from telex.isodate import parse_date
from telex.quotes.lexicon import scheme_classes
from telex.records import Modality
from telex.serve import DEFAULT_MAX_BODY
from telex.serve.access import CorpusAccess
from telex.serve.guard import WriteGuard
from telex.serve.head import HeadAsGet
from telex.serve.kept import KeptAnswers, request_key
from telex.serve.openapi import openapi_30

# Analyses admitted at once (one runs, the others wait their turn); a request beyond them gets 503. The model is
# loaded once and shared, and spaCy does not promise that one model parses in two threads at a time.
PENDING_ANALYSES = 4
STATIC = Path(__file__).parent / "static"
# The pages load nothing from elsewhere and run no inline script; the browser enforces both.
_CSP = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_PERIODS = Literal["day", "week", "month", "year"]
_QUOTE_SCHEMES: list[JsonValue] = [*sorted(scheme_classes())]

# Read by the corpus (``isodate.parse_bound``), as the command line and ``telex.open`` read them: a bad one is a 400.
_BOUND = "YYYY-MM-DD (a timestamp gives its day), or YYYY-MM or YYYY for a whole month or year"
Since = Annotated[str | None, Query(description=f"From this date on: {_BOUND}.")]
Until = Annotated[str | None, Query(description=f"Up to this date, the whole day included: {_BOUND}.")]


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
        """A date as the command line and JSONL records take it: "2024-06-19", or a timestamp's day."""
        if not isinstance(value, str):
            return value
        try:
            return parse_date(value)
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


class Page(BaseModel):
    """A page of articles; ``next_offset`` is null on the last page."""

    articles: list[dict[str, Any]]
    limit: int
    offset: int
    next_offset: int | None


def create_app(
    db: str | Path,
    token: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    cors_origins: Sequence[str] = (),
    pending_analyses: int = PENDING_ANALYSES,
) -> FastAPI:
    """The server for the store at ``db``; raises ``StoreError`` when it cannot be read.

    Without ``token`` every POST is refused (403); with it, POST needs ``Authorization: Bearer <token>``.
    """
    access = CorpusAccess(db)
    admitted = threading.BoundedSemaphore(pending_analyses)
    model = threading.Lock()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        access.start()
        try:
            yield
        finally:
            access.close()

    app = FastAPI(
        title="telex",
        version=__version__,
        description="Read a telex corpus: articles with their evidence, quotes, CAMEO events, dyads and actors. "
        "POST needs `Authorization: Bearer TOKEN` (the server's --token).",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.access = access
    app.state.admitted = admitted
    _handle_errors(app)
    app.add_middleware(KeptAnswers, access=access)
    app.add_middleware(WriteGuard, token=token, max_body=max_body)
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(HeadAsGet)  # outermost: every layer within sees the GET it answers

    async def kept_or(
        request: Request, compute: Callable[[Corpus], bytes], media_type: str = "application/json"
    ) -> Response:
        """``compute(corpus)`` in a worker thread, kept under the request's key (``KeptAnswers`` sends it next time;
        requests for it meanwhile wait for this computation)."""
        body = await run_in_threadpool(access.answer, request_key(request.scope), compute, media_type)
        return Response(body, media_type=media_type)

    async def rows(request: Request, key: str, what: str, filters: dict[str, Any],
                   why_none: Callable[[Corpus], str | None] | None = None, **fields: Any) -> Response:
        """``{key: [the rows of Corpus.json_rows(what, **filters)], **fields}``, kept; an empty answer adds what
        ``why_none`` says as its ``note`` (a filter no row could meet), as the commands say it on stderr."""
        def compute(corpus: Corpus) -> bytes:
            found = corpus.json_rows(what, **filters)
            note = why_none(corpus) if why_none is not None and not found else None
            return _with_rows(key, found, **fields, **({"note": note} if note else {}))

        return await kept_or(request, compute)

    async def answer(request: Request, compute: Callable[[Corpus], Any]) -> Response:
        return await kept_or(request, lambda corpus: _json(compute(corpus)))

    @app.get("/api/articles", response_model=Page, tags=["articles"])
    async def articles(
        request: Request,
        q: Annotated[str | None, Query(description="Words the title or text contains.")] = None,
        outlet: Annotated[str | None, Query(description="The outlet that published it.")] = None,
        since: Since = None,
        until: Until = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0, le=MOST_ROWS)] = 0,
    ) -> Response:
        """Stored articles, newest first, with their cluster, outlet and counts of quotes and events."""
        def page(corpus: Corpus) -> bytes:
            rows = corpus.json_rows("articles", query=q, outlet=outlet, since=since, until=until, limit=limit + 1,
                                    offset=offset)
            note = _unknown_outlet_note(outlet, corpus.unknown_outlet(outlet)) if outlet and not rows else None
            return _with_rows("articles", rows[:limit], limit=limit, offset=offset,
                              next_offset=offset + limit if len(rows) > limit else None,
                              **({"note": note} if note else {}))

        return await kept_or(request, page)

    @app.get("/api/articles/{article_id:path}", tags=["articles"])
    async def article(
        request: Request,
        article_id: Annotated[str, PathParam(description="The article's id; it may contain `/`.")],
    ) -> Response:
        """One stored article's analysis, as `telex analyze --format json` prints it."""
        def analysis(corpus: Corpus) -> bytes:
            found = corpus.store.analysis_json(article_id)  # sent as stored: no parsing and writing again
            if found is None:
                raise HTTPException(404, f"no article {article_id!r} in {access.path.name}")
            return found.encode()

        return await kept_or(request, analysis)

    @app.get("/api/search", tags=["articles"])
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
            return _with_rows("results", results, **({"note": note} if note else {}))

        await run_in_threadpool(access.index_text)
        return await kept_or(request, found)

    @app.get("/api/events", tags=["events"])
    async def events(
        request: Request,
        actor: Annotated[str | None, Query(
            description="Either side: a code (RUS, RUSGOV), a name or its last words (Putin).")] = None,
        source: Annotated[str | None, Query(description="The source actor.")] = None,
        target: Annotated[str | None, Query(description="The target actor.")] = None,
        root: Annotated[str | None, Query(pattern=r"^\d{1,2}$", description="CAMEO root, e.g. 14.")] = None,
        modality: Modality | None = None,
        since: Since = None,
        until: Until = None,
        limit: Annotated[int, Query(ge=1, le=10_000)] = 100,
    ) -> Response:
        """Events counted once across articles, with `num_mentions`, `num_sources` and `num_articles`."""
        return await rows(request, "events", "events", {
            "actor": actor, "source": source, "target": target, "root": root, "modality": modality, "since": since,
            "until": until, "limit": limit},
            lambda corpus: _unknown_actors_note(corpus.unknown_actors(actor, source, target)))

    @app.get("/api/dyads", tags=["events"])
    async def dyads(
        request: Request,
        a: Annotated[str, Query(min_length=1, description="An actor code (RUS, RUSGOV), a name or its last words.")],
        b: Annotated[str, Query(min_length=1, description="The other actor.")],
        by: _PERIODS = "month",
        evidence: Annotated[int, Query(ge=0, le=20, description="Evidence sentences per period.")] = 3,
    ) -> Response:
        """Events between A and B in both directions by period: the columns of `telex dyad`, with evidence."""
        return await rows(request, "periods", "dyad", {"a": a, "b": b, "by": by, "evidence": evidence},
                          lambda corpus: _unknown_actors_note(corpus.unknown_actors(a, b)), a=a, b=b, by=by)

    @app.get("/api/dyads/chart.svg", tags=["events"], response_class=Response,
             responses={200: {"content": {"image/svg+xml": {}}}})
    async def dyad_chart(
        request: Request,
        a: Annotated[str, Query(min_length=1)], b: Annotated[str, Query(min_length=1)], by: _PERIODS = "month"
    ) -> Response:
        """The dyad timeline as SVG: QuadClass counts per period (bars) and the Goldstein sum (line with points)."""
        from telex.corpus.chart import write_chart

        def chart(corpus: Corpus) -> bytes:
            frame = corpus.dyad(a, b, by=by, evidence=0)
            with tempfile.TemporaryDirectory(prefix="telex-chart-") as folder:
                path = Path(folder) / "dyad.svg"
                write_chart(frame, a, b, path)
                return path.read_bytes()

        return await kept_or(request, chart, "image/svg+xml")

    @app.get("/api/quotes", tags=["quotes"])
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

        return await rows(request, "quotes", "quotes", {
            "speaker": speaker, "about": text, "since": since, "until": until, "limit": limit}, why_none)

    @app.get("/api/actors", tags=["actors"])
    async def actors(request: Request, limit: Annotated[int, Query(ge=1, le=10_000)] = 50) -> Response:
        """Actors across the corpus, most active first: events as source or target, quotes, articles."""
        return await answer(request, lambda corpus: {"actors": frame_records(corpus.actors(limit=limit))})

    @app.get("/api/network", tags=["actors"])
    async def network(
        request: Request, limit: Annotated[int, Query(ge=1, le=500, description="How many pairs.")] = 30
    ) -> Response:
        """The most active pairs of actor codes (either direction): events, Goldstein sum, and their actors."""
        from telex.corpus.export import actor_graph

        return await answer(request, lambda corpus: _pairs(actor_graph(corpus.events()), limit))

    @app.post("/api/analyze", tags=["analysis"], status_code=200,
              responses={201: {"description": "Analysed and stored; `Location` is the stored article."},
                         401: {"description": "No or wrong bearer token."},
                         403: {"description": "The server was started without --token."},
                         413: {"description": "The body is larger than --max-body."},
                         503: {"description": "Too many analyses waiting."}})
    def analyze(request: AnalyzeRequest) -> Response:
        """Analyse one article (text or HTML) and return its analysis; with `store: true` also store it."""
        import telex

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
                result = telex.analyze(text=request.text, html=request.html, published=request.published,
                                       title=request.title, id=request.id or "article", url=request.url,
                                       source=request.source, author=request.author,
                                       quote_scheme=request.quote_scheme)
        finally:
            admitted.release()
        if not request.store:
            return JSONResponse(result.to_dict())
        access.write([result])
        return JSONResponse(result.to_dict(), status_code=201,
                            headers={"Location": f"/api/articles/{quote(result.id, safe='/')}"})

    @app.get("/", include_in_schema=False)
    def dashboard() -> Response:
        return FileResponse(STATIC / "index.html", headers={"Content-Security-Policy": _CSP})

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        return FileResponse(STATIC / "docs.html", headers={"Content-Security-Policy": _CSP})

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = openapi_30(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/swagger-ui", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger-ui")
    return app


def _json(value: Any) -> bytes:
    """``value`` as compact UTF-8 JSON, as ``JSONResponse`` writes it."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def _with_rows(name: str, rows: list[str], **fields: Any) -> bytes:
    """``{name: [rows…], **fields}`` as compact JSON, the rows being JSON objects already."""
    head = f'{{"{name}":[{",".join(rows)}]'.encode()
    return head + (b"," + _json(fields)[1:] if fields else b"}")


def _unknown_actors_note(actors: list[str]) -> str | None:
    """The note of an empty answer for actors in no event: a typo or a name the articles do not use."""
    if not actors:
        return None
    named = " and ".join(repr(actor) for actor in actors)
    return (f"{named} {'is' if len(actors) == 1 else 'are'} in no event of this corpus: give a CAMEO code (RUS, "
            "RUSGOV) or a name the articles use (/api/actors lists them)")


def _unknown_outlet_note(outlet: str, near: list[str] | None) -> str | None:
    """The note of an empty page of articles for an outlet no article has: the outlets whose name holds it."""
    if near is None:
        return None
    if not near:
        return f"no article has the outlet {outlet!r}"
    return (f"no article has the outlet {outlet!r}; outlets whose name holds it: {', '.join(near[:5])} "
            "(give the whole name)")


def _pairs(graph: nx.MultiDiGraph, limit: int) -> dict[str, Any]:
    """The ``limit`` pairs of ``graph`` (telex's actor network) with most events, and the actors they join."""
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for source, target, edge in graph.edges(data=True):
        if source == target:
            continue
        a, b = sorted((source, target))
        pair = pairs.setdefault((a, b), {"a": a, "b": b, "events": 0, "goldstein_sum": 0.0})
        pair["events"] += 1
        pair["goldstein_sum"] += edge["goldstein"]
    top = sorted(pairs.values(), key=lambda p: (-p["events"], p["a"], p["b"]))[:limit]
    for pair in top:
        pair["goldstein_sum"] = round(pair["goldstein_sum"], 3)
    codes = sorted({code for pair in top for code in (pair["a"], pair["b"])})
    actors = [{"code": code, "label": graph.nodes[code].get("label", code), "country": graph.nodes[code].get("country"),
               "events": sum(p["events"] for p in top if code in (p["a"], p["b"]))} for code in codes]
    return {"actors": actors, "pairs": top}


def _handle_errors(app: FastAPI) -> None:
    """Every error as ``{"error": message}`` with the status that fits; a traceback only in the server's log."""

    def reply(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status, headers=headers)

    async def telex_error(_: Request, exc: Exception) -> Response:
        if isinstance(exc, InputError):
            return reply(400, str(exc))
        if isinstance(exc, StoreLocked | ModelError):  # may pass: the file is let go, the model installed
            return reply(503, str(exc), {"Retry-After": "10"})
        return reply(500, str(exc))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":  # no route: say which, and where the routes are
            message = f"no page {request.url.path}; the API's routes are listed at /docs"
        return reply(exc.status_code, message, dict(exc.headers or {}))

    async def invalid(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return reply(422, "; ".join(_problem(error) for error in exc.errors()))

    async def unexpected(_: Request, exc: Exception) -> Response:
        # Starlette raises the exception again once this reply is sent, and uvicorn logs its traceback.
        return reply(500, f"internal error ({type(exc).__name__}); the server's log has the details")

    app.add_exception_handler(TelexError, telex_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(Exception, unexpected)


def _problem(error: Any) -> str:
    """One validation error as a phrase: where (``query limit``, ``body text``) and what."""
    where = " ".join(str(part) for part in error.get("loc", ()))
    return f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid"))
