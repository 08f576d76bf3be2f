"""Issue 10, items 6, 7, 10 and 12: datelines in every layout, written and bad publication
dates, the language of short texts, the time of day of HTML pages."""

from __future__ import annotations

import json
import sys
from io import BytesIO, TextIOWrapper

import pytest

from corpus import sentence
from kroniek.errors import InputError
from kroniek.ingest import read_bytes, read_paths
from kroniek.ingest.dateline import split_dateline
from kroniek.ingest.dates import normalise_date
from kroniek.ingest.language import decide_language
from kroniek.model import Article, Dateline

BODY = sentence("dpg2019", "Venezuela zet de Duitse ambass")
KICKER = sentence("dpg2019", "De Turkse president Erdogan wijt zijn politieke nederl")


def _one(data: str, name: str = "in.txt") -> Article:
    (article,) = read_bytes(data.encode("utf-8"), name)
    assert isinstance(article, Article), article
    return article


# --- item 6: datelines -----------------------------------------------------------------

LAYOUTS = {
    "jsonl": lambda body: json.dumps({"published": "2025-02-04", "text": body}) + "\n",
    "json-array": lambda body: json.dumps([{"published": "2025-02-04", "text": body}]),
    "plain": lambda body: body + "\n",
    "html": lambda body: (f"<!DOCTYPE html><html lang='nl'><head><title>Kop</title></head><body>"
                          f"<article><h1>Kop</h1><p>{body}</p><p>{BODY}</p></article>"
                          "</body></html>"),
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("opening", "dateline"), [
    ("KYIV (ANP) - ", {"place": "Kyiv", "agency": "ANP"}),
    ("DEN HAAG (ANP) – ", {"place": "Den Haag", "agency": "ANP"}),
    ("BRUSSEL - ", {"place": "Brussel", "agency": None}),
])
def test_datelines_are_split_off_in_every_layout(layout, opening, dateline):
    body = f"{opening}{BODY} {BODY}"
    article = _one(LAYOUTS[layout](body), f"in.{layout}")
    assert article.to_dict()["dateline"] == dateline
    assert article.text.startswith(BODY)
    assert opening.split()[0] not in article.text


def test_datelines_are_split_off_from_stdin(monkeypatch):
    data = f"KYIV (ANP) - {BODY} {BODY}\n".encode()
    monkeypatch.setattr(sys, "stdin", TextIOWrapper(BytesIO(data)))
    (article,) = list(read_paths(["-"]))
    assert article.dateline == Dateline("Kyiv", "ANP") and article.text.startswith(BODY)


@pytest.mark.parametrize("text", [
    KICKER,  # `AKP - De Turkse president ...`: a party as the kicker of a DPG article
    "UITSTEL - Nieuwe plannen voor het vliegveld overtuigen niet.",
    "NAVO - De bondgenoten vergaderen.",
])
def test_a_kicker_without_agency_is_no_dateline(text):
    assert split_dateline(text) == (None, text)


# --- item 7: publication dates ---------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("12 maart 2025", ("2025-03-12", "day")),
    ("wo 12 mrt 2025 14:35", ("2025-03-12T14:35:00", "second")),
    ("woensdag 12 maart 2025 om 14.35 uur", ("2025-03-12T14:35:00", "second")),
    ("Wed, 12 Mar 2025 14:35:00 +0100", ("2025-03-12T14:35:00+01:00", "second")),
    ("March 12, 2025", ("2025-03-12", "day")),
    ("12 March 2025", ("2025-03-12", "day")),
    ("maart 2025", ("2025-03", "month")),
    ("2025-03-12T14:35:00Z", ("2025-03-12T14:35:00+00:00", "second")),
    ("31 februari 2025", None),
    ("2025-13-45", None),
])
def test_written_dates_keep_their_precision(value, expected):
    assert normalise_date(value) == expected


@pytest.mark.parametrize("value", ["2025-13-45", "2025-02-30", "gisteren", ["2025"]])
def test_an_unreadable_date_is_a_warning_and_the_article_is_kept(value):
    record = json.dumps({"url": "https://example.nl/a", "published": value, "text": BODY})
    article = _one(record + "\n", "in.jsonl")
    assert article.published is None and article.published_precision is None
    assert len(article.warnings) == 1 and repr(str(value)) in article.warnings[0]


def test_a_good_date_gives_no_warning():
    article = _one(json.dumps({"published": "12 maart 2025", "text": BODY}) + "\n", "in.jsonl")
    assert (article.published, article.warnings) == ("2025-03-12", [])


# --- item 10: language of short texts --------------------------------------------------

def test_a_short_dutch_item_is_dutch():
    record = {"published": "2025-02-04", "text": "Premier Schoof is dinsdag naar Brussel gereisd."}
    assert _one(json.dumps(record) + "\n", "in.jsonl").language == "nl"


@pytest.mark.parametrize(("text", "declared", "expected"), [
    ("Premier Schoof is dinsdag naar Brussel gereisd.", None, "nl"),
    ("Kabinet valt.", None, "und"),           # too few words to tell
    ("Kabinet valt.", "nl", "nl"),            # but the source says so
    ("The prime minister said that he will travel to Brussels with the king.", "nl", "en"),
    ("The prime minister travelled to Brussels on Tuesday.", None, "und"),  # not Dutch
    ("The prime minister said that he will travel to Brussels with the king.", None, "en"),
    ("Trump threatens new tariffs on Europe.", None, "und"),
    ("Der Kanzler ist am Dienstag nach Brüssel gereist.", None, "de"),
    (BODY, None, "nl"),
])
def test_language_rule(text, declared, expected):
    assert decide_language(text, declared) == expected


# --- item 12: time of day of HTML pages ------------------------------------------------

@pytest.mark.parametrize("head,expected", [
    ('<meta property="article:published_time" content="2025-03-04T09:15:00+01:00">',
     ("2025-03-04T09:15:00+01:00", "second")),
    ("", ("2025-03-04T09:15:00+01:00", "second")),  # the <time datetime> in the body
])
def test_html_pages_keep_the_time_of_day(head, expected):
    page = (f"<!DOCTYPE html><html lang='nl'><head><title>Kop</title>{head}</head><body>"
            f"<article><h1>Kop</h1><time datetime='2025-03-04T09:15:00+01:00'>4 maart</time>"
            f"<p>{BODY}</p><p>{KICKER}</p></article></body></html>")
    article = _one(page, "page.html")
    assert (article.published, article.published_precision) == expected


def test_a_date_only_html_page_gets_no_invented_time():
    page = (f"<!DOCTYPE html><html lang='nl'><head><title>Kop</title>"
            f"<meta property='article:published_time' content='2025-03-04'></head><body>"
            f"<article><h1>Kop</h1><p>{BODY}</p><p>{KICKER}</p></article></body></html>")
    article = _one(page, "page.html")
    assert (article.published, article.published_precision) == ("2025-03-04", "day")


def test_errors_stay_errors():
    (error,) = read_bytes(b'{"published": "gisteren"}\n', "in.jsonl")
    assert isinstance(error, InputError)
