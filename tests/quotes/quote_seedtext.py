"""Body text of the seed articles for the seeds test (headers and site furniture removed).

The ingest layer owns article reading; this is the minimum the quote tests need
to analyse the seeds without depending on it.
"""

from __future__ import annotations

import re
from pathlib import Path

HEADER = re.compile(r"^\s*date\s+\S+\s+(?:[A-ZÀ-Ý' ]+\s*\([A-Z]+\)\s*-\s*)?")
URL_OR_DATE = re.compile(r"^(https?://\S+|\d{4}-\d{2}-\d{2}T\S+)$")


def body(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").split("\n")
    if HEADER.match(lines[0]):
        lines[0] = HEADER.sub("", lines[0])
    else:
        while lines and (URL_OR_DATE.match(lines[0].strip()) or len(lines) > 1 and (
            URL_OR_DATE.match(lines[1].strip()) or not lines[0].strip())):
            lines.pop(0)
    while lines and not re.search(r"[.!?\"”']\s*$", lines[-1]):
        lines.pop()
    return "\n".join(lines).strip()
