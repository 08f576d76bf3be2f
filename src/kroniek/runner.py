"""The batch loops: `ingest` (read → analyse or reuse → layers → store) and `reanalyse`.

Each article is written in its own transaction, so a bad article, a crash or
Ctrl-C loses at most the article in flight; a bad file or article gives one
line `source[:line]: reason` through `report` and the batch goes on. Frog is
loaded lazily (`LazyAnalyser`), only when some text has no stored analysis.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kroniek.errors import AnalyserError, InputError
from kroniek.model import Article, Document, text_hash
from kroniek.nlp.base import Analyser
from kroniek.nlp.lazy import LazyAnalyser, lazy_frog
from kroniek.pipeline import Pipeline
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


def frog_analyser() -> LazyAnalyser:
    return lazy_frog()


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


def ingest_article(
    article: Article, store: Store, analyser: Analyser, pipeline: Pipeline, version: str
) -> str:
    """Store one article with its layers; returns new | updated | unchanged | non_dutch.

    A new text under a stored article's URL (or source) replaces it and is `updated`;
    the text of a version already replaced is `unchanged` (store.db: versions)."""
    stored = store.layers_version_of(article.id)
    if stored == version or (stored is False and store.is_earlier_version(article.id)):
        return "unchanged"
    if not _is_dutch(article):
        _store_non_dutch(article, store, version)
        return "non_dutch"
    key = text_hash(article.text)
    raw = store.get_analysis(key, analyser.version)
    fresh = raw is None
    if raw is None:
        raw = analyser.analyse(article.text)
    try:
        doc = pipeline.run(article, raw)
    except Exception:
        if fresh:  # keep the expensive analysis so the retry costs no parsing
            with store.transaction():
                store.put_analysis(key, analyser.version, raw)
        raise
    with store.transaction():
        store.put_analysis(key, analyser.version, raw)
        replaced = store.save_document(doc, analyser.version, version, replace_versions=True)
    return "new" if stored is False and not replaced else "updated"


def _read(paths: list[str], reader: Reader | None, max_bytes: int) -> Iterator:
    if reader is None:
        from kroniek.ingest import read_paths as reader
    return iter(reader(paths, max_bytes=max_bytes))


def ingest(
    paths: list[str],
    store: Store,
    analyser: Analyser,
    pipeline: Pipeline,
    progress: Progress | None = None,
    report: Callable[[str], None] = print,
    reader: Reader | None = None,
    max_bytes: int = 20_000_000,
) -> Summary:
    """Read every path and store each article with its layers; never stops on a bad item."""
    summary = Summary()
    version = layers_version(pipeline)
    items = _read(paths, reader, max_bytes)
    try:
        for item in items:
            if isinstance(item, InputError):
                summary.failed += 1
                report(str(item))
                outcome, label = "failed", item.source
            else:
                summary.read += 1
                label = item.source
                for warning in item.warnings:
                    summary.warnings += 1
                    report(f"{item.source}: warning: {warning}")
                try:
                    outcome = ingest_article(item, store, analyser, pipeline, version)
                except AnalyserError:
                    raise
                except Exception as exc:  # a layer bug must not stop the batch
                    outcome = "failed"
                    report(f"{item.source}: {type(exc).__name__}: {exc}")
                summary.count(outcome)
            if progress:
                progress(outcome, label)
    except KeyboardInterrupt:
        summary.interrupted = True
    return summary


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
    with store.transaction():
        store.save_document(doc, row["analyser_version"], version)
    return "updated"
