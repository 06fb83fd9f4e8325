"""One actor id across articles: surnames, spelling variants and codes joined only where the context agrees."""

import random

from telex.corpus.actors import EntityRow, canonical_names, link_actors


def person(article: str, name: str, **context: str) -> EntityRow:
    """A person row, alone in its article unless ``id`` is given."""
    entity_id = context.pop("id", "E1")
    return EntityRow(article, entity_id, name, "PERSON", **context)


def ids(rows: list[EntityRow]) -> list[str]:
    """The actor id of each row, in the order given."""
    linked = link_actors(rows)
    assert len(linked) == len(rows)
    return [linked[(row.article_id, row.id)] for row in rows]


def test_bare_surname_joins_the_one_full_name() -> None:
    rows = [person("a1", "Bernie Sanders", country="USA"), person("a2", "Sanders"), person("a3", "Mr. Sanders")]
    assert ids(rows) == ["person:bernie-sanders"] * 3


def test_bare_surname_in_another_country_stays_apart() -> None:
    rows = [person("a1", "Bernie Sanders", country="USA"), person("a2", "Sanders", country="GBR")]
    assert ids(rows) == ["person:bernie-sanders", "person:sanders"]


def test_bare_surname_with_two_full_names_and_no_context_stays_apart() -> None:
    rows = [
        person("a1", "Bernie Sanders", country="USA", affiliation="Senate"),
        person("a2", "Sarah Sanders", country="USA", affiliation="White House"),
        person("a3", "Sanders"),
        person("a4", "Sanders", country="USA"),
    ]
    assert ids(rows) == ["person:bernie-sanders", "person:sarah-sanders", "person:sanders", "person:sanders"]


def test_context_picks_one_of_two_full_names() -> None:
    rows = [
        person("a1", "Bernie Sanders", country="USA", code="USALEG", affiliation="Senate"),
        person("a2", "Sarah Sanders", country="USA", code="USAGOV", affiliation="White House"),
        person("a3", "Sanders", affiliation="the Senate"),
        person("a4", "Sanders", code="USAGOV"),
        person("a5", "Sanders", country="USA", affiliation="White House"),
    ]
    assert ids(rows) == [
        "person:bernie-sanders",
        "person:sarah-sanders",
        "person:bernie-sanders",
        "person:sarah-sanders",
        "person:sarah-sanders",
    ]


def test_of_two_fitting_full_names_the_one_agreeing_on_more_fields_wins() -> None:
    rows = [
        person("a1", "Bernie Sanders", country="USA", affiliation="Senate"),
        person("a2", "Sarah Sanders", country="USA"),
        person("a3", "Sanders", affiliation="Senate"),
    ]
    assert ids(rows) == ["person:bernie-sanders", "person:sarah-sanders", "person:bernie-sanders"]


def test_bare_surname_beside_a_full_name_in_its_own_article_stays_apart() -> None:
    rows = [person("a1", "Bernie Sanders"), person("a1", "Sanders", id="E2")]
    assert ids(rows) == ["person:bernie-sanders", "person:sanders"]


def test_different_given_names_never_merge() -> None:
    rows = [person(f"a{n}", name) for n, name in enumerate(["Hillary Clinton", "Bill Clinton", "Hilary Clinton"])]
    rows += [person("a3", "Hillary Clinton"), person("a4", "Clinton", country="USA")]
    assert ids(rows) == [
        "person:hillary-clinton",
        "person:bill-clinton",
        *["person:hillary-clinton"] * 2,
        "person:clinton",
    ]


def test_misspelt_given_name_merges_when_compatible() -> None:
    rows = [
        person("a1", "Vladimir Putin", country="RUS", code="RUSGOV"),
        person("a2", "President Vladimir Putin", country="RUS"),
        person("a3", "Vladmir Putin"),
        person("a4", "Putin", code="RUSGOV"),
    ]
    assert set(ids(rows)) == {"person:vladimir-putin"}
    assert canonical_names(rows) == {"person:vladimir-putin": "Vladimir Putin"}


def test_misspelt_given_name_in_another_country_stays_apart() -> None:
    rows = [person("a1", "Vladimir Putin", country="RUS"), person("a2", "Vladmir Putin", country="UKR")]
    assert ids(rows) == ["person:vladimir-putin", "person:vladmir-putin"]


def test_short_or_differently_ending_given_names_stay_apart() -> None:
    rows = [
        person("a1", "Jon Smith"),
        person("a2", "Jan Smith"),
        person("a3", "Christina Lee"),
        person("a4", "Christine Lee"),
    ]
    assert len(set(ids(rows))) == 4


def test_kim_jong_un_spellings_are_one_person() -> None:
    rows = [
        person("a1", "Kim Jong-un", country="PRK"),
        person("a2", "Kim Jong Un"),
        person("a3", "Kim Jongun"),
        person("a4", "Kim Jong-il", country="PRK"),
        person("a5", "Kim Jong-un", country="PRK"),
    ]
    assert ids(rows) == ["person:kim-jong-un"] * 3 + ["person:kim-jong-il", "person:kim-jong-un"]
    assert canonical_names(rows)["person:kim-jong-un"] == "Kim Jong-un"


def test_same_name_in_two_countries_is_two_actors() -> None:
    rows = [
        person("a1", "Ahmed Hassan", country="EGY"),
        person("a2", "Ahmed Hassan", country="EGY"),
        person("a3", "Ahmed Hassan", country="SDN", code="SDNGOV"),
        person("a4", "Ahmed Hassan", code="SDNGOV"),
        person("a5", "Ahmed Hassan"),
    ]
    expected = ["person:ahmed-hassan"] * 2 + ["person:ahmed-hassan-sdn"] * 2 + ["person:ahmed-hassan-2"]
    assert ids(rows) == expected


def test_same_name_in_one_country_only_takes_the_rows_without_country() -> None:
    rows = [person("a1", "Ahmed Hassan", country="EGY", code="EGYGOV"), person("a2", "Ahmed Hassan", code="EGYMIL")]
    assert ids(rows) == ["person:ahmed-hassan"] * 2


def test_organisations_join_as_one_table_entry_within_one_type() -> None:
    rows = [
        EntityRow("a1", "E1", "United Nations", "ORG", "IGOUNO"),
        EntityRow("a2", "E1", "UN", "ORG", "IGOUNO"),
        EntityRow("a3", "E1", "the  united nations", "ORG"),
        EntityRow("a4", "E1", "Russia", "GPE", "RUS", "RUS"),
        EntityRow("a5", "E1", "Moscow", "GPE", "RUS", "RUS"),
        EntityRow("a6", "E1", "Russia", "GPE"),
        EntityRow("a7", "E1", "Russia", "ORG", "RUS", "RUS"),
    ]
    assert ids(rows) == ["org:united-nations"] * 3 + ["place:russia"] * 3 + ["org:russia"]
    assert canonical_names(rows)["org:united-nations"] == "United Nations"


def test_a_shared_code_joins_no_organisations() -> None:
    # A code names a class: every US outlet is USAMED, every party USAPTY, every state of the union USA.
    rows = [
        EntityRow("a1", "E1", "Fox News", "ORG", "USAMED", "USA"),
        EntityRow("a2", "E1", "Associated Press", "ORG", "USAMED", "USA"),
        EntityRow("a3", "E1", "Democratic Party", "ORG", "USAPTY", "USA"),
        EntityRow("a4", "E1", "Republican Party", "ORG", "USAPTY", "USA"),
        EntityRow("a5", "E1", "Florida", "ORG", "USA", "USA"),
        EntityRow("a6", "E1", "Texas", "ORG", "USA", "USA"),
        EntityRow("a7", "E1", "Texas", "ORG", "USA", "USA"),
    ]
    assert ids(rows) == ["org:fox-news", "org:associated-press", "org:democratic-party", "org:republican-party",
                         "org:florida", "org:texas", "org:texas"]


def sample() -> list[EntityRow]:
    """Every case above in one corpus."""
    return [
        person("a1", "Bernie Sanders", country="USA", affiliation="Senate"),
        person("a2", "Sarah Sanders", country="USA", affiliation="White House"),
        person("a3", "Sanders", affiliation="Senate"),
        person("a4", "Sanders"),
        person("a5", "Vladimir Putin", country="RUS"),
        person("a5", "Vladmir Putin", id="E2"),
        person("a6", "Vladmir Putin"),
        person("a7", "Putin"),
        person("a8", "Kim Jong Un"),
        person("a9", "Kim Jong-un", country="PRK"),
        person("a9", "Hillary Clinton", id="E2"),
        person("a9", "Bill Clinton", id="E3"),
        person("b1", "John Smith", country="USA"),
        person("b2", "John Smith", country="GBR"),
        person("b3", "John Smith"),
        EntityRow("b4", "E1", "UN", "ORG", "IGOUNO"),
        EntityRow("b5", "E1", "United Nations", "ORG", "IGOUNO"),
    ]


def test_ids_do_not_depend_on_input_order() -> None:
    rows = sample()
    expected = link_actors(rows)
    names = canonical_names(rows)
    for seed in range(20):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        assert link_actors(shuffled) == expected
        assert canonical_names(shuffled) == names


def test_one_article_keeps_two_entities_apart_even_when_spelt_alike() -> None:
    linked = link_actors(sample())
    assert linked[("a5", "E1")] == "person:vladimir-putin"
    assert linked[("a5", "E2")] == linked[("a6", "E1")] == "person:vladmir-putin"


def test_every_id_has_a_canonical_name() -> None:
    rows = sample()
    assert set(link_actors(rows).values()) == set(canonical_names(rows))


def test_family_name_first_links_a_bare_family_name() -> None:
    rows = [person("a1", "Xi Jinping", country="CHN"), person("a2", "Xi"), person("a3", "President Xi")]
    assert ids(rows) == ["person:xi-jinping"] * 3


def test_scales_to_a_hundred_thousand_rows() -> None:
    rng = random.Random(7)

    def word() -> str:
        return "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randrange(5, 10))).title()

    people = [(word(), word(), rng.choice(["USA", "RUS", "CHN", "FRA", None])) for _ in range(8000)]
    organisations = [(f"{word()} {word()}", rng.choice([None, "USAGOV", "IGOUNO", "RUSMIL"])) for _ in range(2000)]
    rows = []
    for n in range(100_000):
        article, entity = f"a{n // 10}", f"E{n % 10 + 1}"
        if n % 2:
            name, code = rng.choice(organisations)
            rows.append(EntityRow(article, entity, name, "ORG", code))
            continue
        given, surname, country = rng.choice(people)
        name = surname if n % 7 == 0 else f"{given} {surname}"
        rows.append(EntityRow(article, entity, name, "PERSON", country=country))
    linked = link_actors(rows)
    assert len(linked) == len(rows)
    organisation_ids = {actor_id for actor_id in linked.values() if actor_id.startswith("org:")}
    assert len(organisation_ids) == len({name for name, _ in organisations})
    assert len(set(linked.values())) - len(organisation_ids) <= len(people) * 2


def org(article: str, name: str, **context: str) -> EntityRow:
    """An organisation row, alone in its article unless ``id`` is given."""
    entity_id = context.pop("id", "E1")
    return EntityRow(article, entity_id, name, "ORG", **context)


def test_a_person_typed_an_organisation_in_one_article_joins_the_person() -> None:
    rows = [person("a1", "Nora Hobbs"), person("a2", "Nora Hobbs"), org("a3", "Nora Hobbs")]
    assert ids(rows) == ["person:nora-hobbs"] * 3
    assert canonical_names(rows) == {"person:nora-hobbs": "Nora Hobbs"}


def test_a_name_more_often_an_organisation_than_a_person_stays_an_organisation() -> None:
    # "Hobbs Tower" typed a person once and an organisation twice is a building.
    rows = [person("a1", "Hobbs Tower"), org("a2", "Hobbs Tower"), org("a3", "Hobbs Tower")]
    assert ids(rows) == ["person:hobbs-tower", "org:hobbs-tower", "org:hobbs-tower"]


def test_a_one_word_organisation_or_one_of_two_namesakes_joins_no_person() -> None:
    rows = [person("a1", "Hobbs"), person("a2", "Hobbs"), org("a3", "Hobbs")]
    assert ids(rows)[2] == "org:hobbs"
    namesakes = [
        person("a1", "Nora Hobbs", country="USA"),
        person("a2", "Nora Hobbs", country="USA"),
        person("a3", "Nora Hobbs", country="GBR"),
        person("a4", "Nora Hobbs", country="GBR"),
    ]
    assert ids([*namesakes, org("a5", "Nora Hobbs")])[4] == "org:nora-hobbs"  # no country tells the two apart
    joined = ids([*namesakes, org("a5", "Nora Hobbs", country="GBR")])
    assert joined[4] == joined[2] != joined[0]
