"""The outlets a whole story came through, originator first.

From datelines ("MOSCOW (AP) —", "(Reuters) -") and attributions of the story ("notes the Associated
Press, quoted by BTA", "BTA reported, citing Reuters"). An outlet a quote was given to ("told Reuters")
belongs to that quote, not to the story, and is left out here.
"""

from __future__ import annotations

import re

from telex.ingest.dateline import WINDOW, dateline
from telex.ingest.outlets import canonical_outlet, outlet_pattern

_LINE_START = re.compile(r"^[ \t]*", re.MULTILINE)
_QUOTE_CONTEXT = re.compile(
    r"(?:\btold|(?:spoke|speaking|talking|said|statement|comments) to|interview with|speaking with|"
    r"\bin|\bon|\bfor)\s+$",
    re.IGNORECASE,
)
_RELAY_BEFORE = re.compile(
    r"(?:quoted by|cited by|carried by|relayed by|picked up by|republished by|translated by)\s+$", re.IGNORECASE
)
_ORIGIN_BEFORE = re.compile(
    r"(?:\bciting|according to(?:\s+the)?(?:\s+(?:state|official|state-run|semi-official))?"
    r"(?:\s+(?:news\s+agency|agency|newspaper|broadcaster))?|"
    r"\bnotes|\bnoted|\breports|\breported|\bwrites|\bwrote|\bsays|\bsaid|"
    r"\bannounced|\bcites|\bcited|\bby|\bfrom|\bof)\s+$",
    re.IGNORECASE,
)
_ORIGIN_AFTER = re.compile(
    r"^\s*(?:news\s+agency\s+|agency\s+|newspaper\s+|daily\s+)?(?:has\s+|had\s+)?"
    r"(?:reported|reports|notes|noted|writes|wrote|learned|learnt|said|says|"
    r"quoted|cited|announced)\b",
    re.IGNORECASE,
)
_RELAY_AFTER = re.compile(r"^\s*(?:\w+\s*){0,2},?\s*(?:citing|quoting)\b", re.IGNORECASE)


def source_chain(text: str) -> list[str]:
    """Outlets of the story in the order it passed through them."""
    origins: list[str] = []
    relays: list[str] = []
    for line in _LINE_START.finditer(text[:WINDOW]):
        opening = dateline(text, line.end())
        outlet = canonical_outlet(opening.group("outlet")) if opening and opening.group("outlet") else None
        if outlet:
            origins.append(outlet)
    for match in outlet_pattern().finditer(text):
        outlet = canonical_outlet(match.group())
        if outlet is None:
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        after = text[match.end() : match.end() + 40]
        if _RELAY_AFTER.search(after) or _RELAY_BEFORE.search(before):
            relays.append(outlet)
        elif _QUOTE_CONTEXT.search(before):
            continue
        elif _ORIGIN_BEFORE.search(before) or _ORIGIN_AFTER.search(after):
            origins.append(outlet)
    chain: list[str] = []
    for outlet in origins + relays:
        if outlet not in chain:
            chain.append(outlet)
    return chain
