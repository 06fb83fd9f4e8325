"""The quote record: ``class`` and ``continues`` in its dict, and dicts written before them still read."""

from __future__ import annotations

from telex.records import Quote, Speaker, analysis_from_dict


def test_class_and_continues_round_trip() -> None:
    quote = Quote("Q2", "direct", "“B”", 20, 23, "said", Speaker("Kim", 0, 3, "Kim Jong Un"), 1, continues="Q1",
                  class_="speech")  # fmt: skip
    data = quote.to_dict()
    assert data["class"] == "speech" and data["continues"] == "Q1" and "class_" not in data
    assert Quote.from_dict(data) == quote


def test_an_old_dict_is_a_first_piece_of_speech() -> None:
    old = {"id": "Q1", "kind": "indirect", "text": "x", "start": 0, "end": 1, "cue": "said", "speaker": None,
           "via": ["Reuters"], "sentence": 0}  # fmt: skip
    analysis = analysis_from_dict({"id": "a", "text": "x", "quotes": [old]})
    (quote,) = analysis.quotes
    assert (quote.class_, quote.continues, quote.via) == ("speech", None, ("Reuters",))
