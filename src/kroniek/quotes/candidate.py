"""A candidate quote: the token ranges of its content and cut-out attribution, its cue and
its speaker's head token, as a frame (frames.py, clauses.py) finds them; `build.py` turns
it into a `Quote`."""

from __future__ import annotations

from dataclasses import dataclass, field

from kroniek.nlp.quote_marks import QuotedSpan


@dataclass
class Candidate:
    first: int  # content tokens, inclusive
    last: int
    cue: str | None
    speaker: int | None  # head token of the speaker phrase; None: running speaker
    anchor: int  # token whose sentence is the quote's `sentence`
    cuts: list[tuple[int, int]] = field(default_factory=list)  # inclusive ranges left out
    direct: QuotedSpan | None = None  # content is exactly this quoted span
    needs_quote: bool = False  # only a quote if it holds quoted words
    needs_actor: bool = False  # only a quote if its speaker resolves to an actor

    def tokens(self) -> set[int]:
        return set(range(self.first, self.last + 1))


def merge_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged
