"""Our own coreference for names: one cluster per real person across surnames and misspellings.

Pure functions over strings, so every rule is testable without a model.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler, Levenshtein

from telex.entities.person_names import honorific_gender, name_gender, name_tokens
from telex.tables import read_table

# Spellings of one sound at the start of a name: "Catherine"/"Katherine", "Christina"/"Kristina", "Philip"/"Filip".
_SAME_SOUND = (("chr", "kr"), ("ph", "f"), ("c", "k"))
_INITIAL = re.compile(r"^[a-z]\.?$")


def _spoken(part: str) -> str:
    for written, sound in _SAME_SOUND:
        if part.startswith(written):
            return sound + part[len(written) :]
    return part


_SHORTENED = 3  # the fewest letters of a given name's shortened form: "Ken" of "Kenneth", not "Al" of "Alan"


def similar_tokens(a: str, b: str) -> bool:
    """Two spellings of one name part: "yun"/"yoon", "greene"/"green", "catherine"/"katherine"."""
    if a == b:
        return True
    a, b = _spoken(a), _spoken(b)
    return _one_start(a, b) and (JaroWinkler.similarity(a, b) >= 0.84 or _letters_apart(a, b))


def _one_start(a: str, b: str) -> bool:
    """Two spoken name parts that may be spellings of one: the same first letter, and ``_SHORTENED`` letters or more."""
    return a[:1] == b[:1] and min(len(a), len(b)) >= _SHORTENED


def _letters_apart(a: str, b: str) -> bool:
    """Two spoken name parts a letter or two apart, fewer for a short one: "steven"/"stephen", not "tracy"/"trayvon"."""
    return Levenshtein.distance(a, b) <= min(2, len(a) // 2)


@lru_cache(maxsize=1)
def _nickname_groups() -> dict[str, frozenset[int]]:
    """The rows of ``given_name_variants.tsv`` each lower-case given name or nickname is in: "bill" in William's."""
    groups: dict[str, set[int]] = {}
    for number, row in enumerate(read_table("given_name_variants.tsv")):
        for name in (row["given"], *row["nicknames"].split(";")):
            groups.setdefault(name.lower(), set()).add(number)
    return {name: frozenset(rows) for name, rows in groups.items()}


def given_names_agree(a: str, b: str) -> bool:
    """Whether two lower-case given names, written before one surname, may be one person's: equal, one the other's
    shortened form ("ken", "kenneth"), two spellings a letter or two apart ("steven", "stephen"; "catherine",
    "katherine"), or a nickname and its name (given_name_variants.tsv: "bill", "william"). Two other names never are,
    however alike they look: "tracy" and "trayvon", "ivanka" and "donald"; nor is an initial a given name ("L.H.
    Meyer", a firm, beside Laurence Meyer)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= _SHORTENED and long.startswith(short):
        return True
    if _nickname_groups().get(a, frozenset()) & _nickname_groups().get(b, frozenset()):
        return True
    a, b = _spoken(a), _spoken(b)
    return _one_start(a, b) and _letters_apart(a, b)


# Pure over two strings, and asked again for every pair of mentions a cluster holds: answered once per pair.
@lru_cache(maxsize=16384)
def same_person(a: str, b: str) -> bool:
    """Whether two person names, as written in one article, name one person.

    A bare name part matches a full name containing it ("Kim" and "Kim Jong-un"); two full names match
    when they have the same parts up to spelling ("Yoon Sun" and "Yun Sun"), at least one part equal, and given
    names that agree (``given_names_agree``: "Jack Lew" and "Jacob Lew", not "Tracy Martin" and "Trayvon Martin").
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if len(ta) != len(tb) and min(len(ta), len(tb)) >= 2:
        # "John F. Smith" and "Jon Smith": a middle initial one spelling leaves out.
        ta, tb = _without_initials(ta), _without_initials(tb)
    if ta == tb:
        return True
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == 1:
        return short[0] in bare_parts(b if short is ta else a) and len(short[0]) > 1
    if len(short) != len(long):
        return short == long[: len(short)] or short == long[-len(short) :]
    pairs = list(zip(ta, tb, strict=True))
    if not given_names_agree(*pairs[0]):
        return False
    return any(x == y for x, y in pairs) and all(similar_tokens(x, y) for x, y in pairs[1:])


def bare_parts(name: str) -> set[str]:
    """The parts of a full name that a bare mention of it may be (as ``name_tokens``): the first, the last, and
    any inner word of a name of three words or more ("Carlos" of "Juan Carlos Hidalgo", "Acosta" of "Melba Acosta
    Febo"), but no initial and no particle ("da", "al") and no part of a hyphenated word ("Jong" of "Kim Jong-un")."""
    tokens = name_tokens(name)
    if not tokens:
        return set()
    inner = {parts[0] for word in name.split()[1:-1] if len(parts := name_tokens(word)) == 1 and len(parts[0]) > 2}
    return {tokens[0], tokens[-1]} | {part for part in inner if not _INITIAL.match(part)}


def _without_initials(parts: list[str]) -> list[str]:
    """Name parts without middle initials ("f." in "john f. smith"); the first and last stay."""
    return [p for i, p in enumerate(parts) if i in (0, len(parts) - 1) or not _INITIAL.match(p)]


def cluster_names(names: list[str]) -> list[int]:
    """Assign each person name (in text order) a cluster number; a bare part joins the latest match, a name it
    begins or ends before one it is an inner word of ("Trump" is Donald Trump's, not Maryanne Trump Barry's). A
    cluster's names are compared once each, however often the article writes them."""
    clusters: list[list[str]] = []
    assignment: list[int] = []
    for name in names:
        matches = [
            number
            for number in range(len(clusters) - 1, -1, -1)
            if any(same_person(name, other) for other in dict.fromkeys(_comparable(name, clusters[number])))
        ]
        matches = _by_newsroom_style(name, [n for n in matches if not _other_sex(name, clusters[n])], clusters)
        match = next((n for n in matches if not _inner_only(name, clusters[n])), matches[0] if matches else None)
        if match is None:
            clusters.append([name])
            assignment.append(len(clusters) - 1)
        else:
            clusters[match].append(name)
            assignment.append(match)
    return assignment


def _by_newsroom_style(name: str, matches: list[int], clusters: list[list[str]]) -> list[int]:
    """The clusters a bare surname may join, best first, as newsroom style names a family: "Mrs. Clinton" is the
    Clinton named in full as a woman; a bare name the one whose surname it is before one whose given name it is (a
    second mention is the surname: "John" after "said Tom John" is his, not John Kasich's); a bare "Trump" the one the
    article names in full most; on a tie the one it has mentioned most so far ("Clinton" stays Hillary Clinton's
    after "Then, Bill Clinton set his wife's …"), and after that the one named last (the first named may be a name
    the tagger made of headline words, "Will Sanders")."""
    part = name_tokens(name)
    if len(part) != 1 or len(matches) < 2:
        return matches
    gender = honorific_gender(name.split()[0]) if len(name.split()) > 1 else None
    agreeing = [n for n in matches if any(name_gender(m) == gender for m in clusters[n])] if gender else []
    full = {n: sum(len(name_tokens(m)) >= 2 for m in clusters[n]) for n in matches}
    surnamed = {n: any(_surname_is(part[0], m) for m in clusters[n]) for n in matches}
    return sorted(agreeing or matches, key=lambda n: (not surnamed[n], -full[n], -len(clusters[n]), -n))


def _surname_is(part: str, name: str) -> bool:
    """Whether the bare name part ``part`` is the last word of the full name ``name`` (suffix left out)."""
    tokens = name_tokens(name)
    return len(tokens) >= 2 and tokens[-1] == part


def _other_sex(name: str, members: list[str]) -> bool:
    """A name whose title or given name marks one sex, and a cluster whose names mark the other, by the given names of
    its full names or, when it has none, by its titles: "Mr. Khan" is not Ghazala Khan, where "Khizr and Ghazala Khan"
    gave the husband no surname of his own; "Donald Trump Jr." is not the "Ms. Trump" named before him. A full name
    that marks neither ("Saeed Abedini") takes either title."""
    sex = _sex(name)
    full = [m for m in members if len(name_tokens(m)) >= 2]
    sexes = {_sex(m) for m in full or members}
    return sex is not None and None not in sexes and sexes != {sex}


def _sex(name: str) -> str | None:
    """The sex a titled surname's title ("Mrs. Khan") or a full name's given name ("Ghazala Khan") marks."""
    if len(name_tokens(name)) == 1 and len(name.split()) > 1:
        return honorific_gender(name.split()[0])
    return name_gender(name)


def _inner_only(name: str, members: list[str]) -> bool:
    """A bare name that is only an inner word of the cluster's names, none's first or last."""
    part = name_tokens(name)
    return len(part) == 1 and not any(
        (tokens := name_tokens(m)) and part[0] in (tokens[0], tokens[-1]) for m in members
    )


def _comparable(name: str, members: list[str]) -> list[str]:
    """A full name is compared with a cluster's full names; bare parts only stand in for a full name."""
    if len(name_tokens(name)) < 2:
        return members
    full = [m for m in members if len(name_tokens(m)) >= 2]
    return full or members


def canonical_name(names: list[str]) -> str:
    """The fullest spelling in a cluster, the first written when several are as full."""
    best = names[0]
    for name in names[1:]:
        if len(name_tokens(name)) > len(name_tokens(best)):
            best = name
    return best
