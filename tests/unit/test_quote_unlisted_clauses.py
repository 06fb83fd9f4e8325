"""A verb no table lists reports the that-clause it takes, its subject holding it ("Parents panicked that the bill
was due"), on hand-built parses (no model); not a verb whose that-clause no one holds ("ensured that …"), not a dummy
"it", not a clause after a thing and its phrase ("polarized voters with claims that …") nor one of time ("now that
…"), and a listed verb is read by its own entry only."""

from __future__ import annotations

from telex.quotes.verbs import verb_attributions
from tests.unit.fixtures import Row, hand_parsed


def _sentence(subject: tuple[str, str, str, str], verb: tuple[str, str], between: list[Row]) -> list[Row]:
    """ "<subject> <verb> <between> that the bill was due ." with the rows between counted from the sentence's start
    and the clause ("was") on the verb."""
    word, pos, tag, lemma = subject
    copula = 2 + len(between) + 3
    return [
        (word, 1, "nsubj", pos, tag, lemma),
        (verb[0], 1, "ROOT", "VERB", "VBD", verb[1]),
        *between,
        ("that", copula, "mark", "SCONJ", "IN", "that"),
        ("the", copula - 1, "det", "DET", "DT", "the"),
        ("bill", copula, "nsubj", "NOUN", "NN", "bill"),
        ("was", 1, "ccomp", "AUX", "VBD", "be"),
        ("due", copula, "acomp", "ADJ", "JJ", "due"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


_PARENTS = ("Parents", "NOUN", "NNS", "parent")
_LEE = ("Lee", "PROPN", "NNP", "Lee")


def test_an_unlisted_verb_reports_its_that_clause_as_a_belief() -> None:
    doc = hand_parsed(_sentence(_PARENTS, ("panicked", "panic"), []))
    [found] = verb_attributions(doc)
    said = doc.text[found.start : found.end]
    assert (said, found.cue, found.class_, found.speaker and found.speaker.text) == (
        "that the bill was due", "panicked", "belief", "Parents"
    )


def test_a_verb_whose_that_clause_no_one_holds_reports_nothing() -> None:
    assert not verb_attributions(hand_parsed(_sentence(_PARENTS, ("ensured", "ensure"), [])))


def test_a_dummy_subject_holds_no_view() -> None:
    assert not verb_attributions(hand_parsed(_sentence(("It", "PRON", "PRP", "it"), ("mattered", "mattering"), [])))


def test_a_listed_verb_is_read_by_its_own_entry_only() -> None:
    [found] = verb_attributions(hand_parsed(_sentence(_PARENTS, ("said", "say"), [])))
    assert (found.cue, found.class_) == ("said", "speech")


def test_one_persuaded_may_stand_between_the_verb_and_its_clause() -> None:
    doc = hand_parsed(_sentence(_LEE, ("convinced", "convince"), [("judges", 1, "dobj", "NOUN", "NNS", "judge")]))
    [found] = verb_attributions(doc)
    assert (doc.text[found.start : found.end], found.cue) == ("that the bill was due", "convinced")


def test_a_clause_after_a_thing_and_its_phrase_is_not_the_verbs() -> None:
    # "Lee polarized voters with claims that the bill was due": the clause is the claims', hung on the verb.
    between: list[Row] = [
        ("voters", 1, "dobj", "NOUN", "NNS", "voter"),
        ("with", 2, "prep", "ADP", "IN", "with"),
        ("claims", 3, "pobj", "NOUN", "NNS", "claim"),
    ]
    found = verb_attributions(hand_parsed(_sentence(_LEE, ("polarized", "polarize"), between)))
    assert not [a for a in found if a.cue == "polarized"]


def test_now_that_opens_a_clause_of_time() -> None:
    # "Lee spent now that the bill was due": "now" on the clause.
    now: Row = ("now", 6, "advmod", "ADV", "RB", "now")
    assert not verb_attributions(hand_parsed(_sentence(_LEE, ("spent", "spend"), [now])))


def test_a_clause_after_a_particle_and_its_phrase_is_the_nouns() -> None:
    # "Lee pushed back on the idea that the bill was due": the clause is the idea's, hung on the verb.
    between: list[Row] = [
        ("back", 1, "advmod", "ADV", "RB", "back"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("idea", 3, "pobj", "NOUN", "NN", "idea"),
    ]
    found = verb_attributions(hand_parsed(_sentence(_LEE, ("pushed", "push"), between)))
    assert not [a for a in found if a.cue == "pushed"]


def test_so_many_before_the_clause_makes_it_one_of_result() -> None:
    # "So many parents left that the bill was due": the clause says what followed, not what they held.
    rows: list[Row] = [
        ("So", 1, "advmod", "ADV", "RB", "so"),
        ("many", 2, "amod", "ADJ", "JJ", "many"),
        *_sentence(_PARENTS, ("left", "leave"), []),
    ]
    rows = [(w, h + 2 if i >= 2 else h, d, p, t, lem) for i, (w, h, d, p, t, lem) in enumerate(rows)]
    assert not verb_attributions(hand_parsed(rows))


def test_without_a_degree_word_the_same_verb_reports_its_clause() -> None:
    doc = hand_parsed(_sentence(_PARENTS, ("left", "leave"), []))
    [found] = verb_attributions(doc)
    assert found.cue == "left"
