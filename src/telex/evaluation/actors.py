"""Score the actor coder alone (``telex.code_actor``) against the actors the PLOVER gold records mark.

Each PLOVER event carries ``source_detail`` / ``target_detail``: the marked text, its CAMEO code and its
sector. The marked text is often a single word of a longer phrase ("Hungarian" in "Senior Hungarian and
Romanian officials agreed"), while a user of the coder hands it the whole phrase, so the marked text is
widened to its noun phrase in the sentence before coding: from the marked words up through the words they
modify (an adjective or a compound to its noun, a coordinated adjective to the first one, a possessor to what
it possesses: "Israel's army"), then from the left edge of that noun to the noun itself, leaving out what
follows the noun (prepositions, relative clauses). The sentence is the context. Scored: country agreement
over every mention, sector agreement over the mentions whose gold has a sector (the annotators' "***" is
none; "CVLkur" is CVL), on the tune and check halves of the file (:func:`telex.evaluation.events.half`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from telex.actors.coder import code_actor
from telex.evaluation.events import actor_country, gold_country, half, read_records
from telex.records import ActorRef

# Dependencies that make a word part of the noun phrase of the word it hangs from.
_INSIDE = frozenset({"amod", "compound", "nmod", "poss", "case", "det", "nummod"})
_SECTOR = re.compile(r"[A-Z]{3}")


def gold_sector(sector: str | None) -> str | None:
    """The sector of a gold detail: its first three upper-case letters ("CVLkur" CVL); "***" and null are none."""
    match = _SECTOR.match(sector or "")
    return match.group(0) if match else None


def _head(token: Token) -> Token:
    """The noun a marked word belongs to: up through modifiers, compounds, possessors and coordinated adjectives."""
    while token.head.i != token.i and (
        token.dep_ in _INSIDE or (token.dep_ == "conj" and token.pos_ == "ADJ" and token.head.dep_ in _INSIDE)
    ):
        token = token.head
    return token


def noun_phrase(doc: Doc, text: str) -> str:
    """The marked text widened to the noun phrase around its first occurrence in the parsed sentence."""
    start = doc.text.find(text)
    span: Span | None = doc.char_span(start, start + len(text), alignment_mode="expand") if start >= 0 else None
    if span is None or not len(span):
        return text
    head = _head(span.root)
    path = [span.root]
    while path[-1].i != head.i:
        path.append(path[-1].head)
    first = min(head.left_edge.i, span.start)
    last = max(head.i + 1, span.end)
    kept = [t for t in doc[first:last] if t.i in range(span.start, span.end) or not _other_conjunct(t, path)]
    return "".join(t.text_with_ws for t in kept).strip()


def _other_conjunct(token: Token, path: list[Token]) -> bool:
    """A word of another conjunct than the marked one ("and Romanian" for "Hungarian" in "Hungarian and Romanian
    officials"), or the conjunction joining them."""
    while token.dep_ not in ("conj", "cc") or token.head not in path:
        if token.head.i == token.i or token in path:
            return False
        token = token.head
    return token not in path


def mentions(records: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(record, detail) for every actor detail of every event."""
    for record in records:
        for event in record["events"]:
            for detail in (event.get("source_detail") or []) + (event.get("target_detail") or []):
                if detail.get("text"):
                    yield record, detail


def score_mention(phrase: str, context: str, detail: dict[str, Any]) -> dict[str, int]:
    """Counts for one mention: country compared, right; sector compared (gold has one), right."""
    coded = code_actor(phrase, None, context)
    ref = ActorRef(phrase, coded["name"], coded["code"], coded["country"], coded["sector"])
    sector = gold_sector(detail.get("sector"))
    return {
        "countries": 1,
        "country_right": int(actor_country(ref) == gold_country(detail.get("code"))),
        "sectors": int(sector is not None),
        "sector_right": int(sector is not None and coded["sector"] == sector),
    }


def actor_metrics(counts: list[dict[str, int]]) -> dict[str, float]:
    """Country and sector agreement over summed mention counts."""
    total = {key: sum(c[key] for c in counts) for key in ("countries", "country_right", "sectors", "sector_right")}
    return {
        "mentions": float(total["countries"]),
        "country_agreement": total["country_right"] / total["countries"] if total["countries"] else 0.0,
        "sector_mentions": float(total["sectors"]),
        "sector_agreement": total["sector_right"] / total["sectors"] if total["sectors"] else 0.0,
    }


def evaluate_actors(path: str | Path, limit: int | None = None) -> dict[str, float]:
    """Actor coding metrics on a PLOVER gold file: the whole of it, then its tune and check halves."""
    from telex.nlp.model import load_model

    nlp = load_model()
    halves: dict[str, list[dict[str, int]]] = {"tune": [], "check": []}
    docs: dict[str, Doc] = {}
    for record, detail in mentions(read_records(path, limit)):
        doc = docs.get(record["id"]) or docs.setdefault(record["id"], nlp(record["text"]))
        phrase = noun_phrase(doc, detail["text"])
        halves[half(str(record["id"]))].append(score_mention(phrase, record["text"], detail))
    scores = actor_metrics(halves["tune"] + halves["check"])
    for name, counts in halves.items():
        for key, value in actor_metrics(counts).items():
            scores[f"{name}_{key}"] = value
    return scores
