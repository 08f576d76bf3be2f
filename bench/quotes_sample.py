"""Quote counts per kind in a kroniek store, and a random sample to check by hand.

    .venv/bin/python bench/quotes_sample.py --db /tmp/dpg.db [--source dpg200] [--lines 200]
        [--sample 30] [--seed 13]

Reads the store's JSONL export (the spec's records; run `kroniek reanalyse` first so
the layers are the current code's), keeps the articles whose `source` starts with
`--source`, counts their quotes per kind and per frame (direct with a cue, free
direct quotes without one, indirect, mixed), and prints a Markdown table of a seeded
random sample (kind, cue, speaker phrase -> actor, text, sentence) with an empty
verdict column for a reader who checks each quote against its article.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def records(db: str) -> list[dict[str, Any]]:
    """The store's records through the CLI's own JSONL export."""
    kroniek = Path(sys.executable).parent / "kroniek"
    out = subprocess.run([str(kroniek), "--db", db, "export", "--format", "jsonl"],
                         check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _short(text: str | None, limit: int = 160) -> str:
    text = " ".join((text or "").split()).replace("|", "/")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def kind_of(quote: dict[str, Any]) -> str:
    """The count's row: `direct` split by whether a cue attributes it."""
    if quote["kind"] == "direct":
        return "direct (cue)" if quote.get("cue") else "direct (free)"
    return quote["kind"]


def _line(source: str) -> int:
    """The line number of a `file:line` source (a huge number when there is none)."""
    tail = source.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 1 << 62


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--source", default="", help="keep articles whose source starts so")
    parser.add_argument("--lines", type=int, default=0,
                        help="keep only articles from the first N lines of their JSON Lines "
                        "file (source `file:line`); 0 keeps all")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    chosen = [r for r in records(args.db) if (r.get("source") or "").startswith(args.source)
              and (not args.lines or _line(r.get("source") or "") <= args.lines)]
    quotes = [(r, q) for r in chosen for q in r["quotes"]]
    counts = Counter(kind_of(q) for _, q in quotes)
    resolved = sum(q["speaker"] is not None for _, q in quotes)
    print(f"{len(chosen)} articles, {len(quotes)} quotes, {resolved} with a speaker actor\n")
    print("| kind | n |\n|---|---|")
    for kind in ("direct (cue)", "direct (free)", "indirect", "mixed"):
        print(f"| {kind} | {counts[kind]} |")
    cues = Counter(q.get("cue") or "–" for _, q in quotes)
    print("\nmost frequent cues: " + ", ".join(f"{c} {n}" for c, n in cues.most_common(15)))
    sample = random.Random(args.seed).sample(quotes, min(args.sample, len(quotes)))
    print("\n| # | source | kind | cue | speaker -> actor | text | sentence | verdict |")
    print("|---|---|---|---|---|---|---|---|")
    for i, (record, q) in enumerate(sample, 1):
        actor = q["speaker"]["name"] if q["speaker"] else "–"
        print(f"| {i} | {record['source']} | {q['kind']} | {q.get('cue') or '–'} | "
              f"{_short(q.get('speaker_text'), 40)} -> {actor} | {_short(q['text'])} | "
              f"{_short(q.get('sentence'))} | |")


if __name__ == "__main__":
    main()
