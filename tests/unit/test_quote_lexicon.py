"""The attribution tables: verb flags, speaker words and labelled lines, without the model."""

from __future__ import annotations

import pytest

from telex.quotes.labelled import labelled_statements
from telex.quotes.lexicon import (
    cue_adjectives,
    cue_classes,
    cue_nouns,
    cue_phrases,
    reporting_verbs,
    speaker_words,
)


def test_an_agreement_to_act_is_a_stance_not_a_statement() -> None:
    verbs = reporting_verbs()
    # "agreed to share a currency" commits the subject (an attribution), but says nothing: a belief, not speech.
    assert verbs["agree"].infinitive and verbs["agree"].class_ == "belief"
    assert not verbs["continue"].infinitive  # "continued to push for talks" is only an action
    assert verbs["vow"].infinitive and verbs["urge"].infinitive and verbs["want"].infinitive
    assert not verbs["say"].infinitive


def test_verbs_of_evaluation_need_more_than_a_bare_object() -> None:
    verbs = reporting_verbs()
    assert verbs["welcome"].framed and verbs["welcome"].takes_object
    assert not verbs["accuse"].framed and verbs["accuse"].takes_object
    assert not verbs["say"].takes_object


def test_plural_pronouns_and_organisation_roles() -> None:
    words = speaker_words()
    assert words["they"].plural and "PERSON" not in words["they"].types
    assert not words["he"].plural
    assert words["bloc"].kind == "role" and words["bloc"].types == ("ORG",)
    assert words["spokesman"].types == ("PERSON",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavrov: West is to blame for the crisis.\n", [("Lavrov", "West is to blame for the crisis.")]),
        ("MATTHEWS: Well, speculation is bad.", [("MATTHEWS", "Well, speculation is bad.")]),
        ("Intro\nBernie Sanders: ‘Of Course’ She Is Qualified\n", [("Bernie Sanders", "‘Of Course’ She Is Qualified")]),
        ('"WALLACE: Do you see those two as equivalent?', [("WALLACE", "Do you see those two as equivalent?")]),
        ("Note: see below.", []),  # too short to be a statement
        ("He said: we will go there soon.", []),  # a cue before the colon is not a label
        ("the minister: we will go there soon.", []),
        # A headline's casing leaves a role in lower case between names; a topic after "on" is not the speaker.
        ("Senate hopeful Ayla Demir: Cut taxes now", [("Senate hopeful Ayla Demir", "Cut taxes now")]),
        ("Bank chief on Lind: We did not pay her.", []),
        # A topic after the speaker when the headline quotes them; without a quotation it is a headline about them.
        ("Lind On The Budget: ‘It Will Pass.’", [("Lind", "‘It Will Pass.’")]),
        ("Lind on the budget: talks resume next week", []),
        # Whom the words were addressed to: the label is the speaker.
        ("Demir to Lind Voters: Taxes will fall next year.", [("Demir", "Taxes will fall next year.")]),
        ("Demir to visit Ankara: aides say trip is on.", []),
        ("Demir To Voters Worried About Taxes: They Will Fall.", [("Demir", "They Will Fall.")]),
    ],
)
def test_labelled_lines(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(text[a:b], text[c:d]) for (a, b), (c, d) in labelled_statements(text)]
    assert got == expected


def test_statement_nouns_are_kept_apart_from_phrases() -> None:
    nouns = cue_nouns()
    assert nouns["denial"] == "denial" and nouns["call"] == "request"
    assert "according to" not in nouns and "denial" not in cue_phrases()


def test_verbs_whose_object_names_what_was_talked_about() -> None:
    verbs = reporting_verbs()
    assert verbs["complain"].topic and verbs["note"].topic and not verbs["complain"].takes_object
    assert not verbs["tell"].topic and not verbs["accuse"].topic  # whom they told; what they accused of


@pytest.mark.parametrize(
    ("lemma", "kind", "class_"),
    [
        ("murmur", "speech", "speech"),  # manner of speaking
        ("articulate", "speech", "speech"),
        ("disavow", "denial", "speech"),
        ("censure", "accusation", "speech"),
        ("compliment", "description", "speech"),
        ("offer", "promise", "speech"),
        ("consider", "belief", "belief"),  # cognition
        ("cherish", "belief", "belief"),  # attitude
        ("yearn", "belief", "belief"),  # wish
        ("witness", "report", "knowledge"),  # perception
        ("broach", "speech", "topic"),
    ],
)
def test_reporting_verbs_by_class(lemma: str, kind: str, class_: str) -> None:
    verb = reporting_verbs()[lemma]
    assert (verb.kind, verb.class_) == (kind, class_)


def test_stance_nouns_and_adjectives_by_class() -> None:
    nouns, adjectives, classes = cue_nouns(), cue_adjectives(), cue_classes()
    assert nouns["determination"] == "belief" and classes["determination"] == "belief"
    assert nouns["discovery"] == "report" and classes["discovery"] == "knowledge"
    assert adjectives["grateful"] == "belief" and adjectives["outspoken"] == "speech"


@pytest.mark.parametrize(
    ("noun", "kind", "class_"),
    [
        ("apology", "speech", "speech"),  # the nouns of the reporting verbs, in the verb's kind and class
        ("rejection", "denial", "speech"),
        ("refusal", "denial", "refusal"),
        ("decision", "belief", "belief"),  # a stance held, not a statement made
        ("disdain", "belief", "belief"),
    ],
)
def test_nouns_of_reporting_verbs_have_the_verbs_kind_and_class(noun: str, kind: str, class_: str) -> None:
    assert cue_nouns()[noun] == kind and cue_classes()[noun] == class_


def test_verbs_of_persuading_and_resolving() -> None:
    verbs = reporting_verbs()
    assert verbs["persuade"].kind == "request" and verbs["persuade"].infinitive  # "persuaded Kim to resign"
    assert verbs["resolve"].class_ == "belief" and verbs["resolve"].infinitive  # "resolved to fight on"
    assert verbs["accept"].class_ == "belief" and not verbs["accept"].takes_object  # "accepted that …", not "the offer"


def test_each_class_of_verbs_keeps_its_quote_class() -> None:
    verbs = reporting_verbs()
    # Manners of saying and bidding are statements; stances, musings and findings are not.
    assert all(verbs[v].class_ == "speech" for v in ("interject", "grouse", "gainsay", "pressure", "undertake"))
    assert all(verbs[v].class_ == "belief" for v in ("mull", "weigh", "push for", "campaign against", "worry about"))
    assert all(verbs[v].class_ == "knowledge" for v in ("gather", "find out", "corroborate"))
    # A label needs its "as" complement: "classified the plan as unworkable", not "classified the files".
    assert verbs["classify"].framed and verbs["bill"].framed
    assert verbs["pressure"].infinitive and not verbs["mull"].infinitive


def test_manners_of_speaking_by_the_voice_report_speech_but_no_bare_object() -> None:
    # "“…,” he roared to the crowd", "she blurted out that …": speech, while "roared its approval" or "cried foul"
    # has no content, and crowing names what the words were about.
    verbs = reporting_verbs()
    for lemma in ("roar", "shriek", "sputter", "cry", "blurt out", "whoop"):
        assert verbs[lemma].class_ == "speech" and not verbs[lemma].takes_object and not verbs[lemma].topic
    assert verbs["crow"].topic and verbs["crow"].class_ == "speech"
    assert "rage" not in verbs and "boom" not in verbs
