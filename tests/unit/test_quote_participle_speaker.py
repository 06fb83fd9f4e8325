"""Who speaks in a participle hung on a reported clause: the reporter, unless an outlet's report closes the sentence
and relays the clause's own subject (issue #9)."""

from __future__ import annotations

from telex.quotes.subjects import subject_of
from tests.unit.fixtures import Row, hand_parsed

# "Lee welcomed the news , saying Kim was right , CNN reported ."
_FRONTED: list[Row] = [
    ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
    ("welcomed", 11, "ccomp", "VERB", "VBD", "welcome"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("news", 1, "dobj", "NOUN", "NN", "news"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("saying", 1, "advcl", "VERB", "VBG", "say"),
    ("Kim", 7, "nsubj", "PROPN", "NNP", "Kim"),
    ("was", 5, "ccomp", "AUX", "VBD", "be"),
    ("right", 7, "acomp", "ADJ", "JJ", "right"),
    (",", 11, "punct", "PUNCT", ",", ","),
    ("CNN", 11, "nsubj", "PROPN", "NNP", "CNN"),
    ("reported", 11, "ROOT", "VERB", "VBD", "report"),
    (".", 11, "punct", "PUNCT", ".", "."),
]

# "CNN reported Lee welcomed the news , saying Kim was right ."
_AFTER: list[Row] = [
    ("CNN", 1, "nsubj", "PROPN", "NNP", "CNN"),
    ("reported", 1, "ROOT", "VERB", "VBD", "report"),
    ("Lee", 3, "nsubj", "PROPN", "NNP", "Lee"),
    ("welcomed", 1, "ccomp", "VERB", "VBD", "welcome"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("news", 3, "dobj", "NOUN", "NN", "news"),
    (",", 3, "punct", "PUNCT", ",", ","),
    ("saying", 3, "advcl", "VERB", "VBG", "say"),
    ("Kim", 9, "nsubj", "PROPN", "NNP", "Kim"),
    ("was", 7, "ccomp", "AUX", "VBD", "be"),
    ("right", 9, "acomp", "ADJ", "JJ", "right"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def _speaker(rows: list[Row], verb: int) -> str | None:
    speaker = subject_of(hand_parsed(rows)[verb])
    return speaker.text if speaker is not None else None


def test_a_participle_in_content_before_an_outlets_report_is_the_clause_subjects() -> None:
    assert _speaker(_FRONTED, 5) == "Lee"


def test_a_participle_in_content_before_a_persons_report_is_the_reporters() -> None:
    rows = list(_FRONTED)
    rows[10] = ("Susan", 11, "nsubj", "PROPN", "NNP", "Susan")
    rows[11] = ("said", 11, "ROOT", "VERB", "VBD", "say")
    assert _speaker(rows, 5) == "Susan"


def test_a_participle_after_the_report_is_still_the_reporters() -> None:
    assert _speaker(_AFTER, 7) == "CNN"


# "Lee changed her story after the claim was shown false , stating that she erred ."
_SUBORDINATE: list[Row] = [
    ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
    ("changed", 1, "ROOT", "VERB", "VBD", "change"),
    ("her", 3, "poss", "PRON", "PRP$", "her"),
    ("story", 1, "dobj", "NOUN", "NN", "story"),
    ("after", 8, "mark", "SCONJ", "IN", "after"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("claim", 8, "nsubjpass", "NOUN", "NN", "claim"),
    ("was", 8, "auxpass", "AUX", "VBD", "be"),
    ("shown", 1, "advcl", "VERB", "VBN", "show"),
    ("false", 8, "oprd", "ADJ", "JJ", "false"),
    (",", 8, "punct", "PUNCT", ",", ","),
    ("stating", 8, "advcl", "VERB", "VBG", "state"),
    ("that", 15, "mark", "SCONJ", "IN", "that"),
    ("she", 15, "nsubj", "PRON", "PRP", "she"),
    ("erred", 11, "ccomp", "VERB", "VBD", "err"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_participle_after_a_subordinate_clause_is_the_main_clause_subjects() -> None:
    assert _speaker(_SUBORDINATE, 11) == "Lee"


def test_a_participle_on_a_clause_with_no_subordinator_keeps_that_clauses_subject() -> None:
    # "Lee changed her story , the claim was shown false , stating …": no "after" makes the clause subordinate.
    rows = list(_SUBORDINATE)
    rows[4] = (",", 1, "punct", "PUNCT", ",", ",")
    assert _speaker(rows, 11) == "claim"


# "When asked by a reporter whether it differed , Lee said no ."
_ASKED: list[Row] = [
    ("When", 1, "advmod", "SCONJ", "WRB", "when"),
    ("asked", 11, "advcl", "VERB", "VBN", "ask"),
    ("by", 1, "agent", "ADP", "IN", "by"),
    ("a", 4, "det", "DET", "DT", "a"),
    ("reporter", 2, "pobj", "NOUN", "NN", "reporter"),
    ("whether", 7, "mark", "SCONJ", "IN", "whether"),
    ("it", 7, "nsubj", "PRON", "PRP", "it"),
    ("differed", 1, "ccomp", "VERB", "VBD", "differ"),
    (",", 11, "punct", "PUNCT", ",", ","),
    ("Lee", 11, "nsubj", "PROPN", "NNP", "Lee"),
    ("then", 11, "advmod", "ADV", "RB", "then"),
    ("said", 11, "ROOT", "VERB", "VBD", "say"),
    ("no", 11, "dobj", "INTJ", "UH", "no"),
    (".", 11, "punct", "PUNCT", ".", "."),
]


def test_a_question_put_by_an_agent_is_the_askers() -> None:
    assert _speaker(_ASKED, 1) == "reporter"


def test_a_question_put_about_a_topic_or_by_no_one_named_has_no_asker() -> None:
    # "When pressed by a reporter about costs , Lee said no ." names what was asked about, not the question.
    rows = list(_ASKED)
    rows[5] = ("about", 1, "prep", "ADP", "IN", "about")
    rows[6] = ("the", 7, "det", "DET", "DT", "the")
    rows[7] = ("costs", 5, "pobj", "NOUN", "NNS", "cost")
    assert _speaker(rows, 1) is None
    # "When asked whether it differed , Lee said no .": the question was put to Lee by no one named.
    rows = list(_ASKED)
    rows[2] = ("then", 1, "advmod", "ADV", "RB", "then")
    rows[4] = ("often", 1, "advmod", "ADV", "RB", "often")
    rows[3] = ("quite", 4, "advmod", "ADV", "RB", "quite")
    assert _speaker(rows, 1) is None
