"""Which person a name denotes across one article: leaders by surname, namesakes kept apart."""

from datetime import date

from spacy.tokens import Doc, Span

from telex.actors.table import Actor
from telex.entities.extract import Mention, _key_people, _leader_named, _outlets_by_first_word, extract_entities
from tests.unit.fixtures import hand_parsed

MAY_2020 = date(2020, 5, 1)


def _people(names: list[str]) -> list[Mention]:
    mentions, offset = [], 0
    for name in names:
        actor = _leader_named(name, MAY_2020)
        mentions.append(Mention(offset, offset + len(name), name, "PERSON", actor=actor))
        offset += len(name) + 10
    return mentions


def test_a_bare_surname_follows_the_namesake_the_article_named_last() -> None:
    mentions = _people(["António Costa", "Maria Costa", "Costa"])
    _key_people(mentions, MAY_2020)
    assert [m.key for m in mentions] == ["person:António Costa", "person:Maria Costa", "person:Maria Costa"]
    assert mentions[2].actor is None


def test_a_bare_surname_alone_names_the_office_holder() -> None:
    mentions = _people(["Costa", "Mr Costa"])
    _key_people(mentions, MAY_2020)
    assert {m.key for m in mentions} == {"person:António Costa"}
    assert mentions[0].actor is not None and mentions[0].actor.code == "PRTGOV"


def _bare(surname: str, on: date) -> Mention:
    mention = Mention(0, len(surname), surname, "PERSON", actor=_leader_named(surname, on))
    _key_people([mention], on)
    return mention


def test_a_bare_surname_names_the_politician_serving_that_day_over_a_future_office_holder() -> None:
    # "Cruz" in 2016: Senator Ted Cruz, not Manuel Marrero Cruz, Cuba's premier from December 2019.
    mention = _bare("Cruz", date(2016, 2, 6))
    assert mention.key == "person:Ted Cruz"
    assert mention.actor is not None and mention.actor.code == "USALEG"


def test_a_bare_surname_names_the_office_holder_once_in_office() -> None:
    mention = _bare("Cruz", date(2021, 2, 6))
    assert mention.actor is not None and mention.actor.code == "CUBGOV"


def test_a_surname_the_tagger_left_unlabelled_is_a_mention_of_the_person() -> None:
    # "Norman Ham spoke . Ham said so ." with only the full name labelled.
    doc = hand_parsed(
        [
            ("Norman", 1, "compound", "PROPN", "NNP", "Norman"),
            ("Ham", 2, "nsubj", "PROPN", "NNP", "Ham"),
            ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
            (".", 2, "punct", "PUNCT", ".", "."),
            ("Ham", 5, "nsubj", "PROPN", "NNP", "Ham"),
            ("said", 5, "ROOT", "VERB", "VBD", "say"),
            ("so", 5, "advmod", "ADV", "RB", "so"),
            (".", 5, "punct", "PUNCT", ".", "."),
        ]
    )
    doc.ents = [Span(doc, 0, 2, "PERSON")]
    (person,) = extract_entities(doc, MAY_2020)
    assert person.name == "Norman Ham" and len(person.mentions) == 2


def _tagged(letter: str, state: str = "Ind.") -> Doc:
    # "Jane Roe ( <letter> - <state> ) spoke ." as the parser reads a party tag: an apposition led by the letter.
    doc = hand_parsed(
        [
            ("Jane", 1, "compound", "PROPN", "NNP", "Jane"),
            ("Roe", 7, "nsubj", "PROPN", "NNP", "Roe"),
            ("(", 5, "punct", "PUNCT", "-LRB-", "("),
            (letter, 5, "compound", "PROPN", "NNP", letter),
            ("-", 5, "punct", "PUNCT", "HYPH", "-"),
            (state, 1, "appos", "PROPN", "NNP", state),
            (")", 5, "punct", "PUNCT", "-RRB-", ")"),
            ("spoke", 7, "ROOT", "VERB", "VBD", "speak"),
            (".", 7, "punct", "PUNCT", ".", "."),
        ]
    )
    doc.ents = [Span(doc, 0, 2, "PERSON")]
    return doc


def test_a_party_tag_makes_an_untitled_person_a_legislator_of_the_tagged_state() -> None:
    person = extract_entities(_tagged("D"), MAY_2020)[0]
    assert person.name == "Jane Roe" and person.code == "USALEG"


def test_a_state_postal_code_in_a_party_tag_names_the_state() -> None:
    assert extract_entities(_tagged("D", "IN"), MAY_2020)[0].code == "USALEG"
    # Two capitals that are no state's postal code name no state.
    assert extract_entities(_tagged("D", "XQ"), MAY_2020)[0].code != "USALEG"


def test_a_letter_of_no_party_before_a_state_makes_no_legislator() -> None:
    person = extract_entities(_tagged("X"), MAY_2020)[0]
    assert person.name == "Jane Roe" and person.code != "USALEG"


def test_a_function_word_the_tagger_took_into_a_name_is_no_part_of_it() -> None:
    # "Neither Ted Cruz spoke ." with "Neither Ted Cruz" labelled a person: the person is Ted Cruz.
    doc = hand_parsed(
        [
            ("Neither", 2, "det", "CCONJ", "CC", "neither"),
            ("Ted", 2, "compound", "PROPN", "NNP", "Ted"),
            ("Cruz", 3, "nsubj", "PROPN", "NNP", "Cruz"),
            ("spoke", 3, "ROOT", "VERB", "VBD", "speak"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ]
    )
    doc.ents = [Span(doc, 0, 3, "PERSON")]
    (person,) = extract_entities(doc, MAY_2020)
    assert person.name == "Ted Cruz" and person.code == "USALEG" and person.mentions == ((8, 16),)


def _town_or_surname(preposition: str) -> Doc:
    # "Rioters burned a bank <preposition> Lagos ." with "Lagos" labelled a person, as the tagger may.
    doc = hand_parsed(
        [
            ("Rioters", 1, "nsubj", "NOUN", "NNS", "rioter"),
            ("burned", 1, "ROOT", "VERB", "VBD", "burn"),
            ("a", 3, "det", "DET", "DT", "a"),
            ("bank", 1, "dobj", "NOUN", "NN", "bank"),
            (preposition, 3, "prep", "ADP", "IN", preposition.lower()),
            ("Lagos", 4, "pobj", "PROPN", "NNP", "Lagos"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    doc.ents = [Span(doc, 5, 6, "PERSON")]
    return doc


def test_a_town_that_is_also_a_surname_is_the_town_after_a_place_preposition() -> None:
    (town,) = extract_entities(_town_or_surname("in"), MAY_2020)
    assert town.type != "PERSON" and town.country == "NGA"


def test_a_town_that_is_also_a_surname_stays_the_person_elsewhere() -> None:
    (person,) = extract_entities(_town_or_surname("By"), MAY_2020)
    assert person.type == "PERSON"


def _titled(title: str, after: list[tuple[str, int, str, str, str, str]]) -> Doc:
    # "<title> Ana Reyes <after> spoke ." with "Ana Reyes" labelled a person no table knows.
    rows = [
        (title, 2, "compound", "PROPN", "NNP", title.lower()),
        ("Ana", 2, "compound", "PROPN", "NNP", "Ana"),
        ("Reyes", 3 + len(after), "nsubj", "PROPN", "NNP", "Reyes"),
        *after,
        ("spoke", 3 + len(after), "ROOT", "VERB", "VBD", "speak"),
        (".", 3 + len(after), "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    doc.ents = [Span(doc, 1, 3, "PERSON")]
    return doc


def test_a_title_of_no_country_takes_the_place_named_after_the_person() -> None:
    # "Mayor Ana Reyes of Manila spoke", "Sen. Ana Reyes of Texas spoke"
    of_manila = [("of", 2, "prep", "ADP", "IN", "of"), ("Manila", 3, "pobj", "PROPN", "NNP", "Manila")]
    person = extract_entities(_titled("Mayor", of_manila), MAY_2020)[0]
    assert (person.country, person.sector) == ("PHL", "GOV")
    of_texas = [("of", 2, "prep", "ADP", "IN", "of"), ("Texas", 3, "pobj", "PROPN", "NNP", "Texas")]
    person = extract_entities(_titled("Sen.", of_texas), MAY_2020)[0]
    assert (person.country, person.sector) == ("USA", "LEG")


def test_a_description_naming_another_actor_does_not_place_the_person() -> None:
    # "Mayor Ana Reyes, a critic of Mexico, spoke": the apposition names whom she criticises, not where she serves.
    critic = [
        (",", 2, "punct", "PUNCT", ",", ","),
        ("a", 5, "det", "DET", "DT", "a"),
        ("critic", 2, "appos", "NOUN", "NN", "critic"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("Mexico", 6, "pobj", "PROPN", "NNP", "Mexico"),
        (",", 2, "punct", "PUNCT", ",", ","),
    ]
    person = extract_entities(_titled("Mayor", critic), MAY_2020)[0]
    assert person.country is None


def test_a_title_of_no_country_and_no_place_keeps_its_sector() -> None:
    person = extract_entities(_titled("Admiral", []), MAY_2020)[0]
    assert (person.code, person.country, person.sector) == (None, None, "MIL")


def _outlet_and(names: list[str]) -> list[Mention]:
    # "Fox News" coded as the outlet it is (USAMED), then people as the tagger labels them.
    fox_news = Actor("Fox News", "USAMED", "USA", "MED")
    outlet = Mention(0, 8, "Fox News", "ORG", actor=fox_news, key="org:USAMED:Fox News")
    return [outlet, *(Mention(m.start + 20, m.end + 20, m.text, m.type, actor=m.actor) for m in _people(names))]


def test_a_word_that_begins_an_outlet_named_in_the_article_is_that_outlet() -> None:
    mentions = _outlet_and(["Fox"])
    # "Fox", a common surname (common_surnames.tsv), names no former president alone on a known date.
    assert mentions[1].actor is None
    _outlets_by_first_word(mentions)
    _key_people(mentions, MAY_2020)
    assert (mentions[1].type, mentions[1].key) == ("ORG", "org:USAMED:Fox News")


def test_a_person_named_in_full_keeps_the_surname_an_outlet_begins_with() -> None:
    mentions = _outlet_and(["Liam Fox", "Fox"])
    _outlets_by_first_word(mentions)
    _key_people(mentions, MAY_2020)
    assert [m.type for m in mentions[1:]] == ["PERSON", "PERSON"] and mentions[2].key == mentions[1].key
