"""Page furniture: lines of a web page that are not the article (teasers, invitations, photo credits, notes of the
publisher), and subheadings set as a quotation in single marks.

Pure string logic over the patterns in ``page_furniture.tsv``; a quote on such a line is never a quote.
"""

from __future__ import annotations

import re
from functools import lru_cache

from telex.records import Span
from telex.tables import read_table

# A line broken inside its sentence: the next line goes on in lower case ("Editor’s note: Donald Trump regularly\n
# incites\npolitical violence …"), as pages copied with their layout's line breaks give it.
_UNIT = re.compile(r"[^\n]+(?:\n(?=[a-z])[^\n]+)*")


# A line that is one quotation in single marks and nothing else: "'A change warrior.'" (not a doubled "''…''", the
# double mark some pages type with two apostrophes).
_SINGLE_QUOTED_LINE = re.compile(r"^[ \t\xa0]*['‘](?!['‘])([^\n]+?)(?<!['’])['’][ \t\xa0]*$", re.MULTILINE)
_DOUBLE_MARK = re.compile(r"[“”\"]|''")
# Words of a subheading at most (``ingest.clean.is_heading`` reads no longer line as one).
_SUBHEADING_WORDS = 12


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{row['pattern']})" for row in read_table("page_furniture.tsv")))


def furniture_lines(text: str) -> list[Span]:
    """The ``[start, end)`` of every line of ``text`` that is page furniture, with the lines its sentence runs on
    over."""
    pattern = _furniture()
    return [(m.start(), m.end()) for m in _UNIT.finditer(text) if pattern.search(m.group().replace("\n", " "))]


def quoted_subheadings(text: str) -> list[Span]:
    """The ``[start, end)`` of every line that is a short quotation in single marks alone, in a text that quotes with
    double marks: a subheading set as headlines are, in single marks ("'A change warrior.'", "'Chief trade
    prosecutor.'" between paragraphs quoting with “…” or ''…''), not a statement of the speaker before. A text that
    quotes with single marks throughout (the British way) has none."""
    found: list[Span] = []
    for match in _SINGLE_QUOTED_LINE.finditer(text):
        short = len(match.group(1).split()) <= _SUBHEADING_WORDS
        if short and _DOUBLE_MARK.search(text[: match.start()] + text[match.end() :]):
            found.append((match.start(), match.end()))
    return found
