"""Issue 10, items 2, 3 and 13: which files the store opens, and how."""

import os
import shutil
import sqlite3
import stat
import subprocess
import sys

import pytest
from fakes import CountingAnalyser, FakeLayers, articles

from kroniek.errors import StoreError
from kroniek.runner import ingest
from kroniek.store import Store
from kroniek.store.opening import KRONIEK_APPLICATION_ID
from store.fakes import reader_of


def _foreign(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path, read_only):
    path = tmp_path / "x.sqlite"
    before = _foreign(path)
    with pytest.raises(StoreError, match="another program"):
        Store(path, read_only=read_only)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.sqlite"]  # no -wal, no -shm


@pytest.mark.parametrize("content", [b"", b"hello, not a database\n", b"SQLite format 3\x00"])
def test_a_non_sqlite_or_empty_file_is_refused_untouched(tmp_path, content):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a kroniek store"):
        Store(path)
    assert path.read_bytes() == content


def test_a_new_store_carries_kronieks_application_id(tmp_path):
    path = tmp_path / "k.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == KRONIEK_APPLICATION_ID
    Store(path).close()  # and opens again


def test_a_store_made_before_the_id_still_opens_and_gets_it(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.conn.execute("PRAGMA application_id=0")
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
    with Store(path, read_only=True) as store:  # read-only: recognised, not changed
        assert store.counts()["articles"] == 0
    with Store(path) as store:
        assert store.query("PRAGMA application_id")[0][0] == KRONIEK_APPLICATION_ID


def test_read_only_never_creates_a_store(tmp_path):
    path = tmp_path / "typo" / "store.db"
    with pytest.raises(StoreError, match=r"typo/store\.db: no kroniek store here"):
        Store(path, read_only=True)
    assert not (tmp_path / "typo").exists()


def test_read_only_open_cannot_write(tmp_path):
    path = tmp_path / "k.db"
    Store(path).close()
    with Store(path, read_only=True) as store, pytest.raises(sqlite3.OperationalError):
        store.conn.execute("CREATE TABLE extra (x)")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_store_on_read_only_media_can_be_read(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "k.db"
    with Store(path) as store:
        ingest(["in"], store, CountingAnalyser(), FakeLayers(), reader=reader_of(articles()))
    for extra in folder.glob("k.db-*"):
        extra.unlink()
    path.chmod(stat.S_IRUSR)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with Store(path, read_only=True) as store:
            assert store.counts()["articles"] == 3
            assert len(list(store.records())) == 3
        with pytest.raises(StoreError, match="read-only"):
            Store(path)  # writing is refused with the reason
    finally:
        folder.chmod(stat.S_IRWXU)
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_media_fall_back_to_immutable(tmp_path, monkeypatch):
    """As root a folder cannot be made read-only, so the media are simulated: the folder
    reports not writable and any open other than `immutable=1` fails, as WAL's `-shm`
    file cannot be made there."""
    path = tmp_path / "k.db"
    with Store(path) as store:
        ingest(["in"], store, CountingAnalyser(), FakeLayers(), reader=reader_of(articles()))
    tried = []
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        tried.append(str(target))
        if "immutable=1" not in str(target):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr("kroniek.store.opening.os.access", lambda *a: False)
    monkeypatch.setattr("kroniek.store.opening.sqlite3.connect", connect)
    with Store(path, read_only=True) as store:
        assert store.counts()["articles"] == 3
    assert "mode=ro" in tried[-2] and "immutable=1" in tried[-1]
    monkeypatch.setattr("kroniek.store.opening.sqlite3.connect",
                        lambda *a, **k: (_ for _ in ()).throw(sqlite3.OperationalError("no")))
    with pytest.raises(StoreError, match="cannot open the store read-only"):
        Store(path, read_only=True)


_DROP_ROOT_POWERS = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root's setpriv")
def test_read_only_media_for_real_without_roots_powers(tmp_path):
    """As root, without the capabilities that override file modes, a read-only folder is
    read-only media: stats reads, ingest refuses with the reason, nothing is written."""
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "k.db"
    with Store(path) as store:
        ingest(["in"], store, CountingAnalyser(), FakeLayers(), reader=reader_of(articles()))
    path.chmod(0o444)
    folder.chmod(0o555)
    code = ("import sys; from kroniek.store import Store; from kroniek.errors import StoreError\n"
            "with Store(sys.argv[1], read_only=True) as s: print(s.counts()['articles'])\n"
            "try: Store(sys.argv[1])\nexcept StoreError as e: print(e)\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    try:
        done = subprocess.run([*_DROP_ROOT_POWERS, sys.executable, "-c", code, str(path)],
                              capture_output=True, text=True, env=env, timeout=60)
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "3" and "read-only" in lines[1]
    assert sorted(p.name for p in folder.iterdir()) == ["k.db"]
