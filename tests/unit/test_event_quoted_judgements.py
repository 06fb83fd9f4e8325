"""Judgements in what a speaker says: a quote's content judged with the quote's speaker as source, insults and
condemned acts said of a named actor, and praise of one, on hand-built parses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from telex.entity_index import EntityIndex
from telex.events.arguments import Context
from telex.events.extract import extract_events
from telex.events.participants import speaker_actors
from telex.records import Entity, Quote, Speaker
from tests.unit.fixtures import Row, events_in, hand_parsed


def _spoke(cue: tuple[str, str], place: tuple[str, str]) -> list[Row]:
    """ "Nowak <cue> <place> ." after a quoted sentence: the speaker is named in another sentence than the content."""
    return [
        ("Nowak", 1, "nsubj", "PROPN", "NNP", "Nowak"),
        (cue[0], 1, "ROOT", "VERB", "VBD", cue[1]),
        (place[0], 1, "prep", "ADP", "IN", place[0]),
        (place[1], 2, "pobj", "PROPN", "NNP", place[1]),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


NOWAK = Entity("E1", "Jan Nowak", "PERSON", (), "POLGOV", "POL", "GOV")


def _quoted(
    content: list[Row], cue: tuple[str, str] = ("spoke", "speak"), place: tuple[str, str] = ("in", "Warsaw")
) -> tuple[Doc, list[Quote], EntityIndex]:
    """ "“<content>” Nowak <cue> <place> .": content rows head within themselves, then the speaker's sentence."""
    rows = [("“", 1, "punct", "PUNCT", "``", "“"), *[(w, h + 1, d, p, t, lem) for w, h, d, p, t, lem in content]]
    rows.append(("”", 1, "punct", "PUNCT", "''", "”"))
    base = len(rows)
    rows += [(w, h + base, d, p, t, lem) for w, h, d, p, t, lem in _spoke(cue, place)]
    doc = hand_parsed(rows)
    start, end, name = doc[1].idx, doc[base - 2].idx + len(doc[base - 2]), doc[base]
    text = doc.text[start:end]
    speaker = Speaker("Nowak", name.idx, name.idx + 5, "Jan Nowak", "E1", None, "POL")
    entity = replace(NOWAK, mentions=((name.idx, name.idx + 5),))
    return doc, [Quote("Q1", "direct", text, start, end, cue[0], speaker, 0)], EntityIndex([entity])


Coded = list[tuple[str, str, str, str]]


def _events(content: list[Row], cue: tuple[str, str] = ("spoke", "speak"), with_quotes: bool = True) -> Coded:
    """(code, trigger, source code, target country) of the judgements coded with the quote (or without it)."""
    doc, quotes, entities = _quoted(content, cue)
    events = extract_events(doc, entities, quotes if with_quotes else (), None)
    return [
        (e.cameo, e.trigger.text, e.source[0].code or "", e.target[0].country or "")
        for e in events
        if e.cameo in ("051", "111")
    ]


# "Hungary sold out its allies ."
SOLD_OUT: list[Row] = [
    ("Hungary", 1, "nsubj", "PROPN", "NNP", "Hungary"),
    ("sold", 1, "ROOT", "VERB", "VBD", "sell"),
    ("out", 1, "prt", "ADP", "RP", "out"),
    ("its", 4, "poss", "PRON", "PRP$", "its"),
    ("allies", 1, "dobj", "NOUN", "NNS", "ally"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_quote_whose_cue_is_in_another_sentence_judges_with_its_speaker_as_source() -> None:
    assert _events(SOLD_OUT) == [("111", "sold", "POLGOV", "HUN")]
    assert _events(SOLD_OUT, with_quotes=False) == []


def test_content_a_speaker_denies_judges_no_one() -> None:
    # "“Hungary sold out its allies .” Nowak denied in Warsaw ."
    assert _events(SOLD_OUT, cue=("denied", "deny")) == []


def test_the_actor_a_quote_is_said_of_is_whom_its_pronouns_judge() -> None:
    # "“He sold out its allies .” Nowak spoke of Hungary ."
    doc, quotes, entities = _quoted([("He", 1, "nsubj", "PRON", "PRP", "he"), *SOLD_OUT[1:]], place=("of", "Hungary"))
    events = extract_events(doc, entities, quotes, None)
    assert [(e.cameo, e.target[0].country) for e in events] == [("111", "HUN")]


def test_the_actor_a_quote_is_said_of_is_whom_its_possessive_pronouns_judge() -> None:
    # "“His policy is reckless .” Nowak spoke of Hungary .": as "“His behavior was deplorable,” X said of Y".
    owned: list[Row] = [
        ("His", 1, "poss", "PRON", "PRP$", "his"),
        ("policy", 2, "nsubj", "NOUN", "NN", "policy"),
        ("is", 2, "ROOT", "AUX", "VBZ", "be"),
        ("reckless", 2, "acomp", "ADJ", "JJ", "reckless"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    doc, quotes, entities = _quoted(owned, place=("of", "Hungary"))
    events = extract_events(doc, entities, quotes, None)
    assert [(e.cameo, e.target[0].country) for e in events] == [("111", "HUN")]


def test_a_condemned_act_needs_its_particle_and_no_negation() -> None:
    # "Hungary sold its allies ." is a sale; "Hungary did not sell out its allies ." condemns no one.
    sold: list[Row] = [
        SOLD_OUT[0],
        SOLD_OUT[1],
        ("its", 3, "poss", "PRON", "PRP$", "its"),
        ("allies", 1, "dobj", "NOUN", "NNS", "ally"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _events(sold) == []
    negated: list[Row] = [
        SOLD_OUT[0],
        ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("sell", 3, "ROOT", "VERB", "VB", "sell"),
        ("out", 3, "prt", "ADP", "RP", "out"),
        ("its", 6, "poss", "PRON", "PRP$", "its"),
        ("allies", 3, "dobj", "NOUN", "NNS", "ally"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert _events(negated) == []


def _is(subject: str, predicate: list[Row]) -> list[Row]:
    """ "<subject> is <predicate> .": predicate rows head within themselves; -1 is the copula."""
    rows: list[Row] = [(subject, 1, "nsubj", "PROPN", "NNP", subject), ("is", 1, "ROOT", "AUX", "VBZ", "be")]
    rows += [(w, 1 if h < 0 else h + 2, d, p, t, lem) for w, h, d, p, t, lem in predicate]
    return [*rows, (".", 1, "punct", "PUNCT", ".", ".")]


# "a coward", "a great friend", "not a great friend"
COWARD: list[Row] = [("a", 1, "det", "DET", "DT", "a"), ("coward", -1, "attr", "NOUN", "NN", "coward")]
FRIEND: list[Row] = [
    ("a", 2, "det", "DET", "DT", "a"),
    ("great", 2, "amod", "ADJ", "JJ", "great"),
    ("friend", -1, "attr", "NOUN", "NN", "friend"),
]


def test_an_insult_or_praise_said_of_a_named_actor_judges_it() -> None:
    assert _events(_is("Hungary", COWARD)) == [("111", "coward", "POLGOV", "HUN")]
    assert _events(_is("Hungary", FRIEND)) == [("051", "great", "POLGOV", "HUN")]


def test_praise_denied_or_of_the_speakers_own_country_is_none() -> None:
    assert _events(_is("Hungary", [("not", -1, "neg", "PART", "RB", "not"), *FRIEND])) == []
    assert _events(_is("Poland", FRIEND)) == []


def test_insults_and_praise_are_judgements_only_as_what_one_is() -> None:
    # "Hungary fought terrorist groups .", "Hungary built a great bridge .": adjectives of what the subject deals with.
    for adjective in ("terrorist", "great"):
        rows: list[Row] = [
            ("Hungary", 1, "nsubj", "PROPN", "NNP", "Hungary"),
            ("fought", 1, "ROOT", "VERB", "VBD", "fight"),
            (adjective, 3, "amod", "ADJ", "JJ", adjective),
            ("groups", 1, "dobj", "NOUN", "NNS", "group"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
        assert _events(rows) == []


def test_a_condemning_adjective_under_a_negated_verb_judges_no_one() -> None:
    # "Hungary did not make reckless moves , and Hungary is calm ."
    rows: list[Row] = [
        ("Hungary", 3, "nsubj", "PROPN", "NNP", "Hungary"),
        ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("make", 8, "advcl", "VERB", "VB", "make"),
        ("reckless", 5, "amod", "ADJ", "JJ", "reckless"),
        ("moves", 3, "dobj", "NOUN", "NNS", "move"),
        (",", 8, "punct", "PUNCT", ",", ","),
        ("Hungary", 8, "nsubj", "PROPN", "NNP", "Hungary"),
        ("is", 8, "ROOT", "AUX", "VBZ", "be"),
        ("calm", 8, "acomp", "ADJ", "JJ", "calm"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ]
    assert _events(rows) == []


def test_naming_an_actor_a_hero_praises_it() -> None:
    # "Poland called Hungary a hero ."
    rows: list[Row] = [
        ("Poland", 1, "nsubj", "PROPN", "NNP", "Poland"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("Hungary", 1, "dobj", "PROPN", "NNP", "Hungary"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("hero", 1, "oprd", "NOUN", "NN", "hero"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [(e.cameo, e.target[0].country) for e in events_in(hand_parsed(rows))] == [("051", "HUN")]


def test_the_doer_of_a_condemned_act_in_the_passive_is_judged() -> None:
    # "Poland said the allies were betrayed by Hungary ."
    rows: list[Row] = [
        ("Poland", 1, "nsubj", "PROPN", "NNP", "Poland"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("allies", 5, "nsubjpass", "NOUN", "NNS", "ally"),
        ("were", 5, "auxpass", "AUX", "VBD", "be"),
        ("betrayed", 1, "ccomp", "VERB", "VBN", "betray"),
        ("by", 5, "agent", "ADP", "IN", "by"),
        ("Hungary", 6, "pobj", "PROPN", "NNP", "Hungary"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [(e.cameo, e.target[0].country) for e in events_in(hand_parsed(rows))] == [("111", "HUN")]


def test_a_speaker_is_its_coded_entity_else_the_actor_its_words_name() -> None:
    doc, [quote], entities = _quoted(SOLD_OUT)
    ctx = Context(entities, None)
    assert quote.speaker is not None
    assert [r.code for r in speaker_actors(quote.speaker, doc, ctx)] == ["POLGOV"]
    warsaw = next(t for t in doc if t.text == "Warsaw")
    unresolved = Speaker("Warsaw", warsaw.idx, warsaw.idx + 6)
    assert [r.country for r in speaker_actors(unresolved, doc, ctx)] == ["POL"]


def _modal(modal: str, subject: tuple[str, str] = ("Hungary", "nsubj")) -> list[Row]:
    """ "<subject> <modal> leave ."""
    return [
        (subject[0], 2, subject[1], "PROPN" if subject[1] == "nsubj" else "PRON", "NNP", subject[0].lower()),
        (modal, 2, "aux", "AUX", "MD", modal),
        ("leave", 2, "ROOT", "VERB", "VB", "leave"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_what_a_quote_says_a_named_actor_must_or_should_do_is_a_demand_or_an_appeal() -> None:
    coded = [
        [(e.cameo, e.trigger.text, e.target[0].country) for e in extract_events(doc, entities, quotes, None)]
        for doc, quotes, entities in (_quoted(_modal("must")), _quoted(_modal("should")))
    ]
    assert coded == [[("100", "must leave", "HUN")], [("020", "should leave", "HUN")]]


def test_an_obligation_with_no_named_subject_of_its_own_asks_nothing_of_anyone() -> None:
    # "“Hungary stays and there should be calm .”": the clause before names who stays, not who is asked.
    rows: list[Row] = [
        ("Hungary", 1, "nsubj", "PROPN", "NNP", "Hungary"),
        ("stays", 1, "ROOT", "VERB", "VBZ", "stay"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("there", 5, "expl", "PRON", "EX", "there"),
        ("should", 5, "aux", "AUX", "MD", "should"),
        ("be", 1, "conj", "AUX", "VB", "be"),
        ("calm", 5, "acomp", "ADJ", "JJ", "calm"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc, quotes, entities = _quoted(rows)
    assert extract_events(doc, entities, quotes, None) == []


# "Russia attacked Ukraine ."
ATTACKED: list[Row] = [
    ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
    ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
    ("Ukraine", 1, "dobj", "PROPN", "NNP", "Ukraine"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_what_a_speakers_own_quoted_words_tell_is_comment_not_a_reported_event() -> None:
    doc, quotes, entities = _quoted(ATTACKED)

    def coded(found: Sequence[Quote]) -> list[tuple[str, str]]:
        return [(e.cameo, e.trigger.text) for e in extract_events(doc, entities, found, None)]

    assert coded(quotes) == []
    # The same words reported indirectly, or with no quote found, are the event.
    assert coded([replace(q, kind="indirect") for q in quotes]) == [("190", "attacked")]
    assert coded(()) == [("190", "attacked")]


def _view(subject: str, lemma: str) -> list[Row]:
    """ "<subject> <verb> that Hungary is a coward .": a stance whose clause judges Hungary."""
    return [
        (subject, 1, "nsubj", "PRON", "PRP", subject.lower()),
        (lemma, 1, "ROOT", "VERB", "VBP", lemma),
        ("that", 4, "mark", "SCONJ", "IN", "that"),
        ("Hungary", 4, "nsubj", "PROPN", "NNP", "Hungary"),
        ("is", 1, "ccomp", "AUX", "VBZ", "be"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("coward", 4, "attr", "NOUN", "NN", "coward"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_what_the_speaker_says_they_know_or_think_is_their_judgement() -> None:
    # "“We know that Hungary is a coward .” Nowak spoke in Warsaw .", and with "I think".
    assert _events(_view("We", "know")) == [("111", "coward", "POLGOV", "HUN")]
    assert _events(_view("I", "think")) == [("111", "coward", "POLGOV", "HUN")]


def test_another_ones_view_or_a_denial_in_a_quote_is_not_the_speakers_judgement() -> None:
    # "“They know that Hungary is a coward .”": their view; "“We deny that Hungary is a coward .”": no judgement.
    assert _events(_view("They", "know")) == []
    assert _events(_view("We", "deny")) == []


def test_another_person_coded_like_the_speaker_is_judged_the_speaker_is_not() -> None:
    # "“Kowalski is a coward .” Nowak spoke in Warsaw .": both POLGOV, two persons; "“Nowak is a coward .”" is
    # the speaker's own name.
    for name, expected in (("Kowalski", [("111", "coward", "POLGOV", "POL")]), ("Nowak", [])):
        doc, quotes, _ = _quoted(_is(name, COWARD))
        named, speaker = (doc[1].idx, doc[1].idx + len(name)), quotes[0].speaker
        assert speaker is not None
        nowak = replace(NOWAK, mentions=((speaker.start, speaker.end),))
        if name == "Kowalski":
            entities = EntityIndex([nowak, Entity("E2", "Adam Kowalski", "PERSON", (named,), "POLGOV", "POL", "GOV")])
        else:
            entities = EntityIndex([replace(nowak, mentions=(*nowak.mentions, named))])
        events = extract_events(doc, entities, quotes, None)
        coded = [(e.cameo, e.trigger.text, e.source[0].code or "", e.target[0].country or "") for e in events]
        assert coded == expected


def _we(verb: str, lemma: str, tag: str = "VBP") -> list[Row]:
    # "We <verb> Russia ."
    return [
        ("We", 1, "nsubj", "PRON", "PRP", "we"),
        (verb, 1, "ROOT", "VERB", tag, lemma),
        ("Russia", 1, "dobj", "PROPN", "NNP", "Russia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_quoted_speech_act_in_the_first_person_present_is_the_speakers() -> None:
    # "“We condemn Russia.” Nowak spoke in Warsaw.": said, the condemnation is done, by the speaker.
    assert _events(_we("condemn", "condemn")) == [("111", "condemn", "POLGOV", "RUS")]
    assert _events(_we("praise", "praise")) == [("051", "praise", "POLGOV", "RUS")]


def test_a_quoted_report_or_stance_in_the_first_person_is_no_act_of_the_speaker() -> None:
    # "“We condemned Russia.”" tells of an earlier act; "“We back Russia.”" states a stance.
    assert _events(_we("condemned", "condemn", "VBD")) == []
    assert _events(_we("back", "back")) == []


def test_a_pronoun_speaker_no_table_codes_is_coded_as_the_words_that_named_them() -> None:
    # "Minister Nowak spoke in Poland . Poland agreed . Poland left . He said so .": a minister of no country the
    # words name, in no table, is placed by the article's country; "he" is coded as "Minister Nowak" is.
    rows: list[Row] = [
        ("Nowak", 1, "nsubj", "PROPN", "NNP", "Nowak"),
        ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Poland", 2, "pobj", "PROPN", "NNP", "Poland"),
        (".", 1, "punct", "PUNCT", ".", "."),
        ("Poland", 6, "nsubj", "PROPN", "NNP", "Poland"),
        ("agreed", 6, "ROOT", "VERB", "VBD", "agree"),
        (".", 6, "punct", "PUNCT", ".", "."),
        ("Poland", 9, "nsubj", "PROPN", "NNP", "Poland"),
        ("left", 9, "ROOT", "VERB", "VBD", "leave"),
        (".", 9, "punct", "PUNCT", ".", "."),
        ("He", 12, "nsubj", "PRON", "PRP", "he"),
        ("said", 12, "ROOT", "VERB", "VBD", "say"),
        ("so", 12, "advmod", "ADV", "RB", "so"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parsed(rows)
    nowak = Entity("E1", "Jan Nowak", "PERSON", ((doc[0].idx, doc[0].idx + 5),), None, None, "GOV")
    poland = Entity("E2", "Poland", "GPE", tuple((doc[i].idx, doc[i].idx + 6) for i in (3, 5, 8)), "POL", "POL")
    he = Speaker("He", doc[11].idx, doc[11].idx + 2, "Jan Nowak", "E1")
    found = speaker_actors(he, doc, Context(EntityIndex([nowak, poland]), None))
    assert [(r.text, r.code) for r in found] == [("He", "POLGOV")]
    # Named once, Poland is no country of the article's: "he" is a minister of no country.
    once = replace(poland, mentions=poland.mentions[:1])
    found = speaker_actors(he, doc, Context(EntityIndex([nowak, once]), None))
    assert [(r.text, r.code, r.country) for r in found] == [("He", "GOV", None)]
    # Words alone that give a sector and no country: "the lawmakers" speak as LEG.
    doc = hand_parsed([("lawmakers", 1, "nsubj", "NOUN", "NNS", "lawmaker"), ("said", 1, "ROOT", "VERB", "VBD", "say")])
    lawmakers = Speaker("lawmakers", 0, 9)
    assert [r.code for r in speaker_actors(lawmakers, doc, Context(EntityIndex([]), None))] == ["LEG"]


def _spoken(content: list[Row]) -> list[tuple[str, str, str, str]]:
    """(code, trigger, source code, target country) of every event coded with the quote."""
    doc, quotes, entities = _quoted(content)
    events = extract_events(doc, entities, quotes, None)
    return [(e.cameo, e.trigger.text, e.source[0].code or "", e.target[0].country or "") for e in events]


def _suffers(subject: list[Row], words: list[str], verb: Row, thing: Row, after: Sequence[Row] = ()) -> list[Row]:
    """ "<subject> <words> <verb> <thing> <after> .": subject rows head at the verb (-1) or within themselves,
    ``words`` are modals or negations, ``thing`` is the verb's object; ``after`` rows head on ``thing`` (-1) or
    within themselves."""
    at = len(subject) + len(words)
    rows: list[Row] = [(w, at if h < 0 else h, d, p, t, lem) for w, h, d, p, t, lem in subject]
    rows += [(w, at, "neg", "PART", "RB", w) if w in NOT else (w, at, "aux", "AUX", "MD", w) for w in words]
    rows += [(verb[0], at, *verb[2:]), (thing[0], at, *thing[2:])]
    rows += [(w, at + 1 if h < 0 else at + 2 + h, d, p, t, lem) for w, h, d, p, t, lem in after]
    return [*rows, (".", at, "punct", "PUNCT", ".", ".")]


NOT = frozenset({"not", "never"})
HUNGARY: Row = ("Hungary", -1, "nsubj", "PROPN", "NNP", "Hungary")
PAY: Row = ("pay", 0, "ROOT", "VERB", "VB", "pay")
PRICE: Row = ("price", 0, "dobj", "NOUN", "NN", "price")
CONSEQUENCES: Row = ("consequences", 0, "dobj", "NOUN", "NNS", "consequence")


def test_what_a_speaker_says_a_named_actor_will_suffer_threatens_it() -> None:
    # "“Hungary will pay price .” Nowak spoke in Warsaw ."
    assert _spoken(_suffers([HUNGARY], ["will"], PAY, PRICE)) == [("130", "pay price", "POLGOV", "HUN")]


def test_a_price_paid_or_one_not_to_be_paid_is_no_threat() -> None:
    # "“Hungary pay price .”" (no modal: a report, not what will come), "“Hungary will not pay price .”"
    assert _spoken(_suffers([HUNGARY], [], PAY, PRICE)) == []
    assert _spoken(_suffers([HUNGARY], ["will", "not"], PAY, PRICE)) == []


def test_a_threat_is_to_the_doer_of_the_deed_it_follows() -> None:
    # "“Any action by Hungary would have consequences .”"
    subject: list[Row] = [
        ("Any", 1, "det", "DET", "DT", "any"),
        ("action", -1, "nsubj", "NOUN", "NN", "action"),
        ("by", 1, "prep", "ADP", "IN", "by"),
        ("Hungary", 2, "pobj", "PROPN", "NNP", "Hungary"),
    ]
    have: Row = ("have", 0, "ROOT", "VERB", "VB", "have")
    assert _spoken(_suffers(subject, ["would"], have, CONSEQUENCES)) == [("130", "have consequences", "POLGOV", "HUN")]


def test_consequences_there_will_be_are_for_whom_their_for_phrase_names() -> None:
    # "“There will be consequences for Hungary .”"
    there: Row = ("There", -1, "expl", "PRON", "EX", "there")
    be: Row = ("be", 0, "ROOT", "AUX", "VB", "be")
    attr: Row = ("consequences", 0, "attr", "NOUN", "NNS", "consequence")
    after: list[Row] = [("for", -1, "prep", "ADP", "IN", "for"), ("Hungary", 0, "pobj", "PROPN", "NNP", "Hungary")]
    assert _spoken(_suffers([there], ["will"], be, attr, after)) == [("130", "be consequences", "POLGOV", "HUN")]


def test_a_condemned_policy_condemns_whom_its_modifier_names() -> None:
    # "“They followed the reckless Hungary policy .”": the parser may hang the name on the noun as nmod.
    rows: list[Row] = [
        ("They", 1, "nsubj", "PRON", "PRP", "they"),
        ("followed", 1, "ROOT", "VERB", "VBD", "follow"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("reckless", 5, "amod", "ADJ", "JJ", "reckless"),
        ("Hungary", 5, "nmod", "PROPN", "NNP", "Hungary"),
        ("policy", 1, "dobj", "NOUN", "NN", "policy"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _events(rows) == [("111", "reckless", "POLGOV", "HUN")]


def _accepts(subject: str) -> list[Row]:
    """ "<subject> will never accept annexation by Hungary ."""
    who: Row = (subject, -1, "nsubj", "PRON", "PRP", subject.lower())
    accept: Row = ("accept", 0, "ROOT", "VERB", "VB", "accept")
    annexation: Row = ("annexation", 0, "dobj", "NOUN", "NN", "annexation")
    by: list[Row] = [("by", -1, "prep", "ADP", "IN", "by"), ("Hungary", 0, "pobj", "PROPN", "NNP", "Hungary")]
    return _suffers([who], ["will", "never"], accept, annexation, by)


def test_the_speakers_side_refusing_what_a_named_actor_did_rejects_it() -> None:
    # "“We will never accept annexation by Hungary .”"; "“They ...”" refuse for someone else.
    assert _spoken(_accepts("We")) == [("120", "never accept", "POLGOV", "HUN")]
    assert _spoken(_accepts("They")) == []


def _behind(deed: tuple[str, str]) -> list[Row]:
    """ "Hungary was behind the <deed> ."""
    return [
        ("Hungary", 1, "nsubj", "PROPN", "NNP", "Hungary"),
        ("was", 1, "ROOT", "AUX", "VBD", "be"),
        ("behind", 1, "prep", "ADP", "IN", "behind"),
        ("the", 4, "det", "DET", "DT", "the"),
        (deed[0], 2, "pobj", "NOUN", "NN", deed[1]),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_named_actor_said_to_be_behind_a_hostile_deed_is_accused() -> None:
    # "“Hungary was behind the attack .”"; "“... behind the reform .”" accuses no one.
    assert _spoken(_behind(("attack", "attack"))) == [("112", "behind the attack", "POLGOV", "HUN")]
    assert _spoken(_behind(("reform", "reform"))) == []


def _known(subject: str) -> list[Row]:
    """ "<subject> know Hungary bombed Warsaw .", by columns."""
    words = [subject, "know", "Hungary", "bombed", "Warsaw", "."]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct"]
    tags = [("PRON", "PRP"), ("VERB", "VBP"), ("PROPN", "NNP"), ("VERB", "VBD"), ("PROPN", "NNP"), ("PUNCT", ".")]
    lemmas = [subject.lower(), "know", "Hungary", "bomb", "Warsaw", "."]
    heads = [1, 1, 3, 1, 3, 1]
    return [(w, h, d, p, t, lem) for w, h, d, (p, t), lem in zip(words, heads, deps, tags, lemmas, strict=True)]


def test_a_hostile_act_the_speaker_knows_was_done_accuses_its_doer() -> None:
    # "“We know Hungary bombed Warsaw .”" accuses Hungary; what "they" know is theirs, no accusation by the speaker.
    assert _spoken(_known("We")) == [("112", "know", "POLGOV", "HUN")]
    assert _spoken(_known("They")) == []


def test_the_speakers_own_wish_for_a_named_actors_act_is_an_appeal_to_it() -> None:
    # "“We hope Hungary leaves ,” Nowak said ."; "“They hope ...”" is someone else's wish, which the speaker only tells.
    for subject, coded in (("We", [("020", "hope", "POLGOV", "HUN")]), ("They", [])):
        words = ["“", subject, "hope", "Hungary", "leaves", ",", "”", "Nowak", "said", "."]
        heads = [8, 2, 8, 4, 2, 8, 8, 8, 8, 8]
        deps = ["punct", "nsubj", "ccomp", "nsubj", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct"]
        tags = ["``", "PRP", "VBP", "NNP", "VBZ", ",", "''", "NNP", "VBD", "."]
        pos = ["PUNCT", "PRON", "VERB", "PROPN", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"]
        lemmas = ["“", subject.lower(), "hope", "Hungary", "leave", ",", "”", "Nowak", "say", "."]
        doc = hand_parsed(list(zip(words, heads, deps, pos, tags, lemmas, strict=True)))
        name = doc[7]
        speaker = Speaker("Nowak", name.idx, name.idx + 5, "Jan Nowak", "E1", None, "POL")
        quote = Quote("Q1", "direct", doc.text[doc[1].idx : doc[5].idx], doc[1].idx, doc[5].idx, "said", speaker, 0)
        entities = EntityIndex([replace(NOWAK, mentions=((name.idx, name.idx + 5),))])
        events = extract_events(doc, entities, [quote], None)
        assert [(e.cameo, e.trigger.text, e.source[0].code, e.target[0].country) for e in events] == coded


def test_work_a_praising_word_describes_praises_whoever_did_it() -> None:
    # "“Hungary did a great job .”" praises Hungary; "“Hungary did a great dance .”" is no work done for anyone.
    for noun, coded in (("job", [("051", "great", "POLGOV", "HUN")]), ("dance", [])):
        words = ["Hungary", "did", "a", "great", noun, "."]
        lemmas = ["Hungary", "do", "a", "great", noun, "."]
        tags = [("PROPN", "NNP"), ("VERB", "VBD"), ("DET", "DT"), ("ADJ", "JJ"), ("NOUN", "NN"), ("PUNCT", ".")]
        deps = [("nsubj", 1), ("ROOT", 1), ("det", 4), ("amod", 4), ("dobj", 1), ("punct", 1)]
        rows = [(w, h, d, p, t, lem) for w, (d, h), (p, t), lem in zip(words, deps, tags, lemmas, strict=True)]
        assert _events(rows) == coded


def test_describing_an_actor_as_what_condemns_it_judges_it() -> None:
    # "Poland described Hungary as reckless ." judges Hungary; "... as calm ." does not.
    for word, coded in (("reckless", [("111", "HUN")]), ("calm", [])):
        words = ["Poland", "described", "Hungary", "as", word, "."]
        heads = [1, 1, 1, 1, 3, 1]
        deps = ["nsubj", "ROOT", "dobj", "prep", "amod", "punct"]
        pos = [("PROPN", "NNP"), ("VERB", "VBD"), ("PROPN", "NNP"), ("ADP", "IN"), ("ADJ", "JJ"), ("PUNCT", ".")]
        lemmas = ["Poland", "describe", "Hungary", "as", word, "."]
        rows = [(w, h, d, p, t, lem) for w, h, d, (p, t), lem in zip(words, heads, deps, pos, lemmas, strict=True)]
        assert [(e.cameo, e.target[0].country) for e in events_in(hand_parsed(rows))] == coded


def test_a_condemned_deed_done_by_the_subject_condemns_it() -> None:
    # "“Hungary spreads lies .”" condemns Hungary; "“Hungary denounced lies .”" condemns whoever lied, unnamed.
    spread = ("spreads", "spread", [("111", "lies", "POLGOV", "HUN")])
    for verb, lemma, coded in (spread, ("denounced", "denounce", [])):
        words = ["Hungary", verb, "lies", "."]
        deps = ["nsubj", "ROOT", "dobj", "punct"]
        pos = [("PROPN", "NNP"), ("VERB", "VBZ"), ("NOUN", "NNS"), ("PUNCT", ".")]
        lemmas = ["Hungary", lemma, "lie", "."]
        rows = [(w, 1, d, p, t, lem) for w, d, (p, t), lem in zip(words, deps, pos, lemmas, strict=True)]
        assert _events(rows) == coded


def _disappointed(subject: str) -> list[Row]:
    """ "<subject> are disappointed in Hungary ."."""
    return [
        (subject, 1, "nsubj", "PRON", "PRP", subject.lower()),
        ("are", 1, "ROOT", "AUX", "VBP", "be"),
        ("disappointed", 1, "acomp", "ADJ", "JJ", "disappointed"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("Hungary", 3, "pobj", "PROPN", "NNP", "Hungary"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_the_speakers_own_stance_against_a_named_actor_disapproves_of_it() -> None:
    # "“We are disappointed in Hungary.” Nowak spoke in Warsaw": the speaker's side's stance; another's is theirs.
    assert _events(_disappointed("We")) == [("111", "disappointed", "POLGOV", "HUN")]
    assert _events(_disappointed("They")) == []


# "I want to commend Hungary ."
WANT_TO_COMMEND: list[Row] = [
    ("I", 1, "nsubj", "PRON", "PRP", "I"),
    ("want", 1, "ROOT", "VERB", "VBP", "want"),
    ("to", 3, "aux", "PART", "TO", "to"),
    ("commend", 1, "xcomp", "VERB", "VB", "commend"),
    ("Hungary", 3, "dobj", "PROPN", "NNP", "Hungary"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_performative_infinitive_of_a_wish_said_now_is_done_by_saying_it() -> None:
    # "“I want to commend Hungary.” Nowak spoke in Warsaw": the speaker commends Hungary by saying so.
    assert _events(WANT_TO_COMMEND) == [("051", "commend", "POLGOV", "HUN")]


def test_a_performative_infinitive_of_a_wish_told_in_the_past_is_not_done() -> None:
    # "“I wanted to commend Hungary.”": the wish is told, not the act done.
    wanted = [(w, h, d, p, "VBD" if w == "want" else t, lem) for w, h, d, p, t, lem in WANT_TO_COMMEND]
    assert _events(wanted) == []
    # "“I hope to commend Hungary.”": a hope tells an act still to come.
    hoped = [
        (("hope" if w == "want" else w), h, d, p, t, ("hope" if lem == "want" else lem))
        for w, h, d, p, t, lem in WANT_TO_COMMEND
    ]
    assert _events(hoped) == []


# "I am proud to endorse Hungary ."
PROUD_TO_ENDORSE: list[Row] = [
    ("I", 1, "nsubj", "PRON", "PRP", "I"),
    ("am", 1, "ROOT", "AUX", "VBP", "be"),
    ("proud", 1, "acomp", "ADJ", "JJ", "proud"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("endorse", 2, "xcomp", "VERB", "VB", "endorse"),
    ("Hungary", 4, "dobj", "PROPN", "NNP", "Hungary"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_performative_infinitive_of_a_feeling_of_the_occasion_is_done_by_saying_it() -> None:
    assert _events(PROUD_TO_ENDORSE) == [("051", "endorse", "POLGOV", "HUN")]


# "I support and endorse Hungary ."
SUPPORT_AND_ENDORSE: list[Row] = [
    ("I", 1, "nsubj", "PRON", "PRP", "I"),
    ("support", 1, "ROOT", "VERB", "VBP", "support"),
    ("and", 1, "cc", "CCONJ", "CC", "and"),
    ("endorse", 1, "conj", "VERB", "VB", "endorse"),
    ("Hungary", 3, "dobj", "PROPN", "NNP", "Hungary"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_performative_coordinated_with_a_first_person_present_is_done_by_saying_it() -> None:
    # The stance "I support" performs nothing; the endorsement it is coordinated with does.
    assert _events(SUPPORT_AND_ENDORSE) == [("051", "endorse", "POLGOV", "HUN")]


# "Say ‘ we condemn Hungary ’ ."
SAY_WE_CONDEMN: list[Row] = [
    ("Say", 0, "ROOT", "VERB", "VB", "say"),
    ("‘", 3, "punct", "PUNCT", "``", "‘"),
    ("we", 3, "nsubj", "PRON", "PRP", "we"),
    ("condemn", 0, "ccomp", "VERB", "VBP", "condemn"),
    ("Hungary", 3, "dobj", "PROPN", "NNP", "Hungary"),
    ("’", 3, "punct", "PUNCT", "''", "’"),
    (".", 0, "punct", "PUNCT", ".", "."),
]


def test_a_performative_the_speaker_quotes_as_another_s_words_is_not_done() -> None:
    # "“Say ‘we condemn Hungary’.” Nowak spoke in Warsaw": words put in another's mouth, no condemnation by Nowak.
    assert _events(SAY_WE_CONDEMN) == []
    # "“We condemn Hungary.”" said outright condemns.
    we_condemn: list[Row] = [
        ("we", 1, "nsubj", "PRON", "PRP", "we"),
        ("condemn", 1, "ROOT", "VERB", "VBP", "condemn"),
        ("Hungary", 1, "dobj", "PROPN", "NNP", "Hungary"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _events(we_condemn) == [("111", "condemn", "POLGOV", "HUN")]
