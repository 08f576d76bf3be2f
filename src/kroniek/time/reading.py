"""What a detected Dutch time expression means, before it is anchored to a date."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    """The meaning of one expression; `kind` says which fields matter.

    kinds: `date` (year/month/day, any may be missing), `season`, `weekday`,
    `relday` (offset days from now), `relunit` (step whole weeks/months/years
    from now), `span` (amount units back or forward from now or from the last
    time expression), `anaphor` (the unit of the last time expression),
    `duration`, `set`, `clock`, `holiday`, `decade` (year = its first year),
    `century` (year = its first year), `anchored` (amount units before or after
    another event, `een week voor de verkiezingen`: `anchor` is the event noun's
    lemma, or `anchor_reading` a time expression: `twee dagen voor kerst`), `vague`
    (only `ref`: `nu`, `straks`).
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    part: str | None = None  # TIMEX3 part of day: MO, AF, EV, NI
    season: str | None = None  # SP, SU, FA, WI
    step: int = 0  # relday offset, relunit step, span direction, weekday step
    amount: float | None = None  # span/duration/set amount; None = vague (X)
    unit: str | None = None  # D, W, M, Y, H, MIN, S, DE, CE, WE
    holiday: str | None = None
    hour: int | None = None
    minute: int | None = None
    from_timex: bool = False  # counted from the last time expression, not from now
    week_step: int | None = None  # a weekday inside a week counted from now
    year_step: int | None = None  # a month/season/holiday in a year counted from now
    anchor: str | None = None  # event noun lemma an anchored expression counts from
    anchor_reading: Reading | None = None  # or the time expression it counts from
    ref: str | None = None  # PRESENT_REF/PAST_REF/FUTURE_REF, the value when unresolved
