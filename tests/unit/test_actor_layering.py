"""The actor coder stands on its own: nothing under ``telex.actors`` imports the event or quote coders nor
coreference, and the word lists it reads are its own tables. The entity step sits below coreference too."""

from __future__ import annotations

import ast
from pathlib import Path

from telex.actors import word_lists
from telex.actors.word_lists import advocacy_words, party_members
from telex.entities import person_names

PACKAGE = Path(word_lists.__file__).parent
ENTITIES = Path(person_names.__file__).parent
# Layers above the actor coder and the entity step: they read actors and entities, never the reverse.
ABOVE = ("telex.events", "telex.quotes", "telex.coref")


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    return names | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}


def _offending(package: Path, above: tuple[str, ...]) -> set[str]:
    """Each module of ``package`` with each import of it from a layer ``above``, lazy imports inside functions too."""
    return {
        f"{path.name}: {name}" for path in package.glob("*.py") for name in _imported(path) if name.startswith(above)
    }


def test_no_actor_module_imports_the_event_or_quote_coder_or_coreference() -> None:
    assert not _offending(PACKAGE, ABOVE)


def test_no_entity_module_imports_coreference_or_the_event_or_quote_coder() -> None:
    assert not _offending(ENTITIES, ABOVE)


def test_the_words_of_a_persons_name_import_no_other_reader_of_names() -> None:
    # The entity clustering, the actor coder and coreference read names with it: it stands below all three.
    readers = {name for name in _imported(Path(person_names.__file__)) if name.startswith("telex.")}
    assert readers == {"telex.tables"}


def test_the_actor_tables_of_party_members_and_advocacy_bodies_are_read() -> None:
    assert {"candidate", "nominee", "rival"} <= party_members()
    assert {"watchdog", "advocacy"} <= advocacy_words("cause")
    assert {"group", "groups", "organization"} <= advocacy_words("body")
    assert not advocacy_words("cause") & advocacy_words("body")
