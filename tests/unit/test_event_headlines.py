"""A headline's verb that the tagger reads as a plural noun ("U.S. presses for truce", "Russia warns Kyiv"), on
hand-built parses (no model): with no verb in its line, the noun heading it is the verb and the name compounded onto
it the subject. The same noun in a sentence with a verb is a noun."""

from __future__ import annotations

from spacy.tokens import Doc

from telex.events.candidates import headline_subject
from tests.unit.fixtures import Row, events_in, hand_parsed

# "Russia presses for truce in Syria", as the tagger reads a headline: "presses" a plural noun heading the line.
PRESSES: list[Row] = [
    ("Russia", 1, "compound", "PROPN", "NNP", "Russia"),
    ("presses", 1, "ROOT", "NOUN", "NNS", "press"),
    ("for", 1, "prep", "ADP", "IN", "for"),
    ("truce", 2, "pobj", "NOUN", "NN", "truce"),
    ("in", 1, "prep", "ADP", "IN", "in"),
    ("Syria", 4, "pobj", "PROPN", "NNP", "Syria"),
]
# "Russia presses for truce, officials said": the same words with a verb in the sentence.
SAID: list[Row] = [
    *((w, 6, "ccomp", p, t, lem) if d == "ROOT" else (w, h, d, p, t, lem) for w, h, d, p, t, lem in PRESSES[:4]),
    (",", 6, "punct", "PUNCT", ",", ","),
    ("officials", 6, "nsubj", "NOUN", "NNS", "official"),
    ("said", 6, "ROOT", "VERB", "VBD", "say"),
]


def _named(rows: list[Row]) -> Doc:
    """The parse with "Russia" (and "Syria") tagged as places, as the entity recogniser tags them."""
    doc = hand_parsed(rows)
    doc.ents = [doc.char_span(t.idx, t.idx + len(t), label="GPE") for t in doc if t.text in ("Russia", "Syria")]
    return doc


def test_a_verbless_headline_reads_its_plural_noun_head_as_the_verb() -> None:
    doc = _named(PRESSES)
    assert [t.text for t in headline_subject(doc[1])] == ["Russia"]
    events = events_in(doc)
    assert [(e.cameo, [a.country for a in e.source]) for e in events] == [("1056", ["RUS"])]


def test_the_noun_in_a_sentence_with_a_verb_stays_a_noun() -> None:
    doc = _named(SAID)
    assert headline_subject(doc[1]) == []
    assert [e.cameo for e in events_in(doc)] == []


def test_a_plural_noun_that_is_no_event_verb_is_no_headline_verb() -> None:
    # "Russia delegates in Syria": "delegate" heads no event verb row.
    rows = [
        PRESSES[0],
        ("delegates", 1, "ROOT", "NOUN", "NNS", "delegate"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Syria", 2, "pobj", "PROPN", "NNP", "Syria"),
    ]
    assert headline_subject(_named(rows)[1]) == []
