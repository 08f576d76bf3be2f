"""Values counted from an earlier time expression: `In dat jaar`, `Enkele uren eerder`."""

from __future__ import annotations

import re
from datetime import date

from kroniek.time import calendar as cal
from kroniek.time.normalise import UNIT_GRANULARITY, Value, integral
from kroniek.time.reading import Reading

POINT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?")


def parse_point(value: str) -> Value | None:
    """A representative day and granularity of a calendar value (`2014`, `2025-W07`)."""
    match = POINT.match(value)
    if not match:
        return None
    year, month, day, week = match.groups()
    if week:
        return Value(date.fromisocalendar(int(year), int(week), 1), "week")
    if day:
        return Value(date(int(year), int(month), int(day)), "day")
    if month:
        return Value(date(int(year), int(month), 1), "month")
    return Value(date(int(year), 1, 1), "year")


def coarser(first: str, second: str) -> str:
    order = ("year", "month", "week", "day")
    return min(first, second, key=lambda g: order.index(g) if g in order else 0)


def resolve_from(reading: Reading, previous: str) -> str | None:
    """The value of an anaphoric reading given the last time expression's value."""
    point = parse_point(previous)
    if point is None:
        return None
    if reading.kind == "anaphor" and reading.unit is None:
        # "destijds", "die tijd": that period, no finer than its year (the words point at
        # a time around then, not at the day or month named)
        return Value(point.day, coarser(point.granularity, "year")).format("day")
    if reading.kind == "anaphor" and reading.part and point.granularity == "day":
        return f"{point.day.isoformat()}T{reading.part}"  # "die ochtend"
    if reading.kind == "anaphor":
        return Value(point.day, coarser(point.granularity, UNIT_GRANULARITY[reading.unit])).format(
            "day"
        )
    if reading.amount is None:
        if reading.unit in ("H", "MIN", "S"):
            return point.format("day")  # a few hours earlier: the same day
        return "PAST_REF" if reading.step < 0 else "FUTURE_REF"
    amount, unit = integral(reading.amount, reading.unit)
    day = cal.shift(point.day, reading.step * int(amount), unit)
    return Value(day, coarser(point.granularity, UNIT_GRANULARITY[unit])).format("day")
