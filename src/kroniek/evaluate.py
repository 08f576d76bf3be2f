"""Score system records against gold records, by the matching rules of the records spec.

Pure functions over lists of record dicts (`../shared/spec/records.md`, "Matching rules used
for evaluation"); reading the files is the caller's job. Where the spec leaves a choice open,
the choice made here is written down next to the code that makes it:

* Articles pair by gold `url`, else by the file name (last path part) of `source`, else by
  `id`; when a gold key finds no system article the next key is tried. A system article is
  paired at most once; system articles without gold are not scored (`articles.system`).
  Gold articles without a partner count every gold item as a miss.
* `published` is right when the strings are equal as written and, when both records give
  `published_precision`, the precisions are equal; accuracy is over all gold articles.
* Precision with nothing predicted is 0.0 when there was something to find (recall likewise).
  A layer with nothing to find and nothing predicted has no score: P, R and F1 are None
  ("n/a"), never 1.0, so a score of nothing cannot read as a perfect score. An accuracy over
  zero items is None.
* Actors are the same when both have a `wikidata` id and the ids are equal; when either id
  is missing, when their canonical names fold to the same key (see `fold_name`), or when the
  system's canonical name folds to one of the gold actor's `aliases` (the spec's alias rule:
  `Openbaar Ministerie` for `Netherlands Public Prosecution Service`). Two different QIDs are
  two actors, whatever their names. A gold actor may be `{"any_of": [...]}` and then matches
  when any alternative matches. Two nulls are the same (a quote speaker or event recipient
  left null on both sides).
* Timexes whose only value is a vague reference (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`:
  `nu`, `straks`, `destijds`) are left out on both sides before pairing (spec).
* Set layers (entities, events, country-level events) are deduplicated per article and then
  paired one-to-one by maximum bipartite matching, so the order of `any_of` alternatives and
  type lists cannot change a score.
* Event dates and event statuses are accuracies over the strict matched pairs whose gold
  event gives one (a list gives acceptable alternatives; gold duplicates pool theirs); the
  system side is the first dated occurrence of its triple.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
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
        return _canonical(first) == _canonical(second)
    return _same_single_actor(first, second)


def _is_choice(actor: Any) -> bool:
    return isinstance(actor, dict) and "any_of" in actor


def _countries(actor: Any) -> set[str | None] | None:
    """The countries an actor (or `any_of` choice) may have; None for a null actor."""
    if actor is None:
        return None
    return {option.get("country") for option in alternatives(actor) if option is not None}


def same_country(gold: Any, system: Any) -> bool:
    """Country-level actor match: the two sides share a possible `country`.

    A null actor (no recipient) matches only a null actor; two actors both without a country
    match, as the gold scored against itself must.
    """
    gold_countries, system_countries = _countries(gold), _countries(system)
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


def _canonical(value: Any) -> str:
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
        key = _canonical(parts)
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
    countries = _countries(actor)
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
        (same_country, lambda a, b: _countries(a) == _countries(b), _country_key),
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


def _event_scores(gold: Record, system: Record | None) -> tuple[
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
    return _event_scores(gold, system)[:3]


def score_event_statuses(gold: Record, system: Record | None) -> tuple[int, int]:
    """(statuses right, statuses scored) on the strict matched pairs, as dates are scored.

    A gold status may be a list of acceptable ones; duplicates of a gold triple pool theirs.
    The system status is that of the occurrence the date comes from (the first dated one).
    """
    return _event_scores(gold, system)[3]


# --- the report --------------------------------------------------------------------------------

PRF_LAYERS = ("entities", "quotes", "quote_spans", "timexes", "events", "events_country")


def _add(total: Counter, counts: tuple[int, int, int]) -> None:
    tp, fp, fn = counts
    total.update({"tp": tp, "fp": fp, "fn": fn})


def evaluate_records(gold: list[Record], system: list[Record]) -> dict[str, Any]:
    """Score `system` records against `gold` records (see the module docstring for the rules)."""
    pairs = pair_articles(gold, system)
    totals = {layer: Counter() for layer in PRF_LAYERS}
    extra = Counter()
    for gold_record, system_record in pairs:
        extra["published"] += published_right(gold_record, system_record)
        _add(totals["entities"], score_entities(gold_record, system_record))
        _add(totals["quotes"], score_quotes(gold_record, system_record))
        _add(totals["quote_spans"], score_quotes(gold_record, system_record, any_speaker=True))
        tp, fp, fn, values_right = score_timexes(gold_record, system_record)
        _add(totals["timexes"], (tp, fp, fn))
        extra["values_right"] += values_right
        strict, country, dates, statuses = _event_scores(gold_record, system_record)
        _add(totals["events"], strict)
        _add(totals["events_country"], country)
        extra["dates_right"] += dates[0]
        extra["dates_n"] += dates[1]
        extra["statuses_right"] += statuses[0]
        extra["statuses_n"] += statuses[1]
    report: dict[str, Any] = {
        "articles": {
            "gold": len(gold),
            "matched": sum(s is not None for _, s in pairs),
            "system": len(system),
        },
        "published": accuracy(extra["published"], len(gold)),
    }
    for layer in PRF_LAYERS:
        report[layer] = prf(totals[layer]["tp"], totals[layer]["fp"], totals[layer]["fn"])
    values = accuracy(extra["values_right"], totals["timexes"]["tp"])
    report["timexes"].update(value_accuracy=values["accuracy"], value_n=values["n"])
    report["event_dates"] = accuracy(extra["dates_right"], extra["dates_n"])
    report["event_statuses"] = accuracy(extra["statuses_right"], extra["statuses_n"])
    return report


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_report(report: dict[str, Any]) -> str:
    """A plain-text table: one row per layer with P, R, F1 and counts, then the accuracies."""
    articles = report["articles"]
    lines = [
        f"articles: {articles['matched']} of {articles['gold']} gold paired"
        + (f" ({articles['system']} system)" if "system" in articles else ""),
        "",
        f"{'layer':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}",
    ]
    for layer in PRF_LAYERS:
        row = report[layer]
        lines.append(
            f"{layer:<16}{_number(row['p']):>7}{_number(row['r']):>7}{_number(row['f1']):>7}"
            f"{row['tp']:>6}{row['fp']:>6}{row['fn']:>6}"
        )
    lines.append("")
    accuracies = (
        ("published", report["published"]["accuracy"], report["published"]["n"]),
        ("timex values", report["timexes"]["value_accuracy"], report["timexes"]["value_n"]),
        ("event dates", report["event_dates"]["accuracy"], report["event_dates"]["n"]),
    )
    if "event_statuses" in report:  # reports written before status was scored lack it
        statuses = report["event_statuses"]
        accuracies += (("event status", statuses["accuracy"], statuses["n"]),)
    for name, value, n in accuracies:
        lines.append(f"{name + ' accuracy':<24}{_number(value):>7}  (n={n})")
    return "\n".join(lines)
