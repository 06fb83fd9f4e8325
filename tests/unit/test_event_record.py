"""An event record carries where its date came from, and old stored results still load."""

from __future__ import annotations

from dataclasses import replace

from telex.records import analysis_from_dict
from tests.unit.fixtures import sample_analysis


def test_date_source_round_trips() -> None:
    analysis = sample_analysis()
    analysis = replace(analysis, events=tuple(replace(e, date_source="published") for e in analysis.events))
    data = analysis.to_dict()
    assert data["events"][0]["date_source"] == "published"
    assert analysis_from_dict(data) == analysis


def test_a_result_stored_before_date_source_existed_loads() -> None:
    data = sample_analysis().to_dict()
    for event in data["events"]:
        del event["date_source"]
    [event] = analysis_from_dict(data).events
    assert event.date == "2024-06-19" and event.date_source is None
