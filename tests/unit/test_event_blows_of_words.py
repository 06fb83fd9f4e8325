"""Blows of words, on hand-built parses (no model): lawmakers who hammer or hit someone criticise them (111), where
an armed doer's blow is force and a thing's none; and what a judge does beside a judgement, in a clause of time or
contrast ("criticized Iran while praising Iraq"), is the judge's own act, not one the judged are blamed for."""

from __future__ import annotations

from telex.events.doers import fights_with_words
from telex.events.patterns import POLITICIAN, match_verb
from telex.records import ActorRef, Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _events(rows: list[Row]) -> list[tuple[str, list[str | None], list[str | None], str]]:
    found: list[Event] = events_in(hand_parsed(rows))
    return [(e.cameo, [s.code for s in e.source], [t.code for t in e.target], e.modality) for e in found]


def _blow(doer: str, doer_lemma: str, verb: str, lemma: str, obj: list[Row]) -> list[Row]:
    """ "American <doer> <verb> <obj> on trade .": the object's last word is its head."""
    n = len(obj)
    rows: list[Row] = [
        ("American", 1, "amod", "ADJ", "JJ", "american"),
        (doer, 2, "nsubj", "NOUN", "NNS", doer_lemma),
        (verb, 2, "ROOT", "VERB", "VBD", lemma),
    ]
    rows += [(w, 2 + n if i < n - 1 else 2, d, p, t, lm) for i, (w, _, d, p, t, lm) in enumerate(obj)]
    rows += [
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("trade", 3 + n, "pobj", "NOUN", "NN", "trade"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    return rows


IRAN: list[Row] = [("Iran", 0, "dobj", "PROPN", "NNP", "Iran")]
IRANIAN_TROOPS: list[Row] = [
    ("Iranian", 0, "amod", "ADJ", "JJ", "iranian"),
    ("troops", 0, "dobj", "NOUN", "NNS", "troop"),
]


def test_lawmakers_who_hammer_someone_criticise_them() -> None:
    assert _events(_blow("lawmakers", "lawmaker", "hammered", "hammer", IRAN)) == [
        ("111", ["USALEG"], ["IRN"], "asserted")
    ]
    assert _events(_blow("lawmakers", "lawmaker", "hit", "hit", IRAN)) == [("111", ["USALEG"], ["IRN"], "asserted")]


def test_an_armed_doer_still_uses_force_and_an_armed_side_is_hit_by_no_words() -> None:
    assert _events(_blow("troops", "troop", "hammered", "hammer", IRAN)) == [("190", ["USAMIL"], ["IRN"], "asserted")]
    assert _events(_blow("lawmakers", "lawmaker", "hammered", "hammer", IRANIAN_TROOPS)) == []


def test_the_row_asks_for_a_politician() -> None:
    assert match_verb("knock") is None
    row = match_verb("knock", doers={POLITICIAN})
    assert row is not None and row.code == "111"
    assert match_verb("clobber", doers={POLITICIAN}) is None  # a rival beaten at the polls


def test_who_fights_with_words() -> None:
    senator = ActorRef("the senator", None, "USALEG", "USA", "LEG")
    president = ActorRef("Putin", "Vladimir Putin", "RUSGOV", "RUS", "GOV", "E1")
    ukraine = ActorRef("Ukraine", "Ukraine", "UKR", "UKR", None)
    rival = ActorRef("Navalny", "Alexei Navalny", "RUSOPP", "RUS", "OPP", "E2")
    assert fights_with_words([senator], [ukraine], set())
    # A head of state acting on a state may be using force; on a person, words.
    assert not fights_with_words([president], [ukraine], {"E1", "E2"})
    assert fights_with_words([president], [rival], {"E1", "E2"})
    assert not fights_with_words([senator], [], set())


def test_an_act_beside_a_judgement_is_the_judges_own() -> None:
    # "American lawmakers criticized Iran while praising Iraq ."
    rows: list[Row] = [
        ("American", 1, "amod", "ADJ", "JJ", "american"),
        ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("criticized", 2, "ROOT", "VERB", "VBD", "criticize"),
        ("Iran", 2, "dobj", "PROPN", "NNP", "Iran"),
        ("while", 5, "mark", "SCONJ", "IN", "while"),
        ("praising", 2, "advcl", "VERB", "VBG", "praise"),
        ("Iraq", 5, "dobj", "PROPN", "NNP", "Iraq"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _events(rows) == [
        ("111", ["USALEG"], ["IRN"], "asserted"),
        ("051", ["USALEG"], ["IRQ"], "asserted"),
    ]
    # "... criticized Iran for praising Iraq .": what Iran is blamed for is alleged of Iran.
    blamed = [*rows[:4], ("for", 2, "prep", "ADP", "IN", "for"), ("praising", 4, "pcomp", "VERB", "VBG", "praise"),
              *rows[6:]]
    assert _events(blamed) == [("111", ["USALEG"], ["IRN"], "asserted"), ("051", ["IRN"], ["IRQ"], "alleged")]
    # "... criticized Iran after praising Iraq .", "after" a preposition: still the judge's own act.
    after = [*rows[:4], ("after", 2, "prep", "ADP", "IN", "after"), ("praising", 4, "pcomp", "VERB", "VBG", "praise"),
             *rows[6:]]
    assert _events(after) == [("111", ["USALEG"], ["IRN"], "asserted"), ("051", ["USALEG"], ["IRQ"], "asserted")]


def test_lawmakers_who_rip_someone_criticise_them() -> None:
    # "American lawmakers ripped Iran on trade ." ("Trump rips Joe Scarborough")
    assert _events(_blow("lawmakers", "lawmaker", "ripped", "rip", IRAN)) == [("111", ["USALEG"], ["IRN"], "asserted")]


def test_the_phrasal_verb_the_clause_uses_wins_a_tie_with_a_preposition_of_the_bare_verb() -> None:
    # "called out Clinton on her record" criticises her; "called on Clinton to resign" appeals to her
    called_out = match_verb("call", particles={"out"}, preps={"on": {"record"}})
    assert called_out is not None and called_out.code == "111"
    called_on = match_verb("call", preps={"on": {"clinton"}})
    assert called_on is not None and called_on.code[:2] == "02"
