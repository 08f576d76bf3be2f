"""End-to-end throughput on the DPG 2019 articles: read -> Frog -> all layers -> store.

    .venv/bin/python bench/throughput.py [--limit N] [--input PATH]

Frog really runs: the analysis cache (KRONIEK_CACHE) points at a fresh temporary directory.
Each article is analysed (kroniek.nlp.frog.FrogAnalyser, full pipeline with the dependency
parser, behind the on-disk cache as the CLI uses it), annotated by kroniek.pipeline.Pipeline
and saved into a temporary SQLite store (kroniek.store.db.Store, one transaction per article)
when that module is importable; the report says whether the store took part.

Words are the whitespace-separated words of the article text. Frog's model loading is timed
separately and left out of the rates. Peak RSS is the process maximum (getrusage).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DEFAULT_INPUT = ROOT.parent / "shared" / "corpus" / "dpg2019" / "articles.jsonl"


class TimedAnalyser:
    """Wraps an analyser and adds up the seconds spent inside it."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.name = inner.name
        self.version = inner.version
        self.seconds = 0.0

    def analyse(self, text: str):
        started = time.perf_counter()
        try:
            return self.inner.analyse(text)
        finally:
            self.seconds += time.perf_counter() - started


def read_articles(path: Path, limit: int) -> Iterator:
    """Articles through kroniek's own reader, the first `limit` of them."""
    from kroniek.ingest import read_paths
    from kroniek.model import Article

    count = 0
    for item in read_paths([str(path)]):
        if isinstance(item, Article):
            yield item
            count += 1
            if count >= limit:
                return


def open_store(directory: str):
    try:
        from kroniek.store.db import Store
    except ImportError:
        return None
    return Store(Path(directory) / "bench.db")


def run(path: Path, limit: int, workdir: str) -> dict:
    from kroniek.nlp.cache import CachedAnalyser
    from kroniek.nlp.frog import FrogAnalyser
    from kroniek.pipeline import Pipeline, analyse_article

    started = time.perf_counter()
    frog = TimedAnalyser(CachedAnalyser(FrogAnalyser(), Path(workdir) / "cache"))
    pipeline = Pipeline()
    store = open_store(workdir)
    load_seconds = time.perf_counter() - started
    spent = Counter()
    articles = words = 0
    begun = time.perf_counter()
    for article in read_articles(path, limit):
        read_done = time.perf_counter()
        doc = analyse_article(article, frog, pipeline)
        analysed = time.perf_counter()
        if store is not None:
            with store.transaction():
                store.save_document(doc, frog.version, "bench")
        stored = time.perf_counter()
        spent["store"] += stored - analysed
        spent["analyse"] += analysed - read_done
        articles += 1
        words += len(article.text.split())
    total = time.perf_counter() - begun
    if store is not None:
        store.close()
    return {
        "articles": articles,
        "words": words,
        "store": store is not None,
        "load_s": load_seconds,
        "total_s": total,
        "frog_s": frog.seconds,
        "layers_s": spent["analyse"] - frog.seconds,
        "store_s": spent["store"],
        "read_s": total - spent["analyse"] - spent["store"],
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def report(figures: dict) -> str:
    total = figures["total_s"] or 1e-9
    store = "SQLite (kroniek.store)" if figures["store"] else "none (kroniek.store missing)"
    lines = [
        f"articles: {figures['articles']}, words: {figures['words']}, store: {store}",
        f"Frog model load: {figures['load_s']:.1f} s (not in the rates)",
        f"wall time: {figures['total_s']:.1f} s -> {figures['articles'] / total:.2f} articles/s, "
        f"{figures['words'] / total:.0f} words/s",
    ]
    for part in ("frog", "layers", "store", "read"):
        seconds = figures[f"{part}_s"]
        lines.append(f"  {part:<7}{seconds:>8.1f} s  {100 * seconds / total:5.1f} %")
    lines.append(f"peak RSS: {figures['peak_rss_mb']:.0f} MB")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kroniek-bench-") as workdir:
        os.environ["KRONIEK_CACHE"] = workdir  # a fresh cache: Frog really runs
        figures = run(args.input, args.limit, workdir)
    print(json.dumps(figures, indent=2) if args.json else report(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
