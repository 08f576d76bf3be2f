"""The time layer: find Dutch time expressions and resolve them to TIMEX3 values.

Also the API the event layer dates its events with: `governing_timex` and
`event_date`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kroniek.model import Document, Timex
from kroniek.syntax import ancestors, clause_verb, is_verb, verb_chain
from kroniek.time.anaphora import resolve_from
from kroniek.time.anchored import resolve_anchored
from kroniek.time.detect import Detection, detect
from kroniek.time.normalise import Publication, normalise, timex_type
from kroniek.time.reading import Reading
from kroniek.time.tense import direction as clause_direction

CALENDAR_VALUE = re.compile(r"^\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?")
UNRESOLVED = "XXXX-XX-XX"
SCENE_VALUE = re.compile(r"^\d{4}-(?:W\d{2}|\d{2}-\d{2})")  # a week or a day
POINT_TYPES = ("DATE", "TIME")


def annotate(doc: Document) -> None:
    """Fill `doc.timexes` from the tokens, in text order.

    Expressions anchored on an event noun (`een week voor de verkiezingen`) are resolved
    after all others, since the date of that event may come later in the text.
    """
    publication = Publication.parse(doc.article.published)
    doc.timexes = []
    pending: list[tuple[int, Reading]] = []
    for sentence in doc.sentences:
        tokens = doc.sentence_tokens(sentence)
        for found in detect(tokens):
            indices = [t.i for t in tokens[found.start : found.end]]
            doc.timexes.append(_timex(doc, found, indices, publication))
            if found.reading.kind == "anchored" and found.reading.anchor:
                pending.append((len(doc.timexes) - 1, found.reading))
    for index, reading in pending:
        timex = doc.timexes[index]
        value = resolve_anchored(doc, reading, timex, None)
        anchor = "timex" if value != UNRESOLVED else "published"
        doc.timexes[index] = replace(timex, value=value, anchor=anchor)


def _timex(doc: Document, found: Detection, indices: list[int], pub: Publication) -> Timex:
    reading = found.reading
    start, end = doc.tokens[indices[0]].start, doc.tokens[indices[-1]].end
    value, anchor = None, "published"
    if reading.kind == "anchored":
        value, anchor = UNRESOLVED, "published"
        if reading.anchor_reading is not None:
            point, _ = normalise(reading.anchor_reading, pub, direction(doc, indices))
            value = resolve_anchored(doc, reading, None, point)
            anchor = "timex" if value != UNRESOLVED else "published"
    elif reading.from_timex:
        previous = _previous_point(doc)
        if previous:
            value, anchor = resolve_from(reading, previous), "timex"
        elif reading.kind == "anaphor":
            value = reading.ref or "XXXX"
    if value is None:
        value, anchor = normalise(reading, pub, direction(doc, indices))
    return Timex(
        text=doc.text[start:end], start=start, end=end, type=timex_type(reading),
        value=value, anchor=anchor, modifier=found.modifier,
    )  # fmt: skip


def _previous_point(doc: Document) -> str | None:
    for timex in reversed(doc.timexes):
        if timex.type in POINT_TYPES and CALENDAR_VALUE.match(timex.value):
            return timex.value
    return None


def head_of(doc: Document, indices: list[int]) -> int:
    """The token of a span whose head lies outside it."""
    inside = set(indices)
    return next((i for i in indices if doc.tokens[i].head not in inside), indices[-1])


def direction(doc: Document, indices: list[int]) -> str:
    """`past`, `future`, `present` (a modifier of a present-tense verb) or `none`."""
    return clause_direction(doc, head_of(doc, indices))


def timex_tokens(doc: Document, timex: Timex) -> list[int]:
    return [t.i for t in doc.tokens if t.start >= timex.start and t.end <= timex.end]


def governing_timex(doc: Document, token_indices: list[int]) -> Timex | None:
    """The date or time expression that governs a clause (given its tokens or its verb).

    It is one whose head hangs from the clause's verb chain (`heeft vrijdag
    gesproken`), not one inside a subordinate clause with a verb of its own.
    Durations and sets do not date a clause. Nearest to the verb wins, but an expression
    with a calendar value wins over a vague or unresolved one (`nu`, `XXXX-XX-XX`).
    """
    if not token_indices:
        return None
    inside = set(token_indices)
    verbs = [i for i in token_indices if is_verb(doc.tokens[i])]
    top = next((v for v in verbs if not set(ancestors(doc, verb_chain(doc, v)[0])) & inside), None)
    chain = set(verb_chain(doc, top)) if top is not None else set()
    sentence = doc.tokens[token_indices[0]].sent
    best: tuple[tuple[bool, int], Timex] | None = None
    for timex in doc.timexes:
        tokens = timex_tokens(doc, timex)
        if timex.type not in POINT_TYPES or not tokens or doc.tokens[tokens[0]].sent != sentence:
            continue
        verb = clause_verb(doc, head_of(doc, tokens))
        if (verb in chain) if chain else set(tokens) <= inside:
            distance = min(abs(i - (top if top is not None else i)) for i in tokens)
            key = (not CALENDAR_VALUE.match(timex.value), distance)
            if best is None or key < best[0]:
                best = (key, timex)
    return best[1] if best else None


def published_date(doc: Document) -> str | None:
    """The publication date cut to its own precision (a day for second precision)."""
    published = doc.article.published
    if not published:
        return None
    precision = doc.article.published_precision or "day"
    return published[: {"year": 4, "month": 7}.get(precision, 10)]


def event_date(doc: Document, timex: Timex | None) -> str:
    """The date an event gets: its timex's calendar value, else the publication date.

    A timex dates an event when it is a DATE or TIME with a calendar value
    (`2025-11-21`, `2025-W07`, `2025-03`, `2014`); part-of-day and clock
    suffixes are cut (`2025-12-15TEV` -> `2025-12-15`). Otherwise the event gets
    the publication date at its own precision (a day for second precision).
    """
    if timex is not None and timex.type in POINT_TYPES:
        match = CALENDAR_VALUE.match(timex.value)
        if match:
            return match.group(0)
    return published_date(doc) or "XXXX-XX-XX"


def context_timex(doc: Document, token_indices: list[int]) -> Timex | None:
    """The time in focus for a clause: its governing timex, else the last dated expression
    before it in the same paragraph or the one before.

    News narrates a scene after dating it once: `Eerder deze week baarde Hegseth opzien.
    Hij zei dat ...` dates the saying in that week. Only calendar values as fine as a week
    carry over (a year or a decade is background, not the scene), and only from the same
    or the previous paragraph (`Dat standpunt kwam in Brussel hard aan.` goes on).
    """
    own = governing_timex(doc, token_indices)
    if (own is not None and CALENDAR_VALUE.match(own.value)) or not token_indices:
        return own  # a vague one (`nu`) does not date the scene
    return scene_timex(doc, min(token_indices)) or own


def scene_timex(doc: Document, token_i: int) -> Timex | None:
    """The last day- or week-level date before token `token_i` in its paragraph or the one
    before: the scene a clause without a date of its own is narrated in."""
    first = doc.tokens[token_i]
    paragraph = doc.sentences[first.sent].paragraph
    for timex in reversed(doc.timexes):
        tokens = timex_tokens(doc, timex)
        if not tokens or tokens[0] >= first.i:
            continue
        if doc.sentences[doc.tokens[tokens[0]].sent].paragraph < paragraph - 1:
            break
        if timex.type in POINT_TYPES and SCENE_VALUE.match(timex.value):
            return timex
    return None
