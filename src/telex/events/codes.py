"""The CAMEO code table: name, Goldstein score, QuadClass and PLOVER type of every code."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from telex.tables import read_table


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with what the output contract derives from it."""

    code: str
    name: str
    goldstein: float
    plover: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        return quad_class(self.root)


def quad_class(root: str) -> int:
    """QuadClass of a root: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict."""
    number = int(root)
    if not 1 <= number <= 20:
        raise ValueError(f"CAMEO root {root!r} is not between 01 and 20")
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """Every code of ``data/cameo.tsv`` by its code string."""
    return {
        row["code"]: CameoCode(
            code=row["code"],
            name=row["name"],
            goldstein=float(row["goldstein"]),
            plover=row["plover"] or None,
            plover_mode=row["plover_mode"] or None,
        )
        for row in read_table("cameo.tsv")
    }


def cameo(code: str) -> CameoCode:
    """The table entry of ``code``; a code the table lacks is a bug in a pattern table."""
    try:
        return cameo_table()[code]
    except KeyError:
        raise KeyError(f"CAMEO code {code!r} is not in data/cameo.tsv; fix the pattern table that uses it") from None
