"""Who does an event when the sentence names the doer away from the verb: through a role, a relative clause, or a
list the parser split wrongly. Hand-built parses (no model)."""

from __future__ import annotations

from spacy.tokens import Span

from telex.records import Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _events(rows: list[Row]) -> list[Event]:
    return events_in(hand_parsed(rows))


def _dyads(events: list[Event]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.cameo, [a.country for a in e.source], [a.country for a in e.target]) for e in events]


def _served(noun: str) -> list[Row]:
    # "A(n) <noun> to President Obama criticized Iran ."
    return [
        ("An", 1, "det", "DET", "DT", "an"),
        (noun, 5, "nsubj", "NOUN", "NN", noun),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("President", 4, "compound", "PROPN", "NNP", "President"),
        ("Obama", 2, "pobj", "PROPN", "NNP", "Obama"),
        ("criticized", 5, "ROOT", "VERB", "VBD", "criticize"),
        ("Iran", 5, "dobj", "PROPN", "NNP", "Iran"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]


def test_one_who_serves_acts_for_whom_they_serve() -> None:
    assert _dyads(_events(_served("adviser"))) == [("111", ["USA"], ["IRN"])]


def test_a_to_phrase_of_another_noun_names_no_doer() -> None:
    # "A visitor to President Obama criticized Iran": a visitor does not act for whom they visit.
    assert _dyads(_events(_served("visitor"))) == [("111", [], ["IRN"])]


def test_a_verb_the_parser_joined_to_a_list_of_objects_shares_the_subject_of_the_lists_verb() -> None:
    # "Russia is building bases and training and arming Iraqis .": the parser makes "training" a noun in the list
    # of what is built, and "arming" a conjunct of it.
    rows: list[Row] = [
        ("Russia", 2, "nsubj", "PROPN", "NNP", "Russia"),
        ("is", 2, "aux", "AUX", "VBZ", "be"),
        ("building", 2, "ROOT", "VERB", "VBG", "build"),
        ("bases", 2, "dobj", "NOUN", "NNS", "base"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("training", 3, "conj", "NOUN", "NN", "training"),
        ("and", 5, "cc", "CCONJ", "CC", "and"),
        ("arming", 5, "conj", "VERB", "VBG", "arm"),
        ("Iraqis", 7, "dobj", "PROPN", "NNPS", "Iraqis"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert [(code, source) for code, source, _ in _dyads(_events(rows)) if code.startswith("07")] == [
        ("072", ["RUS"])
    ]


def test_a_person_acts_for_the_body_a_relative_clause_says_they_lead() -> None:
    # "Ivan Petrov , who heads the Russian Defense Ministry , criticized NATO ."
    rows: list[Row] = [
        ("Ivan", 1, "compound", "PROPN", "NNP", "Ivan"),
        ("Petrov", 10, "nsubj", "PROPN", "NNP", "Petrov"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("who", 4, "nsubj", "PRON", "WP", "who"),
        ("heads", 1, "relcl", "VERB", "VBZ", "head"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("Russian", 8, "amod", "ADJ", "JJ", "russian"),
        ("Defense", 8, "compound", "PROPN", "NNP", "Defense"),
        ("Ministry", 4, "dobj", "PROPN", "NNP", "Ministry"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("criticized", 10, "ROOT", "VERB", "VBD", "criticize"),
        ("NATO", 10, "dobj", "PROPN", "NNP", "NATO"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    [event] = [e for e in _events(rows) if e.cameo == "111"]
    assert [a.country for a in event.source] == ["RUS"]
    assert event.source[0].sector is not None


def test_the_one_praised_for_their_deed_does_it() -> None:
    # "Obama praised the Saudis for their help in fighting al-Qaeda ."
    rows: list[Row] = [
        ("Obama", 1, "nsubj", "PROPN", "NNP", "Obama"),
        ("praised", 1, "ROOT", "VERB", "VBD", "praise"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("Saudis", 1, "dobj", "PROPN", "NNPS", "Saudis"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("their", 6, "poss", "PRON", "PRP$", "their"),
        ("help", 4, "pobj", "NOUN", "NN", "help"),
        ("in", 6, "prep", "ADP", "IN", "in"),
        ("fighting", 7, "pcomp", "VERB", "VBG", "fight"),
        ("al-Qaeda", 8, "dobj", "PROPN", "NNP", "al-Qaeda"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    [fight] = [e for e in _events(rows) if e.cameo.startswith("19")]
    assert [a.country for a in fight.source] == ["SAU"]


def test_a_possessive_relative_pronoun_stands_for_its_noun() -> None:
    # "Russia , whose troops attacked Ukraine , denied the charge ."
    rows: list[Row] = [
        ("Russia", 7, "nsubj", "PROPN", "NNP", "Russia"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("whose", 3, "poss", "PRON", "WP$", "whose"),
        ("troops", 4, "nsubj", "NOUN", "NNS", "troop"),
        ("attacked", 0, "relcl", "VERB", "VBD", "attack"),
        ("Ukraine", 4, "dobj", "PROPN", "NNP", "Ukraine"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("denied", 7, "ROOT", "VERB", "VBD", "deny"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("charge", 7, "dobj", "NOUN", "NN", "charge"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    [attack] = [e for e in _events(rows) if e.cameo.startswith("19")]
    assert [(a.country, a.sector) for a in attack.source] == [("RUS", "MIL")]


def _served_as(negated: bool) -> list[Row]:
    # "Ivan Petrov , who served (never) as Russia 's ambassador , criticized NATO ."
    rows: list[Row] = [
        ("Ivan", 1, "compound", "PROPN", "NNP", "Ivan"),
        ("Petrov", 10, "nsubj", "PROPN", "NNP", "Petrov"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("who", 4, "nsubj", "PRON", "WP", "who"),
        ("served", 1, "relcl", "VERB", "VBD", "serve"),
        ("as", 4, "prep", "ADP", "IN", "as"),
        ("Russia", 8, "poss", "PROPN", "NNP", "Russia"),
        ("'s", 6, "case", "PART", "POS", "'s"),
        ("ambassador", 5, "pobj", "NOUN", "NN", "ambassador"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("criticized", 10, "ROOT", "VERB", "VBD", "criticize"),
        ("NATO", 10, "dobj", "PROPN", "NNP", "NATO"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    if negated:
        # "who never served as": "never" before "served", every later head one further on.
        rows = [(w, h + 1 if h >= 4 else h, d, p, t, lemma) for w, h, d, p, t, lemma in rows]
        rows.insert(4, ("never", 5, "neg", "ADV", "RB", "never"))
    return rows


def test_a_person_acts_in_the_role_a_relative_clause_says_they_hold() -> None:
    [event] = [e for e in _events(_served_as(negated=False)) if e.cameo == "111"]
    assert [(a.country, a.sector) for a in event.source] == [("RUS", "GOV")]


def test_a_role_a_relative_clause_denies_is_none() -> None:
    [event] = [e for e in _events(_served_as(negated=True)) if e.cameo == "111"]
    assert [a.country for a in event.source if a.country] == []


def _led(participle: str, lemma: str) -> list[Row]:
    # "A small group <led> by Senator Rubio criticized Iran ."
    return [
        ("A", 2, "det", "DET", "DT", "a"),
        ("small", 2, "amod", "ADJ", "JJ", "small"),
        ("group", 7, "nsubj", "NOUN", "NN", "group"),
        (participle, 2, "acl", "VERB", "VBN", lemma),
        ("by", 3, "agent", "ADP", "IN", "by"),
        ("Senator", 6, "compound", "PROPN", "NNP", "Senator"),
        ("Rubio", 4, "pobj", "PROPN", "NNP", "Rubio"),
        ("criticized", 7, "ROOT", "VERB", "VBD", "criticize"),
        ("Iran", 7, "dobj", "PROPN", "NNP", "Iran"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]


def test_a_body_led_by_someone_acts_for_its_leader() -> None:
    assert _dyads(_events(_led("led", "lead"))) == [("111", ["USA"], ["IRN"])]
    # "a small group praised by Senator Rubio": one who praises a group does not lead it
    assert _dyads(_events(_led("praised", "praise"))) == [("111", [], ["IRN"])]


def _examples(noun: str, tag: str, example: str, label: str) -> list[Row]:
    # "<noun> like <example> have blasted Obama ."
    return [
        (noun, 3, "nsubj", "NOUN", tag, noun.lower().rstrip("s")),
        ("like", 0, "prep", "ADP", "IN", "like"),
        (example, 1, "pobj", "PROPN", "NNP", example),
        ("blasted", 3, "ROOT", "VERB", "VBD", "blast"),
        ("Obama", 3, "dobj", "PROPN", "NNP", "Obama"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]


def test_the_person_given_as_an_example_of_a_kind_acts_for_it() -> None:
    # "Candidates like Rubio have blasted Obama": Rubio stands for the candidates; "Issues like Benghazi have hurt
    # Obama": a place given as an example of a thing is no doer
    doc = hand_parsed(_examples("Candidates", "NNS", "Rubio", "PERSON"))
    doc.ents = [Span(doc, 2, 3, label="PERSON")]
    assert [[a.country for a in e.source] for e in events_in(doc)] == [["USA"]]
    # "An opponent like Rubio blasted Obama": after a singular, "like" likens; the opponent is not Rubio
    single = hand_parsed(_examples("Opponent", "NN", "Rubio", "PERSON"))
    single.ents = [Span(single, 2, 3, label="PERSON")]
    assert all(not e.source for e in events_in(single))
    place = hand_parsed(_examples("Issues", "NNS", "Benghazi", "GPE"))
    place.ents = [Span(place, 2, 3, label="GPE")]
    assert all(not e.source for e in events_in(place))


def test_a_things_purpose_is_done_by_the_one_who_acts_on_it() -> None:
    # "Russia introduced a bill to impose sanctions on Iran ." / "Russia praised a man to impose sanctions on Iran .":
    # an infinitive describing a thing is its owner's purpose; one describing a person is that person's act
    def purpose(noun: str, pos: str) -> list[Row]:
        return [
            ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
            ("introduced", 1, "ROOT", "VERB", "VBD", "introduce"),
            ("a", 3, "det", "DET", "DT", "a"),
            (noun, 1, "dobj", pos, "NN" if pos == "NOUN" else "NNP", noun),
            ("to", 5, "aux", "PART", "TO", "to"),
            ("impose", 3, "relcl", "VERB", "VB", "impose"),
            ("sanctions", 5, "dobj", "NOUN", "NNS", "sanction"),
            ("on", 5, "prep", "ADP", "IN", "on"),
            ("Iran", 7, "pobj", "PROPN", "NNP", "Iran"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]

    assert [(c, s) for c, s, _ in _dyads(_events(purpose("bill", "NOUN"))) if c.startswith("16")] == [("163", ["RUS"])]
    assert [(c, s) for c, s, _ in _dyads(_events(purpose("Ukraine", "PROPN"))) if c.startswith("16")] == [
        ("163", ["UKR"])
    ]


def test_a_passives_agent_the_parser_hung_on_the_noun_of_its_phrase_still_does_it() -> None:
    # "Obama was criticized on the plan by <agent> .": the parser hangs "by Putin" on "plan"
    def criticized(agent: str, pos: str) -> list[Row]:
        return [
            ("Obama", 2, "nsubjpass", "PROPN", "NNP", "Obama"),
            ("was", 2, "auxpass", "AUX", "VBD", "be"),
            ("criticized", 2, "ROOT", "VERB", "VBN", "criticize"),
            ("on", 2, "prep", "ADP", "IN", "on"),
            ("the", 5, "det", "DET", "DT", "the"),
            ("plan", 3, "pobj", "NOUN", "NN", "plan"),
            ("by", 5, "prep", "ADP", "IN", "by"),
            (agent, 6, "pobj", pos, "NNP" if pos == "PROPN" else "NNS", agent),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]

    assert _dyads(_events(criticized("Putin", "PROPN"))) == [("111", ["RUS"], ["USA"])]
    # "on the plan by Wednesday": a time, no one who criticized
    assert [source for _, source, _ in _dyads(_events(criticized("Wednesday", "PROPN")))] in ([], [[]])


def test_a_subject_taken_as_apposition_of_the_opening_time_or_place_still_does_it() -> None:
    # "Friday , <name> , criticized Obama .": the parser hangs the subject on "Friday" as its apposition
    def opened(name: str, label: str) -> list[tuple[str, list[str | None], list[str | None]]]:
        rows: list[Row] = [
            ("Friday", 4, "npadvmod", "PROPN", "NNP", "Friday"),
            (",", 0, "punct", "PUNCT", ",", ","),
            (name, 0, "appos", "PROPN", "NNP", name),
            (",", 4, "punct", "PUNCT", ",", ","),
            ("criticized", 4, "ROOT", "VERB", "VBD", "criticize"),
            ("Obama", 4, "dobj", "PROPN", "NNP", "Obama"),
            (".", 4, "punct", "PUNCT", ".", "."),
        ]
        doc = hand_parsed(rows)
        doc.ents = [Span(doc, 0, 1, label="DATE"), Span(doc, 2, 3, label=label)]
        return _dyads(events_in(doc))

    assert opened("Russia", "GPE") == [("111", ["RUS"], ["USA"])]
    # "Friday, June 3, criticized Obama": a date apposed to a date is the same time, no one who acts
    assert [source for _, source, _ in opened("June", "DATE")] in ([], [[]])


def test_a_body_that_campaigns_for_a_cause_acts_as_an_ngo_of_the_country_it_deals_with() -> None:
    # "Liberal groups pressured President Obama ." / "Liberal leaders pressured President Obama ."
    def pressed(head: str) -> list[Row]:
        return [
            ("Liberal", 1, "amod", "ADJ", "JJ", "liberal"),
            (head, 2, "nsubj", "NOUN", "NNS", head[:-1]),
            ("pressured", 2, "ROOT", "VERB", "VBD", "pressure"),
            ("President", 4, "compound", "PROPN", "NNP", "President"),
            ("Obama", 2, "dobj", "PROPN", "NNP", "Obama"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]

    [event] = _events(pressed("groups"))
    assert (event.cameo[:2], [a.code for a in event.source], [a.code for a in event.target]) == (
        "10", ["USANGO"], ["USAGOV"]
    )
    # Leaders of a leaning are as often a party's: no body is named.
    assert [[a.code for a in e.source] for e in _events(pressed("leaders"))] in ([], [[]])


def test_an_act_one_has_from_another_is_the_others() -> None:
    # "Egypt has the endorsement of Russia ." is Russia's endorsement of Egypt; "Egypt has talks with Russia ." are
    # Egypt's talks.
    def has(noun: tuple[str, str], prep: str) -> list[Row]:
        return [
            ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
            ("has", 1, "ROOT", "VERB", "VBZ", "have"),
            ("the", 3, "det", "DET", "DT", "the"),
            (noun[0], 1, "dobj", "NOUN", "NN", noun[1]),
            (prep, 3, "prep", "ADP", "IN", prep),
            ("Russia", 4, "pobj", "PROPN", "NNP", "Russia"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]

    assert _dyads(_events(has(("endorsement", "endorsement"), "of"))) == [("051", ["RUS"], ["EGY"])]
    assert [d[1:] for d in _dyads(_events(has(("talks", "talk"), "with")))] == [(["EGY"], ["RUS"])]
    # "Egypt has the endorsement of the unions .": the unions, a sector placed later, are the endorsers.
    unions = has(("endorsement", "endorsement"), "of")
    unions[5:6] = [("the", 6, "det", "DET", "DT", "the"), ("unions", 4, "pobj", "NOUN", "NNS", "union")]
    unions[-1] = (".", 1, "punct", "PUNCT", ".", ".")
    [event] = _events(unions)
    assert ([a.sector for a in event.source], [a.code for a in event.target]) == (["LAB"], ["EGY"])


def _spokesman(serving: list[Row]) -> list[Row]:
    # "A spokesman <serving> criticized Iran ." with the served words hung on "spokesman" (index 1).
    at = 2 + len(serving)
    return [
        ("A", 1, "det", "DET", "DT", "a"),
        ("spokesman", at, "nsubj", "NOUN", "NN", "spokesman"),
        *serving,
        ("criticized", at, "ROOT", "VERB", "VBD", "criticize"),
        ("Iran", at, "dobj", "PROPN", "NNP", "Iran"),
        (".", at, "punct", "PUNCT", ".", "."),
    ]


def test_a_spokesman_for_someone_speaks_for_them() -> None:
    # "A spokesman for the Pentagon criticized Iran": the Pentagon's, not the sector table's government.
    served = [("for", 1, "prep", "ADP", "IN", "for"), ("the", 4, "det", "DET", "DT", "the"),
              ("Pentagon", 2, "pobj", "PROPN", "NNP", "Pentagon")]
    assert [(e.cameo, [a.code for a in e.source]) for e in _events(_spokesman(served))] == [("111", ["USAMIL"])]


def test_a_spokesman_for_a_body_no_table_codes_is_no_government() -> None:
    # "A spokesman for Acme criticized Iran", "An Acme spokesman criticized Iran": the firm's man, no state's.
    for_acme = [("for", 1, "prep", "ADP", "IN", "for"), ("Acme", 2, "pobj", "PROPN", "NNP", "Acme")]
    assert all(not e.source for e in _events(_spokesman(for_acme)))
    rows: list[Row] = [
        ("An", 2, "det", "DET", "DT", "an"),
        ("Acme", 2, "compound", "PROPN", "NNP", "Acme"),
        ("spokesman", 3, "nsubj", "NOUN", "NN", "spokesman"),
        ("criticized", 3, "ROOT", "VERB", "VBD", "criticize"),
        ("Iran", 3, "dobj", "PROPN", "NNP", "Iran"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert all(not e.source for e in _events(rows))
    assert [[a.sector for a in e.source] for e in _events(_spokesman([]))] == [["GOV"]]
