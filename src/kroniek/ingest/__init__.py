"""Readers: turn files into Articles, recognising each layout by its content.

`read_paths` takes files, directories (read recursively in sorted order,
hidden files and folders skipped) and `-` for stdin; `read_bytes` reads one
file's content. Neither raises: each unreadable file, record or entry becomes
one `InputError` in the output, in plain words and naming the file (and line),
so a batch never stops.

Layouts (detect.py): JSON Lines / JSON arrays (records.py), RSS/Atom
(feed.py), saved HTML pages (html.py), the two seed text layouts and plain
prose (seedtext.py). Plain prose without any header is accepted as an article
with no date when the language detector finds running text in it; a text with
no prose in it is an `unknown layout` error.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kroniek.errors import InputError
from kroniek.ingest import records
from kroniek.ingest.base import RawInput, Result
from kroniek.ingest.decode import NotText, decode
from kroniek.ingest.limits import article_too_long, too_large
from kroniek.model import Article

__all__ = ["read_bytes", "read_paths", "Article", "InputError"]

DEFAULT_MAX_BYTES = 20_000_000
STDIN = "-"
_PEEK = 1 << 16  # bytes looked at to tell a file of records from a single document


_HEADER_SLACK = 10_000  # characters of a text file's header beyond its article text


def read_bytes(data: bytes, source: str, max_chars: int = 0) -> list[Article | InputError]:
    """The articles in one file's content; problems come back as InputErrors.

    A plain-text file (no markup) longer than `max_chars` plus a header's worth is
    refused before its layout is even read: its article cannot fit the limit, and
    reading ten megabytes of one paragraph costs seconds.
    """
    from kroniek.ingest.detect import read

    try:
        text = decode(data)
    except NotText as exc:
        return [InputError(source, str(exc))]
    plain = not text.lstrip("\ufeff \t\r\n").startswith("<")
    if max_chars and plain and len(text) > max_chars + _HEADER_SLACK:
        return [InputError(source, article_too_long(len(text), max_chars))]
    try:
        return read(RawInput(source=source, raw=data, text=text))
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the batch
        return [InputError(source, f"could not be read ({type(exc).__name__}: {exc})")]


def read_paths(
    paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = 0
) -> Iterator[Article | InputError]:
    """Articles and errors from files, directories (recursive) and `-` (stdin).

    Files of records (JSON arrays, JSON Lines) stream record by record whatever their
    size; other files are single documents, read whole up to `max_bytes`. An article
    longer than `max_chars` characters (0: no limit) becomes an error naming the file
    (and line) and its size.
    """
    for path in paths:
        if path == STDIN:
            yield from _read_handle(_peekable(sys.stdin.buffer), "<stdin>", None, max_bytes,
                                    max_chars)  # fmt: skip
            continue
        for file in _files(Path(path)):
            if isinstance(file, InputError):
                yield file
            else:
                yield from _read_file(file, max_bytes, max_chars)


def _files(path: Path) -> Iterator[Path | InputError]:
    if path.is_dir():
        for root, dirs, names in os.walk(path, onerror=None):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                if not name.startswith("."):
                    yield Path(root) / name
    elif path.exists():
        yield path
    else:
        yield InputError(str(path), "no such file or directory")


def _peekable(handle: BinaryIO) -> BinaryIO:
    return handle if hasattr(handle, "peek") else io.BufferedReader(handle, _PEEK)  # type: ignore


def _read_file(path: Path, max_bytes: int, max_chars: int) -> Iterator[Result]:
    try:
        size = path.stat().st_size
        handle = open(path, "rb", buffering=_PEEK)  # noqa: SIM115 - closed below
    except OSError as exc:
        yield InputError(str(path), f"cannot be read: {exc.strerror or exc}")
        return
    with handle:
        try:
            yield from _read_handle(handle, str(path), size, max_bytes, max_chars)
        except OSError as exc:
            yield InputError(str(path), f"cannot be read: {exc.strerror or exc}")


def _read_handle(
    handle: BinaryIO, source: str, size: int | None, max_bytes: int, max_chars: int
) -> Iterator[Result]:
    """Stream a file of records; read anything else whole (a single document)."""
    raw = RawInput(source=source, raw=b"", text="")
    kind = records.stream_kind(handle.peek(_PEEK)[:_PEEK])  # type: ignore[attr-defined]
    prefix = b""
    if kind == "array":
        yield from records.stream_array(handle, raw, max_chars)
        return
    if kind == "lines":
        prefix = handle.readline(max_bytes + 1)
        lines = records.stream_lines(prefix, handle, raw, max_chars, max_bytes)
        if lines is not None:
            yield from lines
            return
        if size is not None:  # a pretty-printed JSON document: read it whole
            handle.seek(0)
            prefix = b""
    if size is not None and size > max_bytes:
        yield InputError(source, too_large(f"{size:,}", max_bytes))
        return
    data = prefix + handle.read(max_bytes + 1 - len(prefix))
    if len(data) > max_bytes:
        yield InputError(source, too_large(f"more than {max_bytes:,}", max_bytes))
        return
    for result in read_bytes(data, source, max_chars):
        yield _limited(result, source, max_chars)


def _limited(result: Result, source: str, max_chars: int) -> Result:
    if isinstance(result, Article) and max_chars and len(result.text) > max_chars:
        return InputError(source, article_too_long(len(result.text), max_chars))
    return result


def estimate_articles(paths: Iterable[str]) -> int | None:
    """About how many articles the paths hold, for a progress bar's time left: the
    non-empty lines of a JSON Lines file, one per other file; None for stdin."""
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        for file in _files(Path(path)):
            if isinstance(file, InputError):
                continue
            try:
                with open(file, "rb") as handle:
                    if records.stream_kind(handle.read(_PEEK)) != "lines":
                        total += 1
                        continue
                    handle.seek(0)
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                continue
    return total
