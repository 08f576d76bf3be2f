"""Quotation marks in the token layer, paired into quoted spans.

Works on Frog's tokens, so an apostrophe inside a word (`Zelensky's`, `'s`)
is never a quotation mark: only punctuation tokens count. A mark is an opener
when it touches the token after it and not the one before it, a closer in the
opposite case. Double-quote styles (`"…"`, `“…”`, `„…”`) are paired first;
single-quote styles (`'…'`, `‘…’`) only outside them, so a quote inside a quote
stays part of the outer one. A quote left open at the end of its paragraph ends
there (journalists open each paragraph of a long quote and close only the last).
"""

from __future__ import annotations

from dataclasses import dataclass

from kroniek.model import Document, Token

DOUBLE = frozenset({'"', "“", "”", "„", "«", "»", "''", "``", ",,"})
SINGLE = frozenset({"'", "‘", "’", "‚"})
OPEN_ONLY = frozenset({"“", "„", "‘", "‚", "«", "``", ",,"})
CLOSE_ONLY = frozenset({"”", "’", "»", "''"})


@dataclass(frozen=True)
class QuotedSpan:
    """Quoted material: `first`..`last` are its content tokens (marks excluded)."""

    open_i: int
    close_i: int | None  # None when the paragraph ends before a closing mark
    first: int
    last: int
    start: int  # char offset of the content
    end: int

    def covers(self, token_i: int) -> bool:
        return self.first <= token_i <= self.last


def _role(doc: Document, token: Token) -> str:
    """`open`, `close` or `either` for a quotation mark token."""
    if token.text in OPEN_ONLY:
        return "open"
    if token.text in CLOSE_ONLY and token.text != "’":
        return "close"
    tokens = doc.tokens
    prev_touch = token.i > 0 and tokens[token.i - 1].end == token.start
    next_touch = token.i + 1 < len(tokens) and tokens[token.i + 1].start == token.end
    if next_touch and not prev_touch:
        return "open"
    if prev_touch and not next_touch:
        return "close"
    return "close" if token.text == "’" else "either"


def _paragraphs(doc: Document) -> list[tuple[int, int]]:
    """Token ranges of the paragraphs."""
    ranges: list[tuple[int, int]] = []
    for sentence in doc.sentences:
        if ranges and doc.sentences[sentence.i - 1].paragraph == sentence.paragraph:
            ranges[-1] = (ranges[-1][0], sentence.token_end)
        else:
            ranges.append((sentence.token_start, sentence.token_end))
    return ranges


def _make(doc: Document, open_i: int, close_i: int | None, para_end: int) -> QuotedSpan | None:
    first = open_i + 1
    last = (close_i if close_i is not None else para_end) - 1
    while last >= first and close_i is None and doc.tokens[last].pos == "LET":
        if doc.tokens[last].text in ".!?":
            break
        last -= 1
    if last < first:
        return None
    return QuotedSpan(open_i, close_i, first, last, doc.tokens[first].start, doc.tokens[last].end)


def _pair(doc: Document, marks: list[int], para_end: int) -> list[QuotedSpan]:
    spans: list[QuotedSpan] = []
    open_i: int | None = None
    for i in marks:
        role = _role(doc, doc.tokens[i])
        if open_i is None:
            if role != "close":
                open_i = i
        elif role != "open":
            span = _make(doc, open_i, i, para_end)
            if span:
                spans.append(span)
            open_i = None
        else:
            open_i = i  # a second opener: the first was stray
    if open_i is not None:
        span = _make(doc, open_i, None, para_end)
        if span:
            spans.append(span)
    return spans


def quoted_spans(doc: Document) -> list[QuotedSpan]:
    """Top-level quoted spans of the document in text order."""
    result: list[QuotedSpan] = []
    for begin, end in _paragraphs(doc):
        doubles = [i for i in range(begin, end) if doc.tokens[i].text in DOUBLE]
        outer = _pair(doc, doubles, end)
        singles = [
            i for i in range(begin, end)
            if doc.tokens[i].text in SINGLE and doc.tokens[i].pos == "LET"
            and not any(s.open_i <= i <= (s.close_i or end) for s in outer)
        ]
        result.extend(outer + _pair(doc, singles, end))
    return sorted(result, key=lambda s: s.first)
