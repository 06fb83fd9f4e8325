"""Events counted once across articles: the mentions of one real event share a group id.

Two mentions are one event when
- they have the same CAMEO code, the same coded dyad (source and target codes) and the same people on each
  side (corpus actor ids: USAELI is every American politician, so "Trump criticised Carson" and "Clinton
  criticised Trump" share codes and are two events), and fall within a day of the first day of their event:
  reports of 1 and 2 June are one event, a third on 3 June begins another. Days used to chain (1, 2, 3 June
  and on), so a pair that quarrelled every day of a month was one event dated on one day, and a dyad
  followed over weeks lost its time series; or
- they come from copies of one story (the same near-duplicate cluster), with the same code and the
  same evidence sentence, whatever their dates (a copy published a day later dates "on Tuesday" anew).

Mentions with no coded actor at all are joined only by the second rule: "protesters marched" in two
unrelated stories is not one event. Partial dates ("2024-06", "1961") join only the same partial date.
The group id is a stable positive integer below 2**53 derived from the group's first mention, so the same
mentions give the same id on every run, on any machine, in any order.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Mention:
    """One event as one article reports it."""

    article_id: str
    event_id: str
    cluster: str
    cameo: str
    source_codes: tuple[str, ...]
    target_codes: tuple[str, ...]
    date: str | None
    evidence: str
    # Corpus actor ids of the people named on each side (none where a side names no person).
    source_people: tuple[str, ...] = ()
    target_people: tuple[str, ...] = ()


# Below 2**53, the integers a double holds exactly: JavaScript, jq 1.6 and JSON readers of doubles read such an
# id as written (a 63-bit id came back as another number). A collision among a million groups stays under 1e-4.
ID_BITS = 53


def stable_id(*parts: str) -> int:
    """A positive integer below 2**53 that depends only on ``parts``."""
    digest = hashlib.sha1("\x1f".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") & ((1 << ID_BITS) - 1) or 1


def group_events(mentions: Sequence[Mention]) -> list[int]:
    """The group id of every mention, in input order."""
    sets = _DisjointSets(len(mentions))
    same_copy: dict[tuple[str, str, str], int] = {}
    by_dyad: dict[tuple[str | tuple[str, ...], ...], list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        copy_key = (mention.cluster, mention.cameo, " ".join(mention.evidence.lower().split()))
        if copy_key in same_copy:
            sets.union(index, same_copy[copy_key])
        else:
            same_copy[copy_key] = index
        if mention.source_codes or mention.target_codes:
            by_dyad[_dyad(mention)].append(index)
    for members in by_dyad.values():
        _chain_by_date(members, mentions, sets)
    first: dict[int, tuple[str, str]] = {}
    for index, mention in enumerate(mentions):
        root = sets.find(index)
        name = (mention.article_id, mention.event_id)
        if root not in first or name < first[root]:
            first[root] = name
    ids = {root: stable_id(*name) for root, name in first.items()}  # one hash per group, not per mention
    return [ids[sets.find(index)] for index in range(len(mentions))]


def _dyad(mention: Mention) -> tuple[str | tuple[str, ...], ...]:
    """What mentions of one event share: the code, each side's codes and each side's people."""
    sides = (mention.source_codes, mention.target_codes, mention.source_people, mention.target_people)
    return (mention.cameo, *(tuple(sorted(set(side))) for side in sides))


class _DisjointSets:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, one: int, other: int) -> None:
        a, b = self.find(one), self.find(other)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _chain_by_date(members: list[int], mentions: Sequence[Mention], sets: _DisjointSets) -> None:
    """Join mentions of one dyad within a day of the first day of their event, taken in order of days: 1 and 2 June
    are one event, 3 June the first day of another; partial dates join their equals."""
    days: list[tuple[int, int]] = []
    partial: dict[str, int] = {}
    for index in members:
        when = mentions[index].date
        if when is None:
            continue
        day = _day(when)
        if day is None:
            if when in partial:
                sets.union(index, partial[when])
            else:
                partial[when] = index
        else:
            days.append((day, index))
    days.sort()
    first_day, first = days[0] if days else (0, 0)
    for day, index in days:
        if day - first_day <= 1:
            sets.union(first, index)
        else:
            first_day, first = day, index


def _day(text: str) -> int | None:
    if len(text) != 10:
        return None
    try:
        return date.fromisoformat(text).toordinal()
    except ValueError:
        return None
