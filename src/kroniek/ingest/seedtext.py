"""Plain-text article layouts.

Layout A (dated text): ` date YYYY[-MM[-DD]] [PLACE (AGENCY) -] body`, the date
as precise as written, an optional dateline (`KYIV (ANP) -`, dateline.py, the
same function every layout uses through base.build_article).

Layout B (page text): title line / ISO timestamp line / URL line / body / site
furniture (programme name, section, share lines; data/furniture.yaml).

Plain prose (no header) is accepted as an article without date or title when
the language detector recognises it as prose; see `read_prose`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kroniek.ingest.base import RawInput, Result, build_article, load_data
from kroniek.ingest.dateline import split_dateline
from kroniek.ingest.text import paragraphs, split_lines

DATED_HEADER = re.compile(r"\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s)")
TIMESTAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
    r"\s*(?:Z|[+-]\d{2}:?\d{2})?)?"
)
URL = re.compile(r"https?://\S+")

# A share line with more words than this, or one ending as a sentence does, is
# text ("Delen van het land zijn bezet.") rather than furniture.
SHARE_MAX_WORDS = 8
SENTENCE_END = (".", "!", "?", '"', "”", "'")


def is_dated_text(text: str) -> bool:
    return DATED_HEADER.match(text) is not None


def is_page_text(text: str) -> bool:
    lines = [line for line in split_lines(text)[:6] if line]
    return (
        len(lines) >= 3
        and not TIMESTAMP.fullmatch(lines[0])
        and bool(TIMESTAMP.fullmatch(lines[1]))
    )


def read_dated_text(source: RawInput) -> list[Result]:
    """Layout A."""
    header = DATED_HEADER.match(source.text)
    assert header is not None  # detect.py chose this reader on this match
    dateline, rest = split_dateline(source.text[header.end() :])
    body = strip_furniture(split_lines(rest))
    text = paragraphs(body.lines)
    if not text:
        return [source.error("dated text has a header but no body")]
    article = build_article(
        text, source.name, published=header[1], dateline=dateline, section=body.section
    )
    return [article]


def read_page_text(source: RawInput) -> list[Result]:
    """Layout B."""
    lines = split_lines(source.text)
    while lines and not lines[0]:
        lines.pop(0)
    title, stamp, rest = lines[0], lines[1], lines[2:]
    url = None
    first = next((i for i, line in enumerate(rest) if line), None)
    if first is not None and URL.fullmatch(rest[first]):
        url, rest = rest[first], rest[first + 1 :]
    body = strip_furniture(rest)
    text = paragraphs(body.lines, one_per_line=True)
    if not text:
        return [source.error("page text has a title and date but no body")]
    article = build_article(
        text, source.name, title=title, url=url, published=stamp, section=body.section
    )
    return [article]


def read_prose(source: RawInput) -> list[Result]:
    """Plain prose without a header: an article with no date, title or URL."""
    body = strip_furniture(split_lines(source.text))
    return [build_article(paragraphs(body.lines), source.name, section=body.section)]


@dataclass
class Body:
    lines: list[str]
    section: str | None


def strip_furniture(lines: list[str]) -> Body:
    """Drop furniture lines at the end and the start of a body; keep the section name."""
    kept = list(lines)
    section = None
    for edge in (-1, 0):
        while kept and (not kept[edge] or _furniture_kind(kept[edge])):
            kind = _furniture_kind(kept[edge]) if kept[edge] else None
            line = kept.pop(edge)
            if kind == "section":
                section = line.rstrip(":").strip()
    return Body(kept, section)


@cache
def _furniture() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    data = load_data("furniture.yaml")
    return (
        frozenset(s.casefold() for s in data["sections"]),
        frozenset(s.casefold() for s in data["programmes"]),
        tuple(s.casefold() for s in data["share_prefixes"]),
    )


def _furniture_kind(line: str) -> str | None:
    sections, programmes, share_prefixes = _furniture()
    key = line.strip().rstrip(":").strip().casefold()
    if key in sections:
        return "section"
    if key in programmes:
        return "programme"
    if any(key == p or key.startswith(p + ":") for p in share_prefixes):
        return "share"
    # "Deel op Facebook", "Lees meer over Oekraïne": a short line, not a sentence.
    if (
        len(key.split()) <= SHARE_MAX_WORDS
        and not key.endswith(SENTENCE_END)
        and any(key.startswith(p + " ") for p in share_prefixes)
    ):
        return "share"
    return None
