"""Idiomatic senses of event verbs on hand-built parses (no model): a tone struck, a law struck down, a rival
gunned for, a place in a ranking occupied, a deal executed, anonymity asked for, ridicule invited and a question
begged are no events, while the same verbs with a state as their object keep their event senses."""

from __future__ import annotations

import pytest

from tests.unit.fixtures import Row, events_in, hand_parsed

Word = tuple[str, str, str, str, str]


def _clause(subject: str, verb: str, lemma: str, rest: list[Word]) -> list[Row]:
    """ "<subject> <verb> <rest> ." with every word of ``rest`` (form, dep, pos, tag, lemma) hanging off the verb,
    save a determiner, which hangs off the next word, and a preposition's object, which hangs off the preposition."""
    rows: list[Row] = [(subject, 1, "nsubj", "PROPN", "NNP", subject), (verb, 1, "ROOT", "VERB", "VBD", lemma)]
    for form, dep, pos, tag, word in rest:
        head = len(rows) + 1 if dep == "det" else len(rows) - 1 if dep == "pobj" else 1
        rows.append((form, head, dep, pos, tag, word))
    return [*rows, (".", 1, "punct", "PUNCT", ".", ".")]


def _codes(rows: list[Row]) -> list[str]:
    return [e.cameo for e in events_in(hand_parsed(rows))]


def _object(form: str, dep: str = "dobj") -> Word:
    return (form, dep, "NOUN", "NN", form.lower())


_A: Word = ("a", "det", "DET", "DT", "a")
_ISRAEL: Word = ("Israel", "dobj", "PROPN", "NNP", "Israel")


@pytest.mark.parametrize(
    ("verb", "lemma", "idiom", "event", "code"),
    [
        # "struck a measured tone": the manner of a speech; "struck Israel": an attack
        ("struck", "strike", [_A, _object("tone")], [_ISRAEL], "190"),
        # "struck down a law": a ruling voids a text
        ("struck", "strike", [("down", "prt", "ADP", "RP", "down"), _A, _object("law")], [_ISRAEL], "190"),
        # "occupied a place": a standing in a ranking; "occupied Israel": an occupation
        ("occupied", "occupy", [_A, _object("place")], [_ISRAEL], "192"),
        # "executed a deal": a task carried out; "executed the prisoners": killing
        ("executed", "execute", [_A, _object("deal")], [_ISRAEL], "180"),
        # "asked for anonymity": a source's terms to the press; "asked Israel": an appeal
        ("asked", "ask", [("for", "prep", "ADP", "IN", "for"), _object("anonymity", "pobj")], [_ISRAEL], "020"),
        # "invited ridicule": brought on oneself; "invited Israel": an invitation
        ("invited", "invite", [_object("ridicule")], [_ISRAEL], "020"),
        # "pushed its total above the threshold": a quantity moved; "pushed Israel": pressure
        ("pushed", "push", [_A, _object("total")], [_ISRAEL], "100"),
        # "pushed ahead", "pushed through", "pushed Israel toward center", "pushed Israel to victory": a way
        # forward or a place moved to; "pushed Israel": pressure
        ("pushed", "push", [("ahead", "advmod", "ADV", "RB", "ahead")], [_ISRAEL], "100"),
        ("pushed", "push", [("through", "advmod", "ADV", "RB", "through")], [_ISRAEL], "100"),
        (
            "pushed",
            "push",
            [_ISRAEL, ("toward", "prep", "ADP", "IN", "toward"), _object("center", "pobj")],
            [_ISRAEL],
            "100",
        ),
        ("pushed", "push", [_ISRAEL, ("to", "prep", "ADP", "IN", "to"), _object("victory", "pobj")], [_ISRAEL], "100"),
        # "shot up" with no object: a rise; "shot Israel": gunfire
        ("shot", "shoot", [("up", "prt", "ADP", "RP", "up")], [_ISRAEL], "193"),
        # "called snap elections for October": a vote scheduled; "called on Israel": an appeal
        (
            "called",
            "call",
            [_object("elections"), ("for", "prep", "ADP", "IN", "for"), ("October", "pobj", "PROPN", "NNP", "October")],
            [("on", "prep", "ADP", "IN", "on"), ("Israel", "pobj", "PROPN", "NNP", "Israel")],
            "020",
        ),
        # "offered messages about stability": words; "offered Israel" something: an offer
        ("offered", "offer", [_object("messages")], [_ISRAEL], "030"),
        # "struck up a friendship": a relation begun; "struck Israel": an attack
        ("struck", "strike", [("up", "prt", "ADP", "RP", "up"), _A, _object("friendship")], [_ISRAEL], "190"),
        # "returned to power": office regained; "returned to Israel": a journey
        (
            "returned",
            "return",
            [("to", "prep", "ADP", "IN", "to"), _object("power", "pobj")],
            [("to", "prep", "ADP", "IN", "to"), ("Israel", "pobj", "PROPN", "NNP", "Israel")],
            "042",
        ),
        # "begged the question": a figure of speech
        ("begged", "beg", [_A, _object("question")], [_ISRAEL], "020"),
    ],
)
def test_an_idiom_is_no_event_while_the_verb_keeps_its_event_sense(
    verb: str, lemma: str, idiom: list[Word], event: list[Word], code: str
) -> None:
    assert _codes(_clause("Egypt", verb, lemma, idiom)) == []
    assert _codes(_clause("Egypt", verb, lemma, event)) == [code]


def test_gunning_for_a_rival_is_no_gunfire() -> None:
    gunning = [("for", "prep", "ADP", "IN", "for"), ("Israel", "pobj", "PROPN", "NNP", "Israel")]
    assert _codes(_clause("Egypt", "gunned", "gun", gunning)) == []
    assert _codes(_clause("Egypt", "gunned", "gun", [_ISRAEL])) == ["193"]


def test_backing_off_gives_way() -> None:
    assert _codes(_clause("Egypt", "backed", "back", [("off", "prt", "ADP", "RP", "off")])) == ["080"]


def test_shooting_up_a_bus_is_gunfire() -> None:
    bus = [("up", "prt", "ADP", "RP", "up"), _A, _object("bus")]
    assert _codes(_clause("Egypt", "shot", "shoot", bus)) == ["193"]


def test_money_invested_is_no_cooperation_between_actors() -> None:
    # "Egypt invested in Israel .", "Egypt invested time in Israel .": money or effort put into a place, a firm or a
    # project; no economic cooperation is told.
    into_israel = [("in", "prep", "ADP", "IN", "in"), ("Israel", "pobj", "PROPN", "NNP", "Israel")]
    assert _codes(_clause("Egypt", "invested", "invest", into_israel)) == []
    assert _codes(_clause("Egypt", "invested", "invest", [_object("time"), *into_israel])) == []


def test_sending_or_submitting_a_speech_act_makes_it() -> None:
    # "Egypt sent a request for aid .", "Egypt submitted a complaint .": the sender makes the request or complaint.
    request = _clause("Egypt", "sent", "send", [_A, _object("request"), ("for", "prep", "ADP", "IN", "for")])
    # The "for" phrase is the request's own: "a request for aid".
    request[4] = ("for", 3, "prep", "ADP", "IN", "for")
    request.insert(5, ("aid", 4, "pobj", "NOUN", "NN", "aid"))
    assert [c[:2] for c in _codes(request)] == ["02"]
    assert _codes(_clause("Egypt", "submitted", "submit", [_A, _object("complaint")])) == ["114"]


def test_a_protest_verb_with_a_clause_shows_what_is_so() -> None:
    # "Egypt demonstrated that Israel lies .": a showing; "Egypt demonstrated against Israel .": a protest.
    showing = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("demonstrated", 1, "ROOT", "VERB", "VBD", "demonstrate"),
        ("that", 4, "mark", "SCONJ", "IN", "that"),
        ("Israel", 4, "nsubj", "PROPN", "NNP", "Israel"),
        ("lies", 1, "ccomp", "VERB", "VBZ", "lie"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [c for c in _codes(showing) if c.startswith("14")] == []
    against = [("against", "prep", "ADP", "IN", "against"), ("Israel", "pobj", "PROPN", "NNP", "Israel")]
    assert _codes(_clause("Egypt", "demonstrated", "demonstrate", against)) == ["141"]


def test_a_journey_to_a_doing_takes_it_up_again() -> None:
    # "Egypt returned to criticizing Israel .": criticism resumed, no visit.
    rows: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("returned", 1, "ROOT", "VERB", "VBD", "return"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("criticizing", 2, "pcomp", "VERB", "VBG", "criticize"),
        ("Israel", 3, "dobj", "PROPN", "NNP", "Israel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert "042" not in _codes(rows)


def test_embracing_a_method_backs_no_one_while_embracing_a_state_does() -> None:
    # "Egypt embraced the techniques ." / "Egypt embraced Israel ."
    techniques = [("the", "det", "DET", "DT", "the"), _object("techniques")]
    assert _codes(_clause("Egypt", "embraced", "embrace", techniques)) == []
    assert _codes(_clause("Egypt", "embraced", "embrace", [_ISRAEL])) == ["051"]


def test_embracing_any_thing_that_names_no_people_backs_no_one() -> None:
    # "Egypt embraced open racism ." (no word of the taken-up list) / "Egypt embraced the rebels ."
    racism = [("open", "amod", "ADJ", "JJ", "open"), _object("racism")]
    assert _codes(_clause("Egypt", "embraced", "embrace", racism)) == []
    rebels = [("the", "det", "DET", "DT", "the"), _object("rebels")]
    assert _codes(_clause("Egypt", "embraced", "embrace", rebels)) == ["051"]


def test_pressing_someone_to_embrace_an_approach_still_demands_policy_support() -> None:
    # "Egypt pushed Israel to embrace the approach ."
    rows: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("pushed", 1, "ROOT", "VERB", "VBD", "push"),
        ("Israel", 1, "dobj", "PROPN", "NNP", "Israel"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("embrace", 1, "xcomp", "VERB", "VB", "embrace"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("approach", 4, "dobj", "NOUN", "NN", "approach"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) == ["102"]
