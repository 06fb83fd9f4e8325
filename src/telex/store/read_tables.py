"""Tables kept for reading: what a corpus query would otherwise compute from every row on every request.

- ``counted_events``: events counted once across articles, one row per event group. A group
  (``events.event_group``, set by the corpus pass) is one real event told by several articles. Its row is
  described by its first mention (by article id, then event id): date, code, modality, actors, evidence; its
  counts cover every mention (``num_mentions``, ``num_sources`` = distinct outlets, ``num_articles``). A
  mention the corpus pass has not grouped yet (written, not finished) is an event of its own. An event the
  text does not date takes its article's publication date (``date_source`` ``published``; rows stored before
  schema 3 get one here). Undated events are kept.
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

_FIRST = "(article_id, id)"

COUNTED_EVENTS = f"""
WITH mention AS (
    SELECT e.* EXCLUDE (date_source) REPLACE (coalesce(e.date, CAST(a.published AS VARCHAR)) AS date),
           CASE WHEN e.date IS NOT NULL THEN coalesce(e.date_source, 'text')
                WHEN a.published IS NOT NULL THEN 'published' END AS date_source,
           coalesce(e.event_group, CAST(hash(e.article_id, e.id) >> 1 AS BIGINT)) AS grp,
           a.outlet, a.url, a.added
    FROM events e JOIN articles a ON a.id = e.article_id
)
SELECT grp AS event_id,
       arg_min(date, {_FIRST}) AS date,
       arg_min(date_source, {_FIRST}) AS date_source,
       arg_min(cameo, {_FIRST}) AS cameo,
       arg_min(cameo_root, {_FIRST}) AS cameo_root,
       arg_min(plover, {_FIRST}) AS plover,
       arg_min(quad_class, {_FIRST}) AS quad_class,
       arg_min(goldstein, {_FIRST}) AS goldstein,
       arg_min(modality, {_FIRST}) AS modality,
       arg_min(source_codes[1], {_FIRST}) AS source_code,
       arg_min(source_names[1], {_FIRST}) AS source_name,
       arg_min(source_countries[1], {_FIRST}) AS source_country,
       arg_min(source_sectors[1], {_FIRST}) AS source_sector,
       arg_min(target_codes[1], {_FIRST}) AS target_code,
       arg_min(target_names[1], {_FIRST}) AS target_name,
       arg_min(target_countries[1], {_FIRST}) AS target_country,
       arg_min(target_sectors[1], {_FIRST}) AS target_sector,
       CAST(sum(mentions) AS BIGINT) AS num_mentions,
       CAST(count(DISTINCT coalesce(outlet, article_id)) AS BIGINT) AS num_sources,
       CAST(count(DISTINCT article_id) AS BIGINT) AS num_articles,
       min(article_id) AS article_id,
       arg_min(url, {_FIRST}) AS url,
       arg_min(coalesce(evidence, trigger), {_FIRST}) AS evidence,
       CAST(min(added) AS VARCHAR) AS added,
       arg_min(source_codes, {_FIRST}) AS source_codes,
       arg_min(target_codes, {_FIRST}) AS target_codes,
       -- not shown to readers: the names that actor filters match
       arg_min(source_names, {_FIRST}) AS source_names,
       arg_min(target_names, {_FIRST}) AS target_names
FROM mention
GROUP BY grp
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
