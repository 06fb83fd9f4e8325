"""Offices a phrase names: "former" and its holders' elite, "<title> of <country>", and the holder of an office a role
with no name describes ("the North Korean leader")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from telex.actors.names import NameHit
from telex.actors.table import Actor, ActorTable

_FORMER = frozenset({"former", "ex"})


def without_former(words: Sequence[str]) -> tuple[list[str], bool]:
    """The words without "former" or "ex-" ("ex-president", "ex - president"), and whether one was there."""
    kept: list[str] = []
    former = False
    for i, word in enumerate(words):
        lowered = word.lower()
        if lowered in _FORMER and (lowered == "former" or (i + 1 < len(words) and words[i + 1] == "-")):
            former = True
        elif word == "-" and i > 0 and words[i - 1].lower() == "ex":
            continue
        elif lowered.startswith("ex-") and len(word) > 3:
            former = True
            kept.append(word[3:])
        else:
            kept.append(word)
    return kept, former


def former_leader(actor: Actor) -> Actor:
    """A person called former ("former President Mubarak", "ex-premier Berlusconi") with no date to say which office
    they held when: the country's elite, as a former holder of an office is (a leader of an organisation stays its)."""
    if not actor.country:
        return actor
    return Actor(actor.name, actor.country + "ELI", actor.country, "ELI")


def titled_country(words: Sequence[str], hits: Sequence[NameHit], table: ActorTable) -> NameHit | None:
    """The country of "<title> of <country>" ("the President of France", "Emir Tamim of Qatar"), when the
    phrase ends with it and a title or sector word comes before "of"."""
    if not hits or hits[-1].end != len(words) or hits[-1].kind == "leader":
        return None
    last = hits[-1]
    if last.start < 2 or words[last.start - 1].lower() != "of" or not last.actor.country:
        return None
    before = {w.lower() for w in words[: last.start - 1]}
    return last if before & table.role_words else None


def titled_holder(title_words: Sequence[str], iso3: str, on: date | None, table: ActorTable) -> Actor | None:
    """Who held the office the words before "of <country>" name, when a table knows it."""
    lowered = [w.lower() for w in title_words if w[:1].isupper() or w.lower() in table.role_words]
    for n in (3, 2, 1):
        leader = table.office_holder(iso3, " ".join(lowered[-n:]), on) if len(lowered) >= n else None
        if leader:
            return leader.actor
    return None


def office_holder(words: Sequence[str], after: int, iso3: str, on: date | None, table: ActorTable) -> Actor | None:
    """A role description with no name resolves to whoever held the office: "the North Korean leader".

    ``after`` is where the country's name ends; a capitalised word after it is a name ("Korean leader
    Kim"), so the phrase is not a bare role.
    """
    if any(w[:1].isupper() and w.lower() not in table.sectors for w in words[max(1, after) :]):
        return None
    lowered = [w.lower() for w in words]
    for n in (3, 2, 1):
        title = " ".join(lowered[-n:])
        leader = table.office_holder(iso3, title, on)
        if leader:
            return leader.actor
        if n > 1 and len(lowered) >= n and table.sectors.get(title, "")[:3] not in table.office_sectors | {""}:
            return None  # "the Senegalese opposition leader": a role outside the state's offices, no head of it
    return None
