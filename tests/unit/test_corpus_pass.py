"""The store's corpus pass gives every entity row the actor id and name ``link_and_name`` gives it over the rows,
though it hands organisations and places to the linking summed by name (in SQL) and writes only what changed."""

import duckdb
from hypothesis import given, settings
from hypothesis import strategies as st

from telex.corpus.actors import EntityRow, link_and_name, name_counts
from telex.store.corpus_pass import _THING_NAMES, _link_actors

# Few values, so that names, countries and ids collide: spellings up to case and spaces, table entries ("UN" and
# "United Nations"), the same slug for a person and an organisation, one country or several, accents in ids.
NAMES = ["UN", "United Nations", "united  nations", "Sanders", "Bernie Sanders", "Sarah Sanders", "Washington",
         "Fox News", "fox news", "Élysée", "Moscow", "Russia"]  # fmt: skip
rows = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "é", "a1", "B"]),
        st.sampled_from(["E1", "E2", "E10", "E3"]),
        st.sampled_from(NAMES),
        st.sampled_from(["PERSON", "ORG", "GPE", "LOC"]),
        st.sampled_from([None, "", "USA", "IGOUNO"]),
        st.sampled_from([None, "", "USA", "GBR", "RUS"]),
        st.sampled_from([None, "GOV"]),
        st.sampled_from([None, "Senate", "White House"]),
    ),
    max_size=30,
    unique_by=lambda row: (row[0], row[1]),  # a store has one row per article and entity id
).map(lambda found: [EntityRow(*row) for row in found])


def stored(entity_rows: list[EntityRow], linked: dict[tuple[str, str], tuple[str, str]] | None = None):
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE entities (article_id VARCHAR, id VARCHAR, name VARCHAR, type VARCHAR, code VARCHAR, "
        "country VARCHAR, sector VARCHAR, affiliation VARCHAR, actor_id VARCHAR, actor_name VARCHAR)"
    )
    values = [[*row, *(linked or {}).get((row.article_id, row.id), (None, None))] for row in entity_rows]
    if values:
        con.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
    return con


def actors_of(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], tuple[str, str]]:
    return {(a, i): (actor, name) for a, i, actor, name in
            con.execute("SELECT article_id, id, actor_id, actor_name FROM entities").fetchall()}  # fmt: skip


def expected(entity_rows: list[EntityRow]) -> dict[tuple[str, str], tuple[str, str]]:
    links, names = link_and_name(entity_rows)
    return {key: (actor, names[actor]) for key, actor in links.items()}


@settings(max_examples=60, deadline=None)
@given(rows)
def test_the_names_summed_in_sql_are_those_summed_in_python(entity_rows: list[EntityRow]) -> None:
    con = stored(entity_rows)
    from_sql = [(t, n, c, tuple(f), frozenset(cs or ())) for t, n, c, f, cs in con.execute(_THING_NAMES).fetchall()]
    in_python = name_counts(row for row in entity_rows if row.type != "PERSON")
    assert sorted(from_sql) == sorted(tuple(n) for n in in_python)


@settings(max_examples=60, deadline=None)
@given(rows, rows)
def test_a_pass_over_linked_and_new_rows_is_a_full_linking(old: list[EntityRow], new: list[EntityRow]) -> None:
    """Stored rows linked as the old corpus had them, new rows unlinked: the pass gives what linking all gives."""
    new = [row._replace(article_id="new/" + row.article_id) for row in new]
    con = stored(old + new, expected(old) if old else None)
    _link_actors(con)
    assert actors_of(con) == expected(old + new)


def test_a_name_of_several_spellings_keeps_one_actor_across_rows() -> None:
    entity_rows = [
        EntityRow("a", "E1", "United Nations", "ORG"),
        EntityRow("b", "E1", "UN", "ORG", country="USA"),
        EntityRow("c", "E2", "united  nations", "ORG"),
        EntityRow("c", "E1", "Bernie Sanders", "PERSON", country="USA"),
        EntityRow("d", "E1", "Sanders", "PERSON"),
    ]
    con = stored(entity_rows)
    _link_actors(con)
    actors = actors_of(con)
    assert actors == expected(entity_rows)
    assert {actors[(a, "E1")] for a in "ab"} == {actors[("c", "E2")]}
    assert actors[("d", "E1")] == ("person:bernie-sanders", "Bernie Sanders")
