"""Statements labelled with their speaker at the start of a line: headlines and transcripts.

"Lavrov: West is to blame for the crisis." and interview turns ("Matthews: Well, speculation is bad.")
name the speaker before a colon. Pure string logic here; the caller checks that the label names a person.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

# One to five capitalised words, a colon, then the statement to the end of the line. A role of one or two lower-case
# words may stand between capitalised ones, as a headline's casing gives it ("Senate hopeful Ayla Demir: …"), but
# no word that joins a topic ("CNN chief on Trump: …" is not Trump's).
# A transcript may open each turn with a quote mark that runs on over the paragraphs ("WALLACE: …).
_CAPITALISED = r"[ \t]+[A-Z][\w.'’-]*"
_ROLE_WORD = r"[ \t]+(?!(?:on|of|to|in|for|and|or|the|a|an|at|with|about|over|says?|said|vs)\b)[a-z][\w'’-]*"
_LABEL = re.compile(
    rf"^[ \t]*[\"“]?([A-Z][\w.'’-]*(?:(?:{_ROLE_WORD}){{1,2}}(?:{_CAPITALISED}){{1,3}}|(?:{_CAPITALISED}){{0,4}}))"
    r"[ \t]*:[ \t]+(\S[^\n]*?)[ \t]*$",
    re.M,
)
_MIN_WORDS = 3


def labelled_statements(text: str) -> list[tuple[Span, Span]]:
    """``(label, statement)`` spans of every line that opens with "Name: …" and says at least a few words."""
    found: list[tuple[Span, Span]] = []
    for match in _LABEL.finditer(text):
        if len(re.findall(r"[\w’'-]+", match.group(2))) < _MIN_WORDS:
            continue
        found.append(((match.start(1), match.end(1)), (match.start(2), match.end(2))))
    return found
