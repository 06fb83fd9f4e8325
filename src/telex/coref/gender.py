"""Whether a pronoun's or a role noun's gender agrees with an actor's: gendered role nouns, and agreement.

The sex a name's honorific or given name marks is read by ``telex.entities.person_names``, below coreference, from
the same table (``data/gender.tsv``), so every rule is testable without a model.
"""

from __future__ import annotations

from telex.entities.person_names import gendered_words

MALE = "male"
FEMALE = "female"


def role_gender(word: str) -> str | None:
    """ "spokeswoman" marks a woman, "chairman" a man; "spokesperson" or "expert" nothing."""
    return gendered_words().get(("role", word.lower())) or gendered_words().get(("office", word.lower()))


def weak_gender(word: str) -> bool:
    """Whether the sex a role noun marks gives way to a given name: an office in "-man", said of women too ("Trump
    spokesman Hope Hicks", "party chairman Debbie …"), not "spokeswoman", "father" or "actress"."""
    return ("office", word.lower()) in gendered_words()


def agrees(wanted: str | None, known: str | None) -> bool:
    """A pronoun of gender ``wanted`` may stand for an actor of gender ``known`` (either unknown agrees)."""
    return wanted is None or known is None or wanted == known
