"""JSON Lines and JSON arrays of article records (field names in data/fields.yaml).

A JSON Lines file is read line by line: a broken line gives one InputError
naming the file and the line, and the lines after it are still read. The
`source` of a record is its URL when it has one, else `<file name>:<line>` (for
a JSON array, `<file name>:<n>` with n the record's position, from 1).

`read_paths` streams files of records (`stream_array`, `stream_lines`): a JSON
array is parsed incrementally by ijson and JSON Lines a line at a time, so a
file of any size is read with flat memory and no file-size limit; the
per-article limit (KRONIEK_MAX_CHARS) refuses one record, naming file and line.
`read_records` reads a whole decoded document (stdin, `read_bytes`, and JSON
documents that are neither an array nor JSON Lines, such as a pretty-printed
container object).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from kroniek.ingest.base import RawInput, Result, build_article, load_data
from kroniek.ingest.html import fragment_paragraphs, looks_like_html
from kroniek.ingest.limits import article_too_long
from kroniek.ingest.text import paragraphs
from kroniek.model import Article


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


# --- streaming (issue 11): a file of records is read record by record ---------------

_BOM = b"\xef\xbb\xbf"


def stream_kind(head: bytes) -> str | None:
    """`array` or `lines` when a file's first bytes open a JSON array or object, else None.

    A file opening with `{` is read as JSON Lines when its first line is a whole JSON
    value (`stream_lines` falls back to the whole-file reader otherwise).
    """
    start = head.removeprefix(_BOM).lstrip(b" \t\r\n")[:1]
    return {b"[": "array", b"{": "lines"}.get(start)


def stream_array(handle: BinaryIO, source: RawInput, max_chars: int) -> Iterator[Result]:
    """The records of a JSON array, one at a time (ijson): memory stays flat."""
    import ijson

    if handle.peek(3)[:3] == _BOM:  # type: ignore[attr-defined]
        handle.read(3)
    position = 0
    try:
        for position, record in enumerate(ijson.items(handle, "item", use_float=True), 1):
            yield _limited(source, _record(source, record, position), position, max_chars)
    except (ijson.JSONError, UnicodeDecodeError) as exc:
        where = f"after record {position}" if position else "at its start"
        yield source.error(f"broken JSON array {where}: {exc}")


def stream_lines(
    first: bytes, handle: BinaryIO, source: RawInput, max_chars: int, max_line: int
) -> Iterator[Result] | None:
    """JSON Lines, line by line, given the first line already read; None when the first
    line is not a JSON value (a pretty-printed document, for the whole-file reader)."""
    try:
        json.loads(first.removeprefix(_BOM))
    except (ValueError, RecursionError):
        return None
    return _lines(first, handle, source, max_chars, max_line)


def _lines(first, handle, source, max_chars, max_line) -> Iterator[Result]:
    number, line = 1, first
    while line:
        if len(line) > max_line and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of an endless line
                line = handle.readline(1 << 20)
            yield source.error(f"JSON line too long (limit {max_line:,} bytes)", number)
        elif line.strip():
            yield from _line_records(source, line.removeprefix(_BOM), number, max_chars)
        number, line = number + 1, handle.readline(max_line + 1)


def _line_records(source: RawInput, line: bytes, number: int, max_chars: int) -> list[Result]:
    try:
        value = json.loads(line.decode("utf-8") if _utf8(line) else line.decode("cp1252"))
    except (ValueError, RecursionError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "not valid JSON"
        return [source.error(f"broken JSON line: {reason}", number)]
    records = _as_records(value)
    if records is None:
        return [source.error("record is not a JSON object", number)]
    return [_limited(source, _record(source, r, number), number, max_chars) for r in records]


def _utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _limited(source: RawInput, result: Result, line: int, max_chars: int) -> Result:
    if isinstance(result, Article) and max_chars and len(result.text) > max_chars:
        return source.error(article_too_long(len(result.text), max_chars), line)
    return result
