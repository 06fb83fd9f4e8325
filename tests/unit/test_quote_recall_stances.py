"""Attributions of stances earlier passes did not read (qrecall10): a statement or stance noun as the bare object of a
verb whose bare object is no content ("signaled willingness to change the law"), and adjectives of readiness and
interest with the preposition each takes ("is ready to support him", "became interested in poverty")."""

from telex.quotes.nouns import adjective_attributions
from telex.quotes.verbs import verb_attributions
from tests.unit.fixtures import Row, hand_parsed


def _signaled(verb: str, lemma: str, noun: str, noun_lemma: str) -> list[Row]:
    """ "The party VERB NOUN to change the law ." with the infinitive hung on the noun."""
    return [
        ("The", 1, "det", "DET", "DT", "the"),
        ("party", 2, "nsubj", "NOUN", "NN", "party"),
        (verb, 2, "ROOT", "VERB", "VBD", lemma),
        (noun, 2, "dobj", "NOUN", "NN", noun_lemma),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("change", 3, "acl", "VERB", "VB", "change"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("law", 5, "dobj", "NOUN", "NN", "law"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_a_statement_noun_object_of_a_verb_taking_no_bare_object_is_what_it_passes_on() -> None:
    doc = hand_parsed(_signaled("signaled", "signal", "willingness", "willingness"))
    [found] = verb_attributions(doc)
    assert doc.text[found.start : found.end] == "willingness to change the law"
    assert (found.cue, found.speaker.text if found.speaker else None, found.class_) == ("signaled", "party", "speech")


def test_a_plain_noun_object_or_a_requests_object_is_no_statement_passed_on() -> None:
    assert verb_attributions(hand_parsed(_signaled("signaled", "signal", "turn", "turn"))) == []
    assert verb_attributions(hand_parsed(_signaled("directed", "direct", "attention", "attention"))) == []


def test_a_verb_of_holding_or_keeping_on_takes_in_a_thing_not_a_statement() -> None:
    assert verb_attributions(hand_parsed(_signaled("accepted", "accept", "invitation", "invitation"))) == []
    assert verb_attributions(hand_parsed(_signaled("maintained", "maintain", "support", "support"))) == []


def _stance(copula: str, copula_lemma: str, adjective: str, rest: list[Row]) -> list[Row]:
    """ "She COPULA ADJECTIVE …" with what follows hung on the adjective."""
    return [
        ("She", 1, "nsubj", "PRON", "PRP", "she"),
        (copula, 1, "ROOT", "AUX" if copula_lemma == "be" else "VERB", "VBD", copula_lemma),
        (adjective, 1, "acomp", "ADJ", "JJ", adjective),
        *rest,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_readiness_is_a_stance_whose_infinitive_is_the_content() -> None:
    rest: list[Row] = [
        ("to", 4, "aux", "PART", "TO", "to"),
        ("support", 2, "xcomp", "VERB", "VB", "support"),
        ("him", 4, "dobj", "PRON", "PRP", "he"),
    ]
    doc = hand_parsed(_stance("was", "be", "ready", rest))
    [found] = adjective_attributions(doc)
    assert (doc.text[found.start : found.end], found.cue, found.class_) == ("to support him", "was ready", "belief")


def _phrase(preposition: str) -> list[Row]:
    """ "PREPOSITION poverty" on the adjective."""
    return [(preposition, 2, "prep", "ADP", "IN", preposition), ("poverty", 3, "pobj", "NOUN", "NN", "poverty")]


def test_an_adjective_names_what_it_holds_by_its_own_preposition() -> None:
    doc = hand_parsed(_stance("became", "become", "interested", _phrase("in")))
    [found] = adjective_attributions(doc)
    assert (doc.text[found.start : found.end], found.cue) == ("poverty", "became interested")
    # "critical to" is needed for, no stance; "interested" holds by "in" only
    assert adjective_attributions(hand_parsed(_stance("was", "be", "critical", _phrase("to")))) == []
    assert adjective_attributions(hand_parsed(_stance("was", "be", "interested", _phrase("to")))) == []
