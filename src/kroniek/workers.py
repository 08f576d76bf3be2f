"""Parallel ingest: worker processes build articles, this process alone writes the store.

Design (issue 11):

* The reader runs here, streaming; each article is checked against the store here
  (`runner.plan_article`: unchanged, not Dutch, a stored analysis to reuse), so
  only articles that need work leave the process.
* N worker processes (`concurrent.futures.ProcessPoolExecutor`, `spawn` start
  method) each build their own analyser once, from a module-level factory (Frog:
  ~2 GB and ~10 s per process), and turn an article into its analysis and its
  layers (`runner.build_article`). A Document is plain dataclasses, so it pickles.
* This process is the only writer: it commits each built article in its own
  transaction in the order the workers finish (`runner.commit_article`). SQLite
  has one writer at a time anyway, and a crash or kill then loses at most the
  articles in flight; a rerun skips what is stored (same id, same layers version).
* At most 2 x N articles are in flight, so memory does not grow with the input.

Why not Ray or Dask: both would run the same two functions (build on a worker,
commit on one writer), but they add a scheduler process, a serialisation layer
and ~100 MB of dependencies for what one machine needs; `concurrent.futures` is
the standard library, and its Executor interface is what Ray's and Dask's
clients also offer (`dask.distributed.Client.submit`, `ray.util` executors), so a
cluster version swaps the executor, not the design.

On a cluster: `build_article(Job) -> Done` touches no store and both pickle, so
the workers can be any executor's (Dask `Client.submit`/`as_completed`, Ray
tasks) on nodes with Debian's frog/frogdata and kroniek installed; the factory
builds one Frog per worker process there. The reader and the writer stay on one
driver (the reader does ~800 articles/s, a Frog worker ~1, so one driver feeds
hundreds of cores); for more, each node writes its own store and the stores are
merged by article id (ids are content hashes, so a merge is a union), or the
writer moves to a server database with the same one-transaction-per-article
rule. A lost task is retried elsewhere: building is idempotent.

`spawn` rather than `fork`: the writer holds an SQLite connection and the
progress bar runs a thread; a forked child would inherit both.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from kroniek.errors import AnalyserError, InputError
from kroniek.model import Article
from kroniek.nlp.base import Analyser
from kroniek.nlp.lazy import LazyAnalyser
from kroniek.pipeline import Pipeline
from kroniek.runner import (
    Done,
    Job,
    Summary,
    build_article,
    commit_article,
    plan_article,
    warn,
)
from kroniek.store.db import Store

_worker: tuple[Analyser, Pipeline] | None = None
WORKER_BYTES = 2_500_000_000  # one worker's peak: two Frogs (~1.8 GB) and the layers


def default_workers() -> int:
    """One worker per usable core, as many as the available memory holds (at least 1).

    Measured on the 2-core machine (bench/throughput.py): 2 workers beat 1; more
    workers than cores only add Frogs competing for the same cores.
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, _available_memory() // WORKER_BYTES))


def _available_memory() -> int:
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return WORKER_BYTES  # unknown: assume room for one


# How often a worker checks that its writer is still there (seconds).
PARENT_CHECK_SECONDS = 1.0


def _exit_with_parent(parent: int) -> None:
    """A worker whose writer is gone (killed, crashed) exits. Without this, workers of a
    killed `kroniek ingest` waited forever for work, each holding its Frog (~1.5 GB):
    seen 2026-11-27 after a `pkill` of an ingest. A dead parent's children are
    re-parented, so a changed parent id means the writer died."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _init(factory: Callable[[], Analyser], version: str, pipeline: Pipeline) -> None:
    """In each worker: Ctrl-C is the writer's to handle; the worker ends with its writer;
    the analyser loads on first use."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    _worker = (LazyAnalyser(factory, version), pipeline)


def _build(job: Job) -> Done:
    assert _worker is not None, "worker not initialised"
    analyser, pipeline = _worker
    return build_article(job, analyser, pipeline)


class _Writer:
    """Counts, reports and commits finished articles."""

    def __init__(self, store, analyser_version, version, summary, progress, report) -> None:
        self.store, self.analyser_version, self.version = store, analyser_version, version
        self.summary, self.progress, self.report = summary, progress, report

    def outcome(self, outcome: str, label: str) -> None:
        self.summary.count(outcome)
        if self.progress:
            self.progress(outcome, label)

    def commit(self, future: Future) -> str:
        try:
            done: Done = future.result()
        except BrokenProcessPool as exc:
            raise AnalyserError(f"a worker process died ({exc}); see its message above") from exc
        outcome = commit_article(done, self.store, self.analyser_version, self.version)
        self.summary.add(done)
        if done.error:
            self.report(done.error)
        self.outcome(outcome, done.job.article.source)
        return done.job.article.id


def ingest_parallel(
    items: Iterable[Article | InputError],
    store: Store,
    analyser_version: str,
    pipeline: Pipeline,
    version: str,
    summary: Summary,
    progress: Callable[[str, str], None] | None,
    report: Callable[[str], None],
    workers: int,
    factory: Callable[[], Analyser],
) -> None:
    writer = _Writer(store, analyser_version, version, summary, progress, report)
    pool: ProcessPoolExecutor | None = None
    pending: dict[Future, str] = {}

    def drain(until: int) -> None:
        while len(pending) > until:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                pending.pop(future)
                writer.commit(future)

    try:
        for item in items:
            if isinstance(item, InputError):
                report(str(item))
                writer.outcome("failed", item.source)
                continue
            summary.read += 1
            warn(item, summary, report)
            if item.id in pending.values():  # the same article twice in a row: as serial
                writer.outcome("unchanged", item.source)
                continue
            job = plan_article(item, store, analyser_version, version)
            if isinstance(job, str):
                writer.outcome(job, item.source)
                continue
            if pool is None:
                pool = ProcessPoolExecutor(
                    workers, mp_context=multiprocessing.get_context("spawn"),
                    initializer=_init, initargs=(factory, analyser_version, pipeline),
                )  # fmt: skip
            pending[pool.submit(_build, job)] = item.id
            drain(2 * workers - 1)
        drain(0)
    except BaseException:
        # Ctrl-C or a dead worker: drop what is queued, don't wait for what is in flight.
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        raise
    if pool is not None:
        pool.shutdown()
