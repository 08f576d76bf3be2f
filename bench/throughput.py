"""End-to-end ingest throughput on the DPG 2019 articles: read -> Frog -> layers -> store.

    .venv/bin/python bench/throughput.py [--limit 200] [--configs before:1,full:2,selective:2,...]
    .venv/bin/python bench/throughput.py --stream-gb 1      # the streaming reader, flat memory

Each configuration is `analyser:workers`, run one after the other in this one run and
printed side by side:

* `before`: Frog as kroniek ran it when issue 11 was filed: parser on every sentence,
  morphology and chunker on (read by nothing), Frog's default threads in one process.
* `full`: Frog with the dependency parser on every sentence (kroniek.nlp.frog.FrogAnalyser,
  the default analyser), morphology and chunker off.
* `selective`: Frog's parser only on the sentences a layer needs
  (kroniek.nlp.selective.SelectiveFrogAnalyser), the analyser `kroniek ingest` uses.
* workers 1 runs in this process; workers N > 1 runs kroniek.workers (N processes with a
  Frog each, this process writing the store).

Every configuration goes through `kroniek.runner.ingest` exactly as the CLI does: the first
`--limit` articles are written to a temporary JSON Lines file and read by kroniek's
streaming reader, analysed with no cache (a fresh temporary store each time, so Frog really
runs), annotated by all layers and written to that store. Frog's model load is timed apart
(in this process for workers 1; for workers N the load happens inside the run, in parallel,
and `rate` counts it: see `load_s`). Words are whitespace-separated words of the texts.
`parser` is the time inside Frog's dependency parser where the analyser can tell (the
selective one); for `full` the parser runs inside one Frog call with the rest. Peak RSS is
per building process (the writer's too for workers 1). `same layers` compares every article's
records with the first configuration's. Each configuration runs in a fresh child process;
peak RSS is each process's VmHWM (getrusage's maximum is inherited across fork and exec).

`--stream-gb G` writes the corpus repeated to G gigabytes into a temporary folder (deleted
afterwards, never committed), then reads it in a child process with `read_paths` (no
analysis), sampling that process's RSS as it goes.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DEFAULT_INPUT = ROOT.parent / "shared" / "corpus" / "dpg2019" / "articles.jsonl"
LAYERS = ("entities", "quotes", "timexes", "events")


def analyser_class(name: str):
    if name in {"full", "before"}:
        from kroniek.nlp.frog import FrogAnalyser

        # `before`: the analyser as it was when issue 11 was filed (Frog's morphology and
        # chunker on, Frog's default threads; the same output): the reference of the speed-up.
        return FrogAnalyser if name == "full" else functools.partial(
            FrogAnalyser, lean=False, threads=None)
    from kroniek.nlp.selective import SelectiveFrogAnalyser

    return SelectiveFrogAnalyser


def sample(path: Path, limit: int, folder: Path) -> tuple[Path, int, int]:
    """The first `limit` lines of the corpus as a JSON Lines file; (file, articles, words)."""
    target = folder / "sample.jsonl"
    count = words = 0
    with open(path, encoding="utf-8") as source, open(target, "w", encoding="utf-8") as out:
        for line in source:
            if count >= limit:
                break
            out.write(line)
            words += len(json.loads(line).get("text", "").split())
            count += 1
    return target, count, words


def run_config(config: str, corpus: Path, folder: Path) -> tuple[dict, dict]:
    from kroniek.pipeline import Pipeline
    from kroniek.runner import WORKER_FROG_THREADS, ingest
    from kroniek.store.db import Store

    name, workers = config.split(":")
    cls = analyser_class(name)
    started = time.perf_counter()
    analyser = cls() if int(workers) == 1 else _VersionOnly(cls)
    load = time.perf_counter() - started if int(workers) == 1 else 0.0
    store = Store(folder / f"{name}-{workers}.db")
    begun = time.perf_counter()
    # Workers build their Frog as `kroniek ingest --workers` does: one thread each.
    factory = functools.partial(cls, threads=WORKER_FROG_THREADS)
    summary = ingest([str(corpus)], store, analyser, Pipeline(), report=lambda line: None,
                     workers=int(workers), factory=factory)  # fmt: skip
    wall = time.perf_counter() - begun
    records = {r["source"]: {k: r[k] for k in LAYERS} for r in store.records()}
    store.close()
    figures = {
        "config": config, "articles": summary.new, "failed": summary.failed, "wall_s": wall,
        "load_s": load, "parser_s": summary.seconds["parser"],
        "analyse_s": summary.seconds["analyse"], "layers_s": summary.seconds["layers"],
        "write_s": summary.seconds["write"], "peak_rss_mb": sorted(summary.peak_mb.values()),
    }  # fmt: skip
    counters = getattr(analyser, "sentences", None)
    if counters:
        figures["sentences"] = analyser.sentences
        figures["parsed"] = analyser.parsed
        figures["unmerged"] = analyser.unmerged
    return figures, records


class _VersionOnly:
    """The writer's view of an analyser that only runs in the workers: its version."""

    def __init__(self, cls) -> None:
        if getattr(cls, "func", cls).__name__ == "FrogAnalyser":
            from kroniek.nlp.frog import frog_version

            self.version = frog_version(parser=True)
        else:
            from kroniek.nlp.selective import selective_version

            self.version = selective_version()
        self.name = "frog"


def table(rows: list[dict], words: int, same: list[str]) -> str:
    head = f"{'config':<13}{'art/s':>7}{'x first':>8}{'words/s':>9}{'wall s':>8}{'load s':>7}"
    head += f"{'parser s':>9}"
    head += f"{'rest of Frog s':>15}{'layers s':>9}{'write s':>8}  {'peak RSS MB per process':<24}"
    head += " same layers"
    lines = [head]
    first = rows[0]["articles"] / (rows[0]["wall_s"] or 1e-9)
    for row, identical in zip(rows, same, strict=True):
        wall = row["wall_s"] or 1e-9
        rss = ", ".join(f"{mb:.0f}" for mb in row["peak_rss_mb"])
        parser = f"{row['parser_s']:.1f}" if row["parser_s"] else "(in Frog)"
        lines.append(
            f"{row['config']:<13}{row['articles'] / wall:>7.2f}"
            f"{row['articles'] / wall / (first or 1e-9):>8.2f}{words / wall:>9.0f}{wall:>8.1f}"
            f"{row['load_s']:>7.1f}{parser:>9}{row['analyse_s']:>15.1f}{row['layers_s']:>9.1f}"
            f"{row['write_s']:>8.1f}  {rss:<24} {identical}"
        )
    for row in rows:
        if row.get("sentences"):
            share = 100 * row["parsed"] / row["sentences"]
            lines.append(f"{row['config']}: parsed {row['parsed']} of {row['sentences']} "
                         f"sentences ({share:.1f} %), not merged {row['unmerged']}")  # fmt: skip
    lines.append("analyse/parser/layers seconds are summed over workers (CPU-side time); "
                 "wall is the elapsed time; load average: " + " ".join(
                     f"{x:.1f}" for x in os.getloadavg()))  # fmt: skip
    return "\n".join(lines)


def throughput(args: argparse.Namespace) -> int:
    """Each configuration in a fresh child process, so no Frog of one run lingers in the
    next one's memory or peak RSS."""
    configs = args.configs.split(",")
    with tempfile.TemporaryDirectory(prefix="kroniek-bench-") as workdir:
        folder = Path(workdir)
        corpus, count, words = sample(args.input, args.limit, folder)
        rows, outputs = [], []
        for config in configs:
            subprocess.run([sys.executable, __file__, "--one", config, str(corpus), workdir],
                           check=True)  # fmt: skip
            result = json.loads((folder / f"{config.replace(':', '-')}.json").read_text())
            rows.append(result["figures"])
            outputs.append(result["records"])
            print(f"{config}: {rows[-1]['articles']} articles in {rows[-1]['wall_s']:.1f} s",
                  file=sys.stderr, flush=True)  # fmt: skip
    same = [_same(outputs[0], out) for out in outputs]
    if args.json:
        print(json.dumps({"articles": count, "words": words, "rows": rows, "same": same},
                         indent=2))  # fmt: skip
    else:
        print(f"{count} articles, {words} words ({args.input.name}); fresh store per config")
        print(table(rows, words, same))
    return 0


def one(config: str, corpus: str, workdir: str) -> int:
    figures, records = run_config(config, Path(corpus), Path(workdir))
    target = Path(workdir) / f"{config.replace(':', '-')}.json"
    target.write_text(json.dumps({"figures": figures, "records": records}))
    return 0


def _same(reference: dict, other: dict) -> str:
    equal = sum(1 for key, layers in other.items() if reference.get(key) == layers)
    return f"{equal}/{len(other)}"


# --- streaming check ------------------------------------------------------------------


def write_big(path: Path, corpus: Path, gigabytes: float) -> int:
    data = corpus.read_bytes()
    target = int(gigabytes * 1_000_000_000)
    written = 0
    with open(path, "wb") as out:
        while written < target:
            out.write(data)
            written += len(data)
    return written


def stream_child(path: str) -> int:
    """Read a file with kroniek's reader, counting; print RSS samples as JSON."""
    from kroniek.ingest import read_paths
    from kroniek.model import Article

    samples, count, errors = [], 0, 0
    started = time.perf_counter()
    for item in read_paths([path]):
        if isinstance(item, Article):
            count += 1
        else:
            errors += 1
        if (count + errors) % 20000 == 0:
            samples.append(_rss_mb())
    print(json.dumps({"articles": count, "errors": errors, "seconds": time.perf_counter() - started,
                      "rss_samples_mb": samples,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    return 0


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def stream(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="kroniek-stream-") as workdir:
        path = Path(workdir) / "big.jsonl"
        size = write_big(path, args.input, args.stream_gb)
        child = subprocess.run([sys.executable, __file__, "--stream-child", str(path)],
                               capture_output=True, text=True, check=True)  # fmt: skip
    figures = json.loads(child.stdout)
    samples = figures["rss_samples_mb"]
    print(f"streamed {size / 1e9:.2f} GB of JSON Lines: {figures['articles']} articles, "
          f"{figures['errors']} errors, {figures['seconds']:.0f} s")
    print(f"reader process RSS every 20,000 articles (MB): first {samples[:1]}, "
          f"min {min(samples, default=0):.0f}, max {max(samples, default=0):.0f}; "
          f"peak RSS {figures['peak_rss_mb']:.0f} MB")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--configs", default="before:1,full:1,full:2,selective:1,selective:2",
                        help="comma-separated analyser:workers (analyser: before, full or "
                        "selective); `x first` is each rate over the first one's")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--stream-gb", type=float, help="stream a file of this many GB instead")
    parser.add_argument("--stream-child", help=argparse.SUPPRESS)
    parser.add_argument("--one", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        return one(*args.one)
    if args.stream_child:
        return stream_child(args.stream_child)
    if args.stream_gb:
        return stream(args)
    return throughput(args)


if __name__ == "__main__":
    raise SystemExit(main())
