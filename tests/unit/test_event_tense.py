"""The tense an event is told in decides whether the lead's news day dates it, over hand-built parses with no model."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Span

from telex.dates import resolve_date
from telex.events.dates import (
    clause_tense,
    describes_a_thing,
    in_history_paragraph,
    judged_for,
    lead_day,
    names_another_time,
    scene_date,
    scheduled_ahead,
    told_as_background,
    told_before,
)
from tests.unit.fixtures import Row, events_in, hand_parsed

SATURDAY = date(2024, 6, 22)


def _word(word: str, head: int, dep: str, tag: str) -> Row:
    """A row whose part of speech follows from its tag and whose lemma is the lower-cased word."""
    pos = {"VB": "VERB", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "IN": "ADP", "DT": "DET", "RB": "ADV"}
    if tag.startswith("VB"):
        kind = "AUX" if dep in ("aux", "auxpass") or word.lower() in ("been", "is", "has", "had") else "VERB"
    else:
        kind = pos.get(tag, "PUNCT" if tag in (".", ",") else "PRON" if tag.startswith("PRP") or tag == "WP" else "X")
    lemmas = {"has": "have", "had": "have", "is": "be", "been": "be", "said": "say", "heading": "head"}
    return (word, head, dep, kind, tag, lemmas.get(word.lower(), word.lower()))


# "Egypt still mediates between Israel and Hamas ."
MEDIATES = [
    _word("Egypt", 2, "nsubj", "NNP"),
    _word("still", 2, "advmod", "RB"),
    _word("mediates", 2, "ROOT", "VBZ"),
    _word("between", 2, "prep", "IN"),
    _word("Israel", 3, "pobj", "NNP"),
    _word(".", 2, "punct", "."),
]
# "Hezbollah is threatening Israel ."
THREATENING = [
    _word("Hezbollah", 2, "nsubj", "NNP"),
    _word("is", 2, "aux", "VBZ"),
    ("threatening", 2, "ROOT", "VERB", "VBG", "threaten"),
    _word("Israel", 2, "dobj", "NNP"),
    _word(".", 2, "punct", "."),
]
# "Turkey has long criticized Israel ."
CRITICIZED = [
    _word("Turkey", 3, "nsubj", "NNP"),
    _word("has", 3, "aux", "VBZ"),
    _word("long", 3, "advmod", "RB"),
    _word("criticized", 3, "ROOT", "VBN"),
    _word("Israel", 3, "dobj", "NNP"),
    _word(".", 3, "punct", "."),
]
# "Washington had been in talks brokered by Oman ."
BROKERED = [
    _word("Washington", 2, "nsubj", "NNP"),
    _word("had", 2, "aux", "VBD"),
    _word("been", 2, "ROOT", "VBN"),
    _word("in", 2, "prep", "IN"),
    _word("talks", 3, "pobj", "NNS"),
    _word("brokered", 4, "acl", "VBN"),
    _word("by", 5, "agent", "IN"),
    _word("Oman", 6, "pobj", "NNP"),
    _word(".", 2, "punct", "."),
]
# "Trump said he supports Cruz ."
SUPPORTS = [
    _word("Trump", 1, "nsubj", "NNP"),
    _word("said", 1, "ROOT", "VBD"),
    _word("he", 3, "nsubj", "PRP"),
    _word("supports", 1, "ccomp", "VBZ"),
    _word("Cruz", 3, "dobj", "NNP"),
    _word(".", 1, "punct", "."),
]
# "I disavow it - I regret it , Ryan said ."
DISAVOW = [
    _word("I", 1, "nsubj", "PRP"),
    _word("disavow", 5, "ccomp", "VBP"),
    _word("it", 1, "dobj", "PRP"),
    _word("-", 5, "punct", ","),
    _word("I", 5, "nsubj", "PRP"),
    _word("regret", 9, "ccomp", "VBP"),
    _word("it", 5, "dobj", "PRP"),
    _word(",", 9, "punct", ","),
    _word("Ryan", 9, "nsubj", "NNP"),
    _word("said", 9, "ROOT", "VBD"),
    _word(".", 9, "punct", "."),
]
# "Russia will attack Kyiv ."
WILL_ATTACK = [
    _word("Russia", 2, "nsubj", "NNP"),
    _word("will", 2, "aux", "MD"),
    _word("attack", 2, "ROOT", "VB"),
    _word("Kyiv", 2, "dobj", "NNP"),
    _word(".", 2, "punct", "."),
]

# "Rebels have seized towns , beheaded hostages ."
SEIZED = [
    _word("Rebels", 2, "nsubj", "NNS"),
    _word("have", 2, "aux", "VBP"),
    ("seized", 2, "ROOT", "VERB", "VBN", "seize"),
    _word("towns", 2, "dobj", "NNS"),
    _word(",", 2, "punct", ","),
    ("beheaded", 2, "conj", "VERB", "VBD", "behead"),
    _word("hostages", 5, "dobj", "NNS"),
    _word(".", 2, "punct", "."),
]
# "The senate , which voted to block him , balked ."
VOTED_TO_BLOCK = [
    _word("The", 1, "det", "DT"),
    _word("senate", 8, "nsubj", "NN"),
    _word(",", 1, "punct", ","),
    _word("which", 4, "nsubj", "WP"),
    ("voted", 1, "relcl", "VERB", "VBD", "vote"),
    ("to", 6, "aux", "PART", "TO", "to"),
    ("block", 4, "xcomp", "VERB", "VB", "block"),
    _word("him", 6, "dobj", "PRP"),
    ("balked", 8, "ROOT", "VERB", "VBD", "balk"),
    _word(".", 8, "punct", "."),
]
# "She gave interviews , where she attacked Lee ."
WHERE_SHE_ATTACKED = [
    _word("She", 1, "nsubj", "PRP"),
    ("gave", 1, "ROOT", "VERB", "VBD", "give"),
    _word("interviews", 1, "dobj", "NNS"),
    _word(",", 2, "punct", ","),
    ("where", 6, "advmod", "ADV", "WRB", "where"),
    _word("she", 6, "nsubj", "PRP"),
    ("attacked", 2, "relcl", "VERB", "VBD", "attack"),
    _word("Lee", 6, "dobj", "NNP"),
    _word(".", 1, "punct", "."),
]
# "He praised the pact signed by Oman and statements backing it ."
PACT_SIGNED = [
    _word("He", 1, "nsubj", "PRP"),
    ("praised", 1, "ROOT", "VERB", "VBD", "praise"),
    _word("the", 3, "det", "DT"),
    _word("pact", 1, "dobj", "NN"),
    ("signed", 3, "acl", "VERB", "VBN", "sign"),
    _word("by", 4, "agent", "IN"),
    _word("Oman", 5, "pobj", "NNP"),
    ("and", 3, "cc", "CCONJ", "CC", "and"),
    _word("statements", 3, "conj", "NNS"),
    ("backing", 8, "acl", "VERB", "VBG", "back"),
    _word("it", 9, "dobj", "PRP"),
    _word(".", 1, "punct", "."),
]
# "Seoul hit Tokyo for failing to pay ."
HIT_FOR = [
    _word("Seoul", 1, "nsubj", "NNP"),
    ("hit", 1, "ROOT", "VERB", "VBD", "hit"),
    _word("Tokyo", 1, "dobj", "NNP"),
    _word("for", 1, "prep", "IN"),
    ("failing", 3, "pcomp", "VERB", "VBG", "fail"),
    ("to", 6, "aux", "PART", "TO", "to"),
    ("pay", 4, "xcomp", "VERB", "VB", "pay"),
    _word(".", 1, "punct", "."),
]

# "Clinton has been persistent in her criticism ."
PERSISTENT = [
    _word("Clinton", 2, "nsubj", "NNP"),
    _word("has", 2, "aux", "VBZ"),
    _word("been", 2, "ROOT", "VBN"),
    ("persistent", 2, "acomp", "ADJ", "JJ", "persistent"),
    _word("in", 3, "prep", "IN"),
    _word("her", 6, "poss", "PRP$"),
    _word("criticism", 4, "pobj", "NN"),
    _word(".", 2, "punct", "."),
]
# "Rubio , whose support cratered after he ratcheted up his attacks , drew a contrast ."
CRATERED_AFTER = [
    _word("Rubio", 12, "nsubj", "NNP"),
    _word(",", 0, "punct", ","),
    _word("whose", 3, "poss", "WP$"),
    _word("support", 4, "nsubj", "NN"),
    ("cratered", 0, "relcl", "VERB", "VBD", "crater"),
    _word("after", 7, "mark", "IN"),
    _word("he", 7, "nsubj", "PRP"),
    ("ratcheted", 4, "advcl", "VERB", "VBD", "ratchet"),
    ("up", 7, "prt", "ADP", "RP", "up"),
    _word("his", 10, "poss", "PRP$"),
    _word("attacks", 7, "dobj", "NNS"),
    _word(",", 0, "punct", ","),
    ("drew", 12, "ROOT", "VERB", "VBD", "draw"),
    _word("a", 14, "det", "DT"),
    _word("contrast", 12, "dobj", "NN"),
    _word(".", 12, "punct", "."),
]


@pytest.mark.parametrize(
    ("rows", "anchor", "tense"),
    [
        (MEDIATES, 2, "present"),
        (THREATENING, 2, "present"),
        (CRITICIZED, 3, "perfect"),
        # A participle takes the tense of the clause whose noun it describes.
        (BROKERED, 5, "pluperfect"),
        # What a saying reports is told at the time of the saying.
        (SUPPORTS, 3, "past"),
        (DISAVOW, 1, "past"),
        (WILL_ATTACK, 2, "modal"),
        # A verb coordinated with a perfect shares its "has", whatever tag the parser gives it.
        (SEIZED, 5, "perfect"),
        # An event noun in an adjective's phrase shares the tense of the adjective's copula.
        (PERSISTENT, 6, "perfect"),
    ],
)
def test_clause_tense(rows: list[Row], anchor: int, tense: str) -> None:
    assert clause_tense(hand_parsed(rows)[anchor]) == tense


def test_a_state_or_what_came_before_is_background_and_an_act_of_the_past_is_not() -> None:
    assert told_as_background(hand_parsed(MEDIATES)[2]) and told_as_background(hand_parsed(BROKERED)[5])
    assert not told_as_background(hand_parsed(SUPPORTS)[3]) and not told_as_background(hand_parsed(WILL_ATTACK)[2])


def test_a_clause_that_describes_a_thing_is_background_and_one_set_at_its_time_is_not() -> None:
    # A relative clause and what it governs; a past participle describing a noun: no act of the news day.
    assert describes_a_thing(hand_parsed(VOTED_TO_BLOCK)[6]) and describes_a_thing(hand_parsed(VOTED_TO_BLOCK)[4])
    assert describes_a_thing(hand_parsed(PACT_SIGNED)[4]) and told_as_background(hand_parsed(PACT_SIGNED)[4])
    # A relative set at its noun's place, a present participle and the main clause tell the act of the story.
    assert not describes_a_thing(hand_parsed(WHERE_SHE_ATTACKED)[6])
    assert not describes_a_thing(hand_parsed(PACT_SIGNED)[9]) and not describes_a_thing(hand_parsed(PACT_SIGNED)[1])
    assert not describes_a_thing(hand_parsed(VOTED_TO_BLOCK)[8])


def test_a_clause_under_an_aside_and_its_event_nouns_describe_the_thing() -> None:
    # A clause subordinate to a relative set off as an aside, and the event noun it governs, describe the noun.
    doc = hand_parsed(CRATERED_AFTER)
    assert describes_a_thing(doc[10]) and describes_a_thing(doc[7]) and describes_a_thing(doc[4])
    # The main clause and its own object tell the act of the story.
    assert not describes_a_thing(doc[12]) and not describes_a_thing(doc[14])


def test_a_year_of_the_occasion_a_clause_happens_during_moves_the_paragraph_into_history() -> None:
    # "Ties worsened during the 2012 race . He brokered a truce ." / "... for the 2012 race . ..."
    brokered = [
        _word("He", 1, "nsubj", "PRP"),
        ("brokered", 1, "ROOT", "VERB", "VBD", "broker"),
        _word("a", 3, "det", "DT"),
        _word("truce", 1, "dobj", "NN"),
        _word(".", 1, "punct", "."),
    ]
    for preposition, expected in (("during", True), ("for", False)):
        worsened = [
            _word("Ties", 1, "nsubj", "NNS"),
            ("worsened", 1, "ROOT", "VERB", "VBD", "worsen"),
            _word(preposition, 1, "prep", "IN"),
            _word("the", 5, "det", "DT"),
            ("2012", 5, "nummod", "NUM", "CD", "2012"),
            _word("race", 2, "pobj", "NN"),
            _word(".", 1, "punct", "."),
        ]
        start = len(worsened)
        doc = hand_parsed(worsened + [(w, h + start, d, p, t, lem) for w, h, d, p, t, lem in brokered])
        doc.ents = [Span(doc, 4, 5, label="DATE")]
        assert in_history_paragraph(list(doc.sents)[1], SATURDAY) is expected


def test_the_deed_a_judgement_is_given_for_came_before_it() -> None:
    assert judged_for(hand_parsed(HIT_FOR)[6]) and judged_for(hand_parsed(HIT_FOR)[4])
    assert not judged_for(hand_parsed(HIT_FOR)[1]) and not told_as_background(hand_parsed(HIT_FOR)[1])


def test_a_day_told_under_will_is_not_the_news_day() -> None:
    # "It will start becoming clear at midnight Sunday ."
    rows = [
        _word("It", 2, "nsubj", "PRP"),
        _word("will", 2, "aux", "MD"),
        ("start", 2, "ROOT", "VERB", "VB", "start"),
        ("becoming", 2, "xcomp", "VERB", "VBG", "become"),
        ("clear", 3, "acomp", "ADJ", "JJ", "clear"),
        _word("at", 3, "prep", "IN"),
        _word("midnight", 7, "compound", "NN"),
        _word("Sunday", 5, "pobj", "NNP"),
        _word(".", 2, "punct", "."),
    ]
    assert _lead_day(rows, [(6, 8)]) is None
    # "It’ll start becoming clear ...": a contraction with either apostrophe is "will".
    for contracted in ("'ll", "\u2019ll"):
        rows[1] = _word(contracted, 2, "aux", "MD")
        assert _lead_day(rows, [(6, 8)]) is None
    # "Seoul hit Tokyo on Friday ."
    hit = [
        _word("Seoul", 1, "nsubj", "NNP"),
        ("hit", 1, "ROOT", "VERB", "VBD", "hit"),
        _word("Tokyo", 1, "dobj", "NNP"),
        _word("on", 1, "prep", "IN"),
        _word("Friday", 3, "pobj", "NNP"),
        _word(".", 1, "punct", "."),
    ]
    assert _lead_day(hit, [(4, 5)]) == ("2024-06-21", "Friday")


def _lead_day(rows: list[Row], dates: list[tuple[int, int]]) -> tuple[str, str] | None:
    doc = hand_parsed(rows)
    doc.ents = [Span(doc, start, end, label="DATE") for start, end in dates]
    return lead_day(doc.ents, SATURDAY)


def test_the_day_of_an_occasion_told_of_in_the_present_is_not_the_news_day() -> None:
    # "Cruz , who needs a win in Tuesday 's primary , received the endorsement on Friday ."
    rows = [
        _word("Cruz", 11, "nsubj", "NNP"),
        _word(",", 0, "punct", ","),
        _word("who", 3, "nsubj", "WP"),
        _word("needs", 0, "relcl", "VBZ"),
        _word("a", 5, "det", "DT"),
        _word("win", 3, "dobj", "NN"),
        _word("in", 5, "prep", "IN"),
        _word("Tuesday", 9, "poss", "NNP"),
        ("'s", 7, "case", "PART", "POS", "'s"),
        _word("primary", 6, "pobj", "NN"),
        _word(",", 0, "punct", ","),
        _word("received", 11, "ROOT", "VBD"),
        _word("the", 13, "det", "DT"),
        _word("endorsement", 11, "dobj", "NN"),
        _word("on", 11, "prep", "IN"),
        _word("Friday", 14, "pobj", "NNP"),
        _word(".", 11, "punct", "."),
    ]
    assert _lead_day(rows, [(7, 8), (15, 16)]) == ("2024-06-21", "Friday")


def test_the_day_of_an_occasion_told_in_the_past_is_the_news_day() -> None:
    # "Sanders won Tuesday 's primary ."
    rows = [
        _word("Sanders", 1, "nsubj", "NNP"),
        _word("won", 1, "ROOT", "VBD"),
        _word("Tuesday", 4, "poss", "NNP"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        _word("primary", 1, "dobj", "NN"),
        _word(".", 1, "punct", "."),
    ]
    assert _lead_day(rows, [(2, 3)]) == ("2024-06-18", "Tuesday")


def test_the_day_of_an_occasion_set_ahead_is_not_the_news_day() -> None:
    # "Heading into Tuesday 's primary , Clinton has lost ground ."
    rows = [
        _word("Heading", 8, "advcl", "VBG"),
        _word("into", 0, "prep", "IN"),
        _word("Tuesday", 4, "poss", "NNP"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        _word("primary", 1, "pobj", "NN"),
        _word(",", 8, "punct", ","),
        _word("Clinton", 8, "nsubj", "NNP"),
        _word("has", 8, "aux", "VBZ"),
        _word("lost", 8, "ROOT", "VBN"),
        _word("ground", 8, "dobj", "NN"),
        _word(".", 8, "punct", "."),
    ]
    assert _lead_day(rows, [(2, 3)]) is None


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        # The past week is the seven days up to publication, not the calendar week before it.
        (date(2024, 6, 8), "2024-06"),
        (date(2015, 12, 13), "2015-12"),
        (date(2024, 6, 3), "2024"),
    ],
)
def test_the_past_week(published: date, expected: str) -> None:
    assert resolve_date("the past week", published) == expected


def _body(sentence: list[Row]) -> list[Row]:
    """ "Russia attacked Ukraine on Monday ." followed by five sentences with no event, then ``sentence``."""
    rows = [
        _word("Russia", 1, "nsubj", "NNP"),
        ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
        _word("Ukraine", 1, "dobj", "NNP"),
        _word("on", 1, "prep", "IN"),
        _word("Monday", 3, "pobj", "NNP"),
        _word(".", 1, "punct", "."),
    ]
    for _ in range(5):
        start = len(rows)
        rows += [_word("It", start + 1, "nsubj", "PRP"), _word("rained", start + 1, "ROOT", "VBD")]
        rows.append(_word(".", start + 1, "punct", "."))
    start = len(rows)
    return rows + [(w, h + start, d, p, t, lem) for w, h, d, p, t, lem in sentence]


def test_the_body_tells_a_state_on_the_publication_date_and_an_act_on_the_news_day() -> None:
    # "... Hezbollah is threatening Israel ." / "... Israel struck Hezbollah ."
    struck = [
        _word("Israel", 1, "nsubj", "NNP"),
        ("struck", 1, "ROOT", "VERB", "VBD", "strike"),
        _word("Hezbollah", 1, "dobj", "NNP"),
        _word(".", 1, "punct", "."),
    ]
    for sentence, expected in ((THREATENING, ("2024-06-22", "published")), (struck, ("2024-06-17", "text"))):
        doc = hand_parsed(_body(sentence))
        doc.ents = [Span(doc, 4, 5, label="DATE")]
        last = [e for e in events_in(doc, SATURDAY) if e.trigger.start >= doc[len(doc) - len(sentence)].idx]
        assert last and {(e.date, e.date_source) for e in last} == {expected}


def test_a_past_clause_takes_the_day_the_sentence_before_sets_its_main_clause_on() -> None:
    # "Grayson became toxic on Tuesday . He denied the charges ." / "... at Tuesday 's debate . He denied ..."
    denied = [
        _word("He", 1, "nsubj", "PRP"),
        ("denied", 1, "ROOT", "VERB", "VBD", "deny"),
        _word("the", 3, "det", "DT"),
        _word("charges", 1, "dobj", "NNS"),
        _word(".", 1, "punct", "."),
    ]
    toxic = [
        _word("Grayson", 1, "nsubj", "NNP"),
        ("became", 1, "ROOT", "VERB", "VBD", "become"),
        ("toxic", 1, "acomp", "ADJ", "JJ", "toxic"),
        _word("on", 1, "prep", "IN"),
        _word("Tuesday", 3, "pobj", "NNP"),
        _word(".", 1, "punct", "."),
    ]
    debate = [
        _word("Grayson", 1, "nsubj", "NNP"),
        ("faltered", 1, "ROOT", "VERB", "VBD", "falter"),
        _word("at", 1, "prep", "IN"),
        _word("Tuesday", 5, "poss", "NNP"),
        ("'s", 3, "case", "PART", "POS", "'s"),
        _word("debate", 2, "pobj", "NN"),
        _word(".", 1, "punct", "."),
    ]
    for before, day, expected in ((toxic, 4, "Tuesday"), (debate, 3, None)):
        start = len(before)
        doc = hand_parsed(before + [(w, h + start, d, p, t, lem) for w, h, d, p, t, lem in denied])
        doc.ents = [Span(doc, day, day + 1, label="DATE")]
        sent = list(doc.sents)[1]
        assert scene_date(doc[start + 1], sent, SATURDAY) == expected


def test_a_sentence_that_names_another_time_is_not_known_to_be_the_lead_s_news() -> None:
    # "Ahead of last week 's primary , Clinton met workers this year on Wednesday Tuesday ."
    rows = [
        _word("Ahead", 7, "advmod", "RB"),
        _word("of", 0, "prep", "IN"),
        _word("last", 3, "amod", "JJ"),
        _word("week", 5, "poss", "NN"),
        ("'s", 3, "case", "PART", "POS", "'s"),
        _word("primary", 1, "pobj", "NN"),
        _word(",", 7, "punct", ","),
        _word("Clinton", 8, "nsubj", "NNP"),
        ("met", 8, "ROOT", "VERB", "VBD", "meet"),
        _word("workers", 8, "dobj", "NNS"),
        _word("this", 11, "det", "DT"),
        _word("year", 8, "npadvmod", "NN"),
        _word("on", 8, "prep", "IN"),
        _word("Wednesday", 12, "pobj", "NNP"),
        _word("Tuesday", 8, "npadvmod", "NNP"),
        _word(".", 8, "punct", "."),
    ]
    doc = hand_parsed(rows)
    last_week, this_year, wednesday, tuesday = (
        Span(doc, s, e, label="DATE") for s, e in ((2, 4), (10, 12), (13, 14), (14, 15))
    )
    lead = ("2024-06-19", "Wednesday")
    # A time gone by, or a day other than the lead's, sets the sentence at another time.
    assert names_another_time([last_week], lead, SATURDAY) and names_another_time([tuesday], lead, SATURDAY)
    # The lead's own words, or a period that holds its day, do not.
    assert not names_another_time([wednesday, this_year], lead, SATURDAY)


def test_a_month_s_day_of_a_clause_in_the_simple_present_is_a_schedule_still_to_come() -> None:
    # "The board meets June 16 ." / "The board met June 16 ."
    for verb, tag, expected in (("meets", "VBZ", True), ("met", "VBD", False)):
        rows = [
            _word("The", 1, "det", "DT"),
            _word("board", 2, "nsubj", "NN"),
            (verb, 2, "ROOT", "VERB", tag, "meet"),
            _word("June", 2, "npadvmod", "NNP"),
            ("16", 3, "nummod", "NUM", "CD", "16"),
            _word(".", 2, "punct", "."),
        ]
        assert scheduled_ahead("June 16", hand_parsed(rows)[2], date(2024, 6, 10)) is expected
    # A day gone by this year stays this year's: "the law takes effect Jan. 1" in a story of Jan. 5.
    rows = [_word("It", 1, "nsubj", "PRP"), ("starts", 1, "ROOT", "VERB", "VBZ", "start"), _word(".", 1, "punct", ".")]
    assert not scheduled_ahead("Jan. 1", hand_parsed(rows)[1], date(2024, 1, 5))


def test_the_lead_s_day_is_not_given_to_an_act_under_a_clause_set_at_another_time() -> None:
    # "... Israel told envoys on Friday , after a day in which Israel struck Hezbollah ." (the lead names Monday)
    sentence = [
        _word("Israel", 1, "nsubj", "NNP"),
        ("told", 1, "ROOT", "VERB", "VBD", "tell"),
        _word("envoys", 1, "dobj", "NNS"),
        _word("on", 1, "prep", "IN"),
        _word("Friday", 3, "pobj", "NNP"),
        _word(",", 1, "punct", ","),
        _word("after", 1, "prep", "IN"),
        _word("a", 8, "det", "DT"),
        _word("day", 6, "pobj", "NN"),
        _word("in", 11, "prep", "IN"),
        _word("which", 9, "pobj", "WDT"),
        _word("Israel", 12, "nsubj", "NNP"),
        ("struck", 8, "relcl", "VERB", "VBD", "strike"),
        _word("Hezbollah", 12, "dobj", "NNP"),
        _word(".", 1, "punct", "."),
    ]
    rows = _body(sentence)
    doc = hand_parsed(rows)
    start = len(rows) - len(sentence)
    doc.ents = [Span(doc, 4, 5, label="DATE"), Span(doc, start + 4, start + 5, label="DATE")]
    struck = [e for e in events_in(doc, SATURDAY) if e.trigger.text == "struck"]
    assert struck and (struck[0].date, struck[0].date_source) == ("2024-06-22", "published")


@pytest.mark.parametrize(("stretch", "expected"), [("campaign", True), ("day", False)])
def test_early_in_a_stretch_of_time_other_than_the_news_day_sets_an_act_before_the_news(
    stretch: str, expected: bool
) -> None:
    # "Early in his campaign , Trump attacked Romney ." / "Early in the day , ..."
    rows = [
        _word("Early", 6, "advmod", "RB"),
        _word("in", 0, "prep", "IN"),
        _word("his", 3, "poss", "PRP$"),
        _word(stretch, 1, "pobj", "NN"),
        _word(",", 6, "punct", ","),
        _word("Trump", 6, "nsubj", "NNP"),
        ("attacked", 6, "ROOT", "VERB", "VBD", "attack"),
        _word("Romney", 6, "dobj", "NNP"),
        _word(".", 6, "punct", "."),
    ]
    assert told_before(hand_parsed(rows)[6]) is expected
