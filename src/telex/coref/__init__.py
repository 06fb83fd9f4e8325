"""Coreference in one place: the actor each pronoun and role noun of an article stands for, for quotes and
events alike. The driver is ``resolve`` (``coreference``); callers import each name from the module that does its
job (``names.named_by``, ``role_nouns.party_member``, ``clauses.ARGUMENT_PREPS``, …)."""
