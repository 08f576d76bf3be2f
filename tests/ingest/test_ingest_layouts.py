"""Variants of the plain-text layouts and saved fragments, beyond the five seeds."""

from __future__ import annotations

from kroniek.errors import InputError
from kroniek.ingest import read_bytes
from kroniek.ingest.detect import detect
from kroniek.model import Article

P1 = "Het kabinet heeft vrijdag besloten om de steun voor de boeren met een jaar te verlengen."
P2 = "Volgens de minister is dat nodig omdat de prijzen van kunstmest nog steeds hoog zijn."


def test_page_text_with_crlf_without_url_and_with_share_line() -> None:
    data = f"Steun voor boeren verlengd\r\n2024-05-07T09:30:00Z\r\n\r\n{P1}\r\n{P2}\r\nEconomie\r\nDeel op Facebook\r\n"
    (article,) = read_bytes(data.encode(), "boeren.txt")
    assert isinstance(article, Article)
    assert article.title == "Steun voor boeren verlengd" and article.url is None
    assert (article.published, article.published_precision) == ("2024-05-07T09:30:00+00:00", "second")
    assert article.section == "Economie"
    assert article.text == f"{P1}\n\n{P2}"


def test_last_sentence_starting_like_a_share_line_is_kept() -> None:
    data = f"Titel\n2024-05-07\n\n{P1}\nDelen van het land zijn nog altijd zonder stroom.\n"
    (article,) = read_bytes(data.encode(), "stroom.txt")
    assert article.text.endswith("Delen van het land zijn nog altijd zonder stroom.")
    assert (article.published, article.published_precision) == ("2024-05-07", "day")


def test_dated_text_year_only_without_dateline() -> None:
    (article,) = read_bytes(f" date 2024 {P1}\n\n{P2}".encode(), "jaar.txt")
    assert (article.published, article.published_precision) == ("2024", "year")
    assert article.dateline is None
    assert article.text == f"{P1}\n\n{P2}"


def test_dateline_with_two_places_and_no_agency() -> None:
    (article,) = read_bytes(f" date 2024-05-07 BRUSSEL/DEN HAAG - {P1}".encode(), "d.txt")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("Brussel/Den Haag", None)
    assert article.text == P1


def test_dated_text_with_header_only_is_an_error() -> None:
    (error,) = read_bytes(b" date 2024-05-07 KYIV (ANP) - \n", "kop.txt")
    assert isinstance(error, InputError) and "no body" in error.reason


def test_saved_html_fragment_is_read_as_html() -> None:
    fragment = f"<article><h1>Steun verlengd</h1><p>{P1}</p><p>{P2}</p></article>"
    assert detect(fragment) == "html"
    (article,) = read_bytes(fragment.encode(), "fragment.html")
    assert isinstance(article, Article) and P2 in article.text
