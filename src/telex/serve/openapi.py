"""The API's OpenAPI description, as OpenAPI 3.0 for the Swagger UI served at /docs.

FastAPI writes OpenAPI 3.1; the Swagger UI bundled for offline use (4.15) renders only 3.0. The schemas of this
API differ between the two in one way: an optional value is ``anyOf: [X, {type: null}]`` in 3.1 and
``X`` with ``nullable: true`` in 3.0. POST routes are marked as needing the bearer token.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

VERSION = "3.0.3"
_NULL = {"type": "null"}


def openapi_30(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI 3.0 description of ``app``'s routes."""
    schema = get_openapi(title=app.title, version=app.version, openapi_version=VERSION,
                         description=app.description, routes=app.routes)
    schema = dict(_nullable(schema))
    schema.setdefault("components", {})["securitySchemes"] = {
        "token": {"type": "http", "scheme": "bearer", "description": "The token the server was started with."}
    }
    for operations in schema["paths"].values():
        if "post" in operations:
            operations["post"]["security"] = [{"token": []}]
    return schema


def _nullable(node: Any) -> Any:
    """``node`` with every ``anyOf`` that admits null written the OpenAPI 3.0 way."""
    if isinstance(node, list):
        return [_nullable(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: _nullable(value) for key, value in node.items()}
    options = converted.get("anyOf")
    if isinstance(options, list) and _NULL in options:
        rest = [option for option in options if option != _NULL]
        del converted["anyOf"]
        if len(rest) == 1 and "$ref" not in rest[0]:
            converted = {**rest[0], **converted}
        elif rest:
            converted["anyOf"] = rest
        converted["nullable"] = True
    return converted
