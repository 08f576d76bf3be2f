"""Quotation marks in the token layer, paired into quoted spans.

A text-level layer read by the actor layer (pronouns inside quoted speech), the quote
layer and selective parsing; it needs only tokens, so it lives with the NLP stage.

Dutch newspapers (AD, Volkskrant, Trouw, Parool, the regional titles) open a
quote with two commas and close it with two apostrophes or a straight double
quote: `,,Het blijft ieders eigen keuze''`. Frog splits both into two one-
character tokens (`,` `,` and `'` `'`), so marks are read as *units* of one or
two touching punctuation tokens, and the character offsets in the article text
decide what touches what. Units:

- double: `,,` (opener), `''` (closer), `"`, `“`, `”`, `„`, `«`, `»`, `` `` ``;
- single: `'`, `‘`, `’`, `‚` (only punctuation tokens, so an apostrophe inside a
  word, `Zelensky's`, `'s`, is never a mark).

A mark is an opener when it touches the token after it and not the one before
it, a closer in the opposite case; some shapes only open (`,,`, `„`, `“`, `‘`)
or only close (`''`, `”`). Double marks are paired first, single marks only
outside them, so a quote inside a quote stays part of the outer one. A closer of
the other style may end a span (`"Je kijkt ... partij', zegt X`): a typo the
reader does not notice.

Open quotes: a journalist opens every paragraph of a long quote and closes only
the last one. The corpora come without paragraph breaks, so a quote left open
(closed by no mark before the next opener) ends after its first sentence, or
later while the sentences after it still speak in the first or second person
(`ik`, `we`, `je`): third-person narration after it is the journalist's next
paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

from kroniek.model import Document, Token

DOUBLE = frozenset({'"', "“", "”", "„", "«", "»", "''", "``", ",,"})
SINGLE = frozenset({"'", "‘", "’", "‚"})
OPEN_ONLY = frozenset({"“", "„", "‘", "‚", "«", "``", ",,"})
CLOSE_ONLY = frozenset({"”", "’", "»", "''"})
OPEN_PUNCT = frozenset({"(", "[", "{"})
CLOSE_PUNCT = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "…"})
MAX_OPEN_SENTENCES = 8  # an open quote runs over at most this many sentences


@dataclass(frozen=True)
class QuotedSpan:
    """Quoted material: `first`..`last` are its content tokens (marks excluded)."""

    open_i: int  # first token of the opening mark
    close_i: int | None  # first token of the closing mark; None when never closed
    first: int
    last: int
    start: int  # char offset of the content
    end: int
    close_last: int | None = None  # last token of the closing mark (`''` is two tokens)

    def covers(self, token_i: int) -> bool:
        return self.first <= token_i <= self.last


@dataclass(frozen=True)
class Mark:
    first: int  # token indices, inclusive
    last: int
    shape: str  # the mark as written: `,,`, `''`, `"`, `'` …
    role: str  # open | close | either

    @property
    def double(self) -> bool:
        return self.shape in DOUBLE


def _touch(doc: Document, a: int, b: int) -> bool:
    """Tokens `a` and `b` (a < b) touch in the text (no space between them)."""
    tokens = doc.tokens
    return 0 <= a and b < len(tokens) and tokens[a].end == tokens[b].start


def _role(doc: Document, first: int, last: int, shape: str) -> str:
    if shape in OPEN_ONLY:
        return "open"
    if shape in CLOSE_ONLY and shape != "’":
        return "close"
    tokens = doc.tokens
    # touching an opening bracket before, or a comma or full stop after, says nothing:
    # `("Nee` opens, `partij',` and `uitslag",` close
    prev_touch = _touch(doc, first - 1, first) and tokens[first - 1].text not in OPEN_PUNCT
    next_touch = _touch(doc, last, last + 1) and tokens[last + 1].text not in CLOSE_PUNCT
    if next_touch and not prev_touch:
        return "open"
    if prev_touch and not next_touch:
        return "close"
    return "close" if shape == "’" else "either"


def _inside_word(doc: Document, i: int) -> bool:
    tokens = doc.tokens
    return (_touch(doc, i - 1, i) and _touch(doc, i, i + 1) and not _is_punct(tokens[i - 1])
            and not _is_punct(tokens[i + 1]))


def _is_punct(token: Token) -> bool:
    return token.pos == "LET"


def find_marks(doc: Document) -> list[Mark]:
    """Every quotation mark unit of the document, in text order."""
    tokens = doc.tokens
    marks: list[Mark] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not _is_punct(token):
            i += 1
            continue
        pair = i + 1 < len(tokens) and _is_punct(tokens[i + 1]) and _touch(doc, i, i + 1)
        if pair and token.text == "," and tokens[i + 1].text == ",":
            # `,,` opens only when a word follows it directly (`,,Het`), not `a,, b`
            if _touch(doc, i + 1, i + 2) and not _touch(doc, i - 1, i):
                marks.append(Mark(i, i + 1, ",,", "open"))
                i += 2
                continue
        if pair and token.text in {"'", "’"} and tokens[i + 1].text in {"'", "’"}:
            marks.append(Mark(i, i + 1, "''", _role(doc, i, i + 1, "''")))
            i += 2
            continue
        if token.text in SINGLE and _inside_word(doc, i):
            i += 1  # `VVD'ers`, `auto's` split by Frog: an apostrophe, not a mark
            continue
        if token.text in DOUBLE or token.text in SINGLE:
            marks.append(Mark(i, i, token.text, _role(doc, i, i, token.text)))
        i += 1
    return marks


def _speaks_in_person(doc: Document, first: int, last: int) -> bool:
    """A first- or second-person pronoun (`ik`, `we`, `je`, `ons`): the speaker's voice."""
    return any(t.pos == "VNW" and {"1", "2", "2v", "2b"} & set(t.features)
               for t in doc.tokens[first : last + 1])


def _open_end(doc: Document, opened: Mark, limit: int) -> int:
    """Where a quote left open ends: its first sentence, then the sentences after it
    (before token `limit`, the next opener) while they speak in the first or second
    person; narration in the third person (`Ook de oppositie was tegen de
    sporthijab.`) is the journalist again. Sentences are cut at full stops, as Frog
    sometimes glues two together."""
    segments: list[tuple[int, int]] = []
    begin = opened.last + 1
    stop = min(limit, len(doc.tokens))
    for k in range(begin, stop):
        if doc.tokens[k].text in {".", "!", "?"} or k == stop - 1:
            segments.append((begin, k))
            begin = k + 1
        if len(segments) > MAX_OPEN_SENTENCES:
            break
    if not segments:
        return stop - 1
    end = segments[0][1]
    for first, last in segments[1:]:
        if not _speaks_in_person(doc, first, last):
            break
        end = last
    return end


def _span(doc: Document, open_mark: Mark, close: Mark | None, last: int | None = None
          ) -> QuotedSpan | None:
    first = open_mark.last + 1
    if close is not None:
        last = close.first - 1
    elif last is None:
        last = doc.sentences[doc.tokens[open_mark.first].sent].token_end - 1
    while last >= first and close is None and _is_punct(doc.tokens[last]):
        if doc.tokens[last].text in ".!?":
            break
        last -= 1
    if last < first:
        return None
    tokens = doc.tokens
    return QuotedSpan(open_mark.first, close.first if close else None, first, last,
                      tokens[first].start, tokens[last].end,
                      close.last if close else None)


def _pair(doc: Document, marks: list[Mark], foreign_close: list[Mark]) -> list[QuotedSpan]:
    """Pair one style's marks; `foreign_close` are closers of the other style that may end
    an open span when nothing of its own style closes it within the sentence."""
    spans: list[QuotedSpan] = []
    opened: Mark | None = None

    def add(span: QuotedSpan | None) -> None:
        if span is not None:
            spans.append(span)

    for mark in marks:
        if opened is None:
            if mark.role != "close":
                opened = mark
            continue
        if mark.role != "open":
            add(_span(doc, opened, mark))
            opened = None
            continue
        # a second opener while one is open: the first quote ran to a paragraph end
        foreign = _foreign_close(doc, opened, foreign_close, mark.first)
        if foreign is not None:
            add(_span(doc, opened, foreign))
        else:
            add(_span(doc, opened, None, _open_end(doc, opened, mark.first)))
        opened = mark
    if opened is not None:
        add(_foreign_or_sentence(doc, opened, foreign_close))
    return spans


def _foreign_close(doc: Document, opened: Mark, foreign: list[Mark], before: int
                   ) -> Mark | None:
    """A closer of the other style in the opener's sentence, before token `before`."""
    end = min(before, doc.sentences[doc.tokens[opened.first].sent].token_end)
    return next((m for m in foreign if opened.last < m.first < end and m.role == "close"),
                None)


def _foreign_or_sentence(doc: Document, opened: Mark, foreign: list[Mark]) -> QuotedSpan | None:
    close = _foreign_close(doc, opened, foreign, len(doc.tokens))
    if close is not None:
        return _span(doc, opened, close)
    return _span(doc, opened, None, _open_end(doc, opened, len(doc.tokens)))


def quoted_spans(doc: Document) -> list[QuotedSpan]:
    """Top-level quoted spans of the document in text order."""
    marks = find_marks(doc)
    doubles = [m for m in marks if m.double]
    singles_all = [m for m in marks if not m.double]
    outer = _pair(doc, doubles, singles_all)
    inside = [(s.open_i, s.close_last if s.close_last is not None else s.last) for s in outer]
    singles = [m for m in singles_all if not any(a <= m.first <= b for a, b in inside)]
    result = outer + _pair(doc, singles, [])
    return sorted(result, key=lambda s: s.first)
