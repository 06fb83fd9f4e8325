"""A headline read as headlinese is written: with an article after its verb ("Rebels shell the town"), an adverb before
an intransitive one ("Rebels now surrender"), an auxiliary before a bare passive ("Five were killed")."""

import pytest
from spacy.tokens import Token

from telex.ingest.clean import clean
from telex.nlp.casing import headline_lines, loud_lines
from telex.nlp.headlines import _adverb_at, _bare_participle, _clause_at, _has_clause, _passive_at, _to_future
from telex.nlp.model import load_model
from telex.nlp.parse import parse_many
from tests.unit.fixtures import hand_parsed

# "Rebels shell market town" read as one noun phrase, and the same words read as a clause.
_NOUNS = [
    ("Rebels", 3, "compound", "NOUN", "NNS", "rebel"),
    ("shell", 3, "compound", "NOUN", "NN", "shell"),
    ("market", 3, "compound", "NOUN", "NN", "market"),
    ("town", 3, "ROOT", "NOUN", "NN", "town"),
]
_READ = [
    ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
    ("shell", 1, "ROOT", "VERB", "VBP", "shell"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("market", 4, "compound", "NOUN", "NN", "market"),
    ("town", 1, "dobj", "NOUN", "NN", "town"),
]


def test_a_noun_phrase_has_no_clause_and_a_verb_with_a_subject_has() -> None:
    assert not _has_clause(hand_parsed(_NOUNS)[:])
    assert _has_clause(hand_parsed(_READ)[:])
    to_future = [
        ("Chile", 2, "compound", "PROPN", "NNP", "Chile"),
        ("to", 2, "aux", "PART", "TO", "to"),
        ("vote", 2, "ROOT", "VERB", "VB", "vote"),
    ]
    assert _has_clause(hand_parsed(to_future)[:])
    passive = [
        ("Climate", 1, "compound", "NOUN", "NN", "climate"),
        ("pact", 1, "ROOT", "NOUN", "NN", "pact"),
        ("signed", 1, "acl", "VERB", "VBN", "sign"),
    ]
    assert _has_clause(hand_parsed(passive)[:])  # a passive with no copula is the headline's predicate


def test_a_reading_is_kept_only_as_one_clause_whose_subject_is_every_word_before_the_verb() -> None:
    assert _clause_at(hand_parsed(_READ), 2, 1)
    other_root = [
        ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
        ("shell", 4, "ccomp", "VERB", "VBP", "shell"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("market", 4, "compound", "NOUN", "NN", "market"),
        ("town", 4, "ROOT", "NOUN", "NN", "town"),
    ]
    assert not _clause_at(hand_parsed(other_root), 2, 1)
    past = [(w, h, d, p, "VBD" if i == 1 else t, lem) for i, (w, h, d, p, t, lem) in enumerate(_READ)]
    assert not _clause_at(hand_parsed(past), 2, 1)  # a past form after the subject is a headline's passive


# "Five killed in market blast", as the parser reads it (a participle hung on "Five") and with "were" put back.
_HUNG = [
    ("Five", 0, "ROOT", "NUM", "CD", "five"),
    ("killed", 0, "acl", "VERB", "VBN", "kill"),
    ("in", 1, "prep", "ADP", "IN", "in"),
    ("market", 4, "compound", "NOUN", "NN", "market"),
    ("blast", 2, "pobj", "NOUN", "NN", "blast"),
]
_PASSIVE = [
    ("Five", 2, "nsubjpass", "NUM", "CD", "five"),
    ("were", 2, "auxpass", "AUX", "VBD", "be"),
    ("killed", 2, "ROOT", "VERB", "VBN", "kill"),
    ("in", 2, "prep", "ADP", "IN", "in"),
    ("market", 5, "compound", "NOUN", "NN", "market"),
    ("blast", 3, "pobj", "NOUN", "NN", "blast"),
]


def test_a_past_form_right_after_the_subject_with_no_object_is_a_bare_passive() -> None:
    assert _bare_participle(hand_parsed(_HUNG)[:]) == 1
    got = [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("got", 1, "ROOT", "VERB", "VBD", "get"),
        ("more", 3, "amod", "ADJ", "JJR", "more"),
        ("votes", 1, "dobj", "NOUN", "NNS", "vote"),
    ]
    assert _bare_participle(hand_parsed(got)[:]) is None  # an object after it: an active past
    prose = [*_HUNG, (".", 0, "punct", "PUNCT", ".", ".")]
    assert _bare_participle(hand_parsed(prose)[:]) is None  # a line ending as a sentence is prose
    clause = [*_HUNG, (";", 0, "punct", "PUNCT", ":", ";")]
    assert _bare_participle(hand_parsed(clause)[:]) is None  # and one ending as a clause does
    done = [row for i, row in enumerate(_PASSIVE) if i != 1]
    done = [(w, h - (h > 1), d, p, t, lem) for w, h, d, p, t, lem in done]
    assert _bare_participle(hand_parsed(done)[:]) is None  # already a passive


def test_a_full_stop_after_a_line_in_title_case_or_capitals_ends_no_sentence() -> None:
    # "FIVE KILLED IN MARKET BLAST.": a full stop put after a headline in capitals or title case.
    prose = [*_HUNG, (".", 0, "punct", "PUNCT", ".", ".")]
    assert _bare_participle(hand_parsed(prose)[:], loud=True) == 1
    exclaimed = [*_HUNG, ("!", 0, "punct", "PUNCT", ".", "!")]
    assert _bare_participle(hand_parsed(exclaimed)[:], loud=True) is None


def test_loud_lines_are_the_headlines_in_title_case_or_capitals() -> None:
    text = "Clinton Accused Of Lying In Debate.\n\nClinton was accused of lying.\nFIVE KILLED IN BLAST\n"
    first, heading = (0, 35), (text.index("FIVE"), text.index("FIVE") + 20)
    assert loud_lines(text, [heading]) == [first, heading]
    assert loud_lines("Clinton wins in Iowa.\n\nBody.\n") == []


def test_a_passive_reading_is_kept_only_with_its_subject_every_word_before_the_auxiliary() -> None:
    assert _passive_at(hand_parsed(_PASSIVE), 1, 2)
    active = [(w, h, "nsubj" if d == "nsubjpass" else "aux" if d == "auxpass" else d, p, t, lem)
              for w, h, d, p, t, lem in _PASSIVE]
    assert not _passive_at(hand_parsed(active), 1, 2)
    short = [("Market", 1, "compound", "NOUN", "NN", "market"), *_PASSIVE[:3]]
    short = [(w, h + (i > 0), d, p, t, lem) for i, (w, h, d, p, t, lem) in enumerate(short)]
    short[1] = ("Five", 3, "npadvmod", "NUM", "CD", "five")
    assert not _passive_at(hand_parsed(short), 2, 3)  # its subject stops short of the line's start


def test_an_adverb_reading_is_kept_only_with_the_adverb_on_the_verb_and_no_dependents() -> None:
    read = [
        ("Rebels", 2, "nsubj", "NOUN", "NNS", "rebel"),
        ("now", 2, "advmod", "ADV", "RB", "now"),
        ("surrender", 2, "ROOT", "VERB", "VBP", "surrender"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("Congo", 3, "pobj", "PROPN", "NNP", "Congo"),
    ]
    assert _adverb_at(hand_parsed(read), 1, 2)
    noun = [(w, h, d, p, "NN" if w == "surrender" else t, lem) for w, h, d, p, t, lem in read]
    assert not _adverb_at(hand_parsed(noun), 1, 2)  # the word is no present verb
    elsewhere = [*read[:1], ("now", 3, "advmod", "ADV", "RB", "now"), *read[2:]]
    assert not _adverb_at(hand_parsed(elsewhere), 1, 2)


def test_a_to_future_hung_on_a_name_is_the_names_plan() -> None:
    hung = [
        ("Norway", 0, "ROOT", "PROPN", "NNP", "Norway"),
        ("to", 2, "aux", "PART", "TO", "to"),
        ("sell", 0, "relcl", "VERB", "VB", "sell"),
        ("ferries", 2, "dobj", "NOUN", "NNS", "ferry"),
        (".", 0, "punct", "PUNCT", ".", "."),
    ]
    assert _to_future(hand_parsed(hung)[:]) == [
        (2, "nsubj", "NNP"), (2, "aux", "TO"), (2, "ROOT", "VB"), (2, "dobj", "NNS"), (2, "punct", "."),
    ]
    things = [("Things", 0, "ROOT", "NOUN", "NNS", "thing"), *hung[1:4]]
    assert _to_future(hand_parsed(things)[:]) is None  # "things to know": a common noun's infinitive is its own


def test_the_headlines_are_the_first_line_in_capitals_or_short() -> None:
    text = "Rebels Shell Market Town In Darfur\n\nRebels shelled a market town on Monday, residents said."
    assert headline_lines(text) == [(0, 34)]
    assert headline_lines("Tajik activist beaten by police\n\nPolice beat an activist.") == [(0, 31)]
    prose = "Rebels shelled a market town in the west of the country on Monday and residents of the town said that " \
        "many were hurt.\n\nThe army said nothing."
    assert headline_lines(prose) == []  # a long first line in sentence case is prose
    assert headline_lines("Residents fled.\n\nRebels Shell Market Town In Darfur") == [(0, 15)]  # the first line only


@pytest.mark.model
def test_a_headline_verb_read_as_a_noun_becomes_the_verb_of_its_clause() -> None:
    text = "REBELS SHELL MARKET TOWN IN DARFUR\n\nRebels shelled a market town on Monday, residents said."
    passive = "Election Results Expected Tomorrow\n\nThe count goes on."
    cleaned = clean(text)
    [(doc, _), (other, _)] = parse_many(load_model(), [(cleaned, None), (clean(passive), None)])
    shell = next(t for t in doc if t.lower_ == "shell")
    assert (shell.tag_, shell.dep_) == ("VBP", "ROOT")
    assert [c.lower_ for c in shell.children if c.dep_ == "nsubj"] == ["rebels"]
    assert len(doc.text) == len(cleaned.text)
    assert [t.idx for t in doc] == [t.idx for t in load_model().make_doc(doc.text)]  # every offset kept
    expected = next(t for t in other if t.lower_ == "expected")
    assert expected.tag_ == "VBN"  # a passive with no copula is no active verb


@pytest.mark.model
def test_a_bare_passive_and_an_intransitive_verb_are_read_as_clauses() -> None:
    texts = [
        "Four Killed In Bus Bombing In Quetta\n\nA bomb tore through a bus in Quetta on Monday, officials said.",
        "Militias Surrender In Northern Province\n\nArmed militias gave up their guns on Friday, police said.",
        "Trump's Support Twice That Of Rival's\n\nA poll gave the figures on Friday.",
    ]
    killed, surrender, support = _words_parsed(texts, ["killed", "surrender", "support"])
    assert (killed.tag_, killed.dep_) == ("VBN", "ROOT")
    assert [c.lower_ for c in killed.children if c.dep_ == "nsubjpass"] == ["four"]
    assert (surrender.tag_, surrender.dep_) == ("VBP", "ROOT")
    assert not support.tag_.startswith("VB")  # a possessive owns the word after it


@pytest.mark.model
def test_a_short_first_line_in_sentence_case_is_read_as_headlinese() -> None:
    texts = [
        "Tajik activist beaten by police in Dushanbe\n\nPolice beat an opposition activist on Saturday.",
        "Bleak outlook for independent run\n\nA poll gave the figures on Friday.",
        "Port cities brace for storms\n\nForecasters warned of high winds.",
    ]
    beaten, outlook, cities = _words_parsed(texts, ["beaten", "outlook", "cities"])
    assert (beaten.dep_, [c.lower_ for c in beaten.children if c.dep_ == "nsubjpass"]) == ("ROOT", ["activist"])
    assert not outlook.tag_.startswith("VB")  # an adjective alone is no subject
    assert not cities.tag_.startswith("VB")  # a noun alone is no verb


def _words_parsed(texts: list[str], words: list[str]) -> list[Token]:
    """Per text, its first token spelt as the word of ``words`` at its place, as the pipeline parses the text."""
    docs = [doc for doc, _ in parse_many(load_model(), [(clean(text), None) for text in texts])]
    return [next(t for t in doc if t.lower_ == word) for doc, word in zip(docs, words, strict=True)]
