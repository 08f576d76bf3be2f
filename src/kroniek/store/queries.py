"""Read-only queries behind the terminal views (and any later API): plain SQL, rows out."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from kroniek.store.db import Store


@dataclass(frozen=True)
class Filter:
    """Who (actor ids or a name fragment), what (event type), when (ISO bounds), text."""

    ids: tuple[str, ...] = ()
    name: str | None = None
    type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    search: str | None = None
    limit: int = 200


def _who(columns: list[str], flt: Filter, where: list[str], params: list) -> None:
    """Match any of `columns` (`x_id`, `x_name` pairs) by id or by name fragment."""
    if not flt.ids and not flt.name:
        return
    ors = []
    for column in columns:
        if column.endswith("_id") and flt.ids:
            ors.append(f"{column} IN ({', '.join('?' for _ in flt.ids)})")
            params.extend(flt.ids)
        elif not column.endswith("_id") and flt.name:
            ors.append(f"{column} LIKE ?")
            params.append(f"%{flt.name}%")
    where.append("(" + " OR ".join(ors) + ")")


def _when(column: str, flt: Filter, where: list[str], params: list) -> None:
    # ISO dates of any precision compare as text; `--to 2025-11` includes all of November.
    if flt.date_from:
        where.append(f"{column} >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        where.append(f"substr({column}, 1, length(?)) <= ?")
        params.extend([flt.date_to, flt.date_to])


def _clause(where: list[str]) -> str:
    return (" WHERE " + " AND ".join(where)) if where else ""


def quotes(store: Store, flt: Filter) -> list[sqlite3.Row]:
    """Quotes, newest article first, with the article's date, title and source."""
    where: list[str] = []
    params: list = []
    _who(["q.speaker_id", "q.speaker_name", "q.speaker_text"], flt, where, params)
    _when("a.published", flt, where, params)
    if flt.search:
        where.append("q.text LIKE ?")
        params.append(f"%{flt.search}%")
    sql = (
        "SELECT q.*, a.published, a.title, a.source, a.url FROM quotes q"
        " JOIN articles a ON a.id = q.article_id" + _clause(where)
        + " ORDER BY a.published DESC, q.article_id, q.ord LIMIT ?"
    )
    return store.query(sql, [*params, flt.limit])


def events(store: Store, flt: Filter) -> list[sqlite3.Row]:
    """Events in event-date order (undated events by their article's date)."""
    where: list[str] = []
    params: list = []
    _who(["e.actor_id", "e.recipient_id", "e.actor_name", "e.recipient_name"], flt, where, params)
    _when("coalesce(e.date, a.published)", flt, where, params)
    if flt.type:
        where.append("e.type = ?")
        params.append(flt.type.upper())
    if flt.search:
        where.append("e.text LIKE ?")
        params.append(f"%{flt.search}%")
    sql = (
        "SELECT e.*, a.published, a.title, a.source, a.url FROM events e"
        " JOIN articles a ON a.id = e.article_id" + _clause(where)
        + " ORDER BY coalesce(e.date, a.published), e.article_id, e.ord LIMIT ?"
    )
    return store.query(sql, [*params, flt.limit])


def mentions_per_month(store: Store, flt: Filter) -> list[sqlite3.Row]:
    where: list[str] = []
    params: list = []
    _who(["e.actor_id", "e.actor_name"], flt, where, params)
    sql = (
        "SELECT substr(a.published, 1, 7) AS month, count(*) AS mentions,"
        " count(DISTINCT a.id) AS articles FROM entities e"
        " JOIN articles a ON a.id = e.article_id" + _clause(where)
        + " GROUP BY month ORDER BY month"
    )
    return store.query(sql, params)


def articles_per_month(store: Store) -> list[sqlite3.Row]:
    return store.query(
        "SELECT coalesce(substr(published, 1, 7), '?') AS month, count(*) AS n"
        " FROM articles GROUP BY month ORDER BY month"
    )


def languages(store: Store) -> list[sqlite3.Row]:
    return store.query(
        "SELECT coalesce(language, '?') AS language, count(*) AS n"
        " FROM articles GROUP BY language ORDER BY n DESC"
    )


def stored_actor_ids(store: Store, name: str) -> list[str]:
    """Actor ids the store links to a name fragment (when the KB does not know it)."""
    rows = store.query(
        "SELECT actor_id, count(*) AS n FROM entities WHERE actor_id IS NOT NULL"
        " AND (actor_name LIKE ? OR actor_id = ?) GROUP BY actor_id ORDER BY n DESC",
        (f"%{name}%", name),
    )
    return [r["actor_id"] for r in rows]
