"""Real Dutch sentences for tests, read by path from `../shared/corpus/` (never copied here).

The texts belong to their publishers (`../shared/README.md`), so a test names a sentence by a
fragment of it and gets the whole sentence from the corpus file at run time:

    text = sentence("dpg2019", "zet de Duitse ambassadeur")
    text = sentence("seeds", "Zelensky heeft vrijdag ook")

A fragment that is missing or ambiguous fails loudly, so a test cannot silently run on
nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPORA = {
    "dpg2019": SHARED / "corpus" / "dpg2019" / "articles.jsonl",
    "dpg-dev": SHARED / "corpus" / "dpg-dev" / "dpg-dev.jsonl",
}
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds.jsonl"
DPG = CORPORA["dpg2019"]
# A sentence ends at . ! ? (optionally followed by a closing quote) before white space and
# a capital, digit or opening quote; good enough to cut one sentence out of a paragraph.
_SENTENCE_END = re.compile(r"(?<=[.!?])['\"’”]*\s+(?=[A-ZÀ-Ý0-9'\"‘“,„(])")


@cache
def texts(corpus: str = "dpg2019") -> tuple[str, ...]:
    """The article texts of a corpus: a JSON Lines file by name, or the seed text files."""
    if corpus == "seeds":
        return tuple(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    return tuple(record.get("text") or "" for record in articles(corpus))


@cache
def articles(corpus: str = "dpg2019") -> tuple[dict, ...]:
    path = CORPORA.get(corpus, Path(corpus))
    with path.open(encoding="utf-8") as handle:
        return tuple(json.loads(line) for line in handle if line.strip())


def article_text(article_id: int | str, corpus: str = "dpg2019") -> str:
    """The body text of one article by its `id`."""
    for record in articles(corpus):
        if str(record.get("id")) == str(article_id):
            return record["text"]
    raise LookupError(f"no article {article_id} in {corpus}")


def _the_one(corpus: str, fragment: str, parts: Callable[[str], list[str]], what: str) -> str:
    found = {
        part.strip()
        for text in texts(corpus)
        if fragment in text
        for paragraph in text.split("\n")
        if fragment in paragraph
        for part in parts(paragraph)
        if fragment in part
    }
    if len(found) != 1:
        raise LookupError(f"{len(found)} {what} of {corpus} contain {fragment!r}")
    return found.pop()


def sentence(corpus: str, fragment: str) -> str:
    """The one sentence of `corpus` that contains `fragment`."""
    return _the_one(corpus, fragment, _SENTENCE_END.split, "sentences")


def paragraph(corpus: str, fragment: str) -> str:
    """The one paragraph of `corpus` that contains `fragment` (for multi-sentence quotes)."""
    return _the_one(corpus, fragment, lambda text: [text], "paragraphs")
