"""Printed interviews ("Q: … / A: …") and transcripts whose turns run over several paragraphs, with no model."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.quotes.extract import extract_quotes
from telex.quotes.labelled import interview_turns, labelled_statements, transcript_speakers
from telex.records import Entity
from tests.unit.fixtures import hand_parsed

_INTERVIEW = (
    "Ann Lee spoke to us. Lee is a senator.\n\n"
    "Q: Will you run?\n\n"
    "A: I think so. It is time.\n\n"
    "We need a change.\n\n"
    "QWhy now?\n\n"
    "A: Because the party asked.\n\n"
    "The vote is in May."
)


def _words(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]


def test_an_answer_runs_on_to_the_next_question_and_the_last_stays_its_line() -> None:
    turns = [(answer, _words(_INTERVIEW, words)) for answer, _, words in interview_turns(_INTERVIEW)]
    assert turns == [
        (False, "Will you run?"),
        (True, "I think so. It is time.\n\nWe need a change."),
        (False, "Why now?"),  # a "Q" that lost its colon
        (True, "Because the party asked."),
    ]


def test_questions_alone_make_no_interview() -> None:
    assert interview_turns("Q: Will you run?\n\nQVC sells pans.") == []


def test_a_transcript_turn_runs_on_over_its_paragraphs_but_not_past_a_stage_direction() -> None:
    text = (
        "Pence: Trump will win the debate.\n\nThe governor spoke on Sunday.\n\n"
        "WALLACE: Will she be there?\n\n"
        "PENCE: She will not. We said so.\n\n\"But the truth is plain.\n\n\"(CROSSTALK.)\n\n"
        "WALLACE: I want to get to taxes.\n\n"
        "PENCE: Not now, Chris."
    )
    turns = [(_words(text, label), _words(text, words)) for label, words in labelled_statements(text)]
    assert turns == [
        ("Pence", "Trump will win the debate."),  # a headline: the writer's text follows, not the next turn
        ("WALLACE", "Will she be there?"),
        ("PENCE", "She will not. We said so.\n\n\"But the truth is plain."),
        ("WALLACE", "I want to get to taxes."),
        ("PENCE", "Not now, Chris."),
    ]


def test_an_answer_is_the_words_of_the_person_the_introduction_is_about() -> None:
    # "Lee spoke . Lee agreed . \n Q : Why ? \n A : We will win ." with Ann Lee named twice before the first turn.
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
            (".", 1, "punct", "PUNCT", ".", "."),
            ("Lee", 4, "nsubj", "PROPN", "NNP", "Lee"),
            ("agreed", 4, "ROOT", "VERB", "VBD", "agree"),
            (".", 4, "punct", "PUNCT", ".", "."),
            ("\n", 5, "dep", "SPACE", "_SP", "\n"),
            ("Q", 7, "ROOT", "PROPN", "NNP", "Q"),
            (":", 7, "punct", "PUNCT", ":", ":"),
            ("Why", 7, "appos", "ADV", "WRB", "why"),
            ("?", 7, "punct", "PUNCT", ".", "?"),
            ("\n", 10, "dep", "SPACE", "_SP", "\n"),
            ("A", 12, "ROOT", "PROPN", "NNP", "A"),
            (":", 12, "punct", "PUNCT", ":", ":"),
            ("We", 16, "nsubj", "PRON", "PRP", "we"),
            ("will", 16, "aux", "AUX", "MD", "will"),
            ("win", 12, "appos", "VERB", "VB", "win"),
            (".", 12, "punct", "PUNCT", ".", "."),
        ]
    )
    lee = Entity("E1", "Ann Lee", "PERSON", ((0, 3), (doc[3].idx, doc[3].idx + 3)))
    quotes = extract_quotes(doc, EntityIndex((lee,)), scheme="speech")
    answers = [(q.class_, q.cue, q.text, q.speaker.text, q.speaker.name) for q in quotes if q.speaker is not None]
    assert answers == [("answer", ":", "We will win .", "A", "Ann Lee")]
    # PolNeAR marks the reports inside an answer, not the answer: the attribution scheme adds no answer.
    assert extract_quotes(doc, EntityIndex((lee,)), scheme="attribution") == []
    # With two people named as often, the introduction is about neither: no one answers.
    kim = Entity("E2", "Kim Park", "PERSON", ((4, 9), (16, 22)))  # two mentions, as Lee has
    assert [q.text for q in extract_quotes(doc, EntityIndex((lee, kim)), scheme="speech")] == []


def test_i_in_an_answer_is_the_one_interviewed() -> None:
    # "Lee spoke . \n Q : Why ? \n A : I think we will win ." in the attribution scheme: the report inside the answer
    # stays, its "I" Ann Lee.
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
            (".", 1, "punct", "PUNCT", ".", "."),
            ("\n", 2, "dep", "SPACE", "_SP", "\n"),
            ("Q", 4, "ROOT", "PROPN", "NNP", "Q"),
            (":", 4, "punct", "PUNCT", ":", ":"),
            ("Why", 4, "appos", "ADV", "WRB", "why"),
            ("?", 4, "punct", "PUNCT", ".", "?"),
            ("\n", 7, "dep", "SPACE", "_SP", "\n"),
            ("A", 9, "ROOT", "PROPN", "NNP", "A"),
            (":", 9, "punct", "PUNCT", ":", ":"),
            ("I", 12, "nsubj", "PRON", "PRP", "I"),
            ("think", 9, "appos", "VERB", "VBP", "think"),
            ("we", 15, "nsubj", "PRON", "PRP", "we"),
            ("will", 15, "aux", "AUX", "MD", "will"),
            ("win", 12, "ccomp", "VERB", "VB", "win"),
            (".", 9, "punct", "PUNCT", ".", "."),
        ]
    )
    lee = EntityIndex((Entity("E1", "Ann Lee", "PERSON", ((0, 3),)),))
    quotes = extract_quotes(doc, lee, scheme="attribution")
    assert [(q.cue, q.text, q.speaker and (q.speaker.text, q.speaker.name)) for q in quotes] == [
        ("think", "we will win", ("I", "Ann Lee"))
    ]


def test_a_transcript_turn_whose_label_names_no_known_person_is_a_speaker_once_the_run_has_one() -> None:
    text = (
        "Nagy: We will win the vote.\n\nThe debate was on Sunday.\n\n"
        "OKAFOR: Governor, will you sign the bill?\n\n"
        "VIDEO: The bill is a disgrace, a neighbour says.\n\n"
        "NAGY: I will sign it next week.\n\n"
        "Okafor: Thank you, governor."
    )
    turns = labelled_statements(text)
    people = [_words(text, label).lower() == "nagy" for label, _ in turns]
    found = transcript_speakers(text, turns, people)
    spoken = [_words(text, label) for (label, _), turn in zip(turns, found, strict=True) if turn]
    # Not the headline (no run), not the furniture's "VIDEO", not a title-cased label.
    assert spoken == ["OKAFOR", "NAGY"]


def test_a_run_of_turns_with_no_person_in_capitals_makes_no_speakers() -> None:
    text = "OKAFOR: Will you sign the bill now?\n\nBELLO: I will sign it next week."
    turns = labelled_statements(text)
    assert transcript_speakers(text, turns, [False, False]) == [False, False]
    listed = "Historians: Lind will win the north.\n\nNevada: Novak, Dvorak and Svoboda.\n\nRuiz: The port stays open."
    turns = labelled_statements(listed)
    assert transcript_speakers(listed, turns, [False, False, True]) == [False, False, False]


def test_a_label_may_be_followed_by_a_no_break_space() -> None:
    text = 'Transcript:\n\n"OKAFOR:\xa0 Governor, will you sign the bill?'
    assert [_words(text, words) for _, words in labelled_statements(text)] == ["Governor, will you sign the bill?"]

