"""A file cache of raw analyses keyed by text and analyser version.

The store keeps analyses keyed by content for ingested articles; this cache
serves everything else that analyses short texts repeatedly (the tests, the
benchmarks, `kroniek analyse`), so Frog runs once per distinct text per machine.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from platformdirs import user_cache_dir

from kroniek.nlp.base import Analyser, RawSentence


def cache_dir() -> Path:
    return Path(os.environ.get("KRONIEK_CACHE") or user_cache_dir("kroniek")) / "analyses"


class CachedAnalyser:
    """Wraps an analyser; reads and writes `<cache>/<version-hash>/<text-hash>.json`."""

    def __init__(self, analyser: Analyser, directory: Path | None = None) -> None:
        self.inner = analyser
        self.name = analyser.name
        self.version = analyser.version
        tag = hashlib.sha256(analyser.version.encode()).hexdigest()[:12]
        self.directory = (directory or cache_dir()) / tag

    def analyse(self, text: str) -> list[RawSentence]:
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()
        path = self.directory / key[:2] / f"{key}.json"
        if path.exists():
            try:
                return json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                pass
        result = self.inner.analyse(text)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            pass
        return result
