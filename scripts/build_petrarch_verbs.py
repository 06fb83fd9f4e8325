"""Build ``src/telex/data/event_verbs_petrarch.tsv`` from PETRARCH2's CAMEO verb dictionary (MIT).

Run from the repository root: ``.venv/bin/python scripts/build_petrarch_verbs.py [DICTIONARY_DIR] [ONTOLOGY_DIR]``
(defaults: ``../shared/data/dictionaries/petrarch2`` and ``../shared/data/ontology``). The runtime reads only
the generated table, a fallback behind telex's own ``event_verbs.tsv``.

What is kept of ``CAMEO.2.0.txt``:
- patterns after the verb (``- * OBJECT (PREP OBJECT) [code]``) with at most one particle, one object phrase
  and one prepositional phrase, each synonym set (``&FOOD``) spelled out. A pattern applies to the verb its
  comment names (``# RUSH``, ``# CALLED_OFF``), the verb it was written for; PETRARCH2 extends it to every
  synonym of the block, which turns "take part" into an arrest and "hold a conference" into confinement;
- phrasal verbs (``+CALL_OFF [160]``) with their own or their block's code.
What is dropped, by general rule:
- the default code a block gives every verb of its synonym set, which fires on any use of a broad verb
  ("according", "involved"), and a verb's own default unless the verb is phrasal;
- rows left with no object condition (a particle or a preposition alone): "come to", "go through", "kick off",
  "look after", "defend from" say too little to be an event in news that is not about states alone (on 815
  unannotated PolNeAR train articles such rows made 5 events, 1 right); telex's own table states the few that do;
- patterns with words before the verb (conditions on the subject telex's rows cannot state), with several
  object or prepositional phrases, or with no condition left once the actor markers (``$ + ^ %``) are gone;
- null codes (``---``), passive-only codes (``[:173]``; of ``[042:043]`` the active ``042`` is kept), codes
  with no PLOVER type in CAMEO2PLOVER 2021 and codes telex's CAMEO table lacks.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path

from telex.events.patterns import VerbPattern, fires

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DICTIONARIES = ROOT.parent / "shared" / "data" / "dictionaries" / "petrarch2"
DEFAULT_ONTOLOGY = ROOT.parent / "shared" / "data" / "ontology"
CAMEO_TABLE = ROOT / "src" / "telex" / "data" / "cameo.tsv"
OUTPUT = ROOT / "src" / "telex" / "data" / "event_verbs_petrarch.tsv"

# Words that follow a verb as its particle ("set up", "call off", "look forward", "put aside").
PARTICLES = frozenset(
    {"up", "down", "off", "out", "back", "away", "aside", "forward", "over", "together", "apart", "ahead", "around"}
)
PREPOSITIONS = frozenset(
    {
        "to", "for", "with", "against", "into", "at", "from", "of", "on", "in", "by", "about", "under", "toward",
        "towards", "upon", "onto", "across", "behind", "before", "after", "between", "among", "without", "within",
        "along", "near", "through", "beyond", "throughout", "amid", "despite", "during", "since", "until", "like",
        "as", "than", "off", "over", "around",
    }
)  # fmt: skip
# Words that name no object: a pattern that needs one of them as its object phrase cannot be stated here.
FUNCTION_WORDS = frozenset(
    {"that", "will", "would", "to", "be", "is", "it", "not", "as", "so", "if", "and", "or", "who", "which", "there"}
)
# The dictionary's pattern words that end in -ly and are no adverbs.
NOUNS_IN_LY = frozenset({"rally", "supply", "assembly", "fly", "overfly", "daily", "ally", "family", "unlikely"})
AUXILIARIES = frozenset({"is", "are", "am", "was", "were", "be", "been", "have", "has", "had", "will", "would"})
# A synonym set spelled out inside a phrase is capped: beyond this many variants a pattern is too vague to keep.
MAX_VARIANTS = 400
COLUMNS = ("verbs", "particle", "prep", "objects", "prep_objects", "code", "block")


@dataclass
class Block:
    """A verb block: its name, default code, verbs (with their own codes) and patterns."""

    name: str
    code: str
    verbs: list[tuple[str, str | None, tuple[str, ...]]] = field(default_factory=list)
    patterns: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Row:
    verbs: tuple[str, ...]
    particle: str
    prep: str
    objects: tuple[str, ...]
    prep_objects: tuple[str, ...]
    code: str
    block: str


def _code(text: str) -> str | None:
    """The active CAMEO code of ``[xxx]`` or ``[xxx:yyy]``; ``None`` for null and passive-only codes."""
    active = text.strip("[]").split(":")[0].strip()
    return active if re.fullmatch(r"\d{3,4}", active) else None


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def read_dictionary(path: Path) -> tuple[dict[str, list[str]], list[Block]]:
    """The synonym sets (label -> lower-case entries) and the verb blocks."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    section = ""
    label = ""
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.startswith("####### SYNONYM SETS"):
            section = "synsets"
            continue
        if raw.startswith("####### VERB PATTERNS"):
            section = "verbs"
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        line = _strip_comment(raw)
        if not line.strip() or raw.startswith("#"):
            continue
        if section == "synsets":
            if line.startswith("&"):
                label = line.strip()
                synsets[label] = []
            elif line.startswith("+") and label:
                synsets[label] += _synonym_forms(line[1:].strip())
        elif section == "verbs":
            if line.startswith("---"):
                codes = re.findall(r"\[[^\]]*\]", line)
                blocks.append(Block(line.split()[1], (_code(codes[0]) if codes else None) or ""))
            elif line.startswith("-") and blocks:
                codes = re.findall(r"\[[^\]]*\]", line)
                comment = raw.split("#", 1)[1] if "#" in raw else ""
                if codes:
                    blocks[-1].patterns.append((line[1 : line.index(codes[-1])].strip(), codes[-1], comment))
            elif blocks:
                word = re.sub(r"\{[^}]*\}", " ", line).split()
                forms = re.findall(r"\{([^}]*)\}", line)
                codes = re.findall(r"\[[^\]]*\]", line)
                if word:
                    spelled = tuple(f.strip("+,").lower() for f in (forms[0].split() if forms else ()) if f.strip("+,"))
                    blocks[-1].verbs.append((word[0], codes[0] if codes else None, spelled))
    return synsets, blocks


def _synonym_forms(entry: str) -> list[str]:
    """ "NUCLEAR_BOMB" -> "nuclear bomb". PETRARCH2 adds plurals; telex matches a plural by its lemma."""
    words = entry.rstrip("_").lower().replace("_", " ").split()
    return [" ".join(words)] if words else []


def _singular(word: str) -> str | None:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return None


def _adverb(word: str) -> bool:
    """ "angrily", "positively": an adverb in -ly, not one of the dictionary's nouns in -ly ("rally")."""
    return word.endswith("ly") and word not in NOUNS_IN_LY


def _tokens(text: str) -> Iterator[tuple[str, str]]:
    """Groups of a pattern side: ("prep", "(TO BORDER)"), ("phrase", "{ARMS SHIPMENT}") or ("word", "AID")."""
    depth = 0
    current: list[str] = []
    kind = ""
    for token in text.split():
        if depth == 0:
            kind = "prep" if token.startswith("(") else "phrase" if token.startswith("{") else "word"
        current.append(token)
        depth += token.count("(") + token.count("{") - token.count(")") - token.count("}")
        if depth <= 0:
            yield kind, " ".join(current)
            current, depth = [], 0
    if current:
        yield kind, " ".join(current)


def _phrase(words: list[str], synsets: dict[str, list[str]]) -> list[str] | None:
    """Every spelling of a noun phrase (head last), synonym sets spelled out; ``None`` when it cannot be kept."""
    choices: list[list[str]] = []
    for word in words:
        if word.startswith("&"):
            if word not in synsets:
                return None
            choices.append(synsets[word])
        else:
            lower = word.lower().rstrip("_")
            if not re.fullmatch(r"[a-z][a-z'-]*", lower):
                return None
            choices.append([lower])
    spellings: list[str] = []
    for combination in product(*choices):
        spellings.append(" ".join(combination))
        if len(spellings) > MAX_VARIANTS:
            return None
    if len(words) == 1 and words[0].lower() in FUNCTION_WORDS:
        return None
    # telex matches the lemma of a plural head as well; a plural spelling also stands for its singular.
    extra = [
        " ".join([*s.split()[:-1], singular]) for s in spellings if (singular := _singular(s.split()[-1]))
    ]
    return sorted(set(spellings + extra))


@dataclass
class Conditions:
    particle: str = ""
    prep: str = ""
    objects: tuple[str, ...] = ()
    prep_objects: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.particle or self.prep or self.objects or self.prep_objects)


def conditions(after: str, synsets: dict[str, list[str]]) -> Conditions | None:
    """What a pattern needs after the verb; ``None`` when telex's rows cannot state it."""
    found = Conditions()
    phrases = 0
    for kind, text in _tokens(after):
        words = [w for w in re.sub(r"[(){}]", " ", text).split() if w not in ("$", "+", "^", "%")]
        if not words:
            continue
        if kind == "prep":
            head = words[0].lower()
            if head in PARTICLES - PREPOSITIONS:
                # "(ASIDE RIFT)": a particle with the direct object after it.
                if found.particle:
                    return None
                found.particle = head
                if words[1:]:
                    rest = _phrase(words[1:], synsets)
                    phrases += 1
                    if rest is None or phrases > 1:
                        return None
                    found.objects = tuple(rest)
                continue
            if head not in PREPOSITIONS or found.prep:
                return None
            found.prep = head
            if words[1:]:
                inner = _phrase(words[1:], synsets)
                if inner is None:
                    return None
                found.prep_objects = tuple(inner)
            continue
        if kind == "word" and len(words) == 1 and (words[0].lower() in PARTICLES or _adverb(words[0].lower())):
            # "LOOK FORWARD", "REACT ANGRILY": a particle or an adverb.
            if found.particle:
                return None
            found.particle = words[0].lower()
            continue
        if kind == "word" and len(words) == 1 and words[0].lower() in PREPOSITIONS:
            if found.prep:
                return None
            found.prep = words[0].lower()
            continue
        spelled = _phrase(words, synsets)
        phrases += 1
        if spelled is None or phrases > 1:
            return None
        found.objects = tuple(spelled)
    return found


def _phrasal(verb: str) -> tuple[str, Conditions] | None:
    """ "+CALL_OFF" -> ("call", particle "off"); "+GET_HOLD_OF" -> ("get", object "hold", prep "of")."""
    front, _, rest = verb.partition("+")
    words = [w.lower() for w in (rest or front).split("_") if w]
    if front.strip("_") or len(words) < 2 or words[0] in AUXILIARIES:
        return None
    found = Conditions()
    for word in words[1:]:
        if word in PARTICLES and not found.particle and not found.objects:
            found.particle = word
        elif word in PREPOSITIONS and not found.prep:
            found.prep = word
        elif not found.objects and re.fullmatch(r"[a-z][a-z'-]*", word) and word not in FUNCTION_WORDS:
            found.objects = (word,)
        else:
            return None
    return words[0], found


def plover_codes(ontology: Path, cameo_table: Path) -> frozenset[str]:
    """Codes with a PLOVER type in CAMEO2PLOVER 2021 that telex's CAMEO table also knows."""
    typed = {
        record["cameo"]
        for line in (ontology / "cameo2plover_2021.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip() and (record := json.loads(line)).get("plover")
    }
    known = {
        line.split("\t", 1)[0]
        for line in cameo_table.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith(("#", "code\t"))
    }
    return frozenset(typed & known)


def _written_for(comment: str, block: Block) -> list[tuple[str, Conditions]]:
    """The block verbs a pattern's comment names (base or listed form): (lemma, a phrasal verb's own words)."""
    named = {w.lower().strip("_") for w in re.findall(r"[A-Za-z][A-Za-z_'-]*", comment)}
    found: list[tuple[str, Conditions]] = []
    for verb, _, forms in block.verbs:
        spellings = {verb.lower().strip("+").replace("+", ""), *(f.replace("+", "") for f in forms)}
        if not named & spellings:
            continue
        if "_" in verb or "+" in verb:
            phrasal = _phrasal(verb)
            if phrasal is not None:
                found.append(phrasal)
        elif verb.isalpha():
            found.append((verb.lower(), Conditions()))
    return found


def _joined(own: Conditions, pattern: Conditions) -> Conditions | None:
    """A phrasal verb's own words and a pattern's conditions together; ``None`` when both fill one slot."""
    if (own.particle and pattern.particle) or (own.prep and pattern.prep) or (own.objects and pattern.objects):
        return None
    if own.prep and pattern.prep_objects:
        return None
    return Conditions(
        own.particle or pattern.particle,
        own.prep or pattern.prep,
        own.objects or pattern.objects,
        pattern.prep_objects,
    )


RowKey = tuple[str, str, str, str, tuple[str, ...], tuple[str, ...]]


def build_rows(
    synsets: dict[str, list[str]], blocks: list[Block], codes: frozenset[str]
) -> tuple[list[Row], dict[str, int]]:
    """The table rows and a count of what was dropped, and why."""
    dropped: dict[str, int] = {}

    def drop(reason: str) -> None:
        dropped[reason] = dropped.get(reason, 0) + 1

    rows: dict[RowKey, Row] = {}

    def add(block: Block, lemma: str, found: Conditions, code: str) -> None:
        if not (found.objects or found.prep_objects):
            drop("row with no object condition (come to, kick off)")
            return
        key = (block.name, lemma, found.particle, found.prep, found.objects, found.prep_objects)
        # PETRARCH2 keeps the last of two identical patterns; so does this table.
        rows.pop(key, None)
        rows[key] = Row((lemma,), found.particle, found.prep, found.objects, found.prep_objects, code, block.name)

    for block in blocks:
        for verb, own, _ in block.verbs:
            if "_" not in verb and "+" not in verb:
                drop("verb default (synonym set or own code)")
                continue
            phrasal = _phrasal(verb)
            code = _code(own) if own else block.code
            if phrasal is None:
                drop("phrasal verb that cannot be stated")
            elif not code or code not in codes:
                drop("phrasal verb with a null code or a code with no PLOVER type")
            else:
                add(block, *phrasal, code)
        for text, code_text, comment in block.patterns:
            before, star, after = text.partition("*")
            code = _code(code_text)
            verbs = _written_for(comment, block)
            if not star:
                drop("pattern without a verb marker")
            elif [w for w in before.split() if w not in ("$", "+", "^", "%")]:
                drop("pattern conditioned on the subject")
            elif not code or code not in codes:
                drop("pattern with a null code or a code with no PLOVER type")
            elif not verbs:
                drop("pattern whose comment names no verb of its block")
            elif (found := conditions(after, synsets)) is None:
                drop("pattern with more conditions than a row states")
            elif found.empty:
                drop("pattern with no condition (a verb default)")
            else:
                for lemma, own_words in verbs:
                    joined = _joined(own_words, found)
                    if joined is None:
                        drop("pattern that clashes with its phrasal verb")
                    else:
                        add(block, lemma, joined, code)
    grouped = _grouped(list(rows.values()))
    kept = _firing(grouped)
    if (count := sum(len(r.verbs) for r in grouped) - sum(len(r.verbs) for r in kept)) > 0:
        dropped["verb of a row that a rival row of the same verb always beats"] = count
    return kept, dropped


def _firing(rows: list[Row]) -> list[Row]:
    """Each row with only the verbs for which it can win a match: a row no clause reaches is a trap."""
    by_verb: dict[str, list[VerbPattern]] = {}
    for index, row in enumerate(rows):
        for verb in row.verbs:
            by_verb.setdefault(verb, []).append(
                VerbPattern(
                    verb,
                    row.particle or None,
                    row.prep or None,
                    frozenset(row.objects),
                    row.code,
                    frozenset(row.prep_objects),
                    str(index),
                )
            )
    alive = {(p.verb, p.row) for patterns in by_verb.values() for p in patterns if fires(p, patterns)}
    kept = []
    for index, row in enumerate(rows):
        verbs = tuple(v for v in row.verbs if (v, str(index)) in alive)
        if verbs:
            kept.append(Row(verbs, row.particle, row.prep, row.objects, row.prep_objects, row.code, row.block))
    return kept


def _grouped(rows: list[Row]) -> list[Row]:
    """One row per block, conditions and code, listing every verb that shares them."""
    merged: dict[tuple[str, str, str, tuple[str, ...], tuple[str, ...], str], list[str]] = {}
    for row in rows:
        key = (row.block, row.particle, row.prep, row.objects, row.prep_objects, row.code)
        merged.setdefault(key, []).extend(row.verbs)
    return [
        Row(tuple(dict.fromkeys(verbs)), particle, prep, objects, prep_objects, code, block)
        for (block, particle, prep, objects, prep_objects, code), verbs in merged.items()
    ]


def notice(dictionaries: Path) -> list[str]:
    return [f"# {line}".rstrip() for line in (dictionaries / "LICENSE").read_text(encoding="utf-8").splitlines()]


def render(rows: list[Row], dictionaries: Path) -> str:
    header = [
        "# CAMEO verb patterns converted from PETRARCH2's verb dictionary (openeventdata/petrarch2,",
        "# petrarch2/data/dictionaries/CAMEO.2.0.txt), a fallback behind telex's own event_verbs.tsv.",
        "# Generated by scripts/build_petrarch_verbs.py; do not edit by hand. One row: verb lemmas, an optional",
        "# particle, an optional preposition, the direct object's head (\"arms shipment\": head with a modifier),",
        "# the preposition's object, the CAMEO code, and the PETRARCH2 block the row comes from.",
        "#",
        "# The dictionary is distributed under this notice:",
        "#",
        *notice(dictionaries),
    ]
    lines = ["\t".join(COLUMNS)]
    for row in rows:
        lines.append(
            "\t".join(
                [
                    ";".join(row.verbs),
                    row.particle,
                    row.prep,
                    ";".join(row.objects),
                    ";".join(row.prep_objects),
                    row.code,
                    row.block,
                ]
            )
        )
    return "\n".join(header + lines) + "\n"


def main(argv: list[str]) -> int:
    dictionaries = Path(argv[1]) if len(argv) > 1 else DEFAULT_DICTIONARIES
    ontology = Path(argv[2]) if len(argv) > 2 else DEFAULT_ONTOLOGY
    synsets, blocks = read_dictionary(dictionaries / "CAMEO.2.0.txt")
    rows, dropped = build_rows(synsets, blocks, plover_codes(ontology, CAMEO_TABLE))
    OUTPUT.write_text(render(rows, dictionaries), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUTPUT.relative_to(ROOT)}")
    for reason, count in sorted(dropped.items(), key=lambda item: -item[1]):
        print(f"  dropped {count:5d}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
