"""Every event gets a date and its source, over hand-built parses with no model."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span

from telex.entity_index import EntityIndex
from telex.events.extract import extract_events
from telex.records import Event, Quote
from tests.unit.fixtures import Row, events_in, hand_parsed
from tests.unit.test_event_judgements import CALLED_OFFENSIVE

PUBLISHED = date(2024, 6, 20)


def _events(rows: list[Row], dates: list[tuple[int, int]], published: date | None) -> list[Event]:
    doc = hand_parsed(rows)
    doc.ents = [Span(doc, start, end, label="DATE") for start, end in dates]
    return events_in(doc, published)


# "Russia signed a treaty with Cuba in 1961 and expelled the Iranian diplomat ."
SIGNED: list[Row] = [
    ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
    ("signed", 1, "ROOT", "VERB", "VBD", "sign"),
    ("a", 3, "det", "DET", "DT", "a"),
    ("treaty", 1, "dobj", "NOUN", "NN", "treaty"),
    ("with", 3, "prep", "ADP", "IN", "with"),
    ("Cuba", 4, "pobj", "PROPN", "NNP", "Cuba"),
    ("in", 1, "prep", "ADP", "IN", "in"),
    ("1961", 6, "pobj", "NUM", "CD", "1961"),
    ("and", 1, "cc", "CCONJ", "CC", "and"),
    ("expelled", 1, "conj", "VERB", "VBD", "expel"),
    ("the", 12, "det", "DET", "DT", "the"),
    ("Iranian", 12, "amod", "ADJ", "JJ", "iranian"),
    ("diplomat", 9, "dobj", "NOUN", "NN", "diplomat"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_historical_clause_gets_its_year_and_its_conjunct_too() -> None:
    events = _events(SIGNED, [(7, 8)], PUBLISHED)
    assert {(e.cameo, e.date, e.date_source, e.date_text) for e in events} == {
        ("057", "1961", "text", "1961"),
        ("161", "1961", "text", "1961"),
    }


def test_an_undated_event_takes_the_publication_date_marked_as_such() -> None:
    events = _events(SIGNED, [], PUBLISHED)
    assert {(e.date, e.date_source, e.date_text) for e in events} == {("2024-06-20", "published", None)}


def test_no_publication_date_and_no_dating_words_give_no_date() -> None:
    events = _events(SIGNED, [], None)
    assert events and all(e.date is None and e.date_source is None for e in events)


def test_a_clause_that_describes_the_event_noun_dates_it() -> None:
    # "Kim noted the Soviet treaty with Pyongyang signed in 1961 ."
    rows: list[Row] = [
        ("Kim", 1, "nsubj", "PROPN", "NNP", "Kim"),
        ("noted", 1, "ROOT", "VERB", "VBD", "note"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("Soviet", 4, "amod", "ADJ", "JJ", "soviet"),
        ("treaty", 1, "dobj", "NOUN", "NN", "treaty"),
        ("with", 4, "prep", "ADP", "IN", "with"),
        ("Pyongyang", 5, "pobj", "PROPN", "NNP", "Pyongyang"),
        ("signed", 4, "acl", "VERB", "VBN", "sign"),
        ("in", 7, "prep", "ADP", "IN", "in"),
        ("1961", 8, "pobj", "NUM", "CD", "1961"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    treaty = [e for e in _events(rows, [(9, 10)], PUBLISHED) if e.cameo == "057"]
    assert treaty and all(e.date == "1961" and e.date_source == "text" for e in treaty)


def test_a_clause_that_describes_a_verbs_object_does_not_date_the_verb() -> None:
    # "Russia lifted the sanctions it imposed on Cuba in 1961 .": the lifting is today's news, the imposing 1961's
    # (before, the relative clause's year dated the lifting too).
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("lifted", 1, "ROOT", "VERB", "VBD", "lift"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("sanctions", 1, "dobj", "NOUN", "NNS", "sanction"),
        ("it", 5, "nsubj", "PRON", "PRP", "it"),
        ("imposed", 3, "relcl", "VERB", "VBD", "impose"),
        ("on", 5, "prep", "ADP", "IN", "on"),
        ("Cuba", 6, "pobj", "PROPN", "NNP", "Cuba"),
        ("in", 5, "prep", "ADP", "IN", "in"),
        ("1961", 8, "pobj", "NUM", "CD", "1961"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    dates = {e.cameo: (e.date, e.date_source) for e in _events(rows, [(9, 10)], PUBLISHED)}
    assert dates["085"] == ("2024-06-20", "published")


def test_a_day_carries_over_between_past_tense_conjuncts_only() -> None:
    # "Russia signed a treaty with Cuba on Monday and expelled the Iranian diplomat ."
    rows = [("on", 1, "prep", "ADP", "IN", "on") if i == 6 else r for i, r in enumerate(SIGNED)]
    rows[7] = ("Monday", 6, "pobj", "PROPN", "NNP", "Monday")
    assert {(e.cameo, e.date) for e in _events(rows, [(7, 8)], PUBLISHED)} == {
        ("057", "2024-06-17"),
        ("161", "2024-06-17"),
    }
    # "... and will expel the Iranian diplomat": the day of the signing says nothing of the expulsion's.
    future = [*rows[:9], ("will", 10, "aux", "AUX", "MD", "will"), ("expel", 1, "conj", "VERB", "VB", "expel")]
    future += [(w, h + 1, d, p, t, lem) for w, h, d, p, t, lem in rows[10:13]] + [rows[13]]
    dates = {e.cameo: (e.date, e.date_source) for e in _events(future, [(7, 8)], PUBLISHED)}
    assert dates["057"] == ("2024-06-17", "text")
    assert dates["161"] == ("2024-06-20", "published")


# "Israel said Wednesday that it will meet Hamas ." / "Israel said Wednesday that Russia attacked Ukraine ."
def _said_wednesday(verb: str, lemma: str, tag: str, target: str, subject: str) -> list[Row]:
    rows: list[Row] = [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Wednesday", 1, "npadvmod", "PROPN", "NNP", "Wednesday"),
        ("that", 6, "mark", "SCONJ", "IN", "that"),
        (subject, 6, "nsubj", "PRON" if subject == "it" else "PROPN", "PRP" if subject == "it" else "NNP", subject),
    ]
    if tag == "VB":
        rows.append(("will", 6, "aux", "AUX", "MD", "will"))
    else:
        rows.append(("had", 6, "aux", "AUX", "VBD", "have"))
    rows += [
        (verb, 1, "ccomp", "VERB", tag, lemma),
        (target, 6, "dobj", "PROPN", "NNP", target),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    return rows


def test_an_act_done_by_saying_it_is_dated_by_the_day_it_was_said_and_a_reported_deed_is_not() -> None:
    # Published Thursday 20 June 2024: the Wednesday of the saying is the 19th, in the past though the
    # intent looks ahead.
    [intent] = _events(_said_wednesday("meet", "meet", "VB", "Hamas", "it"), [(2, 3)], PUBLISHED)
    assert (intent.cameo_root, intent.date, intent.date_source) == ("03", "2024-06-19", "text")
    deeds = _events(_said_wednesday("attacked", "attack", "VBN", "Ukraine", "Russia"), [(2, 3)], PUBLISHED)
    attack = next(e for e in deeds if e.cameo_root == "19")
    assert (attack.date, attack.date_source) == ("2024-06-20", "published")


def _lead_then(rows: list[Row]) -> list[Row]:
    """ "Russia expelled the diplomat on Monday ." followed by ``rows`` as the next sentence."""
    lead: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("expelled", 1, "ROOT", "VERB", "VBD", "expel"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("Iranian", 4, "amod", "ADJ", "JJ", "iranian"),
        ("diplomat", 1, "dobj", "NOUN", "NN", "diplomat"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Monday", 5, "pobj", "PROPN", "NNP", "Monday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    return lead + [(w, h + len(lead), d, p, t, lem) for w, h, d, p, t, lem in rows]


def test_an_event_the_text_does_not_date_takes_the_day_the_lead_names() -> None:
    # "... on Monday . Russia signed a treaty with Cuba .": Monday's news, published Thursday.
    rows = _lead_then([*SIGNED[:6], SIGNED[13]])
    dates = {e.cameo: (e.date, e.date_source, e.date_text) for e in _events(rows, [(6, 7)], PUBLISHED)}
    assert dates == {"161": ("2024-06-17", "text", "Monday"), "057": ("2024-06-17", "text", "Monday")}


def test_what_had_happened_before_the_news_does_not_take_the_lead_day() -> None:
    # "... on Monday . Russia had signed a treaty with Cuba ."
    signed = [*SIGNED[:6], SIGNED[13]]
    rows = [signed[0], ("had", 2, "aux", "AUX", "VBD", "have"), ("signed", 2, "ROOT", "VERB", "VBN", "sign")]
    rows += [(w, h + 1, d, p, t, lem) for w, h, d, p, t, lem in signed[2:]]
    rows[0] = ("Russia", 2, "nsubj", "PROPN", "NNP", "Russia")
    dates = {e.cameo: (e.date, e.date_source) for e in _events(_lead_then(rows), [(6, 7)], PUBLISHED)}
    assert dates == {"161": ("2024-06-17", "text"), "057": ("2024-06-20", "published")}


def test_a_time_of_day_that_names_its_day_dates_the_event() -> None:
    # "Russia signed a treaty with Cuba late Tuesday night ." with the time phrase a TIME entity.
    rows = [
        *SIGNED[:6],
        ("late", 8, "advmod", "ADV", "RB", "late"),
        ("Tuesday", 8, "compound", "PROPN", "NNP", "Tuesday"),
    ]
    rows += [("night", 1, "npadvmod", "NOUN", "NN", "night"), SIGNED[13]]
    doc = hand_parsed(rows)
    doc.ents = [Span(doc, 6, 9, label="TIME")]
    [event] = events_in(doc, PUBLISHED)
    assert (event.date, event.date_source, event.date_text) == ("2024-06-18", "text", "late Tuesday night")


def _earlier(count: tuple[str, int, str, str, str, str]) -> list[Row]:
    """ "... on Monday . Russia signed a treaty with Cuba <count> weeks earlier ."."""
    rows = [*SIGNED[:6], count, ("weeks", 8, "npadvmod", "NOUN", "NNS", "week")]
    return _lead_then([*rows, ("earlier", 1, "advmod", "ADV", "RBR", "early"), SIGNED[13]])


def test_a_date_not_understood_keeps_the_publication_date_not_the_lead_day() -> None:
    [_, signed] = _events(_earlier(("several", 7, "amod", "ADJ", "JJ", "several")), [(6, 7), (14, 17)], PUBLISHED)
    assert (signed.cameo, signed.date, signed.date_source) == ("057", "2024-06-20", "published")


def test_weeks_counted_from_the_day_named_before() -> None:
    [_, signed] = _events(_earlier(("two", 7, "nummod", "NUM", "CD", "two")), [(6, 7), (14, 17)], PUBLISHED)
    assert (signed.cameo, signed.date, signed.date_source) == ("057", "2024-06-03", "text")


# "Russia expelled the Iranian diplomat", to be followed by more words whose heads count from the sentence start.
EXPELLED: list[Row] = [
    ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
    ("expelled", 1, "ROOT", "VERB", "VBD", "expel"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("Iranian", 4, "amod", "ADJ", "JJ", "iranian"),
    ("diplomat", 1, "dobj", "NOUN", "NN", "diplomat"),
]


def test_a_when_clause_of_the_event_dates_it() -> None:
    # "Russia expelled the Iranian diplomat when Cuba signed a treaty on June 2 ." (a day beyond the lead's week)
    rows = [
        *EXPELLED,
        ("when", 7, "advmod", "SCONJ", "WRB", "when"),
        ("Cuba", 7, "nsubj", "PROPN", "NNP", "Cuba"),
        ("signed", 1, "advcl", "VERB", "VBD", "sign"),
        ("a", 9, "det", "DET", "DT", "a"),
        ("treaty", 7, "dobj", "NOUN", "NN", "treaty"),
        ("on", 7, "prep", "ADP", "IN", "on"),
        ("June", 10, "pobj", "PROPN", "NNP", "June"),
        ("2", 11, "nummod", "NUM", "CD", "2"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    dates = {e.cameo: (e.date, e.date_text) for e in _events(rows, [(11, 13)], PUBLISHED)}
    assert dates["161"] == ("2024-06-02", "June 2")
    # "... expels ... when ...": a day carries over between past-tense verbs only.
    rows[1] = ("expels", 1, "ROOT", "VERB", "VBZ", "expel")
    dates = {e.cameo: (e.date, e.date_text) for e in _events(rows, [(11, 13)], PUBLISHED)}
    assert dates["161"] == ("2024-06-20", None)


def test_the_day_of_an_occasion_the_event_happens_at_dates_it() -> None:
    # "Russia expelled the Iranian diplomat at June 2 's summit ."
    rows = [
        *EXPELLED,
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("June", 9, "poss", "PROPN", "NNP", "June"),
        ("2", 6, "nummod", "NUM", "CD", "2"),
        ("'s", 6, "case", "PART", "POS", "'s"),
        ("summit", 5, "pobj", "NOUN", "NN", "summit"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    [event] = _events(rows, [(6, 8)], PUBLISHED)
    assert (event.date, event.date_source) == ("2024-06-02", "text")
    # "Russia expelled the Iranian diplomat in a statement on June 2 .": the day in the occasion's phrase.
    statement = [
        *EXPELLED,
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("statement", 5, "pobj", "NOUN", "NN", "statement"),
        ("on", 7, "prep", "ADP", "IN", "on"),
        ("June", 8, "pobj", "PROPN", "NNP", "June"),
        ("2", 9, "nummod", "NUM", "CD", "2"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    [event] = _events(statement, [(9, 11)], PUBLISHED)
    assert (event.date, event.date_source) == ("2024-06-02", "text")
    # "Russia expelled the Iranian diplomat during the 2012 campaign .": a year set on the occasion as a number.
    campaign = [
        *EXPELLED,
        ("during", 1, "prep", "ADP", "IN", "during"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("2012", 8, "nummod", "NUM", "CD", "2012"),
        ("campaign", 5, "pobj", "NOUN", "NN", "campaign"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    [event] = _events(campaign, [(7, 8)], PUBLISHED)
    assert (event.date, event.date_source) == ("2012", "text")
    # "... over June 2 's decision": a thing the event is about does not date it.
    rows[5] = ("over", 1, "prep", "ADP", "IN", "over")
    rows[9] = ("decision", 5, "pobj", "NOUN", "NN", "decision")
    [event] = _events(rows, [(6, 8)], PUBLISHED)
    assert (event.date, event.date_source) == ("2024-06-20", "published")


def test_a_where_clause_happens_at_the_time_of_the_clause_of_its_place() -> None:
    # "Putin flew on June 2 to Cuba , where he expelled the Iranian diplomat ."
    rows: list[Row] = [
        ("Putin", 1, "nsubj", "PROPN", "NNP", "Putin"),
        ("flew", 1, "ROOT", "VERB", "VBD", "fly"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("June", 2, "pobj", "PROPN", "NNP", "June"),
        ("2", 3, "nummod", "NUM", "CD", "2"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Cuba", 5, "pobj", "PROPN", "NNP", "Cuba"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("where", 10, "advmod", "SCONJ", "WRB", "where"),
        ("he", 10, "nsubj", "PRON", "PRP", "he"),
        ("expelled", 6, "relcl", "VERB", "VBD", "expel"),
        ("the", 13, "det", "DET", "DT", "the"),
        ("Iranian", 13, "amod", "ADJ", "JJ", "iranian"),
        ("diplomat", 10, "dobj", "NOUN", "NN", "diplomat"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    expelled = [e for e in _events(rows, [(3, 5)], PUBLISHED) if e.cameo == "161"]
    assert expelled and all((e.date, e.date_text) == ("2024-06-02", "June 2") for e in expelled)


def test_the_complement_of_an_aspect_verb_shares_its_date() -> None:
    # "Russia this year began expelling Iranian diplomats ."
    rows: list[Row] = [
        ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
        ("this", 2, "det", "DET", "DT", "this"),
        ("year", 3, "npadvmod", "NOUN", "NN", "year"),
        ("began", 3, "ROOT", "VERB", "VBD", "begin"),
        ("expelling", 3, "xcomp", "VERB", "VBG", "expel"),
        ("Iranian", 6, "amod", "ADJ", "JJ", "iranian"),
        ("diplomats", 4, "dobj", "NOUN", "NNS", "diplomat"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    expelled = [e for e in _events(rows, [(1, 3)], PUBLISHED) if e.cameo == "161"]
    assert expelled and all((e.date, e.date_source) == ("2024", "text") for e in expelled)


def test_the_day_a_lead_names_for_what_is_to_come_is_not_the_news_day() -> None:
    # "Putin will visit Cuba on Monday . Russia signed a treaty with Cuba ."
    lead: list[Row] = [
        ("Putin", 2, "nsubj", "PROPN", "NNP", "Putin"),
        ("will", 2, "aux", "AUX", "MD", "will"),
        ("visit", 2, "ROOT", "VERB", "VB", "visit"),
        ("Cuba", 2, "dobj", "PROPN", "NNP", "Cuba"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Monday", 4, "pobj", "PROPN", "NNP", "Monday"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    rows = lead + [(w, h + len(lead), d, p, t, lem) for w, h, d, p, t, lem in [*SIGNED[:6], SIGNED[13]]]
    signed = [e for e in _events(rows, [(5, 6)], PUBLISHED) if e.cameo == "057"]
    assert signed and all((e.date, e.date_source) == ("2024-06-20", "published") for e in signed)


def test_a_day_that_ends_the_title_of_a_show_is_no_date() -> None:
    # "Russia signed a treaty with Cuba , Putin told Fox News Sunday ." with "Fox News" an ORG.
    rows: list[Row] = [
        *SIGNED[:6],
        (",", 8, "punct", "PUNCT", ",", ","),
        ("Putin", 8, "nsubj", "PROPN", "NNP", "Putin"),
        ("told", 8, "ROOT", "VERB", "VBD", "tell"),
        ("Fox", 10, "compound", "PROPN", "NNP", "Fox"),
        ("News", 11, "compound", "PROPN", "NNP", "News"),
        ("Sunday", 8, "dobj", "PROPN", "NNP", "Sunday"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ]
    rows[1] = ("signed", 8, "ccomp", "VERB", "VBD", "sign")
    doc = hand_parsed(rows)
    doc.ents = [Span(doc, 9, 11, label="ORG"), Span(doc, 11, 12, label="DATE")]
    signed = [e for e in events_in(doc, PUBLISHED) if e.cameo == "057"]
    assert signed and all(e.date_source == "published" for e in signed)


def _body_after_lead(rows: list[Row]) -> list[Row]:
    """The lead of :func:`_lead_then`, five more sentences ("It rained ."), then ``rows``: a sentence of the body."""
    filler: list[Row] = []
    for _ in range(5):
        base = len(filler)
        filler += [
            ("It", base + 1, "nsubj", "PRON", "PRP", "it"),
            ("rained", base + 1, "ROOT", "VERB", "VBD", "rain"),
            (".", base + 1, "punct", "PUNCT", ".", "."),
        ]
    return _lead_then(filler + [(w, h + len(filler), d, p, t, lem) for w, h, d, p, t, lem in rows])


# "Russia has signed a treaty with Cuba ."
HAS_SIGNED: list[Row] = [
    ("Russia", 2, "nsubj", "PROPN", "NNP", "Russia"),
    ("has", 2, "aux", "AUX", "VBZ", "have"),
    ("signed", 2, "ROOT", "VERB", "VBN", "sign"),
    ("a", 4, "det", "DET", "DT", "a"),
    ("treaty", 2, "dobj", "NOUN", "NN", "treaty"),
    ("with", 4, "prep", "ADP", "IN", "with"),
    ("Cuba", 5, "pobj", "PROPN", "NNP", "Cuba"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_what_the_body_tells_in_the_present_perfect_does_not_take_the_lead_day() -> None:
    # "Russia expelled the diplomat on Monday . ( It rained . ) x5  Russia has signed a treaty with Cuba ."
    signed = [e for e in _events(_body_after_lead(HAS_SIGNED), [(6, 7)], PUBLISHED) if e.cameo == "057"]
    assert signed and all((e.date, e.date_source) == ("2024-06-20", "published") for e in signed)
    # "... Russia signed a treaty with Cuba .": told in the past tense, it is the news day's.
    signed = [e for e in _events(_body_after_lead([*SIGNED[:6], SIGNED[13]]), [(6, 7)], PUBLISHED) if e.cameo == "057"]
    assert signed and all((e.date, e.date_source) == ("2024-06-17", "text") for e in signed)


def test_the_lead_told_in_the_present_perfect_is_the_news_day() -> None:
    # "... on Monday . Russia has signed a treaty with Cuba .": the news itself, not background.
    signed = [e for e in _events(_lead_then(HAS_SIGNED), [(6, 7)], PUBLISHED) if e.cameo == "057"]
    assert signed and all((e.date, e.date_source) == ("2024-06-17", "text") for e in signed)


def test_a_year_set_on_a_clause_dates_what_its_subordinate_clauses_tell() -> None:
    # "In 2008 Russia helped Cuba by signing a treaty ." with "signing" the object of "by".
    rows: list[Row] = [
        ("In", 3, "prep", "ADP", "IN", "in"),
        ("2008", 0, "pobj", "NUM", "CD", "2008"),
        ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
        ("helped", 3, "ROOT", "VERB", "VBD", "help"),
        ("Cuba", 3, "dobj", "PROPN", "NNP", "Cuba"),
        ("by", 3, "prep", "ADP", "IN", "by"),
        ("signing", 5, "pcomp", "VERB", "VBG", "sign"),
        ("a", 8, "det", "DET", "DT", "a"),
        ("treaty", 6, "dobj", "NOUN", "NN", "treaty"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    signed = [e for e in _events(_lead_then(rows), [(9, 10)], PUBLISHED) if e.cameo == "057"]
    assert signed and all((e.date, e.date_source, e.date_text) == ("2008", "text", "2008") for e in signed)
    # "... before signing a treaty": what comes before or after the year's act is not of that time.
    rows[5] = ("before", 3, "prep", "ADP", "IN", "before")
    signed = [e for e in _events(_lead_then(rows), [(9, 10)], PUBLISHED) if e.cameo == "057"]
    assert signed and all(e.date != "2008" for e in signed)


def test_a_when_clause_of_a_year_takes_that_year() -> None:
    # "Cuba marks the anniversary of 1961 , when Russia signed a treaty with Cuba .": the year is inside another
    # noun phrase, which it alone would date.
    rows: list[Row] = [
        ("Cuba", 1, "nsubj", "PROPN", "NNP", "Cuba"),
        ("marks", 1, "ROOT", "VERB", "VBZ", "mark"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("anniversary", 1, "dobj", "NOUN", "NN", "anniversary"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("1961", 4, "pobj", "NUM", "CD", "1961"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("when", 9, "advmod", "SCONJ", "WRB", "when"),
        ("Russia", 9, "nsubj", "PROPN", "NNP", "Russia"),
        ("signed", 5, "relcl", "VERB", "VBD", "sign"),
        ("a", 11, "det", "DET", "DT", "a"),
        ("treaty", 9, "dobj", "NOUN", "NN", "treaty"),
        ("with", 11, "prep", "ADP", "IN", "with"),
        ("Cuba", 12, "pobj", "PROPN", "NNP", "Cuba"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    signed = [e for e in _events(rows, [(5, 6)], PUBLISHED) if e.cameo == "057"]
    assert signed and all((e.date, e.date_source) == ("1961", "text") for e in signed)


# "In 2010 , Russia expelled two diplomats arrested in Georgia ."
EXPELLED_ARRESTED: list[Row] = [
    ("In", 4, "prep", "ADP", "IN", "in"),
    ("2010", 0, "pobj", "NUM", "CD", "2010"),
    (",", 4, "punct", "PUNCT", ",", ","),
    ("Russia", 4, "nsubj", "PROPN", "NNP", "Russia"),
    ("expelled", 4, "ROOT", "VERB", "VBD", "expel"),
    ("two", 6, "nummod", "NUM", "CD", "two"),
    ("diplomats", 4, "dobj", "NOUN", "NNS", "diplomat"),
    ("arrested", 6, "acl", "VERB", "VBN", "arrest"),
    ("in", 7, "prep", "ADP", "IN", "in"),
    ("Georgia", 8, "pobj", "PROPN", "NNP", "Georgia"),
    (".", 4, "punct", "PUNCT", ".", "."),
]


def test_a_participle_on_a_verbs_object_happened_by_the_verbs_year() -> None:
    # The arrest, told by a participle on what was expelled in 2010, is not news of the day the article came out.
    events = _events(EXPELLED_ARRESTED, [(1, 2)], PUBLISHED)
    assert {(e.cameo, e.date, e.date_source) for e in events} >= {("173", "2010", "text")}
    assert all(e.date == "2010" for e in events)


# "Russia sentenced the pilot to seven years on Monday ."
SENTENCED: list[Row] = [
    ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
    ("sentenced", 1, "ROOT", "VERB", "VBD", "sentence"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("pilot", 1, "dobj", "NOUN", "NN", "pilot"),
    ("to", 1, "prep", "ADP", "IN", "to"),
    ("seven", 6, "nummod", "NUM", "CD", "seven"),
    ("years", 4, "pobj", "NOUN", "NNS", "year"),
    ("on", 1, "prep", "ADP", "IN", "on"),
    ("Monday", 7, "pobj", "PROPN", "NNP", "Monday"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_length_of_time_given_is_no_date() -> None:
    # The sentence's seven years say how long, not when: the day dates the act, else the publication date does.
    assert {(e.date, e.date_text) for e in _events(SENTENCED, [(5, 7), (8, 9)], PUBLISHED)} == {
        ("2024-06-17", "Monday")
    }
    assert {(e.date, e.date_source) for e in _events(SENTENCED, [(5, 7)], PUBLISHED)} == {("2024-06-20", "published")}


def test_a_length_of_time_an_act_lasted_still_tells_a_time_gone_by() -> None:
    # "Russia detained the pilot for seven years .": how long it went on, in a time gone by; no date is made up.
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("detained", 1, "ROOT", "VERB", "VBD", "detain"),
        *SENTENCED[2:4],
        ("for", 1, "prep", "ADP", "IN", "for"),
        *SENTENCED[5:7],
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert {(e.cameo, e.date, e.date_source) for e in _events(rows, [(5, 7)], PUBLISHED)} == {("173", None, None)}


# "Germany criticized Russia on Monday . Russia rejected the charge a day later ."
COUNTED: list[Row] = [
    ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
    ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
    ("Russia", 1, "dobj", "PROPN", "NNP", "Russia"),
    ("on", 1, "prep", "ADP", "IN", "on"),
    ("Monday", 3, "pobj", "PROPN", "NNP", "Monday"),
    (".", 1, "punct", "PUNCT", ".", "."),
    ("Russia", 7, "nsubj", "PROPN", "NNP", "Russia"),
    ("rejected", 7, "ROOT", "VERB", "VBD", "reject"),
    ("the", 9, "det", "DET", "DT", "the"),
    ("charge", 7, "dobj", "NOUN", "NN", "charge"),
    ("a", 11, "det", "DET", "DT", "a"),
    ("day", 12, "npadvmod", "NOUN", "NN", "day"),
    ("later", 7, "advmod", "ADV", "RB", "later"),
    (".", 7, "punct", "PUNCT", ".", "."),
]


def test_a_day_counted_from_the_date_named_before_dates_the_event() -> None:
    events = _events(COUNTED, [(4, 5), (10, 13)], PUBLISHED)
    assert [(e.trigger.text, e.date, e.date_source, e.date_text) for e in events] == [
        ("criticized", "2024-06-17", "text", "Monday"),
        ("rejected the charge", "2024-06-18", "text", "a day later"),
    ]
    # With no date before it to count from, the publication date stays.
    alone = _events(COUNTED, [(10, 13)], PUBLISHED)
    assert [(e.date, e.date_source) for e in alone if e.cameo != "111"] == [("2024-06-20", "published")]


# "In 2012 , Russia annexed Crimea . Ukraine condemned Russia ."
SCENE: list[Row] = [
    ("In", 4, "prep", "ADP", "IN", "in"),
    ("2012", 0, "pobj", "NUM", "CD", "2012"),
    (",", 4, "punct", "PUNCT", ",", ","),
    ("Russia", 4, "nsubj", "PROPN", "NNP", "Russia"),
    ("annexed", 4, "ROOT", "VERB", "VBD", "annex"),
    ("Crimea", 4, "dobj", "PROPN", "NNP", "Crimea"),
    (".", 4, "punct", "PUNCT", ".", "."),
    ("Ukraine", 8, "nsubj", "PROPN", "NNP", "Ukraine"),
    ("condemned", 8, "ROOT", "VERB", "VBD", "condemn"),
    ("Russia", 8, "dobj", "PROPN", "NNP", "Russia"),
    (".", 8, "punct", "PUNCT", ".", "."),
]


def _condemned(rows: list[Row]) -> tuple[str | None, str | None]:
    return next((e.date, e.date_source) for e in _events(rows, [(1, 2)], PUBLISHED) if e.cameo.startswith("11"))


def test_a_past_clause_takes_the_year_the_sentence_before_set() -> None:
    assert _condemned(SCENE) == ("2012", "text")


def test_a_clause_moved_on_or_in_the_present_keeps_the_publication_date() -> None:
    # "... Ukraine later condemned Russia ."
    later = [*SCENE[:8], ("later", 9, "advmod", "ADV", "RB", "later")]
    later += [(w, h + 1 if h >= 8 else h, d, p, t, lem) for w, h, d, p, t, lem in SCENE[8:]]
    assert _condemned(later) == ("2024-06-20", "published")
    # "... Ukraine condemns Russia ."
    present = [*SCENE[:8], ("condemns", 8, "ROOT", "VERB", "VBZ", "condemn"), *SCENE[9:]]
    assert _condemned(present) == ("2024-06-20", "published")


def test_a_year_that_tells_a_thing_sets_no_scene() -> None:
    # "Russia signed the 2001 border treaty . Ukraine condemned Russia ."
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("signed", 1, "ROOT", "VERB", "VBD", "sign"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("2001", 5, "nummod", "NUM", "CD", "2001"),
        ("border", 5, "compound", "NOUN", "NN", "border"),
        ("treaty", 1, "dobj", "NOUN", "NN", "treaty"),
        (".", 1, "punct", "PUNCT", ".", "."),
        *SCENE[7:],
    ]
    dated = {e.cameo[:2]: (e.date, e.date_source) for e in _events(rows, [(3, 4)], PUBLISHED)}
    assert dated["11"] == ("2024-06-20", "published")


def _all_dated(events: list[Event], expected: tuple[str, str]) -> bool:
    """There are ``events`` and each has the ``expected`` date and date source."""
    return bool(events) and all((e.date, e.date_source) == expected for e in events)


def test_a_scene_year_passes_over_a_frequency_the_model_labels_a_date() -> None:
    # "In 2012 , Russia annexed Crimea . Ukraine condemned Russia at an annual summit .": "annual" names no time of
    # the sentence's own, so the year the sentence before set still dates the condemnation.
    rows = [
        *SCENE[:10],
        ("at", 8, "prep", "ADP", "IN", "at"),
        ("an", 13, "det", "DET", "DT", "an"),
        ("annual", 13, "amod", "ADJ", "JJ", "annual"),
        ("summit", 10, "pobj", "NOUN", "NN", "summit"),
        SCENE[10],
    ]
    condemned = [e for e in _events(rows, [(1, 2), (12, 13)], PUBLISHED) if e.cameo.startswith("11")]
    assert _all_dated(condemned, ("2012", "text"))


def test_an_act_set_before_the_news_by_an_adverb_does_not_take_the_lead_day() -> None:
    # "... on Monday . Russia previously signed a treaty with Cuba .": done before the news, whenever it was.
    signed = [*SIGNED[:6], SIGNED[13]]
    rows = [signed[0], ("previously", 2, "advmod", "ADV", "RB", "previously")]
    rows += [(w, h + 1 if h >= 1 else h, d, p, t, lem) for w, h, d, p, t, lem in signed[1:]]
    dates = {e.cameo: (e.date, e.date_source) for e in _events(_lead_then(rows), [(6, 7)], PUBLISHED)}
    assert dates == {"161": ("2024-06-17", "text"), "057": ("2024-06-20", "published")}


# "Israel criticized Russia on Wednesday and said that it will meet Hamas ."
CRITICIZED_AND_SAID: list[Row] = [
    ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
    ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
    ("Russia", 1, "dobj", "PROPN", "NNP", "Russia"),
    ("on", 1, "prep", "ADP", "IN", "on"),
    ("Wednesday", 3, "pobj", "PROPN", "NNP", "Wednesday"),
    ("and", 1, "cc", "CCONJ", "CC", "and"),
    ("said", 1, "conj", "VERB", "VBD", "say"),
    ("that", 10, "mark", "SCONJ", "IN", "that"),
    ("it", 10, "nsubj", "PRON", "PRP", "it"),
    ("will", 10, "aux", "AUX", "MD", "will"),
    ("meet", 6, "ccomp", "VERB", "VB", "meet"),
    ("Hamas", 10, "dobj", "PROPN", "NNP", "Hamas"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_saying_coordinated_with_a_dated_act_is_dated_by_its_day() -> None:
    # In the body of a story whose lead names Monday, the intent is expressed by the saying, which shares the
    # Wednesday of the criticism it is coordinated with.
    rows = _body_after_lead(CRITICIZED_AND_SAID)
    intents = [e for e in _events(rows, [(6, 7), (27, 28)], PUBLISHED) if e.cameo_root == "03"]
    assert _all_dated(intents, ("2024-06-19", "text"))


def test_any_verb_of_speech_dates_the_act_done_by_saying() -> None:
    # "Canada called Venezuela 's remarks offensive on Wednesday .", in the body of a story whose lead names Monday:
    # the judgement is made by calling, a verb of speech the quote lexicon knows though the event word lists do not
    # report by it; its day dates the judgement.
    on_wednesday: list[Row] = [
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Wednesday", 6, "pobj", "PROPN", "NNP", "Wednesday"),
    ]
    rows = [*CALLED_OFFENSIVE[:6], *on_wednesday, CALLED_OFFENSIVE[6]]
    events = _events(_body_after_lead(rows), [(6, 7), (30, 31)], PUBLISHED)
    assert _all_dated([e for e in events if e.sentence == 6], ("2024-06-19", "text"))


def test_an_act_under_a_clause_set_in_a_past_year_does_not_take_the_lead_day() -> None:
    # "Russia expelled the diplomat on Monday . In 2012 , Russia annexed Crimea after it attacked Ukraine .": the
    # attack, set before the annexation, is history, not Monday's news, though "after" keeps 2012 from dating it.
    rows: list[Row] = [
        *SCENE[:6],
        ("after", 8, "mark", "SCONJ", "IN", "after"),
        ("it", 8, "nsubj", "PRON", "PRP", "it"),
        ("attacked", 4, "advcl", "VERB", "VBD", "attack"),
        ("Ukraine", 8, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    dates = {e.trigger.text: (e.date, e.date_source) for e in _events(_lead_then(rows), [(6, 7), (9, 10)], PUBLISHED)}
    assert dates["attacked"] == ("2024-06-20", "published")
    # "... In June , Russia annexed Crimea after it attacked Ukraine .": a time of this year is no history.
    rows[1] = ("June", 0, "pobj", "PROPN", "NNP", "June")
    dates = {e.trigger.text: (e.date, e.date_source) for e in _events(_lead_then(rows), [(6, 7), (9, 10)], PUBLISHED)}
    assert dates["attacked"] == ("2024-06-17", "text")


def test_a_day_in_a_speakers_quoted_words_in_the_lead_is_not_the_news_day() -> None:
    # "“Russia expelled the Iranian diplomat on Monday .” Russia signs a treaty with Cuba .": the lead's Monday is
    # the speaker's, counted from the day the words were spoken; the body's treaty keeps the publication date.
    signs = [SIGNED[0], ("signs", 1, "ROOT", "VERB", "VBZ", "sign"), *SIGNED[2:6], SIGNED[13]]
    doc = hand_parsed(_lead_then(signs))
    doc.ents = [Span(doc, 6, 7, label="DATE")]
    lead_end = doc[7].idx + 1
    quote = Quote("Q1", "direct", doc.text[:lead_end], 0, lead_end, "said", None, 0)
    signed = [e for e in extract_events(doc, EntityIndex(()), (quote,), PUBLISHED) if e.cameo == "057"]
    assert signed and all((e.date, e.date_source) == ("2024-06-20", "published") for e in signed)


def _plan(tense: str, tag: str) -> list[Row]:
    """ "Putin ``tense`` to visit Cuba on Monday .", "was" (``VBD``) or "is" (``VBZ``)."""
    return [
        ("Putin", 1, "nsubj", "PROPN", "NNP", "Putin"),
        (tense, 1, "ROOT", "AUX", tag, "be"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("visit", 1, "xcomp", "VERB", "VB", "visit"),
        ("Cuba", 3, "dobj", "PROPN", "NNP", "Cuba"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Monday", 5, "pobj", "PROPN", "NNP", "Monday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_plan_told_in_the_past_was_for_the_last_such_day_and_one_told_now_for_the_coming_one() -> None:
    # Published Thursday: "Putin was to visit Cuba on Monday" is three days back; "Putin is to visit" four on.
    was = {(e.date, e.modality) for e in _events(_plan("was", "VBD"), [(6, 7)], PUBLISHED) if e.cameo[:2] == "04"}
    now = {(e.date, e.modality) for e in _events(_plan("is", "VBZ"), [(6, 7)], PUBLISHED) if e.cameo[:2] == "04"}
    assert was == {("2024-06-17", "intended")}
    assert now == {("2024-06-24", "intended")}


# "Ukraine condemned Russia ."
CONDEMNED: list[Row] = [
    ("Ukraine", 1, "nsubj", "PROPN", "NNP", "Ukraine"),
    ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
    ("Russia", 1, "dobj", "PROPN", "NNP", "Russia"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def _scene_then_condemned(scene: list[Row]) -> tuple[list[Row], int]:
    """The lead of :func:`_lead_then`, four sentences "It rained .", ``scene``, "It rained ." and :data:`CONDEMNED`, a
    sentence of the body two sentences after the scene; with the index of the scene's first token."""
    rained: list[Row] = [
        ("It", 1, "nsubj", "PRON", "PRP", "it"),
        ("rained", 1, "ROOT", "VERB", "VBD", "rain"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    body: list[Row] = []
    for block in [rained] * 4 + [scene, rained, CONDEMNED]:
        body += [(w, h + len(body), d, p, t, lem) for w, h, d, p, t, lem in block]
    return _lead_then(body), 8 + 12


def _condemned_date(scene: list[Row], dated: int) -> tuple[str | None, str | None]:
    rows, start = _scene_then_condemned(scene)
    [condemned] = [
        e for e in _events(rows, [(6, 7), (start + dated, start + dated + 1)], PUBLISHED) if e.cameo == "111"
    ]
    return condemned.date, condemned.date_source


def test_a_past_clause_of_a_paragraph_told_in_a_past_year_does_not_take_the_lead_day() -> None:
    # "Russia expelled the diplomat on Monday . ... In 2012 , Russia annexed Crimea . It rained . Ukraine condemned
    # Russia .": the paragraph tells history; the condemnation is no news of Monday, though 2012 is too far to date it.
    assert _condemned_date(SCENE[:7], 1) == ("2024-06-20", "published")
    # "... In June , Russia annexed Crimea ...": a time of this year is no history.
    june = [SCENE[0], ("June", 0, "pobj", "PROPN", "NNP", "June"), *SCENE[2:7]]
    assert _condemned_date(june, 1) == ("2024-06-17", "text")
    # "... Kiev said that in 2012 Russia annexed Crimea ...": a year in what someone says sets no scene.
    said: list[Row] = [
        ("Kiev", 1, "nsubj", "PROPN", "NNP", "Kiev"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("in", 5, "prep", "ADP", "IN", "in"),
        ("2012", 2, "pobj", "NUM", "CD", "2012"),
        ("Russia", 5, "nsubj", "PROPN", "NNP", "Russia"),
        ("annexed", 1, "ccomp", "VERB", "VBD", "annex"),
        ("Crimea", 5, "dobj", "PROPN", "NNP", "Crimea"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _condemned_date(said, 3) == ("2024-06-17", "text")


def test_a_gerund_of_means_shares_the_day_of_its_verb() -> None:
    # In the body of a story whose lead names Monday, "Russia responded on Tuesday by expelling the Iranian diplomat
    # .": expelled on Tuesday, not on the lead's Monday.
    rows: list[Row] = [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("responded", 1, "ROOT", "VERB", "VBD", "respond"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Tuesday", 2, "pobj", "PROPN", "NNP", "Tuesday"),
        ("by", 1, "prep", "ADP", "IN", "by"),
        ("expelling", 4, "pcomp", "VERB", "VBG", "expel"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("Iranian", 8, "amod", "ADJ", "JJ", "iranian"),
        ("diplomat", 5, "dobj", "NOUN", "NN", "diplomat"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    events = _events(_body_after_lead(rows), [(6, 7), (26, 27)], PUBLISHED)
    expelled = [e for e in events if e.trigger.text.startswith("expelling")]
    assert _all_dated(expelled, ("2024-06-18", "text"))


def test_a_when_clause_on_a_noun_dated_just_before_it_takes_that_date() -> None:
    # "Ukraine condemned the attack in November , when Russia shelled Kiev .": the parser hangs the "when" clause
    # on "attack", not on "November"; the shelling is last November's.
    rows: list[Row] = [
        ("Ukraine", 1, "nsubj", "PROPN", "NNP", "Ukraine"),
        ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("attack", 1, "dobj", "NOUN", "NN", "attack"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("November", 4, "pobj", "PROPN", "NNP", "November"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("when", 9, "advmod", "SCONJ", "WRB", "when"),
        ("Russia", 9, "nsubj", "PROPN", "NNP", "Russia"),
        ("shelled", 3, "relcl", "VERB", "VBD", "shell"),
        ("Kiev", 9, "dobj", "PROPN", "NNP", "Kiev"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    shelled = [e for e in _events(rows, [(5, 6)], PUBLISHED) if e.trigger.text.startswith("shelled")]
    assert _all_dated(shelled, ("2023-11", "text"))
