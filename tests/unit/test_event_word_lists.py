"""The event coder's word lists come from data/event_word_lists.tsv, and every list there is named for the rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from telex.events import word_lists
from telex.events.word_lists import list_names, word_list

SOURCE = Path(word_lists.__file__).read_text(encoding="utf-8")


def test_every_list_of_the_table_has_a_name_for_the_rules_and_none_is_empty() -> None:
    read = set(re.findall(r'word_list\("([a-z_]+)"\)', SOURCE))
    assert read == set(list_names())
    assert all(word_list(name) for name in list_names())


def test_a_list_the_table_does_not_have_fails_loudly() -> None:
    with pytest.raises(KeyError, match="no list 'weather'"):
        word_list("weather")


def test_codes_keep_their_leading_zero_and_lemmas_their_case() -> None:
    assert "02" in word_list("addressed_root") and "2" not in word_list("addressed_root")
    assert all(entry == entry.lower() for entry in word_list("hazard"))
