"""Quote schemes and classes: which quotes each scheme keeps, and the class a source gives a quote."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from telex.errors import InputError
from telex.quotes.lexicon import cue_classes, reporting_verbs, scheme_classes, source_nouns
from telex.quotes.scheme import DEFAULT_SCHEME, in_scheme, kept_classes, schemes, source_class
from telex.records import Quote, Speaker
from telex.tables import read_table


def _quote(number: int, class_: str, continues: str | None = None) -> Quote:
    speaker = Speaker("Kim", 0, 3, "Kim")
    return Quote(f"Q{number}", "indirect", "x", number * 10, number * 10 + 5, "said", speaker, number,
                 continues=continues, class_=class_)  # fmt: skip


def test_speech_is_the_default_and_attribution_keeps_every_class_but_an_answer() -> None:
    assert DEFAULT_SCHEME == "speech" == schemes()[0]
    assert kept_classes("speech") == {"speech", "answer"}
    every = {row["class"] for row in read_table("quote_classes.tsv")}
    assert kept_classes("attribution") == every - {"answer"} >= {"speech", "belief", "knowledge", "document", "event"}


def test_an_unknown_scheme_says_which_exist() -> None:
    with pytest.raises(InputError, match="speech, attribution"):
        kept_classes("polnear")


def test_a_scheme_filters_and_numbers_again() -> None:
    quotes = [_quote(1, "belief"), _quote(2, "speech"), _quote(3, "speech", continues="Q2"), _quote(4, "document")]
    speech = in_scheme(quotes, "speech")
    assert [(q.id, q.start, q.continues) for q in speech] == [("Q1", 20, None), ("Q2", 30, "Q1")]
    assert in_scheme(quotes, "attribution") == quotes


def test_every_class_in_the_tables_is_one_a_scheme_knows() -> None:
    known = set().union(*scheme_classes().values())
    assert {v.class_ for v in reporting_verbs().values()} <= known
    assert set(cue_classes().values()) <= known
    assert set(source_nouns().values()) <= known
    assert reporting_verbs()["hope"].class_ == "belief"
    assert reporting_verbs()["say"].class_ == "speech"
    assert reporting_verbs()["learn"].class_ == "knowledge"
    assert cue_classes()["poll"] == "document"


def test_stances_intentions_and_topics_belong_to_the_attribution_scheme_only() -> None:
    verbs = reporting_verbs()
    # "supported the bill", "plans to run", "spoke about the economy": no statement made, so not quotes of speech.
    assert {verbs[v].class_ for v in ("support", "despise", "plan", "intend", "decide")} == {"belief"}
    assert {verbs[v].class_ for v in ("speak", "reference", "invoke")} == {"topic"}
    assert verbs["plan"].infinitive and not verbs["plan"].takes_object
    assert "topic" in kept_classes("attribution") and "topic" not in kept_classes("speech")


def _subject(word: str, pos: str, tag: str, lemma: str) -> Doc:
    # "<word> said it ." with the subject hand-parsed.
    return Doc(
        spacy.blank("en").vocab,
        words=[word, "said", "it", "."],
        heads=[1, 1, 1, 1],
        deps=["nsubj", "ROOT", "dobj", "punct"],
        pos=[pos, "VERB", "PRON", "PUNCT"],
        tags=[tag, "VBD", "PRP", "."],
        lemmas=[lemma, "say", "it", "."],
    )


@pytest.mark.parametrize(
    ("word", "pos", "tag", "lemma", "expected"),
    [
        ("report", "NOUN", "NN", "report", "document"),
        ("polls", "NOUN", "NNS", "poll", "document"),
        ("polling", "NOUN", "NN", "polling", "document"),  # "according to exit polling": data, as a poll is
        ("vote", "NOUN", "NN", "vote", "event"),
        ("officials", "NOUN", "NNS", "official", "speech"),
        ("Report", "PROPN", "NNP", "Report", "speech"),  # a name ("Rasmussen Report") is an organisation
    ],
)
def test_a_document_or_event_as_the_source_decides_the_class(
    word: str, pos: str, tag: str, lemma: str, expected: str
) -> None:
    doc = _subject(word, pos, tag, lemma)
    assert source_class("speech", doc[0]) == expected


def test_without_a_speaker_the_cue_decides() -> None:
    assert source_class("belief", None) == "belief"


def test_an_act_stays_an_act_whoever_does_it() -> None:
    # "The legislation bans abortions after 20 weeks": what a law decides, not what a document says.
    doc = _subject("legislation", "NOUN", "NN", "legislation")
    assert (source_class("act", doc[0]), source_class("speech", doc[0])) == ("act", "document")


def test_the_pipeline_refuses_an_unknown_scheme_before_loading_a_model() -> None:
    from telex.pipeline import analyze_articles

    with pytest.raises(InputError, match="no quote scheme 'polnear'"):
        next(analyze_articles([], quote_scheme="polnear"))
