"""Matchers for compound and less common Dutch time expressions (see detect.py).

Compounds stay whole: `vorige week dinsdag` is a day, `december vorig jaar` a
month, `de zomer van 2018` a season, `dinsdagavond om acht uur` a time, `de
jaren negentig` a decade. Also durations without a number (`jarenlang`, `al
generaties`, `de laatste jaren`), sets (`per jaar`) and expressions counted
from another event (`een week voor de verkiezingen`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kroniek.model import Token
from kroniek.time.lexicon import lexicon, number_value, ordinal_value
from kroniek.time.reading import Reading

YEAR = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")
DECADE_DIGITS = re.compile(r"^'?(\d)0$")  # "'90", "90"

Match = tuple[int, Reading] | None


def word(tokens: list[Token], i: int) -> str:
    return tokens[i].text.lower() if 0 <= i < len(tokens) else ""


def year_qualifier(tokens: list[Token], i: int) -> tuple[int, int | None, int | None] | None:
    """A year after a month, season or holiday: `2018`, `van 2018`, `vorig jaar`,
    `van dit jaar`. Returns (end, year, year_step) or None."""
    lex = lexicon()
    start = i + 1 if word(tokens, i) in lex["year_link_words"] else i
    if YEAR.match(word(tokens, start)):
        return start + 1, int(word(tokens, start)), None
    step = lex["relative_steps"].get(word(tokens, start))
    if step is not None and lex["relative_units"].get(word(tokens, start + 1)) == "Y":
        return start + 2, None, step
    return None


def with_year(tokens: list[Token], end: int, reading: Reading) -> Match:
    """A month, season or holiday reading extended by a year qualifier after it."""
    if reading.year is None and (found := year_qualifier(tokens, end)):
        end, year, step = found
        return end, replace(reading, year=year, year_step=step)
    return end, reading


def week_qualifier(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """`vorige week`, `deze week` after a weekday: (end, week step)."""
    lex = lexicon()
    step = lex["relative_steps"].get(word(tokens, i))
    if step is not None and lex["relative_units"].get(word(tokens, i + 1)) == "W":
        return i + 2, step
    return None


def clock_after(tokens: list[Token], i: int, part: str | None) -> tuple[int, int, int] | None:
    """`om acht uur`, `om 20.00 uur` after a day: (end, hour, minute)."""
    lex = lexicon()
    if word(tokens, i) not in lex["clock_prepositions"]:
        return None
    text, has_unit = word(tokens, i + 1), word(tokens, i + 2) == lex["clock_unit"]
    merged = text.split()
    if len(merged) == 2 and merged[1] == lex["clock_unit"]:  # Frog's one token "acht uur"
        text, has_unit = merged[0], True
        i -= 1  # the unit is inside the number's token
    clock = re.match(r"^([01]?\d|2[0-4])[.:]([0-5]\d)$", text)
    if clock:
        hour, minute = int(clock.group(1)), int(clock.group(2))
    else:
        value = number_value(text)
        if value is None or not has_unit or not 1 <= value <= 24 or value != int(value):
            return None
        hour, minute = int(value), 0
    if part in lex["afternoon_parts"] and hour < 12:
        hour += 12
    return i + 2 + has_unit, hour, minute


def extend_weekday(tokens: list[Token], end: int, reading: Reading) -> tuple[int, Reading]:
    """A weekday reading extended by `vorige week` and `om acht uur` after it."""
    if reading.week_step is None and (week := week_qualifier(tokens, end)):
        end, reading = week[0], replace(reading, week_step=week[1])
    if clock := clock_after(tokens, end, reading.part):
        end, reading = clock[0], replace(reading, hour=clock[1], minute=clock[2])
    return end, reading


def match_season(tokens: list[Token], i: int) -> Match:
    """`zomer`, `de zomer van 2018`, `het voorjaar van vorig jaar`, `winter 2019`."""
    season = lexicon()["seasons"].get(word(tokens, i))
    if not season or tokens[i].ner not in ("O", ""):
        return None
    return with_year(tokens, i + 1, Reading("season", season=season))


def match_decade(tokens: list[Token], i: int) -> Match:
    """`jaren negentig`, `jaren '90`, `negentiger jaren`; `van de vorige eeuw` sets 19xx."""
    lex = lexicon()
    tens_words = lex["decade_tens"]
    if word(tokens, i) == lex["decade_word"]:
        text = word(tokens, i + 1)
        digits = DECADE_DIGITS.match(text)
        tens = tens_words.get(text) if not digits else int(digits.group(1))
        end = i + 2
    elif word(tokens, i) in tens_words and word(tokens, i).endswith("er"):
        tens, end = tens_words[word(tokens, i)], i + 2
        if word(tokens, i + 1) != lex["decade_word"]:
            return None
    else:
        return None
    if tens is None:
        return None
    reading = Reading("decade", amount=tens)
    if word(tokens, end) in lex["year_link_words"] and word(tokens, end + 1) == "de":
        step = lex["relative_steps"].get(word(tokens, end + 2))
        ordinal = ordinal_value(word(tokens, end + 2))
        if word(tokens, end + 3) == lex["century_word"]:
            if ordinal:  # "van de twintigste eeuw"
                return end + 4, replace(reading, year=(ordinal - 1) * 100 + tens * 10)
            if step is not None:  # "van de vorige eeuw": year_step counts centuries
                return end + 4, replace(reading, year_step=step)
    return end, reading


def match_century(tokens: list[Token], i: int) -> Match:
    """`de twintigste eeuw`, `de 19de eeuw` (TIMEX3 `19`, `18`)."""
    ordinal = ordinal_value(word(tokens, i))
    if ordinal and 1 <= ordinal <= 22 and word(tokens, i + 1) == lexicon()["century_word"]:
        return i + 2, Reading("century", year=(ordinal - 1) * 100)
    return None


def match_vague_duration(tokens: list[Token], i: int) -> Match:
    """`jarenlang`, `dagenlang`; `al jaren`, `al generaties` (PXY, PXD)."""
    lex = lexicon()
    unit = lex["vague_duration_words"].get(word(tokens, i))
    if unit:
        return i + 1, Reading("duration", amount=None, unit=unit)
    post = lex["span_postpositions"].get(word(tokens, i + 1))
    if post and (unit := lex["vague_plural_units"].get(word(tokens, i))):
        # "jaren geleden", "weken later": a vague date before or after
        return i + 2, Reading("span", amount=None, unit=unit, step=post["direction"],
                              from_timex=post["anchor"] == "timex")  # fmt: skip
    if word(tokens, i) in lex["vague_duration_adverbs"]:
        unit = lex["vague_plural_units"].get(word(tokens, i + 1))
        if unit and word(tokens, i + 2) not in lex["span_postpositions"]:  # "al jaren geleden"
            return i + 2, Reading("duration", amount=None, unit=unit)
    return None


def match_duration_phrase(tokens: list[Token], i: int) -> Match:
    """`de laatste jaren` (PXY), `de eerste tien jaar` (P10Y), `in de twaalf jaar` (P12Y)."""
    lex = lexicon()
    start = i + 1 if word(tokens, i) in lex["duration_prepositions"] else i
    if word(tokens, start) != "de":
        return None
    at = start + 1
    determiner = word(tokens, at) in lex["duration_determiners"]
    if determiner:
        at += 1
    elif start == i:
        return None  # a bare "de twaalf jaar" is left to the quantity matcher
    value, after = _amount(tokens, at)
    plural = lex["vague_plural_units"].get(word(tokens, after))
    unit = lex["units"].get(word(tokens, after))
    if value is not None and unit:
        return after + 1, Reading("duration", amount=value, unit=unit)
    if value is None and after == at and determiner and plural:
        return after + 1, Reading("duration", amount=None, unit=plural)
    return None


def _amount(tokens: list[Token], i: int) -> tuple[float | None, int]:
    value = number_value(word(tokens, i))
    if value is not None and i < len(tokens) and tokens[i].pos in ("TW", "SPEC", "ADJ"):
        return value, i + 1
    return None, i


def match_set_per(tokens: list[Token], i: int) -> Match:
    """`per jaar`, `per week`: the set of one unit (P1Y)."""
    lex = lexicon()
    if word(tokens, i) not in lex["set_prepositions"]:
        return None
    unit = lex["units"].get(word(tokens, i + 1))
    if unit in ("D", "W", "M", "Y"):
        return i + 2, Reading("set", amount=1, unit=unit)
    return None


def match_vague_reference(tokens: list[Token], i: int) -> Match:
    """`nu`, `straks` (vague, not scored); `destijds`: the last time expression's period."""
    lex = lexicon()
    text = word(tokens, i)
    if text in lex["anaphoric_adverbs"]:
        return i + 1, Reading("anaphor", from_timex=True, ref=lex["anaphoric_adverbs"][text])
    if text in lex["vague_references"] and tokens[i].pos in ("BW", "ADJ"):
        return i + 1, Reading("vague", ref=lex["vague_references"][text])
    return None


def match_unit_span(tokens: list[Token], i: int) -> Match:
    """`het jaar daarvoor`, `de dag erna`: one unit from the last time expression."""
    lex = lexicon()
    if word(tokens, i) not in lex["unit_span_determiners"]:
        return None
    unit = lex["units"].get(word(tokens, i + 1))
    post = lex["span_postpositions"].get(word(tokens, i + 2))
    if unit in ("D", "W", "M", "Y") and post and post["anchor"] == "timex":
        return i + 3, Reading("span", amount=1, unit=unit, step=post["direction"], from_timex=True)
    return None


def match_year_part(tokens: list[Token], i: int) -> Match:
    """`het derde kwartaal van 2018`, `het eerste halfjaar`, `vorig kwartaal`."""
    lex = lexicon()
    start = i + 1 if word(tokens, i) == "het" else i
    ordinal = ordinal_value(word(tokens, start))
    part = lex["year_parts"].get(word(tokens, start + 1))
    if ordinal and part and ordinal <= (4 if part == "Q" else 2):
        return with_year(tokens, start + 2, Reading("quarter", amount=ordinal, unit=part))
    return None


def match_age(tokens: list[Token], i: int) -> Match:
    """`de 45-jarige Caputova`, `een twintigjarige man`: an age, a duration in years."""
    text = word(tokens, i)
    for suffix in lexicon()["age_suffixes"]:
        if text.endswith(suffix):
            value = number_value(text[: -len(suffix)].rstrip("-"))
            if value is not None and 0 < value <= 130:
                return i + 1, Reading("duration", amount=value, unit="Y")
    return None
