"""Where the words were said is no part of them: a phrase naming the text, programme or platform after noun-phrase
content."""

from __future__ import annotations

from telex.quotes import boundaries
from telex.quotes.trim import trimmed
from tests.unit.fixtures import Row, hand_parsed


def _content(rows: list[Row], first: int, last: int) -> str:
    doc = hand_parsed(rows)
    span = trimmed(doc, first, last)
    assert span is not None
    return doc.text[span[0] : span[1]]


def _object_then(verb: Row, prep: str, noun: Row, tail: list[Row] | None = None) -> list[Row]:
    # "Lee <verb> the plan <prep> a <noun> <tail> ."
    return [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"), verb, ("the", 3, "det", "DET", "DT", "the"),
        ("plan", 1, "dobj", "NOUN", "NN", "plan"), (prep, 3, "prep", "ADP", "IN", prep),
        ("a", 6, "det", "DET", "DT", "a"), (noun[0], 4, *noun[2:]), *(tail or []),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip


_DENOUNCED = ("denounced", 1, "ROOT", "VERB", "VBD", "denounce")


def test_a_statement_the_words_were_said_in_is_no_part_of_a_noun_phrase_content() -> None:
    # "Lee denounced the plan in a statement ." The parser hung "in a statement" on "plan".
    rows = _object_then(_DENOUNCED, "in", ("statement", 4, "pobj", "NOUN", "NN", "statement"))
    assert _content(rows, 2, 6) == "the plan"


def test_a_programme_the_words_were_said_on_is_no_part_of_them() -> None:
    # "Lee denounced the plan on a show ."
    rows = _object_then(_DENOUNCED, "on", ("show", 4, "pobj", "NOUN", "NN", "show"))
    assert _content(rows, 2, 6) == "the plan"


def test_a_place_phrase_after_the_noun_stays() -> None:
    # "Lee denounced the plan in a district ." A district is no text or programme: it may be what was denounced.
    rows = _object_then(_DENOUNCED, "in", ("district", 4, "pobj", "NOUN", "NN", "district"))
    assert _content(rows, 2, 6) == "the plan in a district"


def test_a_channel_phrase_with_a_verb_in_it_stays() -> None:
    # "Lee denounced the plan on a show that aired ." The phrase holds a clause: the parse is not a stray adjunct.
    tail: list[Row] = [("that", 8, "nsubj", "PRON", "WDT", "that"), ("aired", 6, "relcl", "VERB", "VBD", "air")]
    rows = _object_then(_DENOUNCED, "on", ("show", 4, "pobj", "NOUN", "NN", "show"), tail)
    assert _content(rows, 2, 8) == "the plan on a show that aired"


def test_what_was_felt_keeps_its_channel_phrase() -> None:
    # "Lee feared the plan in a statement ." "fear" is no verb of speaking: the statement may be what is feared.
    rows = _object_then(("feared", 1, "ROOT", "VERB", "VBD", "fear"), "in", ("statement", 4, "pobj", "NOUN", "NN",
                                                                               "statement"))
    assert _content(rows, 2, 6) == "the plan in a statement"


def test_a_clause_keeps_its_channel_phrase() -> None:
    # "Lee said taxes rose in a statement": reported clause content is left as the parse hangs it.
    rows: list[Row] = [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("taxes", 3, "nsubj", "NOUN", "NNS", "tax"), ("rose", 1, "ccomp", "VERB", "VBD", "rise"),
        ("in", 3, "prep", "ADP", "IN", "in"), ("a", 6, "det", "DET", "DT", "a"),
        ("statement", 4, "pobj", "NOUN", "NN", "statement"), (".", 1, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    assert _content(rows, 2, 6) == "taxes rose in a statement"


def test_the_boundary_model_is_offered_no_extension_over_a_channel_phrase() -> None:
    # "Lee denounced the plan on a show ." with the content "the plan": no edit takes "on a show" back in.
    doc = hand_parsed(_object_then(_DENOUNCED, "on", ("show", 4, "pobj", "NOUN", "NN", "show")))
    assert boundaries.edits(doc, 2, 3, doc[1], "speech", "indirect", ["end_extend"]) == []
    district = hand_parsed(_object_then(_DENOUNCED, "on", ("district", 4, "pobj", "NOUN", "NN", "district")))
    assert boundaries.edits(district, 2, 3, district[1], "speech", "indirect", ["end_extend"])
