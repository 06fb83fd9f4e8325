"""Tables kept for reading: what a corpus query would otherwise compute from every row on every request.

- ``counted_events``: events counted once across articles, one row per event group. A group
  (``events.event_group``, set by the corpus pass) is one real event told by several articles. Its row is
  described by one mention, the first (by article id, then event id) among those that name the most of its
  sides: date, code, modality, actors, evidence; its counts cover every mention (``num_mentions``,
  ``num_sources`` = distinct outlets, ``num_articles``), an outlet's copies of one story counted as one article
  (``DOCUMENT``). A mention the corpus pass has not grouped yet
  (written, not finished) is an event of its own. An event the text does not date takes its article's
  publication date (``date_source`` ``published``; rows stored before schema 3 get one here). Undated
  events are kept.
- ``listed_articles``: every article's listing (no text) with its counts of quotes and events.
- ``spoken_quotes``: every quote with its article's date, outlet and URL and its speaker's corpus actor.

``Store.write`` sets them aside (out of readers' sight) and marks what it changes, and ``Store.finish()`` recomputes
the rows of what changed and puts them back, so a kept table is never older than the rows it derives from (with
nothing set aside, or much changed, it writes them whole); ``source(name, kept)`` names the table when the
connection has it and its query when not (a dataset of Parquet files, a store written but not finished). Both give
the same rows: a filter reads a few thousand rows instead of joining and grouping every row per request.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import duckdb

# The columns a reader gets, in order (``Corpus.events``, ``telex events``, the GDELT export).
EVENT_COLUMNS = (
    "event_id", "date", "date_source", "cameo", "cameo_root", "plover", "quad_class", "goldstein", "modality",
    "source_code", "source_name", "source_country", "source_sector",
    "target_code", "target_name", "target_country", "target_sector",
    "num_mentions", "num_sources", "num_articles", "article_id", "url", "evidence", "added",
    "source_codes", "target_codes",
)  # fmt: skip

# The event an events row (alias ``e``) counts towards: its group, or itself until the corpus pass has grouped it
# (a 64-bit hash shifted below 2**53, as ``corpus.groups.stable_id``).
EVENT_GROUP = "coalesce(e.event_group, CAST(hash(e.article_id, e.id) >> 11 AS BIGINT))"

# The document an article (alias ``a``) is: one outlet's copies of one story (its near-duplicate cluster) are one
# document, stored twice (under another address, or with a few words changed), and count once in ``num_articles``,
# ``num_mentions`` and ``num_sources``; an article of no known outlet is a document of its own, but for its exact
# copies (the same text).
DOCUMENT = "coalesce(a.cluster, a.id) || chr(31) || coalesce('outlet:' || a.outlet, 'text:' || a.content_hash, a.id)"

# A write sets the kept tables aside under these names, with what it changed, and the corpus pass after it brings them
# up to date by recomputing only the rows those changes reach; readers never see a table set aside.
ASIDE = "telex_aside_"
# Articles whose rows changed since the tables were kept: written (added or replaced), or whose entities' corpus actor
# changed in a pass.
CHANGED_ARTICLES = "telex_aside_articles"
# Event groups whose mentions changed: the groups of rows a write replaced, and a pass's old and new groups of each
# event it grouped anew.
CHANGED_GROUPS = "telex_aside_groups"
_MARKS = {CHANGED_ARTICLES: "article_id VARCHAR", CHANGED_GROUPS: "grp BIGINT"}
# When more than this share of the stored articles changed (a first large ingest into a small store), the tables are
# written whole instead: as cheap then, and their rows come back in the order they are kept in.
REWRITE_SHARE = 0.25

_IN_CHANGED_ARTICLES = f"IN (SELECT article_id FROM {CHANGED_ARTICLES})"
_IN_CHANGED_GROUPS = f"IN (SELECT grp FROM {CHANGED_GROUPS})"


def _rows(table: str, changed: bool, key: str = "article_id") -> str:
    """What a query reads ``table`` from: the table, or (``changed``) the rows of the articles marked as changed alone
    (each table filtered before any join)."""
    return f"(SELECT * FROM {table} WHERE {key} {_IN_CHANGED_ARTICLES})" if changed else table


def _grouped_events(changed: bool) -> str:
    """What counted events read the events from: the table, or (``changed``) the mentions of the groups marked as
    changed alone (every group's row is computed from its mentions alone)."""
    return f"(SELECT * FROM events e WHERE {EVENT_GROUP} {_IN_CHANGED_GROUPS})" if changed else "events"


# Written to spill to disk under a writer's memory cap: the first mention by a window over sorted rows, the
# counts by plain grouping in two steps (DISTINCT aggregates and arg_min over lists keep all in memory).
def _counted_events(changed: bool = False) -> str:
    """``counted_events``: every group's row, or (``changed``) the rows of the groups marked as changed."""
    return f"""
WITH mention AS (
    SELECT e.* EXCLUDE (date_source) REPLACE (coalesce(e.date, CAST(a.published AS VARCHAR)) AS date),
           CASE WHEN e.date IS NOT NULL THEN coalesce(e.date_source, 'text')
                WHEN a.published IS NOT NULL THEN 'published' END AS date_source,
           {EVENT_GROUP} AS grp,
           a.outlet, a.url, a.added, {DOCUMENT} AS document
    FROM {_grouped_events(changed)} e JOIN articles a ON a.id = e.article_id
),
first AS (
    SELECT * FROM mention
    QUALIFY row_number() OVER (PARTITION BY grp ORDER BY len(coalesce(source_codes, [])) = 0,
                                                         len(coalesce(target_codes, [])) = 0, article_id, id) = 1
),
per_article AS (
    SELECT grp, article_id, any_value(document) AS document, any_value(coalesce(outlet, document)) AS outlet,
           sum(mentions) AS mentions, min(added) AS added
    FROM mention GROUP BY grp, article_id
),
per_document AS (
    SELECT grp, document, any_value(outlet) AS outlet, max(mentions) AS mentions, min(added) AS added
    FROM per_article GROUP BY grp, document
),
counts AS (
    SELECT grp, CAST(sum(mentions) AS BIGINT) AS num_mentions, CAST(count(*) AS BIGINT) AS num_articles,
           CAST(min(added) AS VARCHAR) AS added
    FROM per_document GROUP BY grp
),
outlets AS (
    SELECT grp, CAST(count(*) AS BIGINT) AS num_sources FROM (SELECT DISTINCT grp, outlet FROM per_document)
    GROUP BY grp
)
SELECT f.grp AS event_id, f.date, f.date_source, f.cameo, f.cameo_root, f.plover, f.quad_class, f.goldstein,
       f.modality,
       f.source_codes[1] AS source_code, f.source_names[1] AS source_name,
       f.source_countries[1] AS source_country, f.source_sectors[1] AS source_sector,
       f.target_codes[1] AS target_code, f.target_names[1] AS target_name,
       f.target_countries[1] AS target_country, f.target_sectors[1] AS target_sector,
       c.num_mentions, o.num_sources, c.num_articles, f.article_id, f.url,
       coalesce(f.evidence, f.trigger) AS evidence, c.added, f.source_codes, f.target_codes,
       -- not shown to readers: the names that actor filters match
       f.source_names, f.target_names
FROM first f JOIN counts c ON c.grp = f.grp JOIN outlets o ON o.grp = f.grp
"""


COUNTED_EVENTS = _counted_events()

# ``speaker`` is the corpus actor's name when there is one; ``quoted_as`` the name in the article; ``class`` what the
# source is (``speech``, ``belief``, …) and ``continues`` the id of the previous piece of the same statement, in the
# same article (both were stored but read by no query until schema 6); ``headline`` whether it stands in the headline
# (schema 7; null where a reader meets a file of an older schema, which the next write fills).
QUOTE_COLUMNS = (
    "article_id", "id", "speaker", "actor_id", "kind", "text", "cue", "affiliation", "country", "via",
    "published", "outlet", "url", "class", "continues", "quoted_as", "quote_scheme", "headline",
)  # fmt: skip

# The quote scheme an article (alias ``a``) was analysed with, as ingest recorded it (none before schema 6).
QUOTE_SCHEME = "a.analysis->>'quote_scheme'"


def _spoken_quotes(changed: bool = False) -> str:
    """``spoken_quotes``: every article's quotes, or (``changed``) those of the articles marked as changed."""
    quotes, articles, entities = _rows("quotes", changed), _rows("articles", changed, "id"), _rows("entities", changed)
    return f"""
SELECT q.article_id, q.id, coalesce(n.actor_name, q.speaker) AS speaker, n.actor_id, q.kind, q.text, q.cue,
       q.affiliation, q.country, q.via, a.published, a.outlet, a.url, q.class, q.continues, q.speaker AS quoted_as,
       {QUOTE_SCHEME} AS quote_scheme, q.headline,
       -- not shown to readers: the order within an article
       q.start
FROM {quotes} q JOIN {articles} a ON a.id = q.article_id
LEFT JOIN {entities} n ON n.article_id = q.article_id AND n.id = q.entity_id
"""


SPOKEN_QUOTES = _spoken_quotes()

ARTICLE_COLUMNS = (
    "id", "cluster", "title", "published", "outlet", "url", "author", "language", "quotes", "events", "quote_scheme",
)  # fmt: skip


def _listed_articles(changed: bool = False) -> str:
    """``listed_articles``: every article's listing, or (``changed``) those of the articles marked as changed."""
    articles, quotes, events = _rows("articles", changed, "id"), _rows("quotes", changed), _rows("events", changed)
    return f"""
SELECT a.id, a.cluster, a.title, a.published, a.outlet, a.url, a.author, a.language,
       coalesce(q.n, 0) AS quotes, coalesce(e.n, 0) AS events, {QUOTE_SCHEME} AS quote_scheme
FROM {articles} a
LEFT JOIN (SELECT article_id, count(*) AS n FROM {quotes} GROUP BY article_id) q ON q.article_id = a.id
LEFT JOIN (SELECT article_id, count(*) AS n FROM {events} GROUP BY article_id) e ON e.article_id = a.id
"""


LISTED_ARTICLES = _listed_articles()

# The columns readers select from each table: a kept table that lacks one was written by an older telex (before
# schema 6, ``spoken_quotes`` had no ``class``), and is computed again rather than read.
COLUMNS = {"listed_articles": ARTICLE_COLUMNS, "counted_events": EVENT_COLUMNS, "spoken_quotes": QUOTE_COLUMNS}

# Each table: its query (over every row, or over the rows a change reaches alone), the order its rows are written in,
# and which of its rows a change reaches.
_QUERIES: dict[str, tuple[Callable[[bool], str], str, str]] = {
    "listed_articles": (_listed_articles, "published DESC NULLS LAST, id", f"id {_IN_CHANGED_ARTICLES}"),
    "counted_events": (_counted_events, "date NULLS LAST, event_id", f"event_id {_IN_CHANGED_GROUPS}"),
    "spoken_quotes": (_spoken_quotes, "published NULLS LAST, article_id, start", f"article_id {_IN_CHANGED_ARTICLES}"),
}
# Each table, its query and the order its rows are written in.
TABLES: dict[str, tuple[str, str]] = {name: (query(False), order) for name, (query, order, _) in _QUERIES.items()}


def unfinished(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether articles were written that no corpus pass has followed: an ingest is writing, or stopped before its
    end (Ctrl-C, a crash). A write into a finished store sets its kept tables aside (``CHANGED_ARTICLES``); a store's
    first writes keep none until their pass writes them. Until a pass, those articles have no corpus actor ids and
    their events are counted once with no other article's."""
    present = _present(con)
    if CHANGED_ARTICLES in present:
        return True
    if "articles" not in present or all(name in present for name in TABLES):
        return False
    return bool(con.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0])  # type: ignore[index]


def _present(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The tables of the file's main schema."""
    return {row[0] for row in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall()}


def outdated(columns: dict[str, set[str]]) -> list[str]:
    """The kept tables (of the file's ``columns`` per table) that lack a column readers select: written by an older
    telex, their rows are computed again."""
    return [name for name, needed in COLUMNS.items() if name in columns and not set(needed) <= columns[name]]


def _columns(con: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for table, column in con.execute("SELECT table_name, column_name FROM duckdb_columns() "
                                     "WHERE schema_name = 'main' AND NOT internal").fetchall():
        found.setdefault(table, set()).add(column)
    return found


def _set_aside(present: set[str]) -> bool:
    """Whether a write has set the kept tables aside, with its marks, for the next corpus pass."""
    return all(ASIDE + name in present for name in TABLES) and all(mark in present for mark in _MARKS)


def keep(con: duckdb.DuckDBPyConnection) -> None:
    """Bring every table up to date with the stored rows (inside the corpus pass's transaction, after the pass has
    marked what it changed: ``mark_articles``, ``mark_groups``): the rows of what changed, when a write set the tables
    aside and they are few; else every table written whole."""
    if _set_aside(_present(con)) and _few_changed(con):
        _refresh(con)
        return
    for name, (query, order) in TABLES.items():
        con.execute(f"CREATE OR REPLACE TABLE {name} AS {query} ORDER BY {order}")
    _drop_aside(con)


def _few_changed(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the articles marked as changed are at most ``REWRITE_SHARE`` of those stored."""
    changed, stored = con.execute(
        f"SELECT (SELECT count(DISTINCT article_id) FROM {CHANGED_ARTICLES}), (SELECT count(*) FROM articles)"
    ).fetchone() or (0, 0)
    return bool(changed <= REWRITE_SHARE * stored)


def _refresh(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute the rows of the changed articles and groups in the tables set aside, and put them back."""
    for name, (query, _order, reached) in _QUERIES.items():
        con.execute(f"DELETE FROM {ASIDE}{name} WHERE {reached}")
        con.execute(f"INSERT INTO {ASIDE}{name} {query(True)}")
        con.execute(f"ALTER TABLE {ASIDE}{name} RENAME TO {name}")
    for mark in _MARKS:
        con.execute(f"DROP TABLE {mark}")


def set_aside(con: duckdb.DuckDBPyConnection, written: list[str], stored: list[str]) -> None:
    """Before a write replaces the rows of the articles ``stored`` and adds those of ``written`` (inside the writer's
    transaction): move the kept tables out of readers' sight and mark what the write changes, for the corpus pass to
    recompute; tables already set aside by a write not yet followed by a pass gather this write's marks too. Without
    the tables (a new store, a store of an older telex) nothing is kept until the pass writes them whole."""
    present = _present(con)
    if all(name in present for name in TABLES) and not outdated(_columns(con)):
        _drop_aside(con)
        for name in TABLES:
            con.execute(f"ALTER TABLE {name} RENAME TO {ASIDE}{name}")
        for mark, column in _MARKS.items():
            con.execute(f"CREATE TABLE {mark} ({column})")
    elif not _set_aside(present):
        forget(con)
        _drop_aside(con)
        return
    mark_articles(con, written)
    if stored:  # the groups that lose these mentions
        con.execute(f"INSERT INTO {CHANGED_GROUPS} SELECT DISTINCT {EVENT_GROUP} FROM events e "
                    "WHERE e.article_id IN (SELECT unnest(?))", [stored])


def mark_articles(con: duckdb.DuckDBPyConnection, articles: Iterable[str]) -> None:
    """Mark these articles' rows of the tables set aside as changed (nothing when no table is set aside)."""
    _mark(con, CHANGED_ARTICLES, list(articles), "VARCHAR[]")


def mark_groups(con: duckdb.DuckDBPyConnection, groups: Iterable[int]) -> None:
    """Mark these event groups' rows of the tables set aside as changed (nothing when no table is set aside)."""
    _mark(con, CHANGED_GROUPS, list(groups), "BIGINT[]")


def _mark(con: duckdb.DuckDBPyConnection, mark: str, values: list[Any], kind: str) -> None:
    if values and mark in _present(con):
        con.execute(f"INSERT INTO {mark} SELECT unnest(CAST(? AS {kind}))", [values])


def _drop_aside(con: duckdb.DuckDBPyConnection) -> None:
    for name in (*(ASIDE + name for name in TABLES), *_MARKS):
        con.execute(f"DROP TABLE IF EXISTS {name}")


def forget(con: duckdb.DuckDBPyConnection) -> None:
    """Drop every table: the rows they derive from are changing, and nothing keeps track of how."""
    for name in TABLES:
        con.execute(f"DROP TABLE IF EXISTS {name}")


def source(name: str, kept: bool) -> str:
    """What to select ``name``'s rows from: the kept table, or the query that computes it."""
    return name if kept else f"({TABLES[name][0]})"
