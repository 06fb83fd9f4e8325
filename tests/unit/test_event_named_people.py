"""Events whose actor is a person the article names in full and then otherwise: by a surname the tagger took for an
organisation ("Sanders" after "Bernie Sanders"), by the role the article gave them ("the minister" after "Sameh
Shoukry, the foreign minister"), on hand-built parses (no model)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from telex.entity_index import EntityIndex
from telex.events.extract import extract_events
from telex.records import Entity
from tests.unit.fixtures import Row, hand_parsed


def _named(doc: Doc, named: list[tuple[str, str, str | None, list[tuple[int, int]]]]) -> EntityIndex:
    """Entities as (name, type, code, token ranges [first, last) of the mentions)."""
    found = []
    for n, (name, kind, code, ranges) in enumerate(named, start=1):
        mentions = tuple((doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in ranges)
        country = code[:3] if code else None
        sector = code[3:] or None if code else None
        found.append(Entity(f"E{n}", name, kind, mentions, code, country, sector))
    return EntityIndex(found)


def _coded(doc: Doc, entities: EntityIndex) -> list[tuple[str, list[str | None], list[str | None]]]:
    events = extract_events(doc, entities, (), None)
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events]


# "Bernie Sanders spoke . Sanders accused Clinton ."
_SURNAME: list[Row] = [
    ("Bernie", 1, "compound", "PROPN", "NNP", "Bernie"),
    ("Sanders", 2, "nsubj", "PROPN", "NNP", "Sanders"),
    ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("Sanders", 5, "nsubj", "PROPN", "NNP", "Sanders"),
    ("accused", 5, "ROOT", "VERB", "VBD", "accuse"),
    ("Clinton", 5, "dobj", "PROPN", "NNP", "Clinton"),
    (".", 5, "punct", "PUNCT", ".", "."),
]


def test_a_surname_the_tagger_took_for_an_organisation_acts_as_the_person_named_in_full() -> None:
    doc = hand_parsed(_SURNAME)
    people = [
        ("Bernie Sanders", "PERSON", "USALEG", [(0, 2)]),
        ("Sanders", "ORG", None, [(4, 5)]),
        ("Hillary Clinton", "PERSON", "USAELI", [(6, 7)]),
    ]
    assert _coded(doc, _named(doc, people)) == [("112", ["USALEG"], ["USAELI"])]


def test_a_surname_no_person_of_the_article_bears_stays_uncoded() -> None:
    doc = hand_parsed(_SURNAME)
    people = [
        ("Bernie Madoff", "PERSON", "USABUS", [(0, 2)]),
        ("Sanders", "ORG", None, [(4, 5)]),
        ("Hillary Clinton", "PERSON", "USAELI", [(6, 7)]),
    ]
    assert [source for _, source, _ in _coded(doc, _named(doc, people))] == [[]]


def test_a_surname_of_a_person_whose_words_give_only_a_sector_is_that_person() -> None:
    # "Bernie Sanders spoke . Sanders accused Clinton .", with a Sanders the article gave only a sector (a judge no
    # table codes): the surname the tagger took for an organisation is still the person, placed as the full name is.
    doc = hand_parsed(_SURNAME)
    people = EntityIndex(
        [
            Entity("E1", "Bernie Sanders", "PERSON", ((0, 14),), None, None, "JUD"),
            Entity("E2", "Sanders", "ORG", ((23, 30),), None, None, None),
            Entity("E3", "Hillary Clinton", "PERSON", ((39, 46),), "USAELI", "USA", "ELI"),
        ]
    )
    events = extract_events(doc, people, (), None)
    assert [([a.name for a in e.source], [a.sector for a in e.source]) for e in events] == [
        (["Bernie Sanders"], ["JUD"])
    ]


# "Sameh Shoukry , the foreign minister , criticized Turkey . The minister accused Israel ."
_MINISTER: list[Row] = [
    ("Sameh", 1, "compound", "PROPN", "NNP", "Sameh"),
    ("Shoukry", 7, "nsubj", "PROPN", "NNP", "Shoukry"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("the", 5, "det", "DET", "DT", "the"),
    ("foreign", 5, "amod", "ADJ", "JJ", "foreign"),
    ("minister", 1, "appos", "NOUN", "NN", "minister"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("criticized", 7, "ROOT", "VERB", "VBD", "criticize"),
    ("Turkey", 7, "dobj", "PROPN", "NNP", "Turkey"),
    (".", 7, "punct", "PUNCT", ".", "."),
    ("The", 11, "det", "DET", "DT", "the"),
    ("minister", 12, "nsubj", "NOUN", "NN", "minister"),
    ("accused", 12, "ROOT", "VERB", "VBD", "accuse"),
    ("Israel", 12, "dobj", "PROPN", "NNP", "Israel"),
    (".", 12, "punct", "PUNCT", ".", "."),
]


def test_a_role_noun_is_the_person_the_article_gave_that_role() -> None:
    doc = hand_parsed(_MINISTER)
    named = [
        ("Sameh Shoukry", "PERSON", "EGYGOV", [(0, 2)]),
        ("Turkey", "GPE", "TUR", [(8, 9)]),
        ("Israel", "GPE", "ISR", [(13, 14)]),
    ]
    assert ("112", ["EGYGOV"], ["ISR"]) in _coded(doc, _named(doc, named))


def test_a_role_noun_is_not_a_person_only_named_near_the_word() -> None:
    # "Sameh Shoukry , who met the minister , criticized Turkey . The minister accused Israel .": the minister is
    # someone Shoukry met.
    rows = list(_MINISTER)
    rows[2] = (",", 1, "punct", "PUNCT", ",", ",")
    rows[3] = ("who", 4, "nsubj", "PRON", "WP", "who")
    rows[4] = ("met", 1, "relcl", "VERB", "VBD", "meet")
    rows[5] = ("minister", 4, "dobj", "NOUN", "NN", "minister")
    doc = hand_parsed(rows)
    named = [
        ("Sameh Shoukry", "PERSON", "EGYGOV", [(0, 2)]),
        ("Turkey", "GPE", "TUR", [(8, 9)]),
        ("Israel", "GPE", "ISR", [(13, 14)]),
    ]
    accused = [e for e in _coded(doc, _named(doc, named)) if e[0] == "112"]
    assert accused and accused[0][1] != ["EGYGOV"]


_Coded = list[tuple[str, list[str | None], list[str | None]]]


def _it(rows: list[Row], verb: tuple[str, str] = ("accused", "accuse")) -> _Coded:
    # "China spoke . Obama <verb> it <rows> ."
    doc = hand_parsed(
        [
            ("China", 1, "nsubj", "PROPN", "NNP", "China"),
            ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
            (".", 1, "punct", "PUNCT", ".", "."),
            ("Obama", 4, "nsubj", "PROPN", "NNP", "Obama"),
            (verb[0], 4, "ROOT", "VERB", "VBD", verb[1]),
            ("it", 4, "dobj", "PRON", "PRP", "it"),
            *rows,
            (".", 4, "punct", "PUNCT", ".", "."),
        ]
    )
    places = [("China", "GPE", "CHN", [(0, 1)]), ("Barack Obama", "PERSON", "USAGOV", [(3, 4)])]
    return _coded(doc, _named(doc, places))


def test_it_told_what_it_did_is_the_state_named_before() -> None:
    # "Obama accused it of lying": the object of an accusation did what it is accused of, so it is an actor.
    gerund: list[Row] = [("of", 4, "prep", "ADP", "IN", "of"), ("lying", 6, "pcomp", "VERB", "VBG", "lie")]
    assert _it(gerund) == [("112", ["USAGOV"], ["CHN"])]


def test_it_praised_or_blamed_for_what_it_did_is_the_state_named_before() -> None:
    # "Obama criticized it for lying": a gerund its object does (arguments.OBJECT_CONTROL), as after "accused it of".
    gerund: list[Row] = [("for", 4, "prep", "ADP", "IN", "for"), ("lying", 6, "pcomp", "VERB", "VBG", "lie")]
    assert _it(gerund, ("criticized", "criticize")) == [("111", ["USAGOV"], ["CHN"])]


def test_it_with_nothing_said_of_what_it_does_may_be_a_thing() -> None:
    assert _it([]) == [("112", ["USAGOV"], [])]


def test_it_called_on_to_act_is_the_state_named_before() -> None:
    # "China spoke . Obama called on it to stop .": the object of the preposition the appeal takes its target with does
    # what it is called on to do, so it is the state.
    doc = hand_parsed(
        [
            ("China", 1, "nsubj", "PROPN", "NNP", "China"),
            ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
            (".", 1, "punct", "PUNCT", ".", "."),
            ("Obama", 4, "nsubj", "PROPN", "NNP", "Obama"),
            ("called", 4, "ROOT", "VERB", "VBD", "call"),
            ("on", 4, "prep", "ADP", "IN", "on"),
            ("it", 5, "pobj", "PRON", "PRP", "it"),
            ("to", 8, "aux", "PART", "TO", "to"),
            ("stop", 4, "xcomp", "VERB", "VB", "stop"),
            (".", 4, "punct", "PUNCT", ".", "."),
        ]
    )
    places = [("China", "GPE", "CHN", [(0, 1)]), ("Barack Obama", "PERSON", "USAGOV", [(3, 4)])]
    assert [e for e in _coded(doc, _named(doc, places)) if e[1] == ["USAGOV"]] == [("020", ["USAGOV"], ["CHN"])]


def _backed(partner: str) -> list[Row]:
    """ "Clinton spoke . Clinton spoke . Clinton spoke . Pate backed <partner> ." """
    spoke = [
        row
        for first in (0, 3, 6)
        for row in (
            ("Clinton", first + 1, "nsubj", "PROPN", "NNP", "Clinton"),
            ("spoke", first + 1, "ROOT", "VERB", "VBD", "speak"),
            (".", first + 1, "punct", "PUNCT", ".", "."),
        )
    ]
    return [
        *spoke,
        ("Pate", 10, "nsubj", "PROPN", "NNP", "Pate"),
        ("backed", 10, "ROOT", "VERB", "VBD", "back"),
        (partner, 10, "dobj", "PROPN", "NNP", partner),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]


_CLINTON = ("Hillary Clinton", "PERSON", "USAELI", [(0, 1), (3, 4), (6, 7)])
_PATE = ("Pate", "PERSON", None, [(9, 10)])


def test_a_person_no_table_codes_is_of_the_country_the_article_is_about() -> None:
    # A donor backing a candidate of the article's country (USA: four mentions) is of it.
    doc = hand_parsed(_backed("Clinton"))
    clinton = (_CLINTON[0], _CLINTON[1], _CLINTON[2], [*_CLINTON[3], (11, 12)])
    assert _coded(doc, _named(doc, [clinton, _PATE])) == [("051", ["USA"], ["USAELI"])]


def test_a_person_no_table_codes_dealing_with_a_foreign_party_stays_unplaced() -> None:
    doc = hand_parsed(_backed("Putin"))
    putin = ("Vladimir Putin", "PERSON", "RUSGOV", [(11, 12)])
    assert _coded(doc, _named(doc, [_CLINTON, _PATE, putin])) == [("051", [], ["RUSGOV"])]


def test_a_person_no_table_codes_met_with_is_of_the_country_the_article_is_about() -> None:
    # "... Clinton met with Pate ."
    rows = [
        *_backed("Clinton")[:9],
        ("Clinton", 10, "nsubj", "PROPN", "NNP", "Clinton"),
        ("met", 10, "ROOT", "VERB", "VBD", "meet"),
        ("with", 10, "prep", "ADP", "IN", "with"),
        ("Pate", 11, "pobj", "PROPN", "NNP", "Pate"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    clinton = (_CLINTON[0], _CLINTON[1], _CLINTON[2], [*_CLINTON[3], (9, 10)])
    pate = ("Pate", "PERSON", None, [(12, 13)])
    assert [(c, t) for c, _, t in _coded(doc, _named(doc, [clinton, pate]))] == [("040", ["USA"])]


def test_a_person_no_table_codes_dealing_with_a_body_of_no_country_stays_unplaced() -> None:
    # "... Pate backed UN .": the United Nations is of no country, so not of the article's.
    doc = hand_parsed(_backed("UN"))
    index = _named(doc, [_CLINTON, _PATE])
    un = Entity("E3", "United Nations", "ORG", ((doc[11].idx, doc[11].idx + 2),), "IGOUNO", None, None)
    assert _coded(doc, EntityIndex([*index.by_id.values(), un])) == [("051", [], ["IGOUNO"])]


def _campaign(noun: str, lemma: str) -> list[Row]:
    # "Bernie Sanders spoke . The Sanders <noun> accused Clinton ."
    return [
        ("Bernie", 1, "compound", "PROPN", "NNP", "Bernie"),
        ("Sanders", 2, "nsubj", "PROPN", "NNP", "Sanders"),
        ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("The", 6, "det", "DET", "DT", "the"),
        ("Sanders", 6, "compound", "PROPN", "NNP", "Sanders"),
        (noun, 7, "nsubj", "NOUN", "NN", lemma),
        ("accused", 7, "ROOT", "VERB", "VBD", "accuse"),
        ("Clinton", 7, "dobj", "PROPN", "NNP", "Clinton"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]


def test_a_candidates_campaign_acts_for_the_candidate_it_is_named_for() -> None:
    # the tagger takes "Sanders" before "campaign" for an organisation; a campaign is the candidate's, a store is not
    for noun, lemma, source in (("campaign", "campaign", ["USALEG"]), ("store", "store", [])):
        doc = hand_parsed(_campaign(noun, lemma))
        people = [
            ("Bernie Sanders", "PERSON", "USALEG", [(0, 2)]),
            ("Sanders", "ORG", None, [(5, 6)]),
            ("Hillary Clinton", "PERSON", "USAELI", [(8, 9)]),
        ]
        assert _coded(doc, _named(doc, people)) == [("112", source, ["USAELI"])]


def test_those_who_back_or_oppose_a_person_are_not_that_person() -> None:
    # "Bernie Sanders spoke . The Sanders <noun> urged Clinton .": supporters and voters are people of his country,
    # opponents and critics of no side the phrase names; his campaign stays his
    for noun, lemma, source in (
        ("supporters", "supporter", ["USACVL"]),
        ("voters", "voter", ["USACVL"]),
        ("critics", "critic", []),
        ("opponents", "opponent", []),
        ("campaign", "campaign", ["USALEG"]),
    ):
        rows = _campaign(noun, lemma)
        rows[6] = (noun, 7, "nsubj", "NOUN", "NNS" if noun.endswith("s") else "NN", lemma)
        rows[7] = ("urged", 7, "ROOT", "VERB", "VBD", "urge")
        doc = hand_parsed(rows)
        people = [
            ("Bernie Sanders", "PERSON", "USALEG", [(0, 2), (5, 6)]),
            ("Hillary Clinton", "PERSON", "USAELI", [(8, 9)]),
        ]
        assert _coded(doc, _named(doc, people)) == [("020", source, ["USAELI"])], noun


def test_those_who_back_a_person_named_in_their_of_phrase_are_not_that_person() -> None:
    # "Bernie Sanders spoke . Supporters of Sanders urged Clinton .": the "of" form names the same people as "Sanders
    # supporters" (not Sanders himself), the whole phrase their text
    rows: list[Row] = [
        *_campaign("supporters", "supporter")[:4],
        ("Supporters", 7, "nsubj", "NOUN", "NNS", "supporter"),
        ("of", 4, "prep", "ADP", "IN", "of"),
        ("Sanders", 5, "pobj", "PROPN", "NNP", "Sanders"),
        ("urged", 7, "ROOT", "VERB", "VBD", "urge"),
        ("Clinton", 7, "dobj", "PROPN", "NNP", "Clinton"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    people = [
        ("Bernie Sanders", "PERSON", "USALEG", [(0, 2), (6, 7)]),
        ("Hillary Clinton", "PERSON", "USAELI", [(8, 9)]),
    ]
    events = extract_events(doc, _named(doc, people), (), None)
    assert [(e.cameo, [(a.code, a.text) for a in e.source]) for e in events] == [
        ("020", [("USACVL", "Supporters of Sanders")])
    ]


def test_a_pronoun_stands_for_the_person_its_surname_named_just_before() -> None:
    # "Bernie Sanders spoke . <a long aside> . Sanders smiled . He accused Clinton .": the tagger took the second
    # "Sanders" for an organisation; that mention is the person's, so "He" is near enough to him
    aside = "x" * 450
    rows: list[Row] = [
        ("Bernie", 1, "compound", "PROPN", "NNP", "Bernie"),
        ("Sanders", 2, "nsubj", "PROPN", "NNP", "Sanders"),
        ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
        (".", 2, "punct", "PUNCT", ".", "."),
        (aside, 4, "ROOT", "NOUN", "NN", aside),
        (".", 4, "punct", "PUNCT", ".", "."),
        ("Sanders", 7, "nsubj", "PROPN", "NNP", "Sanders"),
        ("smiled", 7, "ROOT", "VERB", "VBD", "smile"),
        (".", 7, "punct", "PUNCT", ".", "."),
        ("He", 10, "nsubj", "PRON", "PRP", "he"),
        ("accused", 10, "ROOT", "VERB", "VBD", "accuse"),
        ("Clinton", 10, "dobj", "PROPN", "NNP", "Clinton"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    for surname, found in (("ORG", ["USALEG"]), (None, [])):
        people = [
            ("Bernie Sanders", "PERSON", "USALEG", [(0, 2)]),
            ("Hillary Clinton", "PERSON", "USAELI", [(11, 12)]),
        ]
        if surname:
            people.append(("Sanders", surname, None, [(6, 7)]))
        assert _coded(doc, _named(doc, people)) == [("112", found, ["USAELI"])]


# "Donald Trump , the Republican nominee , criticized Turkey . The Republican nominee accused Israel ."
_NOMINEE: list[Row] = [
    ("Donald", 1, "compound", "PROPN", "NNP", "Donald"),
    ("Trump", 7, "nsubj", "PROPN", "NNP", "Trump"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("the", 5, "det", "DET", "DT", "the"),
    ("Republican", 5, "amod", "ADJ", "JJ", "republican"),
    ("nominee", 1, "appos", "NOUN", "NN", "nominee"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("criticized", 7, "ROOT", "VERB", "VBD", "criticize"),
    ("Turkey", 7, "dobj", "PROPN", "NNP", "Turkey"),
    (".", 7, "punct", "PUNCT", ".", "."),
    ("The", 12, "det", "DET", "DT", "the"),
    ("Republican", 12, "amod", "ADJ", "JJ", "republican"),
    ("nominee", 13, "nsubj", "NOUN", "NN", "nominee"),
    ("accused", 13, "ROOT", "VERB", "VBD", "accuse"),
    ("Israel", 13, "dobj", "PROPN", "NNP", "Israel"),
    (".", 13, "punct", "PUNCT", ".", "."),
]


def test_a_role_a_party_only_qualifies_is_the_person_the_article_gave_it() -> None:
    doc = hand_parsed(_NOMINEE)
    named = [
        ("Donald Trump", "PERSON", "USAELI", [(0, 2)]),
        ("Republican", "NORP", "USAPTY", [(4, 5), (11, 12)]),
        ("Turkey", "GPE", "TUR", [(8, 9)]),
        ("Israel", "GPE", "ISR", [(14, 15)]),
    ]
    assert ("112", ["USAELI"], ["ISR"]) in _coded(doc, _named(doc, named))


def test_the_party_itself_stays_the_party() -> None:
    # "... . The Republican party accused Israel .": the body, not its nominee.
    rows = list(_NOMINEE)
    rows[12] = ("party", 13, "nsubj", "NOUN", "NN", "party")
    doc = hand_parsed(rows)
    named = [
        ("Donald Trump", "PERSON", "USAELI", [(0, 2)]),
        ("Republican", "NORP", "USAPTY", [(4, 5), (11, 12)]),
        ("Turkey", "GPE", "TUR", [(8, 9)]),
        ("Israel", "GPE", "ISR", [(14, 15)]),
    ]
    assert ("112", ["USAPTY"], ["ISR"]) in _coded(doc, _named(doc, named))


# "Donald Trump criticized Turkey . The Republican nominee accused Israel ."
_GOING_ON: list[Row] = [
    ("Donald", 1, "compound", "PROPN", "NNP", "Donald"),
    ("Trump", 2, "nsubj", "PROPN", "NNP", "Trump"),
    ("criticized", 2, "ROOT", "VERB", "VBD", "criticize"),
    ("Turkey", 2, "dobj", "PROPN", "NNP", "Turkey"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("The", 7, "det", "DET", "DT", "the"),
    ("Republican", 7, "amod", "ADJ", "JJ", "republican"),
    ("nominee", 8, "nsubj", "NOUN", "NN", "nominee"),
    ("accused", 8, "ROOT", "VERB", "VBD", "accuse"),
    ("Israel", 8, "dobj", "PROPN", "NNP", "Israel"),
    (".", 8, "punct", "PUNCT", ".", "."),
]


def _going_on(
    rows: list[Row], person: tuple[int, int], turkey: tuple[int, int]
) -> list[tuple[str, list[str | None], list[str | None]]]:
    doc = hand_parsed(rows)
    named = [
        ("Donald Trump", "PERSON", "USAELI", [person]),
        ("Republican", "NORP", "USAPTY", [(6, 7)]),
        ("Turkey", "GPE", "TUR", [turkey]),
        ("Israel", "GPE", "ISR", [(9, 10)]),
    ]
    return _coded(doc, _named(doc, named))


def test_a_party_role_is_the_person_the_telling_goes_on_with() -> None:
    # The article never called Trump the nominee; the sentence before is about him, as "he accused" would be.
    assert ("112", ["USAELI"], ["ISR"]) in _going_on(_GOING_ON, (0, 2), (3, 4))


def test_a_party_role_linked_to_no_one_is_not_the_party() -> None:
    # "Turkey criticized Donald Trump . The Republican nominee accused Israel .": whom the telling goes on with is no
    # person, so the nominee is a political figure the article does not name here; not the party, which did not act.
    rows = list(_GOING_ON)
    rows[0:4] = [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
        ("Donald", 3, "compound", "PROPN", "NNP", "Donald"),
        ("Trump", 1, "dobj", "PROPN", "NNP", "Trump"),
    ]
    found = _going_on(rows, (2, 4), (0, 1))
    assert ("112", ["USAELI"], ["ISR"]) in found
    assert not any("USAPTY" in source for _, source, _ in found)


def _targets(doc: Doc, entities: EntityIndex) -> list[tuple[str, list[str | None], list[str | None]]]:
    events = extract_events(doc, entities, (), None)
    return [(e.cameo, [a.code for a in e.target], [a.name for a in e.target]) for e in events]


# "Bernie Sanders spoke . Clinton accused the Vermont senator ."
_STATE_ROLE: list[Row] = [
    ("Bernie", 1, "compound", "PROPN", "NNP", "Bernie"),
    ("Sanders", 2, "nsubj", "PROPN", "NNP", "Sanders"),
    ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("Clinton", 5, "nsubj", "PROPN", "NNP", "Clinton"),
    ("accused", 5, "ROOT", "VERB", "VBD", "accuse"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("Vermont", 8, "compound", "PROPN", "NNP", "Vermont"),
    ("senator", 5, "dobj", "NOUN", "NN", "senator"),
    (".", 5, "punct", "PUNCT", ".", "."),
]


def test_a_role_a_state_only_qualifies_is_the_person_coreference_links_it_to() -> None:
    doc = hand_parsed(_STATE_ROLE)
    named = [
        ("Bernie Sanders", "PERSON", "USALEG", [(0, 2)]),
        ("Hillary Clinton", "PERSON", "USAELI", [(4, 5)]),
        ("Vermont", "GPE", "USA", [(7, 8)]),
    ]
    assert _targets(doc, _named(doc, named)) == [("112", ["USALEG"], ["Bernie Sanders"])]


def test_a_role_a_state_qualifies_linked_to_no_one_stays_the_states_office() -> None:
    doc = hand_parsed(_STATE_ROLE)
    named = [
        ("Bernie Madoff", "PERSON", "USABUS", [(0, 2)]),
        ("Hillary Clinton", "PERSON", "USAELI", [(4, 5)]),
        ("Vermont", "GPE", "USA", [(7, 8)]),
    ]
    assert _targets(doc, _named(doc, named)) == [("112", ["USALEG"], ["Vermont"])]


def test_a_titled_name_the_parser_hung_beside_its_state_is_the_argument() -> None:
    # "Trump dismissed Wisconsin Gov. Scott Walker .": the parser made "Wisconsin" the object and hung the name on
    # the verb beside it.
    rows: list[Row] = [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("dismissed", 1, "ROOT", "VERB", "VBD", "dismiss"),
        ("Wisconsin", 1, "dobj", "PROPN", "NNP", "Wisconsin"),
        ("Gov.", 5, "compound", "PROPN", "NNP", "Gov."),
        ("Scott", 5, "compound", "PROPN", "NNP", "Scott"),
        ("Walker", 1, "dobj", "PROPN", "NNP", "Walker"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    doc.ents = [Span(doc, 2, 3, label="GPE"), Span(doc, 4, 6, label="PERSON")]
    named = [
        ("Donald Trump", "PERSON", "USAELI", [(0, 1)]),
        ("Wisconsin", "GPE", "USA", [(2, 3)]),
        ("Scott Walker", "PERSON", "USAGOV", [(4, 6)]),
    ]
    assert _targets(doc, _named(doc, named)) == [("120", ["USAGOV"], ["Scott Walker"])]


def test_a_sector_named_by_its_owners_pronoun_is_named_as_the_owners_not_as_the_owner() -> None:
    # "Bernie Sanders spoke . His party urged Clinton .": the party is coded as his (USAPTY), and named "Bernie
    # Sanders's party", so that no reader takes it for Sanders himself
    rows: list[Row] = [
        *_campaign("party", "party")[:4],
        ("His", 5, "poss", "PRON", "PRP$", "his"),
        ("party", 6, "nsubj", "NOUN", "NN", "party"),
        ("urged", 6, "ROOT", "VERB", "VBD", "urge"),
        ("Clinton", 6, "dobj", "PROPN", "NNP", "Clinton"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    people = [
        ("Bernie Sanders", "PERSON", "USALEG", [(0, 2)]),
        ("Hillary Clinton", "PERSON", "USAELI", [(7, 8)]),
    ]
    events = extract_events(doc, _named(doc, people), (), None)
    assert [(a.code, a.text, a.name) for e in events for a in e.source] == [
        ("USAPTY", "His party", "Bernie Sanders's party")
    ]
