"""The line that ends an ingest says what the store holds in the words the other commands use."""

import io

import pytest
from rich.console import Console

from telex.cli import _say_ingested
from telex.corpus.ingest import IngestReport


def test_the_summary_counts_event_mentions_not_events_counted_once(capsys: pytest.CaptureFixture[str]) -> None:
    # 37 rows of the events table are 36 events of `telex events` and `telex export` when one is told twice: the
    # summary said "37 events", and the export then "wrote 36 events".
    report = IngestReport(stored=2, counts={"articles": 2, "entities": 9, "quotes": 3, "events": 37})
    _say_ingested(report, Console(file=io.StringIO()), "news.duckdb", "database", quiet=False, verbose=False)
    said = capsys.readouterr().out
    assert "the database holds 2 articles, 9 entities, 3 quotes, 37 event mentions (`telex events` and exports " \
           "count an event told by several articles once)" in said
