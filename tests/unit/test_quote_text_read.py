"""Words a text "reads": its writer's statement, found through "it" to the text named before (issue #9)."""

from __future__ import annotations

from spacy.tokens import Doc

from telex.entity_index import EntityIndex
from telex.quotes.direct import _read_class
from telex.quotes.speaker import resolve_speaker
from telex.quotes.subjects import issuer_of, speaker_span, text_read
from tests.unit.fixtures import Row, hand_parsed


def _it_read(thing: str = "letter", subject: str = "it") -> Doc:
    """ "The group sent a THING . “ We act , ” SUBJECT read ."."""
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("group", 2, "nsubj", "NOUN", "NN", "group"),
        ("sent", 2, "ROOT", "VERB", "VBD", "send"),
        ("a", 4, "det", "DET", "DT", "a"),
        (thing, 2, "dobj", "NOUN", "NN", thing),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("“", 12, "punct", "PUNCT", "``", "“"),
        ("We", 8, "nsubj", "PRON", "PRP", "we"),
        ("act", 12, "ccomp", "VERB", "VBP", "act"),
        (",", 12, "punct", "PUNCT", ",", ","),
        ("”", 12, "punct", "PUNCT", "''", "”"),
        (subject, 12, "nsubj", "PRON" if subject == "it" else "NOUN", "PRP" if subject == "it" else "NN", subject),
        ("read", 12, "ROOT", "VERB", "VBD", "read"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ]
    return hand_parsed(rows)


def test_it_reads_of_a_text_named_before_is_that_texts_and_its_writers_statement() -> None:
    doc = _it_read()
    text = text_read(doc[12])
    assert text is not None and text.i == 4
    assert (issuer := issuer_of(text)) is not None and issuer.i == 1  # the group sent it
    assert _read_class(doc[12], "knowledge") == "speech"
    speaker = resolve_speaker(doc[11], speaker_span(doc[11]), EntityIndex(()), cue=doc[12])
    assert (speaker.text, speaker.name) == ("it", "The group")


def test_a_text_as_the_subject_of_reads_is_the_text() -> None:
    doc = _it_read(subject="letter")
    text = text_read(doc[12])
    assert text is not None and text.i == 11
    assert _read_class(doc[12], "knowledge") == "speech"


def test_it_reads_of_a_sign_is_no_ones_statement() -> None:
    # "She lifted a sign . “…,” it read": the words on a sign, a shirt or a banner stay what reading them is.
    doc = _it_read(thing="sign")
    assert text_read(doc[12]) is None
    assert _read_class(doc[12], "knowledge") == "knowledge"


def test_reading_a_text_is_no_text_reading() -> None:
    # "Lee read the letter": the reader is no text.
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("read", 1, "ROOT", "VERB", "VBD", "read"),
            ("the", 3, "det", "DET", "DT", "the"),
            ("letter", 1, "dobj", "NOUN", "NN", "letter"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert text_read(doc[1]) is None


def test_a_text_sent_by_someone_is_theirs_not_its_publishers() -> None:
    # "The email , released by Acme , was sent by Lee .": Acme made it public; Lee wrote and sent it.
    doc = hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("email", 8, "nsubjpass", "NOUN", "NN", "email"),
            (",", 1, "punct", "PUNCT", ",", ","),
            ("released", 1, "acl", "VERB", "VBN", "release"),
            ("by", 3, "agent", "ADP", "IN", "by"),
            ("Acme", 4, "pobj", "PROPN", "NNP", "Acme"),
            (",", 1, "punct", "PUNCT", ",", ","),
            ("was", 8, "auxpass", "AUX", "VBD", "be"),
            ("sent", 8, "ROOT", "VERB", "VBN", "send"),
            ("by", 8, "agent", "ADP", "IN", "by"),
            ("Lee", 9, "pobj", "PROPN", "NNP", "Lee"),
            (".", 8, "punct", "PUNCT", ".", "."),
        ]
    )
    assert (issuer := issuer_of(doc[1])) is not None and issuer.i == 10
