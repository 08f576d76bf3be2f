"""PLOVER-style event records, one JSON object per event.

Written as a JSON array (`write_plover(..., array=True)`, the CLI's choice for a
`.json` file) or as JSON Lines (a `.jsonl` file, or stdout), so that a `.json`
file loads with `json.load` and a `.jsonl` file line by line.

Field names follow the PLOVER/POLECAT event records (`event_id`, `event_date`,
`event_type`, `event_mode`, `event_text`, `actor`, `recipient`, `context`),
with kroniek's evidence pointers under `text_info` so each event can be
highlighted in its article.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from kroniek.events.cameo import cameo_root
from kroniek.store.db import Store


def _cameo_root(event: dict[str, Any]) -> str | None:
    """CAMEO root of an exported event, from the event layer's table (events/data/cameo.yaml)."""
    return cameo_root(event["type"], event.get("context") or ())


def _party(actor: dict[str, Any] | None) -> dict[str, Any] | None:
    if not actor:
        return None
    return {
        "entity": actor.get("name"),
        "kind": actor.get("kind"),
        "country": actor.get("country"),
        "sector": actor.get("sector"),
        "role": actor.get("role"),
        "identifiers": {"kroniek": actor.get("id"), "wikidata": actor.get("wikidata")},
    }


def plover_event(record: dict[str, Any], ord_: int, event: dict[str, Any]) -> dict[str, Any]:
    """One PLOVER-style record for event number `ord_` of an article record."""
    return {
        "event_id": f"{record['id']}-{ord_}",
        "event_date": event.get("date"),
        "event_type": event["type"],
        "event_mode": event.get("mode"),
        "context": list(event.get("context") or []),
        "quad_class": event.get("quad"),
        "status": event.get("status"),
        "cameo_root": _cameo_root(event),
        "actor": _party(event.get("actor")),
        "recipient": _party(event.get("recipient")),
        "event_text": event.get("text"),
        "text_info": {
            "article_id": record["id"],
            "url": record.get("url"),
            "source": record.get("source"),
            "title": record.get("title"),
            "published": record.get("published"),
            "language": record.get("language"),
            "date_text": event.get("date_text"),
            "start": event.get("start"),
            "end": event.get("end"),
        },
    }


def plover_events(store: Store) -> Iterator[dict[str, Any]]:
    for record in store.records():
        for i, event in enumerate(record["events"]):
            yield plover_event(record, i, event)


def write_plover(store: Store, out: TextIO, *, array: bool = False) -> int:
    """Write every event (a JSON array, or JSON Lines); returns the number written."""
    count = 0
    if array:
        out.write("[")
    for item in plover_events(store):
        line = json.dumps(item, ensure_ascii=False)
        if array:
            out.write(("," if count else "") + "\n" + line)
        else:
            out.write(line + "\n")
        count += 1
    if array:
        out.write("\n]\n")
    return count
