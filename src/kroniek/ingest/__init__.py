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

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from kroniek.errors import InputError
from kroniek.ingest.base import RawInput, Result
from kroniek.ingest.decode import NotText, decode
from kroniek.model import Article

__all__ = ["read_bytes", "read_paths", "Article", "InputError"]

DEFAULT_MAX_BYTES = 20_000_000
STDIN = "-"


def read_bytes(data: bytes, source: str) -> list[Article | InputError]:
    """The articles in one file's content; problems come back as InputErrors."""
    from kroniek.ingest.detect import read

    try:
        text = decode(data)
    except NotText as exc:
        return [InputError(source, str(exc))]
    try:
        return read(RawInput(source=source, raw=data, text=text))
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the batch
        return [InputError(source, f"could not be read ({type(exc).__name__}: {exc})")]


def read_paths(
    paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | InputError]:
    """Articles and errors from files, directories (recursive) and `-` (stdin)."""
    for path in paths:
        if path == STDIN:
            yield from _read_stdin(max_bytes)
            continue
        for file in _files(Path(path)):
            if isinstance(file, InputError):
                yield file
            else:
                yield from _read_file(file, max_bytes)


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


def _read_file(path: Path, max_bytes: int) -> list[Result]:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return [InputError(str(path), _too_large(f"{size:,}", max_bytes))]
        data = path.read_bytes()
    except OSError as exc:
        return [InputError(str(path), f"cannot be read: {exc.strerror or exc}")]
    return read_bytes(data, str(path))


def _read_stdin(max_bytes: int) -> list[Result]:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        return [InputError("<stdin>", _too_large(f"more than {max_bytes:,}", max_bytes))]
    return read_bytes(data, "<stdin>")


def _too_large(size: str, max_bytes: int) -> str:
    return f"file too large: {size} bytes (limit {max_bytes:,})"
