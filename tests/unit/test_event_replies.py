"""A denial with no target, or aimed only at its own side, answers the latest accusation against the ones denying."""

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
