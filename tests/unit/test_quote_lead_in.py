"""A quotation with no cue after a colon is the words of the source the lead-in names ("… - Philip Bump: “…”"), not
of the speaker of the quote before. On hand-built parses (no model)."""

from __future__ import annotations

from spacy.tokens import Doc

from telex.quotes.direct import _lead_in_name, attribute_quotations
from telex.quotes.marks import find_quotations
from tests.unit.fixtures import Row, hand_parsed

_QUOTED: list[Row] = [
    ("“", 2, "punct", "PUNCT", "``", "“"),
    ("Turnout", 2, "nsubj", "NOUN", "NN", "turnout"),
    ("was", 2, "ROOT", "AUX", "VBD", "be"),
    ("up", 2, "advmod", "ADV", "RB", "up"),
    ("sharply", 2, "advmod", "ADV", "RB", "sharply"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("”", 2, "punct", "PUNCT", "''", "”"),
]


def _after(lead_in: list[Row], people: frozenset[int] = frozenset()) -> Doc:
    """``lead_in`` (its own sentence, ending in a colon) and then the quotation “Turnout was up sharply.”"""
    shift = len(lead_in)
    rows = lead_in + [(w, head + shift, dep, pos, tag, lemma) for w, head, dep, pos, tag, lemma in _QUOTED]
    return hand_parsed(rows, people=people)


def _quotation(doc: Doc) -> tuple[int, int]:
    start = next(t.idx for t in doc if t.text == "“")
    return start, len(doc.text)


# "Contests changed - Philip Bump :" (a name the tagger typed as no entity, after a dash)
_DASHED: list[Row] = [
    ("Contests", 1, "nsubj", "NOUN", "NNS", "contest"),
    ("changed", 1, "ROOT", "VERB", "VBD", "change"),
    ("-", 1, "punct", "PUNCT", ":", "-"),
    ("Philip", 4, "compound", "PROPN", "NNP", "Philip"),
    ("Bump", 1, "npadvmod", "PROPN", "NNP", "Bump"),
    (":", 1, "punct", "PUNCT", ":", ":"),
]

# "Trey Gowdy ( R - S.C. ) :"
_BRACKETED: list[Row] = [
    ("Trey", 1, "compound", "PROPN", "NNP", "Trey"),
    ("Gowdy", 1, "ROOT", "PROPN", "NNP", "Gowdy"),
    ("(", 1, "punct", "PUNCT", "-LRB-", "("),
    ("R", 5, "compound", "PROPN", "NNP", "R"),
    ("-", 5, "punct", "PUNCT", "HYPH", "-"),
    ("S.C.", 1, "appos", "PROPN", "NNP", "S.C."),
    (")", 1, "punct", "PUNCT", "-RRB-", ")"),
    (":", 1, "punct", "PUNCT", ":", ":"),
]

# "Here 's Clinton in 1992 :" (a person named before a date)
_HERE_IS: list[Row] = [
    ("Here", 1, "advmod", "ADV", "RB", "here"),
    ("'s", 1, "ROOT", "AUX", "VBZ", "be"),
    ("Clinton", 1, "nsubj", "PROPN", "NNP", "Clinton"),
    ("in", 2, "prep", "ADP", "IN", "in"),
    ("1992", 3, "pobj", "NUM", "CD", "1992"),
    (":", 1, "punct", "PUNCT", ":", ":"),
]

# "Later on CNN :" (where it was said, not who said it)
_ON_AIR: list[Row] = [
    ("Later", 0, "ROOT", "ADV", "RB", "later"),
    ("on", 0, "prep", "ADP", "IN", "on"),
    ("CNN", 1, "pobj", "PROPN", "NNP", "CNN"),
    (":", 0, "punct", "PUNCT", ":", ":"),
]


def test_the_name_the_colon_follows_is_the_source() -> None:
    doc = _after(_DASHED)
    found = _lead_in_name(doc, _quotation(doc))
    assert found is not None and found.text == "Bump"


def test_a_bracketed_note_after_the_name_is_passed_over() -> None:
    doc = _after(_BRACKETED)
    found = _lead_in_name(doc, _quotation(doc))
    assert found is not None and found.text == "Gowdy"


def test_a_person_the_lead_in_names_before_other_words_is_the_source() -> None:
    doc = _after(_HERE_IS, people=frozenset({2}))
    found = _lead_in_name(doc, _quotation(doc))
    assert found is not None and found.text == "Clinton"


def test_a_medium_something_was_said_on_is_no_source() -> None:
    doc = _after(_ON_AIR)
    assert _lead_in_name(doc, _quotation(doc)) is None


def test_the_quotation_after_the_lead_in_takes_its_name_as_speaker() -> None:
    doc = _after(_DASHED)
    drafts, _ = attribute_quotations(doc, find_quotations(doc.text), [])
    assert [(d.kind, d.speaker.text if d.speaker is not None else None, d.floating) for d in drafts] == [
        ("direct", "Bump", False)
    ]
