"""`kroniek show ID`: one article with its layers coloured in the text, plus tables."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

# One style per layer; later layers are drawn over earlier ones.
STYLES = {
    "events": "underline magenta",
    "quotes": "green",
    "timexes": "bold yellow",
    "entities": "bold cyan",
}


def _actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    extra = ", ".join(x for x in (actor.get("country"), actor.get("role")) if x)
    return f"{actor.get('name')} ({extra})" if extra else str(actor.get("name"))


def highlighted(record: dict[str, Any]) -> Text:
    """The article text with every layer item that has offsets styled in place."""
    text = Text(record["text"])
    for layer, style in STYLES.items():
        for item in record.get(layer) or []:
            start, end = item.get("start"), item.get("end")
            if isinstance(start, int) and isinstance(end, int) and start < end:
                text.stylize(style, start, end)
    return text


def _table(title: str, columns: list[str], rows: list[list[str]]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*[str(v) if v is not None else "-" for v in row])
    return table


def layer_tables(record: dict[str, Any]) -> list[Table]:
    tables = []
    if record["entities"]:
        tables.append(_table("entities", ["text", "type", "actor"], [
            [e["text"], e.get("type"), _actor(e.get("actor"))] for e in record["entities"]]))
    if record["quotes"]:
        tables.append(_table("quotes", ["speaker", "kind", "cue", "text"], [
            [_actor(q.get("speaker")), q.get("kind"), q.get("cue"), q["text"]]
            for q in record["quotes"]]))
    if record["timexes"]:
        tables.append(_table("timexes", ["text", "type", "value", "anchor"], [
            [t["text"], t.get("type"), t.get("value"), t.get("anchor")]
            for t in record["timexes"]]))
    if record["events"]:
        tables.append(_table("events", ["date", "type", "actor", "recipient", "status"], [
            [e.get("date"), e["type"], _actor(e.get("actor")), _actor(e.get("recipient")),
             e.get("status")] for e in record["events"]]))
    return tables  # fmt: skip


def header(record: dict[str, Any]) -> str:
    dateline = record.get("dateline") or {}
    parts = [
        record.get("published") or "undated",
        record.get("section"),
        " ".join(x for x in (dateline.get("place"), dateline.get("agency")) if x) or None,
        record.get("language"),
        record.get("url") or record.get("source"),
    ]
    return " · ".join(p for p in parts if p)


def show(record: dict[str, Any], console: Console) -> None:
    title = record.get("title") or record["id"]
    console.print(Panel(highlighted(record), title=title, subtitle=header(record)))
    legend = Text("  ").join(Text(layer, style=style) for layer, style in STYLES.items())
    console.print(legend)
    for table in layer_tables(record):
        console.print(table)
