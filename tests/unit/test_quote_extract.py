"""Which drafts become quotes: a report nested in another's content is part of that statement."""

from __future__ import annotations

import pytest
import spacy

from telex.quotes.attribution import Attribution
from telex.quotes.direct import Draft
from telex.quotes.extract import (
    _modifier_only,
    _noun_topic,
    _on_cue_line,
    _outermost,
    _quoted_cue,
    _run_in_heading,
    _said_of_quotation,
)
from tests.unit.fixtures import Row, hand_parsed


def _draft(start: int, end: int, class_: str = "speech") -> Draft:
    return Draft("indirect", start, end, "said", None, None, class_=class_)


def test_a_report_inside_another_quote_is_part_of_it() -> None:
    # "Kim recalled the chief calling the plan “a mess”": the quoted call sits inside what Kim recalled.
    outer, inner, beside = _draft(10, 60), _draft(30, 60), _draft(70, 90)
    assert _outermost("x" * 90, [outer, inner, beside]) == [outer, beside]


def test_of_two_drafts_of_one_span_the_first_stays() -> None:
    first, second = _draft(10, 60), _draft(10, 60, "belief")
    kept = _outermost("x" * 60, [first, second])
    assert len(kept) == 1 and kept[0] is first


def test_of_two_drafts_of_one_span_the_one_holding_the_others_cue_stays() -> None:
    # "Kim leads in polls , according to an average .": the survey phrase cut before the closing one has the same
    # content; the closing phrase, whose content holds the survey's cue, is the outer report, whichever came first.
    doc = spacy.blank("en")("Kim leads in polls , according to an average .")
    text = doc.text
    span = (0, text.index(" ,"))
    survey = Draft("indirect", *span, "in", doc[2], doc[3], class_="document")
    closing = Draft("indirect", *span, "according to", doc[5], doc[8], class_="document")
    assert [d.cue for d in _outermost(text, [survey, closing])] == ["according to"]
    assert [d.cue for d in _outermost(text, [closing, survey])] == ["according to"]



def test_an_act_gives_way_to_a_report_inside_what_it_decided() -> None:
    # "Netanyahu appointed a diplomacy chief who had accused Obama of anti-Semitism": the accusation is the statement;
    # an act inside an act is part of it ("signed the legislation authorizing the museum").
    act, said, inner_act = _draft(10, 60, "act"), _draft(30, 60), _draft(40, 60, "act")
    assert _outermost("x" * 60, [act, said]) == [said]
    assert _outermost("x" * 60, [act, inner_act]) == [act]


def test_a_report_stopping_before_the_closing_marks_still_holds_the_quotation() -> None:
    text = "She said she admired what he calls a “war of words.”"
    said = _draft(text.index("she admired"), text.index("words") + len("words"))
    quotation = Draft("direct", text.index("“"), len(text), "calls", None, None)
    assert _outermost(text, [said, quotation]) == [said]
    # A quotation running past the report's last word is not inside it.
    longer = text.replace("words.”", "words,” he said.")
    beyond = Draft("direct", longer.index("“"), longer.rindex("he said"), "calls", None, None)
    cut = _draft(longer.index("she admired"), longer.index("war of") + len("war of"))
    assert _outermost(longer, [cut, beyond]) == [cut, beyond]


def test_a_cue_the_quoted_speaker_owns_inside_the_quotation_is_part_of_the_quoted_words() -> None:
    text = "“My hope,” he said, “is that we win.” Her hope is that they lose."
    doc = spacy.blank("en")(text)
    hopes = [t for t in doc if t.lower_ == "hope"]
    marks = [(0, text.index(" he")), (text.index("“is"), text.index(" Her"))]
    mine = Attribution(marks[1][0], marks[1][1], "hope", hopes[0], doc[1], "belief", "belief")
    hers = Attribution(text.index("that they"), len(text) - 1, "hope", hopes[1], doc[hopes[1].i - 1], "belief")
    assert _quoted_cue(mine, marks)
    assert not _quoted_cue(hers, marks)  # outside the marks it is the writer's report of her view



@pytest.mark.parametrize(
    ("text", "content", "cue", "reported"),
    [
        # A headline's report ends at its line; the body the parser ran into it is no part of it.
        ("Christie Says He Would Issue A Quarantine\nChristie said he would act.",
         "He Would Issue A Quarantine\nChristie said he would act", "Says", "He Would Issue A Quarantine"),
        # Content before its cue keeps the cue's line.
        ("Senate Passes Bill\nWe Will Fight On, Says Warren", "Senate Passes Bill\nWe Will Fight On", "Says",
         "We Will Fight On"),
        # A wrapped line of a sentence goes on.
        ("Obama denounced the attack as an act of terror and a hate\ncrime on Sunday.",
         "the attack as an act of terror and a hate\ncrime on Sunday", "denounced",
         "the attack as an act of terror and a hate\ncrime on Sunday"),
    ],
)
def test_reported_words_a_headline_holds_end_at_its_line(text: str, content: str, cue: str, reported: str) -> None:
    start = text.index(content)
    got = _on_cue_line(text, start, start + len(content), text.index(cue))
    assert text[got[0] : got[1]] == reported


def test_what_a_quotation_was_said_of_is_no_second_statement() -> None:
    # "“Who are they?” Trump said of Apple.": the quotation is what Trump said; "of Apple" only whom it was about.
    doc = hand_parsed(
        [
            ("“", 2, "punct", "PUNCT", "``", "“"),
            ("Who", 2, "attr", "PRON", "WP", "who"),
            ("are", 2, "ROOT", "AUX", "VBP", "be"),
            ("they", 2, "nsubj", "PRON", "PRP", "they"),
            ("?", 2, "punct", "PUNCT", ".", "?"),
            ("”", 2, "punct", "PUNCT", "''", "”"),
            ("Trump", 7, "nsubj", "PROPN", "NNP", "Trump"),
            ("said", 7, "ROOT", "VERB", "VBD", "say"),
            ("of", 7, "prep", "ADP", "IN", "of"),
            ("Apple", 8, "pobj", "PROPN", "NNP", "Apple"),
            (".", 7, "punct", "PUNCT", ".", "."),
        ]
    )
    said, trump, apple = doc[7], doc[6], doc[9]
    topic = Attribution(apple.idx, apple.idx + len(apple), "said of", said, trump, "speech", "topic")
    quotation = Draft("direct", 0, doc[5].idx + 1, "said", said, trump)
    assert _said_of_quotation(topic, quotation)
    # A quotation after the cue ("Trump said of Apple: “…”") is what was said of it: both stay.
    after = Draft("direct", doc[10].idx, doc[10].idx + 1, "said", said, trump)
    assert not _said_of_quotation(topic, after)


def test_whom_a_quotation_echoed_is_no_second_piece_of_it() -> None:
    # "“We will win ,” he was echoing her .": the quotation is what he said; "her" only whose words it echoed.
    rows: list[Row] = [
        ("“", 3, "punct", "PUNCT", "``", "“"),
        ("We", 3, "nsubj", "PRON", "PRP", "we"),
        ("will", 3, "aux", "AUX", "MD", "will"),
        ("win", 8, "ccomp", "VERB", "VB", "win"),
        (",", 8, "punct", "PUNCT", ",", ","),
        ("”", 8, "punct", "PUNCT", "''", "”"),
        ("he", 8, "nsubj", "PRON", "PRP", "he"),
        ("was", 8, "aux", "AUX", "VBD", "be"),
        ("echoing", 8, "ROOT", "VERB", "VBG", "echo"),
        ("her", 8, "dobj", "PRON", "PRP", "she"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    quotation = Draft("direct", 0, doc[5].idx + 1, "echoing", doc[8], doc[6])
    assert _said_of_quotation(_content(doc, 9, 9, 8), quotation)
    # Words after the cue that are more than a name are a piece of what was said ("… he was echoing the slogan").
    the_slogan: list[Row] = [("the", 10, "det", "DET", "DT", "the"), ("slogan", 8, "dobj", "NOUN", "NN", "slogan")]
    slogan = hand_parsed([*rows[:9], *the_slogan])
    quotation = Draft("direct", 0, slogan[5].idx + 1, "echoing", slogan[8], slogan[6])
    assert not _said_of_quotation(_content(slogan, 9, 10, 8), quotation)


def _content(doc: spacy.tokens.Doc, first: int, last: int, cue: int) -> Attribution:
    """An attribution of ``doc[first : last + 1]`` to the cue at ``cue``."""
    return Attribution(doc[first].idx, doc[last].idx + len(doc[last].text), doc[cue].text, doc[cue], None, "verb")


def test_a_lone_adverb_is_no_content_unless_it_stands_for_a_clause() -> None:
    # "Lee agreed , basically .": a manner adverb says how; in "Lee thinks so ." the adverb stands for what he thinks.
    rows: list[Row] = [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
        ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("basically", 1, "advmod", "ADV", "RB", "basically"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    assert _modifier_only(doc, _content(doc, 3, 3, 1))
    so = hand_parsed([rows[0], ("thinks", 1, "ROOT", "VERB", "VBZ", "think"), ("so", 1, "advmod", "ADV", "RB", "so")])
    assert not _modifier_only(so, _content(so, 2, 2, 1))


def _label_line(words: list[tuple[str, str]]) -> tuple[spacy.tokens.Doc, tuple[int, int]]:
    """A hand-built "Dana Lind : …" line of (word, coarse tag) pairs, flat under its first word, and its words' span."""
    rows: list[Row] = [("Dana", 1, "compound", "PROPN", "NNP", "dana"), ("Lind", 1, "ROOT", "PROPN", "NNP", "lind")]
    rows.append((":", 1, "punct", "PUNCT", ":", ":"))
    rows.extend((w, 3, "dep" if i else "ROOT", pos, pos, w.lower()) for i, (w, pos) in enumerate(words))
    doc = hand_parsed(rows)
    return doc, (doc[3].idx, len(doc.text))


def test_a_section_title_run_into_its_paragraph_is_no_labelled_statement() -> None:
    # "Dana Lind : Housing costs In her platform , Senator Lind …": the line break after the title was lost.
    run_in = [("Housing", "NOUN"), ("costs", "NOUN"), ("In", "ADP"), ("her", "PRON"), ("platform", "NOUN")]
    assert _run_in_heading(*_label_line(run_in))
    # Her words: a capitalised name after a word in lower case ("Voters deserve answers from Trump") opens nothing.
    said = [("Voters", "NOUN"), ("deserve", "VERB"), ("answers", "NOUN"), ("from", "ADP"), ("Trump", "PROPN")]
    assert not _run_in_heading(*_label_line(said))
    # A title-cased headline capitalises the word before "Of" too, and "I" is a word she says of herself.
    assert not _run_in_heading(*_label_line([("Families", "NOUN"), ("Of", "ADP"), ("Victims", "NOUN")]))
    assert not _run_in_heading(*_label_line([("Now", "ADV"), ("we", "PRON"), ("know", "VERB"), ("I", "PRON")]))


def test_what_a_statement_noun_was_about_is_its_topic() -> None:
    # "Lind made comments on the ruling .": the on-phrase names what the comments were about, not what they said.
    rows: list[Row] = [
        ("Lind", 1, "nsubj", "PROPN", "NNP", "Lind"),
        ("made", 1, "ROOT", "VERB", "VBD", "make"),
        ("comments", 1, "dobj", "NOUN", "NNS", "comment"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("ruling", 3, "pobj", "NOUN", "NN", "ruling"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    content = (doc[4].idx, doc[5].idx + len(doc[5].text))
    assert _noun_topic(doc[2], content)
    # An of-phrase often says what the noun does ("warnings of war"); a clause after "about" says something.
    of = hand_parsed([*rows[:3], ("of", 2, "prep", "ADP", "IN", "of"), *rows[4:]])
    assert not _noun_topic(of[2], content)
    clause: list[Row] = [
        ("voters", 5, "nsubj", "NOUN", "NNS", "voter"),
        ("being", 3, "pcomp", "AUX", "VBG", "be"),
        ("dependent", 5, "acomp", "ADJ", "JJ", "dependent"),
    ]
    about = hand_parsed([*rows[:3], ("about", 2, "prep", "ADP", "IN", "about"), *clause])
    assert not _noun_topic(about[2], (about[4].idx, len(about.text)))
