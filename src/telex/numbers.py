"""Quantities stated in an article with what they count: "more than 11,000 containers of ammunition"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from telex.nlp.cached import entities_of, text_of
from telex.records import Number

_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "dozens": 24, "hundred": 100, "hundreds": 200,
}  # fmt: skip
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def parse_value(text: str) -> float | None:
    """The number a phrase states: "11,000" is 11000, "$2.5 billion" is 2.5e9, "three" is 3."""
    lowered = text.lower()
    match = _DIGITS.search(lowered)
    if match:
        value = float(match.group().replace(",", ""))
    else:
        words = [w for w in re.findall(r"[a-z]+", lowered) if w in _WORDS]
        if not words:
            return None
        value = float(_WORDS[words[0]])
    for word, scale in _SCALES.items():
        if re.search(rf"\b{word}\b", lowered):
            value *= scale
            break
    return value


def _unit(ent: Span) -> Span | None:
    """The noun phrase a number counts, with an "of" complement: "containers of ammunition"."""
    head = ent.root.head
    if ent.root.dep_ not in ("nummod", "quantmod", "compound") or head.pos_ not in ("NOUN", "PROPN"):
        return None
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            end = max(t.i for t in child.subtree) + 1
    return ent.doc[head.i : end]


def extract_numbers(doc: Doc) -> list[Number]:
    """Every stated quantity, with its unit where the parse shows one."""
    numbers: list[Number] = []
    for ent in entities_of(doc):
        if ent.label_ not in _LABELS:
            continue
        value = parse_value(ent.text)
        if value is None:
            continue
        unit = _unit(ent)
        end = unit.end_char if unit is not None and unit.end_char > ent.end_char else ent.end_char
        numbers.append(
            Number(
                text=text_of(doc)[ent.start_char : end],
                value=value,
                unit=unit.text if unit is not None else None,
                start=ent.start_char,
                end=end,
            )
        )
    return numbers
