"""Pick the reader for a file from its content, never from its name.

Checks run from the most specific layout to the least: structured formats
(JSON, RSS/Atom, HTML) by their first characters, then the two seed text
layouts by their header, then plain prose. Anything else is an unknown layout.
"""

from __future__ import annotations

from collections.abc import Callable

from kroniek.ingest import feed, html, records, seedtext
from kroniek.ingest.base import RawInput, Result
from kroniek.ingest.language import is_prose

Reader = Callable[[RawInput], list[Result]]

LAYOUTS: list[tuple[str, Callable[[str], bool], Reader]] = [
    ("records", records.is_records, records.read_records),
    ("feed", feed.is_feed, feed.read_feed),
    ("html", html.is_html_page, html.read_html_page),
    ("dated-text", seedtext.is_dated_text, seedtext.read_dated_text),
    ("page-text", seedtext.is_page_text, seedtext.read_page_text),
]


def detect(text: str) -> str:
    """Name of the layout of a file's text: one of LAYOUTS, `prose`, or `unknown`."""
    for name, matches, _ in LAYOUTS:
        if matches(text):
            return name
    if feed.is_xml(text) or text.lstrip().startswith("<"):
        return "unknown"  # markup that is neither a feed nor a page is not prose
    return "prose" if is_prose(text) else "unknown"


def read(source: RawInput) -> list[Result]:
    """The articles (and errors) of one decoded file."""
    layout = detect(source.text)
    for name, _, reader in LAYOUTS:
        if name == layout:
            return reader(source)
    if layout == "prose":
        return seedtext.read_prose(source)
    if feed.is_xml(source.text):
        problem = feed.unsafe_or_broken_xml(source.raw)
        return [source.error(problem or "unknown layout: XML that is neither RSS nor Atom")]
    return [source.error("unknown layout: not an article format kroniek reads, and no prose")]
