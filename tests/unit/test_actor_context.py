"""Actors the article's country, dates and the other side decide, on hand-built parses and plain values (no model)."""

from __future__ import annotations

from datetime import date

import pytest

from telex.entity_index import EntityIndex
from telex.events.extract import extract_events
from telex.events.participants import nationalise, reaction_verbs
from telex.records import ActorRef, Entity
from tests.unit.fixtures import Row, hand_parsed


def _country_entities(iso3: str, mentions: int, first: int = 1000) -> Entity:
    # Mentions past the end of the hand-built sentence: they count for the article, not for a phrase of it.
    spans = tuple((first + 10 * i, first + 10 * i + 5) for i in range(mentions))
    return Entity(f"E{iso3}", iso3, "GPE", spans, iso3, iso3, None)


def test_the_article_country_is_the_one_named_twice_as_often_as_any_other() -> None:
    assert EntityIndex([_country_entities("ISR", 4), _country_entities("USA", 2, 2000)]).home_country == "ISR"
    assert EntityIndex([_country_entities("ISR", 3), _country_entities("USA", 2, 2000)]).home_country is None
    assert EntityIndex([_country_entities("ISR", 2)]).home_country is None


# "Lawmakers criticised the government ." / "Foreign lawmakers criticised the government ."
LAWMAKERS: list[Row] = [
    ("Lawmakers", 1, "nsubj", "NOUN", "NNS", "lawmaker"),
    ("criticised", 1, "ROOT", "VERB", "VBD", "criticise"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("government", 1, "dobj", "NOUN", "NN", "government"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def _dyads(
    rows: list[Row], entities: list[Entity], on: date = date(2019, 5, 1)
) -> list[tuple[list[str | None], list[str | None]]]:
    events = extract_events(hand_parsed(rows), EntityIndex(entities), (), on)
    return [([a.code for a in e.source], [a.code for a in e.target]) for e in events]


def test_an_actor_with_no_country_is_of_the_country_the_article_is_about() -> None:
    assert _dyads(LAWMAKERS, [_country_entities("ISR", 5)]) == [(["ISRLEG"], ["ISRGOV"])]
    assert _dyads(LAWMAKERS, []) == []


# "The party criticised Algeria ." with Algeria the article's only country, named once.
PARTY: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("party", 2, "nsubj", "NOUN", "NN", "party"),
    ("criticised", 2, "ROOT", "VERB", "VBD", "criticise"),
    ("Algeria", 2, "dobj", "PROPN", "NNP", "Algeria"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
ALGERIA = Entity("EDZA", "Algeria", "GPE", ((21, 28),), "DZA", "DZA", None)


def test_an_actor_with_no_country_beside_a_placed_one_is_of_the_one_country_the_article_names() -> None:
    assert _dyads(PARTY, [ALGERIA]) == [(["DZAPTY"], ["DZA"])]
    # Another country named anywhere in the article: the party's country is not known.
    assert _dyads(PARTY, [ALGERIA, _country_entities("USA", 1)]) == [([None], ["DZA"])]
    # Named once, the one country places no actor of an event that has no placed participant.
    assert _dyads(LAWMAKERS, [_country_entities("DZA", 1)]) == []


@pytest.mark.parametrize("modifier", ["Foreign", "Local"])
def test_foreign_and_local_actors_are_no_compatriots_of_the_article_country(modifier: str) -> None:
    rows: list[Row] = [(modifier, 1, "amod", "ADJ", "JJ", modifier.lower())]
    rows += [(w, h + 1, d, p, t, lemma) for w, h, d, p, t, lemma in LAWMAKERS]
    rows[1] = ("lawmakers", 2, "nsubj", "NOUN", "NNS", "lawmaker")
    (sources, targets), = _dyads(rows, [_country_entities("ISR", 5)])
    assert sources != ["ISRLEG"] and targets == ["ISRGOV"]


def test_armed_groups_do_not_take_the_article_country() -> None:
    # "Fighters attacked ." in an article about the United States.
    rows: list[Row] = [
        ("Fighters", 1, "nsubj", "NOUN", "NNS", "fighter"),
        ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert all(sources != ["USAREB"] for sources, _ in _dyads(rows, [_country_entities("USA", 5)]))


def test_a_party_condemning_a_foreign_state_is_not_of_that_state() -> None:
    candidates = [ActorRef("Presidential candidates", None, None, None, "PTY")]
    state = [ActorRef("North Korea", "North Korea", "PRK", "PRK", None)]
    assert nationalise(candidates, state) == candidates
    # Inside a domestic conflict the other side still lends its country: "rebels freed the minister".
    rebels = [ActorRef("rebels", None, None, None, "REB")]
    minister = [ActorRef("the Malian minister", "Mali", "MLIGOV", "MLI", "GOV")]
    assert [r.code for r in nationalise(rebels, minister)] == ["MLIREB"]


# "Students marched ."
STUDENTS: list[Row] = [
    ("Students", 1, "nsubj", "NOUN", "NNS", "student"),
    ("marched", 1, "ROOT", "VERB", "VBD", "march"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_people_who_protest_where_they_live_protest_in_the_article_country() -> None:
    # In an article about Israel the students march in Israel, against its government; with no country, the protest
    # stays an event of students of nowhere.
    assert _dyads(STUDENTS, [_country_entities("ISR", 5)]) == [(["ISREDU"], ["ISRGOV"])]
    assert _dyads(STUDENTS, []) == [([None], [])]


def test_people_who_protest_take_the_one_country_their_sentence_names() -> None:
    # "Students marched after Kenya voted ." in an article about Israel.
    rows: list[Row] = [
        ("Students", 1, "nsubj", "NOUN", "NNS", "student"),
        ("marched", 1, "ROOT", "VERB", "VBD", "march"),
        ("after", 4, "mark", "SCONJ", "IN", "after"),
        ("Kenya", 4, "nsubj", "PROPN", "NNP", "Kenya"),
        ("voted", 1, "advcl", "VERB", "VBD", "vote"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    kenya = Entity("EKEN", "Kenya", "GPE", ((23, 28),), "KEN", "KEN", None)
    assert _dyads(rows, [_country_entities("ISR", 5), kenya]) == [(["KENEDU"], ["KENGOV"])]


def test_a_protest_only_planned_is_no_event_of_the_article_country() -> None:
    # "Students planned to march ." in an article about Israel: placing the students must not make an event.
    rows: list[Row] = [
        ("Students", 1, "nsubj", "NOUN", "NNS", "student"),
        ("planned", 1, "ROOT", "VERB", "VBD", "plan"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("march", 1, "xcomp", "VERB", "VB", "march"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(rows, [_country_entities("ISR", 5)]) == _dyads(rows, [])


# "After Obama spoke , the president criticised Beijing ."
AFTER_OBAMA: list[Row] = [
    ("After", 2, "mark", "SCONJ", "IN", "after"),
    ("Obama", 2, "nsubj", "PROPN", "NNP", "Obama"),
    ("spoke", 6, "advcl", "VERB", "VBD", "speak"),
    (",", 6, "punct", "PUNCT", ",", ","),
    ("the", 5, "det", "DET", "DT", "the"),
    ("president", 6, "nsubj", "NOUN", "NN", "president"),
    ("criticised", 6, "ROOT", "VERB", "VBD", "criticise"),
    ("Beijing", 6, "dobj", "PROPN", "NNP", "Beijing"),
    (".", 6, "punct", "PUNCT", ".", "."),
]


def test_the_president_is_the_office_holder_the_article_named_before() -> None:
    obama = Entity("E1", "Barack Obama", "PERSON", ((6, 11),), "USAGOV", "USA", "GOV")
    assert _dyads(AFTER_OBAMA, [obama], date(2015, 5, 1)) == [(["USAGOV"], ["CHN"])]
    assert _dyads(AFTER_OBAMA, [obama], date(2019, 5, 1)) != [(["USAGOV"], ["CHN"])]
    # Named, but no president on that day: "the president" stays unknown.
    kerry = Entity("E1", "John Kerry", "PERSON", ((6, 11),), "USAGOV", "USA", "GOV")
    assert _dyads(AFTER_OBAMA, [kerry], date(2015, 5, 1)) != [(["USAGOV"], ["CHN"])]


def test_a_legislature_deals_with_its_own_government() -> None:
    government = [ActorRef("the government", None, None, None, "GOV")]
    lawmakers = [ActorRef("Kenyan lawmakers", "Kenya", "KENLEG", "KEN", "LEG")]
    assert [r.code for r in nationalise(government, lawmakers)] == ["KENGOV"]
    # A minister met abroad is no compatriot of the host.
    host = [ActorRef("the Kenyan president", "Kenya", "KENGOV", "KEN", "GOV")]
    assert nationalise(government, host) == government


def test_an_actor_called_foreign_does_not_take_the_other_sides_country() -> None:
    # "Senator Ruiz accused a foreign government of meddling": not the senator's own government.
    foreign = [ActorRef("a foreign government", None, None, None, "GOV")]
    senator = [ActorRef("Senator Ruiz", "Ana Ruiz", "CHLLEG", "CHL", "LEG")]
    assert nationalise(foreign, senator) == foreign


def test_who_answers_an_event_noun_is_its_target() -> None:
    # "China hit back at complaints from Washington ."
    rows: list[Row] = [
        ("China", 1, "nsubj", "PROPN", "NNP", "China"),
        ("hit", 1, "ROOT", "VERB", "VBD", "hit"),
        ("back", 1, "advmod", "ADV", "RB", "back"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("complaints", 3, "pobj", "NOUN", "NNS", "complaint"),
        ("from", 4, "prep", "ADP", "IN", "from"),
        ("Washington", 5, "pobj", "PROPN", "NNP", "Washington"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert (["USA"], ["CHN"]) in _dyads(rows, [])
    # A verb of attack answers only when it hits back; a verb of answering answers as it is.
    assert reaction_verbs()["hit"] and not reaction_verbs()["reject"]


def test_coercion_by_a_government_with_no_one_named_is_of_its_own_people() -> None:
    # "Iranian authorities arrested dozens ."
    rows: list[Row] = [
        ("Iranian", 1, "amod", "ADJ", "JJ", "iranian"),
        ("authorities", 2, "nsubj", "NOUN", "NNS", "authority"),
        ("arrested", 2, "ROOT", "VERB", "VBD", "arrest"),
        ("dozens", 2, "dobj", "NOUN", "NNS", "dozen"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(rows, []) == [(["IRNGOV"], ["IRN"])]


def test_his_government_is_the_government_of_the_country_of_the_man_he_is() -> None:
    # "Yanukovych spoke . His government arrested protesters ."
    rows: list[Row] = [
        ("Yanukovych", 1, "nsubj", "PROPN", "NNP", "Yanukovych"),
        ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("His", 4, "poss", "PRON", "PRP$", "his"),
        ("government", 5, "nsubj", "NOUN", "NN", "government"),
        ("arrested", 5, "ROOT", "VERB", "VBD", "arrest"),
        ("protesters", 5, "dobj", "NOUN", "NNS", "protester"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    president = Entity("E1", "Viktor Yanukovych", "PERSON", ((0, 10),), "UKRGOV", "UKR", "GOV")
    assert [sources for sources, _ in _dyads(rows, [president], date(2013, 12, 1))] == [["UKRGOV"]]


def test_actors_from_somewhere_said_do_not_take_the_article_country() -> None:
    # "Officials from both sides criticised Germany ."
    rows: list[Row] = [
        ("Officials", 4, "nsubj", "NOUN", "NNS", "official"),
        ("from", 0, "prep", "ADP", "IN", "from"),
        ("both", 3, "det", "DET", "DT", "both"),
        ("sides", 1, "pobj", "NOUN", "NNS", "side"),
        ("criticised", 4, "ROOT", "VERB", "VBD", "criticise"),
        ("Germany", 4, "dobj", "PROPN", "NNP", "Germany"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    assert all(sources != ["ISRGOV"] for sources, _ in _dyads(rows, [_country_entities("ISR", 5)]))
