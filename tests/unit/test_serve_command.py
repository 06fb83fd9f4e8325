"""`telex serve`'s options, checked before anything is opened or listened on."""

import pytest
from click.testing import CliRunner

from telex.cli import main


@pytest.mark.parametrize("origin", ["newsroom.example", "https://newsroom.example/", "https://newsroom.example/app"])
def test_a_cors_origin_a_browser_never_sends_is_a_usage_error(origin: str) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", "none.duckdb", "--cors-origin", origin])
    assert result.exit_code == 2, result.output
    assert "is no origin: write scheme and host" in result.output


@pytest.mark.parametrize("origin", ["https://newsroom.example", "http://localhost:3000", "*"])
def test_an_origin_as_browsers_send_it_is_taken(origin: str) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", "/nonexistent/none.duckdb", "--cors-origin", origin])
    assert "no database at" in result.output  # past the options: the missing store is what stops it
