"""Every error telex raises on purpose, drawn once, with the exit status the command line gives it.

    TelexError                  exit 1
    ├── InputError              bad input: missing file, binary, empty, unreadable
    │   └── RecordError         one record of a batch is unusable (the batch goes on)
    ├── ModelError              the spaCy model is missing
    ├── WorkerError             worker processes cannot do any work
    ├── StoreError              exit 4: the database cannot be used
    │   ├── StoreMissing        exit 1: no database to read where --db says: a missing input
    │   ├── StoreCorrupt        not a DuckDB file, truncated or garbled
    │   ├── StoreLocked         another process holds it for too long
    │   ├── StoreFull           no space left on the device (the database's or the temporary folder's)
    │   └── StoreReadOnly       no permission to write it
    └── InternalError           exit 5: a bug in telex; its traceback is kept for `telex -v`

Every message says what was wrong and what to do. Exit status 3 (some records failed, the rest were
done) and 2 (a usage error) are not errors of this tree.
"""

from __future__ import annotations

import errno
import re

# Exit status of a run that finished with some records failed and the others done (not an error of this tree).
EXIT_SOME_FAILED = 3


class TelexError(Exception):
    """Base of all errors telex reports to a user."""

    exit_code = 1


class InputError(TelexError):
    """The input cannot be read as an article."""


class RecordError(InputError):
    """One record of a batch cannot be analysed."""


class ModelError(TelexError):
    """The language model is not available."""


class WorkerError(TelexError):
    """Worker processes cannot do any work at all."""


class StoreError(TelexError):
    """The article store cannot be used."""

    exit_code = 4


class StoreMissing(StoreError):
    """There is no database to read at the path given: the user's input is missing,
    as a missing article file is (exit 1), not a database that cannot be used."""

    exit_code = 1


class StoreCorrupt(StoreError):
    """The file is not a readable DuckDB database."""


class StoreLocked(StoreError):
    """Another process holds the database."""


class StoreFull(StoreError):
    """No space left to write."""


class StoreReadOnly(StoreError):
    """The database or its folder cannot be written."""


class InternalError(TelexError):
    """Something telex did not expect: a bug to report."""

    exit_code = 5


def store_error(message: str, cause: BaseException) -> StoreError:
    """The ``StoreError`` subclass that fits what went wrong underneath, with ``message`` and its reason."""
    text = str(cause)
    lowered = text.lower()
    number = getattr(cause, "errno", None)
    if number == errno.ENOSPC or "no space left" in lowered or "disk is full" in lowered:
        return StoreFull(f"{message}: no space left on the device; free some space and run again")
    if "out of memory" in lowered:
        return StoreError(f"{message}: out of memory ({text.splitlines()[0]})")
    if re.search(r"\block(ed|s)?\b", lowered):  # before read-only: DuckDB's lock message suggests read-only
        return StoreLocked(f"{message}: another process is using it; try again when it has finished")
    if number in (errno.EACCES, errno.EPERM, errno.EROFS) or "read-only" in lowered or "permission denied" in lowered:
        return StoreReadOnly(f"{message}: not allowed to write ({text.splitlines()[0] if text else 'read-only'})")
    if any(sign in lowered for sign in ("not a valid duckdb", "corrupt", "checksum", "invalid", "truncated",
                                        "unexpected end", "serializ", "failed to read", "could not read")):
        return StoreCorrupt(
            f"{message}: the file is damaged or not a telex database ({text.splitlines()[0]}); "
            "restore it or ingest into a new file"
        )
    first = text.splitlines()[0] if text else type(cause).__name__
    return StoreError(f"{message}: {first}")
