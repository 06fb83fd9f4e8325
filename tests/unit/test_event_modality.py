"""Modality of an event from the words around its trigger."""

from __future__ import annotations

import pytest

from telex.events.arguments import is_negated, mandated, modals_of, to_future
from telex.events.filters import in_condition
from telex.events.modality import (
    DISCUSSED,
    HEARSAY,
    as_told,
    material,
    modality,
    refusal_asserted,
    spelled_out,
    takes_in_act,
)
from tests.unit.fixtures import Row, events_in, hand_parsed


@pytest.mark.parametrize(
    ("modals", "negated", "governors", "conditional", "expected"),
    [
        ((), False, (), False, "asserted"),
        ((), False, ("accuse",), False, "alleged"),
        ((), False, ("deny",), False, "denied"),
        ((), True, ("claim",), False, "negated"),  # "he claimed they had never met": no meeting
        ((), True, (), False, "negated"),
        ((), False, ("refuse",), False, "negated"),
        ((), False, ("reluctance",), False, "negated"),
        ((), False, ("unwillingness",), False, "negated"),
        (("could",), False, (), False, "hypothetical"),
        (("must",), False, (), False, "hypothetical"),
        (("will",), False, (), True, "hypothetical"),
        (("will",), False, (), False, "intended"),
        ((), False, ("plan",), False, "intended"),
        ((), False, ("threaten",), False, "intended"),
        ((), False, ("say",), False, "asserted"),
        ((), False, ("prepared",), False, "intended"),
        ((), False, ("willing",), False, "intended"),
        ((), False, (DISCUSSED,), False, "hypothetical"),  # "talks about lifting the sanctions"
    ],
)
def test_modality(
    modals: tuple[str, ...], negated: bool, governors: tuple[str, ...], conditional: bool, expected: str
) -> None:
    assert modality(modals, negated, governors, conditional) == expected


def test_what_a_refusal_is_to_do_is_not_done() -> None:
    # "Russia 's refusal to withdraw troops angered Egypt .": the withdrawal is refused (124), not made (0872).
    rows: list[Row] = [
        ("Russia", 2, "poss", "PROPN", "NNP", "Russia"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("refusal", 6, "nsubj", "NOUN", "NN", "refusal"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("withdraw", 2, "acl", "VERB", "VB", "withdraw"),
        ("troops", 4, "dobj", "NOUN", "NNS", "troop"),
        ("angered", 6, "ROOT", "VERB", "VBD", "anger"),
        ("Egypt", 6, "dobj", "PROPN", "NNP", "Egypt"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    assert [(e.cameo, e.modality) for e in events_in(hand_parsed(rows))] == [("124", "asserted")]


def _needing(subject: str, verb: str, tag: str, lemma: str) -> list[Row]:
    """ "<subject> <verb> to withdraw troops ." with the act the to-infinitive of ``verb``."""
    return [
        (subject, 1, "nsubj", "PROPN", "NNP", subject),
        (verb, 1, "ROOT", "VERB", tag, lemma),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("withdraw", 1, "xcomp", "VERB", "VB", "withdraw"),
        ("troops", 3, "dobj", "NOUN", "NNS", "troop"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_what_someone_needs_to_do_is_not_done() -> None:
    # "Israel needs to withdraw troops .", "Israel has to withdraw troops ."
    assert events_in(hand_parsed(_needing("Israel", "needs", "VBZ", "need"))) == []
    assert events_in(hand_parsed(_needing("Israel", "has", "VBZ", "have"))) == []


def test_an_act_a_named_need_is_for_is_not_done() -> None:
    # "Israel stressed the need to withdraw troops .": was an asserted withdrawal (0872).
    rows: list[Row] = [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("stressed", 1, "ROOT", "VERB", "VBD", "stress"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("need", 1, "dobj", "NOUN", "NN", "need"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("withdraw", 3, "acl", "VERB", "VB", "withdraw"),
        ("troops", 5, "dobj", "NOUN", "NNS", "troop"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert events_in(hand_parsed(rows)) == []


def test_what_someone_had_to_do_was_done() -> None:
    # "Israel had to withdraw troops .": the need was met.
    assert [e.modality for e in events_in(hand_parsed(_needing("Israel", "had", "VBD", "have")))] == ["asserted"]


def test_saying_another_needs_to_act_demands_it() -> None:
    # "Egypt said Israel needs to withdraw troops ."
    rows: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Israel", 3, "nsubj", "PROPN", "NNP", "Israel"),
        ("needs", 1, "ccomp", "VERB", "VBZ", "need"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("withdraw", 3, "xcomp", "VERB", "VB", "withdraw"),
        ("troops", 5, "dobj", "NOUN", "NNS", "troop"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    found = [(e.cameo, e.source[0].country, e.target[0].country) for e in events_in(hand_parsed(rows))]
    assert found == [("100", "EGY", "ISR")]


def test_what_one_avoids_or_is_likely_to_do_is_not_done() -> None:
    # "Egypt avoided criticizing Israel .", "Egypt is likely to criticize Israel ."
    avoided: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("avoided", 1, "ROOT", "VERB", "VBD", "avoid"),
        ("criticizing", 1, "xcomp", "VERB", "VBG", "criticize"),
        ("Israel", 2, "dobj", "PROPN", "NNP", "Israel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    likely: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("is", 1, "ROOT", "AUX", "VBZ", "be"),
        ("likely", 1, "acomp", "ADJ", "JJ", "likely"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("criticize", 2, "xcomp", "VERB", "VB", "criticize"),
        ("Israel", 4, "dobj", "PROPN", "NNP", "Israel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert events_in(hand_parsed(avoided)) == []
    assert events_in(hand_parsed(likely)) == []


def test_a_clause_of_time_under_weighing_in_is_told_as_done() -> None:
    # "Egypt criticized Israel as Jordan was weighing in .": only the act weighed is unsettled, not a clause of time.
    rows: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("criticized", 7, "advcl", "VERB", "VBD", "criticize"),
        ("Israel", 1, "dobj", "PROPN", "NNP", "Israel"),
        ("as", 1, "mark", "SCONJ", "IN", "as"),
        ("Jordan", 7, "nsubj", "PROPN", "NNP", "Jordan"),
        ("was", 7, "aux", "AUX", "VBD", "be"),
        ("weighing", 7, "ROOT", "VERB", "VBG", "weigh"),
        ("in", 7, "prt", "ADP", "RP", "in"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    assert [(e.cameo, e.modality) for e in events_in(hand_parsed(rows))] == [("111", "asserted")]


def _blamed_for(negation: list[Row]) -> list[Row]:
    """ "Egypt criticized Israel for [not] supporting Iran ."."""
    shift = len(negation)
    return [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
        ("Israel", 1, "dobj", "PROPN", "NNP", "Israel"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        *negation,
        ("supporting", 3, "pcomp", "VERB", "VBG", "support"),
        ("Iran", 4 + shift, "dobj", "PROPN", "NNP", "Iran"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_what_someone_is_blamed_for_not_doing_was_not_done() -> None:
    # "Egypt criticized Israel for supporting Iran": the support is alleged; "for not supporting": no support at all.
    alleged = [(e.cameo, e.modality) for e in events_in(hand_parsed(_blamed_for([])))]
    assert alleged == [("111", "asserted"), ("051", "alleged")]
    unsupported = _blamed_for([("not", 5, "neg", "PART", "RB", "not")])
    assert [(e.cameo, e.modality) for e in events_in(hand_parsed(unsupported))] == [("111", "asserted")]


def _coordinated(auxiliaries: list[Row]) -> list[Row]:
    """ "Egypt <auxiliaries> praise Israel and support Iran ." with both verbs bare."""
    shift = len(auxiliaries)
    verb = 1 + shift
    return [
        ("Egypt", verb, "nsubj", "PROPN", "NNP", "Egypt"),
        *auxiliaries,
        ("praise", verb, "ROOT", "VERB", "VB", "praise"),
        ("Israel", verb, "dobj", "PROPN", "NNP", "Israel"),
        ("and", verb, "cc", "CCONJ", "CC", "and"),
        ("support", verb, "conj", "VERB", "VB", "support"),
        ("Iran", verb + 3, "dobj", "PROPN", "NNP", "Iran"),
        (".", verb, "punct", "PUNCT", ".", "."),
    ]


def test_a_bare_coordinated_verb_shares_the_first_verbs_auxiliaries() -> None:
    # "Egypt will praise Israel and support Iran .": both intended; "would": neither done; "did not": neither, told
    # only as not done (no event); "will not": both refused.
    will = [("will", 2, "aux", "AUX", "MD", "will")]
    assert [e.modality for e in events_in(hand_parsed(_coordinated(will)))] == ["intended", "intended"]
    would = [("would", 2, "aux", "AUX", "MD", "would")]
    assert events_in(hand_parsed(_coordinated(would))) == []
    did_not = [("did", 3, "aux", "AUX", "VBD", "do"), ("not", 3, "neg", "PART", "RB", "not")]
    assert events_in(hand_parsed(_coordinated(did_not))) == []
    will_not = [("will", 3, "aux", "AUX", "MD", "will"), ("not", 3, "neg", "PART", "RB", "not")]
    assert [e.modality for e in events_in(hand_parsed(_coordinated(will_not)))] == ["asserted", "asserted"]


def test_a_negation_of_how_an_act_was_done_leaves_the_act() -> None:
    # "Egypt criticized Israel for not fully supporting Iran .": Israel supported Iran, only not fully.
    rows = _blamed_for([("not", 6, "neg", "PART", "RB", "not"), ("fully", 6, "advmod", "ADV", "RB", "fully")])
    assert [(e.cameo, e.modality) for e in events_in(hand_parsed(rows))] == [("111", "asserted"), ("051", "alleged")]


def _should(auxiliaries: list[tuple[str, str, str]], form: str, tag: str) -> list[Row]:
    """ "Egypt said Israel should [<auxiliaries>] <form> troops ."."""
    verb = 4 + len(auxiliaries)
    return [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Israel", verb, "nsubj", "PROPN", "NNP", "Israel"),
        ("should", verb, "aux", "AUX", "MD", "should"),
        *[(word, verb, "aux", "AUX", pos, lemma) for word, pos, lemma in auxiliaries],
        (form, 1, "ccomp", "VERB", tag, "withdraw"),
        ("troops", verb, "dobj", "NOUN", "NNS", "troop"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_what_someone_should_have_done_is_a_regret_not_an_appeal() -> None:
    # "Egypt said Israel should withdraw troops ." appeals for a withdrawal; "... should have withdrawn troops ."
    # regrets one not made.
    assert [e.cameo for e in events_in(hand_parsed(_should([], "withdraw", "VB")))] == ["025"]
    assert events_in(hand_parsed(_should([("have", "VB", "have")], "withdrawn", "VBN"))) == []


def test_an_act_there_are_no_plans_for_is_not_done() -> None:
    # "Egypt has no plans to withdraw troops ." (a refusal, 12, made) / "Egypt has plans to withdraw troops ."
    def plans(determiner: list[Row]) -> list[Row]:
        noun = 2 + len(determiner)
        return [
            ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
            ("has", 1, "ROOT", "VERB", "VBZ", "have"),
            *[(w, noun, dep, pos, tag, lemma) for w, _, dep, pos, tag, lemma in determiner],
            ("plans", 1, "dobj", "NOUN", "NNS", "plan"),
            ("to", noun + 2, "aux", "PART", "TO", "to"),
            ("withdraw", noun, "acl", "VERB", "VB", "withdraw"),
            ("troops", noun + 2, "dobj", "NOUN", "NNS", "troop"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]

    none = plans([("no", 0, "det", "DET", "DT", "no")])
    assert [(e.cameo_root, e.modality) for e in events_in(hand_parsed(none))] == [("12", "asserted")]
    assert [e.modality for e in events_in(hand_parsed(plans([])))] == ["intended"]


def test_an_act_no_apology_is_made_for_was_done() -> None:
    # "Egypt made no apologies for accusing Israel ."
    rows: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("made", 1, "ROOT", "VERB", "VBD", "make"),
        ("no", 3, "det", "DET", "DT", "no"),
        ("apologies", 1, "dobj", "NOUN", "NNS", "apology"),
        ("for", 3, "prep", "ADP", "IN", "for"),
        ("accusing", 4, "pcomp", "VERB", "VBG", "accuse"),
        ("Israel", 5, "dobj", "PROPN", "NNP", "Israel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert ("112", "asserted") in [(e.cameo, e.modality) for e in events_in(hand_parsed(rows))]


def _subject_verb(subject: list[Row], verb: tuple[str, str, str]) -> list[Row]:
    """ "<subject> <verb> Israel ." with the subject's head last of its rows."""
    head = len(subject)
    word, tag, lemma = verb
    return [
        *subject,
        (word, head, "ROOT", "VERB", tag, lemma),
        ("Israel", head, "dobj", "PROPN", "NNP", "Israel"),
        (".", head, "punct", "PUNCT", ".", "."),
    ]


@pytest.mark.parametrize(
    ("subject", "negated"),
    [
        ([("Nobody", 1, "nsubj", "PRON", "NN", "nobody")], True),
        ([("Neither", 1, "nsubj", "PRON", "DT", "neither")], True),
        ([("neither", 1, "preconj", "DET", "DT", "neither")], True),  # "and neither apologized", as parsed
        ([("No", 1, "det", "DET", "DT", "no"), ("official", 2, "nsubj", "NOUN", "NN", "official")], True),
        ([("An", 1, "det", "DET", "DT", "an"), ("official", 2, "nsubj", "NOUN", "NN", "official")], False),
        # "No official but Egypt criticized Israel": the one taken out did it.
        (
            [
                ("No", 1, "det", "DET", "DT", "no"),
                ("official", 4, "nsubj", "NOUN", "NN", "official"),
                ("but", 1, "cc", "CCONJ", "CC", "but"),
                ("Egypt", 1, "conj", "PROPN", "NNP", "Egypt"),
            ],
            False,
        ),
    ],
)
def test_a_subject_that_names_no_one_negates_its_verb(subject: list[Row], negated: bool) -> None:
    doc = hand_parsed(_subject_verb(subject, ("criticized", "VBD", "criticize")))
    assert is_negated(doc[len(subject)]) is negated


def _hasnt(joiner: str, second: str) -> list[Row]:
    """ "Egypt has n't endorsed Israel <joiner> <second> Iran ."."""
    return [
        ("Egypt", 3, "nsubj", "PROPN", "NNP", "Egypt"),
        ("has", 3, "aux", "AUX", "VBZ", "have"),
        ("n't", 3, "neg", "PART", "RB", "not"),
        ("endorsed", 3, "ROOT", "VERB", "VBN", "endorse"),
        ("Israel", 3, "dobj", "PROPN", "NNP", "Israel"),
        (joiner, 3, "cc", "CCONJ", "CC", joiner),
        (second, 3, "conj", "VERB", "VBN", second[:-1]),
        ("Iran", 6, "dobj", "PROPN", "NNP", "Iran"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]


def test_a_participle_after_or_shares_the_negation_of_the_first() -> None:
    # "hasn't endorsed her or conceded his bid": neither was done; "... but praised Iran" was done.
    assert is_negated(hand_parsed(_hasnt("or", "praised"))[6])
    assert not is_negated(hand_parsed(_hasnt("but", "praised"))[6])


def _faced(negation: list[Row]) -> list[Row]:
    """ "Israel has [not] faced criticism from Egypt ."."""
    verb = 2 + len(negation)
    return [
        ("Israel", verb, "nsubj", "PROPN", "NNP", "Israel"),
        ("has", verb, "aux", "AUX", "VBZ", "have"),
        *[(w, verb, dep, pos, tag, lemma) for w, _, dep, pos, tag, lemma in negation],
        ("faced", verb, "ROOT", "VERB", "VBN", "face"),
        ("criticism", verb, "dobj", "NOUN", "NN", "criticism"),
        ("from", verb + 1, "prep", "ADP", "IN", "from"),
        ("Egypt", verb + 2, "pobj", "PROPN", "NNP", "Egypt"),
        (".", verb, "punct", "PUNCT", ".", "."),
    ]


def test_an_act_one_has_not_undergone_or_got_was_not_done() -> None:
    # "Israel has faced criticism from Egypt ." is Egypt's criticism; "... has not faced ..." is none.
    assert [(e.cameo[:2], e.modality) for e in events_in(hand_parsed(_faced([])))] == [("11", "asserted")]
    assert events_in(hand_parsed(_faced([("not", 0, "neg", "PART", "RB", "not")]))) == []


def test_an_act_said_with_no_is_not_done() -> None:
    # "Egypt imposed [no] sanctions on Israel ."
    def imposed(determiner: list[Row]) -> list[Row]:
        noun = 2 + len(determiner)
        return [
            ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
            ("imposed", 1, "ROOT", "VERB", "VBD", "impose"),
            *[(w, noun, dep, pos, tag, lemma) for w, _, dep, pos, tag, lemma in determiner],
            ("sanctions", 1, "dobj", "NOUN", "NNS", "sanction"),
            ("on", noun, "prep", "ADP", "IN", "on"),
            ("Israel", noun + 1, "pobj", "PROPN", "NNP", "Israel"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]

    assert [e.cameo[:2] for e in events_in(hand_parsed(imposed([])))] == ["16"]
    assert events_in(hand_parsed(imposed([("no", 0, "det", "DET", "DT", "no")]))) == []


def test_what_one_plans_to_get_another_to_do_is_not_done() -> None:
    # "Egypt plans to persuade Israel to support Iran .": Israel intends nothing; Egypt's aim is no act of Israel's.
    # "Egypt persuaded Israel to support Iran ." tells it done.
    planned: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("plans", 1, "ROOT", "VERB", "VBZ", "plan"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("persuade", 1, "xcomp", "VERB", "VB", "persuade"),
        ("Israel", 3, "dobj", "PROPN", "NNP", "Israel"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("support", 3, "xcomp", "VERB", "VB", "support"),
        ("Iran", 6, "dobj", "PROPN", "NNP", "Iran"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert events_in(hand_parsed(planned)) == []
    done: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("persuaded", 1, "ROOT", "VERB", "VBD", "persuade"),
        ("Israel", 1, "dobj", "PROPN", "NNP", "Israel"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("support", 1, "xcomp", "VERB", "VB", "support"),
        ("Iran", 4, "dobj", "PROPN", "NNP", "Iran"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [e.modality for e in events_in(hand_parsed(done))] == ["asserted"]


def _vital_that(verb: str, tag: str) -> list[Row]:
    """ "It is vital that Russia <verb> troops ." with the act a "that" clause of the adjective's copula."""
    return [
        ("It", 1, "nsubj", "PRON", "PRP", "it"),
        ("is", 1, "ROOT", "AUX", "VBZ", "be"),
        ("vital", 1, "acomp", "ADJ", "JJ", "vital"),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        ("Russia", 5, "nsubj", "PROPN", "NNP", "Russia"),
        (verb, 1, "ccomp", "VERB", tag, "withdraw"),
        ("troops", 5, "dobj", "NOUN", "NNS", "troop"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_subjunctive_that_clause_is_still_to_do() -> None:
    # "It is vital that Russia withdraw troops": the withdrawal is urged, not made, so no event (a hypothetical act
    # that makes no other is none); "withdrew" tells it was made.
    assert [e.cameo for e in events_in(hand_parsed(_vital_that("withdraw", "VB")))] == []
    assert [(e.cameo, e.modality) for e in events_in(hand_parsed(_vital_that("withdrew", "VBD")))] == [
        ("0872", "asserted")
    ]


def test_a_bare_passive_that_clause_is_mandated() -> None:
    # "They demanded that he be removed": the bare "be" of a passive is a subjunctive; "was removed" is not.
    def clause(aux: str, tag: str) -> list[Row]:
        return [
            ("They", 1, "nsubj", "PRON", "PRP", "they"),
            ("demanded", 1, "ROOT", "VERB", "VBD", "demand"),
            ("that", 5, "mark", "SCONJ", "IN", "that"),
            ("he", 5, "nsubjpass", "PRON", "PRP", "he"),
            (aux, 5, "auxpass", "AUX", tag, "be"),
            ("removed", 1, "ccomp", "VERB", "VBN", "remove"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]

    assert mandated(hand_parsed(clause("be", "VB"))[5])
    assert not mandated(hand_parsed(clause("was", "VBD"))[5])


def _endorsement(verb: str, lemma: str) -> list[Row]:
    # "Sanders <verb> Obama 's endorsement ."
    return [
        ("Sanders", 1, "nsubj", "PROPN", "NNP", "Sanders"),
        (verb, 1, "ROOT", "VERB", "VBZ", lemma),
        ("Obama", 4, "poss", "PROPN", "NNP", "Obama"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("endorsement", 1, "dobj", "NOUN", "NN", "endorsement"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_an_act_a_noun_names_as_wanted_or_needed_is_not_done() -> None:
    assert [e.cameo for e in events_in(hand_parsed(_endorsement("wants", "want")))] == []
    assert [e.cameo for e in events_in(hand_parsed(_endorsement("needs", "need")))] == []
    # "Sanders celebrates Obama 's endorsement .": the endorsement was given.
    assert [e.cameo for e in events_in(hand_parsed(_endorsement("celebrates", "celebrate")))] == ["051"]


# "Norway to expel Iranian diplomats", a headline's future as the parser reads it: "to" the infinitive's own auxiliary.
TO_FUTURE: list[Row] = [
    ("Norway", 2, "nsubj", "PROPN", "NNP", "Norway"),
    ("to", 2, "aux", "PART", "TO", "to"),
    ("expel", 2, "ROOT", "VERB", "VB", "expel"),
    ("Iranian", 4, "amod", "ADJ", "JJ", "iranian"),
    ("diplomats", 2, "dobj", "NOUN", "NNS", "diplomat"),
]


def test_a_headlines_to_future_is_intended_as_will_is() -> None:
    doc = hand_parsed(TO_FUTURE)
    assert to_future(doc[2])
    assert modals_of(doc[2]) == ["to"]
    assert modality(["to"]) == "intended"
    assert [e.modality for e in events_in(doc)] == ["intended"]


def test_an_infinitive_with_no_subject_or_under_a_verb_is_no_headline_future() -> None:
    # "To expel Iranian diplomats" / "Norway wants to expel Iranian diplomats"
    bare = hand_parsed([("To", 1, "aux", "PART", "TO", "to"), ("expel", 1, "ROOT", "VERB", "VB", "expel")])
    assert not to_future(bare[1]) and modals_of(bare[1]) == []
    governed: list[Row] = [
        ("Norway", 1, "nsubj", "PROPN", "NNP", "Norway"),
        ("wants", 1, "ROOT", "VERB", "VBZ", "want"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("expel", 1, "xcomp", "VERB", "VB", "expel"),
        ("diplomats", 3, "dobj", "NOUN", "NNS", "diplomat"),
    ]
    assert not to_future(hand_parsed(governed)[3])


@pytest.mark.parametrize(
    ("word", "tag", "expected"),
    [
        ("\u2019d", "VB", "would"),  # "he’d support her"
        ("'d", "VB", "would"),
        ("'d", "VBN", None),  # "he'd attacked them": "had"
        ("\u2019ll", "VB", "will"),
        ("wo", "VB", "will"),  # "won't"
        ("ca", "VB", "can"),  # "can't"
        ("could", "VB", "could"),
    ],
)
def test_a_contracted_modal_is_spelled_out(word: str, tag: str, expected: str | None) -> None:
    assert spelled_out(word, tag) == expected


@pytest.mark.parametrize(
    ("modals", "negated", "expected"),
    [
        ((), False, "alleged"),  # "Iran reportedly seized a tanker"
        (("will",), False, "intended"),  # "Iran reportedly will seize": a plan, whoever tells it
        ((), True, "negated"),
        (("could",), False, "hypothetical"),
    ],
)
def test_an_act_told_on_another_s_word_is_alleged_only_when_else_asserted(
    modals: tuple[str, ...], negated: bool, expected: str
) -> None:
    assert modality(modals, negated, (HEARSAY,), False) == expected


def _seized(hedge: list[Row]) -> list[Row]:
    """ "<hedge> Iran seized Kuwait 's tanker ." with the hedge's rows hanging off "seized" (index 1 + len(hedge))."""
    verb = len(hedge) + 1
    return [
        *hedge,
        ("Iran", verb, "nsubj", "PROPN", "NNP", "Iran"),
        ("seized", verb, "ROOT", "VERB", "VBD", "seize"),
        ("Kuwait", verb + 3, "poss", "PROPN", "NNP", "Kuwait"),
        ("'s", verb + 1, "case", "PART", "POS", "'s"),
        ("tanker", verb, "dobj", "NOUN", "NN", "tanker"),
        (".", verb, "punct", "PUNCT", ".", "."),
    ]


def _modalities(rows: list[Row]) -> list[str]:
    return [e.modality for e in events_in(hand_parsed(rows))]


def test_an_act_told_with_a_hedge_is_alleged() -> None:
    plain = _seized([])
    assert _modalities(plain) == ["asserted"]
    # "Reportedly Iran seized Kuwait 's tanker ."
    assert _modalities(_seized([("Reportedly", 2, "advmod", "ADV", "RB", "reportedly")])) == ["alleged"]
    # "According to Kuwait , Iran seized Kuwait 's tanker ."
    according: list[Row] = [
        ("According", 5, "prep", "VERB", "VBG", "accord"),
        ("to", 0, "prep", "ADP", "IN", "to"),
        ("Kuwait", 1, "pobj", "PROPN", "NNP", "Kuwait"),
        (",", 5, "punct", "PUNCT", ",", ","),
    ]
    assert _modalities(_seized(according)) == ["alleged"]
    # "According to letters , Iran seized Kuwait 's tanker .": a record documents the act.
    records = [according[0], according[1], ("letters", 1, "pobj", "NOUN", "NNS", "letter"), according[3]]
    assert _modalities(_seized(records)) == ["asserted"]
    # "Quickly Iran seized Kuwait 's tanker .": an adverb of manner hedges nothing.
    assert _modalities(_seized([("Quickly", 2, "advmod", "ADV", "RB", "quickly")])) == ["asserted"]


def _said_to(passive: str, lemma: str) -> list[Row]:
    """ "Iran is <passive> to have shelled Georgia ."."""
    return [
        ("Iran", 2, "nsubjpass", "PROPN", "NNP", "Iran"),
        ("is", 2, "auxpass", "AUX", "VBZ", "be"),
        (passive, 2, "ROOT", "VERB", "VBN", lemma),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("have", 5, "aux", "AUX", "VB", "have"),
        ("shelled", 2, "xcomp", "VERB", "VBN", "shell"),
        ("Georgia", 5, "dobj", "PROPN", "NNP", "Georgia"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_an_act_a_passive_of_saying_tells_is_alleged() -> None:
    # "Iran is said to have shelled Georgia .", "Iran is believed to have shelled Georgia ."
    assert [e.modality for e in events_in(hand_parsed(_said_to("said", "say")))] == ["alleged"]
    assert [e.modality for e in events_in(hand_parsed(_said_to("believed", "believe")))] == ["alleged"]
    # "Iran is known to have shelled Georgia .": knowing is no hearsay.
    assert [e.modality for e in events_in(hand_parsed(_said_to("known", "know")))] == ["asserted"]


def _told(doer: str, tag: str, pos: str, speaker: str = "Armenia") -> list[Row]:
    """ "<speaker> said <doer> attacked its positions ."."""
    return [
        (speaker, 1, "nsubj", "PRON" if speaker.islower() else "PROPN", "PRP" if speaker.islower() else "NNP", speaker),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        (doer, 3, "nsubj", pos, tag, doer.lower()),
        ("attacked", 1, "ccomp", "VERB", "VBD", "attack"),
        ("its", 5, "poss", "PRON", "PRP$", "its"),
        ("positions", 3, "dobj", "NOUN", "NNS", "position"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def _attacks_told(rows: list[Row]) -> list[tuple[str | None, str]]:
    events = events_in(hand_parsed(rows))
    return [(e.source[0].code, e.modality) for e in events if e.trigger.text.startswith("attacked")]


def test_a_hostile_act_a_speaker_tells_of_another_on_itself_is_the_speaker_s_charge() -> None:
    # "Armenia said Azerbaijan attacked its positions ."
    assert _attacks_told(_told("Azerbaijan", "NNP", "PROPN")) == [("AZE", "alleged")]
    # "he said Azerbaijan attacked its positions .": a pronoun speaker is not told from the doer; no charge.
    assert _attacks_told(_told("Azerbaijan", "NNP", "PROPN", speaker="he")) == [("AZE", "asserted")]


def test_a_hostile_act_a_speaker_tells_of_others_is_a_witness_s_report() -> None:
    # "Armenia said Azerbaijan attacked Georgia .": a report of an act on others, asserted.
    rows = _told("Azerbaijan", "NNP", "PROPN")
    rows = [*rows[:4], ("Georgia", 3, "dobj", "PROPN", "NNP", "Georgia"), rows[6]]
    assert [m for _, m in _attacks_told(rows)] == ["asserted"]


def test_a_hostile_act_a_speaker_tells_under_the_speaker_s_own_name_is_the_speaker_s() -> None:
    # "Armenia said Armenia attacked its positions .": a heading's speaker named again, no charge.
    assert [m for _, m in _attacks_told(_told("Armenia", "NNP", "PROPN"))] == ["asserted"]


def test_a_hostile_act_a_speaker_tells_of_a_pronoun_may_be_the_speaker_s_own() -> None:
    # "Armenia said it attacked its positions .": "it" may be Armenia, which then tells its own act.
    assert all(m == "asserted" for _, m in _attacks_told(_told("it", "PRP", "PRON")))


def test_the_act_of_a_denied_report_is_denied() -> None:
    # "Russia rejected claims that Syria bombed Turkey .": was alleged, as the claims' act.
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("rejected", 1, "ROOT", "VERB", "VBD", "reject"),
        ("claims", 1, "dobj", "NOUN", "NNS", "claim"),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        ("Syria", 5, "nsubj", "PROPN", "NNP", "Syria"),
        ("bombed", 2, "acl", "VERB", "VBD", "bomb"),
        ("Turkey", 5, "dobj", "PROPN", "NNP", "Turkey"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    bombings = [e for e in events_in(hand_parsed(rows)) if e.trigger.text == "bombed"]
    assert [(e.source[0].code, e.modality) for e in bombings] == [("SYR", "denied")]


def _is_to(subject: str, pos: str, tag: str) -> list[Row]:
    """ "<subject> is to send troops to Mali ."."""
    return [
        (subject, 1, "nsubj", pos, tag, subject.lower()),
        ("is", 1, "ROOT", "AUX", "VBZ", "be"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("send", 1, "xcomp", "VERB", "VB", "send"),
        ("troops", 3, "dobj", "NOUN", "NNS", "troop"),
        ("to", 3, "prep", "ADP", "IN", "to"),
        ("Mali", 5, "pobj", "PROPN", "NNP", "Mali"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_what_an_actor_is_to_do_is_intended() -> None:
    # "France is to send troops to Mali .": a future planned, as "will send".
    assert {e.modality for e in events_in(hand_parsed(_is_to("France", "PROPN", "NNP")))} == {"intended"}


def _course(subject: str, predicate: tuple[str, str, str, str] | None) -> list[Row]:
    """ "<subject> is [<predicate>] to criticize Clinton .", the predicate an adjective or a noun (word, dep, pos,
    tag)."""
    pred: list[Row] = [(predicate[0], 1, predicate[1], predicate[2], predicate[3], predicate[0])] if predicate else []
    at = len(pred)
    return [
        (
            subject,
            1,
            "expl" if subject == "It" else "nsubj",
            "PRON" if subject == "It" else "NOUN",
            "PRP" if subject == "It" else "NN",
            subject.lower(),
        ),
        ("is", 1, "ROOT", "AUX", "VBZ", "be"),
        *pred,
        ("to", 3 + at, "aux", "PART", "TO", "to"),
        ("criticize", 1, "xcomp", "VERB", "VB", "criticize"),
        ("Clinton", 3 + at, "dobj", "PROPN", "NNP", "Clinton"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


@pytest.mark.parametrize(
    ("subject", "predicate"),
    [
        ("It", ("premature", "acomp", "ADJ", "JJ")),  # "It is premature to criticize Clinton ."
        ("It", ("time", "attr", "NOUN", "NN")),  # "It is time to criticize Clinton ."
        ("way", None),  # "The way is to criticize Clinton ."
        ("job", None),  # "The job is to criticize Clinton ."
    ],
)
def test_a_course_a_copula_describes_is_not_done(subject: str, predicate: tuple[str, str, str, str] | None) -> None:
    assert events_in(hand_parsed(_course(subject, predicate))) == []


def test_an_act_a_copula_judges_is_done() -> None:
    # "It is an honor to criticize Clinton .": a judgement of an act takes it as done (list ``course`` lacks it).
    assert [e.cameo_root for e in events_in(hand_parsed(_course("It", ("honor", "attr", "NOUN", "NN"))))] == ["11"]


def test_an_aim_a_copula_describes_is_intended() -> None:
    # "The goal is to criticize Clinton .": aimed at, not done.
    assert [e.modality for e in events_in(hand_parsed(_course("goal", None)))] == ["intended"]


def _talked(preposition: str, doer: str | None = None) -> list[Row]:
    """ "Russia talked with Iran <preposition> [<doer>] attacking Georgia ."."""
    own = [(doer, 6, "nsubj", "PROPN", "NNP", doer)] if doer else []
    return [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("talked", 1, "ROOT", "VERB", "VBD", "talk"),
        ("with", 1, "prep", "ADP", "IN", "with"),
        ("Iran", 2, "pobj", "PROPN", "NNP", "Iran"),
        (preposition, 1, "prep", "ADP", "IN", preposition),
        *own,
        ("attacking", 4, "pcomp", "VERB", "VBG", "attack"),
        ("Georgia", 5 + len(own), "dobj", "PROPN", "NNP", "Georgia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def _attacks(rows: list[Row]) -> list[str]:
    return [e.modality for e in events_in(hand_parsed(rows)) if e.trigger.text == "attacking"]


def test_an_act_talked_over_is_not_done() -> None:
    # "Russia talked with Iran about attacking Georgia .": the attack is talked over, none made.
    assert _attacks(_talked("about")) == []


def test_an_act_beside_a_talk_or_with_a_doer_of_its_own_is_told() -> None:
    # "Russia talked with Iran after attacking Georgia .": a clause of time tells an attack made.
    assert _attacks(_talked("after")) == ["asserted"]
    # "Russia talked with Iran about Turkey attacking Georgia .": the attack has a doer of its own; it is told.
    assert _attacks(_talked("about", "Turkey")) == ["asserted"]


def _tried(verb: str, lemma: str, act: str, act_lemma: str) -> list[Row]:
    """ "Russia <verb> to <act> Ukraine ." with the act the to-infinitive of the verb of trying."""
    return [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
        ("to", 3, "aux", "PART", "TO", "to"),
        (act, 1, "xcomp", "VERB", "VB", act_lemma),
        ("Ukraine", 3, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_an_attempt_at_a_material_act_is_intended_and_one_to_say_something_says_it() -> None:
    # "Russia tried to attack Ukraine .": the attack may have failed (was asserted); "Russia tried to criticize
    # Ukraine .": trying to criticize is criticizing.
    assert _modalities(_tried("tried", "try", "attack", "attack")) == ["intended"]
    assert _modalities(_tried("attempted", "attempt", "attack", "attack")) == ["intended"]
    assert _modalities(_tried("tried", "try", "criticize", "criticize")) == ["asserted"]


def test_seeking_to_act_is_trying_to() -> None:
    # "Russia sought to attack Ukraine .": the attack is not told done; "Russia sought to criticize Ukraine .", as
    # "Clinton sought to distance herself from Obama": what one seeks to say is said.
    assert _modalities(_tried("sought", "seek", "attack", "attack")) == ["intended"]
    assert _modalities(_tried("sought", "seek", "criticize", "criticize")) == ["asserted"]


@pytest.mark.parametrize(
    ("code", "expected"), [("190", True), ("0872", True), ("173", True), ("111", False), ("040", False), ("-", False)]
)
def test_only_a_material_act_is_left_undone_by_an_attempt(code: str, expected: bool) -> None:
    assert material(code) is expected


def test_an_act_an_aim_names_is_intended() -> None:
    # "Israel stated its goal of withdrawing troops .": was an asserted withdrawal (0872).
    rows: list[Row] = [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("stated", 1, "ROOT", "VERB", "VBD", "state"),
        ("its", 3, "poss", "PRON", "PRP$", "its"),
        ("goal", 1, "dobj", "NOUN", "NN", "goal"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("withdrawing", 4, "pcomp", "VERB", "VBG", "withdraw"),
        ("troops", 5, "dobj", "NOUN", "NNS", "troop"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [(e.cameo, e.modality) for e in events_in(hand_parsed(rows))] == [("0872", "intended")]


@pytest.mark.parametrize(
    ("mode", "root", "takes_in", "governors", "expected"),
    [
        ("asserted", "13", True, (), "intended"),  # "threatened to sue"
        ("asserted", "03", True, (), "intended"),  # "pledged to provide aid"
        ("asserted", "13", False, (), "asserted"),  # "warned China"
        ("asserted", "12", True, (), "asserted"),  # a refusal keeps its own ("negated" when "refused to")
        ("alleged", "13", True, (), "alleged"),  # "reportedly threatened to close the strait"
        ("asserted", "19", False, ("try",), "intended"),  # "tried to storm the city"
        ("alleged", "19", False, ("try", HEARSAY), "alleged"),  # "reportedly tried to storm the city"
    ],
)
def test_an_act_promised_threatened_or_attempted_is_given_out_as_intended(
    mode: str, root: str, takes_in: bool, governors: tuple[str, ...], expected: str
) -> None:
    assert as_told(mode, root, takes_in, governors) == expected


@pytest.mark.parametrize(
    ("mode", "root", "expected"),
    [
        ("negated", "12", "asserted"),  # "refused to meet the envoys", "will not support him": the refusal was made
        ("negated", "13", "negated"),  # "never pledged to kill": no pledge
        ("negated", "02", "negated"),  # "has not called for him to resign": no appeal
        ("intended", "12", "intended"),  # "plans to reject the deal"
    ],
)
def test_a_refusal_is_given_out_as_asserted(mode: str, root: str, expected: str) -> None:
    assert refusal_asserted(mode, root) == expected


def test_a_threat_of_an_act_is_intended() -> None:
    # "Russia threatened to attack Ukraine .": the threat (1384) was asserted, its attack not done.
    found = [
        (e.cameo[:2], e.modality) for e in events_in(hand_parsed(_tried("threatened", "threaten", "attack", "attack")))
    ]
    assert found == [("13", "intended")]


def _too(adjective: str, act: str, act_lemma: str) -> list[Row]:
    """ "Egypt was too <adjective> to <act> Israel ." """
    return [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("was", 1, "ROOT", "AUX", "VBD", "be"),
        ("too", 3, "advmod", "ADV", "RB", "too"),
        (adjective, 1, "acomp", "ADJ", "JJ", adjective),
        ("to", 5, "aux", "PART", "TO", "to"),
        (act, 3, "xcomp", "VERB", "VB", act_lemma),
        ("Israel", 5, "dobj", "PROPN", "NNP", "Israel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_an_act_beyond_a_too_is_not_done_but_one_done_too_readily_is() -> None:
    # "Egypt was too weak to attack Israel .": was an asserted attack; "too quick to criticize" criticized.
    assert _modalities(_too("weak", "attack", "attack")) == []
    assert _modalities(_too("quick", "criticize", "criticize")) == ["asserted"]


def test_what_is_said_in_a_condition_is_in_it_too() -> None:
    # "If Iran says it will attack Israel , Egypt will respond .": the attack was an intent (1384) of Iran's.
    rows: list[Row] = [
        ("If", 2, "mark", "SCONJ", "IN", "if"),
        ("Iran", 2, "nsubj", "PROPN", "NNP", "Iran"),
        ("says", 10, "advcl", "VERB", "VBZ", "say"),
        ("it", 5, "nsubj", "PRON", "PRP", "it"),
        ("will", 5, "aux", "AUX", "MD", "will"),
        ("attack", 2, "ccomp", "VERB", "VB", "attack"),
        ("Israel", 5, "dobj", "PROPN", "NNP", "Israel"),
        (",", 10, "punct", "PUNCT", ",", ","),
        ("Egypt", 10, "nsubj", "PROPN", "NNP", "Egypt"),
        ("will", 10, "aux", "AUX", "MD", "will"),
        ("respond", 10, "ROOT", "VERB", "VB", "respond"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    assert in_condition(doc[5]) and in_condition(doc[2]) and not in_condition(doc[10])
    assert _modalities(rows) == []


def test_a_threat_of_an_act_in_a_condition_is_intended() -> None:
    # "Trump threatened to withdraw if Iran won .": the withdrawal is in a condition, so not taken in, but it is
    # threatened all the same (was an asserted 130).
    rows: list[Row] = [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("threatened", 1, "ROOT", "VERB", "VBD", "threaten"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("withdraw", 1, "xcomp", "VERB", "VB", "withdraw"),
        ("if", 6, "mark", "SCONJ", "IN", "if"),
        ("Iran", 6, "nsubj", "PROPN", "NNP", "Iran"),
        ("won", 3, "advcl", "VERB", "VBD", "win"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    assert takes_in_act(doc[1]) and not takes_in_act(doc[3])
    assert [(e.cameo, e.modality) for e in events_in(doc)] == [("130", "intended")]
