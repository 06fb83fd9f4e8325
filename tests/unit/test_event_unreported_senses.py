"""What an event word does not report, on hand-built parses (no model): a word of appeal that asks for nothing (a
draw, a court plea), what an "if"/"whether" clause of asking puts in question, an electorate's preference in a poll,
a source's silence to the press, and an attack with no attacker named on a politician."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Span, Token

from telex.entity_index import EntityIndex
from telex.events.arguments import Context
from telex.events.candidate import Candidate
from telex.events.recoding import verbal
from telex.records import ActorRef, Entity
from tests.unit.fixtures import Row, events_in, hand_parsed


def _codes(rows: list[Row]) -> list[str]:
    return [e.cameo for e in events_in(hand_parsed(rows))]


def _appealed(rest: list[Row]) -> list[Row]:
    """ "Egypt appealed to Israel <rest> ." (``rest`` heads count from the sentence start)."""
    return [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("appealed", 1, "ROOT", "VERB", "VBD", "appeal"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Israel", 2, "pobj", "PROPN", "NNP", "Israel"),
        *rest,
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_an_appeal_asks_for_something_or_it_names_a_draw() -> None:
    # "Egypt appealed to Israel ." could be a draw ("appealing to voters"): nothing is asked.
    assert _codes(_appealed([])) == []
    # "Egypt appealed to Israel to withdraw .": an appeal.
    withdraw = [("to", 5, "aux", "PART", "TO", "to"), ("withdraw", 1, "xcomp", "VERB", "VB", "withdraw")]
    assert [c[:2] for c in _codes(_appealed(withdraw))] == ["02"]
    # "Egypt appealed to Israel for calm .": an appeal too.
    calm = [("for", 1, "prep", "ADP", "IN", "for"), ("calm", 4, "pobj", "NOUN", "NN", "calm")]
    assert [c[:2] for c in _codes(_appealed(calm))] == ["02"]


def _attack_clause(head: str, lemma: str, mark: str) -> list[Row]:
    """ "Egypt <head> <mark> Israel attacked Jordan ." with the clause hanging off the first verb."""
    return [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        (head, 1, "ROOT", "VERB", "VBD", lemma),
        (mark, 4, "mark", "SCONJ", "IN", mark),
        ("Israel", 4, "nsubj", "PROPN", "NNP", "Israel"),
        ("attacked", 1, "ccomp", "VERB", "VBD", "attack"),
        ("Jordan", 4, "dobj", "PROPN", "NNP", "Jordan"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_what_a_question_asks_about_is_not_reported() -> None:
    assert "190" not in _codes(_attack_clause("asked", "ask", "whether"))
    assert "190" not in _codes(_attack_clause("wondered", "wonder", "if"))
    assert "190" in _codes(_attack_clause("said", "say", "that"))


def _backed(
    subject: list[Row], verb: str = "backed", lemma: str = "back", objects: tuple[str, ...] = ("Israel",)
) -> list[Row]:
    """ "<subject> backed Israel ." (the subject's last word is its head; a leading determiner of the object hangs off
    its last word)."""
    at = len(subject)
    rows = [(w, at if dep == "nsubj" else h, dep, pos, tag, word) for w, h, dep, pos, tag, word in subject]
    rows.append((verb, at, "ROOT", "VERB", "VBD", lemma))
    last = at + len(objects)
    for form in objects[:-1]:
        rows.append((form, last, "det", "DET", "DT", form))
    name = objects[-1]
    pos, tag = ("PROPN", "NNP") if name[0].isupper() else ("NOUN", "NN")
    rows.append((name, at, "dobj", pos, tag, name.lower() if pos == "NOUN" else name))
    return [*rows, (".", at, "punct", "PUNCT", ".", ".")]


def test_an_electorates_preference_is_no_support() -> None:
    assert _codes(_backed([("Voters", 0, "nsubj", "NOUN", "NNS", "voter")])) == []
    assert _codes(_backed([("Supporters", 0, "nsubj", "NOUN", "NNS", "supporter")])) == []
    percent = [("45", 1, "nummod", "NUM", "CD", "45"), ("percent", 0, "nsubj", "NOUN", "NN", "percent")]
    assert _codes(_backed(percent)) == []
    assert _codes(_backed([("Egypt", 0, "nsubj", "PROPN", "NNP", "Egypt")])) == ["051"]
    # "Voters criticized Israel .": a preference, not a statement of a political actor.
    assert _codes(_backed([("Voters", 0, "nsubj", "NOUN", "NNS", "voter")], "criticized", "criticize")) == []
    assert _codes(_backed([("Egypt", 0, "nsubj", "PROPN", "NNP", "Egypt")], "criticized", "criticize")) == ["111"]


def _declined(rest: list[Row]) -> list[str]:
    return _codes(
        [
            ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
            ("declined", 1, "ROOT", "VERB", "VBD", "decline"),
            *rest,
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )


def test_declining_to_comment_is_silence_not_rejection() -> None:
    # Silence to no one is no event at all (``filters.comment_to_no_one``), and no rejection either.
    assert _declined([("to", 3, "aux", "PART", "TO", "to"), ("comment", 1, "xcomp", "VERB", "VB", "comment")]) == []
    identified = [
        ("to", 4, "aux", "PART", "TO", "to"),
        ("be", 4, "auxpass", "AUX", "VB", "be"),
        ("identified", 1, "xcomp", "VERB", "VBN", "identify"),
    ]
    assert _declined(identified) == []
    assert _declined([("Israel", 1, "dobj", "PROPN", "NNP", "Israel")]) == ["120"]


@pytest.mark.parametrize(("form", "lemma"), [("weigh", "weigh"), ("confirm", "confirm"), ("speculate", "speculate")])
def test_declining_to_weigh_in_confirm_or_speculate_is_silence(form: str, lemma: str) -> None:
    # "Egypt declined to weigh in .", "... to confirm .", "... to speculate ."
    assert _declined([("to", 3, "aux", "PART", "TO", "to"), (form, 1, "xcomp", "VERB", "VB", lemma)]) == []


@pytest.mark.parametrize(("form", "lemma"), [("name", "name"), ("identify", "identify"), ("describe", "describe")])
def test_declining_to_name_or_describe_to_the_press_is_silence(form: str, lemma: str) -> None:
    # "Egypt declined to name the donors .": what a source withholds from the press, not a rejection of the donors.
    withheld = [
        ("to", 3, "aux", "PART", "TO", "to"),
        (form, 1, "xcomp", "VERB", "VB", lemma),
        ("the", 5, "det", "DET", "DT", "the"),
        ("donors", 3, "dobj", "NOUN", "NNS", "donor"),
    ]
    assert _declined(withheld) == []


def test_declining_an_interview_request_or_to_be_interviewed_is_silence() -> None:
    # "Egypt declined an interview request ." and "Egypt declined to be interviewed ."
    request = [
        ("an", 4, "det", "DET", "DT", "an"),
        ("interview", 4, "compound", "NOUN", "NN", "interview"),
        ("request", 1, "dobj", "NOUN", "NN", "request"),
    ]
    assert _declined(request) == []
    interviewed = [
        ("to", 4, "aux", "PART", "TO", "to"),
        ("be", 4, "auxpass", "AUX", "VB", "be"),
        ("interviewed", 1, "xcomp", "VERB", "VBN", "interview"),
    ]
    assert _declined(interviewed) == []


def _attacking(passive: bool) -> Candidate:
    """An attack on a named politician with no attacker: "ads attacking Clinton" or "Clinton was attacked"."""
    rows: list[Row] = [
        ("Ads", 1, "nsubj", "NOUN", "NNS", "ad"),
        ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
        ("Clinton", 1, "dobj", "PROPN", "NNP", "Clinton"),
    ]
    if passive:
        rows = [
            ("Clinton", 2, "nsubjpass", "PROPN", "NNP", "Clinton"),
            ("was", 2, "auxpass", "AUX", "VBD", "be"),
            ("attacked", 2, "ROOT", "VERB", "VBN", "attack"),
        ]
    doc = hand_parsed(rows)
    verb: Token = next(t for t in doc if t.lemma_ == "attack")
    clinton = ActorRef("Clinton", "Hillary Clinton", "USAELI", "USA", "ELI", "E1")
    return Candidate("190", verb, [verb], [], [clinton], True)


def _context() -> Context:
    clinton = Entity("E1", "Hillary Clinton", "PERSON", ((0, 7),), "USAELI", "USA", "ELI")
    return Context(EntityIndex((clinton,)), date(2016, 1, 1))


def test_an_unattributed_attack_on_a_politician_is_criticism_unless_passive() -> None:
    active = _attacking(passive=False)
    verbal(active, _context())
    assert active.code == "111"
    passive = _attacking(passive=True)
    verbal(passive, _context())
    assert passive.code == "190"


def test_voters_rejecting_a_treaty_act_in_a_referendum() -> None:
    voters = [("Dutch", 1, "amod", "ADJ", "JJ", "dutch"), ("voters", 0, "nsubj", "NOUN", "NNS", "voter")]
    assert [c[:2] for c in _codes(_backed(voters, "rejected", "reject", ("the", "treaty")))] == ["12"]


def test_help_aids_someone_named() -> None:
    # "Egypt helped growth .": nobody is aided; "Egypt helped Israel .", "Egypt helped him .": someone is.
    assert _codes(_backed([("Egypt", 0, "nsubj", "PROPN", "NNP", "Egypt")], "helped", "help", ("growth",))) == []
    assert _codes(_backed([("Egypt", 0, "nsubj", "PROPN", "NNP", "Egypt")], "helped", "help")) == ["070"]
    him = [("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"), ("helped", 1, "ROOT", "VERB", "VBD", "help")]
    him += [("him", 1, "dobj", "PRON", "PRP", "he"), (".", 1, "punct", "PUNCT", ".", ".")]
    assert _codes(him) == ["070"]


def test_declining_with_nothing_declined_is_a_fall() -> None:
    # "Egypt declined .": exports or support fall; a refusal says what is refused.
    assert _declined([]) == []


def test_wanting_a_thing_appeals_to_nobody() -> None:
    # "Egypt wants Jerusalem .": a wish for a thing; "Egypt wants Israel to withdraw .": a wish for Israel's act.
    assert _codes(_backed([("Egypt", 0, "nsubj", "PROPN", "NNP", "Egypt")], "wants", "want", ("Jerusalem",))) == []
    rows = _backed([("Egypt", 0, "nsubj", "PROPN", "NNP", "Egypt")], "wants", "want")
    rows[-1:-1] = [("to", 4, "aux", "PART", "TO", "to"), ("withdraw", 1, "xcomp", "VERB", "VB", "withdraw")]
    assert [c[:2] for c in _codes(rows)] == ["02"]


def test_a_quoted_question_before_asked_is_no_appeal() -> None:
    # "“ Why ? ” Egypt asked Israel ." asks a question; "Egypt asked Israel ." alone appeals to Israel.
    rows: list[Row] = [
        ("\u201c", 5, "punct", "PUNCT", "``", "\u201c"),
        ("Why", 5, "dep", "ADV", "WRB", "why"),
        ("?", 1, "punct", "PUNCT", ".", "?"),
        ("\u201d", 5, "punct", "PUNCT", "''", "\u201d"),
        ("Egypt", 5, "nsubj", "PROPN", "NNP", "Egypt"),
        ("asked", 5, "ROOT", "VERB", "VBD", "ask"),
        ("Israel", 5, "dobj", "PROPN", "NNP", "Israel"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) == []
    assert _codes(_backed([("Egypt", 0, "nsubj", "PROPN", "NNP", "Egypt")], "asked", "ask")) == ["020"]


def _smiled(subjects: list[Row]) -> list[Row]:
    """ "<subjects> smiled during the talks ." (the subject rows' heads count from the sentence start)."""
    verb = len(subjects)
    return [
        *subjects,
        ("smiled", verb, "ROOT", "VERB", "VBD", "smile"),
        ("during", verb, "prep", "ADP", "IN", "during"),
        ("the", verb + 3, "det", "DET", "DT", "the"),
        ("talks", verb + 1, "pobj", "NOUN", "NNS", "talks"),
        (".", verb, "punct", "PUNCT", ".", "."),
    ]


def test_talks_that_set_the_scene_of_a_joint_act_are_held_by_its_parties() -> None:
    joint = [
        ("Egypt", 3, "nsubj", "PROPN", "NNP", "Egypt"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Israel", 0, "conj", "PROPN", "NNP", "Israel"),
    ]
    assert _codes(_smiled(joint)) == ["040", "040"]
    assert _codes(_smiled([("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt")])) == []


def _rebutted(verb: str, lemma: str, owner: str, noun: str) -> list[str]:
    """The codes of "Egypt <verb> <owner> <noun> ." with the owner an adjective of the noun."""
    rows: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        (verb, 1, "ROOT", "VERB", "VBD", lemma),
        (owner, 3, "amod", "ADJ", "JJ", owner.lower()),
        (noun, 1, "dobj", "NOUN", "NN", noun),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    return sorted(_codes(rows))


def test_what_another_said_is_reported_with_the_reply_to_it() -> None:
    # "Egypt rebutted Israeli criticism .": Israel criticised Egypt, and Egypt rejected it.
    assert [c[:2] for c in _rebutted("rebutted", "rebut", "Israeli", "criticism")] == ["11", "12"]
    # "Egypt violated an Israeli ban .": the ban is the occasion, not reported by the violation.
    assert len(_rebutted("violated", "violate", "Israeli", "ban")) == 1
    # "Egypt rebutted Israeli commitment .": a standing attitude, no act of Israel's.
    assert [c[:2] for c in _rebutted("rebutted", "rebut", "Israeli", "commitment")] == ["12"]


def test_unattributed_attacks_a_verb_carries_on_a_politician_are_criticism_the_noun_alone_is_not() -> None:
    # "Backers waged attacks on Clinton": the light verb carries the attacks; "attacks on Clinton" alone stay attacks.
    doc = hand_parsed(
        [
            ("Backers", 1, "nsubj", "NOUN", "NNS", "backer"),
            ("waged", 1, "ROOT", "VERB", "VBD", "wage"),
            ("attacks", 1, "dobj", "NOUN", "NNS", "attack"),
            ("on", 2, "prep", "ADP", "IN", "on"),
            ("Clinton", 3, "pobj", "PROPN", "NNP", "Clinton"),
        ]
    )
    verb, noun = doc[1], doc[2]
    clinton = ActorRef("Clinton", "Hillary Clinton", "USAELI", "USA", "ELI", "E1")
    carried = Candidate("190", verb, [verb, noun], [], [clinton], True, noun=noun)
    verbal(carried, _context())
    assert carried.code == "111"
    alone = Candidate("190", noun, [noun], [], [clinton], True, noun=noun)
    verbal(alone, _context())
    assert alone.code == "190"


def test_a_word_of_a_title_names_the_work_not_an_act() -> None:
    # "Egypt said on Meet Israel .", the last two words a show's title, met no one.
    rows: list[Row] = [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Meet", 2, "pobj", "VERB", "VB", "meet"),
        ("Israel", 3, "dobj", "PROPN", "NNP", "Israel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) == ["040"]
    titled = hand_parsed(rows)
    titled.ents = [Span(titled, 3, 5, label="WORK_OF_ART")]
    assert events_in(titled) == []


def test_what_the_media_ask_is_an_interview_question() -> None:
    # "Egypt ignored <owner> 's request for comment .": the request is an appeal only when no outlet makes it.
    def requested_by(owner: str) -> list[str]:
        rows: list[Row] = [
            ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
            ("ignored", 1, "ROOT", "VERB", "VBD", "ignore"),
            (owner, 4, "poss", "PROPN", "NNP", owner),
            ("'s", 2, "case", "PART", "POS", "'s"),
            ("request", 1, "dobj", "NOUN", "NN", "request"),
            ("for", 4, "prep", "ADP", "IN", "for"),
            ("comment", 5, "pobj", "NOUN", "NN", "comment"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
        return [e.cameo for e in events_in(hand_parsed(rows)) if e.cameo.startswith("02")]

    assert requested_by("Reuters") == []
    assert requested_by("Israel") == ["020"]


def test_a_commitment_standing_alone_is_an_obligation_not_a_pledge() -> None:
    # "Egypt noted Israel 's <noun> .": a pledge is Israel's act; a commitment is what Israel is bound by.
    def noted(noun: str) -> list[str]:
        rows: list[Row] = [
            ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
            ("noted", 1, "ROOT", "VERB", "VBD", "note"),
            ("Israel", 4, "poss", "PROPN", "NNP", "Israel"),
            ("'s", 2, "case", "PART", "POS", "'s"),
            (noun, 1, "dobj", "NOUN", "NN", noun),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
        return _codes(rows)

    assert noted("pledge") == ["030"]
    assert noted("commitment") == []


def test_a_doing_that_is_its_clauses_subject_is_talked_about_not_done() -> None:
    # "Attacking Israel will isolate Egypt .": a kind of doing weighed, no attack.
    rows: list[Row] = [
        ("Attacking", 3, "csubj", "VERB", "VBG", "attack"),
        ("Israel", 0, "dobj", "PROPN", "NNP", "Israel"),
        ("will", 3, "aux", "AUX", "MD", "will"),
        ("isolate", 3, "ROOT", "VERB", "VB", "isolate"),
        ("Egypt", 3, "dobj", "PROPN", "NNP", "Egypt"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    assert "190" not in _codes(rows)
    # "Egypt is attacking Israel .": an attack.
    attacking: list[Row] = [
        ("Egypt", 2, "nsubj", "PROPN", "NNP", "Egypt"),
        ("is", 2, "aux", "AUX", "VBZ", "be"),
        ("attacking", 2, "ROOT", "VERB", "VBG", "attack"),
        ("Israel", 2, "dobj", "PROPN", "NNP", "Israel"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(attacking) == ["190"]
