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
    limit: int | None = 200  # None: every row


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


def _quote_query(flt: Filter) -> tuple[str, list]:
    where: list[str] = []
    params: list = []
    _who(["q.speaker_id", "q.speaker_name", "q.speaker_text"], flt, where, params)
    _when("a.published", flt, where, params)
    if flt.search:
        where.append("q.text LIKE ?")
        params.append(f"%{flt.search}%")
    return " FROM quotes q JOIN articles a ON a.id = q.article_id" + _clause(where), params


def _event_query(flt: Filter) -> tuple[str, list]:
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
    return " FROM events e JOIN articles a ON a.id = e.article_id" + _clause(where), params


def _limit(flt: Filter) -> int:
    return -1 if flt.limit is None else flt.limit  # SQLite: LIMIT -1 is no limit


def quotes(store: Store, flt: Filter) -> list[sqlite3.Row]:
    """Quotes, newest article first, with the article's date, title and source."""
    body, params = _quote_query(flt)
    sql = ("SELECT q.*, a.published, a.title, a.source, a.url" + body
           + " ORDER BY a.published DESC, q.article_id, q.ord LIMIT ?")  # fmt: skip
    return store.query(sql, [*params, _limit(flt)])


def count_quotes(store: Store, flt: Filter) -> int:
    body, params = _quote_query(flt)
    return store.query("SELECT count(*)" + body, params)[0][0]


def events(store: Store, flt: Filter) -> list[sqlite3.Row]:
    """Events in event-date order (undated events by their article's date)."""
    body, params = _event_query(flt)
    sql = ("SELECT e.*, a.published, a.title, a.source, a.url" + body
           + " ORDER BY coalesce(e.date, a.published), e.article_id, e.ord LIMIT ?")  # fmt: skip
    return store.query(sql, [*params, _limit(flt)])


def count_events(store: Store, flt: Filter) -> int:
    body, params = _event_query(flt)
    return store.query("SELECT count(*)" + body, params)[0][0]


def speaker_names(store: Store) -> list[str]:
    """Every distinct speaker name and speaker text in the quotes (for suggestions)."""
    rows = store.query("SELECT DISTINCT speaker_name FROM quotes WHERE speaker_name IS NOT NULL"
                       " UNION SELECT DISTINCT speaker_text FROM quotes"
                       " WHERE speaker_text IS NOT NULL")  # fmt: skip
    return [r[0] for r in rows]


def event_party_names(store: Store) -> list[str]:
    """Every distinct actor and recipient name in the events (for suggestions)."""
    rows = store.query("SELECT DISTINCT actor_name FROM events WHERE actor_name IS NOT NULL"
                       " UNION SELECT DISTINCT recipient_name FROM events"
                       " WHERE recipient_name IS NOT NULL")  # fmt: skip
    return [r[0] for r in rows]


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


def stored_actors(store: Store, name: str) -> list[sqlite3.Row]:
    """(actor_id, actor_name, n) the store links to a name fragment, most mentioned first."""
    return store.query(
        "SELECT actor_id, max(actor_name) AS actor_name, count(*) AS n FROM entities"
        " WHERE actor_id IS NOT NULL AND (actor_name LIKE ? OR actor_id = ?)"
        " GROUP BY actor_id ORDER BY n DESC",
        (f"%{name}%", name),
    )


def stored_actor_names(store: Store) -> list[str]:
    rows = store.query("SELECT DISTINCT actor_name FROM entities WHERE actor_name IS NOT NULL")
    return [r[0] for r in rows]
