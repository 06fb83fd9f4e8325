"""The key of exact copies. Kept apart from ``near_duplicates``, whose MinHash library loads scipy (half a second of
CPU), so that the store, which every corpus command opens, hashes a text without it."""

from __future__ import annotations

import hashlib


def content_hash(text: str) -> str:
    """The SHA-256 hex digest of the text, the key of exact copies."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
