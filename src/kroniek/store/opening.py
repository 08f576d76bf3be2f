"""Which files kroniek may open as its store, and how (read-write or read-only).

A kroniek store is marked with `PRAGMA application_id` (KRONIEK_APPLICATION_ID,
the bytes `KRNK`), set when the store is created. The check reads the file's
100-byte SQLite header with plain file I/O before SQLite touches the file, so a
file that is not a kroniek store is refused byte-for-byte untouched: no WAL
switch, no tables, no `-wal`/`-shm` files. Stores made before the id existed
(application_id 0) are recognised by their own schema (a `schema_version` table
whose migration 1 is `initial`, beside `articles` and `analyses`), read through
an `immutable=1` connection that cannot write; opening such a store for writing
sets the id (a migration of the marker, not of the schema).

Read commands open the store read-only (`mode=ro`); where that fails because
the folder is not writable (WAL needs its `-shm` file), with `immutable=1`,
which reads the main file only.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from kroniek.errors import StoreError

KRONIEK_APPLICATION_ID = int.from_bytes(b"KRNK", "big")
SQLITE_MAGIC = b"SQLite format 3\x00"
_APPLICATION_ID_OFFSET = 68


def uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{quote(str(path.resolve()))}?{query}"


def check_store_file(path: Path) -> bool:
    """True when `path` is a kroniek store, False when no file is there; else StoreError."""
    if not path.exists():
        if path.is_symlink():
            raise StoreError(f"{path}: a broken link, not a kroniek store")
        return False
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a kroniek store file")
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the store: {exc.strerror or exc}") from exc
    if not head:
        raise StoreError(f"{path}: is an empty file, not a kroniek store; "
                         "give a new path or remove it")  # fmt: skip
    if not head.startswith(SQLITE_MAGIC) or len(head) < 100:
        raise StoreError(f"{path}: not a kroniek store (not an SQLite file); left untouched")
    app_id = int.from_bytes(head[_APPLICATION_ID_OFFSET : _APPLICATION_ID_OFFSET + 4], "big")
    if app_id == KRONIEK_APPLICATION_ID:
        return True
    if app_id == 0 and _has_kroniek_schema(path):
        return True
    raise StoreError(f"{path}: an SQLite file of another program, not a kroniek store; "
                     "left untouched")  # fmt: skip


def _has_kroniek_schema(path: Path) -> bool:
    """A store made before the application id: kroniek's own tables and migration 1."""
    try:
        conn = sqlite3.connect(uri(path, mode="ro", immutable="1"), uri=True)
    except sqlite3.Error:
        return False
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"schema_version", "articles", "analyses"} <= tables:
            return False
        row = conn.execute("SELECT name FROM schema_version WHERE version = 1").fetchone()
        return row is not None and row[0] == "initial"
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; `immutable=1` when the folder cannot hold WAL's `-shm` file."""
    attempts = [{"mode": "ro"}]
    if not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK):
        attempts.append({"mode": "ro", "immutable": "1"})
    problem: Exception | None = None
    for params in attempts:
        try:
            conn = sqlite3.connect(uri(path, **params), uri=True, isolation_level=None)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.Error as exc:
            problem = exc
    raise StoreError(f"{path}: cannot open the store read-only: {problem}")
