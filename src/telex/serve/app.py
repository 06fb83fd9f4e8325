"""The REST API and dashboard over one stored corpus: ``create_app(db)`` gives the FastAPI application.

Every read route is a few lines over ``Corpus`` (the same query code as the corpus commands and ``telex.open``);
``POST /api/analyze`` runs ``telex.analyze`` and, when asked, stores the result through ``CorpusAccess``. Errors
are JSON ``{"error": message}`` with the status that fits, never a traceback. Nothing the pages load comes from
outside the server: the dashboard is the files under ``static/``, the API docs Swagger UI's bundled files.

The parts: ``routes/`` (one module per kind of thing served), ``answers`` (kept answers and row bodies),
``errors`` (the error handlers), and the middleware ``kept``, ``guard`` and ``head``.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from telex import __version__
from telex.serve import DEFAULT_MAX_BODY
from telex.serve.access import CorpusAccess
from telex.serve.answers import Answers
from telex.serve.errors import handle_errors
from telex.serve.guard import WriteGuard
from telex.serve.head import HeadAsGet
from telex.serve.kept import KeptAnswers
from telex.serve.routes import actors, analysis, articles, events, pages, quotes
from telex.serve.routes.pages import STATIC
from telex.serve.routes.params import query_as_declared

__all__ = ["PENDING_ANALYSES", "STATIC", "create_app"]

# Analyses admitted at once (one runs, the others wait their turn); a request beyond them gets 503. The model is
# loaded once and shared.
PENDING_ANALYSES = 4


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
    app = _application(access)
    app.state.access = access
    app.state.admitted = admitted
    handle_errors(app)
    _add_middleware(app, access, token, max_body, cors_origins)
    answers = Answers(access)
    for router in (articles.router(answers), events.router(answers), quotes.router(answers), actors.router(answers),
                   analysis.router(access, admitted, pending_analyses), pages.router()):
        app.include_router(router)
    pages.serve_files(app)
    return app


def _application(access: CorpusAccess) -> FastAPI:
    """The bare application, whose life opens and closes ``access``."""
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        access.start()
        try:
            yield
        finally:
            access.close()

    return FastAPI(
        title="telex",
        version=__version__,
        description="Read a telex corpus: articles with their evidence, quotes, CAMEO events, dyads and actors. "
        "POST needs `Authorization: Bearer TOKEN` (the server's --token).",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        dependencies=[Depends(query_as_declared)],
    )


def _add_middleware(app: FastAPI, access: CorpusAccess, token: str | None, max_body: int,
                    cors_origins: Sequence[str]) -> None:
    """Kept answers innermost, then the POST guard, CORS when asked, and HEAD outermost."""
    app.add_middleware(KeptAnswers, access=access)
    app.add_middleware(WriteGuard, token=token, max_body=max_body)
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(HeadAsGet)  # outermost: every layer within sees the GET it answers
