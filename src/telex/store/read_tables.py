"""Tables kept for reading: what a corpus query would otherwise compute from every row on every request.

- ``counted_events``: events counted once across articles, one row per event group. A group
  (``events.event_group``, set by the corpus pass) is one real event told by several articles. Its row is
  described by one mention, the first (by article id, then event id) among those that name the most of its
  sides: date, code, modality, actors, evidence; its counts cover every mention (``num_mentions``,
  ``num_sources`` = distinct outlets, ``num_articles``). A mention the corpus pass has not grouped yet
  (written, not finished) is an event of its own. An event the text does not date takes its article's
  publication date (``date_source`` ``published``; rows stored before schema 3 get one here). Undated
  events are kept.
- ``listed_articles``: every article's listing (no text) with its counts of quotes and events.
- ``spoken_quotes``: every quote with its article's date, outlet and URL and its speaker's corpus actor.

``Store.finish()`` writes them and ``Store.write`` drops them, so a kept table is never older than the rows
it derives from; ``source(name, kept)`` names the table when the connection has it and its query when not (a
dataset of Parquet files, a store written but not finished). Both give the same rows: a filter reads a few
thousand rows in date order instead of joining and grouping every row per request.
"""

from __future__ import annotations

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

# Written to spill to disk under a writer's memory cap: the first mention by a window over sorted rows, the
# counts by plain grouping in two steps (DISTINCT aggregates and arg_min over lists keep all in memory).
COUNTED_EVENTS = f"""
WITH mention AS (
    SELECT e.* EXCLUDE (date_source) REPLACE (coalesce(e.date, CAST(a.published AS VARCHAR)) AS date),
           CASE WHEN e.date IS NOT NULL THEN coalesce(e.date_source, 'text')
                WHEN a.published IS NOT NULL THEN 'published' END AS date_source,
           {EVENT_GROUP} AS grp,
           a.outlet, a.url, a.added
    FROM events e JOIN articles a ON a.id = e.article_id
),
first AS (
    SELECT * FROM mention
    QUALIFY row_number() OVER (PARTITION BY grp ORDER BY len(coalesce(source_codes, [])) = 0,
                                                         len(coalesce(target_codes, [])) = 0, article_id, id) = 1
),
per_article AS (
    SELECT grp, article_id, any_value(coalesce(outlet, article_id)) AS outlet, sum(mentions) AS mentions,
           min(added) AS added
    FROM mention GROUP BY grp, article_id
),
counts AS (
    SELECT grp, CAST(sum(mentions) AS BIGINT) AS num_mentions, CAST(count(*) AS BIGINT) AS num_articles,
           CAST(min(added) AS VARCHAR) AS added
    FROM per_article GROUP BY grp
),
outlets AS (
    SELECT grp, CAST(count(*) AS BIGINT) AS num_sources FROM (SELECT DISTINCT grp, outlet FROM per_article)
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

# ``speaker`` is the corpus actor's name when there is one; ``quoted_as`` the name in the article.
QUOTE_COLUMNS = (
    "article_id", "id", "speaker", "actor_id", "kind", "text", "cue", "affiliation", "country", "via",
    "published", "outlet", "url",
)  # fmt: skip

SPOKEN_QUOTES = """
SELECT q.article_id, q.id, coalesce(n.actor_name, q.speaker) AS speaker, n.actor_id, q.kind, q.text, q.cue,
       q.affiliation, q.country, q.via, a.published, a.outlet, a.url,
       -- not shown to readers: what a speaker filter matches, and the order within an article
       q.speaker AS quoted_as, q.start
FROM quotes q JOIN articles a ON a.id = q.article_id
LEFT JOIN entities n ON n.article_id = q.article_id AND n.id = q.entity_id
"""

ARTICLE_COLUMNS = ("id", "cluster", "title", "published", "outlet", "url", "author", "language", "quotes", "events")

LISTED_ARTICLES = """
SELECT a.id, a.cluster, a.title, a.published, a.outlet, a.url, a.author, a.language,
       coalesce(q.n, 0) AS quotes, coalesce(e.n, 0) AS events
FROM articles a
LEFT JOIN (SELECT article_id, count(*) AS n FROM quotes GROUP BY article_id) q ON q.article_id = a.id
LEFT JOIN (SELECT article_id, count(*) AS n FROM events GROUP BY article_id) e ON e.article_id = a.id
"""

# Each table, its query and the order its rows are written in.
TABLES: dict[str, tuple[str, str]] = {
    "listed_articles": (LISTED_ARTICLES, "published DESC NULLS LAST, id"),
    "counted_events": (COUNTED_EVENTS, "date NULLS LAST, event_id"),
    "spoken_quotes": (SPOKEN_QUOTES, "published NULLS LAST, article_id, start"),
}


def keep(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)write every table from the stored rows (inside the corpus pass's transaction)."""
    for name, (query, order) in TABLES.items():
        con.execute(f"CREATE OR REPLACE TABLE {name} AS {query} ORDER BY {order}")


def forget(con: duckdb.DuckDBPyConnection) -> None:
    """Drop every table: the rows they derive from are changing (inside the writer's transaction)."""
    for name in TABLES:
        con.execute(f"DROP TABLE IF EXISTS {name}")


def source(name: str, kept: bool) -> str:
    """What to select ``name``'s rows from: the kept table, or the query that computes it."""
    return name if kept else f"({TABLES[name][0]})"
