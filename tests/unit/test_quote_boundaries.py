"""The learned boundary decision of reported content: its edits' features and its choice, on hand-built parses."""

import re

from spacy.lang.en.stop_words import STOP_WORDS

from telex.quotes import boundaries
from telex.tables import read_table
from tests.unit.fixtures import Row, hand_parsed

# "She said the talks failed on Monday ."
FAILED: list[Row] = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("talks", 4, "nsubj", "NOUN", "NNS", "talk"),
    ("failed", 1, "ccomp", "VERB", "VBD", "fail"),
    ("on", 4, "prep", "ADP", "IN", "on"),
    ("Monday", 5, "pobj", "PROPN", "NNP", "Monday"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
CONTENT = (9, 25)  # "the talks failed"


def _extensions() -> dict[int, tuple[str, ...]]:
    doc = hand_parsed(FAILED)
    found = boundaries.edits(doc, 2, 4, doc[1], "speech", "indirect", ["end_extend"])
    return {e.last: e.features for e in found}


def test_an_extension_over_the_next_phrase_is_described_by_its_structure() -> None:
    features = _extensions()[6]  # "… on Monday"
    for expected in (
        "end_extend:bias",
        "end_extend:dep=prep",
        "end_extend:pos=ADP",
        "end_extend:first=on",
        "end_extend:len=2-4",
        "end_extend:attach=other",
        "end_extend:finite=no",
        "end_extend:punct=none",
        "end_extend:sentence_end=yes",
        "end_extend:edge=POS:PROPN",  # the content's last word after the move
        "end_extend:cue_kind=speech",
        "end_extend:dep+punct=prep+none",
    ):
        assert expected in features
    # No open-class word is a feature: the phrase's noun and the content's words are there by part of speech only.
    assert not any(re.search(r"monday|talks|fail", f, re.IGNORECASE) for f in features)


def test_the_nearest_boundary_is_the_first_step() -> None:
    extensions = _extensions()
    assert "end_extend:step=1" in extensions[5]  # "… on"
    assert "end_extend:step=2" in extensions[6]
    assert "end_extend:sentence_end=no" in extensions[5]


def test_the_span_moves_to_the_best_edit_only_when_the_model_favours_it() -> None:
    doc = hand_parsed(FAILED)
    table = {"end_extend:first=on": 1.0, "end_extend:sentence_end=yes": 1.0, "end_extend:sentence_end=no": -5.0}
    assert doc.text[slice(*CONTENT)] == "the talks failed"
    moved = boundaries.adjusted(doc, CONTENT, doc[1], "speech", "indirect", table)
    assert doc.text[slice(*moved)] == "the talks failed on Monday"
    assert boundaries.adjusted(doc, CONTENT, doc[1], "speech", "indirect", {}) == CONTENT
    against = {"end_extend:bias": -2.0, "end_extend:first=on": 1.0}
    assert boundaries.adjusted(doc, CONTENT, doc[1], "speech", "indirect", against) == CONTENT


def test_a_move_the_model_has_no_weights_for_is_never_made() -> None:
    doc = hand_parsed(FAILED)
    # A start cut would score well under these weights, but the table has no weight of its own for that move.
    assert boundaries.adjusted(doc, CONTENT, doc[1], "speech", "indirect", {"end_extend:bias": -1.0}) == CONTENT


def test_every_weight_in_the_table_is_a_feature_the_edits_can_have() -> None:
    table = boundaries.weights()
    assert table and len(table) == len(read_table("quote_boundaries.tsv"))
    for feature in table:
        move, _, named = feature.partition(":")
        assert move in boundaries.MOVES, feature
        if named == "bias":
            continue
        name, _, value = named.partition("=")
        assert name in boundaries.FEATURE_NAMES, feature
        for part, word in zip(name.split("+"), value.split("+"), strict=True):
            if part in ("first", "edge"):  # a closed-class word itself, any other word by its part of speech
                assert word.startswith("POS:") or word in ("none", "-") or word in STOP_WORDS, feature


def test_the_features_of_an_edit_all_have_known_names() -> None:
    doc = hand_parsed(FAILED)
    for edit in boundaries.edits(doc, 2, 4, doc[1], "belief", "mixed"):
        for feature in edit.features:
            named = feature.partition(":")[2]
            assert named == "bias" or named.partition("=")[0] in boundaries.FEATURE_NAMES, feature


def test_no_edit_takes_the_cue_into_what_it_reports() -> None:
    # "Records must be released , judge rules ." : the content ends before the comma, the cue after it.
    doc = hand_parsed(
        [
            ("Records", 3, "nsubjpass", "NOUN", "NNS", "record"), ("must", 3, "aux", "AUX", "MD", "must"),
            ("be", 3, "auxpass", "AUX", "VB", "be"), ("released", 3, "ROOT", "VERB", "VBN", "release"),
            (",", 3, "punct", "PUNCT", ",", ","), ("judge", 6, "compound", "NOUN", "NN", "judge"),
            ("rules", 3, "appos", "NOUN", "NNS", "rule"), (".", 3, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    found = boundaries.edits(doc, 0, 3, doc[6], "speech", "indirect", ["end_extend"])
    assert found == []
    assert boundaries.edits(doc, 0, 3, None, "speech", "indirect", ["end_extend"])  # without the cue it may
