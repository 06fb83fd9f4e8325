"""The pass over a whole store after ingest: corpus-wide actor ids and events counted once.

Both are recomputed from every stored row, so the result does not depend on the order or the batches
in which articles arrived (a local run and a distributed one give the same ids). Only rows whose value changed are
updated: an ingest of a few articles into a large store leaves nearly every row as it was, and DuckDB writes an
updated row again (into its log, then at the checkpoint).
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from telex.corpus.actors import EntityRow, link_and_name
from telex.corpus.groups import Mention, group_events


def link_corpus(con: duckdb.DuckDBPyConnection) -> None:
    """Fill ``entities.actor_id`` and ``events.event_group`` for every stored row."""
    _group_events(con)
    _link_actors(con)


def _group_events(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "SELECT e.article_id, e.id, a.cluster, e.cameo, e.source_codes, e.target_codes, e.date, "
        "coalesce(e.evidence, e.trigger) FROM events e JOIN articles a ON a.id = e.article_id"
    ).fetchall()
    if not rows:
        return
    mentions = [
        Mention(article, event, cluster or article, cameo, tuple(c for c in sources or () if c),
                tuple(c for c in targets or () if c), when, text or "")
        for article, event, cluster, cameo, sources, targets, when, text in rows
    ]  # fmt: skip
    groups = group_events(mentions)
    table = pa.table(
        {
            "article_id": [m.article_id for m in mentions],
            "id": [m.event_id for m in mentions],
            "event_group": pa.array(groups, type=pa.int64()),
        }
    )
    con.register("telex_groups", table)
    try:
        con.execute(
            "UPDATE events SET event_group = g.event_group FROM telex_groups g "
            "WHERE events.article_id = g.article_id AND events.id = g.id "
            "AND events.event_group IS DISTINCT FROM g.event_group"
        )
    finally:
        con.unregister("telex_groups")


def _link_actors(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "SELECT article_id, id, name, type, code, country, sector, affiliation FROM entities"
    ).fetchall()
    if not rows:
        return
    entities = [EntityRow(*row) for row in rows]
    linked, names = link_and_name(entities)
    keys = list(linked)
    table = pa.table(
        {
            "article_id": [k[0] for k in keys],
            "id": [k[1] for k in keys],
            "actor_id": [linked[k] for k in keys],
            "actor_name": [names.get(linked[k]) for k in keys],
        }
    )
    con.register("telex_actors", table)
    try:
        con.execute(
            "UPDATE entities SET actor_id = l.actor_id, actor_name = l.actor_name FROM telex_actors l "
            "WHERE entities.article_id = l.article_id AND entities.id = l.id "
            "AND (entities.actor_id IS DISTINCT FROM l.actor_id OR entities.actor_name IS DISTINCT FROM l.actor_name)"
        )
    finally:
        con.unregister("telex_actors")
