"""Matching primitives of the evaluation: folding of names and texts, actor and country
sameness, acceptable gold values, counting (P/R/F1, maximum matching) and article pairing.
The rules are written down in the package docstring (`kroniek.evaluate`)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any

Record = dict[str, Any]
Matcher = Callable[[Any, Any], bool]

QUOTE_THRESHOLD = 0.5
_WORD = re.compile(r"\w+")
# Transliterations of Slavic names differ in a final -yy / -iy (Zelenskyy, Zelenskiy): the spec
# counts them as one name with Zelensky, so a word-final "yy" or "iy" folds to "y".
_FINAL_Y = re.compile(r"(?:yy|iy)$")


# --- folding -----------------------------------------------------------------------------------


def fold_text(text: str | None) -> str:
    """Surface text folded for case and whitespace (entities)."""
    return " ".join((text or "").casefold().split())


def fold_name(name: str | None) -> str:
    """Canonical-name key: case, accents and punctuation folded, word-final yy/iy -> y.

    Words are the runs of letters and digits left after removing accents; they are joined
    without spaces, so `J.D. Vance`, `JD Vance` and `J. D. Vance` fold alike.
    """
    decomposed = unicodedata.normalize("NFKD", name or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return "".join(_FINAL_Y.sub("y", word) for word in _WORD.findall(plain))


def words(text: str | None) -> list[str]:
    """Word tokens (runs of letters/digits) folded for case; punctuation is not a token."""
    return _WORD.findall((text or "").casefold())


# --- actors ------------------------------------------------------------------------------------


def alternatives(value: Any) -> list[Any]:
    """The acceptable values of a gold field: `any_of` actors and lists unfold, else itself."""
    if isinstance(value, dict) and "any_of" in value:
        return list(value["any_of"])
    if isinstance(value, list):
        return list(value)
    return [value]


def _same_single_actor(gold: Record | None, system: Record | None) -> bool:
    if gold is None or system is None:
        return gold is None and system is None
    gold_qid, system_qid = gold.get("wikidata"), system.get("wikidata")
    if gold_qid and system_qid:
        return gold_qid == system_qid
    system_name = fold_name(system.get("name"))
    if not system_name:
        return False
    names = [gold.get("name"), *(gold.get("aliases") or [])]
    return any(fold_name(name) == system_name for name in names)


def same_actor(gold: Any, system: Any) -> bool:
    """Spec rule for actors; either side may be an `any_of` choice (then any pair may match).

    The system side accepts `any_of` too so that a gold file scored against itself scores 1.0.
    """
    return any(_same_single_actor(g, s) for g in alternatives(gold) for s in alternatives(system))


def identical_actor(first: Any, second: Any) -> bool:
    """Deduplication within one side: `any_of` choices only when written identically."""
    if _is_choice(first) or _is_choice(second):
        return canonical_json(first) == canonical_json(second)
    return _same_single_actor(first, second)


def _is_choice(actor: Any) -> bool:
    return isinstance(actor, dict) and "any_of" in actor


def actor_countries(actor: Any) -> set[str | None] | None:
    """The countries an actor (or `any_of` choice) may have; None for a null actor."""
    if actor is None:
        return None
    return {option.get("country") for option in alternatives(actor) if option is not None}


def same_country(gold: Any, system: Any) -> bool:
    """Country-level actor match: the two sides share a possible `country`.

    A null actor (no recipient) matches only a null actor; two actors both without a country
    match, as the gold scored against itself must.
    """
    gold_countries, system_countries = actor_countries(gold), actor_countries(system)
    if gold_countries is None or system_countries is None:
        return gold_countries is None and system_countries is None
    return bool(gold_countries & system_countries)


def accepts(gold: Any, system: Any) -> bool:
    """A gold scalar or list of acceptable scalars (type, timex value, date) accepts `system`.

    A list on the system side (a gold file scored as a system) is accepted when any of its
    values is acceptable.
    """
    acceptable = alternatives(gold)
    return any(value in acceptable for value in alternatives(system))


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


# --- counting ----------------------------------------------------------------------------------


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision, recall and F1; all None when there was nothing to find and nothing found."""
    if tp + fp + fn == 0:
        return {"p": None, "r": None, "f1": None, "tp": 0, "fp": 0, "fn": 0}
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def accuracy(correct: int, n: int) -> dict[str, Any]:
    return {"accuracy": correct / n if n else None, "n": n}


def max_matching(
    gold: Sequence[Any], system: Sequence[Any], ok: Matcher, prefer: Matcher | None = None
) -> list[tuple[int, int]]:
    """Maximum one-to-one pairing (Kuhn's augmenting paths); returns (gold, system) index pairs.

    Edges that `prefer` accepts are tried first, so that when two pairings are equally large
    the preferred one (CONSULT in the order written) is usually the one kept.
    """
    edges = [[j for j, s in enumerate(system) if ok(g, s)] for g in gold]
    if prefer is not None:
        edges = [
            sorted(js, key=lambda j, g=g: not prefer(g, system[j]))
            for g, js in zip(gold, edges, strict=True)
        ]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def distinct(items: Iterable[Any], same: Matcher) -> list[Any]:
    """Keep the first of each group of items that `same` says are equal."""
    kept: list[Any] = []
    for item in items:
        if not any(same(k, item) for k in kept):
            kept.append(item)
    return kept


# --- articles ----------------------------------------------------------------------------------


def _source_name(record: Record) -> str | None:
    source = (record.get("source") or "").strip().rstrip("/\\")
    return re.split(r"[/\\]", source)[-1] or None


def _key_functions() -> list[Callable[[Record], str | None]]:
    return [lambda r: (r.get("url") or "").strip() or None, _source_name, lambda r: r.get("id")]


def pair_articles(gold: list[Record], system: list[Record]) -> list[tuple[Record, Record | None]]:
    """Each gold article with its system article (or None): url, else source name, else id."""
    keys = _key_functions()
    indexes = [{} for _ in keys]
    for position, record in enumerate(system):
        for index, key in zip(indexes, keys, strict=True):
            value = key(record)
            if value is not None:
                index.setdefault(value, []).append(position)
    used: set[int] = set()
    pairs: list[tuple[Record, Record | None]] = []
    for record in gold:
        partner = None
        for index, key in zip(indexes, keys, strict=True):
            value = key(record)
            free = [p for p in index.get(value, []) if p not in used] if value else []
            if free:
                partner = free[0]
                used.add(partner)
                break
        pairs.append((record, system[partner] if partner is not None else None))
    return pairs


def published_right(gold: Record, system: Record | None) -> bool:
    if system is None or gold.get("published") != system.get("published"):
        return False
    precisions = gold.get("published_precision"), system.get("published_precision")
    return None in precisions or precisions[0] == precisions[1]

