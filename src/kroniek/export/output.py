"""Where an export may write, checked before anything is written, and atomic writes.

Rules, the same for every format:
- a missing parent folder (or, for csv/parquet, the target folder) is created;
- a file export never overwrites a directory, and a table export never writes
  into something that is a file;
- a file's name says what it holds: the jsonl export refuses a `.json` name (JSON
  Lines are not one JSON document); plover writes an array to `.json`;
- an existing file is overwritten only when it is of the export's own kind: a
  file with one of the format's suffixes whose content is empty or JSON
  (`{`/`[`); anything else (`README.md`, the store itself, a binary) is refused;
- a file is written to a temporary file beside it and renamed into place, so a
  failed export leaves an existing file as it was and never a half-written one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from kroniek.errors import KroniekError

# Suffixes an existing file may have to be overwritten by a file export.
FILE_SUFFIXES = {"jsonl": (".jsonl", ".ndjson"), "plover": (".json", ".jsonl", ".ndjson")}
TABLE_FORMATS = ("csv", "parquet")
# Names that are files, not folders, for the table exports' target check.
FILE_NAME_SUFFIXES = (".csv", ".parquet", ".json", ".jsonl", ".ndjson", ".tsv", ".txt")


class ExportError(KroniekError):
    """An export target that cannot or must not be written."""


def check_file_target(path: Path, fmt: str) -> None:
    """Refuse a target a `fmt` file export must not write; ExportError says why."""
    if fmt == "jsonl" and path.suffix.lower() == ".json":
        # A `.json` name promises one JSON document; the records are JSON Lines.
        raise ExportError(f"{path}: the jsonl export writes JSON Lines; name the file "
                          f"{path.with_suffix('.jsonl').name}")  # fmt: skip
    if path.is_dir():
        raise ExportError(f"{path}: is a directory; give a file name for the {fmt} export")
    if path.exists() or path.is_symlink():
        if not path.is_file():
            raise ExportError(f"{path}: exists and is not a regular file; not overwritten")
        if not _same_kind(path, fmt):
            raise ExportError(f"{path}: exists and is not a {fmt} export; not overwritten "
                              f"(give a new name ending in {FILE_SUFFIXES[fmt][0]})")  # fmt: skip
    _check_parent(path.parent)


def check_table_target(path: Path, fmt: str) -> None:
    """Refuse a target a `fmt` table export must not write into; ExportError says why."""
    if path.exists() and not path.is_dir():
        raise ExportError(f"{path}: is a file; the {fmt} export writes one file per table "
                          "into a directory")  # fmt: skip
    if not path.exists() and path.suffix.lower() in FILE_NAME_SUFFIXES:
        # `-o out.csv` would become a folder named out.csv: surely not what was meant.
        raise ExportError(f"{path}: looks like a file name; the {fmt} export writes one file "
                          "per table into a directory, give its name")  # fmt: skip
    for table_file in path.glob(f"*.{fmt}") if path.is_dir() else ():
        if table_file.is_dir():
            raise ExportError(f"{table_file}: is a directory; not overwritten")
    _check_parent(path)


def _check_parent(folder: Path) -> None:
    for parent in (folder, *folder.parents):
        if parent.exists():
            if not parent.is_dir():
                raise ExportError(f"{parent}: is a file, so {folder} cannot be a folder")
            return


def _same_kind(path: Path, fmt: str) -> bool:
    if path.suffix.lower() not in FILE_SUFFIXES[fmt]:
        return False
    with open(path, "rb") as handle:
        head = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return not head or head[:1] in (b"{", b"[")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    """A text file written beside `path` and renamed onto it when the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            yield out
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; an export is not
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
