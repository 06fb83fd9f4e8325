"""Senses of verbs their objects and clauses fix, on hand-built parses (no model): a release of people, not of
emails; a swearing-in, no promise; a lament over someone's deed, criticism; a point conceded, no concession; a warning
of what a thing may bring, no one judged."""

from __future__ import annotations

from tests.unit.fixtures import Row, events_in, hand_parsed


def _coded(rows: list[Row]) -> list[tuple[str, list[str | None], list[str | None]]]:
    events = events_in(hand_parsed(rows))
    return [(e.cameo, [a.country for a in e.source], [a.country for a in e.target]) for e in events]


def _released(word: str, lemma: str, pos: str = "NOUN", tag: str = "NNS") -> list[Row]:
    """ "Russia released Ukrainian <word> ."."""
    return [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("released", 1, "ROOT", "VERB", "VBD", "release"),
        ("Ukrainian", 3, "amod", "ADJ", "JJ", "ukrainian"),
        (word, 1, "dobj", pos, tag, lemma),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_release_of_people_sets_them_free() -> None:
    # "Russia released Ukrainian soldiers .": people the actor tables know.
    assert _coded(_released("soldiers", "soldier")) == [("0841", ["RUS"], ["UKR"])]


def test_a_release_of_a_thing_frees_no_one() -> None:
    # "Russia released Ukrainian emails .", "... Ukrainian totals .": a thing published, no one set free.
    assert _coded(_released("emails", "email")) == []
    assert _coded(_released("totals", "total")) == []


# "Ukrainian soldiers protested and were released by Russia ."
RELEASED_AFTER: list[Row] = [
    ("Ukrainian", 1, "amod", "ADJ", "JJ", "ukrainian"),
    ("soldiers", 2, "nsubj", "NOUN", "NNS", "soldier"),
    ("protested", 2, "ROOT", "VERB", "VBD", "protest"),
    ("and", 2, "cc", "CCONJ", "CC", "and"),
    ("were", 5, "auxpass", "AUX", "VBD", "be"),
    ("released", 2, "conj", "VERB", "VBN", "release"),
    ("by", 5, "agent", "ADP", "IN", "by"),
    ("Russia", 6, "pobj", "PROPN", "NNP", "Russia"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_a_passive_joined_to_a_clause_shares_its_subject() -> None:
    # The soldiers, subject of "protested", are who "were released".
    assert ("0841", ["RUS"], ["UKR"]) in _coded(RELEASED_AFTER)


# "Putin swore in the Russian minister ."
SWORE_IN: list[Row] = [
    ("Putin", 1, "nsubj", "PROPN", "NNP", "Putin"),
    ("swore", 1, "ROOT", "VERB", "VBD", "swear"),
    ("in", 1, "prep", "ADP", "IN", "in"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("Russian", 5, "amod", "ADJ", "JJ", "russian"),
    ("minister", 2, "pobj", "NOUN", "NN", "minister"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_swearing_in_is_no_promise() -> None:
    assert _coded(SWORE_IN) == []


# "Russia lamented Ukraine 's decision ."
LAMENTED_DECISION: list[Row] = [
    ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
    ("lamented", 1, "ROOT", "VERB", "VBD", "lament"),
    ("Ukraine", 4, "poss", "PROPN", "NNP", "Ukraine"),
    ("'s", 2, "case", "PART", "POS", "'s"),
    ("decision", 1, "dobj", "NOUN", "NN", "decision"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_lament_over_a_deed_criticises_its_doer() -> None:
    assert [c[0] for c in _coded(LAMENTED_DECISION)] == ["111"]


def _conceded(subject: str) -> list[Row]:
    """ "Russia conceded that <subject> could win ."."""
    pos, tag = ("PROPN", "NNP") if subject[0].isupper() else ("NOUN", "NNS")
    return [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("conceded", 1, "ROOT", "VERB", "VBD", "concede"),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        (subject, 5, "nsubj", pos, tag, subject.lower()),
        ("could", 5, "aux", "AUX", "MD", "could"),
        ("win", 1, "ccomp", "VERB", "VB", "win"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_point_granted_with_a_modal_is_no_concession() -> None:
    assert not [c for c in _coded(_conceded("Ukraine")) if c[0].startswith("08")]


def _warned(rows: list[Row]) -> list[Row]:
    """ "Egypt warned that <clause> .": a clause row's head counts within the clause; -1 is "warned"."""
    head: list[Row] = [("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"), ("warned", 1, "ROOT", "VERB", "VBD", "warn")]
    clause = [(w, 1 if h < 0 else h + 2, d, p, t, lem) for w, h, d, p, t, lem in rows]
    return head + clause + [(".", 1, "punct", "PUNCT", ".", ".")]


# "that the incident could embolden Israel": what a thing may bring about.
EMBOLDEN_ISRAEL: list[Row] = [
    ("that", 4, "mark", "SCONJ", "IN", "that"),
    ("the", 2, "det", "DET", "DT", "the"),
    ("incident", 4, "nsubj", "NOUN", "NN", "incident"),
    ("could", 4, "aux", "AUX", "MD", "could"),
    ("embolden", -1, "ccomp", "VERB", "VB", "embolden"),
    ("Israel", 4, "dobj", "PROPN", "NNP", "Israel"),
]

# "that Israel 's policy would fail": what an actor's thing will do.
ISRAELI_POLICY: list[Row] = [
    ("that", 5, "mark", "SCONJ", "IN", "that"),
    ("Israel", 3, "poss", "PROPN", "NNP", "Israel"),
    ("'s", 1, "case", "PART", "POS", "'s"),
    ("policy", 5, "nsubj", "NOUN", "NN", "policy"),
    ("would", 5, "aux", "AUX", "MD", "would"),
    ("fail", -1, "ccomp", "VERB", "VB", "fail"),
]


def test_a_warning_of_what_a_thing_may_bring_judges_no_one() -> None:
    assert _coded(_warned(EMBOLDEN_ISRAEL)) == []


def test_a_warning_of_what_an_actors_thing_will_do_judges_the_actor() -> None:
    assert _coded(_warned(ISRAELI_POLICY)) == [("111", ["EGY"], ["ISR"])]


def _force(verb: str, lemma: str, doers: str, doer_lemma: str) -> list[Row]:
    """ "Russian <doers> <verb> Ukrainian lawmakers ."."""
    return [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        (doers, 2, "nsubj", "NOUN", "NNS", doer_lemma),
        (verb, 2, "ROOT", "VERB", "VBD", lemma),
        ("Ukrainian", 4, "amod", "ADJ", "JJ", "ukrainian"),
        ("lawmakers", 2, "dobj", "NOUN", "NNS", "lawmaker"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_force_between_those_who_legislate_is_a_figure_of_a_contest() -> None:
    # "Russian lawmakers destroyed Ukrainian lawmakers .": a vote or a debate won, no one destroyed.
    assert _coded(_force("destroyed", "destroy", "lawmakers", "lawmaker")) == []
    # "Russian troops destroyed Ukrainian lawmakers .": force done by an armed side stays force.
    assert _coded(_force("destroyed", "destroy", "troops", "troop")) == [("171", ["RUS"], ["UKR"])]
