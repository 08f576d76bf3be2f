"""Per-article scores of each layer: entities, quotes, timexes and events (strict and
country level), by the rules written down in the package docstring (`kroniek.evaluate`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from kroniek.evaluate.matching import (
    QUOTE_THRESHOLD,
    Matcher,
    Record,
    accepts,
    actor_countries,
    alternatives,
    canonical_json,
    distinct,
    fold_text,
    identical_actor,
    max_matching,
    same_actor,
    same_country,
    words,
)

# --- entities ----------------------------------------------------------------------------------


def _linked(entities: Iterable[Record]) -> list[tuple[str, Any]]:
    return [(fold_text(e.get("text")), e["actor"]) for e in entities if e.get("actor")]


def score_entities(gold: Record, system: Record | None) -> tuple[int, int, int]:
    """Distinct (folded surface text, actor) pairs of linked names; returns (tp, fp, fn)."""
    gold_pairs = distinct(_linked(gold.get("entities") or []), lambda a, b: a == b)
    system_pairs = distinct(
        _linked((system or {}).get("entities") or []),
        lambda a, b: a[0] == b[0] and identical_actor(a[1], b[1]),
    )
    matched = max_matching(
        gold_pairs, system_pairs, lambda g, s: g[0] == s[0] and same_actor(g[1], s[1])
    )
    tp = len(matched)
    return tp, len(system_pairs) - tp, len(gold_pairs) - tp


# --- quotes ------------------------------------------------------------------------------------


def quote_overlap(gold_text: str | None, system_text: str | None) -> float:
    """Multiset word overlap |G ∩ S| / max(|G|, |S|) on case-folded word tokens.

    Dividing by the larger side means a match needs at least half of the gold words found AND
    at least half of the system's words to be gold words, so a quote that swallows the whole
    paragraph does not match the short quote inside it. Empty texts overlap 0.
    """
    gold_words, system_words = Counter(words(gold_text)), Counter(words(system_text))
    larger = max(sum(gold_words.values()), sum(system_words.values()))
    return sum((gold_words & system_words).values()) / larger if larger else 0.0


def score_quotes(gold: Record, system: Record | None, any_speaker: bool = False
                 ) -> tuple[int, int, int]:
    """Same speaker (null = null) and overlap >= 50%, paired greedily by best overlap.

    With `any_speaker` the speaker is not compared: the `quote_spans` line, which tells
    how many quotes are found at all apart from whom they are attributed to.
    """
    gold_quotes = gold.get("quotes") or []
    system_quotes = (system or {}).get("quotes") or []
    candidates = []
    for i, g in enumerate(gold_quotes):
        for j, s in enumerate(system_quotes):
            overlap = quote_overlap(g.get("text"), s.get("text"))
            if overlap >= QUOTE_THRESHOLD and (
                any_speaker or same_actor(g.get("speaker"), s.get("speaker"))
            ):
                candidates.append((-overlap, i, j))
    used_gold: set[int] = set()
    used_system: set[int] = set()
    for _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_system:
            used_gold.add(i)
            used_system.add(j)
    tp = len(used_gold)
    return tp, len(system_quotes) - tp, len(gold_quotes) - tp


# --- timexes -----------------------------------------------------------------------------------


def _has_offsets(timex: Record) -> bool:
    return isinstance(timex.get("start"), int) and isinstance(timex.get("end"), int)


def timex_same(gold: Record, system: Record) -> bool:
    if _has_offsets(gold) and _has_offsets(system):
        return (gold["start"], gold["end"]) == (system["start"], system["end"])
    return fold_text(gold.get("text")) == fold_text(system.get("text"))


def timex_overlap(gold: Record, system: Record) -> bool:
    """Offsets on both sides: the character spans overlap. Else: a shared folded word."""
    if _has_offsets(gold) and _has_offsets(system):
        return system["start"] < gold["end"] and gold["start"] < system["end"]
    return bool(set(words(gold.get("text"))) & set(words(system.get("text"))))


def pair_timexes(gold: list[Record], system: list[Record]) -> list[tuple[int, int]]:
    """One-to-one in text order: first identical spans/texts, then any overlap.

    Each gold timex, in order, takes the first free system timex that is identical; the rest
    then take the first free one that overlaps. Gold files without offsets list timexes in text
    order, so repeated words (`gisteren` twice) pair in order.
    """
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for test in (timex_same, timex_overlap):
        paired = {i for i, _ in pairs}
        for i, g in enumerate(gold):
            if i in paired:
                continue
            j = next((j for j, s in enumerate(system) if j not in used and test(g, s)), None)
            if j is not None:
                used.add(j)
                pairs.append((i, j))
    return sorted(pairs)


VAGUE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


def is_vague(timex: Record) -> bool:
    """A timex whose only value (or every acceptable value) is a vague reference."""
    values = alternatives(timex.get("value"))
    return bool(values) and all(value in VAGUE_VALUES for value in values)


def score_timexes(gold: Record, system: Record | None) -> tuple[int, int, int, int]:
    """Returns (tp, fp, fn, values right among the matched pairs); vague ones are left out."""
    gold_timexes = [t for t in gold.get("timexes") or [] if not is_vague(t)]
    system_timexes = [t for t in (system or {}).get("timexes") or [] if not is_vague(t)]
    pairs = pair_timexes(gold_timexes, system_timexes)
    right = sum(
        accepts(gold_timexes[i].get("value"), system_timexes[j].get("value")) for i, j in pairs
    )
    tp = len(pairs)
    return tp, len(system_timexes) - tp, len(gold_timexes) - tp, right


# --- events ------------------------------------------------------------------------------------


def distinct_gold_events(events: Iterable[Record], level: Callable[[Any], Any]) -> list[Record]:
    """Gold events distinct by (type, actor, recipient) as written at `level`.

    Duplicates (the same dyad in two sentences) merge; their dates pool into one list of
    acceptable dates, empty when none of them has a date, and their statuses likewise.
    """
    merged: dict[str, Record] = {}
    for event in events:
        parts = [event.get("type"), level(event.get("actor")), level(event.get("recipient"))]
        key = canonical_json(parts)
        entry = merged.setdefault(key, {**event, "dates": [], "statuses": []})
        if event.get("date") is not None:
            entry["dates"].extend(alternatives(event["date"]))
        if event.get("status") is not None:
            entry["statuses"].extend(alternatives(event["status"]))
    return list(merged.values())


def _event_matcher(same: Matcher, either_order: bool = True) -> Matcher:
    """Same type (gold may list several), same actor and recipient; CONSULT in either order."""

    def ok(gold: Record, system: Record) -> bool:
        if not accepts(gold.get("type"), system.get("type")):
            return False
        g_actor, g_recipient = gold.get("actor"), gold.get("recipient")
        s_actor, s_recipient = system.get("actor"), system.get("recipient")
        if same(g_actor, s_actor) and same(g_recipient, s_recipient):
            return True
        return (
            either_order
            and accepts(gold.get("type"), "CONSULT")
            and accepts(system.get("type"), "CONSULT")
            and (same(g_actor, s_recipient) and same(g_recipient, s_actor))
        )

    return ok


def _system_same(same: Matcher) -> Matcher:
    def ok(first: Record, second: Record) -> bool:
        return (
            first.get("type") == second.get("type")
            and same(first.get("actor"), second.get("actor"))
            and same(first.get("recipient"), second.get("recipient"))
        )

    return ok


def _country_key(actor: Any) -> list[str] | None:
    countries = actor_countries(actor)
    return None if countries is None else sorted(str(c) for c in countries)


def _strict_and_country(gold: Record, system: Record | None) -> list[tuple[list, list, list]]:
    """(gold set, system set, pairs) at the strict and at the country level.

    The system set keeps the first dated occurrence of a triple listed more than once.
    """
    gold_events = gold.get("events") or []
    system_events = (system or {}).get("events") or []
    results = []
    levels = (
        (same_actor, identical_actor, lambda a: a),
        (same_country, lambda a, b: actor_countries(a) == actor_countries(b), _country_key),
    )
    dated_first = sorted(system_events, key=lambda event: event.get("date") is None)
    for same, identical, level in levels:
        gold_set = distinct_gold_events(gold_events, level)
        system_set = distinct(dated_first, _system_same(identical))
        ok, in_order = _event_matcher(same), _event_matcher(same, either_order=False)
        pairs = max_matching(gold_set, system_set, ok, prefer=in_order)
        results.append((gold_set, system_set, pairs))
    return results


def _on_pairs(result: tuple[list, list, list], gold_field: str,
              system_field: str) -> tuple[int, int]:
    """(right, scored) for one field on the matched pairs whose gold event gives a value
    (event dates, event statuses): a gold list gives acceptable alternatives."""
    gold_set, system_set, pairs = result
    scored = [(gold_set[i][gold_field], system_set[j].get(system_field)) for i, j in pairs]
    scored = [(values, value) for values, value in scored if values]
    return sum(accepts(values, value) for values, value in scored), len(scored)


def event_scores(gold: Record, system: Record | None) -> tuple[
        tuple[int, int, int], tuple[int, int, int], tuple[int, int], tuple[int, int]]:
    """Strict and country-level (tp, fp, fn), dates and statuses (right, scored): the
    matching is made once for all four."""
    results = _strict_and_country(gold, system)
    strict, country = [
        (len(pairs), len(system_set) - len(pairs), len(gold_set) - len(pairs))
        for gold_set, system_set, pairs in results
    ]
    return (strict, country, _on_pairs(results[0], "dates", "date"),
            _on_pairs(results[0], "statuses", "status"))


def score_events(
    gold: Record, system: Record | None
) -> tuple[tuple[int, int, int], tuple[int, int, int], tuple[int, int]]:
    """Strict (tp, fp, fn), country-level (tp, fp, fn), and (dates right, dates scored).

    The date of a system triple listed more than once is that of its first dated occurrence.
    """
    return event_scores(gold, system)[:3]


def score_event_statuses(gold: Record, system: Record | None) -> tuple[int, int]:
    """(statuses right, statuses scored) on the strict matched pairs, as dates are scored.

    A gold status may be a list of acceptable ones; duplicates of a gold triple pool theirs.
    The system status is that of the occurrence the date comes from (the first dated one).
    """
    return event_scores(gold, system)[3]

