"""Near-duplicate clusters on synthetic wire copies: pairwise precision, recall, F1 and throughput.

Real articles from ../shared/data/quotes/polnear_train.jsonl (read at run time) are made into a wire
stream: a random sample of originals each gets 0-3 copies, each copy with one or more edits (a
dateline added, 30-70% of the tail cut, a few words changed, a paragraph dropped); the other articles
go in unchanged as unrelated stories, many on the same campaigns and people. Articles that are already
near-duplicates of one another in the data (updated versions of one story) are left out first, so the
synthetic copies are the only true duplicates.

The sample is split in two halves, each with its own stream. Thresholds are chosen on the first half
and F1 is reported on both: the second half is held out. Every article of a stream, in stream order, is
matched against the index and added to the cluster it matched, or as a new cluster. Throughput is for
signature + match + add, per MinHash library (datasketch; rensa with --rensa, on datasketch's LSH).

    .venv/bin/python scripts/eval_duplicates.py [--rensa] [--seed 7] [--originals 300]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from telex.corpus import near_duplicates as nd

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "quotes" / "polnear_train.jsonl"
DATELINES = (
    "MOSCOW (Reuters) - ",
    "WASHINGTON (AP) — ",
    "LONDON, March 3 (Reuters) - ",
    "NEW YORK (AFP) - ",
    "BEIJING, Nov 2 (Xinhua) -- ",
    "SEOUL, South Korea (AP) — ",
)
EDITS = ("dateline", "tail", "words", "paragraph")
JACCARD_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
CONTAINMENT_GRID = (0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
TOLERANCE = 0.005

Signer = Callable[[str], nd.Signature]


@dataclass(frozen=True)
class Item:
    """One article of the stream: its id, text, the original it copies (itself if none) and its edits."""

    id: str
    text: str
    truth: str
    edits: tuple[str, ...] = ()


def load(path: Path) -> list[tuple[str, str]]:
    """(id, text) of every article in the JSONL file."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(str(r["id"]), r["text"]) for r in rows]


def distinct(articles: list[tuple[str, str]], limit: float = 0.5) -> list[tuple[str, str]]:
    """The articles minus those whose exact shingle containment in an earlier one reaches ``limit``."""
    kept: list[tuple[str, str]] = []
    sets: list[frozenset[str]] = []
    holders: defaultdict[str, list[int]] = defaultdict(list)
    for article in articles:
        grams = nd.shingles(article[1])
        shared = Counter(i for g in grams for i in holders[g])
        if any(n / max(1, min(len(grams), len(sets[i]))) >= limit for i, n in shared.items()):
            continue
        for g in grams:
            holders[g].append(len(sets))
        sets.append(grams)
        kept.append(article)
    return kept


def add_dateline(text: str, rng: random.Random) -> str:
    """A dateline at the start of the body (after the title paragraph, if there is one)."""
    head, sep, body = text.partition("\n\n")
    dateline = rng.choice(DATELINES)
    return f"{head}{sep}{dateline}{body}" if sep else dateline + text


def cut_tail(text: str, rng: random.Random) -> str:
    """The text with 30-70% of its tail cut, at a space."""
    cut = int(len(text) * (1 - rng.uniform(0.3, 0.7)))
    space = text.rfind(" ", 0, cut)
    return text[: space if space > 0 else cut]


def change_words(text: str, rng: random.Random, vocabulary: Sequence[str]) -> str:
    """The text with 1-5 words replaced by random words of the corpus."""
    words = list(re.finditer(r"\w+", text))
    chosen = sorted(rng.sample(range(len(words)), min(len(words), rng.randint(1, 5))), reverse=True)
    for i in chosen:
        text = text[: words[i].start()] + rng.choice(vocabulary) + text[words[i].end() :]
    return text


def drop_paragraph(text: str, rng: random.Random) -> str:
    """The text without one paragraph (never the first, the title), when it has three or more."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) < 3:
        return text
    del paragraphs[rng.randrange(1, len(paragraphs))]
    return "\n\n".join(paragraphs)


def make_copy(text: str, edits: Sequence[str], rng: random.Random, vocabulary: Sequence[str]) -> str:
    """A wire copy of ``text`` with the given edits, applied in a fixed order."""
    if "paragraph" in edits:
        text = drop_paragraph(text, rng)
    if "words" in edits:
        text = change_words(text, rng, vocabulary)
    if "tail" in edits:
        text = cut_tail(text, rng)
    if "dateline" in edits:
        text = add_dateline(text, rng)
    return text


def build_streams(articles: list[tuple[str, str]], originals: int, seed: int) -> tuple[list[Item], list[Item]]:
    """Two streams (tuning, held out), each with half the originals, their copies and half the rest."""
    rng = random.Random(seed)
    articles = sorted(articles)
    rng.shuffle(articles)
    vocabulary = sorted({w for _, text in articles for w in re.findall(r"[a-z]{4,}", text)})
    halves: tuple[list[Item], list[Item]] = ([], [])
    for index, (article_id, text) in enumerate(articles):
        half = halves[index % 2]
        half.append(Item(article_id, text, article_id))
        if index >= originals:
            continue
        for n in range(rng.randint(0, 3)):
            edits = tuple(e for e in EDITS if rng.random() < 0.5) or (rng.choice(EDITS),)
            half.append(Item(f"{article_id}#copy{n}", make_copy(text, edits, rng, vocabulary), article_id, edits))
    for half in halves:
        rng.shuffle(half)
    return halves


def datasketch_signer(text: str) -> nd.Signature:
    return nd.signature(text)


def rensa_signer() -> Signer:
    """``signature`` with the MinHash values from rensa's RMinHash (same shingles, same LSH after)."""
    from rensa import RMinHash

    def sign(text: str) -> nd.Signature:
        words = nd._words(text)
        grams = nd._shingles(words)
        minhash = RMinHash(num_perm=nd.NUM_PERM, seed=nd._SEED)
        minhash.update(list(grams))
        hashes = np.asarray(minhash.digest(), dtype="<u4").tobytes()
        return nd.Signature(hashes, len(grams), len(words), nd._fingerprint(" ".join(words).encode("utf-8")))

    return sign


def signing_seconds(texts: Sequence[str], signer: Signer) -> float:
    """Seconds to sign every text."""
    start = time.perf_counter()
    for text in texts:
        signer(text)
    return time.perf_counter() - start


def cluster(stream: Sequence[Item], sigs: Sequence[nd.Signature], jaccard: float, containment: float) -> list[str]:
    """The cluster of each article, in stream order: the one it matched, else its own id."""
    index = nd.DuplicateIndex(jaccard, containment)
    labels = []
    for item, sig in zip(stream, sigs, strict=True):
        label = index.match(sig) or item.id
        index.add(item.id, sig, label)
        labels.append(label)
    return labels


def pairwise(truth: Sequence[str], predicted: Sequence[str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a clustering."""

    def pairs(counts: Counter[object]) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    both = pairs(Counter(zip(truth, predicted, strict=True)))
    found, true = pairs(Counter(predicted)), pairs(Counter(truth))
    precision = both / found if found else 1.0
    recall = both / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def timed_stream(stream: Sequence[Item], signer: Signer, jaccard: float, containment: float) -> float:
    """Articles per second for signature + match + add over the stream."""
    start = time.perf_counter()
    index = nd.DuplicateIndex(jaccard, containment)
    for item in stream:
        sig = signer(item.text)
        index.add(item.id, sig, index.match(sig) or item.id)
    return len(stream) / (time.perf_counter() - start)


def tune(stream: Sequence[Item], sigs: Sequence[nd.Signature]) -> tuple[float, float, float]:
    """The (jaccard, containment) thresholds chosen on the stream, and their F1: the highest (those that
    merge least) whose F1 is within TOLERANCE of the best, since a gap that small is a pair or two."""
    truth = [i.truth for i in stream]
    scored = [
        (pairwise(truth, cluster(stream, sigs, j, c))[2], j, c)
        for j, c in itertools.product(JACCARD_GRID, CONTAINMENT_GRID)
    ]
    best = max(f1 for f1, _, _ in scored)
    f1, j, c = max((s for s in scored if s[0] >= best - TOLERANCE), key=lambda s: (s[2], s[1]))
    return j, c, f1


def missed_by_edit(stream: Sequence[Item], labels: Sequence[str]) -> dict[str, str]:
    """For each single edit, how many copies carrying it ended outside their original's cluster."""
    cluster_of = {item.id: label for item, label in zip(stream, labels, strict=True)}
    result = {}
    for edit in EDITS:
        copies = [i for i in stream if edit in i.edits]
        missed = sum(cluster_of[i.id] != cluster_of[i.truth] for i in copies)
        result[edit] = f"{missed}/{len(copies)}"
    return result


def report(name: str, signer: Signer, halves: tuple[list[Item], list[Item]]) -> None:
    """Tune on the first half, report both halves at the chosen and the module's thresholds."""
    sigs = [[signer(i.text) for i in half] for half in halves]
    j, c, _ = tune(halves[0], sigs[0])
    print(f"\n{name}: thresholds chosen on the tuning half: jaccard {j}, containment {c}")
    settings = [("chosen", j, c), ("module", nd.JACCARD_THRESHOLD, nd.CONTAINMENT_THRESHOLD)]
    for (label, jt, ct), (half_name, half, half_sigs) in itertools.product(
        settings, zip(("tuning", "held-out"), halves, sigs, strict=True)
    ):
        labels = cluster(half, half_sigs, jt, ct)
        p, r, f1 = pairwise([i.truth for i in half], labels)
        print(
            f"  {label:6} J>={jt} C>={ct}  {half_name:8}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}"
            f"  missed copies by edit {missed_by_edit(half, labels)}"
        )
    stream = halves[0] + halves[1]
    rates = [timed_stream(stream, signer, nd.JACCARD_THRESHOLD, nd.CONTAINMENT_THRESHOLD) for _ in range(3)]
    print(f"  throughput signature+match+add: {max(rates):,.0f} articles/s (best of 3, {len(stream)} articles)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA, help="JSONL with id and text per line")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--originals", type=int, default=300, help="articles that get copies")
    parser.add_argument("--rensa", action="store_true", help="also measure rensa's MinHash")
    args = parser.parse_args()

    articles = load(args.data)
    kept = distinct(articles)
    halves = build_streams(kept, args.originals, args.seed)
    print(
        f"{len(articles)} articles, {len(articles) - len(kept)} left out as near-duplicates of another; "
        f"seed {args.seed}; shingles of {nd.SHINGLE_WORDS} words, {nd.NUM_PERM} permutations, "
        f"LSH {nd.LSH_BANDS} bands x {nd.LSH_ROWS} rows"
    )
    for name, half in zip(("tuning", "held-out"), halves, strict=True):
        copies = sum(1 for i in half if i.edits)
        print(f"  {name} stream: {len(half)} articles, {copies} copies of {len({i.truth for i in half if i.edits})}")

    report("datasketch", datasketch_signer, halves)
    if args.rensa:
        report("rensa", rensa_signer(), halves)
        texts = [i.text for i in halves[0] + halves[1]]
        ds, rs = (min(signing_seconds(texts, s) for _ in range(3)) for s in (datasketch_signer, rensa_signer()))
        print(
            f"\nsignature alone: datasketch {len(texts) / ds:,.0f}/s, rensa {len(texts) / rs:,.0f}/s "
            f"(rensa / datasketch = {ds / rs:.2f}x)"
        )


if __name__ == "__main__":
    main()
