"""The spec's quote matching rule (records.md, "Matching rules used for evaluation").

Quotes match when the speaker actors are the same (equal `wikidata`, else equal
canonical names folded for case, accents and punctuation; a gold `any_of` lists
acceptable actors) and the token overlap of `text` is at least 50%, measured
against the longer of the two texts.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

WORD = re.compile(r"\w+")


def fold(name: str) -> str:
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    name = re.sub(r"[^\w]", "", name.lower())
    return name.replace("yy", "y")


def same_actor(gold: dict[str, Any] | None, found: dict[str, Any] | None) -> bool:
    if gold is None or found is None:
        return False
    if "any_of" in gold:
        return any(same_actor(g, found) for g in gold["any_of"])
    if gold.get("wikidata") and found.get("wikidata"):
        return gold["wikidata"] == found["wikidata"]
    return fold(gold["name"]) == fold(found["name"])


def overlap(a: str, b: str) -> float:
    ta, tb = Counter(WORD.findall(a.lower())), Counter(WORD.findall(b.lower()))
    longest = max(sum(ta.values()), sum(tb.values()))
    return sum((ta & tb).values()) / longest if longest else 0.0


def match(gold: list[dict], found: list[dict]) -> tuple[int, list[dict], list[dict]]:
    """Greedy one-to-one matching; returns (matches, unmatched gold, unmatched found)."""
    left = list(found)
    missed: list[dict] = []
    hits = 0
    for g in gold:
        best = max(
            (f for f in left if same_actor(g.get("speaker"), f.get("speaker"))),
            key=lambda f: overlap(g["text"], f["text"]), default=None,
        )
        if best is not None and overlap(g["text"], best["text"]) >= 0.5:
            hits += 1
            left.remove(best)
        else:
            missed.append(g)
    return hits, missed, left


def prf(hits: int, n_gold: int, n_found: int) -> tuple[float, float, float]:
    p = hits / n_found if n_found else 0.0
    r = hits / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
