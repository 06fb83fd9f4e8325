"""A name the outlet or platform tables know is never a person, whatever the tagger says, on hand-built parses (no
model): "she" after "posted on Twitter" is the woman who posted, not "Twitter"."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from telex.coref.resolve import resolve_coreference
from telex.entities.extract import extract_entities
from telex.entity_index import EntityIndex
from telex.quotes.speaker import resolve_speaker
from telex.quotes.subjects import speaker_span
from telex.records import Entity
from tests.unit.fixtures import Row, hand_parsed

# "Maria Lis posted on Twitter . She said it was over ."
_POSTED: list[Row] = [
    ("Maria", 1, "compound", "PROPN", "NNP", "Maria"),
    ("Lis", 2, "nsubj", "PROPN", "NNP", "Lis"),
    ("posted", 2, "ROOT", "VERB", "VBD", "post"),
    ("on", 2, "prep", "ADP", "IN", "on"),
    ("Twitter", 3, "pobj", "PROPN", "NNP", "Twitter"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("She", 7, "nsubj", "PRON", "PRP", "she"),
    ("said", 7, "ROOT", "VERB", "VBD", "say"),
    ("it", 9, "nsubj", "PRON", "PRP", "it"),
    ("was", 7, "ccomp", "AUX", "VBD", "be"),
    ("over", 9, "acomp", "ADV", "RB", "over"),
    (".", 7, "punct", "PUNCT", ".", "."),
]


def _tagged(rows: list[Row], words: str) -> Doc:
    """The parse with Maria Lis and the platform or outlet at token 4 (``words`` long) both tagged PERSON."""
    rows = list(rows)
    rows[4] = (words, 3, "pobj", "PROPN", "NNP", words)
    doc = hand_parsed(rows)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 5, label="PERSON")]
    return doc


def _types(doc: Doc) -> dict[str, str]:
    return {e.name: e.type for e in extract_entities(doc, None)}


def test_a_platform_the_tagger_calls_a_person_is_no_person() -> None:
    assert _types(_tagged(_POSTED, "Twitter")) == {"Maria Lis": "PERSON", "Twitter": "ORG"}


def test_an_outlet_the_tagger_calls_a_person_is_no_person() -> None:
    assert _types(_tagged(_POSTED, "Politico"))["Politico"] == "ORG"


# "Twitter suspended Maria Lis . She said it was over ."
_SUSPENDED: list[Row] = [
    ("Twitter", 1, "nsubj", "PROPN", "NNP", "Twitter"),
    ("suspended", 1, "ROOT", "VERB", "VBD", "suspend"),
    ("Maria", 3, "compound", "PROPN", "NNP", "Maria"),
    ("Lis", 1, "dobj", "PROPN", "NNP", "Lis"),
    (".", 1, "punct", "PUNCT", ".", "."),
    *_POSTED[6:],
]


def test_she_after_a_platform_is_the_person_not_the_platform() -> None:
    doc = hand_parsed(_SUSPENDED)
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 2, 4, label="PERSON")]
    index = EntityIndex(extract_entities(doc, None))
    entity_id = resolve_coreference(doc, index).entity_id(doc[5])
    assert entity_id is not None and index.by_id[entity_id].name == "Maria Lis"


def test_a_person_named_like_no_platform_stays_a_person() -> None:
    assert _types(_tagged(_POSTED, "Reed"))["Reed"] == "PERSON"


def test_an_outlet_that_is_the_surname_of_a_person_named_stays_that_person() -> None:
    # "Michael Bloomberg posted on Bloomberg . She said it was over .": "Bloomberg" is an outlet and his surname.
    rows = [("Michael", 1, "compound", "PROPN", "NNP", "Michael"), *_POSTED[1:]]
    rows[1] = ("Bloomberg", 2, "nsubj", "PROPN", "NNP", "Bloomberg")
    doc = _tagged(rows, "Bloomberg")
    assert _types(doc) == {"Michael Bloomberg": "PERSON"}


# "Don Guardian spoke . Guardian said he won ."
_GUARDIAN: list[Row] = [
    ("Don", 1, "compound", "PROPN", "NNP", "Don"),
    ("Guardian", 2, "nsubj", "PROPN", "NNP", "Guardian"),
    ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("Guardian", 5, "nsubj", "PROPN", "NNP", "Guardian"),
    ("said", 5, "ROOT", "VERB", "VBD", "say"),
    ("he", 7, "nsubj", "PRON", "PRP", "he"),
    ("won", 5, "ccomp", "VERB", "VBD", "win"),
    (".", 5, "punct", "PUNCT", ".", "."),
]


def _guardian(rows: list[Row]) -> list[tuple[str, str, int]]:
    """The entities when the tagger typed the full name a person and the bare surname (an outlet's name) an ORG."""
    doc = hand_parsed(rows)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 5, label="ORG")]
    return [(e.name, e.type, len(e.mentions)) for e in extract_entities(doc, None)]


def test_an_outlets_name_the_tagger_calls_an_org_is_the_person_of_that_surname() -> None:
    # The speaker of "Guardian said" is the mayor, not the newspaper.
    assert _guardian(_GUARDIAN) == [("Don Guardian", "PERSON", 2)]
    doc = hand_parsed(_GUARDIAN)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 5, label="ORG")]
    index = EntityIndex(extract_entities(doc, None))
    assert resolve_speaker(doc[4], speaker_span(doc[4]), index, cue=doc[5]).name == "Don Guardian"


def test_the_bare_name_is_the_outlet_where_the_person_has_an_honorific() -> None:
    # "Don Guardian spoke . Guardian said Mr. Guardian won .": the newspaper's "Mr. Bloomberg" style.
    rows = [
        *_GUARDIAN[:6],
        ("Mr.", 7, "compound", "PROPN", "NNP", "Mr."),
        ("Guardian", 8, "nsubj", "PROPN", "NNP", "Guardian"),
        ("won", 5, "ccomp", "VERB", "VBD", "win"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    assert ("Guardian", "ORG", 1) in _guardian(rows)


def test_an_outlet_after_its_cue_is_the_source_not_a_person_in_what_it_reports() -> None:
    # "The vote went to Lee , according to CNN .": Lee is in what CNN reports, nearer the cue though he is.
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("vote", 2, "nsubj", "NOUN", "NN", "vote"),
        ("went", 2, "ROOT", "VERB", "VBD", "go"),
        ("to", 2, "prep", "ADP", "IN", "to"),
        ("Lee", 3, "pobj", "PROPN", "NNP", "Lee"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("according", 2, "prep", "VERB", "VBG", "accord"),
        ("to", 6, "prep", "ADP", "IN", "to"),
        ("CNN", 7, "pobj", "PROPN", "NNP", "CNN"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = EntityIndex((Entity("E1", "Ann Lee", "PERSON", ((17, 20),)),))
    assert resolve_speaker(doc[8], speaker_span(doc[8]), index, cue=doc[6]).name == "CNN"
