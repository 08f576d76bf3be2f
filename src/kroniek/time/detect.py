"""Find Dutch time expressions in the tokens of one sentence.

Each matcher looks at the token at a position and returns how far the
expression runs and what it means (a `Reading`). Modifiers kept in the text
("bijna", "begin", "Eerder") and bounding prepositions left out of it ("vóór")
are handled around the matchers, so every matcher reads only its core.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass

from kroniek.model import Token
from kroniek.time import compounds
from kroniek.time.anchored import match_anchored
from kroniek.time.lexicon import lexicon, number_value
from kroniek.time.reading import Reading

ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
DMY_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
CLOCK = re.compile(r"^([01]?\d|2[0-4])[.:]([0-5]\d)$")
YEAR = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")


@dataclass(frozen=True)
class Detection:
    start: int  # index in the sentence's token list
    end: int  # one past the last token
    reading: Reading
    modifier: str | None = None
    near: bool = False  # after "vlak voor"/"kort na", kept in the text


Match = tuple[int, Reading] | None
Matcher = Callable[[list[Token], int], Match]


def word(tokens: list[Token], i: int) -> str:
    return tokens[i].text.lower() if 0 <= i < len(tokens) else ""


def _year_after(tokens: list[Token], i: int) -> int | None:
    match = YEAR.match(word(tokens, i))
    return int(match.group(1)) if match else None


def match_numeric_date(tokens: list[Token], i: int) -> Match:
    text = word(tokens, i)
    if iso := ISO_DATE.match(text):
        year, month, day = (int(g) for g in iso.groups())
    elif dmy := DMY_DATE.match(text):
        day, month, year = (int(g) for g in dmy.groups())
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return i + 1, Reading("date", year=year, month=month, day=day)


def match_day_month(tokens: list[Token], i: int) -> Match:
    """`27 november`, `14 februari 2025`, `3 okt`, and `maandag 3 maart`."""
    lex = lexicon()
    weekday = lex["weekdays"].get(word(tokens, i))
    start = i + 1 if weekday else i
    text = word(tokens, start)
    if not text.isdigit() or not 1 <= int(text) <= 31:
        return None
    month = lex["months"].get(word(tokens, start + 1).rstrip("."))
    if not month or int(text) > monthrange(2000, month)[1]:  # 2000: a leap year
        return None
    return compounds.with_year(tokens, start + 2, Reading("date", month=month, day=int(text)))


def match_month(tokens: list[Token], i: int) -> Match:
    """A full month name, optionally with its year: `maart`, `maart 2019`."""
    lex = lexicon()
    text = word(tokens, i)
    if text not in lex["months"] or text in lex["month_abbreviations"]:
        return None
    if tokens[i].ner not in ("O", "") and not tokens[i].ner.endswith("MISC"):
        return None  # part of a name
    return compounds.with_year(tokens, i + 1, Reading("date", month=lex["months"][text]))


def match_year(tokens: list[Token], i: int) -> Match:
    """`2019`, `het jaar 2014`; a year number is not one when it counts a noun."""
    lex = lexicon()
    start = i
    if word(tokens, i) in lex["year_words"] and _year_after(tokens, i + 1):
        i += 1
    year = _year_after(tokens, i)
    if not year or tokens[i].pos not in ("TW", "SPEC"):
        return None
    counts = i + 1 < len(tokens) and tokens[i + 1].pos == "N"
    if counts and word(tokens, i + 1) not in lex["units"]:
        if word(tokens, start - 1) not in lex["year_prepositions"]:
            return None  # "2000 huizen"; but "vanaf 2014 voorzitter" is a year
    if start > 0 and word(tokens, start - 1) in ("€", "$", "nummer", "artikel"):
        return None
    return i + 1, Reading("date", year=year)


def match_holiday(tokens: list[Token], i: int) -> Match:
    holidays = lexicon()["holidays"]
    for length in (2, 1):
        name = " ".join(word(tokens, j) for j in range(i, i + length))
        if name in holidays:
            return compounds.with_year(tokens, i + length, Reading("holiday", holiday=name))
    return None


def _split_weekday(text: str) -> tuple[int, str | None] | None:
    lex = lexicon()
    for name, number in lex["weekdays"].items():
        if text == name:
            return number, None
        if text.startswith(name) and text[len(name) :] in lex["day_parts"]:
            return number, lex["day_parts"][text[len(name) :]]
    return None


def match_weekday(tokens: list[Token], i: int) -> Match:
    """`vrijdag`, `maandagavond`, `afgelopen zondag`, `aanstaande vrijdag`."""
    step = lexicon()["relative_steps"].get(word(tokens, i))
    core = i + 1 if step is not None else i
    found = _split_weekday(word(tokens, core))
    if not found:
        return None
    weekday, part = found
    reading = Reading("weekday", weekday=weekday, part=part, step=step or 0)
    return compounds.extend_weekday(tokens, core + 1, reading)


def match_relative_day(tokens: list[Token], i: int) -> Match:
    entry = lexicon()["relative_days"].get(word(tokens, i))
    if not entry:
        return None
    if tokens[i].pos == "N" and word(tokens, i - 1) in ("de", "die", "deze", "elke"):
        return None  # "de morgen": the morning, not tomorrow
    return i + 1, Reading("relday", step=entry["offset"], part=entry.get("part"))


def match_relative_unit(tokens: list[Token], i: int) -> Match:
    """`deze week`, `vorig jaar`, `dit weekend`, `deze zomer`, `de afgelopen dagen`."""
    lex = lexicon()
    start = i + 1 if word(tokens, i) == "de" else i
    step = lex["relative_steps"].get(word(tokens, start))
    if step is None:
        return None
    noun = word(tokens, start + 1)
    unit = lex["relative_units"].get(noun)
    if unit == "W" and (day := _split_weekday(word(tokens, start + 2))):
        # "vorige week dinsdag": a day of that week
        reading = Reading("weekday", weekday=day[0], part=day[1], week_step=step)
        return compounds.extend_weekday(tokens, start + 3, reading)
    if unit:
        return start + 2, Reading("relunit", unit=unit, step=step)
    if noun in lex["seasons"]:
        # "deze zomer" is this year's summer; "afgelopen zomer" the last one that ended
        this_year = 0 if step == 0 else None
        return start + 2, Reading("season", season=lex["seasons"][noun], step=step,
                                  year_step=this_year)  # fmt: skip
    singular = "mv" not in tokens[start + 1].features if start + 1 < len(tokens) else False
    if noun in lex["units"] and step and lex["units"][noun] == "D" and start > i and singular:
        # "de volgende dag": the day after the last time expression
        return start + 2, Reading("span", amount=1, unit="D", step=step, from_timex=True)
    amount, after = _quantity(tokens, start + 1)
    unit = lex["units"].get(word(tokens, after))
    if step and unit and (amount is None or amount > 1 or after > start + 1):
        # "de afgelopen dagen", "de komende drie jaar": a duration up to or from now
        return after + 1, Reading("duration", amount=amount, unit=unit, step=step)
    return None


def _quantity(tokens: list[Token], i: int) -> tuple[float | None, int]:
    """A number or vague quantity at i: (amount or None, index after it)."""
    lex = lexicon()
    text = word(tokens, i)
    if text in lex["vague_quantities"]:
        return None, i + 1
    if text == "een" and word(tokens, i + 1) in lex["vague_quantities"]:
        return None, i + 2  # "een paar", "een aantal"
    if text == "een" and (half := number_value(word(tokens, i + 1))) == 0.5:
        return half, i + 2  # "een half jaar"
    value = number_value(text)
    if value is not None and tokens[i].pos in ("TW", "LID", "ADJ", "SPEC"):
        return value, i + 1
    return None, i


def match_quantity(tokens: list[Token], i: int) -> Match:
    """`drie jaar`, `24 uur`, `drie jaar geleden`, `over twee weken`, `elke week`."""
    lex = lexicon()
    forward = lex["span_prepositions"].get(word(tokens, i))
    every = word(tokens, i) in lex["set_quantifiers"]
    start = i + 1 if (forward or every) else i
    amount, after = _quantity(tokens, start)
    if after == start and not every:
        return None
    unit = lex["units"].get(word(tokens, after))
    if not unit:
        return None
    if every:
        return after + 1, Reading("set", amount=1 if after == start else amount, unit=unit)
    post = lex["span_postpositions"].get(word(tokens, after + 1))
    if post:
        return after + 2, Reading(
            "span", amount=amount, unit=unit, step=post["direction"],
            from_timex=post["anchor"] == "timex",
        )
    if forward:
        return after + 1, Reading("span", amount=amount, unit=unit, step=forward)
    return after + 1, Reading("duration", amount=amount, unit=unit)


def match_clock(tokens: list[Token], i: int) -> Match:
    """`om 22.00 uur`, `18.45 uur`, `om 9 uur`, `om acht uur`."""
    lex = lexicon()
    if word(tokens, i) in lex["clock_prepositions"]:
        found = compounds.clock_after(tokens, i, None)
        return (found[0], Reading("clock", hour=found[1], minute=found[2])) if found else None
    clock = CLOCK.match(word(tokens, i))
    if not clock or word(tokens, i + 1) != lex["clock_unit"]:
        return None  # a bare "18.45" is a number, not a time
    return i + 2, Reading("clock", hour=int(clock.group(1)), minute=int(clock.group(2)))


def match_anaphor(tokens: list[Token], i: int) -> Match:
    """`In dat jaar`, `die dag`, `diezelfde week`: the unit of the last time expression."""
    lex = lexicon()
    start = i + 1 if word(tokens, i) in lex["anaphoric_prepositions"] else i
    if word(tokens, start) not in lex["anaphoric_determiners"]:
        return None
    noun = word(tokens, start + 1)
    if part := lex["anaphoric_day_parts"].get(noun):  # "die ochtend": that day, that part
        return start + 2, Reading("anaphor", unit="D", part=part, from_timex=True)
    unit = lex["units"].get(noun)
    if unit not in ("D", "W", "M", "Y") and noun not in lex["anaphoric_nouns"]:
        return None
    return start + 2, Reading("anaphor", unit=unit, from_timex=True)


def match_set_adverb(tokens: list[Token], i: int) -> Match:
    lex = lexicon()
    value = lex["set_adverbs"].get(word(tokens, i))
    if not value or f"{word(tokens, i)} {word(tokens, i + 1)}" in lex["set_adjective_exceptions"]:
        return None
    return i + 1, Reading("set", amount=float(value[1:-1]), unit=value[-1])


def match_anchor(tokens: list[Token], i: int) -> Match:
    """`een week voor de verkiezingen`, `daags na kerst` (see anchored.py)."""
    return match_anchored(tokens, i, match_quantity, match_at)


MATCHERS: tuple[Matcher, ...] = (
    match_numeric_date, match_day_month, match_holiday, match_month, match_year,
    match_clock, match_weekday, match_relative_day, match_relative_unit,
    match_anaphor, match_quantity, match_set_adverb, match_anchor,
    compounds.match_season, compounds.match_decade, compounds.match_century,
    compounds.match_vague_duration, compounds.match_duration_phrase,
    compounds.match_set_per, compounds.match_vague_reference, compounds.match_unit_span,
    compounds.match_year_part, compounds.match_age,
)  # fmt: skip


def match_at(tokens: list[Token], i: int) -> Match:
    """The longest expression starting at token i."""
    best: Match = None
    for matcher in MATCHERS:
        found = matcher(tokens, i)
        if found and (best is None or found[0] > best[0]):
            best = found
    return best


def _with_modifier(tokens: list[Token], i: int) -> tuple[int, int, Reading, str | None] | None:
    """A core expression at i, or at i+1 after a modifier kept in the text."""
    lex = lexicon()
    found = match_at(tokens, i)
    if found:
        return i, found[0], found[1], None
    text = word(tokens, i)
    mods = {**lex["period_positions"], **lex["approximators"]}
    if text in mods or text in lex["in_unit_modifiers"]:
        found = match_at(tokens, i + 1)
        if found and found[1].kind not in ("weekday", "relday"):
            return i, found[0], found[1], mods.get(text)
    return None


NEAR_KINDS = ("date", "holiday", "weekday", "relday", "relunit", "season")


def _near_bound(tokens: list[Token], i: int) -> tuple[int, int, Reading, str] | None:
    """`vlak voor kerst vorig jaar`, `net voor de kerstdagen`: kept whole from the bound."""
    modifier = lexicon()["near_bounds"].get(f"{word(tokens, i)} {word(tokens, i + 1)}")
    if not modifier:
        return None
    core = i + 3 if word(tokens, i + 2) in ("de", "het") else i + 2
    hit = _with_modifier(tokens, core)
    if hit and hit[0] == core and hit[2].kind in NEAR_KINDS:
        return i, hit[1], hit[2], modifier
    return None


def detect(tokens: list[Token]) -> list[Detection]:
    """All time expressions in one sentence's tokens, left to right, not overlapping."""
    bounds = lexicon()["bounding_prepositions"]
    found: list[Detection] = []
    i = 0
    while i < len(tokens):
        if near := _near_bound(tokens, i):
            found.append(Detection(*near, near=True))
            i = near[1]
            continue
        hit = _with_modifier(tokens, i)
        if not hit:
            i += 1
            continue
        start, end, reading, modifier = hit
        if modifier is None and reading.kind in ("date", "holiday", "weekday", "relunit", "season"):
            before = start - 2 if word(tokens, start - 1) in ("de", "het") else start - 1
            modifier = bounds.get(word(tokens, before))  # "na de zomer"
        found.append(Detection(start, end, reading, modifier))
        i = end
    return found
