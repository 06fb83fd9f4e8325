"""The ``telex serve`` command: the API and dashboard of ``telex.serve.app`` on uvicorn.

FastAPI and uvicorn are imported when the command runs, so that ``telex --help`` stays instant.
"""

from __future__ import annotations

import errno
import ipaddress
import re
import socket
from pathlib import Path

import click

from telex.corpus import DEFAULT_DB
from telex.errors import InputError
from telex.serve import DEFAULT_MAX_BODY

# What a browser sends as its Origin header: scheme and host, a port when not the scheme's own, no path.
_ORIGIN = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s?#]+")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_address(host: str, port: int) -> int:
    """The port to listen on at ``host``: ``port``, or for 0 a free one chosen now, so that the line saying where the
    server is names it (it said ``http://127.0.0.1:0/``). Fail with a clear message, before the server starts, when
    ``host:port`` cannot be listened on: the port is taken (another server) or the address is not this machine's.
    uvicorn would log a traceback-like error among its start-up lines and exit with a status of its own."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as exc:
        raise InputError(f"cannot listen on {host}: {exc.strerror}; give an address of this machine to --host") from exc
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: a closing socket is no bar
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise InputError(f"port {port} on {host} is in use (another telex serve?); "
                                 "choose another with --port") from exc
            raise InputError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
        return int(probe.getsockname()[1])


def _origins(_: click.Context, __: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """Each ``--cors-origin`` as a browser sends it (``https://host[:port]``), so that it can ever match."""
    for value in values:
        if value != "*" and not _ORIGIN.fullmatch(value):
            raise click.BadParameter(
                f"{value!r} is no origin: write scheme and host, with a port if not the default and nothing after "
                "(https://newsroom.example, http://localhost:3000), or * for any", param_hint="--cors-origin")
    return values


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(),
              help="DuckDB file written by `telex ingest`, or a Parquet dataset folder (`ingest --out`): read only, "
                   "without full-text search.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default lets in this machine only, 0.0.0.0 every network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--token", envvar="TELEX_SERVE_TOKEN", show_envvar=True, metavar="TOKEN",
              help="Secret that POST requests must send as `Authorization: Bearer TOKEN`; without it every POST is "
                   "refused. The environment variable keeps it out of the process list.")
@click.option("--max-body", default=DEFAULT_MAX_BODY, show_default=True, type=click.IntRange(min=1), metavar="BYTES",
              help="Largest request body accepted; a larger one gets 413 before it is read.")
@click.option("--cors-origin", multiple=True, metavar="ORIGIN", callback=_origins,
              help="Let pages of this origin (https://example.org) call the API from a browser; repeat for more. "
                   "Off by default.")
def serve(db: str, host: str, port: int, token: str | None, max_body: int, cors_origin: tuple[str, ...]) -> None:
    """Serve a corpus: a REST API and a dashboard to read it in a browser.

    \b
    http://HOST:PORT/        the dashboard: search, articles with their quotes and
                             events highlighted, dyad timelines, the actor network,
                             quotes by speaker
    http://HOST:PORT/api/…   JSON: articles, articles/{id}, search, events, dyads,
                             dyads/chart.svg, quotes, actors, network; POST analyze
    http://HOST:PORT/docs    the API's interactive documentation (/openapi.json)

    Everything is served from this machine; the pages load nothing from the internet. Reads need
    no token. POST /api/analyze ({"text": …} or {"html": …}, optional "id", "published", "title",
    "source", "author", "url" as in a JSONL record, "quote_scheme" as --quote-scheme, "store": true)
    needs --token; with "store" the article is added to the database. One analysis runs at a time;
    the model is loaded on the first one.

    \b
    Example:  telex serve                      # the telex.duckdb that `telex ingest` writes by default
              telex serve --db demo.duckdb
              TELEX_SERVE_TOKEN=s3cret telex serve --db demo.duckdb --port 8080
    """
    import uvicorn

    from telex.serve.app import create_app

    app = create_app(db, token=token, max_body=max_body, cors_origins=cors_origin)  # errors: the telex group
    port = check_address(host, port)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"telex: serving {db} at http://{shown}:{port}/ (API /api, docs /docs); "
               + ("POST needs the token" if token else "POST refused: no --token"), err=True)
    if not _is_loopback(host):
        click.echo(f"telex: listening on {host}: anyone who can reach this machine can read the corpus", err=True)
    if Path(db).is_dir():
        click.echo(f"telex: {db} is a Parquet dataset: served read-only (POST analyze answers, and does not store), "
                   "without full-text search", err=True)
    elif not app.state.access.read_tables_kept():
        click.echo(f"telex: {db} has no read tables (written by an older telex, or an ingest that stopped early): "
                   "answers are computed from every row, more slowly, until the next `telex ingest` into it",
                   err=True)
    config = uvicorn.Config(app, host=host, port=port, log_level="info", server_header=False)
    # uvicorn.run swallows the Ctrl-C that it re-raises after a graceful shutdown (exit 0, silent) while a SIGTERM
    # reached telex (exit 143): the server now ends as every telex command does on either signal.
    uvicorn.Server(config).run()
