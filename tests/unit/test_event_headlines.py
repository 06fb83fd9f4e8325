"""Headline words the tagger misreads, on hand-built parses (no model). A verb read as a plural noun ("U.S. presses
for truce", "Russia warns Kyiv"): with no verb in its line, the noun heading it is the verb and the name compounded
onto it the subject; the same noun in a sentence with a verb is a noun. A meeting with no article read as a gerund
("during meeting in China"): held by the joint subject of the clause it sets the scene of, as the noun would be.
Two subjects a headline joins with a comma ("Russia, China sign deal"): each acts, when the verb is plural."""

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


def test_a_gerund_meeting_that_sets_the_scene_is_held_by_the_joint_subject() -> None:
    # "Russia and China fail to find ground during meeting ." (a headline's "meeting" with no article, tagged a gerund)
    words = ["Russia", "and", "China", "fail", "to", "find", "ground", "during", "meeting", "."]
    heads = [3, 0, 0, 3, 5, 3, 5, 5, 7, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "CCONJ", "PROPN", "VERB", "PART", "VERB", "NOUN", "ADP", "VERB", "PUNCT"]
    tags = ["NNP", "CC", "NNP", "VBP", "TO", "VB", "NN", "IN", "VBG", "."]
    lemmas = [*words[:3], "fail", "to", "find", "ground", "during", "meet", "."]
    rows: list[Row] = list(zip(words, heads, deps, pos, tags, lemmas, strict=True))
    events = events_in(hand_parsed(rows))
    assert sorted((e.cameo, e.source[0].country, e.target[0].country) for e in events) == [
        ("040", "CHN", "RUS"),
        ("040", "RUS", "CHN"),
    ]


def test_a_noun_the_parser_gave_a_subject_is_the_verb() -> None:
    # "Poland and Hungary slam sanctions .": "slam" tagged a noun, yet the head of a subject and an object.
    words = ["Poland", "and", "Hungary", "slam", "sanctions", "."]
    heads = [3, 0, 0, 3, 3, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "CCONJ", "PROPN", "NOUN", "NOUN", "PUNCT"]
    tags = ["NNP", "CC", "NNP", "NN", "NNS", "."]
    lemmas = ["Poland", "and", "Hungary", "slam", "sanction", "."]
    rows: list[Row] = list(zip(words, heads, deps, pos, tags, lemmas, strict=True))
    events = events_in(hand_parsed(rows))
    assert [(e.cameo, sorted(a.country or "" for a in e.source)) for e in events] == [("111", ["HUN", "POL"])]


def _headline(tag: str) -> list[Row]:
    # "Russia , China sign a deal ." with "Russia" hung off the verb as the parser does in headlines.
    return [
        ("Russia", 3, "npadvmod", "PROPN", "NNP", "Russia"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("China", 3, "nsubj", "PROPN", "NNP", "China"),
        ("sign" if tag == "VBP" else "signs", 3, "ROOT", "VERB", tag, "sign"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("deal", 3, "dobj", "NOUN", "NN", "deal"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]


def _dyads(rows: list[Row]) -> set[tuple[str, tuple[str | None, ...], tuple[str | None, ...]]]:
    events = events_in(hand_parsed(rows))
    return {(e.cameo, tuple(a.code for a in e.source), tuple(a.code for a in e.target)) for e in events}


def test_two_headline_subjects_joined_by_a_comma_both_act() -> None:
    assert _dyads(_headline("VBP")) == {("057", ("RUS",), ("CHN",)), ("057", ("CHN",), ("RUS",))}


def test_a_singular_verb_keeps_its_one_subject() -> None:
    # "Russia, China signs a deal": a singular verb has one subject; the name before the comma is no partner.
    assert {(code, sources) for code, sources, _ in _dyads(_headline("VBZ"))} == {("057", ("CHN",))}


def _blasts(name_tag: str) -> Doc:
    """ "Clinton blasts Trump over idea", as the parser reads a headline: "Trump" the verb, "blasts" its auxiliary."""
    doc = hand_parsed(
        [
            ("Clinton", 2, "nsubj", "PROPN", "NNP", "Clinton"),
            ("blasts", 2, "aux", "AUX", "VBZ", "blasts"),
            ("Trump", 2, "ROOT", "VERB", name_tag, "trump"),
            ("over", 4, "nmod", "ADP", "IN", "over"),
            ("idea", 2, "dobj", "NOUN", "NN", "idea"),
        ]
    )
    doc.ents = [doc.char_span(t.idx, t.idx + len(t), label="PERSON") for t in doc if t.text in ("Clinton", "Trump")]
    return doc


def test_a_name_read_as_the_verb_after_an_s_form_auxiliary_is_its_object() -> None:
    [blast] = [e for e in events_in(_blasts("VBP")) if e.cameo_root == "11"]
    assert [t.text for t in blast.target] == ["Trump"]
