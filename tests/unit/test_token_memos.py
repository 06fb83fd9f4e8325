"""Per-document answers read once (``telex.nlp.cached.heads_with``, ``token_memo``, ``lemmas_of``) give what the
per-token reads they replace give: the speed work of the twenty-ninth to thirty-first sessions changed no output."""

from __future__ import annotations

from telex.entity_index import EntityIndex
from telex.events.arguments import is_passive, prep_objects
from telex.events.judgements import _negated
from telex.nlp.cached import heads_with, lemmas_of, token_memo, tokens_with_lemma
from telex.quotes.cues import reporting_candidates, reporting_verb
from telex.records import Entity
from tests.unit.fixtures import Row, hand_parsed

# "The deal was not signed by Iran , who walked out of the talks ."
ROWS: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("deal", 4, "nsubjpass", "NOUN", "NN", "deal"),
    ("was", 4, "auxpass", "AUX", "VBD", "be"),
    ("not", 4, "neg", "PART", "RB", "not"),
    ("signed", 4, "ROOT", "VERB", "VBN", "sign"),
    ("by", 4, "agent", "ADP", "IN", "by"),
    ("Iran", 5, "pobj", "PROPN", "NNP", "Iran"),
    (",", 6, "punct", "PUNCT", ",", ","),
    ("who", 9, "nsubj", "PRON", "WP", "who"),
    ("walked", 6, "relcl", "VERB", "VBD", "walk"),
    ("out", 9, "prep", "ADP", "IN", "out"),
    ("of", 10, "prep", "ADP", "IN", "of"),
    ("the", 13, "det", "DET", "DT", "the"),
    ("talks", 11, "pobj", "NOUN", "NNS", "talk"),
    (".", 4, "punct", "PUNCT", ".", "."),
]


def test_heads_with_is_any_child_with_the_label() -> None:
    doc = hand_parsed(ROWS)
    for deps in (("neg",), ("nsubjpass", "auxpass"), ("agent",), ("pobj",), ("prep", "punct"), ("ROOT",), ("none",)):
        assert heads_with(doc, deps) == {t.i for t in doc if any(c.dep_ in deps for c in t.children)}, deps
    assert heads_with(doc, ("pobj",)) == {5, 11}  # a head before its child and after it
    assert heads_with(doc, ("ROOT",)) == set()  # the root is its own head, no child of itself
    assert heads_with(doc, frozenset({"auxpass", "nsubjpass"})) == heads_with(doc, ("nsubjpass", "auxpass")) == {4}


def test_checks_read_from_heads_with_keep_their_answers() -> None:
    doc = hand_parsed(ROWS)
    assert is_passive(doc[4]) and not is_passive(doc[9])
    assert _negated(doc[4]) and not _negated(doc[9])


def test_prep_objects_found_once_per_token() -> None:
    doc = hand_parsed(ROWS)
    found = [(p, o.i) for p, o in prep_objects(doc[9])]
    assert found == [("of", 13)]  # "walked out of the talks": the particle's preposition is the verb's
    assert prep_objects(doc[9]) is prep_objects(doc[9])
    assert token_memo(doc, "prep_objects") is token_memo(doc, "prep_objects")
    assert token_memo(hand_parsed(ROWS), "prep_objects") == {}  # another doc, its own answers


def test_obligation_modals_read_only_where_there_is_an_auxiliary() -> None:
    from telex.events.candidates import _obligation_modals

    told = hand_parsed(
        [
            ("Iran", 2, "nsubj", "PROPN", "NNP", "Iran"),
            ("must", 2, "aux", "AUX", "MD", "must"),
            ("stop", 2, "ROOT", "VERB", "VB", "stop"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ]
    )
    assert _obligation_modals(told[2]) == {"must"}
    assert _obligation_modals(hand_parsed(ROWS)[9]) == set()  # "walked": no auxiliary, no need


# "Iran Said it will Report the talks , as Tehran 's denial put it ." (a capital lemma and words in title case)
SAID: list[Row] = [
    ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
    ("Said", 1, "ROOT", "VERB", "VBD", "Say"),
    ("it", 4, "nsubj", "PRON", "PRP", "it"),
    ("will", 4, "aux", "AUX", "MD", "will"),
    ("Report", 1, "ccomp", "VERB", "VB", "report"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("talks", 4, "dobj", "NOUN", "NNS", "talk"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("as", 13, "mark", "SCONJ", "IN", "as"),
    ("Tehran", 12, "poss", "PROPN", "NNP", "Tehran"),
    ("'s", 9, "case", "PART", "POS", "'s"),
    ("denial", 13, "nsubj", "NOUN", "NN", "denial"),
    ("put", 1, "advcl", "VERB", "VBD", "put"),
    ("it", 13, "dobj", "PRON", "PRP", "it"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_lemmas_of_is_every_lower_case_lemma() -> None:
    doc = hand_parsed(SAID)
    assert lemmas_of(doc) == [t.lemma_.lower() for t in doc]
    assert lemmas_of(doc) is lemmas_of(doc)
    assert [t.i for t in tokens_with_lemma(doc, {"say", "talk", "iran"})] == [0, 1, 6]


def test_reporting_candidates_hold_every_reporting_verb() -> None:
    doc = hand_parsed(SAID)
    candidates = {t.i for t in reporting_candidates(doc)}
    assert {1, 4} <= candidates  # "Said", "Report": the lemma is read lower-cased, whatever the case of the word
    assert all(reporting_verb(t) is None for t in doc if t.i not in candidates)
    assert all(reporting_verb(t) is not None for t in doc if t.i in (1, 4))


def test_entity_index_at_keeps_its_answers() -> None:
    index = EntityIndex(
        [Entity("E1", "Iran", "GPE", ((0, 4), (40, 47))), Entity("E2", "Tehran", "GPE", ((38, 44),))]
    )
    for span in ((0, 2), (39, 41), (41, 50), (10, 20), (39, 41)):
        assert index.at(*span) is index._longest_at(*span), span
    assert index.at(39, 41) is index.by_id["E1"]  # the longer mention of the two that overlap
    assert index.at(10, 20) is None


# "The minister said Iran will strike if Israel attacks , and the talks will go on ."
IF: list[Row] = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("minister", 2, "nsubj", "NOUN", "NN", "minister"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("Iran", 5, "nsubj", "PROPN", "NNP", "Iran"),
    ("will", 5, "aux", "AUX", "MD", "will"),
    ("strike", 2, "ccomp", "VERB", "VB", "strike"),
    ("if", 8, "mark", "SCONJ", "IN", "if"),
    ("Israel", 8, "nsubj", "PROPN", "NNP", "Israel"),
    ("attacks", 5, "advcl", "VERB", "VBZ", "attack"),
    (",", 5, "punct", "PUNCT", ",", ","),
    ("and", 5, "cc", "CCONJ", "CC", "and"),
    ("the", 12, "det", "DET", "DT", "the"),
    ("talks", 14, "nsubj", "NOUN", "NNS", "talk"),
    ("will", 14, "aux", "AUX", "MD", "will"),
    ("go", 5, "conj", "VERB", "VB", "go"),
    ("on", 14, "prt", "ADP", "RP", "on"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_lowers_of_is_every_lower_case_form() -> None:
    from telex.nlp.cached import lowers_of, tokens_spelled

    doc = hand_parsed(SAID)
    assert lowers_of(doc) == [t.lower_ for t in doc]
    assert [t.i for t in tokens_spelled(doc, ["said", "it"])] == [1, 2, 13]


def test_parts_of_speech_labels_and_entity_types_are_every_tokens() -> None:
    from telex.nlp.cached import entity_types_of, labels_of, poses_of

    doc = hand_parsed(ROWS, places=frozenset({6}))
    assert poses_of(doc) == [t.pos_ for t in doc]
    assert labels_of(doc) == [t.dep_ for t in doc]
    assert entity_types_of(doc) == [t.ent_type_ for t in doc]
    assert entity_types_of(doc)[5:8] == ["", "GPE", ""] and poses_of(doc) is poses_of(doc)


def test_actors_of_keeps_its_answers_with_the_context() -> None:
    from telex.events.arguments import Context, actors_of

    doc = hand_parsed(ROWS, places=frozenset({6}))
    ctx = Context(EntityIndex(()), None)
    first = actors_of(doc[6], ctx)
    assert [r.code for r in first] == ["IRN"] and 6 in ctx.actors
    first.clear()  # each caller gets a list of its own
    assert actors_of(doc[6], ctx) == actors_of(doc[6], Context(EntityIndex(()), None)) != []
    assert Context(EntityIndex(()), None).actors == {}  # another context, its own answers


def _verb_with_lemma(lemma: str) -> Row:
    return ("zorbled", 1, "ROOT", "VERB", "VBD", lemma)


def test_a_verb_no_table_has_is_asked_nothing_more() -> None:
    from telex.events.arguments import Context
    from telex.events.candidates import verb_candidate

    rows: list[Row] = [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
        _verb_with_lemma("attack"),
        ("Iraq", 1, "dobj", "PROPN", "NNP", "Iraq"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    attacked = hand_parsed(rows, places=frozenset({0, 2}))
    assert verb_candidate(attacked[1], Context(EntityIndex(()), None), set()) is not None
    rows[1] = _verb_with_lemma("zorble")  # the same clause, a verb of no table
    unknown = hand_parsed(rows, places=frozenset({0, 2}))
    used: set[int] = set()
    assert verb_candidate(unknown[1], Context(EntityIndex(()), None), used) is None and used == set()


def test_condition_marks_read_only_in_a_sentence_with_the_word() -> None:
    from telex.events.candidates import _condition, _condition_marks

    doc = hand_parsed(IF)
    assert [m.i for m in _condition_marks(doc[5])] == [6]  # "strike if Israel attacks"
    assert _condition(doc[5]) == "if" and _condition(doc[14]) == "if"  # a verb under the governed one too
    assert _condition(doc[2]) is None  # "said": the condition hangs below what was said
    assert _condition(doc[8]) is None  # the condition's own verb is not conditional on itself
    assert _condition(hand_parsed(ROWS)[4]) is None  # no "if" in the sentence


def test_coreference_reads_every_token_it_can_link() -> None:
    from telex.coref.descriptions import definite_description
    from telex.coref.lexicon import pronouns
    from telex.coref.resolve import _to_read
    from telex.coref.role_nouns import definite_role

    doc = hand_parsed(IF)
    read = [t.i for t in _to_read(doc, set(), pronouns())]
    assert read == [1, 12, 16]  # "minister" and "talks" have a determiner; the full stop is the last word
    for token in doc:
        if token.i not in read:
            assert pronouns().get(token.lower_) is None and definite_description(token) is None
            assert definite_role(token, {}) is None
    covered = set(range(doc[3].idx, doc[3].idx + 4))  # "Iran", a named mention
    assert [t.i for t in _to_read(doc, covered, pronouns())] == [1, 3, 12, 16]


def test_asserted_walks_up_only_where_a_negation_is() -> None:
    from telex.events.judgements import _asserted

    # "She said he did not attack the city ."
    doc = hand_parsed(
        [
            ("She", 1, "nsubj", "PRON", "PRP", "she"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("he", 5, "nsubj", "PRON", "PRP", "he"),
            ("did", 5, "aux", "AUX", "VBD", "do"),
            ("not", 5, "neg", "PART", "RB", "not"),
            ("attack", 1, "ccomp", "VERB", "VB", "attack"),
            ("the", 7, "det", "DET", "DT", "the"),
            ("city", 5, "dobj", "NOUN", "NN", "city"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]
    )
    assert [t.i for t in _asserted(doc[1])] == [0, 1, 5, 8]  # what the negated "attack" governs is denied
    assert [t.i for t in _asserted(doc[5])] == [5]  # a negated clause asserts nothing below it
    assert [t.i for t in _asserted(hand_parsed(IF)[2])] == list(range(17))  # no negation: the whole subtree


def _met_by_every_entry(wanted: list[str], pool: set[str]) -> int:
    """``met`` as it read before the entries were split once: a pass over every entry."""
    longest = 0
    for entry in wanted:
        words = entry.split()
        if len(words) == 1 and entry in pool:
            longest = max(longest, 1)
        elif len(words) > 1 and all(f"{m} {words[-1]}" in pool for m in words[:-1]):
            longest = max(longest, len(words))
    return longest


def test_met_is_the_longest_entry_a_phrase_meets() -> None:
    from telex.events.patterns import met

    wanted = ["weapon", "chemical weapon", "no further information", "aid", "arms shipment"]
    pools = [
        {"weapon", "chemical weapon"},  # "chemical weapons": the pair makes two words
        {"weapon", "nuclear weapon"},
        {"information", "no information", "further information"},  # both pairs of the head
        {"information", "further information"},
        {"shipment", "arms shipment", "aid"},
        {"talks"},
        set(),
    ]
    for pool in pools:
        assert met(frozenset(wanted), pool) == met(wanted, tuple(pool)) == _met_by_every_entry(wanted, pool), pool
    assert [met(wanted, p) for p in pools] == [2, 1, 3, 0, 2, 0, 0]
