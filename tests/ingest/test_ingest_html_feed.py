"""Saved HTML pages (trafilatura) and RSS/Atom feeds (feedparser, defusedxml pre-check)."""

from __future__ import annotations

from pathlib import Path

from kroniek.errors import InputError
from kroniek.ingest import read_bytes, read_paths
from kroniek.model import Article

P1 = ("Het kabinet is dinsdagavond gevallen na een urenlang debat over de stikstofregels. "
      "De premier bood het ontslag van alle ministers aan bij de koning.")
P2 = ("De Tweede Kamer stemde in met een motie van wantrouwen. Volgens de oppositie is het "
      "vertrouwen in de coalitie volledig verdwenen.")

PAGE = f"""<!DOCTYPE html>
<html lang="nl"><head><title>Kabinet valt over stikstof | Voorbeeldkrant</title>
<meta property="og:title" content="Kabinet valt over stikstof">
<meta property="article:published_time" content="2025-03-04T09:15:00+01:00">
<meta property="article:section" content="Politiek">
<link rel="canonical" href="https://example.nl/politiek/kabinet-valt">
</head><body><nav><a href="/">Home</a> <a href="/politiek">Politiek</a></nav>
<article><h1>Kabinet valt over stikstof</h1><p>{P1}</p><h2>Nieuwe verkiezingen</h2><p>{P2}</p>
</article><footer>Deel dit artikel</footer></body></html>"""

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Voorbeeldkrant</title><link>https://example.nl</link><language>nl</language>
<item><title>Kabinet valt over stikstof</title><link>https://example.nl/a/1</link>
<guid>https://example.nl/a/1</guid><pubDate>Tue, 04 Mar 2025 09:15:00 +0100</pubDate>
<category>Politiek</category><description>Het kabinet is gevallen.</description>
<content:encoded><![CDATA[<p>{P1}</p><h2>Nieuwe verkiezingen</h2><p>{P2}</p>]]></content:encoded></item>
<item><title>Leeg bericht</title><link>https://example.nl/a/2</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Voorbeeldkrant</title>
<id>urn:voorbeeld</id><updated>2025-03-04T09:15:00Z</updated>
<entry><title>Kamer stemt over motie</title><id>urn:voorbeeld:7</id>
<updated>2025-03-04T08:15:00Z</updated>
<content type="html">&lt;p&gt;{P2}&lt;/p&gt;</content></entry></feed>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<rss version="2.0"><channel><item><title>&b;</title><description>&b;</description></item>
</channel></rss>"""


def test_html_page_body_title_date_url_section(tmp_path: Path) -> None:
    path = tmp_path / "pagina.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = list(read_paths([str(path)]))
    assert isinstance(article, Article)
    assert article.source == "pagina.html"
    assert article.title == "Kabinet valt over stikstof"
    assert article.url == "https://example.nl/politiek/kabinet-valt"
    # Issue 10, item 12: the page's own time of day and offset are kept.
    assert (article.published, article.published_precision) == (
        "2025-03-04T09:15:00+01:00", "second")
    assert article.section == "Politiek"
    assert article.text == f"{P1}\n\nNieuwe verkiezingen\n\n{P2}"
    assert article.language == "nl"


def test_html_without_article_text_is_an_error() -> None:
    error, = read_bytes(b"<html><body><nav>Home</nav></body></html>", "leeg.html")
    assert isinstance(error, InputError) and "no article text" in error.reason


def test_rss_entries_become_articles() -> None:
    first, second = read_bytes(RSS.encode(), "feed.xml")
    assert isinstance(first, Article)
    assert first.source == first.url == "https://example.nl/a/1"
    assert first.title == "Kabinet valt over stikstof"
    assert (first.published, first.published_precision) == ("2025-03-04T09:15:00+01:00", "second")
    assert first.section == "Politiek"
    assert first.text == f"{P1}\n\nNieuwe verkiezingen\n\n{P2}"
    assert first.language == "nl"
    assert isinstance(second, InputError) and "entry 2 has no text" in second.reason


def test_atom_entry() -> None:
    (entry,) = read_bytes(ATOM.encode(), "atom.xml")
    assert isinstance(entry, Article)
    assert entry.source == "urn:voorbeeld:7" and entry.url is None
    assert (entry.published, entry.published_precision) == ("2025-03-04T08:15:00+00:00", "second")
    assert entry.text == P2


def test_entity_declarations_are_refused() -> None:
    (error,) = read_bytes(BILLION_LAUGHS, "bom.xml")
    assert isinstance(error, InputError) and "refused for safety" in error.reason


def test_broken_xml_and_empty_feed() -> None:
    (broken,) = read_bytes(RSS.replace("</channel>", "").encode(), "kapot.xml")
    assert isinstance(broken, InputError) and "broken XML" in broken.reason
    (empty,) = read_bytes(b"<rss version='2.0'><channel><title>x</title></channel></rss>", "e.xml")
    assert isinstance(empty, InputError) and "no entries" in empty.reason
