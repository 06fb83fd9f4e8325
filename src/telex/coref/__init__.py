"""Coreference in one place: the actor each pronoun and role noun of an article stands for, for quotes and
events alike."""

from telex.coref.resolve import Coreference, coreference, named_by

__all__ = ["Coreference", "coreference", "named_by"]
