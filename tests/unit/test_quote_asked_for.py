"""A request or a campaign for someone to act reports who is to act and what they are to do: "called for the party
to name a successor", "pushed for Congress to act", "a call for America to accept refugees", the "for" joining the
cue; a "for" clause of an object's purpose is no such content (issue #9)."""

from __future__ import annotations

from telex.quotes.nouns import noun_attributions
from telex.quotes.verbs import verb_attributions
from tests.unit.fixtures import Row, hand_parsed


def _asked(verb: str, lemma: str, when: bool = False) -> tuple[str, str]:
    """Cue and content of "Fowler <verb> [again] for the party to name a successor .", the infinitive hung on the
    verb as a clause of purpose with "for" its mark, as the parser hangs it."""
    at = 3 if when else 2  # index of "for"
    rows: list[Row] = [
        ("Fowler", 1, "nsubj", "PROPN", "NNP", "Fowler"),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
        *([("again", 1, "advmod", "ADV", "RB", "again")] if when else []),
        ("for", at + 4, "mark", "SCONJ", "IN", "for"),
        ("the", at + 2, "det", "DET", "DT", "the"),
        ("party", at + 4, "nsubj", "NOUN", "NN", "party"),
        ("to", at + 4, "aux", "PART", "TO", "to"),
        ("name", 1, "advcl", "VERB", "VB", "name"),
        ("a", at + 6, "det", "DET", "DT", "a"),
        ("successor", at + 4, "dobj", "NOUN", "NN", "successor"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    [found] = [a for a in verb_attributions(doc) if a.cue.startswith(verb)]
    return found.cue, doc.text[found.start : found.end]


def test_a_request_for_someone_to_act_reports_who_is_to_act_and_what() -> None:
    assert _asked("called", "call") == ("called", "the party to name a successor")


def test_an_adverb_between_the_request_and_its_for_is_how_it_was_said() -> None:
    assert _asked("called", "call", when=True)[1] == "the party to name a successor"


def test_a_campaign_verb_the_table_has_with_for_takes_the_clause_its_for_opens() -> None:
    # "push" alone is no reporting verb; "push for" is, and the "for" here is the clause's mark, not a preposition.
    assert _asked("pushed", "push")[1] == "the party to name a successor"


def test_a_for_clause_of_an_objects_purpose_is_not_what_was_asked() -> None:
    # "The network offered a path for conservatives to speak .": what was offered, the path, not who is to speak.
    doc = hand_parsed([
        ("The", 1, "det", "DET", "DT", "the"), ("network", 2, "nsubj", "NOUN", "NN", "network"),
        ("offered", 2, "ROOT", "VERB", "VBD", "offer"), ("a", 4, "det", "DET", "DT", "a"),
        ("path", 2, "dobj", "NOUN", "NN", "path"), ("for", 8, "mark", "SCONJ", "IN", "for"),
        ("conservatives", 8, "nsubj", "NOUN", "NNS", "conservative"), ("to", 8, "aux", "PART", "TO", "to"),
        ("speak", 2, "advcl", "VERB", "VB", "speak"), (".", 2, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    [found] = [a for a in verb_attributions(doc) if a.cue == "offered"]
    assert doc.text[found.start : found.end].startswith("a path")


def test_a_request_noun_reports_who_is_to_act_after_its_for() -> None:
    # "Obama issued a call for America to accept refugees ."
    doc = hand_parsed([
        ("Obama", 1, "nsubj", "PROPN", "NNP", "Obama"), ("issued", 1, "ROOT", "VERB", "VBD", "issue"),
        ("a", 3, "det", "DET", "DT", "a"), ("call", 1, "dobj", "NOUN", "NN", "call"),
        ("for", 7, "mark", "SCONJ", "IN", "for"), ("America", 7, "nsubj", "PROPN", "NNP", "America"),
        ("to", 7, "aux", "PART", "TO", "to"), ("accept", 3, "advcl", "VERB", "VB", "accept"),
        ("refugees", 7, "dobj", "NOUN", "NNS", "refugee"), (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    [found] = noun_attributions(doc)
    assert (doc.text[found.start : found.end], found.speaker and found.speaker.text) == (
        "America to accept refugees",
        "Obama",
    )
