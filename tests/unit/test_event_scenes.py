"""A city compounded onto a meeting, protest or violence noun is where it happened, not who did it."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from telex.events.scenes import scene, scene_places
from telex.events.word_lists import PLACE_TARGET_CODES, SCENE_CODES
from tests.unit.fixtures import Row, events_in, hand_parsed


def _after_attacks(place: str) -> list[Row]:
    """ "France mourned after the PLACE attacks ." """
    return [
        ("France", 1, "nsubj", "PROPN", "NNP", "France"),
        ("mourned", 1, "ROOT", "VERB", "VBD", "mourn"),
        ("after", 1, "prep", "ADP", "IN", "after"),
        ("the", 5, "det", "DET", "DT", "the"),
        (place, 5, "compound", "PROPN", "NNP", place),
        ("attacks", 2, "pobj", "NOUN", "NNS", "attack"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_city_before_an_attack_noun_is_the_place_and_a_country_the_attacker() -> None:
    city = hand_parsed(_after_attacks("Paris"))
    city.ents = [Span(city, 4, 5, label="GPE")]
    assert [e.cameo_root for e in events_in(city) if e.cameo_root in ("18", "19")] == []
    country = hand_parsed(_after_attacks("Russia"))
    country.ents = [Span(country, 4, 5, label="GPE")]
    [attack] = [e for e in events_in(country) if e.cameo_root in ("18", "19")]
    assert [s.code for s in attack.source] == ["RUS"]


def test_a_city_the_parser_tags_as_an_organisation_or_leaves_untagged_is_still_the_place() -> None:
    # "the Benghazi attack": the parser tags the city ORG; "ISTANBUL EXPLOSION": no entity at all
    for label in ("ORG", None):
        city = hand_parsed(_after_attacks("Benghazi"))
        if label:
            city.ents = [Span(city, 4, 5, label=label)]
        assert [e.cameo_root for e in events_in(city) if e.cameo_root in ("18", "19")] == []
    people = hand_parsed(_after_attacks("Libyan"))
    people.ents = [Span(people, 4, 5, label="NORP")]
    [attack] = [e for e in events_in(people) if e.cameo_root in ("18", "19")]
    assert [s.code for s in attack.source] == ["LBY"]


def test_an_attack_noun_set_in_a_city_names_no_killer() -> None:
    # "The Paris attacks killed civilians ." / "The Russian attacks killed civilians ."
    def killed(place: str, dep: str, pos: str) -> list[Row]:
        return [
            ("The", 2, "det", "DET", "DT", "the"),
            (place, 2, dep, pos, "NNP" if pos == "PROPN" else "JJ", place),
            ("attacks", 3, "nsubj", "NOUN", "NNS", "attack"),
            ("killed", 3, "ROOT", "VERB", "VBD", "kill"),
            ("civilians", 3, "dobj", "NOUN", "NNS", "civilian"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ]

    city = hand_parsed(killed("Paris", "compound", "PROPN"))
    city.ents = [Span(city, 1, 2, label="GPE")]
    assert all("FRA" not in [s.code for s in e.source] for e in events_in(city))
    country = hand_parsed(killed("Russian", "amod", "ADJ"))
    country.ents = [Span(country, 1, 2, label="NORP")]
    assert any([s.code for s in e.source] == ["RUS"] for e in events_in(country))


def test_a_city_before_an_agreement_is_where_it_was_made_and_a_country_a_party() -> None:
    # "Russia criticized the PLACE agreement ."
    def criticized(place: str) -> list[Row]:
        return [
            ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
            ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
            ("the", 4, "det", "DET", "DT", "the"),
            (place, 4, "compound", "PROPN", "NNP", place),
            ("agreement", 1, "dobj", "NOUN", "NN", "agreement"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]

    city = hand_parsed(criticized("Paris"))
    city.ents = [Span(city, 3, 4, label="GPE")]
    assert [[t.code for t in e.target] for e in events_in(city)] == [[]]
    country = hand_parsed(criticized("Iran"))
    country.ents = [Span(country, 3, 4, label="GPE")]
    assert [[t.code for t in e.target] for e in events_in(country)] == [["IRN"]]


def _verb_in(subject: str, verb: str, lemma: str, place: str) -> list[Row]:
    """ "SUBJECT VERB in PLACE ." """
    return [
        (subject, 1, "nsubj", "PROPN", "NNP", subject),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
        ("in", 1, "prep", "ADP", "IN", "in"),
        (place, 2, "pobj", "PROPN", "NNP", place),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def _targets(rows: list[Row], root: str) -> list[list[str | None]]:
    doc = hand_parsed(rows)
    doc.ents = [Span(doc, 3, 4, label="GPE")]
    return [[t.code for t in e.target] for e in events_in(doc) if e.cameo_root == root]


def test_a_city_or_region_in_an_in_phrase_is_the_scene_of_words_and_the_target_of_force() -> None:
    # "Putin criticized in Iowa": where he criticized, no one he criticized; a country stays the target, and force
    # falls on the place it strikes ("Russia bombed in Aleppo").
    assert _targets(_verb_in("Putin", "criticized", "criticize", "Syria"), "11") == [["SYR"]]
    assert _targets(_verb_in("Putin", "criticized", "criticize", "Iowa"), "11") == [[]]
    assert _targets(_verb_in("Russia", "bombed", "bomb", "Aleppo"), "18") == [["SYR"]]


def test_a_war_of_words_fought_in_a_region_is_fought_there_with_no_one() -> None:
    # "Clinton battled in Iowa": a politician's battle is words (111), Iowa its scene, and a fight with no one is no
    # event.
    doc = hand_parsed(_verb_in("Clinton", "battled", "battle", "Iowa"))
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 3, 4, label="GPE")]
    assert [(e.cameo, [t.code for t in e.target]) for e in events_in(doc)] == []


def _rallied_in(place: str) -> list[Row]:
    """ "Trump rallied in PLACE ." """
    return [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("rallied", 1, "ROOT", "VERB", "VBD", "rally"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        (place, 2, "pobj", "PROPN", "NNP", place),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


@pytest.mark.parametrize("code", SCENE_CODES)
def test_every_scene_code_sets_its_noun_in_a_city_compounded_onto_it(code: str) -> None:
    # each row of the list ``scene_code``: "the Paris <noun>" is set in Paris; a code of no row is not
    doc = hand_parsed(_after_attacks("Paris"))
    doc.ents = [Span(doc, 4, 5, label="GPE")]
    assert scene(doc[4], code + "0") and scene(doc[4], code)
    assert not scene(doc[4], "111")


@pytest.mark.parametrize("code", PLACE_TARGET_CODES)
def test_every_place_target_code_keeps_a_city_of_an_in_phrase_as_its_target(code: str) -> None:
    # each row of the list ``place_target_code``: the place of "in Iowa" may be the one acted on; for criticism it is
    # only where the act happened
    doc = hand_parsed(_rallied_in("Iowa"))
    doc.ents = [Span(doc, 3, 4, label="GPE")]
    assert scene_places([doc[1]], code) == set()
    assert scene_places([doc[1]], "111") == {3}


def test_a_city_where_a_thing_is_is_no_target_but_where_people_are_it_places_them() -> None:
    # "The staffer was charged with battery in Iowa .": the parser hangs "in Iowa" on "battery", which is where the
    # battery happened, not the one charged; "Russia criticized the officials in Iowa ." places the officials
    charged: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("staffer", 3, "nsubjpass", "NOUN", "NN", "staffer"),
        ("was", 3, "auxpass", "AUX", "VBD", "be"),
        ("charged", 3, "ROOT", "VERB", "VBN", "charge"),
        ("with", 3, "prep", "ADP", "IN", "with"),
        ("battery", 4, "pobj", "NOUN", "NN", "battery"),
        ("in", 5, "prep", "ADP", "IN", "in"),
        ("Iowa", 6, "pobj", "PROPN", "NNP", "Iowa"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert all("Iowa" not in [t.text for t in e.target] for e in events_in(hand_parsed(charged, places=frozenset({7}))))
    criticized: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("officials", 1, "dobj", "NOUN", "NNS", "official"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("Iowa", 4, "pobj", "PROPN", "NNP", "Iowa"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    events = events_in(hand_parsed(criticized, places=frozenset({5})))
    assert [[t.country for t in e.target] for e in events] == [["USA"]]
