"""Kept answers sent before any route runs: the cheapest way through the server for a read asked before.

A read route computes its answer through ``CorpusAccess.answer`` under the key of its request (``request_key``: the
path and the query string as sent), and ``KeptAnswers`` looks that key up first. A kept answer is sent from the
event loop without routing, parameter validation or a worker thread; under load most reads are such repeats (a
dashboard's pages, the same month of events), and they no longer queue behind the queries that must run.
"""

from __future__ import annotations

from collections.abc import Hashable, MutableMapping
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from telex.serve.access import CorpusAccess

API = "/api/"


def request_key(scope: MutableMapping[str, Any]) -> Hashable:
    """The key a read request's answer is kept under: its path and its query string, byte for byte."""
    return ("GET", scope["path"], scope["query_string"])


class KeptAnswers:
    """ASGI middleware: a GET under ``/api/`` whose answer is kept gets it at once; anything else goes on."""

    def __init__(self, app: ASGIApp, access: CorpusAccess) -> None:
        self.app = app
        self.access = access

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"].startswith(API):
            kept = self.access.kept(request_key(scope))
            if kept is not None:
                body, media_type = kept
                await send({"type": "http.response.start", "status": 200,
                            "headers": [(b"content-type", media_type.encode("latin-1")),
                                        (b"content-length", str(len(body)).encode("latin-1"))]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)
