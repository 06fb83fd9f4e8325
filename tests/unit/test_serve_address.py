"""`telex serve` on a port that is taken or an address that is not this machine's: one line, exit 1, no server."""

import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from telex.cli import main
from telex.store.duckdb_store import Store
from tests.unit.fixtures import sample_analysis


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "news.duckdb"
    with Store(path) as store:
        store.write([sample_analysis()])
    return path


@pytest.fixture
def taken() -> Iterator[int]:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield server.getsockname()[1]


def serve(db: Path, monkeypatch: pytest.MonkeyPatch, *options: str) -> tuple[int, str, list[object]]:
    started: list[object] = []
    def run(server: object) -> None:
        config = server.config  # type: ignore[attr-defined]
        started.append({"host": config.host, "port": config.port, "server_header": config.server_header})

    monkeypatch.setattr("uvicorn.Server.run", run)
    result = CliRunner().invoke(main, ["serve", "--db", str(db), *options])
    return result.exit_code, result.output, started


def test_a_port_in_use_is_one_line_before_any_server_starts(
    db: Path, taken: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, output, started = serve(db, monkeypatch, "--port", str(taken))
    assert code == 1 and not started
    assert f"port {taken} on 127.0.0.1 is in use" in output and "--port" in output
    assert len(output.strip().splitlines()) == 1


def test_an_address_not_of_this_machine_is_refused(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, output, started = serve(db, monkeypatch, "--host", "192.0.2.1", "--port", "0")  # TEST-NET-1
    assert code == 1 and not started and "cannot listen on 192.0.2.1:0" in output


def test_a_free_port_starts_the_server(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, output, started = serve(db, monkeypatch, "--port", "0")
    assert code == 0 and len(started) == 1, output
    chosen = started[0]["port"]  # type: ignore[index]
    assert chosen > 0 and started == [{"host": "127.0.0.1", "port": chosen, "server_header": False}]
    assert f"at http://127.0.0.1:{chosen}/" in output  # was "at http://127.0.0.1:0/", where no server listens


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_server_stopped_by_a_signal_ends_as_every_command_does(db: Path, signum: int, status: int) -> None:
    server = subprocess.Popen([sys.executable, "-m", "telex", "serve", "--db", str(db), "--port", "0"],
                              stderr=subprocess.PIPE, text=True)
    assert server.stderr is not None
    for line in server.stderr:  # wait until it listens
        if "Uvicorn running on" in line:
            break
    server.send_signal(signum)
    _, rest = server.communicate(timeout=60)
    # Ctrl-C ended with status 0 and no word (uvicorn.run swallowed it), SIGTERM with 143 and "interrupted"
    assert server.returncode == status, rest
    assert rest.strip().splitlines()[-1] == ("Error: interrupted; the server stopped after the requests in progress; "
                                             "every article it stored is kept")
