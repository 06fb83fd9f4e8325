"""Wire copies counted once: MinHash signatures, an LSH index with a containment check, analysis reuse.

A wire story reaches a corpus many times: with a dateline added ("MOSCOW (Reuters) - "), its tail cut,
a few words edited, a paragraph dropped. ``DuplicateIndex.match`` finds the cluster such a copy belongs
to; ``reuse_analysis`` moves the original's analysis onto a copy that is close enough, so it is not
parsed again.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import Any

import numpy as np
import numpy.typing as npt
from datasketch import LeanMinHash, MinHash, MinHashLSH
from rapidfuzz.distance import LCSseq

from telex.errors import StoreError
from telex.records import Analysis, Article, Entity, Event, Number, Quote, Span, Speaker, Trigger

__all__ = [
    "CONTAINMENT_THRESHOLD",
    "JACCARD_THRESHOLD",
    "DuplicateIndex",
    "Signature",
    "reuse_analysis",
    "shingles",
    "signature",
]

# Measured on PolNeAR articles and synthetic wire copies of them (scripts/eval_duplicates.py): with
# 3-word shingles 2.6 times as many pairs of different stories share a tenth of their shingles (stock
# phrases); with 6 or more, copies with edited words lose containment. 5 leaves the widest gap.
SHINGLE_WORDS = 5
NUM_PERM = 128
_SEED = 1
# Bands of 2 rows: a copy that keeps a quarter of its original (Jaccard 0.25) is a candidate with
# probability 0.98, at 0.2 with 0.93; bands of 3 rows find a copy cut by 70% (0.3) with 0.68.
LSH_BANDS, LSH_ROWS = 64, 2
# Chosen on one half of the synthetic corpus, F1 reported on the other (scripts/eval_duplicates.py).
# Different stories on one topic share at most 8% (Jaccard) of their shingles and 23% of the smaller
# one's; copies keep 83% of the smaller one's in 99 cases out of 100.
JACCARD_THRESHOLD = 0.3
CONTAINMENT_THRESHOLD = 0.75
# Containment is estimated from Jaccard and the two sizes, and its error (Jaccard's, about 0.04 with 128
# permutations, times the size ratio) grows as the smaller text shrinks: under this Jaccard a small
# text "contains" a large one by chance. Different stories stay under 0.11.
_MIN_JACCARD_FOR_CONTAINMENT = 0.15
# Under this many words a text is a headline, a caption or a brief: stock phrases make up most of it,
# so it joins only a copy with the very same words.
MIN_WORDS = 30

_WORD = re.compile(r"\w+")
_FORMAT = 1
_HEADER = struct.Struct("<BHII32s")
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=_SEED)
# The same permutations fed hash values computed beforehand (``_sha1_32``): datasketch's default hash, sha1_hash32,
# is a Python function called once per shingle, a third of a signature's time.
_PREHASHED = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=int)


@dataclass(frozen=True)
class Signature:
    """What the index keeps of a text: its MinHash, its number of distinct shingles and of words, and a
    hash of its normalised words (for short texts, joined on exact equality only)."""

    hashes: bytes  # NUM_PERM little-endian uint32 MinHash values
    shingles: int
    words: int
    fingerprint: bytes

    @property
    def values(self) -> npt.NDArray[np.uint32]:
        """The MinHash values as an array."""
        return np.frombuffer(self.hashes, dtype="<u4")

    def to_bytes(self) -> bytes:
        """The signature as one byte string, for a BLOB column."""
        return _HEADER.pack(_FORMAT, NUM_PERM, self.shingles, self.words, self.fingerprint) + self.hashes

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        """Rebuild a signature written by ``to_bytes``."""
        header = _HEADER.unpack_from(data) if len(data) == _HEADER.size + 4 * NUM_PERM else None
        if header is None or header[:2] != (_FORMAT, NUM_PERM):
            raise StoreError(
                f"a stored near-duplicate signature ({len(data)} bytes) was not written by this version of "
                "telex; recompute it from the article's text with signature(text)"
            )
        return cls(bytes(data[_HEADER.size :]), header[2], header[3], header[4])


def shingles(text: str) -> frozenset[str]:
    """The distinct word n-grams of the normalised text, as ``signature`` counts them."""
    return _shingles(_words(text))


def signature(text: str) -> Signature:
    """The near-duplicate signature of a text."""
    words = _words(text)
    joined = " ".join(words).encode("utf-8")
    grams = _shingle_bytes(words, joined)
    return Signature(_minhash(grams), len(grams), len(words), _fingerprint(joined))


def _minhash(grams: set[bytes]) -> bytes:
    """datasketch's MinHash of the shingles: its sha1_hash32 of each (the first four bytes of the SHA-1 digest,
    little-endian) under the template's permutations."""
    minhash = _PREHASHED.copy()
    minhash.update_batch(_sha1_32(grams))
    return np.asarray(minhash.hashvalues, dtype="<u4").tobytes()


def _sha1_32(grams: set[bytes]) -> npt.NDArray[np.uint32]:
    sha1 = hashlib.sha1
    return np.frombuffer(b"".join([sha1(gram).digest()[:4] for gram in grams]), dtype="<u4")


def _fingerprint(joined: bytes) -> bytes:
    return hashlib.sha256(joined).digest()


def _words(text: str) -> list[str]:
    """Lowercased words without punctuation: curly and straight quotes, case and spacing do not count."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _shingles(words: list[str]) -> frozenset[str]:
    return frozenset(gram.decode("utf-8") for gram in _shingle_bytes(words, " ".join(words).encode("utf-8")))


def _shingle_bytes(words: list[str], joined: bytes) -> set[bytes]:
    """The distinct runs of ``SHINGLE_WORDS`` words (all of them when fewer), UTF-8 encoded, cut from ``joined``
    (the encoded words joined by spaces) rather than each joined on its own."""
    if len(words) <= SHINGLE_WORDS:
        return {joined} if words else set()
    sizes = [len(word) + 1 for word in words] if joined.isascii() else [len(word.encode("utf-8")) + 1 for word in words]
    starts = list(accumulate(sizes, initial=0))
    return {joined[start : end - 1] for start, end in zip(starts, starts[SHINGLE_WORDS:], strict=False)}


@dataclass(frozen=True)
class _Entry:
    signature: Signature
    values: npt.NDArray[np.uint32]
    cluster: str


# A stored signature as ``Signature.to_bytes`` packs it, read for many at once.
_PACKED = np.dtype(
    [
        ("format", "u1"),
        ("perm", "<u2"),
        ("shingles", "<u4"),
        ("words", "<u4"),
        ("fingerprint", "V32"),
        ("hashes", "<u4", (NUM_PERM,)),
    ]
)
if _PACKED.itemsize != _HEADER.size + 4 * NUM_PERM or LSH_ROWS != 2 or LSH_BANDS * LSH_ROWS != NUM_PERM:
    raise ImportError("the stored-signature layout or the LSH bands no longer match _Stored")


class _Stored:
    """Signatures loaded from a store at once, in arrays: each band's keys sorted once instead of an LSH
    insert per article, so a run's start costs little more for a large store than for a small one.

    A band of two uint32 rows is read as one uint64 key: two bands are equal exactly when their rows are,
    which is datasketch's candidate rule.
    """

    def __init__(self, ids: list[str], clusters: list[str], rows: npt.NDArray[Any]) -> None:
        self.ids = ids
        self.clusters = clusters
        self.values: npt.NDArray[np.uint32] = np.ascontiguousarray(rows["hashes"])
        self.shingles = rows["shingles"].astype(np.int64)
        keys = self.values.view("<u8")
        self.order = np.argsort(keys, axis=0, kind="stable").astype(np.int32)
        self.sorted = np.take_along_axis(keys, self.order, axis=0)
        self.removed: set[int] = set()
        self.row_of = {article_id: row for row, article_id in enumerate(ids)}

    def candidates(self, values: npt.NDArray[np.uint32]) -> set[int]:
        """Rows sharing at least one band with ``values``."""
        found: set[int] = set()
        for band, key in enumerate(np.ascontiguousarray(values).view("<u8")):
            column = self.sorted[:, band]
            start, end = np.searchsorted(column, key, "left"), np.searchsorted(column, key, "right")
            if end > start:
                found.update(self.order[start:end, band].tolist())
        return found - self.removed

    def remove(self, article_id: str) -> bool:
        row = self.row_of.pop(article_id, None)
        if row is None:
            return False
        self.removed.add(row)
        return True


class DuplicateIndex:
    """Indexed articles by signature; ``match`` names the cluster a new article is a near-duplicate of.

    A near-duplicate has an estimated Jaccard similarity of at least ``jaccard``, or the smaller text is
    estimated to be contained in the larger to at least ``containment`` (a truncated copy).
    """

    def __init__(self, jaccard: float = JACCARD_THRESHOLD, containment: float = CONTAINMENT_THRESHOLD) -> None:
        self.jaccard = jaccard
        self.containment = containment
        self._lsh = MinHashLSH(num_perm=NUM_PERM, params=(LSH_BANDS, LSH_ROWS))
        self._entries: dict[str, _Entry] = {}
        self._short: dict[bytes, dict[str, str]] = {}
        self._short_of: dict[str, bytes] = {}  # so that replacing one costs no walk over all short texts
        self._stored: list[_Stored] = []

    def load(self, rows: Iterable[tuple[str, str, bytes]]) -> None:
        """Index many stored articles at once, ``(id, cluster, packed signature)`` each, as ``add`` would
        one by one; the ids must not be indexed already (a store's rows, read once at a run's start)."""
        ids: list[str] = []
        clusters: list[str] = []
        packed: list[bytes] = []
        for article_id, cluster, data in rows:
            if len(data) != _PACKED.itemsize:
                Signature.from_bytes(data)  # raises the error a signature of another version gets
            ids.append(article_id)
            clusters.append(cluster)
            packed.append(data)
        if not ids:
            return
        table = np.frombuffer(b"".join(packed), dtype=_PACKED)
        bad = np.flatnonzero((table["format"] != _FORMAT) | (table["perm"] != NUM_PERM))
        if bad.size:
            Signature.from_bytes(packed[int(bad[0])])
        short = table["words"] < MIN_WORDS
        for row in np.flatnonzero(short).tolist():
            self._add_short(ids[row], Signature.from_bytes(packed[row]).fingerprint, clusters[row])
        keep = np.flatnonzero(~short)
        if keep.size:
            self._stored.append(
                _Stored([ids[i] for i in keep.tolist()], [clusters[i] for i in keep.tolist()], table[keep])
            )

    def add(self, article_id: str, sig: Signature, cluster: str) -> None:
        """Index an article as a member of ``cluster`` (its own id when it starts one); re-adding replaces."""
        self._remove(article_id)
        if sig.words < MIN_WORDS:
            self._add_short(article_id, sig.fingerprint, cluster)
            return
        entry = _Entry(sig, sig.values, cluster)
        self._entries[article_id] = entry
        self._lsh.insert(article_id, _lean(entry.values))

    def match(self, sig: Signature) -> str | None:
        """The cluster of the most similar indexed near-duplicate (ties: the smallest id), or None."""
        if sig.words < MIN_WORDS:
            same = self._short.get(sig.fingerprint)
            return same[min(same)] if same else None
        values = sig.values
        best: tuple[float, float, str, str] | None = None
        for key, other, size, cluster in self._candidates(values):
            jaccard = float(np.count_nonzero(values == other)) / NUM_PERM
            contained = _containment(jaccard, sig.shingles, size)
            near = jaccard >= self.jaccard or (
                jaccard >= _MIN_JACCARD_FOR_CONTAINMENT and contained >= self.containment
            )
            if near and (best is None or (-jaccard, -contained, key) < (-best[0], -best[1], best[2])):
                best = (jaccard, contained, key, cluster)
        return best[3] if best else None

    def _candidates(self, values: npt.NDArray[np.uint32]) -> Iterator[tuple[str, npt.NDArray[np.uint32], int, str]]:
        """``(id, MinHash values, shingle count, cluster)`` of every indexed article sharing a band."""
        for key in self._lsh.query(_lean(values)):
            entry = self._entries[key]
            yield key, entry.values, entry.signature.shingles, entry.cluster
        for stored in self._stored:
            for row in stored.candidates(values):
                yield stored.ids[row], stored.values[row], int(stored.shingles[row]), stored.clusters[row]

    def _remove(self, article_id: str) -> None:
        if self._entries.pop(article_id, None) is not None:
            self._lsh.remove(article_id)
        for stored in self._stored:
            stored.remove(article_id)
        fingerprint = self._short_of.pop(article_id, None)
        if fingerprint is not None:
            del self._short[fingerprint][article_id]

    def _add_short(self, article_id: str, fingerprint: bytes, cluster: str) -> None:
        self._short.setdefault(fingerprint, {})[article_id] = cluster
        self._short_of[article_id] = fingerprint


def _lean(values: npt.NDArray[np.uint32]) -> Any:
    return LeanMinHash(seed=_SEED, hashvalues=values, scheme=_TEMPLATE.scheme)


def _containment(jaccard: float, size_a: int, size_b: int) -> float:
    """Estimated share of the smaller shingle set found in the larger: |A∩B| = J(|A|+|B|)/(1+J)."""
    smaller = min(size_a, size_b)
    if smaller == 0:
        return 0.0
    return min(1.0, jaccard * (size_a + size_b) / (1.0 + jaccard) / smaller)


# A copy whose text differs by more than this share of the original's characters (both sides counted)
# is parsed again: a dateline is 20 to 40 characters, which the floor admits on a short brief.
_MAX_EDIT_SHARE = 0.05
_MAX_EDIT_FLOOR = 48
# Identical runs shorter than this many tokens (about four words) between edits are not trusted: a
# common word matched across two different phrasings is not the same mention.
_MIN_RUN_TOKENS = 4
_TOKEN = re.compile(r"\w+\s*|[^\w\s]\s*|\s+")
# Where a sentence may end; a span keeps its sentence number only if as many lie before it in both texts.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z])|\n")


def reuse_analysis(original: Analysis, copy: Article) -> Analysis | None:
    """The original's analysis moved onto an exact or near-exact copy, or None when the copy must be parsed.

    The copy must carry the same publication date (dates and office holders are read against it); its
    text may differ by a dateline, a cut tail or a few edited words, as long as every span of the
    analysis lies in text the two share.
    """
    if copy.published != original.published:
        return None
    reused = replace(
        original,
        id=copy.id,
        text=copy.text,
        title=copy.title,
        author=copy.author,
        url=copy.url,
        published=copy.published,
        warnings=(*copy.warnings, f"analysis reused from near-duplicate {original.id}"),
    )
    if copy.text == original.text:
        return reused
    moved = _move_spans(original, copy.text)
    return None if moved is None else _with_spans(reused, moved)


def _move_spans(original: Analysis, text: str) -> dict[Span, Span] | None:
    """Where each span of the analysis lies in ``text``, or None if one lies in edited text."""
    runs = _shared_runs(original.text, text)
    if runs is None:
        return None
    starts = [r[0] for r in runs]
    ends_before, ends_after = _sentence_ends(original.text), _sentence_ends(text)
    moved: dict[Span, Span] = {}
    for start, end in _spans(original):
        i = bisect_left(starts, start + 1) - 1
        if i < 0 or end > runs[i][1]:
            return None
        new = (start + runs[i][2], end + runs[i][2])
        if text[new[0] : new[1]] != original.text[start:end]:
            return None
        if bisect_left(ends_before, start) != bisect_left(ends_after, new[0]):
            return None
        moved[(start, end)] = new
    return moved


def _shared_runs(before: str, after: str) -> list[tuple[int, int, int]] | None:
    """The character ranges of ``before`` that ``after`` keeps unchanged, each with its offset shift;
    None when the texts differ by more than a few percent."""
    budget = max(_MAX_EDIT_FLOOR, _MAX_EDIT_SHARE * len(before))
    if abs(len(before) - len(after)) > budget:
        return None
    tokens_before, offsets_before = _tokens(before)
    tokens_after, offsets_after = _tokens(after)
    # Bit-parallel LCS: about n*m/64 word operations, some milliseconds for two 50,000-character texts.
    runs: list[tuple[int, int, int]] = []
    kept = 0
    for op in LCSseq.opcodes(tokens_before, tokens_after):
        if op.tag != "equal" or op.src_end - op.src_start < _MIN_RUN_TOKENS:
            continue
        start, end = offsets_before[op.src_start], offsets_before[op.src_end]
        runs.append((start, end, offsets_after[op.dest_start] - start))
        kept += end - start
    if len(before) + len(after) - 2 * kept > budget:
        return None
    return runs


def _tokens(text: str) -> tuple[list[str], list[int]]:
    """Words and punctuation with their trailing spaces, and their offsets (plus the text's end)."""
    found = list(_TOKEN.finditer(text))
    return [m.group() for m in found], [m.start() for m in found] + [len(text)]


def _sentence_ends(text: str) -> list[int]:
    return [m.start() for m in _SENTENCE_END.finditer(text)]


def _spans(analysis: Analysis) -> set[Span]:
    """Every character span an analysis refers to."""
    spans = {m for e in analysis.entities for m in e.mentions}
    for q in analysis.quotes:
        spans.add((q.start, q.end))
        if q.speaker:
            spans.add((q.speaker.start, q.speaker.end))
    spans.update((v.trigger.start, v.trigger.end) for v in analysis.events)
    spans.update((n.start, n.end) for n in analysis.numbers)
    return spans


def _with_spans(analysis: Analysis, moved: dict[Span, Span]) -> Analysis:
    """The analysis with every span replaced by where ``moved`` puts it."""

    def entity(e: Entity) -> Entity:
        return replace(e, mentions=tuple(moved[m] for m in e.mentions))

    def speaker(s: Speaker | None) -> Speaker | None:
        if s is None:
            return None
        start, end = moved[(s.start, s.end)]
        return replace(s, start=start, end=end)

    def quote(q: Quote) -> Quote:
        start, end = moved[(q.start, q.end)]
        return replace(q, start=start, end=end, speaker=speaker(q.speaker))

    def event(v: Event) -> Event:
        start, end = moved[(v.trigger.start, v.trigger.end)]
        return replace(v, trigger=Trigger(v.trigger.text, start, end))

    def number(n: Number) -> Number:
        start, end = moved[(n.start, n.end)]
        return replace(n, start=start, end=end)

    return replace(
        analysis,
        entities=tuple(entity(e) for e in analysis.entities),
        quotes=tuple(quote(q) for q in analysis.quotes),
        events=tuple(event(v) for v in analysis.events),
        numbers=tuple(number(n) for n in analysis.numbers),
    )
