"""Acts of firms and things that are no political acts, on hand-built parses (no model): a mobilisation of nothing
armed, a figure that moved, a word split at its hyphen, a target named for its own source."""

from __future__ import annotations

from spacy.tokens import Span

from telex.events.candidate import Candidate
from telex.events.extract import _without_selves
from telex.records import ActorRef, Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _coded(rows: list[Row], places: frozenset[int] = frozenset()) -> list[tuple[str, list[str | None]]]:
    events: list[Event] = events_in(hand_parsed(rows, places=places))
    return [(e.cameo, [a.code for a in e.source]) for e in events]


def _mobilised(doer: str, lemma: str, moved: tuple[str, str] | None) -> list[Row]:
    # "<doer> deployed [<moved>] ."
    rows: list[Row] = [(doer, 1, "nsubj", "PROPN", "NNPS", lemma), ("deployed", 1, "ROOT", "VERB", "VBD", "deploy")]
    if moved is not None:
        rows.append((moved[0], 1, "dobj", "NOUN", "NNS", moved[1]))
    return [*rows, (".", 1, "punct", "PUNCT", ".", ".")]


def test_a_mobilisation_moves_something_armed_or_is_done_by_a_state() -> None:
    # The row of "deploy" with no object codes any use 154; a party that deploys its staff, or mobilises, moves no
    # force, while a state does, and anyone deploying an armed side or a weapon does.
    assert _coded(_mobilised("Democrats", "Democrats", ("staff", "staff"))) == []
    assert _coded(_mobilised("Democrats", "Democrats", None)) == []
    assert _coded(_mobilised("Russia", "Russia", None), frozenset({0})) == [("154", ["RUS"])]
    assert _coded(_mobilised("Russia", "Russia", ("systems", "system")), frozenset({0})) == [("154", ["RUS"])]
    assert _coded(_mobilised("Democrats", "Democrats", ("militiamen", "militiaman"))) != []


def test_a_thing_a_firm_deploys_is_no_force() -> None:
    # "Microsoft deployed encryption .": a firm moves no force with a thing.
    rows: list[Row] = [
        ("Microsoft", 1, "nsubj", "PROPN", "NNP", "Microsoft"),
        ("deployed", 1, "ROOT", "VERB", "VBD", "deploy"),
        ("encryption", 1, "dobj", "NOUN", "NN", "encryption"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(rows) == []


def _closed(measure: bool) -> list[Row]:
    # "Microsoft closed down [2.7 percent] ."
    rows: list[Row] = [
        ("Microsoft", 1, "nsubj", "PROPN", "NNP", "Microsoft"),
        ("closed", 1, "ROOT", "VERB", "VBD", "close"),
        ("down", 1, "advmod" if measure else "prt", "ADV", "RB", "down"),
    ]
    if measure:
        rows += [("2.7", 4, "nummod", "NUM", "CD", "2.7"), ("percent", 2, "npadvmod", "NOUN", "NN", "percent")]
    return [*rows, (".", 1, "punct", "PUNCT", ".", ".")]


def test_a_firm_that_closed_down_by_a_measure_is_a_figure_that_moved() -> None:
    assert _coded(_closed(False)) == [("172", ["USABUS"])]
    doc = hand_parsed(_closed(True))
    doc.ents = [Span(doc, 3, 5, label="PERCENT")]
    assert events_in(doc) == []


def test_a_word_split_at_its_hyphen_is_read_with_the_name_after_it() -> None:
    # "Microsoft co - founder Bill Gates praised Obama ." parsed with "co" as the subject: the phrase up to the name is
    # the doer, not "Microsoft co".
    rows: list[Row] = [
        ("Microsoft", 1, "compound", "PROPN", "NNP", "Microsoft"),
        ("co", 6, "nsubj", "NOUN", "NN", "co"),
        ("-", 6, "nsubj", "NOUN", "NN", "-"),
        ("founder", 5, "compound", "NOUN", "NN", "founder"),
        ("Bill", 5, "compound", "PROPN", "NNP", "Bill"),
        ("Gates", 6, "nsubj", "PROPN", "NNP", "Gates"),
        ("praised", 6, "ROOT", "VERB", "VBD", "praise"),
        ("Obama", 6, "dobj", "PROPN", "NNP", "Obama"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    events = events_in(hand_parsed(rows, joined=frozenset({1, 2})))
    assert [a.text for e in events for a in e.source] == ["Microsoft co-founder Bill Gates"]


def _ref(text: str, name: str, code: str, sector: str | None, entity_id: str | None) -> ActorRef:
    return ActorRef(text, name, code, code[:3], sector, entity_id)


def test_a_person_a_source_was_named_for_is_no_target_of_its_own() -> None:
    # "Mr. Khan had no right to criticize him", with "Mr. Khan" read through a description as his son, whom "him"
    # names: one person on both sides, so the target goes. "Cruz encouraged his party" (the party named for Cruz) and
    # "Russia arrested Russian activists" (a state's own people) keep theirs.
    anchor = hand_parsed([("criticize", 0, "ROOT", "VERB", "VB", "criticize")])[0]
    described = _ref("Mr. Khan", "Humayun Khan", "USAMIL", "MIL", None)
    him = _ref("him", "Humayun Khan", "USAMIL", "MIL", "E5")
    assert _without_selves(Candidate("111", anchor, [anchor], [described], [him], True)) == []
    cruz = _ref("Cruz", "Ted Cruz", "USALEG", "LEG", "E1")
    party = _ref("his party", "Ted Cruz", "USAPTY", "PTY", None)
    assert _without_selves(Candidate("020", anchor, [anchor], [cruz], [party], True)) == [party]
    russia = _ref("Russia", "Russia", "RUS", None, "E2")
    activists = _ref("Russian activists", "Russia", "RUSOPP", "OPP", None)
    assert _without_selves(Candidate("173", anchor, [anchor], [russia], [activists], True)) == [activists]
