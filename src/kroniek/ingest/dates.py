"""Publication dates to ISO 8601, never more precise than the input.

Returns (value, precision) with precision `year`, `month`, `day` or `second`
(records.md). A time given to the minute is written with `:00` seconds, the
closest the spec's precisions allow. Offsets are written `+01:00`; a time with
no zone stays without one; `Z` stays UTC (`+00:00`).

Written dates in Dutch or English (`12 maart 2025`, `wo 12 mrt 2025 14:35`,
`March 12, 2025`, `maart 2025`) are read with the month and weekday names of
data/dates.yaml; a weekday, if given, is not checked against the date. A value
that is no date, or an impossible one (`2025-13-45`, `2025-02-30`), gives None;
the caller warns about it (base.build_article).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from functools import cache

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_DATETIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?"
)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
# Unix timestamps between 1990 and 2100, in seconds.
_EPOCH_RANGE = (631152000, 4102444800)


def normalise_date(value: str | int | float) -> tuple[str, str] | None:
    """(ISO 8601 value, precision) for a date as an input writes it, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    text = str(value).strip()
    if not text:
        return None
    for parse in (_partial, _datetime, _compact, _rfc822, _written):
        result = parse(text)
        if result:
            return result
    if re.fullmatch(r"\d{9,10}(\.\d+)?", text):
        return _from_epoch(float(text))
    return None


def _partial(text: str) -> tuple[str, str] | None:
    match = _PARTIAL.fullmatch(text)
    if not match:
        return None
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    if day:
        return text, "day"
    return (text, "month") if month else (text, "year")


def _datetime(text: str) -> tuple[str, str] | None:
    match = _DATETIME.fullmatch(text)
    if not match:
        return None
    day, hour, minute, second, zone = match.groups()
    stamp = f"{day}T{hour}:{minute}:{second or '00'}"
    try:
        datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return stamp + _zone(zone), "second"


def _zone(zone: str | None) -> str:
    if not zone:
        return ""
    if zone == "Z":
        return "+00:00"
    digits = zone[1:].replace(":", "")
    return f"{zone[0]}{digits[:2]}:{digits[2:4] or '00'}"


def _compact(text: str) -> tuple[str, str] | None:
    match = _COMPACT.fullmatch(text)
    if not match:
        return None
    return _partial("-".join(match.groups()))


def _rfc822(text: str) -> tuple[str, str] | None:
    """RSS dates: `Fri, 14 Feb 2025 22:00:45 +0100`."""
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    return parsed.isoformat(timespec="seconds"), "second"


def _from_epoch(seconds: float) -> tuple[str, str] | None:
    if not _EPOCH_RANGE[0] <= seconds <= _EPOCH_RANGE[1]:
        return None
    moment = datetime.fromtimestamp(seconds, tz=UTC)
    return moment.isoformat(timespec="seconds"), "second"


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _names() -> tuple[dict[str, int], re.Pattern[str]]:
    from kroniek.ingest.base import load_data

    data = load_data("dates.yaml")
    months = {name: int(number) for number, names in data["months"].items() for name in names}
    month, weekday = _alternatives(months), _alternatives(data["weekdays"])
    between, hour = _alternatives(data["time_words"]), _alternatives(data["hour_words"])
    pattern = re.compile(
        rf"(?:(?:{weekday})\.?,?\s+)?"
        rf"(?:(?P<d>\d{{1,2}})(?:e|st|nd|rd|th)?\.?\s+(?P<m>{month})\.?,?"
        rf"|(?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?"
        rf"|(?P<m3>{month})\.?)"
        rf"\s+(?P<y>\d{{4}})"
        rf"(?:,?\s+(?:(?:{between})\s+)?(?P<H>\d{{1,2}})[:.u](?P<M>\d{{2}})(?::(?P<S>\d{{2}}))?"
        rf"(?:\s*(?:{hour})\b)?(?:\s*(?P<z>Z|[+-]\d{{2}}:?\d{{2}}))?)?",
        re.IGNORECASE,
    )
    return months, pattern


def _written(text: str) -> tuple[str, str] | None:
    """`12 maart 2025`, `wo 12 mrt 2025 14:35`, `March 12, 2025`, `maart 2025`."""
    months, pattern = _names()
    match = pattern.fullmatch(" ".join(text.split()))
    if not match:
        return None
    month = months[(match["m"] or match["m2"] or match["m3"]).lower()]
    day = match["d"] or match["d2"]
    year = int(match["y"])
    if day is None:
        return _partial(f"{year:04d}-{month:02d}")
    try:
        if match["H"] is None:
            return date(year, month, int(day)).isoformat(), "day"
        moment = datetime(year, month, int(day), int(match["H"]), int(match["M"]),
                          int(match["S"] or 0))  # fmt: skip
    except ValueError:
        return None
    return moment.isoformat(timespec="seconds") + _zone(match["z"]), "second"
