"""Whom an event is done to, when the words name it in a pair or beside several doers (hand-built parses, no model)."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.events.extract import extract_events
from telex.events.pairs import hyphen_pair
from telex.records import Entity, Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _dyads(events: list[Event]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.cameo[:2], [a.code for a in e.source], [a.code for a in e.target]) for e in events]


# "Germany criticized the US-UK drills ." with the hyphen set tight between the two names.
_DRILLS: list[Row] = [
    ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
    ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("US", 5, "compound", "PROPN", "NNP", "US"),
    ("-", 5, "punct", "PUNCT", "HYPH", "-"),
    ("UK", 6, "compound", "PROPN", "NNP", "UK"),
    ("drills", 1, "dobj", "NOUN", "NNS", "drill"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_hyphened_pair_of_states_is_two_targets() -> None:
    events = events_in(hand_parsed(_DRILLS, joined=frozenset({3, 4})))
    assert _dyads(events) == [("11", ["DEU"], ["USA", "GBR"])]


def test_a_spaced_dash_joins_no_pair() -> None:
    doc = hand_parsed(_DRILLS)
    assert hyphen_pair(doc[2:7], EntityIndex(()), None) == []


def test_a_hyphened_side_that_names_no_actor_makes_no_pair() -> None:
    # "the anti-American drills": one side is no actor, so the phrase is read whole.
    rows = [r if i != 3 else ("Anti", 5, "amod", "ADJ", "JJ", "anti") for i, r in enumerate(_DRILLS)]
    doc = hand_parsed(rows, joined=frozenset({3, 4}))
    assert hyphen_pair(doc[2:7], EntityIndex(()), None) == []


def test_talks_a_hyphened_pair_holds_are_held_by_each_with_the_other() -> None:
    # "Officials began US-UK talks .": no placed doer, so the pair the noun names holds the talks.
    rows: list[Row] = [
        ("Officials", 1, "nsubj", "NOUN", "NNS", "official"),
        ("began", 1, "ROOT", "VERB", "VBD", "begin"),
        ("US", 4, "compound", "PROPN", "NNP", "US"),
        ("-", 4, "punct", "PUNCT", "HYPH", "-"),
        ("UK", 5, "compound", "PROPN", "NNP", "UK"),
        ("talks", 1, "dobj", "NOUN", "NNS", "talk"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    events = events_in(hand_parsed(rows, joined=frozenset({2, 3})))
    assert sorted(_dyads(events)) == [("04", ["GBR"], ["USA"]), ("04", ["USA"], ["GBR"])]


def _joint(target: Row) -> list[Row]:
    # "Obama and Kerry criticized <target> ."
    return [
        ("Obama", 3, "nsubj", "PROPN", "NNP", "Obama"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Kerry", 0, "conj", "PROPN", "NNP", "Kerry"),
        ("criticized", 3, "ROOT", "VERB", "VBD", "criticize"),
        target,
        (".", 3, "punct", "PUNCT", ".", "."),
    ]


def test_compatriots_acting_together_on_a_named_compatriot_keep_the_target() -> None:
    events = events_in(hand_parsed(_joint(("Clinton", 3, "dobj", "PROPN", "NNP", "Clinton"))))
    assert _dyads(events) == [("11", ["USAGOV", "USAGOV"], ["USAELI"])]


def test_compatriots_acting_together_on_their_own_country_have_no_target() -> None:
    events = events_in(hand_parsed(_joint(("America", 3, "dobj", "PROPN", "NNP", "America"))))
    assert [target for _, _, target in _dyads(events)] == [[]]


def test_a_threat_to_pull_out_is_aimed_at_what_would_be_left() -> None:
    # "Turkey threatened to pull out of NATO .": the parser hangs "of" on a bare "out".
    rows: list[Row] = [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("threatened", 1, "ROOT", "VERB", "VBD", "threaten"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("pull", 1, "xcomp", "VERB", "VB", "pull"),
        ("out", 3, "prep", "ADP", "IN", "out"),
        ("of", 4, "prep", "ADP", "IN", "of"),
        ("NATO", 5, "pobj", "PROPN", "NNP", "NATO"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(events_in(hand_parsed(rows))) == [("13", ["TUR"], ["IGOWSTNAT"])]


def test_praise_of_a_role_is_aimed_at_whoever_played_it() -> None:
    # "China praised the role played by Pakistan .": the agent of the participle that describes the object.
    rows: list[Row] = [
        ("China", 1, "nsubj", "PROPN", "NNP", "China"),
        ("praised", 1, "ROOT", "VERB", "VBD", "praise"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("role", 1, "dobj", "NOUN", "NN", "role"),
        ("played", 3, "acl", "VERB", "VBN", "play"),
        ("by", 4, "agent", "ADP", "IN", "by"),
        ("Pakistan", 5, "pobj", "PROPN", "NNP", "Pakistan"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(events_in(hand_parsed(rows))) == [("05", ["CHN"], ["PAK"])]


def test_a_preposition_joined_to_another_names_a_target_too() -> None:
    # "Russia apologized to the fans and to Turkey .": the fans are no actor; Turkey, under the joined "to", is.
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("apologized", 1, "ROOT", "VERB", "VBD", "apologize"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("fans", 2, "pobj", "NOUN", "NNS", "fan"),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("to", 2, "conj", "ADP", "IN", "to"),
        ("Turkey", 6, "pobj", "PROPN", "NNP", "Turkey"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(events_in(hand_parsed(rows))) == [("05", ["RUS"], ["TUR"])]


def test_pressure_a_clause_is_under_is_aimed_at_its_subject() -> None:
    # "Despite pressure from Washington , Turkey refused ."
    rows: list[Row] = [
        ("Despite", 6, "prep", "ADP", "IN", "despite"),
        ("pressure", 0, "pobj", "NOUN", "NN", "pressure"),
        ("from", 1, "prep", "ADP", "IN", "from"),
        ("Washington", 2, "pobj", "PROPN", "NNP", "Washington"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("Turkey", 6, "nsubj", "PROPN", "NNP", "Turkey"),
        ("refused", 6, "ROOT", "VERB", "VBD", "refuse"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    pressure = [d for d in _dyads(events_in(hand_parsed(rows))) if d[0] == "10"]
    assert pressure == [("10", ["USA"], ["TUR"])]


def test_criticism_a_subject_faces_is_aimed_at_it() -> None:
    # "Turkey faced criticism from Germany ."
    rows: list[Row] = [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("faced", 1, "ROOT", "VERB", "VBD", "face"),
        ("criticism", 1, "dobj", "NOUN", "NN", "criticism"),
        ("from", 2, "prep", "ADP", "IN", "from"),
        ("Germany", 3, "pobj", "PROPN", "NNP", "Germany"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(events_in(hand_parsed(rows))) == [("11", ["DEU"], ["TUR"])]


def test_a_what_clause_as_the_object_stands_for_the_thing_it_names() -> None:
    # "Russia condemned what appeared to be an attack by Turkey ."
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
        ("what", 3, "nsubj", "PRON", "WP", "what"),
        ("appeared", 1, "ccomp", "VERB", "VBD", "appear"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("be", 3, "xcomp", "AUX", "VB", "be"),
        ("an", 7, "det", "DET", "DT", "an"),
        ("attack", 5, "attr", "NOUN", "NN", "attack"),
        ("by", 7, "prep", "ADP", "IN", "by"),
        ("Turkey", 8, "pobj", "PROPN", "NNP", "Turkey"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [d for d in _dyads(events_in(hand_parsed(rows))) if d[0] == "11"] == [("11", ["RUS"], ["TUR"])]


def test_a_refusal_despite_pressure_is_aimed_at_whoever_presses() -> None:
    # "Despite pressure from Washington , Turkey refused ." is Turkey's refusal of Washington, and Washington's
    # pressure on Turkey.
    rows: list[Row] = [
        ("Despite", 6, "prep", "ADP", "IN", "despite"),
        ("pressure", 0, "pobj", "NOUN", "NN", "pressure"),
        ("from", 1, "prep", "ADP", "IN", "from"),
        ("Washington", 2, "pobj", "PROPN", "NNP", "Washington"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("Turkey", 6, "nsubj", "PROPN", "NNP", "Turkey"),
        ("refused", 6, "ROOT", "VERB", "VBD", "refuse"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    assert sorted(_dyads(events_in(hand_parsed(rows)))) == [("10", ["USA"], ["TUR"]), ("12", ["TUR"], ["USA"])]


def test_an_act_the_object_names_in_turn_gives_the_target() -> None:
    # "Pyongyang rejected the proposal for talks with Seoul ."
    rows: list[Row] = [
        ("Pyongyang", 1, "nsubj", "PROPN", "NNP", "Pyongyang"),
        ("rejected", 1, "ROOT", "VERB", "VBD", "reject"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("proposal", 1, "dobj", "NOUN", "NN", "proposal"),
        ("for", 3, "prep", "ADP", "IN", "for"),
        ("talks", 4, "pobj", "NOUN", "NNS", "talk"),
        ("with", 5, "prep", "ADP", "IN", "with"),
        ("Seoul", 6, "pobj", "PROPN", "NNP", "Seoul"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(events_in(hand_parsed(rows))) == [("12", ["PRK"], ["KOR"])]


def test_what_an_inquiry_called_for_looks_into_is_the_target() -> None:
    # "Moscow called for an inquiry into Kiev ."
    rows: list[Row] = [
        ("Moscow", 1, "nsubj", "PROPN", "NNP", "Moscow"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("an", 4, "det", "DET", "DT", "an"),
        ("inquiry", 2, "pobj", "NOUN", "NN", "inquiry"),
        ("into", 4, "prep", "ADP", "IN", "into"),
        ("Kiev", 5, "pobj", "PROPN", "NNP", "Kiev"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    # a capital after a preposition of place is its state, whichever spelling ("Kiev", "Kyiv"), as "Moscow" is
    assert _dyads(events_in(hand_parsed(rows))) == [("02", ["RUS"], ["UKR"])]


def test_an_inquiry_is_aimed_at_whoever_did_what_it_looks_into() -> None:
    # "Belgrade opened an inquiry into abuses by Croatian troops ."
    rows: list[Row] = [
        ("Belgrade", 1, "nsubj", "PROPN", "NNP", "Belgrade"),
        ("opened", 1, "ROOT", "VERB", "VBD", "open"),
        ("an", 3, "det", "DET", "DT", "an"),
        ("inquiry", 1, "dobj", "NOUN", "NN", "inquiry"),
        ("into", 1, "prep", "ADP", "IN", "into"),
        ("abuses", 4, "pobj", "NOUN", "NNS", "abuse"),
        ("by", 5, "prep", "ADP", "IN", "by"),
        ("Croatian", 8, "amod", "ADJ", "JJ", "croatian"),
        ("troops", 6, "pobj", "NOUN", "NNS", "troop"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(events_in(hand_parsed(rows))) == [("09", ["SRB"], ["HRVMIL"])]


def test_who_backs_the_people_an_act_is_done_to_is_not_its_target() -> None:
    # "Russia criticized rebels backed by Turkey .": the rebels are criticized, not Turkey (but "the role played by
    # Turkey" is Turkey's).
    def criticized(noun: str, lemma: str, participle: str) -> list[Row]:
        return [
            ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
            ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
            (noun, 1, "dobj", "NOUN", "NNS", lemma),
            (participle, 2, "acl", "VERB", "VBN", participle),
            ("by", 3, "agent", "ADP", "IN", "by"),
            ("Turkey", 4, "pobj", "PROPN", "NNP", "Turkey"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]

    def criticism(rows: list[Row]) -> list[tuple[str, list[str | None], list[str | None]]]:
        return [d for d in _dyads(events_in(hand_parsed(rows))) if d[0] == "11"]

    assert criticism(criticized("rebels", "rebel", "backed")) == [("11", ["RUS"], [None])]
    assert criticism(criticized("moves", "move", "made")) == [("11", ["RUS"], ["TUR"])]


def test_an_armed_group_of_no_country_is_the_target_before_the_place_it_is_struck_in() -> None:
    # "France struck Islamic State targets in Syria .": the group (IMG) is whom the force is used on, Syria the place.
    rows: list[Row] = [
        ("France", 1, "nsubj", "PROPN", "NNP", "France"),
        ("struck", 1, "ROOT", "VERB", "VBD", "strike"),
        ("Islamic", 3, "compound", "PROPN", "NNP", "Islamic"),
        ("State", 4, "compound", "PROPN", "NNP", "State"),
        ("targets", 1, "dobj", "NOUN", "NNS", "target"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Syria", 5, "pobj", "PROPN", "NNP", "Syria"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    events = events_in(hand_parsed(rows, places=frozenset({6})))
    assert [(source, target) for _, source, target in _dyads(events)] == [(["FRA"], ["IMGMUSISI"])]


def _complained_about(rows: list[Row]) -> list[Row]:
    # "Japan complained about <rows> ."
    return [
        ("Japan", 1, "nsubj", "PROPN", "NNP", "Japan"),
        ("complained", 1, "ROOT", "VERB", "VBD", "complain"),
        ("about", 1, "prep", "ADP", "IN", "about"),
        *rows,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_whom_a_judgement_is_about_is_its_target() -> None:
    events = events_in(hand_parsed(_complained_about([("China", 2, "pobj", "PROPN", "NNP", "China")])))
    assert [(source, target) for _, source, target in _dyads(events)] == [(["JPN"], ["CHN"])]


def test_a_thing_a_judgement_is_about_is_its_topic_not_its_target() -> None:
    # "Japan complained about the system in China .": the place is where the thing is, not whom Japan judged.
    rows: list[Row] = [
        ("the", 4, "det", "DET", "DT", "the"),
        ("system", 2, "pobj", "NOUN", "NN", "system"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("China", 5, "pobj", "PROPN", "NNP", "China"),
    ]
    events = events_in(hand_parsed(_complained_about(rows)))
    assert [(source, target) for _, source, target in _dyads(events)] == [(["JPN"], [])]


def _backed_down(doers: str, lemma: str) -> list[Row]:
    """ "Egyptian <doers> backed down ."."""
    return [
        ("Egyptian", 1, "amod", "ADJ", "JJ", "egyptian"),
        (doers, 2, "nsubj", "NOUN", "NNS", lemma),
        ("backed", 2, "ROOT", "VERB", "VBD", "back"),
        ("down", 2, "prt", "ADP", "RP", "down"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_a_concession_at_home_is_the_states_not_a_partys() -> None:
    # "Egyptian officials backed down": a concession to their own country; "Egyptian parties backed down": to no one.
    assert _dyads(events_in(hand_parsed(_backed_down("officials", "official")))) == [("08", ["EGYGOV"], ["EGY"])]
    assert _dyads(events_in(hand_parsed(_backed_down("parties", "party")))) == [("08", ["EGYPTY"], [])]


def _rejected_plan(place: str, fronted: bool) -> list[Row]:
    """ "In <place> , Egypt rejected the plan ." or "Egypt rejected the plan in <place> ."."""
    if fronted:
        return [
            ("In", 4, "prep", "ADP", "IN", "in"),
            (place, 0, "pobj", "PROPN", "NNP", place),
            (",", 4, "punct", "PUNCT", ",", ","),
            ("Egypt", 4, "nsubj", "PROPN", "NNP", "Egypt"),
            ("rejected", 4, "ROOT", "VERB", "VBD", "reject"),
            ("the", 6, "det", "DET", "DT", "the"),
            ("plan", 4, "dobj", "NOUN", "NN", "plan"),
            (".", 4, "punct", "PUNCT", ".", "."),
        ]
    return [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("rejected", 1, "ROOT", "VERB", "VBD", "reject"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("plan", 1, "dobj", "NOUN", "NN", "plan"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        (place, 4, "pobj", "PROPN", "NNP", place),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_town_fronted_before_the_verb_sets_the_scene_and_is_no_target() -> None:
    # "In Jerusalem , Egypt rejected the plan .": where, not whom; after the verb a city is the scene as well (see
    # ``scenes.scene_places``), while a state still stands in for the target nothing else names, named after the verb
    # or before it ("In Israel , ...").
    assert _dyads(events_in(hand_parsed(_rejected_plan("Jerusalem", fronted=True)))) == [("12", ["EGY"], [])]
    assert _dyads(events_in(hand_parsed(_rejected_plan("Jerusalem", fronted=False)))) == [("12", ["EGY"], [])]
    assert _dyads(events_in(hand_parsed(_rejected_plan("Israel", fronted=False)))) == [("12", ["EGY"], ["ISR"])]
    assert _dyads(events_in(hand_parsed(_rejected_plan("Israel", fronted=True)))) == [("12", ["EGY"], ["ISR"])]


def test_an_actor_read_as_both_sides_is_not_its_own_target() -> None:
    # "Cruz praised Rubio ." with the article's entities misreading "Rubio" as a mention of Cruz: no one acts on
    # themselves, so the target read so goes and the praise stays Cruz's.
    doc = hand_parsed(
        [
            ("Cruz", 1, "nsubj", "PROPN", "NNP", "Cruz"),
            ("praised", 1, "ROOT", "VERB", "VBD", "praise"),
            ("Rubio", 1, "dobj", "PROPN", "NNP", "Rubio"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    cruz = Entity("E1", "Ted Cruz", "PERSON", ((0, 4), (13, 18)), "USALEG", "USA", "LEG")
    assert _dyads(extract_events(doc, EntityIndex((cruz,)), (), None)) == [("05", ["USALEG"], [])]


def test_the_subject_of_an_accusation_coded_like_the_accuser_is_still_another() -> None:
    # "Trump 's accusation that Clinton lied .": two candidates, both USAELI, are two people the article names; the
    # accused is the clause's subject, not the accuser.
    doc = hand_parsed(
        [
            ("Trump", 2, "poss", "PROPN", "NNP", "Trump"),
            ("'s", 0, "case", "PART", "POS", "'s"),
            ("accusation", 2, "ROOT", "NOUN", "NN", "accusation"),
            ("that", 5, "mark", "SCONJ", "IN", "that"),
            ("Clinton", 5, "nsubj", "PROPN", "NNP", "Clinton"),
            ("lied", 2, "acl", "VERB", "VBD", "lie"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )
    trump = Entity("E1", "Donald Trump", "PERSON", ((0, 5),), "USAELI", "USA", "ELI")
    clinton = Entity("E2", "Hillary Clinton", "PERSON", ((25, 32),), "USAELI", "USA", "ELI")
    assert _dyads(extract_events(doc, EntityIndex((trump, clinton)), (), None)) == [("11", ["USAELI"], ["USAELI"])]


def test_a_warning_of_what_another_person_coded_alike_will_do_judges_him() -> None:
    # "Kasich warned that Trump would wreck the party .": two people the article names, both USAELI; the warning
    # judges Trump (111), it threatens no one.
    doc = hand_parsed(
        [
            ("Kasich", 1, "nsubj", "PROPN", "NNP", "Kasich"),
            ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
            ("that", 5, "mark", "SCONJ", "IN", "that"),
            ("Trump", 5, "nsubj", "PROPN", "NNP", "Trump"),
            ("would", 5, "aux", "AUX", "MD", "would"),
            ("wreck", 1, "ccomp", "VERB", "VB", "wreck"),
            ("the", 7, "det", "DET", "DT", "the"),
            ("party", 5, "dobj", "NOUN", "NN", "party"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    kasich = Entity("E1", "John Kasich", "PERSON", ((0, 6),), "USAELI", "USA", "ELI")
    trump = Entity("E2", "Donald Trump", "PERSON", ((19, 24),), "USAELI", "USA", "ELI")
    assert _dyads(extract_events(doc, EntityIndex((kasich, trump)), (), None)) == [("11", ["USAELI"], ["USAELI"])]


def test_a_judgement_named_by_a_noun_is_aimed_at_whose_deed_its_phrase_names() -> None:
    # "Clinton said the criticism of her actions by Trump hurt her .": the criticism is aimed at Clinton, whose
    # actions they are, as "criticized her actions" is; a phrase naming no deed ("of the team") gives no one.
    rows: list[Row] = [
        ("Clinton", 1, "nsubj", "PROPN", "NNP", "Clinton"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("criticism", 9, "nsubj", "NOUN", "NN", "criticism"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("her", 6, "poss", "PRON", "PRP$", "her"),
        ("actions", 4, "pobj", "NOUN", "NNS", "action"),
        ("by", 3, "prep", "ADP", "IN", "by"),
        ("Trump", 7, "pobj", "PROPN", "NNP", "Trump"),
        ("hurt", 1, "ccomp", "VERB", "VBD", "hurt"),
        ("her", 9, "dobj", "PRON", "PRP", "her"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, people=frozenset({0, 8}))
    trump = doc[8].idx
    entities = (
        Entity("E1", "Hillary Clinton", "PERSON", ((0, 7),), "USAELI", "USA", "ELI"),
        Entity("E2", "Donald Trump", "PERSON", ((trump, trump + 5),), "USAELI", "USA", "ELI"),
    )
    [event] = [e for e in extract_events(doc, EntityIndex(entities), (), None) if e.cameo == "111"]
    assert ([a.name for a in event.source], [a.name for a in event.target]) == (["Donald Trump"], ["Hillary Clinton"])
    rows[6] = ("team", 4, "pobj", "NOUN", "NN", "team")
    [event] = [
        e
        for e in extract_events(hand_parsed(rows, people=frozenset({0, 8})), EntityIndex(entities), (), None)
        if e.cameo == "111"
    ]
    assert event.target == ()
