"""JSON Lines and JSON arrays, including the DPG 2019 corpus."""

from __future__ import annotations

import json
from pathlib import Path

from corpus import DPG
from kroniek.errors import InputError
from kroniek.ingest import read_bytes, read_paths
from kroniek.model import Article

SENTENCE = "De gemeenteraad van Utrecht heeft dinsdag ingestemd met een nieuw plan voor de binnenstad."


def test_dpg_first_records(tmp_path: Path) -> None:
    with DPG.open(encoding="utf-8") as handle:
        first = [next(handle) for _ in range(3)]
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(first), encoding="utf-8")
    articles = list(read_paths([str(path)]))
    assert len(articles) == 3
    for number, (article, line) in enumerate(zip(articles, first, strict=True), 1):
        record = json.loads(line)
        assert isinstance(article, Article)
        assert article.source == f"articles.jsonl:{number}"
        assert article.title == record["title"]
        assert article.published == record["published_at"]
        assert article.published_precision == "day"
        assert article.text == record["text"].strip()
        assert article.language == "nl"
        assert article.url is None


def test_whole_dpg_file_errors_only_on_records_without_text() -> None:
    with DPG.open(encoding="utf-8") as handle:
        empty = {n for n, line in enumerate(handle, 1) if not json.loads(line)["text"].strip()}
    results = list(read_paths([str(DPG)]))
    assert len(results) == 1438
    errors = [r for r in results if isinstance(r, InputError)]
    assert {e.line for e in errors} == empty
    assert all("no text" in e.reason for e in errors)
    articles = [r for r in results if isinstance(r, Article)]
    assert sum(a.language == "nl" for a in articles) >= 0.98 * len(articles)


def test_broken_line_names_file_and_line_and_the_rest_is_read() -> None:
    good = json.dumps({"title": "Plan", "text": SENTENCE, "date": "2024-05-07"})
    data = "\n".join([good, '{"title": "kapot", "text": ', good]).encode()
    results = read_bytes(data, "feed/dump.jsonl")
    assert [type(r).__name__ for r in results] == ["Article", "InputError", "Article"]
    error = results[1]
    assert error.line == 2 and error.source == "feed/dump.jsonl"
    assert "dump.jsonl:2" in str(error) and "broken JSON line" in str(error)
    assert results[2].source == "dump.jsonl:3"


def test_json_array_with_usual_field_names() -> None:
    records = [
        {"headline": "Plan", "body": SENTENCE, "pubDate": "Tue, 07 May 2024 09:30:00 +0200",
         "link": "https://example.nl/a"},
        {"title": "Plan", "content": f"<p>{SENTENCE}</p><h2>Kritiek</h2><p>{SENTENCE}</p>",
         "published": "2024-05"},
        {"title": "zonder tekst"},
    ]
    first, second, third = read_bytes(json.dumps(records).encode(), "x.json")
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.source == first.url == "https://example.nl/a"
    assert (first.published, first.published_precision) == ("2024-05-07T09:30:00+02:00", "second")
    assert (second.published, second.published_precision) == ("2024-05", "month")
    assert second.text == f"{SENTENCE}\n\nKritiek\n\n{SENTENCE}"
    assert isinstance(third, InputError) and third.line == 3 and "no text" in third.reason


def test_records_nested_in_a_container_object() -> None:
    data = json.dumps({"articles": [{"title": "Plan", "text": SENTENCE}]}).encode()
    (article,) = read_bytes(data, "x.json")
    assert isinstance(article, Article) and article.published is None


def test_broken_json_array_is_one_error() -> None:
    (error,) = read_bytes(b'[{"text": "Het kabinet"}, {', "x.json")
    assert isinstance(error, InputError) and "broken JSON" in error.reason
