"""Where reported content starts and ends, decided by a small learned model over the parse.

The rules that find content (``clauses.py``, ``slots.py``, ``trim.py``) draw its bounds by structure: the clause
a verb reports, cut before a writer's aside. Many boundary classes (", which …", a trailing time phrase, ", saying …",
a fronted adverbial) are right for some instances and wrong for others, so no all-in or all-out rule helps. Here each
other place the content could start or end at (a segment boundary of the parse nearby) is an *edit* of the
span, described by general features only: the dependency label and part of speech of the segment's head, its
first word when that is a closed-class word (a subordinator, relative or preposition), its length, the
punctuation at the boundary, the cue's class, whether the segment has a finite verb or lies in quotation marks,
where it attaches and where it stands in the sentence. No open-class word is a feature. A logistic regression
(weights in ``data/quote_boundaries.tsv``, trained by ``scripts/train_quote_boundaries.py`` on PolNeAR dev)
scores each edit; on each side the best edit is made when the model gives it better than even odds, and only
the moves the table has weights for are tried.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from telex.nlp.cached import labels_of, wordlike_of, words_of
from telex.nlp.sentences import sentence_of_token
from telex.quotes.grammar import FINITE, TIMES
from telex.quotes.lexicon import reporting_verbs
from telex.quotes.trim import channel, closing_bracket
from telex.records import Span
from telex.tables import read_table

# Punctuation that sets a segment off.
_SETTING_OFF = frozenset({",", ";", ":", "—", "–", "--", "-", "(", ")"})
_QUOTE_MARKS = frozenset({"“", "”", '"', "«", "»", "„", "‘", "’", "'", "''", "``"})
# Dependencies that head a phrase or a clause of their own: a segment begins at their left edge and ends at
# their right edge.
_SEGMENT_DEPS = frozenset(
    {
        "advcl", "relcl", "acl", "prep", "npadvmod", "appos", "conj", "ccomp", "xcomp", "dobj", "dative", "agent",
        "nsubj", "nsubjpass", "attr", "oprd", "advmod", "pcomp", "pobj", "parataxis",
    }
)
# Fine tags of closed-class words, which the features name by themselves: subordinators and prepositions,
# relatives and question words, conjunctions, the infinitive "to", determiners and pronouns.
_CLOSED_TAGS = frozenset({"IN", "WDT", "WP", "WP$", "WRB", "CC", "TO", "DT", "PRP", "PRP$", "EX", "RP", "MD"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_PAIRS = (("dep", "edge"), ("dep", "punct"), ("first", "punct"), ("dep", "cue_kind"), ("dep", "attach"))
# The names of the features an edit has (``<move>:<name>=<value>``, besides ``<move>:bias``).
_SINGLE_NAMES = (
    "edge", "edge_dep", "class", "kind", "cue", "cue_kind", "dep", "pos", "dep_pos", "first", "len", "roots",
    "attach", "finite", "marks", "entity", "step", "punct", "quoted", "sentence_end", "sentence_start",
)
FEATURE_NAMES = frozenset({*_SINGLE_NAMES, *(f"{a}+{b}" for a, b in _PAIRS)})
MOVES = ("start_cut", "start_extend", "end_cut", "end_extend")
# Boundaries this far (in boundaries) from the span's own are not considered.
_REACH = 4


@dataclass(frozen=True)
class Edit:
    """Content moved on one side to token ``first`` (start side) or ``last`` (end side), with its features."""

    side: str  # "start" | "end"
    first: int
    last: int
    features: tuple[str, ...]


def _boundaries(doc: Doc, lo: int, hi: int) -> list[int]:
    """Token positions ``b`` in ``[lo, hi]`` where a segment begins (a cut falls between ``b - 1`` and ``b``)."""
    found: set[int] = {lo, hi}
    texts, labels = words_of(doc), labels_of(doc)  # a Token is made only for a segment's head
    for i in range(lo, hi):
        if texts[i] in _SETTING_OFF or labels[i] in ("mark", "cc"):
            found.update((i, i + 1))
        if labels[i] in _SEGMENT_DEPS:
            token = doc[i]
            found.update((token.left_edge.i, token.right_edge.i + 1))
    return sorted(b for b in found if lo <= b <= hi)


def _words(doc: Doc, first: int, last: int) -> list[Token]:
    wordlike = wordlike_of(doc)  # asked of many overlapping stretches of a sentence: a Token made only for a word
    return [doc[i] for i in range(first, min(last + 1, len(doc))) if wordlike[i]]


def _length(n: int) -> str:
    return "1" if n == 1 else "2-4" if n <= 4 else "5-9" if n <= 9 else "10+"


def _quoted(doc: Doc, start: int, i: int) -> bool:
    """Whether token ``i`` stands inside quotation marks opened after token ``start`` (the sentence's first)."""
    depth = 0
    for text in words_of(doc)[start:i]:
        if text in ("“", "«", "„", "``"):
            depth += 1
        elif text in ("”", "»", "''"):
            depth = max(0, depth - 1)
        elif text == '"':
            depth = 0 if depth else 1
    return depth > 0


def _segment_features(doc: Doc, first: int, last: int, cue: Token | None) -> list[str]:
    """General features of the segment of tokens ``first..last``, which holds a word."""
    words = _words(doc, first, last)
    inside = set(range(first, last + 1))
    # The words the segment hangs from; a word under a punctuation mark that hangs outside stands for it.
    roots = [t for t in words if t.head.i not in inside or t.head.i == t.i] or [
        t for t in words if t.head.is_punct and t.head.head.i not in inside
    ] or words[:1]
    root = roots[0]
    attach = "none" if root.head.i == root.i else "cue" if cue is not None and root.head.i == cue.i else "other"
    entities = {t.ent_type_ for t in words}
    features = [
        f"dep={root.dep_}",
        f"pos={root.pos_}",
        f"dep_pos={root.dep_}_{root.pos_}",
        f"first={_word(words[0])}",
        f"len={_length(len(words))}",
        f"roots={'1' if len(roots) == 1 else 'many'}",
        f"attach={attach}",
        f"finite={'yes' if any(t.tag_ in FINITE for t in words) else 'no'}",
        f"marks={'yes' if any(text in _QUOTE_MARKS for text in words_of(doc)[first : last + 1]) else 'no'}",
    ]
    if entities & TIMES:
        features.append("entity=time")
    if entities & _PLACES:
        features.append("entity=place")
    return features


def _cue_features(cue: Token | None) -> list[str]:
    """The cue's part of speech and, for a reporting verb, the kind of report its table entry gives."""
    if cue is None:
        return ["cue=none"]
    info = reporting_verbs().get(cue.lemma_.lower())
    return [f"cue={cue.pos_}", f"cue_kind={info.kind if info is not None else 'none'}"]


def _word(token: Token) -> str:
    """A closed-class word itself, any other word by its part of speech."""
    return token.lower_ if token.tag_ in _CLOSED_TAGS or token.lower_ == "that" else f"POS:{token.pos_}"


def _punct_at(doc: Doc, b: int) -> str:
    """The setting-off punctuation next to boundary ``b`` (between tokens ``b - 1`` and ``b``), if any."""
    for i in (b - 1, b):
        if 0 <= i < len(doc) and doc[i].text in _SETTING_OFF:
            return doc[i].text if doc[i].text in (",", "(", ")", ";", ":") else "dash"
    return "none"


def edits(
    doc: Doc, first: int, last: int, cue: Token | None, class_: str, kind: str, moves: Collection[str] = MOVES
) -> list[Edit]:
    """Every edit of content ``first..last`` to a nearby segment boundary in its sentence, by the given
    ``moves``, with its features."""
    sent = sentence_of_token(doc[first])
    if last >= sent.end:
        return []
    bounds = _boundaries(doc, sent.start, sent.end)
    common = [f"class={class_}", f"kind={kind}", *_cue_features(cue)]
    inside = [b for b in bounds if first < b <= last]
    # Each move's boundaries, nearest first: (segment moved, content after the move, the boundary itself).
    reach: dict[str, list[tuple[tuple[int, int], tuple[int, int], int]]] = {
        "end_cut": [((b, last), (first, b - 1), b) for b in inside[::-1]],
        "end_extend": [((last + 1, b - 1), (first, b - 1), last + 1) for b in bounds if b > last + 1],
        "start_cut": [((first, b - 1), (b, last), b) for b in inside],
        "start_extend": [((b, first - 1), (b, last), first) for b in bounds[::-1] if b < first],
    }
    found: list[Edit] = []
    for move in moves:
        for step, (segment, result, boundary) in enumerate(reach[move][:_REACH], 1):
            kept = _words(doc, *result)
            if _takes_in_cue(result, (first, last), cue):
                continue  # "…, federal judge rules.": what a cue reports never holds the cue
            if move == "end_extend" and channel(doc[segment[0]]):
                continue  # "… on its website": where the words were said is no part of them
            if _words(doc, *segment) and kept:
                found.append(_edit(move, doc, segment, result, kept, step, boundary, cue, common, sent))
    return found


def _takes_in_cue(result: tuple[int, int], content: tuple[int, int], cue: Token | None) -> bool:
    """Whether a move brings the cue, outside the content, into it."""
    return cue is not None and result[0] <= cue.i <= result[1] and not content[0] <= cue.i <= content[1]


def _edit(
    move: str,
    doc: Doc,
    segment: tuple[int, int],
    result: tuple[int, int],
    kept: list[Token],
    step: int,
    boundary: int,
    cue: Token | None,
    common: list[str],
    sent: SpacySpan,
) -> Edit:
    side = move.split("_")[0]
    # The content's word that ends up next to the moved bound: "to" left first after "urged Congress".
    edge = kept[0] if side == "start" else kept[-1]
    features = [
        f"edge={_word(edge)}",
        f"edge_dep={edge.dep_}",
        *common,
        *_segment_features(doc, segment[0], segment[1], cue),
        f"step={min(step, 3)}",
        f"punct={_punct_at(doc, boundary)}",
        f"quoted={'yes' if _quoted(doc, sent.start, boundary) else 'no'}",
        f"sentence_end={'yes' if not _words(doc, segment[1] + 1, sent.end - 1) else 'no'}",
        f"sentence_start={'yes' if not _words(doc, sent.start, segment[0] - 1) else 'no'}",
    ]
    named = dict(f.split("=", 1) for f in features)
    # A few pairs the single features cannot express: a dependent is cut in one setting and kept in another.
    features += [f"{a}+{b}={named.get(a, '-')}+{named.get(b, '-')}" for a, b in _PAIRS]
    return Edit(side, result[0], result[1], (f"{move}:bias", *(f"{move}:{f}" for f in features)))


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """The model's weights by feature name, from ``data/quote_boundaries.tsv``."""
    return {row["feature"]: float(row["weight"]) for row in read_table("quote_boundaries.tsv")}


def score(edit: Edit, table: dict[str, float] | None = None) -> float:
    """The model's probability that ``edit`` puts the content's bound where a reader would."""
    table = weights() if table is None else table
    return 1 / (1 + math.exp(-sum(table.get(f, 0.0) for f in edit.features)))


def _trained_moves(table: dict[str, float]) -> tuple[str, ...]:
    """The moves of ``MOVES`` that ``table`` has weights for (those of the bundled model worked out once)."""
    return _bundled_moves() if table is weights() else _moves_of(table)


@lru_cache(maxsize=1)
def _bundled_moves() -> tuple[str, ...]:
    return _moves_of(weights())


def _moves_of(table: dict[str, float]) -> tuple[str, ...]:
    moves = {f.split(":")[0] for f in table}
    return tuple(m for m in MOVES if m in moves)


def adjusted(
    doc: Doc, span: Span, cue: Token | None, class_: str, kind: str, table: dict[str, float] | None = None
) -> Span:
    """``span`` with each side moved to the boundary the model prefers, when it gives that better than even odds."""
    table = weights() if table is None else table
    tokens = doc.char_span(*span, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return span
    start, end = span
    # Only the moves the model was trained for: any other edit would score even odds and never be made.
    best = chosen(edits(doc, tokens.start, tokens.end - 1, cue, class_, kind, _trained_moves(table)), table)
    if "start" in best:
        start = doc[best["start"].first].idx
    if "end" in best:
        first = best["start"].first if "start" in best else tokens.start
        token = doc[closing_bracket(doc, first, best["end"].last)]
        end = token.idx + len(token)
    return (start, end) if start < end else span


def chosen(candidates: Iterable[Edit], table: dict[str, float]) -> dict[str, Edit]:
    """On each side, the edit the model scores highest, when it gives that edit better than even odds."""
    best: dict[str, tuple[float, Edit]] = {}
    for edit in candidates:
        p = score(edit, table)
        if p > 0.5 and (edit.side not in best or p > best[edit.side][0]):
            best[edit.side] = (p, edit)
    return {side: edit for side, (_, edit) in best.items()}
