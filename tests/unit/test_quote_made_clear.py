""" "Made (it) clear that …" as the parser misreads it: the clause read as the adjective's subject though it follows
("made clear that they would like …"), and "make" with no subject of its own, joined to another verb or a participle
("He met them and made it clear that …", "Obama, making it clear that …, stood …"): the one who made it clear is the
subject it shares (issue #9)."""

from __future__ import annotations

from telex.quotes.nouns import adjective_attributions
from telex.quotes.verbs import verb_attributions
from tests.unit.fixtures import hand_parsed


def test_a_clause_read_as_the_subject_of_clear_after_it_is_what_was_made_clear() -> None:
    # "Republicans made clear that they would like it ."
    doc = hand_parsed([
        ("Republicans", 1, "nsubj", "PROPN", "NNPS", "Republicans"), ("made", 1, "ROOT", "VERB", "VBD", "make"),
        ("clear", 1, "ccomp", "ADJ", "JJ", "clear"), ("that", 6, "mark", "SCONJ", "IN", "that"),
        ("they", 6, "nsubj", "PRON", "PRP", "they"), ("would", 6, "aux", "AUX", "MD", "would"),
        ("like", 2, "csubj", "VERB", "VB", "like"), ("it", 6, "dobj", "PRON", "PRP", "it"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    [found] = adjective_attributions(doc)
    assert (doc.text[found.start : found.end], found.speaker and found.speaker.text) == (
        "that they would like it",
        "Republicans",
    )


def _met_and_made(objects: bool) -> list[tuple[str, str | None]]:
    """Content and speaker of "He met leaders and made it clear that they lost ." (or "… made the troops ready to
    fight .", where "ready" is said of the troops), "made" a conjunct with no subject of its own."""
    rows = [
        ("He", 1, "nsubj", "PRON", "PRP", "he"), ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("leaders", 1, "dobj", "NOUN", "NNS", "leader"), ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("made", 1, "conj", "VERB", "VBD", "make"),
    ]  # fmt: skip
    if objects:
        rows += [
            ("the", 6, "det", "DET", "DT", "the"), ("troops", 7, "nsubj", "NOUN", "NNS", "troop"),
            ("ready", 4, "ccomp", "ADJ", "JJ", "ready"), ("to", 9, "aux", "PART", "TO", "to"),
            ("fight", 7, "xcomp", "VERB", "VB", "fight"), (".", 1, "punct", "PUNCT", ".", "."),
        ]  # fmt: skip
    else:
        rows += [
            ("it", 6, "nsubj", "PRON", "PRP", "it"), ("clear", 4, "ccomp", "ADJ", "JJ", "clear"),
            ("that", 9, "mark", "SCONJ", "IN", "that"), ("they", 9, "nsubj", "PRON", "PRP", "they"),
            ("lost", 6, "advcl", "VERB", "VBD", "lose"), (".", 1, "punct", "PUNCT", ".", "."),
        ]  # fmt: skip
    doc = hand_parsed(rows)
    return [(doc.text[a.start : a.end], a.speaker and a.speaker.text) for a in adjective_attributions(doc)]


def test_made_it_clear_joined_to_another_verb_is_said_by_the_subject_they_share() -> None:
    assert _met_and_made(objects=False) == [("that they lost", "He")]


def test_made_ready_says_the_adjective_of_its_object_not_of_the_subject_it_shares() -> None:
    assert _met_and_made(objects=True) == []


def test_a_verb_of_grasping_reports_the_question_it_cannot_grasp() -> None:
    # "I cannot fathom how he escaped ."
    doc = hand_parsed([
        ("I", 3, "nsubj", "PRON", "PRP", "I"), ("can", 3, "aux", "AUX", "MD", "can"),
        ("not", 3, "neg", "PART", "RB", "not"), ("fathom", 3, "ROOT", "VERB", "VB", "fathom"),
        ("how", 6, "advmod", "SCONJ", "WRB", "how"), ("he", 6, "nsubj", "PRON", "PRP", "he"),
        ("escaped", 3, "ccomp", "VERB", "VBD", "escape"), (".", 3, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    [found] = verb_attributions(doc)
    assert (found.cue, doc.text[found.start : found.end]) == ("fathom", "how he escaped")
