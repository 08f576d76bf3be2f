"""Streaming readers and the size limits (issue 11): records stream, articles have a limit."""

import io
import json
import sys
import time

import pytest

from corpus import articles
from kroniek.cli import main
from kroniek.errors import InputError
from kroniek.ingest import estimate_articles, read_paths
from kroniek.model import Article
from store.fakes import CountingAnalyser, FakeLayers

SENTENCE = "Het kabinet presenteerde dinsdag in Den Haag een nieuw plan voor de woningmarkt."


def _record(n: int, text: str = SENTENCE) -> dict:
    return {"title": f"Plan {n}", "text": f"{text} Nummer {n}."}


def _kinds(results) -> list[str]:
    return [type(r).__name__ for r in results]


def test_json_lines_beyond_the_file_limit_stream_with_line_numbers(tmp_path):
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps(_record(n)) for n in range(1, 60)]
    lines[9] = '{"title": "kapot", '
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(read_paths([str(path)], max_bytes=1000))  # the file is far larger
    assert _kinds(results).count("Article") == 58
    (error,) = [r for r in results if isinstance(r, InputError)]
    assert error.line == 10 and "broken JSON line" in error.reason
    assert results[10].source == "dump.jsonl:11"


def test_json_array_streams_record_by_record_and_stops_at_a_break(tmp_path):
    path = tmp_path / "dump.json"
    whole = json.dumps([_record(n) for n in range(1, 6)])
    path.write_text(whole[:-40], encoding="utf-8")  # cut inside the last record
    results = list(read_paths([str(path)], max_bytes=100))
    assert _kinds(results) == ["Article"] * 4 + ["InputError"]
    assert "broken JSON array after record 4" in results[-1].reason
    assert results[1].source == "dump.json:2"


def test_pretty_printed_container_is_read_whole(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"articles": [_record(1), _record(2)]}, indent=2), "utf-8")
    assert _kinds(read_paths([str(path)])) == ["Article", "Article"]


def test_a_long_record_is_refused_naming_file_line_and_size(tmp_path):
    path = tmp_path / "dump.jsonl"
    records = [_record(1), _record(2, SENTENCE * 40), _record(3)]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    results = list(read_paths([str(path)], max_chars=1000))
    assert _kinds(results) == ["Article", "InputError", "Article"]
    assert str(results[1]).startswith(f"{path}:2: article too long: 3,")
    assert "limit 1,000" in str(results[1])


@pytest.mark.parametrize("indent", [None, 2])
def test_stdin_records_stream_or_read_whole(monkeypatch, indent):
    data = "\n".join(json.dumps(_record(n), indent=indent) for n in (1, 2))
    if indent:
        data = json.dumps([_record(1), _record(2)], indent=indent)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    results = list(read_paths(["-"]))
    assert _kinds(results) == ["Article", "Article"]


def test_pretty_object_on_stdin_keeps_its_first_line(monkeypatch):
    data = json.dumps(_record(1), indent=2).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (article,) = read_paths(["-"])
    assert isinstance(article, Article) and article.title == "Plan 1"


def test_estimate_counts_json_lines_and_files(tmp_path):
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(_record(n)) for n in range(7)))
    (tmp_path / "b.txt").write_text(SENTENCE)
    assert estimate_articles([str(tmp_path)]) == 8


def test_bad_folder_ingests_fast_refuses_the_giant_and_stores_the_good(tmp_path, monkeypatch,
                                                                      capsys):
    good = next(r["text"] for r in articles() if len(r.get("text", "")) > 1000)
    paragraph = " ".join(good.split())
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_groot.txt").write_text((paragraph + " ") * (10_000_000 // len(paragraph)))
    (folder / "b_leeg.txt").write_text("")
    (folder / "c_goed.txt").write_text(good)
    monkeypatch.setenv("KRONIEK_DB", str(tmp_path / "k.db"))
    started = time.monotonic()
    status = main(["ingest", str(folder)], analyser=CountingAnalyser(), pipeline=FakeLayers())
    assert time.monotonic() - started < 60
    captured = capsys.readouterr()
    assert status == 1
    lines = [x for x in captured.err.splitlines() if not x.startswith("kroniek: creating")]
    assert lines[0].startswith(f"{folder / 'a_groot.txt'}: article too long: ")
    assert "characters (limit 100,000" in lines[0]
    assert lines[1] == f"{folder / 'b_leeg.txt'}: empty file"
    assert "new 1" in captured.out and "failed 2" in captured.out
