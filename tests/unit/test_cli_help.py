"""Every `--help` explains: each option of each command says what it does, and no help names a missing file."""

import re
from pathlib import Path

import click

from telex.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _commands() -> list[click.Command]:
    return list(main.commands.values())


def test_every_option_of_every_command_has_help() -> None:
    silent = [
        f"{command.name} {option.opts[0]}"
        for command in _commands()
        for option in command.params
        if isinstance(option, click.Option) and not (option.help or "").strip()
    ]
    assert silent == []


def test_files_named_in_help_exist() -> None:
    texts = [command.help or "" for command in _commands()]
    texts += [option.help or "" for command in _commands() for option in command.params
              if isinstance(option, click.Option)]
    named = {name for text in texts for name in re.findall(r"\b[\w/-]+\.md\b", text)}
    assert named, "the helps point to docs"
    assert sorted(name for name in named if not (ROOT / name).exists()) == []
