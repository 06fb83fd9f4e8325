"""URL input within bounds: a size cap, a time limit, a redirect limit, and no internal addresses."""

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from telex.errors import InputError
from telex.ingest.fetch import Limits, fetch, is_internal

PAGE = b"<html><body><p>Kim met Putin in Pyongyang.</p></body></html>"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        routes = {
            "/page": (200, {}, PAGE),
            "/big": (200, {}, b"x" * 3000),
            "/hop": (302, {"Location": "/page"}, b""),
            "/loop": (302, {"Location": "/loop"}, b""),
            "/inside": (302, {"Location": "http://intranet.test/secret"}, b""),
            "/metadata": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""),
        }
        status, headers, body = routes.get(self.path, (404, {}, b""))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[int]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()


def resolver(host: str, port: int) -> list[str]:
    """news.test is our loopback server standing in for a public site; intranet.test is private."""
    return {"news.test": ["127.0.0.1"], "intranet.test": ["10.1.2.3"]}.get(host, ["169.254.169.254"])


def public_loopback(address: str) -> bool:
    return address != "127.0.0.1" and is_internal(address)


def get(server: int, path: str, **limits: object) -> bytes:
    body, _ = fetch(f"http://news.test:{server}{path}", Limits(**limits), resolver, public_loopback)  # type: ignore[arg-type]
    return body


def test_a_page_and_a_redirect_are_fetched(server: int) -> None:
    assert get(server, "/page") == PAGE
    assert get(server, "/hop") == PAGE


def test_size_cap(server: int) -> None:
    with pytest.raises(InputError, match="larger than"):
        get(server, "/big", max_bytes=1000)


def test_redirect_limit(server: int) -> None:
    with pytest.raises(InputError, match="more than 5 redirects"):
        get(server, "/loop")


@pytest.mark.parametrize("path", ["/inside", "/metadata"])
def test_a_redirect_to_an_internal_address_is_refused(server: int, path: str) -> None:
    with pytest.raises(InputError, match="internal address"):
        get(server, path)


def test_loopback_and_private_addresses_are_refused_unless_allowed(server: int) -> None:
    with pytest.raises(InputError, match="allow-private"):
        fetch(f"http://127.0.0.1:{server}/page")
    assert fetch(f"http://127.0.0.1:{server}/page", Limits(allow_private=True))[0] == PAGE


@pytest.mark.parametrize(("address", "internal"), [
    ("127.0.0.1", True), ("10.0.0.8", True), ("192.168.1.1", True), ("172.16.0.1", True),
    ("169.254.169.254", True), ("::1", True), ("fd00::1", True), ("::ffff:10.0.0.1", True), ("0.0.0.0", True),
    ("93.184.216.34", False), ("2606:4700::1111", False),
])  # fmt: skip
def test_internal_addresses(address: str, internal: bool) -> None:
    assert is_internal(address) is internal


def test_only_web_addresses() -> None:
    with pytest.raises(InputError, match="only http and https"):
        fetch("file:///etc/passwd")


def test_a_host_not_found_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    # Offline, every address ended in the resolver's words alone: "cannot find the host …: Name or service not known".
    import socket

    def offline(*_: object, **__: object) -> list[object]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", offline)
    with pytest.raises(
        InputError,
        match=r"cannot find the host news\.example: Name or service not known; check the "
        r"address and the network, or save the page and give its file",
    ):
        fetch("https://news.example/story")
