"""The corpus read API: a stored corpus answered as pandas DataFrames.

``telex.open(path)`` gives a ``Corpus``; every corpus command of the CLI (``list``, ``search``,
``events``, ``quotes``, ``actors``, ``dyad``, ``export``) and the REST server are thin layers over it.
Every query takes its values as parameters; no SQL is built from user text.
"""

from __future__ import annotations

import functools
import inspect
import numbers
import re
import threading
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec

from telex.corpus import ACTOR_RANKS
from telex.errors import InputError, StoreError
from telex.isodate import check_bounds, parse_bound
from telex.records import MODALITIES
from telex.store import read_tables
from telex.store.duckdb_store import ClosedOnExit, Store

if TYPE_CHECKING:
    import pandas as pd

PERIODS = ("day", "week", "month", "year")
# Per period of a dyad: its label from an event's ISO ``date`` (none when the date is less precise), the first day
# of that period, and the label of a DATE ``day`` (what fills the periods without events).
_PERIOD_SQL = {
    "day": ("CASE WHEN length(date) = 10 THEN date END", "TRY_CAST(date AS DATE)", "strftime(day, '%Y-%m-%d')"),
    "week": (
        "CASE WHEN length(date) = 10 THEN strftime(CAST(date AS DATE), '%G-W%V') END",
        "TRY_CAST(date AS DATE)",
        "strftime(day, '%G-W%V')",
    ),
    "month": (
        "CASE WHEN length(date) >= 7 THEN date[1:7] END",
        "TRY_CAST(date[1:7] || '-01' AS DATE)",
        "strftime(day, '%Y-%m')",
    ),
    "year": (
        "CASE WHEN length(date) >= 4 THEN date[1:4] END",
        "TRY_CAST(date[1:4] || '-01-01' AS DATE)",
        "strftime(day, '%Y')",
    ),
}
# Beyond any store's size, within the 64-bit integers the database takes.
MOST_ROWS = 10**12
DYAD_COLUMNS = (
    "period", "events", "goldstein_sum", "goldstein_mean",
    "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict",
)  # fmt: skip
# A corpus actor id as ``telex actors`` gives it: its kind, a colon, its slug ("person:hillary-clinton").
_ACTOR_ID = re.compile(r"(?:person|org|place):[^\W_]+(?:-[^\W_]+)*")
# Case-insensitive match against a pattern of ``_literal`` or ``_containing``.
_LIKE = "ILIKE ? ESCAPE '\\'"
# What Corpus.json_rows can send: each has a ``_<name>_sql`` builder.
JSON_ROWS = ("articles", "search", "events", "dyad", "quotes")
# Columns of 64-bit integers sent as decimal text in JSON, as protobuf's JSON mapping sends an int64: JavaScript's
# JSON.parse reads a number exactly only up to 2^53, and rounded an event id (the stored value stays an integer).
_JSON_AS_TEXT = {"events": ("event_id",)}


class ActorSpec:
    """What a user names as an actor: a code ("RUS" is Russia in every sector, "RUSGOV" exactly), or a name or the
    last words of one ("Vladimir Putin", "Putin"). ``exact``: a whole code ("USA" is the actor coded USA alone) matched
    against each event's first actor on a side, as the actor network's edges and GDELT's Actor1Code join them."""

    def __init__(self, text: str, exact: bool = False) -> None:
        if not isinstance(text, str):  # dyad(None, "RUS"), events(actor=["USA", "RUS"]) were AttributeErrors
            several = " (one actor a call: several are read one by one)" if isinstance(text, list | tuple | set) else ""
            raise InputError(
                f"an actor is a CAMEO code (RUS, RUSGOV, IGOUNO) or a name (Russia, Vladimir Putin); "
                f"{text!r} is none{several}"
            )
        self.text = text.strip()
        if not self.text:
            raise InputError("an actor is a CAMEO code (RUS, RUSGOV, IGOUNO) or a name (Russia, Vladimir Putin)")
        self.exact = exact
        if exact and not _is_code(self.text.upper()):
            raise InputError(
                f"an exact actor is a whole CAMEO code (USA, USAELI, IGOUNO), as the network's nodes "
                f"are; {self.text!r} is none"
            )
        self.code, self.prefix = (self.text.upper(), False) if exact else _code_of(self.text)

    def condition(self, side: str) -> tuple[str, list[Any]]:
        """SQL true when one of the event's ``side`` ("source" or "target") actors is this one (its first, exact)."""
        if self.exact:
            return f"{side}_code = ?", [self.code]
        if self.code is not None:
            if self.prefix:
                return f"len(list_filter({side}_codes, lambda c: starts_with(c, ?))) > 0", [self.code]
            return f"list_contains({side}_codes, ?)", [self.code]
        # A name, or its last words: "Trump" is "Donald Trump", as a speaker's name matches every name of its actor
        # (events of "Trump" were none, and the notice said Trump was in no event of a corpus full of his).
        return (
            f"len(list_filter({side}_names, lambda n: lower(n) = lower(?) OR ends_with(lower(n), ' ' || lower(?))"
            ")) > 0",
            [self.text, self.text],
        )


def _code_of(text: str) -> tuple[str | None, bool]:
    """The code a user means, and whether it stands for every code that starts with it.

    A code is written in capitals ("RUS", "RUSGOV"); an acronym that is no code ("NATO", "OPEC") is a name; a code
    in small letters ("rus", "rusgov") is taken as the code when no actor has that name.
    """
    if _is_code(text):
        return text, len(text) == 3
    from telex.actors.table import actor_table, name_key

    table = actor_table()
    actor = table.names.get(name_key(text))
    if actor is not None and actor.code:
        return actor.code, table.is_state(actor)
    if _is_code(text.upper()):
        return text.upper(), len(text) == 3
    return None, False


def _is_code(text: str) -> bool:
    """Whether ``text`` has the form of a CAMEO actor code: blocks of three capitals, the first one a country, a
    region, an organisation's prefix (IGO, NGO) or a sector."""
    return (
        text.isascii() and text.isalpha() and text.isupper() and len(text) in (3, 6, 9) and text[:3] in _code_prefixes()
    )


@functools.cache
def _code_prefixes() -> frozenset[str]:
    from telex.actors.table import actor_table

    table = actor_table()
    return (
        frozenset(table.country_names)
        | table.sector_codes
        | {actor.code[:3] for actor in table.names.values() if actor.code}
    )


P = ParamSpec("P")


def _as_frame(
    build: Callable[Concatenate[Corpus, P], tuple[str, list[Any]]],
) -> Callable[Concatenate[Corpus, P], pd.DataFrame]:
    """A ``Corpus`` read method from the method that builds its query: its rows as a DataFrame. The builder is
    also what ``Corpus.json_rows`` runs, so a query has one signature and one body for both renderings."""

    signature = inspect.signature(build)
    name = build.__name__.strip("_").removesuffix("_sql")

    @functools.wraps(build)
    def read(self: Corpus, /, *args: P.args, **kwargs: P.kwargs) -> pd.DataFrame:
        try:  # a wrong argument is named as the method the caller called: "Corpus._events_sql() got …" was not it
            signature.bind(self, *args, **kwargs)
        except TypeError as exc:
            raise TypeError(f"Corpus.{name}() {exc}") from None
        with self._lock:
            return self._frame(*build(self, *args, **kwargs))

    read.__name__ = name
    read.__qualname__ = f"Corpus.{name}"
    read.__signature__ = signature.replace(return_annotation="pd.DataFrame")  # type: ignore[attr-defined]
    return read


class Corpus(ClosedOnExit):
    """A stored corpus, opened for reading; use as a context manager or call ``close()``.

    One ``Corpus`` may be shared by threads: its reads take turns on its one connection (a DuckDB connection
    holds one result at a time, and two threads reading at once got each other's rows or ``None``).
    """

    def __init__(self, path: str | Path, notify: Callable[[str], None] | None = None) -> None:
        path = Path(path).expanduser()  # "~/corpus.duckdb" from a notebook, where no shell expands it
        self._store: Store | None = Store(path, read_only=True, notify=notify)
        self.path = path
        self._lock = threading.RLock()

    @property
    def store(self) -> Store:
        """The store read; a closed corpus says so (its store reopened the file, quietly, on the next read)."""
        if self._store is None:
            raise StoreError(f"this corpus of {self.path} is closed; open it again with telex.open({str(self.path)!r})")
        return self._store

    def close(self) -> None:
        """Let go of the database file, so that ``telex ingest`` may write to it; a closed corpus reads no more."""
        with self._lock:
            store, self._store = self._store, None
            if store is not None:
                store.close()

    def __repr__(self) -> str:
        # What a notebook shows for `telex.open(db)`: which store, and where to go from it (it showed an address).
        return (
            f"<telex corpus {str(self.path)!r}: .articles(), .search(q), .events(), .dyad(a, b), .quotes(), .actors()>"
        )

    def _frame(self, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
        with self._lock:
            result = self.store.connection.execute(sql, params or [])
            types = {column[0]: str(column[1]) for column in result.description or ()}
            frame = result.df()
        frame.attrs["sql_types"] = types  # a column of nulls has no type in pandas: its export takes this one
        return frame

    def json_rows(self, what: str, **filters: Any) -> list[str]:
        """The rows of ``what`` (articles, search, events, dyad, quotes; the method's arguments as ``filters``), each
        a JSON object made by DuckDB: what the server sends, with no DataFrame or Python value in between. An
        event's ``event_id`` is its decimal text there, which a browser reads exactly."""
        if what not in JSON_ROWS:
            raise InputError(f"no rows called {what!r}; choose {', '.join(JSON_ROWS)}")
        builder: Callable[..., tuple[str, list[Any]]] = getattr(self, f"_{what}_sql")  # what _as_frame wraps
        as_text = ", ".join(f"CAST({name} AS VARCHAR) AS {name}" for name in _JSON_AS_TEXT.get(what, ()))
        with self._lock:
            sql, params = builder(**filters)
            if as_text:
                sql = f"SELECT * REPLACE ({as_text}) FROM ({sql})"
            # The projection keeps the rows in the order the query sorts them (DuckDB preserves insertion order).
            rows = self.store.connection.execute(
                f"SELECT CAST(to_json(t) AS VARCHAR) FROM ({sql}) t", params
            ).fetchall()
        return [row[0] for row in rows]

    # -- articles -----------------------------------------------------------------------------------

    def _articles_sql(
        self,
        query: str | None = None,
        outlet: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> tuple[str, list[Any]]:
        """Stored articles, newest first: ``id, cluster, title, published, outlet, url, author, quotes, events``."""
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        if query is not None:
            _words(query, "article words are what the title or text contains (ceasefire)")
            where.append(f"id IN (SELECT id FROM articles WHERE title {_LIKE} OR text {_LIKE})")
            params += [_containing(query)] * 2
        if outlet is not None:
            _words(outlet, "an outlet is its name (Reuters, The Guardian)")
            where.append(f"outlet {_LIKE}")
            params.append(_literal(outlet))
        _date_range(where, params, "published", since, until, typed=True)
        sql = self._listing(read_tables.ARTICLE_COLUMNS, "listed_articles", where, "published DESC NULLS LAST, id")
        return sql + _page(limit, offset, params), params

    articles = _as_frame(_articles_sql)

    def outlets(self, containing: str | None = None) -> list[str]:
        """The outlets of the stored articles, most articles first; with ``containing``, those whose name holds it
        (any case): what a user means by "Times" when ``articles(outlet=…)`` takes the whole name."""
        where, params = "outlet IS NOT NULL", []
        if containing is not None:
            where += f" AND outlet {_LIKE}"
            params.append(_containing(containing))
        with self._lock:
            rows = self.store.connection.execute(
                f"SELECT outlet FROM {self._kept('listed_articles')} WHERE {where} GROUP BY outlet "
                "ORDER BY count(*) DESC, outlet",
                params,
            ).fetchall()
        return [outlet for (outlet,) in rows]

    def unfinished(self) -> bool:
        """Whether an ingest is writing to this store, or stopped before the corpus pass that ends it
        (``read_tables.unfinished``); a Parquet dataset is written whole, never so."""
        if self.path.is_dir():
            return False
        with self._lock:
            return read_tables.unfinished(self.store.connection)

    def quote_schemes(self) -> dict[str | None, int]:
        """How many stored articles each quote scheme analysed, most first (``None``: articles stored before telex
        recorded the scheme): a store of two schemes counts different things as quotes."""
        with self._lock:
            rows = self.store.connection.execute(
                f"SELECT quote_scheme, count(*) FROM {self._kept('listed_articles')} GROUP BY quote_scheme "
                "ORDER BY count(*) DESC, quote_scheme NULLS LAST"
            ).fetchall()
        return {scheme: int(count) for scheme, count in rows}

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The stored analysis of one article (the JSON contract), or ``None``."""
        with self._lock:
            return self.store.analysis(str(article_id))  # ids are text: 5 is the article "5"

    def _search_sql(self, query: str, limit: int = 20) -> tuple[str, list[Any]]:
        """Articles matching ``query`` by full-text search (BM25), best first, with their ``score``."""
        if not isinstance(query, str) or not query.strip():
            raise InputError("give words to search for")
        if self.path.is_dir():
            raise InputError("full-text search is not available on a Parquet dataset; ingest into a .duckdb for search")
        with self._lock:
            if not self.store.load_fts():
                self.index_text()
            if not self.store.load_fts():
                raise InputError(f"{self.path} has no full-text index: DuckDB's fts extension is not installed")
        params: list[Any] = [query]
        return (
            "SELECT id, title, published, outlet, url, score FROM ("
            "  SELECT *, fts_main_articles.match_bm25(id, ?) AS score FROM articles"
            ") WHERE score IS NOT NULL ORDER BY score DESC, id" + _page(limit, 0, params),
            params,
        )

    search = _as_frame(_search_sql)

    def has_text_index(self) -> bool:
        """Whether the full-text index is there: built since the last write (a DuckDB file only)."""
        with self._lock:
            return self.path.is_dir() or self.store.load_fts()

    def index_text(self) -> None:
        """Build the full-text index that every write drops (the first search after one does), through a connection
        that may write the file: this one is let go meanwhile, and no other of this process may be open."""
        with self._lock:
            self.store.release()
            try:
                with Store(self.path, wait=self.store.wait, notify=self.store.notify) as writer:
                    writer.index_text()
            except StoreError as exc:
                raise type(exc)(
                    f"the first search after a write builds the full-text index of {self.path}, "
                    f"which needs the file for a moment: {exc}"
                ) from exc

    def searchable_words(self, query: str) -> list[str]:
        """The words of ``query`` the full-text index keeps, read as it reads a text (lower case, no accents, letters
        only, no stop words): none for "the" or "***", which match nothing however many articles hold them."""
        self._search_sql(query)  # the same refusals as a search
        with self._lock:
            rows = self.store.connection.execute(
                "SELECT w FROM (SELECT unnest(string_split(regexp_replace(lower(strip_accents(?)), '(\\.|[^a-z])+', "
                "' ', 'g'), ' ')) AS w) WHERE w <> '' AND w NOT IN (SELECT sw FROM fts_main_articles.stopwords)",
                [query],
            ).fetchall()
        return [word for (word,) in rows]

    def unknown_actors(self, *actors: str | None) -> list[str]:
        """Those of ``actors`` in no event of the corpus at all: a typo or a name the articles do not use, which an
        empty answer passes off as a quiet period."""
        return [actor for actor in actors if actor and self.events(actor=actor, limit=1).empty]

    def unknown_speaker(self, speaker: str) -> bool:
        """Whether ``speaker`` speaks in no quote of the corpus at all (a typo, or a name the articles never quote),
        which an empty answer passes off as a quiet period."""
        return bool(self.quotes(speaker=speaker, limit=1).empty)

    def unknown_outlet(self, outlet: str) -> list[str] | None:
        """``None`` when some article has ``outlet``; else the outlets whose name holds it (``articles(outlet=…)``
        takes a whole name, so "Times" finds nothing beside "The Example Times")."""
        return None if not self.articles(outlet=outlet, limit=1).empty else self.outlets(containing=outlet)

    def search_note(self, query: str) -> str | None:
        """What to tell a user whose search found nothing because ``query`` holds no word the index keeps ("the",
        "2016"): else the empty answer reads as words no article holds. ``None`` when it holds such a word."""
        if self.searchable_words(query):
            return None
        if _other_script(query):
            return (
                f"{query!r} holds no word the full-text index keeps: it keeps words in Latin letters (accents "
                "aside), as English articles spell them; search for the story's words in English (Pyongyang)"
            )
        return (
            f"{query!r} holds no word the full-text index keeps: common words (the, of, and …), numbers and signs "
            "are not indexed; search for words of the story"
        )

    # -- events -------------------------------------------------------------------------------------

    def _events_sql(
        self,
        actor: str | None = None,
        source: str | None = None,
        target: str | None = None,
        root: str | int | None = None,
        modality: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        limit: int | None = None,
        cameo: str | None = None,
        plover: str | None = None,
        quad_class: str | int | None = None,
        exact: bool = False,
        offset: int = 0,
    ) -> tuple[str, list[Any]]:
        """Events counted once across articles, with ``num_mentions``, ``num_sources`` and ``num_articles``.

        ``actor`` matches either side (a country's code, "RUS", is every actor of that country); ``source`` and
        ``target`` one side; ``root`` is a CAMEO root ("14"), ``cameo`` a CAMEO event code with the codes under it
        ("112": 112, 1121 …), ``plover`` a PLOVER type ("ACCUSE"), ``quad_class`` a QuadClass (1 to 4, or its name as
        a column of ``dyad()``: ``verbal_conflict``). ``exact`` reads ``actor``, ``source`` and ``target`` as whole
        codes of each event's first actors, as the actor network joins them (``ActorSpec``). ``offset`` skips that
        many rows first, as ``articles()`` pages.
        Every filter applies to the event as counted once, which one report describes (the first by article id
        of those that name the most of its sides): its date, code, modality and actors.
        """
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        if actor is not None:  # "" is no actor, an InputError, not every event
            spec = ActorSpec(actor, exact)
            (one, p1), (two, p2) = spec.condition("source"), spec.condition("target")
            where.append(f"({one} OR {two})")
            params += p1 + p2
        for side, given in (("source", source), ("target", target)):
            if given is not None:
                condition, values = ActorSpec(given, exact).condition(side)
                where.append(condition)
                params += values
        if root is not None:
            where.append("cameo_root = ?")
            params.append(cameo_root(root))
        if cameo is not None:
            where.append("starts_with(cameo, ?)")
            params.append(cameo_code(cameo))
        if plover is not None:
            where.append("plover = ?")
            params.append(plover_type(plover))
        if quad_class is not None:
            where.append("quad_class = ?")
            params.append(quad_class_number(quad_class))
        if modality is not None:
            if modality not in MODALITIES:
                raise InputError(f"modality {modality!r} is not one of {', '.join(MODALITIES)}")
            where.append("modality = ?")
            params.append(modality)
        _date_range(where, params, "date", since, until)
        sql = self._listing(read_tables.EVENT_COLUMNS, "counted_events", where, "date NULLS LAST, event_id")
        return sql + _page(limit, offset, params), params

    events = _as_frame(_events_sql)

    def _listing(self, columns: Sequence[str], name: str, where: Sequence[str], order: str) -> str:
        """The query of ``columns`` of the read table ``name`` whose rows meet every condition of ``where``, in
        ``order``: what the articles, events and quotes listings page through."""
        selected = ", ".join(map(_read_as, columns))
        return f"SELECT {selected} FROM {self._kept(name)} WHERE {' AND '.join(where)} ORDER BY {order}"

    def _kept(self, name: str) -> str:
        """The relation ``name`` of ``read_tables``: the table ingest keeps, or its query when there is none."""
        return read_tables.source(name, self.store.has_table(name))

    def mentions(self, event_id: int) -> pd.DataFrame:
        """Every mention of one event (as ``events()`` counts it), with the article and the evidence sentence."""
        return self._frame(
            "SELECT e.article_id, e.id, a.title, a.outlet, a.url, a.published, e.date, e.trigger, e.evidence "
            "FROM events e JOIN articles a ON a.id = e.article_id "
            f"WHERE {read_tables.EVENT_GROUP} = ? "
            "ORDER BY e.article_id, e.id",
            [_event_id(event_id)],
        )

    def _dyad_sql(
        self,
        a: str,
        b: str,
        by: str = "month",
        evidence: int = 3,
        since: date | str | None = None,
        until: date | str | None = None,
        exact: bool = False,
    ) -> tuple[str, list[Any]]:
        """Events between ``a`` and ``b`` (either direction) by period, with the DYAD_COLUMNS and ``evidence``.

        ``evidence`` lists up to that many evidence sentences per period, most reported first. An event
        whose date is less precise than the period (a year, by month) is left out. Every period from the first to
        the last is a row, one without events a row of zeros: a series that skipped them read as one without gaps in
        a spreadsheet's chart, and its mean per period was the mean over active periods only. ``since`` and
        ``until`` keep the events ``events(since=…, until=…)`` keeps, and the rows run from the period of ``since``
        to that of ``until`` (when some event falls between them). ``exact`` reads ``a`` and ``b`` as whole codes of
        each event's first source and target: the events of the actor network's edge between them.
        """
        if by not in PERIODS:
            raise InputError(f"--by is one of {', '.join(PERIODS)}, not {by!r}")
        where, bounds = _dyad_where(a, b, since, until, exact)
        first, last = _bound_day(since, last=False), _bound_day(until, last=True)
        period, first_day, label = _PERIOD_SQL[by]
        sql = f"""
        WITH grouped AS (SELECT * FROM {self._kept("counted_events")} WHERE {where}),
        dated AS (SELECT *, {period} AS period, {first_day} AS first_day FROM grouped),
        ranked AS (
            SELECT *, row_number() OVER (PARTITION BY period ORDER BY num_articles DESC, num_mentions DESC,
                                         event_id) AS rank
            FROM dated WHERE period IS NOT NULL
        ),
        counted AS (
            SELECT period,
                   CAST(count(*) AS BIGINT) AS events,
                   round(sum(goldstein), 3) AS goldstein_sum,
                   round(avg(goldstein), 3) AS goldstein_mean,
                   CAST(count(*) FILTER (WHERE quad_class = 1) AS BIGINT) AS verbal_cooperation,
                   CAST(count(*) FILTER (WHERE quad_class = 2) AS BIGINT) AS material_cooperation,
                   CAST(count(*) FILTER (WHERE quad_class = 3) AS BIGINT) AS verbal_conflict,
                   CAST(count(*) FILTER (WHERE quad_class = 4) AS BIGINT) AS material_conflict,
                   list(evidence ORDER BY rank) FILTER (WHERE rank <= ?) AS evidence
            FROM ranked GROUP BY period
        ),
        every_period AS (
            SELECT DISTINCT {label} AS period
            FROM (SELECT coalesce(CAST(? AS DATE), min(first_day)) AS lo,
                         coalesce(CAST(? AS DATE), max(first_day)) AS hi
                  FROM ranked HAVING count(*) > 0) span,
                 unnest(generate_series(span.lo, span.hi, INTERVAL 1 DAY)) AS days(day)
        )
        SELECT p.period,
               coalesce(c.events, 0) AS events,
               coalesce(c.goldstein_sum, 0.0) AS goldstein_sum,
               c.goldstein_mean,
               coalesce(c.verbal_cooperation, 0) AS verbal_cooperation,
               coalesce(c.material_cooperation, 0) AS material_cooperation,
               coalesce(c.verbal_conflict, 0) AS verbal_conflict,
               coalesce(c.material_conflict, 0) AS material_conflict,
               coalesce(c.evidence, []) AS evidence
        FROM every_period p LEFT JOIN counted c USING (period) ORDER BY p.period
        """
        return sql, [*bounds, max(evidence, 0), first, last]

    dyad = _as_frame(_dyad_sql)

    def dyad_left_out(
        self,
        a: str,
        b: str,
        by: str = "month",
        since: date | str | None = None,
        until: date | str | None = None,
        exact: bool = False,
    ) -> tuple[int, int]:
        """How many events between ``a`` and ``b`` ``dyad()`` puts in no period, given the same arguments: those of
        no date (their article has none) and those dated less precisely than a ``by`` ("2007" by month). The dyad of
        Turkey and Russia counted 1 event where 3 are stored, 2 of them in an undated article, and said nothing."""
        if by not in PERIODS:
            raise InputError(f"--by is one of {', '.join(PERIODS)}, not {by!r}")
        where, params = _dyad_where(a, b, since, until, exact)
        period = _PERIOD_SQL[by][0]
        sql = (
            f"SELECT count(*) FILTER (WHERE date IS NULL), count(*) FILTER (WHERE date IS NOT NULL AND {period} IS "
            f"NULL) FROM {self._kept('counted_events')} WHERE {where}"
        )
        with self._lock:
            row = self.store.connection.execute(sql, params).fetchone()
        return (int(row[0]), int(row[1])) if row else (0, 0)

    # -- quotes and actors --------------------------------------------------------------------------

    def _quotes_sql(
        self,
        speaker: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        about: str | None = None,
        limit: int | None = None,
        outlet: str | None = None,
        quote_class: str | None = None,
        via: str | None = None,
        headline: bool | None = None,
        offset: int = 0,
    ) -> tuple[str, list[Any]]:
        """Quotes with their speaker's corpus actor, oldest first.

        ``speaker`` is a corpus actor id (``person:hillary-clinton``, as ``actors()`` gives it: that actor alone) or a
        name or part of one, matching every actor one of whose names holds it; ``outlet`` the whole name of the
        article's outlet (any case); ``quote_class`` a quote class (``speech``, ``belief``, …); ``via`` an outlet
        the statement was given to or passed through ("told Reuters"), its whole name; ``headline`` True for the
        quotes of headlines alone (the attribution scheme keeps them), False for the body's (a quote stored before
        telex marked it, ``headline`` null, counts as the body's). ``offset`` skips that many rows first.
        """
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        if speaker is not None:
            condition, values = _speaker_condition(speaker)
            where.append(condition)
            params += values
        if about is not None:
            _words(about, "quote words are what the quote contains (ceasefire)")
            where.append(f"text {_LIKE}")
            params.append(_containing(about))
        if outlet is not None:
            _words(outlet, "an outlet is its name (Reuters, The Guardian)")
            where.append(f"outlet {_LIKE}")
            params.append(_literal(outlet))
        if quote_class is not None:
            where.append('"class" = ?')
            params.append(quote_class_name(quote_class))
        if via is not None:
            _words(via, "via is an outlet a statement was given to or passed through (Reuters, Fox News)")
            where.append("len(list_filter(coalesce(via, []), lambda v: lower(v) = lower(?))) > 0")
            params.append(via.strip())
        if headline is not None:
            if not isinstance(headline, bool):
                raise InputError(
                    f"headline is True (the headlines' quotes) or False (the body's); {headline!r} is neither"
                )
            where.append("headline" if headline else "headline IS NOT TRUE")
        _date_range(where, params, "published", since, until, typed=True)
        order = "published NULLS LAST, article_id, start, id"  # a whole order: pages neither repeat nor skip a row
        sql = self._listing(read_tables.QUOTE_COLUMNS, "spoken_quotes", where, order)
        return sql + _page(limit, offset, params), params

    quotes = _as_frame(_quotes_sql)

    def speakers(self, speaker: str) -> pd.DataFrame:
        """The corpus actors a ``quotes(speaker=…)`` filter matches, most quoted first: ``actor_id, speaker, quotes``
        (a quote whose speaker is no actor of the store has no ``actor_id``). "Clinton" is Hillary and Bill Clinton:
        each one's ``actor_id`` then follows that one alone."""
        condition, params = _speaker_condition(speaker)
        return self._frame(
            f"SELECT actor_id, mode(speaker ORDER BY speaker) AS speaker, CAST(count(*) AS BIGINT) AS quotes "
            f"FROM {self._kept('spoken_quotes')} WHERE {condition} "
            "GROUP BY actor_id ORDER BY quotes DESC, actor_id NULLS LAST",
            params,
        )

    def actors(self, limit: int | None = None, by: str = "events") -> pd.DataFrame:
        """Actors across the corpus, most active first: events as source or target, quotes, articles. ``by`` ranks
        them by another count first: ``quotes`` (the most quoted), ``mentions`` or ``articles``."""
        if by not in ACTOR_RANKS:
            raise InputError(f"actors are ranked by {', '.join(ACTOR_RANKS)}; {by!r} is none of them")
        order = ", ".join(f"{count} DESC" for count in dict.fromkeys((by, "events", "quotes", "mentions")))
        sql = f"""
        WITH actor AS (
            SELECT coalesce(actor_id, article_id || '/' || id) AS actor_id, article_id, id,
                   coalesce(actor_name, name) AS name, type, code, country, mentions
            FROM entities
        ),
        involved AS (
            SELECT DISTINCT t.actor_id,
                   {read_tables.EVENT_GROUP} AS grp
            FROM events e, unnest(list_concat(e.source_entities, e.target_entities)) AS u(entity)
            JOIN actor t ON t.article_id = e.article_id AND t.id = u.entity
        ),
        quoted AS (
            SELECT t.actor_id, count(*) AS quotes
            FROM quotes q JOIN actor t ON t.article_id = q.article_id AND t.id = q.entity_id
            GROUP BY t.actor_id
        )
        SELECT a.actor_id,
               -- the commonest of each, a tie to the first in order (mode alone: the first row a thread meets)
               mode(a.name ORDER BY a.name) AS name, mode(a.type ORDER BY a.type) AS type,
               mode(a.code ORDER BY a.code) AS code, mode(a.country ORDER BY a.country) AS country,
               CAST(count(DISTINCT a.article_id) AS BIGINT) AS articles,
               CAST(sum(a.mentions) AS BIGINT) AS mentions,
               CAST(coalesce(any_value(v.events), 0) AS BIGINT) AS events,
               CAST(coalesce(any_value(q.quotes), 0) AS BIGINT) AS quotes
        FROM actor a
        LEFT JOIN (SELECT actor_id, count(*) AS events FROM involved GROUP BY actor_id) v USING (actor_id)
        LEFT JOIN quoted q USING (actor_id)
        GROUP BY a.actor_id
        ORDER BY {order}, a.actor_id
        """
        params: list[Any] = []
        return self._frame(sql + _page(limit, 0, params), params)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self._lock:
            return self.store.counts()

    def summary(self) -> pd.DataFrame:
        """What the store holds, one row (``telex stats``): ``articles``, the ``first`` and ``last`` publication day,
        how many are ``undated``, of how many ``outlets``; ``quotes``; ``events`` counted once and their
        ``event_mentions``; ``actors`` (corpus actors named)."""
        return self._frame(
            "SELECT a.articles, a.first, a.last, a.undated, a.outlets, q.quotes, e.events, m.event_mentions, n.actors "
            "FROM (SELECT count(*) AS articles, CAST(min(published) AS DATE) AS first, "
            "             CAST(max(published) AS DATE) AS last, count(*) - count(published) AS undated, "
            f"             count(DISTINCT outlet) AS outlets FROM {self._kept('listed_articles')}) a, "
            "     (SELECT count(*) AS quotes FROM quotes) q, "
            f"     (SELECT count(*) AS events FROM {self._kept('counted_events')}) e, "
            "     (SELECT count(*) AS event_mentions FROM events) m, "
            "     (SELECT count(DISTINCT actor_id) AS actors FROM entities) n"
        )

    # -- export -------------------------------------------------------------------------------------

    def frame(self, what: str, **filters: Any) -> pd.DataFrame:
        """The table ``what`` (events, quotes, actors, articles) as exported: whole, or for the events and the quotes
        the rows ``events(**filters)`` or ``quotes(**filters)`` give (``speaker="person:hillary-clinton"``), for the
        articles those published between ``since`` and ``until`` (as ``articles()`` keeps them)."""
        taken = {"events": None, "quotes": None, "articles": {"since", "until"}}.get(what, set())
        if taken is not None and set(filters) - taken:
            allowed = "are exported whole" if not taken else "take since and until alone"
            raise InputError(
                f"the {what} {allowed}; filters ({', '.join(sorted(set(filters) - taken))}) are for the events "
                "and the quotes"
            )
        if what == "events":
            return self.events(**filters)
        if what == "quotes":
            return self.quotes(**filters)
        if what == "actors":
            return self.actors(limit=None)
        if what == "articles":
            where: list[str] = ["TRUE"]
            params: list[Any] = []
            _date_range(where, params, "published", filters.get("since"), filters.get("until"), typed=True)
            return self._frame(
                "SELECT id, cluster, url, published, outlet, title, author, language, content_hash "
                f"FROM articles WHERE {' AND '.join(where)} ORDER BY id",
                params,
            )
        raise InputError(f"nothing to export called {what!r}; choose {', '.join(EXPORTS)}")

    def export(
        self, what: str = "events", fmt: str | None = None, path: str | Path | None = None, **filters: Any
    ) -> int:
        """Write ``what`` (events, quotes, actors or articles; events unless given) to ``path`` in ``fmt`` (csv,
        parquet, jsonl, gdelt, graphml, gexf; unless given, the one the file's name says: ``events.parquet``,
        ``quotes.csv.gz``), as ``telex export`` does; return the number of rows written. ``filters`` keep the
        events or quotes that ``events()`` or ``quotes()`` give with them.

        ``corpus.export(path="events.csv")``, ``corpus.export("quotes", path="quotes.parquet")``,
        ``corpus.export("quotes", path="clinton.csv", speaker="person:hillary-clinton")``.
        """
        from telex.corpus.export import write_export
        from telex.output.folders import create_folder_of

        fmt = export_format(what, fmt, path)
        assert path is not None  # export_format refuses a missing path
        check_export(what, fmt)
        check_export_path(fmt, path)
        frame = self.frame(what, **filters)
        target = Path(path).expanduser()
        try:
            create_folder_of(target, None)  # as `telex export -o` does (it raised FileNotFoundError)
        except OSError as exc:
            raise InputError(f"cannot create the folder {target.parent} for {target}: {exc.strerror or exc}") from exc
        write_export(frame, fmt, target)
        return len(frame)


def export_format(what: str, fmt: str | None, path: str | Path | None) -> str:
    """The format ``Corpus.export`` writes: ``fmt``, else the one ``path``'s name says; an ``InputError`` that says
    what to give for a table telex does not export, a missing path, a name that says no format, or a format telex
    does not write."""
    from telex.corpus.export import EXPORT_FORMATS, format_named

    if what not in EXPORTS:
        named = f"; to write the file {what}: export(path={what!r})" if format_named(what) else ""
        raise InputError(f"nothing to export called {what!r}; choose {', '.join(EXPORTS)}{named}")
    if path is None:
        if fmt is not None and fmt not in EXPORT_FORMATS and format_named(fmt):  # export("events", "events.csv")
            raise InputError(f"{fmt!r} is the file, not the format: export({what!r}, path={fmt!r})")
        raise InputError(f"give the file to write: export({what!r}, path='{what}.csv')")
    chosen = fmt or format_named(path)
    if chosen is None:
        raise InputError(
            f"{Path(path).name} names no format: give fmt (one of {', '.join(EXPORT_FORMATS)}), or "
            "name the file for its format (events.csv, events.parquet)"
        )
    if chosen not in EXPORT_FORMATS:
        raise InputError(f"no export format {chosen!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    return chosen


# What ``Corpus.export`` and ``telex export`` write.
EXPORTS = ("events", "quotes", "actors", "articles")
# Export formats that are drawn from the events alone, and what each writes.
_EVENT_FORMATS = {"gdelt": "GDELT 2.0 events", "graphml": "the actor network", "gexf": "the actor network"}


def check_export(what: str, fmt: str) -> None:
    """Refuse a format that cannot write ``what``: GDELT and the actor network are drawn from the events."""
    if fmt in _EVENT_FORMATS and what != "events":
        raise InputError(
            f"{fmt} writes {_EVENT_FORMATS[fmt]}, drawn from the events: export the events "
            f"(--what events, the default), not the {what}"
        )


def check_export_path(fmt: str, path: str | Path) -> None:
    """Refuse a file name that says another format than ``fmt`` (CSV written to ``events.parquet``), or Parquet
    named ".gz": a reader goes by the name, and would fail on the bytes. GDELT's own files end ".CSV", so a GDELT
    export may be named so."""
    from telex.corpus.export import format_named, gzipped

    named = format_named(path)
    if named is not None and named != fmt and not (fmt == "gdelt" and named == "csv"):
        raise InputError(
            f"{Path(path).name} names a {named} file, but the format is {fmt}: name the file for "
            f"its format, or give the format its name says"
        )
    if fmt == "parquet" and gzipped(path):
        raise InputError(
            f"{Path(path).name}: Parquet compresses its own columns, and its readers do not read it "
            "gzipped; name the file .parquet"
        )


def open_corpus(path: str | Path, notify: Callable[[str], None] | None = None) -> Corpus:
    """Open a store written by ``telex ingest`` for reading (``telex.open``)."""
    return Corpus(path, notify=notify)


def _dyad_where(
    a: str, b: str, since: date | str | None, until: date | str | None, exact: bool
) -> tuple[str, list[Any]]:
    """The condition of the events between ``a`` and ``b`` in either direction within the dates, and its values."""
    one, two = ActorSpec(a, exact), ActorSpec(b, exact)
    (a_src, p1), (b_tgt, p2) = one.condition("source"), two.condition("target")
    (b_src, p3), (a_tgt, p4) = two.condition("source"), one.condition("target")
    conditions, bounds = [f"(({a_src} AND {b_tgt}) OR ({b_src} AND {a_tgt}))"], [*p1, *p2, *p3, *p4]
    _date_range(conditions, bounds, "date", since, until)
    return " AND ".join(conditions), bounds


def _date_range(
    where: list[str],
    params: list[Any],
    column: str,
    since: date | str | None,
    until: date | str | None,
    typed: bool = False,
) -> None:
    """Bound ``column`` (ISO text at any precision: "2024-06-19", "2024-06", "1961") by ``since`` and ``until``,
    each read by ``parse_bound`` (a date, a timestamp's day, "2024-06", "2024"); "until 2024-06" takes the whole
    month. A ``typed`` column is a DATE: a day compares as a date there, so that DuckDB skips the blocks outside
    the range. A bound that is no date, or the two the wrong way round, is an ``InputError``."""
    since, until = parse_bound(since, "since"), parse_bound(until, "until")
    check_bounds(since, until)
    for bound, operator, suffix in ((since, ">=", ""), (until, "<=", " || '~'")):
        if bound is None:
            continue
        if typed and isinstance(bound, date):
            where.append(f"{column} {operator} ?")
            params.append(bound)
        else:
            where.append(f"CAST({column} AS VARCHAR) {operator} ?{suffix}")
            params.append(str(bound))


def _bound_day(bound: date | str | None, last: bool) -> date | None:
    """The first day a ``since`` bound takes, or (``last``) the last day an ``until`` bound takes: a day itself, or
    the first or last day of a month ("2024-06") or year ("2024"); ``None`` for none."""
    bound = parse_bound(bound, "until" if last else "since")
    if bound is None or isinstance(bound, date):
        return bound
    year, month = int(bound[:4]), int(bound[5:7]) if len(bound) == 7 else None
    if not last:
        return date(year, month or 1, 1)
    if month is None or month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def _words(text: str, what: str) -> None:
    """A text filter given empty or blank is an ``InputError`` saying ``what`` it takes, as an empty actor is: it was
    no filter at all, every row, which a user who typed nothing into a field did not ask for."""
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{what}; {text!r} is none")


def _quoted(column: str) -> str:
    """A column's name as SQL names it whatever the word (``class``, ``end``)."""
    return f'"{column}"'


# Columns a read table keeps as text that a reader gets as their type: ``counted_events.added`` is text in every
# store written since schema 4 (a DataFrame of str, a Parquet export of text where docs/store.md promised types).
_READ_TYPES = {"added": "TIMESTAMP"}


def _read_as(column: str) -> str:
    """A listing's column as read: ``added`` given back its type (``CAST("added" AS TIMESTAMP) AS "added"``)."""
    kind = _READ_TYPES.get(column)
    return f"CAST({_quoted(column)} AS {kind}) AS {_quoted(column)}" if kind else _quoted(column)


def _speaker_condition(speaker: str) -> tuple[str, list[Any]]:
    """SQL true for a quote of ``speaker``: a corpus actor id (``person:hillary-clinton``) is that actor alone; a name
    or part of one matches the name the article quotes and every name of an actor."""
    _words(speaker, "a speaker is a name or part of one (Putin, Vladimir Putin) or an actor id (person:vladimir-putin)")
    if _ACTOR_ID.fullmatch(speaker.strip()):
        return "actor_id = ?", [speaker.strip()]
    return (
        f"(quoted_as {_LIKE} OR actor_id IN (SELECT actor_id FROM entities WHERE name {_LIKE} OR actor_name {_LIKE}))",
        [_containing(speaker)] * 3,
    )


def _other_script(text: str) -> bool:
    """Whether ``text`` holds letters of another script than Latin ("Пхеньян", "平壤"), which the full-text index,
    keeping a to z once accents are stripped ("Erdoğan" is "erdogan"), leaves out."""
    import unicodedata

    return any(char.isalpha() and not char.isascii() for char in unicodedata.normalize("NFKD", text))


def _literal(text: str) -> str:
    """``text`` as a LIKE pattern that matches it as written: "50%" is fifty per cent, not "50" and anything."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _containing(text: str) -> str:
    """A LIKE pattern for any text that contains ``text`` as written."""
    return f"%{_literal(text)}%"


def _page(limit: int | None, offset: int, params: list[Any]) -> str:
    """The LIMIT (and OFFSET) clause of a query, its values added to ``params``; ``None`` is no limit. Either beyond
    ``MOST_ROWS`` is taken as ``MOST_ROWS``, the same answer (the database takes no number past 2^63)."""
    limit, offset = _rows("limit", limit), _rows("offset", offset) or 0
    if offset < 0:
        raise InputError(f"offset {offset} is negative; give 0 or more rows to skip")
    if limit is not None and limit < 0:
        raise InputError(f"limit {limit} is negative; give 0 or more rows")
    clause = ""
    if limit is not None:
        clause += " LIMIT ?"
        params.append(min(limit, MOST_ROWS))
    if offset:
        clause += " OFFSET ?"
        params.append(min(offset, MOST_ROWS))
    return clause


def _rows(name: str, value: object) -> int | None:
    """A number of rows as ``int`` (a numpy integer from a DataFrame too); anything else an ``InputError``."""
    if value is None:
        return None
    if not isinstance(value, numbers.Integral) or isinstance(value, bool):
        raise InputError(f"{name} {value!r} is not a number of rows; give a whole number such as 100")
    return int(value)


def _event_id(event_id: object) -> int:
    """An event id as the database holds it, from the integer of ``events()`` or its decimal text (the API's);
    anything else an ``InputError`` (``mentions("abc")`` was a ValueError of ``int()``)."""
    text = str(event_id).strip()
    if isinstance(event_id, bool) or not (
        isinstance(event_id, numbers.Integral | str) and text.isascii() and text.isdigit()
    ):
        raise InputError(
            f"event id {event_id!r} is no event id; give the event_id of a row of events(), a whole number"
        )
    return int(text)


def cameo_code(code: str | int) -> str:
    """A CAMEO event code of the table ("112", "1121"), for the events of that code and the codes under it."""
    from telex.events.codes import cameo_table

    text = str(code).strip()
    if len(text) < 3 or text not in cameo_table():
        raise InputError(
            f"cameo {code!r} is no CAMEO event code; give one of three or four digits such as 112 "
            "(accuse) or 0311, or a root of two (--root 11, root=11)"
        )
    return text


def plover_type(name: str) -> str:
    """A PLOVER event type as stored ("ACCUSE"), in any case."""
    from telex.events.codes import cameo_table

    types = sorted({entry.plover for entry in cameo_table().values() if entry.plover})
    text = str(name).strip().upper()
    if text not in types:
        raise InputError(f"plover {name!r} is no PLOVER type; give one of {', '.join(types)}")
    return text


# QuadClass by number, as GDELT numbers it, and by the name of its column in a dyad.
QUAD_CLASSES = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}


def quad_class_number(value: str | int) -> int:
    """A QuadClass as stored (1 to 4), from its number or its name as a dyad column ("verbal_conflict", "verbal
    conflict" or "verbal-conflict", any case); anything else an ``InputError`` naming both forms."""
    text = str(value).strip().lower().replace(" ", "_").replace("-", "_")
    by_name = {name: number for number, name in QUAD_CLASSES.items()}
    if text in by_name:
        return by_name[text]
    if not isinstance(value, bool) and text.isascii() and text.isdigit() and int(text) in QUAD_CLASSES:
        return int(text)
    named = ", ".join(f"{number} ({name})" for number, name in QUAD_CLASSES.items())
    raise InputError(f"quad class {value!r} is no QuadClass; give one of {named}")


def quote_class_name(name: str) -> str:
    """A quote class as stored ("speech", "belief"), in any case; another word is an ``InputError`` naming them."""
    from telex.quotes.lexicon import scheme_classes

    classes = sorted(set().union(*scheme_classes().values()))
    text = str(name).strip().lower()
    if text not in classes:
        raise InputError(f"quote class {name!r} is no quote class; give one of {', '.join(classes)}")
    return text


def cameo_root(root: str | int) -> str:
    """A CAMEO root as stored ("04"), from "4", "04", "004" or 4."""
    text = str(root).strip()
    if not (text.isascii() and text.isdigit() and 1 <= int(text) <= 20):
        raise InputError(f"root {root!r} is not a CAMEO root; give its number, 01 to 20 (14 for protests)")
    return f"{int(text):02d}"
