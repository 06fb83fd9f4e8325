"""Uses that are no event, on hand-built parses (no model): a person's withdrawal that leaves no place ("after a Pence
withdrawal": a race or a post left), what someone should get ("Clinton should get credit": a verdict, no appeal), a
caution against an act ("cautioned against drawing lessons": advice, no criticism)."""

from __future__ import annotations

from spacy.tokens import Doc

from telex.entity_index import EntityIndex
from telex.events.extract import extract_events
from telex.records import Entity
from tests.unit.fixtures import Row, events_in, hand_parsed


def _people(doc: Doc, named: dict[str, tuple[str, str, int]]) -> EntityIndex:
    """Named people (name: code, sector, token index) as the entity index knows them."""
    return EntityIndex(
        Entity(f"E{n}", name, "PERSON", ((doc[i].idx, doc[i].idx + len(doc[i])),), code, code[:3], sector)
        for n, (name, (code, sector, i)) in enumerate(named.items(), start=1)
    )


def _coded(doc: Doc, entities: EntityIndex | None = None) -> list[tuple[str, list[str | None], list[str | None]]]:
    events = extract_events(doc, entities, (), None) if entities is not None else events_in(doc)
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events]


def _withdrawal(place: str | None) -> list[Row]:
    # "Pence 's withdrawal [from Iraq] surprised Republicans ."
    rows: list[Row] = [
        ("Pence", 2, "poss", "PROPN", "NNP", "Pence"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("withdrawal", 5, "nsubj", "NOUN", "NN", "withdrawal"),
    ]
    if place is not None:
        rows += [("from", 2, "prep", "ADP", "IN", "from"), (place, 3, "pobj", "PROPN", "NNP", place)]
    shift = 0 if place is None else 2
    return [
        *rows,
        ("surprised", 3 + shift, "ROOT", "VERB", "VBD", "surprise"),
        ("Republicans", 3 + shift, "dobj", "PROPN", "NNPS", "Republicans"),
        (".", 3 + shift, "punct", "PUNCT", ".", "."),
    ]


def test_a_persons_withdrawal_from_nowhere_is_no_event() -> None:
    rows = _withdrawal(None)
    rows[2] = ("withdrawal", 3, "nsubj", "NOUN", "NN", "withdrawal")
    doc = hand_parsed(rows, people=frozenset({0}))
    assert _coded(doc, _people(doc, {"Mike Pence": ("USAGOV", "GOV", 0)})) == []


def test_a_persons_withdrawal_from_a_country_stays() -> None:
    rows = _withdrawal("Iraq")
    rows[2] = ("withdrawal", 5, "nsubj", "NOUN", "NN", "withdrawal")
    doc = hand_parsed(rows, places=frozenset({4}), people=frozenset({0}))
    assert [c for c, _, _ in _coded(doc, _people(doc, {"Mike Pence": ("USAGOV", "GOV", 0)}))] == ["0872"]


def _should(verb: str, lemma: str, obj: str | None) -> list[Row]:
    # "Trump said Clinton should <verb> [<obj>] ."
    rows: list[Row] = [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Clinton", 4, "nsubj", "PROPN", "NNP", "Clinton"),
        ("should", 4, "aux", "AUX", "MD", "should"),
        (verb, 1, "ccomp", "VERB", "VB", lemma),
    ]
    if obj is not None:
        rows.append((obj, 4, "dobj", "NOUN", "NN", obj))
    return [*rows, (".", 1, "punct", "PUNCT", ".", ".")]


def test_what_someone_should_get_is_a_verdict() -> None:
    assert _coded(hand_parsed(_should("get", "get", "credit"))) == []


def test_what_someone_should_do_is_an_appeal() -> None:
    assert [c for c, _, _ in _coded(hand_parsed(_should("leave", "leave", "office")))] == ["020"]


def _caution(obj: Row) -> list[Row]:
    # "Trump cautioned against <obj> ."
    return [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("cautioned", 1, "ROOT", "VERB", "VBD", "caution"),
        ("against", 1, "prep", "ADP", "IN", "against"),
        obj,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_caution_against_an_act_is_advice() -> None:
    assert _coded(hand_parsed(_caution(("complacency", 2, "pobj", "NOUN", "NN", "complacency")))) == []


def test_a_caution_against_someone_is_criticism() -> None:
    assert [c for c, _, _ in _coded(hand_parsed(_caution(("Clinton", 2, "pobj", "PROPN", "NNP", "Clinton"))))] == [
        "111"
    ]


def test_what_an_appeal_asks_for_in_its_for_phrase_is_not_done() -> None:
    # "Obama called for an effort to destroy ISIS .": the destruction is asked for, not done.
    rows: list[Row] = [
        ("Obama", 1, "nsubj", "PROPN", "NNP", "Obama"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("an", 4, "det", "DET", "DT", "an"),
        ("effort", 2, "pobj", "NOUN", "NN", "effort"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("destroy", 4, "acl", "VERB", "VB", "destroy"),
        ("ISIS", 6, "dobj", "PROPN", "NNP", "ISIS"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [c for c, _, _ in _coded(hand_parsed(rows))] == []


def _issued_warnings(target: list[Row]) -> list[Row]:
    # "Russia issued warnings [to Ukraine] ."
    return [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("issued", 1, "ROOT", "VERB", "VBD", "issue"),
        ("warnings", 1, "dobj", "NOUN", "NNS", "warning"),
        *target,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_warning_to_no_one_is_a_forecast() -> None:
    assert _coded(hand_parsed(_issued_warnings([]), places=frozenset({0}))) == []


def test_a_warning_to_someone_threatens_them() -> None:
    rows = _issued_warnings([("to", 2, "prep", "ADP", "IN", "to"), ("Ukraine", 3, "pobj", "PROPN", "NNP", "Ukraine")])
    assert _coded(hand_parsed(rows, places=frozenset({0, 4}))) == [("130", ["RUS"], ["UKR"])]


def _gave(obj: str, lemma: str) -> list[Row]:
    # "Republicans gave Trump their <obj> ."
    return [
        ("Republicans", 1, "nsubj", "PROPN", "NNPS", "Republicans"),
        ("gave", 1, "ROOT", "VERB", "VBD", "give"),
        ("Trump", 1, "dative", "PROPN", "NNP", "Trump"),
        ("their", 4, "poss", "PRON", "PRP$", "their"),
        (obj, 1, "dobj", "NOUN", "NN", lemma),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_support_given_to_a_person_named_as_indirect_object_is_backing() -> None:
    assert [c for c, _, _ in _coded(hand_parsed(_gave("support", "support"), people=frozenset({2})))] == ["051"]


def test_credit_given_to_a_person_is_praise() -> None:
    assert [c for c, _, _ in _coded(hand_parsed(_gave("credit", "credit"), people=frozenset({2})))] == ["051"]


def _returned(place: str, lemma: str, det: bool) -> list[Row]:
    # "Trump returned to [the] <place> ."
    rows: list[Row] = [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("returned", 1, "ROOT", "VERB", "VBD", "return"),
        ("to", 1, "prep", "ADP", "IN", "to"),
    ]
    if det:
        rows.append(("the", 4, "det", "DET", "DT", "the"))
    return [*rows, (place, 2, "pobj", "PROPN", "NNP", lemma), (".", 1, "punct", "PUNCT", ".", ".")]


def test_a_return_to_a_body_at_home_is_no_visit() -> None:
    assert _coded(hand_parsed(_returned("Congress", "Congress", False))) == []


def test_a_return_abroad_is_a_visit() -> None:
    assert _coded(hand_parsed(_returned("Japan", "Japan", False), places=frozenset({3}))) == [
        ("042", ["USAGOV"], ["JPN"])
    ]


def _destroying(
    target: Row, places: frozenset[int] = frozenset()
) -> list[tuple[str, list[str | None], list[str | None]]]:
    # "Hateful rhetoric is destroying <target> ."
    rows: list[Row] = [
        ("Hateful", 1, "amod", "ADJ", "JJ", "hateful"),
        ("rhetoric", 3, "nsubj", "NOUN", "NN", "rhetoric"),
        ("is", 3, "aux", "AUX", "VBZ", "be"),
        ("destroying", 3, "ROOT", "VERB", "VBG", "destroy"),
        target,
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    return _coded(hand_parsed(rows, places=places))


def test_ruin_of_a_party_with_no_doer_named_is_a_figure() -> None:
    assert _destroying(("Republicans", 3, "dobj", "PROPN", "NNPS", "Republicans")) == []


def test_ruin_of_a_city_with_no_doer_named_stays() -> None:
    assert [c for c, _, _ in _destroying(("Aleppo", 3, "dobj", "PROPN", "NNP", "Aleppo"), frozenset({4}))] == ["171"]
