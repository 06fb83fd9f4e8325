"""The pass over a whole store after ingest: corpus-wide actor ids and events counted once.

Both are recomputed from every stored row, so the result does not depend on the order or the batches
in which articles arrived (a local run and a distributed one give the same ids). Only rows whose value changed are
updated: an ingest of a few articles into a large store leaves nearly every row as it was, and DuckDB writes an
updated row again (into its log, then at the checkpoint). Organisations and places are linked by name alone, so
their rows come to Python summed by name (some 3,000 names for 64,000 rows at 4,260 articles).
"""

from __future__ import annotations

from typing import Any

import duckdb
import pyarrow as pa

from telex.corpus.actors import EntityRow, NameCount, link_people_and_names
from telex.corpus.groups import Mention, group_events
from telex.store import read_tables


def link_corpus(con: duckdb.DuckDBPyConnection) -> None:
    """Fill ``entities.actor_id`` and ``events.event_group`` for every stored row, marking the articles and event
    groups whose values changed for the read tables (``read_tables.mark_articles``, ``mark_groups``). Actors come
    first: an event's people are its sides' corpus actors."""
    _link_actors(con)
    _group_events(con)


def _group_events(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "SELECT e.article_id, e.id, a.cluster, e.cameo, e.source_codes, e.target_codes, e.date, "
        "coalesce(e.evidence, e.trigger), e.event_group, e.source_entities, e.target_entities "
        "FROM events e JOIN articles a ON a.id = e.article_id"
    ).fetchall()
    if not rows:
        return
    people = _people(con)
    mentions = [
        Mention(article, event, cluster or article, cameo, tuple(c for c in sources or () if c),
                tuple(c for c in targets or () if c), when, text or "",
                _named(people, article, source_entities), _named(people, article, target_entities))
        for article, event, cluster, cameo, sources, targets, when, text, _, source_entities, target_entities in rows
    ]  # fmt: skip
    regrouped = [(row, group) for row, group in zip(rows, group_events(mentions), strict=True) if group != row[8]]
    changed = [(row[0], row[1], group) for row, group in regrouped]
    # An event's old group loses it and its new one gains it (an event not grouped before is new since the tables
    # were kept: the group it counted towards alone is in no kept table).
    read_tables.mark_groups(con, {g for row, group in regrouped for g in (row[8], group) if g is not None})
    _update(
        con,
        "UPDATE events SET event_group = g.event_group FROM telex_changed g "
        "WHERE events.article_id = g.article_id AND events.id = g.id",
        changed,
        pa.schema([("article_id", pa.string()), ("id", pa.string()), ("event_group", pa.int64())]),
    )


def _people(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], str]:
    """The corpus actor id of every person entity, by article and entity id."""
    rows = con.execute(
        "SELECT article_id, id, actor_id FROM entities WHERE type = 'PERSON' AND actor_id IS NOT NULL").fetchall()
    return {(article, entity): actor for article, entity, actor in rows}


def _named(people: dict[tuple[str, str], str], article: str, entities: list[str | None] | None) -> tuple[str, ...]:
    """The corpus actor ids of the people among an event side's ``entities``."""
    return tuple(actor for entity in entities or () if entity and (actor := people.get((article, entity))))


# Organisations and places are linked by name alone: their rows summed by name, the least row key as
# ``corpus.actors._row_key`` orders rows (DuckDB orders text by code point, as Python does).
_THING_NAMES = """
SELECT type, name, count(*),
       min([article_id, id, name, type, coalesce(code, ''), coalesce(country, ''), coalesce(sector, ''),
            coalesce(affiliation, '')]),
       list(DISTINCT country) FILTER (WHERE country <> '')
FROM entities WHERE type <> 'PERSON' GROUP BY type, name
"""


def _link_actors(con: duckdb.DuckDBPyConnection) -> None:
    people = con.execute(
        "SELECT article_id, id, name, type, code, country, sector, affiliation, actor_id, actor_name FROM entities "
        "WHERE type = 'PERSON' ORDER BY article_id, id"
    ).fetchall()
    things = [
        NameCount(kind, name, count, tuple(first), frozenset(countries or ()))
        for kind, name, count, first, countries in con.execute(_THING_NAMES).fetchall()
    ]
    if not people and not things:
        return
    linked = link_people_and_names([EntityRow(*row[:8]) for row in people], things)
    names = linked.names
    changed = [
        (article, entity, actor, names[actor])
        for article, entity, *_, old_actor, old_name in people
        if (actor := linked.people[(article, entity)]) != old_actor or names[actor] != old_name
    ]
    read_tables.mark_articles(con, {article for article, *_ in changed})
    _update(
        con,
        "UPDATE entities SET actor_id = l.actor_id, actor_name = l.actor_name FROM telex_changed l "
        "WHERE entities.article_id = l.article_id AND entities.id = l.id",
        changed,
        pa.schema([(column, pa.string()) for column in ("article_id", "id", "actor_id", "actor_name")]),
    )
    # Every row of a name takes its name's actor: the join writes only those whose id or name changed.
    updated = _update(
        con,
        "UPDATE entities SET actor_id = l.actor_id, actor_name = l.actor_name FROM telex_changed l "
        "WHERE entities.type = l.type AND entities.name = l.name "
        "AND (entities.actor_id IS DISTINCT FROM l.actor_id OR entities.actor_name IS DISTINCT FROM l.actor_name) "
        "RETURNING entities.article_id",
        [(kind, name, actor, names[actor]) for (kind, name), actor in linked.things.items()],
        pa.schema([(column, pa.string()) for column in ("type", "name", "actor_id", "actor_name")]),
    )
    read_tables.mark_articles(con, {article for (article,) in updated})


def _update(
    con: duckdb.DuckDBPyConnection, statement: str, rows: list[tuple[Any, ...]], schema: pa.Schema
) -> list[tuple[Any, ...]]:
    """Run ``statement`` with ``rows`` as the table ``telex_changed``, and return what it returns; nothing when there
    are no rows."""
    if not rows:
        return []
    con.register(
        "telex_changed", pa.table({f.name: pa.array([row[k] for row in rows], f.type) for k, f in enumerate(schema)})
    )
    try:
        return con.execute(statement).fetchall()
    finally:
        con.unregister("telex_changed")
