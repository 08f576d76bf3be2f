"""`kroniek actors` (knowledge-base entries) and `kroniek actor NAME` (one actor's record).

The knowledge base is passed in (`kroniek.actors.kb.load_kb()` in the CLI), so the
views work on any object with its small API: `.entries`, `.search`, `.lookup`.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from kroniek.errors import KroniekError
from kroniek.store import queries
from kroniek.store.db import Store
from kroniek.views import lists


def _table(title: str, columns: list[str]) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def actors(kb: Any, search: str | None, console: Console, limit: int = 200) -> int:
    entries = kb.search(search) if search else list(kb.entries.values())
    entries = sorted(entries, key=lambda e: (e.kind, e.name))
    table = _table(f"actors ({len(entries)})", ["id", "name", "kind", "country", "sector",
                                                "wikidata", "current role"])
    for entry in entries[:limit]:
        role = next((r.office for r in entry.roles if r.end is None), None)
        table.add_row(entry.id, entry.name, entry.kind, entry.country or "-",
                      entry.sector or "-", entry.wikidata or "-", role or "-")
    console.print(table)
    return len(entries)


def resolve(kb: Any | None, store: Store, name: str) -> tuple[Any | None, tuple[str, ...]]:
    """The KB entry (if the KB knows the name) and the actor ids to look up in the store."""
    if kb is not None:
        exact = kb.lookup(name) or ([kb.entries[name]] if name in kb.entries else [])
        found = exact or kb.search(name)
        if found:
            return found[0], (found[0].id,)
    ids = tuple(queries.stored_actor_ids(store, name)[:1])
    if not ids:
        raise KroniekError(f"{name}: no such actor in the knowledge base or the store")
    return None, ids


def actor(kb: Any | None, store: Store, name: str, console: Console) -> None:
    entry, ids = resolve(kb, store, name)
    if entry is not None:
        console.print(f"[bold]{entry.name}[/] ({entry.id}, {entry.kind}, "
                      f"{entry.country or '-'}, wikidata {entry.wikidata or '-'})")
        roles = _table("roles", ["from", "to", "office", "sector"])
        for role in entry.roles:
            roles.add_row(role.start or "?", role.end or "now", role.office, role.sector)
        if entry.roles:
            console.print(roles)
    else:
        console.print(f"[bold]{ids[0]}[/] (not in the knowledge base)")
    flt = queries.Filter(ids=ids)
    months = _table("mentions per month", ["month", "mentions", "articles"])
    for row in queries.mentions_per_month(store, flt):
        months.add_row(row["month"] or "?", str(row["mentions"]), str(row["articles"]))
    console.print(months)
    lists.quotes(store, queries.Filter(ids=ids, limit=20), console)
    lists.timeline(store, queries.Filter(ids=ids, limit=50), console)
