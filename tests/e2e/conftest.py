"""End-to-end fixtures: the real model, loaded once per session."""

import pytest
from spacy.language import Language

from telex.nlp.model import load_model


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()
