"""Flatten the spec's layer items into table rows (actor fields as columns + full JSON)."""

from __future__ import annotations

import json
from typing import Any

from kroniek.model import Document

ACTOR_FIELDS = ("id", "name", "kind", "country", "sector", "role", "wikidata")


def _actor(prefix: str, actor: dict[str, Any] | None, fields=ACTOR_FIELDS) -> dict[str, Any]:
    actor = actor or {}
    return {f"{prefix}_{name}": actor.get(name) for name in fields}


def _dump(item: dict[str, Any]) -> str:
    return json.dumps(item, ensure_ascii=False)


def entity_row(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "text": item["text"], "start": item.get("start"), "end": item.get("end"),
        "type": item.get("type"), **_actor("actor", item.get("actor")), "json": _dump(item),
    }  # fmt: skip


def quote_row(item: dict[str, Any]) -> dict[str, Any]:
    speaker = _actor("speaker", item.get("speaker"))
    speaker.pop("speaker_kind")
    return {
        "text": item["text"], "start": item.get("start"), "end": item.get("end"),
        "kind": item.get("kind"), **speaker, "speaker_text": item.get("speaker_text"),
        "cue": item.get("cue"), "sentence": item.get("sentence"), "json": _dump(item),
    }  # fmt: skip


def timex_row(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "text": item["text"], "start": item.get("start"), "end": item.get("end"),
        "type": item.get("type"), "value": item.get("value"), "anchor": item.get("anchor"),
        "mod": item.get("mod"), "json": _dump(item),
    }  # fmt: skip


def event_row(item: dict[str, Any]) -> dict[str, Any]:
    speaker = item.get("speaker") or {}
    return {
        "type": item["type"], "quad": item.get("quad"), "mode": item.get("mode"),
        "context": json.dumps(item.get("context") or [], ensure_ascii=False),
        **_actor("actor", item.get("actor")), **_actor("recipient", item.get("recipient")),
        "date": item.get("date"), "date_text": item.get("date_text"),
        "status": item.get("status"), "text": item.get("text"), "start": item.get("start"),
        "end": item.get("end"), "trigger": item.get("trigger"),
        "speaker_id": speaker.get("id"), "json": _dump(item),
    }  # fmt: skip


LAYERS = {
    "entities": entity_row,
    "quotes": quote_row,
    "timexes": timex_row,
    "events": event_row,
}


def article_row(record: dict[str, Any]) -> dict[str, Any]:
    dateline = record.get("dateline") or {}
    return {
        "id": record["id"], "source": record.get("source") or "", "url": record.get("url"),
        "title": record.get("title"), "published": record.get("published"),
        "published_precision": record.get("published_precision"),
        "dateline_place": dateline.get("place"), "dateline_agency": dateline.get("agency"),
        "section": record.get("section"), "language": record.get("language"),
        "text": record["text"],
    }  # fmt: skip


def layer_rows(doc: Document) -> dict[str, list[dict[str, Any]]]:
    """Rows of each layer table for a document, in the order of `Document.to_record()`."""
    record = doc.to_record()
    return {
        table: [{"article_id": doc.article.id, "ord": i, **to_row(item)}
                for i, item in enumerate(record[table])]
        for table, to_row in LAYERS.items()
    }  # fmt: skip


def record_from_rows(article: dict[str, Any], layers: dict[str, list[str]]) -> dict[str, Any]:
    """The spec record from an `articles` row and each layer's JSON column, in order."""
    place, agency = article["dateline_place"], article["dateline_agency"]
    record = {
        "id": article["id"], "source": article["source"], "url": article["url"],
        "title": article["title"], "published": article["published"],
        "published_precision": article["published_precision"],
        "dateline": {"place": place, "agency": agency} if place is not None else None,
        "section": article["section"], "language": article["language"],
        "text": article["text"],
    }  # fmt: skip
    for table in LAYERS:
        record[table] = [json.loads(item) for item in layers.get(table, [])]
    return record
