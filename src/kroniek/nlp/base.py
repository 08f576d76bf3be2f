"""The analyser interface, so another parser can replace Frog without touching the layers."""

from __future__ import annotations

from typing import Protocol, TypedDict


class RawToken(TypedDict):
    """One token as the analyser gives it. `head` is 1-based within the sentence, 0 = root."""

    text: str
    lemma: str
    tag: str
    ner: str
    head: int
    deprel: str


RawSentence = list[RawToken]


class Analyser(Protocol):
    name: str
    version: str

    def analyse(self, text: str) -> list[RawSentence]:
        """Sentences of tokens, in text order; token texts are substrings of `text`."""
        ...
