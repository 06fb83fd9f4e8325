"""Every error telex raises on purpose, drawn once.

    TelexError
    ├── InputError          bad input: missing file, binary, empty, unreadable
    │   └── RecordError     one record of a batch is unusable (the batch goes on)
    ├── ModelError          the spaCy model is missing
    └── StoreError          the database cannot be opened or written

Every message says what was wrong and what to do.
"""

from __future__ import annotations


class TelexError(Exception):
    """Base of all errors telex reports to a user."""


class InputError(TelexError):
    """The input cannot be read as an article."""


class RecordError(InputError):
    """One record of a batch cannot be analysed."""


class ModelError(TelexError):
    """The language model is not available."""


class StoreError(TelexError):
    """The article store cannot be used."""
