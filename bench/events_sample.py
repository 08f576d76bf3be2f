"""Events per 1,000 words in a kroniek store, and a random sample to check by hand.

    .venv/bin/python bench/events_sample.py --db /tmp/dpg.db [--sample 25] [--seed 6]

Reads the store's JSONL export (the spec's records), counts the words of every stored
article and the events kroniek found, and prints a Markdown table of a seeded random
sample of events (type, actor -> recipient, status, evidence) with empty verdict columns,
to be filled in by a reader who checks each event against its article. Build the store
first, e.g. `kroniek --db /tmp/dpg.db ingest lines.jsonl` on part of the DPG corpus.
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

ROOT = Path(__file__).resolve().parents[1]


def records(db: str) -> list[dict[str, Any]]:
    """The store's records through the CLI's own JSONL export."""
    kroniek = Path(sys.executable).parent / "kroniek"
    out = subprocess.run([str(kroniek), "--db", db, "export", "--format", "jsonl"],
                         check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _name(actor: dict[str, Any] | None) -> str:
    return actor["name"] if actor else "–"


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split()).replace("|", "/")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--sample", type=int, default=25)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()

    found = records(args.db)
    words = sum(len((r.get("text") or "").split()) for r in found)
    events = [(r, e) for r in found for e in r.get("events") or []]
    rate = 1000 * len(events) / words if words else 0.0
    print(f"articles: {len(found)}, words: {words}, events: {len(events)} "
          f"({rate:.2f} per 1,000 words)")
    by_type = Counter(e["type"] for _, e in events)
    print("by type: " + ", ".join(f"{t} {n}" for t, n in by_type.most_common()))
    by_status = Counter(e["status"] for _, e in events)
    print("by status: " + ", ".join(f"{s} {n}" for s, n in by_status.most_common()))

    chosen = random.Random(args.seed).sample(events, min(args.sample, len(events)))
    print()
    print("| # | article | type | actor → recipient | status | evidence | verdict | why |")
    print("|---|---|---|---|---|---|---|---|")
    for n, (record, event) in enumerate(chosen, 1):
        dyad = f"{_name(event['actor'])} → {_name(event.get('recipient'))}"
        print(f"| {n} | {record.get('id', '')[:12]} | {event['type']} | {dyad} | "
              f"{event['status']} | {_short(event.get('text') or '')} | | |")


if __name__ == "__main__":
    main()
