"""What one is able to do, what a copula's modal or negation holds back, a standing told in a relative clause of the
present, thanks to no one, what one leans toward, a thing encouraged or demonstrated and support a sum spent buys: no
acts (hand-built parses, no model)."""

from __future__ import annotations

from spacy.tokens import Span

from tests.unit.fixtures import Row, events_in, hand_parsed


def _codes(rows: list[Row], people: frozenset[int] = frozenset()) -> list[str]:
    return [e.cameo for e in events_in(hand_parsed(rows, people=people))]


def _able(copula: str, tag: str) -> list[Row]:
    # "Russia <copula> able to attack Ukraine ."
    return [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        (copula, 1, "ROOT", "AUX", tag, "be"),
        ("able", 1, "acomp", "ADJ", "JJ", "able"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("attack", 2, "xcomp", "VERB", "VB", "attack"),
        ("Ukraine", 4, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_what_one_is_able_to_do_is_not_done() -> None:
    assert _codes(_able("is", "VBZ")) == []


def test_what_one_was_able_to_do_was_done() -> None:
    assert [c[:2] for c in _codes(_able("was", "VBD"))] == ["19"]


def test_a_copulas_modal_holds_back_the_act_its_adjective_takes_in() -> None:
    # "Russia would be ready to attack Ukraine ."
    rows: list[Row] = [
        ("Russia", 2, "nsubj", "PROPN", "NNP", "Russia"),
        ("would", 2, "aux", "AUX", "MD", "would"),
        ("be", 2, "ROOT", "AUX", "VB", "be"),
        ("ready", 2, "acomp", "ADJ", "JJ", "ready"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("attack", 3, "xcomp", "VERB", "VB", "attack"),
        ("Ukraine", 5, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows) == []


def test_a_condition_on_a_copula_holds_for_its_adjectives_act() -> None:
    # "China said it would act if Russia were able to attack Ukraine ."
    rows: list[Row] = [
        ("China", 1, "nsubj", "PROPN", "NNP", "China"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 4, "nsubj", "PRON", "PRP", "it"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("act", 1, "ccomp", "VERB", "VB", "act"),
        ("if", 7, "mark", "SCONJ", "IN", "if"),
        ("Russia", 7, "nsubj", "PROPN", "NNP", "Russia"),
        ("were", 4, "advcl", "AUX", "VBD", "be"),
        ("able", 7, "acomp", "ADJ", "JJ", "able"),
        ("to", 10, "aux", "PART", "TO", "to"),
        ("attack", 8, "xcomp", "VERB", "VB", "attack"),
        ("Ukraine", 10, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [c for c in _codes(rows) if c[:2] == "19"] == []


def _backs(tag: str, aux: bool) -> list[Row]:
    # "Putin , who backs Assad , met Erdogan ." / "Putin , who has backed Assad , met Erdogan ."
    rows: list[Row] = [
        ("Putin", 7 if aux else 6, "nsubj", "PROPN", "NNP", "Putin"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("who", 4 if aux else 3, "nsubj", "PRON", "WP", "who"),
    ]
    if aux:
        rows += [("has", 4, "aux", "AUX", "VBZ", "have")]
    head = 7 if aux else 6
    verb = 4 if aux else 3
    rows += [
        ("backed" if aux else "backs", 0, "relcl", "VERB", tag, "back"),
        ("Assad", verb, "dobj", "PROPN", "NNP", "Assad"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("met", head, "ROOT", "VERB", "VBD", "meet"),
        ("Erdogan", head, "dobj", "PROPN", "NNP", "Erdogan"),
        (".", head, "punct", "PUNCT", ".", "."),
    ]
    return rows


def test_whom_a_relative_clause_of_the_present_says_one_backs_is_a_standing() -> None:
    assert _codes(_backs("VBZ", aux=False), people=frozenset({0, 4, 7})) == ["040"]
    assert sorted(_codes(_backs("VBN", aux=True), people=frozenset({0, 5, 8}))) == ["040", "051"]


def test_whom_a_relative_clause_of_the_present_progressive_says_one_is_backing_is_a_standing() -> None:
    # "Putin , who is backing Assad , met Erdogan ."
    rows: list[Row] = [
        ("Putin", 7, "nsubj", "PROPN", "NNP", "Putin"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("who", 4, "nsubj", "PRON", "WP", "who"),
        ("is", 4, "aux", "AUX", "VBZ", "be"),
        ("backing", 0, "relcl", "VERB", "VBG", "back"),
        ("Assad", 4, "dobj", "PROPN", "NNP", "Assad"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("met", 7, "ROOT", "VERB", "VBD", "meet"),
        ("Erdogan", 7, "dobj", "PROPN", "NNP", "Erdogan"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows, people=frozenset({0, 5, 8})) == ["040"]


def test_thanks_to_no_one_placed_are_a_campaigns_gratitude() -> None:
    # "Putin thanked Siberians for their support ." / "Putin thanked Erdogan for his support ."
    def thanks(whom: str, tag: str) -> list[Row]:
        return [
            ("Putin", 1, "nsubj", "PROPN", "NNP", "Putin"),
            ("thanked", 1, "ROOT", "VERB", "VBD", "thank"),
            (whom, 1, "dobj", "PROPN", tag, whom),
            ("for", 1, "prep", "ADP", "IN", "for"),
            ("their", 5, "poss", "PRON", "PRP$", "their"),
            ("support", 3, "pobj", "NOUN", "NN", "support"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ]

    assert _codes(thanks("Siberians", "NNPS"), people=frozenset({0})) == []
    assert _codes(thanks("Erdogan", "NNP"), people=frozenset({0, 2})) == ["051"]


def test_what_one_leans_toward_is_not_done() -> None:
    # "Erdogan is leaning toward supporting Putin ."
    rows: list[Row] = [
        ("Erdogan", 2, "nsubj", "PROPN", "NNP", "Erdogan"),
        ("is", 2, "aux", "AUX", "VBZ", "be"),
        ("leaning", 2, "ROOT", "VERB", "VBG", "lean"),
        ("toward", 2, "prep", "ADP", "IN", "toward"),
        ("supporting", 3, "pcomp", "VERB", "VBG", "support"),
        ("Putin", 4, "dobj", "PROPN", "NNP", "Putin"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert _codes(rows, people=frozenset({0, 5})) == []


def _urged(thing: str, pos: str, tag: str) -> list[Row]:
    # "Russia encouraged <thing> in Ukraine ."
    return [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("encouraged", 1, "ROOT", "VERB", "VBD", "encourage"),
        (thing, 1, "dobj", pos, tag, thing.lower()),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Ukraine", 3, "pobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_thing_encouraged_is_no_appeal_to_anyone() -> None:
    assert _codes(_urged("violence", "NOUN", "NN")) == []
    assert [c[:2] for c in _codes(_urged("Belarus", "PROPN", "NNP"))] == ["02"]


def _demonstrated(thing: str) -> list[Row]:
    # "Students demonstrated <thing> ."
    return [
        ("Students", 1, "nsubj", "NOUN", "NNS", "student"),
        ("demonstrated", 1, "ROOT", "VERB", "VBD", "demonstrate"),
        (thing, 1, "dobj", "NOUN", "NN", thing),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_a_thing_demonstrated_is_shown_not_protested() -> None:
    assert _codes(_demonstrated("know-how")) == []
    bare: list[Row] = [
        ("Students", 1, "nsubj", "NOUN", "NNS", "student"),
        ("demonstrated", 1, "ROOT", "VERB", "VBD", "demonstrate"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Kyiv", 2, "pobj", "PROPN", "NNP", "Kyiv"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    assert [c[:2] for c in _codes(bare)] == ["14"]


def _spent(what: str) -> list[Row]:
    # "Gazprom spent <what> to back Putin ."
    return [
        ("Gazprom", 1, "nsubj", "PROPN", "NNP", "Gazprom"),
        ("spent", 1, "ROOT", "VERB", "VBD", "spend"),
        (what, 1, "dobj", "NOUN", "NN", what.lower()),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("back", 1, "advcl", "VERB", "VB", "back"),
        ("Putin", 4, "dobj", "PROPN", "NNP", "Putin"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_support_a_sum_spent_buys_is_campaign_finance() -> None:
    money = hand_parsed(_spent("millions"), people=frozenset({5}))
    money.ents = [*money.ents, Span(money, 2, 3, label="MONEY")]
    assert [e.cameo for e in events_in(money)] == []
    time = hand_parsed(_spent("weeks"), people=frozenset({5}))
    assert [e.cameo[:2] for e in events_in(time)] == ["05"]
