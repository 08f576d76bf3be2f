"""Flat tables for analysis, one file per table: articles, entities, quotes, timexes, events.

Columns are the store's columns (actor fields flat) without the JSON copy of
each item; CSV via the stdlib, Parquet via pyarrow with types from the schema.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from kroniek.export.output import atomic_text
from kroniek.store.db import TABLES, Store

_ARROW_TYPES = {"INTEGER": pa.int64(), "REAL": pa.float64()}


def _columns(store: Store, table: str) -> list[tuple[str, str]]:
    info = store.query(f"PRAGMA table_info({table})")
    return [(row["name"], row["type"].upper()) for row in info if row["name"] != "json"]


def _rows(store: Store, table: str, names: list[str]) -> list[tuple]:
    select = ", ".join(f'"{n}"' for n in names)
    order = "published, id" if table == "articles" else "article_id, ord"
    return [tuple(r) for r in store.query(f"SELECT {select} FROM {table} ORDER BY {order}")]


def write_tables(store: Store, directory: Path, fmt: str) -> dict[str, int]:
    """Write `<table>.csv` or `<table>.parquet` into `directory`; returns rows per table."""
    directory.mkdir(parents=True, exist_ok=True)
    written = {}
    for table in TABLES:
        columns = _columns(store, table)
        names = [name for name, _ in columns]
        rows = _rows(store, table, names)
        if fmt == "csv":
            with atomic_text(directory / f"{table}.csv") as out:
                writer = csv.writer(out)
                writer.writerow(names)
                writer.writerows(rows)
        elif fmt == "parquet":
            schema = pa.schema([(n, _ARROW_TYPES.get(t, pa.string())) for n, t in columns])
            data = {n: [row[i] for row in rows] for i, n in enumerate(names)}
            target = directory / f"{table}.parquet"
            part = directory / f".{table}.parquet.part"
            pq.write_table(pa.Table.from_pydict(data, schema=schema), part)
            os.replace(part, target)
        else:
            raise ValueError(f"unknown table format {fmt!r}")
        written[table] = len(rows)
    return written
