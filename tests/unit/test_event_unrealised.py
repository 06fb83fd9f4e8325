"""Acts a reader does not count, on hand-built parses (no model): a verb of promising that vouches for a fact."""

from __future__ import annotations

from tests.unit.fixtures import Row, events_in, hand_parsed

_RUSSIA_ASSURED_ISRAEL: list[Row] = [
    ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
    ("assured", 1, "ROOT", "VERB", "VBD", "assure"),
    ("Israel", 1, "dobj", "PROPN", "NNP", "Israel"),
    ("that", 5, "mark", "SCONJ", "IN", "that"),
    ("it", 5, "nsubj", "PRON", "PRP", "it"),
]


def _codes(rows: list[Row]) -> list[str]:
    return [e.cameo for e in events_in(hand_parsed(rows))]


def test_a_promise_of_what_is_so_vouches_for_a_fact() -> None:
    # "Russia assured Israel that it is safe": no intent, a fact vouched for.
    rows = [
        *_RUSSIA_ASSURED_ISRAEL,
        ("is", 1, "ccomp", "AUX", "VBZ", "be"),
        ("safe", 5, "acomp", "ADJ", "JJ", "safe"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) == []


def test_a_promise_of_what_is_to_come_is_an_intent() -> None:
    # "Russia assured Israel that it will stay": the modal binds the future.
    rows = [
        *_RUSSIA_ASSURED_ISRAEL,
        ("will", 6, "aux", "AUX", "MD", "will"),
        ("stay", 1, "ccomp", "VERB", "VB", "stay"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) == ["030"]


def _possibility(head: Row) -> list[Row]:
    """ "Russia has the right to attack Ukraine ." with ``head`` (index 3) the word the infinitive hangs off."""
    return [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("has", 1, "ROOT", "VERB", "VBZ", "have"),
        ("the", 3, "det", "DET", "DT", "the"),
        head,
        ("to", 5, "aux", "PART", "TO", "to"),
        ("attack", 3, "acl", "VERB", "VB", "attack"),
        ("Ukraine", 5, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_what_a_noun_of_possibility_opens_is_not_done() -> None:
    # "Russia has the right to attack Ukraine": no attack; "a plan to attack" is an intent.
    assert _codes(_possibility(("right", 1, "dobj", "NOUN", "NN", "right"))) == []
    assert _codes(_possibility(("plan", 1, "dobj", "NOUN", "NN", "plan"))) == ["1384"]


def test_an_act_judged_right_was_done() -> None:
    # "Russia was right to attack Ukraine": the adjective judges an attack made.
    rows = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("was", 1, "ROOT", "AUX", "VBD", "be"),
        ("right", 1, "acomp", "ADJ", "JJ", "right"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("attack", 2, "xcomp", "VERB", "VB", "attack"),
        ("Ukraine", 4, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [c[:2] for c in _codes(rows)] == ["19"]


def _helped(helper: str, helped: str, doing: list[Row]) -> list[Row]:
    """ "<helper> helped <helped> <doing> ." with the doing's verb at index 3 hanging off "helped"."""
    return [
        (helper, 1, "nsubj", "PROPN", "NNP", helper),
        ("helped", 1, "ROOT", "VERB", "VBD", "help"),
        (helped, 1, "dobj", "PROPN", "NNP", helped),
        *doing,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


_WIN: list[Row] = [("win", 1, "xcomp", "VERB", "VB", "win")]


def test_help_among_compatriots_in_a_doing_or_to_a_campaigner_is_no_aid() -> None:
    # "Obama helped Clinton win", "Obama helped Clinton": a hand lent at home; "Russia helped Syria (win)": aid.
    assert _codes(_helped("Obama", "Clinton", _WIN)) == []
    assert _codes(_helped("Obama", "Clinton", [])) == []
    assert _codes(_helped("Russia", "Syria", _WIN)) == ["070"]
    assert _codes(_helped("Russia", "Syria", [])) == ["070"]


def _reported(auxiliaries: list[Row], form: str, tag: str) -> list[Row]:
    """ "Russia said it <auxiliaries> <form> Ukraine ." with the auxiliaries hanging off the reported verb."""
    verb = 3 + len(auxiliaries)
    return [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", verb, "nsubj", "PRON", "PRP", "it"),
        *[(word, verb, dep, pos, fine, lemma) for word, _, dep, pos, fine, lemma in auxiliaries],
        (form, 1, "ccomp", "VERB", tag, "attack"),
        ("Ukraine", verb, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


_WOULD: Row = ("would", 0, "aux", "AUX", "MD", "would")
_HAVE: Row = ("have", 0, "aux", "AUX", "VB", "have")


def test_what_one_says_one_would_have_done_was_not_done() -> None:
    # "Russia said it would have attacked Ukraine" tells what was not done; "it would attack" is a reported future.
    assert _codes(_reported([_WOULD, _HAVE], "attacked", "VBN")) == []
    assert _codes(_reported([_WOULD], "attack", "VB")) == ["1384"]


def test_a_participle_cut_short_is_undergone_by_the_clause_subject() -> None:
    # "When attacked, Russia protested": Russia was attacked, by no one named; "Having attacked Ukraine, Russia
    # protested": Russia attacked.
    undergone: list[Row] = [
        ("When", 1, "advmod", "SCONJ", "WRB", "when"),
        ("attacked", 4, "advcl", "VERB", "VBN", "attack"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("Russia", 4, "nsubj", "PROPN", "NNP", "Russia"),
        ("protested", 4, "ROOT", "VERB", "VBD", "protest"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    done: list[Row] = [
        ("Having", 1, "aux", "AUX", "VBG", "have"),
        ("attacked", 4, "advcl", "VERB", "VBN", "attack"),
        ("Ukraine", 1, "dobj", "PROPN", "NNP", "Ukraine"),
        ("Russia", 4, "nsubj", "PROPN", "NNP", "Russia"),
        ("protested", 4, "ROOT", "VERB", "VBD", "protest"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    doers = {e.cameo: [r.code for r in e.source] for e in events_in(hand_parsed(undergone))}
    assert not any(code.startswith("19") and sources for code, sources in doers.items())
    doers = {e.cameo: [r.code for r in e.source] for e in events_in(hand_parsed(done))}
    assert any(code.startswith("19") and sources == ["RUS"] for code, sources in doers.items())


def test_a_bare_verb_with_no_subject_bids_the_reader() -> None:
    # "Support Israel .": a bid to the reader; "Russia supports Israel ." an act.
    bid: list[Row] = [
        ("Support", 0, "ROOT", "VERB", "VB", "support"),
        ("Israel", 0, "dobj", "PROPN", "NNP", "Israel"),
        (".", 0, "punct", "PUNCT", ".", "."),
    ]
    act: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("supports", 1, "ROOT", "VERB", "VBZ", "support"),
        ("Israel", 1, "dobj", "PROPN", "NNP", "Israel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(bid) == []
    assert _codes(act) == ["051"]


def _pledged(verb: str, lemma: str, subject: str) -> list[Row]:
    """ "Russia <verb> that <subject> will help Syria ."."""
    return [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        (subject, 5, "nsubj", "PROPN", "NNP", subject),
        ("will", 5, "aux", "AUX", "MD", "will"),
        ("help", 1, "ccomp", "VERB", "VB", "help"),
        ("Syria", 5, "dobj", "PROPN", "NNP", "Syria"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_promise_of_ones_own_side_is_aimed_where_its_act_falls() -> None:
    # "Russia pledged that Moscow will help Syria": aimed at Syria; "Russia demanded that Iran will help Syria": Iran
    # is the one asked to act.
    [promise] = events_in(hand_parsed(_pledged("pledged", "pledge", "Moscow")))
    assert [r.code for r in promise.target] == ["SYR"]
    [demand] = events_in(hand_parsed(_pledged("demanded", "demand", "Iran")))
    assert [r.code for r in demand.target] == ["IRN"]


def _stance(head: Row) -> list[Row]:
    """ "Russia's <head> of attacking Ukraine grew ." with ``head`` (index 2) the noun the gerund hangs off."""
    return [
        ("Russia", 2, "poss", "PROPN", "NNP", "Russia"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        head,
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("attacking", 3, "pcomp", "VERB", "VBG", "attack"),
        ("Ukraine", 4, "dobj", "PROPN", "NNP", "Ukraine"),
        ("grew", 6, "ROOT", "VERB", "VBD", "grow"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]


def test_what_a_noun_of_stance_argues_over_is_not_done() -> None:
    # "Russia's support of attacking Ukraine grew": no attack; "Russia's record of attacking Ukraine" tells attacks.
    assert _codes(_stance(("support", 6, "nsubj", "NOUN", "NN", "support"))) == []
    assert [c[:2] for c in _codes(_stance(("record", 6, "nsubj", "NOUN", "NN", "record")))] == ["19"]


def _favoured(verb: Row, doing: Row) -> list[Row]:
    """ "Russia <verb> <doing> Ukraine ." with the doing's verb at index 2 hanging off the verb."""
    return [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        verb,
        doing,
        ("Ukraine", 2, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_gerund_a_verb_of_stance_argues_for_is_not_done() -> None:
    # "Russia favored attacking Ukraine": a stance, no attack; "Russia began attacking Ukraine" attacked.
    attacking = ("attacking", 1, "xcomp", "VERB", "VBG", "attack")
    assert _codes(_favoured(("favored", 1, "ROOT", "VERB", "VBD", "favor"), attacking)) == []
    began = _codes(_favoured(("began", 1, "ROOT", "VERB", "VBD", "begin"), attacking))
    assert [c[:2] for c in began] == ["19"]


def test_an_act_told_beside_a_stance_was_done() -> None:
    # "Russia supported Ukraine after attacking Ukraine": a clause of time tells an act of its own.
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("supported", 1, "ROOT", "VERB", "VBD", "support"),
        ("Ukraine", 1, "dobj", "PROPN", "NNP", "Ukraine"),
        ("after", 1, "prep", "ADP", "IN", "after"),
        ("attacking", 3, "pcomp", "VERB", "VBG", "attack"),
        ("Ukraine", 4, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert sorted(c[:2] for c in _codes(rows)) == ["05", "19"]


def _assured(verb: str, lemma: str, rest: list[Row]) -> list[Row]:
    # "Russia is assured ..." / "Russia was assured ..."
    return [
        ("Russia", 2, "nsubjpass", "PROPN", "NNP", "Russia"),
        ("is", 2, "auxpass", "AUX", "VBZ", "be"),
        (verb, 2, "ROOT", "VERB", "VBN", lemma),
        *rest,
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_a_passive_of_assuring_with_a_doing_of_ones_own_tells_a_certainty() -> None:
    # "Russia is assured of winning ." / "Russia is guaranteed to win ."
    of_winning: list[Row] = [("of", 2, "prep", "ADP", "IN", "of"), ("winning", 3, "pcomp", "VERB", "VBG", "win")]
    to_win: list[Row] = [("to", 4, "aux", "PART", "TO", "to"), ("win", 2, "xcomp", "VERB", "VB", "win")]
    assert _codes(_assured("assured", "assure", of_winning)) == []
    assert _codes(_assured("guaranteed", "guarantee", to_win)) == []


def test_a_passive_of_assuring_by_someone_stays_a_pledge() -> None:
    # "Russia is assured of winning by Germany ." names who assures.
    by_germany: list[Row] = [
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("winning", 3, "pcomp", "VERB", "VBG", "win"),
        ("by", 2, "agent", "ADP", "IN", "by"),
        ("Germany", 5, "pobj", "PROPN", "NNP", "Germany"),
    ]
    assert _codes(_assured("assured", "assure", by_germany)) == ["030"]


def test_what_a_for_to_clause_of_an_appeal_asks_for_is_not_done() -> None:
    # "Senators called for Russia to organize troops to fight rebels .": the parser hangs the "for ... to" clause as
    # an adverbial clause; the fight it asks for is not fought.
    rows: list[Row] = [
        ("Senators", 1, "nsubj", "NOUN", "NNS", "senator"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("for", 5, "mark", "SCONJ", "IN", "for"),
        ("Russia", 5, "nsubj", "PROPN", "NNP", "Russia"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("organize", 1, "advcl", "VERB", "VB", "organize"),
        ("troops", 5, "dobj", "NOUN", "NNS", "troop"),
        ("to", 8, "aux", "PART", "TO", "to"),
        ("fight", 5, "advcl", "VERB", "VB", "fight"),
        ("rebels", 8, "dobj", "NOUN", "NNS", "rebel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [e.cameo for e in events_in(hand_parsed(rows, places=frozenset({3})))] == ["020"]


def test_the_reason_an_appeal_gives_for_what_it_asks_was_done() -> None:
    # "Trump demanded that Obama apologize for attacking Putin .": the apology is asked for, the attack was made.
    rows: list[Row] = [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("demanded", 1, "ROOT", "VERB", "VBD", "demand"),
        ("that", 4, "mark", "SCONJ", "IN", "that"),
        ("Obama", 4, "nsubj", "PROPN", "NNP", "Obama"),
        ("apologize", 1, "ccomp", "VERB", "VB", "apologize"),
        ("for", 4, "prep", "ADP", "IN", "for"),
        ("attacking", 5, "pcomp", "VERB", "VBG", "attack"),
        ("Putin", 6, "dobj", "PROPN", "NNP", "Putin"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    events = events_in(hand_parsed(rows, people=frozenset({0, 3, 7})))
    assert [e.trigger.text for e in events if e.trigger.text.startswith("attacking")] == ["attacking"]
