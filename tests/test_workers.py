"""Parallel ingest (kroniek.workers): N worker processes build, one writer commits."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpus import articles as corpus_articles
from kroniek.runner import ingest
from kroniek.store import Store
from store.fakes import CountingAnalyser, FakeLayers, articles, bad_file, reader_of

ROOT = Path(__file__).resolve().parents[1]
VOLATILE = {"ingested_at", "created_at", "applied_at"}


def content(path: Path) -> dict:
    """Every table's rows without the time stamps, sorted: what two runs must share."""
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    result = {}
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        keep = ", ".join(f'"{c}"' for c in columns if c not in VOLATILE)
        result[table] = sorted(map(tuple, conn.execute(f"SELECT {keep} FROM {table}")))
    conn.close()
    return result


def test_two_workers_store_what_one_process_stores(tmp_path):
    items = [articles()[0], bad_file(), *articles()[1:]]
    lines = []
    with Store(tmp_path / "serial.db") as store:
        serial = ingest(["in"], store, CountingAnalyser(), FakeLayers(), reader=reader_of(items),
                        report=lines.append)
    with Store(tmp_path / "parallel.db") as store:
        parallel = ingest(["in"], store, CountingAnalyser(), FakeLayers(),
                          reader=reader_of(items), report=lines.append, workers=2,
                          factory=CountingAnalyser)
        again = ingest(["in"], store, CountingAnalyser(), FakeLayers(),
                       reader=reader_of(items), report=lambda line: None, workers=2,
                       factory=CountingAnalyser)
    assert (parallel.read, parallel.new, parallel.failed) == (serial.read, serial.new, 1)
    assert lines == ["broken.jsonl:3: not valid JSON"] * 2
    assert content(tmp_path / "parallel.db") == content(tmp_path / "serial.db")
    assert (again.new, again.unchanged) == (0, 3)


def test_layer_error_in_a_worker_is_one_line_and_keeps_the_analysis(tmp_path):
    lines = []
    with Store(tmp_path / "k.db") as store:
        summary = ingest(["in"], store, CountingAnalyser(), FakeLayers(fail_on="Schoof"),
                         reader=reader_of(articles()), report=lines.append, workers=2,
                         factory=CountingAnalyser)
        assert (summary.new, summary.failed) == (2, 1)
        assert lines == ["file1.txt: RuntimeError: layer bug"]
        assert store.counts()["analyses"] == 3


def _corpus(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for record in [r for r in corpus_articles() if r.get("text")][:count]:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _kroniek(db: Path, corpus: Path) -> list[str]:
    return [sys.executable, "-m", "kroniek.cli", "--quiet", "--db", str(db), "ingest",
            "--workers", "2", str(corpus)]


def _env() -> dict:
    env = dict(os.environ, KRONIEK_ANALYSER="store.fakes:slow_analyser")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT / "tests")])
    return env


def _stored(db: Path) -> int:
    """Articles committed so far; read-only, so polling never creates the file."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_kill_9_then_rerun_equals_one_uninterrupted_run(tmp_path):
    corpus = _corpus(tmp_path, 16)
    reference = tmp_path / "reference.db"
    subprocess.run(_kroniek(reference, corpus), env=_env(), check=True, timeout=600)
    assert _stored(reference) == 16

    killed = tmp_path / "killed.db"
    run = subprocess.Popen(_kroniek(killed, corpus), env=_env(), start_new_session=True)
    deadline = time.monotonic() + 300
    while _stored(killed) < 3 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)  # the ingest and its workers, mid-run
    run.wait()
    assert 3 <= _stored(killed) < 16, "the kill must land mid-run"

    subprocess.run(_kroniek(killed, corpus), env=_env(), check=True, timeout=600)
    assert content(killed) == content(reference)


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        found.extend(int(c) for c in children)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_workers_exit_when_the_writer_is_killed(tmp_path):
    """kill -9 of the writer alone (not its process group): its workers end by themselves
    instead of idling with a Frog each."""
    corpus = _corpus(tmp_path, 16)
    db = tmp_path / "killed.db"
    run = subprocess.Popen(_kroniek(db, corpus), env=_env())
    deadline = time.monotonic() + 120
    while _stored(db) < 1 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = [c for c in _children(run.pid) if _alive(c)]
    assert workers, "the ingest must be running its workers"
    run.kill()
    run.wait()
    deadline = time.monotonic() + 20
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(w) for w in workers)
