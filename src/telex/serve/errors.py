"""Every error the server answers as ``{"error": message}`` with the status that fits; a traceback only in its log."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from telex.errors import InputError, ModelError, StoreLocked, TelexError

# What pydantic says of a body that is no object: a form, text, a list.
_NOT_AN_OBJECT = {"model_attributes_type", "dict_type", "model_type"}


def handle_errors(app: FastAPI) -> None:
    """Install the handlers of ``app``'s errors: telex's own, HTTP ones, invalid parameters and the unexpected."""
    app.add_exception_handler(TelexError, _telex_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(Exception, _unexpected)


def reply(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """An error answer: ``{"error": message}``."""
    return JSONResponse({"error": message}, status_code=status, headers=headers)


async def _telex_error(_: Request, exc: Exception) -> Response:
    if isinstance(exc, InputError):
        return reply(400, str(exc))
    if isinstance(exc, StoreLocked | ModelError):  # may pass: the file is let go, the model installed
        return reply(503, str(exc), {"Retry-After": "10"})
    return reply(500, str(exc))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    message = str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":  # no route: say which, and where the routes are
        message = f"no page {request.url.path}; the API's routes are listed at /docs"
    return reply(exc.status_code, message, dict(exc.headers or {}))


async def _invalid(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    sent = request.headers.get("content-type", "none").split(";")[0].strip()
    return reply(422, "; ".join(_problem(error, sent) for error in exc.errors()))


async def _unexpected(_: Request, exc: Exception) -> Response:
    # Starlette raises the exception again once this reply is sent, and uvicorn logs its traceback.
    return reply(500, f"internal error ({type(exc).__name__}); the server's log has the details")


def _problem(error: Any, sent: str = "application/json") -> str:
    """One validation error as a phrase: where (``query limit``, ``body text``) and what. A body that is no JSON
    object says why: ``curl -d '{…}'`` without a Content-Type sends a form, which FastAPI does not read as JSON
    ("body: Input should be a valid dictionary …"), and a JSON error gave only its place ("body 27: JSON decode
    error")."""
    loc = tuple(error.get("loc", ()))
    if loc[:1] == ("body",) and sent != "application/json" and error.get("type") in _NOT_AN_OBJECT:
        return (f"body: send a JSON object with the header Content-Type: application/json (curl -H 'Content-Type: "
                f"application/json' -d '{{\"text\": …}}'); this one came as {sent}")
    if error.get("type") == "json_invalid":
        place = f" at character {loc[1]}" if len(loc) > 1 else ""
        return f"body: not JSON{place} ({error.get('ctx', {}).get('error', 'JSON decode error')})"
    where = " ".join(str(part) for part in loc)
    return f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid"))
