"""HEAD is answered as GET without the body, by the middleware alone (no store, no model)."""

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from telex.serve.head import HeadAsGet


def _page(request: Request) -> Response:
    return PlainTextResponse(f"{request.method} page", headers={"X-Seen": request.method})


def _stream(_: Request) -> Response:
    return StreamingResponse(iter([b"one ", b"two"]), media_type="text/plain")


def _app() -> Starlette:
    app = Starlette(routes=[Route("/page", _page, methods=["GET"]), Route("/stream", _stream, methods=["GET"])])
    app.add_middleware(HeadAsGet)
    return app


def test_head_gets_the_status_and_headers_of_get_and_no_body() -> None:
    with TestClient(_app()) as client:
        got, head = client.get("/page"), client.head("/page")
        assert (head.status_code, head.headers["x-seen"], head.content) == (200, "GET", b"")
        assert head.headers["content-length"] == got.headers["content-length"] == str(len(b"GET page"))
        streamed = client.head("/stream")
        assert (streamed.status_code, streamed.content) == (200, b"")
        assert client.head("/nowhere").status_code == 404
        assert client.get("/page").text == "GET page"  # other methods pass untouched
