"""Attribution rules over hand-built parses, so they run without the model."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from telex.entity_index import EntityIndex
from telex.quotes.attribution import Attribution
from telex.quotes.clauses import relative_content
from telex.quotes.extract import extract_quotes
from telex.quotes.lexicon import reporting_verbs, speaking_occasions
from telex.quotes.nouns import (
    adjective_attributions,
    answered_attributions,
    holder_attributions,
    noun_attributions,
    received_attributions,
)
from telex.quotes.phrases import before_closing_phrase, phrase_attributions
from telex.quotes.subjects import antecedent, speaker_span, subject_of
from telex.quotes.verbs import verb_attributions
from telex.records import Entity
from tests.unit.fixtures import Row, hand_parsed

# "They unveiled a plan that officials said would cut costs ."
_PLAN: list[Row] = [
    ("They", 1, "nsubj", "PRON", "PRP", "they"),
    ("unveiled", 1, "ROOT", "VERB", "VBD", "unveil"),
    ("a", 3, "det", "DET", "DT", "a"),
    ("plan", 1, "dobj", "NOUN", "NN", "plan"),
    ("that", 8, "nsubj", "PRON", "WDT", "that"),
    ("officials", 6, "nsubj", "NOUN", "NNS", "official"),
    ("said", 3, "relcl", "VERB", "VBD", "say"),
    ("would", 8, "aux", "AUX", "MD", "would"),
    ("cut", 6, "ccomp", "VERB", "VB", "cut"),
    ("costs", 8, "dobj", "NOUN", "NNS", "cost"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def _subject_text(rows: list[Row], verb: int) -> str | None:
    """The word ``subject_of`` takes as the speaker of the verb at ``verb`` in a hand-parsed sentence."""
    speaker = subject_of(hand_parsed(rows)[verb])
    return speaker.text if speaker is not None else None


def test_a_report_in_a_relative_clause_runs_from_after_its_cue() -> None:
    # PolNeAR's content never holds its own speaker and cue: the relative fills a gap in "would cut costs".
    doc = hand_parsed(_PLAN)
    said = doc[6]
    speaker = subject_of(said)
    assert speaker is not None and speaker.text == "officials"
    span = relative_content(said, speaker, reporting_verbs()["say"])
    assert span is not None and doc.text[span[0] : span[1]] == "would cut costs"


def test_a_relative_subject_is_the_speaker_not_a_gap() -> None:
    # "Cruz , who said he won ." keeps its ordinary content: the relative is who spoke.
    doc = hand_parsed(
        [
            ("Cruz", 0, "ROOT", "PROPN", "NNP", "Cruz"),
            (",", 0, "punct", "PUNCT", ",", ","),
            ("who", 3, "nsubj", "PRON", "WP", "who"),
            ("said", 0, "relcl", "VERB", "VBD", "say"),
            ("he", 5, "nsubj", "PRON", "PRP", "he"),
            ("won", 3, "ccomp", "VERB", "VBD", "win"),
            (".", 0, "punct", "PUNCT", ".", "."),
        ]
    )
    assert relative_content(doc[3], doc[2], reporting_verbs()["say"]) is None


def _who_said(described: list[Row], people: tuple[int, ...], noun: int) -> str:
    """What "who" stands for in "<described> , who said he won .", its relative clause hung on ``described[noun]``;
    the words at ``people`` are named persons."""
    n = len(described)
    rows = [
        *described,
        (",", noun, "punct", "PUNCT", ",", ","),
        ("who", n + 2, "nsubj", "PRON", "WP", "who"),
        ("said", noun, "relcl", "VERB", "VBD", "say"),
        ("he", n + 4, "nsubj", "PRON", "PRP", "he"),
        ("won", n + 2, "ccomp", "VERB", "VBD", "win"),
        (".", 0, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    doc.ents = [SpacySpan(doc, i, i + 1, label="PERSON") for i in people]
    found = antecedent(doc[n + 1])
    return found.text if found is not None else ""


def test_who_after_a_description_stands_for_the_person_described() -> None:
    # "Berger , a gynecologist from Englewood , who said …": the parser hung the clause on the place.
    berger = [
        ("Berger", 0, "ROOT", "PROPN", "NNP", "Berger"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("a", 3, "det", "DET", "DT", "a"),
        ("gynecologist", 0, "appos", "NOUN", "NN", "gynecologist"),
        ("from", 3, "prep", "ADP", "IN", "from"),
        ("Englewood", 4, "pobj", "PROPN", "NNP", "Englewood"),
    ]
    assert _who_said(berger, (0,), 5) == "Berger"
    # "Bryant , a backer of Cruz , who said …": a name inside the description is not whom it describes.
    bryant = [
        ("Bryant", 0, "ROOT", "PROPN", "NNP", "Bryant"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("a", 3, "det", "DET", "DT", "a"),
        ("backer", 0, "appos", "NOUN", "NN", "backer"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("Cruz", 4, "pobj", "PROPN", "NNP", "Cruz"),
    ]
    assert _who_said(bryant, (0, 5), 5) == "Bryant"


def test_who_after_a_name_or_a_group_stays_with_it() -> None:
    # "Cook and his friend Trump , who said …": the name the clause hangs on is the one who said it.
    friend = [
        ("Cook", 0, "ROOT", "PROPN", "NNP", "Cook"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("his", 3, "poss", "PRON", "PRP$", "his"),
        ("friend", 0, "conj", "NOUN", "NN", "friend"),
        ("Trump", 3, "appos", "PROPN", "NNP", "Trump"),
    ]
    assert _who_said(friend, (0, 4), 4) == "Trump"
    # "Willey , two of the women , who said …": a plural noun is a group, not the person before it.
    women = [
        ("Willey", 0, "ROOT", "PROPN", "NNP", "Willey"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("two", 0, "appos", "NUM", "CD", "two"),
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("women", 3, "pobj", "NOUN", "NNS", "woman"),
    ]
    assert _who_said(women, (0,), 5) == "women"


def test_a_statement_speaks_for_whoever_issued_it() -> None:
    # "The party issued a statement saying it would win ."
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("party", 2, "nsubj", "NOUN", "NN", "party"),
        ("issued", 2, "ROOT", "VERB", "VBD", "issue"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("statement", 2, "dobj", "NOUN", "NN", "statement"),
        ("saying", 4, "acl", "VERB", "VBG", "say"),
        ("it", 8, "nsubj", "PRON", "PRP", "it"),
        ("would", 8, "aux", "AUX", "MD", "would"),
        ("win", 5, "ccomp", "VERB", "VB", "win"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(rows, 5) == "party"


# "She spoke at a conference announcing that it would sue ."
_CONFERENCE: list[Row] = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
    ("at", 1, "prep", "ADP", "IN", "at"),
    ("a", 4, "det", "DET", "DT", "a"),
    ("conference", 2, "pobj", "NOUN", "NN", "conference"),
    ("announcing", 4, "acl", "VERB", "VBG", "announce"),
    ("that", 9, "mark", "SCONJ", "IN", "that"),
    ("it", 9, "nsubj", "PRON", "PRP", "it"),
    ("would", 9, "aux", "AUX", "MD", "would"),
    ("sue", 5, "ccomp", "VERB", "VB", "sue"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_participle_on_an_occasion_speaks_for_whoever_holds_it() -> None:
    assert _subject_text(_CONFERENCE, 5) == "She"
    doc = hand_parsed(_CONFERENCE)
    found = [a for a in verb_attributions(doc) if a.cue_token.i == 5]
    assert [doc.text[a.start : a.end] for a in found] == ["that it would sue"]


def test_a_participle_on_a_noun_of_people_has_them_speak() -> None:
    # "The emails included staff members suggesting it was wrong ."
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("emails", 2, "nsubj", "NOUN", "NNS", "email"),
        ("included", 2, "ROOT", "VERB", "VBD", "include"),
        ("staff", 4, "compound", "NOUN", "NN", "staff"),
        ("members", 2, "dobj", "NOUN", "NNS", "member"),
        ("suggesting", 4, "acl", "VERB", "VBG", "suggest"),
        ("it", 7, "nsubj", "PRON", "PRP", "it"),
        ("was", 5, "ccomp", "AUX", "VBD", "be"),
        ("wrong", 7, "acomp", "ADJ", "JJ", "wrong"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(rows, 5) == "members"


def test_a_participle_of_speech_hung_on_the_addressee_is_the_senders() -> None:
    # "The campaign sent a message to supporters saying it won ." and "The senator emailed supporters saying it won ."
    sent: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("campaign", 2, "nsubj", "NOUN", "NN", "campaign"),
        ("sent", 2, "ROOT", "VERB", "VBD", "send"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("message", 2, "dobj", "NOUN", "NN", "message"),
        ("to", 2, "prep", "ADP", "IN", "to"),
        ("supporters", 5, "pobj", "NOUN", "NNS", "supporter"),
        ("saying", 6, "acl", "VERB", "VBG", "say"),
        ("it", 9, "nsubj", "PRON", "PRP", "it"),
        ("won", 7, "ccomp", "VERB", "VBD", "win"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(sent, 7) == "campaign"
    emailed: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("senator", 2, "nsubj", "NOUN", "NN", "senator"),
        ("emailed", 2, "ROOT", "VERB", "VBD", "email"),
        ("supporters", 2, "dobj", "NOUN", "NNS", "supporter"),
        ("saying", 3, "acl", "VERB", "VBG", "say"),
        ("it", 6, "nsubj", "PRON", "PRP", "it"),
        ("won", 4, "ccomp", "VERB", "VBD", "win"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(emailed, 4) == "senator"
    # A stance of the addressee stays theirs: "The senator emailed supporters backing him ."
    backing = [*emailed[:4], ("backing", 3, "acl", "VERB", "VBG", "back"), ("him", 4, "dobj", "PRON", "PRP", "he")]
    backing.append(emailed[-1])
    assert _subject_text(backing, 4) == "supporters"


def test_a_participle_on_what_a_verb_judges_is_not_the_judges() -> None:
    # "Lee criticized critics claiming it won .": the critics claim, not Lee, whose object is what she judged.
    rows: list[Row] = [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
        ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
        ("critics", 1, "dobj", "NOUN", "NNS", "critic"),
        ("claiming", 2, "acl", "VERB", "VBG", "claim"),
        ("it", 5, "nsubj", "PRON", "PRP", "it"),
        ("won", 3, "ccomp", "VERB", "VBD", "win"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(rows, 3) == "critics"


def test_a_past_participle_on_the_addressee_is_no_senders_report() -> None:
    # "Lee wrote to a group called Real News .": a name given, not words the writer says.
    rows: list[Row] = [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
        ("wrote", 1, "ROOT", "VERB", "VBD", "write"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("group", 2, "pobj", "NOUN", "NN", "group"),
        ("called", 4, "acl", "VERB", "VBN", "call"),
        ("Real", 7, "compound", "PROPN", "NNP", "Real"),
        ("News", 5, "oprd", "PROPN", "NNP", "News"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(rows, 5) is None


def test_a_name_right_before_a_reporting_verb_with_no_subject_speaks() -> None:
    # "With the board spokesman said it won ." with "spokesman" hung on the preposition, as after a long fronted phrase.
    rows: list[Row] = [
        ("With", 4, "prep", "ADP", "IN", "with"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("board", 3, "compound", "NOUN", "NN", "board"),
        ("spokesman", 0, "pobj", "NOUN", "NN", "spokesman"),
        ("said", 4, "ROOT", "VERB", "VBD", "say"),
        ("it", 6, "nsubj", "PRON", "PRP", "it"),
        ("won", 4, "ccomp", "VERB", "VBD", "win"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(rows, 4) == "spokesman"
    # Not a noun that cannot speak ("With the board meeting said it won ."), nor before a participle.
    assert _subject_text([*rows[:3], ("meeting", 0, "pobj", "NOUN", "NN", "meeting"), *rows[4:]], 4) is None
    participle = [*rows[:4], ("saying", 4, "ROOT", "VERB", "VBG", "say"), *rows[5:]]
    assert _subject_text(participle, 4) is None


def test_the_phrase_right_before_a_reporting_verb_with_no_subject_speaks_by_its_lowest_speaker() -> None:
    # "With the spokesman of Kansas ) said it won .": past the bracket, up from "Kansas" to the word that can speak.
    rows: list[Row] = [
        ("With", 6, "prep", "ADP", "IN", "with"),
        ("the", 2, "det", "DET", "DT", "the"),
        ("spokesman", 0, "pobj", "NOUN", "NN", "spokesman"),
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("Kansas", 3, "pobj", "PROPN", "NNP", "Kansas"),
        (")", 6, "punct", "PUNCT", "-RRB-", ")"),
        ("said", 6, "ROOT", "VERB", "VBD", "say"),
        ("it", 8, "nsubj", "PRON", "PRP", "it"),
        ("won", 6, "ccomp", "VERB", "VBD", "win"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(rows, 6) == "spokesman"
    # Past a comma stand lists and appositions of other people: "… slams Trump , praises …" is no speaker's.
    assert _subject_text([*rows[:5], (",", 6, "punct", "PUNCT", ",", ","), *rows[6:]], 6) is None


def _sole_content(rows: list[Row]) -> str:
    """The content of the one verb attribution in a hand-parsed sentence."""
    doc = hand_parsed(rows)
    [found] = verb_attributions(doc)
    return doc.text[found.start : found.end]


def _said_rows(aside: list[Row]) -> list[Row]:
    """ "He said the plan failed <aside> ." with the aside hand-parsed after token 4."""
    return [
        ("He", 1, "nsubj", "PRON", "PRP", "he"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("plan", 4, "nsubj", "NOUN", "NN", "plan"),
        ("failed", 1, "ccomp", "VERB", "VBD", "fail"),
        *aside,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def _said_that(aside: list[Row]) -> str:
    """The content of "He said the plan failed <aside> ."."""
    return _sole_content(_said_rows(aside))


def test_a_clause_hung_before_a_report_with_an_object_of_its_own_is_not_its_content() -> None:
    # "Costs rose , Lee accused Kim of lying .": the parser hung the clause before on "accused", which reports its own
    # object and complement.
    before: list[Row] = [("Costs", 1, "nsubj", "NOUN", "NNS", "cost"), ("rose", 4, "ccomp", "VERB", "VBD", "rise"),
                         (",", 4, "punct", "PUNCT", ",", ","), ("Lee", 4, "nsubj", "PROPN", "NNP", "Lee")]  # fmt: skip
    accused = [("accused", 4, "ROOT", "VERB", "VBD", "accuse"), ("Kim", 4, "dobj", "PROPN", "NNP", "Kim"),
               ("of", 4, "prep", "ADP", "IN", "of"), ("lying", 6, "pcomp", "VERB", "VBG", "lie"),
               (".", 4, "punct", "PUNCT", ".", ".")]  # fmt: skip
    assert _sole_content([*before, *accused]) == "Kim of lying"
    # "Costs rose , Lee told reporters .": whom she told is no content; the clause before is what she said.
    told = [("told", 4, "ROOT", "VERB", "VBD", "tell"), ("reporters", 4, "dobj", "NOUN", "NNS", "reporter"),
            (".", 4, "punct", "PUNCT", ".", ".")]  # fmt: skip
    assert _sole_content([*before, *told]) == "Costs rose"
    # "Costs rose , Lee dubbed himself over footage .": a pronoun object alone is whom, not what.
    dubbed = [("dubbed", 4, "ROOT", "VERB", "VBD", "dub"), ("himself", 4, "dobj", "PRON", "PRP", "himself"),
              ("over", 4, "prep", "ADP", "IN", "over"), ("footage", 6, "pobj", "NOUN", "NN", "footage"),
              (".", 4, "punct", "PUNCT", ".", ".")]  # fmt: skip
    assert _sole_content([*before, *dubbed]) == "Costs rose"


def test_a_contrasted_statement_of_another_speaker_is_a_report_of_its_own() -> None:
    # "He said the plan failed , while Lee said costs rose .": two speakers, two reports.
    comma: Row = (",", 4, "punct", "PUNCT", ",", ",")
    other = [comma, ("while", 8, "mark", "SCONJ", "IN", "while"), ("Lee", 8, "nsubj", "PROPN", "NNP", "Lee"),
             ("said", 4, "advcl", "VERB", "VBD", "say"), ("costs", 10, "nsubj", "NOUN", "NNS", "cost"),
             ("rose", 8, "ccomp", "VERB", "VBD", "rise")]  # fmt: skip
    doc = hand_parsed(_said_rows(other))
    contents = {a.cue_token.i: doc.text[a.start : a.end] for a in verb_attributions(doc)}
    assert contents == {1: "the plan failed", 8: "costs rose"}
    # A contrast that states no words of its own goes on with what was said: "…, while Lee favored cuts".
    favored = [comma, ("while", 8, "mark", "SCONJ", "IN", "while"), ("Lee", 8, "nsubj", "PROPN", "NNP", "Lee"),
               ("favored", 4, "advcl", "VERB", "VBD", "favor"), ("cuts", 8, "dobj", "NOUN", "NNS", "cut")]  # fmt: skip
    doc = hand_parsed(_said_rows(favored))
    said = next(a for a in verb_attributions(doc) if a.cue_token.i == 1)
    assert doc.text[said.start : said.end] == "the plan failed , while Lee favored cuts"


def test_a_trailing_aside_of_the_writer_stays_out() -> None:
    comma: Row = (",", 4, "punct", "PUNCT", ",", ",")
    who = [comma, ("who", 7, "nsubj", "PRON", "WP", "who"), ("resigned", 3, "relcl", "VERB", "VBD", "resign")]
    saying = [comma, ("saying", 4, "advcl", "VERB", "VBG", "say"), ("nothing", 6, "dobj", "PRON", "NN", "nothing")]
    dash = [("—", 4, "punct", "PUNCT", ":", "—"), ("a", 7, "det", "DET", "DT", "a"),
            ("surprise", 4, "npadvmod", "NOUN", "NN", "surprise")]  # fmt: skip
    # ", which she said …": a relative with a report of its own is someone else's statement.
    reported = [comma, ("which", 9, "nsubj", "PRON", "WDT", "which"), ("she", 8, "nsubj", "PRON", "PRP", "she"),
                ("said", 3, "relcl", "VERB", "VBD", "say"), ("cost", 8, "ccomp", "VERB", "VBD", "cost"),
                ("millions", 9, "dobj", "NOUN", "NNS", "million")]  # fmt: skip
    assert _said_that(who) == "the plan failed"
    assert _said_that(saying) == "the plan failed"
    assert _said_that(dash) == "the plan failed"
    doc = hand_parsed(_said_rows(reported))
    found = next(a for a in verb_attributions(doc) if a.cue_token.i == 1)
    assert doc.text[found.start : found.end] == "the plan failed"


def _says_kim_promised(joined: list[Row]) -> str:
    """The content of "She says Kim promised to help and <joined> ." (the report of "says")."""
    rows: list[Row] = [
        ("She", 1, "nsubj", "PRON", "PRP", "she"),
        ("says", 1, "ROOT", "VERB", "VBZ", "say"),
        ("Kim", 3, "nsubj", "PROPN", "NNP", "Kim"),
        ("promised", 1, "ccomp", "VERB", "VBD", "promise"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("help", 3, "xcomp", "VERB", "VB", "help"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        *joined,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    found = next(a for a in verb_attributions(doc) if a.cue_token.i == 1)
    return doc.text[found.start : found.end]


def test_a_joined_report_of_a_clause_of_its_own_ends_the_content() -> None:
    # "… and said he would stay": a second report, with a clause of its own, is no part of the first one's content.
    said = [("said", 3, "conj", "VERB", "VBD", "say"), ("he", 10, "nsubj", "PRON", "PRP", "he"),
            ("would", 10, "aux", "AUX", "MD", "would"), ("stay", 7, "ccomp", "VERB", "VB", "stay")]  # fmt: skip
    # "… and praised the plan": no clause of its own; what the speaker says Kim did goes on.
    praised = [("praised", 3, "conj", "VERB", "VBD", "praise"), ("the", 9, "det", "DET", "DT", "the"),
               ("plan", 7, "dobj", "NOUN", "NN", "plan")]  # fmt: skip
    assert _says_kim_promised(said) == "Kim promised to help"
    assert _says_kim_promised(praised) == "Kim promised to help and praised the plan"


def test_which_after_a_reported_clause_goes_on_with_it() -> None:
    # "He said the plan failed , which cost millions .": after a whole reported clause a ", which …" more often
    # goes on with what was said than adds the writer's aside.
    comma: Row = (",", 4, "punct", "PUNCT", ",", ",")
    which = [comma, ("which", 7, "nsubj", "PRON", "WDT", "which"), ("cost", 3, "relcl", "VERB", "VBD", "cost"),
             ("millions", 7, "dobj", "NOUN", "NNS", "million")]  # fmt: skip
    assert _said_that(which) == "the plan failed , which cost millions"


def test_which_after_an_object_content_stays_out() -> None:
    # "She criticized the plan , which cost millions .": after a noun phrase the relative is the writer's aside.
    rows: list[Row] = [
        ("She", 1, "nsubj", "PRON", "PRP", "she"),
        ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("plan", 1, "dobj", "NOUN", "NN", "plan"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("which", 6, "nsubj", "PRON", "WDT", "which"),
        ("cost", 3, "relcl", "VERB", "VBD", "cost"),
        ("millions", 6, "dobj", "NOUN", "NNS", "million"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _sole_content(rows) == "the plan"


def test_a_noun_phrase_summing_up_the_content_stays_out() -> None:
    comma: Row = (",", 4, "punct", "PUNCT", ",", ",")
    # ", the first time in years", parsed as an adverbial noun on the reported verb.
    first_time = [comma, ("the", 8, "det", "DET", "DT", "the"), ("first", 8, "amod", "ADJ", "JJ", "first"),
                  ("time", 4, "npadvmod", "NOUN", "NN", "time")]  # fmt: skip
    # ", the likely winner", an apposition the tagger took for an adjective.
    winner = [comma, ("the", 8, "det", "DET", "DT", "the"), ("likely", 8, "amod", "ADJ", "JJ", "likely"),
              ("winner", 3, "appos", "ADJ", "JJ", "winner")]  # fmt: skip
    # ", the mayor and the judge", a list the parser hung on the verb, goes on with what was said.
    listed = [comma, ("the", 7, "det", "DET", "DT", "the"), ("mayor", 4, "npadvmod", "NOUN", "NN", "mayor"),
              ("and", 7, "cc", "CCONJ", "CC", "and"), ("the", 10, "det", "DET", "DT", "the"),
              ("judge", 7, "conj", "NOUN", "NN", "judge")]  # fmt: skip
    assert _said_that(first_time) == "the plan failed"
    assert _said_that(winner) == "the plan failed"
    assert _said_that(listed) == "the plan failed , the mayor and the judge"


def test_an_apposition_that_names_stays_in_the_content() -> None:
    # "She criticized the moderator , John Smith of NBC .": a name set beside a noun says whom she meant.
    rows: list[Row] = [
        ("She", 1, "nsubj", "PRON", "PRP", "she"),
        ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("moderator", 1, "dobj", "NOUN", "NN", "moderator"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("John", 6, "compound", "PROPN", "NNP", "John"),
        ("Smith", 3, "appos", "PROPN", "NNP", "Smith"),
        ("of", 6, "prep", "ADP", "IN", "of"),
        ("NBC", 7, "pobj", "PROPN", "NNP", "NBC"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _sole_content(rows) == "the moderator , John Smith of NBC"


def test_what_a_dash_spells_out_stays_and_a_clause_after_it_does_not() -> None:
    dash: Row = ("—", 4, "punct", "PUNCT", ":", "—")
    # "— from start to finish": a phrase with no finite verb spells out what was said.
    spelled = [dash, ("from", 4, "prep", "ADP", "IN", "from"), ("start", 6, "pobj", "NOUN", "NN", "start"),
               ("to", 6, "prep", "ADP", "IN", "to"), ("finish", 8, "pobj", "NOUN", "NN", "finish")]  # fmt: skip
    # "— as was true": a clause after the dash is the writer's comment.
    commented = [dash, ("as", 7, "mark", "SCONJ", "IN", "as"), ("was", 4, "advcl", "AUX", "VBD", "be"),
                 ("true", 7, "acomp", "ADJ", "JJ", "true")]  # fmt: skip
    bracket = [("(", 4, "punct", "PUNCT", "-LRB-", "("), ("in", 4, "prep", "ADP", "IN", "in"),
               ("part", 6, "pobj", "NOUN", "NN", "part"), (")", 4, "punct", "PUNCT", "-RRB-", ")")]  # fmt: skip
    assert _said_that(spelled) == "the plan failed — from start to finish"
    assert _said_that(commented) == "the plan failed"
    assert _said_that(bracket) == "the plan failed"


def test_an_object_after_the_infinitive_set_off_by_a_comma_sums_it_up() -> None:
    # "She asked them to leave , a request they ignored ."
    doc = hand_parsed(
        [
            ("She", 1, "nsubj", "PRON", "PRP", "she"),
            ("asked", 1, "ROOT", "VERB", "VBD", "ask"),
            ("them", 1, "dobj", "PRON", "PRP", "they"),
            ("to", 4, "aux", "PART", "TO", "to"),
            ("leave", 1, "xcomp", "VERB", "VB", "leave"),
            (",", 1, "punct", "PUNCT", ",", ","),
            ("a", 7, "det", "DET", "DT", "a"),
            ("request", 1, "dobj", "NOUN", "NN", "request"),
            ("they", 9, "nsubj", "PRON", "PRP", "they"),
            ("ignored", 7, "relcl", "VERB", "VBD", "ignore"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    (attribution,) = verb_attributions(doc)
    assert doc.text[attribution.start : attribution.end] == "them to leave"


def test_more_of_the_statement_after_a_comma_stays_in() -> None:
    more = [(",", 4, "punct", "PUNCT", ",", ","), ("and", 4, "cc", "CCONJ", "CC", "and"),
            ("it", 8, "nsubj", "PRON", "PRP", "it"), ("hurt", 4, "conj", "VERB", "VBD", "hurt")]  # fmt: skip
    assert _said_that(more) == "the plan failed , and it hurt"
    leaving = [(",", 4, "punct", "PUNCT", ",", ","), ("leaving", 4, "advcl", "VERB", "VBG", "leave"),
               ("debts", 6, "dobj", "NOUN", "NNS", "debt")]  # fmt: skip
    assert _said_that(leaving) == "the plan failed , leaving debts"  # a consequence, not a report of the writer's


def test_a_clause_joined_to_the_report_after_the_content_goes_on_with_it() -> None:
    # The parser hangs ", but costs fell" on "said": another clause of what was said, unlike the speaker going on.
    comma, but = (",", 1, "punct", "PUNCT", ",", ","), ("but", 1, "cc", "CCONJ", "CC", "but")
    other = [comma, but, ("costs", 8, "nsubj", "NOUN", "NNS", "cost"), ("fell", 1, "conj", "VERB", "VBD", "fall")]
    modal = [comma, but, ("would", 8, "aux", "AUX", "MD", "would"), ("return", 1, "conj", "VERB", "VB", "return")]
    himself = [comma, ("and", 1, "cc", "CCONJ", "CC", "and"), ("he", 8, "nsubj", "PRON", "PRP", "he"),
               ("left", 1, "conj", "VERB", "VBD", "leave")]  # fmt: skip
    report = [("and", 1, "cc", "CCONJ", "CC", "and"), ("added", 1, "conj", "VERB", "VBD", "add")]
    assert _said_that(other) == "the plan failed , but costs fell"
    assert _said_that(modal) == "the plan failed , but would return"
    assert _said_that(himself) == "the plan failed"
    assert _said_that(report) == "the plan failed"
    # A verb of report under a modal says what would happen: "…, but would add jobs" is not the speaker adding.
    would_add = [comma, but, ("would", 8, "aux", "AUX", "MD", "would"), ("add", 1, "conj", "VERB", "VB", "add"),
                 ("jobs", 8, "dobj", "NOUN", "NNS", "job")]  # fmt: skip
    assert _said_that(would_add) == "the plan failed , but would add jobs"


def _ruled_then(speaker: Row, pronoun: str, *, modal: bool = False) -> str:
    """The content of "<speaker> ruled the claim was true , but <pronoun> [should] left early ." with the second clause
    hung on "ruled"."""
    rows: list[Row] = [
        speaker,
        ("ruled", 1, "ROOT", "VERB", "VBD", "rule"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("claim", 4, "nsubj", "NOUN", "NN", "claim"),
        ("was", 1, "ccomp", "AUX", "VBD", "be"),
        ("true", 4, "acomp", "ADJ", "JJ", "true"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("but", 1, "cc", "CCONJ", "CC", "but"),
        (pronoun, 10, "nsubj", "PRON", "PRP", pronoun),
        ("should", 10, "aux", "AUX", "MD", "should"),
        ("leave" if modal else "left", 1, "conj", "VERB", "VB" if modal else "VBD", "leave"),
        ("early", 10, "advmod", "ADV", "RB", "early"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    if not modal:
        del rows[9]
        rows = [(w, h - 1 if h > 9 else h, d, p, t, lemma) for w, h, d, p, t, lemma in rows]
    return _sole_content(rows)


def test_a_pronoun_that_agrees_with_the_speaker_goes_on_with_the_speaker() -> None:
    # "Politifact ruled the claim was true, but they left early": "they" stands for the body that ruled, so the
    # clause is what it did next; after "Judges" too. A pronoun that cannot stand for the speaker ("he" after a
    # body) opens another clause of what was said, and so does one with a modal ("… but they should leave early").
    body: Row = ("Politifact", 1, "nsubj", "PROPN", "NNP", "Politifact")
    judges: Row = ("Judges", 1, "nsubj", "NOUN", "NNS", "judge")
    assert _ruled_then(body, "they") == "the claim was true"
    assert _ruled_then(judges, "they") == "the claim was true"
    assert _ruled_then(body, "he") == "the claim was true , but he left early"
    assert _ruled_then(judges, "they", modal=True) == "the claim was true , but they should leave early"


def test_a_trailing_report_joined_to_the_first_of_two_clauses_reports_both() -> None:
    # "Talks were planned , but rebels fled , a source said ." with "said" hung as a conjunct on "planned" and only
    # "rebels fled" as its clause: the source said both.
    doc = hand_parsed(
        [
            ("Talks", 2, "nsubjpass", "NOUN", "NNS", "talk"),
            ("were", 2, "auxpass", "AUX", "VBD", "be"),
            ("planned", 2, "ROOT", "VERB", "VBN", "plan"),
            (",", 2, "punct", "PUNCT", ",", ","),
            ("but", 2, "cc", "CCONJ", "CC", "but"),
            ("rebels", 6, "nsubj", "NOUN", "NNS", "rebel"),
            ("fled", 10, "ccomp", "VERB", "VBD", "flee"),
            (",", 10, "punct", "PUNCT", ",", ","),
            ("a", 9, "det", "DET", "DT", "a"),
            ("source", 10, "nsubj", "NOUN", "NN", "source"),
            ("said", 2, "conj", "VERB", "VBD", "say"),
            (".", 10, "punct", "PUNCT", ".", "."),
        ]
    )
    (found,) = [a for a in verb_attributions(doc) if a.cue_token.i == 10]
    assert doc.text[found.start : found.end] == "Talks were planned , but rebels fled"


def test_a_report_joined_to_a_clause_of_the_writers_keeps_its_own_clause() -> None:
    # "Talks were planned in May , and rebels fled , a source said ." is the same parse with a word of the reported
    # clause's own ("in" hung on "fled") before the conjunction: the clauses are not simply coordinated.
    doc = hand_parsed(
        [
            ("Talks", 2, "nsubjpass", "NOUN", "NNS", "talk"),
            ("were", 2, "auxpass", "AUX", "VBD", "be"),
            ("planned", 2, "ROOT", "VERB", "VBN", "plan"),
            ("in", 7, "prep", "ADP", "IN", "in"),
            ("May", 3, "pobj", "PROPN", "NNP", "May"),
            (",", 2, "punct", "PUNCT", ",", ","),
            ("and", 2, "cc", "CCONJ", "CC", "and"),
            ("rebels", 8, "nsubj", "NOUN", "NNS", "rebel"),
            ("fled", 12, "ccomp", "VERB", "VBD", "flee"),
            (",", 12, "punct", "PUNCT", ",", ","),
            ("a", 11, "det", "DET", "DT", "a"),
            ("source", 12, "nsubj", "NOUN", "NN", "source"),
            ("said", 2, "conj", "VERB", "VBD", "say"),
            (".", 12, "punct", "PUNCT", ".", "."),
        ]
    )
    (found,) = [a for a in verb_attributions(doc) if a.cue_token.i == 12]
    assert doc.text[found.start : found.end] == "in May , and rebels fled"


def test_a_fronted_question_put_to_the_speaker_is_an_attribution_with_no_speaker() -> None:
    # "When asked about the plan , Lee said no ." : the question is reported, by no one named; "Lee" answers it.
    rows: list[Row] = [("When", 1, "advmod", "SCONJ", "WRB", "when"), ("asked", 7, "advcl", "VERB", "VBN", "ask"),
            ("about", 1, "prep", "ADP", "IN", "about"), ("the", 4, "det", "DET", "DT", "the"),
            ("plan", 2, "pobj", "NOUN", "NN", "plan"), (",", 7, "punct", "PUNCT", ",", ","),
            ("Lee", 7, "nsubj", "PROPN", "NNP", "Lee"), ("said", 7, "ROOT", "VERB", "VBD", "say"),
            ("no", 7, "intj", "INTJ", "UH", "no"), (".", 7, "punct", "PUNCT", ".", ".")]  # fmt: skip
    doc = hand_parsed(rows)
    (found,) = [a for a in verb_attributions(doc) if a.cue_token.i == 1]
    assert (doc.text[found.start : found.end], found.cue, found.speaker) == ("the plan", "asked about", None)
    # An "asked" with a subject of its own is no question put to the speaker.
    rows[0] = ("she", 1, "nsubj", "PRON", "PRP", "she")
    assert not [a for a in verb_attributions(hand_parsed(rows)) if a.cue_token.i == 1 and a.speaker is None]


@pytest.mark.parametrize("tag", ["VBN", "VBD"])
def test_a_question_put_after_the_answer_is_an_attribution_with_no_speaker(tag: str) -> None:
    # "Lee said no when asked about the plan .": "asked" tagged VBD too, which with no subject is still the participle.
    rows: list[Row] = [("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("no", 1, "intj", "INTJ", "UH", "no"), ("when", 4, "advmod", "SCONJ", "WRB", "when"),
            ("asked", 1, "advcl", "VERB", tag, "ask"), ("about", 4, "prep", "ADP", "IN", "about"),
            ("the", 7, "det", "DET", "DT", "the"), ("plan", 5, "pobj", "NOUN", "NN", "plan"),
            (".", 1, "punct", "PUNCT", ".", ".")]  # fmt: skip
    doc = hand_parsed(rows)
    (found,) = [a for a in verb_attributions(doc) if a.cue_token.i == 4]
    assert (doc.text[found.start : found.end], found.cue, found.speaker) == ("the plan", "asked about", None)


def test_a_question_put_to_someone_reports_what_it_was_about_not_the_one_asked() -> None:
    # "Reporters asked him about the plan ." / "Reporters pressed Lee on the plan .": the one asked joins the cue.
    def asked(verb: str, lemma: str, whom: tuple[str, str, str], prep: str) -> str:
        rows: list[Row] = [("Reporters", 1, "nsubj", "NOUN", "NNS", "reporter"),
                (verb, 1, "ROOT", "VERB", "VBD", lemma), (whom[0], 1, "dobj", whom[1], whom[2], whom[0].lower()),
                (prep, 1, "prep", "ADP", "IN", prep),
                ("the", 5, "det", "DET", "DT", "the"), ("plan", 3, "pobj", "NOUN", "NN", "plan"),
                (".", 1, "punct", "PUNCT", ".", ".")]  # fmt: skip
        doc = hand_parsed(rows)
        (found,) = [a for a in verb_attributions(doc) if a.cue_token.i == 1]
        return doc.text[found.start : found.end]

    assert asked("asked", "ask", ("him", "PRON", "PRP"), "about") == "the plan"
    assert asked("pressed", "press", ("Lee", "PROPN", "NNP"), "on") == "the plan"
    assert asked("quizzed", "quiz", ("her", "PRON", "PRP"), "over") == "the plan"
    # A thing asked about stays the content, object and all: "asked questions about the plan".
    assert asked("asked", "ask", ("questions", "NOUN", "NNS"), "about") == "questions about the plan"


def test_a_passive_question_reports_what_it_was_about_past_the_one_who_asked_and_when() -> None:
    # "When pressed by Holt on Friday about the plan , Lee said no ."
    rows: list[Row] = [("When", 1, "advmod", "SCONJ", "WRB", "when"), ("pressed", 11, "advcl", "VERB", "VBN", "press"),
            ("by", 1, "agent", "ADP", "IN", "by"), ("Holt", 2, "pobj", "PROPN", "NNP", "Holt"),
            ("on", 1, "prep", "ADP", "IN", "on"), ("Friday", 4, "pobj", "PROPN", "NNP", "Friday"),
            ("about", 1, "prep", "ADP", "IN", "about"), ("the", 8, "det", "DET", "DT", "the"),
            ("plan", 6, "pobj", "NOUN", "NN", "plan"), (",", 11, "punct", "PUNCT", ",", ","),
            ("Lee", 11, "nsubj", "PROPN", "NNP", "Lee"), ("said", 11, "ROOT", "VERB", "VBD", "say"),
            ("no", 11, "intj", "INTJ", "UH", "no"), (".", 11, "punct", "PUNCT", ".", ".")]  # fmt: skip
    doc = hand_parsed(rows)
    doc.ents = [SpacySpan(doc, 5, 6, label="DATE")]
    (found,) = [a for a in verb_attributions(doc) if a.cue_token.i == 1]
    assert (doc.text[found.start : found.end], found.speaker) == ("the plan", None)
    # "Lee was asked about the plan .": the preposition joins the cue, as in the active voice.
    rows = [("Lee", 2, "nsubjpass", "PROPN", "NNP", "Lee"), ("was", 2, "auxpass", "AUX", "VBD", "be"),
            ("asked", 2, "ROOT", "VERB", "VBN", "ask"), ("about", 2, "prep", "ADP", "IN", "about"),
            ("the", 5, "det", "DET", "DT", "the"), ("plan", 3, "pobj", "NOUN", "NN", "plan"),
            (".", 2, "punct", "PUNCT", ".", ".")]  # fmt: skip
    doc = hand_parsed(rows)
    (found,) = [a for a in verb_attributions(doc) if a.cue_token.i == 2]
    assert doc.text[found.start : found.end] == "the plan"


def _told_that(relative: list[Row]) -> str | None:
    """The content of "told" in "She told a panel of aides <relative> that costs rose .", where ``relative`` (words 5
    and on) hangs on "aides"."""
    n = 5 + len(relative)
    rows: list[Row] = [
        ("She", 1, "nsubj", "PRON", "PRP", "she"),
        ("told", 1, "ROOT", "VERB", "VBD", "tell"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("panel", 1, "dobj", "NOUN", "NN", "panel"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("aides", 4, "pobj", "NOUN", "NNS", "aide"),
        *relative,
        ("that", n + 3, "mark", "SCONJ", "IN", "that"),
        ("costs", n + 3, "nsubj", "NOUN", "NNS", "cost"),
        ("rose", n - 2 if not relative else n, "acl" if not relative else "ccomp", "VERB", "VBD", "rise"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    found = [doc.text[a.start : a.end] for a in verb_attributions(doc) if a.cue_token.i == 1]
    return found[0] if found else None


def test_a_that_clause_on_the_addressee_is_what_was_told() -> None:
    assert _told_that([]) == "that costs rose"


def test_a_that_clause_inside_a_relative_on_the_addressee_is_not_what_was_told() -> None:
    # "She told a panel of aides who thought that costs rose ." : the clause is what the aides thought.
    relative = [("who", 7, "nsubj", "PRON", "WP", "who"), ("thought", 5, "relcl", "VERB", "VBD", "think")]
    assert _told_that(relative) is None


def _object_then_clause(verb: str, lemma: str, obj: str, obj_lemma: str) -> str | None:
    """The content of ``verb`` in "Lee <verb> the <obj> that costs rose .", the that-clause hung on the verb."""
    rows: list[Row] = [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
        ("the", 3, "det", "DET", "DT", "the"),
        (obj, 1, "dobj", "NOUN", "NNS", obj_lemma),
        ("that", 6, "mark", "SCONJ", "IN", "that"),
        ("costs", 6, "nsubj", "NOUN", "NNS", "cost"),
        ("rose", 1, "ccomp", "VERB", "VBD", "rise"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    found = [doc.text[a.start : a.end] for a in verb_attributions(doc) if a.cue_token.i == 1]
    return found[0] if found else None


def test_a_clause_the_parser_hung_on_the_verb_after_a_statement_noun_is_the_nouns() -> None:
    # "Lee rebutted the accusation that costs rose .": one rebuts the accusation, not the clause alone.
    assert _object_then_clause("rebutted", "rebut", "accusation", "accusation") == "the accusation that costs rose"
    # An addressee stays out ("Lee told the aides that costs rose ."), and with a verb of uttering the noun is the
    # cue ("Lee expressed the concern that costs rose .").
    assert _object_then_clause("told", "tell", "aides", "aide") == "that costs rose"
    assert _object_then_clause("expressed", "express", "concern", "concern") == "that costs rose"
    # A question is put, not stated: "Lee answered the questions that costs rose ." keeps the clause alone.
    assert _object_then_clause("answered", "answer", "questions", "question") == "that costs rose"


def _prep_noun_clause(verb: str, lemma: str, prep: str, noun: str, noun_lemma: str) -> str | None:
    """The content of ``verb`` in "Lee <verb> <prep> the <noun> that costs rose .", the clause hung on the noun."""
    rows: list[Row] = [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
        (prep, 1, "prep", "ADP", "IN", prep),
        ("the", 4, "det", "DET", "DT", "the"),
        (noun, 2, "pobj", "NOUN", "NNS", noun_lemma),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("costs", 7, "nsubj", "NOUN", "NNS", "cost"),
        ("rose", 4, "acl", "VERB", "VBD", "rise"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    found = [doc.text[a.start : a.end] for a in verb_attributions(doc) if a.cue_token.i == 1]
    return found[0] if found else None


def test_a_statement_noun_after_the_verbs_preposition_is_what_it_reports_on() -> None:
    # "Lee pointed to the claims that costs rose .": the claims, the noun phrase whole; but "Lee said in the statement
    # that costs rose .": where it was said, the clause alone.
    assert _prep_noun_clause("pointed", "point", "to", "claims", "claim") == "the claims that costs rose"
    assert _prep_noun_clause("said", "say", "in", "statement", "statement") == "that costs rose"


def test_an_echo_says_again_only_an_object_that_states_something() -> None:
    # "Lee echoed claims that costs rose ." repeats words; "The drills echoed the exercises ." only resembles them.
    claims = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("echoed", 1, "ROOT", "VERB", "VBD", "echo"),
            ("claims", 1, "dobj", "NOUN", "NNS", "claim"),
            ("that", 5, "mark", "SCONJ", "IN", "that"),
            ("costs", 5, "nsubj", "NOUN", "NNS", "cost"),
            ("rose", 2, "acl", "VERB", "VBD", "rise"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert [claims.text[a.start : a.end] for a in verb_attributions(claims) if a.cue_token.i == 1] == [
        "claims that costs rose"
    ]
    drills = hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("drills", 2, "nsubj", "NOUN", "NNS", "drill"),
            ("echoed", 2, "ROOT", "VERB", "VBD", "echo"),
            ("the", 4, "det", "DET", "DT", "the"),
            ("exercises", 2, "dobj", "NOUN", "NNS", "exercise"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )
    assert not verb_attributions(drills)


@pytest.mark.parametrize(("verb", "lemma"), [("relayed", "relay"), ("specified", "specify")])
def test_what_a_verb_of_passing_words_on_names_is_what_was_said(verb: str, lemma: str) -> None:
    # "Lee relayed her concerns .": to relay or specify is to say what the object names.
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma),
            ("her", 3, "poss", "PRON", "PRP$", "her"),
            ("concerns", 1, "dobj", "NOUN", "NNS", "concern"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    (found,) = verb_attributions(doc)
    assert (doc.text[found.start : found.end], found.class_) == ("her concerns", "speech")


def _stranded(opening: list[Row]) -> Doc:
    """ "<opening> , Amina Yusuf of the Institute said ." with the name hung on the opening's verb, not on "said"."""
    n = len(opening)
    root = next(i for i, row in enumerate(opening) if row[2] == "ROOT")
    rows: list[Row] = [
        *opening,
        (",", root, "punct", "PUNCT", ",", ","),
        ("Amina", n + 2, "compound", "PROPN", "NNP", "Amina"),
        ("Yusuf", root, "npadvmod", "PROPN", "NNP", "Yusuf"),
        ("of", n + 2, "prep", "ADP", "IN", "of"),
        ("the", n + 5, "det", "DET", "DT", "the"),
        ("Institute", n + 3, "pobj", "PROPN", "NNP", "Institute"),
        ("said", root, "conj", "VERB", "VBD", "say"),
        (".", root, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    doc.ents = [SpacySpan(doc, n + 1, n + 3, "PERSON"), SpacySpan(doc, n + 5, n + 6, "ORG")]
    return doc


def test_a_speaker_the_parser_left_off_the_verb_after_a_long_clause() -> None:
    doc = _stranded(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("rains", 2, "nsubj", "NOUN", "NNS", "rain"),
            ("came", 2, "ROOT", "VERB", "VBD", "come"),
            ("late", 2, "advmod", "ADV", "RB", "late"),
        ]
    )
    said = doc[10]
    assert subject_of(said) == doc[6]  # not "rains", the subject "said" would inherit as a conjunct
    (found,) = [a for a in verb_attributions(doc) if a.cue_token == said]
    assert doc.text[found.start : found.end] == "The rains came late"


def test_a_fronted_phrase_before_the_name_is_not_what_was_said() -> None:
    doc = _stranded(
        [
            ("After", 3, "prep", "ADP", "IN", "after"),
            ("the", 2, "det", "DET", "DT", "the"),
            ("talks", 0, "pobj", "NOUN", "NNS", "talk"),
            ("ended", 3, "ROOT", "VERB", "VBD", "end"),
        ]
    )
    assert not [a for a in verb_attributions(doc) if a.cue_token == doc[10]]


def _one_object(verb: str, lemma: str, obj: str, pos: str) -> Doc:
    # "Trump <verb> <obj> ."
    return hand_parsed(
        [
            ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma),
            (obj, 1, "dobj", pos, "NNP" if pos == "PROPN" else "PRP", obj.lower()),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )


def _past_addressee(verb: str, lemma: str, prep: str) -> str:
    """The content of "She <verb> with them <prep> the delay ."."""
    doc = hand_parsed(
        [
            ("She", 1, "nsubj", "PRON", "PRP", "she"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma),
            ("with", 1, "prep", "ADP", "IN", "with"),
            ("them", 2, "pobj", "PRON", "PRP", "they"),
            (prep, 1, "prep", "ADP", "IN", prep),
            ("the", 6, "det", "DET", "DT", "the"),
            ("delay", 4, "pobj", "NOUN", "NN", "delay"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    (attribution,) = verb_attributions(doc)
    return doc.text[attribution.start : attribution.end]


def test_what_the_words_were_about_follows_the_cue_past_the_addressee() -> None:
    assert _past_addressee("talked", "talk", "about") == "the delay"  # as in "talked about the delay"
    assert _past_addressee("apologized", "apologize", "for") == "for the delay"


def _endorsed_kim(tail: list[Row]) -> dict[str, str]:
    """The content of each report in "Lee endorsed Kim <tail> .", the tail hand-parsed from token 3 on."""
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("endorsed", 1, "ROOT", "VERB", "VBD", "endorse"),
            ("Kim", 1, "dobj", "PROPN", "NNP", "Kim"),
            *tail,
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    return {a.cue: doc.text[a.start : a.end] for a in verb_attributions(doc)}


def _endorsed_in(prep: str, noun: str) -> str:
    """What "Lee endorsed Kim <prep> the <noun> ." says, the phrase hung on the verb."""
    tail: list[Row] = [(prep, 1, "prep", "ADP", "IN", prep), ("the", 5, "det", "DET", "DT", "the"),
                       (noun, 3, "pobj", "NOUN", "NN", noun)]  # fmt: skip
    return _endorsed_kim(tail)["endorsed"]


def test_a_phrase_on_the_verb_right_after_its_object_goes_on_with_what_was_said() -> None:
    assert _endorsed_in("in", "race") == "Kim in the race"


def test_the_occasion_or_the_text_of_a_statement_is_not_what_was_said() -> None:
    assert _endorsed_in("in", "statement") == "Kim"
    assert _endorsed_in("at", "rally") == "Kim"


def test_a_report_by_way_of_another_report_keeps_its_own_object() -> None:
    # "by arguing costs fell" is how she endorsed him, a report of its own.
    tail: list[Row] = [
        ("by", 1, "prep", "ADP", "IN", "by"),
        ("arguing", 3, "pcomp", "VERB", "VBG", "argue"),
        ("costs", 6, "nsubj", "NOUN", "NNS", "cost"),
        ("fell", 4, "ccomp", "VERB", "VBD", "fall"),
    ]
    assert _endorsed_kim(tail)["endorsed"] == "Kim"


def test_the_bare_object_of_a_judgement_is_what_was_said() -> None:
    for verb, lemma, obj in (("endorsed", "endorse", "Pence"), ("denied", "deny", "wrongdoing")):
        doc = _one_object(verb, lemma, obj, "PROPN")
        [found] = verb_attributions(doc)
        assert doc.text[found.start : found.end] == obj


def test_a_bare_object_of_speech_or_a_pronoun_is_whom_it_was_said_to() -> None:
    assert not verb_attributions(_one_object("told", "tell", "Kim", "PROPN"))
    assert not verb_attributions(_one_object("asked", "ask", "Kim", "PROPN"))
    assert not verb_attributions(_one_object("attacked", "attack", "him", "PRON"))


def test_what_words_were_about_is_a_topic_of_the_attribution_scheme() -> None:
    # "The mayor bemoaned the long delay ." and "Voters complained about the new tolls ."
    bemoaned = hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
            ("bemoaned", 2, "ROOT", "VERB", "VBD", "bemoan"),
            ("the", 5, "det", "DET", "DT", "the"),
            ("long", 5, "amod", "ADJ", "JJ", "long"),
            ("delay", 2, "dobj", "NOUN", "NN", "delay"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )
    complained = hand_parsed(
        [
            ("Voters", 1, "nsubj", "NOUN", "NNS", "voter"),
            ("complained", 1, "ROOT", "VERB", "VBD", "complain"),
            ("about", 1, "prep", "ADP", "IN", "about"),
            ("the", 5, "det", "DET", "DT", "the"),
            ("new", 5, "amod", "ADJ", "JJ", "new"),
            ("tolls", 2, "pobj", "NOUN", "NNS", "toll"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    for doc, content in ((bemoaned, "the long delay"), (complained, "the new tolls")):
        [found] = verb_attributions(doc)
        assert (doc.text[found.start : found.end], found.class_) == (content, "topic")


def test_what_a_judging_verb_judged_is_a_topic_not_a_statement() -> None:
    # "The mayor praised the new budget ." and "Trump thanked Kerry .": what was judged, for the attribution scheme.
    praised = hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
            ("praised", 2, "ROOT", "VERB", "VBD", "praise"),
            ("the", 5, "det", "DET", "DT", "the"),
            ("new", 5, "amod", "ADJ", "JJ", "new"),
            ("budget", 2, "dobj", "NOUN", "NN", "budget"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )
    thanked = _one_object("thanked", "thank", "Kerry", "PROPN")
    for doc, content in ((praised, "the new budget"), (thanked, "Kerry")):
        [found] = verb_attributions(doc)
        assert (_content_of(doc, found), found.class_) == (content, "topic")
    # An attack is a judgement when a person makes it ("Trump attacked Kerry ."); "Rebels attacked the convoy ." is
    # an act (test_an_attack_is_a_statement_only_with_what_it_is_for).
    attacked = _one_object("attacked", "attack", "Kerry", "PROPN")
    attacked.ents = [SpacySpan(attacked, 0, 1, label="PERSON")]
    [found] = verb_attributions(attacked)
    assert (_content_of(attacked, found), found.class_) == ("Kerry", "topic")
    # A view held is no judgement made: "Trump sees Kerry ." has no content.
    assert not verb_attributions(_one_object("sees", "see", "Kerry", "PROPN"))


def _said_a_lot(subject: list[Row]) -> Doc:
    """A parse of "<subject> said a lot about the plan ." whose subject's last word is its head."""
    verb = len(subject)
    head = [(w, verb if i == verb - 1 else verb - 1, dep, pos, tag, lemma)
            for i, (w, _, dep, pos, tag, lemma) in enumerate(subject)]
    return hand_parsed(
        [
            *head,
            ("said", verb, "ROOT", "VERB", "VBD", "say"),
            ("a", verb + 2, "det", "DET", "DT", "a"),
            ("lot", verb, "dobj", "NOUN", "NN", "lot"),
            ("about", verb, "prep", "ADP", "IN", "about"),
            ("the", verb + 5, "det", "DET", "DT", "the"),
            ("plan", verb + 3, "pobj", "NOUN", "NN", "plan"),
            (".", verb, "punct", "PUNCT", ".", "."),
        ]
    )


def test_a_thing_that_says_a_lot_shows_and_says_nothing() -> None:
    # "It said a lot about the plan ." and "The silence said a lot about the plan .": the idiom of showing, no report;
    # "Kim said a lot about the plan ." is Kim's topic.
    it = _said_a_lot([("It", 0, "nsubj", "PRON", "PRP", "it")])
    silence = _said_a_lot([("The", 0, "det", "DET", "DT", "the"), ("silence", 0, "nsubj", "NOUN", "NN", "silence")])
    assert verb_attributions(it) == []
    assert verb_attributions(silence) == []
    kim = _said_a_lot([("Kim", 0, "nsubj", "PROPN", "NNP", "Kim")])
    [found] = verb_attributions(kim)
    assert (_content_of(kim, found), found.class_, found.speaker.text) == ("the plan", "topic", "Kim")


def test_an_about_phrase_on_a_verb_of_the_table_is_what_was_said_past_what_stands_between() -> None:
    # "Kim wrote to the mayor about the new tolls ." (no topic verb) and "Kim is n't saying much about the tolls ."
    wrote = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("wrote", 1, "ROOT", "VERB", "VBD", "write"),
            ("to", 1, "prep", "ADP", "IN", "to"),
            ("the", 4, "det", "DET", "DT", "the"),
            ("mayor", 2, "pobj", "NOUN", "NN", "mayor"),
            ("about", 1, "prep", "ADP", "IN", "about"),
            ("the", 8, "det", "DET", "DT", "the"),
            ("new", 8, "amod", "ADJ", "JJ", "new"),
            ("tolls", 5, "pobj", "NOUN", "NNS", "toll"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    saying = hand_parsed(
        [
            ("Kim", 3, "nsubj", "PROPN", "NNP", "Kim"),
            ("is", 3, "aux", "AUX", "VBZ", "be"),
            ("n't", 3, "neg", "PART", "RB", "not"),
            ("saying", 3, "ROOT", "VERB", "VBG", "say"),
            ("much", 3, "advmod", "ADV", "RB", "much"),
            ("about", 3, "prep", "ADP", "IN", "about"),
            ("the", 7, "det", "DET", "DT", "the"),
            ("tolls", 5, "pobj", "NOUN", "NNS", "toll"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ]
    )
    # "Kim said little about the tolls .": how much was said is no content, the parser's object or not.
    little = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("little", 1, "dobj", "ADJ", "JJ", "little"),
            ("about", 2, "prep", "ADP", "IN", "about"),
            ("the", 5, "det", "DET", "DT", "the"),
            ("tolls", 3, "pobj", "NOUN", "NNS", "toll"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    for doc, content in ((wrote, "the new tolls"), (saying, "the tolls"), (little, "the tolls")):
        [found] = verb_attributions(doc)
        assert (_content_of(doc, found), found.class_, found.speaker.text) == (content, "topic", "Kim")
    # "Kim said little about how .": a bare question word leaves its question unsaid, and "little" is an amount.
    how = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("little", 1, "dobj", "ADJ", "JJ", "little"),
            ("about", 1, "prep", "ADP", "IN", "about"),
            ("how", 3, "pcomp", "SCONJ", "WRB", "how"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert verb_attributions(how) == []
    # Words about a quotation keep the verb's class: "Kim wrote about the tolls , “ a scandal ” ."
    quoted = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("wrote", 1, "ROOT", "VERB", "VBD", "write"),
            ("about", 1, "prep", "ADP", "IN", "about"),
            ("the", 4, "det", "DET", "DT", "the"),
            ("tolls", 2, "pobj", "NOUN", "NNS", "toll"),
            (",", 1, "punct", "PUNCT", ",", ","),
            ("“", 1, "punct", "PUNCT", "``", "“"),
            ("a", 8, "det", "DET", "DT", "a"),
            ("scandal", 1, "npadvmod", "NOUN", "NN", "scandal"),
            ("”", 1, "punct", "PUNCT", "''", "”"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(quoted)
    assert (_content_of(quoted, found), found.class_) == ("the tolls", "speech")
    # What was declined is not said: "Kim declined to comment about the tolls ." is a refusal, no topic.
    declined = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("declined", 1, "ROOT", "VERB", "VBD", "decline"),
            ("to", 3, "aux", "PART", "TO", "to"),
            ("comment", 1, "xcomp", "VERB", "VB", "comment"),
            ("about", 3, "prep", "ADP", "IN", "about"),
            ("the", 6, "det", "DET", "DT", "the"),
            ("tolls", 4, "pobj", "NOUN", "NNS", "toll"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert [a.class_ for a in verb_attributions(declined)] == ["refusal"]


def test_an_object_with_its_predicate_is_a_clause_reported_by_a_verb_that_takes_no_object() -> None:
    # "Kim judged the plan a failure ." holds a view of the plan; "Kim judged the plan ." says nothing.
    rows: list[Row] = [
        ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
        ("judged", 1, "ROOT", "VERB", "VBD", "judge"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("plan", 1, "dobj", "NOUN", "NN", "plan"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("failure", 1, "oprd", "NOUN", "NN", "failure"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    judged = hand_parsed(rows)
    [found] = verb_attributions(judged)
    assert (_content_of(judged, found), found.class_) == ("the plan a failure", "belief")
    assert not verb_attributions(hand_parsed([*rows[:4], (".", 1, "punct", "PUNCT", ".", ".")]))


def test_a_prepositions_object_named_as_something_is_what_was_said_of_it() -> None:
    # "Kim referred to the mayor as a fraud ." says the mayor is a fraud; "Kim said it as a joke ." says how.
    referred = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("referred", 1, "ROOT", "VERB", "VBD", "refer"),
            ("to", 1, "prep", "ADP", "IN", "to"),
            ("the", 4, "det", "DET", "DT", "the"),
            ("mayor", 2, "pobj", "NOUN", "NN", "mayor"),
            ("as", 1, "prep", "ADP", "IN", "as"),
            ("a", 7, "det", "DET", "DT", "a"),
            ("fraud", 5, "pobj", "NOUN", "NN", "fraud"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(referred)
    assert (_content_of(referred, found), found.class_) == ("the mayor as a fraud", "speech")
    joke = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("it", 1, "dobj", "PRON", "PRP", "it"),
            ("as", 1, "prep", "ADP", "IN", "as"),
            ("a", 5, "det", "DET", "DT", "a"),
            ("joke", 3, "pobj", "NOUN", "NN", "joke"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert verb_attributions(joke) == []


def test_no_topic_for_words_refused_or_for_a_statement_noun_that_reports_itself() -> None:
    # "Kim declined to comment on the report ." and "Kim repeated her call for talks ."
    declined = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("declined", 1, "ROOT", "VERB", "VBD", "decline"),
            ("to", 3, "aux", "PART", "TO", "to"),
            ("comment", 1, "xcomp", "VERB", "VB", "comment"),
            ("on", 3, "prep", "ADP", "IN", "on"),
            ("the", 6, "det", "DET", "DT", "the"),
            ("report", 4, "pobj", "NOUN", "NN", "report"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert not [a for a in verb_attributions(declined) if a.class_ == "topic"]
    # A refusal to say anything is still attributed, as a refusal (the attribution scheme only).
    assert [(_content_of(declined, a), a.class_) for a in verb_attributions(declined)] == [
        ("to comment on the report", "refusal")
    ]
    repeated = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("repeated", 1, "ROOT", "VERB", "VBD", "repeat"),
            ("her", 3, "poss", "PRON", "PRP$", "her"),
            ("call", 1, "dobj", "NOUN", "NN", "call"),
            ("for", 3, "prep", "ADP", "IN", "for"),
            ("talks", 4, "pobj", "NOUN", "NNS", "talk"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert not verb_attributions(repeated)
    assert [_content_of(repeated, a) for a in noun_attributions(repeated)] == ["talks"]


# "The IMF pointed to Britain 's decision to leave ."
_POINTED: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("IMF", 2, "nsubj", "PROPN", "NNP", "IMF"),
    ("pointed", 2, "ROOT", "VERB", "VBD", "point"),
    ("to", 2, "prep", "ADP", "IN", "to"),
    ("Britain", 6, "poss", "PROPN", "NNP", "Britain"),
    ("'s", 4, "case", "PART", "POS", "'s"),
    ("decision", 3, "pobj", "NOUN", "NN", "decision"),
    ("to", 8, "aux", "PART", "TO", "to"),
    ("leave", 6, "acl", "VERB", "VB", "leave"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_a_reporting_verb_on_anothers_statement_reports_the_whole_noun_phrase() -> None:
    doc = hand_parsed(_POINTED)
    [verb] = verb_attributions(doc)
    assert (verb.cue, _content_of(doc, verb)) == ("pointed to", "Britain 's decision to leave")
    # The noun still names Britain's decision; the quote made is the outer report, not the noun's as well.
    assert [_content_of(doc, a) for a in noun_attributions(doc)] == ["to leave"]
    [quote] = extract_quotes(doc, EntityIndex(()), scheme="attribution")
    assert (quote.cue, quote.text) == ("pointed to", "Britain 's decision to leave")


def test_a_statement_noun_of_nobodys_is_no_report_for_the_verb_to_report_on() -> None:
    # "They responded to requests for comment .": no one's statement is named, so the verb reports none.
    doc = hand_parsed(
        [
            ("They", 1, "nsubj", "PRON", "PRP", "they"),
            ("responded", 1, "ROOT", "VERB", "VBD", "respond"),
            ("to", 1, "prep", "ADP", "IN", "to"),
            ("requests", 2, "pobj", "NOUN", "NNS", "request"),
            ("for", 3, "prep", "ADP", "IN", "for"),
            ("comment", 4, "pobj", "NOUN", "NN", "comment"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert not noun_attributions(doc)
    assert not verb_attributions(doc)


def _content_of(doc: Doc, found: Attribution) -> str:
    return doc.text[found.start : found.end]


def test_the_object_of_a_verb_of_knowing_is_what_is_known() -> None:
    doc = _one_object("recognized", "recognize", "Kosovo", "PROPN")  # "Trump recognized Kosovo ."
    [found] = verb_attributions(doc)
    assert (doc.text[found.start : found.end], found.class_) == ("Kosovo", "knowledge")


def test_a_phrasal_verb_is_looked_up_with_its_particle() -> None:
    # "Kim brushed off the report ." is a denial; "Kim brushed the report ." no report at all.
    rows: list[Row] = [
        ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
        ("brushed", 1, "ROOT", "VERB", "VBD", "brush"),
        ("off", 1, "prt", "ADP", "RP", "off"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("report", 1, "dobj", "NOUN", "NN", "report"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    [found] = verb_attributions(doc)
    assert (doc.text[found.start : found.end], found.kind, found.cue) == ("the report", "denial", "brushed off")
    brushed = [("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"), ("brushed", 1, "ROOT", "VERB", "VBD", "brush")]
    assert not verb_attributions(hand_parsed([*brushed, ("it", 1, "dobj", "PRON", "PRP", "it")]))


def test_the_one_asked_is_no_content_however_many_words() -> None:
    # "Lee asked the former secretary ." names whom Lee asked (the question is elsewhere, a quotation before it).
    rows: list[Row] = [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
        ("asked", 1, "ROOT", "VERB", "VBD", "ask"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("former", 4, "amod", "ADJ", "JJ", "former"),
        ("secretary", 1, "dobj", "NOUN", "NN", "secretary"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert verb_attributions(hand_parsed(rows)) == []
    # "Lee asked the officials who met to resign ." with the request hung inside the phrase keeps it.
    held = [
        *rows[:2],
        ("the", 3, "det", "DET", "DT", "the"),
        ("officials", 1, "dobj", "NOUN", "NNS", "official"),
        ("who", 5, "nsubj", "PRON", "WP", "who"),
        ("met", 3, "relcl", "VERB", "VBD", "meet"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("resign", 5, "xcomp", "VERB", "VB", "resign"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert len(verb_attributions(hand_parsed(held))) == 1
    # "Lee asked the hard question ." keeps what was asked.
    rows[3:5] = [("hard", 4, "amod", "ADJ", "JJ", "hard"), ("question", 1, "dobj", "NOUN", "NN", "question")]
    doc = hand_parsed(rows)
    [found] = verb_attributions(doc)
    assert doc.text[found.start : found.end] == "the hard question"


def test_open_up_speaks_through_its_about_phrase_not_its_object() -> None:
    # "Lee opened up about her past ." says what she spoke of; "Lee opened up a lead ." says nothing.
    rows: list[Row] = [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
        ("opened", 1, "ROOT", "VERB", "VBD", "open"),
        ("up", 1, "prt", "ADP", "RP", "up"),
        ("about", 1, "prep", "ADP", "IN", "about"),
        ("her", 5, "poss", "PRON", "PRP$", "her"),
        ("past", 3, "pobj", "NOUN", "NN", "past"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    [found] = verb_attributions(doc)
    assert (doc.text[found.start : found.end], found.class_) == ("her past", "topic")
    rows[3:6] = [("a", 4, "det", "DET", "DT", "a"), ("lead", 1, "dobj", "NOUN", "NN", "lead")]
    rows[5] = (".", 1, "punct", "PUNCT", ".", ".")
    assert verb_attributions(hand_parsed(rows)) == []


def test_a_topic_verb_with_a_pronoun_or_a_quotation_as_object() -> None:
    assert not verb_attributions(_one_object("noted", "note", "it", "PRON"))  # no words to attribute
    # "Fans chanted “ more taxes ” ." quotes what they chanted: a statement, not what it was about.
    doc = hand_parsed(
        [
            ("Fans", 1, "nsubj", "NOUN", "NNS", "fan"),
            ("chanted", 1, "ROOT", "VERB", "VBD", "chant"),
            ("“", 4, "punct", "PUNCT", "``", "“"),
            ("more", 4, "amod", "ADJ", "JJR", "more"),
            ("taxes", 1, "dobj", "NOUN", "NNS", "tax"),
            ("”", 4, "punct", "PUNCT", "''", "”"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(doc)
    assert found.class_ == "speech"


def test_a_gerund_is_the_object_of_a_verb_that_takes_one() -> None:
    # "The mayor proposed raising the fare ." states content; "The mayor stopped raising fares ." is no report.
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
        ("proposed", 2, "ROOT", "VERB", "VBD", "propose"),
        ("raising", 2, "xcomp", "VERB", "VBG", "raise"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("fare", 3, "dobj", "NOUN", "NN", "fare"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    [found] = verb_attributions(doc)
    assert doc.text[found.start : found.end] == "raising the fare"
    # A verb whose object is not content ("continued raising the fare") takes no gerund either.
    continued = hand_parsed([*rows[:2], ("continued", 2, "ROOT", "VERB", "VBD", "continue"), *rows[3:]])
    assert not verb_attributions(continued)


def test_an_as_report_attributes_the_clause_it_comments_on() -> None:
    # "As experts noted , Trump is free ."
    doc = hand_parsed(
        [
            ("As", 2, "mark", "SCONJ", "IN", "as"),
            ("experts", 2, "nsubj", "NOUN", "NNS", "expert"),
            ("noted", 5, "advcl", "VERB", "VBD", "note"),
            (",", 5, "punct", "PUNCT", ",", ","),
            ("Trump", 5, "nsubj", "PROPN", "NNP", "Trump"),
            ("is", 5, "ROOT", "AUX", "VBZ", "be"),
            ("free", 5, "acomp", "ADJ", "JJ", "free"),
            (".", 5, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(doc)
    assert (found.cue, doc.text[found.start : found.end]) == ("noted", "Trump is free")


def test_an_as_report_with_a_topic_of_its_own_says_when_not_what() -> None:
    # "As Lee talked about the plan , Kim left .": what Lee talked about, not that Kim left.
    doc = hand_parsed(
        [
            ("As", 2, "mark", "SCONJ", "IN", "as"),
            ("Lee", 2, "nsubj", "PROPN", "NNP", "Lee"),
            ("talked", 8, "advcl", "VERB", "VBD", "talk"),
            ("about", 2, "prep", "ADP", "IN", "about"),
            ("the", 5, "det", "DET", "DT", "the"),
            ("plan", 3, "pobj", "NOUN", "NN", "plan"),
            (",", 8, "punct", "PUNCT", ",", ","),
            ("Kim", 8, "nsubj", "PROPN", "NNP", "Kim"),
            ("left", 8, "ROOT", "VERB", "VBD", "leave"),
            (".", 8, "punct", "PUNCT", ".", "."),
        ]
    )
    assert [doc.text[a.start : a.end] for a in verb_attributions(doc) if a.cue_token.i == 2] == ["the plan"]


def test_an_as_report_asking_for_something_of_its_own_says_when_not_what() -> None:
    # "Kim left as Lee called for a vote .": Lee asked for a vote; Lee did not report that Kim left.
    doc = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("left", 1, "ROOT", "VERB", "VBD", "leave"),
            ("as", 4, "mark", "SCONJ", "IN", "as"),
            ("Lee", 4, "nsubj", "PROPN", "NNP", "Lee"),
            ("called", 1, "advcl", "VERB", "VBD", "call"),
            ("for", 4, "prep", "ADP", "IN", "for"),
            ("a", 7, "det", "DET", "DT", "a"),
            ("vote", 5, "pobj", "NOUN", "NN", "vote"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert [doc.text[a.start : a.end] for a in verb_attributions(doc) if a.cue_token.i == 4] == ["a vote"]


def test_an_as_report_with_a_quotation_of_its_own_reports_the_quotation_not_its_host() -> None:
    # "Kim left as Lee said , “ we win ” .": the parser hung the quotation elsewhere; Lee's words are the quotation.
    doc = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("left", 1, "ROOT", "VERB", "VBD", "leave"),
            ("as", 4, "mark", "SCONJ", "IN", "as"),
            ("Lee", 4, "nsubj", "PROPN", "NNP", "Lee"),
            ("said", 1, "advcl", "VERB", "VBD", "say"),
            (",", 4, "punct", "PUNCT", ",", ","),
            ("“", 1, "punct", "PUNCT", "``", "“"),
            ("we", 8, "nsubj", "PRON", "PRP", "we"),
            ("win", 1, "dep", "VERB", "VBP", "win"),
            ("”", 1, "punct", "PUNCT", "''", "”"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert [a for a in verb_attributions(doc) if a.cue_token.i == 4] == []


def test_an_as_report_that_opens_its_host_reports_the_quotation_after_it() -> None:
    # "As Lee said , “ we win . ”": the host the report opens is the quotation.
    doc = hand_parsed(
        [
            ("As", 2, "mark", "SCONJ", "IN", "as"),
            ("Lee", 2, "nsubj", "PROPN", "NNP", "Lee"),
            ("said", 6, "advcl", "VERB", "VBD", "say"),
            (",", 6, "punct", "PUNCT", ",", ","),
            ("“", 6, "punct", "PUNCT", "``", "“"),
            ("we", 6, "nsubj", "PRON", "PRP", "we"),
            ("win", 6, "ROOT", "VERB", "VBP", "win"),
            (".", 6, "punct", "PUNCT", ".", "."),
            ("”", 6, "punct", "PUNCT", "''", "”"),
        ]
    )
    [found] = verb_attributions(doc)
    assert found.cue == "said" and "we win" in doc.text[found.start : found.end]


def test_an_as_report_after_the_writers_frame_attributes_the_clause_after_it() -> None:
    # "After all , as we saw , banks change ." and "If , as I suggested , he benefits , the law is wrong .": the link
    # to the sentence before and the host's subordinator are the writer's, not what was seen or suggested.
    linked = hand_parsed(
        [
            ("After", 8, "prep", "ADP", "IN", "after"),
            ("all", 0, "pobj", "PRON", "DT", "all"),
            (",", 8, "punct", "PUNCT", ",", ","),
            ("as", 5, "mark", "SCONJ", "IN", "as"),
            ("we", 5, "nsubj", "PRON", "PRP", "we"),
            ("saw", 8, "advcl", "VERB", "VBD", "see"),
            (",", 8, "punct", "PUNCT", ",", ","),
            ("banks", 8, "nsubj", "NOUN", "NNS", "bank"),
            ("change", 8, "ROOT", "VERB", "VBP", "change"),
            (".", 8, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(linked)
    assert (found.cue, linked.text[found.start : found.end]) == ("saw", "banks change")
    conditional = hand_parsed(
        [
            ("If", 7, "mark", "SCONJ", "IN", "if"),
            (",", 7, "punct", "PUNCT", ",", ","),
            ("as", 4, "mark", "SCONJ", "IN", "as"),
            ("I", 4, "nsubj", "PRON", "PRP", "I"),
            ("suggested", 7, "advcl", "VERB", "VBD", "suggest"),
            (",", 7, "punct", "PUNCT", ",", ","),
            ("he", 7, "nsubj", "PRON", "PRP", "he"),
            ("benefits", 11, "advcl", "VERB", "VBZ", "benefit"),
            (",", 11, "punct", "PUNCT", ",", ","),
            ("the", 10, "det", "DET", "DT", "the"),
            ("law", 11, "nsubj", "NOUN", "NN", "law"),
            ("is", 11, "ROOT", "AUX", "VBZ", "be"),
            ("wrong", 11, "acomp", "ADJ", "JJ", "wrong"),
            (".", 11, "punct", "PUNCT", ".", "."),
        ]
    )
    found = next(a for a in verb_attributions(conditional) if a.cue == "suggested")
    assert conditional.text[found.start : found.end] == "he benefits"
    # "But as we saw , banks change .": a conjunction linking to the sentence before is the writer's too.
    joined = hand_parsed(
        [
            ("But", 7, "cc", "CCONJ", "CC", "but"),
            ("as", 3, "mark", "SCONJ", "IN", "as"),
            ("we", 3, "nsubj", "PRON", "PRP", "we"),
            ("saw", 7, "advcl", "VERB", "VBD", "see"),
            (",", 7, "punct", "PUNCT", ",", ","),
            ("banks", 7, "nsubj", "NOUN", "NNS", "bank"),
            ("change", 7, "ROOT", "VERB", "VBP", "change"),
            (".", 7, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(joined)
    assert joined.text[found.start : found.end] == "banks change"


def test_the_indirect_object_before_an_object_is_no_content() -> None:
    # "The agency denied them permits .": whom the permits were denied is not what was denied.
    doc = hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("agency", 2, "nsubj", "NOUN", "NN", "agency"),
            ("denied", 2, "ROOT", "VERB", "VBD", "deny"),
            ("them", 2, "dative", "PRON", "PRP", "they"),
            ("permits", 2, "dobj", "NOUN", "NNS", "permit"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(doc)
    assert doc.text[found.start : found.end] == "permits"


def test_a_that_clause_starts_at_that_whatever_the_parser_hung_before_it() -> None:
    # "Experts cautioned , as did Lee , that taxes might rise .", the "as" aside hung on the reported clause.
    doc = hand_parsed(
        [
            ("Experts", 1, "nsubj", "NOUN", "NNS", "expert"),
            ("cautioned", 1, "ROOT", "VERB", "VBD", "caution"),
            (",", 1, "punct", "PUNCT", ",", ","),
            ("as", 4, "mark", "SCONJ", "IN", "as"),
            ("did", 10, "advcl", "VERB", "VBD", "do"),
            ("Lee", 4, "nsubj", "PROPN", "NNP", "Lee"),
            (",", 10, "punct", "PUNCT", ",", ","),
            ("that", 10, "mark", "SCONJ", "IN", "that"),
            ("taxes", 10, "nsubj", "NOUN", "NNS", "tax"),
            ("might", 10, "aux", "AUX", "MD", "might"),
            ("rise", 1, "ccomp", "VERB", "VB", "rise"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(doc)
    assert doc.text[found.start : found.end] == "that taxes might rise"


def test_a_condition_by_inversion_after_the_content_is_part_of_it() -> None:
    # "Lee threatened to act , should Kim fail , in effect daring him .": the parser made the condition the root.
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("threatened", 7, "ccomp", "VERB", "VBD", "threaten"),
            ("to", 3, "aux", "PART", "TO", "to"),
            ("act", 1, "xcomp", "VERB", "VB", "act"),
            (",", 7, "punct", "PUNCT", ",", ","),
            ("should", 7, "aux", "AUX", "MD", "should"),
            ("Kim", 7, "nsubj", "PROPN", "NNP", "Kim"),
            ("fail", 7, "ROOT", "VERB", "VB", "fail"),
            (",", 7, "punct", "PUNCT", ",", ","),
            ("in", 7, "prep", "ADP", "IN", "in"),
            ("effect", 9, "pobj", "NOUN", "NN", "effect"),
            ("daring", 10, "acl", "VERB", "VBG", "dare"),
            ("him", 11, "dobj", "PRON", "PRP", "he"),
            (".", 7, "punct", "PUNCT", ".", "."),
        ]
    )
    found = next(a for a in verb_attributions(doc) if a.cue == "threatened")
    assert doc.text[found.start : found.end] == "to act , should Kim fail"


def test_a_that_clause_parsed_as_adverbial_is_the_content() -> None:
    # "Trump tweeted on Monday that Kim was wrong ."
    doc = hand_parsed(
        [
            ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
            ("tweeted", 1, "ROOT", "VERB", "VBD", "tweet"),
            ("on", 1, "prep", "ADP", "IN", "on"),
            ("Monday", 2, "pobj", "PROPN", "NNP", "Monday"),
            ("that", 6, "mark", "SCONJ", "IN", "that"),
            ("Kim", 6, "nsubj", "PROPN", "NNP", "Kim"),
            ("was", 1, "advcl", "AUX", "VBD", "be"),
            ("wrong", 6, "acomp", "ADJ", "JJ", "wrong"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(doc)
    assert doc.text[found.start : found.end] == "that Kim was wrong"


def test_a_clause_with_no_subordinator_parsed_as_adverbial_is_the_content() -> None:
    # "Lee said after the vote she would resign ." with the time phrase hung on the reported clause.
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("after", 7, "prep", "ADP", "IN", "after"),
            ("the", 4, "det", "DET", "DT", "the"),
            ("vote", 2, "pobj", "NOUN", "NN", "vote"),
            ("she", 7, "nsubj", "PRON", "PRP", "she"),
            ("would", 7, "aux", "AUX", "MD", "would"),
            ("resign", 1, "advcl", "VERB", "VB", "resign"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(doc)
    assert doc.text[found.start : found.end] == "she would resign"


def test_an_adverbial_clause_with_a_subordinator_is_not_what_was_said() -> None:
    # "Lee spoke when she arrived ." "when" makes it the time of speaking.
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
            ("when", 4, "advmod", "SCONJ", "WRB", "when"),
            ("she", 4, "nsubj", "PRON", "PRP", "she"),
            ("arrived", 1, "advcl", "VERB", "VBD", "arrive"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert not any(doc.text[a.start : a.end].startswith("she") for a in verb_attributions(doc))


def test_a_that_clause_hung_on_the_addressee_is_the_content() -> None:
    # "He told a meeting of farmers that few people knew the risks ." parsed as a relative clause of "meeting".
    doc = hand_parsed(
        [
            ("He", 1, "nsubj", "PRON", "PRP", "he"),
            ("told", 1, "ROOT", "VERB", "VBD", "tell"),
            ("a", 3, "det", "DET", "DT", "a"),
            ("meeting", 1, "dobj", "NOUN", "NN", "meeting"),
            ("of", 3, "prep", "ADP", "IN", "of"),
            ("farmers", 4, "pobj", "NOUN", "NNS", "farmer"),
            ("that", 9, "mark", "PRON", "WDT", "that"),
            ("few", 8, "amod", "ADJ", "JJ", "few"),
            ("people", 9, "nsubj", "NOUN", "NNS", "people"),
            ("knew", 3, "relcl", "VERB", "VBD", "know"),
            ("the", 11, "det", "DET", "DT", "the"),
            ("risks", 9, "dobj", "NOUN", "NNS", "risk"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    said = [doc.text[a.start : a.end] for a in verb_attributions(doc) if a.cue == "told"]
    assert said == ["that few people knew the risks"]


def _object_with_clause(verb: str, lemma: str, noun: str) -> list[str]:
    # "She <verb> the <noun> that taxes rose ." with the that-clause hung on the object noun.
    doc = hand_parsed(
        [
            ("She", 1, "nsubj", "PRON", "PRP", "she"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma),
            ("the", 3, "det", "DET", "DT", "the"),
            (noun, 1, "dobj", "NOUN", "NN", noun),
            ("that", 6, "mark", "SCONJ", "IN", "that"),
            ("taxes", 6, "nsubj", "NOUN", "NNS", "tax"),
            ("rose", 3, "acl", "VERB", "VBD", "rise"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    return [doc.text[a.start : a.end] for a in verb_attributions(doc) if a.cue == verb]


def test_a_that_clause_on_an_object_naming_what_was_said_keeps_the_noun() -> None:
    assert _object_with_clause("disputed", "dispute", "claim") == ["the claim that taxes rose"]
    # With a verb of uttering the noun is part of the cue: "expressed the fear that …".
    assert _object_with_clause("expressed", "express", "fear") == ["that taxes rose"]


def test_a_gerund_subject_of_the_clause_on_an_uttered_noun_still_makes_it_a_cue() -> None:
    # "She expressed concern that raising taxes hurt ." The clause's subject is a gerund.
    doc = hand_parsed(
        [
            ("She", 1, "nsubj", "PRON", "PRP", "she"),
            ("expressed", 1, "ROOT", "VERB", "VBD", "express"),
            ("concern", 1, "dobj", "NOUN", "NN", "concern"),
            ("that", 6, "mark", "SCONJ", "IN", "that"),
            ("raising", 6, "csubj", "VERB", "VBG", "raise"),
            ("taxes", 4, "dobj", "NOUN", "NNS", "tax"),
            ("hurt", 2, "acl", "VERB", "VBD", "hurt"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert [doc.text[a.start : a.end] for a in verb_attributions(doc) if a.cue == "expressed"] == [
        "that raising taxes hurt"
    ]


def _object_with_phrase(verb: str, lemma: str, noun: str, prep: str) -> list[str]:
    # "She <verb> <noun> <prep> the policy ." with the phrase hung on the object noun.
    doc = hand_parsed(
        [
            ("She", 1, "nsubj", "PRON", "PRP", "she"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma),
            (noun, 1, "dobj", "NOUN", "NN", noun),
            (prep, 2, "prep", "ADP", "IN", prep),
            ("the", 5, "det", "DET", "DT", "the"),
            ("policy", 3, "pobj", "NOUN", "NN", "policy"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    return [doc.text[a.start : a.end] for a in verb_attributions(doc) if a.cue == verb]


def test_a_noun_a_verb_of_uttering_makes_a_cue_with_leaves_what_it_was_about() -> None:
    assert _object_with_phrase("expressed", "express", "outrage", "over") == ["the policy"]
    assert _object_with_phrase("voiced", "voice", "doubts", "about") == ["the policy"]
    # "of" makes one noun phrase with the noun; another verb's object is what was said.
    assert _object_with_phrase("offered", "offer", "kind", "of") == ["kind of the policy"]
    assert _object_with_phrase("criticized", "criticize", "changes", "to") == ["changes to the policy"]


def test_a_relative_clause_on_an_object_is_not_what_was_said() -> None:
    # "She announced the plan that the council approved ." "that" is the object of the clause, not its mark.
    doc = hand_parsed(
        [
            ("She", 1, "nsubj", "PRON", "PRP", "she"),
            ("announced", 1, "ROOT", "VERB", "VBD", "announce"),
            ("the", 3, "det", "DET", "DT", "the"),
            ("plan", 1, "dobj", "NOUN", "NN", "plan"),
            ("that", 7, "dobj", "PRON", "WDT", "that"),
            ("the", 6, "det", "DET", "DT", "the"),
            ("council", 7, "nsubj", "NOUN", "NN", "council"),
            ("approved", 3, "relcl", "VERB", "VBD", "approve"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    said = [doc.text[a.start : a.end] for a in verb_attributions(doc) if a.cue == "announced"]
    assert said == ["the plan that the council approved"]


def test_a_statement_noun_is_owned_by_whoever_made_it_or_gave_it() -> None:
    # "Trump made the claim that Kim lied ." and "warnings from Kim that talks failed ."
    made = hand_parsed(
        [
            ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
            ("made", 1, "ROOT", "VERB", "VBD", "make"),
            ("the", 3, "det", "DET", "DT", "the"),
            ("claim", 1, "dobj", "NOUN", "NN", "claim"),
            ("that", 6, "mark", "SCONJ", "IN", "that"),
            ("Kim", 6, "nsubj", "PROPN", "NNP", "Kim"),
            ("lied", 3, "acl", "VERB", "VBD", "lie"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    given = hand_parsed(
        [
            ("warnings", 0, "ROOT", "NOUN", "NNS", "warning"),
            ("from", 0, "prep", "ADP", "IN", "from"),
            ("Kim", 1, "pobj", "PROPN", "NNP", "Kim"),
            ("that", 5, "mark", "SCONJ", "IN", "that"),
            ("talks", 5, "nsubj", "NOUN", "NNS", "talk"),
            ("failed", 0, "acl", "VERB", "VBD", "fail"),
            (".", 0, "punct", "PUNCT", ".", "."),
        ]
    )
    for doc, speaker, content in ((made, "Trump", "that Kim lied"), (given, "Kim", "that talks failed")):
        [found] = noun_attributions(doc)
        assert found.speaker is not None and found.speaker.text == speaker
        assert doc.text[found.start : found.end] == content


def test_a_stance_adjective_attributes_its_clause_or_phrase_to_the_subject() -> None:
    # "Voters are worried that prices rose ." and "She was critical of the plan ."
    worried = hand_parsed(
        [
            ("Voters", 1, "nsubj", "NOUN", "NNS", "voter"),
            ("are", 1, "ROOT", "AUX", "VBP", "be"),
            ("worried", 1, "acomp", "ADJ", "JJ", "worried"),
            ("that", 5, "mark", "SCONJ", "IN", "that"),
            ("prices", 5, "nsubj", "NOUN", "NNS", "price"),
            ("rose", 2, "ccomp", "VERB", "VBD", "rise"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    critical = hand_parsed(
        [
            ("She", 1, "nsubj", "PRON", "PRP", "she"),
            ("was", 1, "ROOT", "AUX", "VBD", "be"),
            ("critical", 1, "acomp", "ADJ", "JJ", "critical"),
            ("of", 2, "prep", "ADP", "IN", "of"),
            ("the", 5, "det", "DET", "DT", "the"),
            ("plan", 3, "pobj", "NOUN", "NN", "plan"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    expected = ((worried, "Voters", "that prices rose", "belief"), (critical, "She", "the plan", "speech"))
    for doc, speaker, content, class_ in expected:
        [found] = adjective_attributions(doc)
        assert found.speaker is not None and found.speaker.text == speaker
        assert (doc.text[found.start : found.end], found.class_) == (content, class_)


def test_the_subject_of_a_passive_report_with_an_agent_is_what_was_reported() -> None:
    # "The plan was reported by Reuters ."
    doc = hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("plan", 3, "nsubjpass", "NOUN", "NN", "plan"),
            ("was", 3, "auxpass", "AUX", "VBD", "be"),
            ("reported", 3, "ROOT", "VERB", "VBN", "report"),
            ("by", 3, "agent", "ADP", "IN", "by"),
            ("Reuters", 4, "pobj", "PROPN", "NNP", "Reuters"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(doc)
    assert found.speaker is not None and found.speaker.text == "Reuters"
    assert doc.text[found.start : found.end] == "The plan"


# "Lee said she expects the party “ to fight on ” ."
_NESTED: list[Row] = [
    ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("she", 3, "nsubj", "PRON", "PRP", "she"),
    ("expects", 1, "ccomp", "VERB", "VBZ", "expect"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("party", 3, "dobj", "NOUN", "NN", "party"),
    ("“", 8, "punct", "PUNCT", "``", "“"),
    ("to", 8, "aux", "PART", "TO", "to"),
    ("fight", 3, "xcomp", "VERB", "VB", "fight"),
    ("on", 8, "prt", "ADP", "RP", "on"),
    ("”", 8, "punct", "PUNCT", "''", "”"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_quoted_fragment_inside_a_nested_report_belongs_to_the_outer_statement() -> None:
    doc = hand_parsed(_NESTED)
    [quote] = extract_quotes(doc, EntityIndex(()), scheme="attribution")
    assert (quote.kind, quote.cue, quote.text) == ("mixed", "said", "she expects the party “ to fight on ”")


def test_a_report_inside_what_another_reports_is_part_of_that_statement() -> None:
    # "Lee said the aides think voters know the plan failed ." "think" is in what Lee said, "know" deeper still.
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("the", 3, "det", "DET", "DT", "the"),
            ("aides", 4, "nsubj", "NOUN", "NNS", "aide"),
            ("think", 1, "ccomp", "VERB", "VBP", "think"),
            ("voters", 6, "nsubj", "NOUN", "NNS", "voter"),
            ("know", 4, "ccomp", "VERB", "VBP", "know"),
            ("the", 8, "det", "DET", "DT", "the"),
            ("plan", 9, "nsubj", "NOUN", "NN", "plan"),
            ("failed", 6, "ccomp", "VERB", "VBD", "fail"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    quotes = extract_quotes(doc, EntityIndex(()), scheme="attribution")
    assert [(q.cue, q.text) for q in quotes] == [("said", "the aides think voters know the plan failed")]


def test_a_name_with_an_apposition_after_the_quotation_speaks_over_a_title_after_the_verb() -> None:
    # "“ We win , ” Lee , an aide , said on “ Today ” ." parsed with Lee hung inside the quotation and the show's
    # title as the subject of "said".
    rows: list[Row] = [
        ("“", 2, "punct", "PUNCT", "``", "“"),
        ("We", 2, "nsubj", "PRON", "PRP", "we"),
        ("win", 10, "ccomp", "VERB", "VBP", "win"),
        (",", 10, "punct", "PUNCT", ",", ","),
        ("”", 5, "punct", "PUNCT", "''", "”"),
        ("Lee", 1, "appos", "PROPN", "NNP", "Lee"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("an", 8, "det", "DET", "DT", "an"),
        ("aide", 5, "appos", "NOUN", "NN", "aide"),
        (",", 10, "punct", "PUNCT", ",", ","),
        ("said", 10, "ROOT", "VERB", "VBD", "say"),
        ("on", 10, "prep", "ADP", "IN", "on"),
        ("“", 10, "punct", "PUNCT", "``", "“"),
        ("Today", 10, "nsubj", "PROPN", "NNP", "Today"),
        ("”", 10, "punct", "PUNCT", "''", "”"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(rows, 10) == "Lee"


def test_the_one_a_recording_shows_speaking_is_the_speaker() -> None:
    # "The ad uses footage of Lee asking why ." The parser hangs "asking" on "uses": the ad does not ask.
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("ad", 2, "nsubj", "NOUN", "NN", "ad"),
        ("uses", 2, "ROOT", "VERB", "VBZ", "use"),
        ("footage", 2, "dobj", "NOUN", "NN", "footage"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("Lee", 4, "pobj", "PROPN", "NNP", "Lee"),
        ("asking", 2, "xcomp", "VERB", "VBG", "ask"),
        ("why", 6, "advmod", "ADV", "WRB", "why"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(rows, 6) == "Lee"


def test_a_speech_someone_gave_is_theirs_as_a_source() -> None:
    # "Taxes rose , according to a speech Lee gave ." The speech is Lee's: Lee is the source, not "a speech".
    rows: list[Row] = [
        ("Taxes", 1, "nsubj", "NOUN", "NNS", "tax"),
        ("rose", 1, "ROOT", "VERB", "VBD", "rise"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("according", 1, "prep", "VERB", "VBG", "accord"),
        ("to", 3, "prep", "ADP", "IN", "to"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("speech", 4, "pobj", "NOUN", "NN", "speech"),
        ("Lee", 8, "nsubj", "PROPN", "NNP", "Lee"),
        ("gave", 6, "relcl", "VERB", "VBD", "give"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    [attribution] = phrase_attributions(doc)
    assert attribution.speaker is not None and attribution.speaker.text == "Lee"
    assert (attribution.cue, doc.text[attribution.start : attribution.end]) == ("according to", "Taxes rose")


def test_be_supposed_to_is_a_modal_not_a_view() -> None:
    # "The war was supposed to be over ." says what should have been; "The war was expected to be over ." is a view.
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("war", 3, "nsubjpass", "NOUN", "NN", "war"),
        ("was", 3, "auxpass", "AUX", "VBD", "be"),
        ("supposed", 3, "ROOT", "VERB", "VBN", "suppose"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("be", 3, "xcomp", "AUX", "VB", "be"),
        ("over", 5, "advmod", "ADV", "RB", "over"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert verb_attributions(hand_parsed(rows)) == []
    rows[3] = ("expected", 3, "ROOT", "VERB", "VBN", "expect")
    doc = hand_parsed(rows)
    [found] = verb_attributions(doc)
    assert doc.text[found.start : found.end] == "The war was expected to be over"


def test_a_survey_phrase_in_the_subject_of_a_report_says_who_were_asked() -> None:
    # "Voters in a poll said taxes rose ." The voters report; the poll says who they were, no second source.
    rows: list[Row] = [
        ("Voters", 4, "nsubj", "NOUN", "NNS", "voter"),
        ("in", 0, "prep", "ADP", "IN", "in"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("poll", 1, "pobj", "NOUN", "NN", "poll"),
        ("said", 4, "ROOT", "VERB", "VBD", "say"),
        ("taxes", 6, "nsubj", "NOUN", "NNS", "tax"),
        ("rose", 4, "ccomp", "VERB", "VBD", "rise"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    assert phrase_attributions(hand_parsed(rows)) == []
    # "Voters in a poll were undecided ." is the poll's finding, and so is "Voters in a poll proved fickle .", whose
    # verb of knowing reports no clause.
    for verb in (("were", 4, "ROOT", "AUX", "VBD", "be"), ("proved", 4, "ROOT", "VERB", "VBD", "prove")):
        rows[4:] = [verb, ("fickle", 4, "acomp", "ADJ", "JJ", "fickle"), (".", 4, "punct", "PUNCT", ".", ".")]
        [found] = phrase_attributions(hand_parsed(rows))
        assert found.cue == "in"


def test_a_survey_phrase_ending_its_sentence_with_no_comma_belongs_to_its_own_clause() -> None:
    # "Trump leads the field and Clinton has sagged in the polls ." The polls report Clinton's sag, not Trump's lead.
    rows: list[Row] = [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("leads", 1, "ROOT", "VERB", "VBZ", "lead"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("field", 1, "dobj", "NOUN", "NN", "field"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("Clinton", 7, "nsubj", "PROPN", "NNP", "Clinton"),
        ("has", 7, "aux", "AUX", "VBZ", "have"),
        ("sagged", 1, "conj", "VERB", "VBN", "sag"),
        ("in", 7, "prep", "ADP", "IN", "in"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("polls", 8, "pobj", "NOUN", "NNS", "poll"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    [found] = phrase_attributions(doc)
    assert doc.text[found.start : found.end] == "Clinton has sagged"


def _measured(rows: list[Row]) -> str:
    doc = hand_parsed(rows)
    [found] = phrase_attributions(doc)
    return doc.text[found.start : found.end]


def _according(tail: list[Row]) -> list[Row]:
    # "Taxes rose , according to Lee , <tail> ."
    return [
        ("Taxes", 1, "nsubj", "NOUN", "NNS", "tax"), ("rose", 1, "ROOT", "VERB", "VBD", "rise"),
        (",", 1, "punct", "PUNCT", ",", ","), ("according", 1, "prep", "VERB", "VBG", "accord"),
        ("to", 3, "prep", "ADP", "IN", "to"), ("Lee", 4, "pobj", "PROPN", "NNP", "Lee"),
        (",", 1, "punct", "PUNCT", ",", ","), *tail, (".", 1, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip


def test_a_comment_after_a_cue_phrase_in_mid_sentence_is_the_writers() -> None:
    # "Taxes rose , according to Lee , a record rise ." The noun phrase after the phrase comments on what Lee said.
    tail: list[Row] = [
        ("a", 9, "det", "DET", "DT", "a"), ("record", 9, "compound", "NOUN", "NN", "record"),
        ("rise", 1, "npadvmod", "NOUN", "NN", "rise"),
    ]  # fmt: skip
    assert _measured(_according(tail)) == "Taxes rose"


def test_a_clause_after_a_cue_phrase_in_mid_sentence_goes_on_with_what_was_said() -> None:
    # "Taxes rose , according to Lee , and prices fell ." A clause of its own: the content goes on over it.
    tail: list[Row] = [
        ("and", 1, "cc", "CCONJ", "CC", "and"), ("prices", 9, "nsubj", "NOUN", "NNS", "price"),
        ("fell", 1, "conj", "VERB", "VBD", "fall"),
    ]  # fmt: skip
    assert _measured(_according(tail)) == "Taxes rose , according to Lee , and prices fell"


def test_a_survey_phrase_on_a_noun_measures_that_noun_not_the_clause_around_it() -> None:
    # "Sanders spoke , predicting a close race despite his lead in polls ." The polls measure his lead; the
    # prediction is his own.
    on_a_noun: list[Row] = [
        ("Sanders", 1, "nsubj", "PROPN", "NNP", "Sanders"),
        ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("predicting", 1, "advcl", "VERB", "VBG", "predict"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("close", 6, "amod", "ADJ", "JJ", "close"),
        ("race", 3, "dobj", "NOUN", "NN", "race"),
        ("despite", 3, "prep", "ADP", "IN", "despite"),
        ("his", 9, "poss", "PRON", "PRP$", "his"),
        ("lead", 7, "pobj", "NOUN", "NN", "lead"),
        ("in", 9, "prep", "ADP", "IN", "in"),
        ("polls", 10, "pobj", "NOUN", "NNS", "poll"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _measured(on_a_noun) == "his lead"
    # "He took hope from the lead he has enjoyed in polls ." A clause of no relative word on the noun measures it.
    contact_clause: list[Row] = [
        ("He", 1, "nsubj", "PRON", "PRP", "he"),
        ("took", 1, "ROOT", "VERB", "VBD", "take"),
        ("hope", 1, "dobj", "NOUN", "NN", "hope"),
        ("from", 1, "prep", "ADP", "IN", "from"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("lead", 3, "pobj", "NOUN", "NN", "lead"),
        ("he", 8, "nsubj", "PRON", "PRP", "he"),
        ("has", 8, "aux", "AUX", "VBZ", "have"),
        ("enjoyed", 5, "relcl", "VERB", "VBN", "enjoy"),
        ("in", 8, "prep", "ADP", "IN", "in"),
        ("polls", 9, "pobj", "NOUN", "NNS", "poll"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _measured(contact_clause) == "the lead he has enjoyed"
    # "She runs at 5 percent in polls ." A noun that is no standing is only where the parse hung the phrase.
    no_standing: list[Row] = [
        ("She", 1, "nsubj", "PRON", "PRP", "she"),
        ("runs", 1, "ROOT", "VERB", "VBZ", "run"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("5", 4, "nummod", "NUM", "CD", "5"),
        ("percent", 2, "pobj", "NOUN", "NN", "percent"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("polls", 5, "pobj", "NOUN", "NNS", "poll"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _measured(no_standing) == "She runs at 5 percent"
    # "... Ohio , where Trump leads in polls ." A clause opened by a relative word keeps its own words.
    relative: list[Row] = [
        ("They", 1, "nsubj", "PRON", "PRP", "they"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Ohio", 2, "pobj", "PROPN", "NNP", "Ohio"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("where", 7, "advmod", "SCONJ", "WRB", "where"),
        ("Trump", 7, "nsubj", "PROPN", "NNP", "Trump"),
        ("leads", 3, "relcl", "VERB", "VBZ", "lead"),
        ("in", 7, "prep", "ADP", "IN", "in"),
        ("polls", 8, "pobj", "NOUN", "NNS", "poll"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _measured(relative) == "where Trump leads"


def test_an_opening_cue_phrase_the_parser_hung_the_sentence_on_attributes_what_follows_its_comma() -> None:
    # "According to Lee , the move reeks of fear ." with "reeks" read as a noun in apposition to "Lee".
    words = ["According", "to", "Lee", ",", "the", "move", "reeks", "of", "fear", "."]
    heads = [0, 0, 1, 2, 6, 6, 2, 6, 7, 0]
    deps = ["ROOT", "prep", "pobj", "punct", "det", "compound", "appos", "prep", "pobj", "punct"]
    tags = ["VBG", "IN", "NNP", ",", "DT", "NN", "NNS", "IN", "NN", "."]
    pos = {"VBG": "VERB", "IN": "ADP", "NNP": "PROPN", ",": "PUNCT", "DT": "DET", "NN": "NOUN", "NNS": "NOUN"}
    doc = hand_parsed(
        [(w, h, d, pos.get(t, "PUNCT"), t, w.lower()) for w, h, d, t in zip(words, heads, deps, tags, strict=True)]
    )
    [found] = phrase_attributions(doc)
    assert (found.speaker.text if found.speaker else None, doc.text[found.start : found.end]) == (
        "Lee",
        "the move reeks of fear",
    )


def test_a_report_that_holds_another_whole_is_the_statement() -> None:
    # "Kim plans to leave the party soon , according to an aide ." The aide reports Kim's plan: one statement, the
    # aide's, not the plan, which covers most of it and used to push the outer report out as its duplicate.
    doc = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("plans", 1, "ROOT", "VERB", "VBZ", "plan"),
            ("to", 3, "aux", "PART", "TO", "to"),
            ("leave", 1, "xcomp", "VERB", "VB", "leave"),
            ("the", 5, "det", "DET", "DT", "the"),
            ("party", 3, "dobj", "NOUN", "NN", "party"),
            ("soon", 3, "advmod", "ADV", "RB", "soon"),
            (",", 1, "punct", "PUNCT", ",", ","),
            ("according", 1, "prep", "VERB", "VBG", "accord"),
            ("to", 8, "prep", "ADP", "IN", "to"),
            ("an", 11, "det", "DET", "DT", "an"),
            ("aide", 9, "pobj", "NOUN", "NN", "aide"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    quotes = extract_quotes(doc, EntityIndex(()), scheme="attribution")
    assert [(q.cue, q.text) for q in quotes] == [("according to", "Kim plans to leave the party soon")]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "an aide"


def test_a_headline_label_speaks_for_a_report_inside_its_line() -> None:
    # "Demir : Lind must decide if she runs" : the headline gives Demir's words, the decision of Lind's inside them.
    doc = hand_parsed(
        [
            ("Demir", 0, "ROOT", "PROPN", "NNP", "Demir"),
            (":", 0, "punct", "PUNCT", ":", ":"),
            ("Lind", 4, "nsubj", "PROPN", "NNP", "Lind"),
            ("must", 4, "aux", "AUX", "MD", "must"),
            ("decide", 0, "appos", "VERB", "VB", "decide"),
            ("if", 7, "mark", "SCONJ", "IN", "if"),
            ("she", 7, "nsubj", "PRON", "PRP", "she"),
            ("runs", 4, "ccomp", "VERB", "VBZ", "run"),
        ]
    )
    demir = Entity("E1", "Ayla Demir", "PERSON", ((0, 5),))
    quotes = extract_quotes(doc, EntityIndex((demir,)), scheme="attribution")
    assert [(q.cue, q.text) for q in quotes] == [(":", "Lind must decide if she runs")]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Ayla Demir"


def test_a_transcript_turn_labelled_with_a_surname_tagged_as_an_organisation_is_the_person() -> None:
    # "Ann Lee spoke . / LEE : I think he will win": the tagger took the capitalised surname for an organisation.
    doc = hand_parsed(
        [
            ("Ann", 1, "compound", "PROPN", "NNP", "Ann"),
            ("Lee", 2, "nsubj", "PROPN", "NNP", "Lee"),
            ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
            (".", 2, "punct", "PUNCT", ".", "."),
            ("\n", 2, "dep", "SPACE", "_SP", "\n"),
            ("LEE", 5, "ROOT", "PROPN", "NNP", "LEE"),
            (":", 5, "punct", "PUNCT", ":", ":"),
            ("I", 8, "nsubj", "PRON", "PRP", "I"),
            ("think", 5, "parataxis", "VERB", "VBP", "think"),
            ("he", 11, "nsubj", "PRON", "PRP", "he"),
            ("will", 11, "aux", "AUX", "MD", "will"),
            ("win", 8, "ccomp", "VERB", "VB", "win"),
        ]
    )
    label = (doc[5].idx, doc[5].idx + 3)
    entities = EntityIndex((Entity("E1", "Ann Lee", "PERSON", ((0, 7),)), Entity("E2", "LEE", "ORG", (label,))))
    quotes = extract_quotes(doc, entities, scheme="attribution")
    assert [(q.cue, q.text) for q in quotes] == [(":", "I think he will win")]


def test_a_headline_labelled_with_a_poll_has_the_poll_as_source() -> None:
    # "Poll : voters want a deal" names the poll as the source, a document; "Weather : rain and wind" names none.
    def labelled(label: str) -> list[tuple[str, str]]:
        doc = hand_parsed(
            [
                (label, 0, "ROOT", "PROPN", "NNP", label.lower()),
                (":", 0, "punct", "PUNCT", ":", ":"),
                ("voters", 3, "nsubj", "NOUN", "NNS", "voter"),
                ("want", 0, "appos", "VERB", "VBP", "want"),
                ("a", 5, "det", "DET", "DT", "a"),
                ("deal", 3, "dobj", "NOUN", "NN", "deal"),
            ]
        )
        return [(q.class_, q.text) for q in extract_quotes(doc, EntityIndex(()), scheme="attribution") if q.cue == ":"]

    assert labelled("Poll") == [("document", "voters want a deal")]
    assert labelled("Weather") == []


def test_what_a_comparison_sets_its_object_beside_is_content() -> None:
    # "Diaz likened the tax to theft ." and "Rents rose 4 % , compared with 2 % ." (nothing compared by anyone).
    likened = hand_parsed(
        [
            ("Diaz", 1, "nsubj", "PROPN", "NNP", "Diaz"),
            ("likened", 1, "ROOT", "VERB", "VBD", "liken"),
            ("the", 3, "det", "DET", "DT", "the"),
            ("tax", 1, "dobj", "NOUN", "NN", "tax"),
            ("to", 1, "prep", "ADP", "IN", "to"),
            ("theft", 4, "pobj", "NOUN", "NN", "theft"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(likened)
    assert likened.text[found.start : found.end] == "the tax to theft"
    compared = hand_parsed(
        [
            ("Rents", 1, "nsubj", "NOUN", "NNS", "rent"),
            ("rose", 1, "ROOT", "VERB", "VBD", "rise"),
            ("4", 3, "nummod", "NUM", "CD", "4"),
            ("%", 1, "npadvmod", "NOUN", "NN", "%"),
            (",", 1, "punct", "PUNCT", ",", ","),
            ("compared", 1, "prep", "VERB", "VBN", "compare"),
            ("with", 5, "prep", "ADP", "IN", "with"),
            ("2", 8, "nummod", "NUM", "CD", "2"),
            ("%", 6, "pobj", "NOUN", "NN", "%"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert verb_attributions(compared) == []


def test_a_comparison_that_sets_nothing_beside_its_object_is_no_report() -> None:
    # "Lee linked arms ." sets nothing beside anything; "Lee contrasted Kim and Park ." sets two things side by side.
    linked = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("linked", 1, "ROOT", "VERB", "VBD", "link"),
            ("arms", 1, "dobj", "NOUN", "NNS", "arm"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert verb_attributions(linked) == []
    joined = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("contrasted", 1, "ROOT", "VERB", "VBD", "contrast"),
            ("Kim", 1, "dobj", "PROPN", "NNP", "Kim"),
            ("and", 2, "cc", "CCONJ", "CC", "and"),
            ("Park", 2, "conj", "PROPN", "NNP", "Park"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(joined)
    assert joined.text[found.start : found.end] == "Kim and Park"


_WOULD: Row = ("would", 4, "aux", "AUX", "MD", "would")
_THEN: Row = ("then", 4, "advmod", "ADV", "RB", "then")


def _joined(first_verb: tuple[str, str, str], helper: Row) -> list[Row]:
    """ "Lee said she would/then <verb> a review and warned against hackers ." with "warned" joined to the clause."""
    word, tag, lemma = first_verb
    return [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("she", 4, "nsubj", "PRON", "PRP", "she"),
        helper,
        (word, 1, "ccomp", "VERB", tag, lemma),
        ("a", 6, "det", "DET", "DT", "a"),
        ("review", 4, "dobj", "NOUN", "NN", "review"),
        ("and", 4, "cc", "CCONJ", "CC", "and"),
        ("warned", 4, "conj", "VERB", "VBD", "warn"),
        ("against", 8, "prep", "ADP", "IN", "against"),
        ("hackers", 9, "pobj", "NOUN", "NNS", "hacker"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_report_joined_to_a_clause_of_another_form_goes_on_with_the_speaker() -> None:
    # "would order … and warned" is no one verb phrase: the warning is Lee's, beside what she said.
    doc = hand_parsed(_joined(("order", "VB", "order"), _WOULD))
    found = {a.cue: (doc.text[a.start : a.end], a.speaker.text if a.speaker else None) for a in verb_attributions(doc)}
    assert found["said"] == ("she would order a review", "Lee")
    assert found["warned against"] == ("hackers", "Lee")


def test_a_report_joined_to_a_clause_of_the_same_form_stays_in_what_was_said() -> None:
    # "she then ordered a review and warned against hackers": both may be what Lee said she did.
    doc = hand_parsed(_joined(("ordered", "VBD", "order"), _THEN))
    found = {a.cue: doc.text[a.start : a.end] for a in verb_attributions(doc)}
    assert found["said"] == "she then ordered a review and warned against hackers"


def test_an_attack_is_a_statement_only_with_what_it_is_for() -> None:
    # "Lee attacked Kim for the cuts ." is said; "Rebels attacked the convoy ." is not.
    said = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
            ("Kim", 1, "dobj", "PROPN", "NNP", "Kim"),
            ("for", 1, "prep", "ADP", "IN", "for"),
            ("the", 5, "det", "DET", "DT", "the"),
            ("cuts", 3, "pobj", "NOUN", "NNS", "cut"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(said)
    assert said.text[found.start : found.end] == "Kim for the cuts"
    fought = hand_parsed(
        [
            ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
            ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
            ("the", 3, "det", "DET", "DT", "the"),
            ("convoy", 1, "dobj", "NOUN", "NN", "convoy"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert verb_attributions(fought) == []


def test_a_phrase_of_time_after_the_verb_is_not_what_was_said() -> None:
    # "Lee endorsed Kim on Thursday ."
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("endorsed", 1, "ROOT", "VERB", "VBD", "endorse"),
            ("Kim", 1, "dobj", "PROPN", "NNP", "Kim"),
            ("on", 1, "prep", "ADP", "IN", "on"),
            ("Thursday", 3, "pobj", "PROPN", "NNP", "Thursday"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    doc.ents = [SpacySpan(doc, 4, 5, label="DATE")]
    [found] = verb_attributions(doc)
    assert doc.text[found.start : found.end] == "Kim"


def test_two_speakers_the_parser_left_off_the_verb() -> None:
    # "In the war , Lee and Kim call them heroes ." with the names hung on "war".
    doc = hand_parsed(
        [
            ("In", 7, "prep", "ADP", "IN", "in"),
            ("the", 2, "det", "DET", "DT", "the"),
            ("war", 0, "pobj", "NOUN", "NN", "war"),
            (",", 2, "punct", "PUNCT", ",", ","),
            ("Lee", 2, "conj", "PROPN", "NNP", "Lee"),
            ("and", 4, "cc", "CCONJ", "CC", "and"),
            ("Kim", 4, "conj", "PROPN", "NNP", "Kim"),
            ("call", 7, "ROOT", "VERB", "VBP", "call"),
            ("them", 7, "dobj", "PRON", "PRP", "they"),
            ("heroes", 7, "oprd", "NOUN", "NNS", "hero"),
            (".", 7, "punct", "PUNCT", ".", "."),
        ]
    )
    doc.ents = [SpacySpan(doc, 4, 5, "PERSON"), SpacySpan(doc, 6, 7, "PERSON")]
    speaker = subject_of(doc[7])
    assert speaker is not None and speaker.text in ("Lee", "Kim")


def test_a_statement_in_two_quoted_pieces_around_its_attribution_is_direct() -> None:
    # "“ Rates rose very fast , ” Lee said , “ and then fell . ”" parsed as one clause with "said" set in it.
    doc = hand_parsed(
        [
            ("“", 2, "punct", "PUNCT", "``", "“"),
            ("Rates", 2, "nsubj", "NOUN", "NNS", "rate"),
            ("rose", 2, "ROOT", "VERB", "VBD", "rise"),
            ("very", 4, "advmod", "ADV", "RB", "very"),
            ("fast", 2, "advmod", "ADV", "RB", "fast"),
            (",", 2, "punct", "PUNCT", ",", ","),
            ("”", 2, "punct", "PUNCT", "''", "”"),
            ("Lee", 8, "nsubj", "PROPN", "NNP", "Lee"),
            ("said", 2, "parataxis", "VERB", "VBD", "say"),
            (",", 2, "punct", "PUNCT", ",", ","),
            ("“", 13, "punct", "PUNCT", "``", "“"),
            ("and", 2, "cc", "CCONJ", "CC", "and"),
            ("then", 13, "advmod", "ADV", "RB", "then"),
            ("fell", 2, "conj", "VERB", "VBD", "fall"),
            (".", 13, "punct", "PUNCT", ".", "."),
            ("”", 13, "punct", "PUNCT", "''", "”"),
        ]
    )
    quotes = extract_quotes(doc, EntityIndex(()), scheme="attribution")
    assert [(q.kind, q.cue, q.text) for q in quotes] == [
        ("direct", "said", "“ Rates rose very fast , ”"),
        ("direct", "said", "“ and then fell . ”"),
    ]
    assert quotes[1].continues == quotes[0].id


def test_a_concession_after_the_content_is_the_writers() -> None:
    # "Lee said the plan worked , though she noted costs rose ."
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("the", 3, "det", "DET", "DT", "the"),
            ("plan", 4, "nsubj", "NOUN", "NN", "plan"),
            ("worked", 1, "ccomp", "VERB", "VBD", "work"),
            (",", 4, "punct", "PUNCT", ",", ","),
            ("though", 8, "mark", "SCONJ", "IN", "though"),
            ("she", 8, "nsubj", "PRON", "PRP", "she"),
            ("noted", 4, "advcl", "VERB", "VBD", "note"),
            ("costs", 10, "nsubj", "NOUN", "NNS", "cost"),
            ("rose", 8, "ccomp", "VERB", "VBD", "rise"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    found = {a.cue: doc.text[a.start : a.end] for a in verb_attributions(doc)}
    assert found == {"said": "the plan worked", "noted": "costs rose"}


def test_a_linking_adverb_opening_the_sentence_is_the_writers() -> None:
    # "However , costs rose , said Lee ."
    doc = hand_parsed(
        [
            ("However", 3, "advmod", "ADV", "RB", "however"),
            (",", 3, "punct", "PUNCT", ",", ","),
            ("costs", 3, "nsubj", "NOUN", "NNS", "cost"),
            ("rose", 5, "ccomp", "VERB", "VBD", "rise"),
            (",", 5, "punct", "PUNCT", ",", ","),
            ("said", 5, "ROOT", "VERB", "VBD", "say"),
            ("Lee", 5, "nsubj", "PROPN", "NNP", "Lee"),
            (".", 5, "punct", "PUNCT", ".", "."),
        ]
    )
    (attribution,) = verb_attributions(doc)
    assert doc.text[attribution.start : attribution.end] == "costs rose"


def test_words_inside_the_quotation_are_not_the_speaker() -> None:
    # "“ We lost . Total chaos , ” said Ann Lee ." parsed with "chaos" as a second subject of "said".
    rows: list[Row] = [
        ("“", 1, "punct", "PUNCT", "``", "“"),
        ("We", 2, "nsubj", "PRON", "PRP", "we"),
        ("lost", 2, "ROOT", "VERB", "VBD", "lose"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("Total", 5, "amod", "ADJ", "JJ", "total"),
        ("chaos", 8, "nsubj", "NOUN", "NN", "chaos"),
        (",", 8, "punct", "PUNCT", ",", ","),
        ("”", 8, "punct", "PUNCT", "''", "”"),
        ("said", 8, "ROOT", "VERB", "VBD", "say"),
        ("Ann", 10, "compound", "PROPN", "NNP", "Ann"),
        ("Lee", 8, "nsubj", "PROPN", "NNP", "Lee"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(rows, 8) == "Lee"


def test_a_name_right_before_the_verb_speaks_though_parsed_as_an_apposition() -> None:
    # "To grasp the old law , Judge Roe said , one must read it ." with "Roe" hung on "law".
    rows: list[Row] = [
        ("To", 1, "aux", "PART", "TO", "to"),
        ("grasp", 12, "advcl", "VERB", "VB", "grasp"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("old", 4, "amod", "ADJ", "JJ", "old"),
        ("law", 8, "nsubj", "NOUN", "NN", "law"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("Judge", 7, "compound", "PROPN", "NNP", "Judge"),
        ("Roe", 4, "appos", "PROPN", "NNP", "Roe"),
        ("said", 12, "parataxis", "VERB", "VBD", "say"),
        (",", 8, "punct", "PUNCT", ",", ","),
        ("one", 12, "nsubj", "PRON", "PRP", "one"),
        ("must", 12, "aux", "AUX", "MD", "must"),
        ("read", 12, "ROOT", "VERB", "VB", "read"),
        ("it", 12, "dobj", "PRON", "PRP", "it"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(rows, 8) == "Roe"


def test_a_name_between_the_closing_mark_and_the_verb_speaks() -> None:
    # "“ We will win , ” Chief Ann Lee said ." with "said" hung on the quotation.
    rows: list[Row] = [
        ("“", 3, "punct", "PUNCT", "``", "“"),
        ("We", 3, "nsubj", "PRON", "PRP", "we"),
        ("will", 3, "aux", "AUX", "MD", "will"),
        ("win", 3, "ROOT", "VERB", "VB", "win"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("”", 3, "punct", "PUNCT", "''", "”"),
        ("Chief", 8, "compound", "PROPN", "NNP", "Chief"),
        ("Ann", 8, "compound", "PROPN", "NNP", "Ann"),
        ("Lee", 3, "dep", "PROPN", "NNP", "Lee"),
        ("said", 3, "conj", "VERB", "VBD", "say"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(rows, 9) == "Lee"


def test_a_report_joined_after_a_closing_quote_mark_is_the_speaker_going_on() -> None:
    # "She said it was “ a con ” and urged fans to leave ." with "urged" hung on the quoted clause.
    doc = hand_parsed(
        [
            ("She", 1, "nsubj", "PRON", "PRP", "she"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("it", 3, "nsubj", "PRON", "PRP", "it"),
            ("was", 1, "ccomp", "AUX", "VBD", "be"),
            ("“", 6, "punct", "PUNCT", "``", "“"),
            ("a", 6, "det", "DET", "DT", "a"),
            ("con", 3, "attr", "NOUN", "NN", "con"),
            ("”", 6, "punct", "PUNCT", "''", "”"),
            ("and", 3, "cc", "CCONJ", "CC", "and"),
            ("urged", 3, "conj", "VERB", "VBD", "urge"),
            ("fans", 9, "dobj", "NOUN", "NNS", "fan"),
            ("to", 12, "aux", "PART", "TO", "to"),
            ("leave", 9, "xcomp", "VERB", "VB", "leave"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    found = {a.cue: (doc.text[a.start : a.end], a.speaker.text if a.speaker else None) for a in verb_attributions(doc)}
    assert found == {"said": ("it was “ a con ”", "She"), "urged": ("fans to leave", "She")}


def _wants_to_act(joined: Row) -> str:
    """The content of "She wants to cut taxes , <joined> rents ." with the second verb hung on "wants"."""
    doc = hand_parsed(
        [
            ("She", 1, "nsubj", "PRON", "PRP", "she"),
            ("wants", 1, "ROOT", "VERB", "VBZ", "want"),
            ("to", 3, "aux", "PART", "TO", "to"),
            ("cut", 1, "xcomp", "VERB", "VB", "cut"),
            ("taxes", 3, "dobj", "NOUN", "NNS", "tax"),
            (",", 3, "punct", "PUNCT", ",", ","),
            joined,
            ("rents", 6, "dobj", "NOUN", "NNS", "rent"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    (attribution,) = verb_attributions(doc)
    return doc.text[attribution.start : attribution.end]


def test_an_infinitive_coordinated_after_the_object_content_goes_on_with_it() -> None:
    assert _wants_to_act(("freeze", 1, "conj", "VERB", "VB", "freeze")) == "to cut taxes , freeze rents"
    # A finite verb is the speaker going on: "wants to cut taxes, raised rents".
    assert _wants_to_act(("raised", 1, "conj", "VERB", "VBD", "raise")) == "to cut taxes"


def _spoke_of(second: list[Row]) -> str:
    """The content of "He spoke of the legacy , and <second>" with the second item hung on "spoke"."""
    spoke: list[Row] = [
        ("He", 1, "nsubj", "PRON", "PRP", "he"),
        ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("legacy", 2, "pobj", "NOUN", "NN", "legacy"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
    ]
    return _sole_content([*spoke, *second])


def test_a_noun_phrase_or_indirect_question_coordinated_after_the_content_goes_on_with_it() -> None:
    # No speaker is a noun or a "how" clause: the parser hung a second object on the verb.
    noun = [("a", 8, "det", "DET", "DT", "a"), ("need", 1, "conj", "NOUN", "NN", "need")]
    assert _spoke_of(noun) == "the legacy , and a need"
    how = [
        ("how", 9, "advmod", "SCONJ", "WRB", "how"),
        ("it", 9, "nsubj", "PRON", "PRP", "it"),
        ("ended", 1, "conj", "VERB", "VBD", "end"),
    ]
    assert _spoke_of(how) == "the legacy , and how it ended"
    # A relative going on ("and who left") and a finite verb ("and left") are the speaker's own.
    who = [("who", 8, "nsubj", "PRON", "WP", "who"), ("left", 1, "conj", "VERB", "VBD", "leave")]
    assert _spoke_of(who) == "the legacy"
    assert _spoke_of([("left", 1, "conj", "VERB", "VBD", "leave")]) == "the legacy"


def test_a_reporting_verb_set_before_the_name_is_no_part_of_it() -> None:
    """ "Said Ellis : “ No . ”" parsed with "Said" as a compound of the name."""
    doc = hand_parsed(
        [
            ("Said", 1, "compound", "VERB", "VBD", "say"),
            ("Ellis", 1, "ROOT", "PROPN", "NNP", "Ellis"),
            (":", 1, "punct", "PUNCT", ":", ":"),
            ("“", 1, "punct", "PUNCT", "``", "“"),
            ("No", 1, "appos", "INTJ", "UH", "no"),
            ("”", 1, "punct", "PUNCT", "''", "”"),
        ]
    )
    speaker = subject_of(doc[0])
    assert speaker is not None and speaker.text == "Ellis"
    start, end = speaker_span(speaker)
    assert doc.text[start:end] == "Ellis"
    # A name of two words is not a fronted verb: "Ann Lee" keeps both.
    named = hand_parsed([("Ann", 1, "compound", "PROPN", "NNP", "Ann"), ("Lee", 1, "ROOT", "PROPN", "NNP", "Lee")])
    assert subject_of(named[0]) is None and named.text[slice(*speaker_span(named[1]))] == "Ann Lee"


def test_a_that_clause_after_the_verb_wins_over_a_clause_hung_before_it() -> None:
    # "Writing for a panel that agreed Pence won , Lee noted that Pence was calm ." with "won" parsed as a
    # second clause of "noted" (with "Writing" as its subject): the clause "that" subordinates after the verb is
    # what was noted.
    doc = hand_parsed(
        [
            ("Writing", 7, "csubj", "VERB", "VBG", "write"),
            ("for", 0, "prep", "ADP", "IN", "for"),
            ("a", 3, "det", "DET", "DT", "a"),
            ("panel", 1, "pobj", "NOUN", "NN", "panel"),
            ("that", 5, "nsubj", "PRON", "WDT", "that"),
            ("agreed", 3, "relcl", "VERB", "VBD", "agree"),
            ("Pence", 7, "nsubj", "PROPN", "NNP", "Pence"),
            ("won", 10, "ccomp", "VERB", "VBD", "win"),
            (",", 10, "punct", "PUNCT", ",", ","),
            ("Lee", 10, "nsubj", "PROPN", "NNP", "Lee"),
            ("noted", 10, "ROOT", "VERB", "VBD", "note"),
            ("that", 13, "mark", "SCONJ", "IN", "that"),
            ("Pence", 13, "nsubj", "PROPN", "NNP", "Pence"),
            ("was", 10, "ccomp", "AUX", "VBD", "be"),
            ("calm", 13, "acomp", "ADJ", "JJ", "calm"),
            (".", 10, "punct", "PUNCT", ".", "."),
        ]
    )
    found = [doc.text[a.start : a.end] for a in verb_attributions(doc) if a.cue_token.i == 10]
    assert found == ["that Pence was calm"]


def _said_then(mark: str, verb: Row) -> str:
    """The content of "He said the plan failed , <mark> costs <verb> ." with the adverbial clause hung on "said"."""
    doc = hand_parsed(
        [
            ("He", 1, "nsubj", "PRON", "PRP", "he"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("the", 3, "det", "DET", "DT", "the"),
            ("plan", 4, "nsubj", "NOUN", "NN", "plan"),
            ("failed", 1, "ccomp", "VERB", "VBD", "fail"),
            (",", 1, "punct", "PUNCT", ",", ","),
            (mark, 8, "mark", "SCONJ", "IN", mark),
            ("costs", 8, "nsubj", "NOUN", "NNS", "cost"),
            verb,
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    (attribution,) = [a for a in verb_attributions(doc) if a.cue_token.i == 1]
    return doc.text[attribution.start : attribution.end]


def test_a_finite_adverbial_clause_after_the_reported_clause_goes_on_with_it() -> None:
    rose: Row = ("rose", 1, "advcl", "VERB", "VBD", "rise")
    assert _said_then("because", rose) == "the plan failed , because costs rose"
    assert _said_then("when", rose) == "the plan failed , when costs rose"
    # A concession or contrast the writer sets beside the report, or a report of its own, stays out.
    assert _said_then("though", rose) == "the plan failed"
    assert _said_then("while", rose) == "the plan failed"
    assert _said_then("while", ("said", 1, "advcl", "VERB", "VBD", "say")) == "the plan failed"


def _passive_by(agent: list[Row]) -> str:
    """The content of "The plan was endorsed by <agent> ." (the agent's words from index 5 on)."""
    passive: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("plan", 3, "nsubjpass", "NOUN", "NN", "plan"),
        ("was", 3, "auxpass", "AUX", "VBD", "be"),
        ("endorsed", 3, "ROOT", "VERB", "VBN", "endorse"),
        ("by", 3, "agent", "ADP", "IN", "by"),
    ]
    return _sole_content([*passive, *agent, (".", 3, "punct", "PUNCT", ".", ".")])


def test_a_phrase_of_the_agent_s_own_is_no_complement_of_the_passive() -> None:
    # "endorsed by a coalition of leaders": the of-phrase says who the agent is; the subject is what was endorsed.
    coalition = [("a", 6, "det", "DET", "DT", "a"), ("coalition", 4, "pobj", "NOUN", "NN", "coalition"),
                 ("of", 6, "prep", "ADP", "IN", "of"), ("leaders", 7, "pobj", "NOUN", "NNS", "leader")]  # fmt: skip
    assert _passive_by(coalition) == "The plan"
    # A gerund the parser hung on the agent is the complement: "endorsed by Lee for cutting costs".
    lee = [("Lee", 4, "pobj", "PROPN", "NNP", "Lee"), ("for", 5, "prep", "ADP", "IN", "for"),
           ("cutting", 6, "pcomp", "VERB", "VBG", "cut"), ("costs", 7, "dobj", "NOUN", "NNS", "cost")]  # fmt: skip
    assert _passive_by(lee) == "for cutting costs"


def test_a_short_link_opening_the_sentence_is_the_writer_s() -> None:
    after = [(",", 4, "punct", "PUNCT", ",", ","), ("costs", 4, "nsubj", "NOUN", "NNS", "cost"),
             ("rose", 4, "ROOT", "VERB", "VBD", "rise"), (",", 4, "punct", "PUNCT", ",", ","),
             ("he", 7, "nsubj", "PRON", "PRP", "he"), ("said", 4, "parataxis", "VERB", "VBD", "say"),
             (".", 4, "punct", "PUNCT", ".", ".")]  # fmt: skip
    addition = [("In", 4, "prep", "ADP", "IN", "in"), ("addition", 0, "pobj", "NOUN", "NN", "addition")]
    aside = [("Details", 1, "npadvmod", "NOUN", "NNS", "detail"), ("aside", 4, "advmod", "ADV", "RB", "aside")]
    assert _sole_content([*addition, *after]) == "costs rose"
    assert _sole_content([*aside, *after]) == "costs rose"
    # A phrase that names something is part of what was said: "Unlike Lee, costs rose".
    unlike = [("Unlike", 4, "prep", "ADP", "IN", "unlike"), ("Lee", 0, "pobj", "PROPN", "NNP", "Lee")]
    assert _sole_content([*unlike, *after]) == "Unlike Lee , costs rose"


def test_a_time_or_place_before_a_report_in_the_middle_frames_the_clause_after_it() -> None:
    # ", he said , costs rose ." after two words, the report hung on "rose".
    amid: list[Row] = [
        (",", 7, "punct", "PUNCT", ",", ","), ("he", 4, "nsubj", "PRON", "PRP", "he"),
        ("said", 7, "parataxis", "VERB", "VBD", "say"), (",", 7, "punct", "PUNCT", ",", ","),
        ("costs", 7, "nsubj", "NOUN", "NNS", "cost"), ("rose", 7, "ROOT", "VERB", "VBD", "rise"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    # "In office , he said , costs rose .": the phrase the writer sets before the report is not what was said.
    office = [("In", 7, "prep", "ADP", "IN", "in"), ("office", 0, "pobj", "NOUN", "NN", "office")]
    assert _sole_content([*office, *amid]) == "costs rose"
    # A clause of purpose before the report is said too: "To cope , he said , costs rose".
    fair = [("To", 1, "aux", "PART", "TO", "to"), ("cope", 7, "advcl", "VERB", "VB", "cope")]
    assert _sole_content([*fair, *amid]) == "To cope , he said , costs rose"


def test_content_never_opens_with_the_report_set_inside_it() -> None:
    # "Still , he said , costs rose .": the writer's link cut, what was said starts after the report, not at "he".
    amid: list[Row] = [
        (",", 3, "punct", "PUNCT", ",", ","), ("he", 3, "nsubj", "PRON", "PRP", "he"),
        ("said", 6, "parataxis", "VERB", "VBD", "say"), (",", 3, "punct", "PUNCT", ",", ","),
        ("costs", 6, "nsubj", "NOUN", "NNS", "cost"), ("rose", 6, "ROOT", "VERB", "VBD", "rise"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    still = [("Still", 6, "advmod", "ADV", "RB", "still")]
    but = [("But", 6, "cc", "CCONJ", "CC", "but")]
    assert _sole_content([*still, *amid]) == "costs rose"
    assert _sole_content([*but, *amid]) == "costs rose"
    # "Costs , he said , rose .": the host clause's words before the report are said too.
    costs: list[Row] = [
        ("Costs", 5, "nsubj", "NOUN", "NNS", "cost"), (",", 3, "punct", "PUNCT", ",", ","),
        ("he", 3, "nsubj", "PRON", "PRP", "he"), ("said", 5, "parataxis", "VERB", "VBD", "say"),
        (",", 3, "punct", "PUNCT", ",", ","), ("rose", 5, "ROOT", "VERB", "VBD", "rise"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    assert _sole_content(costs) == "Costs , he said , rose"


def test_an_agreement_to_act_holds_its_infinitive_as_a_stance() -> None:
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
            ("to", 3, "aux", "PART", "TO", "to"),
            ("cut", 1, "xcomp", "VERB", "VB", "cut"),
            ("taxes", 3, "dobj", "NOUN", "NNS", "tax"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(doc)
    assert (doc.text[found.start : found.end], found.class_) == ("to cut taxes", "belief")


def test_a_word_split_by_the_tokenizer_stays_whole_at_the_content_s_end() -> None:
    # "He said some do n't ." with "n't" hung on "said": the content still ends with the whole word.
    rows: list[Row] = [
        ("He", 1, "nsubj", "PRON", "PRP", "he"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("some", 3, "nsubj", "PRON", "DT", "some"),
        ("do", 1, "ccomp", "VERB", "VBP", "do"),
        ("n’t", 1, "punct", "PART", "RB", "not"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows, joined=frozenset({3, 4}))
    [found] = verb_attributions(doc)
    assert doc.text[found.start : found.end] == "some don’t"


def test_a_place_after_a_place_locates_it_and_is_no_aside() -> None:
    # "He said it rose in Tulsa , Oklahoma ." with "Oklahoma" parsed as an apposition of "Tulsa".
    doc = hand_parsed(
        [
            ("He", 1, "nsubj", "PRON", "PRP", "he"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("it", 3, "nsubj", "PRON", "PRP", "it"),
            ("rose", 1, "ccomp", "VERB", "VBD", "rise"),
            ("in", 3, "prep", "ADP", "IN", "in"),
            ("Tulsa", 4, "pobj", "PROPN", "NNP", "Tulsa"),
            (",", 5, "punct", "PUNCT", ",", ","),
            ("Oklahoma", 5, "appos", "PROPN", "NNP", "Oklahoma"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    doc.ents = [SpacySpan(doc, 5, 6, label="GPE"), SpacySpan(doc, 7, 8, label="GPE")]
    [found] = verb_attributions(doc)
    assert doc.text[found.start : found.end] == "it rose in Tulsa , Oklahoma"


def test_a_participle_speaks_for_the_passive_subject_of_its_clause() -> None:
    # "After saying the plan failed , she was taken to hospital ."
    rows: list[Row] = [
        ("After", 8, "prep", "ADP", "IN", "after"),
        ("saying", 0, "pcomp", "VERB", "VBG", "say"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("plan", 4, "nsubj", "NOUN", "NN", "plan"),
        ("failed", 1, "ccomp", "VERB", "VBD", "fail"),
        (",", 8, "punct", "PUNCT", ",", ","),
        ("she", 8, "nsubjpass", "PRON", "PRP", "she"),
        ("was", 8, "auxpass", "AUX", "VBD", "be"),
        ("taken", 8, "ROOT", "VERB", "VBN", "take"),
        ("to", 8, "prep", "ADP", "IN", "to"),
        ("hospital", 9, "pobj", "NOUN", "NN", "hospital"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(rows, 1) == "she"
    # With a "by" agent the passive's subject is what was done to, not who spoke: no speaker is taken from it.
    agent: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("plan", 3, "nsubjpass", "NOUN", "NN", "plan"),
        ("was", 3, "auxpass", "AUX", "VBD", "be"),
        ("backed", 3, "ROOT", "VERB", "VBN", "back"),
        ("by", 3, "agent", "ADP", "IN", "by"),
        ("Lee", 4, "pobj", "PROPN", "NNP", "Lee"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("saying", 3, "advcl", "VERB", "VBG", "say"),
        ("it", 9, "nsubj", "PRON", "PRP", "it"),
        ("works", 7, "ccomp", "VERB", "VBZ", "work"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(agent, 7) is None


def _question_rows(negated: bool) -> list[Row]:
    # "Lawmakers have (not) said when they will vote ." with the question parsed as an adverbial clause.
    rows: list[Row] = [
        ("Lawmakers", 3, "nsubj", "NOUN", "NNS", "lawmaker"),
        ("have", 3, "aux", "AUX", "VBP", "have"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("said", 3, "ROOT", "VERB", "VBN", "say"),
        ("when", 7, "advmod", "SCONJ", "WRB", "when"),
        ("they", 7, "nsubj", "PRON", "PRP", "they"),
        ("will", 7, "aux", "AUX", "MD", "will"),
        ("vote", 3, "advcl", "VERB", "VB", "vote"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    if negated:
        return rows
    return [(w, h - (h > 2), d, p, t, lemma) for i, (w, h, d, p, t, lemma) in enumerate(rows) if i != 2]


def test_a_question_left_unanswered_is_what_was_not_said() -> None:
    doc = hand_parsed(_question_rows(negated=True))
    [found] = verb_attributions(doc)
    assert doc.text[found.start : found.end] == "when they will vote"
    # Said without "not", "when" more often opens a clause of time than a question: nothing is reported.
    assert verb_attributions(hand_parsed(_question_rows(negated=False))) == []


def test_a_question_word_with_an_infinitive_is_what_is_known() -> None:
    # "Officials did not know what to make of it ."
    doc = hand_parsed(
        [
            ("Officials", 3, "nsubj", "NOUN", "NNS", "official"),
            ("did", 3, "aux", "AUX", "VBD", "do"),
            ("not", 3, "neg", "PART", "RB", "not"),
            ("know", 3, "ROOT", "VERB", "VB", "know"),
            ("what", 6, "dobj", "PRON", "WP", "what"),
            ("to", 6, "aux", "PART", "TO", "to"),
            ("make", 3, "xcomp", "VERB", "VB", "make"),
            ("of", 6, "prep", "ADP", "IN", "of"),
            ("it", 7, "pobj", "PRON", "PRP", "it"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(doc)
    assert (doc.text[found.start : found.end], found.class_) == ("what to make of it", "knowledge")


def test_a_statement_noun_that_a_copula_equates_with_a_clause_holds_it() -> None:
    # "The minister 's view is that talks failed ."
    doc = hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("minister", 3, "poss", "NOUN", "NN", "minister"),
            ("'s", 1, "case", "PART", "POS", "'s"),
            ("view", 4, "nsubj", "NOUN", "NN", "view"),
            ("is", 4, "ROOT", "AUX", "VBZ", "be"),
            ("that", 7, "mark", "SCONJ", "IN", "that"),
            ("talks", 7, "nsubj", "NOUN", "NNS", "talk"),
            ("failed", 4, "ccomp", "VERB", "VBD", "fail"),
            (".", 4, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = noun_attributions(doc)
    assert found.speaker is not None and found.speaker.text == "minister"
    assert (doc.text[found.start : found.end], found.class_) == ("that talks failed", "belief")


def test_a_possessive_phrase_of_account_or_judgement_attributes_the_clause() -> None:
    # "By her own admission , taxes rose ." and "To his mind , taxes rose ."
    for opening, noun, cue_class in (("By", "admission", "speech"), ("To", "mind", "belief")):
        own = [("own", 3, "amod", "ADJ", "JJ", "own")] if noun == "admission" else []
        rows: list[Row] = [
            (opening, len(own) + 5, "prep", "ADP", "IN", opening.lower()),
            ("her" if own else "his", len(own) + 2, "poss", "PRON", "PRP$", "her" if own else "his"),
            *own,
            (noun, 0, "pobj", "NOUN", "NN", noun),
            (",", len(own) + 5, "punct", "PUNCT", ",", ","),
            ("taxes", len(own) + 5, "nsubj", "NOUN", "NNS", "tax"),
            ("rose", len(own) + 5, "ROOT", "VERB", "VBD", "rise"),
            (".", len(own) + 5, "punct", "PUNCT", ".", "."),
        ]
        doc = hand_parsed(rows)
        [found] = phrase_attributions(doc)
        assert found.speaker is not None and found.speaker.text in ("her", "his")
        assert (doc.text[found.start : found.end], found.class_) == ("taxes rose", cue_class)


def test_put_it_is_a_cue_whose_it_is_no_content() -> None:
    # "Taxes , as one aide put it , rose ."
    doc = hand_parsed(
        [
            ("Taxes", 7, "nsubj", "NOUN", "NNS", "tax"),
            (",", 7, "punct", "PUNCT", ",", ","),
            ("as", 5, "mark", "SCONJ", "IN", "as"),
            ("one", 4, "nummod", "NUM", "CD", "one"),
            ("aide", 5, "nsubj", "NOUN", "NN", "aide"),
            ("put", 7, "advcl", "VERB", "VBD", "put"),
            ("it", 5, "dobj", "PRON", "PRP", "it"),
            ("rose", 7, "ROOT", "VERB", "VBD", "rise"),
            (".", 7, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(doc)
    assert found.cue == "put it" and found.speaker is not None and found.speaker.text == "aide"


def test_a_reporting_verb_tagged_a_plural_noun_still_reports_its_clause() -> None:
    # "Lee claims that talks failed ." with "claims" tagged NNS, and "the claims that talks failed" as a noun.
    def rows(subject: Row) -> list[Row]:
        return [
            subject,
            ("claims", 1, "ROOT", "NOUN", "NNS", "claim"),
            ("that", 4, "mark", "SCONJ", "IN", "that"),
            ("talks", 4, "nsubj", "NOUN", "NNS", "talk"),
            ("failed", 1, "ccomp", "VERB", "VBD", "fail"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]

    doc = hand_parsed(rows(("Lee", 1, "nsubj", "PROPN", "NNP", "Lee")))
    [found] = verb_attributions(doc)
    assert found.speaker is not None and found.speaker.text == "Lee"
    assert doc.text[found.start : found.end] == "that talks failed"
    assert verb_attributions(hand_parsed(rows(("the", 1, "det", "DET", "DT", "the")))) == []
    # "Lee claims" read as one noun: the capitalised name the -s form hangs on is still its subject.
    compound = verb_attributions(hand_parsed(rows(("Lee", 1, "compound", "NOUN", "NN", "lee"))))
    assert [a.speaker.text for a in compound if a.speaker is not None] == ["Lee"]
    # "Price claims that …" is no report when the noun before is a common word.
    assert verb_attributions(hand_parsed(rows(("price", 1, "compound", "NOUN", "NN", "price")))) == []


def test_a_reporting_verb_tagged_a_plural_noun_after_its_clause_reports_it() -> None:
    # "Talks failed , the chief economist maintains ." with "maintains" tagged NNS heading the sentence.
    rows: list[Row] = [
        ("Talks", 1, "nsubj", "NOUN", "NNS", "talk"),
        ("failed", 6, "ccomp", "VERB", "VBD", "fail"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("the", 5, "det", "DET", "DT", "the"),
        ("chief", 5, "amod", "ADJ", "JJ", "chief"),
        ("economist", 6, "nsubj", "NOUN", "NN", "economist"),
        ("maintains", 6, "ROOT", "NOUN", "NNS", "maintain"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    [found] = verb_attributions(doc)
    assert (found.cue, _content_of(doc, found)) == ("maintains", "Talks failed")
    assert found.speaker is not None and found.speaker.text == "economist"
    # With no comma between, the clause is no report set before its speaker.
    bare: list[Row] = [
        ("Talks", 1, "nsubj", "NOUN", "NNS", "talk"),
        ("failed", 5, "ccomp", "VERB", "VBD", "fail"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("chief", 4, "amod", "ADJ", "JJ", "chief"),
        ("economist", 5, "nsubj", "NOUN", "NN", "economist"),
        ("maintains", 5, "ROOT", "NOUN", "NNS", "maintain"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    assert verb_attributions(hand_parsed(bare)) == []


def test_a_text_that_speaks_for_its_issuer_gives_the_issuer_as_speaker() -> None:
    # "Lee filed a motion asking the court to act ."
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("filed", 1, "ROOT", "VERB", "VBD", "file"),
            ("a", 3, "det", "DET", "DT", "a"),
            ("motion", 1, "dobj", "NOUN", "NN", "motion"),
            ("asking", 3, "acl", "VERB", "VBG", "ask"),
            ("the", 6, "det", "DET", "DT", "the"),
            ("court", 4, "dobj", "NOUN", "NN", "court"),
            ("to", 8, "aux", "PART", "TO", "to"),
            ("act", 4, "xcomp", "VERB", "VB", "act"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(doc)
    assert found.speaker is not None and found.speaker.text == "Lee"
    assert doc.text[found.start : found.end] == "the court to act"


def test_a_report_set_inside_a_relative_clause_reports_that_clause() -> None:
    # "The park is near the stadium , which , Ann Lee said , is full ." The name between a comma and the verb is
    # no stranded speaker of a clause before it: the report sits inside the relative clause, which goes on after it.
    doc = hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("park", 2, "nsubj", "NOUN", "NN", "park"),
            ("is", 2, "ROOT", "AUX", "VBZ", "be"),
            ("near", 2, "prep", "ADP", "IN", "near"),
            ("the", 5, "det", "DET", "DT", "the"),
            ("stadium", 3, "pobj", "NOUN", "NN", "stadium"),
            (",", 5, "punct", "PUNCT", ",", ","),
            ("which", 13, "nsubj", "PRON", "WDT", "which"),
            (",", 11, "punct", "PUNCT", ",", ","),
            ("Ann", 10, "compound", "PROPN", "NNP", "Ann"),
            ("Lee", 11, "nsubj", "PROPN", "NNP", "Lee"),
            ("said", 13, "parataxis", "VERB", "VBD", "say"),
            (",", 11, "punct", "PUNCT", ",", ","),
            ("is", 5, "relcl", "AUX", "VBZ", "be"),
            ("full", 13, "acomp", "ADJ", "JJ", "full"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )
    doc.ents = [SpacySpan(doc, 9, 11, label="PERSON")]
    [found] = verb_attributions(doc)
    assert doc.text[found.start : found.end] == "which , Ann Lee said , is full"


def test_an_infinitive_on_an_adjective_takes_the_subject_of_its_clause() -> None:
    # "She was quick to say the plan failed ."
    rows: list[Row] = [
        ("She", 1, "nsubj", "PRON", "PRP", "she"),
        ("was", 1, "ROOT", "AUX", "VBD", "be"),
        ("quick", 1, "acomp", "ADJ", "JJ", "quick"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("say", 2, "xcomp", "VERB", "VB", "say"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("plan", 7, "nsubj", "NOUN", "NN", "plan"),
        ("failed", 4, "ccomp", "VERB", "VBD", "fail"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(rows, 4) == "She"


def test_a_cue_after_a_preposition_on_an_adverb_takes_the_subject_of_its_clause() -> None:
    # "He stopped short of calling it a crime ."
    rows: list[Row] = [
        ("He", 1, "nsubj", "PRON", "PRP", "he"),
        ("stopped", 1, "ROOT", "VERB", "VBD", "stop"),
        ("short", 1, "advmod", "ADV", "RB", "short"),
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("calling", 3, "pcomp", "VERB", "VBG", "call"),
        ("it", 7, "nsubj", "PRON", "PRP", "it"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("crime", 4, "oprd", "NOUN", "NN", "crime"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(rows, 4) == "He"


def _described(noun: tuple[str, str, str], participle: tuple[str, str, str]) -> list[Row]:
    """ "They quoted <noun> <participle> that the plan failed ." with the participle describing the noun."""
    return [
        ("They", 1, "nsubj", "PRON", "PRP", "they"),
        ("quoted", 1, "ROOT", "VERB", "VBD", "quote"),
        (noun[0], 1, "dobj", "NOUN", noun[1], noun[2]),
        (participle[0], 2, "acl", "VERB", participle[1], participle[2]),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("plan", 7, "nsubj", "NOUN", "NN", "plan"),
        ("failed", 3, "ccomp", "VERB", "VBD", "fail"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_participle_describing_someone_who_can_speak_has_them_speak() -> None:
    assert _subject_text(_described(("aides", "NNS", "aide"), ("arguing", "VBG", "argue")), 3) == "aides"
    # A text speaks for whoever issued it: here those who quoted it.
    assert _subject_text(_described(("memos", "NNS", "memo"), ("arguing", "VBG", "argue")), 3) == "They"
    # A thing that cannot speak speaks, like a text, for whoever holds or uses it ("held signs calling him …").
    assert _subject_text(_described(("cases", "NNS", "case"), ("arguing", "VBG", "argue")), 3) == "They"
    # People a past participle does something to are no speakers.
    assert _subject_text(_described(("aides", "NNS", "aide"), ("told", "VBN", "tell")), 3) is None


def test_a_text_speaks_through_a_participle_on_the_participle_describing_it() -> None:
    # "A memo sent to staff saying the office would close ."
    rows: list[Row] = [
        ("A", 1, "det", "DET", "DT", "a"),
        ("memo", 1, "ROOT", "NOUN", "NN", "memo"),
        ("sent", 1, "acl", "VERB", "VBN", "send"),
        ("to", 2, "prep", "ADP", "IN", "to"),
        ("staff", 3, "pobj", "NOUN", "NN", "staff"),
        ("saying", 2, "advcl", "VERB", "VBG", "say"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("office", 9, "nsubj", "NOUN", "NN", "office"),
        ("would", 9, "aux", "AUX", "MD", "would"),
        ("close", 5, "ccomp", "VERB", "VB", "close"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(rows, 5) == "memo"


def _chance(owner: Row) -> list[Row]:
    """ "They missed <owner> chance to remind voters that the plan failed ." """
    return [
        ("They", 1, "nsubj", "PRON", "PRP", "they"),
        ("missed", 1, "ROOT", "VERB", "VBD", "miss"),
        owner,
        ("chance", 1, "dobj", "NOUN", "NN", "chance"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("remind", 3, "acl", "VERB", "VB", "remind"),
        ("voters", 5, "dobj", "NOUN", "NNS", "voter"),
        ("that", 10, "mark", "SCONJ", "IN", "that"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("plan", 10, "nsubj", "NOUN", "NN", "plan"),
        ("failed", 5, "ccomp", "VERB", "VBD", "fail"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_to_infinitive_on_a_noun_is_done_by_its_owner_or_by_who_has_the_noun() -> None:
    assert _subject_text(_chance(("a", 3, "det", "DET", "DT", "a")), 5) == "They"
    assert _subject_text(_chance(("Lee", 3, "poss", "PROPN", "NNP", "Lee")), 5) == "Lee"


def test_a_subject_the_parse_made_the_object_opens_the_reported_clause() -> None:
    # "The team has said single people would qualify ." with "people" parsed as the object of "said" and the
    # reported clause left with no subject: the object is the clause's subject, and what was said.
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"), ("team", 3, "nsubj", "NOUN", "NN", "team"),
        ("has", 3, "aux", "AUX", "VBZ", "have"), ("said", 3, "ROOT", "VERB", "VBN", "say"),
        ("single", 5, "amod", "ADJ", "JJ", "single"), ("people", 3, "dobj", "NOUN", "NNS", "people"),
        ("would", 7, "aux", "AUX", "MD", "would"), ("qualify", 3, "ccomp", "VERB", "VB", "qualify"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    assert _sole_content(rows) == "single people would qualify"
    # "He told reporters it failed .": a clause with a subject of its own leaves the object out, whom he told.
    told: list[Row] = [
        ("He", 1, "nsubj", "PRON", "PRP", "he"), ("told", 1, "ROOT", "VERB", "VBD", "tell"),
        ("reporters", 1, "dobj", "NOUN", "NNS", "reporter"), ("it", 4, "nsubj", "PRON", "PRP", "it"),
        ("failed", 1, "ccomp", "VERB", "VBD", "fail"), (".", 1, "punct", "PUNCT", ".", "."),
    ]  # fmt: skip
    assert _sole_content(told) == "it failed"


@pytest.mark.parametrize(
    ("verb", "lemma", "obj", "content"),
    [
        ("mentioned", "mention", "Kim", "Kim"),  # what the statement was about
        ("admires", "admire", "Kim", "Kim"),  # what the view is of
        ("urged", "urge", "Kim", None),  # a request is made to someone
        ("asked", "ask", "Kim", None),
        ("mentioned", "mention", "him", None),  # a pronoun alone is whom the words were for
        ("defended", "defend", "it", "it"),  # but what a judgement judges or a view holds
        ("criticized", "criticize", "him", "him"),
        ("respects", "respect", "him", "him"),
    ],
)
def test_a_one_word_object_is_content_unless_the_verb_addresses_it(
    verb: str, lemma: str, obj: str, content: str | None
) -> None:
    pos, tag = ("PRON", "PRP") if obj.islower() else ("PROPN", "NNP")
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma),
            (obj, 1, "dobj", pos, tag, obj),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    found = [doc.text[a.start : a.end] for a in verb_attributions(doc)]
    assert found == ([content] if content else [])


def test_a_statement_or_stance_noun_holds_its_to_infinitive() -> None:
    # "Lee 's determination to act alone grew ." and "Lee 's statement to voters ended .": an infinitive on a
    # stance noun is what is held; a statement's "to" phrase is whom it was made to.
    determination = hand_parsed(
        [
            ("Lee", 2, "poss", "PROPN", "NNP", "Lee"), ("'s", 0, "case", "PART", "POS", "'s"),
            ("determination", 6, "nsubj", "NOUN", "NN", "determination"), ("to", 4, "aux", "PART", "TO", "to"),
            ("act", 2, "acl", "VERB", "VB", "act"), ("alone", 4, "advmod", "ADV", "RB", "alone"),
            ("grew", 6, "ROOT", "VERB", "VBD", "grow"), (".", 6, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    [found] = noun_attributions(determination)
    assert found.speaker is not None and found.speaker.text == "Lee"
    assert determination.text[found.start : found.end] == "to act alone" and found.class_ == "belief"
    statement = hand_parsed(
        [
            ("Lee", 2, "poss", "PROPN", "NNP", "Lee"), ("'s", 0, "case", "PART", "POS", "'s"),
            ("statement", 5, "nsubj", "NOUN", "NN", "statement"), ("to", 2, "prep", "ADP", "IN", "to"),
            ("voters", 3, "pobj", "NOUN", "NNS", "voter"), ("ended", 5, "ROOT", "VERB", "VBD", "end"),
            (".", 5, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    assert noun_attributions(statement) == []


def test_a_stance_noun_holds_what_its_on_or_over_phrase_names() -> None:
    # "Lee 's views on trade changed ." and "Lee 's statement on Friday ended talks .": what a view is on is its
    # content; a date is when a statement was made.
    views = hand_parsed(
        [
            ("Lee", 2, "poss", "PROPN", "NNP", "Lee"), ("'s", 0, "case", "PART", "POS", "'s"),
            ("views", 5, "nsubj", "NOUN", "NNS", "view"), ("on", 2, "prep", "ADP", "IN", "on"),
            ("trade", 3, "pobj", "NOUN", "NN", "trade"), ("changed", 5, "ROOT", "VERB", "VBD", "change"),
            (".", 5, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    [found] = noun_attributions(views)
    assert views.text[found.start : found.end] == "trade" and found.class_ == "belief"
    dated = hand_parsed(
        [
            ("Lee", 2, "poss", "PROPN", "NNP", "Lee"), ("'s", 0, "case", "PART", "POS", "'s"),
            ("statement", 5, "nsubj", "NOUN", "NN", "statement"), ("on", 2, "prep", "ADP", "IN", "on"),
            ("Friday", 3, "pobj", "PROPN", "NNP", "Friday"), ("ended", 5, "ROOT", "VERB", "VBD", "end"),
            ("talks", 5, "dobj", "NOUN", "NNS", "talk"), (".", 5, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    dated.ents = [SpacySpan(dated, 4, 5, label="DATE")]
    assert noun_attributions(dated) == []


def test_a_that_clause_hung_on_the_copula_or_on_make_belongs_to_the_adjective() -> None:
    # "Lee was adamant that talks failed ." with the clause on "was", and "Lee made it clear that talks failed ."
    adamant = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"), ("was", 1, "ROOT", "AUX", "VBD", "be"),
            ("adamant", 1, "acomp", "ADJ", "JJ", "adamant"), ("that", 5, "mark", "SCONJ", "IN", "that"),
            ("talks", 5, "nsubj", "NOUN", "NNS", "talk"), ("failed", 1, "ccomp", "VERB", "VBD", "fail"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    made = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"), ("made", 1, "ROOT", "VERB", "VBD", "make"),
            ("it", 3, "nsubj", "PRON", "PRP", "it"), ("clear", 1, "ccomp", "ADJ", "JJ", "clear"),
            ("that", 6, "mark", "SCONJ", "IN", "that"), ("talks", 6, "nsubj", "NOUN", "NNS", "talk"),
            ("failed", 3, "advcl", "VERB", "VBD", "fail"), (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    for doc, cue in ((adamant, "was adamant"), (made, "made it clear")):
        [found] = adjective_attributions(doc)
        assert found.speaker is not None and found.speaker.text == "Lee" and found.cue == cue
        assert doc.text[found.start : found.end] == "that talks failed"


def test_a_clause_with_no_that_after_made_clear_is_what_was_made_clear() -> None:
    # "Lee made it clear talks failed ." (the parser reads the bare clause as adverbial); "because" says why.
    def made(mark: list[tuple[str, int, str, str, str, str]]) -> list[str]:
        head = 5 + len(mark)  # "failed"
        doc = hand_parsed(
            [
                ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"), ("made", 1, "ROOT", "VERB", "VBD", "make"),
                ("it", 3, "nsubj", "PRON", "PRP", "it"), ("clear", 1, "ccomp", "ADJ", "JJ", "clear"),
                *mark,
                ("talks", head, "nsubj", "NOUN", "NNS", "talk"), ("failed", 3, "advcl", "VERB", "VBD", "fail"),
                (".", 1, "punct", "PUNCT", ".", "."),
            ]
        )  # fmt: skip
        return [doc.text[a.start : a.end] for a in adjective_attributions(doc)]

    assert made([]) == ["talks failed"]
    assert made([("because", 6, "mark", "SCONJ", "IN", "because")]) == []


def _but_she(verb: tuple[str, str, str]) -> list[Row]:
    """ "Ellen says she hopes to win , but she <verb> that Lee will lose ." with the second verb joined to "says"."""
    word, tag, lemma = verb
    return [
        ("Ellen", 1, "nsubj", "PROPN", "NNP", "Ellen"),
        ("says", 1, "ROOT", "VERB", "VBZ", "say"),
        ("she", 3, "nsubj", "PRON", "PRP", "she"),
        ("hopes", 1, "ccomp", "VERB", "VBZ", "hope"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("win", 3, "xcomp", "VERB", "VB", "win"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("but", 1, "cc", "CCONJ", "CC", "but"),
        ("she", 9, "nsubj", "PRON", "PRP", "she"),
        (word, 1, "conj", "VERB", tag, lemma),
        ("that", 13, "mark", "SCONJ", "IN", "that"),
        ("Lee", 13, "nsubj", "PROPN", "NNP", "Lee"),
        ("will", 13, "aux", "AUX", "MD", "will"),
        ("lose", 9, "ccomp", "VERB", "VB", "lose"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_belief_of_the_one_reported_on_joined_to_the_report_is_what_was_said() -> None:
    # "…, but she knows that …" goes on with what Ellen says of her, not beside it: one report, whose content holds
    # the nested belief (PolNeAR annotates the outer report and never a second quote inside it).
    doc = hand_parsed(_but_she(("knows", "VBZ", "know")))
    found = {a.cue: doc.text[a.start : a.end] for a in verb_attributions(doc)}
    assert found["says"] == "she hopes to win , but she knows that Lee will lose"


def test_a_statement_joined_to_the_report_stays_beside_what_was_said() -> None:
    # "…, but she added that …" is the speaker going on: a statement of its own.
    doc = hand_parsed(_but_she(("added", "VBD", "add")))
    found = {a.cue: doc.text[a.start : a.end] for a in verb_attributions(doc)}
    assert found["says"] == "she hopes to win"


def test_a_cue_in_a_phrase_on_an_infinitive_climbs_to_the_subject_above() -> None:
    # "He refuses to discuss names , aside from saying he wants one ."
    rows: list[Row] = [
        ("He", 1, "nsubj", "PRON", "PRP", "he"),
        ("refuses", 1, "ROOT", "VERB", "VBZ", "refuse"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("discuss", 1, "xcomp", "VERB", "VB", "discuss"),
        ("names", 3, "dobj", "NOUN", "NNS", "name"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("aside", 3, "advmod", "ADV", "RB", "aside"),
        ("from", 6, "prep", "ADP", "IN", "from"),
        ("saying", 7, "pcomp", "VERB", "VBG", "say"),
        ("he", 10, "nsubj", "PRON", "PRP", "he"),
        ("wants", 8, "ccomp", "VERB", "VBZ", "want"),
        ("one", 10, "dobj", "NUM", "CD", "one"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _subject_text(rows, 8) == "He"


def test_a_fragment_before_a_report_that_ends_the_sentence_is_its_content() -> None:
    # "People like Scott , he said ." and "After the talks , he said ." (a setting, not what was said)
    rows: list[Row] = [
        ("People", 5, "nsubj", "NOUN", "NNS", "people"),
        ("like", 0, "prep", "ADP", "IN", "like"),
        ("Scott", 1, "pobj", "PROPN", "NNP", "Scott"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("he", 5, "nsubj", "PRON", "PRP", "he"),
        ("said", 5, "ROOT", "VERB", "VBD", "say"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    assert [doc.text[a.start : a.end] for a in verb_attributions(doc)] == ["People like Scott"]
    setting = hand_parsed([("After", 5, "prep", "ADP", "IN", "after"), *rows[1:]])
    assert verb_attributions(setting) == []


def _noun_on_verb(verb: str, lemma: str) -> Doc:
    """ "Lee <verb> to the belief that Kim lied ." hand-parsed."""
    return hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma),
            ("to", 1, "prep", "ADP", "IN", "to"),
            ("the", 4, "det", "DET", "DT", "the"),
            ("belief", 2, "pobj", "NOUN", "NN", "belief"),
            ("that", 7, "mark", "SCONJ", "IN", "that"),
            ("Kim", 7, "nsubj", "PROPN", "NNP", "Kim"),
            ("lied", 4, "acl", "VERB", "VBD", "lie"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )


def test_a_statement_noun_with_no_owner_is_held_by_the_subject_of_its_verb() -> None:
    doc = _noun_on_verb("clung", "cling")
    [found] = noun_attributions(doc)
    assert found.speaker is not None and found.speaker.text == "Lee"
    assert doc.text[found.start : found.end] == "that Kim lied"
    # "Lee disputed the belief that Kim lied .": a belief disputed is another's, and no one is named who holds it; the
    # noun's clause is still what it says (the verb's report of the whole noun phrase is read by the verb rules).
    disputed = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            ("disputed", 1, "ROOT", "VERB", "VBD", "dispute"),
            ("the", 3, "det", "DET", "DT", "the"),
            ("belief", 1, "dobj", "NOUN", "NN", "belief"),
            ("that", 6, "mark", "SCONJ", "IN", "that"),
            ("Kim", 6, "nsubj", "PROPN", "NNP", "Kim"),
            ("lied", 3, "acl", "VERB", "VBD", "lie"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [unheld] = noun_attributions(disputed)
    assert (disputed.text[unheld.start : unheld.end], unheld.speaker) == ("that Kim lied", None)


def _received(noun: str, lemma: str, tail: list[Row]) -> Doc:
    """ "The clip faced <noun> <tail> ." hand-parsed, the tail from token 4 on."""
    return hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("clip", 2, "nsubj", "NOUN", "NN", "clip"),
            ("faced", 2, "ROOT", "VERB", "VBD", "face"),
            (noun, 2, "dobj", "NOUN", "NN", lemma),
            *tail,
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )


def test_a_judgement_received_is_about_its_receiver_or_what_it_is_for() -> None:
    bare = _received("ridicule", "ridicule", [])
    [found] = received_attributions(bare)
    assert bare.text[found.start : found.end] == "The clip" and found.speaker is None and found.class_ == "topic"
    # "The clip faced criticism for its tone from Lee ."
    tail: list[Row] = [
        ("for", 3, "prep", "ADP", "IN", "for"),
        ("its", 6, "poss", "PRON", "PRP$", "its"),
        ("tone", 4, "pobj", "NOUN", "NN", "tone"),
        ("from", 3, "prep", "ADP", "IN", "from"),
        ("Lee", 7, "pobj", "PROPN", "NNP", "Lee"),
    ]
    given = _received("criticism", "criticism", tail)
    [found] = received_attributions(given)
    assert given.text[found.start : found.end] == "its tone"
    assert found.speaker is not None and found.speaker.text == "Lee"
    # "The clip faced questions ." names no judgement.
    assert received_attributions(_received("questions", "question", [])) == []


def test_a_report_joined_to_a_copula_in_the_reported_clause_is_a_report_of_its_own() -> None:
    # "China said it was opposed and warned Seoul to refrain ."
    doc = hand_parsed(
        [
            ("China", 1, "nsubj", "PROPN", "NNP", "China"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("it", 3, "nsubj", "PRON", "PRP", "it"),
            ("was", 1, "ccomp", "AUX", "VBD", "be"),
            ("opposed", 3, "acomp", "ADJ", "JJ", "opposed"),
            ("and", 3, "cc", "CCONJ", "CC", "and"),
            ("warned", 3, "conj", "VERB", "VBD", "warn"),
            ("Seoul", 6, "dobj", "PROPN", "NNP", "Seoul"),
            ("to", 9, "aux", "PART", "TO", "to"),
            ("refrain", 6, "xcomp", "VERB", "VB", "refrain"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    found = {
        a.cue_token.text: (_content_of(doc, a), a.speaker.text if a.speaker else None) for a in verb_attributions(doc)
    }
    assert found == {"said": ("it was opposed", "China"), "warned": ("Seoul to refrain", "China")}


@pytest.mark.parametrize(
    ("verb", "lemma", "prep", "content", "class_"),
    [
        ("agreed", "agree", "with", "Kim", "belief"),  # a verb the table has with its preposition
        ("voted", "vote", "against", "Kim", "belief"),
        ("pleaded", "plead", "for", "Kim", "speech"),
        ("agreed", "agree", "to", "Kim", "belief"),  # "agreed to a deal": what was agreed to (qrecall8)
        ("agreed", "agree", "at", None, None),  # "agreed at Kim": no such pair, and no content
    ],
)
def test_a_verb_takes_its_content_by_its_own_preposition(
    verb: str, lemma: str, prep: str, content: str | None, class_: str | None
) -> None:
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma),
            (prep, 1, "prep", "ADP", "IN", prep),
            ("Kim", 2, "pobj", "PROPN", "NNP", "Kim"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    found = [(_content_of(doc, a), a.class_, a.cue) for a in verb_attributions(doc)]
    assert found == ([(content, class_, f"{verb} {prep}")] if content else [])


def test_a_stance_adjective_read_as_a_passive_participle_is_the_subjects_stance() -> None:
    # "Protesters were frustrated that police released little ."
    doc = hand_parsed(
        [
            ("Protesters", 2, "nsubjpass", "NOUN", "NNS", "protester"),
            ("were", 2, "auxpass", "AUX", "VBD", "be"),
            ("frustrated", 2, "ROOT", "VERB", "VBN", "frustrate"),
            ("that", 5, "mark", "SCONJ", "IN", "that"),
            ("police", 5, "nsubj", "NOUN", "NNS", "police"),
            ("released", 2, "ccomp", "VERB", "VBD", "release"),
            ("little", 5, "dobj", "ADJ", "JJ", "little"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = adjective_attributions(doc)
    assert _content_of(doc, found) == "that police released little"
    assert found.speaker is not None and found.speaker.text == "Protesters"


def _found(subject: str, subject_lemma: str, verb: str, verb_lemma: str) -> Doc:
    # "<The subject> <verb> a tightening race ."
    return hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            (subject, 2, "nsubj", "NOUN", "NN", subject_lemma),
            (verb, 2, "ROOT", "VERB", "VBZ", verb_lemma),
            ("a", 5, "det", "DET", "DT", "a"),
            ("tightening", 5, "amod", "VERB", "VBG", "tighten"),
            ("race", 2, "dobj", "NOUN", "NN", "race"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )


def test_the_bare_object_of_a_document_is_what_it_reports() -> None:
    doc = _found("poll", "poll", "indicates", "indicate")
    [found] = verb_attributions(doc)
    assert (found.cue, _content_of(doc, found)) == ("indicates", "a tightening race")
    doc = _found("study", "study", "found", "find")
    assert [_content_of(doc, a) for a in verb_attributions(doc)] == ["a tightening race"]


def test_the_bare_object_of_a_person_finding_something_is_no_report() -> None:
    # "The officer found a tightening race .": what a person finds is no content unless a clause says it.
    assert not verb_attributions(_found("officer", "officer", "found", "find"))


def test_a_noun_naming_a_stance_holder_reports_what_the_stance_is_toward() -> None:
    # "Kaine is an opponent of the death penalty ."
    doc = hand_parsed(
        [
            ("Kaine", 1, "nsubj", "PROPN", "NNP", "Kaine"),
            ("is", 1, "ROOT", "AUX", "VBZ", "be"),
            ("an", 3, "det", "DET", "DT", "an"),
            ("opponent", 1, "attr", "NOUN", "NN", "opponent"),
            ("of", 3, "prep", "ADP", "IN", "of"),
            ("the", 7, "det", "DET", "DT", "the"),
            ("death", 7, "compound", "NOUN", "NN", "death"),
            ("penalty", 4, "pobj", "NOUN", "NN", "penalty"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = holder_attributions(doc)
    assert (found.cue, _content_of(doc, found), found.speaker and found.speaker.text) == (
        "an opponent of",
        "the death penalty",
        "Kaine",
    )
    assert found.class_ == "belief"


def test_a_stance_holder_noun_in_apposition_is_said_of_the_name_beside_it() -> None:
    # "Smith , a critic of the war , resigned ."
    doc = hand_parsed(
        [
            ("Smith", 7, "nsubj", "PROPN", "NNP", "Smith"),
            (",", 0, "punct", "PUNCT", ",", ","),
            ("a", 3, "det", "DET", "DT", "a"),
            ("critic", 0, "appos", "NOUN", "NN", "critic"),
            ("of", 3, "prep", "ADP", "IN", "of"),
            ("the", 6, "det", "DET", "DT", "the"),
            ("war", 4, "pobj", "NOUN", "NN", "war"),
            ("resigned", 7, "ROOT", "VERB", "VBD", "resign"),
            (".", 7, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = holder_attributions(doc)
    speaker = found.speaker.text if found.speaker is not None else None
    assert (found.cue, _content_of(doc, found), speaker) == ("critic of", "the war", "Smith")


def test_a_stance_holder_noun_as_a_subject_is_no_stance_said_of_anyone() -> None:
    # "Critics of the plan resigned .": who the critics are is not said of anyone.
    doc = hand_parsed(
        [
            ("Critics", 4, "nsubj", "NOUN", "NNS", "critic"),
            ("of", 0, "prep", "ADP", "IN", "of"),
            ("the", 3, "det", "DET", "DT", "the"),
            ("plan", 1, "pobj", "NOUN", "NN", "plan"),
            ("resigned", 4, "ROOT", "VERB", "VBD", "resign"),
            (".", 4, "punct", "PUNCT", ".", "."),
        ]
    )
    assert not holder_attributions(doc)


def test_how_or_when_words_were_said_stands_between_the_cue_and_their_topic() -> None:
    # "She complained bitterly Friday about the referee ."
    doc = hand_parsed(
        [
            ("She", 1, "nsubj", "PRON", "PRP", "she"),
            ("complained", 1, "ROOT", "VERB", "VBD", "complain"),
            ("bitterly", 1, "advmod", "ADV", "RB", "bitterly"),
            ("Friday", 1, "npadvmod", "PROPN", "NNP", "Friday"),
            ("about", 1, "prep", "ADP", "IN", "about"),
            ("the", 6, "det", "DET", "DT", "the"),
            ("referee", 4, "pobj", "NOUN", "NN", "referee"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
    )
    doc[3].ent_type_ = "DATE"
    [found] = verb_attributions(doc)
    assert (_content_of(doc, found), found.class_) == ("the referee", "topic")


def test_a_question_after_a_topic_preposition_is_what_was_said() -> None:
    # "They argued over whether it belongs ."
    doc = hand_parsed(
        [
            ("They", 1, "nsubj", "PRON", "PRP", "they"),
            ("argued", 1, "ROOT", "VERB", "VBD", "argue"),
            ("over", 1, "prep", "ADP", "IN", "over"),
            ("whether", 5, "mark", "SCONJ", "IN", "whether"),
            ("it", 5, "nsubj", "PRON", "PRP", "it"),
            ("belongs", 2, "pcomp", "VERB", "VBZ", "belong"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(doc)
    assert (found.cue, _content_of(doc, found)) == ("argued over", "whether it belongs")


def test_a_pro_form_after_the_verb_stands_for_what_was_thought() -> None:
    # "He does n't think so ."
    doc = hand_parsed(
        [
            ("He", 3, "nsubj", "PRON", "PRP", "he"),
            ("does", 3, "aux", "AUX", "VBZ", "do"),
            ("n't", 3, "neg", "PART", "RB", "not"),
            ("think", 3, "ROOT", "VERB", "VB", "think"),
            ("so", 3, "advmod", "ADV", "RB", "so"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(doc)
    assert (_content_of(doc, found), found.class_) == ("so", "belief")


def test_as_much_after_the_verb_stands_for_what_was_said() -> None:
    # "Mook said as much ."
    doc = hand_parsed(
        [
            ("Mook", 1, "nsubj", "PROPN", "NNP", "Mook"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("as", 3, "advmod", "ADV", "RB", "as"),
            ("much", 1, "advmod", "ADJ", "JJ", "much"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(doc)
    assert _content_of(doc, found) == "as much"


def test_a_stance_for_or_against_names_its_content_by_the_preposition() -> None:
    # "Kim campaigned against the tax ." holds a view of the tax: a belief, which only the attribution scheme keeps.
    doc = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("campaigned", 1, "ROOT", "VERB", "VBD", "campaign"),
            ("against", 1, "prep", "ADP", "IN", "against"),
            ("the", 4, "det", "DET", "DT", "the"),
            ("tax", 2, "pobj", "NOUN", "NN", "tax"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [found] = verb_attributions(doc)
    assert doc.text[found.start : found.end] == "the tax" and found.class_ == "belief"
    assert found.speaker is not None and found.speaker.text == "Kim"


def test_campaigning_with_no_stance_preposition_attributes_nothing() -> None:
    # "Kim campaigned in Ohio ." is an action; no "campaign" entry stands without its preposition.
    rows: list[Row] = [
        ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
        ("campaigned", 1, "ROOT", "VERB", "VBD", "campaign"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Ohio", 2, "pobj", "PROPN", "NNP", "Ohio"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert verb_attributions(hand_parsed(rows)) == []


def test_a_contrast_sets_both_sides_in_the_content() -> None:
    # "Kim contrasted his record with hers ."
    rows: list[Row] = [
        ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
        ("contrasted", 1, "ROOT", "VERB", "VBD", "contrast"),
        ("his", 3, "poss", "PRON", "PRP$", "his"),
        ("record", 1, "dobj", "NOUN", "NN", "record"),
        ("with", 3, "prep", "ADP", "IN", "with"),
        ("hers", 4, "pobj", "PRON", "PRP", "hers"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _sole_content(rows) == "his record with hers"


def test_a_participle_of_report_after_the_reported_clause_is_a_statement_of_its_own() -> None:
    # "They said they would back him , while emphasizing it is no endorsement .": the parser hangs the participle on
    # the reported clause, but what was said ends before it, and the participle reports the rest.
    doc = hand_parsed(
        [
            ("They", 1, "nsubj", "PRON", "PRP", "they"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("they", 4, "nsubj", "PRON", "PRP", "they"),
            ("would", 4, "aux", "AUX", "MD", "would"),
            ("back", 1, "ccomp", "VERB", "VB", "back"),
            ("him", 4, "dobj", "PRON", "PRP", "he"),
            (",", 4, "punct", "PUNCT", ",", ","),
            ("while", 8, "mark", "SCONJ", "IN", "while"),
            ("emphasizing", 4, "advcl", "VERB", "VBG", "emphasize"),
            ("it", 10, "nsubj", "PRON", "PRP", "it"),
            ("is", 8, "ccomp", "AUX", "VBZ", "be"),
            ("no", 12, "det", "DET", "DT", "no"),
            ("endorsement", 10, "attr", "NOUN", "NN", "endorsement"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    quotes = extract_quotes(doc, EntityIndex(()), scheme="attribution")
    said, emphasizing = ("said", "they would back him"), ("emphasizing", "it is no endorsement")
    assert [(q.cue, q.text) for q in quotes] == [said, emphasizing]


def test_a_participle_of_report_after_a_closing_quote_mark_is_a_statement_of_its_own() -> None:
    # "He insisted that he “ expanded the party , ” claiming he is right .": the comma stands inside the marks.
    doc = hand_parsed(
        [
            ("He", 1, "nsubj", "PRON", "PRP", "he"),
            ("insisted", 1, "ROOT", "VERB", "VBD", "insist"),
            ("that", 5, "mark", "SCONJ", "IN", "that"),
            ("he", 5, "nsubj", "PRON", "PRP", "he"),
            ("“", 5, "punct", "PUNCT", "``", "“"),
            ("expanded", 1, "ccomp", "VERB", "VBD", "expand"),
            ("the", 7, "det", "DET", "DT", "the"),
            ("party", 5, "dobj", "NOUN", "NN", "party"),
            (",", 5, "punct", "PUNCT", ",", ","),
            ("”", 5, "punct", "PUNCT", "''", "”"),
            ("claiming", 5, "advcl", "VERB", "VBG", "claim"),
            ("he", 12, "nsubj", "PRON", "PRP", "he"),
            ("is", 10, "ccomp", "AUX", "VBZ", "be"),
            ("right", 12, "acomp", "ADJ", "JJ", "right"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    quotes = extract_quotes(doc, EntityIndex(()), scheme="attribution")
    assert [(q.cue, q.kind, q.text) for q in quotes] == [
        ("insisted", "mixed", "that he “ expanded the party , ”"),
        ("claiming", "indirect", "he is right"),
    ]
    assert quotes[1].speaker is not None and quotes[1].speaker.text == "He"  # the one who insisted claims it


def _spoke_on(noun: str, lemma: str) -> list[Attribution]:
    """The attributions of "He spoke on the <noun> ."."""
    return verb_attributions(
        hand_parsed(
            [
                ("He", 1, "nsubj", "PRON", "PRP", "he"),
                ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
                ("on", 1, "prep", "ADP", "IN", "on"),
                ("the", 4, "det", "DET", "DT", "the"),
                (noun, 2, "pobj", "NOUN", "NN", lemma),
                (".", 1, "punct", "PUNCT", ".", "."),
            ]
        )
    )


def test_what_words_were_said_on_is_no_topic_unless_it_is_what_they_were_about() -> None:
    [economy] = _spoke_on("economy", "economy")
    assert (economy.cue, economy.class_) == ("spoke on", "topic")
    # How, where or on what terms (every row of the table, and a news medium): no report at all.
    for noun in (*speaking_occasions(), "television"):
        assert _spoke_on(noun, noun) == [], noun


def _added_after_quotation(verb: str, lemma: str) -> Doc:
    """ "“ Voters like him , ” <verb> another Republican ." with the noun phrase after the verb parsed as its object."""
    return hand_parsed(
        [
            ("“", 2, "punct", "PUNCT", "``", "“"),
            ("Voters", 2, "nsubj", "NOUN", "NNS", "voter"),
            ("like", 6, "ccomp", "VERB", "VBP", "like"),
            ("him", 2, "dobj", "PRON", "PRP", "he"),
            (",", 6, "punct", "PUNCT", ",", ","),
            ("”", 6, "punct", "PUNCT", "''", "”"),
            (verb, 6, "ROOT", "VERB", "VBD", lemma),
            ("another", 8, "det", "DET", "DT", "another"),
            ("Republican", 6, "dobj", "PROPN", "NNP", "Republican"),
            (".", 6, "punct", "PUNCT", ".", "."),
        ]
    )


def test_a_speaker_after_the_verb_of_a_quotation_is_its_subject_not_its_object() -> None:
    doc = _added_after_quotation("added", "add")
    assert subject_of(doc[6]) == doc[8]
    (found,) = [a for a in verb_attributions(doc) if a.cue_token == doc[6]]
    assert doc.text[found.start : found.end].strip("“” ,") == "Voters like him"


def test_the_one_told_after_the_verb_is_no_speaker() -> None:
    doc = _added_after_quotation("told", "tell")
    assert subject_of(doc[6]) is None


def test_a_speaker_phrase_leaves_out_a_line_break_hung_on_its_last_word() -> None:
    """ "SAYS UNION" then a blank line: the parser hangs the break on the name, which is no part of the speaker."""
    doc = hand_parsed(
        [
            ("SAYS", 0, "ROOT", "VERB", "VBZ", "say"),
            ("UNION", 0, "nsubj", "PROPN", "NNP", "UNION"),
            ("\n\n", 1, "dep", "SPACE", "_SP", "\n\n"),
            ("Talks", 4, "nsubj", "NOUN", "NNS", "talk"),
            ("ended", 4, "ROOT", "VERB", "VBD", "end"),
        ]
    )
    start, end = speaker_span(doc[1])
    assert doc.text[start:end] == "UNION"


def _asked_if(verb: tuple[str, str]) -> str:
    """The content of "Rubin <verb> the students if they were serious ." as the parser reads it, the if-clause
    hung on the verb as an adverbial clause."""
    return _sole_content(
        [
            ("Rubin", 1, "nsubj", "PROPN", "NNP", "Rubin"),
            (verb[0], 1, "ROOT", "VERB", "VBD", verb[1]),
            ("the", 3, "det", "DET", "DT", "the"),
            ("students", 1, "dobj", "NOUN", "NNS", "student"),
            ("if", 6, "mark", "SCONJ", "IN", "if"),
            ("they", 6, "nsubj", "PRON", "PRP", "they"),
            ("were", 1, "advcl", "AUX", "VBD", "be"),
            ("serious", 6, "acomp", "ADJ", "JJ", "serious"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )


def test_an_if_clause_after_a_verb_of_asking_is_the_question_asked() -> None:
    assert _asked_if(("asked", "ask")) == "if they were serious"


def test_an_if_clause_after_another_verb_states_a_condition_not_what_was_said() -> None:
    assert _asked_if(("praised", "praise")) == "the students"


def _lead_in_rows(mark: str) -> list[Row]:
    """ "The answer is simple <mark> voters believe it ." with the clause before the mark hung on "believe", as the
    parser hangs a writer's lead-in on the verb of the clause that spells it out."""
    return [
        ("The", 1, "det", "DET", "DT", "the"),
        ("answer", 2, "nsubj", "NOUN", "NN", "answer"),
        ("is", 6, "ccomp", "AUX", "VBZ", "be"),
        ("simple", 2, "acomp", "ADJ", "JJ", "simple"),
        (mark, 2, "punct", "PUNCT", {",": ",", "—": ":"}.get(mark, ":"), mark),
        ("voters", 6, "nsubj", "NOUN", "NNS", "voter"),
        ("believe", 6, "ROOT", "VERB", "VBP", "believe"),
        ("it", 6, "dobj", "PRON", "PRP", "it"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]


@pytest.mark.parametrize("mark", [":", ";", "—"])
def test_a_lead_in_before_a_colon_or_dash_is_not_what_the_clause_after_it_reports(mark: str) -> None:
    doc = hand_parsed(_lead_in_rows(mark))
    assert all(doc.text[a.start : a.end] != "The answer is simple" for a in verb_attributions(doc))


def test_a_clause_before_a_comma_is_still_what_a_trailing_report_reports() -> None:
    assert _sole_content(_lead_in_rows(",")) == "The answer is simple"


def test_a_clause_before_the_subject_of_a_report_with_its_own_clause_is_the_writers() -> None:
    # "Keyworth was fired up about the deal, and he said she should call Compaq": the parser hangs the first clause
    # on "said" too; the report's own clause after it is what was said.
    rows: list[Row] = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("deal", 2, "nsubj", "NOUN", "NN", "deal"),
        ("failed", 6, "ccomp", "VERB", "VBD", "fail"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("and", 6, "cc", "CCONJ", "CC", "and"),
        ("he", 6, "nsubj", "PRON", "PRP", "he"),
        ("said", 6, "ROOT", "VERB", "VBD", "say"),
        ("it", 8, "nsubj", "PRON", "PRP", "it"),
        ("was", 6, "ccomp", "AUX", "VBD", "be"),
        ("over", 8, "acomp", "ADJ", "JJ", "over"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    assert _sole_content(rows) == "it was over"


def test_a_one_word_answer_after_the_verb_is_what_was_said() -> None:
    rows: list[Row] = [
        ("Most", 1, "nsubj", "ADJ", "JJS", "most"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("yes", 1, "intj", "INTJ", "UH", "yes"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _sole_content(rows) == "yes"


def test_an_answer_that_goes_on_is_not_the_whole_statement() -> None:
    rows: list[Row] = [
        ("Most", 1, "nsubj", "ADJ", "JJS", "most"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("no", 1, "intj", "INTJ", "UH", "no"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("it", 3, "pobj", "PRON", "PRP", "it"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    assert all(doc.text[a.start : a.end] != "no" for a in verb_attributions(doc))


def test_a_gerund_subject_the_parser_hung_on_the_verb_starts_the_reported_clause() -> None:
    # "He said legalizing it could put people to work": the parser makes "legalizing" the verb's complement and hangs
    # the reported verb on it.
    rows: list[Row] = [
        ("He", 1, "nsubj", "PRON", "PRP", "he"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("legalizing", 1, "xcomp", "VERB", "VBG", "legalize"),
        ("it", 5, "nsubj", "PRON", "PRP", "it"),
        ("could", 5, "aux", "AUX", "MD", "could"),
        ("help", 2, "ccomp", "VERB", "VB", "help"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _sole_content(rows) == "legalizing it could help"


def _passive_report(prep: str, noun: str, lemma: str, tag: str = "NNP") -> list[Attribution]:
    """The attributions of "Lee was criticized <prep> <noun> ." with the object hung on the passive verb."""
    return verb_attributions(
        hand_parsed(
            [
                ("Lee", 2, "nsubjpass", "PROPN", "NNP", "Lee"),
                ("was", 2, "auxpass", "AUX", "VBD", "be"),
                ("criticized", 2, "ROOT", "VERB", "VBN", "criticize"),
                (prep, 2, "prep", "ADP", "IN", prep),
                (noun, 3, "pobj", "PROPN" if tag == "NNP" else "NOUN", tag, lemma),
                (".", 2, "punct", "PUNCT", ".", "."),
            ]
        )
    )


def test_where_a_passive_report_was_made_is_not_what_was_said() -> None:
    # "Lee was criticized on Twitter .": a platform, like a medium or an occasion, says where, as in the active voice.
    assert _passive_report("on", "Twitter", "Twitter") == []
    [found] = _passive_report("for", "lying", "lie", "NN")
    assert found.speaker is None and found.cue_token.doc.text[found.start : found.end] == "for lying"


def test_the_time_of_a_passive_report_is_not_what_was_said() -> None:
    # "The results will be announced on Saturday ."
    doc = hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("results", 4, "nsubjpass", "NOUN", "NNS", "result"),
            ("will", 4, "aux", "AUX", "MD", "will"),
            ("be", 4, "auxpass", "AUX", "VB", "be"),
            ("announced", 4, "ROOT", "VERB", "VBN", "announce"),
            ("on", 4, "prep", "ADP", "IN", "on"),
            ("Saturday", 5, "pobj", "PROPN", "NNP", "Saturday"),
            (".", 4, "punct", "PUNCT", ".", "."),
        ]
    )
    doc.ents = [SpacySpan(doc, 6, 7, label="DATE")]
    assert verb_attributions(doc) == []


def test_a_preposition_left_without_its_object_is_no_content() -> None:
    # "the assaults her husband is accused of ." : the object of "of" is the noun the clause describes.
    doc = hand_parsed(
        [
            ("the", 1, "det", "DET", "DT", "the"),
            ("assaults", 1, "ROOT", "NOUN", "NNS", "assault"),
            ("her", 3, "poss", "PRON", "PRP$", "her"),
            ("husband", 5, "nsubjpass", "NOUN", "NN", "husband"),
            ("is", 5, "auxpass", "AUX", "VBZ", "be"),
            ("accused", 1, "relcl", "VERB", "VBN", "accuse"),
            ("of", 5, "prep", "ADP", "IN", "of"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert verb_attributions(doc) == []


def test_a_participle_clause_before_the_speaker_is_the_occasion_not_what_was_said() -> None:
    # "Speaking in Ohio , which votes , Lee referred to Kim as a leader .": the clause before the name is no report
    # (the stranded-speaker rule of ", Jane Doe told AFP" would take it); the words after the verb stay its own.
    doc = hand_parsed(
        [
            ("Speaking", 8, "advcl", "VERB", "VBG", "speak"),
            ("in", 0, "prep", "ADP", "IN", "in"),
            ("Ohio", 1, "pobj", "PROPN", "NNP", "Ohio"),
            (",", 2, "punct", "PUNCT", ",", ","),
            ("which", 5, "nsubj", "PRON", "WDT", "which"),
            ("votes", 2, "relcl", "VERB", "VBZ", "vote"),
            (",", 8, "punct", "PUNCT", ",", ","),
            ("Lee", 8, "nsubj", "PROPN", "NNP", "Lee"),
            ("referred", 8, "ROOT", "VERB", "VBD", "refer"),
            ("to", 8, "prep", "ADP", "IN", "to"),
            ("Kim", 9, "pobj", "PROPN", "NNP", "Kim"),
            ("as", 8, "prep", "ADP", "IN", "as"),
            ("a", 13, "det", "DET", "DT", "a"),
            ("leader", 11, "pobj", "NOUN", "NN", "leader"),
            (".", 8, "punct", "PUNCT", ".", "."),
        ]
    )
    doc.ents = [SpacySpan(doc, 7, 8, label="PERSON")]
    assert not [a for a in verb_attributions(doc) if doc.text[a.start : a.end].startswith("Speaking")]


def test_a_possessive_of_time_is_no_owner_of_a_statement() -> None:
    # "Monday 's FBI warnings that talks failed ." are the FBI's, said on Monday.
    doc = hand_parsed(
        [
            ("Monday", 3, "poss", "PROPN", "NNP", "Monday"),
            ("'s", 0, "case", "PART", "POS", "'s"),
            ("FBI", 3, "compound", "PROPN", "NNP", "FBI"),
            ("warnings", 3, "ROOT", "NOUN", "NNS", "warning"),
            ("that", 6, "mark", "SCONJ", "IN", "that"),
            ("talks", 6, "nsubj", "NOUN", "NNS", "talk"),
            ("failed", 3, "acl", "VERB", "VBD", "fail"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ],
        joined=frozenset({0}),
    )
    doc.ents = [SpacySpan(doc, 0, 1, label="DATE"), SpacySpan(doc, 2, 3, label="ORG")]
    [found] = noun_attributions(doc)
    assert found.speaker is not None and found.speaker.text == "FBI"


def _reported(rows: list[Row]) -> list[tuple[str, str]]:
    """The cue and content of every verb attribution in a hand-parsed sentence."""
    doc = hand_parsed(rows)
    return [(a.cue, doc.text[a.start : a.end]) for a in verb_attributions(doc)]


def test_the_clause_a_dummy_it_stands_for_reports_nothing() -> None:
    # "It's hard to imagine a tax code.": the writer's own aside, nobody's belief.
    hard = [
        ("It", 1, "nsubj", "PRON", "PRP", "it"),
        ("'s", 1, "ROOT", "AUX", "VBZ", "be"),
        ("hard", 1, "acomp", "ADJ", "JJ", "hard"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("imagine", 1, "xcomp", "VERB", "VB", "imagine"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("tax", 7, "compound", "NOUN", "NN", "tax"),
        ("code", 4, "dobj", "NOUN", "NNS", "code"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _reported(hard) == []
    # "It said the plan failed.": an "it" that is the verb's own subject still speaks.
    said = [
        ("It", 1, "nsubj", "PRON", "PRP", "it"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("plan", 4, "nsubj", "NOUN", "NN", "plan"),
        ("failed", 1, "ccomp", "VERB", "VBD", "fail"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _reported(said) == [("said", "the plan failed")]


def test_that_said_opening_a_sentence_is_a_concession_not_a_report() -> None:
    # "That said, a loss would hurt."
    conceded = [
        ("That", 1, "nsubj", "PRON", "DT", "that"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("a", 4, "det", "DET", "DT", "a"),
        ("loss", 6, "nsubj", "NOUN", "NN", "loss"),
        ("would", 6, "aux", "AUX", "MD", "would"),
        ("hurt", 1, "ccomp", "VERB", "VB", "hurt"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _reported(conceded) == []
    # "A sign that said, “We won.”": a relative "that" is the sign that speaks.
    sign = [
        ("A", 1, "det", "DET", "DT", "a"),
        ("sign", 1, "ROOT", "NOUN", "NN", "sign"),
        ("that", 3, "nsubj", "PRON", "WDT", "that"),
        ("said", 1, "relcl", "VERB", "VBD", "say"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("“", 7, "punct", "PUNCT", "``", "“"),
        ("We", 7, "nsubj", "PRON", "PRP", "we"),
        ("won", 3, "ccomp", "VERB", "VBD", "win"),
        (".", 7, "punct", "PUNCT", ".", "."),
        ("”", 3, "punct", "PUNCT", "''", "”"),
    ]
    assert [cue for cue, _ in _reported(sign)] == ["said"]


def test_a_quotation_between_dashes_is_its_speakers_words_not_the_clause_before() -> None:
    # 'Clinton suggested the plan was unserious - "Again, we need details," she said - and left.'
    rows = [
        ("Clinton", 1, "nsubj", "PROPN", "NNP", "Clinton"),
        ("suggested", 16, "ccomp", "VERB", "VBD", "suggest"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("plan", 4, "nsubj", "NOUN", "NN", "plan"),
        ("was", 1, "ccomp", "AUX", "VBD", "be"),
        ("unserious", 4, "acomp", "ADJ", "JJ", "unserious"),
        ("-", 1, "punct", "PUNCT", ":", "-"),
        ('"', 11, "punct", "PUNCT", "``", '"'),
        ("Again", 11, "advmod", "ADV", "RB", "again"),
        (",", 11, "punct", "PUNCT", ",", ","),
        ("we", 11, "nsubj", "PRON", "PRP", "we"),
        ("need", 16, "ccomp", "VERB", "VBP", "need"),
        ("details", 11, "dobj", "NOUN", "NNS", "detail"),
        (",", 16, "punct", "PUNCT", ",", ","),
        ('"', 16, "punct", "PUNCT", "''", '"'),
        ("she", 16, "nsubj", "PRON", "PRP", "she"),
        ("said", 16, "ROOT", "VERB", "VBD", "say"),
        ("-", 16, "punct", "PUNCT", ",", "-"),
        ("and", 16, "cc", "CCONJ", "CC", "and"),
        ("left", 16, "conj", "VERB", "VBD", "leave"),
        (".", 16, "punct", "PUNCT", ".", "."),
    ]
    said = [content for cue, content in _reported(rows) if cue == "said"]
    assert said == ['" Again , we need details']


# "Emphasizing the urgency , Lee said , “ If we fail , we are going home . ”" : the parser hung the participle and
# "said" on the quoted verb.
_EMPHASIZING: list[Row] = [
    ("Emphasizing", 14, "advcl", "VERB", "VBG", "emphasize"),
    ("the", 2, "det", "DET", "DT", "the"),
    ("urgency", 0, "dobj", "NOUN", "NN", "urgency"),
    (",", 5, "punct", "PUNCT", ",", ","),
    ("Lee", 5, "nsubj", "PROPN", "NNP", "Lee"),
    ("said", 14, "parataxis", "VERB", "VBD", "say"),
    (",", 5, "punct", "PUNCT", ",", ","),
    ("“", 5, "punct", "PUNCT", "``", "“"),
    ("If", 10, "mark", "SCONJ", "IN", "if"),
    ("we", 10, "nsubj", "PRON", "PRP", "we"),
    ("fail", 14, "advcl", "VERB", "VBP", "fail"),
    (",", 14, "punct", "PUNCT", ",", ","),
    ("we", 14, "nsubj", "PRON", "PRP", "we"),
    ("are", 14, "aux", "AUX", "VBP", "be"),
    ("going", 14, "ROOT", "VERB", "VBG", "go"),
    ("home", 14, "advmod", "ADV", "RB", "home"),
    (".", 14, "punct", "PUNCT", ".", "."),
    ("”", 14, "punct", "PUNCT", "''", "”"),
]


def test_a_participle_hung_on_a_quoted_verb_takes_the_quotation_s_speaker() -> None:
    assert _subject_text(_EMPHASIZING, 0) == "Lee"


def test_a_participle_hung_on_a_quoted_verb_with_no_report_beside_it_keeps_the_quoted_subject() -> None:
    # The direct quotation's own reading (``direct._speaker_outside``) looks outside it for the speaker then.
    rows = list(_EMPHASIZING)
    rows[5] = ("left", 14, "parataxis", "VERB", "VBD", "leave")
    assert _subject_text(rows, 0) == "we"


def test_the_subject_of_a_passive_verb_of_evaluation_is_what_was_judged() -> None:
    # "The state is defined by the city ." / "The deal was hailed by Obama .": no statement made, what was judged
    # (class topic, as the active voice's bare object), where "The plan was reported by Reuters" is a report.
    for verb, lemma, agent in (("defined", "define", "city"), ("hailed", "hail", "Obama")):
        doc = hand_parsed(
            [
                ("The", 1, "det", "DET", "DT", "the"),
                ("state", 3, "nsubjpass", "NOUN", "NN", "state"),
                ("is", 3, "auxpass", "AUX", "VBZ", "be"),
                (verb, 3, "ROOT", "VERB", "VBN", lemma),
                ("by", 3, "agent", "ADP", "IN", "by"),
                (agent, 4, "pobj", "NOUN", "NN", agent),
                (".", 3, "punct", "PUNCT", ".", "."),
            ]
        )
        [found] = verb_attributions(doc)
        assert found.speaker is not None and found.speaker.text == agent
        assert (doc.text[found.start : found.end], found.class_) == ("The state", "topic")


def _colon_paragraph(verb: tuple[str, str], opening: str = "This") -> list[Row]:
    """ "Limbaugh <verb> :" ending its paragraph, a paragraph of two sentences without quote marks, and one more."""
    word, lemma = verb
    return [
        ("Limbaugh", 1, "nsubj", "PROPN", "NNP", "Limbaugh"),
        (word, 1, "ROOT", "VERB", "VBD", lemma),
        (":", 1, "punct", "PUNCT", ":", ":"),
        ("\n\n", 2, "dep", "SPACE", "_SP", "\n\n"),
        (opening, 5, "nsubj", "PRON", "DT", opening.lower()),
        ("reeks", 5, "ROOT", "VERB", "VBZ", "reek"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("fear", 6, "pobj", "NOUN", "NN", "fear"),
        (".", 5, "punct", "PUNCT", ".", "."),
        ("She", 10, "nsubj", "PRON", "PRP", "she"),
        ("lost", 10, "ROOT", "VERB", "VBD", "lose"),
        (".", 10, "punct", "PUNCT", ".", "."),
        ("\n\n", 11, "dep", "SPACE", "_SP", "\n\n"),
        ("Mook", 14, "nsubj", "PROPN", "NNP", "Mook"),
        ("spoke", 14, "ROOT", "VERB", "VBD", "speak"),
        (".", 14, "punct", "PUNCT", ".", "."),
    ]


def _colon_content(rows: list[Row]) -> list[str]:
    doc = hand_parsed(rows)
    return [doc.text[a.start : a.end] for a in verb_attributions(doc) if a.cue_token.i == 1]


def test_a_verb_of_saying_that_ends_its_paragraph_with_a_colon_gives_the_next_paragraph_whole() -> None:
    # "Limbaugh added:" and his words set off as a paragraph of their own, every sentence of it, up to the line break.
    assert _colon_content(_colon_paragraph(("added", "add"))) == ["This reeks of fear . She lost ."]


def test_a_finding_before_a_colon_hands_on_to_the_writers_account_not_words() -> None:
    # "Here's what we learned:" introduces the writer's list: no report of the paragraph after it.
    assert _colon_content(_colon_paragraph(("learned", "learn"))) == []


def test_a_quotation_after_the_colon_keeps_its_own_cue() -> None:
    # A paragraph a quote mark opens is a quotation, attributed as one: the colon rule gives it no second quote.
    assert _colon_content(_colon_paragraph(("added", "add"), opening="“This")) == []


def test_citing_a_source_names_where_words_came_from_not_what_was_said() -> None:
    # "The paper , citing internal documents , reported that costs rose ."
    rows: list[Row] = [("The", 1, "det", "DET", "DT", "the"), ("paper", 7, "nsubj", "NOUN", "NN", "paper"),
            (",", 1, "punct", "PUNCT", ",", ","), ("citing", 1, "acl", "VERB", "VBG", "cite"),
            ("internal", 5, "amod", "ADJ", "JJ", "internal"), ("documents", 3, "dobj", "NOUN", "NNS", "document"),
            (",", 1, "punct", "PUNCT", ",", ","), ("reported", 7, "ROOT", "VERB", "VBD", "report"),
            ("that", 10, "mark", "SCONJ", "IN", "that"), ("costs", 10, "nsubj", "NOUN", "NNS", "cost"),
            ("rose", 7, "ccomp", "VERB", "VBD", "rise"), (".", 7, "punct", "PUNCT", ".", ".")]  # fmt: skip
    doc = hand_parsed(rows)
    (cited,) = [a for a in verb_attributions(doc) if a.cue_token.i == 3]
    assert (doc.text[cited.start : cited.end], cited.class_) == ("internal documents", "document")
    assert [a.class_ for a in verb_attributions(doc) if a.cue_token.i == 7] == ["speech"]


def test_citing_something_as_something_or_data_that_shows_or_with_no_report_beside_says_it() -> None:
    # "He cited the deal as a failure ." and "He cited data showing that costs rose ." stay statements.
    as_rows: list[Row] = [("He", 1, "nsubj", "PRON", "PRP", "he"), ("cited", 1, "ROOT", "VERB", "VBD", "cite"),
            ("the", 3, "det", "DET", "DT", "the"), ("deal", 1, "dobj", "NOUN", "NN", "deal"),
            ("as", 1, "prep", "ADP", "IN", "as"), ("a", 6, "det", "DET", "DT", "a"),
            ("failure", 4, "pobj", "NOUN", "NN", "failure"), (".", 1, "punct", "PUNCT", ".", ".")]  # fmt: skip
    data_rows: list[Row] = [("He", 1, "nsubj", "PRON", "PRP", "he"), ("cited", 1, "ROOT", "VERB", "VBD", "cite"),
            ("data", 1, "dobj", "NOUN", "NNS", "datum"), ("showing", 2, "acl", "VERB", "VBG", "show"),
            ("that", 6, "mark", "SCONJ", "IN", "that"), ("costs", 6, "nsubj", "NOUN", "NNS", "cost"),
            ("rose", 3, "ccomp", "VERB", "VBD", "rise"), (".", 1, "punct", "PUNCT", ".", ".")]  # fmt: skip
    # "He cited the report ." : no report beside it, so what he cited is what he said.
    main_rows: list[Row] = [("He", 1, "nsubj", "PRON", "PRP", "he"), ("cited", 1, "ROOT", "VERB", "VBD", "cite"),
            ("the", 3, "det", "DET", "DT", "the"), ("report", 1, "dobj", "NOUN", "NN", "report"),
            (".", 1, "punct", "PUNCT", ".", ".")]  # fmt: skip
    for rows in (as_rows, data_rows, main_rows):
        found = [a for a in verb_attributions(hand_parsed(rows)) if a.cue_token.i == 1]
        assert found and all(a.class_ == "speech" for a in found)


def _suggested_by(subject: list[Row]) -> str:
    """The class of "<subject> suggests that costs rose .", the subject's rows hung on the verb after them."""
    n = len(subject)
    rows: list[Row] = [*subject, ("suggests", n, "ROOT", "VERB", "VBZ", "suggest"),
            ("that", n + 3, "mark", "SCONJ", "IN", "that"), ("costs", n + 3, "nsubj", "NOUN", "NNS", "cost"),
            ("rose", n, "ccomp", "VERB", "VBD", "rise"), (".", n, "punct", "PUNCT", ".", ".")]  # fmt: skip
    (found,) = [a for a in verb_attributions(hand_parsed(rows)) if a.cue_token.i == n]
    return found.class_


def test_what_a_fact_or_happening_suggests_is_no_statement() -> None:
    assert _suggested_by([("That", 1, "nsubj", "PRON", "DT", "that")]) == "event"
    assert _suggested_by([("The", 1, "det", "DET", "DT", "the"), ("trip", 2, "nsubj", "NOUN", "NN", "trip")]) == "event"


def test_someone_who_suggests_makes_a_statement() -> None:
    def the(noun: str) -> list[Row]:
        return [("The", 1, "det", "DET", "DT", "the"), (noun, 2, "nsubj", "NOUN", "NN", noun)]

    # a role, a gendered role, a body of people, a text that speaks for its issuer
    for noun in ("aide", "actress", "team", "statement"):
        assert _suggested_by(the(noun)) == "speech", noun
    # "That" heading a noun is no demonstrative standing alone: "That aide suggests …"
    that_aide: list[Row] = [("That", 1, "det", "DET", "DT", "that"), ("aide", 2, "nsubj", "NOUN", "NN", "aide")]
    assert _suggested_by(that_aide) == "speech"


def _act_sentence(subject: list[Row], verb: Row, rest: list[Row]) -> list[Row]:
    """ "<subject> <verb> the curfew ." with the subject's last word as the verb's subject."""
    n = len(subject)
    return [
        *subject,
        verb,
        ("the", n + 2, "det", "DET", "DT", "the"),
        ("curfew", n, "dobj", "NOUN", "NN", "curfew"),
        *rest,
        (".", n, "punct", "PUNCT", ".", "."),
    ]


def test_an_official_act_decides_its_object_in_a_class_of_its_own() -> None:
    # "The city lifted the curfew ." PolNeAR marks an official act as an attribution; no statement was made, so the
    # quote is of class act, which only the attribution scheme keeps.
    doc = hand_parsed(
        _act_sentence(
            [("The", 1, "det", "DET", "DT", "the"), ("city", 2, "nsubj", "NOUN", "NN", "city")],
            ("lifted", 2, "ROOT", "VERB", "VBD", "lift"),
            [],
        )
    )
    (found,) = verb_attributions(doc)
    assert (doc.text[found.start : found.end], found.cue, found.class_) == ("the curfew", "lifted", "act")


@pytest.mark.parametrize(
    "subject",
    [
        [("That", 1, "nsubj", "PRON", "DT", "that")],  # "That lifted the curfew": what it brought about, no act
        [("The", 1, "det", "DET", "DT", "the"), ("results", 2, "nsubj", "NOUN", "NNS", "result")],
    ],
)
def test_a_thing_does_no_official_act(subject: list[Row]) -> None:
    n = len(subject)
    doc = hand_parsed(_act_sentence(subject, ("lifted", n, "ROOT", "VERB", "VBD", "lift"), []))
    assert verb_attributions(doc) == []


def test_a_verb_of_act_with_a_particle_of_its_own_is_another_verb() -> None:
    # "Voters signed up the curfew ." is no signing: only a listed phrasal ("struck down") is an act.
    doc = hand_parsed(
        [
            ("Voters", 1, "nsubj", "NOUN", "NNS", "voter"),
            ("signed", 1, "ROOT", "VERB", "VBD", "sign"),
            ("up", 1, "prt", "ADP", "RP", "up"),
            ("the", 4, "det", "DET", "DT", "the"),
            ("curfew", 1, "dobj", "NOUN", "NN", "curfew"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert verb_attributions(doc) == []
    doc = hand_parsed(
        [
            ("Judges", 1, "nsubj", "NOUN", "NNS", "judge"),
            ("struck", 1, "ROOT", "VERB", "VBD", "strike"),
            ("down", 1, "prt", "ADP", "RP", "down"),
            ("the", 4, "det", "DET", "DT", "the"),
            ("curfew", 1, "dobj", "NOUN", "NN", "curfew"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    (found,) = verb_attributions(doc)
    assert (found.cue, found.class_) == ("struck down", "act")


def test_an_attack_in_plain_news_words_reports_whom_it_was_aimed_at() -> None:
    # "Warren grilled Stumpf for his role ." A verb of attacking in words, like "slam": a statement made.
    doc = hand_parsed(
        [
            ("Warren", 1, "nsubj", "PROPN", "NNP", "Warren"),
            ("grilled", 1, "ROOT", "VERB", "VBD", "grill"),
            ("Stumpf", 1, "dobj", "PROPN", "NNP", "Stumpf"),
            ("for", 1, "prep", "ADP", "IN", "for"),
            ("his", 5, "poss", "PRON", "PRP$", "his"),
            ("role", 3, "pobj", "NOUN", "NN", "role"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    (found,) = verb_attributions(doc)
    assert (doc.text[found.start : found.end], found.class_) == ("Stumpf for his role", "speech")


def test_an_act_whose_object_the_parser_joined_a_verb_to_decides_nothing() -> None:
    # "He adopted a fake accent and joked": the joke is his next deed, not what he adopted.
    doc = hand_parsed(
        [
            ("He", 1, "nsubj", "PRON", "PRP", "he"),
            ("adopted", 1, "ROOT", "VERB", "VBD", "adopt"),
            ("a", 4, "det", "DET", "DT", "a"),
            ("fake", 4, "amod", "ADJ", "JJ", "fake"),
            ("accent", 1, "dobj", "NOUN", "NN", "accent"),
            ("and", 4, "cc", "CCONJ", "CC", "and"),
            ("joked", 4, "conj", "VERB", "VBD", "joke"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert [a for a in verb_attributions(doc) if a.kind == "act"] == []


@pytest.mark.parametrize(("verb", "lemma"), [("investigated", "investigate"), ("ignored", "ignore")])
def test_a_deed_of_scrutiny_or_disregard_takes_its_object_as_an_act(verb: str, lemma: str) -> None:
    # "The council investigated the curfew ." / "The council ignored the curfew .": what a body scrutinised or paid no
    # heed to, as PolNeAR marks such deeds; an act, as for the official acts.
    doc = hand_parsed(
        _act_sentence(
            [("The", 1, "det", "DET", "DT", "the"), ("council", 2, "nsubj", "NOUN", "NN", "council")],
            (verb, 2, "ROOT", "VERB", "VBD", lemma),
            [],
        )
    )
    (found,) = verb_attributions(doc)
    assert (doc.text[found.start : found.end], found.class_) == ("the curfew", "act")


def test_an_acts_passive_decides_its_subject_not_a_phrase_of_why() -> None:
    # "He was investigated by Congress for fraud .": what was investigated is "He", not "for fraud".
    doc = hand_parsed(
        [
            ("He", 2, "nsubjpass", "PRON", "PRP", "he"),
            ("was", 2, "auxpass", "AUX", "VBD", "be"),
            ("investigated", 2, "ROOT", "VERB", "VBN", "investigate"),
            ("by", 2, "agent", "ADP", "IN", "by"),
            ("Congress", 3, "pobj", "PROPN", "NNP", "Congress"),
            ("for", 2, "prep", "ADP", "IN", "for"),
            ("fraud", 5, "pobj", "NOUN", "NN", "fraud"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )
    (found,) = verb_attributions(doc)
    assert (doc.text[found.start : found.end], found.speaker.text if found.speaker else None) == ("He", "Congress")


@pytest.mark.parametrize(("verb", "lemma", "speaker"), [("fielded", "field", "Lee"), ("faced", "face", None)])
def test_questions_answered_or_faced_report_what_they_were_about(verb: str, lemma: str, speaker: str | None) -> None:
    # "Lee fielded questions about the plan .": Lee spoke about the plan; "Lee faced questions about the plan .": others
    # asked, no one named.
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma),
            ("questions", 1, "dobj", "NOUN", "NNS", "question"),
            ("about", 2, "prep", "ADP", "IN", "about"),
            ("the", 5, "det", "DET", "DT", "the"),
            ("plan", 3, "pobj", "NOUN", "NN", "plan"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    (found,) = answered_attributions(doc)
    said = (doc.text[found.start : found.end], found.class_, found.speaker.text if found.speaker else None)
    assert said == ("the plan", "topic", speaker)


def test_a_closing_according_to_phrase_is_no_part_of_the_report_it_ends() -> None:
    # "Kim said he would resign , according to an aide ." The parser hung the phrase on "resign", inside what Kim said;
    # it says where the whole sentence comes from, so Kim's report is the aide's content, not a second quote over it.
    doc = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("he", 4, "nsubj", "PRON", "PRP", "he"),
            ("would", 4, "aux", "AUX", "MD", "would"),
            ("resign", 1, "ccomp", "VERB", "VB", "resign"),
            (",", 4, "punct", "PUNCT", ",", ","),
            ("according", 4, "prep", "VERB", "VBG", "accord"),
            ("to", 6, "prep", "ADP", "IN", "to"),
            ("an", 9, "det", "DET", "DT", "an"),
            ("aide", 7, "pobj", "NOUN", "NN", "aide"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    quotes = extract_quotes(doc, EntityIndex(()), scheme="attribution")
    assert [(q.cue, q.text) for q in quotes] == [("according to", "Kim said he would resign")]


@pytest.mark.parametrize(
    ("scheme", "expected"),
    [("speech", [("said", "he would resign")]), ("attribution", [("according to", "Kim said he would resign")])],
)
def test_a_closing_phrase_the_scheme_drops_hides_no_report(scheme: str, expected: list[tuple[str, str]]) -> None:
    # "Kim said he would resign , according to court records ." Records are a document, no statement made: among
    # statements the cut report stands alone, not lost inside an outer report the scheme drops.
    doc = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("he", 4, "nsubj", "PRON", "PRP", "he"),
            ("would", 4, "aux", "AUX", "MD", "would"),
            ("resign", 1, "ccomp", "VERB", "VB", "resign"),
            (",", 4, "punct", "PUNCT", ",", ","),
            ("according", 4, "prep", "VERB", "VBG", "accord"),
            ("to", 6, "prep", "ADP", "IN", "to"),
            ("court", 9, "compound", "NOUN", "NN", "court"),
            ("records", 7, "pobj", "NOUN", "NNS", "record"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    quotes = extract_quotes(doc, EntityIndex(()), scheme=scheme)
    assert [(q.cue, q.text) for q in quotes] == expected


def _firm_reports(source: list[Row]) -> list[Row]:
    # "Kim said the firm reports ten offices , according to <source> ." with the phrase hung on "reports".
    rows: list[Row] = [
        ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("firm", 4, "nsubj", "NOUN", "NN", "firm"),
        ("reports", 1, "ccomp", "VERB", "VBZ", "report"),
        ("ten", 6, "nummod", "NUM", "CD", "ten"),
        ("offices", 4, "dobj", "NOUN", "NNS", "office"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("according", 4, "prep", "VERB", "VBG", "accord"),
        ("to", 8, "prep", "ADP", "IN", "to"),
    ]
    return [*rows, *source, (".", 1, "punct", "PUNCT", ".", ".")]


def test_a_closing_phrase_whose_source_is_a_pronoun_stays_in_the_content() -> None:
    # "… , according to its website .": the website may be the firm's, the source of the inner report, not of the
    # sentence; the content keeps the phrase.
    doc = hand_parsed(
        _firm_reports([("its", 11, "poss", "PRON", "PRP$", "its"), ("website", 9, "pobj", "NOUN", "NN", "website")])
    )
    attributions = [*verb_attributions(doc), *phrase_attributions(doc)]
    kept = before_closing_phrase(attributions, phrase_attributions(doc))
    said_text = next(doc.text[a.start : a.end] for a in kept if a.cue == "said")
    assert said_text.endswith("according to its website")


def test_a_closing_phrase_is_cut_from_a_content_holding_a_report_of_its_own() -> None:
    # "… , according to the registry .": the registry is where the whole sentence comes from, Kim's report with the
    # firm's inside it, as for "Nearly three in four say they would like to buy …, according to the survey".
    doc = hand_parsed(
        _firm_reports([("the", 11, "det", "DET", "DT", "the"), ("registry", 9, "pobj", "NOUN", "NN", "registry")])
    )
    quotes = extract_quotes(doc, EntityIndex(()), scheme="attribution")
    assert [(q.cue, q.text) for q in quotes] == [("according to", "Kim said the firm reports ten offices")]


def test_a_closing_phrase_inside_quotation_marks_is_quoted() -> None:
    # "Kim said the firm “ reports ten offices , according to the registry ” .": Kim quotes the phrase.
    doc = hand_parsed(
        [
            ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("the", 3, "det", "DET", "DT", "the"),
            ("firm", 5, "nsubj", "NOUN", "NN", "firm"),
            ("“", 5, "punct", "PUNCT", "``", "“"),
            ("reports", 1, "ccomp", "VERB", "VBZ", "report"),
            ("ten", 7, "nummod", "NUM", "CD", "ten"),
            ("offices", 5, "dobj", "NOUN", "NNS", "office"),
            (",", 5, "punct", "PUNCT", ",", ","),
            ("according", 5, "prep", "VERB", "VBG", "accord"),
            ("to", 9, "prep", "ADP", "IN", "to"),
            ("the", 12, "det", "DET", "DT", "the"),
            ("registry", 10, "pobj", "NOUN", "NN", "registry"),
            ("”", 5, "punct", "PUNCT", "''", "”"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    text = doc.text
    marked = [(text.index("“"), text.index("”") + 1)]
    kept = before_closing_phrase([*verb_attributions(doc), *phrase_attributions(doc)], phrase_attributions(doc), marked)
    said_text = next(text[a.start : a.end] for a in kept if a.cue == "said")
    assert said_text.rstrip(" ”").endswith("according to the registry")


def test_lets_and_all_told_are_no_ones_report() -> None:
    # "And let 's hope it stays ." urges the readers to hope; no one is reported to.
    hope = [
        ("And", 1, "cc", "CCONJ", "CC", "and"),
        ("let", 1, "ROOT", "VERB", "VB", "let"),
        ("'s", 3, "nsubj", "PRON", "PRP", "us"),
        ("hope", 1, "ccomp", "VERB", "VB", "hope"),
        ("it", 5, "nsubj", "PRON", "PRP", "it"),
        ("stays", 3, "ccomp", "VERB", "VBZ", "stay"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _reported(hope) == []
    # "He let us know it failed .": someone lets, and the knowing is reported.
    told = [
        ("He", 1, "nsubj", "PRON", "PRP", "he"),
        ("let", 1, "ROOT", "VERB", "VBD", "let"),
        ("us", 3, "nsubj", "PRON", "PRP", "we"),
        ("know", 1, "ccomp", "VERB", "VB", "know"),
        ("it", 5, "nsubj", "PRON", "PRP", "it"),
        ("failed", 3, "ccomp", "VERB", "VBD", "fail"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [cue for cue, _ in _reported(told)] == ["know"]
    # "All told , groups spent $ 2 million ." sums up: the writer's, not what "All" told.
    summed = [
        ("All", 1, "nsubj", "DET", "DT", "all"),
        ("told", 4, "parataxis", "VERB", "VBN", "tell"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("groups", 4, "nsubj", "NOUN", "NNS", "group"),
        ("spent", 4, "ROOT", "VERB", "VBD", "spend"),
        ("$", 7, "nmod", "SYM", "$", "$"),
        ("2", 7, "compound", "NUM", "CD", "2"),
        ("million", 4, "dobj", "NUM", "CD", "million"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    assert _reported(summed) == []


def test_a_dummy_it_with_a_typographic_apostrophe_or_in_a_small_clause_reports_nothing() -> None:
    # "It’s hard to know where donors go .": the model leaves "’s" a verb with the lemma "’"; it is still "is".
    curly = [
        ("It", 1, "nsubj", "PRON", "PRP", "it"),
        ("’s", 1, "ROOT", "VERB", "VBZ", "’"),
        ("hard", 1, "acomp", "ADJ", "JJ", "hard"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("know", 1, "xcomp", "VERB", "VB", "know"),
        ("where", 7, "advmod", "SCONJ", "WRB", "where"),
        ("donors", 7, "nsubj", "NOUN", "NNS", "donor"),
        ("go", 4, "ccomp", "VERB", "VBP", "go"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _reported(curly) == []
    # "That makes it hard to see how he wins .": the "it" of a small clause is no one either.
    small = [
        ("That", 1, "nsubj", "PRON", "DT", "that"),
        ("makes", 1, "ROOT", "VERB", "VBZ", "make"),
        ("it", 3, "nsubj", "PRON", "PRP", "it"),
        ("hard", 1, "ccomp", "ADJ", "JJ", "hard"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("see", 3, "advcl", "VERB", "VB", "see"),
        ("how", 8, "advmod", "SCONJ", "WRB", "how"),
        ("he", 8, "nsubj", "PRON", "PRP", "he"),
        ("wins", 5, "ccomp", "VERB", "VBZ", "win"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _reported(small) == []


def test_a_to_infinitive_after_it_with_a_typographic_apostrophe_has_no_speaker() -> None:
    # "It’s the best to see the girls .": "it" stands for the infinitive after "’s" (a verb, lemma "’"), no one.
    rows = [
        ("It", 1, "nsubj", "PRON", "PRP", "it"),
        ("’s", 1, "ROOT", "VERB", "VBZ", "’"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("best", 1, "attr", "ADJ", "JJS", "good"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("see", 1, "xcomp", "VERB", "VB", "see"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("girls", 5, "dobj", "NOUN", "NNS", "girl"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    assert subject_of(doc[5]) is None


@pytest.mark.parametrize(
    ("adjective", "class_"),
    [("hesitant", "belief"), ("mistrustful", "belief"), ("unaware", "knowledge"), ("vague", "speech")],
)
def test_adjectives_of_feeling_knowing_and_guarded_speech_are_stances(adjective: str, class_: str) -> None:
    # "Editors were <adjective> about the plan .": a feeling, a state of knowing or a manner of speaking about it
    doc = hand_parsed(
        [
            ("Editors", 1, "nsubj", "NOUN", "NNS", "editor"), ("were", 1, "ROOT", "AUX", "VBD", "be"),
            (adjective, 1, "acomp", "ADJ", "JJ", adjective), ("about", 2, "prep", "ADP", "IN", "about"),
            ("the", 5, "det", "DET", "DT", "the"), ("plan", 3, "pobj", "NOUN", "NN", "plan"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    [found] = adjective_attributions(doc)
    assert found.speaker is not None and found.speaker.text == "Editors"
    assert (doc.text[found.start : found.end], found.class_) == ("the plan", class_)


@pytest.mark.parametrize(("noun", "class_"), [("attacks", "topic"), ("misgivings", "belief")])
def test_nouns_of_verbal_attack_and_of_misgiving_are_statements_of_their_owner(noun: str, class_: str) -> None:
    # "Lee repeated her <noun> about the plan ." An attack's phrase names what the words were aimed at, not what they
    # said (class topic: the speech scheme leaves it out, as it does a topic verb's object); a misgiving is a view.
    doc = hand_parsed(
        [
            ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"), ("repeated", 1, "ROOT", "VERB", "VBD", "repeat"),
            ("her", 3, "poss", "PRON", "PRP$", "her"), (noun, 1, "dobj", "NOUN", "NNS", noun.rstrip("s")),
            ("about", 3, "prep", "ADP", "IN", "about"), ("the", 6, "det", "DET", "DT", "the"),
            ("plan", 4, "pobj", "NOUN", "NN", "plan"), (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    [found] = noun_attributions(doc)
    assert found.speaker is not None and found.speaker.text == "Lee"
    assert (doc.text[found.start : found.end], found.class_) == ("the plan", class_)


def test_a_headlines_report_the_tagger_read_as_a_plural_noun_is_the_verb() -> None:
    # The headline "Trump rips Joe Scarborough ." with "rips" a noun in a compound, and "Records must be released ,
    # judge rules ." with "rules" an apposition: each reports what follows it or the words before the comma.
    rips = hand_parsed(
        [
            ("Trump", 1, "amod", "PROPN", "NNP", "Trump"), ("rips", 3, "compound", "NOUN", "NNS", "rip"),
            ("Joe", 3, "compound", "PROPN", "NNP", "Joe"), ("Scarborough", 3, "ROOT", "PROPN", "NNP", "Scarborough"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    rules = hand_parsed(
        [
            ("Records", 3, "nsubjpass", "NOUN", "NNS", "record"), ("must", 3, "aux", "AUX", "MD", "must"),
            ("be", 3, "auxpass", "AUX", "VB", "be"), ("released", 3, "ROOT", "VERB", "VBN", "release"),
            (",", 3, "punct", "PUNCT", ",", ","), ("Judge", 6, "compound", "PROPN", "NNP", "Judge"),
            ("rules", 3, "appos", "NOUN", "NNS", "rule"), (".", 3, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    expected = ((rips, "rips", "Trump", "Joe Scarborough"), (rules, "rules", "Judge", "Records must be released"))
    for doc, cue, speaker, content in expected:
        [found] = verb_attributions(doc)
        assert (found.cue, found.speaker.text if found.speaker else None) == (cue, speaker)
        assert doc.text[found.start : found.end] == content


def test_a_plural_noun_that_is_a_subject_or_has_a_determiner_is_no_misread_report() -> None:
    # "Paris attacks test Clinton 's plan ." and "The attacks on Trump ." (a headline's noun phrases)
    test = hand_parsed(
        [
            ("Paris", 1, "compound", "PROPN", "NNP", "Paris"), ("attacks", 2, "nsubj", "NOUN", "NNS", "attack"),
            ("test", 2, "ROOT", "VERB", "VBP", "test"), ("Clinton", 5, "poss", "PROPN", "NNP", "Clinton"),
            ("'s", 3, "case", "PART", "POS", "'s"), ("plan", 2, "dobj", "NOUN", "NN", "plan"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    the = hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"), ("attacks", 1, "ROOT", "NOUN", "NNS", "attack"),
            ("on", 1, "prep", "ADP", "IN", "on"), ("Trump", 2, "pobj", "PROPN", "NNP", "Trump"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    for doc in (test, the):
        assert verb_attributions(doc) == []


@pytest.mark.parametrize("noun", ["fan", "booster", "apologist"])
def test_nouns_of_a_fan_or_a_booster_name_a_stance_holder(noun: str) -> None:
    # "Weber is a <noun> of Trump ."
    doc = hand_parsed(
        [
            ("Weber", 1, "nsubj", "PROPN", "NNP", "Weber"), ("is", 1, "ROOT", "AUX", "VBZ", "be"),
            ("a", 3, "det", "DET", "DT", "a"), (noun, 1, "attr", "NOUN", "NN", noun),
            ("of", 3, "prep", "ADP", "IN", "of"), ("Trump", 4, "pobj", "PROPN", "NNP", "Trump"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )  # fmt: skip
    [found] = holder_attributions(doc)
    assert (_content_of(doc, found), found.speaker and found.speaker.text, found.class_) == ("Trump", "Weber", "belief")


def test_an_attack_done_with_force_names_no_words() -> None:
    # "Mateen carried out his murderous attack on club goers ." is a deed; "his harsh attack on Clinton" words thrown.
    def parsed(adjective: str, lemma: str, target: str) -> Doc:
        return hand_parsed(
            [
                ("Mateen", 1, "nsubj", "PROPN", "NNP", "Mateen"),
                ("made", 1, "ROOT", "VERB", "VBD", "make"),
                ("his", 4, "poss", "PRON", "PRP$", "his"),
                (adjective, 4, "amod", "ADJ", "JJ", lemma),
                ("attack", 1, "dobj", "NOUN", "NN", "attack"),
                ("on", 4, "prep", "ADP", "IN", "on"),
                (target, 5, "pobj", "NOUN", "NNS", target),
                (".", 1, "punct", "PUNCT", ".", "."),
            ]
        )

    assert not noun_attributions(parsed("murderous", "murderous", "goers"))
    words = parsed("harsh", "harsh", "rivals")
    assert [_content_of(words, a) for a in noun_attributions(words)] == ["rivals"]


def test_a_stance_the_scheme_drops_hides_no_statement_it_is_about() -> None:
    # "Lawmakers are uneasy about his statement that taxes must rise .": PolNeAR keeps the belief, holding the
    # statement; the speech scheme drops the belief, and the statement it was about is left.
    doc = hand_parsed(
        [
            ("Lawmakers", 1, "nsubj", "NOUN", "NNS", "lawmaker"),
            ("are", 1, "ROOT", "AUX", "VBP", "be"),
            ("uneasy", 1, "acomp", "ADJ", "JJ", "uneasy"),
            ("about", 2, "prep", "ADP", "IN", "about"),
            ("his", 5, "poss", "PRON", "PRP$", "his"),
            ("statement", 3, "pobj", "NOUN", "NN", "statement"),
            ("that", 9, "mark", "SCONJ", "IN", "that"),
            ("taxes", 9, "nsubj", "NOUN", "NNS", "tax"),
            ("must", 9, "aux", "AUX", "MD", "must"),
            ("rise", 5, "acl", "VERB", "VB", "rise"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [belief] = extract_quotes(doc, EntityIndex(()), scheme="attribution")
    assert (belief.cue, belief.text, belief.class_) == ("are uneasy", "his statement that taxes must rise", "belief")
    [said] = extract_quotes(doc, EntityIndex(()), scheme="speech")
    assert (said.cue, said.text) == ("statement", "that taxes must rise")


def test_a_clause_plain_to_see_the_scheme_drops_hides_no_report_inside_it() -> None:
    # "It became clear that the mayor had said it was late .": the attribution scheme keeps what became clear,
    # the report inside it one level down; the speech scheme drops what is seen, and the statement is left.
    doc = hand_parsed(
        [
            ("It", 1, "nsubj", "PRON", "PRP", "it"),
            ("became", 1, "ROOT", "VERB", "VBD", "become"),
            ("clear", 1, "acomp", "ADJ", "JJ", "clear"),
            ("that", 7, "mark", "SCONJ", "IN", "that"),
            ("the", 5, "det", "DET", "DT", "the"),
            ("mayor", 7, "nsubj", "NOUN", "NN", "mayor"),
            ("had", 7, "aux", "AUX", "VBD", "have"),
            ("said", 1, "ccomp", "VERB", "VBN", "say"),
            ("it", 9, "nsubj", "PRON", "PRP", "it"),
            ("was", 7, "ccomp", "AUX", "VBD", "be"),
            ("late", 9, "acomp", "ADJ", "JJ", "late"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    [seen] = extract_quotes(doc, EntityIndex(()), scheme="attribution")
    assert (seen.cue, seen.text, seen.class_) == ("became clear", "that the mayor had said it was late", "knowledge")
    [said] = extract_quotes(doc, EntityIndex(()), scheme="speech")
    assert (said.cue, said.text) == ("said", "it was late")


def test_a_preposition_whose_object_moved_out_is_no_content() -> None:
    # "This is all they talked about .": the parse leaves "about" alone as what was talked about.
    doc = hand_parsed(
        [
            ("This", 1, "nsubj", "PRON", "DT", "this"),
            ("is", 1, "ROOT", "AUX", "VBZ", "be"),
            ("all", 1, "attr", "PRON", "DT", "all"),
            ("they", 4, "nsubj", "PRON", "PRP", "they"),
            ("talked", 2, "relcl", "VERB", "VBD", "talk"),
            ("about", 4, "prep", "ADP", "IN", "about"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert [_content_of(doc, a) for a in verb_attributions(doc)] == ["about"]
    assert not extract_quotes(doc, EntityIndex(()), scheme="attribution")
