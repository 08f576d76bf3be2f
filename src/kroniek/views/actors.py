"""`kroniek actors` (knowledge-base entries) and `kroniek actor NAME` (one actor's record).

The knowledge base is passed in (`kroniek.actors.kb.load_kb()` in the CLI), so the
views work on any object with its small API: `.entries`, `.search`, `.lookup`.

A name picks one actor only when it is unambiguous: an exact name or alias of
one entry, or a fragment that only one entry (or one stored actor) contains.
Otherwise the candidates are listed and nothing is picked.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console

from kroniek.errors import KroniekError
from kroniek.store import queries
from kroniek.store.db import Store
from kroniek.views import lists
from kroniek.views.filters import closest

MAX_CANDIDATES = 12


def actors(kb: Any, search: str | None, console: Console, limit: int | None = 200) -> int:
    entries = kb.search(search) if search else list(kb.entries.values())
    entries = sorted(entries, key=lambda e: (e.kind, e.name))
    table = lists.list_table(f"actors ({len(entries)})", ["id", "name", "kind", "country", "sector",
                                                "wikidata", "current role"])
    shown = entries if limit is None else entries[:limit]
    for entry in shown:
        role = next((r.office for r in entry.roles if r.end is None), None)
        table.add_row(entry.id, entry.name, entry.kind, entry.country or "-",
                      entry.sector or "-", entry.wikidata or "-", role or "-")
    console.print(table)
    console.print(lists.shown("actors", len(shown), len(entries)), highlight=False)
    return len(entries)


def _ambiguous(name: str, candidates: list[str]) -> KroniekError:
    listed = "; ".join(candidates[:MAX_CANDIDATES])
    extra = len(candidates) - MAX_CANDIDATES
    more = f" and {extra} more" if extra > 0 else ""
    return KroniekError(f"{name}: {len(candidates)} actors match: {listed}{more}; "
                        "give more of the name or the id")  # fmt: skip


def _word_starts(full: str, fragment: str) -> bool:
    """Whether a word of `full` starts with `fragment` (listed first among candidates)."""
    needle = fragment.casefold()
    return any(word.casefold().startswith(needle) for word in full.split())


def _from_kb(kb: Any, name: str, mentioned: dict[str, int]) -> Any | None:
    """The one KB entry `name` picks, or None; several candidates are an error listing them.

    Candidates with a word starting with `name` come first; within each group those the
    store mentions most (a user looks up the actors of their own news), then by name.
    """
    exact = kb.lookup(name) or ([kb.entries[name]] if name in kb.entries else [])
    found = exact or sorted(
        kb.search(name),
        key=lambda e: (not _word_starts(e.name, name), -mentioned.get(e.id, 0), e.name),
    )
    if len(found) > 1:
        raise _ambiguous(name, [f"{e.name} ({e.id})" for e in found])
    return found[0] if found else None


def resolve(kb: Any | None, store: Store, name: str) -> tuple[Any | None, tuple[str, ...]]:
    """The KB entry (if the KB knows the name) and the actor ids to look up in the store."""
    if kb is not None:
        mentioned = {r["actor_id"]: r["n"] for r in queries.stored_actors(store, name)}
        entry = _from_kb(kb, name, mentioned)
        if entry is not None:
            return entry, (entry.id,)
    rows = queries.stored_actors(store, name)
    exact = [r for r in rows if name.casefold() in (r["actor_id"].casefold(),
                                                    (r["actor_name"] or "").casefold())]
    rows = exact or rows
    if len(rows) > 1:
        raise _ambiguous(name, [f"{r['actor_name']} ({r['actor_id']})" for r in rows])
    if not rows:
        known = queries.stored_actor_names(store)
        if kb is not None:
            known += [e.name for e in kb.entries.values()]
        raise KroniekError(f"{name}: no such actor in the knowledge base or the store"
                           + closest(name, known))  # fmt: skip
    return None, (rows[0]["actor_id"],)


def actor(kb: Any | None, store: Store, name: str, console: Console,
          limit: int | None = 20) -> None:  # fmt: skip
    entry, ids = resolve(kb, store, name)
    if entry is not None:
        console.print(f"[bold]{entry.name}[/] ({entry.id}, {entry.kind}, "
                      f"{entry.country or '-'}, wikidata {entry.wikidata or '-'})")
        roles = lists.list_table("roles", ["from", "to", "office", "sector"])
        for role in entry.roles:
            roles.add_row(role.start or "?", role.end or "now", role.office, role.sector)
        if entry.roles:
            console.print(roles)
    else:
        console.print(f"[bold]{ids[0]}[/] (not in the knowledge base)")
    flt = queries.Filter(ids=ids)
    months = lists.list_table("mentions per month", ["month", "mentions", "articles"])
    for row in queries.mentions_per_month(store, flt):
        months.add_row(row["month"] or "?", str(row["mentions"]), str(row["articles"]))
    console.print(months)
    lists.quotes(store, queries.Filter(ids=ids, limit=limit), console)
    lists.timeline(store, queries.Filter(ids=ids, limit=limit), console)
