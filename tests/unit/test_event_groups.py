"""Events counted once across articles: same code, dyad and people within a day, or the same sentence in copies."""

from telex.corpus.groups import Mention, group_events, stable_id


def mention(article: str, cameo: str = "040", sources: tuple[str, ...] = ("RUSGOV",),
            targets: tuple[str, ...] = ("PRKGOV",), when: str | None = "2024-06-19",
            cluster: str | None = None, evidence: str = "Putin met Kim.", source_people: tuple[str, ...] = (),
            target_people: tuple[str, ...] = ()) -> Mention:
    return Mention(article, "V1", cluster or article, cameo, sources, targets, when, evidence, source_people,
                   target_people)


def test_same_code_and_dyad_a_day_apart_is_one_event() -> None:
    groups = group_events([mention("a"), mention("b", when="2024-06-20", evidence="The leaders met.")])
    assert groups[0] == groups[1]


def test_two_days_apart_or_another_code_or_dyad_is_another_event() -> None:
    groups = group_events([
        mention("a"),
        mention("b", when="2024-06-21"),
        mention("c", cameo="057"),
        mention("d", targets=("KORGOV",)),
    ])
    assert len(set(groups)) == 4


def test_an_event_takes_the_days_within_one_of_its_first_day_and_no_more() -> None:
    groups = group_events([mention("a"), mention("b", when="2024-06-20"), mention("c", when="2024-06-21")])
    assert groups[0] == groups[1] != groups[2]  # days chained: 19, 20 and 21 June were one event


def test_a_pair_quarrelling_every_day_of_a_month_is_not_one_event() -> None:
    days = [mention(f"a{day}", when=f"2024-06-{day:02d}") for day in range(1, 31)]
    groups = group_events(days)
    assert len(set(groups)) == 15  # one event every other day, not a single one of 1 June
    assert group_events(days[::-1]) == groups[::-1]


def test_the_same_codes_between_other_people_are_other_events() -> None:
    # USAELI is every American politician: Trump criticising Carson and Clinton criticising Trump share codes
    trump_carson = mention("a", "111", ("USAELI",), ("USAELI",), source_people=("person:trump",),
                           target_people=("person:carson",))
    clinton_trump = mention("b", "111", ("USAELI",), ("USAELI",), source_people=("person:clinton",),
                            target_people=("person:trump",))
    trump_again = mention("c", "111", ("USAELI",), ("USAELI",), when="2024-06-20", source_people=("person:trump",),
                          target_people=("person:carson",), evidence="Trump attacked Carson again.")
    groups = group_events([trump_carson, clinton_trump, trump_again])
    assert groups[0] == groups[2] != groups[1]


def test_copies_share_the_sentence_whatever_their_dates() -> None:
    groups = group_events([
        mention("a", when="2024-06-19"),
        mention("b", when="2024-06-25", cluster="a", sources=(), targets=()),
    ])
    assert groups[0] == groups[1]


def test_uncoded_events_of_unrelated_stories_stay_apart() -> None:
    groups = group_events([
        mention("a", cameo="141", sources=(), targets=(), evidence="Protesters marched."),
        mention("b", cameo="141", sources=(), targets=(), evidence="Farmers marched."),
    ])
    assert groups[0] != groups[1]


def test_partial_dates_join_only_their_equals() -> None:
    groups = group_events([mention("a", when="1961"), mention("b", when="1961"), mention("c", when="1962")])
    assert groups[0] == groups[1] != groups[2]


def test_ids_are_stable_and_independent_of_order() -> None:
    items = [mention("a"), mention("b", when="2024-06-20"), mention("c", cameo="057")]
    forward = dict(zip([m.article_id for m in items], group_events(items), strict=True))
    backward = dict(zip([m.article_id for m in items[::-1]], group_events(items[::-1]), strict=True))
    assert forward == backward
    assert forward["a"] == stable_id("a", "V1")
    assert all(0 < value < 2**53 for value in forward.values())  # exact in a double: JSON readers
