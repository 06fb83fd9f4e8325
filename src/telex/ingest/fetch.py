"""Fetching a page from the web, within bounds: size, total time, redirects, and never an internal address.

Every host is resolved first and each of its addresses checked: loopback, private, link-local (the
cloud metadata address 169.254.169.254 among them), multicast, reserved and unspecified addresses are
refused unless the user allows private addresses. The connection then goes to the address that was
checked (no second lookup a DNS answer could change), and every redirect is checked the same way.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from telex.errors import InputError

MAX_BYTES = 20 * 1024 * 1024
TOTAL_SECONDS = 60.0
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_USER_AGENT = "telex (+https://github.com/telex-news/telex)"

Resolver = Callable[[str, int], list[str]]


@dataclass(frozen=True)
class Limits:
    """How far a fetch may go."""

    max_bytes: int = MAX_BYTES
    total_seconds: float = TOTAL_SECONDS
    max_redirects: int = MAX_REDIRECTS
    allow_private: bool = False


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to."""
    try:
        return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)})
    except socket.gaierror as exc:
        # Offline, every address fails so: say what to do rather than the resolver's words alone.
        raise InputError(f"cannot find the host {host}: {exc.strerror}; check the address and the network, or save "
                         "the page and give its file") from exc


def is_internal(address: str) -> bool:
    """An address a public web page has no business sending us to."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
        or ip.is_unspecified
    )


def fetch(
    url: str,
    limits: Limits = Limits(),
    resolver: Resolver = resolve,
    internal: Callable[[str], bool] = is_internal,
) -> tuple[bytes, str]:
    """The body of ``url`` and the address it finally came from; ``InputError`` for anything out of bounds."""
    deadline = time.monotonic() + limits.total_seconds
    for _ in range(limits.max_redirects + 1):
        status, location, body = _get(url, limits, deadline, resolver, internal)
        if location is None:
            if status >= 400:
                raise InputError(f"cannot fetch {url}: the server answered {status}")
            return body, url
        url = urljoin(url, location)
    raise InputError(f"cannot fetch {url}: more than {limits.max_redirects} redirects")


def _get(
    url: str, limits: Limits, deadline: float, resolver: Resolver, internal: Callable[[str], bool]
) -> tuple[int, str | None, bytes]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"cannot fetch {url}: only http and https addresses are read")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    addresses = resolver(parts.hostname, port)
    if not addresses:
        raise InputError(f"cannot find the host {parts.hostname}")
    blocked = [a for a in addresses if internal(a)]
    if blocked and not limits.allow_private:
        raise InputError(
            f"refused to fetch {url}: {parts.hostname} is an internal address ({blocked[0]}); "
            "pass --allow-private to read it anyway"
        )
    connection = _connect(parts.scheme, parts.hostname, addresses[0], port, _remaining(deadline, url))
    try:
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection.request("GET", target, headers={"Host": parts.netloc, "User-Agent": _USER_AGENT,
                                                   "Accept-Encoding": "identity"})
        response = connection.getresponse()
        if response.status in (301, 302, 303, 307, 308) and response.getheader("Location"):
            return response.status, response.getheader("Location"), b""
        declared = response.getheader("Content-Length")
        if declared and declared.isdigit() and int(declared) > limits.max_bytes:
            raise InputError(_too_big(url, limits))
        body = bytearray()
        while chunk := response.read(_CHUNK):
            body += chunk
            if len(body) > limits.max_bytes:
                raise InputError(_too_big(url, limits))
            if connection.sock is not None:
                connection.sock.settimeout(_remaining(deadline, url))
        return response.status, None, bytes(body)
    except (OSError, http.client.HTTPException) as exc:
        if isinstance(exc, TimeoutError | socket.timeout):
            raise InputError(f"cannot fetch {url}: it took longer than {limits.total_seconds:g} s") from exc
        raise InputError(f"cannot fetch {url}: {exc}; check the address or save the page to a file") from exc
    finally:
        connection.close()


def _connect(scheme: str, host: str, address: str, port: int, timeout: float) -> http.client.HTTPConnection:
    """A connection to the checked ``address`` that still speaks to ``host`` (Host header, TLS name)."""
    kind = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
    return kind(host, address, port, timeout)


class _PinnedHTTP(http.client.HTTPConnection):
    """HTTP to a resolved address chosen in advance."""

    def __init__(self, host: str, address: str, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), timeout=self.timeout)


class _PinnedHTTPS(_PinnedHTTP):
    """HTTPS to a resolved address chosen in advance, with the certificate checked for the host name."""

    default_port = 443

    def connect(self) -> None:
        super().connect()
        self.sock = ssl.create_default_context().wrap_socket(self.sock, server_hostname=self.host)


def _remaining(deadline: float, url: str) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise InputError(f"cannot fetch {url}: it took too long")
    return left


def _too_big(url: str, limits: Limits) -> str:
    return f"cannot fetch {url}: the page is larger than {limits.max_bytes // (1024 * 1024)} MB; save it to a file"
