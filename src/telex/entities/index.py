"""``EntityIndex`` under its former name; it lives in ``telex.entity_index`` so ``actors/`` need not import
``entities/`` (which imports ``actors/``)."""

from telex.entity_index import EntityIndex

__all__ = ["EntityIndex"]
