"""An "as" report that opens its host clause reports the host's words, not the time the parser gave the host, on a
hand-built parse (no model): "As the Times noted in an op-ed Thursday, the candidate has earned fans" reports "the
candidate has earned fans"."""

from __future__ import annotations

from spacy.tokens import Span

from telex.quotes.verbs import verb_attributions
from tests.unit.fixtures import Row, hand_parsed

# "As the Times noted in an op-ed Thursday , the candidate has earned fans ."
_AS_NOTED: list[Row] = [
    ("As", 3, "mark", "SCONJ", "IN", "as"),
    ("the", 2, "det", "DET", "DT", "the"),
    ("Times", 3, "nsubj", "PROPN", "NNP", "Times"),
    ("noted", 13, "advcl", "VERB", "VBD", "note"),
    ("in", 3, "prep", "ADP", "IN", "in"),
    ("an", 6, "det", "DET", "DT", "an"),
    ("op-ed", 4, "pobj", "NOUN", "NN", "op-ed"),
    ("Thursday", 13, "npadvmod", "PROPN", "NNP", "Thursday"),
    (",", 13, "punct", "PUNCT", ",", ","),
    ("the", 10, "det", "DET", "DT", "the"),
    ("candidate", 13, "nsubj", "NOUN", "NN", "candidate"),
    ("has", 13, "aux", "AUX", "VBZ", "have"),
    ("surely", 13, "advmod", "ADV", "RB", "surely"),
    ("earned", 13, "ROOT", "VERB", "VBN", "earn"),
    ("fans", 13, "dobj", "NOUN", "NNS", "fan"),
    (".", 13, "punct", "PUNCT", ".", "."),
]


def test_an_as_report_opening_its_host_reports_the_host_past_its_time() -> None:
    doc = hand_parsed(_AS_NOTED)
    doc.ents = [Span(doc, 2, 3, label="ORG"), Span(doc, 7, 8, label="DATE")]
    found = [a for a in verb_attributions(doc) if a.cue_token.i == 3]
    assert [doc.text[a.start : a.end] for a in found] == ["the candidate has surely earned fans"]
