"""Helpers shared by the actor-layer tests: a linked document and the mention at a word."""

from __future__ import annotations

from kroniek.actors.link import annotate
from kroniek.model import Document, Mention


def linked(make_doc, text: str, published: str = "2019-03-20") -> Document:
    """The document of `text` with the actor layer run on it."""
    doc = make_doc(text, published=published)
    annotate(doc)
    return doc


def mention_at_word(doc: Document, fragment: str, word: str) -> Mention | None:
    """The mention at the first token `word` at or after `fragment`."""
    start = doc.text.index(fragment)
    token = next(t for t in doc.tokens if t.start >= start and t.text == word)
    return next((m for m in doc.mentions if m.token_start <= token.i < m.token_end), None)
