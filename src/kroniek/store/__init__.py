"""The embedded store: articles, content-keyed analyses and the four layers (SQLite)."""

from kroniek.store.db import Store

__all__ = ["Store"]
