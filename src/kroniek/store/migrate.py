"""Apply the numbered SQL migrations in `store/migrations/` in order, each once.

A migration is a file `NNN_name.sql`; the `schema_version` table records which
numbers are applied. Each migration runs in its own transaction together with
its `schema_version` row, so a failed migration leaves the schema as it was.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

from kroniek.errors import StoreError

_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available() -> list[Migration]:
    """The packaged migrations, sorted by number."""
    folder = resources.files("kroniek.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise StoreError(f"duplicate migration numbers in {versions}")
    return found


def applied(conn: sqlite3.Connection) -> set[int]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    return {row[0] for row in conn.execute("SELECT version FROM schema_version")}


def migrate(conn: sqlite3.Connection, migrations: list[Migration] | None = None) -> list[int]:
    """Apply the missing migrations; returns the numbers applied now.

    `conn` must be in autocommit mode (isolation_level=None): transactions are explicit.
    """
    done = applied(conn)
    newly = []
    for migration in migrations if migrations is not None else available():
        if migration.version in done:
            continue
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        script = (
            "BEGIN;\n"
            + migration.sql
            + "\nINSERT INTO schema_version (version, name, applied_at) VALUES "
            + f"({migration.version}, '{migration.name}', '{stamp}');\nCOMMIT;"
        )
        try:
            conn.executescript(script)
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(
                f"migration {migration.version:03d}_{migration.name} failed: {exc}"
            ) from exc
        newly.append(migration.version)
    return newly
