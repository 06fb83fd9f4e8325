"""A reporting verb whose subject the parser hung on the clause before it (issue #9): the verb shares that clause's
subject, as a conjunct does, and a conjunct shares the subject of a passive with "by"."""

from __future__ import annotations

from telex.quotes.subjects import subject_of
from tests.unit.fixtures import Row, hand_parsed

# "Some sources privy to the talks say it failed ." with "say" hung on "privy" as the parser reads it.
_HOSTED: list[Row] = [
    ("Some", 1, "det", "DET", "DT", "some"),
    ("sources", 2, "nsubj", "NOUN", "NNS", "source"),
    ("privy", 2, "ROOT", "ADJ", "JJ", "privy"),
    ("to", 2, "prep", "ADP", "IN", "to"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("talks", 3, "pobj", "NOUN", "NNS", "talk"),
    ("say", 2, "dep", "VERB", "VBP", "say"),
    ("it", 8, "nsubj", "PRON", "PRP", "it"),
    ("failed", 6, "ccomp", "VERB", "VBD", "fail"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "Many activists clamoring to block him say they won ." with the subject hung on "clamoring", an adverbial clause.
_FRONTED: list[Row] = [
    ("Many", 1, "amod", "ADJ", "JJ", "many"),
    ("activists", 2, "nsubj", "NOUN", "NNS", "activist"),
    ("clamoring", 6, "advcl", "VERB", "VBG", "clamor"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("block", 2, "advcl", "VERB", "VB", "block"),
    ("him", 4, "dobj", "PRON", "PRP", "he"),
    ("say", 6, "ROOT", "VERB", "VBP", "say"),
    ("they", 8, "nsubj", "PRON", "PRP", "they"),
    ("won", 6, "ccomp", "VERB", "VBD", "win"),
    (".", 6, "punct", "PUNCT", ".", "."),
]

# "Officials were angered by the deal and predicted it would fail ."
_PASSIVE: list[Row] = [
    ("Officials", 2, "nsubjpass", "NOUN", "NNS", "official"),
    ("were", 2, "auxpass", "AUX", "VBD", "be"),
    ("angered", 2, "ROOT", "VERB", "VBN", "anger"),
    ("by", 2, "agent", "ADP", "IN", "by"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("deal", 3, "pobj", "NOUN", "NN", "deal"),
    ("and", 2, "cc", "CCONJ", "CC", "and"),
    ("predicted", 2, "conj", "VERB", "VBD", "predict"),
    ("it", 10, "nsubj", "PRON", "PRP", "it"),
    ("would", 10, "aux", "AUX", "MD", "would"),
    ("fail", 7, "ccomp", "VERB", "VB", "fail"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def _speaker(rows: list[Row], verb: int, people: frozenset[int] = frozenset()) -> str | None:
    speaker = subject_of(hand_parsed(rows, people=people)[verb])
    return speaker.text if speaker is not None else None


def test_a_verb_hung_on_the_clause_before_it_shares_its_subject() -> None:
    assert _speaker(_HOSTED, 6) == "sources"


def test_a_verb_hung_past_a_relative_clause_takes_no_subject_from_it() -> None:
    # "Some sources , who know the talks , say it failed ." read with "say" under "know": the relative's, not theirs.
    rows: list[Row] = [
        ("Some", 1, "det", "DET", "DT", "some"),
        ("sources", 1, "ROOT", "NOUN", "NNS", "source"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("who", 4, "nsubj", "PRON", "WP", "who"),
        ("know", 1, "relcl", "VERB", "VBP", "know"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("talks", 4, "dobj", "NOUN", "NNS", "talk"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("say", 4, "dep", "VERB", "VBP", "say"),
        ("it", 10, "nsubj", "PRON", "PRP", "it"),
        ("failed", 8, "ccomp", "VERB", "VBD", "fail"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _speaker(rows, 8) != "who"


def test_a_root_verb_takes_the_subject_hung_on_a_fronted_clause() -> None:
    assert _speaker(_FRONTED, 6) == "activists"


def test_a_fronted_clause_with_a_subordinator_keeps_its_subject() -> None:
    rows = list(_FRONTED)
    rows[0] = ("While", 2, "mark", "SCONJ", "IN", "while")
    assert _speaker(rows, 6) is None


def test_a_conjunct_of_a_passive_with_by_shares_its_subject() -> None:
    assert _speaker(_PASSIVE, 7) == "Officials"


def test_an_inverted_name_the_parser_made_a_participles_subject_speaks() -> None:
    # "“ I won , ” said Robin Maynard , half joking ." with "Maynard" the subject of "joking".
    rows: list[Row] = [
        ("“", 2, "punct", "PUNCT", "``", "“"),
        ("I", 2, "nsubj", "PRON", "PRP", "I"),
        ("won", 5, "ccomp", "VERB", "VBD", "win"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("”", 5, "punct", "PUNCT", "''", "”"),
        ("said", 5, "ROOT", "VERB", "VBD", "say"),
        ("Robin", 7, "compound", "PROPN", "NNP", "Robin"),
        ("Maynard", 10, "nsubj", "PROPN", "NNP", "Maynard"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("half", 10, "nsubj", "NOUN", "NN", "half"),
        ("joking", 5, "ccomp", "VERB", "VBG", "joke"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    assert _speaker(rows, 5) == "Maynard"
