"""Joint actions run both ways; directed ones and ones with a named target are left alone."""

from telex.events.reciprocal import directed
from telex.records import ActorRef, Event, Trigger

RUS = ActorRef("Russia", "Russia", "RUS", "RUS", None)
PRK = ActorRef("North Korea", "North Korea", "PRK", "PRK", None)
CHN = ActorRef("China", "China", "CHN", "CHN", None)


def _event(cameo: str, source: tuple[ActorRef, ...], target: tuple[ActorRef, ...] = ()) -> Event:
    return Event("", cameo, cameo[:2], None, None, 1, 0.0, source, target, "asserted", Trigger("x", 0, 1), 0, 1.0)


def _dyads(events: list[Event]) -> set[tuple[str | None, tuple[str | None, ...]]]:
    return {(e.source[0].code, tuple(a.code for a in e.target)) for e in events}


def test_a_treaty_signed_together_is_signed_with_each_other() -> None:
    events = directed([_event("057", (RUS, PRK))])
    assert _dyads(events) == {("RUS", ("PRK",)), ("PRK", ("RUS",))}


def test_three_parties_each_act_on_the_other_two() -> None:
    events = directed([_event("040", (RUS, PRK, CHN))])
    assert len(events) == 3 and _dyads(events) >= {("CHN", ("RUS", "PRK"))}


def test_directed_codes_named_targets_and_one_actor_stay_as_they_are() -> None:
    kept = [_event("112", (RUS, PRK)), _event("057", (RUS, PRK), (CHN,)), _event("057", (RUS,))]
    assert directed(kept) == kept
