"""Rows of the store's tables (``duckdb_store.rows_for``) as Arrow tables: what the DuckDB store loads and the
Parquet dataset writes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import pyarrow as pa

ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(), "JSON": pa.string(), "VARCHAR[]": pa.list_(pa.string()), "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"), "BLOB": pa.binary(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
}  # fmt: skip


def arrow_schema(columns: Mapping[str, str]) -> pa.Schema:
    """The Arrow schema of these columns (name -> DuckDB type), in their order."""
    return pa.schema([(name, ARROW_TYPES[kind]) for name, kind in columns.items()])


def arrow_table(columns: Mapping[str, str], rows: list[dict[str, Any]]) -> pa.Table:
    """``rows`` as an Arrow table of ``columns``; a column a row lacks is null."""
    converted = {
        column: pa.array([_value(kind, row.get(column)) for row in rows], type=ARROW_TYPES[kind])
        for column, kind in columns.items()
    }
    return pa.table(converted, schema=arrow_schema(columns))


def _value(kind: str, value: Any) -> Any:
    """A value of ``rows_for`` as Arrow takes it."""
    if value is None:
        return None
    if kind == "DATE":
        return date.fromisoformat(value)
    if kind == "TIMESTAMP":
        return datetime.fromisoformat(value)
    if kind == "BLOB":
        return bytes.fromhex(value)
    if kind == "JSON":  # compact, as DuckDB keeps the JSON it loads
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value
