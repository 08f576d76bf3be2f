"""The spec's records (`../shared/spec/records.md`), one article per line with its layers."""

from __future__ import annotations

import json
from typing import TextIO

from kroniek.store.db import Store


def write_jsonl(store: Store, out: TextIO) -> int:
    """Write every stored article as one JSON line; returns the number written."""
    count = 0
    for record in store.records():
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
