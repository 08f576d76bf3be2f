"""The batch loops: `ingest` (read → analyse or reuse → layers → store) and `reanalyse`.

Each article is written in its own transaction, so a bad article, a crash or
Ctrl-C loses at most the article in flight; a bad file or article gives one
line `source[:line]: reason` through `report` and the batch goes on. Frog is
loaded lazily (`LazyAnalyser`), only when some text has no stored analysis.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import resource
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kroniek.errors import AnalyserError, InputError
from kroniek.ingest.limits import article_too_long
from kroniek.model import Article, Document, text_hash
from kroniek.nlp.base import Analyser, RawSentence
from kroniek.nlp.frog import FROG_THREADS
from kroniek.nlp.lazy import lazy_frog
from kroniek.pipeline import Pipeline
from kroniek.settings import value
from kroniek.store.db import Store

Progress = Callable[[str, str], None]  # (outcome, article source)
Reader = Callable[..., Iterable[Article | InputError]]

_CORE_FILES = ("model.py", "pipeline.py", "syntax.py")


@dataclass
class Summary:
    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    non_dutch: int = 0
    warnings: int = 0  # stored, but with a problem reported (an unreadable date)
    interrupted: bool = False
    # Seconds spent per part over built articles (analyse, parser, layers, write), and
    # each building process's peak RSS in MB (for bench/throughput.py).
    seconds: Counter = field(default_factory=Counter)
    peak_mb: dict[int, float] = field(default_factory=dict)

    def add(self, done: Done) -> None:
        self.seconds.update(done.seconds)
        self.peak_mb[done.pid] = max(self.peak_mb.get(done.pid, 0.0), done.peak_mb)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.interrupted

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def line(self) -> str:
        text = (
            f"read {self.read}, new {self.new}, updated {self.updated}, "
            f"unchanged {self.unchanged}, failed {self.failed}, non-Dutch {self.non_dutch}"
        )
        text += f", warnings {self.warnings}" if self.warnings else ""
        return text + (" (interrupted)" if self.interrupted else "")


def _hook() -> Callable[[], Analyser] | None:
    """KRONIEK_ANALYSER=module:function replaces Frog (tests, embedders): a cheap factory,
    called in this process and in each worker process."""
    hook = value("analyser")
    if not hook:
        return None
    module, name = hook.split(":")
    return getattr(importlib.import_module(module), name)


def _selective() -> bool:
    """KRONIEK_PARSE: `all` (default) or `selective` (nlp/selective.py). Selective parsing
    skips the parser on about half of DPG's sentences but re-tags the parsed ones in a
    second Frog; measured on 10 DPG articles it costs the same CPU as full Frog (41.6 s
    against 41.7 s), so it is not the default (bench/README.md)."""
    choice = str(value("parse")).strip().lower()
    if choice not in ("all", "selective"):
        raise AnalyserError(f"KRONIEK_PARSE is {choice!r}: give all or selective")
    return choice == "selective"


def frog_analyser() -> Analyser:
    """The analyser `kroniek ingest` uses: Frog, parsing all or selected sentences."""
    hook = _hook()
    return hook() if hook else lazy_frog(selective=_selective())


# A worker is one of N processes that share the cores, so its Frog runs one thread: Frog's
# default threads in each of N workers oversubscribe the cores (measured on 2 cores: two
# workers with Frog's default threads took 400 s for 184 DPG articles, one process 203 s).
# One thread is also the in-process default (kroniek.nlp.frog.FROG_THREADS).
WORKER_FROG_THREADS = FROG_THREADS


def frog_factory() -> Analyser:
    """What each worker process builds: its own Frog (or the KRONIEK_ANALYSER hook's)."""
    hook = _hook()
    if hook:
        return hook()
    if _selective():
        from kroniek.nlp.selective import SelectiveFrogAnalyser

        return SelectiveFrogAnalyser(threads=WORKER_FROG_THREADS)
    from kroniek.nlp.frog import FrogAnalyser

    return FrogAnalyser(threads=WORKER_FROG_THREADS)


def layers_version(pipeline: Pipeline) -> str:
    """A hash of the code and data that make the layers: a change re-runs them on ingest.

    A pipeline may declare `version` itself; otherwise the source and data files of
    each stage's package and the core modules are hashed.
    """
    declared = getattr(pipeline, "version", None)
    if declared:
        return str(declared)
    root = Path(importlib.import_module("kroniek").__file__).parent
    files = {root / name for name in _CORE_FILES}
    for stage in pipeline.stages:
        module = importlib.import_module(stage.target.split(":")[0])
        folder = Path(module.__file__).parent
        files.update(p for p in folder.rglob("*") if p.suffix in (".py", ".yaml", ".csv"))
    digest = hashlib.sha256()
    for path in sorted(f for f in files if f.exists()):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _is_dutch(article: Article) -> bool:
    return article.language in (None, "nl")


def _store_non_dutch(article: Article, store: Store, version: str) -> None:
    with store.transaction():
        store.save_document(Document(article=article), None, version, replace_versions=True)


@dataclass
class Job:
    """One article that needs its layers built: what a worker gets."""

    article: Article
    stored: str | None | bool  # the stored layers version; False when not stored yet
    raw: list[RawSentence] | None = None  # a stored analysis, if there is one


@dataclass
class Done:
    """A worker's answer: the analysis, and the document or the layer error."""

    job: Job
    raw: list[RawSentence]
    fresh: bool  # the analysis was made now (not read from the store)
    doc: Document | None = None
    error: str | None = None
    seconds: dict[str, float] = field(default_factory=dict)
    pid: int = 0
    peak_mb: float = 0.0


def plan_article(article: Article, store: Store, analyser_version: str, version: str) -> str | Job:
    """What one article needs: an outcome already (unchanged, non_dutch), or a Job."""
    stored = store.layers_version_of(article.id)
    if stored == version or (stored is False and store.is_earlier_version(article.id)):
        return "unchanged"
    if not _is_dutch(article):
        _store_non_dutch(article, store, version)
        return "non_dutch"
    return Job(article, stored, store.get_analysis(text_hash(article.text), analyser_version))


def build_article(job: Job, analyser: Analyser, pipeline: Pipeline) -> Done:
    """Analyse (unless stored) and run the layers; the part a worker process does."""
    started = time.perf_counter()
    parsing = _parser_seconds(analyser)
    raw = job.raw if job.raw is not None else analyser.analyse(job.article.text)
    analysed = time.perf_counter()
    done = Done(job, raw, fresh=job.raw is None, pid=os.getpid())
    try:
        done.doc = pipeline.run(job.article, raw)
    except (AnalyserError, KeyboardInterrupt):
        raise
    except Exception as exc:  # a layer bug must not stop the batch
        done.error = f"{job.article.source}: {type(exc).__name__}: {exc}"
    parser = _parser_seconds(analyser) - parsing
    done.seconds = {"analyse": analysed - started - parser, "parser": parser,
                    "layers": time.perf_counter() - analysed}  # fmt: skip
    done.peak_mb = peak_rss_mb()
    return done


def peak_rss_mb() -> float:
    """This process's own peak RSS (VmHWM; getrusage's maximum is inherited across exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _parser_seconds(analyser: Analyser) -> float:
    """Seconds the analyser has spent in a dependency parser it times (selective Frog)."""
    return float(getattr(getattr(analyser, "inner", analyser), "parser_seconds", 0.0))


def commit_article(done: Done, store: Store, analyser_version: str, version: str) -> str:
    """Write one built article in its own transaction; returns new | updated | failed."""
    key = text_hash(done.job.article.text)
    if done.doc is None:
        if done.fresh:  # keep the expensive analysis so the retry costs no parsing
            with store.transaction():
                store.put_analysis(key, analyser_version, done.raw)
        return "failed"
    started = time.perf_counter()
    with store.transaction():
        store.put_analysis(key, analyser_version, done.raw)
        replaced = store.save_document(done.doc, analyser_version, version, replace_versions=True)
    done.seconds["write"] = time.perf_counter() - started
    return "new" if done.job.stored is False and not replaced else "updated"


def ingest_article(
    article: Article, store: Store, analyser: Analyser, pipeline: Pipeline, version: str
) -> str:
    """Store one article with its layers; returns new | updated | unchanged | non_dutch.

    A layer error keeps the fresh analysis and raises, so the caller reports it.
    """
    job = plan_article(article, store, analyser.version, version)
    if isinstance(job, str):
        return job
    done = build_article(job, analyser, pipeline)
    outcome = commit_article(done, store, analyser.version, version)
    if done.error:
        raise LayerError(done.error)
    return outcome


class LayerError(Exception):
    """A layer failed on one article; the message is the line to report."""


def _read(paths: list[str], reader: Reader | None, max_bytes: int, max_chars: int) -> Iterator:
    if reader is None:
        from kroniek.ingest import read_paths

        return iter(read_paths(paths, max_bytes=max_bytes, max_chars=max_chars))
    return iter(reader(paths, max_bytes=max_bytes))


def too_long(article: Article, max_chars: int) -> InputError | None:
    """The per-article limit, for readers that do not check it themselves."""
    if max_chars and len(article.text) > max_chars:
        return InputError(article.source, article_too_long(len(article.text), max_chars))
    return None


def ingest(
    paths: list[str],
    store: Store,
    analyser: Analyser,
    pipeline: Pipeline,
    progress: Progress | None = None,
    report: Callable[[str], None] = print,
    reader: Reader | None = None,
    max_bytes: int = 20_000_000,
    max_chars: int = 100_000,
    workers: int = 1,
    factory: Callable[[], Analyser] | None = None,
) -> Summary:
    """Read every path and store each article with its layers; never stops on a bad item.

    With `workers` > 1 and an analyser `factory` (a module-level function, so worker
    processes can build their own), articles are built in worker processes and this
    process writes each one as it completes (kroniek.workers).
    """
    summary = Summary()
    version = layers_version(pipeline)
    items = (_checked(item, max_chars) for item in _read(paths, reader, max_bytes, max_chars))
    try:
        if workers > 1 and factory is not None:
            from kroniek.workers import ingest_parallel

            ingest_parallel(items, store, analyser.version, pipeline, version, summary,
                            progress, report, workers, factory)  # fmt: skip
        else:
            _ingest_serial(items, store, analyser, pipeline, version, summary, progress, report)
    except KeyboardInterrupt:
        summary.interrupted = True
    return summary


def warn(article: Article, summary: Summary, report: Callable[[str], None]) -> None:
    """Report what the reader noticed but stored anyway (an unreadable date)."""
    for warning in article.warnings:
        summary.warnings += 1
        report(f"{article.source}: warning: {warning}")


def _checked(item: Article | InputError, max_chars: int) -> Article | InputError:
    if isinstance(item, Article):
        return too_long(item, max_chars) or item
    return item


def _ingest_one(article, store, analyser, pipeline, version, summary, report) -> str:
    job = plan_article(article, store, analyser.version, version)
    if isinstance(job, str):
        return job
    done = build_article(job, analyser, pipeline)
    outcome = commit_article(done, store, analyser.version, version)
    summary.add(done)
    if done.error:
        report(done.error)
    return outcome


def _ingest_serial(items, store, analyser, pipeline, version, summary, progress, report) -> None:
    for item in items:
        if isinstance(item, InputError):
            summary.failed += 1
            report(str(item))
            outcome, label = "failed", item.source
        else:
            summary.read += 1
            label = item.source
            warn(item, summary, report)
            try:
                outcome = _ingest_one(item, store, analyser, pipeline, version, summary, report)
            except AnalyserError:
                raise
            except Exception as exc:  # a bug on one article must not stop the batch
                outcome = "failed"
                report(f"{item.source}: {type(exc).__name__}: {exc}")
            summary.count(outcome)
        if progress:
            progress(outcome, label)


def reanalyse(
    store: Store,
    pipeline: Pipeline,
    progress: Progress | None = None,
    report: Callable[[str], None] = print,
) -> Summary:
    """Rebuild every article's layers from its stored analysis, without re-parsing."""
    summary = Summary()
    version = layers_version(pipeline)
    try:
        for article_id in store.article_ids():
            summary.read += 1
            row = store.article_row(article_id)
            article = Article.from_dict(store.record(article_id))
            outcome = _reanalyse_one(store, pipeline, article, row, version, report)
            summary.count(outcome)
            if progress:
                progress(outcome, article.source)
    except KeyboardInterrupt:
        summary.interrupted = True
    return summary


def _reanalyse_one(store, pipeline, article, row, version, report) -> str:
    if not _is_dutch(article):
        return "unchanged"
    raw = store.get_analysis(row["text_hash"], row["analyser_version"] or "")
    if raw is None:
        report(f"{article.source}: no stored analysis; ingest it again")
        return "failed"
    try:
        doc = pipeline.run(article, raw)
    except Exception as exc:
        report(f"{article.source}: {type(exc).__name__}: {exc}")
        return "failed"
    if row["layers_version"] == version and _same_layers(doc.to_record(), store.record(article.id)):
        return "unchanged"  # nothing to write: a second reanalyse reports what it changed
    with store.transaction():
        store.save_document(doc, row["analyser_version"], version)
    return "updated"


def _same_layers(new: dict, stored: dict) -> bool:
    return all(new.get(layer) == stored.get(layer)
               for layer in ("entities", "quotes", "timexes", "events"))
