"""Place analyser tokens in the article text and build the token and sentence layers.

Frog keeps token texts as they are in the input (quotes, `Zelensky's`, URLs), and
joins multiword names with `_` (`Mark_Rutte`, tag `SPEC(deeleigen)_SPEC(deeleigen)`).
Alignment walks the text once with a cursor: skip white space, match the token
(or each part of a multiword token), and fall back to a short forward search when
the analyser changed a character. Offsets are therefore exact code points.
"""

from __future__ import annotations

from kroniek.model import Document, Sentence, Token
from kroniek.nlp.base import RawSentence

_SEARCH_WINDOW = 64


def _parts(raw_text: str, tag: str) -> list[str]:
    """Split a multiword token into its words; a literal underscore stays one word."""
    if "_" in raw_text and "_" in tag and raw_text.count("_") == tag.count("_"):
        return raw_text.split("_")
    return [raw_text]


def _match(text: str, part: str, cursor: int) -> tuple[int, int] | None:
    pos = cursor
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if text.startswith(part, pos):
        return pos, pos + len(part)
    found = text.find(part, cursor, cursor + _SEARCH_WINDOW + len(part))
    if found >= 0:
        return found, found + len(part)
    return None


def locate(text: str, raw_text: str, tag: str, cursor: int) -> tuple[int, int]:
    """Start and end of a token in `text` at or after `cursor`."""
    start: int | None = None
    end = cursor
    for part in _parts(raw_text, tag):
        span = _match(text, part, end)
        if span is None:
            # The analyser changed the characters: take the next non-space run.
            pos = end
            while pos < len(text) and text[pos].isspace():
                pos += 1
            stop = pos
            while stop < len(text) and not text[stop].isspace():
                stop += 1
            span = (pos, max(pos, min(stop, pos + len(part))))
        if start is None:
            start = span[0]
        end = span[1]
    return (start if start is not None else cursor), end


def paragraph_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n\n")
    while pos >= 0:
        end = pos
        while end < len(text) and text[end] == "\n":
            end += 1
        starts.append(end)
        pos = text.find("\n\n", end)
    return starts


def apply_analysis(doc: Document, raw: list[RawSentence]) -> Document:
    """Fill `doc.tokens` and `doc.sentences` from an analysis of `doc.text`."""
    text = doc.text
    paragraphs = paragraph_starts(text)
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    cursor = 0
    for raw_sentence in raw:
        if not raw_sentence:
            continue
        first = len(tokens)
        sent_i = len(sentences)
        for raw_token in raw_sentence:
            start, end = locate(text, raw_token["text"], raw_token["tag"], cursor)
            cursor = end
            head = raw_token["head"]
            tokens.append(
                Token(
                    i=len(tokens),
                    text=text[start:end],
                    start=start,
                    end=end,
                    lemma=raw_token["lemma"].replace("_", " "),
                    tag=raw_token["tag"],
                    ner=raw_token["ner"].split("_", 1)[0],
                    head=first + head - 1 if head > 0 else -1,
                    deprel=raw_token["deprel"],
                    sent=sent_i,
                )
            )
        start = tokens[first].start
        paragraph = sum(1 for p in paragraphs if p <= start) - 1
        sentences.append(
            Sentence(
                i=sent_i,
                start=start,
                end=tokens[-1].end,
                token_start=first,
                token_end=len(tokens),
                paragraph=paragraph,
            )
        )
    doc.tokens = tokens
    doc.sentences = sentences
    return doc
