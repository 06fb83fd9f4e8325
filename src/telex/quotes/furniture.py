"""Page furniture: lines of a web page that are not the article (teasers, invitations, photo credits, notes of the
publisher).

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


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{row['pattern']})" for row in read_table("page_furniture.tsv")))


def furniture_lines(text: str) -> list[Span]:
    """The ``[start, end)`` of every line of ``text`` that is page furniture, with the lines its sentence runs on
    over."""
    pattern = _furniture()
    return [(m.start(), m.end()) for m in _UNIT.finditer(text) if pattern.search(m.group().replace("\n", " "))]
