"""RSS and Atom feed files with full-text entries (feedparser).

The XML is first checked with defusedxml: a feed that declares a DTD or
entities is refused (entity expansion is a known attack: billion laughs,
external entities), and XML that does not parse is reported as broken. Only then
does feedparser read it, from memory, never from the network. Each entry is one
article; an entry without text gives one InputError naming the entry.
"""

from __future__ import annotations

import io
import re
from typing import Any

import feedparser
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from kroniek.ingest.base import RawInput, Result, build_article
from kroniek.ingest.html import fragment_paragraphs, looks_like_html
from kroniek.ingest.text import paragraphs

_FEED_ROOT = re.compile(
    r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>\s*)*"
    r"<(?:[\w-]+:)?(?:rss|feed|RDF)\b",
    re.DOTALL,
)


def is_feed(text: str) -> bool:
    return _FEED_ROOT.match(text[:8192].lstrip("\ufeff")) is not None


def is_xml(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n").startswith("<?xml")


def read_feed(source: RawInput) -> list[Result]:
    problem = unsafe_or_broken_xml(source.raw)
    if problem:
        return [source.error(problem)]
    parsed = feedparser.parse(
        io.BytesIO(source.raw), resolve_relative_uris=False, sanitize_html=True
    )
    entries = parsed.get("entries") or []
    if not entries:
        return [source.error("feed has no entries")]
    language = (parsed.get("feed") or {}).get("language")
    return [_entry(source, entry, number, language) for number, entry in enumerate(entries, 1)]


def unsafe_or_broken_xml(raw: bytes) -> str | None:
    """Why this XML must not be read, or None when it is safe and well formed."""
    try:
        fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        return f"XML declares a DTD or entities ({type(exc).__name__}); refused for safety"
    except ParseError as exc:
        return f"broken XML: {exc}"
    except (ValueError, LookupError) as exc:
        return f"broken XML: {exc}"
    return None


def _entry(source: RawInput, entry: Any, number: int, language: str | None) -> Result:
    text = _entry_text(entry)
    if not text:
        return source.error(f"feed entry {number} has no text")
    link = entry.get("link") or ""
    link = link if link.startswith(("http://", "https://")) else None  # not an id like urn:
    tags = entry.get("tags") or []
    return build_article(
        text,
        link or entry.get("id") or f"{source.name}:{number}",
        title=entry.get("title"),
        url=link,
        published=entry.get("published") or entry.get("updated"),
        section=tags[0].get("term") if tags else None,
        language=language,
    )


def _entry_text(entry: Any) -> str:
    """The fullest text of an entry: its content, else its summary or description."""
    candidates = [c for c in entry.get("content") or [] if c.get("value")]
    if entry.get("summary"):
        candidates.append(
            {"value": entry["summary"], "type": (entry.get("summary_detail") or {}).get("type", "")}
        )
    if not candidates:
        return ""
    best = max(candidates, key=lambda c: len(c["value"]))
    value = best["value"]
    if "html" in (best.get("type") or "") or looks_like_html(value):
        return fragment_paragraphs(value)
    return paragraphs(value)
