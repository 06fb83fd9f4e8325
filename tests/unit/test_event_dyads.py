"""Who an event is aimed at and who does it, when the parse names them indirectly (hand-built parses, no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from telex.entity_index import EntityIndex
from telex.events.arguments import coded, object_tokens, subject_tokens
from telex.events.extract import extract_events
from telex.events.participants import among, same_side
from telex.events.recoding import _own_side
from telex.records import ActorRef, Entity, Event
from tests.unit.fixtures import Row, events_in, hand_parsed


def _events(rows: list[Row]) -> list[Event]:
    return events_in(hand_parsed(rows))


def _dyads(events: list[Event]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.cameo[:2], [a.country for a in e.source], [a.country for a in e.target]) for e in events]


def test_a_preposition_tagged_as_a_subordinator_still_names_the_target() -> None:
    # "Germany called upon France to sanction Iran .": the tagger reads "upon" as SCONJ; France is appealed to.
    rows: list[Row] = [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("upon", 1, "prep", "SCONJ", "IN", "upon"),
        ("France", 2, "pobj", "PROPN", "NNP", "France"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("sanction", 1, "xcomp", "VERB", "VB", "sanction"),
        ("Iran", 5, "dobj", "PROPN", "NNP", "Iran"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [(root, src, tgt) for root, src, tgt in _dyads(_events(rows))][:1] == [("02", ["DEU"], ["FRA"])]


def test_what_is_called_for_is_aimed_at_whom_its_phrase_names() -> None:
    # "Germany called for more flexibility for Ukrainian troops .": the troops the flexibility is for.
    rows: list[Row] = [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("more", 4, "amod", "ADJ", "JJR", "more"),
        ("flexibility", 2, "pobj", "NOUN", "NN", "flexibility"),
        ("for", 4, "prep", "ADP", "IN", "for"),
        ("Ukrainian", 7, "amod", "ADJ", "JJ", "ukrainian"),
        ("troops", 5, "pobj", "NOUN", "NNS", "troop"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(_events(rows)) == [("02", ["DEU"], ["UKR"])]



def _engaged(subject_head: int, subject_dep: str) -> list[Row]:
    # "Turkey is engaged in an effort to broker a deal with Russia ."
    return [
        ("Turkey", subject_head, subject_dep, "PROPN", "NNP", "Turkey"),
        ("is", 2, "auxpass", "AUX", "VBZ", "be"),
        ("engaged", 2, "ROOT", "VERB", "VBN", "engage"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("an", 5, "det", "DET", "DT", "an"),
        ("effort", 3, "pobj", "NOUN", "NN", "effort"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("broker", 5, "acl", "VERB", "VB", "broker"),
        ("a", 9, "det", "DET", "DT", "a"),
        ("deal", 7, "dobj", "NOUN", "NN", "deal"),
        ("with", 7, "prep", "ADP", "IN", "with"),
        ("Russia", 10, "pobj", "PROPN", "NNP", "Russia"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_who_is_engaged_in_an_effort_makes_it() -> None:
    assert [(src, tgt) for _, src, tgt in _dyads(_events(_engaged(2, "nsubjpass")))] == [(["TUR"], ["RUS"])]


def test_a_subject_hung_on_the_passive_be_is_the_verb_subject() -> None:
    assert [(src, tgt) for _, src, tgt in _dyads(_events(_engaged(1, "nsubj")))] == [(["TUR"], ["RUS"])]


def test_a_body_under_a_leader_acts_for_the_leader_country() -> None:
    # "The ruling party under Shinzo Abe criticised China ."
    rows: list[Row] = [
        ("The", 2, "det", "DET", "DT", "the"),
        ("ruling", 2, "amod", "VERB", "VBG", "rule"),
        ("party", 6, "nsubj", "NOUN", "NN", "party"),
        ("under", 2, "prep", "ADP", "IN", "under"),
        ("Shinzo", 5, "compound", "PROPN", "NNP", "Shinzo"),
        ("Abe", 3, "pobj", "PROPN", "NNP", "Abe"),
        ("criticised", 6, "ROOT", "VERB", "VBD", "criticise"),
        ("China", 6, "dobj", "PROPN", "NNP", "China"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    doc.ents = [Span(doc, 4, 6, label="PERSON")]
    assert [(e.source[0].code, e.target[0].country) for e in events_in(doc)] == [("JPNPTY", "CHN")]


def _framed(place: str) -> list[Row]:
    # "In <place> , officials of the government criticised Germany ."
    return [
        ("In", 7, "prep", "ADP", "IN", "in"),
        (place, 0, "pobj", "PROPN", "NNP", place),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("officials", 7, "nsubj", "NOUN", "NNS", "official"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("government", 4, "pobj", "NOUN", "NN", "government"),
        ("criticised", 7, "ROOT", "VERB", "VBD", "criticise"),
        ("Germany", 7, "dobj", "PROPN", "NNP", "Germany"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]


def test_the_place_a_sentence_opens_with_places_its_unplaced_actors() -> None:
    assert [(e.source[0].code, e.target[0].country) for e in _events(_framed("France"))] == [("FRAGOV", "DEU")]
    # A capital stands for its country.
    assert [e.source[0].code for e in _events(_framed("Paris"))] == ["FRAGOV"]


def test_a_framing_phrase_that_names_no_place_places_no_one() -> None:
    # "In Soros , ...": a person, not a place.
    assert all(not e.source or e.source[0].country is None for e in _events(_framed("Soros")))



def test_whom_a_complaint_names_in_its_that_clause_is_its_target() -> None:
    # "Officials spoke of complaints from Germany that Russia 's factories flood markets ."
    rows: list[Row] = [
        ("Officials", 1, "nsubj", "NOUN", "NNS", "official"),
        ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("complaints", 2, "pobj", "NOUN", "NNS", "complaint"),
        ("from", 3, "prep", "ADP", "IN", "from"),
        ("Germany", 4, "pobj", "PROPN", "NNP", "Germany"),
        ("that", 10, "mark", "SCONJ", "IN", "that"),
        ("Russia", 9, "poss", "PROPN", "NNP", "Russia"),
        ("'s", 7, "case", "PART", "POS", "'s"),
        ("factories", 10, "nsubj", "NOUN", "NNS", "factory"),
        ("flood", 3, "acl", "VERB", "VBP", "flood"),
        ("markets", 10, "dobj", "NOUN", "NNS", "market"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(_events(rows)) == [("11", ["DEU"], ["RUS"])]


def _in_a(noun: str, verb: Row, *rest: Row) -> list[Row]:
    # "Pence spoke in a <noun> <verb> ...": what hangs off a noun after "in".
    return [
        ("Pence", 1, "nsubj", "PROPN", "NNP", "Pence"),
        ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("a", 4, "det", "DET", "DT", "a"),
        (noun, 2, "pobj", "NOUN", "NN", noun),
        verb,
        *rest,
    ]


def test_only_an_infinitive_on_the_object_of_in_is_done_by_the_clause_subject() -> None:
    bid = hand_parsed(_in_a("bid", ("to", 6, "aux", "PART", "TO", "to"), ("broker", 4, "acl", "VERB", "VB", "broker")))
    assert [t.text for t in subject_tokens(bid[6])] == ["Pence"]
    # "in a statement released Monday": the statement is released, Pence does not release it.
    statement = hand_parsed(_in_a("statement", ("released", 4, "acl", "VERB", "VBN", "release")))
    assert subject_tokens(statement[5]) == []


def test_the_author_of_what_an_act_is_for_is_no_target_when_it_is_the_doer() -> None:
    # "Germany apologised for its remarks on Poland .": "its" is Germany; Poland, what the remarks were on, is the
    # target.
    rows: list[Row] = [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("apologised", 1, "ROOT", "VERB", "VBD", "apologise"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("its", 4, "poss", "PRON", "PRP$", "its"),
        ("remarks", 2, "pobj", "NOUN", "NNS", "remark"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("Poland", 5, "pobj", "PROPN", "NNP", "Poland"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [tgt for _, _, tgt in _dyads(_events(rows))] == [["POL"]]


def test_an_actor_named_twice_by_different_words_is_one_actor() -> None:
    cruz = ActorRef("Cruz", "Ted Cruz", "USALEG", "USA", "LEG", "E1")
    his = ActorRef("his", "Ted Cruz", "USALEG", "USA", "LEG", "E1")
    rubio = ActorRef("Rubio", "Marco Rubio", "USALEG", "USA", "LEG", "E2")
    assert among(his, [cruz]) and not among(rubio, [cruz])


def test_an_actor_resolved_to_the_same_name_and_code_is_one_actor() -> None:
    cruz = ActorRef("Cruz", "Ted Cruz", "USALEG", "USA", "LEG", "E1")
    assert among(ActorRef("he", "Ted Cruz", "USALEG", "USA", "LEG", None), [cruz])


def test_the_same_side_is_the_same_people_where_all_are_named_else_the_same_codes() -> None:
    # "Clinton" and "Trump" are both USAELI, yet one may condemn the other's act; unnamed actors compare by code.
    clinton = ActorRef("Clinton", "Hillary Clinton", "USAELI", "USA", "ELI", "E1")
    trump = ActorRef("Trump", "Donald Trump", "USAELI", "USA", "ELI", "E2")
    officials = ActorRef("officials", None, "USAGOV", "USA", "GOV")
    assert same_side([clinton], [clinton, trump]) and not same_side([clinton], [trump])
    assert same_side([clinton, officials], [trump])  # one side has an actor with no entity: codes
    assert not same_side([officials], [trump]) and not same_side([], [trump])


def test_ones_own_side_is_the_same_side_or_its_state() -> None:
    # "Obama pledged that the United States will help Israel": the United States is Obama's own side.
    obama = ActorRef("Obama", "Barack Obama", "USAGOV", "USA", "GOV", "E1")
    usa = ActorRef("the United States", "United States", "USA", "USA", None)
    israel = ActorRef("Israel", "Israel", "ISR", "ISR", None)
    assert _own_side(usa, [israel, obama]) and _own_side(obama, [obama])
    assert not _own_side(israel, [obama]) and not _own_side(obama, [usa])


def _stranded() -> list[Row]:
    # "With the signing of the accord , Sudan and Chad agreed to a truce .": the parser hung the subject on
    # "accord" as a conjunct.
    return [
        ("With", 11, "prep", "ADP", "IN", "with"),
        ("the", 2, "det", "DET", "DT", "the"),
        ("signing", 0, "pobj", "NOUN", "NN", "signing"),
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("accord", 3, "pobj", "NOUN", "NN", "accord"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("Sudan", 5, "conj", "PROPN", "NNP", "Sudan"),
        ("and", 7, "cc", "CCONJ", "CC", "and"),
        ("Chad", 7, "conj", "PROPN", "NNP", "Chad"),
        ("have", 11, "aux", "AUX", "VBP", "have"),
        ("agreed", 11, "ROOT", "VERB", "VBN", "agree"),
        ("to", 11, "prep", "ADP", "IN", "to"),
        ("a", 14, "det", "DET", "DT", "a"),
        ("truce", 12, "pobj", "NOUN", "NN", "truce"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ]


def test_a_subject_the_parser_joined_to_the_opening_phrase_is_the_subject() -> None:
    doc = hand_parsed(_stranded())
    assert [t.text for t in subject_tokens(doc[11])] == ["Sudan"]
    assert [src for _, src, _ in _dyads(events_in(doc))] == [["SDN", "TCD"]]


def test_a_subject_needs_the_comma_that_closes_the_opening_phrase() -> None:
    rows = _stranded()
    rows[6] = ("and", 5, "cc", "CCONJ", "CC", "and")  # "the accord and Sudan and Chad": one list, no subject
    assert subject_tokens(hand_parsed(rows)[11]) == []


def test_the_words_before_the_comma_are_not_listed_with_a_stranded_subject() -> None:
    # "According to the German ministry , France and Italy signed the treaty .": the ministry reports, it signs
    # nothing.
    rows: list[Row] = [
        ("According", 9, "prep", "VERB", "VBG", "accord"),
        ("to", 0, "prep", "ADP", "IN", "to"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("German", 4, "amod", "ADJ", "JJ", "german"),
        ("ministry", 1, "pobj", "NOUN", "NN", "ministry"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("France", 4, "conj", "PROPN", "NNP", "France"),
        ("and", 6, "cc", "CCONJ", "CC", "and"),
        ("Italy", 6, "conj", "PROPN", "NNP", "Italy"),
        ("signed", 9, "ROOT", "VERB", "VBD", "sign"),
        ("the", 11, "det", "DET", "DT", "the"),
        ("treaty", 9, "dobj", "NOUN", "NN", "treaty"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ]
    # The two signers sign with each other.
    assert [(src, tgt) for _, src, tgt in _dyads(_events(rows))] == [(["FRA"], ["ITA"]), (["ITA"], ["FRA"])]


def test_a_phrase_fronted_before_the_verb_is_no_complement_of_the_act() -> None:
    # "On the way to Poland , Germany called for talks .": the way Germany went frames the appeal; Poland is not
    # what it is for.
    rows: list[Row] = [
        ("On", 7, "prep", "ADP", "IN", "on"),
        ("the", 2, "det", "DET", "DT", "the"),
        ("way", 0, "pobj", "NOUN", "NN", "way"),
        ("to", 2, "prep", "ADP", "IN", "to"),
        ("Poland", 3, "pobj", "PROPN", "NNP", "Poland"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("Germany", 7, "nsubj", "PROPN", "NNP", "Germany"),
        ("called", 7, "ROOT", "VERB", "VBD", "call"),
        ("for", 7, "prep", "ADP", "IN", "for"),
        ("talks", 8, "pobj", "NOUN", "NNS", "talk"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    assert [(src, tgt) for _, src, tgt in _dyads(_events(rows))] == [(["DEU"], [])]


def test_the_church_of_a_global_head_is_not_placed_by_the_opening_place() -> None:
    # "In France , the global head of the church criticised Germany .": the church is no more French than its head.
    rows: list[Row] = [
        ("In", 8, "prep", "ADP", "IN", "in"),
        ("France", 0, "pobj", "PROPN", "NNP", "France"),
        (",", 8, "punct", "PUNCT", ",", ","),
        ("the", 5, "det", "DET", "DT", "the"),
        ("global", 5, "amod", "ADJ", "JJ", "global"),
        ("head", 8, "nsubj", "NOUN", "NN", "head"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("church", 6, "pobj", "NOUN", "NN", "church"),
        ("criticised", 8, "ROOT", "VERB", "VBD", "criticise"),
        ("Germany", 8, "dobj", "PROPN", "NNP", "Germany"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ]
    assert [(src, tgt) for _, src, tgt in _dyads(_events(rows))] == [([], ["DEU"])]
    local = [row if row[0] != "global" else ("Catholic", 5, "amod", "ADJ", "JJ", "catholic") for row in rows]
    assert [src for _, src, _ in _dyads(_events(local))] == [["FRA"]]


def _called_for(*rest: Row) -> list[Row]:
    # "Germany called for talks <rest> .", rest hanging off "called" (index 1).
    return [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("talks", 2, "pobj", "NOUN", "NNS", "talk"),
        *rest,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_phrase_set_off_by_a_comma_is_no_complement_of_the_act() -> None:
    # "Germany called for talks , with doubts among Ukrainian troops ."
    aside = _called_for(
        (",", 1, "punct", "PUNCT", ",", ","),
        ("with", 1, "prep", "ADP", "IN", "with"),
        ("doubts", 5, "pobj", "NOUN", "NNS", "doubt"),
        ("among", 6, "prep", "ADP", "IN", "among"),
        ("Ukrainian", 9, "amod", "ADJ", "JJ", "ukrainian"),
        ("troops", 7, "pobj", "NOUN", "NNS", "troop"),
    )
    assert [tgt for _, _, tgt in _dyads(_events(aside))] == [[]]
    # Without the comma the phrase says whom the talks are with.
    joined = [row for row in aside if row[0] != ","]
    joined = [(w, h - 1 if h > 4 else h, d, p, t, lemma) for w, h, d, p, t, lemma in joined]
    assert [tgt for _, _, tgt in _dyads(_events(joined))] == [["UKR"]]


def test_an_actor_two_phrases_from_the_act_is_its_target_only_when_named() -> None:
    # "Germany called for talks on the need for more officials ." in an article about France: officials placed by
    # the article's country, named by no word, are not whom the appeal is aimed at; French officials are.
    france = Entity("E1", "France", "GPE", ((900, 906), (950, 956), (990, 996)), "FRA", "FRA", None)

    def targets(officials: list[Row]) -> list[list[str | None]]:
        doc = hand_parsed(_called_for(
            ("on", 1, "prep", "ADP", "IN", "on"),
            ("the", 6, "det", "DET", "DT", "the"),
            ("need", 4, "pobj", "NOUN", "NN", "need"),
            ("for", 6, "prep", "ADP", "IN", "for"),
            *officials,
        ))
        return [tgt for _, _, tgt in _dyads(extract_events(doc, EntityIndex([france]), (), None))]

    assert targets([("officials", 7, "pobj", "NOUN", "NNS", "official")]) == [[]]
    named = [("French", 9, "amod", "ADJ", "JJ", "french"), ("officials", 7, "pobj", "NOUN", "NNS", "official")]
    assert targets(named) == [["FRA"]]


def _described(kind: str) -> list[Event]:
    # "Okonkwo , Germany 's ambassador , criticised France .", Okonkwo a <kind> entity no table codes.
    doc = hand_parsed([
        ("Okonkwo", 6, "nsubj", "PROPN", "NNP", "Okonkwo"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("Germany", 4, "poss", "PROPN", "NNP", "Germany"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("ambassador", 0, "appos", "NOUN", "NN", "ambassador"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("criticised", 6, "ROOT", "VERB", "VBD", "criticise"),
        ("France", 6, "dobj", "PROPN", "NNP", "France"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ])
    return extract_events(doc, EntityIndex([Entity("E1", "Okonkwo", kind, ((0, 7),), None, None, None)]), (), None)


def test_a_person_no_table_codes_is_what_the_apposition_describing_them_says() -> None:
    assert [(src, tgt) for _, src, tgt in _dyads(_described("PERSON"))] == [(["DEU"], ["FRA"])]
    # A place or a body is not what a noun beside it says it is.
    assert [src for _, src, _ in _dyads(_described("ORG"))] == [[]]


def _titled_person(sector: str | None) -> list[Event]:
    # "Okonkwo criticised France .", Okonkwo a person an earlier title ("Admiral Ngozi Okonkwo") gave a sector but no
    # country, in an article that names Nigeria far more than any other country.
    doc = hand_parsed([
        ("Okonkwo", 1, "nsubj", "PROPN", "NNP", "Okonkwo"),
        ("criticised", 1, "ROOT", "VERB", "VBD", "criticise"),
        ("France", 1, "dobj", "PROPN", "NNP", "France"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    nigeria = Entity("E2", "Nigeria", "GPE", ((500, 507), (600, 607), (700, 707)), "NGA", "NGA", None)
    person = Entity("E1", "Ngozi Okonkwo", "PERSON", ((0, 7),), None, None, sector)
    return extract_events(doc, EntityIndex([person, nigeria]), (), None)


def test_a_person_whose_title_gave_only_a_sector_acts_for_the_article_country() -> None:
    assert [(src, tgt) for _, src, tgt in _dyads(_titled_person("MIL"))] == [(["NGA"], ["FRA"])]
    # With no title, a name no table knows is placed nowhere.
    assert [src for _, src, _ in _dyads(_titled_person(None))] == [[]]


def test_the_title_a_person_was_introduced_with_names_them_later() -> None:
    # "Prince Faisal spoke . the prince criticised France .", in an article about the United States: "the prince" is
    # the person the article introduced as "Prince", not a prince of the article's country.
    doc = hand_parsed([
        ("Prince", 1, "compound", "PROPN", "NNP", "Prince"),
        ("Faisal", 2, "nsubj", "PROPN", "NNP", "Faisal"),
        ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("the", 5, "det", "DET", "DT", "the"),
        ("prince", 6, "nsubj", "NOUN", "NN", "prince"),
        ("criticised", 6, "ROOT", "VERB", "VBD", "criticise"),
        ("France", 6, "dobj", "PROPN", "NNP", "France"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ])
    faisal = Entity("E1", "Faisal bin Salman", "PERSON", ((7, 13),), "SAUELI", "SAU", "ELI")
    usa = Entity("E2", "United States", "GPE", ((500, 502), (600, 602), (700, 702)), "USA", "USA", None)
    events = extract_events(doc, EntityIndex([faisal, usa]), (), None)
    assert [(src, tgt) for _, src, tgt in _dyads(events)] == [(["SAU"], ["FRA"])]


def test_a_definite_role_noun_is_the_person_the_article_gave_that_role() -> None:
    # "Ana Lis , a negotiator , spoke . The negotiator criticized Kenya .": the negotiator is Ana Lis, of the UN.
    rows: list[Row] = [
        ("Ana", 1, "compound", "PROPN", "NNP", "Ana"),
        ("Lis", 6, "nsubj", "PROPN", "NNP", "Lis"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("a", 4, "det", "DET", "DT", "a"),
        ("negotiator", 1, "appos", "NOUN", "NN", "negotiator"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("spoke", 6, "ROOT", "VERB", "VBD", "speak"),
        (".", 6, "punct", "PUNCT", ".", "."),
        ("The", 9, "det", "DET", "DT", "the"),
        ("negotiator", 10, "nsubj", "NOUN", "NN", "negotiator"),
        ("criticized", 10, "ROOT", "VERB", "VBD", "criticize"),
        ("Kenya", 10, "dobj", "PROPN", "NNP", "Kenya"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    lis = Entity("E1", "Ana Lis", "PERSON", ((doc[0].idx, doc[1].idx + 3),), "IGOUNO", None, None)
    [event] = extract_events(doc, EntityIndex((lis,)), (), None)
    assert ([a.code for a in event.source], [a.code for a in event.target]) == (["IGOUNO"], ["KEN"])
    assert event.source[0].text == "The negotiator"


def test_a_threat_is_aimed_at_whom_the_act_threatened_would_hit() -> None:
    # "Turkey threatened to crush the rebels .": the rebels, though no table knows "crush" as an event.
    rows: list[Row] = [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("threatened", 1, "ROOT", "VERB", "VBD", "threaten"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("crush", 1, "xcomp", "VERB", "VB", "crush"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("rebels", 3, "dobj", "NOUN", "NNS", "rebel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    events = _events(rows)
    assert [(e.cameo[:2], [a.country for a in e.source], [a.sector for a in e.target]) for e in events] == [
        ("13", ["TUR"], ["REB"])
    ]



def _condemned(modifiers: list[Row], by: bool = False) -> list[Row]:
    # "France condemned the [Russian] attack on Ukraine [by Russia] .": a modifier with head 0 hangs off the deed noun.
    at = 3 + len(modifiers)  # the deed noun's index
    rows: list[Row] = [
        ("France", 1, "nsubj", "PROPN", "NNP", "France"),
        ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
        ("the", at, "det", "DET", "DT", "the"),
        *((w, h or at, d, p, t, lemma) for w, h, d, p, t, lemma in modifiers),
        ("attack", 1, "dobj", "NOUN", "NN", "attack"),
        ("on", at, "prep", "ADP", "IN", "on"),
        ("Ukraine", at + 1, "pobj", "PROPN", "NNP", "Ukraine"),
    ]
    if by:
        rows += [("by", at, "prep", "ADP", "IN", "by"), ("Russia", at + 3, "pobj", "PROPN", "NNP", "Russia")]
    return [*rows, (".", 1, "punct", "PUNCT", ".", ".")]


def test_a_judged_deed_is_aimed_at_its_doer_a_nationality_names() -> None:
    rows = _condemned([("Russian", 0, "amod", "ADJ", "JJ", "russian")])
    assert _dyads(_events(rows)) == [("11", ["FRA"], ["RUS"])]


def test_a_judged_deed_is_aimed_at_its_owner() -> None:
    rows = _condemned([("Russia", 0, "poss", "PROPN", "NNP", "Russia"), ("'s", 3, "case", "PART", "POS", "'s")])
    assert _dyads(_events(rows)) == [("11", ["FRA"], ["RUS"])]


def test_a_judged_deed_is_aimed_at_its_by_phrase() -> None:
    assert _dyads(_events(_condemned([], by=True))) == [("11", ["FRA"], ["RUS"])]


def test_a_judged_deed_that_names_no_doer_is_aimed_at_whom_it_was_done_to() -> None:
    assert _dyads(_events(_condemned([]))) == [("11", ["FRA"], ["UKR"])]


def test_a_judgement_aimed_at_a_policy_is_aimed_at_whose_policy_it_is() -> None:
    # "Britain lashed out at China 's policy on Taiwan .": China is judged, not Taiwan.
    rows: list[Row] = [
        ("Britain", 1, "nsubj", "PROPN", "NNP", "Britain"),
        ("lashed", 1, "ROOT", "VERB", "VBD", "lash"),
        ("out", 1, "prt", "ADP", "RP", "out"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("China", 6, "poss", "PROPN", "NNP", "China"),
        ("'s", 4, "case", "PART", "POS", "'s"),
        ("policy", 3, "pobj", "NOUN", "NN", "policy"),
        ("on", 6, "prep", "ADP", "IN", "on"),
        ("Taiwan", 7, "pobj", "PROPN", "NNP", "Taiwan"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(_events(rows)) == [("11", ["GBR"], ["CHN"])]


def test_a_hyphened_stance_adjective_names_no_doer() -> None:
    # "France condemned the anti - Russian attack on Ukraine .": whom the attack is against, not who made it.
    rows = _condemned([("anti", 0, "amod", "ADJ", "JJ", "anti"), ("-", 0, "amod", "PUNCT", "HYPH", "-"),
                       ("Russian", 0, "amod", "ADJ", "JJ", "russian")])
    doc = hand_parsed(rows, joined=frozenset({3, 4}))
    assert _dyads(events_in(doc)) == [("11", ["FRA"], ["UKR"])]


# "Carter spoke .", the sentence that names the person a later "his" stands for.
_CARTER_SPOKE: list[Row] = [
    ("Carter", 1, "nsubj", "PROPN", "NNP", "Carter"),
    ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def _after_carter(rows: list[Row]) -> list[tuple[str, list[str | None], list[str | None]]]:
    """The dyads of a sentence (heads counted from its first token) that follows "Carter spoke ."."""
    shift = len(_CARTER_SPOKE)
    doc = hand_parsed(_CARTER_SPOKE + [(w, h + shift, d, p, t, lemma) for w, h, d, p, t, lemma in rows])
    mentions = tuple((t.idx, t.idx + 6) for t in doc if t.text == "Carter")
    carter = Entity("E1", "Jimmy Carter", "PERSON", mentions, "USAELI", "USA", "ELI")
    return _dyads(extract_events(doc, EntityIndex([carter]), (), None))


# "Israel criticized him during his trip to Egypt .": the trip is Carter's, to Egypt; not Israel's, the subject of
# the clause the phrase hangs off.
_HIS_TRIP: list[Row] = [
    ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"), ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
    ("him", 1, "dobj", "PRON", "PRP", "he"), ("during", 1, "prep", "ADP", "IN", "during"),
    ("his", 5, "poss", "PRON", "PRP$", "his"), ("trip", 3, "pobj", "NOUN", "NN", "trip"),
    ("to", 5, "prep", "ADP", "IN", "to"), ("Egypt", 6, "pobj", "PROPN", "NNP", "Egypt"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
# "Carter reneged on his commitment to Egypt .": "his" is Carter, who reneged, so the one let down is Egypt, named
# after him in the same phrase.
_HIS_COMMITMENT: list[Row] = [
    ("Carter", 1, "nsubj", "PROPN", "NNP", "Carter"), ("reneged", 1, "ROOT", "VERB", "VBD", "renege"),
    ("on", 1, "prep", "ADP", "IN", "on"), ("his", 4, "poss", "PRON", "PRP$", "his"),
    ("commitment", 2, "pobj", "NOUN", "NN", "commitment"), ("to", 4, "prep", "ADP", "IN", "to"),
    ("Egypt", 5, "pobj", "PROPN", "NNP", "Egypt"), (".", 1, "punct", "PUNCT", ".", "."),
]

# "Egypt repeated his promise .": the promise is the one who repeats it, whoever "his" stands for; no target.
_HIS_PROMISE: list[Row] = [
    ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"), ("repeated", 1, "ROOT", "VERB", "VBD", "repeat"),
    ("his", 3, "poss", "PRON", "PRP$", "his"), ("promise", 1, "dobj", "NOUN", "NN", "promise"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (_HIS_TRIP, [("11", ["ISR"], ["USA"]), ("04", ["USA"], ["EGY"])]),
        (_HIS_COMMITMENT, [("12", ["USA"], ["EGY"])]),
        (_HIS_PROMISE, [("03", ["EGY"], [])]),
    ],
)
def test_his_stands_for_the_person_named_before(
    rows: list[Row], expected: list[tuple[str, list[str | None], list[str | None]]]
) -> None:
    assert _after_carter(rows) == expected


def _fronted_trip(subject: str) -> list[Row]:
    """ "During his Egypt trip , <subject> prayed .": a "his" fronted before the main clause's subject."""
    return [
        ("During", 6, "prep", "ADP", "IN", "during"),
        ("his", 3, "poss", "PRON", "PRP$", "his"),
        ("Egypt", 3, "compound", "PROPN", "NNP", "Egypt"),
        ("trip", 0, "pobj", "NOUN", "NN", "trip"),
        (",", 6, "punct", "PUNCT", ",", ","),
        (subject, 6, "nsubj", "PROPN", "NNP", subject),
        ("prayed", 6, "ROOT", "VERB", "VBD", "pray"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]


def test_a_fronted_his_stands_for_the_subject_the_sentence_names_after_it() -> None:
    # After "Carter spoke .", "During his Egypt trip , Francis prayed ." may be Francis's trip, not Carter's; with
    # "he" as the subject, named before, it is Carter's.
    assert [d for d in _after_carter(_fronted_trip("Francis")) if d[0] == "04"] == []
    he_prayed = [row if row[0] != "he" else ("he", 6, "nsubj", "PRON", "PRP", "he") for row in _fronted_trip("he")]
    assert [d for d in _after_carter(he_prayed) if d[0] == "04"] == [("04", ["USA"], ["EGY"])]


def test_a_possessive_pronoun_alone_places_no_event() -> None:
    # "his promise", "his rallies" with nobody else named: what the article's person stands for, seldom an act.
    assert not coded([ActorRef("his", "Jimmy Carter", "USAELI", "USA", "ELI", "E1")])
    assert coded([ActorRef("Carter", "Jimmy Carter", "USAELI", "USA", "ELI", "E1")])



def _described_by_agent(noun: str, lemma: str, verb: str, party: bool = True) -> list[Row]:
    # "They criticised the <noun> <verb> by Germany with Turkey .": a past participle with no auxiliary.
    rows: list[Row] = [
        ("They", 1, "nsubj", "PRON", "PRP", "they"),
        ("criticised", 1, "ROOT", "VERB", "VBD", "criticise"),
        ("the", 3, "det", "DET", "DT", "the"),
        (noun, 1, "dobj", "NOUN", "NN", noun),
        (verb, 3, "acl", "VERB", "VBN", lemma),
        ("by", 4, "agent", "ADP", "IN", "by"),
        ("Germany", 5, "pobj", "PROPN", "NNP", "Germany"),
    ]
    if party:
        rows += [("with", 4, "prep", "ADP", "IN", "with"), ("Turkey", 7, "pobj", "PROPN", "NNP", "Turkey")]
    return [*rows, (".", 1, "punct", "PUNCT", ".", ".")]


def test_a_participles_by_agent_does_what_it_does_to_a_party_it_names() -> None:
    doc = hand_parsed(_described_by_agent("deal", "broker", "brokered"))
    assert [t.text for t in subject_tokens(doc[4])] == ["Germany"]
    assert object_tokens(doc[4]) == [doc[3]]
    assert ("04", ["DEU"], ["TUR"]) in _dyads(events_in(doc))


def test_a_participle_that_only_describes_a_thing_has_no_doer() -> None:
    # "the emails released by Germany": a description of the emails, not an act of the one who criticised them.
    doc = hand_parsed(_described_by_agent("emails", "release", "released", party=False))
    assert subject_tokens(doc[4]) == []
    assert not any(e.cameo.startswith("084") for e in events_in(doc))


def test_a_quality_judged_is_its_owners_before_the_place_the_verb_names() -> None:
    # "Hillary Clinton spoke . Germany criticized her record in Iraq .": Clinton's record is judged, not Iraq.
    rows: list[Row] = [
        ("Hillary", 1, "compound", "PROPN", "NNP", "Hillary"),
        ("Clinton", 2, "nsubj", "PROPN", "NNP", "Clinton"),
        ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("Germany", 5, "nsubj", "PROPN", "NNP", "Germany"),
        ("criticized", 5, "ROOT", "VERB", "VBD", "criticize"),
        ("her", 7, "poss", "PRON", "PRP$", "her"),
        ("record", 5, "dobj", "NOUN", "NN", "record"),
        ("in", 5, "prep", "ADP", "IN", "in"),
        ("Iraq", 8, "pobj", "PROPN", "NNP", "Iraq"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, people=frozenset({0, 1}))
    clinton = Entity("E1", "Hillary Clinton", "PERSON", ((doc[0].idx, doc[1].idx + 7),), "USAELI", "USA", "ELI")
    events = extract_events(doc, EntityIndex((clinton,)), (), None)
    assert [(e.cameo[:2], [a.code for a in e.source], [a.code for a in e.target]) for e in events] == [
        ("11", ["DEU"], ["USAELI"])
    ]


def _said_criticized(subject: Row) -> list[Row]:
    # "Germany said [some | it] criticized France ."
    return [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        subject,
        ("criticized", 1, "ccomp", "VERB", "VBD", "criticize"),
        ("France", 3, "dobj", "PROPN", "NNP", "France"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_pronoun_that_counts_people_is_not_the_sayer() -> None:
    # "Trump said as some wearing Cruz shirts booed": "some" are not the one who speaks; "it" may be.
    some = _events(_said_criticized(("some", 3, "nsubj", "PRON", "DT", "some")))
    assert all(e.source == () or [a.country for a in e.source] != ["DEU"] for e in some)
    assert _dyads(_events(_said_criticized(("it", 3, "nsubj", "PRON", "PRP", "it")))) == [("11", ["DEU"], ["FRA"])]


def test_the_subject_of_a_participle_with_a_by_agent_undergoes_it() -> None:
    # "The poll found France criticized by Germany .": the parser reads France as the subject of "criticized".
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("poll", 2, "nsubj", "NOUN", "NN", "poll"),
        ("found", 2, "ROOT", "VERB", "VBD", "find"),
        ("France", 4, "nsubj", "PROPN", "NNP", "France"),
        ("criticized", 2, "ccomp", "VERB", "VBN", "criticize"),
        ("by", 4, "agent", "ADP", "IN", "by"),
        ("Germany", 5, "pobj", "PROPN", "NNP", "Germany"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _dyads(_events(rows)) == [("11", ["DEU"], ["FRA"])]


def test_the_subject_of_a_past_tense_with_by_does_it() -> None:
    # "Germany stood by France .", the parser having read "by" as an agent: Germany stands by France.
    rows: list[Row] = [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("stood", 1, "ROOT", "VERB", "VBD", "stand"),
        ("by", 1, "agent", "ADP", "IN", "by"),
        ("France", 2, "pobj", "PROPN", "NNP", "France"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [(src, tgt) for _, src, tgt in _dyads(_events(rows))] == [(["DEU"], ["FRA"])]
