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
    return _to_source(rows, source, root=1)


def _to_source(rows: list[Row], source: list[Row], root: int) -> list[Row]:
    """``rows`` ending in "according to", then SOURCE's rows headed by their last word, the object of "to", and a
    full stop on the sentence's ``root``."""
    to = len(rows) - 1
    head = len(rows) + len(source) - 1
    out = [*rows, *((word, head, dep, pos, tag, lemma) for word, _, dep, pos, tag, lemma in source[:-1])]
    word, _, _, pos, tag, lemma = source[-1]
    return [*out, (word, to, "pobj", pos, tag, lemma), (".", root, "punct", "PUNCT", ".", ".")]


def test_a_statement_relayed_by_a_news_medium_is_the_speakers_with_the_medium_as_outlet() -> None:
    source: list[Row] = [
        ("state", 0, "compound", "NOUN", "NN", "state"),
        ("television", 0, "", "NOUN", "NN", "television"),
    ]
    doc = hand_parsed(_relayed(source))
    [quote] = extract_quotes(doc, EntityIndex(()))
    assert quote.speaker is not None
    assert (quote.text, quote.speaker.text, quote.via) == ("Iran would retaliate", "Zarif", ("state television",))


def test_the_attribution_scheme_keeps_a_mediums_relay_as_its_report() -> None:
    # PolNeAR annotates "… , according to state television" as the medium's report of what Zarif said.
    source: list[Row] = [
        ("state", 0, "compound", "NOUN", "NN", "state"),
        ("television", 0, "", "NOUN", "NN", "television"),
    ]
    [quote] = extract_quotes(hand_parsed(_relayed(source)), EntityIndex(()), scheme="attribution")
    assert quote.speaker is not None
    assert (quote.text, quote.speaker.text, quote.via) == ("Zarif said Iran would retaliate", "state television", ())


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


def test_a_statement_a_news_medium_reports_is_the_speakers_with_the_medium_as_outlet() -> None:
    # "Zarif said Iran would retaliate , CNN reported .": CNN passes on Zarif's words, it does not report them itself.
    rows: list[Row] = [
        ("Zarif", 1, "nsubj", "PROPN", "NNP", "Zarif"),
        ("said", 7, "ccomp", "VERB", "VBD", "say"),
        ("Iran", 4, "nsubj", "PROPN", "NNP", "Iran"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("retaliate", 1, "ccomp", "VERB", "VB", "retaliate"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("CNN", 7, "nsubj", "PROPN", "NNP", "CNN"),
        ("reported", 7, "ROOT", "VERB", "VBD", "report"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    [quote] = extract_quotes(hand_parsed(rows), EntityIndex(()))
    assert quote.speaker is not None
    assert (quote.text, quote.speaker.text, quote.via) == ("Iran would retaliate", "Zarif", ("CNN",))


def test_a_statement_relayed_by_a_news_mediums_report_is_the_speakers() -> None:
    # "… , according to a report by The Times .": the report is the medium's text, the words Zarif's.
    source: list[Row] = [
        ("a", 0, "det", "DET", "DT", "a"),
        ("report", 0, "", "NOUN", "NN", "report"),
        ("by", 9, "prep", "ADP", "IN", "by"),
        ("The", 12, "det", "DET", "DT", "the"),
        ("Times", 10, "pobj", "PROPN", "NNP", "Times"),
    ]
    rows = _relayed(source[:2])
    rows = [*rows[:-1], *source[2:], rows[-1]]
    [quote] = extract_quotes(hand_parsed(rows), EntityIndex(()))
    assert quote.speaker is not None
    assert (quote.text, quote.speaker.text, quote.via) == ("Iran would retaliate", "Zarif", ("The Times",))


def test_what_a_medium_reports_of_a_plan_is_its_own_report() -> None:
    # "CNN reported that Zarif planned to retaliate .": a plan is no words passed on; the report stays CNN's.
    rows: list[Row] = [
        ("CNN", 1, "nsubj", "PROPN", "NNP", "CNN"),
        ("reported", 1, "ROOT", "VERB", "VBD", "report"),
        ("that", 4, "mark", "SCONJ", "IN", "that"),
        ("Zarif", 4, "nsubj", "PROPN", "NNP", "Zarif"),
        ("planned", 1, "ccomp", "VERB", "VBD", "plan"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("retaliate", 4, "xcomp", "VERB", "VB", "retaliate"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    [quote] = extract_quotes(hand_parsed(rows), EntityIndex(()))
    assert quote.speaker is not None and (quote.speaker.text, quote.via) == ("CNN", ())


def test_a_report_deep_in_what_a_medium_reports_is_no_relay() -> None:
    # "CNN reported the bill failed after Zarif said it was weak .": the bill's failing is CNN's report; Zarif's words
    # are only part of it.
    rows: list[Row] = [
        ("CNN", 1, "nsubj", "PROPN", "NNP", "CNN"),
        ("reported", 1, "ROOT", "VERB", "VBD", "report"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("bill", 4, "nsubj", "NOUN", "NN", "bill"),
        ("failed", 1, "ccomp", "VERB", "VBD", "fail"),
        ("after", 7, "mark", "SCONJ", "IN", "after"),
        ("Zarif", 7, "nsubj", "PROPN", "NNP", "Zarif"),
        ("said", 4, "advcl", "VERB", "VBD", "say"),
        ("it", 9, "nsubj", "PRON", "PRP", "it"),
        ("was", 7, "ccomp", "AUX", "VBD", "be"),
        ("weak", 9, "acomp", "ADJ", "JJ", "weak"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    quotes = extract_quotes(hand_parsed(rows), EntityIndex(()))
    assert [(q.speaker.text if q.speaker else None, q.via) for q in quotes] == [("CNN", ())]


def test_a_paper_no_table_lists_relays_by_the_word_that_ends_its_name() -> None:
    # "… , according to the Philippine Star ." but "… , according to Chris Sun .", a person.
    paper: list[Row] = [
        ("the", 0, "det", "DET", "DT", "the"),
        ("Philippine", 0, "compound", "PROPN", "NNP", "Philippine"),
        ("Star", 0, "", "PROPN", "NNP", "Star"),
    ]
    [quote] = extract_quotes(hand_parsed(_relayed(paper)), EntityIndex(()))
    assert quote.speaker is not None and (quote.speaker.text, quote.via) == ("Zarif", ("Philippine Star",))
    person: list[Row] = [("Chris", 0, "compound", "PROPN", "NNP", "Chris"), ("Sun", 0, "", "PROPN", "NNP", "Sun")]
    doc = hand_parsed(_relayed(person), people=frozenset({8, 9}))
    [quote] = extract_quotes(doc, EntityIndex(()))
    assert quote.speaker is not None and (quote.speaker.text, quote.via) == ("Chris Sun", ())


def test_a_statement_a_medium_names_by_its_object_stays_the_mediums_report() -> None:
    # "Zarif criticized the deal , CNN reported .": no words of Zarif's are passed on, only what the report was about.
    rows: list[Row] = [
        ("Zarif", 1, "nsubj", "PROPN", "NNP", "Zarif"),
        ("criticized", 6, "ccomp", "VERB", "VBD", "criticize"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("deal", 1, "dobj", "NOUN", "NN", "deal"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("CNN", 6, "nsubj", "PROPN", "NNP", "CNN"),
        ("reported", 6, "ROOT", "VERB", "VBD", "report"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    [quote] = extract_quotes(hand_parsed(rows), EntityIndex(()))
    assert quote.speaker is not None
    assert (quote.text, quote.speaker.text, quote.via) == ("Zarif criticized the deal", "CNN", ())


def test_a_statement_passed_on_by_a_text_no_one_speaks_as_is_the_speakers() -> None:
    # "… , according to court records .": records say nothing themselves; Zarif's statement is his, with no outlet.
    source: list[Row] = [("court", 0, "compound", "NOUN", "NN", "court"), ("records", 0, "", "NOUN", "NNS", "record")]
    [quote] = extract_quotes(hand_parsed(_relayed(source)), EntityIndex(()))
    assert quote.speaker is not None
    assert (quote.text, quote.speaker.text, quote.via) == ("Iran would retaliate", "Zarif", ())


def test_an_account_someone_gave_is_their_report_not_a_text_passing_words_on() -> None:
    # "… , according to an account he gave .": the account is his, a report he made of what Zarif said.
    rows = _relayed([("an", 0, "det", "DET", "DT", "an"), ("account", 0, "", "NOUN", "NN", "account")])[:-1]
    rows += [("he", 12, "nsubj", "PRON", "PRP", "he"), ("gave", 9, "relcl", "VERB", "VBD", "give")]
    [quote] = extract_quotes(hand_parsed([*rows, (".", 1, "punct", "PUNCT", ".", ".")]), EntityIndex(()))
    assert quote.text == "Zarif said Iran would retaliate"


def _tagged_relay(source: list[Row]) -> list[Row]:
    """ "“ We will fight , ” Zarif said , according to SOURCE ." with SOURCE's rows headed by their last word."""
    rows: list[Row] = [
        ("“", 7, "punct", "PUNCT", "``", "“"),
        ("We", 3, "nsubj", "PRON", "PRP", "we"),
        ("will", 3, "aux", "AUX", "MD", "will"),
        ("fight", 7, "ccomp", "VERB", "VB", "fight"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("”", 7, "punct", "PUNCT", "''", "”"),
        ("Zarif", 7, "nsubj", "PROPN", "NNP", "Zarif"),
        ("said", 7, "ROOT", "VERB", "VBD", "say"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("according", 7, "prep", "VERB", "VBG", "accord"),
        ("to", 9, "prep", "ADP", "IN", "to"),
    ]
    return _to_source(rows, source, root=7)


def test_a_tagged_quotation_relayed_by_any_source_is_its_speakers() -> None:
    # "“We will fight,” Zarif said, according to Vermont Edition" (a programme no table lists) or "according to a
    # diplomat" (one who heard it): the quoted words are Zarif's statement, as quote trackers count them.
    for source in (
        [("Vermont", 0, "compound", "PROPN", "NNP", "Vermont"), ("Edition", 0, "", "PROPN", "NNP", "Edition")],
        [("a", 0, "det", "DET", "DT", "a"), ("diplomat", 0, "", "NOUN", "NN", "diplomat")],
    ):
        [quote] = extract_quotes(hand_parsed(_tagged_relay(source)), EntityIndex(()))
        assert quote.speaker is not None
        assert (quote.text, quote.speaker.text, quote.kind) == ("“ We will fight , ”", "Zarif", "direct")
