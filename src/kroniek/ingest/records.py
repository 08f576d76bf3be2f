"""JSON Lines and JSON arrays of article records (field names in data/fields.yaml).

A JSON Lines file is read line by line: a broken line gives one InputError
naming the file and the line, and the lines after it are still read. The
`source` of a record is its URL when it has one, else `<file name>:<line>` (for
a JSON array, `<file name>:<n>` with n the record's position, from 1).
"""

from __future__ import annotations

import json
from typing import Any

from kroniek.ingest.base import RawInput, Result, build_article, load_data
from kroniek.ingest.html import fragment_paragraphs, looks_like_html
from kroniek.ingest.text import paragraphs


def is_records(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n").startswith(("{", "["))


def read_records(source: RawInput) -> list[Result]:
    """Every record of a JSON array, a JSON object, or a JSON Lines file."""
    text = source.text.lstrip("\ufeff")
    try:
        whole = json.loads(text)
    except (ValueError, RecursionError):
        if text.lstrip().startswith("["):
            return [source.error("broken JSON array: not valid JSON")]
        return _read_lines(source, text)
    records = _as_records(whole)
    if records is None:
        return [source.error("JSON holds no article records (expected objects with a text)")]
    return [_record(source, record, position) for position, record in enumerate(records, 1)]


def _read_lines(source: RawInput, text: str) -> list[Result]:
    results: list[Result] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            results.append(source.error(f"broken JSON line: {reason}", number))
            continue
        results.append(_record(source, record, number))
    return results


def _as_records(whole: Any) -> list[Any] | None:
    if isinstance(whole, list):
        return whole
    if not isinstance(whole, dict):
        return None
    for key in load_data("fields.yaml")["containers"]:
        if isinstance(whole.get(key), list):
            return whole[key]
    return [whole]


def _record(source: RawInput, record: Any, line: int) -> Result:
    if not isinstance(record, dict):
        return source.error("record is not a JSON object", line)
    fields = load_data("fields.yaml")
    body = _first(record, fields["text"])
    if not isinstance(body, str) or not body.strip():
        return source.error("record has no text (text, body or content field)", line)
    text = fragment_paragraphs(body) if looks_like_html(body) else paragraphs(body)
    if not text:
        return source.error("record text is empty once markup is removed", line)
    url = _string(_first(record, fields["url"]))
    published = _first(record, fields["published"])
    return build_article(
        text,
        url or f"{source.name}:{line}",
        title=_string(_first(record, fields["title"])),
        url=url,
        # A list or object is no date either: passed on as text, build_article warns.
        published=published if isinstance(published, str | int | float | None) else str(published),
        section=_string(_first(record, fields["section"])),
        language=_string(_first(record, fields["language"])),
    )


def _first(record: dict[str, Any], names: list[str]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def _string(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
