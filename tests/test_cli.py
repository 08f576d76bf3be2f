import json
from pathlib import Path

import pytest

from kroniek.cli import main
from store.fakes import CountingAnalyser, FakeLayers, articles, bad_file, reader_of

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds.jsonl"
ARTICLE_FIELDS = ("published", "published_precision", "dateline", "title", "url", "section")


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = tmp_path / "k.db"
    monkeypatch.setenv("KRONIEK_DB", str(path))
    return path


def cli(argv, items=None, analyser=None):
    return main(argv, analyser=analyser or CountingAnalyser(), pipeline=FakeLayers(),
                reader=reader_of(articles() if items is None else items))


def test_ingest_twice_reports_nothing_new(db, capsys):
    assert cli(["ingest", "x"]) == 0
    assert "new 3" in capsys.readouterr().out
    assert cli(["ingest", "x"]) == 0
    assert "new 0, updated 0, unchanged 3" in capsys.readouterr().out


def test_bad_input_gives_one_line_and_exit_one(db, capsys):
    assert cli(["ingest", "x"], [bad_file(), *articles()]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == "broken.jsonl:3: not valid JSON"
    assert "failed 1" in captured.out


def test_db_option_wins_over_environment(db, tmp_path, capsys):
    other = tmp_path / "other.db"
    assert cli(["--db", str(other), "--quiet", "ingest", "x"]) == 0
    assert other.exists() and not db.exists()
    assert capsys.readouterr().out == ""


def test_export_jsonl_to_stdout_and_tables_to_a_directory(db, tmp_path, capsys):
    cli(["ingest", "x"])
    capsys.readouterr()
    assert main(["export"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 3 and all(r["events"] for r in records)
    assert main(["--quiet", "export", "--format", "parquet", "-o", str(tmp_path / "t")]) == 0
    assert sorted(p.name for p in (tmp_path / "t").iterdir())[0] == "articles.parquet"
    assert main(["export", "--format", "plover", "-o", str(tmp_path / "p.jsonl")]) == 0
    assert len((tmp_path / "p.jsonl").read_text().splitlines()) == 3


def test_user_errors_are_one_line_without_traceback(db, capsys):
    cli(["ingest", "x"])
    capsys.readouterr()
    assert main(["show", "no-such-article"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kroniek: no-such-article: no such article") and "Traceback" not in err
    assert main(["export", "--format", "csv"]) == 2
    assert main(["eval", str(db.parent / "missing.jsonl")]) == 2


def test_views_print_the_stored_layers(db, capsys):
    cli(["ingest", "x"])
    capsys.readouterr()
    assert main(["show", "file1.txt"]) == 0
    assert "Schoof" in capsys.readouterr().out
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert "2025-11" in out and "events" in out
    assert main(["quotes", "--speaker", "Vance"]) == 0
    out = capsys.readouterr().out
    assert "Vance" in out and "Rutte" not in out
    assert main(["timeline", "--actor", "macron", "--from", "2025-11-01", "--to", "2025-11"]) == 0
    out = capsys.readouterr().out
    assert "Schoof" in out and "Vance" not in out
    assert main(["timeline", "--type", "ASSAULT"]) == 0
    assert "Schoof" not in capsys.readouterr().out


def test_actor_falls_back_to_the_store(db, capsys, monkeypatch):
    monkeypatch.setattr("kroniek.cli._kb", lambda required: None)  # a KB that knows no one
    cli(["ingest", "x"])
    capsys.readouterr()
    assert main(["actor", "Sybiha"]) == 0
    out = capsys.readouterr().out
    assert "2025-11" in out and "Vance" in out
    assert main(["actor", "Nobody Atall"]) == 2


def test_reanalyse_uses_stored_analyses(db, capsys):
    analyser = CountingAnalyser()
    cli(["ingest", "x"], analyser=analyser)
    assert main(["reanalyse"], pipeline=FakeLayers()) == 0
    assert "updated 3" in capsys.readouterr().out
    assert analyser.calls == 3


@pytest.mark.frog
def test_seeds_end_to_end_with_frog(db, capsys):
    """The real readers, Frog and layers: article fields equal the gold; re-ingest is a no-op."""
    assert main(["--quiet", "ingest", str(SEEDS)]) == 0
    assert main(["export", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    by_source = {r["source"].rsplit("/", 1)[-1]: r for r in records}
    assert len(records) == 5
    for expected in gold:
        got = by_source[expected["source"]]
        assert {f: got[f] for f in ARTICLE_FIELDS} == {f: expected[f] for f in ARTICLE_FIELDS}
    assert main(["ingest", str(SEEDS)]) == 0
    assert "new 0" in capsys.readouterr().out


def test_eval_with_no_paired_article_fails_with_one_line(db, capsys):
    # Issue 10, item 5: a gold file whose articles are not in the store is no perfect score.
    cli(["ingest", "x"])
    capsys.readouterr()
    assert main(["eval", str(GOLD)]) == 2
    err = capsys.readouterr().err.strip()
    assert str(GOLD) in err and "none of its 5 gold articles" in err
    assert "\n" not in err
