"""The size limits of ingest, worded once: per file (single documents) and per article."""

from __future__ import annotations


def too_large(size: str, max_bytes: int) -> str:
    return f"file too large: {size} bytes (limit {max_bytes:,})"


def article_too_long(chars: int, max_chars: int) -> str:
    return (f"article too long: {chars:,} characters (limit {max_chars:,}, "
            "setting KRONIEK_MAX_CHARS)")  # fmt: skip
