"""Whether a name, title or word marks a man or a woman: honorifics, common given names, gendered role nouns.

Pure functions over strings and one table (``data/gender.tsv``), so every rule is testable without a model.
"""

from __future__ import annotations

from functools import lru_cache

from telex.entities.cluster import name_tokens
from telex.tables import read_table

MALE = "male"
FEMALE = "female"


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, str], str]:
    """Gender by (kind, lower-case word): kinds are honorific, given and role."""
    return {(row["kind"], row["word"]): row["gender"] for row in read_table("gender.tsv")}


def honorific_gender(word: str) -> str | None:
    """ "Mrs" and "Ms" mark a woman, "Mr" a man; any other word nothing."""
    return _words().get(("honorific", word.lower().rstrip(".")))


def role_gender(word: str) -> str | None:
    """ "spokeswoman" marks a woman, "chairman" a man; "spokesperson" or "expert" nothing."""
    return _words().get(("role", word.lower())) or _words().get(("office", word.lower()))


def weak_gender(word: str) -> bool:
    """Whether the sex a role noun marks gives way to a given name: an office in "-man", said of women too ("Trump
    spokesman Hope Hicks", "party chairman Debbie …"), not "spokeswoman", "father" or "actress"."""
    return ("office", word.lower()) in _words()


def is_given_name(word: str) -> bool:
    """ "Mark", "Maria": a common given name of either sex that the table knows."""
    return ("given", word.lower()) in _words()


def name_gender(name: str) -> str | None:
    """The gender a full name's honorific or given name marks: "Mrs Lee", "Maria Costa"; a bare surname none."""
    first = name.split()[0] if name.split() else ""
    honorific = honorific_gender(first)
    if honorific is not None:
        return honorific
    parts = name_tokens(name)
    if len(parts) < 2 or len(name.split()) < 2:
        return None  # "Jordan" alone may be a surname, "Mark-Viverito" is one
    return _words().get(("given", parts[0]))


def agrees(wanted: str | None, known: str | None) -> bool:
    """A pronoun of gender ``wanted`` may stand for an actor of gender ``known`` (either unknown agrees)."""
    return wanted is None or known is None or wanted == known
