"""`kroniek stats`, `quotes` and `timeline`: tables over the store."""

from __future__ import annotations

import json

from rich.console import Console
from rich.table import Table

from kroniek.store import queries
from kroniek.store.db import Store


def list_table(title: str, columns: list[str]) -> Table:
    """A left-titled table whose long cells fold; every list view of the CLI uses it."""
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _cell(value: object) -> str:
    return "-" if value is None else str(value)


def shown(what: str, n: int, total: int) -> str:
    """`quotes: 20 of 30 shown (--limit N or --all for more)`; a list is never cut silently."""
    line = f"{what}: {n} of {total} shown"
    return line + (" (--limit N or --all for more)" if n < total else "")


def stats(store: Store, console: Console) -> None:
    # The store's path on a line of its own: as the title of the narrow count table it was
    # folded into pieces at the table's width.
    console.print(f"store: {store.path} (schema {store.schema_version()})", highlight=False,
                  soft_wrap=True)
    counts = list_table("rows per table", ["table", "rows"])
    for name, n in store.counts().items():
        counts.add_row(name, str(n))
    months = list_table("articles per month", ["month", "articles"])
    for row in queries.articles_per_month(store):
        months.add_row(row["month"], str(row["n"]))
    langs = list_table("languages", ["language", "articles"])
    for row in queries.languages(store):
        langs.add_row(row["language"], str(row["n"]))
    for table in (counts, months, langs):
        console.print(table)


def quotes(store: Store, flt: queries.Filter, console: Console) -> int:
    rows = queries.quotes(store, flt)
    total = queries.count_quotes(store, flt)
    table = list_table("quotes, newest first", ["date", "speaker", "role", "text", "source"])
    for row in rows:
        speaker = row["speaker_name"] or row["speaker_text"]
        table.add_row(_cell(row["published"]), _cell(speaker), _cell(row["speaker_role"]),
                      row["text"], _cell(row["url"] or row["source"]))
    console.print(table)
    console.print(shown("quotes", len(rows), total), highlight=False)
    return len(rows)


def _party(name: str | None, country: str | None) -> str:
    if not name:
        return "-"
    return f"{name} ({country})" if country else name


def timeline(store: Store, flt: queries.Filter, console: Console) -> int:
    rows = queries.events(store, flt)
    total = queries.count_events(store, flt)
    table = list_table("events by date", ["date", "actor → recipient", "type", "status",
                                      "evidence", "source"])
    for row in rows:
        dyad = f"{_party(row['actor_name'], row['actor_country'])} → " + _party(
            row["recipient_name"], row["recipient_country"])
        context = ", ".join(json.loads(row["context"] or "[]"))
        kind = row["type"] + (f"/{row['mode']}" if row["mode"] else "")
        kind += f" [{context}]" if context else ""
        table.add_row(_cell(row["date"] or row["published"]), dyad, kind, _cell(row["status"]),
                      _cell(row["text"]), _cell(row["url"] or row["source"]))
    console.print(table)
    console.print(shown("events", len(rows), total), highlight=False)
    return len(rows)
