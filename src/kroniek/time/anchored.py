"""Expressions counted from another event: `een week voor de verkiezingen`,
`twee dagen na de aanslag`, `daags voor de verkiezingen`, `twee dagen voor kerst`.

They are dates, not durations. The anchor is either a time expression (then the
value follows from it) or an event noun: the value is then resolved only when
the text dates that event elsewhere (`de Provinciale Statenverkiezingen van 20
maart`), else left unresolved (`XXXX-XX-XX`).

Decision: the measure phrase must belong to the preposition in Frog's parse (the
unit hangs from `voor`/`na`, or `voor`/`na` from the unit), so that `Hij stond
twee dagen voor de rechter` (the PP belongs to the verb) is not read as one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kroniek.model import Document, Timex, Token
from kroniek.syntax import is_verb
from kroniek.time.anaphora import coarser, parse_point, resolve_from
from kroniek.time.lexicon import lexicon
from kroniek.time.normalise import Value
from kroniek.time.reading import Reading

CALENDAR_VALUE = re.compile(r"^\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?")
Match = tuple[int, Reading] | None


def word(tokens: list[Token], i: int) -> str:
    return tokens[i].text.lower() if 0 <= i < len(tokens) else ""


def _preposition(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(direction, length) of an anchor preposition at i (`voor`, `na afloop van`)."""
    for phrase, direction in lexicon()["anchor_prepositions"].items():
        parts = phrase.split()
        if [word(tokens, i + k) for k in range(len(parts))] == parts:
            return direction, len(parts)
    return None


def _linked(first: Token, second: Token) -> bool:
    return first.head == second.i or second.head == first.i


Matcher = Callable[[list[Token], int], Match]


def match_anchored(tokens: list[Token], i: int, quantity: Matcher, any_match: Matcher) -> Match:
    """A measure (`een week`, `daags`) + `voor`/`na` + an event or a time expression."""
    measure = _measure(tokens, i, quantity)
    if measure is None:
        return None
    measure_end, amount, unit = measure
    prep = _preposition(tokens, measure_end)
    if prep is None or not _linked(tokens[measure_end - 1], tokens[measure_end]):
        return None
    direction, length = prep
    at = measure_end + length
    anchor_time = anchor_expression(tokens, at, any_match)
    if anchor_time:
        end, reading = anchor_time
        return end, Reading("anchored", amount=amount, unit=unit, step=direction,
                            anchor_reading=reading)  # fmt: skip
    noun = _anchor_noun(tokens, at)
    if noun is None:
        return None
    return noun + 1, Reading("anchored", amount=amount, unit=unit, step=direction,
                             anchor=tokens[noun].lemma.lower())  # fmt: skip


def _measure(
    tokens: list[Token], i: int, quantity: Matcher
) -> tuple[int, float | None, str] | None:
    """(end, amount or None when vague, unit) of `een week`, `enkele dagen`, `daags`,
    `de dag` (one unit)."""
    lex = lexicon()
    adverb = lex["anchor_adverbs"].get(word(tokens, i))
    if adverb:
        return i + 1, float(adverb["amount"]), adverb["unit"]
    unit = lex["units"].get(word(tokens, i + 1))
    if word(tokens, i) in lex["anchor_unit_determiners"] and unit in ("D", "W", "M", "Y"):
        if "mv" not in tokens[i + 1].features:
            return i + 2, 1.0, unit
    found = quantity(tokens, i)
    if found and found[1].kind == "duration":
        return found[0], found[1].amount, found[1].unit
    return None


def anchor_expression(tokens: list[Token], i: int, any_match: Matcher) -> Match:
    """A time expression right after the preposition (`twee dagen voor kerst`)."""
    kinds = ("date", "holiday", "weekday", "relday", "relunit", "season")
    for start in (i, i + 1) if word(tokens, i) == "de" else (i,):  # "voor de kerstdagen"
        found = any_match(tokens, start)
        if found and found[1].kind in kinds:
            return found
    return None


def _anchor_noun(tokens: list[Token], i: int) -> int | None:
    """The noun of `de verkiezingen`, `de aanslag in Utrecht`: the first noun after
    determiners and adjectives; None when there is none."""
    lex = lexicon()
    if word(tokens, i) not in lex["anchor_determiners"]:
        return None
    k = i + 1
    while k < len(tokens) and tokens[k].pos in ("ADJ", "TW"):
        k += 1
    if k < len(tokens) and tokens[k].pos == "N" and word(tokens, k) not in lex["units"]:
        return k
    return None


def resolve_anchored(
    doc: Document, reading: Reading, timex: Timex | None, point: str | None
) -> str:
    """The value of an anchored expression: counted from the anchor's value (`point`,
    already known for a time-expression anchor), or from a date the text gives the
    anchoring event; `XXXX-XX-XX` when the text gives none."""
    if point is None and reading.anchor and timex is not None:
        point = event_anchor_value(doc, reading.anchor, timex)
    parsed = parse_point(point) if point is not None else None
    if point is None or parsed is None:
        return "XXXX-XX-XX"
    if reading.amount is None:  # "enkele dagen voor de verkiezingen van 20 maart": March
        vague = "month" if reading.unit in ("H", "MIN", "S", "D", "W") else "year"
        return Value(parsed.day, coarser(parsed.granularity, vague)).format("day")
    span = Reading("span", amount=reading.amount, unit=reading.unit, step=reading.step)
    return resolve_from(span, point) or "XXXX-XX-XX"


def event_anchor_value(doc: Document, lemma: str, own: Timex) -> str | None:
    """The date the text gives another mention of the event noun `lemma` (or a compound
    ending in it: `Statenverkiezingen`), from a time expression that hangs from that
    mention (`de verkiezingen van 20 maart`)."""
    heads = _timex_heads(doc, own)
    roles = set(lexicon()["anchor_event_roles"])
    for token in doc.tokens:
        if own.start <= token.start < own.end or not token.lemma.lower().endswith(lemma):
            continue
        # "Op 15 maart vond de aanslag plaats": the event is the subject of a dated clause
        verb = token.head if token.deprel in roles and token.head >= 0 else None
        if verb is not None and not is_verb(doc.tokens[verb]):
            verb = None
        for head, value in heads:
            chain = _up(doc, head, 2)
            if token.i in chain or (verb is not None and verb in chain):
                return value
    return None


def _timex_heads(doc: Document, own: Timex) -> list[tuple[int, str]]:
    found = []
    for timex in doc.timexes:
        if timex is own or timex.type not in ("DATE", "TIME"):
            continue
        if not CALENDAR_VALUE.match(timex.value):
            continue
        tokens = [t.i for t in doc.tokens if t.start >= timex.start and t.end <= timex.end]
        inside = set(tokens)
        head = next((i for i in tokens if doc.tokens[i].head not in inside), None)
        if head is not None:
            found.append((head, timex.value))
    return found


def _up(doc: Document, token_i: int, steps: int) -> list[int]:
    chain, current = [], doc.tokens[token_i].head
    while current >= 0 and len(chain) < steps:
        chain.append(current)
        current = doc.tokens[current].head
    return chain
