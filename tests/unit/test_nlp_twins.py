"""The remembering attribute ruler and lemmatizer leave every token exactly as spaCy's own components do."""

import pytest
from spacy.tokens import Doc

from telex.nlp.attributes import attribute_ruler_for
from telex.nlp.lemmas import lemmatizer_for
from telex.nlp.model import load_model

pytestmark = pytest.mark.model

TEXTS = [
    "There is no doubt, the minister said. There are talks gonna resume, y'all, and let's see.",
    "I ain't sure it was wise, but Pyongyang did it anyway, officials told Reuters.\n\nSeoul said so too.",
    "The leaders signed the treaties on Wednesday; Kim had signed an earlier one.  It's done.",
]


def annotations(texts: list[str], disable: list[str]) -> list[tuple[str, ...]]:
    nlp = load_model()
    docs = list(nlp.pipe(texts, disable=disable))
    if disable:
        annotate, lemmatize = attribute_ruler_for(nlp), lemmatizer_for(nlp)
        docs = [lemmatize(annotate(doc)) for doc in docs]
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_) for doc in docs for t in doc
    ]


def test_same_tokens_as_spacy_twice_over() -> None:
    expected = annotations(TEXTS, [])
    # the rules spanning two tokens fired: "There is" makes "is" a VERB, "gon na", "let 's", "ai n't" lemmas
    assert {(text, pos, lemma) for text, _, pos, _, lemma, _, _ in expected} >= {
        ("is", "VERB", "be"), ("na", "PART", "to"), ("'s", "PRON", "us"), ("ai", "VERB", "be")
    }
    for _ in range(2):  # first learning, then from memory
        assert annotations(TEXTS, ["attribute_ruler", "lemmatizer"]) == expected


def test_remembered_text_is_the_text_spacy_gives_back() -> None:
    from telex.ingest.clean import clean
    from telex.nlp.cached import text_of
    from telex.nlp.parse import parse_many

    texts = [*TEXTS, "KIM MEETS PUTIN\n\nThe  leaders met\t\ton Monday.\u00a0“We agree,” Kim said.\r\nDone. "]
    parsed = list(parse_many(load_model(), [(clean(text), None) for text in texts]))
    assert len(parsed) == len(texts)
    for doc, _ in parsed:
        assert "telex_text" in doc.user_data  # remembered when tokenised, not rebuilt from the tokens on first use
        assert text_of(doc) == doc.text


def entities(docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in docs]


def test_recogniser_finds_the_entities_spacy_does_whatever_the_batch() -> None:
    from telex.nlp.recognizer import recognizer_for

    nlp = load_model()
    texts = [*TEXTS, "", "Angela Merkel met Emmanuel Macron in Berlin on 3 May 2017, the German government said."]
    expected = entities(list(nlp.pipe(texts)))
    assert {label for doc in expected for _, _, label in doc} >= {"PERSON", "GPE", "DATE", "NORP", "ORG"}
    recognize = recognizer_for(nlp)
    for size in (1, 2, len(texts)):  # one by one, in pairs, all at once: the entities do not depend on the batch
        docs = list(nlp.pipe(texts, disable=["ner"]))
        for start in range(0, len(docs), size):
            recognize(docs[start : start + size])
        assert entities(docs) == expected
        assert [[t.ent_iob_ for t in doc] for doc in docs] == [[t.ent_iob_ for t in doc] for doc in nlp.pipe(texts)]


def test_recogniser_keeps_preset_entities_as_spacy_does() -> None:
    from spacy.tokens import Span

    from telex.nlp.recognizer import recognizer_for

    nlp = load_model()
    text = "Angela Merkel met Emmanuel Macron in Berlin, the German government said."
    ours, theirs = (nlp(text, disable=["ner"]) for _ in range(2))
    for doc in (ours, theirs):
        doc.ents = [Span(doc, 0, 2, "ORG")]
    recognizer_for(nlp)([ours])
    nlp.get_pipe("ner")(theirs)
    assert entities([ours]) == entities([theirs])
    assert entities([ours])[0][0] == (0, 2, "ORG") and len(ours.ents) > 1
