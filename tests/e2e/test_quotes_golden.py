"""Golden quote cases: one wire-style text per construction, run through the whole pipeline.

Cases run in the ``attribution`` scheme, which keeps every class: each quote pins its ``class``, so the
quotes of the default ``speech`` scheme are those of class "speech" outside the headline (checked too)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from telex.pipeline import analyze_articles
from telex.records import Analysis, Article, Quote

CASES = Path(__file__).parent.parent / "cases" / "quotes"


def _surname(name: str | None) -> str:
    # Entity linking owns full names; this test checks that the quote resolves to the right actor.
    return (name or "").split()[-1].lower() if name else ""


def _as_expected(quote: Quote) -> dict[str, Any]:
    return {
        "kind": quote.kind,
        "text": quote.text,
        "cue": quote.cue,
        "speaker": _surname(quote.speaker.name if quote.speaker else None),
        "via": list(quote.via),
        "class": quote.class_,
        "continues": quote.continues,
    }


@pytest.mark.model
@pytest.mark.parametrize("case", sorted(p.stem for p in CASES.glob("*.txt")))
def test_quote_case(case: str) -> None:
    text = (CASES / f"{case}.txt").read_text(encoding="utf-8")
    expected = json.loads((CASES / f"{case}.expected.json").read_text(encoding="utf-8"))
    (analysis,) = analyze_articles([Article(id=case, text=text)], quote_scheme="attribution")
    assert isinstance(analysis, Analysis)
    for quote in analysis.quotes:
        assert text[quote.start : quote.end] == quote.text
    got = [_as_expected(q) for q in analysis.quotes]
    want = [{**e, "speaker": _surname(e["speaker"])} for e in expected]
    for quote, found, wanted in zip(analysis.quotes, got, want, strict=False):
        # A case may pin the speaker's organisation too ("Its envoy" belongs to the European Union).
        if "affiliation" in wanted:
            found["affiliation"] = quote.speaker.affiliation if quote.speaker else None
    assert got == want
    assert [q.id for q in analysis.quotes] == [f"Q{i}" for i in range(1, len(got) + 1)]
    (speech,) = analyze_articles([Article(id=case, text=text)])
    assert isinstance(speech, Analysis)
    statements = [q for q in analysis.quotes if q.class_ == "speech" and not q.headline]
    # Each statement is the speech scheme's too, whole, or its quoted label alone ("described the declaration as “a
    # turning point” for the region": “a turning point”, as quote trackers count it), or a quotation over paragraphs
    # one quote a paragraph (the first piece opening with its mark, the others inside the statement too).
    kept = [next((p.text for p in speech.quotes if q.start <= p.start < p.end <= q.end), "") for q in statements]
    assert all(k == q.text or (k in q.text and k[0] in "“\"'") for k, q in zip(kept, statements, strict=True))
    pieces = [p.text for q in statements for p in speech.quotes if q.start <= p.start < p.end <= q.end]
    said = [*(q.text for q in statements), *pieces]
    # The speech scheme adds only reports that lie inside a closing phrase of a class it drops ("Reyes said …,
    # according to press reports"): there the report stands alone, not lost inside the phrase's content.
    held = [(q.start, q.end) for q in analysis.quotes if q.class_ != "speech"]
    assert all(any(a <= q.start and q.end <= b for a, b in held) for q in speech.quotes if q.text not in said)
