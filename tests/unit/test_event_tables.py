"""The event pattern tables load and agree with the CAMEO table."""

from __future__ import annotations

import pytest

from telex.events.codes import cameo, cameo_table, quad_class
from telex.events.patterns import compositions, light_verbs, match_verb, noun_codes, verb_patterns


def test_cameo_table_has_every_root_with_its_quad_class() -> None:
    table = cameo_table()
    for number in range(1, 21):
        root = f"{number:02d}"
        assert root in table
        assert table[root].quad_class == quad_class(root)
    assert cameo("057").plover == "SUPPORT"
    assert cameo("112").plover == "ACCUSE"
    assert cameo("195").quad_class == 4


@pytest.mark.parametrize(
    ("root", "quad"), [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4), ("20", 4)]
)
def test_quad_class(root: str, quad: int) -> None:
    assert quad_class(root) == quad


def test_every_pattern_code_is_in_the_cameo_table() -> None:
    table = cameo_table()
    codes = {p.code for rows in verb_patterns().values() for p in rows}
    codes |= set(noun_codes().values()) | set(compositions().values())
    assert codes <= set(table), codes - set(table)


def test_patterns_cover_every_root() -> None:
    roots = {p.code[:2] for rows in verb_patterns().values() for p in rows}
    assert roots >= {f"{n:02d}" for n in range(1, 21)}


@pytest.mark.parametrize(
    ("lemma", "particles", "objects", "preps", "code"),
    [
        ("accuse", (), (), {}, "112"),
        ("sign", (), ("treaty",), {}, "057"),
        ("impose", (), ("sanctions",), {}, "163"),
        ("call", (), (), {"for": {"talks"}}, "026"),
        ("blow", ("up",), ("bridge",), {}, "171"),
        ("withdraw", (), ("troops",), {}, "0872"),
        ("withdraw", (), ("inspectors",), {}, "1662"),
        ("withdraw", (), ("peacekeepers",), {}, "1661"),
        ("engage", (), ("peacekeepers",), {"in": {"firefight"}}, "193"),
        ("surrender", (), (), {}, "0874"),
        ("kill", (), (), {}, "190"),
        ("cut", ("off",), ("supplies",), {}, "162"),
        ("accept", (), ("refugees",), {}, "075"),
        ("put", (), (), {"under": {"investigation"}}, "090"),
        ("lay", ("down",), ("arms",), {}, "0873"),
        ("present", (), ("evidence",), {}, "112"),
    ],
)
def test_match_verb_prefers_the_most_specific_row(
    lemma: str, particles: tuple[str, ...], objects: tuple[str, ...], preps: dict[str, set[str]], code: str
) -> None:
    pattern = match_verb(lemma, particles, objects, preps)
    assert pattern is not None and pattern.code == code


def test_plover_types_follow_the_codebook_where_the_2021_table_has_none_or_differs() -> None:
    assert cameo("022").plover == "REQUEST"
    assert cameo("163").plover == "SANCTION"
    assert cameo("181").plover == "COERCE"
    assert cameo("192").plover == "ASSAULT"
    assert cameo("010").plover is None


def test_no_pattern_no_code() -> None:
    assert match_verb("say") is None
    assert match_verb("blow") is None
    assert match_verb("sign") is None


def test_light_verbs_and_nouns() -> None:
    assert {"hold", "pay", "stage"} <= light_verbs()
    assert noun_codes()["talks"] == "040"
    assert noun_codes()["visit"] == "042"
    assert noun_codes()["hunger strike"] == "142"
