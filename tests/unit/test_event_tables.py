"""The event pattern tables load and agree with the CAMEO table."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest
import spacy

from telex.events.codes import cameo, cameo_table, quad_class
from telex.events.patterns import (
    COMPOSE,
    NO_EVENT,
    NOUNS,
    PEOPLE,
    RECIPROCAL,
    VerbPattern,
    compositions,
    fires,
    holds,
    light_verbs,
    match_petrarch,
    match_verb,
    noun_codes,
    noun_row,
    petrarch_patterns,
    verb_patterns,
)
from telex.tables import read_table


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
    codes = {p.code for rows in verb_patterns().values() for p in rows} - {NO_EVENT}
    codes |= (set(noun_codes().values()) - {NO_EVENT}) | set(compositions().values())
    assert codes <= set(table), codes - set(table)


def test_patterns_cover_every_root() -> None:
    roots = {p.code[:2] for rows in verb_patterns().values() for p in rows}
    assert roots >= {f"{n:02d}" for n in range(1, 21)}


def test_petrarch_layer_keeps_no_row_with_only_a_particle_or_a_preposition() -> None:
    # "Clinton kicked off her campaign", "looking for a strong performance after a loss": too little to be an event.
    assert match_petrarch("kick", ("off",)) is None
    assert match_petrarch("look", preps={"after": {"loss"}}) is None
    loose = [p for rows in petrarch_patterns().values() for p in rows if not (p.objects or p.prep_objects)]
    assert loose == []


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
        ("call", ("off",), ("visit",), {}, "160"),
        ("cancel", (), ("talks",), {}, "164"),
        ("pull", ("out",), (), {"of": {"treaty"}}, "160"),
        ("withdraw", (), (), {"from": {"treaty"}}, "160"),
        ("withdraw", (), (), {"from": {"region"}}, "0872"),
        ("fire", (), (), {"at": {"protesters"}}, "193"),
        ("set", (), ("fire",), {"to": {"building"}}, "171"),
        ("burn", (), ("flags",), {}, "141"),
        ("fire", (), ("gas",), {"at": {"protesters"}}, "175"),
        ("take", (), (), {"to": {"streets"}}, "141"),
        ("strike", (), (), {"over": {"pay"}}, "143"),
        ("attack", (), ("target",), {}, "190"),
        ("throw", (), ("grenades",), {}, "183"),
        ("throw", (), ("stones",), {}, "145"),
        ("expel", (), ("diplomats",), {}, "161"),
        ("expel", (), ("inspectors",), {}, "1662"),
        ("vow", (), ("revenge",), {}, "138"),
        ("issue", (), ("ultimatum",), {}, "139"),
        ("deploy", (), ("police",), {}, "153"),
        ("call", ("up",), ("reservists",), {}, "154"),
        ("investigate", (), ("corruption",), {}, "091"),
        ("demand", (), ("compensation",), {}, "103"),
        ("defend", (), ("decision",), {}, "052"),
        ("take", (), ("aim",), {"at": {"remarks"}}, "111"),
        ("fire", ("back",), (), {"at": {"critics"}}, "111"),
        ("call", ("out",), (), {}, "111"),
        ("call", ("out",), ("troops",), {}, "154"),
        ("expand", (), ("army",), {}, "154"),
        ("add", (), ("soldiers",), {}, "154"),
        ("stand", (), (), {"by": {"ally"}}, "051"),
        ("stand", (), (), {"by": {"comments"}}, "052"),
        ("rebut", (), ("allegations",), {}, "120"),
        ("warn", (), (), {"against": {"provocations"}}, "130"),
        ("refute", (), (), {}, "120"),
        ("put", (), ("tariffs",), {}, "163"),
        ("place", (), ("embargo",), {}, "163"),
        ("call", (), ("session",), {}, "040"),
        ("call", (), ("meeting", "minister"), {}, "040"),
        ("call", (), ("president",), {}, "041"),
        ("track", ("down",), ("suspect",), {}, "173"),
        ("pin", (), ("blame",), {"on": {"rebels"}}, "112"),
        ("lay", (), ("blame",), {}, "112"),
        ("urge", (), ("restraint",), {}, "027"),
        ("urge", (), ("release",), {}, "025"),
        ("accept", (), ("invitation",), {}, "036"),
        ("take", (), (), {"to": {"court"}}, "115"),
        ("facilitate", (), ("talks",), {}, "045"),
        ("recognize", (), ("independence",), {}, "054"),
        ("recognize", (), ("rebels",), {"as": {"government"}}, "054"),
        ("sympathize", (), (), {"with": {"families"}}, "018"),
        ("engage", (), (), {"in": {"talks"}}, "040"),
        ("engage", (), (), {"in": {"negotiations"}}, "046"),
        ("exchange", (), ("views",), {}, "040"),
        ("import", (), ("oil",), {"from": {"iran"}}, "061"),
        ("vote", ("down",), ("resolution",), {}, "120"),
        ("mobilize", (), (), {"against": {"junta"}}, "113"),
        ("mobilize", (), ("troops",), {"against": {"rebels"}}, "154"),
        ("annul", (), ("treaty",), {}, "160"),
        ("nab", (), ("suspect",), {}, "173"),
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
    # "invested $20 million in the resort", "invested in companies he bashed": money put into a firm or a project is
    # no economic cooperation between actors; "recognized the need", "recognized the importance of the state
    # conventions": no state recognized.
    assert match_verb("invest", preps={"in": {"company"}}) is None
    assert match_verb("recognize") is None
    assert match_verb("recognize", objects={"importance", "state", "convention"}) is None
    assert match_verb("blow") is None
    assert match_verb("sign") is None
    # Ambiguous in news: "defend itself against", "damage the image", "closed the gap", "fired the director".
    for lemma in ("defend", "damage", "close"):
        assert match_verb(lemma) is None
    assert match_verb("fire", objects={"director"}) is None


def test_a_preposition_hung_on_the_object_meets_only_a_row_that_names_the_object() -> None:
    # "showed [support for Putin]": the parser hangs "for" on "support"; the row "show support for" holds.
    shown = match_verb("show", objects={"support"}, object_preps={"for": {"putin"}})
    assert shown is not None and shown.code == "051"
    # "railed [the bill against ...]": "rail against" names no object, so an object's phrase is not its own.
    assert match_verb("rail", objects={"bill"}, object_preps={"against": {"tax"}}) is None
    assert match_verb("rail", preps={"against": {"tax"}}) is not None


def test_light_verbs_and_nouns() -> None:
    assert {"hold", "pay", "stage"} <= light_verbs()
    assert noun_codes()["talks"] == "040"
    assert noun_codes()["visit"] == "042"
    assert noun_codes()["hunger strike"] == "142"
    assert noun_codes()["tariffs"] == "163"


def _dead_rows(table: dict[str, tuple[VerbPattern, ...]]) -> list[str]:
    """Rows that win no match for any of their verbs."""
    alive: dict[str, bool] = {}
    for patterns in table.values():
        for pattern in patterns:
            alive[pattern.row] = alive.get(pattern.row, False) or fires(pattern, patterns)
    return [row for row, ok in alive.items() if not ok]


def test_every_verb_row_can_fire() -> None:
    assert _dead_rows(verb_patterns()) == []
    assert _dead_rows(petrarch_patterns()) == []


# Words a pattern entry never has: "for resignation" names a preposition, "the treaty" a determiner; a parse
# offers an entry only its head and the modifiers before it.
_FUNCTION_WORDS = frozenset({"for", "of", "to", "with", "on", "in", "at", "by", "from", "against", "the", "a", "an"})


def _table_words() -> set[str]:
    words = {w for rows in verb_patterns().values() for p in rows for w in (p.verb, p.particle, p.prep) if w}
    entries = {o for rows in verb_patterns().values() for p in rows for o in p.objects | p.prep_objects}
    entries |= set(noun_codes()) | set(light_verbs())
    return words | {w for e in entries for w in e.split()}


def test_every_table_word_is_one_token() -> None:
    # spaCy splits "sit-in" and "asylum-seekers" at the hyphen: such an entry meets no parse.
    tokenizer = spacy.blank("en").tokenizer
    split = sorted(w for w in _table_words() if len(tokenizer(w)) != 1)
    assert split == []


def test_telex_rows_name_heads_with_their_modifiers() -> None:
    entries = {o for rows in verb_patterns().values() for p in rows for o in p.objects | p.prep_objects}
    assert not [e for e in entries if len(e.split()) > 2 or set(e.split()) & _FUNCTION_WORDS]


def test_several_word_nouns_end_in_a_lemma() -> None:
    # A compound is looked up as its modifiers' forms and its head's lemma: "arms delivery", never "arms deliveries".
    heads = [n.split()[-1] for n in noun_codes() if " " in n]
    assert [h for h in heads if h.endswith("s") and not h.endswith("ss")] == []


def test_a_no_event_row_hides_one_use_of_a_verb() -> None:
    assert match_verb("release", objects={"statement"}) is None
    assert match_verb("demonstrate", objects={"resolve"}) is None
    assert match_verb("meet", objects={"targets"}) is None
    released = match_verb("release", objects={"prisoners"})
    assert released is not None and released.code == "0841"
    # A release of people sets them free; of a thing the row names not, nothing ("released its totals").
    people = match_verb("release", objects={PEOPLE})
    assert people is not None and people.code == "0841"
    assert match_verb("release") is None
    freed = match_verb("free")
    assert freed is not None and freed.code == "0841"


def test_calling_a_sitting_schedules_it_and_appeals_to_no_one() -> None:
    # "called a debate on the bill": the "on" phrase the parser may hang on the verb is no "call on" appeal.
    assert match_verb("call", (), ("debate",), {"on": {"bill"}}) is None
    pattern = match_verb("call", (), (), {"on": {"government"}})
    assert pattern is not None and pattern.code == "020"


def test_an_entry_of_more_words_wins_a_tie() -> None:
    used = match_verb("use", objects={"weapon", "chemical weapon"})
    assert used is not None and used.code == "204"
    assert match_verb("use", objects={"weapon"}) is None


def test_every_noun_row_composition_and_reciprocal_code_can_fire() -> None:
    rows = read_table(NOUNS)
    owners = {noun_row(noun) for row in rows for noun in row["nouns"]}
    assert owners == {f"{NOUNS}:{i}" for i in range(1, len(rows) + 1)}
    pairs = Counter((row["governor"], row["complement"]) for row in read_table(COMPOSE))
    assert [pair for pair, n in pairs.items() if n > 1] == []
    codes = Counter(row["code"] for row in read_table(RECIPROCAL))
    assert [code for code, n in codes.items() if n > 1] == []


def test_several_word_entries_need_their_modifiers() -> None:
    assert holds({"arms shipment"}, {"shipment", "arms shipment"})
    assert not holds({"arms shipment"}, {"shipment", "food shipment"})
    assert holds({"no further information"}, {"information", "no information", "further information"})
    assert holds({"aid"}, {"aid"}) and not holds({"aid"}, {"food aid"})


def test_petrarch_layer_codes_have_a_plover_type_and_are_in_the_cameo_table() -> None:
    codes = {p.code for rows in petrarch_patterns().values() for p in rows}
    assert codes and all(cameo(code).plover for code in codes)


def test_petrarch_layer_keeps_no_bare_verb_defaults() -> None:
    # "according", "involved": a verb with no condition never codes an event through the layer.
    for lemma in ("accord", "involve", "give", "say"):
        assert match_petrarch(lemma) is None
    bare = [p for rows in petrarch_patterns().values() for p in rows if not p.specificity]
    assert bare == []


@pytest.mark.parametrize(
    ("lemma", "particles", "objects", "preps", "code"),
    [
        ("expedite", (), ("arms shipment", "shipment"), {}, "072"),
        ("throw", (), ("support",), {"behind": {"candidate"}}, "051"),
        ("keep", (), (), {"in": {"custody"}}, "173"),
        ("expel", (), ("diplomat",), {}, "161"),
        ("foil", (), ("assassination attempt", "attempt"), {}, "185"),
        ("stage", (), ("rally",), {}, "141"),
    ],
)
def test_petrarch_layer_patterns(
    lemma: str, particles: tuple[str, ...], objects: tuple[str, ...], preps: dict[str, set[str]], code: str
) -> None:
    pattern = match_petrarch(lemma, particles, objects, preps)
    assert pattern is not None and pattern.code == code


def test_petrarch_table_carries_the_mit_notice() -> None:
    text = resources.files("telex.data").joinpath("event_verbs_petrarch.tsv").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("The MIT License" in line for line in header)
    assert any("Copyright (c) 2014 Open Event Data" in line for line in header)
    assert any("THE SOFTWARE IS PROVIDED" in line for line in header)
