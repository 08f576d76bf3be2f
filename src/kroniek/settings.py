"""kroniek's settings in one table: name, default, environment variable, help.

The CLI builds its global options from this table, the runtime reads values
through `value()`, and `kroniek settings` (or the docs) can print it, so a
setting is declared once.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir


def _default_db() -> str:
    return str(Path(user_data_dir("kroniek")) / "kroniek.db")


@dataclass(frozen=True)
class Setting:
    name: str
    default: Callable[[], Any]
    env: str
    help: str
    parse: Callable[[str], Any] = str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", _default_db, "KRONIEK_DB", "path of the SQLite store"),
    Setting(
        "max_bytes",
        lambda: 20_000_000,
        "KRONIEK_MAX_BYTES",
        "single-document input files (text, HTML, feeds) larger than this many bytes are "
        "refused; JSON Lines and JSON arrays stream with no file limit",
        int,
    ),
    Setting(
        "max_chars",
        lambda: 100_000,
        "KRONIEK_MAX_CHARS",
        "an article whose text is longer than this many characters is refused (one line "
        "naming the file, line and size); the rest of its file goes on",
        int,
    ),
    Setting(
        "parse",
        lambda: "all",
        "KRONIEK_PARSE",
        "`all`: Frog parses every sentence; `selective`: only those a layer reads the parse "
        "of (slower than one lean Frog parsing all, and slightly less accurate: bench/README.md)",
    ),
    Setting(
        "analyser",
        lambda: None,
        "KRONIEK_ANALYSER",
        "module:function that builds the analyser instead of Frog, in each worker too "
        "(tests, embedders)",
    ),
    Setting(
        "cache",
        lambda: None,
        "KRONIEK_CACHE",
        "directory of the on-disk analysis cache used outside the store (tests, benches)",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def setting(name: str) -> Setting:
    return _BY_NAME[name]


def value(name: str, given: Any = None) -> Any:
    """The effective value: an explicit value, else the environment, else the default."""
    spec = _BY_NAME[name]
    if given is not None:
        return given
    raw = os.environ.get(spec.env)
    if raw:
        return spec.parse(raw)
    return spec.default()
