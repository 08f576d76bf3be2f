"""Turn a `Reading` into a TIMEX3 value, anchored on the publication date.

Never more precise than the evidence: the reading is resolved for every day the
publication date allows (one day, or every day of a month- or year-dated
article) and cut to the publication's precision. When those days give more
than one value, the publication's own period is emitted if it is among them
(kroniek's documented choice: `gisteren` in an article dated `2025-03` is
`2025-03` even though 1 March would make it February); otherwise the value is
made coarser until the days agree, and `XXXX` when nothing is left.
"""

from __future__ import annotations

import calendar as stdcal
from dataclasses import dataclass
from datetime import date

from kroniek.time import calendar as cal
from kroniek.time.lexicon import lexicon
from kroniek.time.reading import Reading

GRANULARITY = ("century", "decade", "year", "season", "month", "week", "weekend", "day")
UNIT_GRANULARITY = {
    "D": "day", "H": "day", "MIN": "day", "S": "day",
    "W": "week", "WE": "weekend", "M": "month", "Y": "year", "DE": "year", "CE": "year",
}  # fmt: skip
SMALLER_UNIT = {"Y": ("M", 12), "D": ("H", 24), "H": ("MIN", 60), "W": ("D", 7)}
PRECISION_GRANULARITY = {"year": "year", "month": "month", "day": "day", "second": "day"}


@dataclass(frozen=True)
class Value:
    """A resolved point: a representative day, its granularity and a TIMEX3 suffix."""

    day: date
    granularity: str
    suffix: str = ""  # "TEV", "T18:45", a season code

    def format(self, limit: str) -> str:
        gran = min(self.granularity, limit, key=GRANULARITY.index)
        if gran in ("century", "decade"):
            return str(self.day.year // (100 if gran == "century" else 10))
        if gran == "year":
            return f"{self.day.year:04d}"
        if gran == "season":
            return f"{self.day.year:04d}-{self.suffix}"
        if gran == "month":
            return f"{self.day.year:04d}-{self.day.month:02d}"
        if gran in ("week", "weekend"):
            return cal.iso_week(self.day) + ("-WE" if gran == "weekend" else "")
        text = self.day.isoformat()
        return text + self.suffix if gran == self.granularity else text


@dataclass(frozen=True)
class Publication:
    """The article's date as far as it is known."""

    year: int | None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, published: str | None) -> Publication:
        parts = (published or "")[:10].split("-")
        numbers = [int(p) for p in parts if p.isdigit()]
        return cls(*numbers[:3]) if numbers else cls(None)

    @property
    def granularity(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def days(self) -> list[date]:
        if self.year is None:
            return []
        if self.day:
            return [date(self.year, self.month or 1, self.day)]
        return cal.days_of(self.year, self.month)

    def as_value(self) -> Value:
        return Value(date(self.year or 1, self.month or 1, self.day or 1), self.granularity)


def collapse(values: list[Value], publication: Publication, limit: str | None = None) -> str:
    """One value for all the days the publication date allows (see module doc).

    `limit` is the finest granularity the evidence supports: the publication's,
    unless the text itself names the day (`12 februari`).
    """
    if not values:
        return "XXXX-XX-XX"
    limit = limit or publication.granularity
    while True:
        texts = {v.format(limit) for v in values}
        if len(texts) == 1:
            return texts.pop()
        own = publication.as_value().format(limit)
        if own in texts:
            return own
        if limit == "year":
            return "XXXX"
        limit = "month" if limit == "day" else "year"


def integral(amount: float, unit: str) -> tuple[float, str]:
    """Whole units where a smaller unit allows it: `anderhalf jaar` is 18 months."""
    while amount != int(amount) and unit in SMALLER_UNIT:
        unit, factor = SMALLER_UNIT[unit]
        amount *= factor
    return amount, unit


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: P3Y, P18M, PT24H, PXD."""
    if amount is None:
        number = "X"
    else:
        amount, unit = integral(amount, unit)
        number = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    letter = {"MIN": "M"}.get(unit, unit)
    return f"PT{number}{letter}" if unit in ("H", "MIN", "S") else f"P{number}{letter}"


def choose_year(target: date, today: date, direction: str, compare: str = "day") -> date:
    """The occurrence of a yearless date nearest `today` in the tense's direction.

    `compare` is the granularity at which "before" and "after" are judged: a
    date in the publication's own month is both when only the month is known.
    """
    options = [
        date(year, target.month, target.day)
        for year in range(today.year - 4, today.year + 5)
        if target.month != 2 or target.day != 29 or stdcal.isleap(year)
    ]
    return pick(options, today, direction, compare)


# How far back a present-tense day may lie (about a quarter): see `pick`.
PRESENT_REACH_BACK_DAYS = 92


def pick(options: list[date], today: date, direction: str, compare: str = "day") -> date:
    """Of candidate dates, the one the tense points to (present counts as ahead)."""

    def key(day: date) -> tuple[int, ...]:
        keys = {"year": (day.year,), "month": (day.year, day.month)}
        return keys.get(compare, (day.toordinal(),))

    now = key(today)
    if direction == "present" and compare == "day":
        # The Dutch present also narrates (`Adinda Veltrop schrijft op 25 januari ...` in a
        # March paper, `Sinds 23 februari geldt ...`), as for a weekday (`_weekday_on`): a
        # day of the last months that is nearer than its next occurrence is that one, not
        # next year's. Further back the present is a plan (`De top vindt plaats op 2 juli`
        # in November). On 473 DPG articles the 11 values this moved lay 3 to 79 days back.
        recent = [o for o in options
                  if 0 < today.toordinal() - o.toordinal() <= PRESENT_REACH_BACK_DAYS]
        ahead = [o for o in options if o >= today]
        if recent and (not ahead or today.toordinal() - recent[-1].toordinal()
                       < ahead[0].toordinal() - today.toordinal()):
            return recent[-1]
    if direction == "past":
        return max((o for o in options if key(o) <= now), default=options[0])
    if direction in ("future", "present"):
        return min((o for o in options if key(o) >= now), default=options[-1])
    return min(options, key=lambda o: abs(o.toordinal() - today.toordinal()))


def safe_date(year: int, month: int, day: int) -> date:
    """A date, with 29 February moved to the 28th in common years."""
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


def _weekday_on(reading: Reading, today: date, direction: str) -> date:
    if reading.week_step is not None:  # "vorige week dinsdag": that week's Tuesday
        monday = cal.shift(today, 1 - today.isoweekday(), "D")
        return cal.shift(monday, 7 * reading.week_step + reading.weekday - 1, "D")
    back = (today.isoweekday() - reading.weekday) % 7
    ahead = (reading.weekday - today.isoweekday()) % 7
    if reading.step < 0:
        return cal.shift(today, -(back or 7), "D")
    if reading.step > 0:
        return cal.shift(today, ahead or 7, "D")
    if direction == "past":
        return cal.shift(today, -back, "D")
    if direction == "future":
        return cal.shift(today, ahead, "D")
    if direction == "present":
        # The Dutch present is non-past but also narrates (`Zondagochtend gaat de
        # smartphone van Hoekstra` in a Monday paper): the nearest day, ahead on a tie.
        return cal.shift(today, ahead if ahead <= back else -back, "D")
    return cal.shift(today, -back if back <= ahead else ahead, "D")


SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_on(reading: Reading, today: date, direction: str) -> Value:
    """A season's year: `deze zomer` this year's; `afgelopen zomer` the last one begun
    before today, `volgende zomer` the next one to begin; a bare season by the tense.
    A winter carries the year it begins in (December)."""
    start = SEASON_MONTHS[reading.season]
    if reading.year_step is not None:
        year = today.year + reading.year_step
        if reading.season == "WI" and reading.year_step == 0 and today.month < SEASON_MONTHS["SP"]:
            year -= 1  # "deze winter" in January: the winter begun last December
        return Value(date(year, start, 1), "season", reading.season)
    options = [date(today.year + k, start, 1) for k in (-2, -1, 0, 1)]
    began = [o for o in options if o <= today]
    if reading.step < 0:
        # the season now under way is not "afgelopen": take the one before it
        ended = [o for o in began if cal.add_months(o, 3) <= today]
        chosen = ended[-1]
    elif reading.step > 0:
        chosen = min(o for o in options if o > today)
    elif direction == "past":
        chosen = began[-1]
    elif direction in ("future", "present"):
        chosen = next(o for o in options if cal.add_months(o, 3) > today)
    else:
        chosen = date(today.year, start, 1)
    return Value(chosen, "season", reading.season)


def _with_clock(reading: Reading) -> str:
    """The TIMEX3 suffix of a weekday or day: a clock time wins over a part of day."""
    if reading.hour is not None:
        return f"T{reading.hour:02d}:{reading.minute or 0:02d}"
    return f"T{reading.part}" if reading.part else ""


def _partial_date(reading: Reading, today: date, direction: str, compare: str) -> Value:
    """A date whose missing year is taken from the publication date."""
    if reading.year_step is not None:  # "december vorig jaar"
        year = today.year + reading.year_step
        if reading.kind == "holiday":
            return Value(cal.holiday_date(lexicon()["holidays"][reading.holiday], year), "day")
        return Value(safe_date(year, reading.month, reading.day or 1),
                     "day" if reading.day else "month")  # fmt: skip
    if reading.kind == "holiday":
        rule = lexicon()["holidays"][reading.holiday]
        options = [cal.holiday_date(rule, today.year + k) for k in (-1, 0, 1)]
        return Value(pick(options, today, direction, compare), "day")
    target = date(2000, reading.month, reading.day or 1)  # a leap year: 29 February exists
    if reading.day is None and compare == "day":
        compare = "month"
    return Value(choose_year(target, today, direction, compare), "day" if reading.day else "month")


def resolve_on(reading: Reading, today: date, direction: str, compare: str = "day") -> Value | None:
    """The value of a reading on one concrete publication day; None if not a point."""
    kind = reading.kind
    part = f"T{reading.part}" if reading.part else ""
    if kind in ("date", "holiday"):
        return _partial_date(reading, today, direction, compare)
    if kind == "weekday":
        return Value(_weekday_on(reading, today, direction), "day", _with_clock(reading))
    if kind == "relday":
        return Value(cal.shift(today, reading.step, "D"), "day", part)
    if kind == "relunit":
        granularity = "century" if reading.unit == "CE" else UNIT_GRANULARITY[reading.unit]
        return Value(cal.shift(today, reading.step, reading.unit), granularity)
    if kind == "season":
        return _season_on(reading, today, direction)
    if kind == "clock":
        return Value(today, "day", f"T{reading.hour:02d}:{reading.minute:02d}")
    if kind == "span" and reading.amount is not None:
        amount, unit = integral(reading.amount, reading.unit)
        return Value(cal.shift(today, reading.step * int(amount), unit), UNIT_GRANULARITY[unit])
    return None


def decade_value(reading: Reading, publication: Publication) -> tuple[str, str]:
    """`jaren negentig`: the latest such decade begun by the publication year, or the one
    of the century the text names (`van de vorige eeuw`)."""
    if reading.year is not None:
        return str(reading.year // 10), "absolute"
    if publication.year is None or reading.amount is None:
        return "XXX", "published"
    century = publication.year // 100 + (reading.year_step or 0)
    first = century * 100 + int(reading.amount) * 10
    if reading.year_step is None and first > publication.year:
        first -= 100
    return str(first // 10), "published"


def year_part_value(reading: Reading, publication: Publication, direction: str) -> tuple[str, str]:
    """`het derde kwartaal` = YYYY-Q3: the year named, else the publication's year, moved
    back (past tense) or ahead (future) when that quarter lies on the other side."""
    number, letter = int(reading.amount or 1), reading.unit or "Q"
    if reading.year is not None:
        return f"{reading.year:04d}-{letter}{number}", "absolute"
    if publication.year is None:
        return f"XXXX-{letter}{number}", "published"
    year = publication.year + (reading.year_step or 0)
    if reading.year_step is None and publication.month:
        months = 3 if letter == "Q" else 6
        first, last = (number - 1) * months + 1, number * months
        if direction == "past" and first > publication.month:
            year -= 1
        elif direction in ("future", "present") and last < publication.month:
            year += 1
    return f"{year:04d}-{letter}{number}", "published"


def timex_type(reading: Reading) -> str:
    if reading.kind in ("duration", "set"):
        return "DURATION" if reading.kind == "duration" else "SET"
    timed = reading.kind == "clock" or reading.part or reading.hour is not None
    return "TIME" if timed else "DATE"


def absolute_value(reading: Reading) -> str | None:
    """The value of a date the text names in full (`14 februari 2025`, `2019`)."""
    if reading.kind == "season" and reading.year:
        return f"{reading.year:04d}-{reading.season}"
    if reading.kind == "date" and reading.year:
        parts = [f"{reading.year:04d}"]
        parts += [f"{n:02d}" for n in (reading.month, reading.day) if n]
        return "-".join(parts)
    if reading.kind == "holiday" and reading.year:
        return cal.holiday_date(lexicon()["holidays"][reading.holiday], reading.year).isoformat()
    return None


def normalise(reading: Reading, publication: Publication, direction: str) -> tuple[str, str]:
    """(value, anchor) of a reading that does not depend on another time expression.

    `direction` is the clause's tense: `past`, `future`, `present` or `none`.
    """
    if reading.kind in ("duration", "set"):
        return duration_value(reading.amount, reading.unit), "published"
    if reading.kind == "vague":
        return reading.ref or "PRESENT_REF", "published"
    if reading.kind == "century" and reading.year is not None:
        return str(reading.year // 100), "absolute"
    if reading.kind == "decade":
        return decade_value(reading, publication)
    if reading.kind == "quarter":
        return year_part_value(reading, publication, direction)
    if reading.kind == "anchored" or reading.from_timex:
        return "XXXX-XX-XX", "published"  # nothing in the text to count from
    absolute = absolute_value(reading)
    if absolute:
        return absolute, "absolute"
    if reading.kind == "span" and reading.amount is None:
        return ("PAST_REF" if reading.step < 0 else "FUTURE_REF"), "published"
    days, compare, limit = publication.days(), "day", None
    if reading.kind in ("date", "holiday") and days and publication.granularity != "day":
        # a yearless date is placed against the publication's month or year as a whole
        days, compare, limit = [days[0]], publication.granularity, "day"
    values = [resolve_on(reading, day, direction, compare) for day in days]
    if any(v is None for v in values):
        return "XXXX-XX-XX", "published"
    return collapse([v for v in values if v], publication, limit), "published"
