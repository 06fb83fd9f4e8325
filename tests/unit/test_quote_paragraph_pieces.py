"""A quotation that runs on over paragraphs is one quote a paragraph in the speech scheme, each continuing the one
before, over a hand-built parse: "“We won.\\n\\n“We will win,” Lee said." is two pieces, as quote trackers count them;
the attribution scheme keeps the one quotation, as before."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.quotes.extract import extract_quotes
from tests.unit.fixtures import Row, hand_parsed

# “We won .\n\n“We will win ,” Lee said . (the first paragraph left open, the second opening with a mark)
_RUN_ON: list[Row] = [
    ("“", 2, "punct", "PUNCT", "``", "“"),
    ("We", 2, "nsubj", "PRON", "PRP", "we"),
    ("won", 2, "ROOT", "VERB", "VBD", "win"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("\n\n", 3, "dep", "SPACE", "_SP", "\n\n"),
    ("“", 8, "punct", "PUNCT", "``", "“"),
    ("We", 8, "nsubj", "PRON", "PRP", "we"),
    ("will", 8, "aux", "AUX", "MD", "will"),
    ("win", 12, "ccomp", "VERB", "VB", "win"),
    (",", 12, "punct", "PUNCT", ",", ","),
    ("”", 12, "punct", "PUNCT", "''", "”"),
    ("Lee", 12, "nsubj", "PROPN", "NNP", "Lee"),
    ("said", 12, "ROOT", "VERB", "VBD", "say"),
    (".", 12, "punct", "PUNCT", ".", "."),
]
_JOINED = frozenset({0, 2, 3, 4, 5, 8, 9})


def test_a_quotation_over_paragraphs_is_a_quote_a_paragraph_in_the_speech_scheme() -> None:
    first, second = extract_quotes(hand_parsed(_RUN_ON, joined=_JOINED), EntityIndex(()))
    assert (first.text, second.text) == ("“We won.", "“We will win,”")
    assert second.continues == first.id
    assert first.speaker is not None and second.speaker is not None
    assert first.speaker.text == second.speaker.text == "Lee"


def test_the_attribution_scheme_keeps_the_quotation_whole() -> None:
    [quote] = extract_quotes(hand_parsed(_RUN_ON, joined=_JOINED), EntityIndex(()), scheme="attribution")
    assert quote.text == "“We won.\n\n“We will win,”"
