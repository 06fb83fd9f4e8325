"""How a read route answers: computed once in a worker thread, kept, and written as JSON without a DataFrame.

Every read route is ``Answers.kept_or`` (or its shape ``answer``, or ``page_of`` a listing) over a ``Corpus``
method; the answer is kept under its request's key, and ``KeptAnswers`` sends it the next time before routing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from fastapi.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from telex.corpus.query import Corpus
from telex.serve.access import CorpusAccess
from telex.serve.kept import request_key

JSON = "application/json"


class Answers:
    """The read routes' answers over one ``CorpusAccess``."""

    def __init__(self, access: CorpusAccess) -> None:
        self.access = access

    async def kept_or(self, request: Request, compute: Callable[[Corpus], bytes], media_type: str = JSON) -> Response:
        """``compute(corpus)`` in a worker thread, kept under the request's key (``KeptAnswers`` sends it next time;
        requests for it meanwhile wait for this computation)."""
        body = await run_in_threadpool(self.access.answer, request_key(request.scope), compute, media_type)
        return Response(body, media_type=media_type)

    async def answer(self, request: Request, compute: Callable[[Corpus], Any]) -> Response:
        """``compute(corpus)``, a JSON value, kept."""
        return await self.kept_or(request, lambda corpus: json_bytes(compute(corpus)))


def page_of(
    corpus: Corpus,
    what: str,
    filters: dict[str, Any],
    limit: int,
    offset: int,
    why_none: Callable[[Corpus], str | None] | None = None,
    **fields: Any,
) -> bytes:
    """A page of the rows of ``Corpus.json_rows(what, **filters)`` (articles, events, quotes): ``{what: [at most
    limit rows from offset], limit, offset, next_offset, **fields}``, ``next_offset`` null on the last page. An empty
    page adds a ``note``: what ``why_none`` says (a filter no row could meet), else, past the last row, that fewer
    match (`telex list --offset` says it on stderr); /api/events?offset=100 is the second page of 100 events."""
    rows = corpus.json_rows(what, **filters, limit=limit + 1, offset=offset)
    note = why_none(corpus) if why_none is not None and not rows else None
    if not rows and offset and note is None and corpus.json_rows(what, **filters, limit=1):
        note = f"no {what} past offset {offset}: fewer match; offset=0 gives the first"
    return with_rows(
        what,
        rows[:limit],
        limit=limit,
        offset=offset,
        next_offset=offset + limit if len(rows) > limit else None,
        **fields,
        **({"note": note} if note else {}),
    )


def json_bytes(value: Any) -> bytes:
    """``value`` as compact UTF-8 JSON, as ``JSONResponse`` writes it."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def with_rows(name: str, rows: list[str], **fields: Any) -> bytes:
    """``{name: [rows…], **fields}`` as compact JSON, the rows being JSON objects already."""
    head = f'{{"{name}":[{",".join(rows)}]'.encode()
    return head + (b"," + json_bytes(fields)[1:] if fields else b"}")
