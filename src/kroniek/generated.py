"""Writing the data files a build script generates from public lists (actors/build_lists.py,
nlp/build_lists.py): one place for the folder, the files and the progress lines."""

from __future__ import annotations

import sys
from pathlib import Path


def write_generated(directory: Path, files: dict[str, str]) -> int:
    """Write each file name -> text into `directory` (made if missing); 0 as an exit code."""
    directory.mkdir(exist_ok=True)
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")
        print(f"wrote {directory / name}", file=sys.stderr)
    return 0
