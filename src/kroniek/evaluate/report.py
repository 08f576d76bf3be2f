"""The whole report: every paired article's layer scores summed, and its text table."""

from __future__ import annotations

from collections import Counter
from typing import Any

from kroniek.evaluate.layers import (
    event_scores,
    score_entities,
    score_quotes,
    score_timexes,
)
from kroniek.evaluate.matching import Record, accuracy, pair_articles, prf, published_right

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
        strict, country, dates, statuses = event_scores(gold_record, system_record)
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
