import pytest
from fakes import CountingAnalyser, FakeLayers, articles

from kroniek.errors import StoreError
from kroniek.model import text_hash
from kroniek.store import Store
from kroniek.store.migrate import Migration, available, migrate


def test_migrations_are_numbered_and_applied_once(tmp_path):
    path = tmp_path / "k.db"
    with Store(path) as store:
        assert store.schema_version() == max(m.version for m in available())
        tables = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"articles", "analyses", "entities", "quotes", "timexes", "events"} <= tables
        assert migrate(store.conn) == []  # nothing left to apply
    with Store(path) as store:  # reopening applies nothing twice
        versions = [r[0] for r in store.query("SELECT version FROM schema_version")]
        assert versions == [m.version for m in available()]
        assert store.query("PRAGMA journal_mode")[0][0] == "wal"


def test_failed_migration_leaves_schema_untouched(tmp_path):
    with Store(tmp_path / "k.db") as store:
        last = max(m.version for m in available())
        bad = Migration(last + 1, "broken", "CREATE TABLE extra (x INTEGER); SELECT * FROM nowhere;")
        with pytest.raises(StoreError, match=f"{last + 1:03d}_broken"):
            migrate(store.conn, [*available(), bad])
        assert store.schema_version() == last
        assert not store.query("SELECT name FROM sqlite_master WHERE name = 'extra'")


def test_save_and_read_back_equals_to_record(tmp_path):
    analyser, pipeline = CountingAnalyser(), FakeLayers()
    article = articles()[0]
    doc = pipeline.run(article, analyser.analyse(article.text))
    with Store(tmp_path / "k.db") as store:
        with store.transaction():
            store.save_document(doc, analyser.version, pipeline.version)
        assert store.record(article.id) == doc.to_record()
        row = store.query("SELECT * FROM events")[0]
        assert (row["actor_name"], row["recipient_name"], row["type"]) == (
            "Rutte", "Zelensky", "CONSULT")
        assert store.layers_version_of(article.id) == pipeline.version
        assert store.layers_version_of("nope") is False


def test_analysis_round_trip_is_keyed_by_content_and_version(tmp_path):
    raw = CountingAnalyser().analyse(articles()[0].text)
    key = text_hash(articles()[0].text)
    with Store(tmp_path / "k.db") as store:
        with store.transaction():
            store.put_analysis(key, "v1", raw)
            store.put_analysis(key, "v1", raw)  # idempotent
        assert store.get_analysis(key, "v1") == raw
        assert store.get_analysis(key, "v2") is None
        assert store.counts()["analyses"] == 1


def test_transaction_rolls_back_on_interrupt(tmp_path):
    article = articles()[0]
    doc = FakeLayers().run(article, CountingAnalyser().analyse(article.text))
    with Store(tmp_path / "k.db") as store:
        with pytest.raises(KeyboardInterrupt), store.transaction():
            store.save_document(doc, "v", "l")
            raise KeyboardInterrupt
        assert store.counts()["articles"] == 0
        assert store.counts()["entities"] == 0


def test_unopenable_path_is_a_store_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open"):
        Store(blocker / "k.db")


def test_resolve_id_by_prefix_and_source(tmp_path):
    article = articles()[0]
    doc = FakeLayers().run(article, CountingAnalyser().analyse(article.text))
    with Store(tmp_path / "k.db") as store:
        with store.transaction():
            store.save_document(doc, "v", "l")
        assert store.resolve_id(article.id[:6]) == article.id
        assert store.resolve_id("file0.txt") == article.id
        with pytest.raises(StoreError):
            store.resolve_id("zzz")


def test_layer_rows_cascade_on_delete(tmp_path):
    article = articles()[0]
    doc = FakeLayers().run(article, CountingAnalyser().analyse(article.text))
    with Store(tmp_path / "k.db") as store:
        with store.transaction():
            store.save_document(doc, "v", "l")
        with store.transaction():
            store.conn.execute("DELETE FROM articles")
        assert store.counts()["entities"] == 0
