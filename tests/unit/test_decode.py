"""Bytes to text: binaries refused, bad UTF-8 survives with a warning, mojibake repaired."""

import pytest

from telex.errors import InputError
from telex.ingest.decode import decode_bytes, looks_binary, repair_mojibake


def test_binary_is_refused_with_a_clear_message() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "picture.png")


def test_empty_is_refused() -> None:
    with pytest.raises(InputError, match="empty"):
        decode_bytes(b"   \n", "empty.txt")


def test_invalid_utf8_is_replaced_and_reported() -> None:
    text, warnings = decode_bytes(b"Seoul said " + b"\xff\xfe" + b" today.", "bad.txt")
    assert text.startswith("Seoul said ")
    assert "\ufffd" in text
    assert any("not valid UTF-8" in w for w in warnings)


def test_mojibake_is_repaired_and_curly_quotes_kept() -> None:
    assert repair_mojibake("Russiaâ€™s â€œtreatyâ€\x9d") == "Russia’s “treaty”"
    assert repair_mojibake("„Fundamental“, he said") == "„Fundamental“, he said"


def test_plain_text_is_not_binary() -> None:
    assert not looks_binary(b"Plain words.\n\tIndented.")
