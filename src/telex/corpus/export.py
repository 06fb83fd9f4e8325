"""Corpus exports: tables (CSV, Parquet, JSONL), the GDELT 2.0 event layout, and actor graphs (GraphML, GEXF).

Every writer is a pure conversion of a pandas DataFrame followed by one write; ``write_export`` is the entry point.
The events frame and the dyad frame are those of the corpus store (see DESIGN.md, "Corpus").
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import suppress
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from telex.corpus.tabular import plain

__all__ = [
    "EXPORT_FORMATS",
    "GDELT_COLUMNS",
    "GRAPH_FORMATS",
    "TABLE_FORMATS",
    "actor_graph",
    "format_named",
    "gdelt_rows",
    "gzipped",
    "write_export",
    "write_gdelt",
    "write_graph",
    "write_table",
]

TABLE_FORMATS = ("csv", "parquet", "jsonl")
GRAPH_FORMATS = ("graphml", "gexf")
EXPORT_FORMATS = (*TABLE_FORMATS, "gdelt", *GRAPH_FORMATS)

# The export format a file's name says (after a ".gz"). None says GDELT: its own files end ".export.CSV".
_NAMED_FORMATS = {
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".graphml": "graphml",
    ".gexf": "gexf",
}

_ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{field}" for field in _ACTOR_FIELDS),
    *(f"Actor2{field}" for field in _ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"{geo}_{field}" for geo in ("Actor1Geo", "Actor2Geo", "ActionGeo") for field in _GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)
"""The 61 columns of a GDELT 2.0 event record, in GDELT's order."""

_GDELT_NEEDS = (
    "event_id",
    "date",
    "cameo",
    "cameo_root",
    "quad_class",
    "goldstein",
    "source_code",
    "source_name",
    "source_country",
    "source_sector",
    "target_code",
    "target_name",
    "target_country",
    "target_sector",
    "num_mentions",
    "num_sources",
    "num_articles",
    "added",
    "url",
)
_GRAPH_NEEDS = (
    "event_id",
    "date",
    "cameo",
    "quad_class",
    "goldstein",
    "num_mentions",
    "source_code",
    "source_name",
    "source_country",
    "target_code",
    "target_name",
    "target_country",
)

_ISO_DATE = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?(?:[T ].*)?")
# Characters that end a line for some reader (csv, str.splitlines) or end a field in a tab-separated file.
_BREAKS = re.compile("[\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_URL_UNSAFE = re.compile('[\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029 "]')

_StrPath = str | os.PathLike[str]


def _missing(value: Any) -> bool:
    """True for None and for pandas' missing markers (NaN, NA, NaT)."""
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _require(frame: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    lacking = [name for name in columns if name not in frame.columns]
    if lacking:
        raise ValueError(
            f"{what} needs the events frame, but this frame has no column {', '.join(lacking)}; "
            "export the events table, not a dyad table, in this format"
        )


def _text(value: Any) -> str:
    """A field of a tab-separated line: empty when missing, tabs and line breaks made spaces, double quotes single."""
    return "" if _missing(value) else _BREAKS.sub(" ", str(value)).replace('"', "'")


def _count(value: Any) -> str:
    return "" if _missing(value) else str(int(value))


def _url(value: Any) -> str:
    """A URL for a tab-separated line, with whitespace and quote marks percent-encoded so it stays one field."""
    if _missing(value):
        return ""
    return _URL_UNSAFE.sub(lambda match: "".join(f"%{byte:02X}" for byte in match[0].encode()), str(value))


def _date_parts(value: Any) -> tuple[int, int, int] | None:
    """``(year, month, day)`` of an ISO date at known precision, 0 for an unknown part: "1961" -> (1961, 0, 0)."""
    if _missing(value) or not str(value).strip():
        return None
    match = _ISO_DATE.fullmatch(str(value).strip())
    if match is not None:
        year, month, day = (int(part or 0) for part in match.groups())
        with suppress(ValueError):
            date(year, month or 1, day or 1)
            return year, month, day
    raise ValueError(f"event date {value!r} is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD")


def _gdelt_dates(value: Any) -> dict[str, str]:
    """SQLDATE, MonthYear, Year and FractionDate of an event date; unknown month or day are written 00.

    "2024-06-19" -> 20240619, 202406, 2024, 2024.4630; "2024-06" -> 20240600, 202406, 2024, 2024.4110;
    "1961" -> 19610000, 196100, 1961, 1961.0000. FractionDate is GDELT's approximation
    YEAR + ((MONTH - 1) * 30 + DAY) / 365 as its files have it (January 1 is YYYY.0027; the codebook's MONTH * 30 would
    pass 1 in December), an unknown part counting as 0, so partial dates sort before the days they contain.
    """
    parts = _date_parts(value)
    if parts is None:
        return {}
    year, month, day = parts
    fraction = (max(month - 1, 0) * 30 + day) / 365
    return {
        "SQLDATE": f"{year:04d}{month:02d}{day:02d}",
        "MonthYear": f"{year:04d}{month:02d}",
        "Year": f"{year:04d}",
        "FractionDate": f"{year + fraction:.4f}",
    }


def _date_added(value: Any) -> str:
    """DATEADDED as YYYYMMDDHHMMSS in UTC, from an ISO date or timestamp; a bare date is taken at midnight."""
    if _missing(value) or not str(value).strip():
        return ""
    try:
        moment = datetime.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise ValueError(f"added date {value!r} is not an ISO date or timestamp; write it as YYYY-MM-DD") from exc
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y%m%d%H%M%S")


def _goldstein(value: Any) -> str:
    return "" if _missing(value) else f"{float(value):g}"


def _gdelt_row(event: Mapping[str, Any]) -> list[str]:
    cameo = _text(event["cameo"])
    fields = {
        "GLOBALEVENTID": _count(event["event_id"]),
        **_gdelt_dates(event["date"]),
        "IsRootEvent": "1",
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": _text(event["cameo_root"]) or cameo[:2],
        "QuadClass": _count(event["quad_class"]),
        "GoldsteinScale": _goldstein(event["goldstein"]),
        "NumMentions": _count(event["num_mentions"]),
        "NumSources": _count(event["num_sources"]),
        "NumArticles": _count(event["num_articles"]),
        "DATEADDED": _date_added(event["added"]),
        # GDELT's "URL or citation" of a report: an article of no URL (a JSONL record, a file) is cited by its id,
        # the one key back to the article, its evidence and `telex show`.
        "SOURCEURL": _url(event["url"]) or _url(event.get("article_id")),
    }
    for actor, role in (("Actor1", "source"), ("Actor2", "target")):
        fields[f"{actor}Code"] = _text(event[f"{role}_code"])
        fields[f"{actor}Name"] = _text(event[f"{role}_name"]) or _named_code(fields[f"{actor}Code"])
        fields[f"{actor}CountryCode"] = _text(event[f"{role}_country"])
        fields[f"{actor}Type1Code"] = _text(event[f"{role}_sector"])
    return [fields.get(column, "") for column in GDELT_COLUMNS]


def _named_code(code: str) -> str:
    """An actor name for a code no article names, as the network labels its node ("SYRCVL": "Syria: civilians",
    coded from "civilians in Syria"); "" for a code of no known part. GDELT's rows always name their actors, and an
    empty Actor2Name read as a missing actor."""
    label = code_label(code) if code else ""
    return "" if label == code else label


def gdelt_rows(events: pd.DataFrame) -> Iterator[list[str]]:
    """The GDELT 2.0 event record of each event: 61 strings in ``GDELT_COLUMNS`` order, "" where telex has no value.

    Actor1 is the source, Actor2 the target; their sector goes to Type1Code. IsRootEvent is always 1, EventBaseCode
    is the first three digits of the CAMEO code, AvgTone and the geography fields are empty; SOURCEURL is the URL of
    the report, or its article id when it has none (GDELT's "URL or citation"). A date known only to the
    month or year keeps 00 for the unknown parts (SQLDATE 19610000 for "1961"), so it never passes for a first of
    January; an event with no date has all four date fields empty. The layout has no quoting, so in text tabs and line
    breaks become spaces and double quotes (which CSV readers take to open a quoted field) single quotes; in the URL
    they are percent-encoded. Every event stays one line of 61 fields.
    """
    _require(events, _GDELT_NEEDS, "the gdelt export")
    return (_gdelt_row(event) for event in events.to_dict("records"))


def write_gdelt(events: pd.DataFrame, path: _StrPath) -> None:
    """Write ``events`` in the GDELT 2.0 event layout: UTF-8, tab-separated, no header, one line per event.

    Like GDELT's own files there is no quoting: read it with ``pandas.read_csv(path, sep="\\t", header=None)``.
    """
    with Path(path).open("w", encoding="utf-8", newline="\n") as out:
        out.writelines("\t".join(row) + "\n" for row in gdelt_rows(events))


def _json_cell(value: Any) -> Any:
    """A list or mapping as its JSON text, so a CSV cell can be parsed back; other values unchanged."""
    if isinstance(value, list | tuple | dict) or (hasattr(value, "tolist") and getattr(value, "ndim", 0) > 0):
        return json.dumps(plain(value), ensure_ascii=False)
    return value


def csv_text(frame: pd.DataFrame) -> str:
    """``frame`` as CSV text with a header row; a cell holding a list is written as its JSON text."""
    cells = {name: frame[name].map(_json_cell) for name in frame.columns if frame[name].dtype == object}
    return str(frame.assign(**cells).to_csv(index=False))


def write_table(frame: pd.DataFrame, fmt: str, path: _StrPath) -> None:
    """Write ``frame`` as "csv", "parquet" or "jsonl", UTF-8, without the index.

    CSV has a header row; a cell holding a list is written as its JSON text. Parquet is written by pyarrow and keeps
    the column types and lists. JSONL is one JSON object a line, missing values as null and lists as lists.
    """
    target = Path(path)
    if fmt == "csv":
        target.write_text(csv_text(frame), encoding="utf-8")
    elif fmt == "parquet":
        pq.write_table(
            _typed_nulls(pa.Table.from_pandas(frame, preserve_index=False), frame.attrs.get("sql_types", {})), target
        )
    elif fmt == "jsonl":
        with target.open("w", encoding="utf-8", newline="\n") as out:
            out.writelines(json.dumps(plain(record), ensure_ascii=False) + "\n" for record in frame.to_dict("records"))
    else:
        raise ValueError(f"unknown table format {fmt!r}; choose one of {', '.join(TABLE_FORMATS)}")


# Arrow types of the SQL types a corpus read gives; any other column of nulls is text.
_ARROW_TYPES = {
    "BIGINT": pa.int64(),
    "INTEGER": pa.int32(),
    "DOUBLE": pa.float64(),
    "FLOAT": pa.float32(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
}


def _typed_nulls(table: pa.Table, sql_types: Mapping[str, str]) -> pa.Table:
    """``table`` with each column of nulls given its SQL type (text by default): pyarrow types such a column
    ``null``, which a reader of several exports (one with URLs, one without) cannot unite with text."""
    for index, field in enumerate(table.schema):
        if pa.types.is_null(field.type):
            kind = sql_types.get(field.name, "VARCHAR")
            typed = pa.list_(pa.large_string()) if kind.endswith("[]") else _ARROW_TYPES.get(kind, pa.large_string())
            table = table.set_column(index, field.with_type(typed), table.column(index).cast(typed))
    return table


def code_label(code: str) -> str:
    """What a CAMEO actor code means, read from the country and sector tables, for a node no actor name labels:
    "FRALAB" is "France: labour", "USAGOVMIL" "United States: government / military", "COP" "police"; a part the
    tables do not know stays as it is ("IGOWTO": "intergovernmental organisation / WTO"), and a code of no known
    part is itself. A network of "FRALAB" and "FRAAGR" nodes named nothing a reader could tell apart."""
    from telex.tables import read_table

    countries = {row["iso3"]: row["name"] for row in read_table("countries.tsv")}
    sectors = {row["code"]: row["name"] for row in read_table("sector_codes.tsv")}
    parts = [code[start : start + 3] for start in range(0, len(code), 3)]
    if not any(part in countries or part in sectors for part in parts):
        return code
    country = countries.get(parts[0])
    rest = " / ".join(sectors.get(part, part) for part in (parts[1:] if country else parts))
    return f"{country}: {rest}" if country and rest else country or rest


def _actors(events: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, str]]:
    """Each actor code with its ``label`` (the name given most often, else what the code means, ``code_label``) and
    ``country`` when known.

    A code stands for every actor coded so: "USA" is "United States" in most events and a person's name in a few,
    so the most frequent name (the first given among equals) is the one that describes the node.
    """
    seen: dict[str, dict[str, Counter[str]]] = {}
    for event in events:
        for role in ("source", "target"):
            code = plain(event[f"{role}_code"])
            if code is None:
                continue
            attributes = seen.setdefault(str(code), {"label": Counter(), "country": Counter()})
            for attribute, column in (("label", f"{role}_name"), ("country", f"{role}_country")):
                value = plain(event[column])
                if value is not None:
                    attributes[attribute][str(value)] += 1
    return {
        code: {"label": code_label(code)}
        | {name: counts.most_common(1)[0][0] for name, counts in attributes.items() if counts}
        for code, attributes in seen.items()
    }


def actor_graph(events: pd.DataFrame) -> nx.MultiDiGraph:
    """The actor network: a node per actor code, a directed edge source -> target per event that has both.

    Nodes carry ``label`` (the name given most often for the code, else what the code means) and ``country`` when
    known; an actor of an event without a counterpart is still a node. Each edge is keyed by ``event_id`` and carries
    ``cameo``, ``quad_class``, ``goldstein``, ``weight`` (the event's mentions) and ``date`` when known. No attribute
    is ever None, so the graph can be written as GraphML or GEXF as it is.
    """
    _require(events, _GRAPH_NEEDS, "the actor graph")
    records = events.to_dict("records")
    graph = nx.MultiDiGraph(name="telex actors")
    graph.add_nodes_from(_actors(records).items())
    for event in records:
        source, target = plain(event["source_code"]), plain(event["target_code"])
        if source is None or target is None:
            continue
        edge = {
            "cameo": str(event["cameo"]),
            "quad_class": int(event["quad_class"]),
            "goldstein": float(event["goldstein"]),
            "weight": int(event["num_mentions"]),
        }
        if plain(event["date"]):
            edge["date"] = str(event["date"])
        graph.add_edge(str(source), str(target), key=int(event["event_id"]), **edge)
    return graph


def _first_day(value: Any) -> str | None:
    """The first day of a date at known precision, ISO: "2024-06" -> "2024-06-01"; None when there is no date."""
    parts = _date_parts(value)
    if parts is None:
        return None
    year, month, day = parts
    return date(year, month or 1, day or 1).isoformat()


def _dynamic(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` for dynamic GEXF: each dated edge lives on its day, edge ids are the event ids."""
    timeline = graph.copy()
    timeline.graph["mode"] = "dynamic"
    for _, _, key, edge in timeline.edges(keys=True, data=True):
        edge["id"] = str(key)
        day = _first_day(edge.get("date"))
        if day is not None:
            edge["start"] = edge["end"] = day
    return timeline


def write_graph(events: pd.DataFrame, fmt: str, path: _StrPath) -> None:
    """Write the actor network of ``events`` as "graphml" or "gexf".

    GraphML keeps one edge per event (a multigraph; the edge id is the event id), so no count is lost by merging;
    attributes that are unknown for an edge or node are left out rather than written as None, which GraphML rejects.
    GEXF is dynamic (``mode="dynamic"``, ``timeformat="date"``): an edge's ``start`` and ``end`` are both the day of
    its event, a date known only to the month or year standing on its first day, so Gephi's timeline shows each event
    when it happened; undated edges and all nodes have no interval and so are present throughout. Edge ids are the
    event ids (networkx also writes them as a ``networkx_key`` attribute, which it reads back as the edge key).
    """
    if fmt not in GRAPH_FORMATS:
        raise ValueError(f"unknown graph format {fmt!r}; choose one of {', '.join(GRAPH_FORMATS)}")
    graph = actor_graph(events)
    if fmt == "graphml":
        nx.write_graphml(graph, Path(path))
    else:
        nx.write_gexf(_dynamic(graph), Path(path))


def gzipped(path: _StrPath) -> bool:
    """Whether the name of ``path`` ends ".gz", which every reader of the formats (pandas, pyarrow, networkx, zcat)
    takes to mean gzip-compressed bytes."""
    return Path(path).name.lower().endswith(".gz")


def format_named(path: _StrPath) -> str | None:
    """The export format the name of ``path`` says ("csv" for ``events.csv.gz``), or None for a name saying none."""
    name = Path(path).name.lower()
    return _NAMED_FORMATS.get(Path(name[:-3] if gzipped(name) else name).suffix)


def write_export(frame: pd.DataFrame, fmt: str, path: _StrPath) -> None:
    """Write ``frame`` to ``path`` in ``fmt``: a table format for any frame; gdelt, graphml or gexf for events only.

    A ``path`` ending ".gz" is written gzip-compressed, as its readers expect (Parquet compresses itself and is
    refused so named by ``query.check_export_path``).
    """
    if gzipped(path) and fmt != "parquet":
        _write_gzipped(frame, fmt, Path(path))
    else:
        _write_plain(frame, fmt, path)


def _write_gzipped(frame: pd.DataFrame, fmt: str, path: Path) -> None:
    """Write ``frame`` in ``fmt`` to a file beside ``path``, then gzip it into ``path`` (the graph writers need a
    file of their own)."""
    import gzip
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="telex-export-", dir=path.parent) as folder:
        plain_path = Path(folder) / f"export.{fmt}"
        _write_plain(frame, fmt, plain_path)
        with plain_path.open("rb") as data, gzip.open(path, "wb") as out:
            shutil.copyfileobj(data, out)


def _write_plain(frame: pd.DataFrame, fmt: str, path: _StrPath) -> None:
    """Write ``frame`` uncompressed to ``path`` in ``fmt``."""
    if fmt in TABLE_FORMATS:
        write_table(frame, fmt, path)
    elif fmt == "gdelt":
        write_gdelt(frame, path)
    elif fmt in GRAPH_FORMATS:
        write_graph(frame, fmt, path)
    else:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
