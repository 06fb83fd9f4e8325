"""The actor coder stands on its own: nothing under ``telex.actors`` imports the event or quote coders, and the word
lists it reads are its own tables."""

from __future__ import annotations

import ast
from pathlib import Path

from telex.actors import word_lists
from telex.actors.word_lists import advocacy_words, party_members

PACKAGE = Path(word_lists.__file__).parent
# Layers above the actor coder: they read actors, never the reverse.
ABOVE = ("telex.events", "telex.quotes")


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    return names | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}


def test_no_actor_module_imports_the_event_or_quote_coder() -> None:
    offending = {
        f"{path.name}: {name}"
        for path in PACKAGE.glob("*.py")
        for name in _imported(path)
        if name.startswith(ABOVE)
    }
    assert not offending


def test_the_actor_tables_of_party_members_and_advocacy_bodies_are_read() -> None:
    assert {"candidate", "nominee", "rival"} <= party_members()
    assert {"watchdog", "advocacy"} <= advocacy_words("cause")
    assert {"group", "groups", "organization"} <= advocacy_words("body")
    assert not advocacy_words("cause") & advocacy_words("body")
