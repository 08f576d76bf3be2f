"""kroniek's embedded store: one SQLite file (stdlib `sqlite3`), WAL mode.

Why SQLite: the store's main job is per-article atomic commits and crash
safety (a crash or Ctrl-C loses at most the article in flight), with one
writer and readers at the same time; SQLite in WAL mode gives exactly that
from the standard library, with no extra dependency or server. DuckDB would be
kept only for analytical exports if `bench/store_compare.py` measures it
better; the CSV/Parquet exports here read flat tables and need no column store.

The schema is SQL in numbered migrations (`migrations/NNN_*.sql`) applied on
open for writing. Analyses are keyed by content (text hash + analyser version),
so re-ingesting unchanged text never runs the analyser again.

Only kroniek stores are opened (marked by `PRAGMA application_id`, checked
before SQLite touches the file: store/opening.py); read commands open the store
read-only and never create one. A new text under a stored article's URL (or
feed entry id) replaces it; the earlier text is kept in `article_versions`
(migration 002, `save_document(..., replace_versions=True)`).
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kroniek.errors import StoreError
from kroniek.model import Article, Document, text_hash
from kroniek.nlp.base import RawSentence
from kroniek.store.migrate import migrate
from kroniek.store.opening import KRONIEK_APPLICATION_ID, check_store_file, connect_read_only
from kroniek.store.rows import LAYERS, article_row, layer_rows, record_from_rows

TABLES = ("articles", "entities", "quotes", "timexes", "events")
# `name.jsonl:12`: a record's position in a file, the source of records without a URL.
POSITIONAL_SOURCE = re.compile(r":\d+$")
# `urn:uuid:...`, `tag:nos.nl,2025:...`: a source that is an identifier, not a file name.
SOURCE_ID = re.compile(r"[a-z][a-z0-9+.-]*:\S")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    columns = ", ".join(f'"{c}"' for c in row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))


class Store:
    """A kroniek store file; open with `Store(path)`, close with `.close()` or `with`."""

    def __init__(self, path: str | Path, *, read_only: bool = False, create: bool = True) -> None:
        """Open (or, with `create` and not `read_only`, create) the store at `path`.

        An existing file is opened only when it is a kroniek store (store/opening.py);
        anything else is refused untouched. Without `create`, and always when
        `read_only`, a missing store is an error naming the path.
        """
        self.path = Path(path)
        self.read_only = read_only
        memory = str(path) == ":memory:"
        exists = False if memory else check_store_file(self.path)
        if (read_only or not create) and not exists:
            raise StoreError(f"{path}: no kroniek store here (check --db or KRONIEK_DB, "
                             "or ingest something first)")  # fmt: skip
        try:
            if read_only:
                self.conn = connect_read_only(self.path)
            else:
                self.conn = self._open_for_writing(str(path), memory, exists)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout=5000")
        except (OSError, sqlite3.Error) as exc:
            reason = str(exc)
            if "readonly" in reason.replace(" ", "") or isinstance(exc, PermissionError):
                reason = ("the file or its folder is read-only (read commands such as stats "
                          f"and export can still read it): {exc}")  # fmt: skip
            raise StoreError(f"{path}: cannot open the store for writing: {reason}"
                             if not read_only else f"{path}: cannot open the store: {reason}"
                             ) from exc  # fmt: skip

    def _open_for_writing(self, path: str, memory: bool, exists: bool) -> sqlite3.Connection:
        if not memory and not exists:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != KRONIEK_APPLICATION_ID:
                # A new file, or a store made before the id existed (checked above).
                conn.execute(f"PRAGMA application_id={KRONIEK_APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=5000")
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write; any exception (Ctrl-C included) rolls it back."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # --- analyses -----------------------------------------------------------------

    def get_analysis(self, hash_: str, analyser_version: str) -> list[RawSentence] | None:
        row = self.conn.execute(
            "SELECT raw FROM analyses WHERE text_hash = ? AND analyser_version = ?",
            (hash_, analyser_version),
        ).fetchone()
        return json.loads(zlib.decompress(row["raw"])) if row else None

    def put_analysis(self, hash_: str, analyser_version: str, raw: list[RawSentence]) -> None:
        """Insert an analysis (no-op when present); call inside a transaction."""
        blob = zlib.compress(json.dumps(raw, ensure_ascii=False).encode("utf-8"), 6)
        self.conn.execute(
            "INSERT OR IGNORE INTO analyses (text_hash, analyser_version, raw, created_at)"
            " VALUES (?, ?, ?, ?)",
            (hash_, analyser_version, blob, _now()),
        )

    # --- articles -----------------------------------------------------------------

    def layers_version_of(self, article_id: str) -> str | None | bool:
        """The stored layers version of an article; False when the article is not stored."""
        row = self.conn.execute(
            "SELECT layers_version FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return False if row is None else row["layers_version"]

    def save_document(
        self,
        doc: Document,
        analyser_version: str | None,
        layers_version: str | None,
        *,
        replace_versions: bool = False,
    ) -> int:
        """Upsert the article and replace its layers; call inside a transaction.

        With `replace_versions`, stored articles that are earlier versions of this
        one (`earlier_versions`) are moved to `article_versions`; returns how many.
        """
        row = article_row(doc.article.to_dict())
        row.update(
            text_hash=text_hash(doc.article.text),
            analyser_version=analyser_version,
            layers_version=layers_version,
        )
        old = self.conn.execute(
            "SELECT ingested_at FROM articles WHERE id = ?", (row["id"],)
        ).fetchone()
        row["ingested_at"] = old["ingested_at"] if old else _now()
        for table in LAYERS:
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (row["id"],))
        self.conn.execute("DELETE FROM articles WHERE id = ?", (row["id"],))
        _insert(self.conn, "articles", row)
        for table, rows in layer_rows(doc).items():
            for item in rows:
                _insert(self.conn, table, item)
        earlier = self.earlier_versions(doc.article) if replace_versions else []
        for old_id in earlier:
            self._retire(old_id, row["id"])
        return len(earlier)

    # --- versions -----------------------------------------------------------------

    def earlier_versions(self, article: Article) -> list[str]:
        """Ids of stored articles this one replaces: the same URL, or without a URL the
        same source id (a feed entry's `urn:`/`tag:` id), and another text.

        A file name or a position in a file (`index.html`, `articles.jsonl:3`) names
        no story: two folders may hold different articles under one name, so such a
        source is never a key and those articles are stored side by side."""
        if article.url:
            where, key = "url = ?", article.url
        elif SOURCE_ID.match(article.source) and not POSITIONAL_SOURCE.search(article.source):
            where, key = "url IS NULL AND source = ?", article.source
        else:
            return []
        rows = self.conn.execute(
            f"SELECT id FROM articles WHERE {where} AND id != ?", (key, article.id)
        ).fetchall()
        return [r[0] for r in rows]

    def is_earlier_version(self, article_id: str) -> bool:
        """Whether an article with this id was stored once and has been replaced."""
        row = self.conn.execute(
            "SELECT 1 FROM article_versions WHERE id = ?", (article_id,)
        ).fetchone()
        return row is not None

    def _retire(self, old_id: str, new_id: str) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO article_versions (id, current_id, source, url, title,"
            " published, text, text_hash, ingested_at, replaced_at)"
            " SELECT id, ?, source, url, title, published, text, text_hash, ingested_at, ?"
            " FROM articles WHERE id = ?",
            (new_id, _now(), old_id),
        )
        self.conn.execute(
            "UPDATE article_versions SET current_id = ? WHERE current_id = ?", (new_id, old_id)
        )
        for table in LAYERS:
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (old_id,))
        self.conn.execute("DELETE FROM articles WHERE id = ?", (old_id,))

    def versions(self, article_id: str) -> list[sqlite3.Row]:
        """The earlier versions of a stored article, oldest first."""
        if not self._has_table("article_versions"):
            return []
        return self.query(
            "SELECT * FROM article_versions WHERE current_id = ? ORDER BY ingested_at, id",
            (article_id,),
        )

    def _has_table(self, name: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        return row is not None

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]

    def article_row(self, article_id: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()

    def resolve_id(self, prefix: str) -> str:
        """The id of the one article whose id starts with `prefix` (or whose source or
        file name is it)."""
        rows = self.conn.execute(
            "SELECT id, source FROM articles WHERE id LIKE ? || '%' OR source = ?"
            " OR source LIKE '%/' || ? ORDER BY id LIMIT 11",
            (prefix, prefix, prefix),
        ).fetchall()
        if not rows:
            raise StoreError(f"{prefix}: no such article in {self.path}")
        if len(rows) > 1:
            listed = "; ".join(f"{r['id']} ({r['source']})" for r in rows[:10])
            more = " and more" if len(rows) > 10 else ""
            raise StoreError(f"{prefix}: {len(rows) if not more else 'over 10'} articles "
                             f"match: {listed}{more}; give more of the id")  # fmt: skip
        return rows[0]["id"]

    def record(self, article_id: str) -> dict[str, Any]:
        article = self.article_row(article_id)
        if article is None:
            raise StoreError(f"{article_id}: no such article in {self.path}")
        layers = {
            table: [r[0] for r in self.conn.execute(
                f"SELECT json FROM {table} WHERE article_id = ? ORDER BY ord", (article_id,))]
            for table in LAYERS
        }  # fmt: skip
        return record_from_rows(dict(article), layers)

    def records(self) -> Iterator[dict[str, Any]]:
        """Every article as the spec's record, ordered by publication date and id."""
        ids = [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY published, id")]
        for article_id in ids:
            yield self.record(article_id)

    def counts(self) -> dict[str, int]:
        tables = [*TABLES, "analyses"]
        if self._has_table("article_versions"):  # a read-only store may predate it
            tables.append("article_versions")
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def query(self, sql: str, params: tuple | list = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT max(version) FROM schema_version").fetchone()
        return row[0] or 0
