"""Talk between people and disputes, on hand-built parses (no model): a noun of talk reports what its about/over/on
phrase names ("a debate about the nominees") but not the side its against/for phrase names, and one who renews a
debate does not make it; a verb of quarrelling or chatting reports what its topic phrase names ("sparred over
taxes"); "as if" and "as though" make a likeness, no "as" report ("paused, as if arguing with himself")."""

from __future__ import annotations

from telex.quotes.nouns import noun_attributions
from telex.quotes.verbs import verb_attributions
from tests.unit.fixtures import Row, hand_parsed


def _her_debate(prep: str, noun: str = "debate") -> list[Row]:
    # "She recalled her <noun> <prep> the governor ."
    return [
        ("She", 1, "nsubj", "PRON", "PRP", "she"), ("recalled", 1, "ROOT", "VERB", "VBD", "recall"),
        ("her", 3, "poss", "PRON", "PRP$", "her"), (noun, 1, "dobj", "NOUN", "NN", noun),
        (prep, 3, "prep", "ADP", "IN", prep), ("the", 6, "det", "DET", "DT", "the"),
        ("governor", 4, "pobj", "NOUN", "NN", "governor"), (".", 1, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip


def test_a_noun_of_talk_reports_what_it_was_about() -> None:
    doc = hand_parsed(_her_debate("about"))
    [found] = noun_attributions(doc)
    assert (doc.text[found.start : found.end], found.cue, found.speaker and found.speaker.text) == (
        "the governor", "debate", "She"
    )


def test_a_noun_of_talk_reports_no_side_it_was_against() -> None:
    assert not noun_attributions(hand_parsed(_her_debate("against")))


def test_a_claim_against_someone_is_still_what_the_claim_says() -> None:
    # a statement noun, not one of talk: "her claim against the governor" names what she claimed
    doc = hand_parsed(_her_debate("against", "claim"))
    assert [doc.text[a.start : a.end] for a in noun_attributions(doc)] == ["the governor"]


def test_who_renews_a_debate_does_not_make_it() -> None:
    # "The attacks renewed the debate over migrants ."
    doc = hand_parsed([
        ("The", 1, "det", "DET", "DT", "the"), ("attacks", 2, "nsubj", "NOUN", "NNS", "attack"),
        ("renewed", 2, "ROOT", "VERB", "VBD", "renew"), ("the", 4, "det", "DET", "DT", "the"),
        ("debate", 2, "dobj", "NOUN", "NN", "debate"), ("over", 4, "prep", "ADP", "IN", "over"),
        ("migrants", 5, "pobj", "NOUN", "NNS", "migrant"), (".", 2, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    found = [a for a in noun_attributions(doc) if a.speaker is not None]
    assert not found  # no one named holds the debate: the attacks brought it back, they did not say it


def test_a_verb_of_quarrelling_reports_its_topic() -> None:
    # "The candidates sparred over taxes ."
    doc = hand_parsed([
        ("The", 1, "det", "DET", "DT", "the"), ("candidates", 2, "nsubj", "NOUN", "NNS", "candidate"),
        ("sparred", 2, "ROOT", "VERB", "VBD", "spar"), ("over", 2, "prep", "ADP", "IN", "over"),
        ("taxes", 3, "pobj", "NOUN", "NNS", "tax"), (".", 2, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    [found] = verb_attributions(doc)
    assert (doc.text[found.start : found.end], found.class_) == ("taxes", "topic")


def _paused(mark: str) -> list[Row]:
    # "He paused , as <mark> arguing with himself ."
    return [
        ("He", 1, "nsubj", "PRON", "PRP", "he"), ("paused", 1, "ROOT", "VERB", "VBD", "pause"),
        (",", 1, "punct", "PUNCT", ",", ","), ("as", 5, "mark", "SCONJ", "IN", "as"),
        (mark, 5, "mark", "SCONJ", "IN", mark), ("arguing", 1, "advcl", "VERB", "VBG", "argue"),
        ("with", 5, "prep", "ADP", "IN", "with"), ("himself", 6, "pobj", "PRON", "PRP", "himself"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip


def test_as_if_makes_a_likeness_not_a_report() -> None:
    assert not verb_attributions(hand_parsed(_paused("if")))
    assert not verb_attributions(hand_parsed(_paused("though")))


def _rubio_spoke_as(verb: str, lemma: str) -> list[Row]:
    # "Rubio spoke in Virginia , as the senator <verb> ."
    return [
        ("Rubio", 1, "nsubj", "PROPN", "NNP", "Rubio"), ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
        ("in", 1, "prep", "ADP", "IN", "in"), ("Virginia", 2, "pobj", "PROPN", "NNP", "Virginia"),
        (",", 1, "punct", "PUNCT", ",", ","), ("as", 8, "mark", "SCONJ", "IN", "as"),
        ("the", 7, "det", "DET", "DT", "the"), ("senator", 8, "nsubj", "NOUN", "NN", "senator"),
        (verb, 1, "advcl", "VERB", "VBD", lemma), (".", 1, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip


def test_an_as_clause_of_a_sound_of_the_voice_says_when_not_what() -> None:
    # "…, as the senator roared": what was heard meanwhile; "…, as the senator noted" reports the host clause.
    assert not [a for a in verb_attributions(hand_parsed(_rubio_spoke_as("roared", "roar"))) if a.cue == "roared"]
    noted = [a for a in verb_attributions(hand_parsed(_rubio_spoke_as("noted", "note"))) if a.cue == "noted"]
    assert len(noted) == 1
