"""Saved HTML article pages (trafilatura), and HTML fragments inside feeds and records.

Pages go through trafilatura, which finds the article body, title, canonical
URL, date and section; no hand-written scraping of page structure. trafilatura
gives the date at day precision; when the page states the publication moment
itself (`<meta property="article:published_time">`, `itemprop="datePublished"`,
or `<time datetime>`) with a time of day on that same date, that value is kept
with its time and offset (spec: as precise as the input). A date-only page never
gets an invented midnight.
"""

from __future__ import annotations

import re

import lxml.html
import trafilatura
from lxml import etree

from kroniek.ingest.base import RawInput, Result, build_article
from kroniek.ingest.dates import normalise_date
from kroniek.ingest.language import is_prose
from kroniek.ingest.text import paragraphs

_PAGE_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(
    r"</?(?:p|br|div|h[1-6]|li|ul|ol|blockquote|span|em|strong|b|i|a)\b[^>]*>", re.IGNORECASE
)
# Elements whose text is one paragraph of a fragment.
_BLOCKS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "figcaption",
    "td",
}


def is_html_page(text: str) -> bool:
    """A saved page (`<!doctype html>`, `<html>`), or a bare saved fragment (`<article><p>`)."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    return _PAGE_START.match(head) is not None or (head.startswith("<") and looks_like_html(head))


def looks_like_html(text: str) -> bool:
    """A string with HTML paragraph or inline markup (feed content, JSON bodies)."""
    return _TAG.search(text) is not None


def read_html_page(source: RawInput) -> list[Result]:
    try:
        page = trafilatura.bare_extraction(
            source.text, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # noqa: BLE001 - trafilatura raises many kinds on bad markup
        return [source.error(f"broken HTML: {type(exc).__name__}")]
    if page is None or not (page.text or "").strip():
        return [source.error("HTML page with no article text found")]
    lines = page.text.split("\n")
    title = page.title
    if title and lines and lines[0].strip() == title.strip():
        lines = lines[1:]  # the headline repeated as the body's first line
    text = paragraphs("\n\n".join(lines))  # trafilatura writes one paragraph per line
    if not is_prose(text):  # trafilatura's fallbacks return menus when there is no article
        return [source.error("HTML page with no article text found")]
    categories = page.categories or []
    article = build_article(
        text,
        source.name,
        title=title,
        url=page.url,
        published=precise_time(source.text, page.date) or page.date,
        section=categories[0] if categories else None,
    )
    return [article]


# Where pages state their publication moment, most explicit first.
_PUBLISHED_XPATHS = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@name='article:published_time']/@content",
    "//*[@itemprop='datePublished']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//time[@pubdate]/@datetime",
    "//time/@datetime",
)


def precise_time(markup: str, day: str | None) -> str | None:
    """The page's own publication date-time, when it has a time of day on `day`."""
    try:
        root = lxml.html.document_fromstring(markup.encode("utf-8"))
    except (etree.ParserError, ValueError):
        return None
    for xpath in _PUBLISHED_XPATHS:
        for value in root.xpath(xpath):
            found = normalise_date(str(value).strip())
            if found and found[1] == "second" and (day is None or found[0][:10] == day[:10]):
                return found[0]
    return None


def fragment_paragraphs(fragment: str) -> str:
    """The text of an HTML fragment, one paragraph per block element."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return paragraphs(re.sub(r"<[^>]*>", " ", fragment))
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks: list[str] = []
    loose: list[str] = [root.text or ""]
    for element in root.iter():
        if element.tag in _BLOCKS and not any(c.tag in _BLOCKS for c in element.iterdescendants()):
            blocks.extend(["\n".join(loose), ""])
            loose = []
            blocks.extend([element.text_content(), ""])
            loose.append(element.tail or "")
    blocks.append("\n".join(loose))
    if len(blocks) == 1:
        return paragraphs(root.text_content())
    return paragraphs("\n".join(blocks))
