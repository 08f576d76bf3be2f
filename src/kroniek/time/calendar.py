"""Pure calendar arithmetic: Easter, holidays as rules, week and period values."""

from __future__ import annotations

import calendar as stdcal
from datetime import date, timedelta
from typing import Any


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ISO weekday of a month (n = -1: the last one)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year, month, stdcal.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-n - 1))


def holiday_date(rule: dict[str, Any], year: int) -> date:
    """The date of a holiday rule from the lexicon in a given year."""
    kind = rule["kind"]
    if kind == "easter":
        return easter(year) + timedelta(days=rule["offset"])
    if kind == "nth_weekday":
        return nth_weekday(year, rule["month"], rule["weekday"], rule["n"])
    day = date(year, rule["month"], rule["day"])
    if rule.get("if_sunday") and day.isoweekday() == 7:
        day += timedelta(days=rule["if_sunday"])
    return day


def add_months(day: date, months: int) -> date:
    """Shift by whole months, clamping the day to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, stdcal.monthrange(year, month + 1)[1]))


def shift(day: date, amount: int, unit: str) -> date:
    """`day` moved by `amount` units (D, W, M, Y, DE, CE; hours count as days)."""
    if unit in ("D", "H", "MIN", "S"):
        return day + timedelta(days=amount if unit == "D" else 0)
    if unit in ("W", "WE"):
        return day + timedelta(weeks=amount)
    months = {"M": 1, "Y": 12, "DE": 120, "CE": 1200}[unit]
    return add_months(day, amount * months)


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def days_of(year: int, month: int | None = None) -> list[date]:
    """Every day of a month, or of a year when no month is given."""
    months = [month] if month else list(range(1, 13))
    return [
        date(year, m, d) for m in months for d in range(1, stdcal.monthrange(year, m)[1] + 1)
    ]
