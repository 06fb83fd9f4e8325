"""Look up an article's entities by character offset: the bridge from a token span to a real actor.

A neutral module: `actors/` and `entities/` both use it, and neither imports the other through it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property

from telex.records import Entity

# A country is the article's own when it has this many mentions and this many times the next one's.
HOME_MENTIONS = 3
HOME_LEAD = 2
# A text this long (characters, about three short paragraphs) names the countries it is about, so a country it never
# names is none of its business; a single sentence ("Putin met Erdogan") names none of its people's countries.
WHOLE_STORY = 1500


class EntityIndex:
    """The entities of one article, searchable by the character span of a mention."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities: tuple[Entity, ...] = tuple(entities)
        self.by_id = {e.id: e for e in self.entities}
        pairs = sorted((m, e) for e in self.entities for m in e.mentions)
        self._mentions = [m for m, _ in pairs]
        self._owners = [e for _, e in pairs]
        self._at: dict[tuple[int, int], Entity | None] = {}  # answers of ``at``, asked again for the same span

    def at(self, start: int, end: int) -> Entity | None:
        """The entity with the longest mention that overlaps ``[start, end)``."""
        key = (start, end)
        if key not in self._at:
            self._at[key] = self._longest_at(start, end)
        return self._at[key]

    def _longest_at(self, start: int, end: int) -> Entity | None:
        best: Entity | None = None
        best_len = 0
        first = bisect_left(self._mentions, (start - 200, 0))
        for i in range(first, len(self._mentions)):
            m_start, m_end = self._mentions[i]
            if m_start >= end:
                break
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > 0 and m_end - m_start > best_len:
                best, best_len = self._owners[i], m_end - m_start
        return best

    @cached_property
    def home_country(self) -> str | None:
        """The country the article is about: the one its coded mentions name at least twice as often as any
        other (and three times at least), else ``None``."""
        counts: Counter[str] = Counter()
        for entity in self.entities:
            if entity.country:
                counts[entity.country] += len(entity.mentions)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < HOME_MENTIONS:
            return None
        if len(ranked) == 2 and ranked[0][1] < HOME_LEAD * ranked[1][1]:
            return None
        return ranked[0][0]

    @cached_property
    def sole_country(self) -> str | None:
        """The one country the article's coded mentions name, when they name no other."""
        return _sole_country(self.entities)

    def sole_country_between(self, start: int, end: int) -> str | None:
        """The one country the coded mentions starting in ``start``..``end`` (characters) name, when they name no
        other: the country of a sentence."""
        return _sole_country(e for e in self.entities if any(start <= m_start < end for m_start, _ in e.mentions))

    def mentions_before(
        self, offset: int, types: Sequence[str] = ("PERSON",)
    ) -> list[tuple[tuple[int, int], Entity]]:
        """Mentions of entities of ``types`` that end at or before ``offset``, nearest first."""
        found = [
            (m, e)
            for m, e in zip(self._mentions, self._owners, strict=True)
            if m[1] <= offset and e.type in types
        ]
        return found[::-1]

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities)

    def __len__(self) -> int:
        return len(self.entities)


def _sole_country(entities: Iterable[Entity]) -> str | None:
    countries = {entity.country for entity in entities if entity.country}
    return countries.pop() if len(countries) == 1 else None
