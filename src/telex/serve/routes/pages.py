"""The pages: the dashboard, the API docs (Swagger UI, bundled) and the OpenAPI 3.0 description they read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import swagger_ui_bundle
from fastapi import APIRouter, FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.responses import FileResponse, Response

from telex.serve.openapi import openapi_30

STATIC = Path(__file__).parent.parent / "static"
# The pages load nothing from elsewhere and run no inline script; the browser enforces both.
_CSP = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def router() -> APIRouter:
    """``/`` (the dashboard) and ``/docs``, left out of the API's description."""
    routes = APIRouter(include_in_schema=False)

    @routes.get("/")
    def dashboard() -> Response:
        return FileResponse(STATIC / "index.html", headers={"Content-Security-Policy": _CSP})

    @routes.get("/docs")
    def docs() -> Response:
        return FileResponse(STATIC / "docs.html", headers={"Content-Security-Policy": _CSP})

    return routes


def serve_files(app: FastAPI) -> None:
    """The pages' files, and the description written as OpenAPI 3.0 for the bundled Swagger UI."""
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = openapi_30(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/swagger-ui", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger-ui")
