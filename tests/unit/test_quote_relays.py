"""Statements relayed by a news medium keep their speaker, with the medium as the outlet, over hand-built parses."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.quotes.extract import extract_quotes
from tests.unit.fixtures import Row, hand_parsed


def _relayed(source: list[Row]) -> list[Row]:
    """ "Zarif said Iran would retaliate , according to SOURCE ." with SOURCE's rows headed by their last word."""
    rows: list[Row] = [
        ("Zarif", 1, "nsubj", "PROPN", "NNP", "Zarif"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Iran", 4, "nsubj", "PROPN", "NNP", "Iran"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("retaliate", 1, "ccomp", "VERB", "VB", "retaliate"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("according", 1, "prep", "VERB", "VBG", "accord"),
        ("to", 6, "prep", "ADP", "IN", "to"),
    ]
    head = 8 + len(source) - 1
    for word, _, dep, pos, tag, lemma in source[:-1]:
        rows.append((word, head, dep, pos, tag, lemma))
    word, _, _, pos, tag, lemma = source[-1]
    rows.append((word, 7, "pobj", pos, tag, lemma))
    return [*rows, (".", 1, "punct", "PUNCT", ".", ".")]


def test_a_statement_relayed_by_a_news_medium_is_the_speakers_with_the_medium_as_outlet() -> None:
    source: list[Row] = [
        ("state", 0, "compound", "NOUN", "NN", "state"),
        ("television", 0, "", "NOUN", "NN", "television"),
    ]
    doc = hand_parsed(_relayed(source))
    for scheme in ("speech", "attribution"):
        [quote] = extract_quotes(doc, EntityIndex(()), scheme=scheme)
        assert quote.speaker is not None
        assert (quote.text, quote.speaker.text, quote.via) == ("Iran would retaliate", "Zarif", ("state television",))


def test_a_relay_by_someone_who_is_no_medium_stays_the_outer_report() -> None:
    # "… , according to a diplomat .": the diplomat reports what Zarif said.
    source: list[Row] = [("a", 0, "det", "DET", "DT", "a"), ("diplomat", 0, "", "NOUN", "NN", "diplomat")]
    [quote] = extract_quotes(hand_parsed(_relayed(source)), EntityIndex(()))
    assert quote.speaker is not None and quote.speaker.text == "a diplomat"
    assert (quote.text, quote.via) == ("Zarif said Iran would retaliate", ())


def test_an_agency_relays_only_as_a_news_agency() -> None:
    news: list[Row] = [
        ("the", 0, "det", "DET", "DT", "the"),
        ("news", 0, "compound", "NOUN", "NN", "news"),
        ("agency", 0, "", "NOUN", "NN", "agency"),
    ]
    [quote] = extract_quotes(hand_parsed(_relayed(news)), EntityIndex(()))
    assert quote.speaker is not None and (quote.speaker.text, quote.via) == ("Zarif", ("news agency",))
    government = [news[0], news[2]]
    [quote] = extract_quotes(hand_parsed(_relayed(government)), EntityIndex(()))
    assert quote.speaker is not None and quote.speaker.text == "the agency"
