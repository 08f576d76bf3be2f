import pytest

from kroniek.errors import AnalyserError
from kroniek.nlp.lazy import LazyAnalyser
from kroniek.pipeline import Pipeline
from kroniek.runner import Summary, ingest, layers_version, reanalyse
from kroniek.store import Store
from store.fakes import CountingAnalyser, FakeLayers, articles, bad_file, reader_of


def dump(store: Store) -> list:
    tables = ("articles", "analyses", "entities", "quotes", "timexes", "events")
    return [[tuple(r) for r in store.query(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in tables]


def run(store, items, analyser=None, pipeline=None, **kw) -> Summary:
    return ingest(["in"], store, analyser or CountingAnalyser(), pipeline or FakeLayers(),
                  reader=reader_of(items), report=kw.pop("report", lambda line: None), **kw)


def test_second_ingest_is_a_no_op(tmp_path):
    analyser = CountingAnalyser()
    with Store(tmp_path / "k.db") as store:
        first = run(store, articles(), analyser)
        assert (first.read, first.new, first.unchanged, first.failed) == (3, 3, 0, 0)
        before = dump(store)
        second = run(store, articles(), analyser)
        assert (second.read, second.new, second.unchanged) == (3, 0, 3)
        assert dump(store) == before
        assert analyser.calls == 3
        assert second.ok


def test_analysis_cache_hit_when_layers_change(tmp_path):
    analyser = CountingAnalyser()
    with Store(tmp_path / "k.db") as store:
        run(store, articles(), analyser)
        newer = FakeLayers()
        newer.version = "fake-layers-2"
        summary = run(store, articles(), analyser, newer)
        assert summary.updated == 3 and summary.new == 0
        assert analyser.calls == 3  # stored analyses reused, no re-parse


def test_bad_items_are_reported_and_do_not_stop_the_batch(tmp_path):
    lines = []
    items = [articles()[0], bad_file(), articles()[1]]
    with Store(tmp_path / "k.db") as store:
        summary = run(store, items, report=lines.append)
        assert lines == ["broken.jsonl:3: not valid JSON"]
        assert (summary.read, summary.new, summary.failed, summary.ok) == (2, 2, 1, False)


def test_layer_exception_keeps_earlier_articles_and_the_analysis(tmp_path):
    lines = []
    analyser = CountingAnalyser()
    with Store(tmp_path / "k.db") as store:
        summary = run(store, articles(), analyser, FakeLayers(fail_on="Schoof"),
                      report=lines.append)
        assert (summary.new, summary.failed) == (2, 1)
        assert lines == ["file1.txt: RuntimeError: layer bug"]
        assert store.counts()["articles"] == 2
        assert store.counts()["analyses"] == 3  # the failed article's parse is kept
        retry = run(store, articles(), analyser)
        assert (retry.new, retry.unchanged) == (1, 2)
        assert analyser.calls == 3


def test_interrupt_loses_only_the_article_in_flight(tmp_path):
    class Interrupting(CountingAnalyser):
        def analyse(self, text):
            if "Schoof" in text:
                raise KeyboardInterrupt
            return super().analyse(text)

    with Store(tmp_path / "k.db") as store:
        summary = run(store, articles(), Interrupting())
        assert summary.interrupted and not summary.ok
        assert store.counts()["articles"] == 1
        rest = run(store, articles())
        assert (rest.new, rest.unchanged) == (2, 1)


def test_non_dutch_articles_are_stored_not_analysed(tmp_path):
    analyser = CountingAnalyser()
    english = articles(["The minister met Macron today."], language="en")
    with Store(tmp_path / "k.db") as store:
        summary = run(store, english, analyser)
        assert (summary.non_dutch, summary.new, analyser.calls) == (1, 0, 0)
        record = store.record(english[0].id)
        assert record["language"] == "en" and record["entities"] == []
        assert run(store, english, analyser).unchanged == 1


def test_analyser_failure_stops_with_a_domain_error(tmp_path):
    def broken():
        raise AnalyserError("python-frog is not installed")

    with Store(tmp_path / "k.db") as store, pytest.raises(AnalyserError):
        run(store, articles(), LazyAnalyser(broken, "fake-1"))


def test_lazy_analyser_loads_only_when_needed(tmp_path):
    made = []

    def factory():
        made.append(1)
        return CountingAnalyser()

    with Store(tmp_path / "k.db") as store:
        run(store, articles(), CountingAnalyser())  # fills the analyses table
        lazy = LazyAnalyser(factory, "fake-1")
        newer = FakeLayers()
        newer.version = "other"
        run(store, articles(), lazy, newer)
        assert not made and not lazy.loaded
        run(store, articles(["Nieuw artikel over Rutte en Macron."]), lazy, newer)
        assert made == [1]


def test_lazy_analyser_refuses_a_version_mismatch():
    lazy = LazyAnalyser(CountingAnalyser, "frog-other")
    with pytest.raises(AnalyserError, match="version"):
        lazy.analyse("Tekst.")


def test_reanalyse_rebuilds_layers_without_parsing(tmp_path):
    analyser = CountingAnalyser()
    with Store(tmp_path / "k.db") as store:
        run(store, [*articles(), *articles(["Hello world."], language="en")], analyser)
        store.conn.execute("DELETE FROM events")
        summary = reanalyse(store, FakeLayers(), report=lambda line: None)
        assert (summary.read, summary.updated, summary.unchanged) == (4, 3, 1)
        assert store.counts()["events"] == 3
        assert analyser.calls == 3


def test_layers_version_hashes_stage_code():
    version = layers_version(Pipeline(stages=()))
    assert len(version) == 16 and version == layers_version(Pipeline(stages=()))
    assert layers_version(FakeLayers()) == "fake-layers-1"



def _page(text: str, url: str = "https://example.nl/nieuws/1"):
    from kroniek.model import Article

    return Article(text=text, source="page.html", url=url, published="2025-11-20",
                   published_precision="day", language="nl")


def test_a_corrected_article_replaces_the_stored_one(tmp_path):
    # Issue 10, item 11: the same URL with a new text is one article, `updated`.
    first = _page("Gisteren sprak Rutte met Zelensky. Het ging over vrede.")
    corrected = _page("Gisteren sprak Rutte met Macron. Het ging over vrede.")
    with Store(tmp_path / "k.db") as store:
        assert run(store, [first]).new == 1
        summary = run(store, [corrected])
        assert (summary.new, summary.updated) == (0, 1)
        assert store.article_ids() == [corrected.id]
        events = store.query("SELECT article_id, recipient_name FROM events")
        assert [tuple(e) for e in events] == [(corrected.id, "Macron")]  # the timeline's rows
        (old,) = store.versions(corrected.id)
        assert (old["id"], old["text"], old["current_id"]) == (first.id, first.text, corrected.id)
        assert old["ingested_at"] and old["replaced_at"]
        # Reading either version again changes nothing.
        again = run(store, [first, corrected])
        assert (again.new, again.updated, again.unchanged) == (0, 0, 2)
        assert store.article_ids() == [corrected.id]
        third = _page("Gisteren sprak Rutte met Sybiha. Het ging over vrede.")
        assert run(store, [third]).updated == 1
        assert [v["id"] for v in store.versions(third.id)] == [first.id, corrected.id]


def test_articles_sharing_only_a_file_name_are_not_versions(tmp_path):
    # `a/index.html` and `b/index.html` both have the source `index.html`: two stories.
    one = _page("Gisteren sprak Rutte met Zelensky.", url=None)
    two = _page("Vandaag belde Schoof met Macron.", url=None)
    with Store(tmp_path / "k.db") as store:
        assert run(store, [one, two]).new == 2
        assert len(store.article_ids()) == 2


def test_an_unreadable_date_is_reported_and_counted(tmp_path):
    # Issue 10, item 7: stored, one line naming the record, counted in the summary.
    from kroniek.ingest.base import build_article

    article = build_article("Gisteren sprak Rutte met Zelensky.", "dump.jsonl:4",
                            published="2025-02-30")
    lines = []
    with Store(tmp_path / "k.db") as store:
        summary = run(store, [article], report=lines.append)
        assert summary.new == 1 and summary.warnings == 1 and summary.ok
        assert store.record(article.id)["published"] is None
    assert len(lines) == 1 and lines[0].startswith("dump.jsonl:4: warning: ")
    assert "'2025-02-30'" in lines[0] and "warnings 1" in summary.line()


def test_a_worker_builds_a_one_thread_frog(monkeypatch):
    # N workers with Frog's default threads oversubscribe the cores (bench/README.md).
    import kroniek.nlp.frog as frog_module
    from kroniek import runner

    built = {}
    monkeypatch.delenv("KRONIEK_ANALYSER", raising=False)
    monkeypatch.setenv("KRONIEK_PARSE", "all")
    monkeypatch.setattr(frog_module, "FrogAnalyser", lambda **kwargs: built.update(kwargs))
    runner.frog_factory()
    assert built == {"threads": runner.WORKER_FROG_THREADS} and runner.WORKER_FROG_THREADS == 1
