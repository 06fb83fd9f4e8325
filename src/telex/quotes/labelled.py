"""Statements labelled with their speaker at the start of a line: headlines and transcripts.

"Lavrov: West is to blame for the crisis." and interview turns ("Matthews: Well, speculation is bad.")
name the speaker before a colon. Pure string logic here; the caller checks that the label names a person.
"""

from __future__ import annotations

import re

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
_LABEL = re.compile(
    rf"^[ \t]*[\"“]?([A-Z][\w.'’-]*(?:(?:{_ROLE_WORD}){{1,2}}(?:{_CAPITALISED}){{1,3}}|(?:{_CAPITALISED}){{0,4}}))"
    rf"{_TOPIC}{_ADDRESSEE}[ \t]*:[ \t]+(\S[^\n]*?)[ \t]*$",
    re.M,
)
_MIN_WORDS = 3
_QUOTE_MARKS = "‘“'\""


def labelled_statements(text: str) -> list[tuple[Span, Span]]:
    """``(label, statement)`` spans of every line that opens with "Name: …" and says at least a few words."""
    found: list[tuple[Span, Span]] = []
    for match in _LABEL.finditer(text):
        statement = match.group(3)
        if len(re.findall(r"[\w’'-]+", statement)) < _MIN_WORDS:
            continue
        if match.group(2) is not None and statement[0] not in _QUOTE_MARKS:
            continue  # "Lind on the budget: talks resume" is a headline about Lind, not her words
        found.append(((match.start(1), match.end(1)), (match.start(3), match.end(3))))
    return found
