"""Events named by nouns in subject position or drawn by their undergoer, the parties of a mediated act, and what an
adjective says of a noun's act (yet to come, only possible, only alleged), on hand-built parses (no model)."""

from __future__ import annotations

from telex.records import Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _coded(rows: list[Row]) -> list[tuple[str, list[str | None], list[str | None], str]]:
    events: list[Event] = events_in(hand_parsed(rows))
    return [(e.cameo, [a.country for a in e.source], [a.country for a in e.target], e.modality) for e in events]


def _subject_noun(owner: list[Row], noun: str, lemma: str, adjective: str | None = None) -> list[Row]:
    """ "<owner> [<adjective>] <noun> to China drew crowds ."; an owner's row headed -1 hangs off the noun."""
    at = len(owner) + (1 if adjective else 0)
    rows = [(word, at if head < 0 else head, dep, pos, tag, lem) for word, head, dep, pos, tag, lem in owner]
    if adjective:
        rows.append((adjective, at, "amod", "ADJ", "JJ", adjective))
    return [
        *rows,
        (noun, at + 3, "nsubj", "NOUN", "NN", lemma),
        ("to", at, "prep", "ADP", "IN", "to"),
        ("China", at + 1, "pobj", "PROPN", "NNP", "China"),
        ("drew", at + 3, "ROOT", "VERB", "VBD", "draw"),
        ("crowds", at + 3, "dobj", "NOUN", "NNS", "crowd"),
        (".", at + 3, "punct", "PUNCT", ".", "."),
    ]


RUSSIAS: list[Row] = [("Russia", -1, "poss", "PROPN", "NNP", "Russia"), ("'s", 0, "case", "PART", "POS", "'s")]
THE: list[Row] = [("The", -1, "det", "DET", "DT", "the")]


def test_a_subject_noun_whose_doer_is_named_on_it_is_that_doers_act() -> None:
    # "Russia 's visit to China drew crowds ."
    assert _coded(_subject_noun(RUSSIAS, "visit", "visit")) == [("042", ["RUS"], ["CHN"], "asserted")]


def test_a_subject_noun_with_no_doer_of_its_own_names_no_event() -> None:
    # "The visit to China drew crowds ."
    assert _coded(_subject_noun(THE, "visit", "visit")) == []


def test_an_adjective_of_what_is_to_come_makes_the_nouns_act_intended() -> None:
    # "Russia 's upcoming visit to China drew crowds ."
    assert _coded(_subject_noun(RUSSIAS, "visit", "visit", "upcoming")) == [("042", ["RUS"], ["CHN"], "intended")]


def test_an_adjective_of_what_only_may_come_makes_no_event() -> None:
    # "Russia 's possible visit to China drew crowds ."
    assert _coded(_subject_noun(RUSSIAS, "visit", "visit", "possible")) == []


def test_an_adjective_of_what_is_only_alleged_makes_the_nouns_act_alleged() -> None:
    # "Russia 's alleged attack to China drew crowds ." (the preposition matters not here)
    assert _coded(_subject_noun(RUSSIAS, "attack", "attack", "alleged"))[0][::3] == ("190", "alleged")


def test_a_subject_noun_that_names_its_act_by_an_infinitive_leaves_the_act_to_the_infinitive() -> None:
    # "Russia 's pledge to attack China worried Japan ."
    rows: list[Row] = [
        ("Russia", 2, "poss", "PROPN", "NNP", "Russia"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("pledge", 6, "nsubj", "NOUN", "NN", "pledge"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("attack", 2, "acl", "VERB", "VB", "attack"),
        ("China", 4, "dobj", "PROPN", "NNP", "China"),
        ("worried", 6, "ROOT", "VERB", "VBD", "worry"),
        ("Japan", 6, "dobj", "PROPN", "NNP", "Japan"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    # The infinitive's verb codes the act, intended as its pledge says (a pledge to attack threatens force).
    assert _coded(rows) == [("1384", ["RUS"], ["CHN"], "intended")]


def test_with_a_doer_of_its_own_the_parties_between_whom_an_act_goes_are_its_targets() -> None:
    # "Egypt 's mediation between Russia and China failed ."
    rows: list[Row] = [
        ("Egypt", 2, "poss", "PROPN", "NNP", "Egypt"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("mediation", 8, "nsubj", "NOUN", "NN", "mediation"),
        ("between", 2, "prep", "ADP", "IN", "between"),
        ("Russia", 3, "pobj", "PROPN", "NNP", "Russia"),
        ("and", 4, "cc", "CCONJ", "CC", "and"),
        ("China", 4, "conj", "PROPN", "NNP", "China"),
        ("quickly", 8, "advmod", "ADV", "RB", "quickly"),
        ("failed", 8, "ROOT", "VERB", "VBD", "fail"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(rows) == [("045", ["EGY"], ["RUS", "CHN"], "asserted")]


def test_an_act_drawn_from_a_doer_the_parser_hung_on_the_verb_is_that_doers_act_on_the_subject() -> None:
    # "Israel drew condemnation from Russia ." ("from Russia" on the verb)
    rows: list[Row] = [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("drew", 1, "ROOT", "VERB", "VBD", "draw"),
        ("condemnation", 1, "dobj", "NOUN", "NN", "condemnation"),
        ("from", 1, "prep", "ADP", "IN", "from"),
        ("Russia", 3, "pobj", "PROPN", "NNP", "Russia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(rows) == [("111", ["RUS"], ["ISR"], "asserted")]


def _coordinated(determiner: list[Row]) -> list[Row]:
    """ "Russia 's annexation of Crimea and [<determiner>] crackdown on Ukraine angered Japan ."."""
    at = 6 + len(determiner)
    return [
        ("Russia", 2, "poss", "PROPN", "NNP", "Russia"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("annexation", at + 3, "nsubj", "NOUN", "NN", "annexation"),
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("Crimea", 3, "pobj", "PROPN", "NNP", "Crimea"),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        *[(word, at, dep, pos, tag, lemma) for word, _, dep, pos, tag, lemma in determiner],
        ("crackdown", 2, "conj", "NOUN", "NN", "crackdown"),
        ("on", at, "prep", "ADP", "IN", "on"),
        ("Ukraine", at + 1, "pobj", "PROPN", "NNP", "Ukraine"),
        ("angered", at + 3, "ROOT", "VERB", "VBD", "anger"),
        ("Japan", at + 3, "dobj", "PROPN", "NNP", "Japan"),
        (".", at + 3, "punct", "PUNCT", ".", "."),
    ]


def test_the_possessor_of_coordinated_nouns_owns_those_with_no_determiner_of_their_own() -> None:
    assert ("175", ["RUS"], ["UKR"], "asserted") in _coded(_coordinated([]))
    # "... and the crackdown on Ukraine ...": another noun phrase, not Russia's
    assert "175" not in [code for code, *_ in _coded(_coordinated([("the", 0, "det", "DET", "DT", "the")]))]


def _strikes(owner: tuple[str, str, str, str]) -> list[Row]:
    """ "<owner> strikes on Syria continued ."; the owner a nationality adjective or a compound."""
    word, dep, pos, tag = owner
    return [
        (word, 1, dep, pos, tag, word),
        ("strikes", 4, "nsubj", "NOUN", "NNS", "strike"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Syria", 2, "pobj", "PROPN", "NNP", "Syria"),
        ("continued", 4, "ROOT", "VERB", "VBD", "continue"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]


def test_strikes_a_state_makes_on_a_place_are_force_from_the_air_and_workers_strikes_a_strike_of_work() -> None:
    assert _coded(_strikes(("Russian", "amod", "ADJ", "JJ"))) == [("195", ["RUS"], ["SYR"], "asserted")]
    assert [code for code, *_ in _coded(_strikes(("workers", "compound", "NOUN", "NNS")))] == ["143"]


def test_a_by_phrase_the_parser_hung_on_the_deeds_of_object_names_the_doer() -> None:
    # "The arrest of journalists by Russia angered Japan ." ("by Russia" on "journalists")
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("arrest", 6, "nsubj", "NOUN", "NN", "arrest"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("journalists", 2, "pobj", "NOUN", "NNS", "journalist"),
        ("by", 3, "prep", "ADP", "IN", "by"),
        ("Russia", 4, "pobj", "PROPN", "NNP", "Russia"),
        ("angered", 6, "ROOT", "VERB", "VBD", "anger"),
        ("Japan", 6, "dobj", "PROPN", "NNP", "Japan"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    assert [(code, sources) for code, sources, _, _ in _coded(rows)] == [("173", ["RUS"])]


def _passive_visit(participle: str, lemma: str) -> list[Row]:
    """ "Russia 's visit to China was <participle> ."."""
    return [
        ("Russia", 2, "poss", "PROPN", "NNP", "Russia"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("visit", 6, "nsubjpass", "NOUN", "NN", "visit"),
        ("to", 2, "prep", "ADP", "IN", "to"),
        ("China", 3, "pobj", "PROPN", "NNP", "China"),
        ("was", 6, "auxpass", "AUX", "VBD", "be"),
        (participle, 6, "ROOT", "VERB", "VBN", lemma),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]


def test_a_passive_that_says_whether_a_subject_nouns_act_comes_about_says_it_of_the_act() -> None:
    assert _coded(_passive_visit("postponed", "postpone")) == []
    assert _coded(_passive_visit("scheduled", "schedule")) == [("042", ["RUS"], ["CHN"], "intended")]
    assert _coded(_passive_visit("televised", "televise")) == [("042", ["RUS"], ["CHN"], "asserted")]


def _about(noun: str, lemma: str) -> list[Row]:
    """ "Russia 's <noun> about China drew crowds ."."""
    return [
        ("Russia", 2, "poss", "PROPN", "NNP", "Russia"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        (noun, 5, "nsubj", "NOUN", "NNS", lemma),
        ("about", 2, "prep", "ADP", "IN", "about"),
        ("China", 3, "pobj", "PROPN", "NNP", "China"),
        ("drew", 5, "ROOT", "VERB", "VBD", "draw"),
        ("crowds", 5, "dobj", "NOUN", "NNS", "crowd"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]


def test_a_statement_noun_is_aimed_at_whom_its_about_phrase_names() -> None:
    # "Russia 's complaints about China drew crowds .", as "Russia complained about China".
    assert _coded(_about("complaints", "complaint")) == [("114", ["RUS"], ["CHN"], "asserted")]

