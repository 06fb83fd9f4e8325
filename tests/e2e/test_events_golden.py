"""Golden event cases: each ``tests/cases/events/<name>.txt`` against ``<name>.expected.json``.

An expected event lists only the fields it pins down: ``cameo`` or ``cameo_root``, ``plover``, ``source`` and ``target``
country codes (every listed code must be among the predicted actors' countries or IGO/NGO codes),
``modality``, ``date``, ``date_source`` and ``mentions``. ``count``, which every case has, pins the number of events;
``"events": []`` means none.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from telex.records import ActorRef, Analysis, Article, Event

CASES = Path(__file__).resolve().parent.parent / "cases" / "events"
NAMES = sorted(p.stem for p in CASES.glob("*.txt"))


def _countries(refs: tuple[ActorRef, ...]) -> set[str]:
    found = set()
    for ref in refs:
        code = ref.code or ""
        found.add(code[:3] if code.startswith(("IGO", "NGO")) else ref.country or "")
    return found


def _matches(event: Event, expected: dict[str, Any]) -> bool:
    checks = [
        "cameo" not in expected or event.cameo == expected["cameo"],
        "cameo_root" not in expected or event.cameo_root == expected["cameo_root"],
        "plover" not in expected or event.plover == expected["plover"],
        set(expected.get("source", [])) <= _countries(event.source),
        set(expected.get("target", [])) <= _countries(event.target),
        "target" not in expected or expected["target"] or not event.target,
        "modality" not in expected or event.modality == expected["modality"],
        "date" not in expected or event.date == expected["date"],
        "date_source" not in expected or event.date_source == expected["date_source"],
        "mentions" not in expected or event.mentions == expected["mentions"],
    ]
    return all(checks)


@pytest.mark.model
@pytest.mark.parametrize("name", NAMES)
def test_golden_events(name: str) -> None:
    from telex.pipeline import analyze_articles

    text = (CASES / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((CASES / f"{name}.expected.json").read_text(encoding="utf-8"))
    published = date.fromisoformat(expected["published"]) if expected.get("published") else None
    [result] = analyze_articles([Article(id=name, text=text, published=published)])
    assert isinstance(result, Analysis), result
    events = list(result.events)
    described = [e.to_dict() for e in events]
    if not expected["events"]:
        assert events == [], described
    for wanted in expected["events"]:
        assert any(_matches(e, wanted) for e in events), (wanted, described)
    assert len(events) == expected["count"], described
    assert [e.id for e in events] == [f"V{i}" for i in range(1, len(events) + 1)]
