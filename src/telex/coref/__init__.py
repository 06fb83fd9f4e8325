"""Coreference in one place: the actor each pronoun and role noun of an article stands for, for quotes and
events alike."""

from telex.coref.resolve import (
    ARGUMENT_PREPS,
    Coreference,
    coreference,
    definite_role,
    named_by,
    party_member,
    surname_person,
)

__all__ = [
    "ARGUMENT_PREPS",
    "Coreference",
    "coreference",
    "definite_role",
    "named_by",
    "party_member",
    "surname_person",
]
