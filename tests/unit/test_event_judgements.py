"""Spoken judgements that condemn a named actor, acts claimed as one's own, and the merge of repeated mentions,
on hand-built parses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from telex.entity_index import EntityIndex
from telex.events.extract import extract_events
from telex.events.merge import merge_events
from telex.records import ActorRef, Entity, Event, Trigger
from tests.unit.fixtures import Row, events_in, hand_parsed


def _coded(rows: list[Row]) -> list[tuple[str, list[str | None], list[str | None]]]:
    events = events_in(hand_parsed(rows))
    return [(e.cameo, [a.country for a in e.source], [a.country for a in e.target]) for e in events]


def _reported(speaker: str, clause: list[Row]) -> list[Row]:
    """ "<speaker> said <clause> .": a clause row's head counts within the clause; -1 is "said"."""
    rows: list[Row] = [(speaker, 1, "nsubj", "PROPN", "NNP", speaker), ("said", 1, "ROOT", "VERB", "VBD", "say")]
    rows += [(w, 1 if h < 0 else h + 2, d, p, t, lem) for w, h, d, p, t, lem in clause]
    return [*rows, (".", 1, "punct", "PUNCT", ".", ".")]


def _is(predicate: list[Row], negated: bool = False) -> list[Row]:
    """ "Hungary is (not) <predicate>": predicate rows head within themselves; -1 is the copula."""
    clause: list[Row] = [("Hungary", 1, "nsubj", "PROPN", "NNP", "Hungary"), ("is", -1, "ccomp", "AUX", "VBZ", "be")]
    if negated:
        clause.append(("not", 1, "neg", "PART", "RB", "not"))
    base = len(clause)
    return clause + [(w, 1 if h < 0 else h + base, d, p, t, lem) for w, h, d, p, t, lem in predicate]


RECKLESS: list[Row] = [("reckless", -1, "acomp", "ADJ", "JJ", "reckless")]
# "a dangerous neighbour"
NEIGHBOUR: list[Row] = [
    ("a", 2, "det", "DET", "DT", "a"),
    ("dangerous", 2, "amod", "ADJ", "JJ", "dangerous"),
    ("neighbour", -1, "attr", "NOUN", "NN", "neighbour"),
]


def test_a_condemning_word_said_of_a_named_actor_disapproves_of_it() -> None:
    assert _coded(_reported("Poland", _is(RECKLESS))) == [("111", ["POL"], ["HUN"])]
    assert _coded(_reported("Poland", _is(NEIGHBOUR))) == [("111", ["POL"], ["HUN"])]


@pytest.mark.parametrize(
    ("word", "dep", "pos"),
    [
        ("useless", "acomp", "ADJ"),
        ("short-sighted", "acomp", "ADJ"),
        ("sickening", "acomp", "ADJ"),
        ("fool", "attr", "NOUN"),
        ("horrible", "acomp", "ADJ"),
        ("unprepared", "acomp", "ADJ"),
        ("opportunist", "attr", "NOUN"),
        ("demagogue", "attr", "NOUN"),
    ],
)
def test_words_of_futility_disgust_and_insult_condemn(word: str, dep: str, pos: str) -> None:
    assert _coded(_reported("Poland", _is([(word, -1, dep, pos, "JJ" if pos == "ADJ" else "NN", word)]))) == [
        ("111", ["POL"], ["HUN"])
    ]


@pytest.mark.parametrize("word", ["flawed", "botched", "discredited"])
def test_words_of_failure_said_of_a_named_actor_condemn_it(word: str) -> None:
    # "Poland said Hungary is a flawed neighbour"
    flawed: list[Row] = [("a", 2, "det", "DET", "DT", "a"), (word, 2, "amod", "ADJ", "JJ", word), *NEIGHBOUR[2:]]
    assert _coded(_reported("Poland", _is(flawed))) == [("111", ["POL"], ["HUN"])]


def test_a_condemning_adjective_in_ing_parsed_as_a_verb_still_judges_the_subject() -> None:
    # "Poland said Hungary is troubling ." with "troubling" read as the clause's verb
    clause: list[Row] = [
        ("Hungary", 2, "nsubj", "PROPN", "NNP", "Hungary"),
        ("is", 2, "aux", "AUX", "VBZ", "be"),
        ("troubling", -1, "ccomp", "VERB", "VBG", "trouble"),
    ]
    assert _coded(_reported("Poland", clause)) == [("111", ["POL"], ["HUN"])]
    # "Poland said Hungary is troubling Slovakia": a verb with an object is an act, not a judgement of Hungary
    acting = [*clause, ("Slovakia", 2, "dobj", "PROPN", "NNP", "Slovakia")]
    assert ("111", ["POL"], ["HUN"]) not in _coded(_reported("Poland", acting))


def test_one_said_to_pose_a_threat_is_condemned() -> None:
    # "Poland said Hungary poses a threat ."
    clause: list[Row] = [
        ("Hungary", 1, "nsubj", "PROPN", "NNP", "Hungary"),
        ("poses", -1, "ccomp", "VERB", "VBZ", "pose"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("threat", 1, "dobj", "NOUN", "NN", "threat"),
    ]
    assert _coded(_reported("Poland", clause)) == [("111", ["POL"], ["HUN"])]


def test_a_denied_judgement_or_a_plain_description_is_none() -> None:
    assert _coded(_reported("Poland", _is(RECKLESS, negated=True))) == []
    assert _coded(_reported("Poland", _is([("large", -1, "acomp", "ADJ", "JJ", "large")]))) == []


def test_not_only_is_no_negation() -> None:
    # "Poland said Hungary is not only reckless ."
    clause = _is([("only", -1, "advmod", "ADV", "RB", "only"), *RECKLESS], negated=True)
    assert _coded(_reported("Poland", clause)) == [("111", ["POL"], ["HUN"])]


def test_a_condemning_adjective_judges_the_owner_of_what_it_describes() -> None:
    # "Japan said China 's reckless moves raised tensions ."
    clause: list[Row] = [
        ("China", 3, "poss", "PROPN", "NNP", "China"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("reckless", 3, "amod", "ADJ", "JJ", "reckless"),
        ("moves", 4, "nsubj", "NOUN", "NNS", "move"),
        ("raised", -1, "ccomp", "VERB", "VBD", "raise"),
        ("tensions", 4, "dobj", "NOUN", "NNS", "tension"),
    ]
    assert _coded(_reported("Japan", clause)) == [("111", ["JPN"], ["CHN"])]


def test_a_condemning_adjective_anywhere_in_the_reported_clause_judges_its_subject() -> None:
    # "Poland said Hungary showed a reckless disregard ."
    clause: list[Row] = [
        ("Hungary", 1, "nsubj", "PROPN", "NNP", "Hungary"),
        ("showed", -1, "ccomp", "VERB", "VBD", "show"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("reckless", 4, "amod", "ADJ", "JJ", "reckless"),
        ("disregard", 1, "dobj", "NOUN", "NN", "disregard"),
    ]
    assert _coded(_reported("Poland", clause)) == [("111", ["POL"], ["HUN"])]


def test_what_a_speaker_asks_for_is_a_demand_not_a_judgement() -> None:
    # "Japan said China must stop its reckless moves ."
    clause: list[Row] = [
        ("China", 2, "nsubj", "PROPN", "NNP", "China"),
        ("must", 2, "aux", "AUX", "MD", "must"),
        ("stop", -1, "ccomp", "VERB", "VB", "stop"),
        ("its", 5, "poss", "PRON", "PRP$", "its"),
        ("reckless", 5, "amod", "ADJ", "JJ", "reckless"),
        ("moves", 2, "dobj", "NOUN", "NNS", "move"),
    ]
    assert [code[:2] for code, _, _ in _coded(_reported("Japan", clause))] == ["10"]


# "Canada called Venezuela 's remarks offensive ."
CALLED_OFFENSIVE: list[Row] = [
    ("Canada", 1, "nsubj", "PROPN", "NNP", "Canada"),
    ("called", 1, "ROOT", "VERB", "VBD", "call"),
    ("Venezuela", 4, "poss", "PROPN", "NNP", "Venezuela"),
    ("'s", 2, "case", "PART", "POS", "'s"),
    ("remarks", 1, "dobj", "NOUN", "NNS", "remark"),
    ("offensive", 1, "oprd", "ADJ", "JJ", "offensive"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_naming_an_actor_with_a_condemning_word_disapproves_of_it() -> None:
    assert _coded(CALLED_OFFENSIVE) == [("111", ["CAN"], ["VEN"])]


def _meeting(source: ActorRef, target: ActorRef, start: int, word: str = "met", sentence: int = 0) -> Event:
    return Event(
        "",
        "040",
        "04",
        "CONSULT",
        None,
        1,
        1.0,
        (source,),
        (target,),
        "asserted",
        Trigger(word, start, start + len(word)),
        sentence,
        0.8,
    )


def test_repeated_mentions_merge_only_between_the_same_actors() -> None:
    kerry = ActorRef("Kerry", "John Kerry", "USAGOV", "USA", "GOV", "E1")
    lavrov = ActorRef("Lavrov", "Sergey Lavrov", "RUSGOV", "RUS", "GOV", "E2")
    obama = replace(kerry, text="Obama", name="Barack Obama", entity_id="E3")
    putin = replace(lavrov, text="Putin", name="Vladimir Putin", entity_id="E4")
    merged = merge_events([_meeting(kerry, lavrov, 0), _meeting(kerry, lavrov, 50), _meeting(obama, putin, 90)])
    assert [(e.trigger.start, e.mentions) for e in merged] == [(0, 2), (90, 1)]


def test_repeated_mentions_merge_only_when_one_word_family_names_them() -> None:
    # "Kerry met Lavrov. ... Kerry met Lavrov there. ... Kerry consulted Lavrov. ... The consultations, talks held
    # with Lavrov, ...": the same word (or its family) names one act; another word between the same actors reports
    # another, save in one sentence, which tells one act.
    kerry = ActorRef("Kerry", "John Kerry", "USAGOV", "USA", "GOV", "E1")
    lavrov = ActorRef("Lavrov", "Sergey Lavrov", "RUSGOV", "RUS", "GOV", "E2")
    merged = merge_events(
        [
            _meeting(kerry, lavrov, 0),
            _meeting(kerry, lavrov, 40, sentence=2),
            _meeting(kerry, lavrov, 80, "consulted", 4),
            _meeting(kerry, lavrov, 120, "consultations", 6),
            _meeting(kerry, lavrov, 140, "talks", 6),
        ]
    )
    assert [(e.trigger.start, e.mentions) for e in merged] == [(0, 2), (80, 3)]


def _kerry_met_lavrov(start: int, sentence: int, day: str, source: str) -> Event:
    """ "Kerry met Lavrov" at ``start`` in ``sentence``, dated ``day`` by ``source`` ("text" or "published")."""
    kerry = ActorRef("Kerry", "John Kerry", "USAGOV", "USA", "GOV", "E1")
    lavrov = ActorRef("Lavrov", "Sergey Lavrov", "RUSGOV", "RUS", "GOV", "E2")
    return replace(_meeting(kerry, lavrov, start, sentence=sentence), date=day, date_source=source)


def test_mentions_the_text_dates_to_different_days_are_two_acts() -> None:
    # "Kerry met Lavrov on Monday. The meeting ... Kerry met Lavrov again on Thursday.": two meetings; an undated
    # mention joins the first.
    monday = _kerry_met_lavrov(0, 0, "2016-03-21", "text")
    undated = _kerry_met_lavrov(40, 2, "2016-03-24", "published")
    thursday = _kerry_met_lavrov(80, 4, "2016-03-24", "text")
    merged = merge_events([monday, undated, thursday])
    assert [(e.trigger.start, e.mentions, e.date) for e in merged] == [(0, 2, "2016-03-21"), (80, 1, "2016-03-24")]


def test_an_act_told_again_in_the_next_sentence_is_an_event_of_each() -> None:
    # "Kerry met Lavrov on Monday. According to the statement, Kerry met Lavrov to discuss Syria. ... Kerry met
    # Lavrov for an hour.": the next sentence's mention stands apart, with the date the text gave the act; a mention
    # further on merges into the first.
    told = [(0, 0, "2016-03-21", "text"), (40, 1, "2016-03-24", "published"), (120, 4, "2016-03-24", "published")]
    merged = merge_events([_kerry_met_lavrov(*mention) for mention in told])
    assert [(e.trigger.start, e.mentions, e.date) for e in merged] == [(0, 2, "2016-03-21"), (40, 1, "2016-03-21")]


def test_one_who_claims_an_act_claims_to_have_done_it() -> None:
    # "Iran claimed a nuclear test .": "nuclear" is an adjective of the noun, which makes the entry "nuclear test".
    rows: list[Row] = [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
        ("claimed", 1, "ROOT", "VERB", "VBD", "claim"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("nuclear", 4, "amod", "ADJ", "JJ", "nuclear"),
        ("test", 1, "dobj", "NOUN", "NN", "test"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    [event] = events_in(hand_parsed(rows))
    assert (event.cameo, [a.country for a in event.source], event.modality) == ("150", ["IRN"], "alleged")


def _cruz(rest: list[Row], sector: str = "LEG") -> list[Event]:
    """Events of "Cruz <rest>", Cruz (in ``sector``) and Rubio, where named, persons of the article."""
    doc = hand_parsed([("Cruz", 1, "nsubj", "PROPN", "NNP", "Cruz"), *rest])
    people = [Entity("E1", "Ted Cruz", "PERSON", ((0, 4),), f"USA{sector}", "USA", sector)]
    people += [
        Entity("E2", "Marco Rubio", "PERSON", ((t.idx, t.idx + 5),), "USALEG", "USA", "LEG")
        for t in doc
        if t.text == "Rubio"
    ]
    return extract_events(doc, EntityIndex(people), (), None)


# "Cruz attacked Rubio ."
ATTACKED: list[Row] = [
    ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
    ("Rubio", 1, "dobj", "PROPN", "NNP", "Rubio"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_persons_out_of_armed_sectors_who_attack_each_other_criticize() -> None:
    assert [e.cameo for e in _cruz(ATTACKED)] == ["111"]
    assert [e.cameo for e in _cruz(ATTACKED, "GOV")] == ["111"]
    assert [e.cameo for e in _cruz(ATTACKED, "MIL")] == ["190"]


def test_a_civilian_fighting_for_something_with_no_one_named_is_no_event() -> None:
    # "Cruz fought for the bill ."
    rest: list[Row] = [
        ("fought", 1, "ROOT", "VERB", "VBD", "fight"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("bill", 2, "pobj", "NOUN", "NN", "bill"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _cruz(rest) == []


def _subject_raised(subject: list[Row]) -> list[Row]:
    """ "<subject> raised tensions": subject rows head within themselves, -1 is "raised"."""
    base = len(subject)
    rows: list[Row] = [(w, base if h < 0 else h, d, p, t, lem) for w, h, d, p, t, lem in subject]
    rows.append(("raised", -1, "ccomp", "VERB", "VBD", "raise"))
    return [*rows, ("tensions", base, "dobj", "NOUN", "NNS", "tension")]


def test_a_condemned_deed_judges_the_doer_its_noun_names() -> None:
    # "Poland said Hungary 's provocations raised tensions ." / "Poland said the provocations raised tensions ."
    named: list[Row] = [
        ("Hungary", 2, "poss", "PROPN", "NNP", "Hungary"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("provocations", -1, "nsubj", "NOUN", "NNS", "provocation"),
    ]
    unnamed: list[Row] = [
        ("the", 1, "det", "DET", "DT", "the"),
        ("provocations", -1, "nsubj", "NOUN", "NNS", "provocation"),
    ]
    assert _coded(_reported("Poland", _subject_raised(named))) == [("111", ["POL"], ["HUN"])]
    assert _coded(_reported("Poland", _subject_raised(unnamed))) == []


def test_a_condemning_adjective_of_people_no_one_names_judges_no_one() -> None:
    # "Poland said untrustworthy officials raised tensions ."
    subject: list[Row] = [
        ("untrustworthy", 1, "amod", "ADJ", "JJ", "untrustworthy"),
        ("officials", -1, "nsubj", "NOUN", "NNS", "official"),
    ]
    assert _coded(_reported("Poland", _subject_raised(subject))) == []


def test_a_condemning_adjective_in_a_clause_of_its_own_says_nothing_of_the_main_subject() -> None:
    # "Poland said while the plan was reckless Hungary acted ."
    clause: list[Row] = [
        ("while", 3, "mark", "SCONJ", "IN", "while"),
        ("the", 2, "det", "DET", "DT", "the"),
        ("plan", 3, "nsubj", "NOUN", "NN", "plan"),
        ("was", 6, "advcl", "AUX", "VBD", "be"),
        ("reckless", 3, "acomp", "ADJ", "JJ", "reckless"),
        ("Hungary", 6, "nsubj", "PROPN", "NNP", "Hungary"),
        ("acted", -1, "ccomp", "VERB", "VBD", "act"),
    ]
    assert _coded(_reported("Poland", clause)) == []


@pytest.mark.parametrize("word", ["tyrannical", "feckless", "duplicitous", "reprehensible"])
def test_condemning_words_of_every_kind_judge_whom_they_are_said_of(word: str) -> None:
    # "Poland said Hungary is <word> ."
    assert _coded(_reported("Poland", _is([(word, -1, "acomp", "ADJ", "JJ", word)]))) == [("111", ["POL"], ["HUN"])]


@pytest.mark.parametrize(
    ("form", "lemma"), [("bribery", "bribery"), ("abuses", "abuse"), ("fearmongering", "fearmongering")]
)
def test_condemned_deeds_of_every_kind_judge_their_named_doer(form: str, lemma: str) -> None:
    # "Poland said Hungary 's <deed> raised tensions ."
    deed: list[Row] = [
        ("Hungary", 2, "poss", "PROPN", "NNP", "Hungary"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        (form, -1, "nsubj", "NOUN", "NN", lemma),
    ]
    assert _coded(_reported("Poland", _subject_raised(deed))) == [("111", ["POL"], ["HUN"])]


@pytest.mark.parametrize(("form", "lemma"), [("lied", "lie"), ("cheated", "cheat"), ("incited", "incite")])
def test_condemned_acts_of_every_kind_judge_their_doer(form: str, lemma: str) -> None:
    # "Poland said Hungary <act> ."
    clause: list[Row] = [("Hungary", 1, "nsubj", "PROPN", "NNP", "Hungary"), (form, -1, "ccomp", "VERB", "VBD", lemma)]
    assert _coded(_reported("Poland", clause)) == [("111", ["POL"], ["HUN"])]


def _warned(subject: str) -> list[Row]:
    """ "Egypt warned that <subject> will expand ."."""
    pos, tag = {"it": ("PRON", "PRP"), "prices": ("NOUN", "NNS")}.get(subject, ("PROPN", "NNP"))
    return [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        (subject, 5, "nsubj", pos, tag, subject),
        ("will", 5, "aux", "AUX", "MD", "will"),
        ("expand", 1, "ccomp", "VERB", "VB", "expand"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_warning_of_what_another_will_do_judges_it() -> None:
    # "Egypt warned that Israel will expand .": criticism of Israel, no threat by Egypt.
    assert _coded(_warned("Israel")) == [("111", ["EGY"], ["ISR"])]
    # "Egypt warned that it will expand .": the warner may be the one who acts; no criticism of anyone.
    assert not [c for c in _coded(_warned("it")) if c[0] == "111"]
    # "Egypt warned that prices will expand .": a forecast that names no actor judges no one.
    assert _coded(_warned("prices")) == []


# "Russia expelled the diplomat ."
EXPELLED: list[Row] = [
    ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
    ("expelled", 1, "ROOT", "VERB", "VBD", "expel"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("diplomat", 1, "dobj", "NOUN", "NN", "diplomat"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def _after_expulsion(judgement: list[Row]) -> list[Row]:
    """The expulsion, then a judgement sentence whose heads count within itself."""
    base = len(EXPELLED)
    return EXPELLED + [(w, h + base, d, p, t, lem) for w, h, d, p, t, lem in judgement]


def test_a_judgement_of_it_or_of_the_move_judges_the_act_told_before() -> None:
    # "Poland said the move is reckless ."
    clause: list[Row] = [
        ("the", 1, "det", "DET", "DT", "the"),
        ("move", 2, "nsubj", "NOUN", "NN", "move"),
        ("is", -1, "ccomp", "AUX", "VBZ", "be"),
        ("reckless", 2, "acomp", "ADJ", "JJ", "reckless"),
    ]
    rows = _after_expulsion(_reported("Poland", clause))
    assert _coded(rows)[-1] == ("111", ["POL"], ["RUS"])
    # "Poland called it reckless ."
    called: list[Row] = [
        ("Poland", 1, "nsubj", "PROPN", "NNP", "Poland"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("it", 1, "dobj", "PRON", "PRP", "it"),
        ("reckless", 1, "oprd", "ADJ", "JJ", "reckless"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _coded(_after_expulsion(called))[-1] == ("111", ["POL"], ["RUS"])
    # With no act told before, "it" is no one: no event.
    assert _coded(called) == []


def _called_minister(name: list[Row]) -> list[Row]:
    """ "Egypt called the Israeli minister <name> ."."""
    return [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("Israeli", 4, "amod", "ADJ", "JJ", "israeli"),
        ("minister", 1, "dobj", "NOUN", "NN", "minister"),
        *name,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_name_given_to_the_object_of_call_is_a_label_not_a_phone_call() -> None:
    # "Egypt called the Israeli minister a liar .": condemnation; "Egypt called the Israeli minister .": a phone call.
    liar = [("a", 6, "det", "DET", "DT", "a"), ("liar", 1, "oprd", "NOUN", "NN", "liar")]
    labelled = events_in(hand_parsed(_called_minister(liar)))
    assert [(e.cameo, [a.code for a in e.target]) for e in labelled] == [("111", ["ISRGOV"])]
    assert [e.cameo for e in events_in(hand_parsed(_called_minister([])))] == ["041"]


def test_a_name_misparsed_as_what_call_on_names_stays_an_appeal() -> None:
    # "Egypt called on Israel to resign .", the parser taking "Israel" for a name given: no object, no label.
    rows: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Israel", 1, "oprd", "PROPN", "NNP", "Israel"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("resign", 1, "xcomp", "VERB", "VB", "resign"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [(e.cameo, [a.code for a in e.target]) for e in events_in(hand_parsed(rows))] == [("025", ["ISR"])]


@pytest.mark.parametrize(
    ("word", "dep", "pos", "code"),
    [
        ("blowhard", "attr", "NOUN", "111"),
        ("windbag", "attr", "NOUN", "111"),
        ("third-rate", "acomp", "ADJ", "111"),
        ("qualified", "acomp", "ADJ", "051"),
        ("effective", "acomp", "ADJ", "051"),
        ("wrong", "acomp", "ADJ", "111"),
        ("ashamed", "acomp", "ADJ", "111"),
        ("crime", "attr", "NOUN", "111"),
    ],
)
def test_insults_and_praise_of_a_person_judge_them(word: str, dep: str, pos: str, code: str) -> None:
    # "Poland said Hungary is a blowhard / is qualified"
    predicate: list[Row] = [(word, -1, dep, pos, "JJ" if pos == "ADJ" else "NN", word)]
    assert _coded(_reported("Poland", _is(predicate))) == [(code, ["POL"], ["HUN"])]
    # Denied, an insult judges no one, where praise denied condemns: "Hungary is not qualified".
    denied = [("111", ["POL"], ["HUN"])] if code == "051" else []
    assert _coded(_reported("Poland", _is(predicate, negated=True))) == denied


@pytest.mark.parametrize("word", ["honest", "fit", "credible"])
def test_a_merit_denied_condemns_whoever_is_denied_it(word: str) -> None:
    # "Poland said Hungary is not honest / fit / credible"
    predicate: list[Row] = [(word, -1, "acomp", "ADJ", "JJ", word)]
    assert _coded(_reported("Poland", _is(predicate, negated=True))) == [("111", ["POL"], ["HUN"])]


def test_a_merit_that_is_no_praise_said_plainly_judges_no_one() -> None:
    # "Poland said Hungary is fit": no praise
    assert _coded(_reported("Poland", _is([("fit", -1, "acomp", "ADJ", "JJ", "fit")]))) == []


def test_one_said_not_to_be_trusted_is_condemned() -> None:
    # "Poland said Hungary can not be trusted ."
    clause: list[Row] = [
        ("Hungary", 4, "nsubjpass", "PROPN", "NNP", "Hungary"),
        ("can", 4, "aux", "AUX", "MD", "can"),
        ("not", 4, "neg", "PART", "RB", "not"),
        ("be", 4, "auxpass", "AUX", "VB", "be"),
        ("trusted", -1, "ccomp", "VERB", "VBN", "trust"),
    ]
    assert _coded(_reported("Poland", clause)) == [("111", ["POL"], ["HUN"])]


def test_a_negated_clause_still_says_what_its_subject_names() -> None:
    # "Japan said China 's reckless moves did not help ."
    clause: list[Row] = [
        ("China", 3, "poss", "PROPN", "NNP", "China"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("reckless", 3, "amod", "ADJ", "JJ", "reckless"),
        ("moves", 6, "nsubj", "NOUN", "NNS", "move"),
        ("did", 6, "aux", "AUX", "VBD", "do"),
        ("not", 6, "neg", "PART", "RB", "not"),
        ("help", -1, "ccomp", "VERB", "VB", "help"),
    ]
    assert _coded(_reported("Japan", clause)) == [("111", ["JPN"], ["CHN"])]


@pytest.mark.parametrize(("verb", "lemma"), [("believes", "believe"), ("thinks", "think"), ("feels", "feel")])
def test_a_view_held_judges_as_words_said_do(verb: str, lemma: str) -> None:
    # "Poland believes Hungary is reckless ."
    rows = _reported("Poland", _is(RECKLESS))
    rows[1] = (verb, 1, "ROOT", "VERB", "VBZ", lemma)
    assert _coded(rows) == [("111", ["POL"], ["HUN"])]


def test_a_word_that_faults_only_as_what_one_is_judges_no_one_as_an_adjective() -> None:
    # "Poland said Hungary is moving in the wrong direction ."
    clause: list[Row] = [
        ("Hungary", 2, "nsubj", "PROPN", "NNP", "Hungary"),
        ("is", 2, "aux", "AUX", "VBZ", "be"),
        ("moving", -1, "ccomp", "VERB", "VBG", "move"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("wrong", 6, "amod", "ADJ", "JJ", "wrong"),
        ("direction", 3, "pobj", "NOUN", "NN", "direction"),
    ]
    assert _coded(_reported("Poland", clause)) == []


@pytest.mark.parametrize("word", ["gifted", "smart", "compassionate", "tireless"])
def test_praising_words_of_every_kind_praise_whom_they_are_said_of(word: str) -> None:
    # "Poland said Hungary is <word> ."
    assert _coded(_reported("Poland", _is([(word, -1, "acomp", "ADJ", "JJ", word)]))) == [("051", ["POL"], ["HUN"])]


def _praised(subject: str, owner: str | None, adjective: str, lemma: str, noun: str) -> list[Row]:
    """ "Poland said <subject> is [<owner>'s] <adjective> <noun> ."."""
    pos = "PRON" if subject.lower() in ("it", "this", "he") else "PROPN"
    clause: list[Row] = [(subject, 1, "nsubj", pos, "NNP", subject.lower()), ("is", -1, "ccomp", "AUX", "VBZ", "be")]
    noun_at = 5 if owner else 4
    if owner:
        clause += [(owner, noun_at, "poss", "PROPN", "NNP", owner), ("'s", 2, "case", "PART", "POS", "'s")]
    else:
        clause += [("a", noun_at, "det", "DET", "DT", "a")]
    clause += [(adjective, noun_at, "amod", "ADJ", "JJS", lemma), (noun, 1, "attr", "NOUN", "NN", noun)]
    return _reported("Poland", clause)


def test_praise_of_a_thing_or_of_what_another_owns_praises_no_one() -> None:
    # "Poland said Hungary is Russia's best recruiter ." tells what Russia has; "... it is a good decision ." praises a
    # thing; "Poland said Hungary is a great leader ." praises Hungary.
    assert _coded(_praised("Hungary", "Russia", "best", "good", "recruiter")) == []
    assert _coded(_praised("it", None, "good", "good", "decision")) == []
    assert _coded(_praised("Hungary", None, "great", "great", "leader")) == [("051", ["POL"], ["HUN"])]


def _lacks(merit: str) -> list[Row]:
    """ "Poland said Hungary lacks the <merit> ."."""
    return _reported(
        "Poland",
        [
            ("Hungary", 1, "nsubj", "PROPN", "NNP", "Hungary"),
            ("lacks", -1, "ccomp", "VERB", "VBZ", "lack"),
            ("the", 3, "det", "DET", "DT", "the"),
            (merit, 1, "dobj", "NOUN", "NN", merit),
        ],
    )


def test_a_merit_said_to_be_lacking_condemns_and_a_thing_lacking_does_not() -> None:
    assert _coded(_lacks("judgment")) == [("111", ["POL"], ["HUN"])]
    assert _coded(_lacks("money")) == []


def _person_is(predicate: list[Row], subject: str = "Putin") -> list[tuple[str, list[str | None], list[str | None]]]:
    """The codes of "Poland said <subject> is <predicate> .", the subject a named person's when it is a name."""
    clause: list[Row] = [(subject, 1, "nsubj", "PROPN", "NNP", subject), ("is", -1, "ccomp", "AUX", "VBZ", "be")]
    clause += [(w, 1 if h < 0 else h + 2, d, p, t, lem) for w, h, d, p, t, lem in predicate]
    events = events_in(hand_parsed(_reported("Poland", clause), people=frozenset({2} if subject == "Putin" else ())))
    return [(e.cameo, [a.country for a in e.source], [a.country for a in e.target]) for e in events]


@pytest.mark.parametrize(("word", "code"), [("weak", "111"), ("bad", "111"), ("lazy", "111"), ("strong", "051")])
def test_words_said_of_a_person_only_judge_a_person_and_no_country(word: str, code: str) -> None:
    # "Poland said Putin is weak / strong" judges him; "Poland said Hungary is weak / strong" tells its power.
    predicate: list[Row] = [(word, -1, "acomp", "ADJ", "JJ", word)]
    assert _person_is(predicate) == [(code, ["POL"], ["RUS"])]
    assert _person_is(predicate, subject="Hungary") == []
    # "Poland said Putin is a weak leader": the word of the predicate's noun judges him as well
    leader: list[Row] = [("a", 2, "det", "DET", "DT", "a"), (word, 2, "amod", "ADJ", "JJ", word)]
    leader.append(("leader", -1, "attr", "NOUN", "NN", "leader"))
    assert _person_is(leader) == [(code, ["POL"], ["RUS"])]


def _evidence(determiner: str) -> list[Row]:
    """ "Poland said the remarks are <determiner> evidence that Hungary is reckless ."."""
    return _reported(
        "Poland",
        [
            ("the", 1, "det", "DET", "DT", "the"),
            ("remarks", 2, "nsubj", "NOUN", "NNS", "remark"),
            ("are", -1, "ccomp", "AUX", "VBP", "be"),
            (determiner, 4, "det", "DET", "DT", determiner),
            ("evidence", 2, "attr", "NOUN", "NN", "evidence"),
            ("that", 7, "mark", "SCONJ", "IN", "that"),
            ("Hungary", 7, "nsubj", "PROPN", "NNP", "Hungary"),
            ("is", 4, "acl", "AUX", "VBZ", "be"),
            ("reckless", 7, "acomp", "ADJ", "JJ", "reckless"),
        ],
    )


def test_what_a_speaker_offers_as_evidence_the_speaker_says_and_no_evidence_says_nothing() -> None:
    assert _coded(_evidence("more")) == [("111", ["POL"], ["HUN"])]
    assert _coded(_evidence("no")) == []


def _has(verb: str, lemma: str, adjective: str, merit: str, negated: bool = False) -> list[Row]:
    """ "Poland said Hungary (does not) <verb> <adjective> <merit> ."."""
    clause: list[Row] = [("Hungary", 1, "nsubj", "PROPN", "NNP", "Hungary")]
    if negated:
        clause = [("Hungary", 3, "nsubj", "PROPN", "NNP", "Hungary"), ("does", 3, "aux", "AUX", "VBZ", "do")]
        clause.append(("not", 3, "neg", "PART", "RB", "not"))
    at = len(clause)
    clause += [(verb, -1, "ccomp", "VERB", "VBZ", lemma), (adjective, at + 2, "amod", "ADJ", "JJ", adjective)]
    return _reported("Poland", [*clause, (merit, at, "dobj", "NOUN", "NN", merit)])


def test_a_merit_had_judges_its_owner_by_the_word_that_describes_it() -> None:
    assert _coded(_has("has", "have", "remarkable", "gift")) == [("051", ["POL"], ["HUN"])]
    assert _coded(_has("shows", "show", "great", "charm")) == [("051", ["POL"], ["HUN"])]
    assert _coded(_has("has", "have", "terrible", "judgment")) == [("111", ["POL"], ["HUN"])]
    # "Poland said Hungary does not show good judgment": praise denied condemns
    assert _coded(_has("show", "show", "good", "judgment", negated=True)) == [("111", ["POL"], ["HUN"])]
    # a thing had, or a merit with no judging word, judges no one
    assert _coded(_has("has", "have", "great", "support")) == []
    assert _coded(_has("has", "have", "necessary", "temperament")) == []


def test_a_merit_denied_in_supposition_judges_no_one() -> None:
    # "Poland said Hungary would not show good judgment": said of a case supposed, not of Hungary as it is
    rows = _has("show", "show", "good", "judgment", negated=True)
    rows[3] = ("would", 5, "aux", "AUX", "MD", "would")
    assert _coded(rows) == []


def test_a_merit_lacked_in_the_relative_clause_of_a_predicate_noun_is_the_subjects() -> None:
    # "Poland said Hungary is a neighbour who lacks judgment ."
    clause = _is([("a", 1, "det", "DET", "DT", "a"), ("neighbour", -1, "attr", "NOUN", "NN", "neighbour")])
    clause += [("who", 5, "nsubj", "PRON", "WP", "who"), ("lacks", 3, "relcl", "VERB", "VBZ", "lack")]
    rows = _reported("Poland", [*clause, ("judgment", 5, "dobj", "NOUN", "NN", "judgment")])
    assert _coded(rows) == [("111", ["POL"], ["HUN"])]
