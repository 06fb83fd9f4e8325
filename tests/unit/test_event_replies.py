"""A denial with no target, or aimed only at its own side, answers the latest accusation against the ones denying."""

from dataclasses import replace

from telex.events.replies import answer_denials
from telex.records import ActorRef, Event, Trigger

USA = ActorRef("Washington", "United States", "USA", "USA", None)
PRK = ActorRef("Pyongyang", "North Korea", "PRK", "PRK", None)
RUS = ActorRef("Moscow", "Russia", "RUS", "RUS", None)
CHN = ActorRef("Beijing", "China", "CHN", "CHN", None)


def _event(cameo: str, start: int, source: tuple[ActorRef, ...], target: tuple[ActorRef, ...] = ()) -> Event:
    return Event(
        "", cameo, cameo[:2], None, None, 3, 0.0, source, target, "asserted", Trigger("x", start, start + 1), 0, 1.0
    )


def test_the_accused_denying_target_their_accusers() -> None:
    accusation = _event("112", 0, (USA,), (PRK,))
    [_, denial] = answer_denials([accusation, _event("120", 50, (RUS, PRK))])
    assert denial.target == (USA,)


def test_a_rejection_of_something_else_keeps_no_target() -> None:
    accusation = _event("112", 0, (USA,), (PRK,))
    [_, denial] = answer_denials([accusation, _event("120", 50, (CHN,))])
    assert denial.target == ()
    [early] = answer_denials([_event("120", 0, (PRK,))])
    assert early.target == ()


def test_a_denial_whose_only_target_is_the_deniers_own_side_answers_the_accusers() -> None:
    army = ActorRef("missiles", "North Korea", "PRKMIL", "PRK", "MIL")
    accusation = _event("112", 0, (USA,), (PRK,))
    [_, denial] = answer_denials([accusation, _event("120", 50, (PRK,), (army,))])
    assert denial.target == (USA,)
    # A denial aimed at someone else keeps its target.
    [_, other] = answer_denials([accusation, _event("120", 50, (PRK,), (CHN,))])
    assert other.target == (CHN,)


def test_an_accusation_the_deniers_made_themselves_is_not_answered() -> None:
    # "Senator Ruiz attacked the former governor ... Senator Ruiz rejected the attacks from his rivals": one country,
    # and the only earlier accusation is the denier's own.
    ruiz = ActorRef("Senator Ruiz", "Ana Ruiz", "CHLLEG", "CHL", "LEG", "E1")
    governor = ActorRef("the former governor", None, "CHLELI", "CHL", "ELI")
    own = _event("111", 0, (ruiz,), (governor,))
    [_, denial] = answer_denials([own, _event("120", 50, (ruiz,))])
    assert denial.target == ()
    # Another's accusation against the same country is still answered.
    rival = ActorRef("Mr. Soto", "Luis Soto", "CHLPTY", "CHL", "PTY", "E2")
    [_, denial] = answer_denials([_event("111", 0, (rival,), (ruiz,)), _event("120", 50, (ruiz,))])
    assert denial.target == (rival,)


def test_a_denial_that_names_a_compatriot_it_answers_keeps_them() -> None:
    # "Mr. Soto accused Ruiz … Ms. Vera accused Ruiz … Ruiz dismissed Vera's charges": Vera, not the latest accuser.
    ruiz = ActorRef("Ruiz", "Ana Ruiz", "CHLLEG", "CHL", "LEG", "E1")
    soto = ActorRef("Mr. Soto", "Luis Soto", "CHLPTY", "CHL", "PTY", "E2")
    vera = ActorRef("Vera", "Rosa Vera", "CHLPTY", "CHL", "PTY", "E3")
    accusations = [_event("112", 0, (vera,), (ruiz,)), _event("112", 20, (soto,), (ruiz,))]
    [*_, denial] = answer_denials([*accusations, _event("120", 50, (ruiz,), (vera,))])
    assert denial.target == (vera,)


def test_one_the_article_names_answers_only_what_was_said_of_them() -> None:
    # "Mr. Soto accused Ms. Vera … Senator Ruiz rejected the plan": a compatriot accused is not Ruiz, so Ruiz answers
    # no one; a state answers what was said of its country ("Washington accused the North Korean army … Pyongyang
    # denied it").
    ruiz = ActorRef("Senator Ruiz", "Ana Ruiz", "CHLLEG", "CHL", "LEG", "E1")
    soto = ActorRef("Mr. Soto", "Luis Soto", "CHLPTY", "CHL", "PTY", "E2")
    vera = ActorRef("Ms. Vera", "Rosa Vera", "CHLPTY", "CHL", "PTY", "E3")
    [_, denial] = answer_denials([_event("112", 0, (soto,), (vera,)), _event("120", 50, (ruiz,))])
    assert denial.target == ()
    army = ActorRef("the army", "North Korea", "PRKMIL", "PRK", "MIL")
    [_, denial] = answer_denials([_event("112", 0, (USA,), (army,)), _event("120", 50, (PRK,))])
    assert denial.target == (USA,)


def test_a_negated_rejection_or_a_breach_answers_no_accusation() -> None:
    # "Soto accused Ruiz … Ruiz did not support the bill", "… Ruiz violated the rules": no denial of the charge.
    ruiz = ActorRef("Senator Ruiz", "Ana Ruiz", "CHLLEG", "CHL", "LEG", "E1")
    soto = ActorRef("Mr. Soto", "Luis Soto", "CHLPTY", "CHL", "PTY", "E2")
    accusation = _event("112", 0, (soto,), (ruiz,))
    negated = replace(_event("120", 50, (ruiz,)), modality="negated")
    [_, unsupported] = answer_denials([accusation, negated])
    assert unsupported.target == ()
    [_, breach] = answer_denials([accusation, _event("128", 50, (ruiz,))])
    assert breach.target == ()
    [_, denial] = answer_denials([accusation, _event("120", 50, (ruiz,))])
    assert denial.target == (soto,)


def test_a_refusal_a_negation_makes_answers_no_one() -> None:
    # "Washington accused Pyongyang ... Pyongyang will not support Moscow": the refusal (120 by negation, told
    # ``negated`` until denials are answered) is no denial.
    accusation = _event("112", 0, (USA,), (PRK,))
    [_, refusal] = answer_denials([accusation, replace(_event("120", 50, (PRK,)), modality="negated")])
    assert refusal.target == ()
