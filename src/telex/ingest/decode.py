"""Bytes to text: refuse binaries, survive bad encodings, repair mojibake, and say what changed."""

from __future__ import annotations

import ftfy

from telex.errors import InputError

_SNIFF = 8192


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first few kilobytes: not an article."""
    head = data[:_SNIFF]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def decode_bytes(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Decode as UTF-8 (with or without BOM); replace undecodable bytes; repair mojibake."""
    if looks_binary(data):
        raise InputError(f"{name} is a binary file, not an article; give text, HTML or JSONL")
    warnings: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        warnings.append(
            f"{name} is not valid UTF-8 (first bad byte at {exc.start}); {bad} undecodable byte(s) "
            "replaced with U+FFFD"
        )
    repaired = repair_mojibake(text)
    if repaired != text:
        warnings.append("mojibake repaired (text was decoded with the wrong encoding); offsets index the repaired text")
    if not repaired.strip():
        raise InputError(f"{name} is empty; give a file with the article's words")
    return repaired, tuple(warnings)


def repair_mojibake(text: str) -> str:
    """Undo wrong-encoding damage ("Russiaâ€™s" is "Russia’s") and nothing else: quotes stay as written."""
    return str(
        ftfy.fix_text(
            text,
            uncurl_quotes=False,
            fix_line_breaks=False,
            normalization=None,
            fix_latin_ligatures=False,
            fix_character_width=False,
            remove_control_chars=False,
            unescape_html=False,
        )
    )
