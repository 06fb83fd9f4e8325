"""A gerund the parser hung on the reporting verb goes on with the noun-phrase content before it, whose noun is its
subject; a participle on a noun of number speaks for the ones its of-phrase counts (issue #9)."""

from __future__ import annotations

from telex.quotes.subjects import speaker_span, subject_of
from telex.quotes.verbs import verb_attributions
from tests.unit.fixtures import Row, hand_parsed


def _disclosed(between: list[Row], gerund: Row) -> str:
    """The content of "They disclosed the specter of her husband <between> <gerund> millions ." with the gerund hung
    on "disclosed" as an adverbial clause, as the parser hangs it."""
    at = 7 + len(between)
    rows: list[Row] = [
        ("They", 1, "nsubj", "PRON", "PRP", "they"),
        ("disclosed", 1, "ROOT", "VERB", "VBD", "disclose"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("specter", 1, "dobj", "NOUN", "NN", "specter"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("her", 6, "poss", "PRON", "PRP$", "her"),
        ("husband", 4, "pobj", "NOUN", "NN", "husband"),
        *between,
        gerund,
        ("millions", at, "dobj", "NOUN", "NNS", "million"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    (attribution,) = [a for a in verb_attributions(hand_parsed(rows)) if a.cue == "disclosed"]
    return hand_parsed(rows).text[attribution.start : attribution.end]


_MAKING: Row = ("making", 1, "advcl", "VERB", "VBG", "make")


def test_a_gerund_right_after_the_object_goes_on_with_it() -> None:
    assert _disclosed([], _MAKING) == "the specter of her husband making millions"


def test_a_gerund_set_off_by_a_comma_is_the_speakers_own() -> None:
    # "They disclosed the specter of her husband , making millions": what they did in disclosing it.
    assert _disclosed([(",", 1, "punct", "PUNCT", ",", ",")], _MAKING) == "the specter of her husband"


def test_a_reporting_gerund_is_the_speaker_going_on() -> None:
    # "They disclosed the specter of her husband adding millions" read with "adding" as the speaker's next report.
    adding: Row = ("adding", 1, "advcl", "VERB", "VBG", "add")
    assert _disclosed([], adding) == "the specter of her husband"


def _writing(members: Row) -> str | None:
    """Who speaks in "Obama had an array of <members> writing songs ." with "writing" on "array"."""
    doc = hand_parsed(
        [
            ("Obama", 1, "nsubj", "PROPN", "NNP", "Obama"),
            ("had", 1, "ROOT", "VERB", "VBD", "have"),
            ("an", 3, "det", "DET", "DT", "an"),
            ("array", 1, "dobj", "NOUN", "NN", "array"),
            ("of", 3, "prep", "ADP", "IN", "of"),
            members,
            ("writing", 3, "acl", "VERB", "VBG", "write"),
            ("songs", 6, "dobj", "NOUN", "NNS", "song"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
        people=frozenset({0}),
    )
    speaker = subject_of(doc[6])
    return speaker.text if speaker is not None else None


def test_a_participle_on_a_noun_of_number_is_spoken_by_those_it_counts() -> None:
    assert _writing(("artists", 4, "pobj", "NOUN", "NNS", "artist")) == "artists"


def test_a_participle_on_a_thing_held_is_spoken_by_its_holder() -> None:
    # "Obama had an array of signs writing …": signs cannot speak; whoever holds them does, as before.
    assert _writing(("signs", 4, "pobj", "NOUN", "NNS", "sign")) == "Obama"


def _speaker_phrase(rows: list[Row], head: int) -> str:
    doc = hand_parsed(rows)
    start, end = speaker_span(doc[head])
    return doc.text[start:end]


def test_a_quotation_the_parser_hung_on_a_name_is_no_part_of_the_speaker() -> None:
    # "“ It is fine , ” Gene Sperling said ." with the quotation's words hung on the name.
    rows: list[Row] = [
        ("“", 5, "punct", "PUNCT", "``", "“"),
        ("fine", 5, "amod", "ADJ", "JJ", "fine"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("”", 5, "punct", "PUNCT", "''", "”"),
        ("Gene", 5, "compound", "PROPN", "NNP", "Gene"),
        ("Sperling", 6, "nsubj", "PROPN", "NNP", "Sperling"),
        ("said", 6, "ROOT", "VERB", "VBD", "say"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    assert _speaker_phrase(rows, 5) == "Gene Sperling"
    # Only the closing mark in the phrase: "fine , ” Gene Sperling", the opening mark hung elsewhere.
    rows[0] = ("“", 6, "punct", "PUNCT", "``", "“")
    assert _speaker_phrase(rows, 5) == "Gene Sperling"


def test_a_quoted_title_and_a_possessive_stay_in_the_speaker() -> None:
    # "The “ Yes ” ad said ." and "Sanders ’ aides said ."
    title: list[Row] = [
        ("The", 4, "det", "DET", "DT", "the"),
        ("“", 4, "punct", "PUNCT", "``", "“"),
        ("Yes", 4, "compound", "PROPN", "NNP", "Yes"),
        ("”", 4, "punct", "PUNCT", "''", "”"),
        ("ad", 5, "nsubj", "NOUN", "NN", "ad"),
        ("said", 5, "ROOT", "VERB", "VBD", "say"),
    ]
    assert _speaker_phrase(title, 4) == "The “ Yes ” ad"
    possessive: list[Row] = [
        ("Sanders", 2, "poss", "PROPN", "NNP", "Sanders"),
        ("’", 0, "case", "PART", "''", "’"),
        ("aides", 3, "nsubj", "NOUN", "NNS", "aide"),
        ("said", 3, "ROOT", "VERB", "VBD", "say"),
    ]
    assert _speaker_phrase(possessive, 2) == "Sanders ’ aides"
