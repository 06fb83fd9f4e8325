"""What a request that changes something passes before any route sees it: the bearer token, then the body limit.

Reads (GET, HEAD, OPTIONS) pass untouched. Anything else needs ``Authorization: Bearer TOKEN`` (401 without
it, 403 when the server has no token at all), and a body of at most ``max_body`` bytes (413): a declared
``Content-Length`` above it is refused before a byte is read, a chunked body as soon as it grows past it. The token
is checked first, so a client without it cannot make the server read anything.
"""

from __future__ import annotations

import hmac

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class WriteGuard:
    """ASGI middleware: token and body limit for every request that is not a read."""

    def __init__(self, app: ASGIApp, token: str | None, max_body: int) -> None:
        self.app = app
        self.token = token
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in READ_METHODS:
            await self.app(scope, receive, send)
            return
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        refusal = self._refusal(headers)
        if refusal is None:
            body = await self._body(headers, receive)
            if isinstance(body, bytes):
                await self.app(scope, _replay(body, receive), send)
                return
            refusal = body
        await refusal(scope, receive, send)

    def _refusal(self, headers: dict[str, str]) -> JSONResponse | None:
        if self.token is None:
            return _error(403, "this server was started without --token, so it refuses every POST; restart it "
                               "with `telex serve --token TOKEN` and send the header `Authorization: Bearer TOKEN`")
        scheme, _, given = headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            return _error(401, "send the header `Authorization: Bearer TOKEN` with the token the server was "
                               "started with (--token)", {"WWW-Authenticate": "Bearer"})
        return None

    async def _body(self, headers: dict[str, str], receive: Receive) -> bytes | JSONResponse:
        """The whole body, or the response refusing it."""
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                return _error(400, f"Content-Length {declared!r} is not a number of bytes")
            if int(declared) > self.max_body:
                return self._too_large()
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return _error(400, "the client went away before sending the whole body")
            body += message.get("body", b"")
            if len(body) > self.max_body:
                return self._too_large()
            if not message.get("more_body", False):
                return bytes(body)

    def _too_large(self) -> JSONResponse:
        return _error(413, f"the request body is larger than this server's limit of {self.max_body:,} bytes; "
                           "send less, or restart the server with a larger --max-body")


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives the body already read, then whatever the client sends next (a disconnect)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay
