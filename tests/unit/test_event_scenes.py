"""A city compounded onto a meeting, protest or violence noun is where it happened, not who did it."""

from __future__ import annotations

from spacy.tokens import Span

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
