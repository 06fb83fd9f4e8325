"""Speaker resolution over hand-built parses, so it runs without the model."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from telex.entity_index import EntityIndex
from telex.quotes.speaker import resolve_speaker, tidy_name
from telex.quotes.subjects import speaker_span, subject_of
from telex.records import Entity
from tests.unit.fixtures import Row, hand_parsed
from tests.unit.test_quote_control import _WENT


def test_an_outlet_writing_is_not_the_person_in_what_it_wrote() -> None:
    # "The Times on Sunday wrote that Lee had won ." Lee is nearer the verb than the outlet, but in what it wrote.
    doc = hand_parsed(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("Times", 4, "nsubj", "PROPN", "NNP", "Times"),
            ("on", 4, "prep", "ADP", "IN", "on"),
            ("Sunday", 2, "pobj", "PROPN", "NNP", "Sunday"),
            ("wrote", 4, "ROOT", "VERB", "VBD", "write"),
            ("that", 8, "mark", "SCONJ", "IN", "that"),
            ("Lee", 8, "nsubj", "PROPN", "NNP", "Lee"),
            ("had", 8, "aux", "AUX", "VBD", "have"),
            ("won", 4, "ccomp", "VERB", "VBN", "win"),
            (".", 4, "punct", "PUNCT", ".", "."),
        ]
    )
    lee = Entity("E1", "Ann Lee", "PERSON", ((doc[6].idx, doc[6].idx + 3),))
    speaker = resolve_speaker(doc[1], speaker_span(doc[1]), EntityIndex((lee,)), cue=doc[4])
    assert (speaker.text, speaker.name) == ("The Times", "The Times")


def _labelled(label: str) -> Doc:
    """ "LABEL : We will cut taxes ." as a transcript line."""
    return hand_parsed(
        [
            (label, 0, "ROOT", "PROPN", "NNP", label),
            (":", 0, "punct", "PUNCT", ":", ":"),
            ("We", 4, "nsubj", "PRON", "PRP", "we"),
            ("will", 4, "aux", "AUX", "MD", "will"),
            ("cut", 0, "appos", "VERB", "VB", "cut"),
            ("taxes", 4, "dobj", "NOUN", "NNS", "tax"),
            (".", 0, "punct", "PUNCT", ".", "."),
        ]
    )


def test_a_capitalised_surname_tagged_as_an_organisation_is_the_person_named_with_it() -> None:
    # A transcript of an interview with Gov. Mary Fallin, whose turns the tagger took for an organisation's.
    fallin = Entity("E1", "Mary Fallin", "PERSON", ((100, 111),))
    doc = _labelled("FALLIN")
    label = EntityIndex((fallin, Entity("E2", "FALLIN", "ORG", ((0, 6),))))
    speaker = resolve_speaker(doc[0], speaker_span(doc[0]), label)
    assert (speaker.text, speaker.name, speaker.entity_id) == ("FALLIN", "Mary Fallin", "E1")
    # An acronym no person of the article bears stays the organisation.
    doc = _labelled("NATO")
    nato = EntityIndex((fallin, Entity("E2", "NATO", "ORG", ((0, 4),))))
    assert resolve_speaker(doc[0], speaker_span(doc[0]), nato).name == "NATO"


def test_a_role_noun_spelt_like_a_newspaper_is_not_the_newspaper() -> None:
    # "the economist said ." is a person; "The Economist said ." the weekly.
    for words, expected in ((("the", "economist"), "the economist"), (("The", "Economist"), "The Economist")):
        doc = hand_parsed(
            [
                (words[0], 1, "det", "DET", "DT", "the"),
                (words[1], 2, "nsubj", "NOUN" if words[1].islower() else "PROPN", "NN", words[1].lower()),
                ("said", 2, "ROOT", "VERB", "VBD", "say"),
                (".", 2, "punct", "PUNCT", ".", "."),
            ]
        )
        assert resolve_speaker(doc[1], speaker_span(doc[1]), EntityIndex(()), cue=doc[2]).name == expected


def test_a_surname_tagged_as_an_organisation_no_table_codes_is_the_person_named_with_it() -> None:
    # "Pence said ." after "Indiana Gov. Mike Pence" earlier in the article.
    doc = hand_parsed([("Pence", 1, "nsubj", "PROPN", "NNP", "Pence"), ("said", 1, "ROOT", "VERB", "VBD", "say")])
    pence = Entity("E1", "Mike Pence", "PERSON", ((100, 110),), "USAGOV", "USA", "GOV")
    tagged = Entity("E2", "Pence", "ORG", ((0, 5),))
    speaker = resolve_speaker(doc[0], speaker_span(doc[0]), EntityIndex((pence, tagged)), cue=doc[1])
    assert (speaker.name, speaker.entity_id, speaker.country) == ("Mike Pence", "E1", "USA")
    # A name a table codes as an organisation stays the organisation.
    coded = Entity("E2", "Pence", "ORG", ((0, 5),), "USABUS", "USA", "BUS")
    speaker = resolve_speaker(doc[0], speaker_span(doc[0]), EntityIndex((pence, coded)), cue=doc[1])
    assert speaker.entity_id == "E2"


def test_a_broadcasters_name_a_table_made_a_person_of_is_the_broadcaster() -> None:
    # "Fox reported ." where the tagger and the leader table made "Fox" Vicente Fox, whom the article never names in
    # full; a person named in full ("Don Guardian") would stay the person (tests/unit/test_entity_media.py).
    doc = hand_parsed([("Fox", 1, "nsubj", "PROPN", "NNP", "Fox"), ("reported", 1, "ROOT", "VERB", "VBD", "report")])
    fox = Entity("E1", "Vicente Fox", "PERSON", ((0, 3),), "MEXGOV", "MEX", "GOV")
    assert resolve_speaker(doc[0], speaker_span(doc[0]), EntityIndex((fox,)), cue=doc[1]).name == "Fox News"


def test_a_role_phrase_names_the_person_the_article_named_not_a_table_person_of_that_surname() -> None:
    # "Cruz 's campaign said ." after "Ted Cruz": the campaign is Ted Cruz's, not Cuba's Manuel Marrero Cruz's, whom
    # the leader table finds for the bare surname.
    doc = hand_parsed(
        [
            ("Cruz", 2, "poss", "PROPN", "NNP", "Cruz"),
            ("'s", 0, "case", "PART", "POS", "'s"),
            ("campaign", 3, "nsubj", "NOUN", "NN", "campaign"),
            ("said", 3, "ROOT", "VERB", "VBD", "say"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ],
        joined=frozenset({0}),
    )
    cruz = Entity("E1", "Ted Cruz", "PERSON", ((100, 108),), "USALEG", "USA", "LEG")
    speaker = resolve_speaker(doc[2], speaker_span(doc[2]), EntityIndex((cruz,)), cue=doc[3])
    assert (speaker.text, speaker.affiliation, speaker.country) == ("Cruz's campaign", "Ted Cruz", "USA")
    # With no such person in the article, the role phrase keeps what the tables say.
    alone = resolve_speaker(doc[2], speaker_span(doc[2]), EntityIndex(()), cue=doc[3])
    assert (alone.affiliation, alone.country) == ("Manuel Marrero Cruz", "CUB")


def _party_member(determiner: str, word: str = "Republican", tag: str = "NNP") -> Doc:
    """ "{determiner} {word} said it was over .", the word tagged a political group."""
    doc = hand_parsed(
        [
            (determiner, 1, "det", "DET", "DT", determiner.lower()),
            (word, 2, "nsubj", "PROPN", tag, word),
            ("said", 2, "ROOT", "VERB", "VBD", "say"),
            ("it", 4, "nsubj", "PRON", "PRP", "it"),
            ("was", 2, "ccomp", "AUX", "VBD", "be"),
            ("over", 4, "acomp", "ADV", "RB", "over"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )
    doc.ents = [Span(doc, 1, 2, label="NORP")]
    return doc


def test_one_member_of_a_party_is_a_person_of_it_not_the_party() -> None:
    party = Entity("E1", "Republican Party", "ORG", ((0, 0),), "USAPTY", "USA", "PTY")
    for determiner in ("A", "Another"):
        doc = _party_member(determiner)
        index = EntityIndex((replace(party, mentions=((doc[1].idx, doc[1].idx + 10),)),))
        speaker = resolve_speaker(doc[1], speaker_span(doc[1]), index, cue=doc[2])
        assert (speaker.name, speaker.entity_id, speaker.affiliation) == (
            f"{determiner} Republican",
            None,
            "Republican Party",
        )
    # "The Republican said": the member the article named before (coreference); where it named none, one member.
    doc = _party_member("The")
    index = EntityIndex((replace(party, mentions=((doc[1].idx, doc[1].idx + 10),)),))
    speaker = resolve_speaker(doc[1], speaker_span(doc[1]), index, cue=doc[2])
    assert (speaker.name, speaker.entity_id, speaker.affiliation) == ("The Republican", None, "Republican Party")


def test_some_members_of_a_party_are_people_of_it_but_all_of_them_stand_for_it() -> None:
    party = Entity("E1", "Republican Party", "ORG", ((0, 0),), "USAPTY", "USA", "PTY")
    for determiner, name in (("Some", "Some Republicans"), ("Many", "Many Republicans"), ("The", "Republican Party")):
        doc = _party_member(determiner, "Republicans", "NNPS")
        index = EntityIndex((replace(party, mentions=((doc[1].idx, doc[1].idx + 11),)),))
        assert resolve_speaker(doc[1], speaker_span(doc[1]), index, cue=doc[2]).name == name


def test_a_body_named_beside_its_noun_is_the_speaker_a_thing_beside_a_role_is_not() -> None:
    # "The advocacy group Mosul Eye said ." / "The advocacy spokesman Mosul Eye said ." (an organisation beside a role)
    def speaker_for(noun: str) -> str | None:
        doc = hand_parsed(
            [
                ("The", 2, "det", "DET", "DT", "the"),
                ("advocacy", 2, "compound", "NOUN", "NN", "advocacy"),
                (noun, 5, "nsubj", "NOUN", "NN", noun),
                ("Mosul", 4, "compound", "PROPN", "NNP", "Mosul"),
                ("Eye", 2, "appos", "PROPN", "NNP", "Eye"),
                ("said", 5, "ROOT", "VERB", "VBD", "say"),
            ]
        )
        body = Entity("E1", "Mosul Eye", "ORG", ((doc[3].idx, doc[4].idx + 3),))
        return resolve_speaker(doc[2], speaker_span(doc[2]), EntityIndex((body,)), cue=doc[5]).name

    assert speaker_for("group") == "Mosul Eye"
    assert speaker_for("spokesman") != "Mosul Eye"


def _went_on(name: str, kind: str) -> tuple[Doc, EntityIndex]:
    """ "NAME went on to say so ." after a person named in full elsewhere, NAME an entity of type ``kind``."""
    doc = hand_parsed([(name, 1, "nsubj", "PROPN", "NNP", name), *_WENT[1:]])
    byrne = Entity("E1", "Gary Byrne", "PERSON", ((100, 110),))
    return doc, EntityIndex((byrne, Entity("E2", name, kind, ((0, len(name)),))))


def test_a_misspelt_surname_is_the_person_named_in_full() -> None:
    for kind in ("PERSON", "GPE"):
        doc, index = _went_on("Bryne", kind)
        speaker = resolve_speaker(doc[0], speaker_span(doc[0]), index, cue=doc[4])
        assert (speaker.text, speaker.name) == ("Bryne", "Gary Byrne")
    # A name two slips away is someone else.
    doc, index = _went_on("Brynes", "PERSON")
    assert resolve_speaker(doc[0], speaker_span(doc[0]), index, cue=doc[4]).name == "Brynes"


def _said_by(word: str) -> Doc:
    """ "WORD said ." with the word tagged a common noun, as the tagger reads some surnames ("Sanders", "Trump")."""
    return hand_parsed(
        [
            (word, 1, "nsubj", "NOUN", "NNS", word.lower()),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )


def test_a_surname_tagged_as_a_common_noun_is_the_one_person_named_in_full_with_it() -> None:
    doc = _said_by("Hobbs")
    hobbs = Entity("E1", "Nora Hobbs", "PERSON", ((100, 110),))
    other = Entity("E2", "Sam Reyes", "PERSON", ((120, 129),))
    speaker = resolve_speaker(doc[0], speaker_span(doc[0]), EntityIndex((hobbs, other)), cue=doc[1])
    assert (speaker.text, speaker.name, speaker.entity_id) == ("Hobbs", "Nora Hobbs", "E1")


def test_a_surname_two_people_of_the_article_share_links_to_neither() -> None:
    doc = _said_by("Hobbs")
    nora = Entity("E1", "Nora Hobbs", "PERSON", ((100, 110),))
    carl = Entity("E2", "Carl Hobbs", "PERSON", ((120, 130),))
    speaker = resolve_speaker(doc[0], speaker_span(doc[0]), EntityIndex((nora, carl)), cue=doc[1])
    assert speaker.entity_id is None


def test_a_lower_case_noun_spelt_like_a_surname_is_not_the_person() -> None:
    # "sanders said": a word for those who sand, not Ada Sanders.
    doc = _said_by("sanders")
    sanders = Entity("E1", "Ada Sanders", "PERSON", ((100, 111),))
    speaker = resolve_speaker(doc[0], speaker_span(doc[0]), EntityIndex((sanders,)), cue=doc[1])
    assert speaker.entity_id is None


_SAID: list[Row] = [("said", 1, "ROOT", "VERB", "VBD", "say"), (".", 1, "punct", "PUNCT", ".", ".")]


def test_a_surname_tagged_as_a_preposition_or_a_verb_is_the_one_person_named_in_full_with_it() -> None:
    # "From said ." after "Al From"; "Schilling said ." read as a gerund.
    for word, pos, tag in (("From", "ADP", "IN"), ("Schilling", "VERB", "VBG")):
        rows = [(word, 1, "nsubj", pos, tag, word.lower()), *_SAID]
        doc = hand_parsed(rows)
        person = Entity("E1", f"Al {word}", "PERSON", ((100, 103 + len(word)),))
        speaker = resolve_speaker(doc[0], speaker_span(doc[0]), EntityIndex((person,)), cue=doc[1])
        assert (speaker.text, speaker.name, speaker.entity_id) == (word, f"Al {word}", "E1")


def _full_then_surname(given: str, given_pos: str = "PROPN") -> Doc:
    """ "GIVEN Symms left . Symms said ." """
    return hand_parsed(
        [
            (given, 1, "compound", given_pos, "NNP", given.lower()),
            ("Symms", 2, "nsubj", "PROPN", "NNP", "symms"),
            ("left", 2, "ROOT", "VERB", "VBD", "leave"),
            (".", 2, "punct", "PUNCT", ".", "."),
            ("Symms", 5, "nsubj", "PROPN", "NNP", "symms"),
            ("said", 5, "ROOT", "VERB", "VBD", "say"),
            (".", 5, "punct", "PUNCT", ".", "."),
        ]
    )


def test_a_surname_typed_an_organisation_is_the_full_name_written_with_it() -> None:
    # The entity step typed both "Whit Symms" and "Symms" organisations: the surname is the full name's.
    doc = _full_then_surname("Whit")
    full = Entity("E1", "Whit Symms", "ORG", ((0, 10),))
    bare = Entity("E2", "Symms", "ORG", ((doc[4].idx, doc[4].idx + 5),))
    speaker = resolve_speaker(doc[4], speaker_span(doc[4]), EntityIndex((full, bare)), cue=doc[5])
    assert (speaker.text, speaker.name, speaker.entity_id) == ("Symms", "Whit Symms", "E1")
    # A given name the table knows makes a full name with no entity of its own.
    doc = _full_then_surname("Greg")
    speaker = resolve_speaker(doc[4], speaker_span(doc[4]), EntityIndex(()), cue=doc[5])
    assert (speaker.text, speaker.name, speaker.entity_id) == ("Symms", "Greg Symms", None)


def test_a_title_before_a_surname_is_no_full_name() -> None:
    doc = _full_then_surname("Mayor")
    speaker = resolve_speaker(doc[4], speaker_span(doc[4]), EntityIndex(()), cue=doc[5])
    assert speaker.name == "Symms"


def test_a_surname_written_with_two_given_names_is_neither_person() -> None:
    doc = hand_parsed(
        [
            ("Greg", 1, "compound", "PROPN", "NNP", "greg"),
            ("Symms", 4, "nsubj", "PROPN", "NNP", "symms"),
            ("and", 1, "cc", "CCONJ", "CC", "and"),
            ("Ann", 4, "compound", "PROPN", "NNP", "ann"),
            ("Symms", 1, "conj", "PROPN", "NNP", "symms"),
            ("left", 5, "ROOT", "VERB", "VBD", "leave"),
            (".", 5, "punct", "PUNCT", ".", "."),
            ("Symms", 8, "nsubj", "PROPN", "NNP", "symms"),
            ("said", 8, "ROOT", "VERB", "VBD", "say"),
            (".", 8, "punct", "PUNCT", ".", "."),
        ]
    )
    speaker = resolve_speaker(doc[7], speaker_span(doc[7]), EntityIndex(()), cue=doc[8])
    assert speaker.name == "Symms"


def test_a_speakers_name_has_no_stray_spaces_dashes_commas_or_glued_words() -> None:
    cases = {
        "\xa0Daily News": "Daily News",
        "-Todd Rogers": "Todd Rogers",
        "paranoia,”Clinton": "Clinton",
        "’s Clinton": "Clinton",
        "his friend at Lehigh, Bruce Turry,": "his friend at Lehigh, Bruce Turry",
        "the Washington\xa0Free\nBeacon": "the Washington Free Beacon",
        'Juan "Chico" Manriquez': 'Juan "Chico" Manriquez',
        "Gen. J.R. Allen Jr.": "Gen. J.R. Allen Jr.",
    }
    assert {name: tidy_name(name) for name in cases} == cases


def test_a_surname_tagged_as_a_common_noun_is_no_one_when_another_given_name_is_written_with_it() -> None:
    # "Ann Hobbs left . Hobbs said ." beside the person Nora Hobbs: the entity step made no person of Ann Hobbs.
    doc = hand_parsed(
        [
            ("Ann", 1, "compound", "PROPN", "NNP", "ann"),
            ("Hobbs", 2, "nsubj", "PROPN", "NNP", "hobbs"),
            ("left", 2, "ROOT", "VERB", "VBD", "leave"),
            (".", 2, "punct", "PUNCT", ".", "."),
            ("Hobbs", 5, "nsubj", "NOUN", "NNS", "hobbs"),
            ("said", 5, "ROOT", "VERB", "VBD", "say"),
            (".", 5, "punct", "PUNCT", ".", "."),
        ]
    )
    nora = Entity("E1", "Nora Hobbs", "PERSON", ((100, 110),))
    speaker = resolve_speaker(doc[4], speaker_span(doc[4]), EntityIndex((nora,)), cue=doc[5])
    assert (speaker.name, speaker.entity_id) == ("Hobbs", None)


def _asked_by(attribute: str, lemma: str, tag: str) -> Doc:
    """ "At the talk , a young woman who had been an ATTRIBUTE asked Lee what he thought .", parsed as the model
    parsed one: the woman hung on the talk, the verb given no subject."""
    return hand_parsed(
        [
            ("At", 14, "prep", "ADP", "IN", "at"),
            ("the", 2, "det", "DET", "DT", "the"),
            ("talk", 0, "pobj", "NOUN", "NN", "talk"),
            (",", 2, "punct", "PUNCT", ",", ","),
            ("a", 6, "det", "DET", "DT", "a"),
            ("young", 6, "amod", "ADJ", "JJ", "young"),
            ("woman", 2, "appos", "NOUN", "NN", "woman"),
            ("who", 9, "nsubj", "PRON", "WP", "who"),
            ("had", 9, "aux", "AUX", "VBD", "have"),
            ("been", 6, "relcl", "AUX", "VBN", "be"),
            ("an", 12, "det", "DET", "DT", "an"),
            ("exchange", 12, "compound", "NOUN", "NN", "exchange"),
            (attribute, 9, "attr", "NOUN", tag, lemma),
            ("there", 12, "advmod", "ADV", "RB", "there"),
            ("asked", 14, "ROOT", "VERB", "VBD", "ask"),
            ("Lee", 14, "dobj", "PROPN", "NNP", "Lee"),
            ("what", 18, "dobj", "PRON", "WP", "what"),
            ("he", 18, "nsubj", "PRON", "PRP", "he"),
            ("thought", 14, "ccomp", "VERB", "VBD", "think"),
            (".", 14, "punct", "PUNCT", ".", "."),
        ]
    )


def test_the_speaker_next_to_a_verb_of_no_subject_is_the_one_a_relative_clause_describes() -> None:
    # The noun that ends the phrase before "asked" is what the woman had been; the woman asked.
    doc = _asked_by("student", "student", "NN")
    assert (found := subject_of(doc[14])) is not None and found.i == 6
    # A noun of no one who can speak is passed over, as before: the woman still.
    doc = _asked_by("program", "program", "NN")
    assert (found := subject_of(doc[14])) is not None and found.i == 6


def _apposed(name: str, person: bool, adverb: str | None) -> Doc:
    """ "At the club , NAME , a golfer , [ADVERB] suggested that costs rose .", parsed as the model parsed such a
    sentence: NAME hung on "club" as its apposition, the verb given no subject."""
    v = 10 if adverb else 9  # the verb
    before: list[Row] = [
        ("At", v, "prep", "ADP", "IN", "at"),
        ("the", 2, "det", "DET", "DT", "the"),
        ("club", 0, "pobj", "NOUN", "NN", "club"),
        (",", 2, "punct", "PUNCT", ",", ","),
        (name, 2, "appos", "PROPN", "NNP", name),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("a", 7, "det", "DET", "DT", "a"),
        ("golfer", 4, "appos", "NOUN", "NN", "golfer"),
        (",", v, "punct", "PUNCT", ",", ","),
    ]
    between: list[Row] = [(adverb, v, "advmod", "ADV", "RB", adverb)] if adverb else []
    after: list[Row] = [
        ("suggested", v, "ROOT", "VERB", "VBD", "suggest"),
        ("that", v + 3, "mark", "SCONJ", "IN", "that"),
        ("costs", v + 3, "nsubj", "NOUN", "NNS", "cost"),
        ("rose", v, "ccomp", "VERB", "VBD", "rise"),
        (".", v, "punct", "PUNCT", ".", "."),
    ]
    return hand_parsed(before + between + after, people=frozenset({4}) if person else frozenset())


def test_the_subject_the_parser_hung_as_an_apposition_of_a_fronted_phrase_speaks() -> None:
    # "At Boca West, …, Jay DiPietro, the club's president, suggested that …": the root verb has no subject; the
    # apposition set off by commas right before it is its subject, past an adverb of the verb too.
    assert (found := subject_of(_apposed("Lee", True, None)[9])) is not None and found.i == 4
    assert (found := subject_of(_apposed("Lee", True, "bluntly")[10])) is not None and found.i == 4
    # The first apposition is taken, not the one describing it; one that names no one who can speak is none.
    assert subject_of(_apposed("Elm", False, None)[9]) is None


def test_the_name_before_an_adverb_of_a_root_verb_with_no_subject_speaks() -> None:
    # "At a June event in St. Clairsville, Ohio, 62-year-old Brenda Johnson also railed against immigrants": the parser
    # hung Johnson on "in"; the adverb of the verb stands between the name and the verb.
    doc = hand_parsed(
        [
            ("At", 7, "prep", "ADP", "IN", "at"),
            ("the", 2, "det", "DET", "DT", "the"),
            ("event", 0, "pobj", "NOUN", "NN", "event"),
            ("in", 2, "prep", "ADP", "IN", "in"),
            ("Ohio", 3, "pobj", "PROPN", "NNP", "Ohio"),
            ("Johnson", 3, "pobj", "PROPN", "NNP", "Johnson"),
            ("also", 7, "advmod", "ADV", "RB", "also"),
            ("railed", 7, "ROOT", "VERB", "VBD", "rail"),
            ("against", 7, "prep", "ADP", "IN", "against"),
            ("immigrants", 8, "pobj", "NOUN", "NNS", "immigrant"),
            (".", 7, "punct", "PUNCT", ".", "."),
        ],
        places=frozenset({4}),
        people=frozenset({5}),
    )
    assert (found := subject_of(doc[7])) is not None and found.i == 5


def _full_name_said(given: str) -> tuple[Doc, Entity]:
    """ "GIVEN Trump said ." where the entity step took the surname alone for Donald Trump, named in full before."""
    doc = hand_parsed(
        [
            (given, 1, "compound", "PROPN", "NNP", given),
            ("Trump", 2, "nsubj", "PROPN", "NNP", "Trump"),
            ("said", 2, "ROOT", "VERB", "VBD", "say"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )
    donald = Entity("E1", "Donald Trump", "PERSON", ((100, 112), (len(given) + 1, len(given) + 6)))
    return doc, donald


def test_a_full_name_is_never_another_person_who_shares_the_surname() -> None:
    doc, donald = _full_name_said("Ivanka")
    speaker = resolve_speaker(doc[1], speaker_span(doc[1]), EntityIndex((donald,)), cue=doc[2])
    assert (speaker.text, speaker.name, speaker.entity_id) == ("Ivanka Trump", "Ivanka Trump", None)
    # The person of that full name when the article names one.
    ivanka = Entity("E2", "Ivanka Trump", "PERSON", ((200, 212),))
    speaker = resolve_speaker(doc[1], speaker_span(doc[1]), EntityIndex((donald, ivanka)), cue=doc[2])
    assert speaker.entity_id == "E2"
    # A nickname of the given name is the same person.
    doc, donald = _full_name_said("Don")
    assert resolve_speaker(doc[1], speaker_span(doc[1]), EntityIndex((donald,)), cue=doc[2]).entity_id == "E1"
