"""The folders an output needs: every file or dataset telex writes has its missing folders created, as `ingest --out`
always did, and the command says which it created, so a typo in a path is seen."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path


def create_folder(folder: Path) -> Path | None:
    """Create ``folder`` and the folders above it that are missing; the highest one created, None if it existed."""
    chain = [folder, *folder.parents]
    present = next((i for i, path in enumerate(chain) if path.exists()), len(chain))
    if present < len(chain) and not chain[present].is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "a file stands where a folder is needed", str(chain[present]))
    if present == 0:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    return chain[present - 1]


def create_folder_of(path: Path, notify: Callable[[str], None] | None, purpose: str = "") -> None:
    """Create the missing folders of the file ``path`` and tell ``notify`` the highest one created ("created folder
    reports", with ``purpose``: "… for the database"). An ``OSError`` is the caller's to report in its own terms (a
    store's error for a database, a plain one for any other file)."""
    created = create_folder(path.parent)
    if created is not None and notify is not None:
        notify(f"created folder {created}{purpose}")
