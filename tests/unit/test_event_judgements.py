"""Spoken judgements that condemn a named actor, and the merge of repeated mentions, on hand-built parses."""

from __future__ import annotations

from dataclasses import replace

from telex.events.merge import merge_events
from telex.records import ActorRef, Event, Trigger
from tests.unit.fixtures import Row, events_in, hand_parsed


def _coded(rows: list[Row]) -> list[tuple[str, list[str | None], list[str | None]]]:
    events = events_in(hand_parsed(rows))
    return [(e.cameo, [a.country for a in e.source], [a.country for a in e.target]) for e in events]


def _said(predicate: list[Row], negated: bool = False) -> list[Row]:
    """ "Poland said Hungary is (not) <predicate> ." with the predicate's rows headed at index 3 (the copula)."""
    rows: list[Row] = [
        ("Poland", 1, "nsubj", "PROPN", "NNP", "Poland"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Hungary", 3, "nsubj", "PROPN", "NNP", "Hungary"),
        ("is", 1, "ccomp", "AUX", "VBZ", "be"),
    ]
    if negated:
        rows.append(("not", 3, "neg", "PART", "RB", "not"))
    shift = len(rows) - 4
    rows += [(w, h + shift if h > 3 else h, d, p, t, lem) for w, h, d, p, t, lem in predicate]
    return [*rows, (".", 1, "punct", "PUNCT", ".", ".")]


RECKLESS: list[Row] = [("reckless", 3, "acomp", "ADJ", "JJ", "reckless")]
# "a dangerous neighbour"
NEIGHBOUR: list[Row] = [
    ("a", 6, "det", "DET", "DT", "a"),
    ("dangerous", 6, "amod", "ADJ", "JJ", "dangerous"),
    ("neighbour", 3, "attr", "NOUN", "NN", "neighbour"),
]


def test_a_condemning_word_said_of_a_named_actor_disapproves_of_it() -> None:
    assert _coded(_said(RECKLESS)) == [("111", ["POL"], ["HUN"])]
    assert _coded(_said(NEIGHBOUR)) == [("111", ["POL"], ["HUN"])]


def test_a_denied_judgement_or_a_plain_description_is_none() -> None:
    assert _coded(_said(RECKLESS, negated=True)) == []
    assert _coded(_said([("large", 3, "acomp", "ADJ", "JJ", "large")])) == []


def test_a_condemning_adjective_judges_the_owner_of_what_it_describes() -> None:
    # "Japan said China 's reckless moves must stop ."
    rows: list[Row] = [
        ("Japan", 1, "nsubj", "PROPN", "NNP", "Japan"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("China", 5, "poss", "PROPN", "NNP", "China"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("reckless", 5, "amod", "ADJ", "JJ", "reckless"),
        ("moves", 7, "nsubj", "NOUN", "NNS", "move"),
        ("must", 7, "aux", "AUX", "MD", "must"),
        ("stop", 1, "ccomp", "VERB", "VB", "stop"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert ("111", ["JPN"], ["CHN"]) in _coded(rows)


def test_naming_an_actor_with_a_condemning_word_disapproves_of_it() -> None:
    # "Canada called Venezuela 's remarks offensive ."
    rows: list[Row] = [
        ("Canada", 1, "nsubj", "PROPN", "NNP", "Canada"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("Venezuela", 4, "poss", "PROPN", "NNP", "Venezuela"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("remarks", 1, "dobj", "NOUN", "NNS", "remark"),
        ("offensive", 1, "oprd", "ADJ", "JJ", "offensive"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(rows) == [("111", ["CAN"], ["VEN"])]


def _meeting(source: ActorRef, target: ActorRef, start: int) -> Event:
    return Event("", "040", "04", "CONSULT", None, 1, 1.0, (source,), (target,), "asserted",
                 Trigger("met", start, start + 3), 0, 0.8)


def test_repeated_mentions_merge_only_between_the_same_actors() -> None:
    kerry = ActorRef("Kerry", "John Kerry", "USAGOV", "USA", "GOV", "E1")
    lavrov = ActorRef("Lavrov", "Sergey Lavrov", "RUSGOV", "RUS", "GOV", "E2")
    obama = replace(kerry, text="Obama", name="Barack Obama", entity_id="E3")
    putin = replace(lavrov, text="Putin", name="Vladimir Putin", entity_id="E4")
    merged = merge_events([_meeting(kerry, lavrov, 0), _meeting(kerry, lavrov, 50), _meeting(obama, putin, 90)])
    assert [(e.trigger.start, e.mentions) for e in merged] == [(0, 2), (90, 1)]
