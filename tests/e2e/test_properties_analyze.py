"""Properties of telex.analyze over hostile text: telex's own errors only, offsets in range, span texts equal
text[start:end], output writable as UTF-8, every event code in the CAMEO table, bounded time."""

import json
import time
from functools import lru_cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

import telex
from telex.errors import TelexError
from telex.tables import read_table
from tests.strategies import texts

pytestmark = pytest.mark.model


@lru_cache(maxsize=1)
def cameo_codes() -> frozenset[str]:
    return frozenset(row["code"] for row in read_table("cameo.tsv"))


def check(text: str) -> None:
    started = time.perf_counter()
    try:
        result = telex.analyze(text, published="2024-06-20")
    except TelexError:
        return
    assert time.perf_counter() - started < 30
    data = result.to_dict()
    json.dumps(data, ensure_ascii=False).encode("utf-8")
    body = data["text"]
    for entity in data["entities"]:
        assert all(0 <= s < e <= len(body) for s, e in entity["mentions"])
    for quote in data["quotes"]:
        assert body[quote["start"]:quote["end"]] == quote["text"]
        if quote["speaker"]:
            speaker = quote["speaker"]
            assert body[speaker["start"]:speaker["end"]] == speaker["text"]
    for event in data["events"]:
        trigger = event["trigger"]
        assert body[trigger["start"]:trigger["end"]] == trigger["text"]
        assert event["cameo"] in cameo_codes()
    for number in data["numbers"]:
        assert body[number["start"]:number["end"]] == number["text"]


@given(texts)
def test_analyze_holds_its_contract_on_hostile_text(text: str) -> None:
    check(text)


@given(st.lists(texts, min_size=1, max_size=3).map("\n\n".join).filter(lambda t: len(t) > 0))
def test_analyze_on_longer_articles(text: str) -> None:
    check(text[:5000])
