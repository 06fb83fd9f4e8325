"""Statements labelled with their speaker at the start of a line: headlines and transcripts.

"Lavrov: West is to blame for the crisis." and interview turns ("Matthews: Well, speculation is bad.")
name the speaker before a colon; a printed interview's "Q: …" and "A: …" name the turn only. Pure string logic
here; the caller checks that the label names a person, and finds who answers.
"""

from __future__ import annotations

import re

from telex.quotes.furniture import furniture_lines
from telex.records import Span

# One to five capitalised words, a colon, then the statement to the end of the line. A role of one or two lower-case
# words may stand between capitalised ones, as a headline's casing gives it ("Senate hopeful Ayla Demir: …"), but
# no word that joins a topic ("CNN chief on Trump: …" is not Trump's).
# A transcript may open each turn with a quote mark that runs on over the paragraphs ("WALLACE: …).
_CAPITALISED = r"[ \t]+(?!(?:On|About|To)\b)[A-Z][\w.'’-]*"  # a title-cased "On" opens the topic, "To" the addressee
_ROLE_WORD = r"[ \t]+(?!(?:on|of|to|in|for|and|or|the|a|an|at|with|about|over|says?|said|vs)\b)[a-z][\w'’-]*"
# A headline may name what the words are about after the speaker when it quotes them: "Lind on the Budget: ‘It Will
# Pass.’" is Lind's.
_TOPIC = r"(?:[ \t]+(?:[Oo]n|[Aa]bout)[ \t]+([^:\n]{1,80}?))?"
# Or whom the words were addressed to: "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade." (a name or a
# title-cased noun after "to"; "Trump to visit Mexico: …" says what he will do).
_ADDRESSEE = r"(?:[ \t]+[Tt]o[ \t]+[A-Z][^:\n]{0,60}?)?"
# A web page may set a no-break space after the colon ("RAMOS:\xa0 Secretary Clinton, …").
_LABEL = re.compile(
    rf"^[ \t]*[\"“]?([A-Z][\w.'’-]*(?:(?:{_ROLE_WORD}){{1,2}}(?:{_CAPITALISED}){{1,3}}|(?:{_CAPITALISED}){{0,4}}))"
    rf"{_TOPIC}{_ADDRESSEE}[ \t]*:[ \t\xa0]+(\S[^\n]*?)[ \t]*$",
    re.M,
)
_MIN_WORDS = 3
_QUOTE_MARKS = "‘“'\""
# A printed interview's turns: "Q: …" the interviewer's, "A: …" the interviewee's. A question's "Q" may have lost
# the colon its bold type stood for ("QWhy should the U.S. …"), which only an interview with answers shows.
_ANSWER = re.compile(r"^[ \t]*[\"“]?(A|Answer)[ \t]*:[ \t]*(\S[^\n]*?)[ \t]*$", re.M)
_QUESTION = re.compile(
    r"^[ \t]*[\"“]?(Q(?=[A-Z][a-z’'])|(?:Q|Question)(?=[ \t]*:))[ \t]*:?[ \t]*(\S[^\n]*?)[ \t]*$", re.M
)
_TURN_LABELS = frozenset({"A", "Answer", "Q", "Question"})
_BETWEEN_TURNS = " \t\n\"“"
_STAGE = re.compile(r"\n[ \t]*[\"“]?[(\[]")


def labelled_statements(text: str) -> list[tuple[Span, Span]]:
    """``(label, statement)`` spans of every line that opens with "Name: …" and says at least a few words."""
    found: list[tuple[Span, Span]] = []
    for match in _LABEL.finditer(text):
        statement = match.group(3)
        if len(re.findall(r"[\w’'-]+", statement)) < _MIN_WORDS or match.group(1) in _TURN_LABELS:
            continue
        if match.group(2) is not None and statement[0] not in _QUOTE_MARKS:
            continue  # "Lind on the budget: talks resume" is a headline about Lind, not her words
        found.append(((match.start(1), match.end(1)), (match.start(3), match.end(3))))
    return _run_on_in_transcripts(text, found)


def _run_on_in_transcripts(text: str, turns: list[tuple[Span, Span]]) -> list[tuple[Span, Span]]:
    """A transcript's turn runs on over the paragraphs after its line up to the next turn ("PENCE: Well, look, …
    \n\n"But the truth is …\n\n"WALLACE: …"): the speaker goes on. Only a turn right after another is in a
    transcript (a headline "Pence: …" is followed by the writer's text before the first turn)."""
    out = list(turns)
    for i in range(1, len(turns) - 1):
        (label, words), (after, _) = turns[i], turns[i + 1]
        if _follows(text, turns[i - 1], turns[i]):
            out[i] = label, (words[0], run_on(text, words[1], after[0]))
    return out


def _follows(text: str, before: tuple[Span, Span], turn: tuple[Span, Span]) -> bool:
    """Whether ``turn``'s line comes right after the words of the turn ``before``, with nothing of the writer's
    between: the two are turns of one transcript."""
    return not text[before[1][1] : turn[0][0]].strip(_BETWEEN_TURNS)


def transcript_speakers(text: str, turns: list[tuple[Span, Span]], people: list[bool]) -> list[bool]:
    """Which of the labelled ``turns`` (as :func:`labelled_statements` gives them) are a speaker's turn in a
    transcript though their label names no person the tagger knows ("RAMOS: Secretary Clinton, did you lie …"
    between "CLINTON: …" turns): a run of turns, one after another, is a transcript once one of its labels names a
    person (``people``) in a transcript's capitals; then every label of the run in capitals names a speaker too.
    Title-cased labels in a row are as often headlines or a list ("Historians: …", "Nevada: …"), and a label of the
    page's furniture ("VIDEO: …") names no one."""
    out = [False] * len(turns)
    furniture = furniture_lines(text)
    for run in _runs(text, turns):
        capitals = [i for i in run if text[slice(*turns[i][0])].isupper()]
        if len(run) < 2 or not any(people[i] for i in capitals):
            continue
        for i in capitals:
            out[i] = not any(a <= turns[i][0][0] < b for a, b in furniture)
    return out


def _runs(text: str, turns: list[tuple[Span, Span]]) -> list[list[int]]:
    """The indices of ``turns`` grouped into runs of turns that follow one another."""
    runs: list[list[int]] = []
    for i, turn in enumerate(turns):
        if runs and _follows(text, turns[i - 1], turn):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def run_on(text: str, end: int, next_turn: int) -> int:
    """The end of a turn's words that go on over the paragraphs up to the line of the next turn, which opens at
    ``next_turn``; a paragraph in brackets ("(CROSSTALK.)") is the transcriber's, and no more words follow it."""
    line = text.rfind("\n", end, next_turn)
    if line < 0:
        return end
    between = text[end:line]
    stage = _STAGE.search(between)
    if stage is not None:
        between = between[: stage.start()]
    return end + len(between.rstrip())


def interview_turns(text: str) -> list[tuple[bool, Span, Span]]:
    """``(answer, label, words)`` of each turn of a printed interview, in order: none unless it has answers. An
    answer runs on over the paragraphs after its line up to the next question, as the interviewee goes on ("A: …
    \n\nAt any rate, back to your fundamental question, …\n\nQ: …"); the last answer stays its line, since what
    follows it may be the writer's again."""
    answers = [(True, m.span(1), m.span(2)) for m in _ANSWER.finditer(text)]
    if not answers:
        return []
    turns = sorted([*answers, *((False, m.span(1), m.span(2)) for m in _QUESTION.finditer(text))], key=lambda t: t[1])
    out: list[tuple[bool, Span, Span]] = []
    for (answer, label, words), after in zip(turns, [*turns[1:], None], strict=True):
        if answer and after is not None and not after[0]:
            words = words[0], run_on(text, words[1], after[1][0])
        out.append((answer, label, words))
    return out
