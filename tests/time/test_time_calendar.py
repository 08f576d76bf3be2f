"""Pure calendar and normalisation functions, no Frog."""

from __future__ import annotations

from datetime import date

import pytest

from kroniek.time.calendar import easter, holiday_date, nth_weekday
from kroniek.time.lexicon import lexicon, number_value
from kroniek.time.normalise import Publication, duration_value, normalise
from kroniek.time.reading import Reading


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2019, date(2019, 4, 21)), (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)),
     (2026, date(2026, 4, 5)), (2038, date(2038, 4, 25))],
)  # fmt: skip
def test_easter(year, expected):
    assert easter(year) == expected


@pytest.mark.parametrize(
    ("name", "year", "expected"),
    [("thanksgiving", 2025, date(2025, 11, 27)), ("thanksgiving", 2024, date(2024, 11, 28)),
     ("koningsdag", 2025, date(2025, 4, 26)), ("koningsdag", 2026, date(2026, 4, 27)),
     ("pinksteren", 2025, date(2025, 6, 8)), ("prinsjesdag", 2025, date(2025, 9, 16))],
)  # fmt: skip
def test_holiday_rules(name, year, expected):
    assert holiday_date(lexicon()["holidays"][name], year) == expected


def test_last_weekday_of_month():
    assert nth_weekday(2025, 5, 1, -1) == date(2025, 5, 26)  # Memorial Day


@pytest.mark.parametrize(
    ("word", "value"),
    [("drie", 3), ("twintig", 20), ("eenentwintig", 21), ("tweeëntwintig", 22),
     ("anderhalf", 1.5), ("40", 40), ("niets", None)],
)  # fmt: skip
def test_number_words(word, value):
    assert number_value(word) == value


@pytest.mark.parametrize(
    ("amount", "unit", "value"),
    [(3, "Y", "P3Y"), (40, "M", "P40M"), (1.5, "Y", "P18M"), (24, "H", "PT24H"),
     (1, "D", "P1D"), (None, "W", "PXW"), (1.5, "D", "PT36H"), (90, "MIN", "PT90M")],
)  # fmt: skip
def test_duration_values(amount, unit, value):
    assert duration_value(amount, unit) == value


@pytest.mark.parametrize(
    ("reading", "published", "direction", "value"),
    [
        (Reading("relday", step=-1), "2025-03", "past", "2025-03"),
        (Reading("relday", step=-1), "2025", "past", "2025"),
        (Reading("relday", step=-1), None, "past", "XXXX-XX-XX"),
        (Reading("span", amount=6, unit="W", step=-1), "2025-03", "past", "2025"),
        (Reading("weekday", weekday=1, part="EV"), "2025-12-16", "none", "2025-12-15TEV"),
        (Reading("weekday", weekday=1), "2025-12-16", "future", "2025-12-22"),
        (Reading("date", month=12, day=24), "2025-01-05", "past", "2024-12-24"),
        (Reading("date", month=1, day=6), "2024-12-20", "future", "2025-01-06"),
        (Reading("date", month=2, day=29), "2025-03-01", "past", "2024-02-29"),
        (Reading("holiday", holiday="kerstmis"), "2025-01-03", "past", "2024-12-25"),
    ],
)
def test_normalise_without_frog(reading, published, direction, value):
    assert normalise(reading, Publication.parse(published), direction)[0] == value
