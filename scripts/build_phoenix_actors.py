"""Build ``src/telex/data/phoenix_actors.tsv`` and ``phoenix_agents.tsv`` from the Phoenix actor dictionaries (MIT).

Run from the repository root: ``.venv/bin/python scripts/build_phoenix_actors.py [DICTIONARY_DIR]`` (default:
``../shared/data/dictionaries/petrarch2``). The runtime reads only the generated tables, a fallback behind
telex's own ``countries.tsv``, ``organisations.tsv``, ``leaders.tsv`` and ``sectors.tsv``.

What is kept:
- every actor entry of ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt`` and
  ``Phoenix.MilNonState.actors.txt``: its name, its aliases (misspellings included) and its roles, dated
  roles as ``CODE start..end`` (``USAGOV 2009-01-20..``; two-digit years up to 30 are 20xx, the rest 19xx)
  and undated ones (the role outside every dated one) as the bare code;
- every agent noun of ``Phoenix.agents.txt`` (``FARMER [~AGR]``) with its sector code and its plurals:
  the written plural (``{CHAMBERS_OF_COMMERCE}``), none for ``{}``, else the regular one; ``!PERSON!`` and
  ``!MINIST!`` spelled out.
What is dropped, because telex can never match it or never codes it:
- multinational corporations of no home state (a bare ``MNC``) and null codes (``---``); a corporation of a home
  state is that state's business (``MNCUSA`` -> ``USABUS``, ``MNCISRMED`` -> ``ISRMED``: ``firm_code``);
- aliases longer than ``MAX_WORDS`` words, single-word aliases of two letters or fewer or that are English
  function words, and aliases that contain another alias of the same entry (``PRESIDENT_BARACK_OBAMA``
  beside ``BARACK_OBAMA``): the shorter one is found inside them and gives the same actor;
- roles with a malformed date (``2004017``), agent nouns of more than three words (a sector is read from
  the last three words of a phrase), agents that prefix a code (``[IGO~]``) and entries with no code.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DICTIONARIES = ROOT.parent / "shared" / "data" / "dictionaries" / "petrarch2"
ACTORS_OUTPUT = ROOT / "src" / "telex" / "data" / "phoenix_actors.tsv"
AGENTS_OUTPUT = ROOT / "src" / "telex" / "data" / "phoenix_agents.tsv"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
AGENT_FILE = "Phoenix.agents.txt"
MAX_WORDS = 8
MAX_AGENT_WORDS = 3
DROPPED_PREFIXES = ("MNC",)
# Single words that are never a name by themselves.
FUNCTION_WORDS = frozenset(
    {
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "it",
        "its", "he", "she", "we", "they", "his", "her", "our", "their", "this", "that", "these", "those", "all",
        "new", "one", "who", "what", "which", "can", "will", "may", "not", "no", "but", "so", "if", "be", "was",
        "are", "has", "have", "had", "do", "did", "up", "out", "about", "after", "before", "over", "under",
        "more", "most", "some", "any", "each", "other", "such", "only", "own", "same", "than", "too", "very",
        "just", "now", "then", "also", "well", "here", "there", "when", "where", "why", "how", "said", "says",
    }
)  # fmt: skip
CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
ROLE = re.compile(r"^\[\s*([A-Z]+)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))?\s*\]$")


@dataclass
class Entry:
    """One actor: its name as written first, its aliases and its roles (``CODE``, ``CODE a..b``)."""

    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


def parse_date(text: str) -> str | None:
    """``970101`` or ``19970101`` as ``1997-01-01``; ``None`` when malformed."""
    if len(text) == 6:
        year = int(text[:2])
        text = ("20" if year <= 30 else "19") + text
    if len(text) != 8:
        return None
    year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_role(text: str) -> str | None:
    """ "[USAGOV 970101-010120]" -> "USAGOV 1997-01-01..2001-01-20"; "[USAGOV >090120]" -> "USAGOV 2009-01-20.."."""
    match = ROLE.match(text.strip())
    if not match:
        return None
    code, sign, single, start, end = match.groups()
    code = firm_code(code)
    if not CODE.match(code) or code.startswith(DROPPED_PREFIXES):
        return None
    if sign:
        day = parse_date(single)
        if day is None:
            return None
        return f"{code} {day}.." if sign == ">" else f"{code} ..{day}"
    if start:
        first, last = parse_date(start), parse_date(end)
        if first is None or last is None:
            return None
        return f"{code} {first}..{last}"
    return code


def firm_code(code: str) -> str:
    """A multinational corporation of a home state is a business of that state, as other datasets code firms:
    "MNCUSA" (Exxon) -> "USABUS", "MNCISRMED" -> "ISRMED"; one of no state stays "MNC" and is dropped."""
    if not code.startswith("MNC") or len(code) < 6:
        return code
    return code[3:6] + (code[6:] or "BUS")


def phrase(raw: str) -> str:
    """ "MR._OBAMA_" -> "MR. OBAMA"; a parenthesised acronym is dropped: "ADEN_ARMY_(AAA)_" -> "ADEN ARMY"."""
    text = re.sub(r"\([^)]*\)", " ", raw)
    return " ".join(text.replace("_", " ").split())


def readable(text: str) -> str:
    """Upper-case dictionary text in the case news writes it: acronyms (no vowel, or up to three letters) stay."""
    words = []
    for word in text.split():
        letters = re.sub(r"[^A-Za-z]", "", word)
        if len(letters) <= 3 or not re.search(r"[AEIOUY]", letters):
            words.append(word)
        else:
            words.append("-".join(p[:1] + p[1:].lower() for p in word.split("-")))
    return " ".join(words)


def read_actors(text: str) -> list[Entry]:
    """The entries of one actor dictionary, in order."""
    entries: list[Entry] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            if raw.strip() == "" and entries and not entries[-1].roles:
                entries.pop()  # an entry with no code before a blank line codes nothing
            continue
        roles = re.findall(r"\[[^\]]*\]", line)
        words = re.sub(r"\[[^\]]*\]", " ", line).strip()
        if line[:1].isspace() or not words:
            if entries:
                entries[-1].roles.extend(r for r in map(parse_role, roles) if r)
            continue
        if words.startswith("+"):
            if entries:
                entries[-1].aliases.append(phrase(words[1:]))
                entries[-1].roles.extend(r for r in map(parse_role, roles) if r)
            continue
        if entries and not entries[-1].roles:
            # Entries written one after another with no code between them share the next code block.
            entries[-1].aliases.append(phrase(words))
        else:
            entries.append(Entry(phrase(words)))
        entries[-1].roles.extend(r for r in map(parse_role, roles) if r)
        if any(firm_code((r.strip("[] ").split() or [""])[0]).startswith(DROPPED_PREFIXES) for r in roles):
            entries[-1].roles.append("DROP")
    return [e for e in entries if e.roles and "DROP" not in e.roles]


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))


def kept_spellings(entry: Entry) -> list[str]:
    """The entry's spellings that telex can match, its name first, without redundant longer ones."""
    spellings: list[str] = []
    for text in [entry.name, *entry.aliases]:
        words = text.split()
        if not words or len(words) > MAX_WORDS or text in spellings:
            continue
        if len(words) == 1 and (len(re.sub(r"[^A-Za-z]", "", text)) <= 2 or text.lower() in FUNCTION_WORDS):
            continue
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 .'&-]*", text):
            continue
        spellings.append(text)
    split = [s.split() for s in spellings]
    return [s for s, w in zip(spellings, split, strict=True) if not any(o != w and _contains(w, o) for o in split)]


def actor_rows(entries: list[Entry]) -> list[tuple[str, str, str]]:
    """(name, aliases, roles) rows; the first kept spelling is the name."""
    rows: list[tuple[str, str, str]] = []
    for entry in entries:
        spellings = kept_spellings(entry)
        if not spellings:
            continue
        roles = list(dict.fromkeys(entry.roles))
        rows.append((readable(spellings[0]), ";".join(readable(s) for s in spellings[1:]), ";".join(roles)))
    return rows


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh", "z")):
        return word + "es"
    return word + "s"


def read_agents(text: str) -> list[tuple[str, str]]:
    """(noun, sector code) pairs, plurals included, the first code of a noun kept."""
    substitutions: dict[str, list[str]] = {}
    found: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        match = re.match(r"^(!\w+!)\s*=\s*(.+)$", line)
        if match:
            substitutions[match.group(1)] = [w.strip().lower() for w in match.group(2).split(",") if w.strip()]
            continue
        match = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]$", line)
        if not match:
            continue
        word, plural, code = match.groups()
        if not CODE.match(code):
            continue
        forms = [word.lower()]
        for marker, values in substitutions.items():
            if marker.lower() in forms[0]:
                forms = [forms[0].replace(marker.lower(), v) for v in values]
        for form in forms:
            singular = phrase(form)
            variants = [singular]
            if plural is None and not form.endswith(tuple(substitutions.get("!PERSON!", ()))):
                variants.append(" ".join([*singular.split()[:-1], _plural(singular.split()[-1])]) if singular else "")
            elif plural and plural.strip("{} "):
                variants.append(phrase(plural.strip("{}").lower()))
            for variant in variants:
                if variant and len(variant.split()) <= MAX_AGENT_WORDS and re.fullmatch(r"[a-z][a-z .'-]*", variant):
                    found.setdefault(variant, code)
    return sorted(found.items())


def notice(license_text: str) -> list[str]:
    return ["# " + line if line else "#" for line in license_text.strip().splitlines()]


ACTORS_HEADER = """\
# Actors converted from the Phoenix actor dictionaries (openeventdata/petrarch2, petrarch2/data/dictionaries:
# Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt), a fallback
# behind telex's own countries.tsv, organisations.tsv and leaders.tsv.
# Generated by scripts/build_phoenix_actors.py; do not edit by hand. One row: the name, its aliases
# (misspellings included), and its CAMEO roles: "CODE start..end" holds between those dates (either may be
# open), a bare "CODE" holds outside every dated role.
#
# The dictionaries are distributed under this notice:
#"""

AGENTS_HEADER = """\
# Agent nouns converted from the Phoenix agents dictionary (openeventdata/petrarch2,
# petrarch2/data/dictionaries/Phoenix.agents.txt), a fallback behind telex's own sectors.tsv: a noun at the
# head of a phrase names the actor's sector ("farmers" AGR, "riot police" COP); a longer code adds a
# secondary sector (GOVMED). Generated by scripts/build_phoenix_actors.py; do not edit by hand.
#
# The dictionary is distributed under this notice:
#"""


def build(directory: Path) -> tuple[str, str]:
    """The text of the two tables."""
    license_lines = notice((directory / "LICENSE").read_text(encoding="utf-8"))
    entries: list[Entry] = []
    for name in ACTOR_FILES:
        entries += read_actors((directory / name).read_text(encoding="utf-8", errors="replace"))
    actors = [ACTORS_HEADER, *license_lines, "name\taliases\troles"]
    actors += ["\t".join(row) for row in actor_rows(entries)]
    agents = [AGENTS_HEADER, *license_lines, "word\tsector"]
    agents += [f"{word}\t{code}" for word, code in read_agents((directory / AGENT_FILE).read_text(encoding="utf-8"))]
    return "\n".join(actors) + "\n", "\n".join(agents) + "\n"


def main(argv: list[str]) -> int:
    directory = Path(argv[1]) if len(argv) > 1 else DEFAULT_DICTIONARIES
    actors, agents = build(directory)
    ACTORS_OUTPUT.write_text(actors, encoding="utf-8")
    AGENTS_OUTPUT.write_text(agents, encoding="utf-8")
    for path in (ACTORS_OUTPUT, AGENTS_OUTPUT):
        rows = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
        print(f"{path.relative_to(ROOT)}: {rows - 1} rows, {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
