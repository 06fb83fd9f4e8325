"""A statement or stance noun with no owner still reports its that-clause or its "about" phrase: "There were charges
that he misled viewers", "the agency has questions about the returns" (the one who has them holds them)."""

from __future__ import annotations

from telex.quotes.nouns import noun_attributions
from tests.unit.fixtures import hand_parsed


def test_an_ownerless_noun_reports_its_that_clause_with_no_one_named() -> None:
    # "There were charges that he misled viewers ."
    doc = hand_parsed([
        ("There", 1, "expl", "PRON", "EX", "there"), ("were", 1, "ROOT", "AUX", "VBD", "be"),
        ("charges", 1, "attr", "NOUN", "NNS", "charge"), ("that", 5, "mark", "SCONJ", "IN", "that"),
        ("he", 5, "nsubj", "PRON", "PRP", "he"), ("misled", 2, "acl", "VERB", "VBD", "mislead"),
        ("viewers", 5, "dobj", "NOUN", "NNS", "viewer"), (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    [found] = noun_attributions(doc)
    assert (doc.text[found.start : found.end], found.cue, found.speaker) == ("that he misled viewers", "charges", None)
    # charges no one is named as making are talk at large, not a statement made: the speech scheme keeps none
    assert found.class_ == "belief"


Row = tuple[str, int, str, str, str, str]


def _has_noun(verb: str, lemma: str, noun: str, noun_lemma: str, prep: str) -> list[Row]:
    # "The agency <verb> <noun> <prep> the returns ."
    return [
        ("The", 1, "det", "DET", "DT", "the"), ("agency", 2, "nsubj", "NOUN", "NN", "agency"),
        (verb, 2, "ROOT", "VERB", "VBZ", lemma), (noun, 2, "dobj", "NOUN", "NNS", noun_lemma),
        (prep, 3, "prep", "ADP", "IN", prep), ("the", 6, "det", "DET", "DT", "the"),
        ("returns", 4, "pobj", "NOUN", "NNS", "return"), (".", 2, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip


def test_an_ownerless_noun_reports_its_about_phrase_held_by_the_subject_of_its_verb() -> None:
    doc = hand_parsed(_has_noun("has", "have", "questions", "question", "about"))
    [found] = noun_attributions(doc)
    assert (doc.text[found.start : found.end], found.speaker and found.speaker.text) == ("the returns", "agency")
    assert found.class_ == "speech"  # held by someone: the noun's own class


def test_an_ownerless_noun_reports_no_other_preposition() -> None:
    # "The agency has plans for the returns .": "for" may name a purpose or a beneficiary, not what was said.
    assert not noun_attributions(hand_parsed(_has_noun("has", "have", "plans", "plan", "for")))


def test_questions_faced_are_read_by_the_rule_of_judgements_received() -> None:
    # "The agency faces questions about the returns .": the agency does not hold the questions.
    assert not noun_attributions(hand_parsed(_has_noun("faces", "face", "questions", "question", "about")))


def test_a_noun_the_parser_joined_to_the_verb_is_held_by_the_verbs_subject() -> None:
    # "Lee carried a tone and an acknowledgment that he lost ." ("acknowledgment" hung on the verb as a conjunct)
    doc = hand_parsed([
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"), ("carried", 1, "ROOT", "VERB", "VBD", "carry"),
        ("a", 3, "det", "DET", "DT", "a"), ("tone", 1, "dobj", "NOUN", "NN", "tone"),
        ("and", 1, "cc", "CCONJ", "CC", "and"), ("an", 6, "det", "DET", "DT", "an"),
        ("acknowledgment", 1, "conj", "NOUN", "NN", "acknowledgment"), ("that", 9, "mark", "SCONJ", "IN", "that"),
        ("he", 9, "nsubj", "PRON", "PRP", "he"), ("lost", 6, "acl", "VERB", "VBD", "lose"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])  # fmt: skip
    [found] = noun_attributions(doc)
    assert (doc.text[found.start : found.end], found.speaker and found.speaker.text) == ("that he lost", "Lee")


def _claims_in_phrase(prep: str, verb: str, lemma: str) -> list[Row]:
    # "<prep> claims that he lied , Lee <verb> ." with the phrase hung on the clause's verb
    return [
        (prep.capitalize(), 7, "prep", "ADP", "IN", prep), ("claims", 0, "pobj", "NOUN", "NNS", "claim"),
        ("that", 4, "mark", "SCONJ", "IN", "that"), ("he", 4, "nsubj", "PRON", "PRP", "he"),
        ("lied", 1, "acl", "VERB", "VBD", "lie"), (",", 7, "punct", "PUNCT", ",", ","),
        ("Lee", 7, "nsubj", "PROPN", "NNP", "Lee"), (verb, 7, "ROOT", "VERB", "VBD", lemma),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip


def test_a_noun_in_a_phrase_of_time_or_concession_is_not_held_by_the_clauses_subject() -> None:
    # "Despite claims that he lied , Lee won .", "Since claims that he lied , Lee resigned .": the claims are others'
    for prep, verb, lemma in (("despite", "won", "win"), ("since", "resigned", "resign"), ("amid", "quit", "quit")):
        doc = hand_parsed(_claims_in_phrase(prep, verb, lemma))
        [found] = noun_attributions(doc)
        assert (doc.text[found.start : found.end], found.speaker) == ("that he lied", None), prep
        assert found.class_ == "speech"  # an occasion of words said, by no one named: still a statement


def test_a_noun_in_a_phrase_that_completes_the_verb_is_held_by_its_subject() -> None:
    # "In claims that he lied , Lee persisted .": a phrase the verb takes ("persisted in") is the subject's own
    doc = hand_parsed(_claims_in_phrase("in", "persisted", "persist"))
    [found] = noun_attributions(doc)
    assert (doc.text[found.start : found.end], found.speaker and found.speaker.text) == ("that he lied", "Lee")


def _pronouncements(modifier: str) -> list[Row]:
    # "Despite <modifier> pronouncements that she won , she lost ."
    return [
        ("Despite", 8, "prep", "ADP", "IN", "despite"), (modifier, 2, "compound", "NOUN", "NN", modifier.lower()),
        ("pronouncements", 0, "pobj", "NOUN", "NNS", "pronouncement"), ("that", 5, "mark", "SCONJ", "IN", "that"),
        ("she", 5, "nsubj", "PRON", "PRP", "she"), ("won", 2, "acl", "VERB", "VBD", "win"),
        (",", 8, "punct", "PUNCT", ",", ","), ("she", 8, "nsubj", "PRON", "PRP", "she"),
        ("lost", 8, "ROOT", "VERB", "VBD", "lose"), (".", 8, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip


def test_a_noun_naming_who_speaks_before_a_statement_noun_owns_it() -> None:
    # the tagger may lemmatise "media" as "medium": the word as written names the medium
    doc = hand_parsed(_pronouncements("media"))
    [found] = noun_attributions(doc)
    assert (doc.text[found.start : found.end], found.speaker and found.speaker.text) == ("that she won", "media")


def test_a_noun_naming_no_one_before_a_statement_noun_owns_nothing() -> None:
    [found] = noun_attributions(hand_parsed(_pronouncements("election")))
    assert found.speaker is None
