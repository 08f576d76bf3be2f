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
    created, error = captured.err.strip().splitlines()
    assert created.startswith("kroniek: creating a new store at ")  # a mistyped --db shows
    assert error == "broken.jsonl:3: not valid JSON"
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
    assert f"store: {db} (schema " in out  # the path whole, not folded at a table's width
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
    # the same layers again: nothing is written, and the summary says so
    assert "updated 0, unchanged 3" in capsys.readouterr().out
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


READ_COMMANDS = [["stats"], ["show", "x"], ["export", "-o", "OUT/r.jsonl"], ["quotes"],
                 ["timeline"], ["actor", "Rutte"], ["eval", str(GOLD)], ["reanalyse"]]


@pytest.mark.parametrize("argv", READ_COMMANDS, ids=lambda a: a[0])
def test_read_commands_never_create_a_store(tmp_path, capsys, argv):
    # Issue 10, item 3: a mistyped store path is an error naming it; nothing is made.
    missing = tmp_path / "typo" / "store.db"
    argv = [a.replace("OUT", str(tmp_path / "out")) for a in argv]
    assert main(["--db", str(missing), *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(missing) in err and "no kroniek store" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv", [*READ_COMMANDS, ["ingest", "x"]],
                         ids=lambda a: a[0])
def test_a_foreign_sqlite_file_is_left_untouched_by_every_command(tmp_path, capsys, argv):
    # Issue 10, item 2.
    import sqlite3

    foreign = tmp_path / "x.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (a)")
    before = foreign.read_bytes()
    argv = [a.replace("OUT", str(tmp_path / "out")) for a in argv]
    assert cli(["--db", str(foreign), *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a kroniek store" in err
    assert foreign.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.sqlite"]


@pytest.mark.parametrize("fmt,target", [("jsonl", "a/b/r.jsonl"), ("plover", "a/b/e.jsonl"),
                                        ("csv", "a/b/t"), ("parquet", "a/b/t")])
def test_every_export_makes_missing_folders_and_says_what_it_wrote(db, tmp_path, capsys,
                                                                   fmt, target):
    # Issue 10, item 4.
    cli(["ingest", "x"])
    capsys.readouterr()
    assert main(["export", "--format", fmt, "-o", str(tmp_path / target)]) == 0
    assert (tmp_path / target).exists()
    err = capsys.readouterr().err
    assert err.startswith("exported ") and str(tmp_path / target) in err
    assert ("3 records" in err) if fmt == "jsonl" else ("3 events" in err or "articles 3" in err)


@pytest.mark.parametrize("fmt", ["jsonl", "plover", "csv", "parquet"])
def test_exports_refuse_directories_and_files_of_another_kind(db, tmp_path, capsys, fmt):
    # Issue 10, item 4: never a traceback, never an overwritten file of another kind.
    cli(["ingest", "x"])
    readme = tmp_path / "README.md"
    readme.write_text("# notes\n")
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "keep.py").write_text("x = 1\n")
    capsys.readouterr()
    targets = [readme, db] if fmt in ("csv", "parquet") else [readme, db, folder]
    for target in targets:
        before = target.read_bytes() if target.is_file() else None
        assert main(["export", "--format", fmt, "-o", str(target)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err and str(target) in err
        if before is not None:
            assert target.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["keep.py"]


def test_an_export_overwrites_its_own_kind(db, tmp_path, capsys):
    cli(["ingest", "x"])
    target = tmp_path / "r.jsonl"
    assert main(["export", "-o", str(target)]) == 0
    assert main(["export", "-o", str(target)]) == 0
    assert len(target.read_text().splitlines()) == 3


def test_plover_json_is_an_array_and_jsonl_is_lines(db, tmp_path):
    # Issue 10, item 14.
    cli(["ingest", "x"])
    assert main(["export", "--format", "plover", "-o", str(tmp_path / "events.json")]) == 0
    events = json.loads((tmp_path / "events.json").read_text())
    assert isinstance(events, list) and len(events) == 3 and events[0]["event_type"] == "CONSULT"
    assert main(["export", "--format", "plover", "-o", str(tmp_path / "events.jsonl")]) == 0
    lines = (tmp_path / "events.jsonl").read_text().splitlines()
    assert [json.loads(line)["event_id"] for line in lines] == [e["event_id"] for e in events]


def test_readme_plover_example_names_a_file_json_load_reads():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    line = next(x for x in readme.splitlines() if "--format plover" in x)
    assert "events.json " in line and "JSON array" in line


@pytest.mark.parametrize("argv,expected", [
    (["timeline", "--type", "FOO"], "--type FOO: not a PLOVER event type"),
    (["timeline", "--type", "CONSULTT"], "closest: CONSULT"),
    (["timeline", "--from", "2025-13-01"], "--from 2025-13-01: not a date"),
    (["quotes", "--from", "gisteren"], "--from gisteren: not a date"),
    (["quotes", "--to", "2025-02-30"], "--to 2025-02-30: not a date"),
    (["quotes", "--speaker", "Niemand Bekend"], "--speaker Niemand Bekend: no quote"),
    (["quotes", "--speaker", "Rute"], "closest: Rutte"),
    (["timeline", "--actor", "Macronn"], "closest: Macron"),
])
def test_invalid_filters_are_errors_with_the_closest_matches(db, capsys, argv, expected):
    # Issue 10, item 8.
    cli(["ingest", "x"])
    capsys.readouterr()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert expected in err and err.count("\n") == 1


def test_lists_say_how_many_they_show(db, capsys):
    # Issue 10, item 9.
    cli(["ingest", "x"])
    capsys.readouterr()
    assert main(["quotes", "--limit", "2"]) == 0
    assert "quotes: 2 of 3 shown (--limit N or --all for more)" in capsys.readouterr().out
    assert main(["timeline", "--all"]) == 0
    assert "events: 3 of 3 shown" in capsys.readouterr().out


def test_actors_list_says_how_many_it_shows(capsys):
    assert main(["actors", "--limit", "5"]) == 0
    out = capsys.readouterr().out
    assert "actors: 5 of " in out and "--all for more" in out


def test_an_ambiguous_actor_name_lists_the_candidates(db, capsys, monkeypatch):
    # Issue 10, item 9: `kroniek actor "Ru"` picks no one.
    cli(["ingest", "x"])
    capsys.readouterr()
    assert main(["actor", "Ru"]) == 2
    err = capsys.readouterr().err
    assert "actors match" in err and "Rutte" in err and "give more of the name" in err
    monkeypatch.setattr("kroniek.cli._kb", lambda required: None)
    assert main(["actor", "S"]) == 2  # the store's own actors: Schoof, Sybiha
    err = capsys.readouterr().err
    assert "Schoof" in err and "Sybiha" in err


def test_jsonl_export_refuses_a_json_name(db, tmp_path, capsys):
    # Issue 10, item 14: a `.json` file must load with json.load.
    cli(["ingest", "x"])
    capsys.readouterr()
    assert main(["export", "-o", str(tmp_path / "records.json")]) == 2
    assert "records.jsonl" in capsys.readouterr().err
    assert not (tmp_path / "records.json").exists()


def test_the_timeline_shows_only_the_current_version(db, capsys):
    # Issue 10, item 11: a re-scrape of an updated page is one article on the timeline.
    from kroniek.model import Article

    def page(text):
        return Article(text=text, source="page.html", url="https://example.nl/1",
                       published="2025-11-20", published_precision="day")

    cli(["ingest", "x"], [page("Gisteren sprak Rutte met Zelensky. Het ging over vrede.")])
    assert cli(["ingest", "x"], [page("Gisteren sprak Rutte met Macron. Het ging over vrede.")]) == 0
    assert "new 0, updated 1" in capsys.readouterr().out
    assert main(["timeline", "--all"]) == 0
    out = capsys.readouterr().out
    assert "Macron" in out and "Zelensky" not in out and "events: 1 of 1 shown" in out


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_table_export_to_a_file_name_is_refused(db, tmp_path, capsys, fmt):
    cli(["ingest", "x"])
    capsys.readouterr()
    assert main(["export", "--format", fmt, "-o", str(tmp_path / f"out.{fmt}")]) == 2
    assert "looks like a file name" in capsys.readouterr().err
    assert not (tmp_path / f"out.{fmt}").exists()


def test_real_readers_datelines_dates_and_language_end_to_end(db, tmp_path, capsys):
    # Issue 10, items 6, 7 and 10, through the real readers (fake analyser and layers).
    records = tmp_path / "dump.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in [
        {"url": "https://example.nl/1", "published": "wo 12 mrt 2025 14:35",
         "text": "KYIV (ANP) - Premier Schoof is dinsdag naar Brussel gereisd."},
        {"url": "https://example.nl/2", "published": "gisteren",
         "text": "Premier Schoof is dinsdag naar Brussel gereisd. Het ging over geld."},
    ]) + "\n", encoding="utf-8")
    assert main(["ingest", str(records)], analyser=CountingAnalyser(), pipeline=FakeLayers()) == 0
    captured = capsys.readouterr()
    assert "https://example.nl/2: warning: published date 'gisteren'" in captured.err
    assert "new 2" in captured.out and "non-Dutch 0" in captured.out
    assert "warnings 1" in captured.out
    assert main(["export"]) == 0
    first, second = sorted((json.loads(x) for x in capsys.readouterr().out.splitlines()),
                           key=lambda r: r["url"])
    assert first["dateline"] == {"place": "Kyiv", "agency": "ANP"}
    assert first["text"].startswith("Premier Schoof") and first["language"] == "nl"
    assert (first["published"], first["published_precision"]) == ("2025-03-12T14:35:00", "second")
    assert second["published"] is None and second["language"] == "nl"


def test_eval_scores_a_records_file_as_it_scores_the_store(db, tmp_path, capsys):
    # `--system`: an export scores as the store it came from; the gold against itself is
    # perfect; a file that pairs no gold article is refused in one line naming both.
    cli(["ingest", "x"])
    exported = tmp_path / "records.jsonl"
    assert main(["--quiet", "export", "-o", str(exported)]) == 0
    gold = tmp_path / "gold.jsonl"
    gold.write_text(exported.read_text())
    capsys.readouterr()
    assert main(["eval", "--json", str(gold)]) == 0
    from_store = json.loads(capsys.readouterr().out)
    assert main(["eval", "--json", "--system", str(exported), str(gold)]) == 0
    assert json.loads(capsys.readouterr().out) == from_store
    assert from_store["events"]["f1"] == 1.0 and from_store["events"]["tp"] > 0
    assert main(["eval", "--system", str(GOLD), str(gold)]) == 2
    err = capsys.readouterr().err.strip()
    assert str(gold) in err and str(GOLD) in err and "\n" not in err
