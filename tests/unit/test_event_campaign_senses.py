"""Campaign-trail senses of event verbs and nouns on hand-built parses (no model): a candidate who suspends a
campaign, shoots back a retort, hosts a debate, pushes a policy or holds a rally does nothing CAMEO codes, while
the same words in their event senses still code their events."""

from __future__ import annotations

import pytest

from tests.unit.fixtures import Row, events_in, hand_parsed


def _clause(subject: str, verb: str, lemma: str, rest: list[tuple[str, str, str, str, str]]) -> list[Row]:
    """ "<subject> <verb> <rest> ." with every word of ``rest`` (form, dep, pos, tag, lemma) hanging off the verb,
    save a determiner or possessive, which hangs off the next word."""
    rows: list[Row] = [(subject, 1, "nsubj", "PROPN", "NNP", subject), (verb, 1, "ROOT", "VERB", "VBD", lemma)]
    for form, dep, pos, tag, word in rest:
        head = len(rows) + 1 if dep in ("det", "poss") else 1
        rows.append((form, head, dep, pos, tag, word))
    return [*rows, (".", 1, "punct", "PUNCT", ".", ".")]


def _codes(rows: list[Row]) -> list[str]:
    return [e.cameo for e in events_in(hand_parsed(rows))]


def _object(form: str, pos: str = "NOUN", tag: str = "NN") -> tuple[str, str, str, str, str]:
    return (form, "dobj", pos, tag, form.lower())


_THE = ("the", "det", "DET", "DT", "the")
_ISRAEL = _object("Israel", "PROPN", "NNP")


@pytest.mark.parametrize(
    ("subject", "verb", "lemma", "no_event", "event", "code"),
    [
        # a candidate who suspends a campaign quits a race; a state that suspends newspapers bans them
        (
            "Rubio",
            "suspended",
            "suspend",
            [("his", "poss", "PRON", "PRP$", "his"), _object("campaign")],
            [_object("newspapers", tag="NNS")],
            "172",
        ),
        # "shot back": a retort; "shot Israel": gunfire
        ("Trump", "shot", "shoot", [("back", "prt", "ADP", "RP", "back")], [_ISRAEL], "193"),
        # hosting a debate runs an event; hosting a state receives a visit
        ("Iowa", "hosted", "host", [_THE, _object("debate")], [_ISRAEL], "043"),
        # so does hosting a party convention or a meal
        ("Cleveland", "hosted", "host", [_THE, _object("convention")], [_ISRAEL], "043"),
        ("Obama", "hosted", "host", [("a", "det", "DET", "DT", "a"), _object("dinner")], [_ISRAEL], "043"),
        # committing a crime does wrong; committing oneself to a state promises
        ("Croatia", "committed", "commit", [_object("crimes", tag="NNS")], [_ISRAEL], "030"),
        # pushing a policy promotes it; pushing a state presses it
        ("Biden", "pushed", "push", [_THE, _object("policy")], [_ISRAEL], "100"),
        # offering an assessment says something; offering Israel something is an offer
        ("Rubio", "offered", "offer", [("an", "det", "DET", "DT", "an"), _object("assessment")], [_ISRAEL], "030"),
        # backing away retreats; backing Israel supports it
        ("Trump", "backed", "back", [("away", "advmod", "ADV", "RB", "away")], [_ISRAEL], "051"),
    ],
)
def test_a_campaign_trail_sense_is_no_event_while_the_verb_keeps_its_event_sense(
    subject: str,
    verb: str,
    lemma: str,
    no_event: list[tuple[str, str, str, str, str]],
    event: list[tuple[str, str, str, str, str]],
    code: str,
) -> None:
    assert _codes(_clause(subject, verb, lemma, no_event)) == []
    assert _codes(_clause("Egypt", verb, lemma, event)) == [code]


def test_crediting_an_outcome_to_someone_praises_them() -> None:
    # "Israel credited the calm to Egypt .": in world news the one credited is praised (a photo credit, "video
    # credited to Reuters", is page furniture, not a reason to lose that sense).
    rows: list[Row] = [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("credited", 1, "ROOT", "VERB", "VBD", "credit"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("calm", 1, "dobj", "NOUN", "NN", "calm"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Egypt", 4, "pobj", "PROPN", "NNP", "Egypt"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) == ["051"]
    assert _codes(_clause("Egypt", "credited", "credit", [_ISRAEL])) == ["051"]


def test_standing_by_an_allys_side_supports_it() -> None:
    # "Egypt stood by Israel 's side .": support between states, not someone being there at a campaign event.
    rows: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("stood", 1, "ROOT", "VERB", "VBD", "stand"),
        ("by", 1, "prep", "ADP", "IN", "by"),
        ("Israel", 5, "poss", "PROPN", "NNP", "Israel"),
        ("'s", 3, "case", "PART", "POS", "'s"),
        ("side", 2, "pobj", "NOUN", "NN", "side"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) == ["051"]


def _held_a_rally(holder: list[Row], cause: list[Row]) -> list[Row]:
    """ "Students held a [<holder>] rally [<cause>] .", the holder words hung on "rally" (token 3 + len(holder))."""
    rally = 3 + len(holder)
    return [
        ("Students", 1, "nsubj", "NOUN", "NNS", "student"),
        ("held", 1, "ROOT", "VERB", "VBD", "hold"),
        ("a", rally, "det", "DET", "DT", "a"),
        *holder,
        ("rally", 1, "dobj", "NOUN", "NN", "rally"),
        *[(w, rally if h == -1 else h, d, pos, tag, lemma) for w, h, d, pos, tag, lemma in cause],
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_campaign_rally_for_no_cause_is_a_campaign_event() -> None:
    campaign: list[Row] = [("campaign", 4, "compound", "NOUN", "NN", "campaign")]
    against: list[Row] = [("against", -1, "prep", "ADP", "IN", "against"), ("war", 5, "pobj", "NOUN", "NN", "war")]
    assert _codes(_held_a_rally(campaign, [])) == []
    assert _codes(_held_a_rally(campaign, against)) == ["141"]
    # A rally named only by a person, or by no one, stays a protest.
    assert _codes(_held_a_rally([("Navalny", 4, "compound", "PROPN", "NNP", "Navalny")], [])) == ["141"]
    assert _codes(_held_a_rally([], [])) == ["141"]


def _discussed(subjects: list[Row], partner: list[Row]) -> list[Row]:
    """ "<subjects> discussed Syria [<partner>] .", the verb right after the subject words."""
    verb = len(subjects)
    rows: list[Row] = [
        *subjects,
        ("discussed", verb, "ROOT", "VERB", "VBD", "discuss"),
        ("Syria", verb, "dobj", "PROPN", "NNP", "Syria"),
        *partner,
    ]
    return [*rows, (".", verb, "punct", "PUNCT", ".", ".")]


def test_going_over_a_topic_alone_consults_nobody() -> None:
    kerry: Row = ("Kerry", 1, "nsubj", "PROPN", "NNP", "Kerry")
    with_lavrov = [("with", 1, "prep", "ADP", "IN", "with"), ("Lavrov", 3, "pobj", "PROPN", "NNP", "Lavrov")]
    together = [
        ("Kerry", 3, "nsubj", "PROPN", "NNP", "Kerry"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Lavrov", 0, "conj", "PROPN", "NNP", "Lavrov"),
    ]
    assert _codes(_discussed([kerry], [])) == []
    assert "040" in _codes(_discussed([kerry], with_lavrov))
    assert "040" in _codes(_discussed(together, []))


def _attacked(subject: str, people: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    """The events of "<subject> attacked <people> ." as (code, sources, targets)."""
    rows: list[Row] = [
        (subject, 1, "nsubj", "PROPN", "NNPS", subject),
        ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
        (people, 1, "dobj", "PROPN", "NNPS", people),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events_in(hand_parsed(rows))]


def test_a_party_attacking_its_own_countrys_people_fights_with_words() -> None:
    assert _attacked("Republicans", "Americans") == [("111", ["USAPTY"], ["USA"])]
    # Another country's people are no fellow citizens in a war of words.
    assert _attacked("Republicans", "Mexicans") == [("190", ["USAPTY"], ["MEX"])]


def test_embracing_ones_own_duties_supports_nobody() -> None:
    # "Egypt embraced its duties ." takes up its own; "Egypt embraced Israel ." backs another.
    own = [("its", "poss", "PRON", "PRP$", "its"), _object("duties", tag="NNS")]
    assert _codes(_clause("Egypt", "embraced", "embrace", own)) == []
    assert _codes(_clause("Egypt", "embraced", "embrace", [_ISRAEL])) == ["051"]


def _backed(subject: list[Row]) -> list[Row]:
    """ "<subject> backed Israel .", the verb right after the subject words, whose last word heads them."""
    verb = len(subject)
    return [
        *subject,
        ("backed", verb, "ROOT", "VERB", "VBD", "back"),
        ("Israel", verb, "dobj", "PROPN", "NNP", "Israel"),
        (".", verb, "punct", "PUNCT", ".", "."),
    ]


def test_people_counted_but_never_named_backing_someone_is_a_poll_preference() -> None:
    # "Most backed Israel ." reports a poll; "Egypt backed Israel ." and "most of the senators" are actors.
    assert _codes(_backed([("Most", 1, "nsubj", "ADJ", "JJS", "most")])) == []
    assert _codes(_backed([("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt")])) == ["051"]
    senators: list[Row] = [
        ("Most", 4, "nsubj", "ADJ", "JJS", "most"),
        ("of", 0, "prep", "ADP", "IN", "of"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("senators", 1, "pobj", "NOUN", "NNS", "senator"),
    ]
    assert _codes(_backed(senators)) == ["051"]


def test_one_pressed_with_nothing_demanded_was_questioned() -> None:
    # "Egypt was pressed about Israel ." puts questions; "Egypt pressed Israel ." and "Egypt was pressed for
    # Israel" demand.
    def passive(prep: str, thing: str) -> list[Row]:
        return [
            ("Egypt", 2, "nsubjpass", "PROPN", "NNP", "Egypt"),
            ("was", 2, "auxpass", "AUX", "VBD", "be"),
            ("pressed", 2, "ROOT", "VERB", "VBN", "press"),
            (prep, 2, "prep", "ADP", "IN", prep),
            (thing, 3, "pobj", "PROPN", "NNP", thing),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]

    assert _codes(passive("about", "Israel")) == []
    assert _codes(passive("for", "Israel")) == ["100"]
    assert _codes(_clause("Egypt", "pressed", "press", [_ISRAEL])) == ["100"]


def test_backing_someone_by_a_margin_is_a_poll() -> None:
    # "Egypt backed Israel by 20 points ." reports a poll margin.
    rows: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("backed", 1, "ROOT", "VERB", "VBD", "back"),
        ("Israel", 1, "dobj", "PROPN", "NNP", "Israel"),
        ("by", 1, "prep", "ADP", "IN", "by"),
        ("20", 5, "nummod", "NUM", "CD", "20"),
        ("points", 3, "pobj", "NOUN", "NNS", "point"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) == []
    assert _codes(_clause("Egypt", "backed", "back", [_ISRAEL])) == ["051"]


def test_backing_told_by_a_percentage_is_a_poll() -> None:
    # "Egypt backed Israel , 57 percent ." (a figure beside whom is backed) and "Israel was backed by 13 percent ."
    # report a poll's findings; "Israel was backed by Egypt ." is backing.
    beside: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("backed", 1, "ROOT", "VERB", "VBD", "back"),
        ("Israel", 1, "dobj", "PROPN", "NNP", "Israel"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("57", 5, "nummod", "NUM", "CD", "57"),
        ("percent", 2, "appos", "NOUN", "NN", "percent"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(beside) == []
    assert _codes(beside[:3] + beside[-1:]) == ["051"]

    def passive(agent: list[Row]) -> list[Row]:
        return [
            ("Israel", 2, "nsubjpass", "PROPN", "NNP", "Israel"),
            ("was", 2, "auxpass", "AUX", "VBD", "be"),
            ("backed", 2, "ROOT", "VERB", "VBN", "back"),
            ("by", 2, "agent", "ADP", "IN", "by"),
            *agent,
            (".", 2, "punct", "PUNCT", ".", "."),
        ]

    figure: list[Row] = [("13", 5, "nummod", "NUM", "CD", "13"), ("percent", 3, "pobj", "NOUN", "NN", "percent")]
    assert _codes(passive(figure)) == []
    assert _codes(passive([("Egypt", 3, "pobj", "PROPN", "NNP", "Egypt")])) == ["051"]


def test_a_rally_of_one_who_holds_office_is_a_campaign_event() -> None:
    # "Senator Smith held a rally ." against "Senator Smith held a rally against the war ."
    senator: list[Row] = [
        ("Senator", 1, "compound", "PROPN", "NNP", "Senator"),
        ("Smith", 2, "nsubj", "PROPN", "NNP", "Smith"),
        ("held", 2, "ROOT", "VERB", "VBD", "hold"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("rally", 2, "dobj", "NOUN", "NN", "rally"),
    ]
    against: list[Row] = [("against", 4, "prep", "ADP", "IN", "against"), ("war", 5, "pobj", "NOUN", "NN", "war")]
    stop: Row = (".", 2, "punct", "PUNCT", ".", ".")
    assert _codes([*senator, stop]) == []
    assert _codes([*senator, *against, stop]) == ["141"]
