"""An electorate's preference for one it knows by office is no political act, on hand-built parses (no model):
"Egyptian voters support the president" tells a poll, while "Egyptian voters accused the president" is words said
(112); a share of people counted ("a majority of Egyptians want Israel to leave") is a poll's finding whatever it
wants, unless the people are a body of state, and a share of a thing counts no one."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from telex.events.filters import _counted, _doer_words
from tests.unit.fixtures import Row, events_in, hand_parsed


def _voters(verb: str, lemma: str) -> list[Row]:
    """ "Egyptian voters <verb> the president ." """
    return [
        ("Egyptian", 1, "amod", "ADJ", "JJ", "egyptian"),
        ("voters", 2, "nsubj", "NOUN", "NNS", "voter"),
        (verb, 2, "ROOT", "VERB", "VBP", lemma),
        ("the", 4, "det", "DET", "DT", "the"),
        ("president", 2, "dobj", "NOUN", "NN", "president"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_an_electorates_support_for_an_office_holder_is_a_preference() -> None:
    assert events_in(hand_parsed(_voters("support", "support"))) == []


def test_an_electorates_accusation_of_an_office_holder_is_words_said() -> None:
    assert [e.cameo for e in events_in(hand_parsed(_voters("accused", "accuse")))] == ["112"]


def test_a_share_of_people_backing_someone_named_is_counted_in_a_poll() -> None:
    # "A majority of Egyptian workers support Sisi ." / "Egyptian workers support Sisi ." (a sector's own act)
    share: list[Row] = [
        ("A", 1, "det", "DET", "DT", "a"),
        ("majority", 5, "nsubj", "NOUN", "NN", "majority"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("Egyptian", 4, "amod", "ADJ", "JJ", "egyptian"),
        ("workers", 2, "pobj", "NOUN", "NNS", "worker"),
        ("support", 5, "ROOT", "VERB", "VBP", "support"),
        ("Sisi", 5, "dobj", "PROPN", "NNP", "Sisi"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    assert events_in(hand_parsed(share)) == []
    workers: list[Row] = [
        ("Egyptian", 1, "amod", "ADJ", "JJ", "egyptian"),
        ("workers", 2, "nsubj", "NOUN", "NNS", "worker"),
        ("support", 2, "ROOT", "VERB", "VBP", "support"),
        ("Sisi", 2, "dobj", "PROPN", "NNP", "Sisi"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert [e.cameo for e in events_in(hand_parsed(workers), date(2016, 1, 1))] == ["051"]


def _share_wants(people: list[Row]) -> list[Row]:
    """ "A majority of <people> want Israel to leave .": the people's last word heads them."""
    n = len(people)
    rows: list[Row] = [("A", 1, "det", "DET", "DT", "a"), ("majority", 3 + n, "nsubj", "NOUN", "NN", "majority")]
    rows += [("of", 1, "prep", "ADP", "IN", "of")]
    rows += [(w, 2 + n if i < n - 1 else 2, d, p, t, lm) for i, (w, _, d, p, t, lm) in enumerate(people)]
    rows += [
        ("want", 3 + n, "ROOT", "VERB", "VBP", "want"),
        ("Israel", 3 + n, "dobj", "PROPN", "NNP", "Israel"),
        ("to", 6 + n, "aux", "PART", "TO", "to"),
        ("leave", 3 + n, "xcomp", "VERB", "VB", "leave"),
        (".", 3 + n, "punct", "PUNCT", ".", "."),
    ]
    return rows


def test_a_share_of_people_is_counted_in_a_poll_whatever_it_wants() -> None:
    egyptians: list[Row] = [("Egyptians", 0, "pobj", "PROPN", "NNPS", "Egyptians")]
    assert not [e for e in events_in(hand_parsed(_share_wants(egyptians))) if e.cameo.startswith("02")]


def test_a_share_of_a_body_of_state_acts() -> None:
    lawmakers: list[Row] = [
        ("Egyptian", 0, "amod", "ADJ", "JJ", "egyptian"),
        ("lawmakers", 0, "pobj", "NOUN", "NNS", "lawmaker"),
    ]
    found = [(e.cameo, [s.code for s in e.source]) for e in events_in(hand_parsed(_share_wants(lawmakers)))]
    assert ("020", ["EGYLEG"]) in found


def test_a_share_of_a_thing_counts_no_one() -> None:
    # "Half of the speech ..." counts no people; "Half of the voters ..." and "56 % ..." do.
    def subject(rows: list[Row]) -> Token:
        return hand_parsed(rows)[0]

    speech: list[Row] = [
        ("Half", 4, "nsubj", "NOUN", "NN", "half"),
        ("of", 0, "prep", "ADP", "IN", "of"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("speech", 1, "pobj", "NOUN", "NN", "speech"),
        ("ended", 4, "ROOT", "VERB", "VBD", "end"),
    ]
    voters = [*speech[:3], ("voters", 1, "pobj", "NOUN", "NNS", "voter"), speech[4]]
    percent: list[Row] = [("%", 1, "nsubj", "NOUN", "NN", "%"), ("ended", 1, "ROOT", "VERB", "VBD", "end")]
    assert not _counted(subject(speech))
    assert _counted(subject(voters))
    assert _counted(subject(percent))


def test_a_share_of_a_body_of_state_rejecting_someone_named_votes() -> None:
    # "A majority of the Senate rejected Sisi .": the body's members vote; "... of the Egyptian workers" are polled.
    rows: list[Row] = [
        ("A", 1, "det", "DET", "DT", "a"),
        ("majority", 5, "nsubj", "NOUN", "NN", "majority"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("Senate", 2, "pobj", "PROPN", "NNP", "Senate"),
        ("rejected", 5, "ROOT", "VERB", "VBD", "reject"),
        ("Sisi", 5, "dobj", "PROPN", "NNP", "Sisi"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    assert [e.cameo[:2] for e in events_in(hand_parsed(rows), date(2016, 1, 1))] == ["12"]


def test_a_share_of_whom_counts_the_people_described() -> None:
    # "... superdelegates, the majority of whom support Clinton": the relative pronoun stands for people.
    rows: list[Row] = [
        ("majority", 3, "nsubj", "NOUN", "NN", "majority"),
        ("of", 0, "prep", "ADP", "IN", "of"),
        ("whom", 1, "pobj", "PRON", "WP", "whom"),
        ("support", 3, "ROOT", "VERB", "VBP", "support"),
    ]
    assert _counted(hand_parsed(rows)[0])




def test_who_supports_is_read_through_a_reporter_or_the_adjective_that_governs_it() -> None:
    # "Egyptian voters said they support Mubarak .": the unresolved pronoun stands for the reporter.
    said: list[Row] = [
        ("Egyptian", 1, "amod", "ADJ", "JJ", "egyptian"),
        ("voters", 2, "nsubj", "NOUN", "NNS", "voter"),
        ("said", 2, "ROOT", "VERB", "VBD", "say"),
        ("they", 4, "nsubj", "PRON", "PRP", "they"),
        ("support", 2, "ccomp", "VERB", "VBP", "support"),
        ("Mubarak", 4, "dobj", "PROPN", "NNP", "Mubarak"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert [t.text for t in _doer_words(hand_parsed(said)[4])] == ["they", "voters"]
    # "Sisi approached voters inclined to support Mubarak .": the infinitive's doer is whom the adjective describes.
    inclined: list[Row] = [
        ("Sisi", 1, "nsubj", "PROPN", "NNP", "Sisi"),
        ("approached", 1, "ROOT", "VERB", "VBD", "approach"),
        ("voters", 1, "dobj", "NOUN", "NNS", "voter"),
        ("inclined", 2, "amod", "ADJ", "JJ", "inclined"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("support", 3, "xcomp", "VERB", "VB", "support"),
        ("Mubarak", 5, "dobj", "PROPN", "NNP", "Mubarak"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [t.text for t in _doer_words(hand_parsed(inclined)[5])] == ["voters"]
    # "Egyptian voters said they plan to support Mubarak .": a plan reported is reported too.
    plan: list[Row] = [
        *said[:4],
        ("plan", 2, "ccomp", "VERB", "VBP", "plan"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("support", 4, "xcomp", "VERB", "VB", "support"),
        ("Mubarak", 6, "dobj", "PROPN", "NNP", "Mubarak"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert [t.text for t in _doer_words(hand_parsed(plan)[6])] == ["they", "voters"]


def test_a_share_told_as_so_many_in_so_many_is_counted() -> None:
    # "About 6 in 10 Egyptian workers support Sisi .": the people's number has "in" for its modifier.
    rows: list[Row] = [
        ("About", 1, "advmod", "ADV", "RB", "about"),
        ("6", 3, "quantmod", "NUM", "CD", "6"),
        ("in", 3, "quantmod", "ADP", "IN", "in"),
        ("10", 5, "nummod", "NUM", "CD", "10"),
        ("Egyptian", 5, "amod", "ADJ", "JJ", "egyptian"),
        ("workers", 6, "nsubj", "NOUN", "NNS", "worker"),
        ("support", 6, "ROOT", "VERB", "VBP", "support"),
        ("Sisi", 6, "dobj", "PROPN", "NNP", "Sisi"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    assert events_in(hand_parsed(rows)) == []
    # "Sisi was backed by nearly 6 in 10 of the workers .": the number heads, its "in" phrase a number.
    passive: list[Row] = [
        ("Sisi", 2, "nsubjpass", "PROPN", "NNP", "Sisi"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("backed", 2, "ROOT", "VERB", "VBN", "back"),
        ("by", 2, "agent", "ADP", "IN", "by"),
        ("nearly", 5, "advmod", "ADV", "RB", "nearly"),
        ("6", 3, "pobj", "NUM", "CD", "6"),
        ("in", 5, "prep", "ADP", "IN", "in"),
        ("10", 6, "pobj", "NUM", "CD", "10"),
        ("of", 7, "prep", "ADP", "IN", "of"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("workers", 8, "pobj", "NOUN", "NNS", "worker"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert events_in(hand_parsed(passive)) == []
    assert _counted(hand_parsed(passive)[5]) and not _counted(hand_parsed(passive)[0])
