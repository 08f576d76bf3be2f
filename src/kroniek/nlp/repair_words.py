"""Word lists the parse repairs share (kroniek.nlp.repair, kroniek.nlp.possessive)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kroniek.time.lexicon import lexicon as time_lexicon

_DATA = Path(__file__).parent / "data" / "repair.yaml"


@cache
def repair_words() -> dict[str, Any]:
    """The word lists of the parse repairs (data/repair.yaml)."""
    with _DATA.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def time_nouns() -> frozenset[str]:
    """Nouns that name a stretch of time (`Afgelopen zomer maakte het bedrijf ...`, `dezer
    dagen`): an adverbial, never a subject. Read from the time layer's lexicon."""
    lex = time_lexicon()
    words = [*lex["months"], *lex["weekdays"], *lex["day_parts"], *lex["seasons"],
             *lex["units"], *lex["holidays"]]
    return frozenset(w.casefold() for w in words)
