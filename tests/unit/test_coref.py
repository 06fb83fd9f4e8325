"""Coreference over hand-built parses, so each rule runs without the model."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from telex.coref.gender import FEMALE, MALE, agrees, role_gender
from telex.coref.names import misspelt_person, unmarked_surnames
from telex.coref.pronouns import _inner_quoted
from telex.coref.resolve import coreference, resolve_coreference
from telex.coref.role_nouns import definite_role, party_member
from telex.coref.roles import epithet, meaning, narrows, open_role, qualifiers, role_key, role_words, title_words
from telex.entities.person_names import name_gender
from telex.entity_index import EntityIndex
from telex.quotes.speaker import resolve_speaker
from telex.quotes.subjects import speaker_span
from telex.records import Entity
from telex.tables import read_table
from tests.unit.fixtures import Row, hand_parsed


def _entities(doc: Doc, named: dict[str, tuple[str, list[tuple[int, int]]]]) -> EntityIndex:
    """Entities by name: type and token ranges [first, last) of each mention."""
    found = []
    for number, (name, (kind, ranges)) in enumerate(named.items(), start=1):
        mentions = tuple((doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in ranges)
        found.append(Entity(f"E{number}", name, kind, mentions))
    return EntityIndex(found)


def _linked(doc: Doc, index: EntityIndex, i: int) -> str | None:
    entity_id = resolve_coreference(doc, index).entity_id(doc[i])
    return index.by_id[entity_id].name if entity_id else None


# "Tom Reed praised Maria Lis . She said it was over ."
_PRAISED: list[Row] = [
    ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
    ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
    ("praised", 2, "ROOT", "VERB", "VBD", "praise"),
    ("Maria", 4, "compound", "PROPN", "NNP", "Maria"),
    ("Lis", 2, "dobj", "PROPN", "NNP", "Lis"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("She", 7, "nsubj", "PRON", "PRP", "she"),
    ("said", 7, "ROOT", "VERB", "VBD", "say"),
    ("it", 9, "nsubj", "PRON", "PRP", "it"),
    ("was", 7, "ccomp", "AUX", "VBD", "be"),
    ("over", 9, "acomp", "ADV", "RB", "over"),
    (".", 7, "punct", "PUNCT", ".", "."),
]


def test_she_never_stands_for_a_man_even_the_subject_before() -> None:
    doc = hand_parsed(_PRAISED)
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "Maria Lis": ("PERSON", [(3, 5)])})
    assert _linked(doc, index, 6) == "Maria Lis"


def test_he_takes_the_subject_of_the_sentence_before() -> None:
    rows = list(_PRAISED)
    rows[6] = ("He", 7, "nsubj", "PRON", "PRP", "he")
    doc = hand_parsed(rows)
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "Maria Lis": ("PERSON", [(3, 5)])})
    assert _linked(doc, index, 6) == "Tom Reed"


def test_it_is_never_a_person() -> None:
    doc = hand_parsed(_PRAISED)
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "Maria Lis": ("PERSON", [(3, 5)])})
    assert _linked(doc, index, 8) is None


def test_an_honorific_gives_the_gender_a_given_name_does_not() -> None:
    # "Mrs. Lee met Park . She said it was over ." : "Lee" and "Park" have no given name.
    rows: list[Row] = [
        ("Mrs.", 1, "compound", "PROPN", "NNP", "Mrs."),
        ("Lee", 2, "nsubj", "PROPN", "NNP", "Lee"),
        ("met", 2, "ROOT", "VERB", "VBD", "meet"),
        ("Park", 2, "dobj", "PROPN", "NNP", "Park"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("She", 6, "nsubj", "PRON", "PRP", "she"),
        ("said", 6, "ROOT", "VERB", "VBD", "say"),
        ("so", 6, "advmod", "ADV", "RB", "so"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = _entities(doc, {"Lee": ("PERSON", [(1, 2)]), "Park": ("PERSON", [(3, 4)])})
    coref = resolve_coreference(doc, index)
    assert coref.genders == {"E1": FEMALE}
    assert _linked(doc, index, 5) == "Lee"


# "Jane Doe , an expert at Acme , said X . Tom Reed , a lawyer , said Y . The expert added Z ."
_EXPERTS: list[Row] = [
    ("Jane", 1, "compound", "PROPN", "NNP", "Jane"),
    ("Doe", 8, "nsubj", "PROPN", "NNP", "Doe"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("an", 4, "det", "DET", "DT", "an"),
    ("expert", 1, "appos", "NOUN", "NN", "expert"),
    ("at", 4, "prep", "ADP", "IN", "at"),
    ("Acme", 5, "pobj", "PROPN", "NNP", "Acme"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("said", 8, "ROOT", "VERB", "VBD", "say"),
    ("X", 8, "ccomp", "NOUN", "NN", "x"),
    (".", 8, "punct", "PUNCT", ".", "."),
    ("Tom", 12, "compound", "PROPN", "NNP", "Tom"),
    ("Reed", 18, "nsubj", "PROPN", "NNP", "Reed"),
    (",", 12, "punct", "PUNCT", ",", ","),
    ("a", 15, "det", "DET", "DT", "a"),
    ("lawyer", 12, "appos", "NOUN", "NN", "lawyer"),
    (",", 12, "punct", "PUNCT", ",", ","),
    ("too", 18, "advmod", "ADV", "RB", "too"),
    ("said", 18, "ROOT", "VERB", "VBD", "say"),
    ("Y", 18, "ccomp", "NOUN", "NN", "y"),
    (".", 18, "punct", "PUNCT", ".", "."),
    ("The", 22, "det", "DET", "DT", "the"),
    ("expert", 23, "nsubj", "NOUN", "NN", "expert"),
    ("added", 23, "ROOT", "VERB", "VBD", "add"),
    ("Z", 23, "ccomp", "NOUN", "NN", "z"),
    (".", 23, "punct", "PUNCT", ".", "."),
]
_PEOPLE = {"Jane Doe": ("PERSON", [(0, 2)]), "Acme": ("ORG", [(6, 7)]), "Tom Reed": ("PERSON", [(11, 13)])}


def test_a_role_noun_takes_the_person_of_that_role_not_the_last_speaker() -> None:
    doc = hand_parsed(_EXPERTS)
    assert _linked(doc, _entities(doc, _PEOPLE), 22) == "Jane Doe"


def test_a_role_the_article_gave_is_a_role_noun_too() -> None:
    rows = list(_EXPERTS)
    rows[15] = ("glaciologist", 12, "appos", "NOUN", "NN", "glaciologist")
    rows[22] = ("glaciologist", 23, "nsubj", "NOUN", "NN", "glaciologist")
    doc = hand_parsed(rows)
    assert _linked(doc, _entities(doc, _PEOPLE), 22) == "Tom Reed"


def _host_said(verb: tuple[str, str] = ("said", "say"), title: bool = True) -> str | None:
    """ "TV host Tom Reed met Ann Lee . The host said X .", or with "host" set beside the name after it ("Tom Reed ,
    a host , met …") rather than written as its title."""
    if title:
        rows: list[Row] = [
            ("TV", 1, "compound", "PROPN", "NNP", "TV"),
            ("host", 3, "compound", "NOUN", "NN", "host"),
            ("Tom", 3, "compound", "PROPN", "NNP", "Tom"),
            ("Reed", 4, "nsubj", "PROPN", "NNP", "Reed"),
        ]
    else:
        rows = [
            ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
            ("Reed", 4, "nsubj", "PROPN", "NNP", "Reed"),
            (",", 1, "punct", "PUNCT", ",", ","),
            ("host", 1, "appos", "NOUN", "NN", "host"),
        ]
    rows += [
        ("met", 4, "ROOT", "VERB", "VBD", "meet"),
        ("Ann", 6, "compound", "PROPN", "NNP", "Ann"),
        ("Lee", 4, "dobj", "PROPN", "NNP", "Lee"),
        (".", 4, "punct", "PUNCT", ".", "."),
        ("The", 9, "det", "DET", "DT", "the"),
        ("host", 10, "nsubj", "NOUN", "NN", "host"),
        (verb[0], 10, "ROOT", "VERB", "VBD", verb[1]),
        ("X", 10, "ccomp", "NOUN", "NN", "x"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    first = 2 if title else 0
    index = _entities(doc, {"Tom Reed": ("PERSON", [(first, first + 2)]), "Ann Lee": ("PERSON", [(5, 7)])})
    return _linked(doc, index, 9)


def test_a_title_of_no_persons_ending_is_a_role_noun_when_the_phrase_speaks() -> None:
    # "host" has no ending of a person's role, but the article wrote it as Reed's title, and "the host" speaks.
    assert _host_said() == "Tom Reed"


def test_a_title_of_no_persons_ending_is_no_role_noun_when_the_phrase_does_not_speak() -> None:
    # "The host met X" may be anyone's host ("a stop at the host's studio").
    assert _host_said(verb=("met", "meet")) is None


def test_a_noun_set_beside_a_name_is_no_title() -> None:
    # The parser sets many a noun beside a name ("The author of the book, Mitchell Zuckoff" hangs the name on "book"):
    # only a word written as a title says what a person is when it has no ending of a person's role.
    assert _host_said(title=False) is None


def test_a_plural_title_gives_each_name_after_it_its_role() -> None:
    # "TV hosts Tom Reed and Ann Lee said so", parsed as the model parses it: the name set beside the plural title.
    doc = hand_parsed(
        [
            ("TV", 1, "compound", "PROPN", "NNP", "TV"),
            ("hosts", 8, "nsubj", "NOUN", "NNS", "host"),
            ("Tom", 3, "compound", "PROPN", "NNP", "Tom"),
            ("Reed", 1, "appos", "PROPN", "NNP", "Reed"),
            ("and", 3, "cc", "CCONJ", "CC", "and"),
            ("Ann", 6, "compound", "PROPN", "NNP", "Ann"),
            ("Lee", 3, "conj", "PROPN", "NNP", "Lee"),
            ("too", 8, "advmod", "ADV", "RB", "too"),
            ("said", 8, "ROOT", "VERB", "VBD", "say"),
            ("so", 8, "advmod", "ADV", "RB", "so"),
            (".", 8, "punct", "PUNCT", ".", "."),
        ]
    )
    assert set(title_words(doc[2:4])) == {"hosts", "host"}
    assert title_words(doc[5:7]) == []  # Lee follows "and", no title


def test_a_role_noun_with_an_indefinite_article_is_someone_new() -> None:
    rows = list(_EXPERTS)
    rows[21] = ("An", 22, "det", "DET", "DT", "an")
    doc = hand_parsed(rows)
    assert _linked(doc, _entities(doc, _PEOPLE), 22) is None


def test_the_coreference_of_a_doc_is_computed_once() -> None:
    doc = hand_parsed(_EXPERTS)
    index = _entities(doc, _PEOPLE)
    assert coreference(doc, index) is coreference(doc, index)
    assert coreference(doc, _entities(doc, _PEOPLE)) is not coreference(doc, index)


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Maria Costa", FEMALE),
        ("Mr. Kim", MALE),
        ("Mrs Jane Lee", FEMALE),
        ("Ms. Lee", FEMALE),
        ("Thomas Brandt", MALE),
        ("Marco Ruiz", MALE),
        ("Carly Stone", FEMALE),
        ("Loretta Hale", FEMALE),
        ("Fiona Hale", FEMALE),
        ("Devin Reed", MALE),
        ("Chris Hale", None),  # a given name of either sex marks neither
        ("Jordan", None),  # a bare word may be a surname
        ("Mark-Viverito", None),  # nor a hyphenated surname
        ("Kim Jong Un", None),  # a surname first is no given name
    ],
)
def test_name_gender(name: str, gender: str | None) -> None:
    assert name_gender(name) == gender


def test_role_words() -> None:
    assert role_gender("spokeswoman") == FEMALE and role_gender("chairman") == MALE
    assert role_gender("spokesperson") is None and role_gender("expert") is None
    assert role_key("spokeswoman") == role_key("spokesman") == role_key("spokesperson") == "spokes"
    assert role_key("expert") == "expert" and role_key("woman") == "woman"
    assert agrees(FEMALE, None) and agrees(None, MALE) and not agrees(FEMALE, MALE)


def test_a_person_who_said_something_is_the_last_speaker() -> None:
    # "Tom Reed met John Lee , who said so . He added more ."
    doc = hand_parsed(
        [
            ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
            ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
            ("met", 2, "ROOT", "VERB", "VBD", "meet"),
            ("John", 4, "compound", "PROPN", "NNP", "John"),
            ("Lee", 2, "dobj", "PROPN", "NNP", "Lee"),
            (",", 4, "punct", "PUNCT", ",", ","),
            ("who", 7, "nsubj", "PRON", "WP", "who"),
            ("said", 4, "relcl", "VERB", "VBD", "say"),
            ("so", 7, "advmod", "ADV", "RB", "so"),
            (".", 2, "punct", "PUNCT", ".", "."),
            ("He", 11, "nsubj", "PRON", "PRP", "he"),
            ("added", 11, "ROOT", "VERB", "VBD", "add"),
            ("more", 11, "dobj", "ADJ", "JJR", "more"),
            (".", 11, "punct", "PUNCT", ".", "."),
        ]
    )
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "John Lee": ("PERSON", [(3, 5)])})
    assert _linked(doc, index, 10) == "John Lee"


def test_they_never_follows_an_it_to_an_organisation() -> None:
    # "Lee spoke in Acme . It was long . They said so ." "It" may stand for Acme; "they" then has no antecedent.
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
            ("in", 1, "prep", "ADP", "IN", "in"),
            ("Acme", 2, "pobj", "PROPN", "NNP", "Acme"),
            (".", 1, "punct", "PUNCT", ".", "."),
            ("It", 6, "nsubj", "PRON", "PRP", "it"),
            ("was", 6, "ROOT", "AUX", "VBD", "be"),
            ("long", 6, "acomp", "ADJ", "JJ", "long"),
            (".", 6, "punct", "PUNCT", ".", "."),
            ("They", 10, "nsubj", "PRON", "PRP", "they"),
            ("said", 10, "ROOT", "VERB", "VBD", "say"),
            ("so", 10, "advmod", "ADV", "RB", "so"),
            (".", 10, "punct", "PUNCT", ".", "."),
        ]
    )
    index = _entities(doc, {"Lee": ("PERSON", [(0, 1)]), "Acme": ("ORG", [(3, 4)])})
    assert _linked(doc, index, 5) == "Acme"
    assert _linked(doc, index, 9) is None


# "Kim met Lee . Lee said : “He lied .”"
_SAID_HE: list[Row] = [
    ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
    ("met", 1, "ROOT", "VERB", "VBD", "meet"),
    ("Lee", 1, "dobj", "PROPN", "NNP", "Lee"),
    (".", 1, "punct", "PUNCT", ".", "."),
    ("Lee", 5, "nsubj", "PROPN", "NNP", "Lee"),
    ("said", 5, "ROOT", "VERB", "VBD", "say"),
    (":", 5, "punct", "PUNCT", ":", ":"),
    ("“", 9, "punct", "PUNCT", "``", "“"),
    ("He", 9, "nsubj", "PRON", "PRP", "he"),
    ("lied", 5, "ccomp", "VERB", "VBD", "lie"),
    (".", 9, "punct", "PUNCT", ".", "."),
    ("”", 5, "punct", "PUNCT", "''", "”"),
]


def test_he_inside_a_quotation_is_not_its_speaker() -> None:
    doc = hand_parsed(_SAID_HE, joined=frozenset({7, 10}))
    index = _entities(doc, {"Kim": ("PERSON", [(0, 1)]), "Lee": ("PERSON", [(2, 3), (4, 5)])})
    assert _linked(doc, index, 8) == "Kim"


def test_he_outside_quotation_marks_takes_the_subject() -> None:
    rows = [r for i, r in enumerate(_SAID_HE) if i not in (7, 11)]
    doc = hand_parsed([(w, h - (h > 7), d, p, t, lemma) for w, h, d, p, t, lemma in rows])
    index = _entities(doc, {"Kim": ("PERSON", [(0, 1)]), "Lee": ("PERSON", [(2, 3), (4, 5)])})
    assert _linked(doc, index, 7) == "Lee"


# "Kim met Lee . “I lied ,” Lee said ."
_I_LIED: list[Row] = [
    ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
    ("met", 1, "ROOT", "VERB", "VBD", "meet"),
    ("Lee", 1, "dobj", "PROPN", "NNP", "Lee"),
    (".", 1, "punct", "PUNCT", ".", "."),
    ("“", 10, "punct", "PUNCT", "``", "“"),
    ("I", 6, "nsubj", "PRON", "PRP", "I"),
    ("lied", 10, "ccomp", "VERB", "VBD", "lie"),
    (",", 6, "punct", "PUNCT", ",", ","),
    ("”", 10, "punct", "PUNCT", "''", "”"),
    ("Lee", 10, "nsubj", "PROPN", "NNP", "Lee"),
    ("said", 10, "ROOT", "VERB", "VBD", "say"),
    (".", 10, "punct", "PUNCT", ".", "."),
]


def test_i_inside_a_quotation_is_its_speaker_named_after_it() -> None:
    doc = hand_parsed(_I_LIED, joined=frozenset({4, 7}))
    index = _entities(doc, {"Kim": ("PERSON", [(0, 1)]), "Lee": ("PERSON", [(2, 3), (9, 10)])})
    assert _linked(doc, index, 5) == "Lee"


def _coded(doc: Doc, named: dict[str, tuple[str, str, list[tuple[int, int]]]]) -> EntityIndex:
    """Coded entities by name: type, CAMEO code (country, then sector) and token ranges of each mention."""
    found = []
    for number, (name, (kind, code, ranges)) in enumerate(named.items(), start=1):
        mentions = tuple((doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in ranges)
        found.append(Entity(f"E{number}", name, kind, mentions, code, code[:3], code[3:] or None))
    return EntityIndex(found)


def _condemned(first: list[Row], noun: str, number: str = "NN") -> list[Row]:
    """``first`` (one sentence), then "France condemned the <noun> ." with "the" at 2 and the noun at 3 after it."""
    n = len(first)
    return [
        *first,
        ("France", n + 1, "nsubj", "PROPN", "NNP", "France"),
        ("condemned", n + 1, "ROOT", "VERB", "VBD", "condemn"),
        ("the", n + 3, "det", "DET", "DT", "the"),
        (noun, n + 1, "dobj", "NOUN", number, noun),
        (".", n + 1, "punct", "PUNCT", ".", "."),
    ]


# "Iran tested a missile ."
_TESTED: list[Row] = [
    ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
    ("tested", 1, "ROOT", "VERB", "VBD", "test"),
    ("a", 3, "det", "DET", "DT", "a"),
    ("missile", 1, "dobj", "NOUN", "NN", "missile"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_the_country_is_the_state_named_before_not_the_subject_of_its_own_verb() -> None:
    doc = hand_parsed(_condemned(_TESTED, "country"))
    index = _coded(doc, {"Iran": ("GPE", "IRN", [(0, 1)]), "France": ("GPE", "FRA", [(5, 6)])})
    assert _linked(doc, index, 8) == "Iran"


def test_a_body_of_the_state_stands_for_the_state_and_a_capitalised_word_is_a_name() -> None:
    doc = hand_parsed(_condemned(_TESTED, "regime"))
    index = _coded(doc, {"Iran": ("GPE", "IRN", [(0, 1)]), "France": ("GPE", "FRA", [(5, 6)])})
    assert _linked(doc, index, 8) == "Iran"
    doc = hand_parsed(_condemned(_TESTED, "Nation"))
    assert _linked(doc, _coded(doc, {"Iran": ("GPE", "IRN", [(0, 1)])}), 8) is None


def test_two_states_in_the_sentence_before_leave_the_country_unresolved() -> None:
    # "Iran met Iraq . France condemned the country ."
    rows = _condemned(
        [
            *_TESTED[:1],
            ("met", 1, "ROOT", "VERB", "VBD", "meet"),
            ("Iraq", 1, "dobj", "PROPN", "NNP", "Iraq"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
        "country",
    )
    doc = hand_parsed(rows)
    index = _coded(doc, {"Iran": ("GPE", "IRN", [(0, 1)]), "Iraq": ("GPE", "IRQ", [(2, 3)])})
    assert _linked(doc, index, 7) is None


def test_a_person_a_province_or_a_state_too_far_back_is_no_country() -> None:
    doc = hand_parsed(_condemned(_TESTED, "country"))
    assert _linked(doc, _coded(doc, {"Iran": ("PERSON", "IRNGOV", [(0, 1)])}), 8) is None
    assert _linked(doc, _coded(doc, {"Indiana": ("GPE", "USA", [(0, 1)])}), 8) is None
    # Three sentences on, "Iran" is too far back.
    filler: list[Row] = [
        ("Rain", 1, "nsubj", "NOUN", "NN", "rain"),
        ("fell", 1, "ROOT", "VERB", "VBD", "fall"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    rows = list(_TESTED)
    for _ in range(2):
        rows += [(w, h + len(rows), d, p, t, lemma) for w, h, d, p, t, lemma in filler]
    doc = hand_parsed(_condemned(rows, "country"))
    assert _linked(doc, _coded(doc, {"Iran": ("GPE", "IRN", [(0, 1)])}), 14) is None


def test_the_militants_are_the_armed_group_and_the_rebels_no_international_one() -> None:
    # "Hezbollah tested a missile . France condemned the militants ."
    rows = [("Hezbollah", 1, "nsubj", "PROPN", "NNP", "Hezbollah"), *_TESTED[1:]]
    doc = hand_parsed(_condemned(rows, "militants", "NNS"))
    assert _linked(doc, _coded(doc, {"Hezbollah": ("ORG", "LBNREB", [(0, 1)])}), 8) == "Hezbollah"
    doc = hand_parsed(_condemned(rows, "rebels", "NNS"))
    assert _linked(doc, _coded(doc, {"al-Qaeda": ("ORG", "IMGMUSAQD", [(0, 1)])}), 8) is None
    assert _linked(doc, _coded(doc, {"Nusra": ("ORG", "SYRREB", [(0, 1)])}), 8) == "Nusra"


# "Russia and China met . The two countries protested ."
_PAIR: list[Row] = [
    ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
    ("and", 0, "cc", "CCONJ", "CC", "and"),
    ("China", 0, "conj", "PROPN", "NNP", "China"),
    ("met", 3, "ROOT", "VERB", "VBD", "meet"),
    (".", 3, "punct", "PUNCT", ".", "."),
    ("The", 7, "det", "DET", "DT", "the"),
    ("two", 7, "nummod", "NUM", "CD", "two"),
    ("countries", 8, "nsubj", "NOUN", "NNS", "country"),
    ("protested", 8, "ROOT", "VERB", "VBD", "protest"),
    (".", 8, "punct", "PUNCT", ".", "."),
]


def test_the_two_countries_are_the_two_states_named_together_before() -> None:
    doc = hand_parsed(_PAIR)
    index = _coded(doc, {"Russia": ("GPE", "RUS", [(0, 1)]), "China": ("GPE", "CHN", [(2, 3)])})
    pair = resolve_coreference(doc, index).pair(doc[7])
    assert pair is not None and [index.by_id[i].name for i in pair] == ["Russia", "China"]
    # "the countries" with no "two" is no pair; one state named is none either.
    doc = hand_parsed([(w, h - (h > 6), d, p, t, lemma) for i, (w, h, d, p, t, lemma) in enumerate(_PAIR) if i != 6])
    index = _coded(doc, {"Russia": ("GPE", "RUS", [(0, 1)]), "China": ("GPE", "CHN", [(2, 3)])})
    assert resolve_coreference(doc, index).pair(doc[6]) is None
    doc = hand_parsed(_PAIR)
    assert resolve_coreference(doc, _coded(doc, {"Russia": ("GPE", "RUS", [(0, 1)])})).pair(doc[7]) is None


def test_the_country_of_the_article_itself_is_its_people_at_large() -> None:
    # Named three times, Iran is the article's own country: "the country" after it is left to the words.
    doc = hand_parsed(_condemned(_TESTED, "country"))
    index = _coded(doc, {"Iran": ("GPE", "IRN", [(0, 1)] * 3), "France": ("GPE", "FRA", [(5, 6)])})
    assert index.home_country == "IRN" and _linked(doc, index, 8) is None


def test_inside_a_quotation_the_country_is_only_what_the_quotation_named() -> None:
    # "Iran tested a missile . “The country erred ,” France said ."
    rows: list[Row] = [
        *_TESTED,
        ("“", 12, "punct", "PUNCT", "``", "“"),
        ("The", 7, "det", "DET", "DT", "the"),
        ("country", 8, "nsubj", "NOUN", "NN", "country"),
        ("erred", 12, "ccomp", "VERB", "VBD", "err"),
        (",", 12, "punct", "PUNCT", ",", ","),
        ("”", 12, "punct", "PUNCT", "''", "”"),
        ("France", 12, "nsubj", "PROPN", "NNP", "France"),
        ("said", 12, "ROOT", "VERB", "VBD", "say"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, joined=frozenset({5, 9}))
    index = _coded(doc, {"Iran": ("GPE", "IRN", [(0, 1)]), "France": ("GPE", "FRA", [(11, 12)])})
    assert _linked(doc, index, 7) is None
    marks = (5, 10)
    kept = [
        (w, h - sum(h > m for m in marks), d, p, t, x) for i, (w, h, d, p, t, x) in enumerate(rows) if i not in marks
    ]
    outside = hand_parsed(kept)
    index = _coded(outside, {"Iran": ("GPE", "IRN", [(0, 1)])})
    assert _linked(outside, index, 6) == "Iran"


def test_a_pair_is_never_the_doers_of_its_own_clause_named_again() -> None:
    # "Russia and China signed a pact between the two countries ."
    rows: list[Row] = [
        *_PAIR[:3],
        ("signed", 3, "ROOT", "VERB", "VBD", "sign"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("pact", 3, "dobj", "NOUN", "NN", "pact"),
        ("between", 5, "prep", "ADP", "IN", "between"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("two", 9, "nummod", "NUM", "CD", "two"),
        ("countries", 6, "pobj", "NOUN", "NNS", "country"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = _coded(doc, {"Russia": ("GPE", "RUS", [(0, 1)]), "China": ("GPE", "CHN", [(2, 3)])})
    assert resolve_coreference(doc, index).pair(doc[9]) is None


# "“ Obama failed , ” the senator said ."
_SENATOR_SAID: list[Row] = [
    ("“", 7, "punct", "PUNCT", "``", "“"),
    ("Obama", 2, "nsubj", "PROPN", "NNP", "Obama"),
    ("failed", 7, "ccomp", "VERB", "VBD", "fail"),
    (",", 2, "punct", "PUNCT", ",", ","),
    ("”", 7, "punct", "PUNCT", "''", "”"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("senator", 7, "nsubj", "NOUN", "NN", "senator"),
    ("said", 7, "ROOT", "VERB", "VBD", "say"),
    (".", 7, "punct", "PUNCT", ".", "."),
]


def test_a_role_noun_is_not_the_person_the_quotation_before_it_names() -> None:
    doc = hand_parsed(_SENATOR_SAID, joined=frozenset({0, 2}))
    assert _linked(doc, _entities(doc, {"Barack Obama": ("PERSON", [(1, 2)])}), 6) is None


def test_a_role_noun_is_not_the_person_its_own_report_names() -> None:
    rows = [r for i, r in enumerate(_SENATOR_SAID) if i not in (0, 4)]
    doc = hand_parsed([(w, h - (h > 0) - (h > 4), d, p, t, lemma) for w, h, d, p, t, lemma in rows])
    assert _linked(doc, _entities(doc, {"Barack Obama": ("PERSON", [(0, 1)])}), 4) is None


def _role_after(rows: list[Row]) -> list[Row]:
    """ "Obama spoke ." followed by ``rows``, whose heads count from their own first word."""
    opening: list[Row] = [
        ("Obama", 1, "nsubj", "PROPN", "NNP", "Obama"),
        ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    return opening + [(w, h + 3, d, p, t, lemma) for w, h, d, p, t, lemma in rows]


# "the senator said so ."
_SAID_SO: list[Row] = [
    ("the", 1, "det", "DET", "DT", "the"),
    ("senator", 2, "nsubj", "NOUN", "NN", "senator"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("so", 2, "advmod", "ADV", "RB", "so"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_a_role_noun_is_the_person_named_just_before_outside_quotation_marks() -> None:
    doc = hand_parsed(_role_after(_SAID_SO))
    assert _linked(doc, _entities(doc, {"Barack Obama": ("PERSON", [(0, 1)])}), 4) == "Barack Obama"


@pytest.mark.parametrize("modifier", ["next", "first", "eventual"])
def test_a_role_still_to_be_filled_is_nobody_named_before(modifier: str) -> None:
    rows = list(_SAID_SO)
    rows[1:1] = [(modifier, 2, "amod", "ADJ", "JJ", modifier)]
    rows = [(w, h + (i != 1 and h >= 1), d, p, t, lemma) for i, (w, h, d, p, t, lemma) in enumerate(rows)]
    doc = hand_parsed(_role_after(rows))
    assert doc[5].text == "senator" and doc[5].head.text == "said"
    assert _linked(doc, _entities(doc, {"Barack Obama": ("PERSON", [(0, 1)])}), 5) is None


def test_a_role_noun_is_not_the_subject_of_its_own_verb() -> None:
    # "Obama spoke . Clinton beat the senator ."
    rows: list[Row] = [
        ("Clinton", 1, "nsubj", "PROPN", "NNP", "Clinton"),
        ("beat", 1, "ROOT", "VERB", "VBD", "beat"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("senator", 1, "dobj", "NOUN", "NN", "senator"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(_role_after(rows))
    people = {"Barack Obama": ("PERSON", [(0, 1)]), "Hillary Clinton": ("PERSON", [(3, 4)])}
    assert _linked(doc, _entities(doc, people), 6) == "Barack Obama"


def test_a_role_noun_is_not_the_person_named_inside_its_phrase() -> None:
    # "Obama spoke . the Sanders aide said so ."
    rows = list(_SAID_SO)
    rows[1:2] = [("Sanders", 2, "compound", "PROPN", "NNP", "Sanders"), ("aide", 3, "nsubj", "NOUN", "NN", "aide")]
    rows = [(w, h + (i not in (1, 2) and h >= 1), d, p, t, lemma) for i, (w, h, d, p, t, lemma) in enumerate(rows)]
    doc = hand_parsed(_role_after(rows))
    assert doc[5].head.text == "said"
    people = {"Barack Obama": ("PERSON", [(0, 1)]), "Bernie Sanders": ("PERSON", [(4, 5)])}
    assert _linked(doc, _entities(doc, people), 5) == "Barack Obama"


def test_a_role_noun_after_an_unnamed_one_of_that_role_is_no_one_named_near_the_word() -> None:
    # "Tom Reed , whose aide spoke , left . An aide blasted it . The aide said so .": the aide is the one just
    # introduced, whom the article does not name, not Tom Reed, written near the word "aide".
    rows: list[Row] = [
        ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 7, "nsubj", "PROPN", "NNP", "Reed"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("whose", 4, "poss", "PRON", "WP$", "whose"),
        ("aide", 5, "nsubj", "NOUN", "NN", "aide"),
        ("spoke", 1, "relcl", "VERB", "VBD", "speak"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("left", 7, "ROOT", "VERB", "VBD", "leave"),
        (".", 7, "punct", "PUNCT", ".", "."),
        ("An", 10, "det", "DET", "DT", "an"),
        ("aide", 11, "nsubj", "NOUN", "NN", "aide"),
        ("blasted", 11, "ROOT", "VERB", "VBD", "blast"),
        ("it", 11, "dobj", "PRON", "PRP", "it"),
        (".", 11, "punct", "PUNCT", ".", "."),
        ("The", 15, "det", "DET", "DT", "the"),
        ("aide", 16, "nsubj", "NOUN", "NN", "aide"),
        ("said", 16, "ROOT", "VERB", "VBD", "say"),
        ("so", 16, "advmod", "ADV", "RB", "so"),
        (".", 16, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    assert _linked(doc, _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)])}), 15) is None


def test_a_role_noun_that_says_what_someone_is_may_be_its_own_clauses_person() -> None:
    # "Obama spoke . Cruz backed Trump as the nominee ."
    rows: list[Row] = [
        ("Cruz", 1, "nsubj", "PROPN", "NNP", "Cruz"),
        ("backed", 1, "ROOT", "VERB", "VBD", "back"),
        ("Trump", 1, "dobj", "PROPN", "NNP", "Trump"),
        ("as", 1, "prep", "ADP", "IN", "as"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("nominee", 3, "pobj", "NOUN", "NN", "nominee"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(_role_after(rows))
    people = {
        "Barack Obama": ("PERSON", [(0, 1)]),
        "Ted Cruz": ("PERSON", [(3, 4)]),
        "Donald Trump": ("PERSON", [(5, 6)]),
    }
    assert _linked(doc, _entities(doc, people), 8) == "Donald Trump"


# "Kim Lee said it was over . Pressure grew on Maria Costa before she left ."
_PRESSURE: list[Row] = [
    ("Kim", 1, "compound", "PROPN", "NNP", "Kim"),
    ("Lee", 2, "nsubj", "PROPN", "NNP", "Lee"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("it", 4, "nsubj", "PRON", "PRP", "it"),
    ("was", 2, "ccomp", "AUX", "VBD", "be"),
    ("over", 4, "acomp", "ADV", "RB", "over"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("Pressure", 8, "nsubj", "NOUN", "NN", "pressure"),
    ("grew", 8, "ROOT", "VERB", "VBD", "grow"),
    ("on", 8, "prep", "ADP", "IN", "on"),
    ("Maria", 11, "compound", "PROPN", "NNP", "Maria"),
    ("Costa", 9, "pobj", "PROPN", "NNP", "Costa"),
    ("before", 14, "mark", "SCONJ", "IN", "before"),
    ("she", 14, "nsubj", "PRON", "PRP", "she"),
    ("left", 8, "advcl", "VERB", "VBD", "leave"),
    (".", 8, "punct", "PUNCT", ".", "."),
]


def test_a_woman_named_in_the_pronouns_sentence_wins_over_a_subject_of_unknown_gender_before() -> None:
    doc = hand_parsed(_PRESSURE)
    index = _entities(doc, {"Kim Lee": ("PERSON", [(0, 2)]), "Maria Costa": ("PERSON", [(10, 12)])})
    assert _linked(doc, index, 13) == "Maria Costa"


def test_a_subject_of_unknown_gender_in_the_pronouns_own_sentence_keeps_it() -> None:
    # "Kim Lee praised Maria Costa before she left ."
    rows: list[Row] = [
        ("Kim", 1, "compound", "PROPN", "NNP", "Kim"),
        ("Lee", 2, "nsubj", "PROPN", "NNP", "Lee"),
        ("praised", 2, "ROOT", "VERB", "VBD", "praise"),
        ("Maria", 4, "compound", "PROPN", "NNP", "Maria"),
        ("Costa", 2, "dobj", "PROPN", "NNP", "Costa"),
        ("before", 7, "mark", "SCONJ", "IN", "before"),
        ("she", 7, "nsubj", "PRON", "PRP", "she"),
        ("left", 2, "advcl", "VERB", "VBD", "leave"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = _entities(doc, {"Kim Lee": ("PERSON", [(0, 2)]), "Maria Costa": ("PERSON", [(3, 5)])})
    assert _linked(doc, index, 6) == "Kim Lee"


def test_a_surname_the_tagger_took_for_an_organisation_is_the_person_named_in_full() -> None:
    # "Tad Devine met Bo Sanders . Devine said it was over . He left ."
    rows: list[Row] = [
        ("Tad", 1, "compound", "PROPN", "NNP", "Tad"),
        ("Devine", 2, "nsubj", "PROPN", "NNP", "Devine"),
        ("met", 2, "ROOT", "VERB", "VBD", "meet"),
        ("Bo", 4, "compound", "PROPN", "NNP", "Bo"),
        ("Sanders", 2, "dobj", "PROPN", "NNP", "Sanders"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("Devine", 7, "nsubj", "PROPN", "NNP", "Devine"),
        ("said", 7, "ROOT", "VERB", "VBD", "say"),
        ("it", 9, "nsubj", "PRON", "PRP", "it"),
        ("was", 7, "ccomp", "AUX", "VBD", "be"),
        ("over", 9, "acomp", "ADV", "RB", "over"),
        (".", 7, "punct", "PUNCT", ".", "."),
        ("He", 13, "nsubj", "PRON", "PRP", "he"),
        ("left", 13, "ROOT", "VERB", "VBD", "leave"),
        (".", 13, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    people = {"Tad Devine": ("PERSON", [(0, 2)]), "Bo Sanders": ("PERSON", [(3, 5)])}
    index = _entities(doc, {**people, "Devine": ("ORG", [(6, 7)])})
    assert _linked(doc, index, 12) == "Tad Devine"


# "Tom Reed said it was over .": a speaker before the sentences whose pronouns are read.
_REED_SAID: list[Row] = [
    ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
    ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("it", 4, "nsubj", "PRON", "PRP", "it"),
    ("was", 2, "ccomp", "AUX", "VBD", "be"),
    ("over", 4, "acomp", "ADV", "RB", "over"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


# What Bo Lee did after Tom Reed spoke, in words 9 to 13: "smiled because he won ." or "smiled . He won ."
_SMILED_AND_WON: dict[str, list[Row]] = {
    "called he since": [
        ("smiled", 9, "ROOT", "VERB", "VBD", "smile"),
        ("because", 12, "mark", "SCONJ", "IN", "because"),
        ("he", 12, "nsubj", "PRON", "PRP", "he"),
        ("won", 9, "advcl", "VERB", "VBD", "win"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ],
    "the telling goes on with": [
        ("smiled", 9, "ROOT", "VERB", "VBD", "smile"),
        (".", 9, "punct", "PUNCT", ".", "."),
        ("He", 12, "nsubj", "PRON", "PRP", "he"),
        ("won", 12, "ROOT", "VERB", "VBD", "win"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ],
}


@pytest.mark.parametrize("since", sorted(_SMILED_AND_WON))
def test_a_newcomer_wins_over_the_last_speaker(since: str) -> None:
    # "Tom Reed said it was over . Bo Lee smiled because he won . He said so .": a newcomer named as a main subject
    # after the last speaker, called "he" since; "… Bo Lee smiled . He won . He said so .": one the main clause of
    # every sentence since goes on with. Either way the last "He" is Bo Lee, not Tom Reed, who spoke before.
    rows: list[Row] = [
        *_REED_SAID,
        ("Bo", 8, "compound", "PROPN", "NNP", "Bo"),
        ("Lee", 9, "nsubj", "PROPN", "NNP", "Lee"),
        *_SMILED_AND_WON[since],
        ("He", 15, "nsubj", "PRON", "PRP", "he"),
        ("said", 15, "ROOT", "VERB", "VBD", "say"),
        ("so", 15, "advmod", "ADV", "RB", "so"),
        (".", 15, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "Bo Lee": ("PERSON", [(7, 9)])})
    assert _linked(doc, index, 11) == "Bo Lee"
    assert _linked(doc, index, 14) == "Bo Lee"


def test_she_replying_is_the_woman_who_spoke_before_not_a_woman_named_since() -> None:
    # "Ann Lee said it was over . If Maria Costa beats Tom Reed , who said no , she replied so .": Tom Reed spoke
    # last, but "she" is no man; the woman who spoke in the sentence before replies, not Maria Costa named since.
    rows: list[Row] = [
        ("Ann", 1, "compound", "PROPN", "NNP", "Ann"),
        ("Lee", 2, "nsubj", "PROPN", "NNP", "Lee"),
        *_REED_SAID[2:],
        ("If", 10, "mark", "SCONJ", "IN", "if"),
        ("Maria", 9, "compound", "PROPN", "NNP", "Maria"),
        ("Costa", 10, "nsubj", "PROPN", "NNP", "Costa"),
        ("beats", 19, "advcl", "VERB", "VBZ", "beat"),
        ("Tom", 12, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 10, "dobj", "PROPN", "NNP", "Reed"),
        (",", 12, "punct", "PUNCT", ",", ","),
        ("who", 15, "nsubj", "PRON", "WP", "who"),
        ("said", 12, "relcl", "VERB", "VBD", "say"),
        ("no", 15, "dobj", "DET", "DT", "no"),
        (",", 19, "punct", "PUNCT", ",", ","),
        ("she", 19, "nsubj", "PRON", "PRP", "she"),
        ("replied", 19, "ROOT", "VERB", "VBD", "reply"),
        ("so", 19, "advmod", "ADV", "RB", "so"),
        (".", 19, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    people = {"Ann Lee": ("PERSON", [(0, 2)]), "Maria Costa": ("PERSON", [(8, 10)]), "Tom Reed": ("PERSON", [(11, 13)])}
    assert _linked(doc, _entities(doc, people), 18) == "Ann Lee"


@pytest.mark.parametrize(("adjective", "dummy"), [("hard", True), ("harder", True), ("able", False)])
def test_it_standing_for_a_clause_put_off_is_no_actor(adjective: str, dummy: bool) -> None:
    # "Acme grew . It is hard to see why .": "it" stands for the clause put off after "hard"; "able" puts off none.
    rows: list[Row] = [
        ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme"),
        ("grew", 1, "ROOT", "VERB", "VBD", "grow"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("It", 4, "nsubj", "PRON", "PRP", "it"),
        ("is", 4, "ROOT", "AUX", "VBZ", "be"),
        (adjective, 4, "acomp", "ADJ", "JJ", adjective.removesuffix("er")),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("see", 5, "xcomp", "VERB", "VB", "see"),
        ("why", 7, "advmod", "SCONJ", "WRB", "why"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = _entities(doc, {"Acme": ("ORG", [(0, 1)])})
    assert _linked(doc, index, 3) == (None if dummy else "Acme")


def test_he_after_an_unnamed_man_is_not_the_man_named_before() -> None:
    # "Tom Reed spoke . A man said it was over . He left ."
    rows: list[Row] = [
        ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
        ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("A", 5, "det", "DET", "DT", "a"),
        ("man", 6, "nsubj", "NOUN", "NN", "man"),
        ("said", 6, "ROOT", "VERB", "VBD", "say"),
        ("it", 8, "nsubj", "PRON", "PRP", "it"),
        ("was", 6, "ccomp", "AUX", "VBD", "be"),
        ("over", 8, "acomp", "ADV", "RB", "over"),
        (".", 6, "punct", "PUNCT", ".", "."),
        ("He", 12, "nsubj", "PRON", "PRP", "he"),
        ("left", 12, "ROOT", "VERB", "VBD", "leave"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)])})
    assert _linked(doc, index, 11) is None


def _called(prep: str) -> list[Row]:
    """ "Iran tested a missile . France called <prep> it to stop ." with "it" at 8."""
    return [
        *_TESTED,
        ("France", 6, "nsubj", "PROPN", "NNP", "France"),
        ("called", 6, "ROOT", "VERB", "VBD", "call"),
        (prep, 6, "prep", "ADP", "IN", prep),
        ("it", 7, "pobj", "PRON", "PRP", "it"),
        ("to", 10, "aux", "PART", "TO", "to"),
        ("stop", 6, "xcomp", "VERB", "VB", "stop"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]


def test_the_object_of_a_verbs_preposition_is_not_its_subject() -> None:
    doc = hand_parsed(_called("on"))
    index = _coded(doc, {"Iran": ("GPE", "IRN", [(0, 1)]), "France": ("GPE", "FRA", [(5, 6)])})
    assert _linked(doc, index, 8) == "Iran"


def test_the_object_of_a_preposition_of_place_may_be_the_subject() -> None:
    # "France called near it": a preposition of place puts no argument of the verb there.
    doc = hand_parsed(_called("near"))
    index = _coded(doc, {"Iran": ("GPE", "IRN", [(0, 1)]), "France": ("GPE", "FRA", [(5, 6)])})
    assert _linked(doc, index, 8) == "France"


def test_the_object_of_a_coordinated_verb_is_not_the_subject_it_shares() -> None:
    # "Ed Lis spoke . Tom Reed left and thanked him .": Reed thanked, so "him" is Lis.
    rows: list[Row] = [
        ("Ed", 1, "compound", "PROPN", "NNP", "Ed"),
        ("Lis", 2, "nsubj", "PROPN", "NNP", "Lis"),
        ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("Tom", 5, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 6, "nsubj", "PROPN", "NNP", "Reed"),
        ("left", 6, "ROOT", "VERB", "VBD", "leave"),
        ("and", 6, "cc", "CCONJ", "CC", "and"),
        ("thanked", 6, "conj", "VERB", "VBD", "thank"),
        ("him", 8, "dobj", "PRON", "PRP", "him"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = _entities(doc, {"Ed Lis": ("PERSON", [(0, 2)]), "Tom Reed": ("PERSON", [(4, 6)])})
    assert _linked(doc, index, 9) == "Ed Lis"


def test_the_object_of_a_complement_is_not_the_object_that_controls_it() -> None:
    # "Tom Reed urged Ed Lis to thank him .": Lis thanks, so "him" is Reed.
    rows: list[Row] = [
        ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
        ("urged", 2, "ROOT", "VERB", "VBD", "urge"),
        ("Ed", 4, "compound", "PROPN", "NNP", "Ed"),
        ("Lis", 2, "dobj", "PROPN", "NNP", "Lis"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("thank", 2, "xcomp", "VERB", "VB", "thank"),
        ("him", 6, "dobj", "PRON", "PRP", "him"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "Ed Lis": ("PERSON", [(3, 5)])})
    assert _linked(doc, index, 7) == "Tom Reed"


def test_he_takes_the_subject_of_the_sentence_before_not_one_it_reports() -> None:
    """ "Reed said Park lied . He left .": the one who said it goes on, not the subject of what was said."""
    rows: list[Row] = [
        ("Reed", 1, "nsubj", "PROPN", "NNP", "Reed"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Park", 3, "nsubj", "PROPN", "NNP", "Park"),
        ("lied", 1, "ccomp", "VERB", "VBD", "lie"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("He", 6, "nsubj", "PRON", "PRP", "he"),
        ("left", 6, "ROOT", "VERB", "VBD", "leave"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = _entities(doc, {"Reed": ("PERSON", [(0, 1)]), "Park": ("PERSON", [(2, 3)])})
    assert _linked(doc, index, 5) == "Reed"


def test_i_outside_quotation_marks_is_the_writers() -> None:
    # "Kim met Lee . I lied , Lee said ." with no quotation marks: an op-ed's or a printed speech's "I" is its
    # writer's, not the person named last.
    rows = [r for i, r in enumerate(_I_LIED) if i not in (4, 8)]
    doc = hand_parsed([(w, h - (h > 4) - (h > 8), d, p, t, lemma) for w, h, d, p, t, lemma in rows])
    index = _entities(doc, {"Kim": ("PERSON", [(0, 1)]), "Lee": ("PERSON", [(2, 3), (7, 8)])})
    assert doc[4].text == "I" and _linked(doc, index, 4) is None


_ROLE_WORDS = read_table("role_words.tsv")


@pytest.mark.parametrize("row", [r for r in _ROLE_WORDS if r["kind"] != "means"], ids=lambda r: r["word"])
def test_every_open_modifier_leaves_its_role_open(row: dict[str, str]) -> None:
    # "the <word> senator said so ."
    rows = list(_SAID_SO)
    rows[1:1] = [(row["word"], 2, "amod", "ADJ", "JJ", row["word"])]
    rows = [(w, h + (i != 1 and h >= 1), d, p, t, lemma) for i, (w, h, d, p, t, lemma) in enumerate(rows)]
    assert open_role(hand_parsed(rows)[2]) == (row["kind"] == "open")


def test_a_word_before_the_word_before_a_role_leaves_it_taken() -> None:
    # "the first - term senator said so ."
    rows = list(_SAID_SO)
    rows[1:1] = [
        ("first", 3, "amod", "ADJ", "JJ", "first"),
        ("-", 3, "punct", "PUNCT", "HYPH", "-"),
        ("term", 4, "compound", "NOUN", "NN", "term"),
    ]
    shifted = [(w, h + 3 * (i not in (1, 2, 3) and h >= 1), d, p, t, x) for i, (w, h, d, p, t, x) in enumerate(rows)]
    doc = hand_parsed(shifted)
    assert doc[4].text == "senator" and not open_role(doc[4])


# "Sen. Ann Lee ( R - Fla. ) spoke . Tom Reed left . the Florida senator said so ."
_TAGGED: list[Row] = [
    ("Sen.", 2, "compound", "PROPN", "NNP", "Sen."),
    ("Ann", 2, "compound", "PROPN", "NNP", "Ann"),
    ("Lee", 8, "nsubj", "PROPN", "NNP", "Lee"),
    ("(", 2, "punct", "PUNCT", "-LRB-", "("),
    ("R", 6, "compound", "PROPN", "NNP", "R"),
    ("-", 6, "punct", "PUNCT", "HYPH", "-"),
    ("Fla.", 2, "appos", "PROPN", "NNP", "Fla."),
    (")", 2, "punct", "PUNCT", "-RRB-", ")"),
    ("spoke", 8, "ROOT", "VERB", "VBD", "speak"),
    (".", 8, "punct", "PUNCT", ".", "."),
    ("Tom", 11, "compound", "PROPN", "NNP", "Tom"),
    ("Reed", 12, "nsubj", "PROPN", "NNP", "Reed"),
    ("left", 12, "ROOT", "VERB", "VBD", "leave"),
    (".", 12, "punct", "PUNCT", ".", "."),
    ("the", 16, "det", "DET", "DT", "the"),
    ("Florida", 16, "compound", "PROPN", "NNP", "Florida"),
    ("senator", 17, "nsubj", "NOUN", "NN", "senator"),
    ("said", 17, "ROOT", "VERB", "VBD", "say"),
    ("so", 17, "advmod", "ADV", "RB", "so"),
    (".", 17, "punct", "PUNCT", ".", "."),
]
_TAGGED_PEOPLE = {"Ann Lee": ("PERSON", [(1, 3)]), "Tom Reed": ("PERSON", [(10, 12)])}


def test_a_title_written_short_gives_its_role() -> None:
    rows = [r for i, r in enumerate(_TAGGED) if i not in range(3, 8) and i != 15]
    rows = [(w, h - 5 * (h > 7) - (h > 15), d, p, t, lemma) for w, h, d, p, t, lemma in rows]
    doc = hand_parsed(rows)
    assert doc[10].text == "senator" and doc[10].head.text == "said"
    people = {"Ann Lee": ("PERSON", [(1, 3)]), "Tom Reed": ("PERSON", [(5, 7)])}
    assert _linked(doc, _entities(doc, people), 10) == "Ann Lee"


def test_a_legislators_tag_gives_the_state_a_role_phrase_narrows_to() -> None:
    # Tom Reed is the senator named last, but the tag made Ann Lee the one of Florida.
    rows = list(_TAGGED)
    rows[10] = ("Senator", 11, "compound", "PROPN", "NNP", "Senator")
    doc = hand_parsed(rows)
    assert _linked(doc, _entities(doc, _TAGGED_PEOPLE), 16) == "Ann Lee"


def test_a_role_phrase_set_beside_a_name_is_that_person() -> None:
    # "Tom Reed left . Ann Lee , the senator from Florida , said so ."
    rows: list[Row] = [
        ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
        ("left", 2, "ROOT", "VERB", "VBD", "leave"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("Ann", 5, "compound", "PROPN", "NNP", "Ann"),
        ("Lee", 13, "nsubj", "PROPN", "NNP", "Lee"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("the", 8, "det", "DET", "DT", "the"),
        ("senator", 5, "appos", "NOUN", "NN", "senator"),
        ("from", 8, "prep", "ADP", "IN", "from"),
        ("Florida", 9, "pobj", "PROPN", "NNP", "Florida"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("also", 13, "advmod", "ADV", "RB", "also"),
        ("said", 13, "ROOT", "VERB", "VBD", "say"),
        (".", 13, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, places=frozenset({10}))
    people = {"Tom Reed": ("PERSON", [(0, 2)]), "Ann Lee": ("PERSON", [(4, 6)])}
    assert _linked(doc, _entities(doc, people), 8) == "Ann Lee"


def test_the_former_holder_of_a_role_is_its_holder_when_none_was_called_former() -> None:
    # "President Ann Lee spoke . Tom Reed left . the former president said so ."
    rows = [r for i, r in enumerate(_TAGGED) if i not in range(3, 8)]
    rows[0] = ("President", 2, "compound", "PROPN", "NNP", "President")
    rows[10] = ("former", 16, "amod", "ADJ", "JJ", "former")
    rows[11] = ("president", 17, "nsubj", "NOUN", "NN", "president")
    doc = hand_parsed([(w, h - 5 * (h > 7), d, p, t, lemma) for w, h, d, p, t, lemma in rows])
    assert doc[11].head.text == "said"
    people = {"Ann Lee": ("PERSON", [(1, 3)]), "Tom Reed": ("PERSON", [(5, 7)])}
    assert _linked(doc, _entities(doc, people), 11) == "Ann Lee"


@pytest.mark.parametrize("row", [r for r in _ROLE_WORDS if r["kind"] != "open"], ids=lambda r: r["word"])
def test_every_title_and_narrowing_word_is_read(row: dict[str, str]) -> None:
    if row["kind"] == "means":
        assert meaning(row["word"]) == row["means"] != row["word"]
    else:
        assert narrows(row["word"]) and meaning(row["word"]) == row["word"]


# "Tom Reed praised Joe Park . He said Reed lied ."
_SAID_REED_LIED: list[Row] = [
    ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
    ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
    ("praised", 2, "ROOT", "VERB", "VBD", "praise"),
    ("Joe", 4, "compound", "PROPN", "NNP", "Joe"),
    ("Park", 2, "dobj", "PROPN", "NNP", "Park"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("He", 7, "nsubj", "PRON", "PRP", "he"),
    ("said", 7, "ROOT", "VERB", "VBD", "say"),
    ("Reed", 9, "nsubj", "PROPN", "NNP", "Reed"),
    ("lied", 7, "ccomp", "VERB", "VBD", "lie"),
    (".", 7, "punct", "PUNCT", ".", "."),
]
_REED_AND_PARK = {"Tom Reed": ("PERSON", [(0, 2), (8, 9)]), "Joe Park": ("PERSON", [(3, 5)])}


def test_a_pronoun_is_not_the_person_its_own_clause_names_after_it() -> None:
    doc = hand_parsed(_SAID_REED_LIED)
    assert _linked(doc, _entities(doc, _REED_AND_PARK), 6) == "Joe Park"


def test_a_pronoun_may_be_the_person_a_clause_joined_to_its_own_names() -> None:
    # "Tom Reed praised Joe Park . He left , but Reed stayed ."
    rows = [
        *_SAID_REED_LIED[:7],
        ("left", 7, "ROOT", "VERB", "VBD", "leave"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("but", 7, "cc", "CCONJ", "CC", "but"),
        ("Reed", 11, "nsubj", "PROPN", "NNP", "Reed"),
        ("stayed", 7, "conj", "VERB", "VBD", "stay"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    people = {"Tom Reed": ("PERSON", [(0, 2), (10, 11)]), "Joe Park": ("PERSON", [(3, 5)])}
    assert _linked(doc, _entities(doc, people), 6) == "Tom Reed"


def test_a_name_in_parentheses_after_a_pronoun_says_whom_it_stands_for() -> None:
    # "Tom Reed praised Joe Park . He ( Reed ) said so ."
    rows = [
        *_SAID_REED_LIED[:7],
        ("(", 6, "punct", "PUNCT", "-LRB-", "("),
        ("Reed", 6, "appos", "PROPN", "NNP", "Reed"),
        (")", 6, "punct", "PUNCT", "-RRB-", ")"),
        ("said", 10, "ROOT", "VERB", "VBD", "say"),
        ("so", 10, "advmod", "ADV", "RB", "so"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    rows[6] = ("He", 10, "nsubj", "PRON", "PRP", "he")
    doc = hand_parsed(rows)
    people = {"Tom Reed": ("PERSON", [(0, 2), (8, 9)]), "Joe Park": ("PERSON", [(3, 5)])}
    assert _linked(doc, _entities(doc, people), 6) == "Tom Reed"


# "Iran hosted Acme . It said so ."
_IT_SAID: list[Row] = [
    ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
    ("hosted", 1, "ROOT", "VERB", "VBD", "host"),
    ("Acme", 1, "dobj", "PROPN", "NNP", "Acme"),
    (".", 1, "punct", "PUNCT", ".", "."),
    ("It", 5, "nsubj", "PRON", "PRP", "it"),
    ("said", 5, "ROOT", "VERB", "VBD", "say"),
    ("so", 5, "advmod", "ADV", "RB", "so"),
    (".", 5, "punct", "PUNCT", ".", "."),
]


def test_it_that_says_something_is_a_body_not_a_country() -> None:
    doc = hand_parsed(_IT_SAID)
    index = _entities(doc, {"Iran": ("GPE", [(0, 1)]), "Acme": ("ORG", [(2, 3)])})
    assert _linked(doc, index, 4) == "Acme"
    rows = list(_IT_SAID)
    rows[5] = ("hoped", 5, "ROOT", "VERB", "VBD", "hope")
    hoping = hand_parsed(rows)
    assert _linked(hoping, _entities(hoping, {"Iran": ("GPE", [(0, 1)]), "Acme": ("ORG", [(2, 3)])}), 4) == "Iran"


def test_it_that_says_something_is_no_country_whatever_comes_before() -> None:
    doc = hand_parsed(_IT_SAID)
    assert _linked(doc, _entities(doc, {"Iran": ("GPE", [(0, 1)])}), 4) is None


def test_they_who_report_a_quotation_are_no_subject_inside_it() -> None:
    # "“ Prices will rise , ” they argued ."
    rows: list[Row] = [
        ("“", 7, "punct", "PUNCT", "``", "“"),
        ("Prices", 3, "nsubj", "NOUN", "NNS", "price"),
        ("will", 3, "aux", "AUX", "MD", "will"),
        ("rise", 7, "ccomp", "VERB", "VB", "rise"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("”", 7, "punct", "PUNCT", "''", "”"),
        ("they", 7, "nsubj", "PRON", "PRP", "they"),
        ("argued", 7, "ROOT", "VERB", "VBD", "argue"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, joined=frozenset({0, 3, 4}))
    assert doc.text.startswith("“Prices will rise,”")
    assert resolve_coreference(doc, EntityIndex([])).group(doc[6]) is None


def test_a_senator_no_title_named_is_the_one_legislator_the_tables_know() -> None:
    # "Ann Lee praised Tom Reed . <a sentence of filler> . the Vermont senator said so ."
    filler = ["the", "crowd", "in", "the", "old", "hall", "of", "the", "small", "town", "waited", "for", "hours"]
    filler += ["in", "the", "cold", "rain"]
    rows: list[Row] = [
        ("Ann", 1, "compound", "PROPN", "NNP", "Ann"),
        ("Lee", 2, "nsubj", "PROPN", "NNP", "Lee"),
        ("praised", 2, "ROOT", "VERB", "VBD", "praise"),
        ("Tom", 4, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 2, "dobj", "PROPN", "NNP", "Reed"),
        (".", 2, "punct", "PUNCT", ".", "."),
        *((word, 6, "dep", "NOUN", "NN", word) for word in filler),
    ]
    start = len(rows)
    rows += [
        ("the", start + 2, "det", "DET", "DT", "the"),
        ("Vermont", start + 2, "compound", "PROPN", "NNP", "Vermont"),
        ("senator", start + 3, "nsubj", "NOUN", "NN", "senator"),
        ("said", start + 3, "ROOT", "VERB", "VBD", "say"),
        ("so", start + 3, "advmod", "ADV", "RB", "so"),
        (".", start + 3, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    senator = start + 2
    assert doc[senator].text == "senator" and doc[senator].idx - doc[4].idx > 80
    people = {"Ann Lee": ("PERSON", "USAGOV", [(0, 2)]), "Tom Reed": ("PERSON", "USALEG", [(3, 5)])}
    assert _linked(doc, _coded(doc, people), senator) == "Tom Reed"
    two = {"Ann Lee": ("PERSON", "USALEG", [(0, 2)]), "Tom Reed": ("PERSON", "USALEG", [(3, 5)])}
    assert _linked(doc, _coded(doc, two), senator) is None  # two legislators: which one is unclear


def test_a_pronoun_inside_the_quotation_a_role_noun_reports_is_no_clue_to_who_it_is() -> None:
    # "Obama spoke . “ He failed , ” the senator said .": "He" was read as if the unknown speaker said it.
    rows = list(_SENATOR_SAID)
    rows[1] = ("He", 2, "nsubj", "PRON", "PRP", "he")
    doc = hand_parsed(_role_after(rows), joined=frozenset({3, 5, 6}))
    assert doc[4].text == "He" and doc[9].text == "senator"
    index = _entities(doc, {"Barack Obama": ("PERSON", [(0, 1)])})
    assert _linked(doc, index, 4) == "Barack Obama"
    assert _linked(doc, index, 9) == "Barack Obama"


# "Delegates who said they back Clinton waited ."
_WHO_SAID_THEY: list[Row] = [
    ("Delegates", 6, "nsubj", "NOUN", "NNS", "delegate"),
    ("who", 2, "nsubj", "PRON", "WP", "who"),
    ("said", 0, "relcl", "VERB", "VBD", "say"),
    ("they", 4, "nsubj", "PRON", "PRP", "they"),
    ("back", 2, "ccomp", "VERB", "VBP", "back"),
    ("Clinton", 4, "dobj", "PROPN", "NNP", "Clinton"),
    ("waited", 6, "ROOT", "VERB", "VBD", "wait"),
    (".", 6, "punct", "PUNCT", ".", "."),
]


def test_they_in_a_relative_clause_is_the_noun_the_clause_describes() -> None:
    doc = hand_parsed(_WHO_SAID_THEY)
    assert resolve_coreference(doc, EntityIndex([])).group(doc[3]) == (0, len("Delegates"))


# "Tom Giles met Bob Ray . Giles left . He said it was over ." (the entity step left the second "Giles" out)
_GILES_LEFT: list[Row] = [
    ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
    ("Giles", 2, "nsubj", "PROPN", "NNP", "Giles"),
    ("met", 2, "ROOT", "VERB", "VBD", "meet"),
    ("Bob", 4, "compound", "PROPN", "NNP", "Bob"),
    ("Ray", 2, "dobj", "PROPN", "NNP", "Ray"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("Giles", 7, "nsubj", "NOUN", "NNS", "giles"),
    ("left", 7, "ROOT", "VERB", "VBD", "leave"),
    (".", 7, "punct", "PUNCT", ".", "."),
    ("He", 10, "nsubj", "PRON", "PRP", "he"),
    ("said", 10, "ROOT", "VERB", "VBD", "say"),
    ("it", 12, "nsubj", "PRON", "PRP", "it"),
    ("was", 10, "ccomp", "AUX", "VBD", "be"),
    ("over", 12, "acomp", "ADV", "RB", "over"),
    (".", 10, "punct", "PUNCT", ".", "."),
]


def test_a_surname_the_entity_step_left_out_is_still_a_mention_of_its_person() -> None:
    doc = hand_parsed(_GILES_LEFT)
    index = _entities(doc, {"Tom Giles": ("PERSON", [(0, 2)]), "Bob Ray": ("PERSON", [(3, 5)])})
    assert _linked(doc, index, 9) == "Tom Giles"


# "Tom Reed met Kim Lee . He warned , “Go ,” Reed told Lee ."
_WARNED: list[Row] = [
    ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
    ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
    ("met", 2, "ROOT", "VERB", "VBD", "meet"),
    ("Kim", 4, "compound", "PROPN", "NNP", "Kim"),
    ("Lee", 2, "dobj", "PROPN", "NNP", "Lee"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("He", 7, "nsubj", "PRON", "PRP", "he"),
    ("warned", 7, "ROOT", "VERB", "VBD", "warn"),
    (",", 7, "punct", "PUNCT", ",", ","),
    ("“", 14, "punct", "PUNCT", "``", "“"),
    ("Go", 14, "ccomp", "VERB", "VB", "go"),
    (",", 14, "punct", "PUNCT", ",", ","),
    ("”", 14, "punct", "PUNCT", "''", "”"),
    ("Reed", 14, "nsubj", "PROPN", "NNP", "Reed"),
    ("told", 7, "ccomp", "VERB", "VBD", "tell"),
    ("Lee", 14, "dobj", "PROPN", "NNP", "Lee"),
    (".", 7, "punct", "PUNCT", ".", "."),
]


def test_a_name_reporting_a_quotation_after_a_pronoun_does_not_say_who_the_pronoun_is_not() -> None:
    doc = hand_parsed(_WARNED, joined=frozenset({9, 10, 11}))
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2), (13, 14)]), "Kim Lee": ("PERSON", [(3, 5), (15, 16)])})
    assert _linked(doc, index, 6) == "Tom Reed"


# "Tom Reed met Bob Eaton . “Eaton won . I need him .”"
_NEED_HIM: list[Row] = [
    ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
    ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
    ("met", 2, "ROOT", "VERB", "VBD", "meet"),
    ("Bob", 4, "compound", "PROPN", "NNP", "Bob"),
    ("Eaton", 2, "dobj", "PROPN", "NNP", "Eaton"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("“", 8, "punct", "PUNCT", "``", "“"),
    ("Eaton", 8, "nsubj", "PROPN", "NNP", "Eaton"),
    ("won", 8, "ROOT", "VERB", "VBD", "win"),
    (".", 8, "punct", "PUNCT", ".", "."),
    ("I", 11, "nsubj", "PRON", "PRP", "I"),
    ("need", 11, "ROOT", "VERB", "VBP", "need"),
    ("him", 11, "dobj", "PRON", "PRP", "he"),
    (".", 11, "punct", "PUNCT", ".", "."),
    ("”", 11, "punct", "PUNCT", "''", "”"),
]


def test_the_i_of_a_quotation_is_not_whom_it_names_nor_its_him() -> None:
    doc = hand_parsed(_NEED_HIM, joined=frozenset({6, 8, 12, 13}))
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "Bob Eaton": ("PERSON", [(3, 5), (7, 8)])})
    assert _linked(doc, index, 10) == "Tom Reed"
    assert _linked(doc, index, 12) == "Bob Eaton"


# "Tom Reed called Bob Ray . Bob Ray , chairman , but he did call ." (the parser made the second "Ray" the root)
_ROOT_NAME: list[Row] = [
    ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
    ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
    ("called", 2, "ROOT", "VERB", "VBD", "call"),
    ("Bob", 4, "compound", "PROPN", "NNP", "Bob"),
    ("Ray", 2, "dobj", "PROPN", "NNP", "Ray"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("Bob", 7, "compound", "PROPN", "NNP", "Bob"),
    ("Ray", 7, "ROOT", "PROPN", "NNP", "Ray"),
    (",", 7, "punct", "PUNCT", ",", ","),
    ("chairman", 7, "appos", "NOUN", "NN", "chairman"),
    (",", 7, "punct", "PUNCT", ",", ","),
    ("but", 7, "cc", "CCONJ", "CC", "but"),
    ("he", 14, "nsubj", "PRON", "PRP", "he"),
    ("did", 14, "aux", "AUX", "VBD", "do"),
    ("call", 7, "conj", "VERB", "VB", "call"),
    (".", 14, "punct", "PUNCT", ".", "."),
]


def test_a_name_the_parser_made_the_root_of_a_sentence_with_a_verb_is_its_subject() -> None:
    doc = hand_parsed(_ROOT_NAME)
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "Bob Ray": ("PERSON", [(3, 5), (6, 8)])})
    assert _linked(doc, index, 12) == "Bob Ray"


# "The aides met Tom Reed . They said it was over ."
_AIDES: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("aides", 2, "nsubj", "NOUN", "NNS", "aide"),
    ("met", 2, "ROOT", "VERB", "VBD", "meet"),
    ("Tom", 4, "compound", "PROPN", "NNP", "Tom"),
    ("Reed", 2, "dobj", "PROPN", "NNP", "Reed"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("They", 7, "nsubj", "PRON", "PRP", "they"),
    ("said", 7, "ROOT", "VERB", "VBD", "say"),
    ("it", 9, "nsubj", "PRON", "PRP", "it"),
    ("was", 7, "ccomp", "AUX", "VBD", "be"),
    ("over", 9, "acomp", "ADV", "RB", "over"),
    (".", 7, "punct", "PUNCT", ".", "."),
]


def test_they_with_no_subject_before_it_is_the_plural_subject_of_the_sentence_before() -> None:
    doc = hand_parsed(_AIDES)
    index = _entities(doc, {"Tom Reed": ("PERSON", [(3, 5)])})
    group = resolve_coreference(doc, index).group(doc[6])
    assert group is not None and doc.text[group[0] : group[1]] == "The aides"
    rows = list(_AIDES)
    rows[1] = ("aide", 2, "nsubj", "NOUN", "NN", "aide")
    doc = hand_parsed(rows)
    assert resolve_coreference(doc, _entities(doc, {"Tom Reed": ("PERSON", [(3, 5)])})).group(doc[6]) is None


# "Bob Ray , a senator , met Tom Reed , a senator . The senator opened a rally blasting Reed ."
_BLASTING: list[Row] = [
    ("Bob", 1, "compound", "PROPN", "NNP", "Bob"),
    ("Ray", 6, "nsubj", "PROPN", "NNP", "Ray"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("a", 4, "det", "DET", "DT", "a"),
    ("senator", 1, "appos", "NOUN", "NN", "senator"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("met", 6, "ROOT", "VERB", "VBD", "meet"),
    ("Tom", 8, "compound", "PROPN", "NNP", "Tom"),
    ("Reed", 6, "dobj", "PROPN", "NNP", "Reed"),
    (",", 8, "punct", "PUNCT", ",", ","),
    ("a", 11, "det", "DET", "DT", "a"),
    ("senator", 8, "appos", "NOUN", "NN", "senator"),
    (".", 6, "punct", "PUNCT", ".", "."),
    ("The", 14, "det", "DET", "DT", "the"),
    ("senator", 15, "nsubj", "NOUN", "NN", "senator"),
    ("opened", 15, "ROOT", "VERB", "VBD", "open"),
    ("a", 17, "det", "DET", "DT", "a"),
    ("rally", 15, "dobj", "NOUN", "NN", "rally"),
    ("blasting", 17, "acl", "VERB", "VBG", "blast"),
    ("Reed", 18, "dobj", "PROPN", "NNP", "Reed"),
    (".", 15, "punct", "PUNCT", ".", "."),
]


def test_a_role_phrase_is_not_the_object_of_what_it_does_in_a_clause_of_no_subject() -> None:
    doc = hand_parsed(_BLASTING)
    index = _entities(doc, {"Bob Ray": ("PERSON", [(0, 2)]), "Tom Reed": ("PERSON", [(7, 9), (19, 20)])})
    assert _linked(doc, index, 14) == "Bob Ray"


def _party_member_doc(letter: str) -> tuple[Doc, EntityIndex]:
    """ "Sen. Ann Lee (<letter>-Fla.) spoke . Tom Reed left . the Florida Republican said so .", the tagger's
    "Republican" a mention of the party."""
    rows = list(_TAGGED)
    rows[4] = (letter, 6, "compound", "PROPN", "NNP", letter)
    rows[16] = ("Republican", 17, "nsubj", "PROPN", "NNP", "Republican")
    doc = hand_parsed(rows)
    people = _entities(doc, _TAGGED_PEOPLE)
    party = Entity("P", "Republican Party", "ORG", ((doc[16].idx, doc[16].idx + 10),), "USAPTY", "USA", "PTY")
    return doc, EntityIndex([*people, party])


def test_the_states_republican_is_the_member_the_article_gave_that_party_and_state() -> None:
    doc, index = _party_member_doc("R")
    assert party_member(doc[16], index)
    assert _linked(doc, index, 16) == "Ann Lee"
    # The quote reads the member, not the party the tagger's mention names.
    assert resolve_speaker(doc[16], speaker_span(doc[16]), index, cue=doc[17]).name == "Ann Lee"


def test_a_party_member_phrase_is_no_one_of_another_party() -> None:
    doc, index = _party_member_doc("D")
    assert _linked(doc, index, 16) != "Ann Lee"


def test_a_party_name_qualifying_a_noun_or_plural_is_the_party_not_a_member() -> None:
    doc, index = _party_member_doc("R")
    republican = doc[16]
    republican.dep_ = "compound"  # "the Florida Republican senator"
    assert not party_member(republican, index)
    republican.dep_, republican.tag_ = "nsubj", "NNPS"  # "the Florida Republicans"
    assert not party_member(republican, index)


def test_a_party_member_phrases_own_words_are_not_written_beside_the_person_before_it() -> None:
    # "Republican Ann Lee 's aide spoke . the Florida Republican said so .": no one was called of Florida; the
    # phrase's own "Florida", within reach of her name, is no word written beside her (and the telling went on with
    # her aide, whom the article does not name).
    rows: list[Row] = [
        ("Republican", 2, "compound", "PROPN", "NNP", "Republican"),
        ("Ann", 2, "compound", "PROPN", "NNP", "Ann"),
        ("Lee", 4, "poss", "PROPN", "NNP", "Lee"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("aide", 5, "nsubj", "NOUN", "NN", "aide"),
        ("spoke", 5, "ROOT", "VERB", "VBD", "speak"),
        (".", 5, "punct", "PUNCT", ".", "."),
        ("the", 9, "det", "DET", "DT", "the"),
        ("Florida", 9, "compound", "PROPN", "NNP", "Florida"),
        ("Republican", 10, "nsubj", "PROPN", "NNP", "Republican"),
        ("said", 10, "ROOT", "VERB", "VBD", "say"),
        ("so", 10, "advmod", "ADV", "RB", "so"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, joined=frozenset({2}))
    party = ((doc[0].idx, doc[0].idx + 10), (doc[9].idx, doc[9].idx + 10))
    person = _entities(doc, {"Ann Lee": ("PERSON", [(1, 3)])})
    index = EntityIndex([*person, Entity("P", "Republican Party", "ORG", party, "USAPTY", "USA", "PTY")])
    assert party_member(doc[9], index)
    assert _linked(doc, index, 9) is None


def _goes_on(verb: tuple[str, str], word: str = "candidate") -> tuple[Doc, EntityIndex]:
    """ "Tom Reed spoke about the farmers of the valley and the towns along the river for an hour . the Ohio <word>
    <verb> .", Reed named too far back for the word to be beside him; "Republican" a mention of the party."""
    rows = [
        ("Tom", "Tom", "Reed", "compound", "PROPN", "NNP", "Tom"),
        ("Reed", "Reed", "spoke", "nsubj", "PROPN", "NNP", "Reed"),
        ("spoke", "spoke", "spoke", "ROOT", "VERB", "VBD", "speak"),
        ("about", "about", "spoke", "prep", "ADP", "IN", "about"),
        ("the1", "the", "farmers", "det", "DET", "DT", "the"),
        ("farmers", "farmers", "about", "pobj", "NOUN", "NNS", "farmer"),
        ("of", "of", "farmers", "prep", "ADP", "IN", "of"),
        ("the2", "the", "valley", "det", "DET", "DT", "the"),
        ("valley", "valley", "of", "pobj", "NOUN", "NN", "valley"),
        ("and", "and", "farmers", "cc", "CCONJ", "CC", "and"),
        ("the3", "the", "towns", "det", "DET", "DT", "the"),
        ("towns", "towns", "farmers", "conj", "NOUN", "NNS", "town"),
        ("along", "along", "towns", "prep", "ADP", "IN", "along"),
        ("the4", "the", "river", "det", "DET", "DT", "the"),
        ("river", "river", "along", "pobj", "NOUN", "NN", "river"),
        ("for", "for", "spoke", "prep", "ADP", "IN", "for"),
        ("an", "an", "hour", "det", "DET", "DT", "an"),
        ("hour", "hour", "for", "pobj", "NOUN", "NN", "hour"),
        (".1", ".", "spoke", "punct", "PUNCT", ".", "."),
        ("the5", "the", word, "det", "DET", "DT", "the"),
        ("Ohio", "Ohio", word, "compound", "PROPN", "NNP", "Ohio"),
        (word, word, verb[0], "nsubj", *(("PROPN", "NNP") if word == "Republican" else ("NOUN", "NN")), word.lower()),
        (verb[0], verb[0], verb[0], "ROOT", "VERB", "VBD", verb[1]),
        (".2", ".", verb[0], "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(_keyed(rows))
    person = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)])})
    at = doc[21].idx
    party = Entity("P", "Republican Party", "ORG", ((at, at + len(word)),), "USAPTY", "USA", "PTY")
    return doc, EntityIndex([*person, party] if word == "Republican" else person)


def test_a_role_phrase_acting_as_the_subject_of_a_main_clause_goes_on_with_the_subject_before() -> None:
    # "the Ohio candidate survived": as "he survived" would, the person the sentence before was about.
    doc, index = _goes_on(("survived", "survive"))
    assert _linked(doc, index, 21) == "Tom Reed"
    doc, index = _goes_on(("realized", "realize"))  # a verb of thought: who realized may be anyone
    assert _linked(doc, index, 21) is None


def test_a_party_member_phrase_goes_on_with_the_subject_before() -> None:
    doc, index = _goes_on(("survived", "survive"), word="Republican")
    assert party_member(doc[21], index)
    assert _linked(doc, index, 21) == "Tom Reed"


def _it_said(place_sector: str | None) -> tuple[Doc, EntityIndex]:
    """ "Lee visited Iowa . It said no ." with Iowa coded as the tables code a US state (country code, no sector), or
    as an organisation of that sector."""
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("visited", 1, "ROOT", "VERB", "VBD", "visit"),
            ("Iowa", 1, "dobj", "PROPN", "NNP", "Iowa"),
            (".", 1, "punct", "PUNCT", ".", "."),
            ("It", 5, "nsubj", "PRON", "PRP", "it"),
            ("said", 5, "ROOT", "VERB", "VBD", "say"),
            ("no", 5, "dobj", "INTJ", "UH", "no"),
            (".", 5, "punct", "PUNCT", ".", "."),
        ]
    )
    iowa = (doc[2].idx, doc[2].idx + 4)
    code = "USA" + (place_sector or "")
    index = EntityIndex(
        [
            Entity("E1", "Lee", "PERSON", ((0, 3),)),
            Entity("E2", "Iowa", "ORG", (iowa,), code, "USA", place_sector),
        ]
    )
    return doc, index


def test_it_said_is_no_us_state_the_entity_step_typed_an_organisation() -> None:
    doc, index = _it_said(None)
    assert _linked(doc, index, 4) is None
    doc, index = _it_said("BUS")
    assert _linked(doc, index, 4) == "Iowa"


def test_he_in_a_clause_below_a_report_is_the_reporter_not_a_subject_beside_it() -> None:
    # "Tom Reed said having John Lee stay helps if he wins .": "if he wins" hangs on "helps", said by Reed; Lee is the
    # subject of a clause beside it, not above it.
    doc = hand_parsed(
        [
            ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
            ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
            ("said", 2, "ROOT", "VERB", "VBD", "say"),
            ("having", 7, "csubj", "VERB", "VBG", "have"),
            ("John", 5, "compound", "PROPN", "NNP", "John"),
            ("Lee", 6, "nsubj", "PROPN", "NNP", "Lee"),
            ("stay", 3, "ccomp", "VERB", "VB", "stay"),
            ("helps", 2, "ccomp", "VERB", "VBZ", "help"),
            ("if", 10, "mark", "SCONJ", "IN", "if"),
            ("he", 10, "nsubj", "PRON", "PRP", "he"),
            ("wins", 7, "advcl", "VERB", "VBZ", "win"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "John Lee": ("PERSON", [(4, 6)])})
    assert _linked(doc, index, 9) == "Tom Reed"


def test_he_inside_a_quotation_is_not_the_last_speaker_outside_it() -> None:
    # "Tom Reed said so . Voters cheered John Lee . “He agreed,” Ann Wu said .": the quotation's "he" is someone Ann Wu
    # speaks of, the man named last, not Reed, who spoke last.
    doc = hand_parsed(
        [
            ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
            ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
            ("said", 2, "ROOT", "VERB", "VBD", "say"),
            ("so", 2, "advmod", "ADV", "RB", "so"),
            (".", 2, "punct", "PUNCT", ".", "."),
            ("Voters", 6, "nsubj", "NOUN", "NNS", "voter"),
            ("cheered", 6, "ROOT", "VERB", "VBD", "cheer"),
            ("John", 8, "compound", "PROPN", "NNP", "John"),
            ("Lee", 6, "dobj", "PROPN", "NNP", "Lee"),
            (".", 6, "punct", "PUNCT", ".", "."),
            ("“", 12, "punct", "PUNCT", "``", "“"),
            ("He", 12, "nsubj", "PRON", "PRP", "he"),
            ("agreed", 17, "ccomp", "VERB", "VBD", "agree"),
            (",", 12, "punct", "PUNCT", ",", ","),
            ("”", 17, "punct", "PUNCT", "''", "”"),
            ("Ann", 16, "compound", "PROPN", "NNP", "Ann"),
            ("Wu", 17, "nsubj", "PROPN", "NNP", "Wu"),
            ("said", 17, "ROOT", "VERB", "VBD", "say"),
            (".", 17, "punct", "PUNCT", ".", "."),
        ],
        joined=frozenset({10, 12, 13}),
    )
    index = _entities(
        doc, {"Tom Reed": ("PERSON", [(0, 2)]), "John Lee": ("PERSON", [(7, 9)]), "Ann Wu": ("PERSON", [(15, 17)])}
    )
    assert _linked(doc, index, 11) == "John Lee"


def test_the_subject_of_what_a_trailing_they_say_reports_is_not_who_they_are() -> None:
    # "The aides met . The rules are unfair , they say .": "the rules" are what is said, the aides say it.
    doc = hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("aides", 2, "nsubj", "NOUN", "NNS", "aide"),
            ("met", 2, "ROOT", "VERB", "VBD", "meet"),
            (".", 2, "punct", "PUNCT", ".", "."),
            ("The", 5, "det", "DET", "DT", "the"),
            ("rules", 6, "nsubj", "NOUN", "NNS", "rule"),
            ("are", 10, "ccomp", "AUX", "VBP", "be"),
            ("unfair", 6, "acomp", "ADJ", "JJ", "unfair"),
            (",", 10, "punct", "PUNCT", ",", ","),
            ("they", 10, "nsubj", "PRON", "PRP", "they"),
            ("say", 10, "ROOT", "VERB", "VBP", "say"),
            (".", 10, "punct", "PUNCT", ".", "."),
        ]
    )
    group = resolve_coreference(doc, EntityIndex(())).group(doc[9])
    assert group is not None and doc.text[group[0] : group[1]] == "The aides"


def test_he_under_clauses_of_a_woman_is_the_man_they_act_on() -> None:
    # "Bob Fox spoke . Ann Lee tangled with Tom Reed , saying she was appalled that he lied .": the clauses above "he"
    # have women for subjects; he is the man Ann Lee tangled with, not the subject of the sentence before.
    doc = hand_parsed(
        [
            ("Bob", 1, "compound", "PROPN", "NNP", "Bob"),
            ("Fox", 2, "nsubj", "PROPN", "NNP", "Fox"),
            ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
            (".", 2, "punct", "PUNCT", ".", "."),
            ("Ann", 5, "compound", "PROPN", "NNP", "Ann"),
            ("Lee", 6, "nsubj", "PROPN", "NNP", "Lee"),
            ("tangled", 6, "ROOT", "VERB", "VBD", "tangle"),
            ("with", 6, "prep", "ADP", "IN", "with"),
            ("Tom", 9, "compound", "PROPN", "NNP", "Tom"),
            ("Reed", 7, "pobj", "PROPN", "NNP", "Reed"),
            (",", 6, "punct", "PUNCT", ",", ","),
            ("saying", 6, "advcl", "VERB", "VBG", "say"),
            ("she", 14, "nsubjpass", "PRON", "PRP", "she"),
            ("was", 14, "auxpass", "AUX", "VBD", "be"),
            ("appalled", 11, "ccomp", "VERB", "VBN", "appall"),
            ("that", 17, "mark", "SCONJ", "IN", "that"),
            ("he", 17, "nsubj", "PRON", "PRP", "he"),
            ("lied", 14, "ccomp", "VERB", "VBD", "lie"),
            (".", 6, "punct", "PUNCT", ".", "."),
        ]
    )
    index = _entities(
        doc, {"Bob Fox": ("PERSON", [(0, 2)]), "Ann Lee": ("PERSON", [(4, 6)]), "Tom Reed": ("PERSON", [(8, 10)])}
    )
    assert _linked(doc, index, 16) == "Tom Reed"


def test_one_who_thinks_inside_a_quotation_is_not_the_last_speaker_after_it() -> None:
    # "Tom Reed said so . “Lee thinks so ,” he said .": Lee is whom Reed's words are about, Reed still speaks.
    doc = hand_parsed(
        [
            ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
            ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
            ("said", 2, "ROOT", "VERB", "VBD", "say"),
            ("so", 2, "advmod", "ADV", "RB", "so"),
            (".", 2, "punct", "PUNCT", ".", "."),
            ("“", 12, "punct", "PUNCT", "``", "“"),
            ("Lee", 7, "nsubj", "PROPN", "NNP", "Lee"),
            ("thinks", 12, "ccomp", "VERB", "VBZ", "think"),
            ("so", 7, "advmod", "ADV", "RB", "so"),
            (",", 7, "punct", "PUNCT", ",", ","),
            ("”", 12, "punct", "PUNCT", "''", "”"),
            ("he", 12, "nsubj", "PRON", "PRP", "he"),
            ("said", 12, "ROOT", "VERB", "VBD", "say"),
            (".", 12, "punct", "PUNCT", ".", "."),
        ],
        joined=frozenset({5, 8, 9}),
    )
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "Lee": ("PERSON", [(6, 7)])})
    assert _linked(doc, index, 11) == "Tom Reed"


# "Chris Lane made the case that Tom Reed is not ready . He said so ." : "Chris" marks no sex, "Tom" a man.
_MADE_THE_CASE: list[Row] = [
    ("Chris", 1, "compound", "PROPN", "NNP", "Chris"),
    ("Lane", 2, "nsubj", "PROPN", "NNP", "Lane"),
    ("made", 2, "ROOT", "VERB", "VBD", "make"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("case", 2, "dobj", "NOUN", "NN", "case"),
    ("that", 10, "mark", "SCONJ", "IN", "that"),
    ("Tom", 7, "compound", "PROPN", "NNP", "Tom"),
    ("Reed", 8, "nsubj", "PROPN", "NNP", "Reed"),
    ("is", 4, "acl", "AUX", "VBZ", "be"),
    ("not", 8, "neg", "PART", "RB", "not"),
    ("ready", 8, "acomp", "ADJ", "JJ", "ready"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("He", 13, "nsubj", "PRON", "PRP", "he"),
    ("said", 13, "ROOT", "VERB", "VBD", "say"),
    ("so", 13, "advmod", "ADV", "RB", "so"),
    (".", 13, "punct", "PUNCT", ".", "."),
]


def test_the_subject_of_a_reported_clause_does_not_displace_the_subject_before() -> None:
    # Reed's gender is known and Lane's is not, but Lane is the one the sentence before is about.
    doc = hand_parsed(_MADE_THE_CASE)
    index = _entities(doc, {"Chris Lane": ("PERSON", [(0, 2)]), "Tom Reed": ("PERSON", [(6, 8)])})
    assert _linked(doc, index, 12) == "Chris Lane"


def test_the_reported_subject_may_still_be_a_pronoun_inside_a_clause() -> None:
    # "…. Sources said he was wrong ." : a "he" inside a reported clause is not carried by the subject before.
    rows = [
        *_MADE_THE_CASE[:12],
        ("Sources", 13, "nsubj", "NOUN", "NNS", "source"),
        ("said", 13, "ROOT", "VERB", "VBD", "say"),
        ("he", 15, "nsubj", "PRON", "PRP", "he"),
        ("was", 13, "ccomp", "AUX", "VBD", "be"),
        ("wrong", 15, "acomp", "ADJ", "JJ", "wrong"),
        (".", 13, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = _entities(doc, {"Chris Lane": ("PERSON", [(0, 2)]), "Tom Reed": ("PERSON", [(6, 8)])})
    assert _linked(doc, index, 14) == "Tom Reed"


# "Acme said X . The Republican Party said Y . The <noun> said Z ." : Acme is a body no table codes, the party is one.
def _bodies(noun: str) -> tuple[Doc, EntityIndex]:
    rows: list[Row] = [
        ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("X", 1, "ccomp", "NOUN", "NN", "x"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("The", 6, "det", "DET", "DT", "the"),
        ("Republican", 6, "compound", "PROPN", "NNP", "Republican"),
        ("Party", 7, "nsubj", "PROPN", "NNP", "Party"),
        ("said", 7, "ROOT", "VERB", "VBD", "say"),
        ("Y", 7, "ccomp", "NOUN", "NN", "y"),
        (".", 7, "punct", "PUNCT", ".", "."),
        ("The", 11, "det", "DET", "DT", "the"),
        (noun, 12, "nsubj", "NOUN", "NN", noun),
        ("said", 12, "ROOT", "VERB", "VBD", "say"),
        ("Z", 12, "ccomp", "NOUN", "NN", "z"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    acme = Entity("E1", "Acme", "ORG", ((doc[0].idx, doc[0].idx + 4),))
    party = Entity("E2", "Republican Party", "ORG", ((doc[4].idx, doc[6].idx + 5),), "USAPTY", "USA", "PTY")
    return doc, EntityIndex([acme, party])


def test_the_company_is_the_nearest_company_not_the_party_named_after_it() -> None:
    doc, index = _bodies("company")
    assert _linked(doc, index, 11) == "Acme"


def test_the_campaign_is_no_body_it_does_not_name() -> None:
    doc, index = _bodies("campaign")
    assert _linked(doc, index, 11) is None


def test_the_party_is_still_the_party() -> None:
    doc, index = _bodies("party")
    assert _linked(doc, index, 11) == "Republican Party"


@pytest.mark.parametrize(("subject", "lemma", "expected"), [("report", "report", None), ("Lee", "Lee", "Acme")])
def test_it_after_a_document_subject_is_the_document_not_a_body_it_names(
    subject: str, lemma: str, expected: str | None
) -> None:
    # "The report named Acme . It said so .": "it" is the report; "The Lee named Acme . It said so ." is Acme's.
    pos, tag = ("NOUN", "NN") if subject == "report" else ("PROPN", "NNP")
    doc = hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            (subject, 2, "nsubj", pos, tag, lemma),
            ("named", 2, "ROOT", "VERB", "VBD", "name"),
            ("Acme", 2, "dobj", "PROPN", "NNP", "Acme"),
            (".", 2, "punct", "PUNCT", ".", "."),
            ("It", 6, "nsubj", "PRON", "PRP", "it"),
            ("said", 6, "ROOT", "VERB", "VBD", "say"),
            ("so", 6, "advmod", "ADV", "RB", "so"),
            (".", 6, "punct", "PUNCT", ".", "."),
        ]
    )
    index = _entities(doc, {"Acme": ("ORG", [(3, 4)])})
    assert _linked(doc, index, 5) == expected


def _keyed(rows: list[tuple[str, str, str, str, str, str, str]]) -> list[Row]:
    """Rows whose head is named by a key (the row's own first field), not counted: (key, word, head key, dep, pos,
    tag, lemma)."""
    at = {key: i for i, (key, *_) in enumerate(rows)}
    return [(word, at[head], dep, pos, tag, lemma) for _, word, head, dep, pos, tag, lemma in rows]


def _candidate_said(
    verb: tuple[str, str] = ("said", "say"), modifier: str | None = None, between: bool = False
) -> str | None:
    """Whom "the candidate" stands for in "Tom Reed spoke . [More troubling was the cost .] “It works well for the
    farmers of the valley and for the towns along the river, ” the [modifier] candidate <verb> .", where Reed is
    named too far back for the word to be beside him."""
    rows = [
        ("Tom", "Tom", "Reed", "compound", "PROPN", "NNP", "Tom"),
        ("Reed", "Reed", "spoke", "nsubj", "PROPN", "NNP", "Reed"),
        ("spoke", "spoke", "spoke", "ROOT", "VERB", "VBD", "speak"),
        (".1", ".", "spoke", "punct", "PUNCT", ".", "."),
    ]
    if between:
        rows += [
            ("More", "More", "troubling", "advmod", "ADV", "RBR", "more"),
            ("troubling", "troubling", "was", "acomp", "ADJ", "JJ", "troubling"),
            ("was", "was", "was", "ROOT", "AUX", "VBD", "be"),
            ("the0", "the", "cost", "det", "DET", "DT", "the"),
            ("cost", "cost", "was", "attr", "NOUN", "NN", "cost"),
            (".2", ".", "was", "punct", "PUNCT", ".", "."),
        ]
    rows += [
        ("“", "“", "said", "punct", "PUNCT", "``", "“"),
        ("It", "It", "works", "nsubj", "PRON", "PRP", "it"),
        ("works", "works", "said", "ccomp", "VERB", "VBZ", "work"),
        ("well", "well", "works", "advmod", "ADV", "RB", "well"),
        ("for1", "for", "works", "prep", "ADP", "IN", "for"),
        ("the1", "the", "farmers", "det", "DET", "DT", "the"),
        ("farmers", "farmers", "for1", "pobj", "NOUN", "NNS", "farmer"),
        ("of", "of", "farmers", "prep", "ADP", "IN", "of"),
        ("the2", "the", "valley", "det", "DET", "DT", "the"),
        ("valley", "valley", "of", "pobj", "NOUN", "NN", "valley"),
        ("and", "and", "for1", "cc", "CCONJ", "CC", "and"),
        ("for2", "for", "for1", "conj", "ADP", "IN", "for"),
        ("the3", "the", "towns", "det", "DET", "DT", "the"),
        ("towns", "towns", "for2", "pobj", "NOUN", "NNS", "town"),
        ("along", "along", "towns", "prep", "ADP", "IN", "along"),
        ("the4", "the", "river", "det", "DET", "DT", "the"),
        ("river", "river", "along", "pobj", "NOUN", "NN", "river"),
        (",", ",", "works", "punct", "PUNCT", ",", ","),
        ("”", "”", "said", "punct", "PUNCT", "''", "”"),
        ("the5", "the", "candidate", "det", "DET", "DT", "the"),
    ]
    if modifier is not None:
        rows.append((modifier, modifier, "candidate", "amod", "ADJ", "JJ", modifier))
    rows += [
        ("candidate", "candidate", "said", "nsubj", "NOUN", "NN", "candidate"),
        ("said", verb[0], "said", "ROOT", "VERB", "VBD", verb[1]),
        (".3", ".", "said", "punct", "PUNCT", ".", "."),
    ]
    keys = [key for key, *_ in rows]
    doc = hand_parsed(_keyed(rows), joined=frozenset({keys.index("“"), keys.index("river")}))
    return _linked(doc, _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)])}), keys.index("candidate"))


def test_a_role_noun_reporting_a_quotation_is_the_person_the_telling_goes_on_with() -> None:
    # No one was called a candidate nor written near the word: as for "he said", the subject before.
    assert _candidate_said() == "Tom Reed"


def test_a_role_noun_of_a_verb_of_thought_may_be_anyone() -> None:
    assert _candidate_said(verb=("realized", "realize")) is None


def test_a_role_noun_goes_on_with_no_one_the_article_never_gave_its_words() -> None:
    assert _candidate_said(modifier="former") is None  # Reed was never called former


def test_a_sentence_of_no_subject_between_ends_the_search() -> None:
    assert _candidate_said(between=True) is None


# "Tom Reed plans to support the nominee ."
_PLANS_TO_SUPPORT: list[Row] = [
    ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
    ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
    ("plans", 2, "ROOT", "VERB", "VBZ", "plan"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("support", 2, "xcomp", "VERB", "VB", "support"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("nominee", 4, "dobj", "NOUN", "NN", "nominee"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_a_role_noun_is_not_who_its_verb_is_understood_to_have_for_subject() -> None:
    doc = hand_parsed(_PLANS_TO_SUPPORT)
    assert _linked(doc, _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)])}), 6) is None


def test_a_role_noun_is_not_the_one_a_relative_who_stands_for() -> None:
    # "Tom Reed , who called the nominee unfit , left ."
    rows: list[Row] = [
        ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 9, "nsubj", "PROPN", "NNP", "Reed"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("who", 4, "nsubj", "PRON", "WP", "who"),
        ("called", 1, "relcl", "VERB", "VBD", "call"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("nominee", 4, "dobj", "NOUN", "NN", "nominee"),
        ("unfit", 4, "oprd", "ADJ", "JJ", "unfit"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("left", 9, "ROOT", "VERB", "VBD", "leave"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, joined=frozenset({1, 7}))
    assert _linked(doc, _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)])}), 6) is None


# "Republicans say Democrats lied . They say so ."
_THEY_SAY_AGAIN: list[Row] = [
    ("Republicans", 1, "nsubj", "PROPN", "NNPS", "Republicans"),
    ("say", 1, "ROOT", "VERB", "VBP", "say"),
    ("Democrats", 3, "nsubj", "PROPN", "NNPS", "Democrats"),
    ("lied", 1, "ccomp", "VERB", "VBD", "lie"),
    (".", 1, "punct", "PUNCT", ".", "."),
    ("They", 6, "nsubj", "PRON", "PRP", "they"),
    ("say", 6, "ROOT", "VERB", "VBP", "say"),
    ("so", 6, "advmod", "ADV", "RB", "so"),
    (".", 6, "punct", "PUNCT", ".", "."),
]


def test_they_goes_on_with_the_body_of_the_main_clause_before_not_one_it_reports() -> None:
    doc = hand_parsed(_THEY_SAY_AGAIN)
    index = _entities(doc, {"Republican Party": ("ORG", [(0, 1)]), "Democratic Party": ("ORG", [(2, 3)])})
    assert _linked(doc, index, 5) == "Republican Party"
    # With no body for subject of the main clause before, the one its report names is still the nearest.
    index = _entities(doc, {"Democratic Party": ("ORG", [(2, 3)])})
    assert _linked(doc, index, 5) == "Democratic Party"


def _disagreed_with(taken: bool) -> tuple[Doc, EntityIndex]:
    """ "Tom Reed met Al Cole . Al Cole disagreed with him ." or, ``taken``, "… Al Cole took notes with him ."."""
    rows: list[Row] = [
        ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
        ("met", 2, "ROOT", "VERB", "VBD", "meet"),
        ("Al", 4, "compound", "PROPN", "NNP", "Al"),
        ("Cole", 2, "dobj", "PROPN", "NNP", "Cole"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("Al", 7, "compound", "PROPN", "NNP", "Al"),
        ("Cole", 8, "nsubj", "PROPN", "NNP", "Cole"),
        *(
            [("took", 8, "ROOT", "VERB", "VBD", "take"), ("notes", 8, "dobj", "NOUN", "NNS", "note")]
            if taken
            else [("disagreed", 8, "ROOT", "VERB", "VBD", "disagree")]
        ),
    ]
    verb = 8
    rows += [
        ("with", verb, "prep", "ADP", "IN", "with"),
        ("him", len(rows), "pobj", "PRON", "PRP", "he"),
        (".", verb, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    return doc, _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "Al Cole": ("PERSON", [(3, 5), (6, 8)])})


def test_the_object_of_with_on_a_verb_of_no_object_is_not_its_subject() -> None:
    doc, index = _disagreed_with(taken=False)
    assert _linked(doc, index, 10) == "Tom Reed"
    # "took notes with him": beside an object, "with" may be the subject's own company.
    doc, index = _disagreed_with(taken=True)
    assert _linked(doc, index, 11) == "Al Cole"


def test_a_state_of_two_words_narrows_a_role_phrase_whole() -> None:
    # "Tom Reed spoke … for an hour . the New Jersey Republican survived .": "New Jersey" is a state the article
    # placed Reed in no other of, as "Ohio" is.
    doc, _ = _goes_on(("survived", "survive"), word="Republican")
    rows = [(t.text, t.head.i, t.dep_, t.pos_, t.tag_, t.lemma_) for t in doc]
    rows[20] = ("Jersey", 21, "compound", "PROPN", "NNP", "Jersey")
    rows.insert(20, ("New", 21, "compound", "PROPN", "NNP", "New"))
    rows = [(w, h + 1 if h >= 20 and i != 20 else h, d, p, t, lem) for i, (w, h, d, p, t, lem) in enumerate(rows)]
    doc = hand_parsed(rows)
    republican = doc[22]
    assert qualifiers(republican) == ["new", "jersey"]
    person = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)])})
    party = Entity("P", "Republican Party", "ORG", ((republican.idx, republican.idx + 10),), "USAPTY", "USA", "PTY")
    assert _linked(doc, EntityIndex([*person, party]), 22) == "Tom Reed"


def test_an_epithet_goes_on_with_the_subject_before() -> None:
    # "the Ohio tycoon survived": a noun that calls a person by what they are, read as the telling goes on.
    doc, index = _goes_on(("survived", "survive"), word="tycoon")
    assert _linked(doc, index, 21) == "Tom Reed"
    doc, index = _goes_on(("realized", "realize"), word="tycoon")
    assert _linked(doc, index, 21) is None


def test_an_epithet_or_an_age_is_a_role_noun_of_a_person_and_a_common_noun_is_not() -> None:
    # "the GOP front - runner", "the 46 - year - old", "the letter": the tokenizer splits a word at its hyphen.
    rows: list[Row] = [
        ("the", 4, "det", "DET", "DT", "the"),
        ("GOP", 4, "nmod", "PROPN", "NNP", "GOP"),
        ("front", 4, "compound", "ADJ", "JJ", "front"),
        ("-", 4, "punct", "PUNCT", "HYPH", "-"),
        ("runner", 4, "ROOT", "NOUN", "NN", "runner"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("46", 8, "nummod", "NUM", "CD", "46"),
        ("-", 8, "punct", "PUNCT", "HYPH", "-"),
        ("year", 10, "npadvmod", "NOUN", "NN", "year"),
        ("-", 10, "punct", "PUNCT", "HYPH", "-"),
        ("old", 10, "ROOT", "ADJ", "JJ", "old"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("letter", 12, "ROOT", "NOUN", "NN", "letter"),
    ]
    doc = hand_parsed(rows, joined=frozenset({2, 3, 6, 7, 8, 9}))
    assert epithet(doc[4]) and definite_role(doc[4], {}) == ("PERSON",)
    assert epithet(doc[10]) and definite_role(doc[10], {}) == ("PERSON",)
    assert not epithet(doc[12]) and definite_role(doc[12], {}) is None


def _two_clauses(conjoined: bool) -> tuple[Doc, EntityIndex]:
    """ "Tom Reed spoke . Ann Lee won , but the tycoon vowed ." or "Tom Reed and Ann Lee spoke . the tycoon vowed ."."""
    if conjoined:
        rows: list[Row] = [
            ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
            ("Reed", 5, "nsubj", "PROPN", "NNP", "Reed"),
            ("and", 1, "cc", "CCONJ", "CC", "and"),
            ("Ann", 4, "compound", "PROPN", "NNP", "Ann"),
            ("Lee", 1, "conj", "PROPN", "NNP", "Lee"),
            ("spoke", 5, "ROOT", "VERB", "VBD", "speak"),
            (".", 5, "punct", "PUNCT", ".", "."),
            ("the", 8, "det", "DET", "DT", "the"),
            ("tycoon", 9, "nsubj", "NOUN", "NN", "tycoon"),
            ("vowed", 9, "ROOT", "VERB", "VBD", "vow"),
            (".", 9, "punct", "PUNCT", ".", "."),
        ]
        doc = hand_parsed(rows)
        return doc, _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "Ann Lee": ("PERSON", [(3, 5)])})
    rows = [
        ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
        ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("Ann", 5, "compound", "PROPN", "NNP", "Ann"),
        ("Lee", 6, "nsubj", "PROPN", "NNP", "Lee"),
        ("won", 6, "ROOT", "VERB", "VBD", "win"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("but", 6, "cc", "CCONJ", "CC", "but"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("tycoon", 11, "nsubj", "NOUN", "NN", "tycoon"),
        ("vowed", 6, "conj", "VERB", "VBD", "vow"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    return doc, _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "Ann Lee": ("PERSON", [(4, 6)])})


def test_a_role_phrase_after_a_subject_of_its_own_sentence_or_after_two_subjects_goes_on_with_no_one() -> None:
    # "Ann Lee won, but the tycoon vowed": a phrase, not "she", is someone other than the clause before's subject;
    # after "Tom Reed and Ann Lee spoke" the telling is about two.
    doc, index = _two_clauses(conjoined=False)
    assert _linked(doc, index, 10) is None
    doc, index = _two_clauses(conjoined=True)
    assert _linked(doc, index, 8) is None


def test_a_sentence_all_inside_quotation_marks_is_passed_over_and_not_counted() -> None:
    # "Tom Reed wrote “ We won . We lost . ” the candidate survived .": the quotation's second sentence is Reed's words,
    # not the writer's telling; the sentence before it is the one the telling goes on from.
    rows: list[Row] = [
        ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
        ("wrote", 2, "ROOT", "VERB", "VBD", "write"),
        ("“", 2, "punct", "PUNCT", "``", "“"),
        ("We", 5, "nsubj", "PRON", "PRP", "we"),
        ("won", 2, "ccomp", "VERB", "VBD", "win"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("We", 8, "nsubj", "PRON", "PRP", "we"),
        ("lost", 8, "ROOT", "VERB", "VBD", "lose"),
        (".", 8, "punct", "PUNCT", ".", "."),
        ("”", 8, "punct", "PUNCT", "''", "”"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("tycoon", 13, "nsubj", "NOUN", "NN", "tycoon"),
        ("survived", 13, "ROOT", "VERB", "VBD", "survive"),
        (".", 13, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, joined=frozenset({3}))
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)])})
    assert _linked(doc, index, 12) == "Tom Reed"


def test_the_telling_hanging_off_a_quotation_the_parser_made_the_root_names_whom_it_goes_on_with() -> None:
    # "Tom Reed said , “ we will win . ” the tycoon survived .", the parser making "win" the root.
    rows: list[Row] = [
        ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
        ("said", 7, "parataxis", "VERB", "VBD", "say"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("“", 7, "punct", "PUNCT", "``", "“"),
        ("we", 7, "nsubj", "PRON", "PRP", "we"),
        ("will", 7, "aux", "AUX", "MD", "will"),
        ("win", 7, "ROOT", "VERB", "VB", "win"),
        (".", 7, "punct", "PUNCT", ".", "."),
        ("”", 7, "punct", "PUNCT", "''", "”"),
        ("the", 11, "det", "DET", "DT", "the"),
        ("tycoon", 12, "nsubj", "NOUN", "NN", "tycoon"),
        ("survived", 12, "ROOT", "VERB", "VBD", "survive"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, joined=frozenset({4}))
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)])})
    assert _linked(doc, index, 11) == "Tom Reed"


def test_he_inside_the_quotation_of_a_role_phrase_speaking_is_not_that_person() -> None:
    # "Tom Reed spoke . the candidate added , “ he lost . ”": "the candidate" is Reed, so the quotation's "he" is not.
    rows: list[Row] = [
        ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
        ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("the", 5, "det", "DET", "DT", "the"),
        ("candidate", 6, "nsubj", "NOUN", "NN", "candidate"),
        ("added", 6, "ROOT", "VERB", "VBD", "add"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("“", 6, "punct", "PUNCT", "``", "“"),
        ("he", 10, "nsubj", "PRON", "PRP", "he"),
        ("lost", 6, "ccomp", "VERB", "VBD", "lose"),
        (".", 6, "punct", "PUNCT", ".", "."),
        ("”", 6, "punct", "PUNCT", "''", "”"),
    ]
    doc = hand_parsed(rows, joined=frozenset({8}))
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)])})
    assert _linked(doc, index, 5) == "Tom Reed"
    assert _linked(doc, index, 9) is None


def _tycoon_before(pronoun: bool) -> tuple[Doc, EntityIndex]:
    """ "tycoon Al Cole left . Tom Reed arrived . He spoke . the tycoon survived ." or, not ``pronoun``, "… Tom Reed
    spoke . the tycoon survived .": the epithet given Cole, the telling going on with Reed."""
    rows: list[Row] = [
        ("tycoon", 2, "compound", "NOUN", "NN", "tycoon"),
        ("Al", 2, "compound", "PROPN", "NNP", "Al"),
        ("Cole", 3, "nsubj", "PROPN", "NNP", "Cole"),
        ("left", 3, "ROOT", "VERB", "VBD", "leave"),
        (".", 3, "punct", "PUNCT", ".", "."),
        ("Tom", 6, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 7, "nsubj", "PROPN", "NNP", "Reed"),
    ]
    if pronoun:
        rows += [
            ("arrived", 7, "ROOT", "VERB", "VBD", "arrive"),
            (".", 7, "punct", "PUNCT", ".", "."),
            ("He", 10, "nsubj", "PRON", "PRP", "he"),
        ]
    verb = len(rows)
    rows += [("spoke", verb, "ROOT", "VERB", "VBD", "speak"), (".", verb, "punct", "PUNCT", ".", ".")]
    rows += [
        ("the", verb + 3, "det", "DET", "DT", "the"),
        ("tycoon", verb + 4, "nsubj", "NOUN", "NN", "tycoon"),
        ("survived", verb + 4, "ROOT", "VERB", "VBD", "survive"),
        (".", verb + 4, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    return doc, _entities(doc, {"Al Cole": ("PERSON", [(1, 3)]), "Tom Reed": ("PERSON", [(5, 7)])})


def test_an_epithet_the_article_gave_another_does_not_go_on_with_one_reached_by_a_pronoun() -> None:
    # "actress Susan Sarandon … “Really,” she added. The actress said": "she" read as another is no sign against
    # the one the article called so; a name the telling goes on with is ("star Arturo Castro … the actor held").
    doc, index = _tycoon_before(pronoun=True)
    assert _linked(doc, index, 9) == "Tom Reed" and _linked(doc, index, 13) != "Tom Reed"
    doc, index = _tycoon_before(pronoun=False)
    assert _linked(doc, index, 10) == "Tom Reed"


def test_he_speaking_after_the_owner_of_a_main_subject_is_that_owner_not_the_last_speaker() -> None:
    # "John Lee said it . It rained . Tom Reed 's role is over , but he said so .": the telling went on to Reed.
    rows: list[Row] = [
        ("John", 1, "compound", "PROPN", "NNP", "John"),
        ("Lee", 2, "nsubj", "PROPN", "NNP", "Lee"),
        ("said", 2, "ROOT", "VERB", "VBD", "say"),
        ("it", 2, "dobj", "PRON", "PRP", "it"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("It", 6, "nsubj", "PRON", "PRP", "it"),
        ("rained", 6, "ROOT", "VERB", "VBD", "rain"),
        (".", 6, "punct", "PUNCT", ".", "."),
        ("Tom", 9, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 11, "poss", "PROPN", "NNP", "Reed"),
        ("'s", 9, "case", "PART", "POS", "'s"),
        ("role", 12, "nsubj", "NOUN", "NN", "role"),
        ("is", 12, "ROOT", "AUX", "VBZ", "be"),
        ("over", 12, "acomp", "ADV", "RB", "over"),
        (",", 12, "punct", "PUNCT", ",", ","),
        ("but", 12, "cc", "CCONJ", "CC", "but"),
        ("he", 17, "nsubj", "PRON", "PRP", "he"),
        ("said", 12, "conj", "VERB", "VBD", "say"),
        ("so", 17, "advmod", "ADV", "RB", "so"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, joined=frozenset({9}))
    index = _entities(doc, {"John Lee": ("PERSON", [(0, 2)]), "Tom Reed": ("PERSON", [(8, 10)])})
    assert _linked(doc, index, 16) == "Tom Reed"


def _praised_plan(own: bool) -> list[Row]:
    # "Tom Reed met Bo Lee . He praised Reed 's (own) plan ."
    rows: list[Row] = [
        ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
        ("met", 2, "ROOT", "VERB", "VBD", "meet"),
        ("Bo", 4, "compound", "PROPN", "NNP", "Bo"),
        ("Lee", 2, "dobj", "PROPN", "NNP", "Lee"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("He", 7, "nsubj", "PRON", "PRP", "he"),
        ("praised", 7, "ROOT", "VERB", "VBD", "praise"),
        ("Reed", 11 if own else 10, "poss", "PROPN", "NNP", "Reed"),
        ("'s", 8, "case", "PART", "POS", "'s"),
    ]
    if own:
        rows.append(("own", 11, "amod", "ADJ", "JJ", "own"))
    end = len(rows)
    rows += [("plan", 7, "dobj", "NOUN", "NN", "plan"), (".", 7, "punct", "PUNCT", ".", ".")]
    assert rows[end][0] == "plan"
    return rows


def test_a_subject_pronoun_is_not_the_owner_of_what_its_clause_acts_on() -> None:
    doc = hand_parsed(_praised_plan(own=False))
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2), (8, 9)]), "Bo Lee": ("PERSON", [(3, 5)])})
    assert _linked(doc, index, 6) == "Bo Lee"


def test_a_thing_called_its_owners_own_may_be_the_pronouns() -> None:
    doc = hand_parsed(_praised_plan(own=True))
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2), (8, 9)]), "Bo Lee": ("PERSON", [(3, 5)])})
    assert _linked(doc, index, 6) == "Tom Reed"


def test_he_in_the_content_of_a_persons_claim_is_the_claimant() -> None:
    # "Tom Reed met Mark Lee . Lee 's claim that he won stood ."
    rows: list[Row] = [
        ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
        ("met", 2, "ROOT", "VERB", "VBD", "meet"),
        ("Mark", 4, "compound", "PROPN", "NNP", "Mark"),
        ("Lee", 2, "dobj", "PROPN", "NNP", "Lee"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("Lee", 8, "poss", "PROPN", "NNP", "Lee"),
        ("'s", 6, "case", "PART", "POS", "'s"),
        ("claim", 12, "nsubj", "NOUN", "NN", "claim"),
        ("that", 11, "mark", "SCONJ", "IN", "that"),
        ("he", 11, "nsubj", "PRON", "PRP", "he"),
        ("won", 8, "acl", "VERB", "VBD", "win"),
        ("stood", 12, "ROOT", "VERB", "VBD", "stand"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "Mark Lee": ("PERSON", [(3, 5), (6, 7)])})
    assert _linked(doc, index, 10) == "Mark Lee"


def test_he_is_not_a_name_modifying_a_noun_when_a_person_of_that_sentence_is_named() -> None:
    # "The day pleased Mark Lee , who studied Tom Reed rallies . He left ."
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("day", 2, "nsubj", "NOUN", "NN", "day"),
        ("pleased", 2, "ROOT", "VERB", "VBD", "please"),
        ("Mark", 4, "compound", "PROPN", "NNP", "Mark"),
        ("Lee", 2, "dobj", "PROPN", "NNP", "Lee"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("who", 7, "nsubj", "PRON", "WP", "who"),
        ("studied", 4, "relcl", "VERB", "VBD", "study"),
        ("Tom", 9, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 10, "compound", "PROPN", "NNP", "Reed"),
        ("rallies", 7, "dobj", "NOUN", "NNS", "rally"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("He", 13, "nsubj", "PRON", "PRP", "he"),
        ("left", 13, "ROOT", "VERB", "VBD", "leave"),
        (".", 13, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = _entities(doc, {"Mark Lee": ("PERSON", [(3, 5)]), "Tom Reed": ("PERSON", [(8, 10)])})
    assert _linked(doc, index, 12) == "Mark Lee"


def _trailing_say(verb: str, lemma: str) -> list[Row]:
    # "Acme grew , but workers <verb> so . It is fair , they say ."
    return [
        ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme"),
        ("grew", 1, "ROOT", "VERB", "VBD", "grow"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("but", 1, "cc", "CCONJ", "CC", "but"),
        ("workers", 5, "nsubj", "NOUN", "NNS", "worker"),
        (verb, 1, "conj", "VERB", "VBP", lemma),
        ("so", 5, "advmod", "ADV", "RB", "so"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("It", 9, "nsubj", "PRON", "PRP", "it"),
        ("is", 9, "ROOT", "AUX", "VBZ", "be"),
        ("fair", 9, "acomp", "ADJ", "JJ", "fair"),
        (",", 9, "punct", "PUNCT", ",", ","),
        ("they", 13, "nsubj", "PRON", "PRP", "they"),
        ("say", 9, "parataxis", "VERB", "VBP", "say"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ]


def test_a_trailing_they_say_goes_on_with_the_unnamed_sayers_the_sentence_before_ended_with() -> None:
    doc = hand_parsed(_trailing_say("say", "say"))
    index = _entities(doc, {"Acme": ("ORG", [(0, 1)])})
    found = resolve_coreference(doc, index)
    assert found.group(doc[12]) == (doc[4].idx, doc[4].idx + len("workers"))
    assert found.entity_id(doc[12]) is None


def test_a_trailing_they_say_is_not_those_who_only_feel() -> None:
    doc = hand_parsed(_trailing_say("feel", "feel"))
    index = _entities(doc, {"Acme": ("ORG", [(0, 1)])})
    assert _linked(doc, index, 12) == "Acme"


# "Ted Cruz protested the order . The GOP presidential candidate sent an email ."
_GOES_ON: list[Row] = [
    ("Ted", 1, "compound", "PROPN", "NNP", "Ted"),
    ("Cruz", 2, "nsubj", "PROPN", "NNP", "Cruz"),
    ("protested", 2, "ROOT", "VERB", "VBD", "protest"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("order", 2, "dobj", "NOUN", "NN", "order"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("The", 9, "det", "DET", "DT", "the"),
    ("GOP", 9, "nmod", "PROPN", "NNP", "GOP"),
    ("presidential", 9, "amod", "ADJ", "JJ", "presidential"),
    ("candidate", 10, "nsubj", "NOUN", "NN", "candidate"),
    ("sent", 10, "ROOT", "VERB", "VBD", "send"),
    ("an", 12, "det", "DET", "DT", "an"),
    ("email", 10, "dobj", "NOUN", "NN", "email"),
    (".", 10, "punct", "PUNCT", ".", "."),
]


def test_a_role_phrase_read_as_the_person_the_telling_goes_on_with_says_so() -> None:
    doc = hand_parsed(_GOES_ON)
    index = _entities(doc, {"Ted Cruz": ("PERSON", [(0, 2)])})
    links = resolve_coreference(doc, index)
    assert _linked(doc, index, 9) == "Ted Cruz"
    assert links.goes_on_with(doc[9]) and not links.holds_role(doc[9])


def test_a_role_phrase_given_by_a_title_is_held_not_followed() -> None:
    # "Candidate Ted Cruz protested the order . The candidate sent an email .": the article gave Cruz the role, so
    # the phrase is his by it.
    rows: list[Row] = [
        ("Candidate", 2, "compound", "PROPN", "NNP", "Candidate"),
        ("Ted", 2, "compound", "PROPN", "NNP", "Ted"),
        ("Cruz", 3, "nsubj", "PROPN", "NNP", "Cruz"),
        ("protested", 3, "ROOT", "VERB", "VBD", "protest"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("order", 3, "dobj", "NOUN", "NN", "order"),
        (".", 3, "punct", "PUNCT", ".", "."),
        ("The", 8, "det", "DET", "DT", "the"),
        ("candidate", 9, "nsubj", "NOUN", "NN", "candidate"),
        ("sent", 9, "ROOT", "VERB", "VBD", "send"),
        ("an", 11, "det", "DET", "DT", "an"),
        ("email", 9, "dobj", "NOUN", "NN", "email"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = _entities(doc, {"Ted Cruz": ("PERSON", [(1, 3)])})
    links = resolve_coreference(doc, index)
    assert _linked(doc, index, 8) == "Ted Cruz"
    assert links.holds_role(doc[8]) and not links.goes_on_with(doc[8])


def _spokesman(given: str) -> dict[str, str]:
    # "Trump spokesman <given> Hicks confirmed it ."
    rows: list[Row] = [
        ("Trump", 1, "compound", "PROPN", "NNP", "Trump"),
        ("spokesman", 3, "compound", "NOUN", "NN", "spokesman"),
        (given, 3, "compound", "PROPN", "NNP", given),
        ("Hicks", 4, "nsubj", "PROPN", "NNP", "Hicks"),
        ("confirmed", 4, "ROOT", "VERB", "VBD", "confirm"),
        ("it", 4, "dobj", "PRON", "PRP", "it"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    return dict(resolve_coreference(doc, _entities(doc, {f"{given} Hicks": ("PERSON", [(2, 4)])})).genders)


def test_a_given_name_outweighs_an_office_in_man() -> None:
    # "spokesman", "chairman" are said of women too; a given name the table knows says who
    assert _spokesman("Hope") == {"E1": FEMALE}
    assert _spokesman("Tom") == {"E1": MALE}
    assert _spokesman("Hicks") == {"E1": MALE}  # no given name: the office word still counts
    assert role_gender("spokesman") == MALE


def _coordinated(second_det: bool) -> list[Row]:
    # "Clinton spoke at length about the economy and the trade deals on Tuesday afternoon in Des Moines . The candidate
    # and (the) former senator said it ." (the role words written far enough from the name not to be beside it)
    rows: list[Row] = [
        ("Clinton", 1, "nsubj", "PROPN", "NNP", "Clinton"),
        ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("length", 2, "pobj", "NOUN", "NN", "length"),
        ("about", 1, "prep", "ADP", "IN", "about"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("economy", 4, "pobj", "NOUN", "NN", "economy"),
        ("and", 6, "cc", "CCONJ", "CC", "and"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("trade", 10, "compound", "NOUN", "NN", "trade"),
        ("deals", 6, "conj", "NOUN", "NNS", "deal"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Tuesday", 11, "pobj", "PROPN", "NNP", "Tuesday"),
        ("afternoon", 1, "npadvmod", "NOUN", "NN", "afternoon"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Des", 16, "compound", "PROPN", "NNP", "Des"),
        ("Moines", 14, "pobj", "PROPN", "NNP", "Moines"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("The", 19, "det", "DET", "DT", "the"),
        ("candidate", 23, "nsubj", "NOUN", "NN", "candidate"),
        ("and", 19, "cc", "CCONJ", "CC", "and"),
        ("former", 22, "amod", "ADJ", "JJ", "former"),
        ("senator", 19, "conj", "NOUN", "NN", "senator"),
        ("said", 23, "ROOT", "VERB", "VBD", "say"),
        ("it", 23, "dobj", "PRON", "PRP", "it"),
        (".", 23, "punct", "PUNCT", ".", "."),
    ]
    if second_det:
        rows[21] = ("the", 22, "det", "DET", "DT", "the")
    return rows


def test_a_role_phrase_coordinated_with_a_bare_role_noun_is_one_person() -> None:
    # "The front-runner and former secretary of state said …" is Clinton going on; "the candidate and the senator" two
    for second_det, found in ((False, "Hillary Clinton"), (True, None)):
        doc = hand_parsed(_coordinated(second_det))
        index = _entities(doc, {"Hillary Clinton": ("PERSON", [(0, 1)])})
        assert _linked(doc, index, 19) == found


def test_the_owner_of_a_subject_naming_no_one_is_whom_the_telling_goes_on_with() -> None:
    # "Trump 's campaign confirmed the meeting . The real estate mogul declined ."
    rows: list[Row] = [
        ("Trump", 2, "poss", "PROPN", "NNP", "Trump"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("campaign", 3, "nsubj", "NOUN", "NN", "campaign"),
        ("confirmed", 3, "ROOT", "VERB", "VBD", "confirm"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("meeting", 3, "dobj", "NOUN", "NN", "meeting"),
        (".", 3, "punct", "PUNCT", ".", "."),
        ("The", 10, "det", "DET", "DT", "the"),
        ("real", 9, "amod", "ADJ", "JJ", "real"),
        ("estate", 10, "compound", "NOUN", "NN", "estate"),
        ("mogul", 11, "nsubj", "NOUN", "NN", "mogul"),
        ("declined", 11, "ROOT", "VERB", "VBD", "decline"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = _entities(doc, {"Donald Trump": ("PERSON", [(0, 1)])})
    assert _linked(doc, index, 10) == "Donald Trump"
    rows[2] = ("wife", 3, "nsubj", "NOUN", "NN", "wife")  # "Trump 's wife confirmed …": the telling is about her
    doc = hand_parsed(rows)
    assert _linked(doc, _entities(doc, {"Donald Trump": ("PERSON", [(0, 1)])}), 10) is None
    rows[0] = ("Ohio", 2, "poss", "PROPN", "NNP", "Ohio")  # a place's campaign is no one's telling
    rows[2] = ("campaign", 3, "nsubj", "NOUN", "NN", "campaign")
    doc = hand_parsed(rows)
    assert _linked(doc, _entities(doc, {"Ohio": ("GPE", [(0, 1)])}), 10) is None


# "The author of the book , Mitch Zuck , said it was true ." : the parser hangs the name on "book".
_AUTHOR_OF_THE_BOOK: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("author", 9, "nsubj", "NOUN", "NN", "author"),
    ("of", 1, "prep", "ADP", "IN", "of"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("book", 2, "pobj", "NOUN", "NN", "book"),
    (",", 4, "punct", "PUNCT", ",", ","),
    ("Mitch", 7, "compound", "PROPN", "NNP", "Mitch"),
    ("Zuck", 4, "appos", "PROPN", "NNP", "Zuck"),
    (",", 4, "punct", "PUNCT", ",", ","),
    ("said", 9, "ROOT", "VERB", "VBD", "say"),
    ("it", 11, "nsubj", "PRON", "PRP", "it"),
    ("was", 9, "ccomp", "AUX", "VBD", "be"),
    ("true", 11, "acomp", "ADJ", "JJ", "true"),
    (".", 9, "punct", "PUNCT", ".", "."),
]


def test_a_name_set_beside_what_a_role_is_of_is_the_role_holder() -> None:
    doc = hand_parsed(_AUTHOR_OF_THE_BOOK)
    index = _entities(doc, {"Mitch Zuck": ("PERSON", [(6, 8)])})
    assert _linked(doc, index, 1) == "Mitch Zuck"


def test_a_name_set_beside_a_person_the_role_is_of_is_that_person() -> None:
    # "The wife of the senator , Mitch Zuck , said …": the name is the senator's, not the wife's.
    rows = list(_AUTHOR_OF_THE_BOOK)
    rows[1] = ("wife", 9, "nsubj", "NOUN", "NN", "wife")
    rows[4] = ("senator", 2, "pobj", "NOUN", "NN", "senator")
    doc = hand_parsed(rows)
    index = _entities(doc, {"Mitch Zuck": ("PERSON", [(6, 8)])})
    assert _linked(doc, index, 1) != "Mitch Zuck"


# "Lee plans to demand the resignation of the chairwoman , Rep. Ann Moss ." : the parser hangs the name on the verb.
_RESIGNATION: list[Row] = [
    ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
    ("plans", 1, "ROOT", "VERB", "VBZ", "plan"),
    ("to", 3, "aux", "PART", "TO", "to"),
    ("demand", 1, "xcomp", "VERB", "VB", "demand"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("resignation", 3, "dobj", "NOUN", "NN", "resignation"),
    ("of", 5, "prep", "ADP", "IN", "of"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("chairwoman", 6, "pobj", "NOUN", "NN", "chairwoman"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("Rep.", 12, "compound", "PROPN", "NNP", "Rep."),
    ("Ann", 12, "compound", "PROPN", "NNP", "Ann"),
    ("Moss", 1, "npadvmod", "PROPN", "NNP", "Moss"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_name_after_a_role_and_a_comma_hung_on_the_verb_is_the_role_holder() -> None:
    doc = hand_parsed(_RESIGNATION)
    index = _entities(doc, {"Tom Lee": ("PERSON", [(0, 1)]), "Ann Moss": ("PERSON", [(11, 13)])})
    assert _linked(doc, index, 8) == "Ann Moss"
    assert coreference(doc, index).holds_role(doc[8])


def test_a_subject_after_a_role_and_a_comma_is_not_the_role_holder() -> None:
    # "After meeting the chairwoman , Ann Moss left ." : Moss is the subject, not an apposition.
    rows: list[Row] = [
        ("After", 6, "prep", "ADP", "IN", "after"),
        ("meeting", 0, "pcomp", "VERB", "VBG", "meet"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("chairwoman", 1, "dobj", "NOUN", "NN", "chairwoman"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("Ann", 6, "compound", "PROPN", "NNP", "Ann"),
        ("Moss", 7, "nsubj", "PROPN", "NNP", "Moss"),
        ("left", 7, "ROOT", "VERB", "VBD", "leave"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    rows[5] = ("Ann", 6, "compound", "PROPN", "NNP", "Ann")
    doc = hand_parsed(rows)
    index = _entities(doc, {"Ann Moss": ("PERSON", [(5, 7)])})
    assert _linked(doc, index, 3) != "Ann Moss"


# "Tom Reed met Ann Moss . He was the first candidate to back Lee ."
_FIRST_CANDIDATE: list[Row] = [
    ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
    ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
    ("met", 2, "ROOT", "VERB", "VBD", "meet"),
    ("Ann", 4, "compound", "PROPN", "NNP", "Ann"),
    ("Moss", 2, "dobj", "PROPN", "NNP", "Moss"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("He", 7, "nsubj", "PRON", "PRP", "he"),
    ("was", 7, "ROOT", "AUX", "VBD", "be"),
    ("the", 10, "det", "DET", "DT", "the"),
    ("first", 10, "amod", "ADJ", "JJ", "first"),
    ("candidate", 7, "attr", "NOUN", "NN", "candidate"),
    ("to", 12, "aux", "PART", "TO", "to"),
    ("back", 10, "relcl", "VERB", "VB", "back"),
    ("Lee", 12, "dobj", "PROPN", "NNP", "Lee"),
    (".", 7, "punct", "PUNCT", ".", "."),
]
_FIRST_PEOPLE = {"Tom Reed": ("PERSON", [(0, 2)]), "Ann Moss": ("PERSON", [(3, 5)])}


def test_a_role_phrase_completing_be_is_given_to_its_subject() -> None:
    doc = hand_parsed(_FIRST_CANDIDATE)
    index = _entities(doc, _FIRST_PEOPLE)
    assert _linked(doc, index, 10) == "Tom Reed"
    assert coreference(doc, index).holds_role(doc[10])


def test_a_party_member_completing_be_is_its_subject() -> None:
    # "… Reed was the first Republican to back Lee .": not a Republican named before.
    rows = list(_FIRST_CANDIDATE)
    rows[6] = ("Reed", 7, "nsubj", "PROPN", "NNP", "Reed")
    rows[10] = ("Republican", 7, "attr", "PROPN", "NN", "Republican")
    doc = hand_parsed(rows)
    people = _entities(doc, {**_FIRST_PEOPLE, "Tom Reed": ("PERSON", [(0, 2), (6, 7)])})
    party = Entity("P", "Republican Party", "ORG", ((doc[10].idx, doc[10].idx + 10),), "USAPTY", "USA", "PTY")
    index = EntityIndex([*people, party])
    assert party_member(doc[10], index)
    assert _linked(doc, index, 10) == "Tom Reed"


# "Tom Reed spoke . Bob Ray said so . As for Reed , he said he won ."
_AS_FOR: list[Row] = [
    ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
    ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
    ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("Bob", 5, "compound", "PROPN", "NNP", "Bob"),
    ("Ray", 6, "nsubj", "PROPN", "NNP", "Ray"),
    ("said", 6, "ROOT", "VERB", "VBD", "say"),
    ("so", 6, "advmod", "ADV", "RB", "so"),
    (".", 6, "punct", "PUNCT", ".", "."),
    ("As", 14, "prep", "ADP", "IN", "as"),
    ("for", 9, "prep", "ADP", "IN", "for"),
    ("Reed", 10, "pobj", "PROPN", "NNP", "Reed"),
    (",", 14, "punct", "PUNCT", ",", ","),
    ("he", 14, "nsubj", "PRON", "PRP", "he"),
    ("said", 14, "ROOT", "VERB", "VBD", "say"),
    ("he", 16, "nsubj", "PRON", "PRP", "he"),
    ("won", 14, "ccomp", "VERB", "VBD", "win"),
    (".", 14, "punct", "PUNCT", ".", "."),
]


def test_as_for_a_person_he_is_that_person_not_the_last_speaker() -> None:
    doc = hand_parsed(_AS_FOR)
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2), (11, 12)]), "Bob Ray": ("PERSON", [(4, 6)])})
    assert _linked(doc, index, 13) == "Tom Reed"
    assert _linked(doc, index, 15) == "Tom Reed"


def test_as_for_a_thing_he_is_the_last_speaker() -> None:
    # "… As for the plan , he said he won .": no person is turned to; Ray, who spoke last, goes on.
    rows = list(_AS_FOR)
    rows[11] = ("plan", 10, "pobj", "NOUN", "NN", "plan")
    doc = hand_parsed(rows)
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "Bob Ray": ("PERSON", [(4, 6)])})
    assert _linked(doc, index, 13) == "Bob Ray"


# "The poll showed gains for Tom Reed among the farmers of the valley and the towns along the river in the spring .
# “ Yes , ” the businessman said .": Reed named too far back for the word to be beside him.
_BUSINESSMAN_SAID: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("poll", 2, "nsubj", "NOUN", "NN", "poll"),
    ("showed", 2, "ROOT", "VERB", "VBD", "show"),
    ("gains", 2, "dobj", "NOUN", "NNS", "gain"),
    ("for", 3, "prep", "ADP", "IN", "for"),
    ("Tom", 6, "compound", "PROPN", "NNP", "Tom"),
    ("Reed", 4, "pobj", "PROPN", "NNP", "Reed"),
    ("among", 3, "prep", "ADP", "IN", "among"),
    ("the", 9, "det", "DET", "DT", "the"),
    ("farmers", 7, "pobj", "NOUN", "NNS", "farmer"),
    ("of", 9, "prep", "ADP", "IN", "of"),
    ("the", 12, "det", "DET", "DT", "the"),
    ("valley", 10, "pobj", "NOUN", "NN", "valley"),
    ("and", 9, "cc", "CCONJ", "CC", "and"),
    ("the", 15, "det", "DET", "DT", "the"),
    ("towns", 9, "conj", "NOUN", "NNS", "town"),
    ("along", 15, "prep", "ADP", "IN", "along"),
    ("the", 18, "det", "DET", "DT", "the"),
    ("river", 16, "pobj", "NOUN", "NN", "river"),
    ("in", 2, "prep", "ADP", "IN", "in"),
    ("the", 21, "det", "DET", "DT", "the"),
    ("spring", 19, "pobj", "NOUN", "NN", "spring"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("“", 29, "punct", "PUNCT", "``", "“"),
    ("Yes", 29, "intj", "INTJ", "UH", "yes"),
    (",", 29, "punct", "PUNCT", ",", ","),
    ("”", 29, "punct", "PUNCT", "''", "”"),
    ("the", 28, "det", "DET", "DT", "the"),
    ("businessman", 29, "nsubj", "NOUN", "NN", "businessman"),
    ("said", 29, "ROOT", "VERB", "VBD", "say"),
    (".", 29, "punct", "PUNCT", ".", "."),
]


def test_a_subject_role_phrase_is_the_one_person_named_just_before() -> None:
    doc = hand_parsed(_BUSINESSMAN_SAID)
    index = _entities(doc, {"Tom Reed": ("PERSON", [(5, 7)])})
    assert _linked(doc, index, 28) == "Tom Reed"


def test_a_subject_role_phrase_is_no_one_when_two_persons_were_named() -> None:
    # "The poll showed gains for Tom Reed over Bob Lee . …": Reed or Lee; no guess.
    rows = list(_BUSINESSMAN_SAID)
    rows[3] = ("Lee", 2, "dobj", "PROPN", "NNP", "Lee")
    doc = hand_parsed(rows)
    index = _entities(doc, {"Bob Lee": ("PERSON", [(3, 4)]), "Tom Reed": ("PERSON", [(5, 7)])})
    assert _linked(doc, index, 28) is None


def test_the_company_goes_on_with_the_body_named_subject_just_before() -> None:
    # "Acme said X . The company said Y . Zenit said Z . The company said W .": the second "the company" is Zenit, the
    # body the sentence before is about, not Acme, whom the first "the company" stood for.
    rows: list[Row] = []
    for subject, tag in (("Acme", "NNP"), ("company", "NN"), ("Zenit", "NNP"), ("company", "NN")):
        base = len(rows)
        if tag == "NN":
            rows.append(("The", base + 1, "det", "DET", "DT", "the"))
        at = len(rows)
        pos = "PROPN" if tag == "NNP" else "NOUN"
        rows += [
            (subject, at + 1, "nsubj", pos, tag, subject.lower() if tag == "NN" else subject),
            ("said", at + 1, "ROOT", "VERB", "VBD", "say"),
            ("so", at + 1, "advmod", "ADV", "RB", "so"),
            (".", at + 1, "punct", "PUNCT", ".", "."),
        ]
    doc = hand_parsed(rows)
    acme = Entity("E1", "Acme", "ORG", ((doc[0].idx, doc[0].idx + 4),))
    zenit = Entity("E2", "Zenit", "ORG", ((doc[9].idx, doc[9].idx + 5),))
    index = EntityIndex([acme, zenit])
    assert [_linked(doc, index, i) for i in (5, 14)] == ["Acme", "Zenit"]


@pytest.mark.parametrize(("tag", "expected"), [("VBZ", "David Hart"), ("NNS", "John Reed")])
def test_he_is_not_a_name_the_parser_joined_to_the_verb_of_his_clause(tag: str, expected: str) -> None:
    # "John Reed praised David Hart . He said that Reed needs to go .", "Reed needs" misread as a noun: still Reed's
    # need, so "he" is not Reed; a real noun ("Reed needs" tagged a plural noun) names no subject.
    rows: list[Row] = [
        ("John", 1, "compound", "PROPN", "NNP", "John"),
        ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
        ("praised", 2, "ROOT", "VERB", "VBD", "praise"),
        ("David", 4, "compound", "PROPN", "NNP", "David"),
        ("Hart", 2, "dobj", "PROPN", "NNP", "Hart"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("He", 7, "nsubj", "PRON", "PRP", "he"),
        ("said", 7, "ROOT", "VERB", "VBD", "say"),
        ("that", 10, "mark", "SCONJ", "IN", "that"),
        ("Reed", 10, "compound", "PROPN", "NNP", "Reed"),
        ("needs", 7, "ccomp", "VERB", tag, "need"),
        ("to", 12, "aux", "PART", "TO", "to"),
        ("go", 10, "xcomp", "VERB", "VB", "go"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = _entities(doc, {"John Reed": ("PERSON", [(0, 2), (9, 10)]), "David Hart": ("PERSON", [(3, 5)])})
    assert _linked(doc, index, 6) == expected


@pytest.mark.parametrize(("noun", "expected"), [("storm", None), ("spokesman", "Acme")])
def test_it_goes_on_with_an_unnamed_thing_subject_of_the_sentence_before(noun: str, expected: str | None) -> None:
    # "The storm hurt Acme . It failed .": "it" is the storm, not Acme named in it; after "The spokesman hurt Acme" a
    # person is no "it", so Acme is.
    doc = hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            (noun, 2, "nsubj", "NOUN", "NN", noun),
            ("hurt", 2, "ROOT", "VERB", "VBD", "hurt"),
            ("Acme", 2, "dobj", "PROPN", "NNP", "Acme"),
            (".", 2, "punct", "PUNCT", ".", "."),
            ("It", 6, "nsubj", "PRON", "PRP", "it"),
            ("failed", 6, "ROOT", "VERB", "VBD", "fail"),
            (".", 6, "punct", "PUNCT", ".", "."),
        ]
    )
    index = EntityIndex([Entity("E1", "Acme", "ORG", ((doc[3].idx, doc[3].idx + 4),))])
    assert _linked(doc, index, 5) == expected


@pytest.mark.parametrize(("adjective", "expected"), [("unfair", None), ("ready", "Acme")])
def test_it_before_an_evaluative_adjective_and_its_clause_stands_for_no_actor(
    adjective: str, expected: str | None
) -> None:
    # "Acme said X . It is unfair to say so .": "it" stands for the clause put off; "It is ready to say so" is Acme.
    doc = hand_parsed(
        [
            ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("X", 1, "ccomp", "NOUN", "NN", "x"),
            (".", 1, "punct", "PUNCT", ".", "."),
            ("It", 5, "nsubj", "PRON", "PRP", "it"),
            ("is", 5, "ROOT", "AUX", "VBZ", "be"),
            (adjective, 5, "acomp", "ADJ", "JJ", adjective),
            ("to", 8, "aux", "PART", "TO", "to"),
            ("say", 6, "xcomp", "VERB", "VB", "say"),
            ("so", 8, "advmod", "ADV", "RB", "so"),
            (".", 5, "punct", "PUNCT", ".", "."),
        ]
    )
    index = EntityIndex([Entity("E1", "Acme", "ORG", ((doc[0].idx, doc[0].idx + 4),))])
    assert _linked(doc, index, 4) == expected


def test_a_speaking_he_is_not_whom_its_quotation_names() -> None:
    # "Lee met Kim . “Kim lied ,” he said ." The quotation's subject is nearest, but a speaker does not name himself.
    rows: list[Row] = [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("Kim", 1, "dobj", "PROPN", "NNP", "Kim"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("“", 10, "punct", "PUNCT", "``", "“"),
        ("Kim", 6, "nsubj", "PROPN", "NNP", "Kim"),
        ("lied", 10, "ccomp", "VERB", "VBD", "lie"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("”", 10, "punct", "PUNCT", "''", "”"),
        ("he", 10, "nsubj", "PRON", "PRP", "he"),
        ("said", 10, "ROOT", "VERB", "VBD", "say"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, joined=frozenset({4, 6, 7}))
    index = _entities(doc, {"Tom Lee": ("PERSON", [(0, 1)]), "Kim Park": ("PERSON", [(2, 3), (5, 6)])})
    assert _linked(doc, index, 9) == "Tom Lee"


def test_a_misspelt_surname_names_the_one_person_it_misspells() -> None:
    byrne = Entity("E1", "Gary Byrne", "PERSON", ((0, 10),))
    cohen = Entity("E2", "Ann Cohen", "PERSON", ((20, 29),))
    index = EntityIndex((byrne, cohen))
    assert misspelt_person("Bryne", index) == byrne  # two letters swapped
    assert misspelt_person("Byrnne", index) == byrne  # one added
    assert misspelt_person("Byrnes", index) is None  # a plural, "the Byrnes"
    assert misspelt_person("Brine", index) is None  # one letter for another: another name
    assert misspelt_person("Cohn", index) is None  # too short to tell
    # One slip from two people's surnames: neither.
    hanson, hansen = Entity("E3", "Dan Hanson", "PERSON", ((0, 10),)), Entity("E4", "Eve Hansen", "PERSON", ((20, 30),))
    hansons = EntityIndex((hanson, hansen))
    assert misspelt_person("Hansn", hansons) is None
    assert misspelt_person("Hasnon", hansons) == hansons.by_id["E3"]


def test_a_name_in_single_marks_inside_a_quotation_is_quoted_again() -> None:
    assert _inner_quoted("“He whispered, ‘Billie Jean ")
    assert _inner_quoted("“He said, 'Billie ")
    assert not _inner_quoted("“He said, ‘go’, and Ryan’s aide told ")
    assert not _inner_quoted("“Ryan’s record and ")


def test_a_name_others_are_reported_to_speak_of_in_the_quotation_may_be_its_speaker() -> None:
    # "Lee met Kim . “They say Kim lied ,” he said ." Kim, in what others say, may be the speaker speaking of himself.
    rows: list[Row] = [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("Kim", 1, "dobj", "PROPN", "NNP", "Kim"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("“", 12, "punct", "PUNCT", "``", "“"),
        ("They", 6, "nsubj", "PRON", "PRP", "they"),
        ("say", 12, "ccomp", "VERB", "VBP", "say"),
        ("Kim", 8, "nsubj", "PROPN", "NNP", "Kim"),
        ("lied", 6, "ccomp", "VERB", "VBD", "lie"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("”", 12, "punct", "PUNCT", "''", "”"),
        ("he", 12, "nsubj", "PRON", "PRP", "he"),
        ("said", 12, "ROOT", "VERB", "VBD", "say"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, joined=frozenset({4, 8, 9}))
    index = _entities(doc, {"Tom Lee": ("PERSON", [(0, 1)]), "Kim Park": ("PERSON", [(2, 3), (7, 8)])})
    assert _linked(doc, index, 11) == "Kim Park"


@pytest.mark.parametrize(("typed", "found"), [(2, True), (1, False)])
def test_a_person_named_by_one_word_is_each_untyped_spelling_of_it_once_typed_twice(typed: int, found: bool) -> None:
    """ "Maddow asked . Maddow said it . Maddow replied .": a one-word name the tagger typed a person twice (her full
    name given only in a show's title) is that person where it typed nothing; once typed is too little evidence."""
    doc = hand_parsed(
        [
            ("Maddow", 1, "nsubj", "PROPN", "NNP", "Maddow"),
            ("asked", 1, "ROOT", "VERB", "VBD", "ask"),
            (".", 1, "punct", "PUNCT", ".", "."),
            ("Maddow", 4, "nsubj", "PROPN", "NNP", "Maddow"),
            ("said", 4, "ROOT", "VERB", "VBD", "say"),
            ("it", 4, "dobj", "PRON", "PRP", "it"),
            (".", 4, "punct", "PUNCT", ".", "."),
            ("Maddow", 8, "nsubj", "PROPN", "NNP", "Maddow"),
            ("replied", 8, "ROOT", "VERB", "VBD", "reply"),
            (".", 8, "punct", "PUNCT", ".", "."),
        ]
    )
    index = _entities(doc, {"Maddow": ("PERSON", [(0, 1), (3, 4)][:typed])})
    covered = {t for e in index for s, end in e.mentions for t in range(s, end)}
    assert (7 in unmarked_surnames(doc, index, covered)) is found


# "Rubio appeared with Senator Ernst , R - Iowa . The Florida senator said it ."
_FLORIDA_SENATOR: list[Row] = [
    ("Rubio", 1, "nsubj", "PROPN", "NNP", "Rubio"),
    ("appeared", 1, "ROOT", "VERB", "VBD", "appear"),
    ("with", 1, "prep", "ADP", "IN", "with"),
    ("Senator", 4, "compound", "PROPN", "NNP", "Senator"),
    ("Ernst", 2, "pobj", "PROPN", "NNP", "Ernst"),
    (",", 4, "punct", "PUNCT", ",", ","),
    ("R", 8, "compound", "PROPN", "NNP", "R"),
    ("-", 8, "punct", "PUNCT", "HYPH", "-"),
    ("Iowa", 4, "appos", "PROPN", "NNP", "Iowa"),
    (".", 1, "punct", "PUNCT", ".", "."),
    ("The", 12, "det", "DET", "DT", "the"),
    ("Florida", 12, "compound", "PROPN", "NNP", "Florida"),
    ("senator", 13, "nsubj", "NOUN", "NN", "senator"),
    ("said", 13, "ROOT", "VERB", "VBD", "say"),
    ("it", 13, "dobj", "PRON", "PRP", "it"),
    (".", 13, "punct", "PUNCT", ".", "."),
]


def test_a_role_phrase_naming_a_state_is_no_one_the_article_placed_in_another() -> None:
    # Ernst is a senator named just before the phrase, but of Iowa (her tag, closing its sentence): the telling goes
    # on with Rubio.
    doc = hand_parsed(_FLORIDA_SENATOR)
    index = _entities(doc, {"Marco Rubio": ("PERSON", [(0, 1)]), "Joni Ernst": ("PERSON", [(4, 5)])})
    assert _linked(doc, index, 12) == "Marco Rubio"
    rows = [*_FLORIDA_SENATOR[:5], (".", 1, "punct", "PUNCT", ".", "."), *_FLORIDA_SENATOR[10:]]
    untagged = hand_parsed([(w, h - 4 if h >= 10 else h, d, p, t, lemma) for w, h, d, p, t, lemma in rows])
    index = _entities(untagged, {"Marco Rubio": ("PERSON", [(0, 1)]), "Joni Ernst": ("PERSON", [(4, 5)])})
    assert _linked(untagged, index, 8) == "Joni Ernst"  # placed nowhere, she is the senator named just before


# "Maria Lis spoke . A woman posted comments . “ Go ! ” she wrote ."
_QUOTED_SENTENCE: list[Row] = [
    ("Maria", 1, "compound", "PROPN", "NNP", "Maria"),
    ("Lis", 2, "nsubj", "PROPN", "NNP", "Lis"),
    ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("A", 5, "det", "DET", "DT", "a"),
    ("woman", 6, "nsubj", "NOUN", "NN", "woman"),
    ("posted", 6, "ROOT", "VERB", "VBD", "post"),
    ("comments", 6, "dobj", "NOUN", "NNS", "comment"),
    (".", 6, "punct", "PUNCT", ".", "."),
    ("“", 10, "punct", "PUNCT", "``", "“"),
    ("Go", 10, "ROOT", "VERB", "VB", "go"),
    ("!", 10, "punct", "PUNCT", ".", "!"),
    ("”", 10, "punct", "PUNCT", "''", "”"),
    ("she", 14, "nsubj", "PRON", "PRP", "she"),
    ("wrote", 14, "ROOT", "VERB", "VBD", "write"),
    (".", 14, "punct", "PUNCT", ".", "."),
]


def test_a_sentence_all_quoted_does_not_put_the_unnamed_person_before_it_out_of_reach() -> None:
    # "“Go!” she wrote" after "A woman posted comments": the woman, whom the article does not name, not Maria Lis.
    doc = hand_parsed(_QUOTED_SENTENCE)
    index = _entities(doc, {"Maria Lis": ("PERSON", [(0, 2)])})
    assert _linked(doc, index, 13) is None


# "Tom Reed has written a book . The Post printed an excerpt . The author said it ."
_AUTHOR: list[Row] = [
    ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
    ("Reed", 3, "nsubj", "PROPN", "NNP", "Reed"),
    ("has", 3, "aux", "AUX", "VBZ", "have"),
    ("written", 3, "ROOT", "VERB", "VBN", "write"),
    ("a", 5, "det", "DET", "DT", "a"),
    ("book", 3, "dobj", "NOUN", "NN", "book"),
    (".", 3, "punct", "PUNCT", ".", "."),
    ("The", 8, "det", "DET", "DT", "the"),
    ("Post", 9, "nsubj", "PROPN", "NNP", "Post"),
    ("printed", 9, "ROOT", "VERB", "VBD", "print"),
    ("an", 11, "det", "DET", "DT", "an"),
    ("excerpt", 9, "dobj", "NOUN", "NN", "excerpt"),
    (".", 9, "punct", "PUNCT", ".", "."),
    ("The", 14, "det", "DET", "DT", "the"),
    ("author", 15, "nsubj", "NOUN", "NN", "author"),
    ("said", 15, "ROOT", "VERB", "VBD", "say"),
    ("it", 15, "dobj", "PRON", "PRP", "it"),
    (".", 15, "punct", "PUNCT", ".", "."),
]


def test_who_wrote_a_book_is_its_author() -> None:
    doc = hand_parsed(_AUTHOR)
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "The Post": ("ORG", [(8, 9)])})
    assert _linked(doc, index, 14) == "Tom Reed"
    assert "author" in role_words(doc[0:2])
    wrote_letter = [*_AUTHOR[:5], ("letter", 3, "dobj", "NOUN", "NN", "letter"), *_AUTHOR[6:]]
    assert "author" not in role_words(hand_parsed(wrote_letter)[0:2])


def _senators(first: list[Row], joined: frozenset[int] = frozenset()) -> Doc:
    """ "<title> Ann Lee and Tom Reed spoke .", the title written as the words of ``first``."""
    n = len(first)
    return hand_parsed(
        [
            *first,
            ("Ann", n + 1, "compound", "PROPN", "NNP", "Ann"),
            ("Lee", n + 5, "nsubj", "PROPN", "NNP", "Lee"),
            ("and", n + 1, "cc", "CCONJ", "CC", "and"),
            ("Tom", n + 4, "compound", "PROPN", "NNP", "Tom"),
            ("Reed", n + 1, "conj", "PROPN", "NNP", "Reed"),
            ("spoke", n + 5, "ROOT", "VERB", "VBD", "speak"),
            (".", n + 5, "punct", "PUNCT", ".", "."),
        ],
        joined,
    )


def test_a_plural_title_before_names_joined_by_and_gives_each_the_title() -> None:
    doc = _senators([("Sens.", 2, "compound", "PROPN", "NNP", "Sens.")])
    assert "senator" in role_words(doc[4:6]) and "senator" in role_words(doc[1:3])
    # The tokenizer's "Sens" and "." written together are the same title.
    split = _senators([("Sens", 3, "compound", "PROPN", "NNP", "Sens"), (".", 3, "punct", "PUNCT", ".", ".")], {0})
    assert "senator" in role_words(split[5:7])
    assert "senator" in role_words(_senators([("Senators", 2, "compound", "PROPN", "NNPS", "Senators")])[4:6])
    # A singular title is the first name's alone.
    assert "senator" not in role_words(_senators([("Senator", 2, "compound", "PROPN", "NNP", "Senator")])[4:6])
    # A name with a title of its own keeps it: "Sens. Ann Lee and Gov. Tom Reed".
    own = hand_parsed(
        [
            ("Sens.", 2, "compound", "PROPN", "NNP", "Sens."),
            ("Ann", 2, "compound", "PROPN", "NNP", "Ann"),
            ("Lee", 7, "nsubj", "PROPN", "NNP", "Lee"),
            ("and", 2, "cc", "CCONJ", "CC", "and"),
            ("Gov.", 6, "compound", "PROPN", "NNP", "Gov."),
            ("Tom", 6, "compound", "PROPN", "NNP", "Tom"),
            ("Reed", 2, "conj", "PROPN", "NNP", "Reed"),
            ("spoke", 7, "ROOT", "VERB", "VBD", "speak"),
            (".", 7, "punct", "PUNCT", ".", "."),
        ]
    )
    assert "senator" not in role_words(own[5:7]) and "governor" in role_words(own[5:7])


# "The Sentinel reported it . Lee spoke . The newspaper said so ."
_NEWSPAPER: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("Sentinel", 2, "nsubj", "PROPN", "NNP", "Sentinel"),
    ("reported", 2, "ROOT", "VERB", "VBD", "report"),
    ("it", 2, "dobj", "PRON", "PRP", "it"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("Lee", 6, "nsubj", "PROPN", "NNP", "Lee"),
    ("spoke", 6, "ROOT", "VERB", "VBD", "speak"),
    (".", 6, "punct", "PUNCT", ".", "."),
    ("The", 9, "det", "DET", "DT", "the"),
    ("newspaper", 10, "nsubj", "NOUN", "NN", "newspaper"),
    ("said", 10, "ROOT", "VERB", "VBD", "say"),
    ("so", 10, "advmod", "ADV", "RB", "so"),
    (".", 10, "punct", "PUNCT", ".", "."),
]


def test_the_newspaper_is_the_body_the_article_showed_reporting() -> None:
    doc = hand_parsed(_NEWSPAPER)
    named = {"The Sentinel": ("ORG", [(0, 2)]), "Ann Lee": ("PERSON", [(5, 6)])}
    assert _linked(doc, _entities(doc, named), 9) == "The Sentinel"
    # A body no table codes that was not shown reporting is no newspaper: "The Sentinel closed it".
    rows = list(_NEWSPAPER)
    rows[2] = ("closed", 2, "ROOT", "VERB", "VBD", "close")
    closed = hand_parsed(rows)
    assert _linked(closed, _entities(closed, named), 9) is None


def _far_newspaper(pad: int) -> list[Row]:
    """ "Reuters reported it . It closed . Lee spoke more more … . The newspaper said so .", with ``pad`` times "more"
    before the newspaper."""
    rows: list[Row] = [
        ("Reuters", 1, "nsubj", "PROPN", "NNP", "Reuters"),
        ("reported", 1, "ROOT", "VERB", "VBD", "report"),
        ("it", 1, "dobj", "PRON", "PRP", "it"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("It", 5, "nsubj", "PRON", "PRP", "it"),
        ("closed", 5, "ROOT", "VERB", "VBD", "close"),
        (".", 5, "punct", "PUNCT", ".", "."),
        ("Lee", 8, "nsubj", "PROPN", "NNP", "Lee"),
        ("spoke", 8, "ROOT", "VERB", "VBD", "speak"),
    ]
    rows += [("more", 8, "advmod", "ADV", "RB", "more")] * pad
    rows += [(".", 8, "punct", "PUNCT", ".", ".")]
    start = len(rows)  # "The newspaper said so ."
    rows += [(w, h - 8 + start, d, p, t, lem) for w, h, d, p, t, lem in _NEWSPAPER[8:]]
    return rows


def test_the_newspaper_is_a_medium_named_within_reach_not_one_a_pronoun_carries() -> None:
    # "the 2009 paper" (a study) pages after "Reuters' Jane Doe", with "it" taken for Reuters in between: the paper
    # is no medium only "it" holds within reach (Reuters' name ends 1,503 characters before it with pad 292, "It"
    # 1,486).
    for pad, linked in ((0, "Reuters"), (280, "Reuters"), (292, None)):
        doc = hand_parsed(_far_newspaper(pad))
        paper = len(doc) - 4
        index = _entities(doc, {"Reuters": ("ORG", [(0, 1)]), "Ann Lee": ("PERSON", [(7, 8)])})
        assert _linked(doc, index, 4) == "Reuters"  # "It closed"
        assert _linked(doc, index, paper) == linked


# "Maria Costa said Y . In an interview with Ann Lee , the senator said X ."
_INTERVIEWED: list[Row] = [
    ("Maria", 1, "compound", "PROPN", "NNP", "Maria"),
    ("Costa", 2, "nsubj", "PROPN", "NNP", "Costa"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("Y", 2, "ccomp", "NOUN", "NN", "y"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("In", 14, "prep", "ADP", "IN", "in"),
    ("an", 7, "det", "DET", "DT", "an"),
    ("interview", 5, "pobj", "NOUN", "NN", "interview"),
    ("with", 7, "prep", "ADP", "IN", "with"),
    ("Ann", 10, "compound", "PROPN", "NNP", "Ann"),
    ("Lee", 8, "pobj", "PROPN", "NNP", "Lee"),
    (",", 14, "punct", "PUNCT", ",", ","),
    ("the", 13, "det", "DET", "DT", "the"),
    ("senator", 14, "nsubj", "NOUN", "NN", "senator"),
    ("said", 14, "ROOT", "VERB", "VBD", "say"),
    ("X", 14, "ccomp", "NOUN", "NN", "x"),
    (".", 14, "punct", "PUNCT", ".", "."),
]


def test_a_role_noun_is_not_one_named_in_a_phrase_of_its_own_verb() -> None:
    # Written just before "the senator", Lee is still the one interviewed, not the senator who speaks.
    doc = hand_parsed(_INTERVIEWED)
    people = {"Maria Costa": ("PERSON", [(0, 2)]), "Ann Lee": ("PERSON", [(9, 11)])}
    assert _linked(doc, _entities(doc, people), 13) == "Maria Costa"


def _reported_then_he(reported: Row) -> list[Row]:
    """ "Tom Reed said John Lee <reported> it . He added more ." with John Lee the subject of the reported clause."""
    return [
        ("Tom", 1, "compound", "PROPN", "NNP", "Tom"),
        ("Reed", 2, "nsubj", "PROPN", "NNP", "Reed"),
        ("said", 2, "ROOT", "VERB", "VBD", "say"),
        ("John", 4, "compound", "PROPN", "NNP", "John"),
        ("Lee", 5, "nsubj", "PROPN", "NNP", "Lee"),
        reported,
        ("it", 5, "dobj", "PRON", "PRP", "it"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("He", 9, "nsubj", "PRON", "PRP", "he"),
        ("added", 9, "ROOT", "VERB", "VBD", "add"),
        ("more", 9, "dobj", "ADJ", "JJR", "more"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ]


def test_one_named_as_speaking_inside_anothers_report_is_not_the_last_speaker() -> None:
    # "Tom Reed said John Lee had claimed it. He added more.": Reed reports Lee's claim and goes on.
    doc = hand_parsed(_reported_then_he(("claimed", 2, "ccomp", "VERB", "VBD", "claim")))
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "John Lee": ("PERSON", [(3, 5)])})
    assert _linked(doc, index, 8) == "Tom Reed"


def test_one_named_as_speaking_beside_a_report_is_the_last_speaker() -> None:
    # "Tom Reed said , and John Lee claimed it . He added more .": Lee speaks in a clause of his own.
    doc = hand_parsed(_reported_then_he(("claimed", 2, "conj", "VERB", "VBD", "claim")))
    index = _entities(doc, {"Tom Reed": ("PERSON", [(0, 2)]), "John Lee": ("PERSON", [(3, 5)])})
    assert _linked(doc, index, 8) == "John Lee"


def test_he_takes_a_person_named_in_its_own_sentence_over_a_subject_the_sentence_before_reports() -> None:
    """ "It seems Park lied . Voters like Lis because he wins .": Lis, named nearer in the pronoun's own sentence, not
    Park, the subject of a clause inside the sentence before (which carries on only over names further back)."""
    rows: list[Row] = [
        ("It", 1, "nsubj", "PRON", "PRP", "it"),
        ("seems", 1, "ROOT", "VERB", "VBZ", "seem"),
        ("Park", 3, "nsubj", "PROPN", "NNP", "Park"),
        ("lied", 1, "ccomp", "VERB", "VBD", "lie"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("Voters", 6, "nsubj", "NOUN", "NNS", "voter"),
        ("like", 6, "ROOT", "VERB", "VBP", "like"),
        ("Lis", 6, "dobj", "PROPN", "NNP", "Lis"),
        ("because", 10, "mark", "SCONJ", "IN", "because"),
        ("he", 10, "nsubj", "PRON", "PRP", "he"),
        ("wins", 6, "advcl", "VERB", "VBZ", "win"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    index = _entities(doc, {"Park": ("PERSON", [(2, 3)]), "Lis": ("PERSON", [(7, 8)])})
    assert _linked(doc, index, 9) == "Lis"
    # "it" is left to that subject: a body named nearer is as often the wrong thing
    it_rows = [*rows[:9], ("it", 10, "nsubj", "PRON", "PRP", "it"), *rows[10:]]
    things = _entities(hand_parsed(it_rows), {"Park": ("ORG", [(2, 3)]), "Lis": ("ORG", [(7, 8)])})
    assert _linked(hand_parsed(it_rows), things, 9) == "Park"
